"""The handout index and the synthesis reading."""

from __future__ import annotations

from analysis.config import PROJECT_ROOT
from analysis.teaching.handouts import notebook_summary, write_index


def test_index_lists_notebooks_and_source_reports(tmp_path):
    report = tmp_path / "004_128d85b3e3899c5b.ipynb"
    report.write_text('{"cells": []}', encoding="utf-8")
    notebook = PROJECT_ROOT / "notebooks" / "01_corpus_overview.ipynb"
    index = write_index(tmp_path, [notebook, report], seeds_dir=PROJECT_ROOT / "seeds")
    page = index.read_text(encoding="utf-8")
    assert "<a href='01_corpus_overview.html'>01 · Corpus overview" in page
    assert "Source profile: ECFR 2017" in page and "004_128d85b3e3899c5b.html" in page
    assert notebook_summary(notebook)[1].startswith("How large each source is")
