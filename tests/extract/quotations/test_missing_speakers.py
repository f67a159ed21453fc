"""Quotations whose speaker the text gives but the suite missed (a reporting noun as a label, misparses around the
quote), each with the cases the rule must leave without a speaker: invented texts."""

from __future__ import annotations

import pytest

HARBOUR = "The harbour reopened at dawn.\n\n{}\n\nThe boats stayed in."


@pytest.mark.parametrize("paragraph, quote, speaker", [
    # a reporting noun heading a verbless label before a colon: its possessor or the name compounded with it
    ("The pilot came back from the office an hour later. His words: “The quota is a joke.”", "The quota is a joke.",
     "His"),
    ("Harbour Board statement: “berths will reopen on Monday” for all vessels.", "berths will reopen on Monday",
     "Harbour Board"),
    # near misses: the writer's own answer, and a label that is no reporting noun
    ("My answer: “The quota is a joke.”", "The quota is a joke.", None),
    ("The scene: “a quay full of empty crates” and gulls everywhere.", "a quay full of empty crates", None),
])
def test_a_reporting_noun_as_a_label_names_its_source(quotes_of, paragraph, quote, speaker):
    assert quotes_of(HARBOUR.format(paragraph))[quote].speaker == speaker


@pytest.mark.parametrize("text, quote, speaker", [
    # the parser takes the closing guillemet for the noun the words modify
    ("The ferry company – its «lifeline», as the islanders liked to call it, across the sound – was sold in March.",
     "lifeline", "the islanders"),
    # a verb of naming with its object before the quote names that object with it, whatever phrase holds the quote
    ("State radio on Sunday called the protesters on the M9 “armed thugs and their families” and said the police "
     "remained ready.", "armed thugs and their families", "State radio on Sunday"),
    # a speaker label whose note the tokenizer keeps with the colon
    ("OLA BERG (on the phone): “Finally.”\n\nThe line went dead.", "Finally.", "OLA BERG"),
    # a 'with' phrase set off by a comma is an adjunct of the cue, not its addressee
    ("The brochure described the harbour as Norway's “finest small port”, with “berths for a hundred yachts”.",
     "berths for a hundred yachts", "The brochure"),
    # near misses: a heading of a note in plain case, a 'with' that names whom the cue is said to
    ("Notes (draft): “Finally.”\n\nThe line went dead.", "Finally.", None),
    ("She talked with “everyone who would listen” about the port.", "everyone who would listen", None),
])
def test_a_speaker_past_a_misparse_around_the_quote(quotes_of, text, quote, speaker):
    assert quotes_of(text)[quote].speaker == speaker


@pytest.mark.parametrize("text, quote, kind", [
    # a scare-quoted word of the writer's, next to a sentence that quotes someone, keeps no speaker
    ("“We will stay all winter,” the envoy said. The capital armed “moderate” crews in the north.", "moderate",
     "scare"),
    # a title in marks after a name is a title, with no speaker
    ("Ola Berg’s “Songs of the Quay” sold out in a week.", "Songs of the Quay", "title"),
])
def test_the_writer_s_terms_and_titles_keep_no_speaker(quotes_of, text, quote, kind):
    found = quotes_of(text)[quote]
    assert (found.kind, found.speaker) == (kind, None)
