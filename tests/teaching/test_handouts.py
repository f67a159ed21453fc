"""The handout index, handout titles and the synthesis reading."""

from __future__ import annotations

import shutil

import pandas as pd

from analysis.config import PROJECT_ROOT
from analysis.views.sources import source_order
from analysis.teaching.handouts.index import handout_title, notebook_summary, source_registry, write_index
from analysis.views.comparison import compare_with_corpus, source_summary, written_reading


def test_index_lists_notebooks_and_source_reports(tmp_path):
    report = tmp_path / "004_128d85b3e3899c5b.ipynb"
    report.write_text('{"cells": []}', encoding="utf-8")
    notebook = PROJECT_ROOT / "notebooks" / "01_corpus_overview.ipynb"
    index = write_index(tmp_path, [notebook, report], seeds_dir=PROJECT_ROOT / "seeds")
    page = index.read_text(encoding="utf-8")
    assert "<a href='01_corpus_overview.html'>01 · Corpus overview" in page
    assert "Source profile: ECFR 2017" in page and "004_128d85b3e3899c5b.html" in page
    assert notebook_summary(notebook)[1].startswith("How large each source is")


SUMMARY = pd.DataFrame({
    "support_share": [0.5, 0.57, 0.14], "limits_share": [0.18, 0.0, 0.12],
    "russian_syrian_voices": [0.2, 0.5, 0.15], "analyst_voices": [0.1, 0.12, 0.5],
    "hedges_per_1000": [14.55, 5.3, 6.29], "assad_named_as": ["", "dictator", "president"],
}, index=pd.Index(["Early 2015", "Middle 2017", "Late 2025"], name="source"))


def test_written_reading_quotes_the_table():
    reading = written_reading(SUMMARY)
    assert "**Support** is most present in Middle 2017, where 57% of sentences code it; **limits** in Early 2015 (18%)." in reading
    assert "From the earliest source (Early 2015: support 50%, limits 18%) to the latest (Late 2025: support 14%, limits 12%)." in reading
    assert "Middle 2017 gives the largest share of its quotations to Russian or Syrian officials (50%); Late 2025 to analysts" in reading
    assert "densest in Early 2015 (14.6 hedges per 1,000 words)" in reading
    assert "*dictator* in Middle 2017." in reading


def test_written_reading_says_nothing_of_dictators_when_no_source_uses_the_word():
    assert "dictator" not in written_reading(SUMMARY.assign(assad_named_as=""))


def test_a_source_profile_sets_each_measure_beside_the_mean_of_all_sources():
    compared = compare_with_corpus(SUMMARY, "Late 2025")
    assert compared.loc["support_share"].tolist() == [0.14, 0.403]
    assert "assad_named_as" not in compared.index


def test_source_summary_has_one_row_per_source_in_order_of_publication(corpus_tables):
    summary = source_summary(corpus_tables)
    assert list(summary.index) == source_order(corpus_tables["documents"])


def test_a_source_profile_is_listed_under_its_doc_id_parameter(tmp_path):
    profile = tmp_path / "source_profile.ipynb"
    shutil.copy(PROJECT_ROOT / "notebooks" / "source_profile.ipynb", profile)
    assert handout_title(profile, source_registry(PROJECT_ROOT / "seeds")) == "Source profile: ECFR 2017"
    page = write_index(tmp_path, [profile], seeds_dir=PROJECT_ROOT / "seeds").read_text(encoding="utf-8")
    assert "<a href='source_profile.html'>Source profile: ECFR 2017</a>" in page and "@page" in page
