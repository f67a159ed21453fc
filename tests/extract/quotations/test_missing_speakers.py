"""Quotations whose speaker the text gives but the suite missed (a reporting noun as a label, a crosshead or headline
that echoes a quotation further on, an action beat after the words, misparses around the quote), each with the cases
the rule must leave without a speaker: invented texts, and one pinned parse."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from analysis.extract.quotations.speakers import nearest_subject

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
    ("The weekly paper on Friday called the drivers on the A7 “reckless louts and their hangers-on” and said the "
     "police were watching.", "reckless louts and their hangers-on", "The weekly paper"),
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


@pytest.mark.parametrize("text, quote, speaker", [
    # a quote in apposition to a reporting noun's phrase, set off by dashes or commas: the noun's source
    ("The ferries were late again.\n\n> He is nervous, and that says something. His line – “they were our "
     "friends while we could pay” – I'd like to keep.", "they were our friends while we could pay", "His"),
    ("The judge thought the defence's account of the winter, “a slow retreat that only looked sudden”, was never "
     "answered.", "a slow retreat that only looked sudden", "the defence"),
    # the quote's own tag after it speaks for it before a reporting noun it stands beside
    ("The governor issued a statement, “adjustments” as his aides called them, on Friday.", "adjustments",
     "his aides"),
    ("The governor's remarks, “adjustments” as his aides called them, changed nothing.", "adjustments", "his aides"),
    # near misses: a reporting noun with no source, or an 'of' phrase that names no one who speaks
    ("The phrase, “moderate crews”, appears twice in the draft.", "moderate crews", None),
    ("The talks ended at noon. The phrase of the month, “a pause, not a peace”, was everywhere.", "a pause, not a peace",
     None),
])
def test_a_quote_in_apposition_to_a_reporting_noun_is_its_source_s(quotes_of, text, quote, speaker):
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


@pytest.mark.parametrize("text, quote, speaker", [
    # a quotation that opens its paragraph, then an action of a person: the beat that tags it
    ("“God keep them, then.” Anders Holm took a biscuit and did not eat it. “Forty years we waited for a bridge.”",
     "God keep them, then.", "Holm"),
    ("The island was cut off.\n\n“We waited every morning at the quay.” He smiled and poured the coffee.\n\nThe "
     "council did not reply.", "We waited every morning at the quay.", "He"),
    # near misses: a thing that acts after the words, and words that do not open their paragraph
    ("The island was cut off.\n\n“We waited every morning at the quay.” The ferry left an hour later.\n\nThe council "
     "did not reply.", "We waited every morning at the quay.", None),
    ("The island was cut off.\n\nThe generator failed in January. “We waited every morning at the quay.” He smiled "
     "and poured the coffee.\n\nThe council did not reply.", "We waited every morning at the quay.", None),
    # near misses: a person who reacts to the words, whose object points back at them ('that demand', 'it', 'the
    # request'), is their addressee, not their speaker; a beat with an object of its own still tags them
    ("The island was cut off.\n\n“Open the port by Friday.” The governor ignored that demand.\n\nThe council did "
     "not reply.", "Open the port by Friday.", None),
    ("The island was cut off.\n\n“Open the port by Friday.” The governor rejected the request.\n\nThe council did "
     "not reply.", "Open the port by Friday.", None),
    ("The island was cut off.\n\n“Open the port by Friday.” He laughed at it.\n\nThe council did not reply.",
     "Open the port by Friday.", None),
    ("The island was cut off.\n\n“Open the port by Friday.” The governor put down the phone.\n\nThe council did "
     "not reply.", "Open the port by Friday.", "The governor"),
])
def test_an_action_beat_after_a_quotation_names_its_speaker(quotes_of, text, quote, speaker):
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


def _pinned(words: list[str], heads: list[int], deps: list[str]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)


def test_a_noun_after_a_relative_clause_is_no_second_subject():
    # 'A baker whose shop faces the square told him …', the parser hanging 'square' on 'told' as a subject
    doc = _pinned(["A", "baker", "whose", "shop", "faces", "the", "square", "told", "him", "so", "."],
                  [1, 7, 3, 4, 1, 6, 7, 7, 7, 7, 7],
                  ["det", "nsubj", "poss", "nsubj", "relcl", "det", "nsubj", "ROOT", "dobj", "advmod", "punct"])
    assert nearest_subject(doc[7]).text == "baker"


def test_two_subjects_with_no_relative_clause_keep_the_nearest():
    # a speaker label the parser read as a second subject: 'REPORTER: The mayors restated …'
    doc = _pinned(["REPORTER", ":", "The", "mayors", "restated", "it", "."],
                  [4, 0, 3, 4, 4, 4, 4], ["nsubj", "punct", "det", "nsubj", "ROOT", "dobj", "punct"])
    assert nearest_subject(doc[4]).text == "mayors"
    # a comma after the relative clause sets off what follows: the nearest subject stands
    doc = _pinned(["A", "farmer", "whose", "land", "borders", "it", ",", "the", "fence", "told", "him", "."],
                  [1, 9, 3, 4, 1, 4, 1, 8, 9, 9, 9, 9],
                  ["det", "nsubj", "poss", "nsubj", "relcl", "dobj", "punct", "det", "nsubj", "ROOT", "dobj", "punct"])
    assert nearest_subject(doc[9]).text == "fence"
