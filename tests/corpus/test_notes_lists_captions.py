"""Block types decided from their shape and their neighbours (issue 14, part 4): notes set apart in brackets after an
article, captions closed by a credit, link lists of headlines and the writer's sign-off, on invented pages (fictional
outlets and people) in several registers."""

from __future__ import annotations

import pytest

from analysis.corpus import layout
from tests.corpus.conftest import sections_by_text

TITLE = "Harbour ferry fares to rise in spring"
PROSE = [
    "The harbour board agreed on Thursday to raise ferry fares by a tenth from April, the first rise in four years, "
    "after fuel and crew costs ran well ahead of what the timetable had been planned around.",
    "Commuters from the outer islands, who make up most of the morning traffic, will pay a little less than the rest "
    "under a season ticket the board promised to keep at last year's price until the summer.",
    "Board members said the alternative was to cut the last sailing of the evening, which carries few passengers "
    "but is the only way home for hospital staff who work late shifts on the mainland.",
]
FOOTER = "Terms of Use   Privacy   Cookies"


def _sections(*blocks: str, title: str = TITLE) -> dict[str, str]:
    return sections_by_text(*blocks, title=title)


@pytest.mark.parametrize("line, expected", [
    ("[Recording ends here. The full episode is for members.]", True),
    ("(This conversation has been shortened for print.)", True),
    ("(Reporting: Jane Roe in Kestwick (Example Wire). Editing: Tom Berg.)", True),
    ("(Leaked minutes, seen by the Example Courier)", True),
    ("The board met (briefly) on Thursday.", False),
    ("(The first sentence.) And the second one is outside.", False),
])
def test_a_block_wholly_in_brackets_is_set_apart(line, expected):
    assert layout.is_set_apart(line) is expected


@pytest.mark.parametrize("line, expected", [
    ("The board met on Thursday.", True),
    ("The vote was close (seven to six).", True),
    ("She said so herself (and meant it.)", True),
    ("jr/tb (Example Wire, Other Agency)", False),  # a desk's initials and its agencies
    ("Filed from Port Selby (with agencies)", False),
    ("(The board declined to comment.)", False),  # a note set apart
    ("Fares to rise in spring", False),
])
def test_a_sentence_is_finished_by_its_own_mark_not_by_a_closing_aside(line, expected):
    assert layout.finishes_sentence(line) is expected


# A note set apart after the article is page furniture; the reporting credit in brackets with it (which the gold
# also accepts as a byline) is read the same way.
@pytest.mark.parametrize("note, expected", [
    ("(This interview was shortened and lightly edited for clarity.)", "boilerplate"),
    ("[End of the excerpt. Members can read the whole transcript on the website.]", "boilerplate"),
    ("(Reporting: Jane Roe in Port Selby and John Doe in Kestwick. Editing: Ann Lee.)", "boilerplate"),
    ("jr/tb (Example Wire, Island Press, Northern Agency)", "boilerplate"),
])
def test_a_note_in_brackets_after_the_last_paragraph_is_no_part_of_the_article(note, expected):
    sections = _sections(TITLE, "By Jane Roe", "4 March 2014", *PROSE, note, "Share   Save", FOOTER)
    assert sections[note] == expected
    assert sections[PROSE[-1]] == "body"


def test_a_long_quotation_in_brackets_inside_the_article_stays_in_it():
    aside = ("(The board's own figures, published last month, show that the late sailing loses money on every night "
             "of the week except Friday, when the theatre crowd goes home across the water.)")
    sections = _sections(TITLE, "By Jane Roe", "4 March 2014", PROSE[0], aside, *PROSE[1:], FOOTER)
    assert sections[aside] == "body"


@pytest.mark.parametrize("line, expected", [
    ("Passengers queue for the last sailing at the north quay on Friday. PHOTO: JANE ROE", True),
    ("The new hall seen from the river, late in March. IMAGE: EXAMPLE COUNCIL", True),
    ("Crew members check the mooring lines before dawn. (Ministry of Harbours handout via Example Wire)", True),
    ("Two pilots leave the briefing room after the vote. (Example Wire: Pool/File)", True),
    ("A ferry crosses the strait in heavy weather. (Island Pictures Handout)", True),
    ("The board met on Thursday and voted seven to six. (The chair abstained.)", False),
    ("The board met on Thursday (and again on Friday).", False),
    ("PHOTO GALLERY", False),
])
def test_a_caption_is_closed_by_its_credit_in_capitals_or_by_a_handout_or_pool_credit(line, expected):
    assert layout.is_credit(line) is expected


@pytest.mark.parametrize("line, expected", [
    ("The harbour master reads the new timetable to the crews on Monday. — Example Wire", True),
    ("Passengers wait for the late ferry in the rain. JANE ROE", True),
    ("Passengers wait for the late ferry in the rain. | EXAMPLE-WIRE", True),  # a bar before the credit
    ("Volunteers clear the quay after the storm on 4 March. Example Wire/local residents", True),  # a source after a slash
    ("A patrol boat leaves the harbour at dawn, in a still from a ministry video. Source: Ministry of Harbours", True),
    ("The ministers met at the harbour office on Monday. Sources say", False),  # a clause, no label and colon
    ("The ferry was late again on Tuesday. | Read more", False),  # a link after a bar, not a credit
    ("The ferry was late again on Tuesday. | Read More", False),  # a link in title case
    ("Assad met Putin in Sochi on Tuesday. | Watch Video", False),
    ("Assad met Putin in Sochi on Tuesday. | Share This Story", False),
    ("The harbour master reads the new timetable to the crews on Monday.", False),  # no credit after it
    ("Fares rise. Board says", False),  # too few words for a caption's sentence
    ("Updated 4 March 2014", False),
])
def test_a_finished_sentence_with_a_short_line_after_it_is_shaped_like_a_credited_caption(line, expected):
    assert layout.is_credited_sentence(line) is expected


@pytest.mark.parametrize("line, expected", [
    ("Ferries wait out the storm at the quay on Thursday. PHOTO | EXAMPLE PICTURE AGENCY", True),  # label, bar, credit
    ("The harbour board meets in the town hall on Monday. Photo | Jane Roe", True),
    ("Passengers queue for the last sailing of the evening. [Photo/Example Wire]", True),  # labelled, square brackets
    ("A patrol boat leaves the harbour at dawn. [Image: Example Agency]", True),
    ("[Picture by Jane Roe]", True),
    ("Home | Photo | Video | Forum", False),  # a menu, no sentence before the label
    ("The ferry was late again on Tuesday. Photo | Read more", False),  # a link after the bar
    ("Assad met Putin in Moscow in October 2015. Photos | Share this", False),
    ("Iran and Hezbollah sent fighters to Aleppo. [Photos of the convoy were not released]", False),  # a note
    ("He said the picture was staged. [Photo shows Assad at Hmeimim in 2017.]", False),
])
def test_a_caption_s_credit_may_follow_its_label_after_a_bar_or_stand_labelled_in_square_brackets(line, expected):
    assert layout.is_credit(line) is expected


def test_a_caption_with_a_credit_in_square_brackets_under_the_byline_is_no_first_paragraph():
    caption = "Passengers queue for the last sailing of the evening at the quay on Thursday. [Photo/Example Wire]"
    sections = _sections(TITLE, "By Jane Roe", "4 March 2014", caption, *PROSE)
    assert (sections[caption], sections[PROSE[0]]) == ("caption", "body")


def test_a_credited_sentence_between_the_share_bar_and_the_first_paragraph_is_the_lead_picture_s_caption():
    caption = "Islanders gather at the quay as the board's vote is read out on Thursday evening. — Example Wire"
    sections = _sections(TITLE, "By Jane Roe", "4 March 2014", "Facebook   Twitter   Email", caption, *PROSE)
    assert (sections[caption], sections[PROSE[0]]) == ("caption", "body")


def test_the_points_under_a_summary_box_s_heading_above_the_article_are_its_standfirst():
    points = ["Fares rise by a tenth from April", "Season tickets stay at last year's price until summer",
              "The late sailing is kept for hospital staff"]
    caption = "The north quay at dusk, where the late ferry leaves from. (Example Wire: Pool/File)"
    sections = _sections(TITLE, "By Jane Roe", "4 March 2014", caption, "Key points:", *points, *PROSE)
    assert [sections[point] for point in points] == ["standfirst"] * 3
    assert (sections[caption], sections[PROSE[0]]) == ("caption", "body")


@pytest.mark.parametrize("items", [
    ["Who pays for the island ferries?", "Crews vote to accept the winter rota", "Analysis: the harbour's long wait"],
    ["Can the late sailing survive another year?", "Why do fares rise faster than wages?", "The quay, in pictures"],
    ["Council tax: what changes in April", "Is the night bus worth saving?", "3 March 2014",
     "Drivers back the new timetable"],
])
def test_headlines_that_ask_questions_are_items_of_a_link_list_inserted_between_paragraphs(items):
    sections = _sections(TITLE, "By Jane Roe", "4 March 2014", PROSE[0], "Recommended", *items, "Inside the board",
                         *PROSE[1:], FOOTER)
    assert [sections[item] for item in items] == ["boilerplate"] * len(items)
    assert (sections["Inside the board"], sections[PROSE[1]]) == ("body", "body")  # the crosshead over prose


def test_question_crossheads_of_an_explainer_are_no_link_list():
    questions = ["Why do the fares rise?", "Who pays for the late sailing?"]
    sections = _sections(TITLE, "By Jane Roe", "4 March 2014", PROSE[0], questions[0], PROSE[1], questions[1],
                         PROSE[2], FOOTER)
    assert [sections[question] for question in questions] == ["body", "body"]


@pytest.mark.parametrize("line, expected", [
    ("Follow every update on the harbour strike here", "boilerplate"),
    ("Listen to this story on our app", "boilerplate"),
    ("Download the full report (PDF, 2 MB)", "boilerplate"),
    ("Support for the late sailing", "body"),  # a crosshead that opens with a verb-like noun
    ("Follow the money", "body"),  # an imperative crosshead that speaks of no page
])
def test_a_call_to_action_inserted_between_paragraphs_is_no_part_of_the_article(line, expected):
    sections = _sections(TITLE, "By Jane Roe", "4 March 2014", PROSE[0], line, *PROSE[1:], FOOTER)
    assert sections[line] == expected


@pytest.mark.parametrize("text, expected", [
    ("That is all for this week. See you on Friday.", True),
    ("The quay opens at six. Thanks for reading, and for all your letters.", True),
    ("Until next time, take care.", True),
    ("Best wishes,", True),
    ("The board thanked the crews for their patience.", False),  # thanks reported, no closing formula
    ("“See you in court,” the skipper told the board.", False),  # a quotation's words
    ("Nobody will see you off at the quay after ten.", False),
    ("Thanks to the new rota, the crews now rest between crossings.", False),  # a cause, no thanks
])
def test_a_paragraph_closes_with_a_valediction(text, expected):
    assert layout.closes_with_valediction(text) is expected


@pytest.mark.parametrize("closing, name", [
    ("That is all from the harbour desk this week. See you on Friday.", "— Morag"),
    ("That is all for this year. Thank you for reading, and for the many kind letters.", "Morag"),
    ("We will be back after the holiday. Until next time, take care.", "Tom Berg"),
])
def test_the_writer_s_name_under_a_closing_formula_is_a_sign_off(closing, name):
    prompt = "Have a story about the ferries? Write to the harbour desk at desk@example.org."
    sections = _sections(TITLE, "By Jane Roe", "4 March 2014", *PROSE, closing, name, prompt, FOOTER)
    assert (sections[closing], sections[name]) == ("body", "byline")


def test_a_crosshead_under_a_paragraph_that_reports_thanks_stays_in_the_article():
    reported = "The chair thanked the crews for keeping the service running through the storms."
    sections = _sections(TITLE, "By Jane Roe", "4 March 2014", PROSE[0], reported, "The Road Ahead", *PROSE[1:],
                         FOOTER)
    assert sections["The Road Ahead"] == "body"


@pytest.mark.parametrize("breadcrumb", ["Business / Transport", "NEWS / ISLANDS", "Opinion / Letters"])
def test_a_breadcrumb_split_by_slashes_above_the_headline_is_navigation_not_a_credit(breadcrumb):
    assert layout.is_credit(breadcrumb)  # shaped like a photographer and an agency
    sections = _sections("Example Courier", breadcrumb, TITLE, "By Jane Roe", *PROSE, FOOTER)
    assert sections[breadcrumb] == "boilerplate"


def test_a_credit_split_by_a_slash_under_its_caption_stays_a_caption():
    caption = "The late ferry leaves the north quay in the rain"
    sections = _sections("Example Courier", TITLE, "By Jane Roe", caption, "Jane Roe / Example Wire", *PROSE, FOOTER)
    assert (sections[caption], sections["Jane Roe / Example Wire"]) == ("caption", "caption")


def test_short_notes_under_the_writer_s_sign_off_are_no_part_of_the_text():
    closing = "That is all from the harbour desk this week. See you on Friday."
    notes = ["Thanks", "Ann Lee checked the timetables. Write to the desk at desk@example.org.", "P.S.",
             "We are off to the island fair on Saturday, weather permitting."]
    sections = _sections(TITLE, "By Jane Roe", "4 March 2014", *PROSE, closing, "Morag", *notes, FOOTER)
    assert (sections[closing], sections["Morag"]) == ("body", "byline")
    assert [sections[note] for note in notes] == ["boilerplate"] * len(notes)


def test_a_letter_quoted_in_the_article_does_not_end_it():
    quoted = ["In her letter to the board the skipper closed with a warning. Until next time, take care.", "Ann Lee"]
    sections = _sections(TITLE, "By Jane Roe", "4 March 2014", PROSE[0], *quoted, *PROSE[1:], FOOTER)
    assert [sections[paragraph] for paragraph in PROSE[1:]] == ["body", "body"]


@pytest.mark.parametrize("text", [
    "Thanks in part to Russian jets, the regime retook the city.",  # a cause, with "in part" before "to"
    "All the best units went to Aleppo.",
    "Take care not to read too much into the vote.",
    "Regards to Moscow were conveyed by the envoy.",
    "Thanks largely to the late grants, the theatre reopened on time.",
    "Take care when crossing the quay at low tide.",  # a public notice
    "Regards from the committee were read out before the vote.",
    "The rota was drawn up in a hurry. See you at the quay at six, the skipper told each of the new deckhands.",
    "Thank you for the kind invitation was all the ambassador said on leaving.",  # thanks reported in a sentence
])
def test_prose_that_opens_with_the_words_of_a_closing_formula_is_no_valediction(text):
    assert layout.closes_with_valediction(text) is False


@pytest.mark.parametrize("text", ["All the best!", "Take care, and see you in spring.", "Kind regards",
                                  "That is all for now. Take care of yourselves.",
                                  "We are off until March. Thanks for reading, for writing in, and for every patient "
                                  "correction of my spelling."])
def test_a_short_closing_formula_as_the_last_sentence_is_a_valediction(text):
    assert layout.closes_with_valediction(text) is True


@pytest.mark.parametrize("closing, crosshead", [
    ("The commanders kept the reserve back for the spring offensive. All the best units went north.",
     "Holding Firm"),
    ("In his last letter home the deckhand wrote only a few words. See you at Christmas.", "What Comes Next"),
    ("The minutes were signed and sent to the ministry that evening. Kind regards,", "The Road Ahead"),
])
def test_a_crosshead_under_a_paragraph_ending_like_a_letter_is_no_sign_off(closing, crosshead):
    short = ["The south of the province was left to the militias, who had little fuel and fewer officers to lead them.",
             "Few of those units stayed through the winter, and most of their men had gone home by the spring thaw."]
    sections = _sections(TITLE, "By Jane Roe", "4 March 2014", PROSE[0], closing, crosshead, *short, FOOTER)
    assert [sections[block] for block in (closing, crosshead, *short)] == ["body"] * 4


@pytest.mark.parametrize("line", [
    "Putin met Assad in Sochi in November. (The talks were held via video link)",
    "The lido closed that summer. (Residents swam in the pool until 2012)",
    "The committee sat until late. (Members voted via a show of hands)",
    "The figures were late again. (They were supplied via the council's press office)",
    "The lido reopened in May. (A file photo from 1998 hangs in the foyer)",
])
def test_a_remark_in_brackets_that_mentions_a_pool_or_via_is_no_credit(line):
    assert layout.is_credit(line) is False


@pytest.mark.parametrize("line", [
    "Crews wait at the quay before the first sailing. (Pool photo)",
    "Crews wait at the quay before the first sailing. (File photo/Example Wire)",
])
def test_a_credit_phrase_in_brackets_closes_a_caption(line):
    assert layout.is_credit(line) is True


def test_a_body_paragraph_closed_by_a_remark_in_brackets_stays_in_the_article():
    remark = ("The two ministers met at the harbour office in November to settle the timetable. "
              "(The talks were held via video link)")
    sections = _sections(TITLE, "By Jane Roe", "4 March 2014", PROSE[0], remark, *PROSE[1:], FOOTER)
    assert sections[remark] == "body"


@pytest.mark.parametrize("line", [
    "Five years on, Moscow still holds the Syrian coast. ANALYSIS",
    "The ministers have argued about the reform for five months now. Here is what they changed",
    "The season opens on Saturday with a new timetable. OPINION",
    "The recipe has not changed since the war years. Here is how to make it",
    "Our correspondent spent a week on the outer islands. What she found there",
    "Assad flew to Moscow for talks with Putin in October 2015. | Read the full story",
    "Turkey agreed to act as a guarantor of the ceasefire in Idlib. Source: officials say",
])
def test_a_sentence_with_a_genre_label_or_a_clause_after_it_is_no_credited_caption(line):
    assert layout.is_credited_sentence(line) is False


def test_a_credit_of_capitalised_words_after_a_sentence_is_a_credited_caption():
    assert layout.is_credited_sentence("Passengers wait for the late ferry in the rain. Example Wire via Pool")


def test_a_sentence_and_a_genre_label_above_the_article_is_no_caption():
    line = "Five years on, the board still runs the harbour on last year's timetable. ANALYSIS"
    sections = _sections(TITLE, "By Jane Roe", "4 March 2014", "Facebook   Twitter   Email", line, *PROSE)
    assert sections[line] != "caption"


@pytest.mark.parametrize("signature", [
    "— Morag Lennox, harbour editor",
    "– Tomas Berg (@tberg_quay) March 4, 2014",
    "— With files from island wire services",
    "— With additional reporting by Ann Lee",
])
def test_a_dash_line_that_signs_the_text_above_it_is_a_byline(signature):
    sections = _sections(TITLE, "By Jane Roe", "4 March 2014", PROSE[0], signature, *PROSE[1:], FOOTER)
    assert (sections[PROSE[0]], sections[signature]) == ("body", "byline")


@pytest.mark.parametrize("above, line", [
    ("“The fares had to rise, or the evening sailing had to go.”", "— Morag Lennox, harbour board"),  # a pull quote
    (PROSE[0], "— Morag Lennox, who chairs the board"),  # a clause after the name
    (PROSE[0], "— Mr Halvorsen, thank you for coming in today"),  # an interviewer's turn of dialogue
    (PROSE[0], "— Ines Varga, thanks"),
    (PROSE[0], "— Dr Okafor, could we turn to the timetable"),
    (PROSE[0], "— and the board left the last sailing alone"),  # no name
])
def test_a_dash_line_that_attributes_a_quotation_or_goes_on_as_prose_signs_nothing(above, line):
    sections = _sections(TITLE, "By Jane Roe", "4 March 2014", above, line, *PROSE[1:], FOOTER)
    assert sections[line] == "body"


LONG_PROSE = [PROSE[0] + " " + PROSE[1], PROSE[2] + " " + PROSE[0]]  # paragraphs of a news story's length


def test_a_summary_between_the_byline_and_the_lead_picture_is_the_standfirst():
    summary = ("Fares on every ferry route go up by a tenth in April. The board says fuel left it no choice; "
               "islanders say the evening boat was never at risk.")
    caption = "Passengers wait for the early ferry at the north quay"
    credit = "Photo: Ann Lee/Example Wire"
    sections = _sections("Example Courier", TITLE, "Jane Roe", "03/04/2014", summary, caption, credit, *LONG_PROSE,
                         FOOTER)
    assert [sections[block] for block in (summary, caption, credit, LONG_PROSE[0])] == [
        "standfirst", "caption", "caption", "body"]


def test_a_lede_as_long_as_the_paragraphs_after_the_lead_picture_stays_in_the_body():
    lede = LONG_PROSE[0] + " The board will meet again in May to look at the winter timetable."
    caption = "Passengers wait for the early ferry at the north quay"
    credit = "Photo: Ann Lee/Example Wire"
    sections = _sections("Example Courier", TITLE, "Jane Roe", "03/04/2014", lede, caption, credit, *LONG_PROSE[1:],
                         FOOTER)
    assert sections[lede] == "body"


@pytest.mark.parametrize("text, expected", [
    ("The board will meet again in May to look at the winter timetable. — KW", True),
    ("Crews said the night boat would keep running through the spring. – KW/Exwire", True),
    ("The board met on Thursday — KW", False),  # no finished sentence before the dash
    ("Late ferries — KW", False),
    ("The board will meet again in May. — Jane Roe", False),  # a name, no desk's initials
])
def test_a_paragraph_is_signed_with_the_desk_s_initials_after_a_dash(text, expected):
    assert layout.is_desk_signed_paragraph(text) is expected


def test_a_last_paragraph_signed_with_the_desk_s_initials_stays_in_the_story():
    last = "The board will meet again in May to look at the winter timetable. — KW"
    promotion = "READ: Island councils ask for a second evening sailing"
    sections = _sections(TITLE, "By Jane Roe", "4 March 2014", *PROSE, last, promotion, FOOTER)
    assert (sections[PROSE[-1]], sections[last], sections[promotion]) == ("body", "body", "boilerplate")
