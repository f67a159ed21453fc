"""The shared figure helper: deterministic PNG files in one place, slide-size figures."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd
import pytest
from matplotlib.text import Text

from analysis.views.figures import barh_by_source, figure_path, heatmap, save_figure, source_panels, timeline
from analysis.views.sources import source_colors


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


def _documents(ids):
    return pd.DataFrame({"doc_id": ids, "label": [f"Source {i}" for i in ids]})


def test_save_figure_names_the_file_after_notebook_and_figure_and_is_deterministic(tmp_path):
    table = pd.DataFrame({"Source a": [3, 1], "Source b": [2, 0]}, index=["Russia", "Iran"])
    colors = source_colors(_documents(["a", "b"]))
    for folder in ("one", "two"):
        returned = save_figure(barh_by_source(table, colors=colors, title="t", xlabel="x"),
                               notebook="01_demo", name="bars", figures_dir=tmp_path / folder)
        assert returned is None  # a notebook cell ending with it shows no file path
    first, second = (figure_path(notebook="01_demo", name="bars", figures_dir=tmp_path / folder)
                     for folder in ("one", "two"))
    assert first.name == "01_demo--bars.png"
    assert first.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert first.read_bytes() == second.read_bytes()


SLIDE_WIDTH_INCHES = 13.33
SMALLEST_READABLE_POINTS = 14
PANELS = {"support_share": "Support: share of the source's sentences",
          "limits_share": "Limits: share of the source's sentences",
          "official_voices": "Russian or Syrian officials: share of quotations",
          "analyst_voices": "Analysts and media: share of quotations",
          "hedges_per_1000": "Hedges per 1,000 words of article text",
          "boosters_per_1000": "Boosters per 1,000 words of article text"}
SUMMARY = pd.DataFrame([[0.5, 0.18, 0.2, 0.1, 14.55, 2.42], [0.57, 0.0, 0.5, 0.12, 5.3, 4.0],
                        [0.0, 0.59, 0.0, 0.5, 21.6, 0.0]], columns=list(PANELS),
                       index=pd.Index(["Source a", "Source b", "Source c"], name="source")).assign(n_sentences=[30, 40, 50])
POINTS = pd.DataFrame({"label": ["Source a", "Source b", "Source c"], "published": ["2017-11", "2017-12", "2025-03"],
                       "n_sentences": [30, 40, 50], "support": [0.57, 0.56, 0.14], "support_low": [0.39, 0.41, 0.07],
                       "support_high": [0.73, 0.7, 0.26], "limits": [0.0, 0.59, 0.12], "limits_low": [0.0, 0.44, 0.06],
                       "limits_high": [0.11, 0.73, 0.24]})


def _slide_figures():
    colors = source_colors(_documents(["a", "b", "c"]))
    profile = pd.DataFrame([[0.25, 0.2, 0.0], [0.0, 0.4, 0.31]], index=["support.motive_counterterrorism",
                                                                          "limits.diplomatic_failure"],
                           columns=list(colors))
    return {
        "panels": source_panels(SUMMARY, panels=PANELS, colors=colors, title="Three sources side by side",
                                shares=("support_share", "limits_share", "official_voices", "analyst_voices"),
                                bases={"support_share": "n_sentences", "limits_share": "n_sentences"}),
        "heatmap": heatmap(profile, title="What each source says", colorbar_label="share of sentences", slide=True),
        "timeline": timeline(POINTS, colors=colors, series={"support": "support", "limits": "limits"},
                             title="Support and limits", xlabel="share of sentences", slide=True),
    }


def _texts(fig):
    """Return the texts matplotlib draws: visible, not empty, and no tick label outside its axis's range."""
    fig.canvas.draw()
    hidden_ticks = set()
    for ax in fig.axes:
        for axis, coordinate in ((ax.xaxis, 0), (ax.yaxis, 1)):
            low, high = sorted(axis.get_view_interval())
            hidden_ticks |= {id(label) for label in axis.get_ticklabels()
                             if not low <= label.get_position()[coordinate] <= high}
    return [text for text in fig.findobj(Text)
            if text.get_visible() and text.get_text().strip() and id(text) not in hidden_ticks]


@pytest.mark.parametrize("name", ["panels", "heatmap", "timeline"])
def test_slide_figures_keep_their_text_readable_when_projected(name):
    fig = _slide_figures()[name]
    scale = SLIDE_WIDTH_INCHES / fig.get_figwidth()
    too_small = [(text.get_text(), text.get_fontsize()) for text in _texts(fig)
                 if text.get_fontsize() * scale < SMALLEST_READABLE_POINTS]
    assert not too_small


@pytest.mark.parametrize("name", ["panels", "heatmap", "timeline"])
def test_slide_figures_have_no_overlapping_text(name):
    fig = _slide_figures()[name]
    renderer = fig.canvas.get_renderer()
    boxes = [(text.get_text(), text.get_window_extent(renderer)) for text in _texts(fig)]
    overlapping = [(first, second) for i, (first, box) in enumerate(boxes) for second, other in boxes[i + 1:]
                   if box.overlaps(other)]
    assert not overlapping


def test_a_heatmap_labels_each_source_with_its_n():
    table = pd.DataFrame({"Source a": [0.5], "Source b": [0.25]}, index=["support.military"])
    fig = heatmap(table, title="t", colorbar_label="c", n=pd.Series({"Source a": 4, "Source b": 12}))
    assert [label.get_text() for label in fig.axes[0].get_xticklabels()] == ["Source a (n=4)", "Source b (n=12)"]


def test_a_slide_figure_does_not_change_the_style_of_the_next_figure():
    _slide_figures()
    table = pd.DataFrame({"Source a": [3, 1]}, index=["Russia", "Iran"])
    fig = barh_by_source(table, colors=source_colors(_documents(["a"])), title="t", xlabel="x")
    assert fig.axes[0].xaxis.label.get_fontsize() == 11
