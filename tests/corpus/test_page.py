"""Sections from the zones of a page, on pages written for these tests (fictional outlets and people)."""

from __future__ import annotations

import pytest

from analysis.corpus.sections import iter_blocks

PROSE = [
    "Officials in the capital said on Tuesday that the naval base would stay open for at least another decade, "
    "although the agreement signed last spring left several questions about funding and crews unanswered.",
    "The navy has rotated ships through the port since the early years of the war, and analysts say the "
    "facility matters less for what it holds than for the signal it sends to neighbours and rivals alike.",
    "Diplomats in the region expect the question of the base to return when the talks resume in the autumn, "
    "not least because the lease was written before the government lost control of the eastern provinces.",
    "For now the ministry insists that nothing has changed, and the ships that left in March were replaced "
    "within weeks by smaller vessels, which the port authority described as a routine rotation of crews.",
]
TITLE = "Moscow keeps its port, for now"


def _sections(text: str, title: str | None = None) -> dict[str, str]:
    return {block.text: block.section for block in iter_blocks(text, title=title)}


def _page(*blocks: str) -> str:
    return "\n\n".join(blocks) + "\n"


def test_masthead_navigation_headline_standfirst_byline_and_caption():
    text = _page(
        "The Example Courier",
        "Home | World | Business | Opinion",
        "World › Europe › Defence",
        "ANALYSIS",
        TITLE,
        "A lease signed in haste has outlived the war that made it necessary, and nobody in the capital "
        "wants to be the one to end it",
        "By Jane Roe and John Doe",
        "Tue 4 Mar 2014 09.15 GMT",
        "Share on Facebook",
        "A patrol boat in the harbour at dawn, seen from the old town.",
        "Photograph: J. Roe/Example Agency",
        *PROSE,
    )
    sections = _sections(text, TITLE)
    assert sections["The Example Courier"] == "boilerplate"
    assert sections["Home | World | Business | Opinion"] == "boilerplate"
    assert sections["World › Europe › Defence"] == "boilerplate"
    assert sections["ANALYSIS"] == "boilerplate"
    assert sections[TITLE] == "headline"
    assert [sections[block] for block in text.split("\n\n")[5:8]] == ["standfirst", "byline", "byline"]
    assert sections["Share on Facebook"] == "boilerplate"
    assert sections["A patrol boat in the harbour at dawn, seen from the old town."] == "caption"
    assert sections["Photograph: J. Roe/Example Agency"] == "caption"
    assert all(sections[paragraph] == "body" for paragraph in PROSE)


def test_without_a_title_the_headline_is_the_first_title_like_line_not_the_site_name():
    text = _page("The Example Courier", "Sign in   Subscribe", "Updated 2 hours ago", TITLE, *PROSE)
    sections = _sections(text)
    assert sections["The Example Courier"] == "boilerplate"
    assert sections["Updated 2 hours ago"] == "byline"
    assert sections[TITLE] == "headline"


def test_a_wire_dateline_paragraph_and_crossheads_are_body():
    lede = ("VIENNA, March 4 (Example Agency) – Negotiators from both sides met for four hours on Tuesday without "
            "agreeing on a timetable, officials said.")
    text = _page(TITLE, "By Jane Roe", "4 min read", lede, PROSE[0], "What the lease says", PROSE[1],
                 "The view from the harbour", PROSE[2], PROSE[3])
    sections = _sections(text, TITLE)
    assert sections["4 min read"] == "boilerplate"
    assert sections[lede] == "body"
    assert sections["What the lease says"] == sections["The view from the harbour"] == "body"


def test_interview_labels_and_speaker_turns_are_body():
    answer = "ROE: Then the ships go home, and the government loses the last reason anyone had to visit. "
    turns = ["Q: Why does the navy care about one harbour?",
             ("ROE: Because it is the only one it has in that sea, and everyone knows it. " * 3).strip(),
             "Q: And if the lease ends?",
             (answer * 3).strip()]
    text = _page(TITLE, *PROSE[:2], *turns, PROSE[2])
    sections = _sections(text, TITLE)
    assert all(sections[turn] == "body" for turn in turns)


def test_live_blog_timestamps_are_bylines_and_posts_are_body():
    text = _page(TITLE, "By Jane Roe", PROSE[0], "14:05 GMT", "Ministry confirms the lease", PROSE[1],
                 "Updated at 13.40 GMT", "Crews seen leaving the port", PROSE[2], PROSE[3])
    sections = _sections(text, TITLE)
    assert sections["14:05 GMT"] == sections["Updated at 13.40 GMT"] == "byline"
    assert sections["Ministry confirms the lease"] == sections["Crews seen leaving the port"] == "body"
    assert all(sections[paragraph] == "body" for paragraph in PROSE)


def test_comment_thread_names_timestamps_buttons_and_texts_are_comment():
    first = "I served on one of those ships and nobody on board ever thought we were there for the president."
    second = "Hard to believe the lease was ever about anything but the port itself."
    text = _page(
        TITLE, *PROSE,
        "Jane Roe is the Courier’s defence correspondent.",
        "Most read",
        "Harbour fees rise again",
        "The quiet end of a ferry line",
        "Comments (2)",
        "Sort by: Newest | Oldest",
        "old_salt_1987\n4 Mar 2014, 10:02\n" + first + "\nReply | Report | 31 likes",
        "    ↳ Replying to old_salt_1987\n    K. Lind\n    4 Mar 2014, 11:40\n"
        "    " + second + "\n    Reply | 2 likes",
        "Load more comments",
        "About us   Contact   Privacy",
        "© 2014 Example Courier Media",
    )
    sections = _sections(text, TITLE)
    assert sections[PROSE[-1]] == "body"
    assert sections["Jane Roe is the Courier’s defence correspondent."] == "byline"
    assert sections["Harbour fees rise again"] == sections["The quiet end of a ferry line"] == "boilerplate"
    for line in ("old_salt_1987", "4 Mar 2014, 10:02", first, "Reply | Report | 31 likes",
                 "↳ Replying to old_salt_1987", "K. Lind", second, "Reply | 2 likes"):
        assert sections[line] == "comment", line
    for line in ("Comments (2)", "Sort by: Newest | Oldest", "Load more comments", "About us   Contact   Privacy",
                 "© 2014 Example Courier Media"):
        assert sections[line] == "boilerplate", line


def test_footnotes_after_the_article_are_references():
    notes = ["[1] Ministry of Defence, annual report (2013), p. 4.",
             "[2] J. Roe, “The last harbour”, Example Review, 12 May 2012, https://example.org/harbour."]
    numbered = ["1. Doe, J. (2011). Ports and power. Example Press.",
                "2. Ibid., p. 17."]
    text = _page(TITLE, *PROSE, *notes)
    assert [_sections(text, TITLE)[note] for note in notes] == ["references", "references"]
    text = _page(TITLE, *PROSE, "Notes", *numbered)
    sections = _sections(text, TITLE)
    assert [sections[note] for note in ["Notes", *numbered]] == ["references"] * 3
    assert sections[PROSE[-1]] == "body"


def test_every_block_says_why_it_has_its_section():
    text = _page("The Example Courier", TITLE, "By Jane Roe", *PROSE, "Advertisement", PROSE[0] + " Again.",
                 "Home | Contact")
    reasons = {block.text: block.reason for block in iter_blocks(text, title=TITLE)}
    assert reasons["The Example Courier"] == "position:masthead"
    assert reasons[TITLE] == "title"
    assert reasons["By Jane Roe"].startswith("rule:")
    assert reasons[PROSE[0]] == "position:body"
    assert reasons["Home | Contact"] == "layout:navigation"
    overridden = list(iter_blocks(text, title=TITLE, overrides={1: "body"}))[0]
    assert (overridden.section, overridden.reason) == ("body", "override")


def test_a_name_under_the_headline_is_a_byline_and_a_repeated_title_is_boilerplate():
    text = _page(TITLE + " | The Example Courier", TITLE, "Jane Roe", "Monday 3 March 2014", *PROSE)
    sections = _sections(text, TITLE)
    assert sections[TITLE + " | The Example Courier"] == "headline"
    assert sections[TITLE] == "boilerplate"
    assert sections["Jane Roe"] == sections["Monday 3 March 2014"] == "byline"


def test_alt_text_caption_and_credit_lines_form_one_caption():
    caption = ("Harbour at dawn", "A patrol boat leaves the harbour at dawn on Monday.", "Example Agency/Getty Images")
    text = _page(TITLE, "By Jane Roe", PROSE[0], *caption, PROSE[1], "ADVERTISEMENT", PROSE[2], PROSE[3])
    sections = _sections(text, TITLE)
    assert [sections[line] for line in caption] == ["caption"] * 3
    assert sections["ADVERTISEMENT"] == "boilerplate"
    assert all(sections[paragraph] == "body" for paragraph in PROSE)


def test_a_reference_list_without_a_heading_and_blog_comments_with_says():
    references = ["Doe, John. 2011. Ports and Power. Example Press.",
                  "Roe, Jane (2013) The Last Harbour. Example Review."]
    comment = "The lease was always about the port, whatever the ministry says in public about friendship."
    text = _page(TITLE, *PROSE, *references, "Jane Roe says:", "March 5, 2014 at 9:12 am", comment, "Reply")
    sections = _sections(text, TITLE)
    assert [sections[entry] for entry in references] == ["references", "references"]
    assert [sections[line] for line in ("Jane Roe says:", "March 5, 2014 at 9:12 am", comment, "Reply")] == \
        ["comment"] * 4


def test_a_short_closing_paragraph_after_a_newsletter_box_is_body_but_promotion_is_not():
    closing = "The opposition said the delay was a way of avoiding the question, and promised to raise it again."
    promotion = "Get the best of our reporting on ships and ports in your inbox every week, from our editors."
    text = _page(TITLE, *PROSE, "Sign up to our morning briefing", "Sign up", closing, "Share on Facebook",
                 "Most popular", promotion)
    sections = _sections(text, TITLE)
    assert sections[closing] == "body"
    assert sections[promotion] == "boilerplate"


def test_the_role_under_a_name_is_a_byline():
    text = _page(TITLE, "Jane Roe", "Senior Fellow, Maritime Programme", "12 May 2016", *PROSE)
    assert _sections(text, TITLE)["Senior Fellow, Maritime Programme"] == "byline"


def test_the_title_in_a_link_list_after_the_article_is_not_the_headline():
    text = _page("Harbour lease: what happens next", *PROSE, "Read next", TITLE)
    sections = _sections(text, TITLE)
    assert all(sections[paragraph] == "body" for paragraph in PROSE)
    assert sections[TITLE] == "boilerplate"


def test_a_comments_crosshead_inside_the_article_does_not_open_a_comment_thread():
    text = _page(TITLE, PROSE[0], PROSE[1], "Comments", PROSE[2], PROSE[3], "Replies", PROSE[0] + " Still.")
    sections = _sections(text, TITLE)
    assert all(sections[paragraph] == "body" for paragraph in PROSE)
    assert sections[PROSE[0] + " Still."] == "body"


def test_live_blog_posts_with_share_buttons_are_not_comments():
    text = _page(TITLE, "By Jane Roe", PROSE[0], "Key update", "14:05 GMT", "Ministry confirms the lease", PROSE[1],
                 "Share", "Port quiet", "13:40 GMT", PROSE[2], "Share", PROSE[3])
    sections = _sections(text, TITLE)
    assert all(sections[paragraph] == "body" for paragraph in PROSE)
    assert sections["Share"] == "boilerplate"


def test_a_listicle_of_long_numbered_points_is_body():
    points = [f"{n}. {paragraph}" for n, paragraph in enumerate(PROSE, start=1)]
    text = _page(TITLE, "By Jane Roe", "Four reasons the lease survives, and one reason it may not.", *points[:2],
                 "Advertisement", *points[2:], "Most read", "1. Harbour fees rise again",
                 "2. The quiet end of a ferry line")
    sections = _sections(text, TITLE)
    assert all(sections[point] == "body" for point in points)
    assert sections["1. Harbour fees rise again"] == "boilerplate"


def test_when_every_paragraph_is_indented_indentation_does_not_mark_replies():
    indented = ["    " + paragraph for paragraph in PROSE]
    text = "\n\n".join([TITLE, *indented[:2], "Advertisement", *indented[2:], "Share on Facebook"]) + "\n"
    sections = _sections(text, TITLE)
    assert all(sections[paragraph] == "body" for paragraph in PROSE)


def test_tags_between_the_last_sentence_and_the_share_bar_are_boilerplate():
    closing = "The opposition said the delay was a way of avoiding the question, and promised to raise it again."
    text = _page(TITLE, *PROSE, closing, "Topics", "Navies", "Treaties", "Share on Facebook")
    sections = _sections(text, TITLE)
    assert sections[closing] == "body"
    assert [sections[tag] for tag in ("Topics", "Navies", "Treaties")] == ["boilerplate"] * 3


def test_credit_lines_in_the_header_are_bylines_not_the_first_paragraph():
    text = _page(TITLE, "Live coverage by Jane Roe (now) and John Doe (earlier)", "Rapporteur: Ann Lee",
                 "Briefing, 3 May 2016, Port Wendle and online", *PROSE)
    sections = _sections(text, TITLE)
    for line in ("Live coverage by Jane Roe (now) and John Doe (earlier)", "Rapporteur: Ann Lee",
                 "Briefing, 3 May 2016, Port Wendle and online"):
        assert sections[line] == "byline", line
    assert sections[PROSE[0]] == "body"


def test_notes_links_and_bars_in_the_header_are_not_the_first_paragraph():
    text = _page(TITLE, "Maritime Programme | Europe Programme", "By Jane Roe", "[Background paper: Ports 2016]",
                 "Download the full report (PDF, 40 pp.)", "Comments (12)", *PROSE)
    sections = _sections(text, TITLE)
    for line in ("Maritime Programme | Europe Programme", "[Background paper: Ports 2016]",
                 "Download the full report (PDF, 40 pp.)", "Comments (12)"):
        assert sections[line] == "boilerplate", line
    assert sections[PROSE[0]] == "body"


def test_a_salutation_over_the_first_paragraph_opens_the_body():
    text = _page(TITLE, "From the Office of the Harbour Board", "Madam Speaker,", *PROSE)
    assert _sections(text, TITLE)["Madam Speaker,"] == "body"


def test_an_author_box_heading_ends_the_article_above_its_notes_and_bio():
    notes = ["[1] Ministry of Defence, annual report (2013), p. 4.", "[2] Interviews with two port officials, 2014."]
    bio = ("Jane Roe is a Senior Fellow at the Example Institute, where she leads its programme on navies and ports. "
           "Before that she served as a naval officer and advised two port authorities on their leases.")
    text = _page(TITLE, *PROSE, "Notes", *notes, "About the author", bio)
    sections = _sections(text, TITLE)
    assert [sections[note] for note in notes] == ["references", "references"]
    assert sections["About the author"] == "boilerplate"  # the box's heading is furniture, as readers code it
    assert sections[bio] in ("byline", "boilerplate")
    assert sections[PROSE[-1]] == "body"


@pytest.mark.parametrize("heading, is_role", [
    ("About the translators", True),  # as the author box's rule in section_rules.csv reads it
    ("Written by", True),
    ("About the harbour", False),  # a box about no author
    ("Affiliations", False),
])
def test_the_short_line_under_an_author_box_heading_is_the_author_s_role(heading, is_role):
    role = "Senior Fellow, Maritime Programme"
    found = {block.text: (block.section, block.reason)
             for block in iter_blocks(_page(TITLE, *PROSE, heading, role), title=TITLE)}
    assert (found[role] == ("byline", "layout:author-role")) is is_role


def test_a_reference_list_ends_at_the_first_block_that_is_no_entry():
    text = _page(TITLE, *PROSE, "Sources", "Port authority, annual report, 2013",
                 "Seen a claim you think is wrong? Email us at checks@example.org.",
                 "More from the desk", "The harbour that nobody wanted", "The last ferry of the winter")
    sections = _sections(text, TITLE)
    assert sections["Port authority, annual report, 2013"] == "references"
    for line in ("Seen a claim you think is wrong? Email us at checks@example.org.",
                 "The harbour that nobody wanted", "The last ferry of the winter"):
        assert sections[line] == "boilerplate", line


def test_page_numbers_and_running_heads_of_a_copied_pdf_are_boilerplate():
    head = "EXAMPLE INSTITUTE — PORTS REVIEW 2016"
    text = _page(TITLE, "By Jane Roe", PROSE[0], "2", head, PROSE[1], "3", head, PROSE[2])
    blocks = list(iter_blocks(text, title=TITLE))
    assert [(block.text, block.section) for block in blocks if block.section != "body"] == [
        (TITLE, "headline"), ("By Jane Roe", "byline"), ("2", "boilerplate"), (head, "boilerplate"), ("3", "boilerplate"),
        (head, "boilerplate")]


@pytest.mark.parametrize(("heads", "kept"), [
    (["212 Harbour Debates 3 MAY 2016 213", "214 Harbour Debates 3 MAY 2016 215"],
     ["Harbour dues in 2015", "Harbour dues in 2016"]),
    (["PORTS REVIEW 6", "PORTS REVIEW 8", "PORTS REVIEW 9"], ["Council Resolution 2118", "Council Resolution 2254"]),
    (["4 Mar 2014 : Column 88", "4 Mar 2014 : Column 89"], ["Ferry Act, section 4", "Ferry Act, section 41"]),
    (["The Harbour Review 7", "The Harbour Review 8"], ["Harbour questions 2", "Harbour questions 1"]),
    (["The Harbour Review 2", "The Harbour Review 3"], ["Case study 1", "Case study 2"]),
])
def test_running_heads_that_differ_only_in_their_rising_page_number_are_boilerplate(heads, kept):
    text = _page(TITLE, "By Jane Roe", PROSE[0], kept[0], PROSE[1], heads[0], PROSE[2], kept[1], PROSE[3], *heads[1:])
    sections = _sections(text, TITLE)
    assert [sections[head] for head in heads] == ["boilerplate"] * len(heads)
    assert [sections[heading] for heading in kept] == ["body", "body"]


@pytest.mark.parametrize("note", [
    "3 Port authority, annual report, 2013.",
    "3 Interview with a harbour pilot, Kestwick, 4 May 2015.",
    "3 The figure counts only the ferries that sailed on time.",
])
def test_a_note_numbered_as_a_mark_glued_to_a_sentence_above_it_is_a_reference(note):
    figure = "3 Crews walked out on Tuesday, the union said, and the ferries stayed in port."
    first, third = PROSE[0].removesuffix(".") + ".1", PROSE[1].removesuffix(".") + ".”3"
    first_note = "1 Harbour board, minutes of the spring meeting, 2012."
    sections = _sections(_page(TITLE, "By Jane Roe", first, figure, third, first_note, note, PROSE[2], PROSE[3]), TITLE)
    assert (sections[note], sections[figure], sections[PROSE[2]]) == ("references", "body", "body")
    lone_mark = _sections(_page(TITLE, "By Jane Roe", PROSE[0], third, note, PROSE[2]), TITLE)
    assert lone_mark[note] == "body"  # one figure glued to a full stop is no series of notes counted from one


@pytest.mark.parametrize("crossheads", [
    ["Case study 3", "Case study 4", "Case study 5"],
    ["Polling district 3", "Polling district 4", "Polling district 6"],
    ["Siege of the port, day 3", "Siege of the port, day 4", "Siege of the port, day 5"],
])
def test_numbered_crossheads_in_sentence_case_are_no_running_heads(crossheads):
    text = _page(TITLE, "By Jane Roe", PROSE[0], crossheads[0], PROSE[1], crossheads[1], PROSE[2], crossheads[2],
                 PROSE[3])
    sections = _sections(text, TITLE)
    assert [sections[heading] for heading in crossheads] == ["body"] * 3


def _marked(paragraph: str, number: int) -> str:
    return paragraph.removesuffix(".") + f".{number}"


@pytest.mark.parametrize(("above", "numbered"), [
    # a report's numbered paragraphs among marks that run ahead of them
    ([_marked(PROSE[0], 1), _marked(PROSE[1], 2), _marked(PROSE[2], 3)],
     ["2 The committee heard that the crews had not been paid since May.", "3 Witnesses said the lease would last."]),
    # a numbered list's items, unfinished lines
    ([_marked(PROSE[0], 1), _marked(PROSE[1], 2), _marked(PROSE[2], 3)],
     ["1 Keep the harbour open to ferries", "2 Pay the crews on time", "3 Publish the lease"]),
    # a figure that opens a paragraph, under abbreviations' numbers ("No.1", "Sept.3"), no marks
    (["The port is the navy's No.1 asset, and the tally rose on Sept.3 after the strike on the quay."],
     ["3 Sailors were hurt in the strike, the ministry said, and one more died in hospital."]),
])
def test_numbered_paragraphs_and_items_out_of_the_notes_count_are_no_footnotes(above, numbered):
    note = "1 Port authority, annual report, 2013."
    text = _page(TITLE, "By Jane Roe", *above, *numbered, PROSE[3], note)
    sections = _sections(text, TITLE)
    assert [sections[block] for block in numbered] == ["body"] * len(numbered)
    assert sections[note] == ("references" if above[0].endswith(".1") else "body")


def test_a_page_without_a_headline_with_capitals_over_a_byline_is_cut_into_blocks():
    sections = _sections(_page("JANE ROE AND JOHN DOE", "By Jane Roe", *PROSE))
    assert [sections[paragraph] for paragraph in PROSE] == ["body"] * len(PROSE)


@pytest.mark.parametrize("authors", [
    "By CAPT. (RET.) JANE ROE",
    "JANE ROE AND JOHN DOE",
    "Jane Roe, Harbour Desk, with John Doe in Kestwick",
    "Kestwick newsroom, with our correspondent on the outer islands",
    "Kestwick bureau, with the Example Courier's reporters in the port",
    "KESTWICK – Example Courier with wires",
    "Example Courier staff and agencies",
])
def test_a_line_between_the_standfirst_and_the_date_is_the_byline(authors):
    standfirst = "The council kept the night ferry for one more winter, but nobody expects it to last beyond the spring"
    text = _page("The Example Courier", TITLE, standfirst, authors, "Tue 4 Mar 2014 09.15 GMT", *PROSE)
    sections = _sections(text, TITLE)
    assert (sections[standfirst], sections[authors], sections[PROSE[0]]) == ("standfirst", "byline", "body")


@pytest.mark.parametrize("standfirst, standfirst_section", [
    ("On 4 March 2014 the council voted to keep the night ferry. Islanders say the vote settled nothing, and the crews "
     "ask how long a ferry that loses money every winter can last", "standfirst"),
    ("Updated 4 March 2014, 09:15 GMT", "byline"),  # a short line of metadata with a date
])
def test_a_summary_that_names_a_date_and_closes_without_a_full_stop_is_the_standfirst(standfirst, standfirst_section):
    text = _page("The Example Courier", TITLE, standfirst, "Story: Jane Roe", "4 March 2014, 16:20", *PROSE)
    sections = _sections(text, TITLE)
    assert (sections[standfirst], sections[PROSE[0]]) == (standfirst_section, "body")


@pytest.mark.parametrize("line", [
    "Reporters were kept away from the Russian base at Hmeimim, officials say",
    "Turkey, a guarantor of the ceasefire, says the staff talks with Moscow went well",
    "Kremlin staff watch the talks with Assad in Sochi",  # staff who do something, not a newsroom's credit
    "Putin with reporters in Sochi after the talks with Assad",  # reporters who are none of the paper's
])
def test_a_sentence_about_reporters_between_the_standfirst_and_the_date_is_no_byline(line):
    standfirst = "The council kept the night ferry for one more winter, but nobody expects it to last beyond the spring"
    text = _page("The Example Courier", TITLE, standfirst, line, "Tue 4 Mar 2014 09.15 GMT", *PROSE)
    assert _sections(text, TITLE)[line] != "byline"


@pytest.mark.parametrize("summary, expected", [
    ("The two-part series has the crews, the officials and a man who sailed on the last night ferry. What it lacks "
     "is any sense of who pays", "standfirst"),
    ("Syria, Russia, Bashar al-Assad, Vladimir Putin, Turkey, Idlib, Hezbollah, Iran, Hmeimim, Tartus",
     "boilerplate"),  # a line of tags
])
def test_an_unfinished_summary_between_the_headline_s_metadata_and_the_byline_is_the_standfirst(summary, expected):
    text = _page("The Example Courier", TITLE, "★★★★☆", "Channel Four, Sunday, 9pm", summary, "Jane Roe",
                 "Mon 4 Mar 2014 06.00 GMT", *PROSE)
    sections = _sections(text, TITLE)
    assert (sections[summary], sections["Jane Roe"], sections[PROSE[0]]) == (expected, "byline", "body")


TABLE = ["Route | Sailings in 2013 | Sailings in 2014 | Change",
         "Kestwick – Port Selby | 412 | 380 | Fewer late boats",
         "Port Selby – the outer islands | 96 | 96 | No change",
         "Kestwick – the north quay (winter only) | 30 | 12 | Cut after the March vote"]


@pytest.mark.parametrize("after, expected", [
    ([PROSE[2], PROSE[3]], ["body", "body"]),  # a table between paragraphs
    (["Source: harbour office logbooks and the council's minutes for 2013 and 2014, as published on its site",
      "© 2014 Example Courier"], ["caption", "boilerplate"]),  # a table closing the article, with its source line
])
def test_rows_split_by_bars_with_figures_are_a_table_in_the_article_header_row_included(after, expected):
    text = _page(TITLE, "By Jane Roe", PROSE[0], PROSE[1], *TABLE, *after)
    sections = _sections(text, TITLE)
    assert [sections[block] for block in [*TABLE, *after]] == ["body"] * len(TABLE) + expected


@pytest.mark.parametrize("rows", [
    ["About us | Contact | Careers", "Privacy | Terms | Cookies", "Advertise | Newsletters | Archive"],  # menus
    ["Example Courier Ltd | Registered in England | No. 1234567", "Privacy | Terms | Cookies",
     "About us | Contact | Careers"],  # a footer with a company number
    ["Assad flies to Moscow for talks with Putin | 21 Oct 2015", "Russia begins strikes on rebels in Syria | 30 Sep 2015",
     "Turkey and Russia agree a zone in Idlib | 17 Sep 2018"],  # a dated link list
    ["Jane Roe, Partner, Kestwick | +44 20 0000 0001 | jroe@example.org",
     "John Doe, Counsel, Port Selby | +44 20 0000 0002 | jdoe@example.org",
     "Ann Lee, Associate, Kestwick | +44 20 0000 0003 | alee@example.org"],  # contacts
    ["News | Russia | Syria | Ukraine 2024", "Opinion | Letters | Editorials | Columns",
     "Sport | Football | Tennis | Formula 1"],  # a menu whose items hold numbers
    ["Latest updates", "12:05 | Idlib | Russian jets strike rebel positions near the city, activists say",
     "11:40 | Damascus | Assad meets the Russian envoy to discuss the talks",
     "10:15 | Ankara | Turkey calls for a ceasefire in the north-west"],  # links under a list's heading
])
def test_menus_and_contacts_split_by_bars_are_no_table(rows):
    text = _page(TITLE, "By Jane Roe", *PROSE, *rows)
    sections = _sections(text, TITLE)
    assert [sections[row] for row in rows] == ["boilerplate"] * len(rows)


def test_a_ticker_split_by_bars_over_the_headline_is_no_table():
    ticker = ["Brent crude | 82.10 | +0.5%", "RUB/USD | 91.20 | -0.3%", "MOEX | 3,210 | +1.1%"]
    sections = _sections(_page("The Example Courier", *ticker, TITLE, "By Jane Roe", *PROSE), TITLE)
    assert [sections[row] for row in ticker] == ["boilerplate"] * len(ticker)


def test_a_line_repeated_twice_without_page_numbers_and_a_list_number_over_its_heading_stay_body():
    heading = "The ministry changes its mind"
    text = _page(TITLE, "By Jane Roe", PROSE[0], heading, PROSE[1], "1", "The first harbour", PROSE[2], heading, PROSE[3])
    sections = _sections(text, TITLE)
    assert [sections[line] for line in (heading, "1", "The first harbour")] == ["body"] * 3


def test_a_table_of_contents_is_a_link_list_and_its_sections_are_body():
    text = _page(TITLE, "By Jane Roe", PROSE[0], "Contents", "1 Background", "2 The lease", "3 Notes", "Background[edit]",
                 PROSE[1], "The lease[edit]", PROSE[2], "Notes[edit]", "1. ^ Roe, Jane (2019). Ports. p. 4.")
    sections = _sections(text, TITLE)
    assert [sections[line] for line in ("Contents", "1 Background", "2 The lease", "3 Notes")] == ["boilerplate"] * 4
    assert [sections[line] for line in ("Background[edit]", "The lease[edit]")] == ["body", "body"]
    assert [sections[line] for line in ("Notes[edit]", "1. ^ Roe, Jane (2019). Ports. p. 4.")] == ["references"] * 2


@pytest.mark.parametrize("entries, heading, below, expected", [
    (["1. Overview", "2. Ferries", "3. Fares"], "1. Overview", "PORT STATUS: OPEN TO CARGO ONLY", "body"),
    (["1 Sailings", "2 Fares"], "Sailings", "ALL SAILINGS SUSPENDED UNTIL MONDAY", "body"),  # the heading without its number
    (["1. Overview", "2. Ferries", "3. Fares"], "4. Contacts", "PORT STATUS: OPEN TO CARGO ONLY",
     "boilerplate"),  # the next entry, not the first again
    (["1 Sailings", "2 Fares"], "3 Sailings", "ALL SAILINGS SUSPENDED UNTIL MONDAY",
     "boilerplate"),  # the first entry's words under the next number: one more entry
])
def test_a_table_of_contents_ends_where_its_first_entry_comes_again_as_a_heading(entries, heading, below, expected):
    text = _page(TITLE, "By Jane Roe", PROSE[0], "Contents", *entries, heading, below, PROSE[1], PROSE[2])
    blocks = list(iter_blocks(text, title=TITLE))
    at = next(i for i, block in enumerate(blocks) if block.text == entries[-1])
    assert [block.section for block in blocks[at - len(entries) + 1:at + 1]] == ["boilerplate"] * len(entries)
    assert blocks[at + 1].text == heading and blocks[at + 1].section == expected


@pytest.mark.parametrize("heading", ["More from this author", "Related"])
def test_a_link_list_printed_twice_between_paragraphs_stays_a_link_list(heading):
    items = ["Ferry fares rise again", "Island council votes on the lease"]
    text = _page(TITLE, "By Jane Roe", PROSE[0], PROSE[1], heading, *items, *items, PROSE[2], PROSE[3])
    blocks = list(iter_blocks(text, title=TITLE))
    at = next(i for i, block in enumerate(blocks) if block.text == heading)
    assert [block.text for block in blocks[at + 1:at + 5]] == items * 2
    assert [block.section for block in blocks[at + 1:at + 5]] == ["boilerplate"] * 4
    assert [block.section for block in blocks[at + 5:]] == ["body", "body"]


def test_a_chart_title_and_its_source_line_are_a_caption():
    text = _page(TITLE, "By Jane Roe", PROSE[0], "Figure 3: Ships in port by month, 2014–2016", "Source: port authority logs",
                 PROSE[1])
    sections = _sections(text, TITLE)
    assert sections["Figure 3: Ships in port by month, 2014–2016"] == "caption"
    assert sections["Source: port authority logs"] == "caption"


def test_chapters_in_a_row_are_timecodes_but_a_live_blog_stamp_stays_a_byline():
    text = _page(TITLE, "By Jane Roe", PROSE[0], "00:00 Introduction", "04:12 The last crossing", PROSE[1],
                 "14:05 GMT", PROSE[2])
    sections = _sections(text, TITLE)
    assert [sections[line] for line in ("00:00 Introduction", "04:12 The last crossing")] == ["boilerplate"] * 2
    assert sections["14:05 GMT"] == "byline"


def test_a_link_list_heading_ends_a_comment_thread():
    text = _page(TITLE, *PROSE, "2 Comments", "Ann Lee says:", "10 May 2016 at 08:15",
                 "I stopped counting the ships after twenty.", "Reply", "Recent posts", "The harbour in May",
                 "Archives", "April 2016")
    sections = _sections(text, TITLE)
    assert sections["I stopped counting the ships after twenty."] == "comment"
    for line in ("Recent posts", "The harbour in May", "Archives", "April 2016"):
        assert sections[line] == "boilerplate", line


def _reasons(text: str, title: str | None = None) -> dict[str, tuple[str, str]]:
    return {block.text: (block.section, block.reason) for block in iter_blocks(text, title=title)}


def test_a_forum_member_s_profile_is_a_byline_and_the_signature_rule_is_boilerplate():
    text = _page("Harbour Talk Forums", TITLE, "#1   03-05-2016, 09:12",
                 "harbour_gull\nSenior Member\nJoined: May 2012\nLocation: Kestwick\nPosts: 1,204",
                 PROSE[0], "__________________\nFair winds.",
                 "#2   03-05-2016, 10:40", "RiverPilot\nMember\nJoined: Jan 2015\nPosts: 88", PROSE[1])
    sections = _reasons(text, title=TITLE)
    assert sections["harbour_gull"] == ("byline", "layout:profile")
    assert sections["Posts: 1,204"] == ("byline", "layout:profile")
    assert sections["RiverPilot"] == ("byline", "layout:profile")
    assert sections["__________________"] == ("boilerplate", "layout:rule-line")
    assert sections[PROSE[0]][0] == sections[PROSE[1]][0] == "body"


@pytest.mark.parametrize(("delimiter", "signature", "after"), [
    ("--", ["Dr Jane Roe", "Lecturer in Maritime History", "Example University"], PROSE[2:]),
    ("> --", ["> John Doe", "> Harbour Desk, The Example Courier", "> t +44 (0)20 7946 0000"], PROSE[2:]),
    ("__________________", ["Fair winds and following seas."], ["By John Doe", *PROSE[2:]]),
    ("--", ["Jane Roe", "Fair winds and following seas."], ["By John Doe", *PROSE[2:]]),
])
def test_the_short_lines_under_a_signature_s_delimiter_are_boilerplate(delimiter, signature, after):
    """An email's or a forum post's signature under its "--" or rule of underscores: the sender's name, role and
    number, not the message, and a motto where the message ends with it; the prose after it is the message again."""
    sections = _reasons(_page(TITLE, "4 March 2014", *PROSE[:2], "Jane", delimiter, *signature, *after), title=TITLE)
    assert [sections[line] for line in signature] == [("boilerplate", "layout:signature-block")] * len(signature)
    assert all(sections[paragraph][0] == "body" for paragraph in PROSE[2:])


@pytest.mark.parametrize(("delimiter", "closing"), [
    ("--", ["So the ships stay, and the town shrugs."]),
    ("__________________", ["Nobody in the port expects that to change."]),
    ("--", ["Then the ferry came.", "Nobody cheered."]),
])
def test_a_short_closing_paragraph_under_a_dash_that_more_of_the_column_follows_stays_body(delimiter, closing):
    """A dash or a rule between sections of a column, over a short paragraph that more of the column follows: no
    signature, however short its lines."""
    sections = _reasons(_page(TITLE, "By Jane Roe", "4 March 2014", *PROSE[:2], delimiter, *closing, *PROSE[2:]),
                        title=TITLE)
    assert [sections[line][0] for line in closing] == ["body"] * len(closing)


@pytest.mark.parametrize("ornament", ["* * *", "⁂", "◆"])
def test_the_lines_under_an_ornament_between_sections_stay_in_the_body(ornament):
    crosshead = "The quay after the war"
    sections = _reasons(_page(TITLE, "By Jane Roe", *PROSE[:2], ornament, crosshead, *PROSE[2:]), title=TITLE)
    assert sections[crosshead][0] == "body"


def test_notes_on_the_page_after_the_text_are_boilerplate_and_the_author_note_a_byline():
    text = _page(TITLE, "By Jane Roe | Maps by John Doe", "4 March 2014", *PROSE,
                 "Jane Roe covers shipping and ports for the Example Courier.",
                 "Clarification: A previous version of this story misstated how long the lease runs.",
                 "This report was researched on a trip paid for by the Example Trust.",
                 "The Example Courier is an independent, reader-funded newsroom. © 2014 The Example Courier")
    sections = _reasons(text, title=TITLE)
    assert sections["By Jane Roe | Maps by John Doe"][0] == "byline"
    assert sections["Jane Roe covers shipping and ports for the Example Courier."] == ("byline", "layout:author-note")
    assert sections["Clarification: A previous version of this story misstated how long the lease runs."][0] == "boilerplate"
    assert sections["This report was researched on a trip paid for by the Example Trust."][0] == "boilerplate"
    assert sections["The Example Courier is an independent, reader-funded newsroom. © 2014 The Example Courier"][0] \
        == "boilerplate"
    assert all(sections[paragraph][0] == "body" for paragraph in PROSE)


def test_channel_headers_in_a_digest_are_bylines_over_their_posts():
    header = "Quay Watch (The Harbour Eye) · 12,400 subscribers · 3 May, 09:14"
    text = _page(TITLE, "Compiled by Ann Lee | 4 May 2016", PROSE[0], header, PROSE[1], PROSE[2])
    sections = _reasons(text, title=TITLE)
    assert sections[header] == ("byline", "layout:post-meta")
    assert sections[PROSE[1]][0] == "body"


def test_quiz_questions_and_a_dispatch_s_closing_place_and_date_stay_in_the_article():
    questions = ["1. Which port closed first, and why did the navy not object to the closure at the time?",
                 "2. True or false: the 2019 ferry strike ended within a week because the crews ran out of pay."]
    text = _page(TITLE, *PROSE, "Check your understanding", questions[0], "Show answer", questions[1],
                 "Kestwick and Port Selby, 2–3 May 2016", "Further reading",
                 "Roe, J. (2021) The Quay. Kestwick: Example Press.")
    sections = _reasons(text, title=TITLE)
    assert [sections[question][0] for question in questions] == ["body", "body"]
    assert sections["Kestwick and Port Selby, 2–3 May 2016"] == ("byline", "layout:dated-place")
    assert sections["Roe, J. (2021) The Quay. Kestwick: Example Press."][0] == "references"


def test_a_listed_salutation_under_the_headline_is_no_standfirst():
    salutation = "Chair Roe, Ranking Member Doe, and Members of the Committee:"
    text = _page("Prepared statement", TITLE, salutation, *PROSE)
    assert _reasons(text, title=TITLE)[salutation][0] == "body"


@pytest.mark.xfail(strict=True, reason="any short unlabelled line under a handle is taken for the profile's bio, so "
                                       "a short post printed under its writer's handle becomes a byline")
def test_a_short_post_under_its_writer_s_handle_stays_in_the_article():
    post = "The ferries stopped at dawn and nobody on the quay was told why. Third time this month."
    text = _page(TITLE, PROSE[0], "Gull Watch", "@gullwatch", post, PROSE[1], PROSE[2])
    assert _reasons(text, title=TITLE)[post][0] == "body"


@pytest.mark.parametrize(("texts", "i", "expected"), [
    (["That is all for this week. See you on Friday.", "— Hannah"], 1, True),
    (["Write to us with your questions,", "Hannah Roe"], 1, True),
    (["Write to us with your questions,", "The Road Ahead"], 1, False),  # a crosshead's words
    (["Write to us with your questions,", "Hannah Roe Jane Lee"], 1, False),  # four words
    (["The ferry sailed at noon and the council met at six.", "Hannah"], 1, False),  # no closing line above
    (["Hannah"], 0, False),  # nothing above
    (["The bus left at dawn, and nobody waved.", "SCENE FOUR"], 1, False),  # a part's heading
])
def test_a_sign_off_is_a_short_name_under_a_closing_line(texts, i, expected):
    from analysis.corpus.page import _is_sign_off

    assert _is_sign_off(texts, i) is expected


@pytest.mark.parametrize(("texts", "labels", "i", "expected"), [
    # a name under a paragraph of prose, over nothing
    (["The ferry must run all winter.", "Jane Roe"], [("body", ""), None], 1, ("byline", "layout:signature")),
    (["The ferry must run all winter.", "Jane Roe, Kestwick"], [("body", ""), None], 1,
     ("byline", "layout:signature")),
    # under a caption, not prose
    (["The ferry must run all winter.", "Jane Roe"], [("caption", ""), None], 1, None),
    # over a paragraph of prose
    (["The ferry must run all winter.", "Jane Roe", "The council met again on Tuesday and said nothing at all."],
     [("body", ""), None, None], 1, None),
    # the town under a signed name
    (["The ferry must run all winter.", "Jane Roe", "Kestwick"], [("body", ""), ("byline", "layout:signature"), None],
     2, ("byline", "layout:signature")),
    # two names that sign together, over their place and date
    (["The ferry must run all winter.", "Jane Roe and John Doe", "Kestwick, May 2016"], [("body", ""), None, None], 1,
     ("byline", "layout:signature")),
    # a name with the signer's role, over the site's note that a rule marks
    (["The ferry must run all winter.", "Jane Roe, senior analyst, Kestwick desk",
      "Our summaries are made from live broadcasts and are not verbatim transcripts."],
     [("body", ""), None, ("boilerplate", "rule:19")], 1, ("byline", "layout:signature")),
    # the same over an unmarked paragraph of prose: the text goes on
    (["The ferry must run all winter.", "Jane Roe, senior analyst, Kestwick desk",
      "The council met again on Tuesday and said nothing at all."], [("body", ""), None, None], 1, None),
    # a name with a clause that is no role, and two places joined by "and"
    (["The ferry must run all winter.", "Jane Roe, who chaired the council until May"], [("body", ""), None], 1, None),
    (["The ferry must run all winter.", "Kestwick and Port Selby, 2016"], [("body", ""), None], 1, None),
    # a script's part heading in capitals, under a paragraph and over its first panel
    (["The ferry must run all winter.", "SCENE FOUR", "PANEL 1"], [("body", ""), None, None], 1, None),
    # a name in capitals signs where the text ends, or over its town
    (["The ferry must run all winter.", "JANE ROE"], [("body", ""), None], 1, ("byline", "layout:signature")),
    (["The ferry must run all winter.", "JANE ROE", "Kestwick"], [("body", ""), None, None], 1,
     ("byline", "layout:signature")),
    (["The ferry must run all winter.", "JANE ROE", "Tags: ferries"], [("body", ""), None, ("boilerplate", "rule:9")],
     1, ("byline", "layout:signature")),
    # a heading in capitals over its part's short lines (a box, a quiz, a cast list) is no signature
    (["The ferry must run all winter.", "HARBOUR FILE", "Vessel | Flag | Tonnage"], [("body", ""), None, None], 1,
     None),
    (["The ferry must run all winter.", "PICTURE QUIZ", "1. Which quay is the oldest?"], [("body", ""), None, None], 1,
     None),
    # the same heading in title case over such a line stays a name's shape, as before
    (["The ferry must run all winter.", "Jane Roe", "Vessel | Flag | Tonnage"], [("body", ""), None, None], 1,
     ("byline", "layout:signature")),
])
def test_a_letter_s_signature_is_a_name_under_prose(texts, labels, i, expected):
    from analysis.corpus.page import SIGNATURE, _signature_or_authors

    assert SIGNATURE == "layout:signature"
    assert _signature_or_authors(texts, labels, i) == expected


@pytest.mark.parametrize("link", [
    "Get short link", "Listen again: The Harbour Hour, Tuesday 3 May (58 min) – on demand for a month", "A A A"])
def test_a_link_or_a_control_over_the_lead_picture_s_caption_is_no_caption_title(link):
    caption = "The naval pier at dawn, with two patrol boats tied up. Photo: Example Wire"
    sections = _sections(_page(TITLE, "By Jane Roe", "4 March 2014", link, caption, *PROSE), title=TITLE)
    assert (sections[link], sections[caption]) == ("boilerplate", "caption")


@pytest.mark.parametrize("caption", [
    "Warships at anchor off the naval base on 12 March 2014. © Example Wire",
    "A supply ship leaves the port on Tuesday. © Jane Roe, Example Wire",
    "The naval base in March (left) and in June (right). Imagery © Example Orbital 2014; annotations: Example Lab",
])
def test_sentences_closed_by_a_copyright_credit_between_paragraphs_are_a_caption(caption):
    footer = "The Example Courier is owned by a reader trust. © Example Courier Ltd 2014"
    sections = _sections(_page(TITLE, "By Jane Roe", PROSE[0], caption, PROSE[1], PROSE[2], "Privacy | Terms", footer),
                         title=TITLE)
    assert (sections[caption], sections[footer]) == ("caption", "boilerplate")


@pytest.mark.parametrize("items, last, expected", [
    (["Factbox: the navy's ports abroad", "Analysis: a lease with no end date"], "Opinion: what the port is worth",
     "boilerplate"),  # a kicker, as the items above have
    (["Factbox: the navy's ports abroad", "Crews at the base await word of their next rotation"],
     "Regional governors say the lease must be put to a vote in parliament", "boilerplate"),  # a headline's length
    (["Factbox: the navy's ports abroad", "Crews at the base await word of their next rotation"], "The lease",
     "body"),  # a crosshead
    (["Crews at the base await word of their next rotation", "Who pays for the new quay?"],
     "What the navy still needs", "body"),  # a crosshead shorter than the headlines above
])
def test_the_last_item_of_a_link_list_over_a_paragraph_is_told_from_a_crosshead_by_its_likeness_to_the_items(
        items, last, expected):
    text = _page(TITLE, "By Jane Roe", PROSE[0], "Related", *items, last, PROSE[1], PROSE[2], "Privacy | Terms")
    sections = _sections(text, title=TITLE)
    assert [sections[item] for item in items] == ["boilerplate"] * len(items)
    assert (sections[last], sections[PROSE[1]]) == (expected, "body")


@pytest.mark.xfail(strict=True, reason="a crosshead right under a link list, over prose, is read as the list's last "
                                       "item when it has more words than a crosshead usually has and no fewer than "
                                       "the shortest headline above it")
def test_a_long_crosshead_right_under_a_link_list_opens_the_prose():
    crosshead = "Why the council changed its mind on the lease"
    text = _page(TITLE, "By Jane Roe", PROSE[0], "Related", "Lease talks stall again", "Navy picks a new port",
                 crosshead, PROSE[1], PROSE[2], "Privacy | Terms")
    assert _sections(text, title=TITLE)[crosshead] == "body"


def _blocks(text: str, title: str | None = None) -> dict[str, tuple[str, str]]:
    return {block.text: (block.section, block.reason) for block in iter_blocks(text, title=title)}


@pytest.mark.parametrize("stamps, between", [
    (["0:05", "0:41", "1:02"], PROSE[:3]),  # a video's transcript, its minutes and seconds between the lines
    (["9.30 am", "10.12 am", "10.58 am"], [  # a sitting's record, its hours between the members' turns
        "Ms Jane Roe (Kestwick North): I beg to move that this House has considered the future of the naval base.",
        "The Minister of State (Mr John Doe): I thank the hon. Lady for securing the debate on the port.",
        "Ms Jane Roe: Will the Minister say when the lease will come before the House for approval?"]),
])
def test_a_clock_time_alone_inside_a_transcript_is_body(stamps, between):
    blocks = [block for pair in zip(stamps, between) for block in pair]
    sections = _blocks(_page(TITLE, "By Jane Roe", PROSE[3], *blocks, PROSE[0] + " Again."), TITLE)
    assert [sections[stamp] for stamp in stamps] == [("body", "layout:clock-stamp")] * len(stamps)


@pytest.mark.parametrize(("closing", "stamp", "after"), [
    ("Question put and agreed to.", "11.04 am", "Sitting suspended."),  # the hour a sitting ends
    ("Thanks for watching, and see you next week.", "9:41", "[Music]"),  # a video's last minutes
])
def test_a_clock_time_alone_after_the_record_s_last_turn_is_no_byline(closing, stamp, after):
    turns = ["Ms Jane Roe (Kestwick North): I beg to move that this House has considered the future of the port.",
             "The Minister of State (Mr John Doe): I thank the hon. Lady for securing the debate on the port.",
             closing]
    sections = _blocks(_page(TITLE, "4 March 2014", *turns, stamp, after, "Previous debate: Buses   Next debate: Rail"),
                       TITLE)
    assert sections[stamp] == ("body", "layout:clock-stamp")


def test_a_clock_time_in_a_link_list_after_the_record_stays_in_the_list():
    items = ["How the port was built", "12:40", "Ferries after the war", "9:06"]
    sections = _blocks(_page(TITLE, "By Jane Roe", *PROSE, "Related videos", *items), TITLE)
    assert sections["9:06"][0] == "boilerplate"


TURNS = ["HOST: Why does the navy care about one harbour on that coast, when it has others further north?",
         "JANE ROE: Because it is the only warm-water port it has in that sea, and everyone in the region knows it.",
         "HOST: And if the lease ends, where do the ships go?",
         "JANE ROE: Home, slowly, and the government in the capital would have to find another friend."]


@pytest.mark.parametrize("marker", ["[END OF SEGMENT]", "END OF PART TWO",
                                    "[Extract ends here. The debate continues.]"])
def test_an_end_marker_with_no_turn_or_paragraph_after_it_starts_the_end_matter(marker):
    note = "Watch the full programme: Example Evening, 4 March 2014 (48:12)"
    sections = _blocks(_page(TITLE, "By Jane Roe", *TURNS, marker, note, "© 2014 Example Radio"), TITLE)
    assert [sections[marker], sections[note]] == [("boilerplate", "layout:end-marker"),
                                                  ("boilerplate", "position:tail")]


@pytest.mark.parametrize("marker", ["END OF PART ONE", "[END OF SEGMENT]"])
def test_an_end_marker_over_more_turns_closes_a_part_not_the_record(marker):
    sections = _blocks(_page(TITLE, "By Jane Roe", *TURNS[:2], marker, "PART TWO: THE LEASE", *TURNS[2:]), TITLE)
    assert sections[marker] == ("boilerplate", "layout:end-marker")
    assert all(sections[turn][0] == "body" for turn in TURNS)


SHORT_PARAGRAPHS = [
    "By the spring the runway at the coastal airfield had doubled in length, and the crews worked at night.",
    "Nobody in the town was told what the new hangars were for, and the officers who came did not say.",
    "The mayor wrote twice to the ministry that summer and was told both times that it was a civil matter."]


@pytest.mark.parametrize("marker, heading", [("END OF PART ONE", "Part two"), ("[END OF SEGMENT]", "The airfield"),
                                             ("End of part one", "PART TWO")])
def test_an_end_marker_over_short_paragraphs_of_prose_closes_a_part_not_the_record(marker, heading):
    """A script's or a programme's next part may run in paragraphs of a sentence or two, none of prose's length."""
    sections = _blocks(_page(TITLE, "By Jane Roe", PROSE[0], marker, heading, *SHORT_PARAGRAPHS, "END OF PART TWO",
                             "Produced by Example Films."), TITLE)
    assert [sections[paragraph][0] for paragraph in SHORT_PARAGRAPHS] == ["body"] * len(SHORT_PARAGRAPHS)


@pytest.mark.parametrize("fields, labelled, closing", [
    (["Section: World; Page 6", "Length: 840 words"], "Summary: The council put off its vote again. Diplomats expect a "
                                                       "compromise text by the spring.", "Text"),
    (["Course: Modern History", "Tutor: Dr A. Lee", "Word count (without notes): 2,140"],
     "Statement (all students): I confirm that this work is my own and that every source has been cited.",
     "Signed (student number): 20417"),
    (["From: Jane Roe", "Sent: 4 March 2014", "Re: The port lease"],
     "Note: Attached is the piece we spoke about. It makes the case better than I could in a meeting.",
     "Attachments: none"),
])
def test_a_labelled_line_under_a_block_of_fields_is_one_more_field_not_the_first_paragraph(fields, labelled, closing):
    sections = _sections(_page(TITLE, "\n".join([*fields, labelled, closing]), *PROSE), TITLE)
    assert sections[labelled] != "body"
    assert sections[PROSE[0]] == "body"


@pytest.mark.parametrize("above, paragraph", [
    (["Recorded: 4 March 2014", "Duration: 42 minutes"], "HOST: Welcome back. Today we ask whether the port lease "
                                                         "will outlast the government that signed it."),
    (["Filed: 4 March 2014"], "Moscow's message: the base stays, whatever the talks decide, and the navy will keep "
                              "its ships in the harbour."),
    (["Date: 21 October 2015", "Location: Moscow"], "Lavrov: We have never said that Assad must stay for ever."),
    (["Released: 2019", "Rating: 4/5"], "Analysis: Iran and Hezbollah, not Moscow, carried the ground war in 2013."),
])
def test_a_labelled_paragraph_without_a_block_of_fields_above_it_opens_the_body(above, paragraph):
    sections = _sections(_page(TITLE, "\n".join([*above, paragraph]), *PROSE), TITLE)
    assert sections[paragraph] == "body"


@pytest.mark.parametrize("masthead", ["The Example Herald (Kestwick)", "Port Wendle Evening News (Late Edition)"])
def test_a_masthead_line_closed_only_by_an_aside_is_no_first_paragraph(masthead):
    sections = _sections(_page(TITLE, masthead, "March 4, 2014 Tuesday", *PROSE), TITLE)
    assert sections[masthead] != "body"
    assert sections[PROSE[0]] == "body"


@pytest.mark.parametrize("above, paragraph, below", [
    (["Date: 9 May 2016", "Place: Kestwick"], "Q: Will the ferry company keep its licence after the inquiry?",
     "A: Yes"),
    (["Interviewer: John Doe", "Interviewee: Jane Roe"], "Question: Will the council keep the old harbour open "
                                                          "next winter?", "[laughs]"),
    (["Recorded: 9 May 2016", "Duration: 38 minutes"], "Host: Good evening and welcome to the programme.", "GUEST"),
    (["Place: Kestwick", "Source: Example Wire"], "Update: Two ferries turned back near the headland this morning, the "
                                                  "coastguard said.", "11:40 GMT"),
    (["Section: Home; Page 3", "Length: 610 words"], "Kestwick: The council will keep the old harbour open next "
                                                     "winter, a spokesman said on Monday.", "ADVERTISEMENT"),
])
def test_a_question_or_a_one_sentence_lead_under_fields_opens_the_body(above, paragraph, below):
    sections = _sections(_page(TITLE, *above, paragraph, below, *PROSE), TITLE)
    assert sections[paragraph] == "body"


@pytest.mark.parametrize("paragraph, below", [
    ("Jane Roe is a senior fellow at the Example Institute who studies the harbour trade. “The council never "
     "promised more,” she said.", PROSE[2]),
    ("John Doe is a former port officer who has watched the ferries for thirty years. “Nobody asked us,” he told "
     "the inquiry.", PROSE[2]),
    ("Jane Roe is a lecturer in maritime law at Example University who advised the council.",
     "“The lease was never the point,” she added."),
])
def test_a_note_on_a_person_that_introduces_their_words_between_paragraphs_is_body(paragraph, below):
    sections = _sections(_page(TITLE, "By John Doe", *PROSE[:2], paragraph, below, PROSE[3]), TITLE)
    assert sections[paragraph] == "body"


def test_a_contributors_note_under_their_part_of_a_debate_stays_a_byline():
    note = "Jane Roe is a senior fellow at the Example Institute and a former harbour master."
    sections = _sections(_page(TITLE, "FOR", "Jane Roe: The harbour must stay open", note, *PROSE[:2], "AGAINST",
                               "John Doe: The lease has had its day", PROSE[2], PROSE[3]), TITLE)
    assert sections[note] == "byline"


RECORD_NOTES = ("Notes: Russian aircraft struck the road north of the town for a second day, according to a local "
                "monitor. The ministry in Moscow said its jets had hit only armed groups.")


@pytest.mark.parametrize("record", [
    ["Record ID: EV-20417", "Date: 12 March 2016", "Actor 1: Air Forces of Russia", "Location: Kestwick | Precision: 2",
     "Fatalities: 4", RECORD_NOTES, "Last modified: 3 May 2019 | Revision: 2", "Record ID: EV-20418",
     "Date: 13 March 2016", "Actor 1: Air Forces of Russia", RECORD_NOTES],
    ["Item: 17", "Type: Strategic developments | Sub-type: Agreement", "Actor 2: SDF: Syrian Democratic Forces",
     RECORD_NOTES, "Item: 18", "Type: Battles | Sub-type: Armed clash"],
])
def test_the_fields_of_records_between_paragraphs_are_boilerplate_and_their_notes_body(record):
    """A data export's records, one after another: three fields or more in a run of labelled lines, a label twice."""
    sections = _blocks(_page(TITLE, "By Jane Roe", *PROSE[:2], "\n".join(record), *PROSE[2:]), TITLE)
    fields = [line for line in record if line != RECORD_NOTES]
    assert [sections[field] for field in fields] == [("boilerplate", "layout:record-field")] * len(fields)
    assert sections[RECORD_NOTES][0] == "body"


@pytest.mark.parametrize("fields, others", [
    (["Recorded: 4 March 2014", "Duration: 42 minutes", "Recorded: 5 March 2014"], ["Narrator: Jane Roe"]),
    (["Item: 18", "Date: 2 May 2016", "Item: 19"],
     ["Headline: Moscow keeps its port", "Caption: Russian sailors on the quay at Tartus"]),
    (["Motion: 4", "Round: 3", "Motion: 5"],
     ["To the minister: “Will the jets stay after the spring?”", "To both: “What does Moscow want from Ankara?”"]),
])
def test_a_credit_a_quoted_question_or_a_record_s_own_text_among_its_fields_is_no_record_field(fields, others):
    lines = [*fields[:1], *others, *fields[1:]]
    points = ["Iran: fighters, oil and credit lines", "Hezbollah: ground troops in the border towns",
              "Russia: air power and vetoes", "Turkey: a guarantor in the north-west"]
    sections = _blocks(_page(TITLE, "By Jane Roe", *PROSE[:2], "\n".join(lines), PROSE[2], "\n".join(points),
                             PROSE[3]), TITLE)
    assert [sections[field] for field in fields] == [("boilerplate", "layout:record-field")] * len(fields)
    assert all(sections[line][1] != "layout:record-field" for line in others)
    assert all(sections[line][0] != "boilerplate" for line in others)
    assert all(sections[point][0] == "body" for point in points)


@pytest.mark.parametrize("options", [
    ["A. France", "B. China", "C. Britain", "D. Japan"],
    ["A. Jordan", "B. Israel", "C. Turkey"],
    ["A. Vessels", "B. Aircraft"],
])
def test_a_lettered_series_under_prose_is_no_letter_s_signature(options):
    """A quiz's options or a list's lettered parts look like a name with its initial ("A. France")."""
    question = "1. Which other permanent member of the Security Council vetoed the draft on Syria in October 2011?"
    sections = _blocks(_page(TITLE, "By Jane Roe", *PROSE[:2], question, "\n".join(options), *PROSE[2:], "M. Roe"),
                       TITLE)
    assert all(sections[option][0] == "body" for option in options)
    assert sections["M. Roe"] == ("byline", "layout:signature")


@pytest.mark.parametrize("entries", [
    ["Roe, J. (2019) The port lease: Russia's navy at Tartus. Kestwick: Example Press.",
     "Doe, A. and Lee, K. (2021) 'Vetoes without cost', Journal of Example Studies 12(2), pp. 1–20."],
    ["Kallas-Moor, P. (2016) Interview with the author, Beirut, 3 June.",
     "Varga, I. (2018) ‘Renting the sky’, Example Working Papers 4."],
    ["Roe, Jane. 2019. The Port Lease: Navies and Their Hosts. Kestwick: Example Press.",
     "Doe, John, and Ann Lee. 2021. “Vetoes without Cost.” Journal of Example Studies 12 (2): 1–20."],
    ["Roe, Jane. The Port Lease: Navies and Their Hosts. Kestwick: Example Press, 2019.",
     "Doe, John. “Renting the Sky.” Journal of Example Studies 4, no. 2 (2020): 8–31.",
     "Example Institute for Harbour Studies (2021) One berth left. Kestwick: Example Institute."],
])
def test_bibliography_entries_between_paragraphs_are_references_and_their_notes_body(entries):
    """An annotated bibliography or a lecture's reading list: each entry over the note on it."""
    note = "A careful account of how Moscow weighed the cost of the air war against what it wanted to keep."
    prose = "Moscow, Tehran and Ankara (2017) agreed on four zones, and only one of them was ever quiet for long."
    blocks = [block for entry in entries for block in (entry, note)]
    sections = _blocks(_page(TITLE, "By Jane Roe", PROSE[0], prose, PROSE[1], *blocks, *PROSE[2:]), TITLE)
    assert [sections[entry] for entry in entries] == [("references", "layout:reference-list")] * len(entries)
    assert sections[note][0] == "body"
    assert sections[prose][0] == "body"


@pytest.mark.parametrize(("entries", "expected"), [
    (["Roe, Jane. 2019. The Port Lease: Navies and Their Hosts. Kestwick: Example Press.",
      "Doe, John. 2021. Air Power at the Margin. Kestwick: Example Press."], "references"),
    (["Roe, Jane. The Port Lease. Kestwick: Example Press, 2019.",
      "Doe, John. “Renting the Sky.” Journal of Example Studies 4, no. 2 (2020): 8–31."], "references"),
    (["Roe, Jane. 2019. The Port Lease: Navies and Their Hosts. Kestwick: Example Press."], "body"),
])
def test_a_reference_list_with_more_of_the_page_under_it_is_references(entries, expected):
    """An essay's reference list with the marker's comments after it: the comments keep the list in the body's zone;
    one entry-shaped line alone is no list."""
    comments = ["A strong opening paragraph, but the claim that the government would have fallen without the air "
                "war needs a source. Several of the course readings make exactly that claim about the summer before "
                "the intervention, so one of them should be cited here.",
                "The point about the port lease deserves a paragraph of its own. Who signed it, for how long, and "
                "what did the navy gain that the army did not? The answer to that question is the thesis of the "
                "whole essay, and it is buried in a footnote."]
    sections = _blocks(_page(TITLE, "By Jane Roe", *PROSE, "References", *entries, *comments), TITLE)
    assert [sections[entry][0] for entry in entries] == [expected] * len(entries)
    assert all(sections[comment][0] == "body" for comment in comments)


@pytest.mark.parametrize(("heading", "entries"), [
    ("Signatories (in a personal capacity):",
     ["Jane Roe, Professor of History, Example University", "John Doe, Ambassador (ret.)",
      "Ann Lee-Marsh, former adviser, Example Ministry of Defence"]),
    ("Panellists:", ["Dr. Jane Roe – Senior fellow, Example Institute", "John Doe – Presenter, “The Harbour Hour”"]),
    ("Participants:", ["Col. (Ret.) John Doe, military analyst", "Ann Lee, Example Courier"]),
])
def test_a_list_of_people_under_its_heading_is_bylines(heading, entries):
    sections = _reasons(_page(TITLE, "By Jane Roe", "4 March 2014", *PROSE[:2], heading, *entries, *PROSE[2:]),
                        title=TITLE)
    assert sections[heading][0] == "byline"
    assert all(sections[entry] == ("byline", "layout:people-list") for entry in entries)
    assert all(sections[paragraph][0] == "body" for paragraph in PROSE)


def test_a_record_s_credit_field_repeated_with_each_record_is_a_byline_not_a_running_head():
    records = [part for n in range(3) for part in (f"Question {n + 1}", "Answered by: Jane Roe, Minister for Ports",
                                                   PROSE[n])]
    sections = _reasons(_page(TITLE, *records), title=TITLE)
    assert sections["Answered by: Jane Roe, Minister for Ports"] == ("byline", "layout:credit")


@pytest.mark.parametrize("turns", [
    ["HOST: Welcome back, and with me is a former envoy", "GUEST: Thanks for having me",
     "HOST: How long can Moscow keep paying for the air war —", "GUEST: Longer than most expect",
     "HOST: Even now", "GUEST: Even now"],
    ["Q: And the base on the coast", "A: It stays, whatever happens in Geneva", "Q: Whatever happens —",
     "A: Whatever happens", "Q: And the pilots"],
])
def test_transcript_turns_or_interview_answers_unclosed_by_a_full_stop_are_no_record_fields(turns):
    """A turn cut off by a dash or a short answer is a line of a transcript or interview, not a data export's field."""
    sections = _blocks(_page(TITLE, "By Jane Roe", *PROSE[:2], *turns, *PROSE[2:]), TITLE)
    assert all(sections[turn][0] == "body" for turn in turns)


@pytest.mark.parametrize(("heading", "items"), [
    ("Participants:", ["Russia – air power and military police", "Iran – militias and advisers",
                       "Turkey – troops and observation posts in the north"]),
    ("The speakers:", ["The ministry, which says the strikes hit only armed groups",
                       "The monitors, who count the dead from their office abroad"]),
])
def test_a_people_heading_over_no_person_introduces_the_article_s_own_list(heading, items):
    sections = _reasons(_page(TITLE, "By Jane Roe", "4 March 2014", *PROSE[:2], heading, *items, *PROSE[2:]),
                        title=TITLE)
    assert sections[heading][0] == "body"
    assert all(sections[item][0] == "body" for item in items)


@pytest.mark.parametrize(("masthead", "head", "below", "title", "below_section"), [
    ("THE EXAMPLE SOCIETY", "HARBOUR LIGHTS", "Ferries, fares and the council, 2010–2020",
     "Harbour Lights: Ferries, fares and the council, 2010–2020", ("headline", "layout:subtitle")),
    ("Example Residents' Association", "NOTES OF THE BOARD MEETING",
     "held on Monday 4 May 2015 at 6 pm in the library, Quay Street",
     "Notes of the Board Meeting held on Monday 4 May 2015", ("byline", "layout:dated")),
])
def test_a_title_set_over_two_lines_is_headlined_from_its_head(masthead, head, below, title, below_section):
    """A title page prints the title's head on a line of its own over the rest of it: the head is the headline, the
    site's name above it is the masthead, and a line that goes on past the title is the page's own."""
    sections = _reasons(_page(masthead, "Registered charity no. 123456", head, below, *PROSE), title=title)
    assert sections[head] == ("headline", "title")
    assert sections[masthead][0] == sections["Registered charity no. 123456"][0] == "boilerplate"
    assert sections[below] == below_section


def test_the_rest_of_a_title_alone_under_other_words_is_no_subtitle():
    title = "Harbour Lights: Ferries, fares and the council"
    sections = _reasons(_page("Harbour news", "Ferries, fares and the council", "By Jane Roe", *PROSE), title=title)
    assert sections["Harbour news"] != ("headline", "title")


@pytest.mark.parametrize(("line", "section"), [
    ("Dr Jane Roe, Keeper of Maps", "byline"),
    ("Prof. John Doe, University of Kestwick", "byline"),
    ("Ann Lee, Harbour Studies Centre, Port Selby · a.lee@harbour.example", "byline"),  # not a menu for its dot
    ("John Doe – Historian of the port", "byline"),
    ("From Examplepedia, the open encyclopedia", "boilerplate"),  # a wiki's tagline, no person's line
    ("Harbour Act, section 12", "body"),  # a crosshead citing a part of a text, its role in lower case
    ("Jane Roe, the envoy, said the talks would resume.", "body"),  # a finished sentence
])
def test_a_person_s_line_in_the_body_is_a_byline(line, section):
    """A name with the person's role or affiliation, alone on its line between the parts of a programme or the panels of
    an exhibition, says who wrote or speaks the text under it."""
    sections = _reasons(_page(TITLE, "By Jane Roe", "4 March 2014", *PROSE[:2], "The ferry question", line,
                              *PROSE[2:]), title=TITLE)
    assert sections[line][0] == section


SPEAKER_BIOS = ["Dr Jane Roe is a senior fellow at the Example Institute for Port Studies.",
                "Colonel (ret.) John Doe served as his country's naval attaché in Kestwick from 2010 to 2014.",
                "Ann Lee (chair) is director of the Harbour Policy Centre."]


@pytest.mark.parametrize("heading", ["Speakers", "Our guests:"])
def test_bios_in_a_run_under_a_short_heading_are_bylines_however_worded(heading):
    sections = _reasons(_page(TITLE, "4 March 2014", *PROSE, heading, *SPEAKER_BIOS, "Related events",
                              "Ports after the war (webinar, 3 May 2016)", "Ferries and fares (briefing, 4 June 2016)"),
                        title=TITLE)
    assert [sections[bio][0] for bio in SPEAKER_BIOS] == ["byline"] * 3
    assert sections[SPEAKER_BIOS[1]] == ("byline", "layout:bio")
    assert sections[heading][0] in ("boilerplate", "byline")


def test_a_last_paragraph_that_opens_with_a_name_over_an_author_s_note_stays_body():
    closing = "Mr John Doe has said that the port will stay open whatever the council decides next spring."
    sections = _reasons(_page(TITLE, "By Jane Roe", "4 March 2014", *PROSE, closing, SPEAKER_BIOS[0]), title=TITLE)
    assert sections[SPEAKER_BIOS[0]][0] == "byline"
    assert sections[closing][0] == "body"


EVENT_SUMMARY = ("Five years after the lease was signed, our panel asked what the port still gives Moscow and what the "
                 "town gets back.")


@pytest.mark.parametrize(("header", "box"), [
    (["Thursday 5 May 2022 | 14:00–15:00 | Online", "▶ Watch the recording (58:41)", "Share   Email   Print"],
     ["Speakers", SPEAKER_BIOS[0]]),
    (["Press release No. 12 · 4 March 2014"],
     ["METHOD", "Sample: 1,200 adults in 40 towns", "Dates: 1–3 March 2014"]),
    (["By Jane Roe", "4 March 2014"], ["Key points", "• The lease runs to 2040.", "• The town gets a new quay."]),
])
def test_a_summary_under_the_header_s_furniture_over_a_box_is_the_standfirst(header, box):
    sections = _reasons(_page(TITLE, *header, EVENT_SUMMARY, *box, *PROSE), title=TITLE)
    assert sections[EVENT_SUMMARY] == ("standfirst", "position:standfirst")


@pytest.mark.parametrize(("header", "opening", "below"), [
    (["By Jane Roe", "4 March 2014"], EVENT_SUMMARY, PROSE[0]),  # a lead over more prose
    (["By Jane Roe", "4 March 2014"], EVENT_SUMMARY, "The quay"),  # a lead over a crosshead over prose
    (["Format: Situation report", "Posted: 4 March 2014"],
     "This bulletin is produced by the harbour office with the ferry operators. The next one is due in a week.",
     "HIGHLIGHTS"),  # who makes the page
    (["By Jane Roe", "4 March 2014"], EVENT_SUMMARY, "Ferry update"),  # an entry's title over its stamp
])
def test_a_lead_a_letter_or_a_note_on_the_page_under_the_header_is_no_standfirst(header, opening, below):
    sections = _reasons(_page(TITLE, *header, opening, below, "14:05 GMT", *PROSE), title=TITLE)
    assert sections[opening][0] != "standfirst"


def test_a_note_that_the_briefing_ended_closes_the_record_and_the_notes_under_it_are_its_tail():
    turns = [f"MR. DOE: {PROSE[0]}", f"QUESTION: {PROSE[1]}", f"MR. DOE: {PROSE[2]}"]
    closing = ["(The briefing was concluded at 11:42 a.m.)", "HPB # 17",
               "This archive page is kept by the harbour office. Briefing transcripts are not updated after release."]
    sections = _blocks(_page(TITLE, "4 March 2014", *turns, *closing), TITLE)
    assert [sections[turn][0] for turn in turns] == ["body"] * 3
    assert [sections[line][0] for line in closing] == ["boilerplate"] * 3


FEED_ITEM = ["title: Moscow keeps its port, for now", "link: https://example.org/world/2014/mar/04/port",
             "guid: https://example.org/p/41", "pubDate: Tue, 4 Mar 2014 09:00:00 GMT",
             "dc:creator: Jane Roe in Kestwick", "category: Ports"]
FEED_DESCRIPTION = "description: The navy will keep the base for another decade, officials said on Tuesday."


@pytest.mark.parametrize("labels, sections", [
    (FEED_ITEM, ["headline", "boilerplate", "boilerplate", "boilerplate", "byline", "boilerplate"]),
    (["HEADLINE: Ferries wait at Kestwick", "PHOTOGRAPHER: John Doe / Example Agency | ID: EA-0412",
      "RESTRICTIONS: NO SALES. EDITORIAL USE ONLY.", "CAPTION:"],
     ["headline", "byline", "boilerplate", "boilerplate"]),
])
def test_the_fields_of_metadata_records_take_their_label_s_section(labels, sections):
    """A feed's raw view or an agency's caption feed: each field's label says what its line is."""
    found = _blocks(_page("Example Reader", "\n".join(labels), FEED_DESCRIPTION, "content:encoded:", *PROSE[:2],
                          "\n".join(labels), *PROSE[2:]))
    assert [found[label] for label in labels] == [(section, "layout:metadata-field") for section in sections]
    assert found[FEED_DESCRIPTION] == ("standfirst", "layout:metadata-field")
    assert found["content:encoded:"] == ("boilerplate", "layout:metadata-field")
    assert all(found[paragraph][0] == "body" for paragraph in PROSE)


TAGGED_RECORD = ["TY  - BOOK", "AU  - Roe, Jane", "TI  - Ferries in Winter: A History of the Quay", "PY  - 2019",
                 "PB  - Example University Press",
                 "AB  - This book follows the island's ferries through forty winters and the councils that ran them.",
                 "N1  - Good on the 1987 strike; check her figures against the harbour board's.", "ER  -"]


def test_the_lines_of_a_tagged_export_s_records_take_their_tag_s_section():
    """A reference manager's RIS export: the bibliographic tags are references, the abstract and the notes are prose to
    code, the record's closing tag is boilerplate."""
    found = _blocks(_page("Example Reference Manager", "\n".join(TAGGED_RECORD), "\n".join(TAGGED_RECORD[:4])))
    assert [found[line] for line in TAGGED_RECORD] == [
        ("references", "layout:metadata-field")] * 5 + [("body", "layout:metadata-field")] * 2 + [
        ("boilerplate", "layout:metadata-field")]


THESIS_RECORD = ["Item type: Thesis (Doctoral)", "Author: Roe, Jane A.", "Supervisors: Doe, John; Lee, Ann",
                 "Degree: Doctor of Philosophy (PhD)", "Date of award: 2021-05-04", "Date deposited: 2021-06-01"]
THESIS_CITATION = "Citation: Roe, J. A. (2021). Ferries in winter [Doctoral thesis, Example University]."


def test_a_repository_record_s_fields_take_their_label_s_section():
    """A repository's item page: its people are bylines, its dates and kinds boilerplate, its citation a reference."""
    found = _blocks(_page(TITLE, *THESIS_RECORD, "Abstract:", *PROSE, THESIS_CITATION), TITLE)
    assert [found[field][0] for field in THESIS_RECORD] == ["boilerplate", "byline", "byline"] + ["boilerplate"] * 3
    assert found[THESIS_CITATION] == ("references", "layout:metadata-field")
    assert all(found[paragraph][0] == "body" for paragraph in PROSE)


# a record in a collection site's words (the V&A's field names) and one in Spectrum 5.0's unit names, the second with
# a compound label in the singular
COLLECTION_RECORD = ["Object number: 1998.12.4", "Object type: Ferry ticket, printed card",
                     "Artist/Maker: Isle Printing Works", "Place of origin: Kestwick (printed)",
                     "Materials and techniques: Letterpress on card", "Dimensions: 60 x 90 mm",
                     "Credit line: Bequeathed by Morag Kerr, 1961"]
SPECTRUM_RECORD = ["Object number: 2004.3.17", "Object name: Tide gauge float, painted tin",
                   "Production person: Velm Tinsmiths", "Production place: Velm harbour",
                   "Material and technique: Tinplate, soldered and painted", "Dimensions: 120 x 40 mm"]


@pytest.mark.parametrize("record", [COLLECTION_RECORD, SPECTRUM_RECORD])
def test_a_museum_record_s_fields_take_their_label_s_section(record):
    """A museum's collection record (Spectrum's units, or a collection site's words for them): the maker a byline,
    the rest boilerplate."""
    found = _blocks(_page(TITLE, *record, *PROSE), TITLE)
    assert [found[field][0] for field in record] == ["boilerplate"] * 2 + ["byline"] + ["boilerplate"] * (len(record) - 3)
    assert all(found[paragraph][0] == "body" for paragraph in PROSE)


@pytest.mark.parametrize("labelled", [
    # everyday words as labels over prose: no repository record, nor, with no RIS tag, a database's export header
    ["Degree: the extent of the council's support for the ferry is unclear",
     "Citation: the harbour master was cited twice for overloading the ferry",
     "Item type: the council has not said which boats it will buy"],
    ["Artist/Maker: the yard that built the ferry has closed its doors",
     "Dimensions: the new quay is twice as long as the old one",
     "Credit line: the bank has cut the council's overdraft again"],
    ["Content: The ferry company sent two boats to the island in 2015",
     "Database: Example Archive", "Provider: Example Ferries"],
])
def test_everyday_words_as_labels_over_prose_make_no_record(labelled):
    found = _blocks(_page(TITLE, "By Jane Roe", PROSE[0], *labelled, *PROSE[1:]), TITLE)
    assert all(found[line][1] != "layout:metadata-field" for line in labelled)
    assert all(found[paragraph][0] == "body" for paragraph in PROSE)


def test_a_citation_line_in_an_ordinary_article_is_no_record_field():
    found = _blocks(_page(TITLE, "By Jane Roe", *PROSE[:2], THESIS_CITATION, *PROSE[2:]), TITLE)
    assert found[THESIS_CITATION][1] != "layout:metadata-field"


def test_a_list_of_items_after_a_short_code_and_a_hyphen_is_no_tagged_record():
    items = ["UK - the ferry runs twice a day in winter", "EU - the quay was rebuilt with a grant",
             "US - the navy left the base in 1994"]
    found = _blocks(_page(TITLE, "By Jane Roe", PROSE[0], "\n".join(items), *PROSE[1:]), TITLE)
    assert all(found[item][1] != "layout:metadata-field" for item in items)


@pytest.mark.parametrize("picture", ["[Picture: a ferry leaving the harbour in a storm]",
                                     "[Photo] The ferry leaves the harbour in a storm on Tuesday."])
def test_a_picture_in_brackets_is_a_caption_and_the_heading_above_it_no_caption_title(picture):
    """An easy-read document or a page's text copy prints each picture as its kind in brackets: the picture is a
    caption, whether a heading or a paragraph is above it, and the heading above stays the text's."""
    heading = "What the council did"
    found = _blocks(_page(TITLE, "By Jane Roe", PROSE[0], picture, PROSE[1], heading, picture, *PROSE[2:]), TITLE)
    assert found[picture][0] == "caption"
    assert found[heading][0] == "body"
    assert all(found[paragraph][0] == "body" for paragraph in PROSE)


def test_a_short_title_above_an_unbracketed_caption_is_still_its_title():
    caption = "The ferry leaves the harbour in a storm. Jane Roe/Example Pictures"
    found = _blocks(_page(TITLE, "By Jane Roe", PROSE[0], "Storm at the quay", caption, *PROSE[1:]), TITLE)
    assert found["Storm at the quay"] == ("caption", "layout:caption-title")


def test_a_field_or_two_of_metadata_make_no_record():
    fields = ["Language: English", "Format: Paperback, 320 pages"]
    found = _blocks(_page(TITLE, "By Jane Roe", *PROSE[:2], "\n".join(fields), *PROSE[2:]), TITLE)
    assert all(found[field][1] != "layout:metadata-field" for field in fields)


@pytest.mark.parametrize(("paragraphs", "is_record"), [
    (["Title: that is what the minister wanted most, and the deed to the harbour was the proof that he had it.",
      "Description: the word the port authority chose for the change was routine, though nobody believed it.",
      "Category: this is a dispute of the oldest kind, about who may moor where, and for how long."], False),
    (["Title: What the lease says", "Author: the harbour master wrote most of it himself, in a single night.",
      "Description: a dull document, with one clause that nobody in the ministry has read aloud."], False),
    (["Title: What the lease says", "Category: Ports", "Language: English"], True),
    (["Collection: Harbour Voices\nInterviewer: Jane Roe\nLanguage: English",
      "Abstract: The harbour master recalls the winter the navy came, and the lease he was asked to witness.",
      "Restrictions: Open for research. One passage is closed until 2030."], True),
])
def test_paragraphs_that_open_with_a_field_s_label_in_prose_are_no_record(paragraphs, is_record):
    """A column whose paragraphs open "Title:", "Description:", "Category:" as a figure of speech is no record: a
    record holds data too, fields whose values are no sentences (an archive's record over its abstract)."""
    found = _blocks(_page(TITLE, "By Jane Roe", "4 March 2014", PROSE[0], *paragraphs, *PROSE[1:]), TITLE)
    last_lines = [paragraph.split("\n")[-1] for paragraph in paragraphs]
    assert [found[line][1] == "layout:metadata-field" for line in last_lines] == [is_record] * 3
    assert all(found[paragraph][0] == "body" for paragraph in PROSE[1:])


@pytest.mark.parametrize("marker", ["END OF PART TWO", "[END OF TRANSCRIPT]"])
def test_an_end_marker_over_the_credits_signs_nothing(marker):
    """A script's end marker under its last lines and over its credits is furniture, not the writer's signature."""
    found = _blocks(_page(TITLE, *PROSE, marker, "CREDITS", "Director: Jane Roe", "Producer: John Doe"), TITLE)
    assert found[marker] == ("boilerplate", "layout:end-marker")
    assert found["CREDITS"][0] == "boilerplate"


@pytest.mark.parametrize("above, line, is_role", [
    ("The Example Courier · 6 hours ago", "Results", False),
    ("The Example Courier · 6 hours ago", "Ferry talks resume in the spring", False),
    ("Jane Roe", "Shipping and ports, Kestwick", True),
])
def test_the_line_under_a_name_is_its_role_but_not_the_line_under_a_dated_bar(above, line, is_role):
    """A source-and-time bar over a short line in the header (a results page's next item): the line is no author's
    role."""
    found = _blocks(_page(TITLE, above, line, "Example Wire · 3 days ago", *PROSE), TITLE)
    assert (found[line] == ("byline", "layout:under-byline")) is is_role


@pytest.mark.parametrize("fields, heading, section", [
    (["Section: WORLD; Pg. A6", "Length: 812 words", "Byline: JANE ROE, Courier Staff Writer",
      "Highlight: The navy keeps its base on the coast for another decade."], "Body", "boilerplate"),
    (["Jane Roe", "4 May 2016"], "The lease", "body"),
])
def test_a_heading_under_a_record_s_fields_labels_its_text(fields, heading, section):
    """A news database's export sets "Body" under the record's fields, over the text; a crosshead under the byline and
    the date is the article's first heading."""
    found = _blocks(_page(TITLE, *fields, heading, *PROSE), TITLE)
    assert found[heading][0] == section


@pytest.mark.parametrize("header, is_stamp", [
    ("#2 · p. 3 · Ann Lee · May 4, 2016, 10:12 AM", True),
    ("Note by quay_watch · 4 May 2016 · Helpful 27 · Not helpful 3", True),
    ("Ann Lee · May 4, 2016", True),  # a full date alone beside a name alone, as a page stamps its updates
    ("Ann Lee · May 2016", False),
])
def test_the_stamp_over_a_readers_note_is_its_byline(header, is_stamp):
    note = "Good point, but say who reported the rotation first, and when the ships actually left the port."
    text = _page(TITLE, "Compiled by Jane Roe | 4 May 2016", PROSE[0], PROSE[1], header, note, PROSE[2])
    sections = _reasons(text, title=TITLE)
    assert (sections[header] == ("byline", "layout:post-meta")) is is_stamp
    assert sections[note][0] == "body"


@pytest.mark.parametrize("above, is_body", [
    (["THE YEAR IN FIGURES", "312 sailings cancelled over the winter", "£4.2 million spent on repairs"], True),
    (["AT A GLANCE", "312 sailings cancelled over the winter", "£4.2 million spent on repairs"], False),
    (["Notes for the council"], True),
    (["Time allowed: 40 minutes"], False),
    (["Jane Roe", "Senior lecturer in maritime law, Kestwick University"], False),
])
def test_a_crosshead_over_the_first_paragraph_under_a_box_of_short_lines_is_body(above, is_body):
    """A report's key figures or a second heading may stand between the standfirst and the first crosshead; a form's
    field or an author's role over it makes the heading the header's furniture."""
    standfirst = "The ferry company kept every route open last year, though only just, and at a cost."
    found = _blocks(_page(TITLE, standfirst, *above, "Background", *PROSE), TITLE)
    assert (found["Background"][0] == "body") is is_body


@pytest.mark.parametrize("heading, entries, are_sources", [
    ("Evidence", ["S1. Harbour authority notice, 3 May 2016 (archived copy).",
                  "S2. Port camera images, 4 and 5 May 2016; the quay, 6 May 2016."], True),
    ("Reading list", ["a. The ferry operator's annual report for 2015, which sets out the routes kept.",
                      "b. The council's transport minutes, which record the vote on the winter timetable."], True),
    ("Evidence", ["The harbour master told us the timetable would hold through the winter, whatever the council said.",
                  "Two captains said the same, though neither would be named in print for it."], False),
])
def test_the_entries_of_a_sources_list_among_the_article_s_parts_are_references(heading, entries, are_sources):
    """A fact check sets its list of sources between its findings and the readers' notes; the text goes on under
    it. Paragraphs with no entry's mark and no citation under such a heading are the article's own."""
    text = _page(TITLE, "By Jane Roe | 4 May 2016", PROSE[0], PROSE[1], heading, *entries, "What readers added",
                 PROSE[2], PROSE[3])
    found = _blocks(text, TITLE)
    assert found[heading][0] == "references"
    assert all((found[entry][0] == "references") is are_sources for entry in entries)
    assert found[PROSE[2]][0] == "body"


SUBTITLE_LINES = ["The ferry stopped in March,", "and the port went quiet.", "Nobody told the crews why."]
CLOSING_LINE = "The harbour master said the crews would be back on the quay before the end of the spring."


@pytest.mark.parametrize(("cues", "expected"), [
    (8, "body"),  # a long run of short subtitle lines: a name-like line among them signs nothing off
    (1, "boilerplate"),  # a letter's short postscript under its sign-off
])
def test_a_sign_off_ends_the_text_only_over_a_handful_of_notes(cues, expected):
    lines = [part for n in range(cues) for part in (str(n + 1), *SUBTITLE_LINES)]
    text = _page(TITLE, *PROSE[:2], "That is all from the harbour this week,", "Hannah", *lines, CLOSING_LINE)
    assert _sections(text, title=TITLE)[SUBTITLE_LINES[1]] == expected


SUMMARY = "The ferry company kept its winter timetable for another year, and the islanders who rely on it are not sure why"


@pytest.mark.parametrize("above, below, expected", [
    ("Jane Roe", "Home › News › Islands › Ferries", "standfirst"),  # a breadcrumb
    ("Jane Roe", "A view of the quay at dusk from the harbour wall. Photo: Example Agency", "body"),  # a picture in
    ("Jane Roe", "14:05 GMT", "body"),  # a live blog's entry stamp: the first paragraph was an entry's
    ("Jane Roe", "Additional reporting by John Doe in Kestwick", "standfirst"),  # a credit
    ("Tue 4 Mar 2014 09.15 GMT", "World   Europe   Islands   Ferries   Weather", "standfirst"),  # a menu
    ("Jane Roe", PROSE[1], "body"),  # the first paragraph over the second: the article has begun
    ("Date filed: 4 March 2014", "Filed by: Jane Roe", "body"),  # a record's field above: its text
    ("Entry 4 · Jane Roe · 4 Mar 2014", "Entry 5 · John Doe · 5 Mar 2014", "body"),  # between two stamps alike
    ("Tabled by Jane Roe, Member for Kestwick", "Answered by John Doe, Minister for Ports", "body"),  # a question
])
def test_a_summary_between_the_byline_and_more_of_the_header_s_furniture_is_the_standfirst(above, below, expected):
    text = _page("The Example Courier", TITLE, above, SUMMARY + ".", below, *PROSE)
    assert _sections(text, TITLE)[SUMMARY + "."] == expected


LEDE = ("The ferry company will keep its winter timetable for at least another year, the harbour board said on Tuesday, "
        "after a month of talks with the islanders' council in which neither side would say what the night sailings "
        "cost or who would pay for the crews once the old lease runs out in the spring.")


@pytest.mark.parametrize("first, below, expected", [
    (LEDE, "Kestwick | Harbours | Ferries | Weather", "body"),  # a news lede longer than the paragraph after it
    (LEDE, "Reporting by John Doe in Kestwick", "body"),
    (SUMMARY + ".", "Kestwick | Harbours | Ferries | Weather", "standfirst"),  # a summary shorter than it
    (SUMMARY + ".", "Reporting by John Doe in Kestwick", "standfirst"),
])
def test_a_lede_longer_than_the_next_paragraph_between_the_byline_and_the_furniture_is_body(first, below, expected):
    text = _page("The Example Courier", TITLE, "By Jane Roe", first, below, *PROSE)
    assert _sections(text, TITLE)[first] == expected


@pytest.mark.parametrize("line, expected", [
    ("Convenor: Dr Jane Roe (j.roe@example.ac.uk) · Office hours: Tuesdays 2–4pm", "byline"),
    ("In attendance: Mrs Ann Lee, Harbour Master; Mr John Doe, Clerk", "byline"),
    ("Co-Investigator: Prof. Jane Roe, Department of Maritime History, Example University", "byline"),
    ("ROE: Dr Doe, were you on the quay that night?", "body"),  # a transcript's speaker addresses someone
    ("Update: Dr Jane Roe told the council the ferry would stay.", "body"),  # a line that closes as a sentence
    ("Convenor: the harbour master, with the council's ferry committee", "body"),  # no title of address
    ("Chair: Cllr Ann van Lee | Minutes: Mr J. Doe", "byline"),  # a particle and an initial in the names
    ("Also present: Revd John Doe", "byline"),  # the name closes the line
    ("Update: Mr Doe said the harbour talks would resume in Kestwick next week", "body"),  # news after the name
    ("Watch: Mr Doe arrives in Kestwick for talks with Mrs Roe", "body"),
    ("Update: Mr Doe, the harbour master, said the talks would resume", "body"),  # a clause after the comma
])
def test_a_label_over_a_name_with_its_title_of_address_is_a_byline(line, expected):
    text = _page(TITLE, "By Jane Roe", PROSE[0], PROSE[1], line, PROSE[2], PROSE[3])
    assert _sections(text, TITLE)[line] == expected


@pytest.mark.parametrize("title", [None, "Analysis: Mr Roe's harbour gamble has a limit"])
def test_a_kicker_over_a_headline_that_names_a_person_by_title_leaves_it_the_headline(title):
    headline = "Analysis: Mr Roe's harbour gamble has a limit"
    text = _page("The Example Courier", headline, "By Jane Roe", *PROSE)
    assert _sections(text, title)[headline] == "headline"


@pytest.mark.parametrize("line, expected", [
    ("Timetable details are correct at the time of publication and may change without notice.", "boilerplate"),
    ("Listings are correct when published; check the channel's own guide on the day.", "boilerplate"),
    ("This e-mail and any attachments are confidential and intended for the named recipient only.", "boilerplate"),
    ("The views expressed by panellists are their own and not those of the Example Forum.", "boilerplate"),
    ("The council said its figures were correct at the time of publication, but the ferry company disputes them.",
     "body"),  # news of what someone said was correct
    ("This message was confidential, the minister said, and should never have reached the press.",
     "body"),  # the past: news of a message
    ("Views expressed by our guests are their own.", "boilerplate"),
    ("Views expressed by the harbour master are his own, a spokesman for the council told reporters in Kestwick.",
     "body"),  # one person's views, reported
    ("The views expressed by speakers are their own, the organisers said in a statement on Tuesday.",
     "body"),  # the notice reported in a sentence of news
    ("The timetable is correct at the time of going to press, the ferry company said in its reply to our questions.",
     "body"),  # reported speech after the phrase
    ("Prices are correct at the time of writing but may change.", "boilerplate"),
    ("Dates are correct at the time of publication and subject to change.", "boilerplate"),
    ("Details are correct when printed.", "boilerplate"),
])
def test_a_page_s_standing_notices_are_boilerplate(line, expected):
    text = _page(TITLE, "By Jane Roe", PROSE[0], PROSE[1], line, PROSE[2], PROSE[3])
    assert _sections(text, TITLE)[line] == expected


@pytest.mark.parametrize("line, expected", [
    ("(c) Example Courier 2014", "boilerplate"),  # (c) for ©, the owner and the year
    ("(C) 2014 Example Media Group. All rights reserved.", "boilerplate"),
    ("(c) To ask the harbour board to publish its winter timetable by 1 October 2014;", "body"),  # a lettered item
    ("(c) Fares: the council kept the winter fares at the level set in 2012.", "body"),  # a colon before the year
    ("(c) To publish its winter timetable by 1 October 2014;", "body"),  # short, a year in the item
    ("(c) To review the 2017 lease with the harbour board;", "body"),
    ("(c) By 2016.", "body"),  # a year after a preposition, no owner
    ("(c) 2019 Kestwick Harbour Trust", "boilerplate"),  # the year right after the sign
    ("(c) The Kestwick Courier Ltd, 2012–2014", "boilerplate"),  # the owner's name, then the years
])
def test_a_c_in_brackets_is_a_copyright_only_with_a_year_after_the_owner(line, expected):
    items = ["(a) To keep the night ferry in service through the winter months;",
             "(b) To review the harbour dues once the new quay is open;"]
    text = _page(TITLE, "By Jane Roe", PROSE[0], *items, line, PROSE[1], PROSE[2], PROSE[3])
    assert _sections(text, TITLE)[line] == expected


@pytest.mark.parametrize("line, expected", [
    ("650  _0 $a Ferries $z Example Isle $x History.", "boilerplate"),  # a subject heading's field
    ("300  __ $a xii, 210 pages : $b maps ; $c 24 cm.", "boilerplate"),
    ("100  1_ $a Roe, Jane, $e author.", "boilerplate"),
    ("520  __ $a How the council kept the night ferry running through three hard winters.", "body"),  # a summary note
    ("245  10 $a The last ferry : $b winters at Example Isle / $c Jane Roe.", "body"),  # the title statement
    ("300 passengers a night used the ferry before the council cut the late sailings.", "body"),  # prose
])
def test_a_marc_record_s_data_fields_are_boilerplate_but_its_title_and_notes(line, expected):
    fields = ["LDR     01234cam a2200301 i 4500", "001     990012345"]
    text = _page(TITLE, "By Jane Roe", PROSE[0], PROSE[1], *fields, line, PROSE[2], PROSE[3])
    assert _sections(text, TITLE)[line] == expected


@pytest.mark.parametrize("line, expected", [
    ("Figure 2. Sailings by month, 2019–2023", "caption"),
    ("Table 4: Harbour dues by class of vessel, 2014", "caption"),
    ("Table 1. Should the council keep the night ferry? (% of all respondents)", "body"),  # a poll's question
    ("Table 2. Support for the night ferry by district (% of all respondents)", "body"),  # a poll's base
    ("Box 1: How the harbour dues are set", "body"),  # a box's heading over its text
    ("Figure 2. Share of harbour imports from the mainland (%)", "caption"),  # a chart's unit, no poll's base
    ("Chart 1: Who pays for the ferry?", "caption"),  # a chart's question: only a table gives a poll's
    ("Table 3. Harbour dues by class of vessel (%)", "caption"),  # a table's unit, no base
])
def test_a_numbered_figure_title_is_a_caption_but_a_poll_s_question_or_a_box_heading(line, expected):
    text = _page(TITLE, "By Jane Roe", PROSE[0], PROSE[1], line, PROSE[2], PROSE[3])
    assert _sections(text, TITLE)[line] == expected


@pytest.mark.parametrize("heading, expected", [
    ("READERS' TRIBUTES (2)", "comment"),  # an obituary's tributes from readers
    ("Reasons for signing", "comment"),  # a petition's signers' comments
    ("Readers’ comments", "comment"),
    ("Tributes from the council", "body"),  # a crosshead over the article's own tributes
    ("Reasons for the ferry's closure", "body"),
])
def test_a_heading_of_readers_tributes_or_reasons_for_signing_opens_the_comments(heading, expected):
    note = "I crossed on that ferry every winter for twenty years and never once missed a sailing."
    text = _page(TITLE, "By Jane Roe", *PROSE, heading, "Ann · Kestwick · 2 days ago", note)
    assert _sections(text, TITLE)[note] == expected


@pytest.mark.parametrize("below, expected", [
    (["Ann · Kestwick · 2 days ago", "I crossed on that ferry every winter for twenty years."],
     ["boilerplate", "comment", "comment"]),  # over a thread: the thread's heading, then the comments
    ([PROSE[2], PROSE[3]], ["body", "body", "body"]),  # a crosshead over the paper's own text
    (["I crossed on that ferry every winter for twenty years.", PROSE[3]], ["body", "body", "body"]),  # no stamp
])
def test_a_readers_heading_heads_the_comments_only_over_a_thread(below, expected):
    heading = "Readers' memories"
    text = _page(TITLE, "By Jane Roe", PROSE[0], PROSE[1], heading, *below)
    sections = _sections(text, TITLE)
    assert [sections[block] for block in (heading, *below)] == expected


@pytest.mark.parametrize("above, expected", [
    (["CHARGE {n}"], "body"),  # a field heading under each numbered part
    (["CHARGE {n}", "The first ferry left late on the {n}th."], "body"),  # two blocks under it
    (["{n}"], "boilerplate"),  # under a page number: the page's running head
    (["{short}"], "boilerplate"),  # under lines that differ: a running head
])
def test_a_line_repeated_under_each_of_a_series_of_numbered_headings_is_no_running_head(above, expected):
    head = "Statement of the complaint"
    blocks = []
    for n in (1, 2, 3):
        short = ["Harbour dues rose again in the spring", "The night ferry ran late twice", "Crews were short"][n - 1]
        blocks += [line.format(n=n, short=short) for line in above] + [head, PROSE[n - 1]]
    text = _page(TITLE, "By Jane Roe", PROSE[3], *blocks)
    assert {block.section for block in iter_blocks(text, title=TITLE) if block.text == head} == {expected}


@pytest.mark.parametrize("above", [
    "Section 2 · Page {page}",  # a running foot with a bar: the page's furniture, no part's heading
    "{page} | Annual Review 2023",
    "Column {page}",  # a column's number, as debates print it
    "Page {page}",
])
def test_a_running_head_under_the_numbers_of_pages_is_no_field_heading(above):
    head = "Kestwick Harbour Trust Annual Review"
    blocks = []
    for n in (1, 2, 3):
        blocks += [above.format(page=731 + n), head, PROSE[n - 1]]
    text = _page(TITLE, "By Jane Roe", PROSE[3], *blocks)
    assert {block.section for block in iter_blocks(text, title=TITLE) if block.text == head} == {"boilerplate"}


@pytest.mark.parametrize("line, expected", [
    ("Having trouble reading this email? View in browser <https://example.org/v/123>", "boilerplate"),
    ("View this email in your browser", "boilerplate"),
    ("View from the browser of a ferry passenger: the harbour at dusk, the lights of the quay.", "standfirst"),
])
def test_an_e_mail_newsletter_s_link_to_its_web_copy_is_boilerplate(line, expected):
    text = _page(TITLE, line, *PROSE)
    assert _sections(text, TITLE)[line] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("JANE ROE", True),
    ("Jane Roe", True),
    ("JANE ROE AND JOHN DOE", False),  # five words: no single name, whatever the case
    ("JANE A ROE", True),  # an initial is a letter, not the article
    ("THE VERDICT", False),  # an article: a heading in capitals
    ("HIGH COURT OF ORLEY", False),  # a preposition
    ("EDITOR'S NOTE", False),  # a possessive before the last word
    ("KEEPER’S LOG", False),
    ("The Harbour Gazette", True),  # not in capitals: a paper that signs a quoted line is as it was
    ("PAGE TWO", False),  # a part's heading, as before
])
def test_a_line_in_capitals_with_a_heading_s_words_signs_nothing(text, expected):
    from analysis.corpus.page import _is_signed_name

    assert _is_signed_name(text) is expected


@pytest.mark.parametrize(("line", "expected"), [
    ("THE VERDICT", "boilerplate"),
    ("COUNCIL OF ELDERS", "boilerplate"),
    ("MARTA OLSEN", "byline"),  # a name in capitals under the headline stays a byline
])
def test_a_heading_in_capitals_in_the_header_is_no_byline(line, expected):
    text = _page(TITLE, "Jane Roe", "Monday 3 March 2014", line, "Share this article", *PROSE)
    assert _sections(text, TITLE)[line] == expected


def _subtitle_file(*cues: str) -> str:
    """A subtitle file as SubRip prints it: each cue's number, its timing line and its text."""
    blocks = ["The harbour after the storm"]
    for n, cue in enumerate(cues, 1):
        blocks += [str(n), f"00:00:{10 + n * 3:02d},200 --> 00:00:{12 + n * 3:02d},900", cue]
    return "\n\n".join(blocks) + "\n"


@pytest.mark.parametrize(("line", "expected"), [
    ("Then it stopped meeting.", "body"),
    ("Not again.", "body"),
    ("- Will it sail?", "body"),  # the last words spoken
    ("[MUSIC]", "boilerplate"),  # a sound's note after them
    ("Edited by", "boilerplate"),  # an end credit's label over its name
    ("Jane Roe", "boilerplate"),
])
def test_a_subtitle_file_s_short_last_cues_are_its_text_and_its_end_credits_are_not(line, expected):
    text = _subtitle_file("[WIND]", "The ferry did not sail that winter,\nnor the next.", "Nobody on the quay\nwas told why.",
                          "Then it stopped meeting.", "Not again.", "- Will it sail?", "[MUSIC]", "Edited by\nJane Roe")
    sections = {block.text: block.section for block in iter_blocks(text, title="The harbour after the storm")}
    assert sections[line] == expected


@pytest.mark.parametrize(("items", "expected"), [
    (["12   Who will pay for the ferries?", "8   Why did the port close in winter?", "5   What happens to the crews?"],
     "boilerplate"),  # related questions with their scores, as question-and-answer sites list them
    (["12\tWho will pay for the ferries?", "8\tWhy did the port close in winter?", "5\tWhat happens to the crews?"],
     "boilerplate"),  # the score and the question split by a tab
    (["12 Who will pay for the ferries?", "8 Why did the port close in winter?", "5 What happens to the crews?"],
     "body"),  # one space: no score's gap, as before
    (["1.\tWho will pay for the ferries?", "2.\tWhy did the port close in winter?", "3.\tWhat happens to the crews?"],
     "body"),  # a numbered list's points before a tab: no score
    (["1.5k\tWho will pay for the ferries?", "1,204\tWhy did the port close in winter?",
      "9\tWhat happens to the crews?"], "boilerplate"),  # scores in thousands
    (["12   Who will pay for the ferries? Nobody has said.", "8   Why did the port close? The ice came early.",
      "5   What happens to the crews? They wait."], "body"),  # questions with their answers: the text's own
])
def test_related_questions_between_paragraphs_are_a_link_list_also_with_their_scores(items, expected):
    text = _page(TITLE, *PROSE[:2], "Related", *items, "Most read", *PROSE[2:])
    sections = _sections(text, TITLE)
    assert [sections[item] for item in items] == [expected] * len(items)


def _reasons(text: str, title: str | None = None) -> dict[str, tuple[str, str]]:
    return {block.text: (block.section, block.reason) for block in iter_blocks(text, title=title)}


@pytest.mark.parametrize("top, below", [
    # a path too long for a menu: the site's breadcrumb, whatever follows it
    ("Archive › Papers on the harbour and the fleet, 1990–2020 › Spring series", "By Jane Roe"),
    ("Hearings > Case 12/04 The Harbour Board v. Roe > Day 3", "By Jane Roe"),
])
def test_without_a_title_a_site_line_is_no_headline(top, below):
    text = _page("The Example Courier", top, below, *PROSE)
    labels = _reasons(text)
    assert labels[top] == ("boilerplate", "layout:site-line")
    assert all(labels[paragraph][0] == "body" for paragraph in PROSE)


def test_without_a_title_the_first_of_a_record_s_fields_is_no_headline():
    fields = ["Hearing reference: [2019] HB 214", "Claim reference: HB/0311/2018"]
    text = _page("The Example Courier", "Home   World   Sport", "HARBOUR BOARD TRIBUNAL", *fields, *PROSE)
    labels = _reasons(text)
    assert labels[fields[0]][0] != "headline"
    assert all(labels[paragraph][0] == "body" for paragraph in PROSE)


@pytest.mark.xfail(strict=True, reason="a line right over a menu bar or a path may be the site's tagline or a count "
                                       "of results, or the article's headline over its tags or breadcrumb: layout "
                                       "alone does not tell them apart, so it stays the headline")
@pytest.mark.parametrize("top, below", [
    ("Notes on the harbour towns and the ferries between them", "World   Politics   Business   Sport"),
    ("About 3,400 results for the harbour question", "Home › Harbour › Ferries"),
])
def test_without_a_title_a_tagline_over_the_menu_is_no_headline(top, below):
    text = _page("The Example Courier", top, below, *PROSE)
    assert _reasons(text)[top][0] != "headline"


@pytest.mark.parametrize("below", [
    "Politics | Transport | Harbour",  # the article's tags or breadcrumb under its headline
    "News › UK › Transport",
    "By Jane Roe",
    "Share   Tweet   Email",  # a share bar under the headline is the article's own
    "Example Wire · 2 days ago",  # so is a bar of its source and time
    "Tue 4 Mar 2014 09.15 GMT",
])
def test_without_a_title_the_first_title_like_line_over_the_header_stays_the_headline(below):
    text = _page("The Example Courier", TITLE, below, *PROSE)
    assert _reasons(text)[TITLE] == ("headline", "position:headline")


@pytest.mark.xfail(strict=True, reason="a labelled line or a print-edition note over the headline is read as the "
                                       "headline when no registry title names it")
def test_without_a_title_a_print_edition_note_over_the_headline_is_no_headline():
    note = "From the print edition, Monday 3 March 2014, page 12"
    text = _page("The Example Courier", note, TITLE, *PROSE)
    assert _reasons(text)[TITLE][0] == "headline"


@pytest.mark.parametrize("name", ["Ms Jane Roe", "Dr Roe", "Mr John Doe-Smith", "Professor Ann Lee"])
def test_a_titled_name_alone_between_the_paragraphs_is_a_byline(name):
    """A name after a courtesy or academic title, on its own line among the paragraphs (a clause's mover, a
    speaker's label, a section's signatory), names who speaks or signs: no paragraph of the article."""
    text = _page(TITLE, "By Jane Roe", PROSE[0], "Amendment 1", name, PROSE[1], PROSE[2])
    labels = _reasons(text)
    assert labels[name] == ("byline", "layout:titled-name")
    assert labels["Amendment 1"][0] == "body"
    assert all(labels[paragraph][0] == "body" for paragraph in PROSE[:3])


@pytest.mark.parametrize("line", [
    "Dr Roe and the harbour",  # a crosshead naming someone: lower-case words
    "Sir Edmund said no.",  # a sentence
    "Doctor Who",  # no title of the list
])
def test_a_titled_line_that_is_no_name_alone_stays_body(line):
    text = _page(TITLE, "By Jane Roe", PROSE[0], line, PROSE[1], PROSE[2])
    assert _reasons(text)[line][0] == "body"


@pytest.mark.parametrize("office", ["Mr Speaker", "Mr Deputy Speaker", "Madam President", "Mr Prime Minister",
                                    "Mr Ambassador"])
def test_an_office_addressed_by_its_title_alone_is_no_titled_name(office):
    text = _page(TITLE, "By Jane Roe", PROSE[0], office, PROSE[1], PROSE[2])
    assert _reasons(text)[office][1] != "layout:titled-name"


def test_a_titled_name_signing_a_letter_keeps_its_signature_reason():
    text = _page(TITLE, "By Jane Roe", PROSE[0], PROSE[1], "Dr Jane Roe", "Kestwick")
    assert _reasons(text)["Dr Jane Roe"][0] == "byline"


def _paged_by_numbers(head: str, numbers: list[str], *, under: bool = False) -> str:
    blocks = [TITLE, "By Jane Roe"]
    for number, paragraph in zip(numbers, PROSE):
        blocks += [number, head] if under else [head, number]
        blocks += ["Harbour dues and crews", paragraph]
    return _page(*blocks)


@pytest.mark.parametrize("head, numbers, under", [
    ("Annual review", ["12", "13", "14"], False),
    ("Strategic report", ["7", "9", "11", "12"], False),
    ("Annual review", ["12", "13", "14"], True),  # a running foot under its page's number
])
def test_a_two_word_head_beside_rising_page_numbers_is_a_running_head(head, numbers, under):
    labels = [(block.text, block.reason) for block in iter_blocks(_paged_by_numbers(head, numbers, under=under))]
    assert [reason for text, reason in labels if text == head] == ["layout:running-head"] * len(numbers)
    assert [reason for text, reason in labels if text in numbers] == ["layout:page-number"] * len(numbers)
    assert all(reason == "position:body" for text, reason in labels if text in PROSE)


@pytest.mark.parametrize("head, numbers", [
    ("Total cost", ["45", "12", "30"]),  # a table's field over its values: no run of pages
    ("Annual review", ["12", "13"]),  # twice: too few to tell
    ("Annual review", ["12", "40", "41"]),  # a gap no page run has
    ("Our recommendation", ["1", "2", "3"]),  # a list's numbers from one
])
def test_a_two_word_line_beside_numbers_that_are_no_page_run_is_no_running_head(head, numbers):
    labels = [(block.text, block.reason) for block in iter_blocks(_paged_by_numbers(head, numbers))]
    assert "layout:running-head" not in [reason for text, reason in labels if text == head]


def test_a_two_word_line_over_rising_figures_with_no_prose_between_is_no_running_head():
    # a survey's answers over their shares: no page of prose between one and the next
    rows = ["Question one", "Strongly agree", "23", "Question two", "Strongly agree", "27", "Question three",
            "Strongly agree", "31"]
    labels = [(block.text, block.reason) for block in iter_blocks(_page(TITLE, "By Jane Roe", PROSE[0], *rows,
                                                                        *PROSE[1:]))]
    assert "layout:running-head" not in [reason for text, reason in labels if text == "Strongly agree"]


def test_a_programme_s_length_alone_between_listings_is_boilerplate():
    text = _page(TITLE, "By Jane Roe", PROSE[0], "Harbour Lives", "30 mins", PROSE[1], "1 hr 10 mins", "Island One",
                 PROSE[2], PROSE[3])
    labels = _reasons(text)
    assert labels["30 mins"] == labels["1 hr 10 mins"] == ("boilerplate", "layout:running-time")
    assert all(labels[paragraph] == ("body", "position:body") for paragraph in PROSE)


def test_a_crosshead_of_hours_between_paragraphs_stays_body():
    text = _page(TITLE, "By Jane Roe", PROSE[0], "24 hrs", PROSE[1], "48 hrs", PROSE[2], PROSE[3])
    labels = _reasons(text)
    assert labels["24 hrs"] == labels["48 hrs"] == ("body", "position:body")


def test_a_script_s_on_screen_captions_between_turns_are_captions():
    turns = ["NARRATOR (V.O.): The ferries stopped in May, and the harbour has been quiet since the strike began.",
             "ROE (harbour pilot): We waited three weeks for a berth, and nobody in the port office could say why."]
    caption = "LOWER THIRD: Jane Roe, harbour pilot, Kestwick"
    labels = _reasons(_page(TITLE, "Script by Tam Brodie", turns[0], caption, turns[1], *PROSE), title=TITLE)
    assert labels[caption][0] == "caption"
    assert labels[turns[1]] == ("body", "position:body")


def test_an_object_label_s_number_between_wall_texts_is_a_caption():
    label = "Cat. 3"
    labels = _reasons(_page(TITLE, "By Jane Roe", PROSE[0], label, "Ferry bell from the north pier", PROSE[1],
                            *PROSE[2:]), title=TITLE)
    assert labels[label][0] == "caption"
    assert all(labels[paragraph] == ("body", "position:body") for paragraph in PROSE)
