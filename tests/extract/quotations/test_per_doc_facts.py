"""Facts the quotation stage reads once per Doc or per lexicon, or tests first on a few characters, against the
per-quote formulas they replace (round 33q, issue 17). The texts are invented."""

from __future__ import annotations

import re

import pytest

from analysis.extract.quotations import QuoteLexicon, default_lexicon, find_quote_marks
from analysis.extract.quotations.attribution import INSERTED_WORDING, INSERTED_WORDING_END
from analysis.extract.quotations.kinds import reads_as_sentence
from analysis.extract.quotations.names import PATH_PREPOSITIONS, _after_place_preposition, _noun_modifier
from analysis.nlp.arrays import ParseArrays


def _blocks(text: str) -> list[tuple[int, int]]:
    """The lines of `text` as blocks, as `set_blocks` cuts paragraphs."""
    blocks, start = [], 0
    for line in text.split("\n"):
        if line:
            blocks.append((start, start + len(line)))
        start += len(line) + 1
    return blocks


@pytest.mark.parametrize("text, quoted", [
    ("No marks at all.\nNone here either.", []),
    ("", []),
    ("A plain line.\n“Kept open\nA line with no mark.\n“New words.”", ["Kept open", "New words."]),
    # a quotation over two paragraphs: the second reopens it; a markless paragraph after it ends the run
    ("“First half\n“second half.”\nPlain words.\n“Third.”", ["First half", "second half.", "Third."]),
    ("Plain.\n‘Single open\n‘reopened’\nplain again", ["Single open", "reopened"]),
])
def test_blocks_with_no_mark_open_no_quote(text, quoted):
    quotes = find_quote_marks(text, _blocks(text))
    assert [text[quote.start:quote.end] for quote in quotes] == quoted


def test_a_quote_after_markless_blocks_continues_nothing():
    text = "“Open at the end\nNo mark here.\n“Fresh quote.”"
    quotes = find_quote_marks(text, _blocks(text))
    assert [quote.continues for quote in quotes] == [False, False]
    text = "“Open at the end\n“Reopened here.”"
    assert [quote.continues for quote in find_quote_marks(text, _blocks(text))] == [False, True]


@pytest.mark.parametrize("line", [
    "Leave out “a” and insert “b”",
    "At end INSERT   “c”",
    "Leave out line 2 and Substitute “d”",
    "Replace “old words” with “new words”",
    "replace ‘x’ with  ‘y’",
    "Delete the words ‘a’ and insert ‘b’",
    # near-misses: no match, and the test on the line's end says so first
    "Insert here a note on “b”",
    "The word with “b”",
    "reinsert “b”",
    "substitutes “b”",
    "Replace Roe's ships with “b”",
    "withdraw “b”",
    "“b”",
    "insert\n“b”",
])
def test_the_end_of_the_line_is_tried_before_the_inserted_wording(line):
    open_at = line.rindex("“") if "“" in line else len(line)
    line_start = line.rfind("\n", 0, open_at) + 1
    full = INSERTED_WORDING.search(line, line_start, open_at)
    end = open_at
    while end > line_start and line[end - 1].isspace():
        end -= 1
    first = INSERTED_WORDING_END.search(line, max(line_start, end - len("substitute")), end)
    assert full is None or first is not None  # the first test never leaves out a match
    assert (first is not None) == any(line[:end].lower().endswith(word) for word in ("insert", "substitute", "with"))


def _set_in_after_that(raw: str, open_at: int) -> bool:
    """The test `reads_as_sentence` made before: 'that' ending the whole text before the mark."""
    before = raw[:open_at].rstrip(" ")
    return before[-1:].isalnum() and re.search(r"\bthat$", before, re.IGNORECASE) is not None


@pytest.mark.parametrize("text", [
    "She said that “Oslo for good.”",
    "She said THAT  “Oslo for good.”",
    "She said that\n“Oslo for good.”",
    "She warned of thethat “Oslo for good.”",
    "A hat “Oslo for good.”",
    "that “Oslo for good.”",
    "hat “Oslo for good.”",
    "“Oslo for good.”",
    "It was what “Oslo Will Stay” meant",
])
def test_that_before_the_mark_is_read_on_the_last_characters(nlp, text):
    doc = nlp(text)
    quote = find_quote_marks(text, [(0, len(text))])[0]
    expected = _set_in_after_that(text, quote.open_at)
    if expected:  # after 'that', a phrase with no clause of its own is no sentence
        assert not reads_as_sentence(doc, quote)
    # the rest of the test is as before: when 'that' is not found, the answer follows the words
    raw_end = text[:quote.open_at].rstrip(" ")
    if not expected and raw_end[-1:].isalnum() and text[quote.end - 1] in ".!?…":
        assert reads_as_sentence(doc, quote) == text[quote.start].isupper()


def test_the_lexicon_keeps_its_unions():
    lexicon = default_lexicon()
    assert lexicon.verb_cues == lexicon.direct_cues | lexicon.thought_cues | lexicon.as_cues
    assert lexicon.cue_lemmas == lexicon.noun_cues | lexicon.verb_cues
    assert lexicon.personal_nouns == lexicon.person_nouns | lexicon.female_words | lexicon.male_words
    assert lexicon.verb_cues is lexicon.verb_cues  # made once


def test_a_word_of_both_genders_is_male():
    empty = frozenset()
    lexicon = QuoteLexicon(direct_cues=frozenset({"say"}), indirect_cues=empty, noun_cues=frozenset({"claim"}),
                           work_nouns=empty, speaker_titles=empty, expert_words=empty,
                           person_nouns=frozenset({"pilot"}), female_words=frozenset({"widow", "sibling"}),
                           male_words=frozenset({"sibling", "uncle"}))
    assert lexicon.genders == {"widow": "female", "sibling": "male", "uncle": "male"}
    assert lexicon.personal_nouns == {"pilot", "widow", "sibling", "uncle"}
    assert lexicon.cue_lemmas == {"say", "claim"}


@pytest.mark.parametrize("text", [
    "He met Ivo Marr near Port Aldren and walked through Kessel Sound.",
    "The Roe years ended; mortar rounds fell on Vos Street.",
    "Marr's boat sailed past Velm. Jane Roe spoke.",
    "",
])
def test_a_roots_tests_on_the_arrays_are_the_span_tests(nlp, text):
    doc = nlp(text)
    parse = ParseArrays(doc)
    for token in doc:
        span = doc[token.i:token.i + 1]
        root = span.root
        assert _after_place_preposition(root.i, parse) == (root.dep_ == "pobj"
                                                           and root.head.lower_ in PATH_PREPOSITIONS)
        assert _noun_modifier(root.i, parse) == (root.dep_ == "compound" and root.head.pos_ == "NOUN")


@pytest.mark.parametrize("text", [
    "Vos said “we stay” and “ we go ”.\n“Never,” Roe replied.",
    "No quote here.",
])
def test_a_quotes_words_are_read_once_as_char_span_reads_them(nlp, text):
    from analysis.extract.quotations.attribution import quote_context

    doc = nlp(text)
    quotes = find_quote_marks(text, [(0, len(text))])
    context = quote_context(doc, quotes, default_lexicon())
    for quote in quotes:
        expected = doc.char_span(quote.start, quote.end, alignment_mode="expand")
        content = context.content(quote)
        assert (content.start, content.end) == (expected.start, expected.end)
        assert context.content(quote) is content
    assert len(context.contents) == len(quotes)
    assert quote_context(doc, quotes, default_lexicon()).contents == {}  # each Doc's context its own


def test_a_names_longest_form_is_found_once_per_name_as_written(nlp):
    from analysis.corpus.sections import doc_blocks, set_blocks
    from analysis.extract.quotations.names import Resolver
    from analysis.tables.batches import units

    doc = nlp("Jane Orla Roe met Ivo Marr in Velm.\n\nRoe said the talks would go on. Ivo left.")
    set_blocks(doc)
    blocks, parse = doc_blocks(doc), ParseArrays(doc)
    _, entities = units(doc, parse=parse, blocks=blocks)
    resolver = Resolver(doc, entities, "", lexicon=default_lexicon(), blocks=blocks, parse=parse)
    # by surname, bracketed or not, by first name, and names with no longer form
    expected = {"Roe": "Jane Orla Roe", "[Roe]": "Jane Orla Roe", "Ivo": "Ivo Marr", "": "", "[]": "", "Velm": "Velm"}
    for _ in range(2):  # asked again, from what was kept
        assert {name: resolver.full_name(name) for name in expected} == expected


LABEL_TEXTS = [
    "Dorn: we stay.", "JANE ROE, Port Authority: the quay is shut.", "[00:02:10] JANE ROE: yes.",
    "PIET VOS (translated):", "JANE ROE:", "Jane Roe (via video link): no.", "Q: and then?", "2:51 Vos: fine",
    "The mayor said this: no more.", "Dorn:we stay.", "JANE ROE", "Dorn said:", "", ":", ": ", "A: ",
    "Dr Jane Roe", "Prof. Ivo Marr, Velm", "Jane Roe, Port Aldren Upper Town", "Mr Ivo Anton Marr Vos",
    "Jane Anne Orla Roe, Port Aldren Upper", "Dr. Jane Anne Orla Roe, Port Aldren Upper", "J. Roe",
    "Yours sincerely, and with every good wish for the season, Jane Roe of Velm",
]


@pytest.mark.parametrize("text", LABEL_TEXTS)
def test_labels_and_signatures_are_asked_only_where_they_can_match(text):
    from analysis.extract.quotations.speakers import (LINE_LABEL, PARAGRAPH_LABEL, SIGNATURE, SIGNATURE_MAX_SPACES,
                                                      _line_label_match, paragraph_label_match)

    def same(found, expected):
        return (found is None and expected is None) or found.span() == expected.span()

    assert same(paragraph_label_match(text), PARAGRAPH_LABEL.match(text))
    assert same(_line_label_match(text), LINE_LABEL.fullmatch(text))
    # a signature holds at most SIGNATURE_MAX_SPACES spaces, so a line with more is no signature
    assert text.count(" ") <= SIGNATURE_MAX_SPACES or SIGNATURE.fullmatch(text) is None
    for ending in (" ", ": x", ":"):
        assert same(paragraph_label_match(text + ending), PARAGRAPH_LABEL.match(text + ending))
        assert same(_line_label_match(text + ending), LINE_LABEL.fullmatch(text + ending))


def test_the_longest_signature_has_the_spaces_its_gate_allows_and_one_more_word_fails():
    from analysis.extract.quotations.speakers import SIGNATURE, SIGNATURE_MAX_SPACES

    longest = "Dr. Jane Anne Orla Roe, Port Aldren Upper"
    assert longest.count(" ") == SIGNATURE_MAX_SPACES and SIGNATURE.fullmatch(longest) is not None
    for longer in ("Dr. Jane Anne Orla Mary Roe, Port Aldren Upper", "Dr. Jane Anne Orla Roe, Port Aldren Upper Vale"):
        assert SIGNATURE.fullmatch(longer) is None
    assert SIGNATURE.fullmatch(longest + " Town") is None


@pytest.mark.parametrize("text, speaker", [
    ("As Lind and Sokol (2021, p. 14) put it, “the port is a lever”.", "Lind and Sokol"),
    ("As Marr (2019) wrote, “the quay was never neutral”.", "Marr"),
    ("As Marr wrote, “the quay was never neutral”.", None),  # no bracket before the quote: no citation
    ("Marr (2019) thought so. Later, it was “the quay”.", None),  # the citation ends a sentence before
    ("“The quay (2019)” was the title.", None),  # the bracket lies after the opening mark
])
def test_a_narrative_citation_is_looked_for_only_after_a_bracket(nlp, text, speaker):
    from analysis.extract.quotations.attribution import _attribute_by_narrative_citation, quote_context

    doc = nlp(text)
    quotes = find_quote_marks(text, [(0, len(text))])
    found = _attribute_by_narrative_citation(quote_context(doc, quotes, default_lexicon()), quotes[0])
    assert (found.speaker.text if found is not None else None) == speaker
