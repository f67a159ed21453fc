"""A refusal whose subject names neither Russia nor Assad's side is a third party's (`frames.refusal`). Invented
paragraphs."""

from __future__ import annotations

import pytest

from tests.extract.frames.conftest import last_sentence_codes

CONTEXT = "Russia has backed Assad since 2015. "
REFUSAL = "limits.refusal"


@pytest.mark.parametrize("text", [
    # a jury, a court, residents, another state: third parties as the refuser
    CONTEXT + "A jury in Oslo rejected the shipper's story about the cargo.",
    CONTEXT + "An appeals court turned down the firm's motion last week.",
    CONTEXT + "Residents and rescue workers reject the ministry's account.",
    CONTEXT + "Ankara refused the Syrian plea for a border crossing.",
])
def test_a_third_partys_refusal_is_no_limit(nlp, text):
    assert REFUSAL not in last_sentence_codes(nlp, text, "limits")


@pytest.mark.parametrize("text", [
    # near misses: Assad's side or Russia as the refuser, a pronoun taking Russia up
    CONTEXT + "Assad's government rejected the Russian proposal.",
    CONTEXT + "The Kremlin rejected a Syrian request for more jets.",
    CONTEXT + "It refused to send more jets.",
    # a definite description taking up a Russian named before
    "Moscow posted a new envoy to Damascus in March. The envoy turned down Assad's plea for more gunships.",
    "Russia's foreign ministry got the letter in June. The ministry rejected the Syrian plea for more gunships.",
])
def test_russias_or_assads_refusal_stays_a_limit(nlp, text):
    assert REFUSAL in last_sentence_codes(nlp, text, "limits")
