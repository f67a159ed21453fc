"""A motive of Russia's own gain in a sentence whose only act of Russia's is a limit frames the limit, not support
(`reasons.without_motives_of_a_limit`): on hand-built hits, and on invented sentences in several registers (wire
copy, a newsletter, a radio question)."""

from __future__ import annotations

import pytest

from analysis.extract.frames.coder import CodeHit
from analysis.extract.frames.reasons import without_motives_of_a_limit
from tests.extract.frames.conftest import last_sentence_codes


def _hit(code: str) -> CodeHit:
    return CodeHit(0, code, code.split(".")[0], "cue", 0, 3, "Moscow", "subject", None)


@pytest.mark.parametrize("codes, kept", [
    (["support.motive_strategic", "limits.abandonment"], ["limits.abandonment"]),
    (["support.motive_economic", "support.motive_status", "limits.capacity"], ["limits.capacity"]),
    # another support, or no limit, or a motive about Assad's side: unchanged
    (["support.motive_strategic", "support.military", "limits.capacity"],
     ["support.motive_strategic", "support.military", "limits.capacity"]),
    (["support.motive_strategic"], ["support.motive_strategic"]),
    (["support.motive_ally", "limits.friction"], ["support.motive_ally", "limits.friction"]),
])
def test_own_gain_motives_beside_a_limit_are_dropped(codes, kept):
    assert [hit.code for hit in without_motives_of_a_limit([_hit(code) for code in codes])] == kept


CONTEXT = "The Syrian army was falling back near Hama. "


@pytest.mark.parametrize("text, support, limits", [
    # wire copy: the harbour kept in view while the president is let go
    (CONTEXT + "In the end the Kremlin thought of its naval base at Tartus and let Assad fall, two diplomats said.",
     False, True),
    # a radio question: the air base kept, the man let go
    (CONTEXT + "HOST: So Moscow kept its air base and let Assad go?", False, True),
    # newsletter: oil revenue falling makes the war too costly for the Kremlin
    (CONTEXT + "With its oil revenue collapsing, the Kremlin now finds the Syrian war too costly.", False, True),
    # an act of support beside the motive keeps the support
    (CONTEXT + "Moscow sent more jets to Assad to guard its naval base, but the cost kept rising.", True, True),
])
def test_a_motive_beside_a_limit_codes_the_limit(nlp, text, support, limits):
    assert bool(last_sentence_codes(nlp, text, "support")) is support
    assert bool(last_sentence_codes(nlp, text, "limits")) is limits
