"""Thanks that address the people in the room, not Russia (`frames.gratitude`), on invented sentences in the
registers of a debate record, a hearing and a broadcast panel, beside Assad's side thanking Russia."""

from __future__ import annotations

import pytest

from tests.extract.frames.conftest import last_sentence_codes

CONTEXT = "Russia's jets kept Bashar al-Assad in power. "


@pytest.mark.parametrize("text", [
    CONTEXT + "I thank the Minister for that reply.",
    CONTEXT + "My Lords, I thank the committee for finding time for this debate.",
    CONTEXT + "Thank you all for coming.",
    CONTEXT + "Thank you again for the chance to give evidence.",
])
def test_thanks_to_the_audience_are_no_support(nlp, text):
    assert "support.effect_survival" not in last_sentence_codes(nlp, text, "support")


@pytest.mark.parametrize("text", [
    CONTEXT + "Assad thanked Putin for everything Russian forces had done.",
    CONTEXT + "The Syrian president flew to Sochi to thank Vladimir Putin in person.",
    CONTEXT + "Syrian state television thanked the Russian air force.",
    CONTEXT + "Assad thanked his allies in Moscow and Tehran.",
])
def test_assads_side_thanking_russia_is_support(nlp, text):
    assert "support.effect_survival" in last_sentence_codes(nlp, text, "support")
