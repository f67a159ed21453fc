"""A fall of Assad's side averted (`analysis.extract.frames.averting`), on invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.frames.conftest import last_sentence_codes

CONTEXT = "By the summer Assad's army was short of men. "


@pytest.mark.parametrize("sentence", [
    # a verb of preventing whose object is a fall with no 'of' phrase, or the fall of his side
    "“Our pilots were sent to stop a collapse,” a Russian officer said.",
    "Moscow averted the downfall of the regime with a few dozen aircraft.",
    "Within days the Kremlin had acted to prevent the state's collapse.",
    # keeping his side from falling or losing
    "Russia kept the Syrian army from collapsing that winter.",
    "Moscow would keep him from losing, the Russian envoy told the diplomats.",
])
def test_a_fall_of_assads_side_prevented_is_survival(nlp, sentence):
    assert "support.effect_survival" in last_sentence_codes(nlp, CONTEXT + sentence, "support")


@pytest.mark.parametrize("text", [
    # the fall of another party or of an agreement
    CONTEXT + "Russia moved fast to prevent the collapse of the truce.",
    CONTEXT + "The central bank in Moscow tried to halt the collapse of the rouble.",
    CONTEXT + "Moscow tried to stop the collapse of the Afghan government in 1992.",
    # keeping someone from a verb that is no fall
    CONTEXT + "The Kremlin kept him from travelling abroad.",
    # no fall at all
    CONTEXT + "Russia stopped the convoy at the border.",
])
def test_another_fall_or_no_fall_is_no_averted_collapse(nlp, text):
    assert "support.effect_survival" not in last_sentence_codes(nlp, text, "support")
