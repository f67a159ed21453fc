"""Block types decided from their shape and their neighbours (issue 14, part 4): notes set apart in brackets after an
article, captions closed by a credit, link lists of headlines and the writer's sign-off, on invented pages (fictional
outlets and people) in several registers."""

from __future__ import annotations

import pytest

from analysis.corpus import layout
from tests.corpus.conftest import sections_by_text

TITLE = "Harbour ferry fares to rise in spring"
PROSE = [
    "The harbour board agreed on Thursday to raise ferry fares by a tenth from April, the first rise in four years, "
    "after fuel and crew costs ran well ahead of what the timetable had been planned around.",
    "Commuters from the outer islands, who make up most of the morning traffic, will pay a little less than the rest "
    "under a season ticket the board promised to keep at last year's price until the summer.",
    "Board members said the alternative was to cut the last sailing of the evening, which carries few passengers "
    "but is the only way home for hospital staff who work late shifts on the mainland.",
]
FOOTER = "Terms of Use   Privacy   Cookies"


def _sections(*blocks: str, title: str = TITLE) -> dict[str, str]:
    return sections_by_text(*blocks, title=title)


@pytest.mark.parametrize("line, expected", [
    ("[Recording ends here. The full episode is for members.]", True),
    ("(This conversation has been shortened for print.)", True),
    ("(Reporting: Jane Roe in Kestwick (Example Wire). Editing: Tom Berg.)", True),
    ("(Leaked minutes, seen by the Example Courier)", True),
    ("The board met (briefly) on Thursday.", False),
    ("(The first sentence.) And the second one is outside.", False),
])
def test_a_block_wholly_in_brackets_is_set_apart(line, expected):
    assert layout.is_set_apart(line) is expected


@pytest.mark.parametrize("line, expected", [
    ("The board met on Thursday.", True),
    ("The vote was close (seven to six).", True),
    ("She said so herself (and meant it.)", True),
    ("jr/tb (Example Wire, Other Agency)", False),  # a desk's initials and its agencies
    ("Filed from Port Selby (with agencies)", False),
    ("(The board declined to comment.)", False),  # a note set apart
    ("Fares to rise in spring", False),
])
def test_a_sentence_is_finished_by_its_own_mark_not_by_a_closing_aside(line, expected):
    assert layout.finishes_sentence(line) is expected


@pytest.mark.parametrize("note", [
    "(This interview was shortened and lightly edited for clarity.)",
    "[End of the excerpt. Members can read the whole transcript on the website.]",
    "(Reporting: Jane Roe in Port Selby and John Doe in Kestwick. Editing: Ann Lee.)",
    "jr/tb (Example Wire, Island Press, Northern Agency)",
])
def test_a_note_in_brackets_after_the_last_paragraph_is_no_part_of_the_article(note):
    sections = _sections(TITLE, "By Jane Roe", "4 March 2014", *PROSE, note, "Share   Save", FOOTER)
    assert sections[note] in ("boilerplate", "byline")
    assert sections[PROSE[-1]] == "body"


def test_a_long_quotation_in_brackets_inside_the_article_stays_in_it():
    aside = ("(The board's own figures, published last month, show that the late sailing loses money on every night "
             "of the week except Friday, when the theatre crowd goes home across the water.)")
    sections = _sections(TITLE, "By Jane Roe", "4 March 2014", PROSE[0], aside, *PROSE[1:], FOOTER)
    assert sections[aside] == "body"
