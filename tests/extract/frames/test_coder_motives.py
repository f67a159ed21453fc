"""A motive of Russia's own standing (its bases, its status) is support only as the reason of an act of support or
where Assad's side is named (`coder._without_bare_motives`); on invented sentences in several registers: wire copy,
a radio question, commentary."""

from __future__ import annotations

import pytest

from tests.extract.frames.conftest import last_sentence_codes

CONTEXT = "The Syrian army was falling back near Hama. "


@pytest.mark.parametrize("text, motive", [
    # the asset on its own: Russia's, not support of Assad
    (CONTEXT + "Russia's naval base on the coast was put on high alert, the ministry said.", False),
    (CONTEXT + "HOST: Is the whole thing about Russia's great-power status?", False),
    # the reason of an act of support, or Assad's side named
    (CONTEXT + "Moscow backs the regime to keep its naval base on the coast.", True),
    (CONTEXT + "Assad offered the Kremlin a second naval base on the coast.", True),
])
def test_an_asset_motive_needs_an_act_or_assads_side(nlp, text, motive):
    codes = last_sentence_codes(nlp, text, "support")
    assert bool(codes & {"support.motive_strategic", "support.motive_status"}) is motive


@pytest.mark.parametrize("text, ally", [
    # the noun of 'loyal', with its Russian party on its own phrase
    (CONTEXT + "Moscow's loyalty to the Syrian president has limits.", True),
    (CONTEXT + "Russian loyalty was on show again at the Security Council.", True),
    # near misses: loyalty of a party that is not Russia, or nobody's loyalty at all
    (CONTEXT + "The loyalty of the coastal officers to Tehran was never in doubt.", False),
    ("Loyalty is rarely rewarded in politics.", False),
])
def test_loyalty_is_the_alliance_when_russia_owns_it(nlp, text, ally):
    assert ("support.motive_ally" in last_sentence_codes(nlp, text, "support")) is ally
