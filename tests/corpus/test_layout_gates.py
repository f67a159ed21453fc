"""The layout tests that skip their work on a cheap sign give the answers of their full formulas, on lines written
for these tests."""

from __future__ import annotations

import re

import pytest

from analysis.corpus import layout
from analysis.corpus.layout import (AUDIENCE_COUNT, AUTHOR_MARK, AUTHOR_SEPARATOR, BAR_SEPARATOR, CREDIT_MAX_CHARS,
                                    CREDIT_PART_BREAK, DATE, FULL_DATE, LABEL_CREDIT, LETTER_AFTER_LABEL,
                                    NAV_ITEM_MAX_WORDS, NAV_MAX_CHARS, PAGE_COUNT, PAGE_NUMBER, PERSON_CREDIT_LABEL,
                                    POST_HANDLE, POSTER, ROLE_NOUN, TIME, is_date_line, is_person_name, words)

LINES = [
    "", " ", "|", " | ", "·", "Jane Roe", "Jane Roe, John Doe and Ann Lee", "Jane Roe¹ · John Doe²", "Jane Roe*",
    "Jane Roe (1)", "Jane Roe 1,2", "Madam Speaker,", "Jane Roe, John Doe,", "Jane Roe; John Doe", "Jane Roe & John Doe",
    "The ferry left at dawn, and the quay was empty.", "By Jane Roe | Graphics by John Doe",
    "Lead analyst: Jane Roe, Europe desk | Reviewed by: John Doe | Next update: May 2024",
    "Started by Jane Roe · Kestwick, Northshire · 4 March 2014", "By Jane Roe", "Jane Roe · 12,400 followers · 3 May, 09:14",
    "Quoting Jane Roe @jroe · May 3, 2023", "Note by jane_roe · 3 May 2023 · Helpful 12", "3 May 2023 · Jane Roe",
    "#2 · p. 4 · Jane Roe · May 3, 2023, 9:14 AM", "Home | Europe | Business", "3 May 2023", "3 May 2023 |",
    "Rapporteur: Jane Roe", "For the council: Jane Roe", "Rapporteur:Jane Roe", "Panel: Jane Roe, historian; Dr. John Doe, envoy",
    "The Evening Hour, 3 May 2016. Presenter: Jane Roe. Reporters: John Doe (Kyiv).", "Note: the ferry is late.",
    "Answered by: Jane Roe, Minister for Ports", "Guest: K. Doe", "12", "Page 3 of 20", "Page 3 of 20 ",
    "Annual Review 2023 | 4 of 12", "REPORT 0042 002 OF 003", "DRAFT v0.4 – Page 2 of 3", "4.2 | Harbour plans 4 of 9",
    "one of the ferries", "2 of 3", " 2 of 3", "Chapter 4 of 12", "The ferry carried 52.1 per cent of 12",
    "– 4 –", "Page 3", "p. 7", "Kestwick and Port Selby, 2–3 May 2016", "Kestwick, 3 May 2016", ", 3 May 2016",
    "Kestwick & Port Selby, 3 May 2016", "Event ID: X-104", "Location: Kestwick | Precision: 2", "Location:Kestwick",
    "Event ID: X-104 | Kestwick", "Headline: The ferry is late", "Page 3\u00a0of 20", "REPORT 0042 002 Of 003",
    "Location:\u00a0Kestwick", "Rapporteur:\tJane Roe", "Q: And the base", "HOST: Even then", "the ferry, and the quay, 3 May 2016", "Kestwick, May", "Kestwick,", "Jane Roe\n3 May 2023 · Jane Roe", "x" * 250 + " · 3 May 2023",
]


# The helpers below are the full formulas as they stood before the gates (main at 14b28ae4), kept frozen here as the
# answers the gated tests must give: a change meant for a gated test belongs in both.
def _post_meta(text):
    if "\n" in text or len(text) > NAV_MAX_CHARS:
        return False
    items = [item.strip() for item in BAR_SEPARATOR.split(text) if item.strip()]
    dated = [item for item in items if is_date_line(item)]
    timed = any(DATE.search(item) and TIME.search(item) for item in dated)
    stamped = timed or (len(items) == 2 and any(FULL_DATE.search(item) for item in dated))
    counted = [item for item in items if AUDIENCE_COUNT.match(item) or POST_HANDLE.search(item)
               or POSTER.search(item) or (stamped and is_person_name(item) and not re.search(r"\d", item))]
    return len(items) >= 2 and bool(dated) and bool(counted) and all(
        len(words(item)) <= NAV_ITEM_MAX_WORDS for item in items if item not in dated)


def _author_list(text, marked=False):
    if len(text) > layout.HEADLINE_MAX_CHARS or text.endswith(","):
        return False
    items = [item.strip() for item in AUTHOR_SEPARATOR.split(text) if item.strip()]
    names = [AUTHOR_MARK.sub("", item).strip() for item in items]
    has_marks = any(AUTHOR_MARK.search(item) for item in items)
    return (has_marks or (not marked and len(names) >= 2)) and all(is_person_name(name) for name in names)


def _credit_bar(text):
    if len(text) > CREDIT_MAX_CHARS:
        return False
    items = [item.strip() for item in BAR_SEPARATOR.split(text) if item.strip()]
    credits = [item for item in items if layout._is_credit_item(item)]
    made_by = any((layout.BY.match(item) or layout.is_by_credit(item)) and layout.POSTER.search(item) is None
                  for item in credits)
    return len(items) >= 2 and bool(credits) and all(
        item in credits or is_date_line(item) or (layout.is_field_line(item) and DATE.search(item))
        or (":" not in item and (layout.is_place_line(item) or layout._names_only(item)))
        or (made_by and layout._is_bar_metadata(item)) for item in items)


def _label_credit(text):
    if len(text) > CREDIT_MAX_CHARS:
        return False
    parts = CREDIT_PART_BREAK.split(text)
    credits = [part for part in parts if (match := LABEL_CREDIT.match(part)) and (
        (letter := LETTER_AFTER_LABEL.match(part)) is None or PERSON_CREDIT_LABEL.match(letter["label"])
        or ROLE_NOUN.fullmatch(letter["label"])) and (
        layout._names_only(match["who"]) or (PERSON_CREDIT_LABEL.match(part[:part.index(":")]) is not None and all(
            layout._names_only(item) or layout.is_person_entry(item) for item in match["who"].split("; "))))]
    return bool(credits) and all(part in credits or FULL_DATE.search(part) for part in parts)


def _dated_place(text):
    if len(text) > layout.NAME_LINE_MAX_CHARS * 2:
        return False
    place, _, date = text.rpartition(", ")
    places = [part for part in re.split(r" (?:and|&) ", place) if part]
    return (FULL_DATE.search(date) is not None and is_date_line(date)
            and bool(places) and all(layout.is_place_line(part) for part in places))


def _record_field(text):
    return (len(text) <= layout.RECORD_FIELD_MAX_CHARS and layout.TEXT_FIELD_LABEL.match(text) is None
            and layout.INTERVIEW_LABEL.match(text) is None and not layout.is_turn(text)
            and all(layout.RECORD_FIELD.match(part) for part in BAR_SEPARATOR.split(text)))


def _page_number(text):
    text = text.strip()
    return PAGE_NUMBER.match(text) is not None or PAGE_COUNT.match(text) is not None


@pytest.mark.parametrize("test, formula", [
    (layout.is_post_meta, _post_meta), (layout.is_author_list, _author_list),
    (lambda text: layout.is_author_list(text, marked=True), lambda text: _author_list(text, marked=True)),
    (layout.is_credit_bar, _credit_bar), (layout.is_label_credit, _label_credit),
    (layout.is_page_number, _page_number), (layout.is_dated_place, _dated_place),
    (layout.is_record_field, _record_field),
])
def test_a_gated_layout_test_answers_as_its_full_formula(test, formula):
    answers = [formula(line) for line in LINES]
    assert [test(line) for line in LINES] == answers
    assert True in answers and False in answers  # the lines reach both answers


def test_a_block_s_furniture_cue_is_the_same_however_often_it_is_asked():
    from analysis.corpus.page import _has_furniture_cue, _is_marked

    cues = [(layout.is_navigation(line) or layout.is_date_line(line) or layout.is_chrome(line)
             or layout.is_control(line) or layout.is_by_credit(line) or layout.is_label_credit(line)
             or layout.is_contents_entry(line)) for line in LINES]
    for _ in range(2):
        assert [_has_furniture_cue(line) for line in LINES] == cues
        assert [_is_marked(line, None) for line in LINES] == cues
    assert all(_is_marked(line, ("body", "position:body")) for line in LINES)
    assert True in cues and False in cues


@pytest.mark.parametrize("block, wanted", [
    ("the ferry is late", "the ferry is late"), ("the ferry is late", "the ferry was late"),
    ("ferry", "the ferry is late again tonight"), ("aaaa", "aaab"), ("aaaa", "bbbb"), ("a", "a"), ("a", "b"),
    ("ferries and the council, 2010–2020", "ferries and the council 2010-2020"), ("late is ferry the", "the ferry is late"),
    ("the quay at dawn", "the quay at dusk"), ("ééé", "eee"), ("the ferry is late tonight", "the ferry is late"),
])
def test_a_block_is_similar_to_the_title_as_difflib_s_ratio_says(block, wanted):
    from difflib import SequenceMatcher

    matcher = SequenceMatcher(None, block, wanted)
    expected = (matcher.real_quick_ratio() >= layout.TITLE_MIN_SIMILARITY
                and matcher.quick_ratio() >= layout.TITLE_MIN_SIMILARITY and matcher.ratio() >= layout.TITLE_MIN_SIMILARITY)
    assert layout._similar(block, wanted) is expected
    assert layout._similar(block, wanted) is expected  # the wanted text's counts, kept, give the same answer


def test_the_similar_pairs_reach_both_answers_and_each_bound():
    from difflib import SequenceMatcher

    pairs = [("the ferry is late", "the ferry was late"), ("aaaa", "bbbb"), ("late is ferry the", "the ferry is late")]
    assert [layout._similar(*pair) for pair in pairs] == [True, False, False]
    anagram = SequenceMatcher(None, *pairs[2])  # passes the characters' bound, fails the full ratio
    assert anagram.quick_ratio() >= layout.TITLE_MIN_SIMILARITY > anagram.ratio()


FURNITURE_LINES = LINES + ["12:40", "(14.07)", "Share this article", "Print", "ENDS", "-ends-", "1. The harbour ..... 4",
                           "Page last reviewed: 3 May 2016", "Kestwick, 3 May 2016", "Home › World › Europe",
                           "Sign in to comment", "Prepared by Jane Roe", "Updated 3 May 2023, 09:14"]


def _full_furniture(text, chrome=True):
    tests = [(layout.is_timecode, ("boilerplate", "layout:timecode")), (layout.is_control, ("boilerplate", "layout:control")),
             (layout.is_end_marker, ("boilerplate", "layout:end-marker")), (layout.is_contents_entry, None),
             (lambda line: layout.is_by_credit(line) or layout.is_label_credit(line) or layout.is_credit_bar(line),
              ("byline", "layout:credit")), (layout.is_post_meta, ("byline", "layout:post-meta")),
             (layout.is_dated_place, ("byline", "layout:dated-place")),
             (layout.is_page_stamp, ("boilerplate", "layout:page-stamp")), (layout.is_date_line, ("byline", "layout:date")),
             (layout.is_navigation, ("boilerplate", "layout:navigation")),
             (lambda line: chrome and layout.is_chrome(line), ("boilerplate", "layout:chrome"))]
    return next(((test, label) for test, label in tests if test(text)), (None, None))


@pytest.mark.parametrize("chrome", [True, False])
def test_a_block_s_furniture_skips_the_tests_its_cue_rules_out(chrome):
    from analysis.corpus.page import LINK_LIST, TIMECODE, _furniture

    found = [_full_furniture(line, chrome) for line in FURNITURE_LINES]
    expected = [None if test is None else ("boilerplate", LINK_LIST) if test is layout.is_contents_entry
                else ("boilerplate", TIMECODE) if test is layout.is_timecode else label for test, label in found]
    assert [_furniture(line, chrome=chrome) for line in FURNITURE_LINES] == expected
    assert len({label for label in expected}) >= 6  # the lines reach many of the answers


@pytest.mark.parametrize("site_words", [frozenset({"Mercury", "Herald"}), frozenset({"Selin"}), frozenset()])
def test_a_note_names_the_site_as_the_word_by_word_test_says(site_words):
    from analysis.corpus.page import _names_site, _unshouted

    notes = ["Reprints of MERCURY reports", "The Mercury welcomes letters", "mercury levels rose", "", "HERALD",
             "SELİN writes for us", "The HERALD-MERCURY desk", "Herald", "MeRcUrY", "Write to the Harbour Gazette"]
    expected = [any(word in site_words or _unshouted(word) in site_words for word in layout.words(note))
                for note in notes]
    assert [_names_site(note, site_words) for note in notes] == expected
    assert (True in expected) == bool(site_words)
