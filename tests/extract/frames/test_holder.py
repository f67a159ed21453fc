"""Forces whose own possessor or modifier names a holder other than Russia are that holder's, no Russian military
means (`frames.holder`). Invented paragraphs."""

from __future__ import annotations

import pytest

from tests.extract.frames.conftest import last_sentence_codes

CONTEXT = "Russia has flown bombing raids for the Syrian government since 2015. "
MILITARY = "support.military"


@pytest.mark.parametrize("text", [
    # Assad's opponents' forces, another state's soldiers, a possessive relative of another actor
    CONTEXT + "By the spring, rebel forces had taken the road south of the town.",
    CONTEXT + "Insurgent troops then took the hill above the town.",
    CONTEXT + "The Kremlin welcomed the envoy, whose soldiers had crossed the border in May.",
])
def test_forces_of_another_holder_are_no_russian_means(nlp, text):
    assert MILITARY not in last_sentence_codes(nlp, text, "support")


@pytest.mark.parametrize("text", [
    # near misses: Russia on the noun's own phrase, a joint phrase with Russia in it, Moscow's 'whose', no holder
    CONTEXT + "Russian troops were seen near the airfield on Tuesday.",
    CONTEXT + "Russian and Syrian troops set up a joint checkpoint on the road.",
    CONTEXT + "The talks were led by Moscow, whose troops guard the airfield for the government.",
    CONTEXT + "Moscow sent more troops to guard the airfield for the government.",
])
def test_russian_or_unheld_forces_stay_support(nlp, text):
    assert MILITARY in last_sentence_codes(nlp, text, "support")
