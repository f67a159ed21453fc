"""Planning diaries, media advisories and records of proceedings, on pages written for these tests (fictional
agencies, committees and people): contact lines, a diary's capitalised field lines, issue datelines and a
transcript's status notice."""

from __future__ import annotations

import pytest

from analysis.corpus.sections import iter_blocks

TITLE = "Ferry strike talks resume"
PROSE = (
    "Talks between the ferry operator and the crews' union resume on Tuesday after a week in which no boat left "
    "the harbour, and both sides say they expect a long day at the conciliation service's offices in the town.",
    "The union wants the night crossing staffed by two engineers rather than one, and the operator says it cannot "
    "find them at the wages the council's contract allows, which is why the dispute has lasted so long.",
)


def _sections(*blocks: str, title: str = TITLE) -> dict[str, str]:
    text = "\n\n".join(blocks) + "\n"
    return {block.text: block.section for block in iter_blocks(text, title=title)}


@pytest.mark.parametrize("line", [
    "CONTACT: Harbour desk, harbour.desk@example.net, +44 20 5550 0100",
    "Media contact: press@ferryunion.example",
    "Press enquiries: Jane Roe, for the union · press@ferryunion.example · +44 1632 960 000",
])
def test_a_contact_line_with_an_address_or_a_number_is_boilerplate(line):
    assert _sections(TITLE, *PROSE, line, PROSE[0] + " More talks follow.")[line] == "boilerplate"


@pytest.mark.parametrize("line", [
    # a sentence that opens with the word, with no address or number to reach anyone at
    "Contact: the two sides met for the first time in a month and agreed to meet again on Friday.",
    "Enquiries: the council has opened three into the dispute, and the first reports in the spring.",
])
def test_a_contact_label_without_an_address_or_a_number_opens_prose(line):
    assert _sections(TITLE, PROSE[0], line, PROSE[1])[line] == "body"


def test_a_diary_s_photo_and_video_lines_among_capitalised_fields_are_no_captions():
    sections = _sections(
        "Example Press Agency", TITLE, PROSE[0],
        "0900 – KESTWICK – Ferry talks resume",
        "WHAT: Union and operator meet at the conciliation service; a statement is expected after noon.",
        "WHERE: Conciliation service, Harbour Street, Kestwick",
        "COVERAGE: Story. PHOTO: Staff. VIDEO: Pool.",
        "PHOTO: Staff at the door from 0830.",
        "CONTACT: Kestwick bureau, kestwick.desk@example.net",
        PROSE[1],
    )
    for line in ("WHERE: Conciliation service, Harbour Street, Kestwick", "COVERAGE: Story. PHOTO: Staff. VIDEO: Pool.",
                 "PHOTO: Staff at the door from 0830."):
        assert sections[line] != "caption"


def test_a_photo_credit_beside_a_dateline_in_capitals_stays_a_caption():
    sections = _sections(
        TITLE, "Photo: Jane Roe/Example Wire",
        "KESTWICK: The ferry crews walked out again on Monday night, the third strike this winter, and the "
        "operator said it would run no boats until the talks were over.",
        *PROSE,
    )
    assert sections["Photo: Jane Roe/Example Wire"] == "caption"


@pytest.mark.parametrize("line, byline", [
    ("Issued Monday 3 May 2021, 2110 GMT · News Desk, London", True),
    ("Issued by the Harbour Board press office, 4 May 2021", True),
    ("Issued on: 04/05/2021 - 11:26", True),
    ("Issued in 2019, the timetable has not changed since, and the crews say it was never meant to last.", False),
])
def test_an_issue_dateline_is_a_byline_but_a_sentence_about_an_issue_is_none(line, byline):
    assert (_sections(TITLE, line, *PROSE)[line] == "byline") is byline


@pytest.mark.parametrize("line, section", [
    ("Uncorrected oral evidence. This is an uncorrected transcript of evidence taken in public and broadcast. "
     "Neither members nor witnesses have yet corrected it.", "boilerplate"),
    ("This is an uncorrected transcript of the harbour committee's evidence session.", "boilerplate"),
    # a report on a transcript, inside the paragraph, is the article's
    ("The clerk said the committee would publish what she called an uncorrected transcript of the session on Friday, "
     "and the union asked for a copy at once.", "body"),
    ("Corrected figures were published on Monday, and they show the crossing ran at a loss for the third year.", "body"),
])
def test_the_uncorrected_transcript_notice_opens_its_block(line, section):
    assert _sections(TITLE, PROSE[0], line, PROSE[1])[line] == section


def test_a_bracketed_time_after_a_margin_number_is_a_timecode_in_a_court_transcript():
    sections = _sections(
        "Transcript of the hearing, day 3",
        "1 (10.02)",
        "2 THE JUDGE: Please sit down. Ms Roe, your next witness is ready?",
        "4 MS ROE: She is, my Lord. The prosecution calls Dr Ann Quayle.",
        "5 Q. Dr Quayle, please tell the court what you found when you inspected the ferry's engine room.",
        "7 A. The second engine had not been serviced for two years, and the logbook had been filled in afterwards.",
        "9 (11.15)",
        "10 THE JUDGE: We will rise for ten minutes.",
        title="Transcript of the hearing, day 3",
    )
    assert sections["1 (10.02)"] == "boilerplate"
    assert sections["9 (11.15)"] == "boilerplate"
    assert sections["5 Q. Dr Quayle, please tell the court what you found when you inspected the ferry's engine room."] == "body"


@pytest.mark.parametrize("line, turns", [
    ("(10.02)", False),  # a time mark, but on a page with no transcript turns
    ("12 (of 40)", True),  # a figure in brackets, no time
    ("3 (10.02) The judge came back into court.", True),  # a time that opens a sentence
])
def test_no_timecode_without_turns_or_without_a_time_alone(line, turns):
    blocks = [TITLE, PROSE[0], line, PROSE[1]] + (["MS ROE: My Lord, the next witness is ready."] if turns else [])
    text = "\n\n".join(blocks) + "\n"
    reasons = {block.text: block.reason for block in iter_blocks(text, title=TITLE)}
    assert reasons[line] != "layout:timecode"


@pytest.mark.parametrize("line, section", [
    ("Original: English", "boilerplate"),  # a UN-style document's language line
    ("Original: French", "boilerplate"),
    ("Original: Harbour Gazette, 3 May 2021", "byline"),  # a translation's credit to its source
    ("Original text: Harbour Gazette", "byline"),
])
def test_a_document_s_original_language_line_is_boilerplate_and_a_translation_s_source_a_credit(line, section):
    sections = _sections("Example Council", "EC/PC/SR.12", "Distr.: General", line, TITLE, *PROSE)
    assert sections[line] == section
