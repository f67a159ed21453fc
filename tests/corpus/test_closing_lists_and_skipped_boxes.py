"""A list of points that closes the text, and a box a skip link names, on invented pages (fictional outlets and
people)."""

from __future__ import annotations

from tests.corpus.conftest import PROSE, TITLE, sections_by_text

POINTS = [
    "- [ ] AB – draft the letter to the operator on the autumn fares review – Fri 9 May",
    "- [x] CD – send the summer figures to all members before the meeting – done 2 May",
    "- [ ] EF – ask the yard for a date for the second boat's return to service – Tue 13 May",
]


def test_a_closing_list_of_action_points_stays_in_the_text():
    sections = sections_by_text(TITLE, "By Jane Roe", "4 May 2025", *PROSE, "Action points", *POINTS,
                                "© 2025 Example Harbour Board · Privacy · Contact", title=TITLE)
    assert [sections[line] for line in ["Action points", *POINTS]] == ["body"] * 4


def test_bulleted_links_under_a_related_heading_stay_in_the_tail():
    links = ["• Pier works to close the harbour road for a week",
             "• Why the second ferry keeps breaking down and who will pay for the repairs",
             "• Letters: the late crossing and the people who work nights on the island"]
    sections = sections_by_text(TITLE, "By Jane Roe", "4 May 2025", *PROSE, "Related", *links,
                                "© 2025 Example Harbour Board · Privacy · Contact", title=TITLE)
    assert [sections[line] for line in links] == ["boilerplate"] * 3


def test_a_box_that_a_skip_link_names_is_furniture_up_to_the_next_skip_link():
    box = ["Editor's pick", "Island council to vote on the harbour road closure"]
    sections = sections_by_text(TITLE, "By Jane Roe", "4 May 2025", *PROSE[:2], "Skip next section Editor's pick",
                                *box, "Skip next section More stories", PROSE[2], title=TITLE)
    assert [sections[line] for line in box] == ["boilerplate", "boilerplate"]
    assert sections[PROSE[2]] == "body"


def test_a_skip_link_over_a_line_it_does_not_name_leaves_the_text_alone():
    crosshead = "What the crews say"
    sections = sections_by_text(TITLE, "By Jane Roe", "4 May 2025", *PROSE[:2], "Skip next section Most watched",
                                crosshead, PROSE[2], title=TITLE)
    assert (sections[crosshead], sections[PROSE[2]]) == ("body", "body")


def test_a_named_heading_without_a_second_skip_link_is_furniture_alone():
    heading = "Top stories"
    sections = sections_by_text(TITLE, "By Jane Roe", "4 May 2025", *PROSE[:2], "Skip next section Top stories",
                                heading, PROSE[2], title=TITLE)
    assert (sections[heading], sections[PROSE[2]]) == ("boilerplate", "body")


def test_a_short_question_over_the_first_paragraph_heads_the_text():
    caption = "[Photo: The new pier at low tide. Picture: Example Images]"
    sections = sections_by_text(TITLE, "By Jane Roe", "4 May 2025", caption, "What is changing?", *PROSE, title=TITLE)
    assert sections["What is changing?"] == "body"


def test_a_short_question_right_under_the_byline_is_not_taken_for_a_crosshead():
    question = "Who decides?"
    sections = sections_by_text(TITLE, "4 May 2025", "By Jane Roe", question, *PROSE, title=TITLE)
    assert sections[question] != "body"


LINKS = ["• Pier works will close the harbour road for a whole week in June",
         "• Why the second ferry keeps breaking down and who will pay for it",
         "• Island council votes to keep the late crossing on winter weekends"]


def test_bulleted_links_under_a_heading_naming_other_stories_stay_in_the_tail():
    for heading in ["Top stories", "You might also like", "Latest from the Example Courier"]:
        sections = sections_by_text(TITLE, "By Jane Roe", "4 May 2025", *PROSE, heading, *LINKS,
                                    "© 2025 Example Harbour Board · Privacy · Contact", title=TITLE)
        assert [sections[line] for line in [heading, *LINKS]] == ["boilerplate"] * 4, heading


def test_a_menu_ending_on_a_crosshead_is_no_skip_link():
    crosshead = "What the crews say"
    sections = sections_by_text(TITLE, "By Jane Roe", "4 May 2025", PROSE[0], "Home · News · What the crews say",
                                crosshead, *PROSE[1:], title=TITLE)
    assert sections[crosshead] == "body"


def test_prose_between_two_skip_links_is_no_box_item():
    sections = sections_by_text(TITLE, "By Jane Roe", "4 May 2025", PROSE[0], "Skip next section Background",
                                "Background", *PROSE[1:], "Skip next section Comments", "Comments", title=TITLE)
    assert [sections[line] for line in PROSE[1:]] == ["body", "body"]


def test_a_short_question_in_the_sites_voice_is_no_crosshead():
    question = "Enjoying our coverage?"
    sections = sections_by_text(TITLE, "By Jane Roe", "4 May 2025", question, *PROSE, title=TITLE)
    assert sections[question] != "body"
