"""A halt of Assad's war bid or wanted by Russia (`restraint.restraint_cues`, coded `limits.leverage`), on invented
sentences in several registers: a wire story, an analysis, a quoted official, a column."""

from __future__ import annotations

import pytest

from tests.extract.frames.conftest import last_sentence_codes

CONTEXT = "Russian jets have flown for the Syrian government since 2015. "
PRESSURE = "limits.leverage"


def _pressure_cues(nlp, text: str) -> list[str]:
    """Return the cues of the last sentence's pressure codes."""
    codes = last_sentence_codes(nlp, text)
    return list(codes[codes.code == PRESSURE].cue)


@pytest.mark.parametrize(("text", "verb"), [
    # the one asked to stop is Assad's side, with words between the object and the infinitive
    (CONTEXT + "The Kremlin has asked Damascus more than once to stop bombing the border towns.", "asked"),
    (CONTEXT + "Russian officers told the Syrian army at least twice to hold off the assault.", "told"),
    # the one wanted to stop is the war or its acts, or a pronoun the context resolves
    (CONTEXT + "Moscow now wants the fighting to stop before the winter.", "wants"),
    (CONTEXT + "\u201cThe Kremlin wants the war over by the spring,\u201d the diplomat said.", "wants"),
    # a place or a departure the war ends in or with is no win of Assad's; a noun subject that names Russia wants it
    (CONTEXT + "Moscow wants the war to end in the north with the departure of Assad's brother.", "wants"),
    (CONTEXT + "Russian diplomats in Geneva want the fighting to stop.", "want"),
    # an object pronoun never takes up its own clause's subject (binding principle B)
    (CONTEXT + "Moscow asked it, in private and in public, to call off the offensive.", "asked"),
])
def test_a_halt_bid_of_assads_side_is_pressure(nlp, text, verb):
    assert verb in _pressure_cues(nlp, text)


@pytest.mark.parametrize("text", [
    # Assad's opponents, another party or Russia itself asked to stop: pressure on someone else
    CONTEXT + "Moscow asked the rebels more than once to stop firing on the base.",
    CONTEXT + "The Kremlin has told its own pilots repeatedly to stop flying over the valley.",
    # stopping the regime's fall, or a fall, is a rescue
    CONTEXT + "Moscow wanted above all to stop the regime falling.",
    CONTEXT + "Moscow wants the army at last to stop losing ground.",
    # a report or a forecast, not a bid
    CONTEXT + "He told me the air force could stop the state falling.",
    CONTEXT + "Moscow expects the fighting to end within weeks.",
])
def test_no_halt_of_assads_war_is_bid(nlp, text):
    assert not [cue for cue in _pressure_cues(nlp, text) if cue.split()[0].lower() in (
        "asked", "told", "wanted", "wants", "expects")]


@pytest.mark.parametrize(("text", "verb"), [
    # the act of war to be stopped is the opponents': stopping it is fighting on for Assad
    (CONTEXT + "The Kremlin wants the Syrian army to stop the insurgent advance on the coast.", "wants"),
    (CONTEXT + "Moscow asked the loyalist militias to halt the rebels' assault on Hama.", "asked"),
    # the ending bid is Assad's win: his terms, a victory, Assad left in power
    (CONTEXT + "In private, the Kremlin wants the war to end on Assad's terms.", "wants"),
    (CONTEXT + "The Kremlin wants the fighting to stop only in a government victory.", "wants"),
    (CONTEXT + "Moscow wanted the war to end with Assad still in his palace.", "wanted"),
    # a desire is its subject's own: a noun subject that names no Russian wants it for itself
    (CONTEXT + "Most of the displaced families want the fighting to stop before the winter.", "want"),
    (CONTEXT + "Shopkeepers in the old city want the shelling to end.", "want"),
    # ceasing a feeling is reassurance
    (CONTEXT + "A Russian general told the Syrian army to stop worrying about fuel.", "told"),
])
def test_no_halt_of_the_opponents_act_a_win_a_feeling_or_anothers_wish(nlp, text, verb):
    assert not [cue for cue in _pressure_cues(nlp, text) if cue.split()[0] == verb]


@pytest.mark.parametrize(("text", "pressed"), [
    # the phrasal synonym of 'postpone', in the passive with no agent and with an object
    (CONTEXT + "Then the offensive Syrian television had trailed for weeks was put off.", True),
    (CONTEXT + "Moscow signed a deal with Ankara that puts off the offensive Assad had promised.", True),
    # its sense of deterring takes a 'by' phrase
    (CONTEXT + "Russian investors in Damascus were put off by the sanctions.", False),
])
def test_an_offensive_put_off_is_pressure(nlp, text, pressed):
    assert any(cue.startswith("put") for cue in _pressure_cues(nlp, text)) == pressed


@pytest.mark.parametrize("text, withheld", [
    # a wire analysis, a quoted envoy, a column
    (CONTEXT + "Russia will not let Assad's army take Idlib this year.", True),
    (CONTEXT + "Assad wants every village back. \u201cWe will not let him win everything,\u201d the Russian envoy said.",
     True),
    (CONTEXT + "The Kremlin did not allow the Syrian air force to strike the Turkish posts.", True),
    # a loss of Assad's side not let happen, a passive, another party as the one permitted, permission given
    (CONTEXT + "Moscow will not let Assad fall.", False),
    (CONTEXT + "Moscow would not allow the regime to be toppled.", False),
    (CONTEXT + "Moscow will not let the Council open a door to intervention.", False),
    (CONTEXT + "Russia let Assad's army take the town.", False),
    # an act Assad's side would face without help: Russia denies leaving it alone, which is support
    (CONTEXT + "Moscow will not let Damascus stand alone against the rebels.", False),
    (CONTEXT + "Russia will not allow the Syrian army to face the jihadists alone.", False),
])
def test_permission_withheld_from_assads_side_is_leverage(nlp, text, withheld):
    assert (_pressure_cues(nlp, text) != []) is withheld
