"""Russia turning the blame for the war's acts away from Assad's side (`support.deflection` in the codebook), on
invented sentences in several registers: a wire story, a press-conference report, a fact check, a blog."""

from __future__ import annotations

import pytest

from tests.extract.frames.conftest import last_sentence_codes

CONTEXT = "Assad's army was accused of shelling the market in the old town. "


@pytest.mark.parametrize("text", [
    CONTEXT + "Moscow blamed the insurgents for the deaths.",
    CONTEXT + "The Russian foreign ministry blamed the shelling on militants hiding in the suburbs.",
    CONTEXT + "A Kremlin spokesman accused the opposition of breaking the ceasefire first.",
    CONTEXT + "Russian diplomats insisted that the attack had been staged by activists.",
    CONTEXT + "The Russian embassy called the video a provocation.",
    CONTEXT + "Moscow accused Paris of fabricating the evidence.",
    # a light verb with the noun 'blame', and the 'on' phrase the parse hangs on the act blamed
    CONTEXT + "The Kremlin laid the blame on the rebels.",
    CONTEXT + "The Kremlin put the blame for the shelling on the rebels.",
    # the label in quotation marks
    CONTEXT + "Russian diplomats went on to describe the attack as 'staged'.",
    # the opponent noun with a hyphenated modifier
    CONTEXT + "Moscow put the blame on US-backed rebels.",
    CONTEXT + "The Russian embassy blamed Turkish-backed militants for the shelling.",
])
def test_a_russian_voice_deflecting_the_blame_is_support(nlp, text):
    assert "support.deflection" in last_sentence_codes(nlp, text, "support")


@pytest.mark.parametrize("text", [
    # the accuser is another actor, or the blame falls on Assad's side
    CONTEXT + "The rebels accused Russia of faking the evidence.",
    CONTEXT + "Tehran blamed the insurgents for the deaths.",
    CONTEXT + "Russian officers blamed Syrian commanders for the retreat.",
    # the blame falls on Russia, on a third country, or the provocation is aimed at Russia
    CONTEXT + "Russia has been accused of bombing rebel-held hospitals.",
    CONTEXT + "Russia accused Turkey of supporting terrorists.",
    CONTEXT + "Lavrov called the report a provocation against Russia.",
    CONTEXT + "Russia blamed Washington for the strikes on the militants.",
    CONTEXT + "Ankara laid the blame for the killings on the rebels.",
    CONTEXT + "The rebels put the blame on Russian jets.",
    CONTEXT + "Iranian officials described the strike on the convoy as a provocation.",
    CONTEXT + "Moscow blamed Washington for arming US-backed rebels.",
])
def test_blame_from_another_or_on_assads_side_is_no_deflection(nlp, text):
    assert "support.deflection" not in last_sentence_codes(nlp, text, "support")
