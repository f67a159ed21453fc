"""The end of ordinary news and opinion pages (prompts to the reader, link lists with their dates, author notes) and
their captions, on invented pages (fictional outlets and people)."""

from __future__ import annotations

import pytest

from analysis.corpus import layout
from tests.corpus.conftest import sections_by_text

PROSE = [
    "The county council voted on Tuesday to keep the night bus running through the winter, reversing a decision "
    "taken in the spring after drivers and shift workers collected more than four thousand signatures.",
    "Officials said the service would cost about a fifth more than budgeted, and that the difference would come "
    "from reserves rather than from fares, which are frozen until the next election at the earliest.",
    "The operator welcomed the vote but warned that it still needed six more drivers, and that some late journeys "
    "might be cancelled at short notice until the new recruits had finished their training in March.",
]
TITLE = "Night bus saved for the winter"


def _sections(*blocks: str, title: str = TITLE) -> dict[str, str]:
    return sections_by_text(*blocks, title=title)


@pytest.mark.parametrize("line, expected", [
    ("Your questions about the timetable", False),  # a heading, no finished line
    ("Join the conversation: tell us on our forum whether the night bus should run all year.", True),
    ("Are you a nurse on nights? Our health desk would like to hear from you.", True),
    ("Listen to the full programme on our app or on your smart speaker.", True),
    ("Questions for the panel? Text your name and town to 60123 or tweet @example_lateshow.", True),
    ("You get the service you pay for, and the council paid for very little.", False),  # everyone, not the reader
    ("Anna Berg: Tom, you have been on the buses thirty years. What changed?", False),  # a turn to the guest
    ("Thank you very much.", False),  # the closing turn of a speech
    ("Thanks, everyone, for coming out on such a wet evening.", False),
    ("The minister told the drivers that their petition had changed her mind.", False),
    ("\"You cannot run a city on buses that stop at ten,\" she said.", False),  # a quotation speaks to someone else
])
def test_a_reader_prompt_speaks_to_the_reader_outside_quotation_marks(line, expected):
    assert layout.is_reader_prompt(line) is expected


def test_a_prompt_to_the_reader_after_the_author_note_ends_the_article():
    note = ("Jane Roe has covered transport for the Example Courier since 2009 and is writing a book about the "
            "county's buses.")
    prompt = "Got a question about your route? Our transport desk answers readers' questions every Friday."
    sections = _sections(TITLE, "Jane Roe", "4 March 2014", *PROSE, note, prompt, "Topics", "Transport   Council")
    assert (sections[note], sections[prompt]) == ("byline", "boilerplate")


def test_linked_questions_and_a_relative_update_time_under_a_list_heading_are_links():
    links = ["More on this story", "Why do night buses cost more to run?", "3 March 2014",
             "Drivers vote to accept the new rota", "Updated 5 minutes ago", "What do the night buses cost the county?"]
    sections = _sections(TITLE, "By Jane Roe", "4 March 2014", *PROSE, *links, "Terms of Use   Privacy   Cookies")
    assert [sections[line] for line in links if not layout.is_date_line(line)] == ["boilerplate"] * 4


def test_a_short_closing_sentence_of_the_article_stays_in_it():
    closing = "The first bus leaves at midnight."
    sections = _sections(TITLE, "By Jane Roe", "4 March 2014", *PROSE, closing, "Share   Save")
    assert sections[closing] == "body"


@pytest.mark.parametrize("line, expected", [
    ("Jane Roe in Kyiv and John Doe in Moscow", True),
    ("Ann Lee in Port Selby, Tom Berg in Kestwick and Eva Holm in Oslo", True),
    ("Photographs by Jane Roe; words by John Doe", True),
    ("Example Evening News with agencies", True),
    ("Example Wire and news agencies", True),
    ("Jane Roe in Kyiv and John Doe in Moscow.", False),  # a finished sentence
    ("Ferries and buses in winter", False),  # no names
    ("Support and limits in Kestwick", False),
    ("Jane Roe", False),  # one name alone is a name line, not several credits
])
def test_a_names_line_holds_several_credits_or_a_newsroom_with_agencies(line, expected):
    assert layout.is_names_line(line) is expected


@pytest.mark.parametrize("byline", ["Jane Roe in Kestwick and John Doe in Port Selby",
                                    "Photographs by Ann Lee; words by Tom Berg",
                                    "Example Evening News with agencies"])
def test_a_names_line_under_the_headline_is_a_byline(byline):
    sections = _sections(TITLE, "The council changes its mind on the late service", byline, "4 March 2014", *PROSE)
    assert sections[byline] == "byline"


@pytest.mark.parametrize("line, expected", [
    ("Councillors leave the town hall after the vote. Jane Roe/Example Pictures", "caption"),
    ("Media caption, The last night bus pulls out of the depot", "caption"),
    ("Drivers queue for the depot gates at dawn © Jane Roe/Example Images", "caption"),
])
def test_a_caption_under_the_byline_is_a_caption(line, expected):
    sections = _sections(TITLE, "By Jane Roe", "4 March 2014", "Share   Save", line, *PROSE)
    assert sections[line] == expected


APPEAL = ("Every story on this site is written by a reporter who lives in the county, and each one is checked by "
          "an editor before it goes out to readers in the valley.")


@pytest.mark.parametrize("heading, box", [
    ("Topics", "Buses   Council   Kestwick   Transport"),
    ("Reuse this story", "This story is available under the Example Open Licence v2.0 for any purpose."),
])
def test_a_short_heading_over_a_tag_list_or_page_furniture_heads_that_box(heading, box):
    sections = _sections(TITLE, "By Jane Roe", "4 March 2014", *PROSE, heading, box, APPEAL)
    assert sections[heading] == "boilerplate"


@pytest.mark.parametrize("heading, below", [
    ("The late service", PROSE[2]),  # a crosshead over the article's prose
    ("B. Depots", "Depot | Buses | Drivers | Date opened"),  # a lettered part of a document over a table's header
])
def test_a_crosshead_or_a_lettered_heading_heads_no_box(heading, below):
    sections = _sections(TITLE, "By Jane Roe", "4 March 2014", PROSE[0], PROSE[1], heading, below, APPEAL)
    assert sections[heading] != "boilerplate"


def test_the_role_under_a_byline_stays_a_byline_over_a_labelled_caption():
    caption = "Image caption, The night bus at the depot before its last run of the spring"
    sections = _sections(TITLE, "4 March 2014", "Jane Roe", "Transport correspondent, Kestwick", caption, *PROSE)
    assert (sections["Transport correspondent, Kestwick"], sections[caption]) == ("byline", "caption")


COPYRIGHT_FOOT = "© 2021 Example County Press Ltd"


@pytest.mark.parametrize("note, expected", [
    # a closing note on the document itself, in no writer's voice, is the page's furniture
    ("This transcript is offered as a reading aid and may differ from the words as broadcast.", "boilerplate"),
    ("Diagrams in this document are explained in plain text for readers of the large-print copy.", "boilerplate"),
    ("Any questions on this guide? Write to the council's transport office.", "boilerplate"),
    # near misses: the writer's own closing line, a conclusion on a paper, no document named
    ("We will add to this post when the first winter timetable is printed.", "body"),
    ("This paper shows that a night service pays for itself within three winters.", "body"),
    ("The timetable is offered as a reading aid and may change at short notice.", "body"),
])
def test_a_closing_note_on_the_document_itself_is_boilerplate(note, expected):
    assert _sections(TITLE, *PROSE, note, COPYRIGHT_FOOT)[note] == expected


def test_a_paragraph_of_prose_that_names_the_document_stays_in_the_body():
    paragraph = ("This article follows the night bus from the depot to the last stop on the estate, where the driver "
                 "turns the engine off for ten minutes and the only passenger left, a cleaner on her way to the "
                 "hospital, tells him about the winter the service stopped and she walked the three miles home; the "
                 "council's own figures, published in the autumn, show how many of her neighbours did the same.")
    assert _sections(TITLE, PROSE[0], paragraph, *PROSE[1:], COPYRIGHT_FOOT)[paragraph] == "body"


@pytest.mark.parametrize("note, expected", [
    # a notice on the document set between the article's paragraphs
    ("The council will answer this petition once it passes ten thousand signatures.", "boilerplate"),
    ("This transcript is prepared from the interpreter's channel and is not the official record.", "boilerplate"),
    ("A note on style: this transcript keeps the speakers' own words and pauses.", "boilerplate"),
    # near misses: a source's quoted words, a speaker's turn, the writer's voice, a paper's argument
    ("“The night bus is the only way home,” a driver told this page last week.", "body"),
    ("ANNA BERG, Drivers' Union: Every line of this document was written by the operator.", "body"),
    ("We asked the council about this story on Monday and have not heard back.", "body"),
    ("This paper asked the council on Monday why the service had been cut.", "body"),
    # near misses: the document named after the sentence's subject, or by a noun the news uses of its own matters
    ("Russia has denied this version of events.", "body"),
    ("The Kremlin has never seen this document, a spokesman insisted.", "body"),
    ("The drivers handed this document to the council on Friday.", "body"),
    ("This record of the cancelled journeys was kept by one driver for three winters.", "body"),
])
def test_a_note_on_the_document_between_paragraphs_is_boilerplate(note, expected):
    assert _sections(TITLE, PROSE[0], note, *PROSE[1:], COPYRIGHT_FOOT)[note] == expected


@pytest.mark.parametrize("note", [
    "This email was never meant for the public, the driver said.",  # reported speech
    "“This page is the whole record,” the driver wrote.",  # quoted words
])
def test_a_last_paragraph_of_speech_that_names_a_document_stays_in_the_body(note):
    assert _sections(TITLE, *PROSE, note, COPYRIGHT_FOOT)[note] == "body"
