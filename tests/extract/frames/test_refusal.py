"""A refusal whose subject names neither Russia nor Assad's side is a third party's (`frames.refusal`). Invented
paragraphs."""

from __future__ import annotations

import pytest

from tests.extract.frames.conftest import last_sentence_codes

CONTEXT = "Russia has backed Assad since 2015. "
REFUSAL = "limits.refusal"


@pytest.mark.parametrize("text", [
    # a jury, a judge, residents: third parties as the refuser
    CONTEXT + "The jury rejected the defendant's account of the shipments.",
    CONTEXT + "The judge refused permission to appeal.",
    CONTEXT + "Residents and rescue workers reject the ministry's account.",
])
def test_a_third_partys_refusal_is_no_limit(nlp, text):
    assert REFUSAL not in last_sentence_codes(nlp, text, "limits")


@pytest.mark.parametrize("text", [
    # near misses: Assad's side or Russia as the refuser, a pronoun taking Russia up
    CONTEXT + "Assad's government rejected the Russian proposal.",
    CONTEXT + "The Kremlin rejected a Syrian request for more jets.",
    CONTEXT + "It refused to send more jets.",
])
def test_russias_or_assads_refusal_stays_a_limit(nlp, text):
    assert REFUSAL in last_sentence_codes(nlp, text, "limits")
