"""Naming views on small hand-made tables: the author's voice by default, the quoted voices apart."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.views import naming
from analysis.views.own_voice import voice_counts

DOCUMENTS = pd.DataFrame({"doc_id": ["d1", "d2"], "label": ["One 2015", "Two 2020"], "published": ["2015", "2020"]})
LABELS = pd.DataFrame({
    "doc_id": ["d1", "d1", "d1", "d1", "d2", "d2"], "sent_id": [0, 1, 2, 3, 0, 1],
    "actor": ["rebels", "rebels", "rebels", "Syrian government", "rebels", "rebels"],
    "label": ["the rebels", "terrorists", "terrorists", "the regime", "fighters", "the rebels"],
    "head": ["rebel", "terrorist", "terrorist", "regime", "fighter", "rebel"],
    "evaluative": [False, True, True, True, False, False],
    "start": [0, 20, 40, 60, 0, 20], "end": [10, 30, 50, 70, 8, 30],
    "voice": ["author", "quoted", "author", "author", "comment", "author"],
})


def test_naming_table_counts_the_authors_voice_by_default():
    table = naming.naming_table(LABELS, DOCUMENTS, actor="rebels")
    assert table.to_dict() == {"One 2015": {"rebel": 1, "terrorist": 1}, "Two 2020": {"rebel": 1, "terrorist": 0}}
    quoted = naming.naming_table(LABELS, DOCUMENTS, actor="rebels", voice="quoted")
    assert quoted.to_dict() == {"One 2015": {"terrorist": 1}, "Two 2020": {"terrorist": 0}}
    assert naming.naming_table(LABELS, DOCUMENTS, actor="rebels", voice=None).sum().sum() == 5


def test_unknown_voice_is_refused():
    with pytest.raises(ValueError, match="unknown voice 'reader'"):
        naming.naming_table(LABELS, DOCUMENTS, actor="rebels", voice="reader")


def test_evaluative_share_shows_its_counts():
    table = naming.evaluative_share(LABELS, DOCUMENTS, actors=("rebels", "Syrian government"))
    assert table.loc["One 2015", "rebels"].to_dict() == {"evaluative": 1, "labels": 2, "share": 0.5}
    assert table.loc["Two 2020", "rebels"].to_dict() == {"evaluative": 0, "labels": 1, "share": 0.0}
    assert table.loc["Two 2020", ("Syrian government", "labels")] == 0
    assert pd.isna(table.loc["Two 2020", ("Syrian government", "share")])


def test_descriptive_labels_of_one_voice():
    quoted = naming.descriptive_labels(LABELS, DOCUMENTS, actor="rebels", voice="quoted")
    assert quoted[["source", "label", "count"]].values.tolist() == [["One 2015", "terrorists", 1]]


def test_voice_counts_per_source():
    counts = voice_counts(LABELS, DOCUMENTS)
    assert counts.loc["One 2015"].to_dict() == {"author": 3, "quoted": 1, "comment": 0, "all": 4}
    assert counts.loc["Two 2020"].to_dict() == {"author": 1, "quoted": 0, "comment": 1, "all": 2}
