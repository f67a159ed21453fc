"""A phrasal verb's particle that is also a preposition of place ('off', 'out', 'up') starts no phrasal cue when the
parse reads it as a preposition with a place for its object ('held off the coast'), or as the particle of a passive
followed by a place, which a passive cannot take as its object; on invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.frames.conftest import last_sentence_codes

CONTEXT = "Moscow has kept a close eye on the Syrian government's plans for the north. "


@pytest.mark.parametrize("text, leverage", [
    # a preposition of place: the exercise took place off the coast
    (CONTEXT + "Russian naval exercises were held off the coast near Damascus's main port last week.", False),
    (CONTEXT + "The Russian navy's drills, held off the port of Latakia, ended on Friday.", False),
    # near misses: the phrasal verb, with an object or none, keeps its cue
    (CONTEXT + "The Kremlin persuaded Damascus to hold off the assault on the town.", True),
    (CONTEXT + "Russian officers made Assad's generals hold off until the talks were over.", True),
])
def test_particle_of_place_starts_no_phrasal_cue(nlp, text, leverage):
    assert ("limits.leverage" in last_sentence_codes(nlp, text, "limits")) is leverage
