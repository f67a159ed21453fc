"""Talks with those who come after Assad (`analysis.extract.frames.successors`), on invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.frames.conftest import last_sentence_codes

FLED = "The Syrian president fled the capital. "
# The reviewer's lead-in: Russian help and Assad's side in view, so that only the partner decides.
HELPED = "Russian jets struck rebel positions near Hama. The Syrian army held the city. "


@pytest.mark.parametrize("text, hedged", [
    # talks with a partner described as new or next rulers, or as the ones who ousted him
    (FLED + "Within days Russian diplomats were negotiating with the next government over the naval base.", True),
    (FLED + "Soon the Kremlin was bargaining with the new leadership about its airfields.", True),
    (FLED + "By March Russian envoys were dealing with the successor government on the leases.", True),
    (FLED + "A month later Moscow spoke to the new faces in Damascus about the port.", True),
    (FLED + "The Kremlin opened talks with the rebels who forced him out.", True),
    (FLED + "Moscow quietly courted the generals who would come after.", True),
    (FLED + "Russian envoys bargained with the rebels who came after him.", True),
    ("HOST: And Moscow, with Assad gone? GUEST: Oh, the Kremlin is negotiating with the incoming authorities already.", True),
    # another power's talks, Assad's own government, or a partner described otherwise is no hedge of Russia's
    (FLED + "Turkish diplomats bargained with the next government in Damascus.", False),
    (FLED + "Moscow talked to the government about the harbour.", False),
    (FLED + "Moscow talked to the people who had fled the city.", False),
    (FLED + "The Kremlin spoke to the new recruits at the airbase.", False),
    # an ousting verb whose object is not Assad's side, or a newcomer who is no ruler
    (HELPED + "Russian officers spoke with the men who drove the fuel lorries.", False),
    (HELPED + "Moscow negotiated with the faction that pushed for a truce.", False),
    (HELPED + "Moscow bargained with the clan that forced the smugglers out.", False),
    (HELPED + "Russian trainers talked to the new men at the firing range.", False),
    # coming after an event is no succession: 'after' counts as an adverb or with Assad's side as its object
    (FLED + "Russian officers talked with the volunteers who came after the storm.", False),
    (FLED + "Russian envoys bargained with the engineers who came after the landslide.", False),
])
def test_talks_with_assads_successors_are_hedging(nlp, text, hedged):
    assert ("limits.hedging" in last_sentence_codes(nlp, text, "limits")) is hedged


@pytest.mark.parametrize("text, hedged", [
    # 'him' passes over the plural nouns between and takes up the singular person before them
    (FLED + "Russian envoys bargained with the officers who replaced him.", True),
    (FLED + "Russian envoys bargained with the commanders who toppled him.", True),
    # near misses: a singular person subject between is the nearer antecedent; 'them' is no singular ruler
    (FLED + "Colonel Ilker Aydin said Russian envoys bargained with the officers who replaced him.", False),
    (FLED + "Russian envoys bargained with the officers who replaced them.", False),
])
def test_a_plural_person_noun_does_not_take_up_him(nlp, text, hedged):
    assert ("limits.hedging" in last_sentence_codes(nlp, text, "limits")) is hedged
