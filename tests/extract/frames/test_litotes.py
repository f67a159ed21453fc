"""A negated act whose scope names a loss (`litotes.denies_a_loss`) states resolve, not reluctance: invented sentences
in several registers."""

from __future__ import annotations

import pytest

from tests.extract.frames.conftest import last_sentence_codes

CONTEXT = "Assad's army was retreating around Hama. "


@pytest.mark.parametrize("text, support, reluctance", [
    # a wire story, a television interview, a think-tank brief: the loss denied is Assad's side's
    (CONTEXT + "The Kremlin will not sit and watch the Syrian state collapse, a Russian diplomat said.", True, False),
    (CONTEXT + "The Russian envoy said Moscow would not see Assad removed by a foreign army.", True, False),
    (CONTEXT + "Russia's generals did not fly their squadrons south only to lose the coast.", True, False),
    # the supporter's own losses, a condition, a rescue withheld: reluctance stays
    (CONTEXT + "Russia would not risk losing more pilots over Hama.", False, True),
    (CONTEXT + "If the Syrian army loses Hama, Moscow will not send more jets.", False, True),
    (CONTEXT + "The Kremlin did not commit ground troops to prevent the loss of Hama.", False, True),
    (CONTEXT + "Moscow would not send more jets.", False, True),
])
def test_a_denied_loss_is_support(nlp, text, support, reluctance):
    codes = last_sentence_codes(nlp, text)
    assert ("support.backing" in set(codes.code)) is support
    assert ("limits.reluctance" in set(codes.code)) is reluctance


@pytest.mark.xfail(strict=True, reason="a purpose clause the parser hangs on a measure phrase ('came all this way to "
                                       "lose') is outside the followed dependencies")
def test_a_denied_loss_after_a_measure_phrase(nlp):
    text = CONTEXT + '"We did not come all this way to lose the coast," the Russian colonel said.'
    codes = last_sentence_codes(nlp, text)
    assert "limits.reluctance" not in set(codes.code)
