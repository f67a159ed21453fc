"""Thanks that address the people in the room, not Russia (`frames.gratitude`), on invented sentences in the
registers of a debate record, a hearing and a broadcast panel, beside Assad's side thanking Russia."""

from __future__ import annotations

import pytest

from tests.extract.frames.conftest import last_sentence_codes

CONTEXT = "Russian jets kept Assad's government standing. "


@pytest.mark.parametrize("text", [
    CONTEXT + "I thank the Minister for her answer.",
    CONTEXT + "My Lords, I thank the committee for making room for this debate.",
    CONTEXT + "Thank you all for coming.",
    CONTEXT + "Thank you again for the chance to give evidence.",
])
def test_thanks_to_the_audience_are_no_support(nlp, text):
    assert "support.effect_survival" not in last_sentence_codes(nlp, text, "support")


@pytest.mark.parametrize("text", [
    CONTEXT + "Assad thanked Putin for all the help Russian pilots had given.",
    CONTEXT + "The Syrian president flew to Sochi to thank Vladimir Putin in person.",
    CONTEXT + "Syrian state television thanked the Russian air force.",
    CONTEXT + "Assad thanked his allies in Moscow and Tehran.",
])
def test_assads_side_thanking_russia_is_support(nlp, text):
    assert "support.effect_survival" in last_sentence_codes(nlp, text, "support")


@pytest.mark.parametrize("text", [
    # the one thanked is named as Assad's own side or as another actor
    CONTEXT + "Assad thanked the Syrian army.",
    CONTEXT + "Assad thanked Hezbollah.",
    # the one who thanks is Russian
    CONTEXT + "Putin thanked the Russian pilots for their service.",
    CONTEXT + "Lavrov thanked his Iranian counterpart.",
])
def test_thanks_to_another_party_or_from_russia_are_no_gratitude_of_assads_side(nlp, text):
    assert "support.effect_survival" not in last_sentence_codes(nlp, text, "support")


@pytest.mark.parametrize("text", [
    "Russian pilots flew hundreds of sorties over the city. Assad thanked them.",
    CONTEXT + "Assad thanked Iran and Russia.",
])
def test_assad_thanking_russians_by_pronoun_or_among_others_is_support(nlp, text):
    assert "support.effect_survival" in last_sentence_codes(nlp, text, "support")
