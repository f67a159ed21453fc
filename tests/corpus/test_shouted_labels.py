"""Lines in capitals in a page's header: a name where a byline sits (under the standfirst, under chrome alone, over
a date), a label elsewhere; timecodes with a note of a sound; running heads of two words (a gap). Pages written for these tests (fictional outlets and people)."""

from __future__ import annotations

import pytest

from analysis.corpus import layout
from analysis.corpus.sections import iter_blocks

PROSE = [
    "The ferry company said on Tuesday that the winter timetable would keep two crossings a day, although the "
    "agreement with the port left several questions about fuel costs and crews unanswered.",
    "Harbour staff have rotated through the terminal since the strike ended, and analysts say the route "
    "matters less for what it carries than for the signal it sends to the islands and their councils.",
    "Councillors expect the question of the route to return when the budget talks resume in the spring, "
    "not least because the contract was written before the company lost its second vessel.",
]
TITLE = "The island ferry keeps its winter crossings"
STANDFIRST = "The operator has promised two sailings a day until March, but the contract behind them is running out."


def _reasons(text: str, title: str | None = TITLE) -> dict[str, tuple[str, str]]:
    return {block.text: (block.section, block.reason) for block in iter_blocks(text, title=title)}


def _page(*blocks: str) -> str:
    return "\n\n".join(blocks) + "\n"


SHARE_BAR = "Share   Print   Email"


@pytest.mark.parametrize("header, name", [
    ((STANDFIRST, "MARIT OLSEN", SHARE_BAR), "MARIT OLSEN"),  # right under the standfirst
    ((SHARE_BAR, "MARIT OLSEN", "Published 4 March 2019"), "MARIT OLSEN"),  # right over a date line
    ((STANDFIRST, "MARIT OLSEN AND PER HOLM", "TROMVIK AND BERGSET", SHARE_BAR), "TROMVIK AND BERGSET"),  # a run
])
def test_a_name_in_capitals_where_a_byline_sits_is_a_byline(header, name):
    text = _page(TITLE, *header, *PROSE)
    assert _reasons(text)[name][0] == "byline"


@pytest.mark.parametrize("label", ["FERRY TIMETABLE", "ROUTE MAP", "WINTER SAILINGS AND FARES"])
def test_a_line_in_capitals_away_from_the_byline_s_places_is_no_byline(label):
    text = _page(TITLE, STANDFIRST, "By Marit Olsen", SHARE_BAR, "Sign in", label, SHARE_BAR, *PROSE)
    assert _reasons(text)[label][0] != "byline"


@pytest.mark.parametrize("chrome", [
    ("Sign in",),
    ("Listen to this article",),
    ("Sign in", "Subscribe"),
    ("Log in", "Share   Print   Email"),
])
@pytest.mark.parametrize("below", [("Harbour correspondent", "4 March 2019"), ("Harbour correspondent",), (SHARE_BAR,)])
def test_a_name_in_capitals_under_the_standfirst_and_chrome_only_is_a_byline(chrome, below):
    text = _page(TITLE, STANDFIRST, *chrome, "MARIT OLSEN", *below, *PROSE)
    reasons = _reasons(text)
    assert reasons["MARIT OLSEN"] == ("byline", "layout:name")
    assert reasons[chrome[-1]][0] == "boilerplate"


@pytest.mark.parametrize("header", [
    ("By Per Holm", "Sign in"),  # chrome between a byline and the line: no byline's run nor chrome alone
    ("Sign in", "By Per Holm", "Listen to this article"),
])
def test_a_line_in_capitals_under_chrome_and_a_byline_is_no_byline(header):
    text = _page(TITLE, STANDFIRST, *header, "FERRY TIMETABLE", *PROSE)
    assert _reasons(text)["FERRY TIMETABLE"][0] != "byline"


@pytest.mark.parametrize("between", [
    ("Harbour correspondent",),
    ("Harbour desk",),
    ("Harbour correspondent", "Tromvik bureau"),
])
def test_a_name_in_capitals_over_its_role_and_a_date_is_a_byline(between):
    # far from the standfirst (a byline, a share bar and three chrome lines over it): only the date below places it
    text = _page(TITLE, STANDFIRST, "By Per Holm", SHARE_BAR, "Sign in", "Subscribe", "Listen to this article",
                 "MARIT OLSEN", *between, "4 March 2019", *PROSE)
    assert _reasons(text)["MARIT OLSEN"] == ("byline", "layout:name")


@pytest.mark.parametrize("between", [
    ("Sailings and fares for the winter",),  # no role nor desk: a label over a label
    ("Harbour correspondent", "Tromvik bureau", "Kestwick desk"),  # three lines: too far from the date
])
def test_a_line_in_capitals_over_other_lines_and_a_date_is_no_byline(between):
    text = _page(TITLE, STANDFIRST, "By Per Holm", SHARE_BAR, "Sign in", "Subscribe", "Listen to this article",
                 "FERRY TIMETABLE", *between, "4 March 2019", *PROSE)
    assert _reasons(text)["FERRY TIMETABLE"][0] != "byline"


@pytest.mark.parametrize("below", [
    ("By Per Holm", "4 March 2019"),  # a byline of its own between the label and the date is no role line
    ("By Per Holm", "Transport correspondent", "4 March 2019"),
])
@pytest.mark.parametrize("label", ["BREAKING NEWS", "GUEST COLUMN", "FERRY STRIKE"])
def test_a_label_in_capitals_over_a_byline_and_a_date_is_no_byline(label, below):
    # far from the standfirst (a byline, a share bar and three chrome lines over it): only the lines below could
    # place it
    text = _page(TITLE, STANDFIRST, "By Marit Olsen", SHARE_BAR, "Sign in", "Subscribe", "Listen to this article",
                 label, *below, *PROSE)
    assert _reasons(text)[label][0] != "byline"


@pytest.mark.xfail(strict=True, reason="a name in capitals under a court's \"Before\" (the judge) is a byline by the "
                                       "gold, but it is neither under the headline nor over a date: the gate reads it "
                                       "as a label")
def test_a_judge_s_name_in_capitals_under_before_is_a_byline():
    text = _page(TITLE, STANDFIRST, "Heard at Tromvik on 4 March 2019", "Before", "DISTRICT JUDGE HOLM", *PROSE)
    assert _reasons(text)["DISTRICT JUDGE HOLM"][0] == "byline"


@pytest.mark.parametrize("line, is_timecode", [
    ("[00:14:30]", True),
    ("[00:14:30] [music]", True),
    ("[01:02:03] [crosstalk]", True),
    ("(12:05) [laughter]", True),
    ("[00:14:30] [Music]", True),  # auto-captions capitalise the note
    ("[00:14:30] [Applause]", True),
    ("[00:14:30]  [music]", True),  # two spaces before the note
    ("[00:05:00] [crowd cheering]", True),
    ("[00:05:00] [upbeat music playing]", True),
    ("[00:14:30] [Marit speaks]", False),  # a note that names someone: not a sound alone
    ("[00:14:30] [marit olsen]", False),  # a speaker's tag, in any case
    ("[00:14:30] [anchor]", False),
    ("[00:14:30] [musicians]", False),
    ("[00:14:30] MARIT: We sail at six.", False),  # a turn of speech after the time
    ("[00:14:30] music", False),
])
def test_a_timecode_with_a_bracketed_sound_note_is_a_timecode(line, is_timecode):
    assert layout.is_timecode(line) is is_timecode


def test_timecodes_with_sound_notes_in_a_transcript_are_boilerplate_not_bylines():
    turns = ["MARIT OLSEN: Welcome back. With me is Per Holm, who runs the night crossing.",
             "PER HOLM: Thanks. Good to be here, even in this weather."]
    text = _page(TITLE, "[00:00:00] [music]", *turns, "[00:04:10] [crosstalk]", *PROSE)
    reasons = _reasons(text)
    assert reasons["[00:00:00] [music]"] == reasons["[00:04:10] [crosstalk]"] == ("boilerplate", "layout:timecode")


def _paged(head: str, times: int) -> str:
    blocks = [TITLE]
    for n in range(times):
        blocks += [head, PROSE[n % len(PROSE)] if n < len(PROSE) else PROSE[0].replace("Tuesday", f"day {n}")]
    return _page(*blocks, *PROSE[1:])


def _page_break_labels(head: str, times: int) -> list:
    from analysis.corpus.page import _label_page_breaks

    texts = [block.strip() for block in _paged(head, times).split("\n\n") if block.strip()]
    labels = [None] * len(texts)
    _label_page_breaks(texts, labels)
    return [label for text, label in zip(texts, labels) if text == head]


@pytest.mark.parametrize("head", ["Audience member", "Council leader", "The interviewer", "The mayor", "Home town",
                                  "Main pledge", "Our verdict", "Total cost", "Sail on"])
def test_a_two_word_line_repeated_in_the_content_is_no_running_head(head):
    # speaker labels, profile fields, a crosshead, a table's label, a song's refrain: the text's own lines
    assert not any(label == ("boilerplate", "layout:running-head") for label in _page_break_labels(head, 3))


def test_a_running_head_of_three_words_or_more_repeated_apart_is_a_running_head():
    assert all(label == ("boilerplate", "layout:running-head")
               for label in _page_break_labels("Board report of the ferry company", 3))


@pytest.mark.xfail(strict=True, reason="a PDF's running head of two words (\"Annual review\") repeated at each page "
                                       "break is read as content: its shape is that of a speaker label, a profile "
                                       "field, a crosshead or a refrain repeated in the text, and no page number "
                                       "beside it tells them apart")
def test_a_running_head_of_two_words_repeated_apart_is_a_running_head():
    assert all(label == ("boilerplate", "layout:running-head") for label in _page_break_labels("Annual review", 3))
