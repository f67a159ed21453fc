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
