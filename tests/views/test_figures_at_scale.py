"""Figures at 200 synthetic sources: bounded in size, one bar for the others, no line joining outlets."""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from PIL import Image

from analysis.views.figures import (MAX_SOURCES, bar_share_by_source, barh_by_source, heatmap, figure_path, save_figure,
                                    source_panels, timeline, top_sources)
from analysis.views.sources import HATCHES, OKABE_ITO, source_colors, source_hatch, source_marker

N_SOURCES = 200
MAX_PIXELS = 3000
RNG = np.random.default_rng(15)
LABELS = [f"Outlet {i:03d}" for i in range(N_SOURCES)]
DOCUMENTS = pd.DataFrame({"doc_id": [f"{i:03d}_x" for i in range(N_SOURCES)], "label": LABELS})
COLORS = source_colors(DOCUMENTS)
N = pd.Series(RNG.integers(1, 80, N_SOURCES), index=LABELS)
SHARES = pd.Series(RNG.integers(0, 100, N_SOURCES) / 100, index=LABELS)


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


def _points():
    low, high = (SHARES * 0.8).round(3), (SHARES * 1.2).clip(upper=1).round(3)
    return pd.DataFrame({"label": LABELS, "published": ["2020-01"] * N_SOURCES, "n_sentences": N.values,
                         "support": SHARES.values, "support_low": low.values, "support_high": high.values,
                         "limits": SHARES.values[::-1], "limits_low": low.values[::-1],
                         "limits_high": high.values[::-1]})


FIGURES = {
    "bars": lambda: barh_by_source(pd.DataFrame(RNG.integers(0, 9, (12, N_SOURCES)), columns=LABELS,
                                                index=[f"actor {i}" for i in range(12)]),
                                   colors=COLORS, title="t", xlabel="x"),
    "share": lambda: bar_share_by_source((SHARES * N).round(), N, colors=COLORS, title="t", ylabel="y"),
    "heatmap": lambda: heatmap(pd.DataFrame(RNG.random((14, N_SOURCES)), columns=LABELS), title="t",
                               colorbar_label="c"),
    "timeline": lambda: timeline(_points(), colors=COLORS, series={"support": "support", "limits": "limits"},
                                 title="t", xlabel="x"),
    "panels": lambda: source_panels(pd.DataFrame({"share": SHARES, "n": N, "rate": SHARES * 10}),
                                    panels={"share": "s", "rate": "r"}, colors=COLORS, title="t",
                                    shares=("share",), bases={"share": "n"}),
}


@pytest.mark.parametrize("name", sorted(FIGURES))
def test_every_figure_stays_under_3000_pixels_at_200_sources(name, tmp_path):
    save_figure(FIGURES[name](), notebook="scale", name=name, figures_dir=tmp_path)
    path = figure_path(notebook="scale", name=name, figures_dir=tmp_path)
    assert max(Image.open(path).size) <= MAX_PIXELS


def test_past_twelve_sources_the_largest_are_kept_and_the_rest_averaged():
    table = pd.DataFrame([list(range(N_SOURCES))], columns=LABELS)
    shown = top_sources(table)
    assert len(shown.columns) == MAX_SOURCES
    assert shown.columns[-1] == f"others (mean of {N_SOURCES - MAX_SOURCES + 1})"
    assert shown.iloc[0, -1] == np.mean(range(N_SOURCES - MAX_SOURCES + 1))


def test_the_timeline_draws_no_line_between_sources():
    fig = FIGURES["timeline"]()
    assert all(len(line.get_xdata()) <= 2 for ax in fig.axes for line in ax.get_lines())


def test_sources_past_the_palette_get_a_second_encoding_and_stay_distinct():
    hatches, markers = source_hatch(COLORS), source_marker(COLORS)
    distinct = len(OKABE_ITO) * len(HATCHES)
    assert len({(COLORS[label], hatches[label]) for label in LABELS[:distinct]}) == distinct
    assert len({(COLORS[label], markers[label]) for label in LABELS[:distinct]}) == distinct
    assert hatches[LABELS[0]] == "" and markers[LABELS[len(OKABE_ITO) - 1]] == "o"
    assert hatches[LABELS[len(OKABE_ITO)]] != ""


def test_past_twelve_sources_the_share_chart_pools_the_others_with_their_n():
    ticks = [label.get_text().rsplit("\nn=", 1) for label in FIGURES["share"]().axes[0].get_xticklabels()]
    assert len(ticks) == MAX_SOURCES
    shown = [" ".join(label.split()) for label, _ in ticks]
    assert shown[-1] == f"others (pooled, {N_SOURCES - MAX_SOURCES + 1})"
    assert int(ticks[-1][1]) == N.sum() - N[shown[:-1]].sum()
