"""The shared figure helper: stable colours per source, deterministic PNG files in one place."""

from __future__ import annotations

import pandas as pd

from analysis.figures import OKABE_ITO, barh_by_source, save_figure, source_colors


def _documents(ids):
    return pd.DataFrame({"doc_id": ids, "label": [f"Source {i}" for i in ids]})


def test_colours_follow_doc_id_order_whatever_the_row_order():
    assert source_colors(_documents(["b", "a", "c"])) == {"Source a": OKABE_ITO[0], "Source b": OKABE_ITO[1],
                                                          "Source c": OKABE_ITO[2]}


def test_adding_a_later_source_keeps_existing_colours():
    before = source_colors(_documents(["a", "b"]))
    after = source_colors(_documents(["a", "b", "c"]))
    assert all(after[label] == colour for label, colour in before.items())


def test_save_figure_names_the_file_after_notebook_and_figure_and_is_deterministic(tmp_path):
    table = pd.DataFrame({"Source a": [3, 1], "Source b": [2, 0]}, index=["Russia", "Iran"])
    colors = source_colors(_documents(["a", "b"]))
    first = save_figure(barh_by_source(table, colors=colors, title="t", xlabel="x"),
                        notebook="01_demo", name="bars", figures_dir=tmp_path / "one")
    second = save_figure(barh_by_source(table, colors=colors, title="t", xlabel="x"),
                         notebook="01_demo", name="bars", figures_dir=tmp_path / "two")
    assert first.name == "01_demo--bars.png"
    assert first.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert first.read_bytes() == second.read_bytes()
