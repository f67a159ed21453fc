"""Speakers that are not persons (outlets, programmes, documents, posts, bodies), on invented texts: the speaker is the
word the convention of `data/heldout/README.md` ("Speakers that are not persons") chooses; known gaps are strict
xfails naming them. Pages and sentences written for these tests."""

from __future__ import annotations

import pytest

OPENING = "Ferries resumed on Monday after a week of storms.\n\n"
CLOSING = "\n\nThe harbour office did not reply."


def _text(paragraph: str) -> str:
    return OPENING + paragraph + CLOSING


PUBLISHER_GAP = ("the outlet that ran, carried or issued a text is not its source yet: the rule built for it changed "
                 "no development quotation and took places, dates and possessives for authors, and was taken out")


def _said(row) -> str:
    return f"{row.speaker or ''} {row.speaker_name or ''}".lower()


@pytest.mark.parametrize("paragraph, quote, word", [
    # a text that gives its own wording: 'reads'
    ("The sign on the quay reads “No crossings after dark”.", "No crossings after dark", "sign"),
    ("One permit seen by the inspectors reads: “Valid for the summer timetable only.”",
     "Valid for the summer timetable only.", "permit"),
    ("A handwritten note pinned to the gate read “Back at noon”.", "Back at noon", "note"),
    # a clause joined after the words does not make a reader of the text
    ("A label on the crate reads “Handle with care”, and a customs stamp covers half of it.", "Handle with care",
     "label"),
    # a text an outlet or a body published: the publisher
    pytest.param("The Northbay Courier ran a front page calling the new timetable “a gift to nobody”.",
                 "a gift to nobody", "courier", marks=pytest.mark.xfail(strict=True, reason=PUBLISHER_GAP)),
    pytest.param("The Northbay Courier carried a report that called the new timetable “a gift to nobody”.",
                 "a gift to nobody", "courier", marks=pytest.mark.xfail(strict=True, reason=PUBLISHER_GAP)),
    ("The island council issued a notice describing the crossings as “safe again”.", "safe again", "council"),
    # a participle set off by commas between a document and its verb, the verb hung on the document as a clause
    ("The letter, signed by forty skippers, called the timetable “a gift to nobody”.", "a gift to nobody", "letter"),
    # forms the suite already reads, kept
    ("The Northbay Courier wrote that the new timetable was “a gift to nobody”.", "a gift to nobody", "courier"),
    # 'it' in a relative clause takes up the outlet, whose name the recogniser labels a work (WORK_OF_ART)
    ("The Northbay Courier gave its whole front page over to the timetable, which it called “a gift to nobody”.",
     "a gift to nobody", "courier"),
    ("According to a statement from the harbour board, the crossings are “safe again”.", "safe again", "board"),
    ("In a statement, the harbour board said the crossings were “safe again”.", "safe again", "board"),
    ("The statement said the crossings were “safe again”.", "safe again", "statement"),
    ("The evening programme Harbour Watch reported that the fares were “too high for islanders”.",
     "too high for islanders", "watch"),
])
def test_a_source_that_is_no_person_speaks(quotes_of, paragraph, quote, word):
    assert word in _said(quotes_of(_text(paragraph))[quote])


@pytest.mark.parametrize("paragraph, quote, word", [
    # a part of a text is not its source, and a heading reads a title said by no one
    ("The second paragraph of the notice reads: “Valid for the summer timetable only.”",
     "Valid for the summer timetable only.", "paragraph"),
    ("The timetable was changed, and its headline now reads “Crossings resume”.", "Crossings resume", "headline"),
    pytest.param("The second line of the agreement reads: “Valid for the summer timetable only.”",
                 "Valid for the summer timetable only.", "line",
                 marks=pytest.mark.xfail(strict=True, reason="after a colon, the subject of 'reads' is the speaker "
                                         "even when it is a part of a text")),
    # a heading whose gloss is in lower case names no one
    ("Sources (a few of them):\n\n“The crossings are safe again, and the fares will fall by spring.”",
     "The crossings are safe again, and the fares will fall by spring.", "sources"),
    # an interview a paper ran gives the interviewee's words, not the paper's: 'interview' is no published text here
    ("The Northbay Courier ran an interview with a ferry captain calling the timetable “a gift to nobody”.",
     "a gift to nobody", "courier"),
])
def test_no_non_person_speaker_where_the_words_are_another_s(quotes_of, paragraph, quote, word):
    assert word not in _said(quotes_of(_text(paragraph))[quote])


@pytest.mark.parametrize("paragraph, quote", [
    # persons, groups and untagged names who read pass on a text's words; they are not its source
    ("The passengers read “No crossings after dark” on the sign and turned back.", "No crossings after dark"),
    ("Three pupils read “Back at noon” aloud in chorus.", "Back at noon"),
    ("Marit read “Back at noon” aloud to the passengers.", "Back at noon"),
    ("The child read “No crossings after dark” from the sign.", "No crossings after dark"),
    ("The crew read “Valid for the summer timetable only” before boarding.",
     "Valid for the summer timetable only"),
    ("The choir read “Crossings resume” in unison.", "Crossings resume"),
    ("The committee read “Valid for the summer timetable only” twice.",
     "Valid for the summer timetable only"),
    ("The audience read “Welcome home” on the screen.", "Welcome home"),
    # instruments give measurements, not words
    ("The gauge read “empty” when the ferry left port.", "empty"),
    ("The meter read “ERROR” all morning.", "ERROR"),
    ("The scanner reads “invalid ticket” at every gate.", "invalid ticket"),
    # an instrument or display that reads a value, with nothing after it: a quantity is no one's wording
    ("The thermometer on the wall read “minus twelve”.", "minus twelve"),
    ("The clock over the ticket office read “half past nine”.", "half past nine"),
    ("The scoreboard by the pier read “3–1”.", "3–1"),
    pytest.param("The fuel gauge read “empty”.", "empty", marks=pytest.mark.xfail(
        strict=True, reason="a value in words with no numeral reads like a sign's words: the instrument keeps them")),
])
def test_only_a_text_that_reads_is_a_speaker(quotes_of, paragraph, quote):
    row = quotes_of(_text(paragraph))[quote]
    assert row.cue != "read" and not (row.speaker or "").strip()


@pytest.mark.parametrize("paragraph, quote", [
    ("The banner over the pier read “Crossings resume”.", "Crossings resume"),
    ("A plaque by the ticket office reads “Built by the islanders”.", "Built by the islanders"),
    # a sign's words with a number in them are more than a value
    ("A sign on the gate reads “No crossings after 10 pm”.", "No crossings after 10 pm"),
    ("A banner over the pier read “Ten years of ferries”.", "Ten years of ferries"),
])
def test_signs_and_inscriptions_read(quotes_of, paragraph, quote):
    assert quotes_of(_text(paragraph))[quote].cue == "read"


@pytest.mark.parametrize("paragraph, quote, word, publisher", [
    # a text with a named author is the author's, not the outlet's that ran it
    ("The Northbay Courier ran an article by the mayor describing the fares as “a scandal”.", "a scandal", "mayor",
     "courier"),
    ("The Northbay Courier published Ola Lind's letter calling the fares “a scandal”.", "a scandal", "lind",
     "courier"),
    pytest.param("The paper ran an editorial by its former editor, Ola Lind, calling the timetable “a gift to "
                 "nobody”.", "a gift to nobody", "lind", "paper",
                 marks=pytest.mark.xfail(strict=True, reason="a participle after a named author's text that the "
                                         "parser hangs on the publishing verb takes the publisher as its subject")),
])
def test_a_named_author_is_the_source_of_a_published_text(quotes_of, paragraph, quote, word, publisher):
    said = _said(quotes_of(_text(paragraph))[quote])
    assert word in said and publisher not in said


def test_a_person_who_reads_is_no_text_that_reads(quotes_of):
    # a person who reads passes on another's words: 'read' is no cue for them
    row = quotes_of(_text("The skipper read me a line from the permit: “Valid for the summer timetable "
                          "only.”"))["Valid for the summer timetable only."]
    assert row.cue != "read"


def test_a_person_who_writes_keeps_the_quote(quotes_of):
    row = quotes_of(_text("The company's chief executive, Ola Lind, argued that the fares were “too high for "
                          "islanders”."))["too high for islanders"]
    assert "lind" in _said(row)


@pytest.mark.parametrize("paragraph, quote, word", [
    # a date in the possessive dates a statement and is not its source: the statement's own noun is kept
    ("Monday's statement said the crossings were “safe again”.", "safe again", "statement"),
    ("Yesterday's statement called the fares “too high”.", "too high", "statement"),
    ("“The fares are too high,” last week's report said.", "The fares are too high,", "report"),
    # ... and the source the statement names after it is read
    ("Tuesday's statement from the council said the fares were “too high”.", "too high", "council"),
    # a body in the possessive is the source
    ("The council's statement said the crossings were “safe again”.", "safe again", "council"),
])
def test_a_date_is_no_source_of_a_statement(quotes_of, paragraph, quote, word):
    assert word in (quotes_of(_text(paragraph))[quote].speaker or "").lower()


@pytest.mark.parametrize("paragraph, quote, document", [
    # the means, the place or the occasion of a document is not its source: the document's phrase is kept
    ("A letter sent by email on Monday described the crossings as “safe again”.", "safe again", "letter"),
    ("A note written by hand said the fares were “too high”.", "too high", "note"),
    ("A letter from prison described the timetable as “a gift to nobody”.", "a gift to nobody", "letter"),
    ("The summit's final communique said the talks had been “frank and useful”.", "frank and useful", "communique"),
])
def test_the_means_place_or_occasion_of_a_document_does_not_speak(quotes_of, paragraph, quote, document):
    assert document in (quotes_of(_text(paragraph))[quote].speaker or "").lower()
