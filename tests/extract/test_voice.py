"""Who speaks: the author, a quoted or reported speaker, or a reader comment."""

from __future__ import annotations

from types import SimpleNamespace as Row

import pandas as pd
import pytest

from analysis.extract.voice import record_voices, span_voices, table_voices
from analysis.tables.build import analyse_text

# Offsets into an imagined text: a quote over 10:20 and reported speech over 40:50; a comment block over 100:130.
QUOTED = [(10, 20), (40, 50)]
COMMENT = [(100, 130)]


@pytest.mark.parametrize("start, end, voice, share", [
    (0, 8, "author", 0.0),
    (12, 18, "quoted", 1.0),
    (5, 20, "quoted", 0.667),     # ten of fifteen characters quoted
    (0, 20, "author", 0.5),       # half is not more than half
    (15, 45, "author", 0.333),    # across two quotes: 5 + 5 of 30
    (100, 110, "comment", 0.0),
    (129, 135, "comment", 0.0),   # starts in the comment block
    (95, 105, "author", 0.0),     # starts before it
])
def test_span_voices(start, end, voice, share):
    assert span_voices([start], [end], quoted=QUOTED, comment=COMMENT) == [(voice, share)]


def test_overlapping_quotes_are_counted_once():
    assert span_voices([10], [30], quoted=[(10, 25), (12, 22)], comment=[]) == [("quoted", 0.75)]


def test_no_spans_and_no_quotes():
    assert span_voices([], [], quoted=QUOTED, comment=COMMENT) == []
    assert span_voices([3], [9], quoted=[], comment=[]) == [("author", 0.0)]


def test_scare_quotes_and_titles_stay_the_authors_and_evidence_is_the_authors_act():
    quotations = [Row(start=10, end=20, kind="scare"), Row(start=30, end=40, kind="title"),
                  Row(start=50, end=60, kind="direct")]
    blocks = [Row(start=0, end=90, section="body")]
    markers = [Row(start=11, end=15, category="hedge"), Row(start=52, end=55, category="hedge"),
               Row(start=50, end=60, category="evidence_quotation")]
    voices = record_voices({"markers": markers, "sentences": [Row(start=0, end=90)]}, blocks=blocks,
                           quotations=quotations)
    assert voices["markers"] == {"voice": ["author", "quoted", "author"]}
    assert voices["sentences"] == {"voice": ["author"], "quoted_share": [0.111]}


def test_each_table_keeps_its_own_rows_when_the_tables_are_voiced_together():
    quotations = [Row(start=10, end=20, kind="direct")]
    blocks = [Row(start=0, end=60, section="body"), Row(start=100, end=130, section="comment")]
    records = {"sentences": [Row(start=0, end=9), Row(start=10, end=20)],
               "entities": [],
               "labels": [Row(start=12, end=16), Row(start=101, end=104), Row(start=30, end=34)]}
    voices = record_voices(records, blocks=blocks, quotations=quotations)
    assert voices["sentences"] == {"voice": ["author", "quoted"], "quoted_share": [0.0, 1.0]}
    assert voices["entities"] == {"voice": []}
    assert voices["labels"] == {"voice": ["quoted", "comment", "author"]}


def test_each_table_gets_what_span_voices_gives_its_rows_alone_as_plain_values():
    """The voices of all tables are found in one pass; each table's, and the sentences' rounded shares, are those of
    `span_voices` on its own rows, as `str` and `float`, whichever place the table has among the others."""
    quotations = [Row(start=10, end=23, kind="direct"), Row(start=40, end=47, kind="indirect")]
    blocks = [Row(start=0, end=60, section="body"), Row(start=100, end=130, section="comment")]
    rows = [Row(start=0, end=9), Row(start=5, end=20), Row(start=21, end=44), Row(start=101, end=104),
            Row(start=30, end=30)]
    for records in ({"labels": rows[:2], "sentences": rows, "entities": rows[3:]},
                    {"sentences": rows[::-1], "labels": []}):
        voices = record_voices(records, blocks=blocks, quotations=quotations)
        for table, own in records.items():
            alone = span_voices([row.start for row in own], [row.end for row in own], quoted=[(10, 23), (40, 47)],
                                comment=[(100, 130)])
            assert voices[table]["voice"] == [voiced.voice for voiced in alone]
            assert all(type(voice) is str for voice in voices[table]["voice"])
            if table == "sentences":
                assert voices[table]["quoted_share"] == [voiced.quoted_share for voiced in alone]
                assert all(type(share) is float for share in voices[table]["quoted_share"])
            else:
                assert "quoted_share" not in voices[table]


@pytest.mark.parametrize("records, expected", [
    ({}, {}),
    ({"sentences": [], "markers": []}, {"sentences": {"voice": [], "quoted_share": []}, "markers": {"voice": []}}),
])
def test_no_records_have_no_voices(records, expected):
    assert record_voices(records, blocks=[Row(start=0, end=9, section="comment")],
                         quotations=[Row(start=2, end=5, kind="direct")]) == expected


def test_table_voices_keeps_documents_apart():
    spans = pd.DataFrame({"doc_id": ["a", "b", "a"], "start": [12, 12, 101], "end": [18, 18, 104]})
    quotations = pd.DataFrame({"doc_id": ["a"], "start": [10], "end": [20], "kind": ["partial"]})
    blocks = pd.DataFrame({"doc_id": ["a", "b"], "start": [100, 100], "end": [130, 130],
                           "section": ["comment", "body"]})
    assert table_voices(spans, blocks=blocks, quotations=quotations).tolist() == ["quoted", "author", "comment"]


def test_quoted_labels_and_markers_are_not_the_authors(nlp):
    text = ("Putin said: “The terrorists will perhaps be destroyed.” The rebels may disagree.\n\n"
            "The so-called “moderate” rebels were armed.\n")
    tables = analyse_text(text, nlp=nlp)
    labels = tables["labels"].set_index("label").voice
    assert labels["The terrorists"] == "quoted"
    assert labels["The rebels"] == "author"
    assert labels["The so-called “moderate” rebels"] == "author"
    hedges = tables["markers"][tables["markers"].category == "hedge"].set_index("marker").voice
    assert hedges.to_dict() == {"perhaps": "quoted", "may": "author"}
    sentences = tables["sentences"]
    assert sentences.voice.tolist()[:2] == ["quoted", "author"]
    assert 0 < sentences.quoted_share[0] < 1 and sentences.quoted_share[1] == 0.0


def test_every_table_row_has_a_voice(corpus_tables):
    for name in ("sentences", "entities", "markers", "labels"):
        assert corpus_tables[name].voice.notna().all(), name
