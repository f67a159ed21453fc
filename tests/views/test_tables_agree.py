"""Every count a naming or framing table shows is the number of matches its close reading lists (real corpus)."""

from __future__ import annotations

import pytest

from analysis.views import framing, naming
from analysis.views.close_reading import close_reading
from analysis.views.sources import source_labels

ACTORS = ("Bashar al-Assad", "Syrian government", "rebels")
ALL_HEADS = 1000


def _doc_ids(tables):
    return {label: doc_id for doc_id, label in source_labels(tables["documents"]).items()}


@pytest.mark.parametrize("voice", ["author", "quoted"])
@pytest.mark.parametrize("actor", ACTORS)
def test_naming_table_cells_match_their_close_reading(corpus_tables, actor, voice):
    table = naming.naming_table(corpus_tables["labels"], corpus_tables["documents"], actor=actor, voice=voice,
                                top=ALL_HEADS)
    for source, doc_id in _doc_ids(corpus_tables).items():
        for head, count in table[source].items():
            lines = close_reading(corpus_tables, actor=actor, head=head, voice=voice, doc_id=doc_id)
            assert len(lines) == count, (actor, voice, source, head)


def test_evaluative_numerators_match_their_close_reading(corpus_tables):
    table = naming.evaluative_share(corpus_tables["labels"], corpus_tables["documents"], actors=ACTORS)
    heads = {actor: naming.naming_table(corpus_tables["labels"], corpus_tables["documents"], actor=actor,
                                        top=ALL_HEADS) for actor in ACTORS}
    for source, doc_id in _doc_ids(corpus_tables).items():
        for actor in ACTORS:
            lines = close_reading(corpus_tables, actor=actor, evaluative=True, voice="author", doc_id=doc_id)
            assert len(lines) == table.loc[source, (actor, "evaluative")], (source, actor)
            assert heads[actor][source].sum() == table.loc[source, (actor, "labels")], (source, actor)


def test_term_uses_match_their_close_readings(corpus_tables):
    table = naming.term_uses(corpus_tables, term="regime", actor="Syrian government")
    for source, doc_id in _doc_ids(corpus_tables).items():
        for voice in ("author", "quoted"):
            lines = close_reading(corpus_tables, term="regime", voice=voice, doc_id=doc_id)
            assert len(lines) == table.loc[source, voice], (source, voice)
        assert len(close_reading(corpus_tables, term="regime", doc_id=doc_id)) == table.loc[source, "matches"]
        heads = close_reading(corpus_tables, actor="Syrian government", head="regime", voice="author", doc_id=doc_id)
        assert len(heads) == table.loc[source, "heading a label of Syrian government (author)"], source
    text = naming.term_uses_text(table, term="regime", actor="Syrian government")
    assert f"occurs {table.matches.sum()} times" in text


def _coded_units(tables):
    return framing.coded_sentences(tables["codes"], tables["sentences"]).groupby("doc_id").size()


def test_code_profile_cells_match_their_close_reading(corpus_tables):
    profile = framing.code_profile(corpus_tables["codes"], corpus_tables["sentences"], corpus_tables["documents"])
    units = _coded_units(corpus_tables)
    for source, doc_id in _doc_ids(corpus_tables).items():
        for code in profile.columns:
            lines = close_reading(corpus_tables, code=code, doc_id=doc_id)
            assert round(profile.loc[source, code] * units[doc_id]) == lines.sent_id.nunique(), (source, code)


def test_dimension_shares_match_their_close_reading(corpus_tables):
    shares = framing.dimension_shares(corpus_tables["codes"], corpus_tables["sentences"], corpus_tables["documents"])
    units = _coded_units(corpus_tables)
    for source, doc_id in _doc_ids(corpus_tables).items():
        for dimension in ("support", "limits"):
            coded = shares.loc[source, [f"{dimension} only", "both"]].sum() * units[doc_id]
            lines = close_reading(corpus_tables, code=dimension, doc_id=doc_id)
            assert round(coded) == lines.sent_id.nunique(), (source, dimension)
