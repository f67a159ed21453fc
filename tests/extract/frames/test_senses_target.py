"""A means noun that a verb of bringing down or damaging takes as its target ('shot down a Russian plane') is the
victim of another's fire, not Russia's means on Assad's side (`frames.senses.struck_as_a_target`). Invented sentences."""

from __future__ import annotations

import pytest

from analysis.extract.frames.senses import struck_as_a_target
from tests.extract.frames.conftest import last_sentence_codes, word_cue

CONTEXT = "Russian bombers arrived in 2015 to back Bashar al-Assad. "
MILITARY = "support.military"


@pytest.mark.parametrize("sentence, word, target", [
    ("A rebel missile shot down a Russian transport plane near the coast.", "plane", True),
    ("The Russian helicopter was downed over the valley.", "helicopter", True),
    ("Turkish fighters destroyed two Russian drones on Tuesday.", "drones", True),
    ("A Russian jet hit by ground fire crashed in the hills.", "jet", True),
    # near misses: the means as the subject that fires, or the object of a verb of no damage
    ("Russian jets hit the depot at dawn.", "jets", False),
    ("Russian helicopters shot at the convoy.", "helicopters", False),
    ("The rebels counted the Russian drones overhead.", "drones", False),
    ("Moscow sent a transport plane to the coast.", "plane", False),
    # near miss: a means described by such a participle that a verb of supplying or replacing takes as its object
    ("Russia quickly replaced the jets damaged by rebel rockets at the base.", "jets", False),
    ("Moscow replaced the Russian helicopters destroyed in the raid within a week.", "helicopters", False),
])
def test_struck_as_a_target(nlp, sentence, word, target):
    assert struck_as_a_target(word_cue(nlp(sentence), word)) is target


@pytest.mark.parametrize("text, coded", [
    (CONTEXT + "Last week rebel gunners shot down a Russian transport plane near Hama.", False),
    (CONTEXT + "A Russian helicopter was downed over Idlib on Sunday.", False),
    (CONTEXT + "Russian helicopters struck rebel positions near Hama on Sunday.", True),
    (CONTEXT + "Moscow replaced the Russian helicopters destroyed in the raid within a week.", True),
])
def test_a_downed_means_is_no_support(nlp, text, coded):
    assert (MILITARY in last_sentence_codes(nlp, text, "support")) is coded
