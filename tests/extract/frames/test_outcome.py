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
    CONTEXT + "Moscow will not pay for Assad to win back every province.",
    CONTEXT + "Russian officers said they would not let the army win everything.",
    # wanted, attempted or needed, not had
    CONTEXT + "Assad wants to win back every province, but the Kremlin is weary.",
    CONTEXT + "The Kremlin wants a truce before it has to win Idlib for Damascus.",
    # an infinitival relative: a war to be won
    CONTEXT + "In Moscow's eyes, Idlib was a file to keep quiet, not a battle to be won.",
    # the standard set against
    CONTEXT + "Putin wants the conflict frozen rather than won.",
    CONTEXT + "Moscow is planning for a settlement short of a regime victory.",
    CONTEXT + "The Kremlin prizes its bond with Ankara more than a swift victory for Damascus.",
    # the name a verb of naming gives
    CONTEXT + "Russia will sign the deal and call it a victory.",
])
def test_a_win_not_stated_as_won_is_no_effect(nlp, text):
    assert OUTCOME not in last_sentence_codes(nlp, text, "support")


@pytest.mark.parametrize("text", [
    CONTEXT + "Russian air power won Aleppo for Assad.",
    CONTEXT + "Russia won Assad's war for him.",
    CONTEXT + "Under Russian air cover, the Syrian army could at last win fights by itself.",
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
