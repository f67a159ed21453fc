"""A header's bar that names the writer beside their place or newsroom, or that gives the story's reading time, is a
byline; menus, share bars, a bar at the top of a page with no headline over it, and a body sentence naming a date and
a city stay what they were (invented pages: fictional harbour towns, writers and newsrooms)."""

from __future__ import annotations

import pytest

from analysis.corpus import page
from analysis.corpus.sections import iter_blocks
from tests.corpus.conftest import sections_by_text

TITLE = "Harbour board delays the north pier repairs again"
LEDE = ("The harbour board has put off the repairs to the north pier for a third winter, saying the engineers' survey "
        "came back with a bill twice the size of last year's estimate and no date for the work.")
SECOND = ("Fishing crews who land their catch at the pier say the weight limit has already cost them a season, and "
          "the ferry company has asked for a meeting with the board before the spring timetable is set.")
DATED_SENTENCE = "The board met in Kestwick on 3 May 2021 and voted to wait for a second survey."
QUOTATION = "“We cannot keep patching a pier that the sea is taking back,” the harbour master said."
AUTHOR_BOX = "Jane Roe · Kestwick"


@pytest.mark.parametrize("line, expected", [
    ("Jane Roe · Kestwick", True),
    ("Jane Roe | Harbour TV – Kestwick", True),
    ("Explainer · Harbours and ferries · 6 min read", True),
    ("Jane Roe · Share · Email", False),  # a share bar beside the name
    ("Hear it in French   Hear it in Kurdish", False),  # a menu's items split by gaps
    ("Harbour Programme | Ferry Programme", False),  # items alike, ending in one word: a menu of sections
    ("Harbour News · Ferries · Weather · Fishing · Jobs", False),  # a menu of more than three items
    ("Harbours › Ferries › Winter", False),  # a breadcrumb
    ("Weekend Magazine | The Long Read", False),  # a publication's section, title case like a name
    ("Middle East | Gulf", False),  # a region's menu
    ("Coastal Library · Book Clubs · Night Courses", False),  # a body's menu
    ("Kestwick Press Agency · English Desk", False),  # a newsroom's masthead
])
def test_name_bar_shape(line, expected):
    assert page._is_name_bar(line) is expected


def test_a_name_bar_under_the_headline_is_a_byline():
    sections = sections_by_text("Harbour Courier", TITLE, "Jane Roe | Harbour TV – Kestwick", "3 May 2021", LEDE,
                                SECOND, title=TITLE)
    assert sections["Jane Roe | Harbour TV – Kestwick"] == "byline"
    assert sections[LEDE] == "body"


def test_a_reading_time_bar_under_the_headline_is_a_byline():
    sections = sections_by_text("Harbour Courier", TITLE, "Explainer · Harbours and ferries · 6 min read", LEDE,
                                SECOND, title=TITLE)
    assert sections["Explainer · Harbours and ferries · 6 min read"] == "byline"


def test_a_share_bar_under_the_headline_stays_boilerplate():
    sections = sections_by_text("Harbour Courier", TITLE, "By Jane Roe", "Print · Share · Email", LEDE, SECOND,
                                title=TITLE)
    assert sections["Print · Share · Email"] == "boilerplate"


def test_a_bar_at_the_top_of_a_page_without_headline_is_no_byline():
    sections = sections_by_text("Harbour Notes · pad.harbour-notes.example/p/pier", LEDE, SECOND, title="Pier notes")
    assert sections["Harbour Notes · pad.harbour-notes.example/p/pier"] != "byline"


def test_body_sentences_and_an_author_box_at_the_end_are_left_alone():
    blocks = ["Harbour Courier", TITLE, "By Jane Roe", LEDE, DATED_SENTENCE, QUOTATION, SECOND, AUTHOR_BOX]
    labels = {block.text: (block.section, block.reason)
              for block in iter_blocks("\n\n".join(blocks) + "\n", title=TITLE)}
    assert labels[DATED_SENTENCE][0] == labels[QUOTATION][0] == labels[SECOND][0] == "body"
    assert labels[AUTHOR_BOX][1] != page.NAME_BAR  # the bar rule reads the header only, not the tail's author box


@pytest.mark.parametrize("line, expected", [
    ("Jane Roe (Author)", "byline"),
    ("John Doe (Translator)", "byline"),
    ("Harbour Dues (Revised)", "boilerplate"),  # a note in brackets that names no part in the work
])
def test_a_name_with_its_part_in_brackets_under_a_catalogue_headline(line, expected):
    title = "Harbour dues and the island economy"
    sections = sections_by_text("Island Library Catalogue", "BOOK", title, line,
                                "Port Selby : Harbour Press, 2021 · 212 pages", "Available at the Main Library",
                                title=title)
    assert sections[line] == expected


def test_a_title_case_menu_under_the_headline_is_no_byline():
    sections = sections_by_text("Harbour Courier", TITLE, "Weekend Magazine | The Long Read", "By Jane Roe", LEDE,
                                SECOND, title=TITLE)
    assert sections["Weekend Magazine | The Long Read"] == "boilerplate"
