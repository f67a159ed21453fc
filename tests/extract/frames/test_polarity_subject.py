"""A negation of the verb whose subject is a support cue denies what the means did (`Polarity._predicate_of_subject`),
on invented sentences in several registers: local radio, quoted testimony; a copula or a word of the lexicon as that
verb leaves the support standing."""

from __future__ import annotations

import pytest

from tests.extract.frames.conftest import last_sentence_codes

CONTEXT = "The Syrian army was falling back near Hama. "


@pytest.mark.parametrize("text", [
    CONTEXT + "The promised Russian airlift never arrived, the mayor told the radio station.",
    CONTEXT + "\u201cRussian gunships could hardly reach the mountain villages,\u201d the headman said.",
])
def test_a_negated_verb_of_the_means_turns_them_into_a_limit(nlp, text):
    codes = last_sentence_codes(nlp, text)
    assert "support" not in set(codes.dimension) and "limits" in set(codes.dimension)


@pytest.mark.parametrize("text", [
    # a denied departure: the verb is a word of the lexicon
    CONTEXT + "Russian troops did not leave Syria after the ceasefire.",
    # a copula: the negation denies the complement
    CONTEXT + "Russian support was not unconditional, the envoy conceded.",
])
def test_a_negated_copula_or_lexicon_verb_leaves_the_support(nlp, text):
    assert "support" in set(last_sentence_codes(nlp, text).dimension)
