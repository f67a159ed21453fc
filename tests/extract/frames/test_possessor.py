"""A relational noun whose possessor is another party names that party's relation, not Russia's tie to Assad's side
(`frames.possessor`). Invented paragraphs."""

from __future__ import annotations

import pytest

from tests.extract.frames.conftest import last_sentence_codes

CONTEXT = "Russia has backed Assad since 2015. "
ALLY = "support.motive_ally"


@pytest.mark.parametrize("text, code", [
    # another actor's partners, sponsor or backer
    (CONTEXT + "France, with its European partners, has kept sanctions on Syria while Russia objected.", ALLY),
    (CONTEXT + "Moscow talked to Ankara, the opposition's main sponsor, about the north.", "support.backing"),
    (CONTEXT + "Moscow met Turkey, the opposition's backer, about the north.", "support.backing"),
    # the writer's own clients, one person's friends
    (CONTEXT + "When our clients ship cargo for the Syrian economy, Russian insurers are seldom involved.", ALLY),
    (CONTEXT + "While my friends went skiing, I read about Russian diplomacy all week.", ALLY),
])
def test_a_relation_owned_by_another_party_is_not_russias(nlp, text, code):
    assert code not in last_sentence_codes(nlp, text, "support")


@pytest.mark.parametrize("text", [
    # near misses: Russia's own possessive, a Russian speaker's 'our', no possessor at all
    CONTEXT + "Moscow will stand by its partners in Damascus.",
    CONTEXT + "“We will stand by our friends in Damascus,” the Russian minister said.",
    CONTEXT + "For the Kremlin, the Syrian government is a partner worth keeping.",
])
def test_russias_own_relation_stays_support(nlp, text):
    assert ALLY in last_sentence_codes(nlp, text, "support")
