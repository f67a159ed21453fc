"""The end of a news page where a link list under a heading closed by a colon ("Read more:") sits between the
article's last paragraph and the writer's note and the site's note on itself, on invented pages (fictional outlets
and people)."""

from __future__ import annotations

import pytest

from analysis.corpus import page
from tests.corpus.conftest import sections_by_text

TITLE = "Island ferry fares frozen for another year"
MASTHEAD = "THE SOUNDER"
BYLINE = "By Petra Valdane · 12 May 2019"
PROSE = [
    "The harbour board agreed on Thursday to hold ferry fares at last year's level, after islanders packed the "
    "parish hall to argue that any rise would empty the outer islands of their last young families.",
    "The board's treasurer said the freeze would leave a gap of about ninety thousand pounds, to be covered by a "
    "smaller dredging programme and by delaying the purchase of a second relief vessel until 2021.",
    "Skippers on the northern route welcomed the decision but said the timetable, cut back two winters ago, still "
    "left some crofting townships without a crossing on three days of every week in January and February.",
]
LINKS = ["Read more:", "Harbour board drops plan to close the night crossing",
         "Why a relief ferry costs more than a new school"]
AUTHOR_NOTE = "Petra Valdane is The Sounder's islands reporter. Write to her at islands@sounder.example."
SITE_NOTE = "The Sounder is owned by its readers. Join them from £4 a month."
FOOTER = "Contact   Corrections   Privacy"


def _sections(*blocks: str) -> dict[str, str]:
    return sections_by_text(MASTHEAD, TITLE, BYLINE, *blocks, title=TITLE)


@pytest.mark.parametrize("heading", ["Read more:", "Related:", "Read more"])
def test_headlines_under_a_list_heading_closed_by_a_colon_or_not_are_links(heading):
    sections = _sections(*PROSE[:2], heading, *LINKS[1:], PROSE[2], FOOTER)
    assert [sections[line] for line in LINKS[1:]] == ["boilerplate", "boilerplate"]
    assert sections[PROSE[2]] == "body"


def test_the_writers_note_and_the_sites_note_under_the_links_are_no_article_paragraphs():
    sections = _sections(*PROSE, *LINKS, AUTHOR_NOTE, SITE_NOTE, FOOTER)
    assert (sections[AUTHOR_NOTE], sections[SITE_NOTE]) == ("byline", "boilerplate")


@pytest.mark.parametrize("paragraph", [
    # the article goes on under a list set between its paragraphs: a paragraph of prose is the article's
    "Islanders will have a further chance to speak at the board's open meeting in Kirkvaig on the first Monday of "
    "June, when the dredging programme is due to be approved.",
    # a short paragraph that quotes someone is news, even one that opens with a name ("Petra Valdane said")
    "Petra Valdane, no relation of this reporter, said: \"We will take the cheaper boat if it sails.\"",
    # someone the article never named who teaches at an institution, among the paragraphs: news, not a note
    "Oskar Brenlow teaches navigation at the Kirkvaig Nautical College.",
])
def test_a_paragraph_under_a_link_list_that_the_article_goes_on_after_stays_body(paragraph):
    closing = ("The board will review the fares again next spring, when the accounts for the first full year of "
               "the new timetable have been audited and published.")
    sections = _sections(*PROSE, *LINKS, paragraph, closing, FOOTER)
    assert (sections[paragraph], sections[closing]) == ("body", "body")


@pytest.mark.parametrize("masthead, named", [
    ("THE SOUNDER", True),  # one word, named with its article
    ("The Sounder   Sign in", True),
    ("Harbour Sounder", True),
    ("WORLD", False),  # a section's label, one word with no article
    ("Opinion", False),
])
def test_a_one_word_masthead_is_a_name_when_it_takes_the_article(masthead, named):
    texts = [masthead, TITLE]
    assert bool(page._site_names(texts, [None, None], 1)) is named


TIP_LINE = "HEARD SOMETHING? Ring the newsdesk on 01632 960 411 or write to tips@sounder.example"
MORE = ["MOST READ", "Lifeboat crew honoured for winter rescue", "Council to sell the old pier offices"]


@pytest.mark.parametrize("policy, tip_line", [
    ("Comments are subject to the house code, set out on the help page.", TIP_LINE),
    ("Comments will be moderated before they go live.", TIP_LINE),
    pytest.param("Comments are subject to the house code, set out on the help page.",
                 "HEARD SOMETHING? Ring the newsdesk on 01632 960 411",
                 marks=pytest.mark.xfail(strict=True, reason="a call for tips with a national telephone number and no "
                                                             "e-mail address is not read as a note about the page")),
])
def test_a_comment_policy_under_a_link_list_under_a_call_for_tips_closes_the_page(policy, tip_line):
    last_item = "Why the ferry timetable keeps changing"
    sections = _sections(*PROSE, AUTHOR_NOTE, tip_line, *MORE, last_item, policy, FOOTER)
    assert [sections[line] for line in (AUTHOR_NOTE, tip_line, last_item, policy)] == ["byline"] + ["boilerplate"] * 3


@pytest.mark.parametrize("line", [
    "Comments by the harbour master are subject to the board's approval, the treasurer said.",  # someone's comments
    "Her comments were reviewed by the board on Friday.",
])
def test_news_of_someones_comments_is_no_comment_policy(line):
    assert page.COMMENT_POLICY.search(line) is None


RELATED_LINKS = ["Read more", "Harbour board drops plan to close the night crossing",
                 "Explainer: how the relief ferry is paid for"]


@pytest.mark.parametrize("site_note", [
    "The Sounder has reported from the islands since 1921, in every weather the crossing allows. Our staff is nine.",
    "Sounder reporters have covered the islands since 1921, and we mean to go on covering them.",
    "The Sounder has reported from the islands since 1921. Our reporting depends on readers like you.",
])
def test_a_note_that_names_the_site_under_the_links_that_close_the_page_is_the_sites(site_note):
    sections = _sections(*PROSE, *RELATED_LINKS, site_note, "Become a member   Donate", FOOTER)
    assert [sections[line] for line in RELATED_LINKS[1:] + [site_note]] == ["boilerplate"] * 3


@pytest.mark.parametrize("closing", [
    "Crofters on the northern isles have reported since the spring that the crossing was often too rough for the "
    "smaller boat, and the board has promised them an answer in June.",
    # the outlet named in the third person only: the article's reporting
    "The Sounder has asked the board for its dredging figures and will publish them when they arrive.",
])
def test_a_closing_paragraph_under_links_between_the_articles_paragraphs_stays_body(closing):
    sections = _sections(*PROSE, *RELATED_LINKS, closing, "Become a member   Donate", FOOTER)
    assert sections[closing] == "body"


REVIEW_TITLE = "A harbour history that takes the long view"
REVIEW_PROSE = [
    "Mara Lindqvist's history of the northern harbours begins with the herring boom and ends with the last "
    "ferry strike, and for most of its length it wears its learning lightly, with a sailor's eye for weather.",
    "The chapters on the war years are the strongest, built from logbooks and the letters of harbour masters "
    "who were left to run the piers with boys and pensioners while the crews were away at sea.",
]
WORK_DETAILS = ["Harbours of the North\nby Mara Lindqvist", "Skerry Press, 312pp, £22"]


@pytest.mark.parametrize("writers_note", [
    "Oskar Brenlow lectures on seafaring at Kirkvaig University. His own book, on the lighthouse keepers "
    "of the western isles, came out last year.",
    "The writer is a former harbour master at Kessock Point, and has sailed the northern routes for thirty years.",
    "Oskar Brenlow has reviewed books on the sea for the Sounder since 2004, and sails a small boat out of Kirkvaig.",
])
def test_the_details_of_the_reviewed_work_over_the_writers_note_are_no_article_paragraphs(writers_note):
    sections = sections_by_text(MASTHEAD, REVIEW_TITLE, "By Oskar Brenlow", *REVIEW_PROSE, *WORK_DETAILS,
                                writers_note, FOOTER, title=REVIEW_TITLE)
    assert [sections[line] for line in WORK_DETAILS + [writers_note]] == ["boilerplate", "boilerplate", "byline"]


def test_a_closing_paragraph_that_quotes_a_lecturer_stays_the_articles():
    closing = "\"The piers will outlast us all,\" said Ilse Marrow, who teaches engineering at the University of Kirkvaig."
    sections = sections_by_text(MASTHEAD, REVIEW_TITLE, "By Oskar Brenlow", *REVIEW_PROSE, closing, FOOTER,
                                title=REVIEW_TITLE)
    assert (sections[REVIEW_PROSE[-1]], sections[closing]) == ("body", "body")
