"""The close-reading helper on small hand-made tables."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.views.close_reading import close_reading, find_matches, kwic, kwic_html

DOCUMENTS = pd.DataFrame({"doc_id": ["d1", "d2"], "label": ["One 2015", "Two 2020"]})
SENTENCES = pd.DataFrame({
    "doc_id": ["d1", "d1", "d1", "d2"], "sent_id": [0, 1, 2, 0],
    "section": ["body", "body", "comment", "headline"],
    "start": [0, 30, 70, 0], "end": [29, 69, 96, 32],
    "text": ["Russia sent troops to Syria.", "But Moscow later abandoned Assad there.", "Clients of Russia, said one.",
             "Assad, Russia's client, falls"],
})
ENTITIES = pd.DataFrame({
    "doc_id": ["d1", "d1", "d1", "d2"], "sent_id": [0, 1, 2, 0], "start": [0, 57, 81, 7], "end": [6, 62, 87, 13],
    "text": ["Russia", "Assad", "Russia", "Russia"],
    "actor": ["Russia", "Bashar al-Assad", "Russia", "Russia"],
})
CODES = pd.DataFrame({
    "doc_id": ["d1", "d1"], "sent_id": [0, 1], "code": ["support.military", "limits.abandonment"],
    "dimension": ["support", "limits"], "cue": ["troops", "abandoned"], "start": [12, 47], "end": [18, 56],
})
LABELS = pd.DataFrame({
    "doc_id": ["d1", "d2", "d2"], "sent_id": [1, 0, 0], "actor": ["Bashar al-Assad"] * 3,
    "label": ["Assad", "Assad", "Russia's client"], "head": ["assad", "assad", "client"],
    "evaluative": [False, False, True], "start": [57, 0, 7], "end": [62, 5, 22],
})
BLOCKS = pd.DataFrame({"doc_id": ["d1", "d1", "d2"], "start": [0, 70, 0], "end": [69, 96, 32],
                       "section": ["body", "comment", "headline"]})
# 'Russia sent troops' is reported speech, 'client' a scare quote (the author's own word).
QUOTATIONS = pd.DataFrame({"doc_id": ["d1", "d2"], "start": [0, 16], "end": [18, 22], "kind": ["indirect", "scare"]})
TABLES = {"documents": DOCUMENTS, "sentences": SENTENCES, "entities": ENTITIES, "codes": CODES, "labels": LABELS,
          "blocks": BLOCKS, "quotations": QUOTATIONS}


def test_kwic_cuts_at_the_sentence_and_highlights_the_match():
    lines = kwic(CODES.iloc[[1]], SENTENCES, DOCUMENTS)
    assert lines.iloc[0][["left", "match", "right"]].tolist() == ["But Moscow later ", "abandoned", " Assad there."]
    assert "<mark><b>abandoned</b></mark>" in kwic_html(lines)
    assert "&lt;" in kwic_html(pd.DataFrame([{"source": "s", "left": "<", "match": "m", "right": ""}]))


def test_kwic_shortens_long_context_with_an_ellipsis():
    lines = kwic(CODES.iloc[[1]], SENTENCES, DOCUMENTS, width=5)
    assert lines.iloc[0][["left", "right"]].tolist() == ["…ater ", " Assa…"]


@pytest.mark.parametrize(("query", "expected"), [
    ({"term": "client"}, [("d2", 16, 22)]),
    ({"term": "ASSAD"}, [("d1", 57, 62), ("d2", 0, 5)]),
    ({"term": "moscow later"}, [("d1", 34, 46)]),
    ({"actor": "Russia"}, [("d1", 0, 6), ("d2", 7, 13)]),
    ({"code": "limits.abandonment"}, [("d1", 47, 56)]),
    ({"code": "support"}, [("d1", 12, 18)]),
    ({"actor": "Russia", "doc_id": "d2"}, [("d2", 7, 13)]),
    ({"actor": "Bashar al-Assad", "head": "assad"}, [("d1", 57, 62), ("d2", 0, 5)]),
    ({"actor": "Bashar al-Assad", "evaluative": True}, [("d2", 7, 22)]),
    ({"actor": "Russia", "voice": "quoted"}, [("d1", 0, 6)]),
    ({"actor": "Russia", "voice": "author"}, [("d2", 7, 13)]),
    ({"term": "client", "voice": "author"}, [("d2", 16, 22)]),
    ({"code": "support", "voice": "author"}, []),
])
def test_find_matches_reads_only_the_analysed_sections(query, expected):
    matches = find_matches(TABLES, **query)
    assert list(matches[["doc_id", "start", "end"]].itertuples(index=False, name=None)) == expected
    for row in matches.itertuples():
        sentence = SENTENCES[(SENTENCES.doc_id == row.doc_id) & (SENTENCES.sent_id == row.sent_id)].iloc[0]
        assert sentence.start <= row.start < row.end <= sentence.end


def test_close_reading_shows_the_match_in_its_source_and_sentence():
    lines = close_reading(TABLES, term="client")
    assert lines.iloc[0][["source", "left", "match", "right"]].tolist() == ["Two 2020", "Assad, Russia's ", "client",
                                                                            ", falls"]


@pytest.mark.parametrize(("query", "message"), [
    ({}, "exactly one"),
    ({"term": "Assad", "actor": "Russia"}, "exactly one"),
    ({"actor": "Narnia"}, "unknown actor 'Narnia'"),
    ({"code": "limits.imaginary"}, "no sentence carries code 'limits.imaginary'"),
    ({"term": "Assad", "doc_id": "d9"}, "unknown doc_id 'd9'"),
    ({"term": "Assad", "head": "assad"}, "give actor= too"),
    ({"actor": "Russia", "voice": "reader"}, "unknown voice 'reader'"),
])
def test_close_reading_says_what_is_wrong_with_a_query(query, message):
    with pytest.raises(ValueError, match=message):
        close_reading(TABLES, **query)


def test_kwic_accepts_matches_with_plain_python_types():
    matches = pd.DataFrame({"doc_id": ["d1"], "start": [47], "end": [56]}, dtype=object)
    assert kwic(matches, SENTENCES.astype({"doc_id": "string"}), DOCUMENTS).match.tolist() == ["abandoned"]
