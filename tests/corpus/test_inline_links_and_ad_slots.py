"""Furniture set between an article's paragraphs: a bare "READ:" link to another story and an advert's slot label,
on invented pages (fictional outlets and people)."""

from __future__ import annotations

import pytest

from tests.corpus.conftest import sections_by_text

TITLE = "Ferry crews vote to accept the new winter rota"
PROSE = [
    "Crews on the island ferries voted on Friday to accept a new winter rota, ending a dispute that had "
    "cancelled more than forty sailings since October and left two schools short of teachers for a week.",
    "The union said the deal gave its members two more rest days a month, while the operator said it would "
    "hire four deckhands before Christmas to cover the extra leave without cutting the timetable again.",
    "Passengers' groups welcomed the vote but asked the council to publish the cost of the rota, which they "
    "fear will be paid for by higher fares on the busier summer crossings next year.",
]


def _sections(line: str) -> dict[str, str]:
    return sections_by_text("THE ISLAND COURIER", TITLE, "By Mairi Sandvik", PROSE[0], line, *PROSE[1:],
                            "Contact   Privacy   Terms", title=TITLE)


@pytest.mark.parametrize("line, expected", [
    ("READ: Council to review ferry fares after summer complaints", "boilerplate"),
    ("Read: Why the night crossing was cut last winter", "boilerplate"),
    ("ALSO READ: Lifeboat crew honoured for a winter rescue", "boilerplate"),
    ("Advertising", "boilerplate"),
    ("Advertisement", "boilerplate"),
    # a crosshead that opens with the same letters is the article's
    ("Reading the small print", "body"),
    ("Advertising the new timetable", "body"),
])
def test_furniture_between_paragraphs_is_known_by_its_label(line, expected):
    assert _sections(line)[line] == expected
