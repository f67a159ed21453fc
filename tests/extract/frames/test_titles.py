"""Quoted titles of works (`titles.quoted_titles`) and the support cues inside them that the coder drops
(`coder._without_cues_in_titles`); invented sentences from a reading list, a newsletter and a wire story."""

from __future__ import annotations

import pytest

from analysis.extract.frames.titles import quoted_titles
from tests.extract.frames.conftest import last_sentence_codes


@pytest.mark.parametrize("text, titles", [
    ("Her new book, “The Long Shield of the Kremlin”, came out in May.", ["The Long Shield of the Kremlin"]),
    ("Start with Lund's chapter ‘Guns for the Palace’ before the seminar.", ["Guns for the Palace"]),
    ("The episode \"A Patron's Bargain\" is the best of the series.", ["A Patron's Bargain"]),
    # a quoted clause in sentence case, a single capitalised word, a whole sentence that is the title
    ("“The army will hold the airfield,” the colonel said.", []),
    ("He called the plan “Shield” and left it there.", []),
    ("“Moscow Guards the Palace”", []),
    # a title in capitals; straight marks paired after a short quotation; a naming verb
    ("I argued this in my essay \"THE PATRON WHO STAYED\" in 2019.", ["THE PATRON WHO STAYED"]),
    ("He said \"no\" before her essay \"The Patron Who Stayed\" appeared.", ["The Patron Who Stayed"]),
    ("They published a report titled “Guns for the Palace” last year.", ["Guns for the Palace"]),
    # what is read or written, a preposition's complement or a copula's names a work too
    ("He read “The Patron Who Stayed” on the flight home.", ["The Patron Who Stayed"]),
    ("In 2019 she wrote “The Patron Who Stayed” for the review.", ["The Patron Who Stayed"]),
    ("I made this case in “The Patron Who Stayed” two years ago.", ["The Patron Who Stayed"]),
    ("Lund's new book is “The Patron Who Stayed”.", ["The Patron Who Stayed"]),
    # a claim in headline style: after a colon, or what a surface reads or a speaker says; no work named
    ("In Syria the lesson was plain: “Moscow Never Abandons An Ally”.", []),
    ("Its pilots wore patches that read “We Protect Syria”.", []),
    ("The crowd chanted “Long Live The Army” outside.", []),
])
def test_a_headline_style_stretch_in_quotation_marks_is_a_title(nlp, text, titles):
    doc = nlp(text)
    assert [doc.text[start:end] for start, end in quoted_titles(doc[:])] == titles


BACKED = "Moscow has backed Assad for a decade. "


@pytest.mark.parametrize("text, supported", [
    # the cue names a work about Moscow and Assad, not an act
    (BACKED + "I argued this in my essay “The Patron Who Stayed” in 2019.", False),
    (BACKED + "Read Lund's chapter ‘A Patron in Winter’ first.", False),
    # the same word outside a title, or in a quoted claim in sentence case, is still support
    (BACKED + "I argued in my essay that the patron stayed.", True),
    (BACKED + "“The patron stayed,” the envoy said.", True),
])
def test_a_support_cue_inside_a_quoted_title_is_dropped(nlp, text, supported):
    assert bool(last_sentence_codes(nlp, text, "support")) is supported


@pytest.mark.parametrize("text, codes", [
    # a quoted claim in headline style is the writer's or the surface's claim, no title: its cues stand
    (BACKED + "In Syria the lesson was plain: “Moscow Never Abandons An Ally”.",
     {"support.backing", "support.motive_ally"}),
    (BACKED + "Its pilots wore patches that read “We Protect Syria”.", {"support.backing", "support.military"}),
    # a title in capitals, or one after a short quotation in straight marks, is still a title
    (BACKED + "I argued this in my essay \"THE PATRON WHO STAYED\" in 2019.", set()),
    (BACKED + "He said \"no\" before her essay \"The Patron Who Stayed\" appeared.", set()),
    (BACKED + "I made this case in “The Patron Who Stayed” two years ago.", set()),
])
def test_only_a_stretch_that_names_a_work_drops_its_cues(nlp, text, codes):
    assert last_sentence_codes(nlp, text, "support") == codes


def test_the_titles_of_a_later_sentence_are_placed_by_the_docs_text(nlp):
    """`quoted_titles` reads a sentence's text as a slice of the Doc's text: the offsets of a title in the second of two
    sentences, after a paragraph break and with a space before the next, are the title's in the Doc, and a quotation
    that is the whole of a sentence (no letter outside it) is no title."""
    text = "Guns for the Palace.\n\nHer book “The Long Shield of the Kremlin” came out in May.  “Guns for the Palace”"
    doc = nlp(text)
    sentences = list(doc.sents)
    assert len(sentences) == 3  # the whole-sentence quotation is a sentence of its own
    found = [(start, end) for sentence in sentences for start, end in quoted_titles(sentence)]
    assert [text[start:end] for start, end in found] == ["The Long Shield of the Kremlin"]
    assert found[0][0] == text.index("The Long")
