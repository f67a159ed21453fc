"""The synthesis summary and its written reading, on hand-built tables."""

from __future__ import annotations

import pandas as pd

from analysis.views.comparison import compare_with_corpus, highest_share, source_summary, written_reading
from analysis.views.sources import source_order

SUMMARY = pd.DataFrame({
    "n_sentences": [40, 100, 50], "support_share": [0.5, 0.57, 0.14], "limits_share": [0.175, 0.0, 0.12],
    "n_quotations": [10, 4, 8], "russian_syrian_voices": [0.2, 0.5, 0.125], "analyst_voices": [0.1, 0.25, 0.5],
    "hedges_per_1000": [14.55, 5.3, 6.29], "assad_named_as": ["", "dictator", "president"],
}, index=pd.Index(["Early 2015", "Middle 2017", "Late 2025"], name="source"))


def test_written_reading_quotes_the_table_with_counts():
    reading = written_reading(SUMMARY)
    assert "is highest in Middle 2017 (57% of 100); next is Early 2015 (50% of 40)" in reading
    assert "From the earliest source (Early 2015: support 50% and limits 18% of 40 sentences) to the latest " \
           "(Late 2025: support 14% and limits 12% of 50 sentences)." in reading
    assert "densest in Early 2015 (14.6 hedges per 1,000 words)" in reading
    assert "*dictator* in Middle 2017." in reading


def test_overlapping_intervals_are_called_possibly_chance_and_separate_ones_are_not():
    # 57 of 100 against 20 of 40: Wilson intervals (0.47, 0.66) and (0.35, 0.65) overlap.
    assert "overlap, so the difference may be chance" in highest_share(SUMMARY, "support_share", what="sentences")
    wide_apart = SUMMARY.assign(support_share=[0.1, 0.9, 0.05])
    assert "do not overlap" in highest_share(wide_apart, "support_share", what="sentences")


def test_a_tie_is_stated_as_a_tie():
    tied = SUMMARY.assign(support_share=[0.5, 0.5, 0.14])
    sentence = highest_share(tied, "support_share", what="sentences")
    assert sentence.startswith("a tie between Early 2015 (50% of 40) and Middle 2017 (50% of 100);")


def test_sources_without_quotations_are_left_out_of_voice_shares():
    silent = SUMMARY.assign(n_quotations=[0, 0, 0])
    assert highest_share(silent, "analyst_voices", what="quotations") == "No source has any quotations."


def test_written_reading_says_nothing_of_dictators_when_no_source_uses_the_word():
    assert "dictator" not in written_reading(SUMMARY.assign(assad_named_as=""))


def test_a_source_profile_sets_each_measure_beside_the_mean_of_all_sources():
    compared = compare_with_corpus(SUMMARY, "Late 2025")
    assert compared.loc["support_share"].tolist() == [0.14, 0.403]
    assert "assad_named_as" not in compared.index


def test_source_summary_has_one_row_per_source_in_order_of_publication(corpus_tables):
    summary = source_summary(corpus_tables)
    assert list(summary.index) == source_order(corpus_tables["documents"])
    assert (summary.n_sentences > 0).all()
