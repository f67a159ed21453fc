"""A 'without' phrase that states the condition of a counterfactual keeps the help it names as support
(`coder._necessary_condition`), on invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.frames.conftest import last_sentence_codes

# Assad's side in view, so that the support cue stands on its own.
LEAD = "The Syrian army fell back from the river. "


@pytest.mark.parametrize("text", [
    # fronted before its clause (these three are limits when 'without' is read as a plain negation)
    LEAD + "Without Russian jets there is no offensive to speak of.",
    LEAD + "Without Russian gunships and Russian vetoes, it is difficult to imagine how the army would have held the "
           "valley.",
    LEAD + "Without Russian air cover there is no way to hold the valley.",
    # on a verb of the counterfactual perfect
    LEAD + "The army could never have held the valley without Russian jets.",
])
def test_a_counterfactual_condition_is_no_limit(nlp, text):
    assert last_sentence_codes(nlp, text, "limits") == set()
    assert last_sentence_codes(nlp, text, "support")


@pytest.mark.parametrize("text", [
    # 'without' after its clause, with no counterfactual, or fronted before a past clause: the help was missing
    LEAD + "Without Russian air cover, the garrison fell within a week.",
    LEAD + "Without Russian jets there was no way to hold the valley.",
    LEAD + "The garrison fought on without Russian warplanes.",
    LEAD + "Whole weeks went by without a single Russian sortie over the valley.",
    LEAD + "The army held the valley for a month without Russian bombing.",
])
def test_a_plain_without_still_bounds_the_help(nlp, text):
    assert "limits.commitment" in last_sentence_codes(nlp, text, "limits")
