"""Quotations whose speaker the text gives but the suite missed (a reporting noun as a label, misparses around the
quote, a crosshead or headline that echoes a quotation further on), each with the cases the rule must leave without
a speaker: invented texts."""

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


STRIKE = ("The ferry strike\n\nThe ferries stopped on Monday.\n\n{heading}\n\nThe union called the strike after talks "
          "failed. {body}")


@pytest.mark.parametrize("text, quote, kind, speaker", [
    # a crosshead that repeats the opening words of a quotation further on is an excerpt of it
    (STRIKE.format(heading="“Count the boats in the harbour”", body="“Count the boats in the harbour tonight. None "
                   "of them will sail,” said Tove Lund, the union's secretary."),
     "Count the boats in the harbour", "partial", "Tove Lund"),
    # a headline in title case that gives a quoted sentence again is that sentence, not a title
    ("THE LONG WINTER\n\n“Nobody Came to the Quay”\n\nThe island was cut off for six weeks. “We waited every "
     "morning,” said Ola Berg, a fisherman. “Nobody came to the quay.”", "Nobody Came to the Quay", "direct",
     "Ola Berg"),
    # near misses: a crosshead's term of two words, a crosshead the body repeats only in the writer's words, and a
    # title that nobody says again
    (STRIKE.format(heading="“Harbour dues”", body="“The harbour dues will rise again,” said Tove Lund."),
     "Harbour dues", "scare", None),
    (STRIKE.format(heading="“Count the boats in the harbour”", body="Count the boats in the harbour tonight: none "
                   "of them will sail."), "Count the boats in the harbour", "scare", None),
    ("THE LONG WINTER\n\n“Songs of the Quay”\n\nThe island was cut off for six weeks, and the choir rehearsed every "
     "night.", "Songs of the Quay", "title", None),
])
def test_a_display_line_that_echoes_a_quotation_takes_its_speaker(quotes_of, text, quote, kind, speaker):
    found = quotes_of(text)[quote]
    assert (found.kind, found.speaker) == (kind, speaker)


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
