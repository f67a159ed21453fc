"""A mention is looked up as written, then without a leading 'the' or 'The'."""

from __future__ import annotations

import itertools

import pytest

from analysis.nlp.gazetteer import Alias, Gazetteer

ALIASES = [Alias("Varnish Guard", "Varnish Guard", "armed group", "Varnia", "name", "ORG", False),
           Alias("the Quay", "Varnia", "state", "", "metonym", "FAC", False),
           Alias("Brill", "Brill", "place", "", "name", "GPE", False),
           Alias("Lina Quell", "Lina Quell", "person", "Varnia", "name", "PERSON", False, "female")]


def _looked_up_in_turn(gazetteer: Gazetteer, text: str) -> Alias | None:
    """The mention as written, without 'the ', without 'The ': the first alias found."""
    text = text.strip()
    for candidate in (text, text.removeprefix("the "), text.removeprefix("The ")):
        if candidate in gazetteer._by_text:
            return gazetteer._by_text[candidate]
    return None


@pytest.mark.parametrize(("text", "expected"), [
    ("Varnish Guard", "Varnish Guard"),
    ("the Varnish Guard", "Varnish Guard"),
    ("The Varnish Guard", "Varnish Guard"),
    ("  the Varnish Guard\n", "Varnish Guard"),
    ("THE Varnish Guard", None),  # only the two spellings
    ("theVarnish Guard", None),
    ("the Quay", "the Quay"),  # an alias that holds the article is found as written
    ("The Quay", None),
    ("Quay", None),
    ("The the Quay", "the Quay"),
    ("the the Quay", "the Quay"),  # one article taken off: what is left is the alias
    ("the The Quay", None),  # not two
    ("the ", None),
    ("", None),
    ("Lina Quell", "Lina Quell"),
])
def test_lookup(text, expected):
    alias = Gazetteer(ALIASES).lookup(text)
    assert (alias.alias if alias else None) == expected


def test_lookup_agrees_with_trying_each_form_in_turn():
    gazetteer = Gazetteer(ALIASES)
    pieces = ["the ", "The ", "THE ", " ", "\t", "the", "Quay", "Brill", "Lina Quell", "Varnish Guard", ""]
    for parts in itertools.product(pieces, repeat=3):
        text = "".join(parts)
        assert gazetteer.lookup(text) is _looked_up_in_turn(gazetteer, text), text
