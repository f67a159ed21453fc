"""The handout index and handout titles (the synthesis reading is tested in tests/views/test_comparison.py)."""

from __future__ import annotations

import shutil

from analysis.config import PROJECT_ROOT
from analysis.teaching.handouts.index import handout_title, notebook_summary, source_registry, write_index


def test_index_lists_notebooks_and_source_reports(tmp_path):
    report = tmp_path / "004_128d85b3e3899c5b.ipynb"
    report.write_text('{"cells": []}', encoding="utf-8")
    notebook = PROJECT_ROOT / "notebooks" / "01_corpus_overview.ipynb"
    index = write_index(tmp_path, [notebook, report], seeds_dir=PROJECT_ROOT / "seeds")
    page = index.read_text(encoding="utf-8")
    assert "<a href='01_corpus_overview.html'>01 · Corpus overview" in page
    assert "Source profile: ECFR 2017" in page and "004_128d85b3e3899c5b.html" in page
    assert notebook_summary(notebook)[1].startswith("How large each source is")


def test_a_source_profile_is_listed_under_its_doc_id_parameter(tmp_path):
    profile = tmp_path / "source_profile.ipynb"
    shutil.copy(PROJECT_ROOT / "notebooks" / "source_profile.ipynb", profile)
    assert handout_title(profile, source_registry(PROJECT_ROOT / "seeds")) == "Source profile: ECFR 2017"
    page = write_index(tmp_path, [profile], seeds_dir=PROJECT_ROOT / "seeds").read_text(encoding="utf-8")
    assert "<a href='source_profile.html'>Source profile: ECFR 2017</a>" in page and "@page" in page
