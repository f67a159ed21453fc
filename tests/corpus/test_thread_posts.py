"""Threads copied to text: the page owner's posts are its text, other users' posts its comments (`page._post_head`,
`page._label_thread_posts`), on invented pages (fictional platforms, users and places)."""

from __future__ import annotations

import pytest

from analysis.corpus import page
from analysis.corpus.sections import _rule_label, default_rules
from tests.corpus.conftest import sections_by_text

OPENING = ("The island council voted last night to close the north pier to lorries from March, which moves every "
           "delivery for the east villages onto the coast road and its single bridge.")
FOLLOW_UP = ("Two things the notice does not say: who pays to strengthen the bridge, and where the fish market goes, "
             "which cannot move its loading bay in a winter.")
OWNER_REPLY = "Good question. The notice says the harbour board, but the board says it has no budget line for it."
OTHER_REPLY = "Does anyone know whether the bridge was ever rated for lorries of that size when it was built?"
OTHER_LATER = "The ferry office told me the east villages were not consulted at all before the vote."
TITLE = "Closing the north pier: a thread"


@pytest.mark.parametrize("blocks, index, writer", [
    (["Jane Roe", "@jroe@isle.example", "Mar 3, 2021, 08:14 · Web"], 0, "jane roe"),
    (["↳ Tam Brodie", "@tbrodie@quay.example · Mar 3, 2021, 09:02"], 0, "tam brodie"),
    (["[+] harbourfox_7 (Admin) · 57 votes · 14h"], 0, "harbourfox_7"),
    (["Posted by u/jroe_42 · 3 Mar 2021 · Verified"], 0, "jroe_42"),
    (["Jane Roe · Pier warden", "5 Feb 2021 · Edited 6 Feb 2021"], 0, "jane roe"),
    (["Tam Brodie · 6 Feb 2021"], 0, "tam brodie"),
    (["Tam Brodie • 2nd", "Ferry engineer | Harbour board", "3d"], 0, "tam brodie"),
    (["▾ quaywalker · 12 points · 7h"], 0, "quaywalker"),
    # near misses: a clock time alone under a name is a schedule's slot, a labelled date a profile's field, an
    # outlet and its date under a headline a results list's item, a sentence no writer's name
    (["Isle Four", "21:00"], 0, None),
    (["Senior Member", "Joined: May 2012"], 0, None),
    (["Council closes north pier to lorries from March", "Isle Courier · 2 days ago"], 1, None),
    (["The pier closes in March · 2 days ago"], 0, None),
    (["Jane Roe", "The pier closes in March, the council said."], 0, None),
    # a post's buttons and counts, a word without its score beside it, a sentence between a name and a date
    (["Share · ♥ 16 · Reply"], 0, None),
    (["❤️ 12  😮 35", "Via Tide Table", "14.11.2022 06:40"], 0, None),
    (["▾ quaywalker · 5 hours ago"], 0, None),
    (["Tam Brodie", "He said the pier would close.", "3d"], 0, None),
])
def test_a_post_head_names_its_writer_beside_or_over_a_stamp(blocks, index, writer):
    assert page._post_head(blocks, index) == writer


def _thread(*, owner_replies: bool = True) -> dict[str, str]:
    blocks = [
        "isle.example · a server run by islanders", TITLE,
        "Jane Roe", "@jroe@isle.example", "Mar 3, 2021, 08:14 · Web", OPENING, "↩ 4   ↻ 12   ★ 30",
        "Jane Roe", "@jroe@isle.example", "Mar 3, 2021, 08:19 · Web", FOLLOW_UP, "↩ 2   ↻ 8   ★ 19",
        "▾ tbrodie · 14 votes · 4 hours ago", OTHER_REPLY, "reply   share   report",
    ]
    if owner_replies:
        blocks += ["[+] Jane Roe (Author) · 9 votes · 1h", OWNER_REPLY, "reply   share   report"]
    blocks += ["▾ morag_k · 3 votes · 50 minutes ago", OTHER_LATER, "reply   share   report"]
    return sections_by_text(*blocks, title=TITLE)


def test_the_owner_s_posts_are_the_text_and_other_users_posts_comments():
    sections = _thread(owner_replies=True)
    assert sections[OPENING] == sections[FOLLOW_UP] == sections[OWNER_REPLY] == "body"
    assert sections[OTHER_REPLY] == sections[OTHER_LATER] == "comment"
    assert sections["▾ tbrodie · 14 votes · 4 hours ago"] == "comment"
    assert sections["[+] Jane Roe (Author) · 9 votes · 1h"] == "byline"


def test_the_owner_s_reply_under_a_replies_heading_is_the_text():
    reply_head = "↳ Jane Roe"
    sections = sections_by_text(
        TITLE, "Jane Roe", "@jroe@isle.example", "Mar 3, 2021, 08:14", OPENING, "↩ 4   ↻ 12   ★ 30",
        "Replies",
        "↳ Tam Brodie", "@tbrodie@quay.example · Mar 3, 2021, 09:02", OTHER_REPLY, "↩ 1   ↻ 0   ★ 5",
        reply_head, "@jroe@isle.example · Mar 3, 2021, 09:20", OWNER_REPLY, "↩ 0   ↻ 2   ★ 9",
        title=TITLE)
    assert sections[OWNER_REPLY] == "body"
    assert sections[reply_head] == "byline"
    assert sections[OTHER_REPLY] == "comment"


def test_a_channel_s_later_posts_by_its_writer_are_no_comments():
    later = "The bridge inspectors arrived this morning and closed one lane while they measure the deck."
    sections = sections_by_text(
        "Pier Notes | Jane Roe", "Jane Roe", "03.03.2021 08:15", OPENING, "👁 5.1K", "👍 120  ❤️ 31",
        "Jane Roe", "04.03.2021 09:30", later, "👁 4.4K", "👍 98  🔥 12",
        title="Pier Notes | Jane Roe")
    assert sections[later] == sections[OPENING] == "body"


# near misses: a page whose writer heads one post only, and a news story with its byline and date, keep the
# article's paragraphs and its readers' comments as before
def test_a_thread_whose_owner_heads_one_post_only_is_left_as_it_was():
    sections = sections_by_text(
        TITLE, "Jane Roe", "@jroe@isle.example", "Mar 3, 2021, 08:14 · Web", OPENING, FOLLOW_UP,
        "▾ tbrodie · 14 votes · 4 hours ago", OTHER_REPLY, "reply   share   report",
        title=TITLE)
    assert sections[OPENING] == sections[FOLLOW_UP] == sections[OTHER_REPLY] == "body"


def test_a_results_list_of_headlines_over_their_outlets_stays_the_page_s():
    snippet = "The council said the north pier would close to lorries from March, after a report on the deck."
    sections = sections_by_text(
        "Search results", TITLE, "Isle Courier · 3 days ago", OPENING,
        "Council closes north pier to lorries", "Harbour Weekly · 2 days ago", snippet,
        "Ferry office says villages were not consulted", "Isle Courier · 1 day ago", FOLLOW_UP,
        title=TITLE)
    assert sections[snippet] == sections[FOLLOW_UP] == "body"


def test_a_news_story_with_a_byline_over_its_date_keeps_its_paragraphs_and_comments():
    comment = "Typical. Nobody on the east side was asked, as usual with this council."
    sections = sections_by_text(
        TITLE, "Jane Roe", "3 March 2021", OPENING, FOLLOW_UP,
        "2 Comments", "morag_k", "March 3, 2021 at 8:02 pm", comment, "Reply | 2 likes",
        title=TITLE)
    assert sections[OPENING] == sections[FOLLOW_UP] == "body"
    assert sections[comment] == "comment"


@pytest.mark.parametrize("line, expected", [
    ("[Show less]", "boilerplate"),
    ("[Show more]", "boilerplate"),
    ("Show less", "boilerplate"),
    # near misses: words of the post that open like the button, and a bracketed note that is no button
    ("Show less patience with the council and more with the harbour board.", "body"),
    ("[Show me the figures, and I will believe the council.]", "body"),
])
def test_a_post_s_fold_button_is_boilerplate_also_in_brackets(line, expected):
    sections = sections_by_text(TITLE, "Jane Roe", OPENING, line, FOLLOW_UP, title=TITLE)
    assert sections[line] == expected


def test_a_live_blog_s_entries_under_names_and_dates_stay_the_story_s():
    # near miss: a news live blog heads each entry with its reporter and the day, as a thread heads its posts, but
    # shows no platform's signs (no handle, score, reply count, compact age, reply mark or comments heading)
    entries = [
        "Road crews began laying a second lane on the causeway at dawn, the works office confirmed by phone.",
        "Our reporter at the ferry slip counted eleven lorries waiting for the first crossing of the morning.",
        "The works office now expects the causeway to reopen to all traffic by the end of next week.",
        "Fishmongers at the market hall say takings have halved since the lorry ban began on Monday.",
    ]
    heads = ["Jane Roe · 3 March 2021", "Tam Brodie · 3 March 2021", "Jane Roe · 4 March 2021",
             "Ann Lee · 4 March 2021"]
    title = "Causeway works: live updates"
    sections = sections_by_text(title, *(block for pair in zip(heads, entries) for block in pair), title=title)
    assert [sections[head] for head in heads] == ["byline"] * 4
    assert [sections[entry] for entry in entries] == ["body"] * 4


@pytest.mark.parametrize("line, button", [
    ("[Show less]", True),
    ("Share", True),
    # near misses: a bracket on one side only is no pasted button's pair
    ("[Show less", False),
    ("Advertisement]", False),
])
def test_a_button_s_brackets_come_in_pairs(line, button):
    label = _rule_label("[Show more]", default_rules())
    assert label is not None
    assert (_rule_label(line, default_rules()) == label) is button
