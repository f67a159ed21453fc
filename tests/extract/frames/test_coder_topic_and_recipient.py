"""Two limits classes of ordinary news and comment, on invented sentences in several registers: Assad's side as the
denied or lesser topic of Russia's policy ('never about him', 'less about the president than'), and an undertaking,
a welcome or a text given to Assad's armed opponents ('promised the rebels', 'received opposition figures')."""

from __future__ import annotations

import pytest

from tests.extract.frames.conftest import last_sentence_codes

CONTEXT = "The Syrian army was falling back near Hama. "


@pytest.mark.parametrize("text, narrower", [
    # an op-ed, a wire analysis, a radio interview, a seminar paper
    (CONTEXT + "For the Kremlin this campaign isn't about the president any more.", True),
    (CONTEXT + "Russian policy there is less about the president than about trade routes.", True),
    (CONTEXT + "GUEST: The Russian side keeps saying this is not about any one person.", True),
    (CONTEXT + "Russian diplomats now talk less about the regime and more about the airfield.", True),
    # a topic that is no denial or comparison, and a denial of another actor's topic
    (CONTEXT + "A Russian film about Assad opened in Moscow last week.", False),
    (CONTEXT + "Moscow was talking about the president's health again.", False),
])
def test_assads_side_as_the_denied_topic_is_a_narrower_interest(nlp, text, narrower):
    assert ("limits.interests" in last_sentence_codes(nlp, text, "limits")) is narrower


@pytest.mark.parametrize("text, hedged", [
    # a magazine feature, a wire story, a headline, a think-tank brief
    (CONTEXT + "Russian generals promised the rebels safe passage to the north.", True),
    (CONTEXT + "The Kremlin has welcomed the Syrian opposition to Moscow twice this year.", True),
    (CONTEXT + "Moscow hands insurgents a draft charter", True),
    (CONTEXT + "Russia invited opposition leaders to a congress on the Black Sea.", True),
    # the opponents as the target of the undertaking, or as the ones who fire
    (CONTEXT + "Russia promised to crush the rebels within months.", False),
    (CONTEXT + "The Russian base received rebel shelling overnight.", False),
])
def test_an_undertaking_given_to_assads_opponents_is_hedging(nlp, text, hedged):
    assert ("limits.hedging" in last_sentence_codes(nlp, text, "limits")) is hedged


@pytest.mark.parametrize("text, code, limited", [
    # a cost passed on through 'help' and its bare infinitive (a business weekly, a newsletter)
    (CONTEXT + "Last spring the Kremlin urged the Europeans to help pay for new power plants.", "limits.capacity", True),
    (CONTEXT + "The Kremlin urged the Europeans to help the refugees home.", "limits.capacity", False),
    # the thrifty sense of 'careful with' a noun of money, not with words (a trade paper, a column)
    (CONTEXT + "Russian suppliers have been tight with their cash in every deal with Damascus.", "limits.commitment",
     True),
    (CONTEXT + "The Kremlin was careful with its words about the Syrian president.", "limits.commitment", False),
])
def test_cost_and_thrift_in_plain_terms(nlp, text, code, limited):
    assert (code in last_sentence_codes(nlp, text, "limits")) is limited
