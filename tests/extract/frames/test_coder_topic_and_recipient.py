"""Four limits classes of ordinary news and comment, on invented sentences in several registers: Assad's side as the
denied or lesser topic of Russia's policy ('never about him', 'less about the president than'); an undertaking, a
welcome or a text given to Assad's armed opponents ('promised the rebels', 'received opposition figures'); a cost
passed on to others ('urged the Europeans to help pay'); and the state's thrift ('tight with its cash')."""

from __future__ import annotations

import pytest

from tests.extract.frames.conftest import last_sentence_codes

CONTEXT = "The Syrian army was falling back near Hama. "


@pytest.mark.parametrize("text, narrower", [
    # an op-ed, a wire analysis, a radio interview, a seminar paper
    (CONTEXT + "For the Kremlin this campaign isn't about the president any more.", True),
    (CONTEXT + "Russian policy there is less about the president than about trade routes.", True),
    (CONTEXT + "GUEST: The Russian side keeps saying this was never really about Assad's family.", True),
    (CONTEXT + "What Russian state media write these days is less about the regime than about the airfield.", True),
    # a topic that is no denial or comparison, and a denial of another actor's topic
    (CONTEXT + "A Russian film about Assad opened in Moscow last week.", False),
    (CONTEXT + "Moscow was talking about the president's health again.", False),
    # a ruler or a person that is not Assad's side: another country's government, anyone at all
    (CONTEXT + "Moscow said the protests in Georgia were not about the government.", False),
    (CONTEXT + "Moscow said the unrest in Armenia was not about one man.", False),
    (CONTEXT + "Russian envoys insist this is not about any one person.", False),
    # 'no less' and 'not less' compare as equals: Assad's side is no lesser topic
    (CONTEXT + "For the Kremlin the campaign is no less about Assad himself than the naval base.", False),
    (CONTEXT + "Russian strategy there is not less about the regime than about its own ports.", False),
])
def test_assads_side_as_the_denied_topic_is_a_narrower_interest(nlp, text, narrower):
    assert ("limits.interests" in last_sentence_codes(nlp, text, "limits")) is narrower


@pytest.mark.parametrize("text, hedged", [
    # a magazine feature, a wire story, a headline, a think-tank brief
    (CONTEXT + "Russian generals promised the rebels safe passage to the north.", True),
    (CONTEXT + "The Kremlin has welcomed the Syrian opposition to Moscow twice this year.", True),
    (CONTEXT + "On Tuesday Russian diplomats handed the insurgents their own copy of the proposed text.", True),
    (CONTEXT + "Russia invited opposition leaders to a congress on the Black Sea.", True),
    # the opponents as the target of the undertaking, or as the ones who fire
    (CONTEXT + "Russia promised to crush the rebels within months.", False),
    (CONTEXT + "The Russian base received rebel shelling overnight.", False),
    # a demand under threat, a withheld or negated undertaking, and care or custody, not hospitality
    (CONTEXT + "Russian officers offered the rebels a choice: surrender or be bombed.", False),
    (CONTEXT + "Putin hands rebels an ultimatum: leave the city or die", False),
    (CONTEXT + "Russia refused to guarantee the rebels safe passage.", False),
    (CONTEXT + "Russian officials did not promise the rebels anything.", False),
    (CONTEXT + "Russian hospitals received rebel fighters.", False),
])
def test_an_undertaking_given_to_assads_opponents_is_hedging(nlp, text, hedged):
    assert ("limits.hedging" in last_sentence_codes(nlp, text, "limits")) is hedged


@pytest.mark.parametrize("text, code, limited", [
    # a cost passed on through 'help' and its bare infinitive (a business weekly, a newsletter)
    (CONTEXT + "Last spring the Kremlin urged the Europeans to help pay for new power plants.", "limits.capacity", True),
    (CONTEXT + "The Kremlin urged the Europeans to help the refugees home.", "limits.capacity", False),
    # the thrifty sense of 'careful with' a noun of money, not with words (a trade paper, a column)
    (CONTEXT + "The Russian finance ministry has been tight with its cash in every deal with Damascus.",
     "limits.commitment", True),
    # thrift of private people, not of the state or its organs
    (CONTEXT + "Russian shoppers have been careful with money since the sanctions.", "limits.commitment", False),
    (CONTEXT + "Russian suppliers have been tight with their cash in every deal with Damascus.", "limits.commitment",
     False),
    (CONTEXT + "The Kremlin was careful with its words about the Syrian president.", "limits.commitment", False),
])
def test_cost_and_thrift_in_plain_terms(nlp, text, code, limited):
    assert (code in last_sentence_codes(nlp, text, "limits")) is limited
