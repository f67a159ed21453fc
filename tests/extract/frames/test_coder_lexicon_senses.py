"""A cue of the codebook read in one sense only: lecturing as reproof (`limits.friction`: the verb with the one
reproved, not a scholar's talk). Invented paragraphs."""

from __future__ import annotations

import pytest

from tests.extract.frames.conftest import last_sentence_codes

CONTEXT = "Russia has backed Assad since 2015. "


@pytest.mark.parametrize("text, reproof", [
    (CONTEXT + "The Russian envoy lectured him for an hour.", True),
    (CONTEXT + "Assad was lectured by the Russian envoy for an hour.", True),
    (CONTEXT + "At the summit the Russian president lectured the Syrian delegation about the army's failures.", True),
    # near misses: a scholar's talk, the noun of a lecture given
    (CONTEXT + "In a lecture at the academy, a Russian general described the air war.", False),
    (CONTEXT + "A Russian colonel who lectures at a staff college in Moscow described the air war.", False),
    (CONTEXT + "Lavrov lectures this month at a Moscow institute on Syria.", False),
    (CONTEXT + "Lavrov lectured cadets at the college about Syria.", False),
    (CONTEXT + "Lavrov lectured a hall of cadets in Geneva about Syria.", False),
    # the noun as reproof: a lecture from a party, a party given a lecture
    (CONTEXT + "Assad got a lecture from Putin about the barrel bombs.", True),
    (CONTEXT + "Putin gave Assad a sharp lecture on the truce.", True),
])
def test_lecturing_is_friction_only_as_reproof(nlp, text, reproof):
    assert ("limits.friction" in last_sentence_codes(nlp, text, "limits")) is reproof
