"""The Scene's phrase dependents (`agents._phrase_dependents`), grouped by head as `ParseArrays.children` keeps
children: each token's are its children in text order whose label stays inside a phrase, 'of' the only preposition,
as the Tokens give them, on invented texts."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from analysis.extract.frames.agents import PHRASE_DEPS, _phrase_dependents
from analysis.nlp.arrays import ParseArrays

TEXTS = [
    "The defence minister of a small northern country met the envoys of two neighbours in a lakeside town.",
    "Their new tanks, old trucks and a battery of guns rolled past the crowds; nobody from the council came.",
    "Officials, diplomats and the mayor's aides waited. The talks of the week ended without a deal of any kind.",
    "Quiet.",
]


def _from_tokens(doc: Doc) -> list[list[int]]:
    return [[child.i for child in token.children if child.dep_ in PHRASE_DEPS and (
        child.dep_ != "prep" or child.lower_ == "of")] for token in doc]


@pytest.mark.parametrize("text", TEXTS)
def test_each_tokens_phrase_dependents_are_its_children_inside_the_phrase(nlp, text):
    doc = nlp(text)
    dependents, bounds = _phrase_dependents(ParseArrays(doc))
    assert len(bounds) == len(doc) + 1 and bounds[-1] == len(dependents)
    assert [dependents[bounds[i]:bounds[i + 1]] for i in range(len(doc))] == _from_tokens(doc)


def test_the_texts_hold_heads_with_several_dependents_and_of_and_other_prepositions(nlp):
    """The comparison above is not trivial: some head has two or more phrase dependents, 'of' is kept and another
    preposition is not."""
    docs = [nlp(text) for text in TEXTS]
    assert any(len(kept) >= 2 for doc in docs for kept in _from_tokens(doc))
    preps = [(token.lower_, token.i in {i for kept in _from_tokens(doc) for i in kept})
             for doc in docs for token in doc if token.dep_ == "prep"]
    assert ("of", True) in preps and any(word != "of" and not kept for word, kept in preps)
