"""Means denied operation or fire (the codebook's commitment bound and `operation.operated_by_another`), and another
party's means that cannot be everywhere (`operation.present_by_another`), on invented sentences in several registers:
an analysis, a wire story, a briefing quote, a column."""

from __future__ import annotations

import pytest

from tests.extract.frames.conftest import last_sentence_codes

CONTEXT = "Moscow sent an S-400 battery to Syria in 2016 to guard Assad's skies. "
OPERATION_WORDS = ("switch", "turn", "lock", "fire")
FRONT = "The Syrian army was falling back near Hama. "


def _operation_bounds(nlp, text: str) -> list[str]:
    """Return the cues of the last sentence's commitment bounds that hold a verb of operation or fire."""
    codes = last_sentence_codes(nlp, text)
    cues = codes[codes.code == "limits.commitment"].cue
    return [cue for cue in cues if any(word in cue.lower() for word in OPERATION_WORDS)]


@pytest.mark.parametrize("text", [
    # Russia's means left unused: negated, rare or 'without' operation or fire, active or passive
    CONTEXT + "The battery was seldom, if ever, switched on when foreign jets crossed the coast.",
    CONTEXT + "In eight years it was never turned on a single intruder.",
    CONTEXT + "\u201cNot one Russian radar was switched on that night,\u201d the colonel told the briefing.",
    CONTEXT + "Russia has never switched its launchers on against the coalition's aircraft.",
    CONTEXT + "During the raid its crews did not fire a single missile.",
])
def test_means_left_unused_bound_the_commitment(nlp, text):
    assert _operation_bounds(nlp, text)


@pytest.mark.parametrize("text", [
    # another party, Assad's opponents or Assad's side operates or fires, whoever else the clause names
    CONTEXT + "Ankara has never switched on the S-400 system it bought from Russia.",
    CONTEXT + "The insurgents never fired one round at the Russian helicopters.",
    CONTEXT + "Syrian air defences were never switched on against the raiders.",
    # operation not denied; the active 'turn on' is an attack or, with 'back', abandonment; firing a person
    CONTEXT + "The Russian radars were switched on within minutes of the first launch.",
    CONTEXT + "Whatever the rumours, Moscow has never turned its guns on its ally.",
    CONTEXT + "Moscow has never turned its back on Assad.",
    CONTEXT + "Putin did not fire a single general over the losses in Syria.",
])
def test_operation_that_bounds_nothing(nlp, text):
    assert not _operation_bounds(nlp, text)



@pytest.mark.parametrize("text, stretched", [
    # Russia's means that cannot be everywhere: a quoted analyst, a column
    (FRONT + "\u201cRussian jets could not be everywhere,\u201d the analyst said.", True),
    (FRONT + "Moscow sent more jets, but even they could not be everywhere at once.", True),
    # Assad's side or another party as the subject of the verb of presence: their want of means, not Russia's
    (FRONT + "Russia sent jets, but the Syrian soldiers could not be everywhere at once.", False),
    (FRONT + "Russian jets bombed Idlib, while Turkish patrols could not be everywhere on the border.", False),
])
def test_means_present_by_another_are_no_limit_of_russias(nlp, text, stretched):
    assert ("limits.capacity" in last_sentence_codes(nlp, text, "limits")) is stretched
