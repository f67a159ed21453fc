"""Damage is a diplomatic cost only as harm to standing or relations, not harm to things (codebook
`limits.diplomatic_failure`, its 'damage' patterns); on invented sentences: wire copy, an official's admission."""

from __future__ import annotations

import pytest

from tests.extract.frames.conftest import last_sentence_codes

CONTEXT = "Russia went on vetoing Western drafts that named the Syrian government. "
FAILURE = "limits.diplomatic_failure"


@pytest.mark.parametrize("text, failure", [
    # harm to standing or relations, or damage of the political sphere
    (CONTEXT + "The vetoes did lasting damage to Moscow's standing in the General Assembly.", True),
    (CONTEXT + "Russian officials conceded that the affair had done diplomatic damage.", True),
    # harm to things: a building, a crop store, a town
    (CONTEXT + "The shelling did heavy damage to the old market, a Russian officer admitted.", False),
    (CONTEXT + "The damage to the grain silos was visible from the Russian base.", False),
])
def test_damage_is_a_diplomatic_cost_only_to_standing(nlp, text, failure):
    assert (FAILURE in last_sentence_codes(nlp, text, "limits")) is failure
