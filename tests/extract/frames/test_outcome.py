"""A win or victory only wanted, refused, denied, compared against or named is no effect of Russia's support
(`frames.outcome`), on invented sentences in the registers of an analysis, a wire story and an interview, beside
wins the sentence states."""

from __future__ import annotations

import pytest

from tests.extract.frames.conftest import last_sentence_codes

CONTEXT = "Russia sent its jets to Syria in 2015 to back Bashar al-Assad. "
OUTCOME = "support.effect_survival"


@pytest.mark.parametrize("text", [
    # the win is the complement of a negated verb
    CONTEXT + "Moscow will not pay for Assad to win the whole war.",
    CONTEXT + "Russian officers said they would not let the army win everything.",
    # wanted, attempted or needed, not had
    CONTEXT + "Assad wants to win the whole war, but the Kremlin is tired.",
    CONTEXT + "Moscow wants the fighting to stop before it has to win the province for Assad.",
    # an infinitival relative: a war to be won
    CONTEXT + "For the Kremlin, the province is a problem to be managed, not a war to be won.",
    # the standard set against
    CONTEXT + "Putin wants the war wound down rather than won.",
    CONTEXT + "Russia is preparing for an outcome short of a government victory.",
    CONTEXT + "Moscow values its ties with Ankara more than a quick victory for Assad.",
    # the name a verb of naming gives
    CONTEXT + "Russia will sign the deal and call it a victory.",
])
def test_a_win_not_stated_as_won_is_no_effect(nlp, text):
    assert OUTCOME not in last_sentence_codes(nlp, text, "support")


@pytest.mark.parametrize("text", [
    CONTEXT + "Russian air power won Aleppo for Assad.",
    CONTEXT + "Russia has won the war for its client.",
    CONTEXT + "With Russian jets overhead, the Syrian army could now win battles on its own.",
    CONTEXT + "Moscow helped Assad win back Aleppo in 2016.",
    CONTEXT + "Russian bombers sealed the victory in Aleppo.",
    CONTEXT + "Russia did not leave Syria until the army had won.",
])
def test_a_win_stated_as_won_is_an_effect(nlp, text):
    assert OUTCOME in last_sentence_codes(nlp, text, "support")


@pytest.mark.parametrize("text", [
    # the object of a preposition after a word of wanting
    CONTEXT + "Moscow hopes for a quick victory.",
    CONTEXT + "The Kremlin is eager for a victory it can show at home.",
    # wanted or promised in an infinitive
    CONTEXT + "Moscow is determined to win the province for its client.",
    CONTEXT + "Moscow expects to win the peace as well.",
    # denied by 'no', or given as possible or not
    CONTEXT + "There is no military solution and no victory for the government, the Russian minister said.",
    CONTEXT + "Russia believes a military victory is impossible.",
    # the description an 'as' phrase gives
    CONTEXT + "The Kremlin portrayed the deal as a victory.",
])
def test_a_win_hoped_for_denied_or_described_is_no_effect(nlp, text):
    assert OUTCOME not in last_sentence_codes(nlp, text, "support")


@pytest.mark.parametrize("text", [
    # a win denied in a hypothetical whose 'without' names the help: won thanks to it
    CONTEXT + "Without Moscow, the government would not have won.",
    CONTEXT + "Without Russian jets, the army would never have won the battle for the city.",
])
def test_a_win_denied_without_russias_help_is_an_effect(nlp, text):
    assert OUTCOME in last_sentence_codes(nlp, text, "support")
