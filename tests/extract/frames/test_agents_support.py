"""How the support code finds its relation — a Russian agent acting for Assad's side — on invented sentences
(`analysis.extract.frames.agents`, as the coder uses it)."""

from __future__ import annotations

import pytest

from tests.extract.frames.conftest import last_sentence_codes

CONTEXT = "Assad's army held the coast road. Moscow flew more sorties over Hama this week. "


@pytest.mark.parametrize("text", [
    # a relational noun whose party only the context names: a humanitarian bulletin, a feature, a column
    CONTEXT + "Aid partners delivered blankets to the camps.",
    CONTEXT + "Partners report that two clinics reopened on Tuesday.",
    CONTEXT + "The word alliance hides more than it shows.",
])
def test_a_relational_noun_without_its_russian_party_is_no_support(nlp, text):
    assert "support.motive_ally" not in last_sentence_codes(nlp, text, "support")


@pytest.mark.parametrize("text", [
    # the Russian party on the noun's own phrase, or taken up by a demonstrative
    "Assad, Moscow's closest ally, flew to Sochi on Monday.",
    "Damascus has long been the Kremlin's most loyal client in the region.",
    CONTEXT + "That ally needed every sortie it could get.",
])
def test_a_relational_noun_with_its_russian_party_is_the_alliance(nlp, text):
    assert "support.motive_ally" in last_sentence_codes(nlp, text, "support")

