"""Argument markers: senses decided in context, moves across sentences, and evidence."""

from __future__ import annotations

import random
from types import SimpleNamespace

import pytest

from analysis.extract.markers import _QuoteCover
from analysis.tables.build import analyse_text


def _markers(nlp, text):
    table = analyse_text(text, nlp=nlp)["markers"]
    return {(row.category, row.marker) for row in table.itertuples()}


@pytest.mark.parametrize("text, expected", [
    ("Russia may withdraw its jets.", ("hedge", "may")),
    ("Reportedly, the Kremlin approved the asylum.", ("hedge", "Reportedly")),
    ("Moscow appears to accept this.", ("hedge", "appears")),
    ("The regime controlled about 70% of the country.", ("hedge", "about")),
    ("This is clearly a victory for Moscow.", ("booster", "clearly")),
    ("Of course, Assad is Russia's only ally.", ("booster", "Of course")),
    ("Assad won, but the war is not over.", ("contrast", "but")),
    ("While Moscow wanted talks, Damascus wanted victory.", ("contrast", "While")),
    ("Russia stayed because Tartus matters.", ("cause", "because")),
    ("Since the regime is weak, Moscow must act.", ("cause", "Since")),
    ("So the bases were never safe.", ("conclusion", "So")),
    ("Why did Russia abandon Assad?", ("rhetorical_question", "Why did Russia abandon Assad?")),
])
def test_markers_in_their_argumentative_sense(nlp, text, expected):
    assert expected in _markers(nlp, text)


@pytest.mark.parametrize("text, absent", [
    ("While he was in Moscow, he met Putin.", ("contrast", "While")),
    ("The war has been ongoing since 2011.", ("cause", "since")),
    ("It has been three months since Assad fled to Moscow.", ("cause", "since")),
    ("The article is about Russia.", ("hedge", "about")),
    ("The so-called moderate rebels were few.", ("conclusion", "so")),
    ("However much Lavrov complains, nothing changes.", ("contrast", "However")),
    ("Qatar suggested to Moscow that it end its aid.", ("hedge", "suggested")),
])
def test_markers_not_in_other_senses(nlp, text, absent):
    assert absent not in _markers(nlp, text)


def test_counter_argument_move(nlp):
    text = "Critics have long claimed the air war spared jihadists. But this ignores Moscow's own view."
    found = _markers(nlp, text)
    assert ("counter_argument", "Critics have long claimed") in found
    assert ("counter_argument", "But this ignores") in found


def test_evidence_from_quotes_numbers_and_citations(nlp):
    text = ("According to Bloomberg, the plan may work. The programme trained 60 fighters. "
            "“We won,” Putin said. Legitimacy is a sham (Smith 2022 12).")
    categories = {category for category, _ in _markers(nlp, text)}
    assert {"evidence_citation", "evidence_number", "evidence_quotation"} <= categories
    assert ("evidence_citation", "According to Bloomberg") in _markers(nlp, text)


def test_offsets_round_trip(corpus_tables, raw_texts):
    markers = corpus_tables["markers"]
    assert all(raw_texts[d][s:e] == m for d, s, e, m in zip(markers.doc_id, markers.start, markers.end, markers.marker))


@pytest.fixture(scope="module")
def marker_scores(corpus_tables):
    from analysis.evaluation.scores import read_gold, span_scores

    table = span_scores(corpus_tables["markers"], read_gold("markers.csv"), by="category",
                        groups=("hedge", "booster", "contrast"))
    print("\nmarkers against data/gold/markers.csv (span match: overlap >= 0.5)\n" + table.to_string())
    return table


@pytest.mark.parametrize("category", ["hedge", "booster", "contrast"])
def test_markers_match_the_gold(marker_scores, category):
    assert marker_scores.loc[category, "f1"] >= 0.8


def test_the_quote_cover_agrees_with_a_scan_of_every_quote():
    chooser = random.Random(5)
    quotations = []
    for _ in range(300):
        start = chooser.randrange(2_000)
        kind = chooser.choice(["direct", "scare", "indirect"])
        quotations.append(SimpleNamespace(start=start, end=start + chooser.randrange(1, 200), kind=kind))
    cover = _QuoteCover(quotations)
    for offset in range(2_300):
        scan = any(q.start <= offset < q.end and q.kind != "indirect" for q in quotations)
        assert cover.covers(offset) == scan, offset
    assert not _QuoteCover([]).covers(0)
