"""A motive whose content is an opposition (resisting regime change) is stated, not denied, by a negation on its cue
(`coder.OPPOSED_OUTCOMES`); any other modifier still turns it, and a negation still turns the other motives.
Invented paragraphs."""

from __future__ import annotations

import pytest

from tests.extract.frames.conftest import last_sentence_codes

CONTEXT = "Russia has backed Assad since 2011. "
REGIME_CHANGE = "support.motive_regime_change"


@pytest.mark.parametrize("text", [
    CONTEXT + "Its envoys repeat one line: no regime change imposed from outside.",
    CONTEXT + "Moscow promised him that he would not be overthrown by foreign powers.",
    CONTEXT + "Moscow's position fits in two words: not Libya.",
])
def test_a_negated_regime_change_states_the_motive(nlp, text):
    assert REGIME_CHANGE in last_sentence_codes(nlp, text, "support")


@pytest.mark.parametrize("text", [
    # another modifier than a negation: the talk of it has ended
    CONTEXT + "Moscow stopped talking about regime change years ago.",
    # a negative subject: no one holds the motive
    CONTEXT + "Nobody in Moscow talks about regime change any more.",
])
def test_regime_change_under_another_modifier_is_no_motive(nlp, text):
    assert REGIME_CHANGE not in last_sentence_codes(nlp, text, "support")


@pytest.mark.parametrize("text, code", [
    # a negation still denies a motive of another code
    (CONTEXT + "Moscow never cared about the port at Tartus.", "support.motive_strategic"),
    (CONTEXT + "The Kremlin is not there for the oil contracts.", "support.motive_economic"),
])
def test_a_negation_still_denies_other_motives(nlp, text, code):
    assert code not in last_sentence_codes(nlp, text, "support")
