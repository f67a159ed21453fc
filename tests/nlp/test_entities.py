"""Gazetteer fixes and actor mapping, on hand-built Docs and on the pipeline."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc
from spacy.vocab import Vocab

from analysis.nlp.arrays import ParseArrays
from analysis.nlp.entities import is_agentive
from analysis.errors import InputError
from analysis.nlp.gazetteer import GAZETTEER_COLUMNS, read_gazetteer


def _doc(words, heads, deps):
    return Doc(Vocab(), words=words, heads=heads, deps=deps)


@pytest.mark.parametrize("words, heads, deps, index, expected", [
    (["Moscow", "backed", "Assad"], [1, 1, 1], ["nsubj", "ROOT", "dobj"], 0, True),
    (["Moscow", "’s", "support"], [2, 0, 2], ["poss", "case", "ROOT"], 0, True),
    (["Assad", "fled", "to", "Moscow"], [1, 1, 1, 2], ["nsubj", "ROOT", "prep", "pobj"], 3, False),
    (["Assad", "was", "saved", "by", "Moscow"], [2, 2, 2, 2, 3], ["nsubjpass", "auxpass", "ROOT", "agent", "pobj"], 4, True),
    (["Moscow", "and", "Damascus", "agreed"], [3, 0, 0, 3], ["nsubj", "cc", "conj", "ROOT"], 2, True),
])
def test_is_agentive_on_hand_built_docs(words, heads, deps, index, expected):
    doc = _doc(words, heads, deps)
    assert is_agentive(doc[index:index + 1]) is expected


@pytest.mark.parametrize("words, spaces, entity, expected", [
    # a blank line the recogniser took into a name on a label line is left out
    (["Presenter", ":", "Jane", "Roe", "\n\n", "Opening", "titles"], [False, True, True, False, False, True, False],
     (2, 5), "Jane Roe"),
    (["Host", ":", "\n", "Lena", "Ivanova"], [False, False, False, True, False], (2, 5), "Lena Ivanova"),
    # a name with no whitespace at its edges is kept whole
    (["Jane", "Roe", "spoke", "."], [True, True, False, False], (0, 2), "Jane Roe"),
])
def test_an_entity_s_mention_leaves_out_whitespace_at_its_edges(words, spaces, entity, expected):
    from types import SimpleNamespace

    from spacy.tokens import Span

    from analysis.nlp.entities import iter_entities

    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces)  # English lexical attributes: `is_space`
    doc.ents = [Span(doc, *entity, label="PERSON")]
    [mention] = iter_entities(doc, [SimpleNamespace(start=0, sent_id=0)])
    assert mention.text == expected and doc.text[mention.start:mention.end] == expected
    assert list(iter_entities(doc, [SimpleNamespace(start=0, sent_id=0)], parse=ParseArrays(doc))) == [mention]


def test_an_entity_of_whitespace_alone_is_no_mention():
    from types import SimpleNamespace

    from spacy.tokens import Span

    from analysis.nlp.entities import iter_entities

    doc = Doc(spacy.blank("en").vocab, words=["Roe", "\n\n", "spoke"], spaces=[False, False, False])
    doc.ents = [Span(doc, 1, 2, label="PERSON")]
    assert list(iter_entities(doc, [SimpleNamespace(start=0, sent_id=0)])) == []
    assert list(iter_entities(doc, [SimpleNamespace(start=0, sent_id=0)], parse=ParseArrays(doc))) == []


def test_entities_set_after_the_parse_was_read_keep_their_own_labels():
    """The IOB tags and the entity types are read together from the Doc, not the types from an older `ParseArrays`:
    a label changed, and an entity added, after it was read are those of `doc.ents`."""
    from types import SimpleNamespace

    from spacy.tokens import Span

    from analysis.nlp.entities import iter_entities

    doc = Doc(spacy.blank("en").vocab, words=["Lena", "Roe", "met", "Ivo"])
    doc.ents = [Span(doc, 0, 2, label="PERSON")]
    parse = ParseArrays(doc)
    doc.ents = [Span(doc, 0, 2, label="ORG"), Span(doc, 3, 4, label="PERSON")]
    found = iter_entities(doc, [SimpleNamespace(start=0, sent_id=0)], parse=parse)
    assert [(mention.text, mention.label) for mention in found] == [("Lena Roe", "ORG"), ("Ivo", "PERSON")]


def _mentions(nlp, text):
    from analysis.nlp.entities import iter_entities
    from analysis.corpus.sections import set_blocks
    from analysis.nlp.sentences import iter_sentences

    doc = nlp(text)
    set_blocks(doc)
    sentences = list(iter_sentences(doc))
    return {m.text: m for m in iter_entities(doc, sentences)}


@pytest.mark.parametrize("text, mention, label, actor", [
    ("Analysts in Cairo wondered how long Sisi could keep his grip.", "Sisi", "PERSON", "Abdel Fattah el-Sisi"),
    ("Opposition fighters entered Aleppo at dawn.", "Aleppo", "GPE", "Aleppo"),
    ("The blame does not rest with President Trump alone.", "Trump", "PERSON", "Donald Trump"),
    ("Peskov dismissed the Western statement as empty words.", "Peskov", "PERSON", "Dmitry Peskov"),
    ("The role of Turkiye is more difficult to interpret.", "Turkiye", "GPE", "Turkey"),
    ("Remnants of Isis remain in the desert.", "Isis", "ORG", "Islamic State"),
    # the two chambers of Russia's parliament act for the state
    ("Deputies of the State Duma ratified the lease on Tuesday.", "the State Duma", "ORG", "Russia"),
    ("A senator told the Federation Council that the jets would stay.", "the Federation Council", "ORG", "Russia"),
    ("Talk in the Duma turned to volunteers.", "Duma", "ORG", "Russia"),
])
def test_gazetteer_fixes_labels_and_maps_actors(nlp, text, mention, label, actor):
    found = _mentions(nlp, text)[mention]
    assert (found.label, found.actor) == (label, actor)


def test_person_affiliation_and_mention_kinds(nlp):
    found = _mentions(nlp, "Putin and the Kremlin backed Russian airstrikes while Moscow watched.")
    assert (found["Putin"].actor, found["Putin"].affiliation, found["Putin"].actor_type) == ("Vladimir Putin", "Russia", "person")
    assert (found["the Kremlin"].actor, found["the Kremlin"].mention_kind) == ("Russia", "metonym")
    assert (found["Russian"].actor, found["Russian"].mention_kind) == ("Russia", "adjective")
    assert (found["Moscow"].actor, found["Moscow"].mention_kind) == ("Russia", "metonym")


def test_capital_as_a_place_has_no_actor(nlp):
    found = _mentions(nlp, "Asylum for him and his family in Moscow was approved by the Kremlin.")
    assert (found["Moscow"].actor, found["Moscow"].mention_kind) == (None, "place")


def test_bad_gazetteer_names_each_bad_entry(tmp_path):
    path = tmp_path / "gazetteer.csv"
    path.write_text(",".join(GAZETTEER_COLUMNS) + "\n"
                    "Russia,Russia,state,,name,GPE,false,,\n"
                    "Russia,Russia,state,,name,GPE,false,,\n"
                    "Wagner,Wagner,militia,Russia,name,ORG,false,,\n"
                    "Kremlin,Russia,state,,nickname,ORG,maybe,,\n"
                    "Tartus,Tartus,place,Syria,name,GPE,false,male,\n"
                    "Roe,Jane Roe,person,,name,PERSON,false,woman,\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_gazetteer(path)
    text = "\n".join(caught.value.problems)
    assert "line 3 ('Russia'): duplicate alias (first on line 2)" in text
    assert "line 4 ('Wagner'): actor_type 'militia'" in text
    assert "line 5 ('Kremlin'): mention_kind 'nickname'" in text
    assert "line 5 ('Kremlin'): agent_only must be true or false" in text
    assert "line 6 ('Tartus'): gender must be empty or, for a person" in text
    assert "line 7 ('Roe'): gender must be empty or, for a person" in text


@pytest.mark.parametrize("words, entities", [
    ([], []),
    (["No", "names", "here", "."], []),
    (["Lena", "Roe", "met", "Ivan"], [(0, 2, "PERSON"), (3, 4, "PERSON")]),  # at the Doc's first and last tokens
    (["Oslo", "Bergen", "and", "Tromsø"], [(0, 1, "GPE"), (1, 2, "GPE"), (3, 4, "GPE")]),  # two names side by side
    (["the", "Blue", "River", "Dam", "Company", "closed"], [(1, 4, "FAC"), (4, 5, "ORG")]),
    (["one", "\n\n", "two"], [(1, 2, "PERSON")]),
])
def test_entity_bounds_are_those_of_doc_ents(words, entities):
    from spacy.tokens import Span

    from analysis.nlp.entities import entity_bounds

    doc = Doc(spacy.blank("en").vocab, words=words)
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in entities]
    expected = [(ent.start, ent.end, ent.label) for ent in doc.ents]
    assert [(start, end, doc.vocab.strings[label]) for start, end, label in expected] == entities
    assert entity_bounds(doc) == expected


def test_entity_bounds_with_missing_and_outside_tags():
    from spacy.attrs import ENT_IOB, ENT_TYPE
    import numpy as np

    from analysis.nlp.entities import entity_bounds

    vocab = spacy.blank("en").vocab
    person = vocab.strings.add("PERSON")
    # B I (missing) B O B-without-type I-after-it is refused by doc.ents, so not here: see the next test
    doc = Doc(vocab, words=["Lena", "Roe", "x", "Ivan", "y", "Olga"])
    doc.from_array([ENT_IOB, ENT_TYPE], np.array([[3, person], [1, person], [0, 0], [3, person], [2, 0], [3, person]],
                                                 dtype=np.uint64))
    assert entity_bounds(doc) == [(ent.start, ent.end, ent.label) for ent in doc.ents] == [
        (0, 2, person), (3, 4, person), (5, 6, person)]


@pytest.mark.parametrize("tags", [
    [2, 1, 2],  # I after O
    [1, 1, 2],  # I at the Doc's start
    [3, 1, 2],  # I after a B without a type
])
def test_entity_bounds_raise_as_doc_ents_where_an_inside_tag_follows_no_entity(tags):
    from spacy.attrs import ENT_IOB, ENT_TYPE
    import numpy as np

    from analysis.nlp.entities import entity_bounds

    vocab = spacy.blank("en").vocab
    person = vocab.strings.add("PERSON")
    doc = Doc(vocab, words=["Lena", "Roe", "spoke"])
    doc.from_array([ENT_IOB, ENT_TYPE], np.array([[tag, person if tag == 1 else 0] for tag in tags], dtype=np.uint64))
    with pytest.raises(ValueError, match="E093"):
        doc.ents
    with pytest.raises(ValueError, match="E093"):
        entity_bounds(doc)
