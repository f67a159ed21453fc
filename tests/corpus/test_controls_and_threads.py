"""Buttons drawn with icons, chrome lines, the site's note on itself and comment threads after a form or a list, on
invented pages (fictional outlets and people)."""

from __future__ import annotations

import pytest

from analysis.corpus import layout
from analysis.corpus.sections import default_rules, label_blocks
from tests.corpus.conftest import sections_by_text

PROSE = [
    "The ferry company said on Monday that the winter timetable would keep two sailings a day, although the "
    "second vessel has been laid up since the spring and the crew rota still has gaps on weekends.",
    "Harbour traders have complained for years that the late crossing is the one that matters to them, and "
    "the council has asked the company twice to publish its figures for the evening route.",
    "A spokesman for the operator declined to say whether the second ship would return before the summer, "
    "but said the company remained committed to the island and to the people who depend on it.",
]
TITLE = "Island ferry keeps two sailings a day"


def _sections(*blocks: str, title: str = TITLE) -> dict[str, str]:
    return sections_by_text(*blocks, title=title)


@pytest.mark.parametrize("line, expected", [
    ("▶ Play the video", True),
    ("🎧 Listen to this episode", True),
    ("⬇ Download the timetable", True),
    ("← Older posts | Newer posts →", True),
    ("☰   Menu", True),
    ("▶ The council voted to keep the route open after a long debate.", False),  # a sentence, not a label
    ("Harbour fees: 4.2 ↑", False),  # a trend's arrow after the words
    ("Ann Lee 🌊", False),  # a name's emoji
    ("• Two sailings a day", False),  # a list's bullet
    ("✔ Two sailings a day", False),  # a checklist's mark
    ("■ Fares frozen", False),  # a square bullet
    ("© Jane Roe", False),  # a legal mark
    ("+44 1632 960 000", False),  # an ASCII symbol opening a phone number
    ("Play the video", False),  # no icon
])
def test_a_control_is_an_icon_before_a_short_label(line, expected):
    assert layout.is_control(line) is expected


@pytest.mark.parametrize("line, expected", [
    ("♡ 12   Reply", True),
    ("👍 3 · Reply · Report", True),
    ("12   Reply", False),  # a bare number is no button without its icon
])
def test_a_count_beside_an_icon_is_a_comment_button(line, expected):
    assert layout.is_comment_meta(line) is expected


@pytest.mark.parametrize("line, expected", [
    ("Morag K.   Mar 4", True),
    ("harbour_watcher · 2 Jun", True),
    ("Morag K.   Tuesday", False),
])
def test_a_comment_head_may_date_the_comment_without_its_year(line, expected):
    assert layout.is_comment_head(line) is expected


def test_icon_buttons_inside_the_article_are_boilerplate():
    sections = _sections(TITLE, "By Jane Roe", PROSE[0], "▶ Watch the crossing (1:30)", PROSE[1],
                         "🔈 Hear the skipper’s account", PROSE[2])
    assert sections["▶ Watch the crossing (1:30)"] == sections["🔈 Hear the skipper’s account"] == "boilerplate"
    assert all(sections[paragraph] == "body" for paragraph in PROSE)


def test_comments_after_a_comment_form_are_comments_and_the_footer_after_them_is_not():
    reply = "My grandmother took that late boat every Friday for thirty years, so I hope they keep it."
    second = "The second ship was always the unreliable one. Nobody will miss it."
    sections = _sections(
        TITLE, "By Jane Roe", *PROSE,
        "3 Comments",
        "Leave a Reply",
        "Your email address will not be published.",
        "islander_77", "March 4, 2019 at 9:12 am", reply, "Reply · Like (4)",
        "Peter D.", "March 4, 2019 at 10:40 am", second, "Reply · Like (1)",
        "© 2019 The Island Gazette · Log in",
        "The Island Gazette is printed in Port Selby",
    )
    for line in ("islander_77", reply, "Peter D.", second):
        assert sections[line] == "comment", line
    assert sections["The Island Gazette is printed in Port Selby"] == "boilerplate"


def test_a_comment_under_its_head_is_comment_whatever_its_words():
    reply = "Signed up to the newsletter after reading this. Worth every minute."
    sections = _sections(
        TITLE, "By Jane Roe", *PROSE,
        "2 Comments",
        "harbour_watcher", "May 3, 2021 at 8:02 pm", reply, "Reply | 2 likes",
    )
    assert sections[reply] == "comment"


def test_a_thread_opened_by_a_name_and_a_short_date_is_comment():
    reply = "The timetable has not changed in a decade, whatever the press release says about it."
    sections = _sections(
        TITLE, "Jane Roe", *PROSE,
        "Discussion about this post",
        "Morag K.   Mar 4", reply, "♡ 3   Reply",
    )
    assert sections["Morag K.   Mar 4"] == sections[reply] == "comment"
    assert sections[PROSE[-1]] == "body"


@pytest.mark.parametrize("line, expected", [
    ("Continue reading below", "boilerplate"),
    ("Filed under Harbours, Local politics", "boilerplate"),
    ("Show solution", "boilerplate"),
    ("Hide transcript", "boilerplate"),
    ("Filed under protest, the appeal was heard in May.", None),  # a sentence that opens with the words
    ("Show trials and their audiences", None),  # a crosshead
])
def test_page_chrome_words_on_a_line_of_their_own(line, expected):
    [(section, reason)] = label_blocks([line], [False], rules=default_rules())
    assert (section if reason.startswith("rule:") else None) == expected


@pytest.mark.parametrize("masthead, note", [
    ("The Island Gazette", "The Island Gazette is owned by its readers and printed in Port Selby."),
    ("KESTWICK COMMUNITY RADIO   Listen live", "Kestwick Community Radio, the town's volunteer station, is on air "
                                              "every day from seven."),
    ("HarbourLetter", "HarbourLetter is free to read. Paid members keep it that way."),
])
def test_a_paragraph_that_describes_the_site_named_in_the_masthead_is_its_note(masthead, note):
    sections = _sections(masthead, TITLE, "By Jane Roe", PROSE[0], note, PROSE[1], PROSE[2])
    assert sections[note] == "boilerplate"
    assert all(sections[paragraph] == "body" for paragraph in PROSE)


@pytest.mark.parametrize("masthead, paragraph", [
    ("The Island Gazette", "Reporters at the Island Gazette were told that the second ship would stay in port."),
    ("Opinion", "Opinion is divided on the island about whether the late crossing was ever worth the fuel it burned."),
    ("The Island Gazette", "The Island Gazette has learned that the operator asked for a larger subsidy last winter."),
    # news about the outlet: a future, progressive or reported predicate after 'is'
    ("The Island Gazette", "The Island Gazette is cutting its print days to two, the owners told staff on Friday."),
    ("KESTWICK COMMUNITY RADIO", "Kestwick Community Radio is expected to lose its licence at the end of the year."),
])
def test_the_site_named_in_the_article_in_other_roles_stays_in_the_article(masthead, paragraph):
    sections = _sections(masthead, TITLE, "By Jane Roe", PROSE[0], paragraph, PROSE[1])
    assert sections[paragraph] == "body"


def test_a_caption_whose_credit_follows_a_bar_is_a_caption():
    caption = "The second ferry laid up at the north quay in March. | Photo Credit: Jane Roe"
    sections = _sections(TITLE, "By Jane Roe", "Tue 4 Mar 2014 09.15 GMT", caption, *PROSE)
    assert sections[caption] == "caption"


def test_a_clock_time_between_the_turns_of_a_record_is_no_byline():
    sections = _sections(TITLE, "Councillor Roe: The late crossing must stay on the timetable this winter.",
                         "11.40 am", "Councillor Doe: The operator has told us that it cannot crew it every night.")
    assert sections["11.40 am"] != "byline"


@pytest.mark.xfail(strict=True, reason="notes numbered without a full stop ('1 The figure …') are no notes: only "
                                       "'1.', '[1]' and '¹' mark one (one batch only)")
def test_notes_numbered_without_a_full_stop_after_the_article_are_references():
    notes = ["1 The figure comes from the operator's annual report for 2019.", "2 Timetable of 4 March 2014, p. 2."]
    sections = _sections(TITLE, "By Jane Roe", *PROSE, "Share", *notes, "♡ 12   Reply")
    assert [sections[note] for note in notes] == ["references", "references"]


def test_a_news_story_about_the_site_named_in_the_masthead_stays_in_the_article():
    news = "The Island Gazette is to close after 140 years, its owners said on Monday."
    sections = _sections("The Island Gazette", TITLE, "By Jane Roe", PROSE[0], news, PROSE[1])
    assert sections[news] == "body"


def test_a_section_label_over_the_headline_is_no_site_name():
    paragraph = "Local news is struggling across the region, a report for the county council found."
    sections = _sections("Local news", TITLE, "By Jane Roe", PROSE[0], paragraph, PROSE[1])
    assert sections[paragraph] == "body"


def test_a_checklist_in_the_article_is_no_row_of_buttons():
    items = ["✔ Two sailings a day", "✔ A late boat on Fridays", "✘ The Sunday freight run"]
    sections = _sections(TITLE, "By Jane Roe", PROSE[0], "What the new timetable keeps:", *items, PROSE[1])
    assert [sections[item] for item in items] == ["body", "body", "body"]


def test_a_recent_posts_list_after_the_thread_stays_boilerplate():
    sections = _sections(
        TITLE, "By Jane Roe", *PROSE,
        "2 Comments",
        "islander_77", "March 4, 2019 at 9:12 am",
        "My grandmother took that late boat every Friday for thirty years, so I hope they keep it.",
        "Reply · Like (4)",
        "Recent posts", "Fares to rise", "March 9, 2019", "Harbour wall repaired", "March 2, 2019",
    )
    assert sections["Fares to rise"] == sections["Harbour wall repaired"] == "boilerplate"


@pytest.mark.parametrize("line, expected", [
    ("Sort by: Newest", True),
    ("Sort by", True),
    ("Sorted by: Most liked", True),
    ("Sorted by date, the strikes show a pattern that Moscow denies.", False),  # a sentence of prose
])
def test_a_thread_s_sort_order_is_chrome(line, expected):
    assert layout.is_chrome(line) is expected


@pytest.mark.parametrize("heading, items", [
    ("MORE OPINION", ("Leader | The harbour deserves a second ship", "Letter of the week | Why is the late boat late?")),
    ("Archive", ("► 2019 (14)", "▼ 2018 (22)")),
    ("Latest columns", ("Ferries and the price of diesel", "What the island wants from the council")),
])
def test_a_short_heading_over_two_link_items_ends_the_thread(heading, items):
    reply = "My grandmother took that late boat every Friday for thirty years, so I hope they keep it."
    sections = _sections(
        TITLE, "By Jane Roe", *PROSE,
        "2 Comments", "Sort by: Oldest",
        "islander_77 · March 4, 2019, 9:12 AM", reply, "Reply · Like",
        heading, *items,
    )
    assert [sections[line] for line in ("Sort by: Oldest", heading, *items)] == ["boilerplate"] * 4
    assert sections[reply] == "comment"


@pytest.mark.parametrize("blocks, short_comment", [
    (("islander_77 · March 4, 2019, 9:12 AM", "Agreed", "Reply · Like"), "Agreed"),  # buttons under it
    (("Peter D.", "March 4, 2019", "Spot on", "Morag K.", "March 5, 2019"), "Spot on"),  # the next writer's name
])
def test_a_short_comment_over_its_buttons_or_the_next_comment_stays_a_comment(blocks, short_comment):
    reply = "The second ship was always the unreliable one, and the council knew it when it signed the contract."
    sections = _sections(TITLE, "By Jane Roe", *PROSE, "3 Comments", *blocks, reply, "Reply · Like")
    assert sections[short_comment] == "comment"
