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
    (CONTEXT + "The Kremlin would not see the government overthrown.", True, False),
    # ... its fall, after a negated want or a negative pronoun placed in a Russian body
    (CONTEXT + "Moscow does not want to see the Syrian government fall.", True, False),
    (CONTEXT + "Nobody in Moscow wants to see Assad fall.", True, False),
    (CONTEXT + "No one in the Kremlin wanted Damascus to fall to the rebels.", True, False),
    # a bare loss noun names no loser of the supporter's own
    (CONTEXT + "Russian officers would not witness another collapse.", True, False),
    # the supporter's own losses, a condition, a rescue withheld: reluctance stays
    (CONTEXT + "Russia would not risk losing more pilots over Hama.", False, True),
    (CONTEXT + "If the Syrian army loses Hama, Moscow will not send more jets.", False, True),
    (CONTEXT + "The Kremlin did not commit ground troops to prevent the loss of Hama.", False, True),
    (CONTEXT + "Moscow would not send more jets.", False, True),
    # the loss denied is the supporter's own people, means or money: reluctance stays
    (CONTEXT + "Russia did not want to lose more soldiers in Syria.", False, True),
    (CONTEXT + "Moscow would not lose more pilots for Hama.", False, True),
    (CONTEXT + "Russian commanders would not lose another helicopter crew over Idlib.", False, True),
    (CONTEXT + "Moscow will not lose more money on this war.", False, True),
    # the loss lies in a clause outside the negation's scope: a wh-adverb's clause, a coordinated clause with a subject
    (CONTEXT + "Russia did not intervene when the army collapsed at Palmyra.", False, True),
    (CONTEXT + "Russia did not intervene when Palmyra fell to the jihadists.", False, True),
    # a denied forecast of the loss is no denied loss
    (CONTEXT + "The Kremlin did not expect Damascus to fall so quickly.", False, True),
    (CONTEXT + "Moscow did not expect the Syrian army to collapse in a week.", False, True),
    (CONTEXT + "Moscow will not send more jets, and the army may collapse.", False, True),
    (CONTEXT + "The Kremlin will not commit more men, and the regime could lose Aleppo.", False, True),
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
