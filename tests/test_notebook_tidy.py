"""Executed notebooks lose volatile metadata and keep what readers and nbval need."""

from __future__ import annotations

from analysis.notebook_tidy import tidy


def test_tidy_drops_timestamps_durations_and_versions_but_keeps_tags_and_outputs():
    notebook = {
        "metadata": {"papermill": {"start_time": "2026-01-01", "duration": 3.2},
                     "language_info": {"name": "python", "version": "3.11.7"},
                     "kernelspec": {"name": "python3"}},
        "cells": [
            {"cell_type": "code", "id": "a1b2", "metadata": {"tags": ["parameters"], "papermill": {"duration": 1.0},
                                                             "execution": {"iopub.status.busy": "2026"}},
             "outputs": [{"output_type": "stream", "text": "hi"}], "execution_count": 1, "source": "x = 1"},
        ],
    }
    tidied = tidy(notebook)
    assert tidied["metadata"] == {"language_info": {"name": "python"}, "kernelspec": {"name": "python3"}}
    cell = tidied["cells"][0]
    assert cell["metadata"] == {"tags": ["parameters"]}
    assert cell["id"] == "cell-00"
    assert cell["outputs"] == [{"output_type": "stream", "text": "hi"}] and cell["execution_count"] == 1


# What a reader of the committed notebooks (JupyterLab, the web, the printed handouts) must not see.
# Each check is run on the committed outputs below, and on a hand-made bad output so that it is known to fire.

import json  # noqa: E402
import re  # noqa: E402

import pytest  # noqa: E402
from bs4 import BeautifulSoup  # noqa: E402

from analysis.config import PROJECT_ROOT  # noqa: E402

NOTEBOOKS = sorted((PROJECT_ROOT / "notebooks").glob("*.ipynb"))
MISSING_MARKS = ("NaN", "nan", "<NA>", "NaT", "None")
MISSING_TOKEN = re.compile(r"(?<![\w<])(?:NaN|nan|<NA>|NaT|None)(?![\w>])")
FIGURE_PATH = re.compile(r"reports/figures|PosixPath\(|--[\w-]+\.(?:png|svg|pdf)\b")


def _text(value) -> str:
    return "".join(value) if isinstance(value, list) else str(value)


def output_problems(output: dict) -> list[str]:
    """What a reader should not see in one cell output: a figure's path, a print()ed line, a missing-value mark
    in a table or text, an index column, or pandas' 'Empty DataFrame'."""
    if output.get("output_type") == "stream":
        return [f"print()ed or logged text: {_text(output.get('text', ''))[:60]!r}"]
    if output.get("output_type") == "error":
        return ["an error"]
    data = output.get("data", {})
    problems = []
    plain = _text(data.get("text/plain", ""))
    shown = {kind: _text(value) for kind, value in data.items() if kind.startswith("text/")}
    for kind, text in shown.items():
        if FIGURE_PATH.search(text):
            problems.append(f"a figure's file path or name in {kind}: {FIGURE_PATH.search(text).group(0)!r}")
    if "text/html" in data:
        soup = BeautifulSoup(shown["text/html"], "html.parser")
        for number, table in enumerate(soup.find_all("table"), start=1):
            if table.select("tbody th"):
                problems.append(f"table {number} shows its index column")
            marks = sorted({cell.get_text(strip=True) for cell in table.find_all(["td", "th"])} & set(MISSING_MARKS))
            if marks:
                problems.append(f"table {number} shows missing values as {', '.join(marks)}")
    elif "text/markdown" in data:
        if MISSING_TOKEN.search(shown["text/markdown"]):
            problems.append(f"a missing-value mark in text: {MISSING_TOKEN.search(shown['text/markdown']).group(0)!r}")
    elif set(data) == {"text/plain"} and MISSING_TOKEN.search(plain):
        problems.append(f"a missing-value mark in a plain result: {MISSING_TOKEN.search(plain).group(0)!r}")
    if "Empty DataFrame" in plain:
        problems.append("pandas' 'Empty DataFrame' instead of a sentence")
    return problems


def notebook_problems(path) -> list[str]:
    notebook = json.loads(path.read_text(encoding="utf-8"))
    return [f"{path.name} cell {index}: {problem}"
            for index, cell in enumerate(notebook["cells"]) if cell["cell_type"] == "code"
            for output in cell.get("outputs", []) for problem in output_problems(output)]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[path.name for path in NOTEBOOKS])
def test_committed_outputs_show_no_path_missing_mark_index_or_printed_heading(path):
    assert notebook_problems(path) == []


def _html_table(index: bool, cell: str) -> dict:
    head = "<th></th>" * index + "<th>source</th>"
    row = "<th>0</th>" * index + f"<td>{cell}</td>"
    return {"output_type": "execute_result",
            "data": {"text/html": f"<table><thead><tr>{head}</tr></thead><tbody><tr>{row}</tr></tbody></table>",
                     "text/plain": "…"}}


@pytest.mark.parametrize("output, found", [
    ({"output_type": "execute_result", "data": {"text/plain": "PosixPath('reports/figures/01--a.png')"}}, "file path"),
    ({"output_type": "execute_result", "data": {"text/plain": "'01_corpus_overview--actor_mentions.png'"}}, "file path"),
    ({"output_type": "stream", "name": "stdout", "text": "E-IR 2025\n"}, "print()ed"),
    (_html_table(index=True, cell="Vox 2017"), "index column"),
    (_html_table(index=False, cell="&lt;NA&gt;"), "<NA>"),
    (_html_table(index=False, cell="NaN"), "NaN"),
    (_html_table(index=False, cell="None"), "None"),
    ({"output_type": "display_data", "data": {"text/markdown": "share nan% of 0", "text/plain": "<Markdown>"}}, "nan"),
    ({"output_type": "execute_result", "data": {"text/plain": "Empty DataFrame\nColumns: []\nIndex: []"}},
     "Empty DataFrame"),
])
def test_each_check_fires_on_a_bad_output(output, found):
    assert any(found in problem for problem in output_problems(output))


def test_a_clean_table_passes():
    assert output_problems(_html_table(index=False, cell="—")) == []
