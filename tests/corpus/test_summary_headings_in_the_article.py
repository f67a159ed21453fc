"""A summary box's heading set inside the article, on invented pages (fictional outlets and people)."""

from __future__ import annotations

import pytest

from analysis.corpus.sections import iter_blocks
from tests.corpus.conftest import PROSE, TITLE

HEADER = [TITLE, "By Jane Roe", "4 March 2014"]
POINT = "• The early crossing moves back by half an hour from the first Monday of May."
CALL_PARAGRAPH = ("Members put three questions to the operator before the vote: the fares, the crews and what the "
                  "winter timetable would look like if the second boat stayed in the yard.")
# Short paragraphs of the article's own: a one-sentence paragraph, a short quote and a short question.
SHORT_PARAGRAPHS = ["Nobody voted against.", "“We will manage,” the skipper said.", "Will the fares rise?"]


def _reasons(*blocks: str) -> dict[str, tuple[str, str]]:
    text = "\n\n".join(blocks) + "\n"
    found = {block.text: (block.section, block.reason) for block in iter_blocks(text, title=TITLE)}
    assert list(found) == list(dict.fromkeys(blocks))
    return found


@pytest.mark.parametrize("heading", ["MAIN POINTS", "Key takeaways", "In brief", "Summary:", "KEY FINDINGS"])
@pytest.mark.parametrize("under", [CALL_PARAGRAPH, POINT])
def test_a_summary_box_heading_after_the_article_s_paragraphs_is_a_crosshead_of_the_body(heading, under):
    sections = _reasons(*HEADER, PROSE[0], PROSE[1], heading, under, PROSE[2])
    assert sections[heading] == ("body", "position:body")
    assert sections[under][0] == "body"
    assert [sections[paragraph][0] for paragraph in PROSE] == ["body"] * 3


@pytest.mark.parametrize("heading", ["Key points", "SUMMARY", "In brief"])
def test_a_summary_box_heading_over_the_article_s_first_paragraphs_still_heads_the_standfirst(heading):
    top = _reasons(*HEADER, heading, POINT, *PROSE)  # the box under the byline
    assert top[heading][0] == "standfirst"
    after_one = _reasons(*HEADER, PROSE[0], heading, POINT, PROSE[1], PROSE[2])  # one paragraph is not enough
    assert after_one[heading][0] == "standfirst"


# A first box's points long enough to read as the article's first paragraphs, bulleted and numbered.
LONG_POINTS = [
    ("• The early crossing moves back by half an hour from the first Monday of May, once the new pier is open.",
     "• The late crossing runs on Fridays and Saturdays only until the board has a full summer's figures."),
    ("1. The early crossing moves back by half an hour from the first Monday of May, once the new pier is open.",
     "2. The late crossing runs on Fridays and Saturdays only until the board has a full summer's figures."),
]
SHORT_POINTS = ["• Early boat later", "• Fares reviewed in autumn"]


@pytest.mark.parametrize("points", LONG_POINTS)
@pytest.mark.parametrize("first, second", [("At a glance", "Key findings"), ("What you will learn", "Key points")])
def test_a_second_summary_box_under_a_first_one_with_long_points_still_heads_the_standfirst(points, first, second):
    sections = _reasons(*HEADER, first, *points, second, *SHORT_POINTS, *PROSE)
    assert (sections[first][0], sections[second][0]) == ("standfirst", "standfirst")
    assert [sections[paragraph][0] for paragraph in PROSE] == ["body"] * 3


@pytest.mark.parametrize("heading", ["MAIN POINTS", "In brief"])
def test_short_paragraphs_around_a_summary_heading_in_the_article_stay_body(heading):
    last = "The crossing reopens on Monday."
    sections = _reasons(*HEADER, PROSE[0], PROSE[1], heading, *SHORT_PARAGRAPHS, PROSE[2], last)
    assert [sections[paragraph][0] for paragraph in [*SHORT_PARAGRAPHS, last]] == ["body"] * 4


@pytest.mark.xfail(reason="a box of short points after the article's last paragraph (a long paragraph or a finished "
                          "sentence of twelve words or more) lies in the tail, which the body's labelling does not "
                          "reach: its heading keeps the standfirst rule's label and its points are tail boilerplate",
                   strict=True)
@pytest.mark.parametrize("points", [("• keep the early boat", "• review the fares"),
                                    ("The early boat moves.", "The fares are reviewed.")])
@pytest.mark.parametrize("sign_off", [(), ("Yours faithfully,", "Ada Quint")])
def test_a_summary_box_of_short_points_that_closes_the_article_is_body(points, sign_off):
    sections = _reasons(*HEADER, PROSE[0], PROSE[1], "Summary:", *points, *sign_off)
    assert [sections[block][0] for block in ("Summary:", *points)] == ["body"] * 3
