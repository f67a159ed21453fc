"""Support wording added by family (`resources/codebook.toml`): the liberality family of `support.service` (gift,
generous, generosity, largesse), with sentences where it must not code support; on invented texts."""

from __future__ import annotations

import pytest

from tests.extract.frames.conftest import last_sentence_codes

CONTEXT = "The Syrian army was falling back near Hama as the president's rule crumbled. "


def codes(nlp, sentence: str) -> set[str]:
    """Return every code of `sentence`, read after a sentence that names Assad's side."""
    return set(last_sentence_codes(nlp, CONTEXT + sentence).code)


@pytest.mark.parametrize("sentence", [
    "The S-400 was Moscow's gift to the Syrian president.",
    "Moscow was generous with the Syrian army.",
    "The Kremlin's largesse to Damascus kept the government solvent.",
])
def test_the_liberality_family_codes_service(nlp, sentence):
    assert "support.service" in codes(nlp, sentence)


@pytest.mark.parametrize("sentence", [
    # another actor's generosity, Russia's to the Kurds or the opposition, a gift that is a talent
    "Tehran was generous with the Syrian army.",
    "Russia was generous to the Kurdish militias.",
    "Moscow's gift to the opposition was a seat at the talks.",
    "The Kremlin has a gift for theatrical timing.",
])
def test_the_liberality_family_needs_russian_giving_to_assads_side(nlp, sentence):
    assert not {code for code in codes(nlp, sentence) if code.startswith("support.")}


def test_denied_generosity_is_a_limit(nlp):
    found = codes(nlp, "Moscow was not generous with the Syrian army.")
    assert "support.service" not in found and "limits.commitment" in found
