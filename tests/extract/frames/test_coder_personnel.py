"""Nouns for the armed people of any party to a war ('forces', 'soldiers', 'troops') as Russian military means
(`analysis.extract.frames.coder`), on invented sentences: only where Russia is tied to them on the parse."""

from __future__ import annotations

import pytest

from tests.extract.frames.conftest import last_sentence_codes

CONTEXT = "Moscow sent more jets to help the Syrian army in May. "


@pytest.mark.parametrize("text, supported", [
    # Russia only carried from the sentence before, or named elsewhere in the sentence: anyone's armed people
    (CONTEXT + "Security forces opened fire on the crowd in the south.", False),
    (CONTEXT + "Soldiers guarded the checkpoint near the bridge.", False),
    (CONTEXT + "Near the Russian embassy, troops cleared the square at dawn.", False),
    (CONTEXT + "Border Forces guarded the checkpoint near the bridge.", False),
    # tied to Russia by a modifier, a possessive pronoun or the subject of the verb that governs them
    (CONTEXT + "Russian soldiers guarded the checkpoint near the bridge.", True),
    (CONTEXT + "Its forces held the line near Hama through the summer.", True),
    (CONTEXT + "It also sent soldiers to guard the port.", True),
])
def test_armed_people_are_russian_means_only_when_tied_to_russia(nlp, text, supported):
    assert ("support.military" in last_sentence_codes(nlp, text, "support")) is supported


@pytest.mark.parametrize("text", [
    # a modifier of the clause would turn the support cue into a limit; untied, there is no Russian support to turn
    CONTEXT + "Security forces did not open fire on the marchers.",
    CONTEXT + "Soldiers barely held the checkpoint near the bridge.",
    CONTEXT + "Border Forces never reached the ferry landing.",
])
def test_untied_armed_people_under_a_modifier_give_no_russian_limit(nlp, text):
    assert last_sentence_codes(nlp, text, "limits") == set()
