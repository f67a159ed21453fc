"""Scare quotes around a support noun (`analysis.extract.frames.polarity`, `DISTANCING`), on invented sentences in
several registers: the support is named and doubted, so both codes hold."""

from __future__ import annotations

import pytest

from analysis.extract.frames.polarity import DISTANCING_CODE, Polarity, default_modifiers
from tests.extract.frames.conftest import last_sentence_codes

CONTEXT = "The Syrian army was falling back near Hama. "


@pytest.mark.parametrize("text, modifier", [
    # a blog, a broadsheet column, a radio phone-in (straight, curly and single marks)
    (CONTEXT + 'Moscow calls its bombing campaign "assistance" to Damascus.', '""'),
    (CONTEXT + "The regime still boasts of Russian \u201cprotection\u201d in its speeches.", "\u201c\u201d"),
    (CONTEXT + "CALLER: The Kremlin is the regime's \u2018guarantor\u2019, they tell us.", "\u2018\u2019"),
])
def test_a_scare_quoted_support_noun_is_named_and_doubted(nlp, text, modifier):
    last = last_sentence_codes(nlp, text)
    limits = last[last.dimension == "limits"]
    assert modifier in set(limits.modifier.dropna())
    assert DISTANCING_CODE in set(limits.code)
    assert "support" in set(last.dimension)


@pytest.mark.parametrize("text", [
    # the quotation holds more than the cue: a speaker's words, not a word held at a distance
    CONTEXT + '"Russian support will continue," the minister said.',
    CONTEXT + "Moscow promised \u201cfull support for the legitimate government\u201d.",
    # no quotation marks at all
    CONTEXT + "Moscow calls its bombing campaign assistance to Damascus.",
    # one quoted word that a speaker promised, pledged or named: the speaker's word reported, not a scare quote
    CONTEXT + 'The Russian president promised "support" and dispatched two more squadrons.',
    CONTEXT + "Moscow pledged \u201cprotection\u201d to the regime, and its jets arrived a week later.",
    CONTEXT + 'Putin called it "assistance" and sent more jets.',
])
def test_a_cue_inside_a_longer_quotation_is_not_distanced(nlp, text):
    last = last_sentence_codes(nlp, text)
    assert not last.modifier.dropna().isin(['""', "\u201c\u201d", "\u2018\u2019"]).any()


def test_distancing_needs_a_noun_between_marks_of_its_own(nlp):
    doc = nlp('Their "help" came late, and they "backed" him.')
    polarity = Polarity(doc, default_modifiers(nlp.vocab, nlp.make_doc))
    noun, verb = doc[2:3], doc[10:11]
    assert [m.cls for m in polarity.modifiers_of(noun)] == ["distancing"]
    assert polarity.modifiers_of(verb) == []
