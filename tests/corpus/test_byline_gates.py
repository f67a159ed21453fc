"""Lines that only look like bylines (an item's reference code read as a member's name, a chat message read as a date
line), and the real bylines of the same shape beside them, on invented pages (fictional councils, users and places)."""

from __future__ import annotations

import pytest

from analysis.corpus import layout
from tests.corpus.conftest import sections_by_text

QUESTION = ("To ask the Harbour Master what assessment she has made of the cost of keeping the north pier open to "
            "lorries through the winter months.")
ANSWER = ("The Harbour Board has asked its engineers for a survey of the pier, which will be published in the spring; "
          "until then the weight limit set last year stays in force.")


@pytest.mark.parametrize("line, expected", [
    ("Item KX-2021-0042", False), ("Report 2019", False), ("Agent 47", False),
    ("Jane Roe", True), ("Tam Brodie", True),
])
def test_a_line_with_figures_is_no_person_name(line, expected):
    assert layout.is_person_name(line) is expected


def test_an_item_code_over_its_subject_and_fields_is_no_member_profile():
    sections = sections_by_text(
        "Isle Council", "Written questions", "Item KX-2021-0042", "Harbours: winter timetable",
        "Asked by: Jane Roe (Harbour Party, Eastmere)", "Date tabled: 04.03.2021", QUESTION, ANSWER,
        title="Written questions")
    assert sections["Harbours: winter timetable"] != "byline"
    assert sections["Asked by: Jane Roe (Harbour Party, Eastmere)"] == "byline"


def test_a_member_named_like_a_person_over_a_rank_and_fields_is_still_a_profile():
    sections = sections_by_text(
        "Isle Forum", "Closing the north pier to lorries", "Tam Brodie", "Moderator", "Joined: May 2012",
        "Posts: 1,204", QUESTION, ANSWER, title="Closing the north pier to lorries")
    assert [sections[line] for line in ("Tam Brodie", "Moderator", "Joined: May 2012", "Posts: 1,204")] == ["byline"] * 4
