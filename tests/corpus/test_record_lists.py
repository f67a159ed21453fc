"""Lists of records on pages written for these tests (fictional sites, councils and people): search results,
registers and live blogs print each item as a short title over its meta line (a source and its time, a credit, a
timestamp), and the titles are the text they head, never the header's furniture; an article's own headline and a
pair or two of cards, a run of labelled fields and crossheads the page reads as body are left as they are."""

from __future__ import annotations

import pytest

from analysis.corpus.sections import iter_blocks

PROSE = ("Crews and the operator met for six hours on Tuesday at the conciliation service, and both sides said "
         "afterwards that the talks had gone further than any meeting since the strike began in the first week.")
SEARCH_TITLES = ("Ferry crews vote to walk out over night shifts",
                 "Council offers extra funding to end the harbour dispute",
                 "Islanders turn to the mail boat as crossings stop")
SEARCH_PAGE = ["Wayfinder News", "Home   Latest   Local   Sport   Sign in", "Top stories",
               SEARCH_TITLES[0], "The Harbour Gazette · 2 days ago",
               SEARCH_TITLES[1], "Kestwick Evening Post · 5 hours ago",
               SEARCH_TITLES[2], "Northshore Radio · 1 day ago",
               "Results",
               "What the ferry strike means for island schools", "The Harbour Gazette · 3 days ago", PROSE,
               "Pilots on the night crossing say the rota was never safe", "Northshore Radio · 4 days ago", PROSE,
               "1   2   3   Next ›", "© 2025 Wayfinder Ltd"]
REGISTER_TITLES = ("Ferries: night crossings", "Ferries: engineers and their pay", "Harbour: winter berths")


def _labels(blocks: list[str], *, title: str) -> dict[str, tuple[str, str]]:
    text = "\n\n".join(blocks) + "\n"
    return {block.text: (block.section, block.reason) for block in iter_blocks(text, title=title)}


def _register(titles: tuple[str, ...]) -> list[str]:
    page = ["ISLAND COUNCIL", "Written questions"]
    for number, (heading, asker) in enumerate(zip(titles, ("Jane Roe", "Mary Major", "John Doe")), start=4):
        page += [f"Q 10{number}/25 · Tabled {number} March 2025 · Answered 1{number} March 2025", heading,
                 f"Asked by {asker} (Harbour ward) · Tabled {number} March 2025", PROSE]
    return page + ["© Island Council 2025"]


@pytest.mark.parametrize("heading", SEARCH_TITLES[1:])
def test_a_search_result_s_title_over_its_source_and_time_is_body_like_the_other_results(heading):
    labels = _labels(SEARCH_PAGE, title="ferry strike – Wayfinder search")
    assert labels[heading] == ("body", "layout:record-title")
    assert labels[SEARCH_TITLES[0]][0] == "headline"  # the first title-like line, with no registry title to match
    assert labels["The Harbour Gazette · 2 days ago"][0] == "byline"


@pytest.mark.parametrize("heading", REGISTER_TITLES)
def test_a_register_s_item_titles_over_their_credits_are_headlines(heading):
    labels = _labels(_register(REGISTER_TITLES), title="Written questions")
    assert labels[heading][0] in ("headline", "body")
    assert labels["Asked by Jane Roe (Harbour ward) · Tabled 4 March 2025"][0] == "byline"


def test_a_live_blog_s_first_post_title_over_its_timestamp_is_body_like_the_others():
    posts = ["Crews gather at the quay", "Operator says talks will resume", "Council calls for a deal by Friday"]
    page = ["Example Courier", "Ferry strike: live updates", PROSE]
    for post, stamp in zip(posts, ("10:42 GMT", "11:05 GMT", "11:31 GMT")):
        page += [post, stamp, PROSE]
    labels = _labels(page, title="Ferry strike: live updates")
    assert [labels[post][0] for post in posts] == ["body", "body", "body"]
    assert labels["10:42 GMT"][0] == "byline"


def test_an_article_s_headline_and_two_video_cards_make_no_list_of_records():
    cards = ["Crews at the quay: we want two engineers", "Inside the night crossing: a shift with the crew"]
    page = ["Example Courier", "Ferry talks resume after a week without crossings", "By Jane Roe and John Doe",
            "Updated 9:12 AM, Tue 4 March 2025", cards[0], "01:52 · Source: Example Courier", PROSE,
            cards[1], "03:07 · Source: Example Courier", PROSE]
    labels = _labels(page, title="Ferry talks resume after a week without crossings")
    assert all(reason != "layout:record-title" for _, reason in labels.values())
    assert labels["Ferry talks resume after a week without crossings"] == ("headline", "title")


def test_a_run_of_labelled_fields_each_over_the_next_is_no_list_of_records():
    fields = ["Project: Night Crossings And Their Crews", "Programme: Island Transport And Public Services",
              "Theme: Harbour Labour And Working Hours", "Duration: 12 months · Start: 1 May 2025"]
    page = ["Example Trust", "Grant application: a study of the night crossing", *fields, PROSE]
    labels = _labels(page, title="Grant application: a study of the night crossing")
    assert all(labels[field][1] != "layout:record-title" for field in fields)


def test_numbered_points_and_question_turns_in_the_body_stay_body():
    points = ["1. Two engineers on every night crossing", "2. A rota agreed with the crews",
              "3. A review of the contract in the spring"]
    page = ["Example Courier", "What the crews want", PROSE, PROSE.replace("Tuesday", "Monday")]
    for point in points:
        page += [point, "Posted 4 March 2025 · Jane Roe", PROSE]
    labels = _labels(page, title="What the crews want")
    assert [labels[point][0] for point in points] == ["body", "body", "body"]


@pytest.mark.xfail(strict=True, reason="a register's titles in title case after a label ('Ferries: Night Crossings') "
                                       "read as a label and names (`is_label_credit`), so they are no record titles "
                                       "and stay bylines")
def test_a_register_s_titles_in_title_case_after_a_label_are_no_bylines():
    titles = ("Ferries: Night Crossings", "Ferries: Engineers And Pay", "Harbour: Winter Berths")
    labels = _labels(_register(titles), title="Written questions")
    assert all(labels[heading][0] != "byline" for heading in titles)


QUOTED = ("“A harbour without a night boat is a harbour with a curfew, and every islander knows who keeps the key.”",
          "“Engineers are cheaper than empty ferries, and the council will learn that sum before the winter is out.”",
          "“The tide keeps its timetable to the minute; the council has not kept one of its own in twenty years.”")
SOURCES = ("Jane Roe (born 1961), island councillor, The Quay Letters (2014), ch. 3",
           "John Doe (born 1948), retired pilot, interview, Harbour Monthly, spring 2019",
           "Mary Major (born 1975), ferry campaigner, speech in Kestwick, 4 May 2021")


def _collection(pairs: list[tuple[str, str]]) -> list[str]:
    page = ["Example Dictionary of Island Quotations", "Ferries and harbours", "Theme entry · 3 quotations", PROSE]
    for quoted, source in pairs:
        page += [quoted, source]
    return page + [PROSE.replace("Tuesday", "Friday"), "© Example Reference 2025"]


@pytest.mark.parametrize("source", SOURCES)
def test_the_source_line_under_each_quotation_of_a_collection_is_a_reference(source):
    labels = _labels(_collection(list(zip(QUOTED, SOURCES))), title="Ferries and harbours")
    assert labels[source] == ("references", "layout:quotation-source")
    assert all(labels[quoted][0] == "body" for quoted in QUOTED)


def test_two_quotations_with_their_sources_make_no_collection():
    labels = _labels(_collection(list(zip(QUOTED, SOURCES))[:2]), title="Ferries and harbours")
    assert [labels[source][0] for source in SOURCES[:2]] == ["body", "body"]


@pytest.mark.parametrize("lines", [
    # a finished sentence of the text that names the speaker, a pull quote's dash, a line with no year
    tuple(f"{source}." for source in SOURCES),
    tuple(f"— {source}" for source in SOURCES),
    ("Jane Roe, island councillor, at the harbour meeting", "John Doe, retired pilot, on the quay at dawn",
     "Mary Major, ferry campaigner, in a speech in Kestwick"),
])
def test_lines_under_quotations_that_are_no_source_lines_are_no_references(lines):
    labels = _labels(_collection(list(zip(QUOTED, lines))), title="Ferries and harbours")
    assert all(labels[line][1] != "layout:quotation-source" for line in lines)


CHAT = ("00:02:41  quay_watcher: is the night boat running tonight?",
        "00:03:05  [MOD] tidetable_bot: Welcome in. Rule 2: no names of crew members.",
        "00:04:12  jroe42: the engineers' rota was the whole problem",
        "00:05:30  harbourkid: lol the council again")


def _replay(lines: tuple[str, ...]) -> list[str]:
    return ["Example Streams", "Ferry strike: what the crews want", "Streamed live on 4 March 2025 · 1:12:40", PROSE,
            PROSE.replace("Tuesday", "Friday"), "CHAT REPLAY · 214 messages", *lines, "Chat replay has ended."]


@pytest.mark.parametrize("line", CHAT)
def test_a_chat_replayed_beside_a_recording_is_comment(line):
    labels = _labels(_replay(CHAT), title="Ferry strike: what the crews want")
    assert labels[line] == ("comment", "layout:chat-line")


@pytest.mark.parametrize("lines", [
    # a transcript's turns spoken by names, a live blog's stamped entries, and two chat lines alone
    ("00:02:41  JANE ROE: The night boat is not running tonight, and we said so on Monday.",
     "00:03:05  JOHN DOE: The rota was agreed with the crews, and the council signed it.",
     "00:04:12  JANE ROE: Then the council can staff the boat itself, if it likes the rota."),
    ("10:42 Update: the operator says the night boat will not run tonight.",
     "11:05 Council: the chair will meet both sides on Friday morning.",
     "11:31 Union: the crews will hold a meeting at the quay at noon."),
    ("9:05 am: the operator says the night boat will not run tonight.",
     "9:40 a.m.: the chair will meet both sides on Friday morning.",
     "10:12 pm: the crews will hold a meeting at the quay at noon."),
    CHAT[:2],
])
def test_timed_lines_that_are_no_chat_stay_out_of_the_comments(lines):
    labels = _labels(_replay(lines), title="Ferry strike: what the crews want")
    assert all(labels[line][1] != "layout:chat-line" for line in lines)


def test_a_search_page_s_count_of_results_is_no_headline():
    """With no registry title on the page, the first title-like line is the headline only where it shares a word with
    the title; a search page's count of results shares none."""
    page = SEARCH_PAGE[:2] + ["About 2,300 results (0.21 seconds)"] + SEARCH_PAGE[2:]
    labels = _labels(page, title="ferry strike – Wayfinder search")
    assert labels["About 2,300 results (0.21 seconds)"][0] == "boilerplate"


def test_a_list_of_related_stories_after_the_article_is_no_list_of_records():
    related = ("Island schools close for a second week", "Night crossings: the pilots' view", "What the rota changed")
    page = ["Example Courier", "Ferry talks resume at the quay", "By Jane Roe", PROSE, PROSE.replace("Tuesday", "Friday"),
            "Related"]
    for title, writer in zip(related, ("By Mary Major", "By John Doe", "By Richard Roe")):
        page += [title, writer]
    labels = _labels(page, title="Ferry talks resume at the quay")
    assert all(labels[title][1] != "layout:record-title" and labels[title][0] != "headline" for title in related)


def test_lines_stamped_like_a_chat_but_spread_between_paragraphs_are_no_chat():
    page = ["Example Courier", "Ferry strike: live updates", PROSE]
    for stamp in ("10:42 update: the operator has left the quay.", "11:05 update: the chair has called both sides.",
                  "11:31 update: the crews will meet at noon."):
        page += [stamp, PROSE.replace("Tuesday", stamp[:5])]
    labels = _labels(page, title="Ferry strike: live updates")
    assert all(reason != "layout:chat-line" for _, reason in labels.values())
