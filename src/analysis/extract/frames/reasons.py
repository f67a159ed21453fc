"""Reasons of a limit: a motive of Russia's own gain named in a sentence whose only act of Russia's is a limit.

A reason is the reason of an act (FrameNet Reason and Purpose are frame elements of the act they explain). Where the
only act of Russia's that a sentence states is a limit ('Moscow kept the harbour in mind and let the president go',
'the price of oil has fallen and the war has grown costly'), a motive of Russia's own gain (its bases, its standing,
its trade) is what the limit serves or what bounds it, not a reason to support Assad: the sentence frames the limit
only. A motive about Assad's side itself (the alliance, regime change, terrorism) is left to the coder.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from analysis.extract.frames.coder import CodeHit

SUPPORT, LIMITS = "support", "limits"
# Motives of Russia's own gain: its assets and standing, and its trade (see `resources/codebook.toml`).
OWN_GAIN_MOTIVES = frozenset({"support.motive_strategic", "support.motive_status", "support.motive_economic"})


def without_motives_of_a_limit(hits: list["CodeHit"]) -> list["CodeHit"]:
    """Return `hits` (one sentence's) less its motives of Russia's own gain (`OWN_GAIN_MOTIVES`) when they are its
    only support and it states a limit; otherwise `hits` unchanged."""
    support = [hit for hit in hits if hit.dimension == SUPPORT]
    if not support or any(hit.code not in OWN_GAIN_MOTIVES for hit in support) or not any(
            hit.dimension == LIMITS for hit in hits):
        return hits
    return [hit for hit in hits if hit.dimension != SUPPORT]
