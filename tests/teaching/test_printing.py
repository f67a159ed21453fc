"""Handouts tidied for paper: tables, outputs, titles and the print stylesheet."""

from __future__ import annotations

import shutil

import nbformat
import pandas as pd
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from analysis.config import PROJECT_ROOT
from analysis.teaching.handouts.export import export_handouts
from analysis.teaching.handouts.printing import (
    CONTENT_WIDTH_MM, MISSING_SHOWN, PAGE_SIZE, TEXT_CLASS, TOKEN_CLASS, WIDE_CLASS, echoes_a_file_name,
    tidy_tables,
)


def test_a_table_loses_its_0_1_2_index_and_its_missing_marks():
    table = pd.DataFrame({"speaker_name": ["Putin", None], "n": [1.0, float("nan")]}).to_html()
    tidied = tidy_tables(table)
    assert ">0</th>" not in tidied and ">1</th>" not in tidied
    assert "NaN" not in tidied and "None" not in tidied and tidied.count(f">{MISSING_SHOWN}<") == 2
    assert "speaker_<wbr/>name" in tidied


def test_a_named_or_meaningful_index_is_kept():
    assert ">Vox 2017</th>" in tidy_tables(pd.DataFrame({"n": [1]}, index=pd.Index(["Vox 2017"], name="source")).to_html())
    assert ">5</th>" in tidy_tables(pd.DataFrame({"n": [1, 2]}, index=[5, 6]).to_html())


def test_wide_tables_long_tokens_and_long_texts_are_marked_for_print():
    wide = tidy_tables(pd.DataFrame([range(12)]).to_html())
    assert f'class="dataframe {WIDE_CLASS}"' in wide
    cells = tidy_tables(pd.DataFrame({"url": ["https://example.org/" + "a" * 40, "-"],
                                      "text": ["word " * 20, "short"]}).to_html())
    assert f'class="{TOKEN_CLASS}"' in cells and cells.count(f'class="{TEXT_CLASS}"') == 2  # the whole column
    assert WIDE_CLASS not in cells


def test_a_result_that_only_echoes_a_file_name_is_dropped():
    figure = new_output("execute_result", data={"text/plain": "'01_corpus_overview--co_mentions.png'"})
    path = new_output("execute_result", data={"text/plain": "PosixPath('../reports/figures/a.png')"})
    words = new_output("execute_result", data={"text/plain": "'a sentence, not a file.'"})
    assert echoes_a_file_name(figure) and echoes_a_file_name(path) and not echoes_a_file_name(words)


def test_an_export_is_titled_print_ready_and_without_prompts_or_file_names(tmp_path):
    notebook = new_notebook(cells=[
        new_markdown_cell("# 09 · A handout\n\nWhat it shows."),
        new_code_cell("save()", execution_count=1, outputs=[
            new_output("execute_result", data={"text/plain": "'09--figure.png'"}, execution_count=1)]),
        new_code_cell("table", execution_count=2, outputs=[new_output("execute_result", execution_count=2, data={
            "text/html": pd.DataFrame({"a": [None]}).to_html(), "text/plain": "..."})]),
    ])
    path = tmp_path / "09_handout.ipynb"
    nbformat.write(notebook, path)
    profile = shutil.copy(PROJECT_ROOT / "notebooks" / "source_profile.ipynb", tmp_path)
    handout, source = export_handouts([path, profile], tmp_path / "html")
    page = handout.read_text(encoding="utf-8")
    assert "<title>09 · A handout</title>" in page
    assert f"size: {PAGE_SIZE}" in page and "thead { display: table-header-group; }" in page
    assert "09--figure.png" not in page and "NaN" not in page and "save()" not in page
    body = page.split("<main>")[1]
    assert "In&nbsp;[" not in body and "Out[" not in body
    profile_page = source.read_text(encoding="utf-8")
    assert "<title>Source profile: ECFR 2017</title>" in profile_page
    assert ">Source profile: ECFR 2017<" in profile_page  # its H1 names the source
    assert (tmp_path / "html" / "index.html").exists()
    assert CONTENT_WIDTH_MM < 210
