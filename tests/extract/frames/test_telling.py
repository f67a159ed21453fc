"""The patron telling its client (`analysis.extract.frames.telling`), on invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.frames.conftest import last_sentence_codes

CONTEXT = "The Syrian army was falling back near Hama. "
# The reviewer's lead-in: Russian help in view, so that only the telling decides.
HELPED = "Russian jets struck rebel positions near Hama. The Syrian army held the city. "


@pytest.mark.parametrize("text, pressed", [
    # a Russian teller, Assad's side as the one told, and a directive or restriction as what is told
    (CONTEXT + "Last winter the Kremlin told the Syrian leader that his troops must leave the border towns.", True),
    (CONTEXT + "\u201cWe have told Damascus: no offensive in the south,\u201d a Russian diplomat said.", True),
    (CONTEXT + "Moscow drafted a memo telling the Syrian cabinet which ports it should hand over.", True),
    # 'have'/'need' + 'to' as the verb of the content clause, and a quoted 'No ...' after a colon
    (HELPED + "The Kremlin told Damascus that the Syrian army needed to withdraw from the coast.", True),
    (HELPED + "The Kremlin told Assad that his forces had to pull back.", True),
    (HELPED + "Putin told Assad: \u201cNo offensive in Idlib.\u201d", True),
    # another power or Assad's side as the teller, a telling denied, or someone else told, is no pressure
    (CONTEXT + "The Turkish envoy told Damascus that the border would stay shut.", False),
    (CONTEXT + "Assad told his generals that the bridge would hold.", False),
    (CONTEXT + "Moscow signed the deal without telling Damascus.", False),
    (CONTEXT + "A Russian officer told me that the front was quiet.", False),
    # a teller of no side is not Russia, even with a Russian in view
    (HELPED + "A village baker told the Syrian troops which roads the rebels had mined.", False),
    # a promise of help or intelligence is help, not pressure
    (HELPED + "The Kremlin told Damascus that more bombers would arrive within the week.", False),
    (HELPED + "Russian advisers told the Syrian army which farms the rebels used as depots.", False),
    # a reassurance is no restriction: a negation counts only on a clause of Assad's side, or as a bare directive
    (HELPED + "The Kremlin told the Syrian leader that Moscow would never desert him.", False),
    (HELPED + "Putin told the Syrian president that there was no cause for alarm about the port.", False),
    (HELPED + "The Kremlin told Damascus that nothing would change between the two capitals.", False),
    (CONTEXT + "The Kremlin told the Syrian generals that their tanks must not cross the river.", True),
    (HELPED + "The Kremlin told Assad that he was not alone.", False),
    # a quoted negation counts with no subject only on an imperative, not on a phrase ('not against you')
    (HELPED + "Putin told Assad: \u201cWe are with you, not against you.\u201d", False),
    (HELPED + "Putin told Assad: \u201cRussia stands with you, now and always, not just this winter.\u201d", False),
    # only the content clause is the message, and an obligation on Russia is no pressure on Damascus
    (HELPED + "The Kremlin told Damascus that more transports would land, although the Syrian army could not unload "
     "them.", False),
    (HELPED + "The Kremlin told Damascus that Russia must keep its airfield.", False),
    # a condition is part of the message: the demand of a conditional threat
    (HELPED + "The Kremlin told Assad that if his troops did not pull back, Russian jets would stay grounded.", True),
    # a pronoun given to Russia that cannot take up the one told ('it' of Assad, a person) is Russia's obligation;
    # one that can ('his' of a president, 'they' of an army) is read as the one told's
    (HELPED + "The Kremlin told Assad that it should have more jets there by spring.", False),
    (HELPED + "Putin told the Syrian president that his troops must leave the coast.", True),
    (HELPED + "Russian commanders told the Syrian army that they must withdraw from the coast.", True),
])
def test_russia_telling_assads_side_is_pressure(nlp, text, pressed):
    assert ("limits.leverage" in last_sentence_codes(nlp, text, "limits")) is pressed


def test_telling_apart_is_no_pressure_and_keeps_the_help(nlp):
    # 'tell X from Y' is to distinguish them (a 'from' phrase on the verb), no telling of Assad's side
    codes = last_sentence_codes(nlp, HELPED + "At night, Russian gunners could seldom tell the Syrian army from the "
                                "rebel bands.")
    assert "limits.leverage" not in set(codes[codes.dimension == "limits"].code)
