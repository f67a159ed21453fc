"""Talks with those who come after Assad (`analysis.extract.frames.successors`), on invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.frames.conftest import last_sentence_codes

FLED = "The Syrian president fled the capital. "


@pytest.mark.parametrize("text, hedged", [
    # talks with a partner described as new, next or as the one who ousted him
    (FLED + "By then the Russian envoys were already talking to the people who would come next.", True),
    (FLED + "Within a week Moscow talked to the new men in Damascus about its airbase.", True),
    (FLED + "The Kremlin opened talks with the rulers who had driven him out.", True),
    ("HOST: And Moscow, with Assad gone? GUEST: Oh, the Kremlin is negotiating with the incoming authorities already.", True),
    # another power's talks, Assad's own government, or a partner described otherwise is no hedge of Russia's
    (FLED + "Turkish diplomats talked to the new men in Damascus.", False),
    (FLED + "Moscow talked to the government about the harbour.", False),
    (FLED + "Moscow talked to the people who had fled the city.", False),
    (FLED + "The Kremlin spoke to the new recruits at the airbase.", False),
])
def test_talks_with_assads_successors_are_hedging(nlp, text, hedged):
    assert ("limits.hedging" in last_sentence_codes(nlp, text, "limits")) is hedged
