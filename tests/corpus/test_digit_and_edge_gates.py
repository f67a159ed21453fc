"""The page's tests that skip a pattern where the text lacks what every match holds (a digit for the date and time
patterns, a mark or a digit at an author's end, a digit at a running head's edge) give the patterns' answers, on
lines written for these tests and on random ones."""

from __future__ import annotations

import random
import re
import sys

import pytest

from analysis.corpus import layout, page
from analysis.corpus.layout import AUTHOR_MARK, DATE, DIGIT, FULL_DATE, TIME, _may_end_marked
from analysis.corpus.page import EDGE_NUMBER

LINES = [
    "", "\n", "Updated 3 May 2016", "May 2016", "Published: May 3, 2016, 9:14 am", "14:05 GMT", "3h ago",
    "2 days ago", "2016-05-03", "03/05/2016", "3.5.2016", "Tuesday", "May", "at noon", "Jane Roe¹", "Jane Roe*",
    "Jane Roe (1)", "Jane Roe 1,2", "Jane Roe\n", "Jane Roe 2\n", "Jane Roe ٣", "Jane Roe³\n", "Jane Roe†",
    "12 Harbour Notes", "Harbour Notes 12", "Harbour Notes 12\n", "Harbour Notes\n12", "٣ Harbour Notes",
    "Harbour Notes ١٢", "Harbour 12 Notes", "12", "12\n\n", "Notes 12\n\n", "the ferry left at dawn", "٣ May ٢٠١٦",
    "١٤:٠٥",  # digits of another script are digits to `\d`
]
PIECES = ["a", "May", " ", "\n", "1", "12", "٣", "¹", "²", ",", "*", "†", "(", ")", ":", ".", "-", "am", "GMT", "ago",
          "h", "İ", "ſ"]


def _random_lines(count: int) -> list[str]:
    rng = random.Random(37)
    return LINES + ["".join(rng.choice(PIECES) for _ in range(rng.randint(0, 8))) for _ in range(count)]


@pytest.mark.parametrize("pattern", [DATE, FULL_DATE, TIME])
def test_every_date_and_time_match_holds_a_digit(pattern):
    for line in _random_lines(5_000):
        if DIGIT.search(line) is None:
            assert pattern.search(line) is None, line


def test_a_date_line_is_found_as_without_the_digit_test():
    def full(text):  # `is_date_line` before the digit test
        if len(text) > layout.DATE_LINE_MAX_CHARS or not (DATE.search(text) or TIME.search(text)):
            return False
        rest = layout.DATE_LINE_WORDS.sub(" ", TIME.sub(" ", DATE.sub(" ", text)))
        return len(layout.words(rest)) <= layout.DATE_LINE_MAX_OTHER_WORDS

    lines = _random_lines(3_000)
    answers = [layout.is_date_line.__wrapped__(line) for line in lines]
    assert answers == [full(line) for line in lines]
    assert True in answers and False in answers


def test_an_author_mark_is_looked_for_only_where_one_may_end():
    found = 0
    for line in _random_lines(5_000):
        if AUTHOR_MARK.search(line) is not None:
            assert _may_end_marked(line), line
            found += 1
    assert found and not _may_end_marked("Jane Roe") and _may_end_marked("Jane Roe\n")


def test_an_edge_number_is_looked_for_only_where_a_digit_is_at_an_edge(monkeypatch):
    lines = _random_lines(5_000)
    asked = []

    class Counting:
        def findall(self, text):
            asked.append(text)
            return EDGE_NUMBER.findall(text)

    monkeypatch.setattr(page, "EDGE_NUMBER", Counting())
    page._numbered_running_heads(lines, [None] * len(lines))
    skipped = [line for line in lines if line not in asked and len(line) <= page.RUNNING_HEAD_MAX_CHARS]
    assert skipped and all(not EDGE_NUMBER.findall(line) for line in skipped)
    assert any(EDGE_NUMBER.findall(line) for line in asked)


def test_a_page_count_is_looked_for_only_in_a_line_ending_in_a_digit():
    lines = _random_lines(3_000) + ["Annual Review 2023 | 4 of 12", "REPORT 0042 002 OF 003", "Page 3 of 20 ",
                                    "DRAFT v0.4 – Page 2 of 3\n", "Page 3 of ٢٠", "Annual Review 2023 | 4 of ١٢", "one of the ferries", "4 of 12."]
    for line in lines:
        text = line.strip()
        full = layout.PAGE_NUMBER.match(text) is not None or (
            (" of " in text or " OF " in text) and layout.PAGE_COUNT.match(text) is not None)
        assert layout.is_page_number(line) is full, line
    assert layout.is_page_number("Annual Review 2023 | 4 of ١٢") and not layout.is_page_number("4 of 12.")


def test_a_notice_on_the_document_is_looked_for_only_where_this_may_stand():
    every = "".join(chr(code) for code in range(sys.maxunicode + 1) if not 0xD800 <= code <= 0xDFFF)
    for letter in "this":  # the letters the engine's case folding takes for each of 'this' are those the gate knows
        folded = set(re.findall(letter, every, re.IGNORECASE))
        assert folded <= {letter, letter.upper(), *page.THIS_FOLDS}, letter
    lines = _random_lines(2_000) + [
        "This article is checked against the tape.", "THIS PAGE is updated daily", "Thıs page is checked",
        "Every word in thiſ transcript", "In THİS post", "Ths article", "the thesis", "Tḧis page"]
    for line in lines:
        if page.NOTICE_ON_THE_DOCUMENT.search(line) is not None:
            assert page._may_say_this(line), line
    assert not page._may_say_this("Ths article") and page._may_say_this("Thıs page is checked")
    assert page.NOTICE_ON_THE_DOCUMENT.search("Thıs page is checked") is not None


COLON_LINES = ["JANE ROE: We stay.", "JANE ROE:We stay.", "JANE ROE :", "[12:40] JANE ROE: Yes.", "Summary: The vote was close.",
               "Summary:The vote", "Summary (draft): Roe, J. (2019) The port. Kestwick: Example Press.",
               "Roe, J. (2019) The port. Kestwick: Example Press.", "dc:creator: Jane Roe", "pubDate: Sat, 3 May 2014",
               "Tags:", "Tags:\n", "title", "Channel title: Harbour", "feed URL: x", "no colon at all", ":", ": "]
COLON_PIECES = ["JANE", "ROE", "Roe", "Summary", "dc", "title", " ", ":", ": ", ",", ".", "(", ")", "\n", "12", "J."]


@pytest.mark.parametrize(("gated", "full"), [
    (layout.is_speaker_turn, lambda text: layout.SPEAKER_TURN.match(text) is not None),
    (layout.is_labelled_line, lambda text: layout.LABELLED_LINE.match(text) is not None and not layout.is_turn(text)),
    (layout.is_bibliography_entry, lambda text: len(
        entry := text[label.end() - 1:] if (label := layout.LABELLED_LINE.match(text)) else text
    ) <= layout.CITATION_MAX_CHARS and layout.BIBLIOGRAPHY_ENTRY.match(entry) is not None),
])
def test_a_test_of_a_label_s_colon_answers_as_its_pattern(gated, full):
    rng = random.Random(41)
    lines = COLON_LINES + ["".join(rng.choice(COLON_PIECES) for _ in range(rng.randint(0, 7))) for _ in range(3_000)]
    answers = [gated(line) for line in lines]
    assert answers == [full(line) for line in lines]
    assert True in answers and False in answers


def test_a_metadata_key_needs_a_colon_and_a_label_alone_is_one():
    rng = random.Random(43)
    lines = COLON_LINES + ["".join(rng.choice(COLON_PIECES) for _ in range(rng.randint(0, 7))) for _ in range(3_000)]
    assert all(layout.METADATA_KEY.match(line) is None for line in lines if ":" not in line)
    assert layout.metadata_field("pubDate:") == ("pubdate", "boilerplate", "")
    assert layout.metadata_field("title:\n") == ("title", "headline", "")
    assert layout.metadata_field("title") is None


def test_a_person_entry_is_looked_for_only_where_a_separator_follows_a_name():
    rng = random.Random(47)
    pieces = ["Jane", "Roe", "Dr.", "(Ret.)", " ", ",", ", ", " – ", " — ", " - ", "–", "-", "Professor", "of", "\n"]
    lines = ["Jane Roe, Professor of History", "Dr. John Doe – Military analyst", "Jane Roe —Analyst", "Jane Roe,Analyst",
             "Jane Roe - x", "Jane Roe"] + ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
                                            for _ in range(3_000)]
    matched = 0
    for line in lines:
        if layout.PERSON_ENTRY.match(line) is not None:
            assert layout.may_be_person_entry(line), line
            matched += 1
    assert matched and not layout.may_be_person_entry("Jane Roe —Analyst")
    assert page._is_person_line("Dr Jane Roe, Keeper of Maps")


def test_a_menu_is_split_only_where_a_separator_stands():
    def full(text):  # `is_navigation` before the separator test
        if "\n" in text or len(text) > layout.NAV_MAX_CHARS or layout.is_part_heading(text):
            return False
        items = [item.strip() for item in layout.NAV_SEPARATOR.split(text) if item.strip()]
        return len(items) >= 2 and all(len(layout.words(item)) <= layout.NAV_ITEM_MAX_WORDS
                                       and not re.search(r"[.!?]$", item) for item in items)

    rng = random.Random(53)
    pieces = ["Home", "Europe", "Stop 4", " ", "  ", " | ", "|", " › ", " / ", "/", "\t", " · ", ".", "\n", "a b c"]
    lines = ["Home | Europe | Business", "Home  Europe", "Home/Europe", "Stop 4 · The harbour", "Home"] + [
        "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6))) for _ in range(3_000)]
    answers = [layout.is_navigation.__wrapped__(line) for line in lines]
    assert answers == [full(line) for line in lines]
    assert True in answers and False in answers
