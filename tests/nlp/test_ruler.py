"""The gazetteer's entity ruler on invented texts: which overlapping matches it tags, and the same entity
annotation as spaCy's `EntityRuler` with `overwrite_ents=True`."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from analysis.nlp.ruler import GAZETTEER_RULER_FACTORY, choose_matches, entity_columns, patterns_digest

PATTERNS = [
    {"label": "GPE", "id": "Ossia", "pattern": "Ossia"},
    {"label": "GPE", "id": "Ossia", "pattern": "Republic of Ossia"},
    {"label": "ORG", "id": "Velmar Council", "pattern": "Velmar Council"},
    {"label": "GPE", "id": "Velmar", "pattern": "Velmar"},
    {"label": "ORG", "id": "Council of Ossia", "pattern": "Council of Ossia"},
    {"label": "PERSON", "id": "Ilse Marrow", "pattern": "Ilse Marrow"},
    {"label": "PERSON", "id": "Ilse Marrow", "pattern": "Marrow"},
]
TEXTS = [
    "The Republic of Ossia closed its border with Velmar on Tuesday.",
    "Critics of the Velmar Council say the Council of Ossia moved first.",
    "Ilse Marrow, who chairs the Velmar Council, met Marrow's deputy in Ossia.",
    "No gazetteer name appears in this sentence at all.",
    "velmar council members spoke to OSSIA radio.",  # case-sensitive: nothing matches
    "",
]


@pytest.mark.parametrize(("matches", "chosen"), [
    ([], []),
    ([(1, 2, 2)], []),  # an empty match
    ([(1, 0, 1), (2, 0, 3), (3, 2, 3)], [(2, 0, 3)]),  # the longest wins over those inside it
    ([(1, 0, 2), (2, 1, 3)], [(1, 0, 2)]),  # equally long: the earliest wins
    ([(1, 3, 5), (2, 0, 2), (1, 3, 5)], [(2, 0, 2), (1, 3, 5)]),  # the same match twice counts once
    ([(1, 0, 2), (2, 1, 4), (3, 5, 6)], [(2, 1, 4), (3, 5, 6)]),  # a longer match ends the earlier one's claim
])
def test_choose_matches(matches, chosen):
    assert choose_matches(matches) == chosen


@pytest.mark.parametrize(("length", "entities", "columns"), [
    (0, [], []),
    (3, [], [[2, 0, 0], [2, 0, 0], [2, 0, 0]]),
    # a three-token entity, then a one-token one: B, I, I ... B, the others O
    (6, [(1, 4, 11, 21), (5, 6, 12, 22)], [[2, 0, 0], [3, 11, 21], [1, 11, 21], [1, 11, 21], [2, 0, 0], [3, 12, 22]]),
    (2, [(0, 1, 7, 8), (1, 2, 7, 9)], [[3, 7, 8], [3, 7, 9]]),  # two entities side by side
])
def test_entity_columns(length, entities, columns):
    assert entity_columns(length, entities).tolist() == columns


@pytest.fixture(scope="module")
def rulers():
    """spaCy's EntityRuler and ours, each on a blank English pipeline with the same invented patterns."""
    theirs, ours = spacy.blank("en"), spacy.blank("en")
    theirs.add_pipe("entity_ruler", config={"overwrite_ents": True}).add_patterns(PATTERNS)
    ours.add_pipe(GAZETTEER_RULER_FACTORY).add_patterns(PATTERNS)
    return theirs, ours


def _annotation(doc):
    return [(token.text, token.ent_iob_, token.ent_type_, token.ent_id_, token.ent_kb_id_) for token in doc]


@pytest.mark.parametrize("text", TEXTS)
def test_same_annotation_as_spacys_entity_ruler(rulers, text):
    theirs, ours = rulers
    assert _annotation(ours(text)) == _annotation(theirs(text))


@pytest.mark.parametrize(("text", "entities"), [
    (TEXTS[0], [("Republic of Ossia", "GPE", "Ossia"), ("Velmar", "GPE", "Velmar")]),
    (TEXTS[1], [("Velmar Council", "ORG", "Velmar Council"), ("Council of Ossia", "ORG", "Council of Ossia")]),
    (TEXTS[2], [("Ilse Marrow", "PERSON", "Ilse Marrow"), ("Velmar Council", "ORG", "Velmar Council"),
                ("Marrow", "PERSON", "Ilse Marrow"), ("Ossia", "GPE", "Ossia")]),
    (TEXTS[4], []),
])
def test_tags_aliases_with_label_and_actor(rulers, text, entities):
    doc = rulers[1](text)
    assert [(entity.text, entity.label_, entity.ent_id_) for entity in doc.ents] == entities
    assert all(token.ent_iob_ == "O" for token in doc if not token.ent_type)


def test_keeps_earlier_entities_that_no_alias_overlaps(rulers):
    nlp = rulers[1]
    doc = nlp.make_doc("Dr Anselm Brook of Velmar Council visited the Republic of Ossia on Friday.")
    # 'Republic of' overlaps an alias and goes; the person and the date stay
    doc.ents = [Span(doc, 1, 3, label="PERSON"), Span(doc, 8, 10, label="GPE"), Span(doc, 12, 13, label="DATE")]
    doc = nlp.get_pipe(GAZETTEER_RULER_FACTORY)(doc)
    assert [(entity.text, entity.label_) for entity in doc.ents] == [
        ("Anselm Brook", "PERSON"), ("Velmar Council", "ORG"), ("Republic of Ossia", "GPE"), ("Friday", "DATE")]


@pytest.mark.parametrize(("text", "tagged"), [
    ("Ilse spoke first.", ["Ilse"]),
    ("Ilse's deputy spoke first.", ["Ilse"]),
    ("Ilse al-Danar spoke first.", []),  # the first name begins another person's full name
    ("Ilse Marrow spoke first.", ["Ilse Marrow"]),  # the full alias is tagged whole
])
def test_a_first_name_followed_by_another_surname_is_not_tagged(text, tagged):
    ours = spacy.blank("en")
    ours.add_pipe(GAZETTEER_RULER_FACTORY).add_patterns(
        [*PATTERNS, {"label": "PERSON", "id": "Ilse Marrow", "pattern": "Ilse", "first_name": True}])
    assert [entity.text for entity in ours(text).ents] == tagged


@pytest.mark.parametrize(("text", "tagged"), [
    ("Ilse spoke first.", ["Ilse"]),
    ("Ilse al-Danar spoke first.", []),  # under either key, the word is a first name that begins another name
    ("Ilse Marrow spoke first.", ["Ilse Marrow"]),
    ("Velmar al-Danar spoke first.", ["Velmar"]),  # no first name: tagged whatever follows
])
@pytest.mark.parametrize("first_name_later", [False, True])
def test_a_first_name_is_passed_over_under_every_key_that_holds_it(text, tagged, first_name_later):
    # another actor's alias is the same word as the first name, and the first name may come in a later call
    first_name = {"label": "PERSON", "id": "Ilse Marrow", "pattern": "Ilse", "first_name": True}
    namesake = {"label": "ORG", "id": "Ilse Foundation", "pattern": "Ilse"}
    ours = spacy.blank("en")
    ruler = ours.add_pipe(GAZETTEER_RULER_FACTORY)
    if first_name_later:
        ruler.add_patterns([*PATTERNS, namesake])
        ruler.add_patterns([first_name])
    else:
        ruler.add_patterns([*PATTERNS, first_name, namesake])
    assert [entity.text for entity in ours(text).ents] == tagged


def test_a_rulers_digest_names_its_patterns():
    same, other = spacy.blank("en"), spacy.blank("en")
    same.add_pipe(GAZETTEER_RULER_FACTORY).add_patterns(PATTERNS)
    other.add_pipe(GAZETTEER_RULER_FACTORY).add_patterns(PATTERNS[:-1])
    digest = same.get_pipe(GAZETTEER_RULER_FACTORY).patterns_digest
    assert digest == patterns_digest(PATTERNS)
    assert other.get_pipe(GAZETTEER_RULER_FACTORY).patterns_digest not in ("", digest)
