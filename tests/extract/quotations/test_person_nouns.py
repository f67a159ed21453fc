"""Nouns for people that the `person_noun` list of quote_lexicon.csv holds (kin and acquaintances, the parties of court
records, trades, audiences) make a subject a person whom a later 'he' or 'she' takes up: invented texts."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, quote, name", [
    # kin: a possessed noun as the subject of the sentence before
    ("My cousin worked on the ferries then. He called that season “the grey year”.", "the grey year", "My cousin"),
    # an acquaintance, with a description in apposition that must not take the noun's place
    ("An old acquaintance from my navy years, a ferry engineer who worked the northern routes, rang in March. "
     "“Nobody pays for a harbour twice,” he said.", "Nobody pays for a harbour twice,", "An old acquaintance"),
    # a party of a court record
    ("The appellant left the island in the spring. “They told us the quay was closed,” he said.",
     "They told us the quay was closed,", "The appellant"),
    # a trade, with its name in apposition
    ("The photographer, Jonas Brekk, joined the crossing in March. He later wrote: “The deck was empty all week.”",
     "The deck was empty all week.", "Jonas Brekk"),
])
def test_a_noun_for_a_person_is_taken_up_by_a_pronoun(quotes_of, text, quote, name):
    assert quotes_of(text)[quote].speaker_name == name


@pytest.mark.parametrize("text, quote, name", [
    # near misses: a person noun as the object of a named subject's sentence leaves the subject the pronoun's
    ("Ilse Marten met a broker at the quay. “Prices will fall in May,” she said.", "Prices will fall in May,",
     "Ilse Marten"),
    # 'he' passes over a noun the text gives the other gender
    ("Tomas Rydell spoke first. His cousin, a widow from Narvik, listened. “The boats will come back,” he said.",
     "The boats will come back,", "Tomas Rydell"),
])
def test_a_named_subject_keeps_the_pronoun(quotes_of, text, quote, name):
    assert quotes_of(text)[quote].speaker_name == name
