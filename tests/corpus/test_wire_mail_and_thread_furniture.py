"""Furniture that recurs across kinds of page, on invented pages (fictional outlets and people): a wire service's
version advisory, a printed page's jump lines, a thread's load-more buttons, a module's skip link, paywall and
inbox notices, a mail client's attribution line and a letter's closing formula, and author notes that give the
author's academic post without an article; each with near-misses of prose that keeps its section."""

from __future__ import annotations

import pytest

from tests.corpus.conftest import section_misses

TITLE = "Island ferry fares to rise by a tenth"
OPENING = [
    (TITLE, "headline"),
    ("By Jane Roe", "byline"),
]
STORY = [
    ("The harbour board voted on Tuesday to raise ferry fares by a tenth from April, the first rise in six years, "
     "after fuel and crew costs outran the subsidy the county pays for the island crossings.", "body"),
    ("Islanders who commute to the mainland said the rise would cost them more than a hundred pounds a year, and "
     "the parish council asked the board to keep a cheaper season ticket for schoolchildren and carers.", "body"),
    ("The board will publish the new timetable in March, when the winter sailings end and the second boat returns "
     "from its refit at the yard in Kestwick.", "body"),
]


def page_with(block: str, accepted: str, *, after: int) -> list[tuple[str, str]]:
    """Return the invented story with `block` set after its `after`-th paragraph (0: right under the byline)."""
    return OPENING + STORY[:after] + [(block, accepted)] + STORY[after:]


@pytest.mark.parametrize("block, accepted, after", [
    # a wire service's version advisories under the dateline
    ("(Updates with ministry comment in paragraphs 4-6)", "boilerplate|byline", 0),
    ("(Adds quotes from the port authority, background)", "boilerplate|byline", 0),
    ("(Corrects spelling of the harbour master's name in paragraph 2)", "boilerplate|byline", 1),
    # a printed page's jump lines, as digitised newspapers keep them
    ("Continued on Page B4", "boilerplate", 2),
    ("Continued from Page A1", "boilerplate", 1),
    ("CONTINUED ON PAGE 7", "boilerplate", 2),
    # a thread's buttons that load what it folds
    ("load more comments (38)", "boilerplate", 3),
    ("Show more replies", "boilerplate", 3),
    ("View all comments (1.2k)", "boilerplate", 3),
    # a link that skips a page's module, in front of the module's name
    ("Skip next section Most watched", "boilerplate", 2),
    # paywall and inbox notices
    ("Sorry, this piece needs a paid subscription to continue.", "boilerplate", 1),
    ("Member content: the full report is for paying subscribers only.", "boilerplate", 1),
    ("The Morning Ledger: the news of the day, in your inbox at seven.", "boilerplate", 3),
    ("Get our island bulletin delivered to your inbox every Friday", "boilerplate", 3),
])
def test_furniture_between_and_under_paragraphs_is_not_body(block, accepted, after):
    assert section_misses(TITLE, page_with(block, accepted, after=after)) == []


@pytest.mark.parametrize("block", [
    # brackets around a sentence of the story, not an advisory's verb
    "(The board later said the cheaper season ticket would stay for another year.)",
    # the verbs of a jump line inside a sentence of news
    "The talks continued on Page Street, outside the board's offices, until late on Tuesday evening.",
    # comments and subscriptions in a sentence of news
    "Islanders left more comments on the board's consultation than on any plan since the new pier was built.",
    "The council's own archive requires a subscription, which the parish says few households can afford.",
    # an inbox that is not the reader's
    "Officials said the complaints had filled their inboxes within an hour of the vote on Tuesday.",
    # prose that leads into a quotation, with no clock time nor address
    "On Monday the chair of the board wrote:",
    # a closing formula run into a sentence
    "Best wishes to the crews, the harbour master said, as the last winter sailing left the quay.",
    # a person who teaches, in a sentence of news that reports speech
    "Mary Lark teaches geography at the island college and said the rise would hit her students hardest.",
    "Tom Reed is Professor of Economics at Kestwick University, and told the board the subsidy was too small.",
])
def test_prose_that_looks_like_furniture_stays_body(block):
    assert section_misses(TITLE, page_with(block, "body", after=2)) == []


@pytest.mark.parametrize("block", [
    "On Tue, 3 May 2021 at 09:12, Jane Roe <jane.roe@example.org> wrote:",
    "> > On 2 May 2021, at 18:40, John Doe wrote:",
    "On Mon, 2 May 2021, John Doe <john.doe@example.net> wrote:",
])
def test_a_mail_clients_attribution_line_is_a_byline(block):
    page = [("Re: ferry fares", "headline"),
            ("Thanks, that helps. I will take it to the parish council on Thursday and report back.",
             "body|standfirst"),
            (block, "byline|boilerplate"),
            ("> Here is the board's note on the fares, in case you have not seen it yet.", "body|comment")]
    assert section_misses("Re: ferry fares", page) == []


@pytest.mark.parametrize("closing", ["Best,", "Kind regards,", "Yours sincerely,", "All best,", "Many thanks,"])
def test_a_letters_closing_formula_is_a_byline(closing):
    page = [("Ferry fares: a letter to the board", "headline"),
            ("Dear members of the board,", "body|boilerplate|byline"),
            ("The parish council asks you to keep the cheaper season ticket for schoolchildren and carers, who "
             "cross every day and cannot wait for the spring timetable.", "body"),
            (closing, "byline|boilerplate"),
            ("Jane Roe, clerk to the parish council", "byline|boilerplate")]
    assert section_misses("Ferry fares: a letter to the board", page) == []


@pytest.mark.parametrize("note", [
    "Jane Roe is Reader in Maritime History at Kestwick University.",
    "Jane Roe is Senior Lecturer in Politics at the Example Institute. Her book on island ferries appeared in 2019.",
    "John Doe is Professor of Island Economics at Exampleton College.",
    "About the author: Jane Roe is a historian of the islands and their ferries.",
])
def test_an_author_note_without_an_article_is_a_byline(note):
    assert section_misses(TITLE, OPENING + STORY + [(note, "byline|boilerplate")]) == []


@pytest.mark.xfail(strict=True, reason="a contributor's note that says only what the writer teaches at an unnamed "
                                       "university in a named place ('teaches … at a university in …') is read as "
                                       "the story's last paragraph: the writer's-note cue wants a named institution")
def test_a_note_on_what_the_writer_teaches_at_an_unnamed_university_is_a_byline():
    note = "Mira Quell teaches island geography at a university in Exampleton and writes on ferry routes."
    assert section_misses(TITLE, OPENING + STORY + [(note, "byline|boilerplate")]) == []


@pytest.mark.parametrize("credit", [
    "Minutes taken by John Doe. Draft circulated to members on 3 May; approved on 7 June.",
    "Summary by the Example Monitor islands desk. Translations by its staff.",
    "Classified By: Deputy Consul Jane Roe, under section 3 (c) of the island rules.",
    "Text by: KESTWICK RADIO",
])
def test_a_credit_for_the_minutes_the_summary_or_the_text_is_a_byline(credit):
    assert section_misses(TITLE, OPENING + [(credit, "byline|boilerplate")] + STORY) == []


@pytest.mark.parametrize("block, accepted", [
    # a messaging app's label over a forwarded post
    ("Forwarded from Harbour Watch", "byline|boilerplate"),
    # the clock time and date under an embedded social-media post
    ("7:05 PM · Jun 2, 2021", "boilerplate|byline"),
    ("10:41 a.m. · 14 Sept. 2022 from Kestwick, England", "boilerplate|byline"),
    # near-misses: a sentence that opens on the label's words, and a time in a sentence of news
    ("Forwarded from the harbour office, the letter asked islanders to keep off the quay.", "body"),
    ("At 7:05 PM on Jun 2, 2021, the last winter ferry left the quay with eleven passengers.", "body"),
])
def test_an_embedded_posts_label_and_footer_are_not_body(block, accepted):
    assert section_misses(TITLE, page_with(block, accepted, after=2)) == []
