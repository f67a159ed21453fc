"""Descriptions of a person whose name or reading the resolver misses (`analysis.extract.quotations.names`), on
invented texts: known gaps, each a strict xfail naming it."""

from __future__ import annotations

import pytest


def _gap(text: str, quote: str, name: str, reason: str):
    return pytest.param(text, quote, name, marks=pytest.mark.xfail(strict=True, reason=reason))


@pytest.mark.parametrize("text, quote, name", [
    _gap("At the bus stop I met a driver who introduced himself as Lev. He had worked the route for years. “The "
         "buses are older than I am,” he said.", "The buses are older than I am,", "Lev",
         "'introduce oneself as' is no naming verb (the naming_verb list holds Levin's dub verbs, 'know' and "
         "'identify'): the description keeps no name"),
    _gap("The port office sent a clerk to the quay, a young woman named Vera Holm. The clerk said the cranes were "
         "\"out of order until May\".", "out of order until May", "Vera Holm",
         "a name given in a second apposition with a naming participle ('a clerk …, a young woman named Vera Holm') "
         "is not carried to the definite description that takes the clerk up"),
    _gap("Here the director has her best scene: a ferry captain, face hidden, who was on the bridge that night. "
         "“Nobody told us anything,” he says.", "Nobody told us anything,", "a ferry captain",
         "a subject's gender is not read from a possessive it binds ('the director has her best scene'), so 'he' "
         "passes over the person described after the colon to take up the subject"),
])
def test_a_description_takes_the_name_it_was_given(quotes_of, text, quote, name):
    assert quotes_of(text)[quote].speaker_name == name
