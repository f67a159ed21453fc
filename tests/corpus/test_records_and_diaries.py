"""Planning diaries, media advisories and records of proceedings, on pages written for these tests (fictional
agencies, committees and people): contact lines, a diary's capitalised field lines, sentences that open with
"Issued" and a transcript's status notice."""

from __future__ import annotations

import pytest

from analysis.corpus.sections import iter_blocks
from tests.corpus.conftest import sections_by_text

TITLE = "Ferry strike talks resume"
PROSE = (
    "Talks between the ferry operator and the crews' union resume on Tuesday after a week in which no boat left "
    "the harbour, and both sides say they expect a long day at the conciliation service's offices in the town.",
    "The union wants the night crossing staffed by two engineers rather than one, and the operator says it cannot "
    "find them at the wages the council's contract allows, which is why the dispute has lasted so long.",
)


def _sections(*blocks: str, title: str = TITLE) -> dict[str, str]:
    return sections_by_text(*blocks, title=title)


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


def _labels(*blocks: str, title: str = TITLE) -> dict[str, tuple[str, str]]:
    text = "\n\n".join(blocks) + "\n"
    return {block.text: (block.section, block.reason) for block in iter_blocks(text, title=title)}


def test_a_diary_s_photo_and_video_lines_among_capitalised_fields_are_no_captions():
    sections = _sections(
        "Example Press Agency", TITLE, PROSE[0],
        "0900 – KESTWICK – Ferry talks resume",
        "WHAT: Union and operator meet at the conciliation service; a statement is expected after noon.",
        "WHERE: Conciliation service, Harbour Street, Kestwick",
        "PHOTO: Staff at the door from 0830.",
        "VIDEO: Pool camera in the lobby.",
        "CONTACT: Kestwick bureau, kestwick.desk@example.net",
        PROSE[1],
    )
    for line in ("WHERE: Conciliation service, Harbour Street, Kestwick", "PHOTO: Staff at the door from 0830.",
                 "VIDEO: Pool camera in the lobby."):
        assert sections[line] != "caption", line


@pytest.mark.parametrize("capitals", [
    "WATCH: Crews walk out at dawn",
    "UPDATE: Operator denies the report",
    "KESTWICK: Talks resume",
])
def test_a_photo_credit_beside_one_line_labelled_in_capitals_stays_a_caption(capitals):
    # a bare credit (no "Photo:" for a rule to take) beside a capitalised label whose line has no full stop
    labels = _labels(TITLE, PROSE[0], "Ann Quayle/Harbour Wire", capitals, PROSE[1])
    assert labels["Ann Quayle/Harbour Wire"] == ("caption", "layout:credit")


@pytest.mark.parametrize("line", [
    "Issued by the council in March 2016, the order closed the night crossing for a month and cost the operator dear.",
    "Issued on the eve of the 2016 strike, the statement promised that no crossing would be cut.",
])
def test_a_sentence_that_opens_with_issued_is_prose(line):
    assert _labels(TITLE, PROSE[0], line, PROSE[1])[line] == ("body", "position:body")


@pytest.mark.parametrize("line, section", [
    ("Uncorrected evidence. Neither the members nor the witnesses have checked the text that follows.",
     "boilerplate"),
    ("This is an unedited transcript of the harbour committee's session.", "boilerplate"),
    ("This is a provisional hearing record; the committee's clerk will publish the final text.",
     "boilerplate"),
    # up to two words between the adjective and the noun, or a record of the proceedings
    ("This is an uncorrected full transcript of the harbour committee's session.", "boilerplate"),
    ("This is an unofficial record of the sitting; members have not yet checked their words.", "boilerplate"),
    ("This is a provisional record of proceedings and may be corrected before it is printed.", "boilerplate"),
    # a report on a transcript, inside the paragraph, is the article's
    ("The clerk said the committee would publish what she called an uncorrected transcript of the session on Friday, "
     "and the union asked for a copy at once.", "body"),
    ("Corrected figures were published on Monday, and they show the crossing ran at a loss for the third year.", "body"),
    # news of a provisional or unofficial record of something other than proceedings
    ("This is a provisional record of sailings, and the union says the real count of cancelled crossings is higher.",
     "body"),
    ("This is an unofficial record of the strike days, kept by the crews themselves since the winter began.", "body"),
    # a noun of the notice behind a preposition belongs to another thing: a list, a summary, a guide
    ("This is an unofficial list of evidence the crews have gathered against the operator since the spring.", "body"),
    ("This is a provisional summary of evidence from the harbour inquiry, and the final report is due in May.", "body"),
    ("This is an unofficial guide to hearing aids for older ferry passengers, written by the crews' union.", "body"),
])
def test_the_uncorrected_transcript_notice_opens_its_block(line, section):
    label = _labels(TITLE, PROSE[0], line, PROSE[1])[line]
    assert label[0] == section
    assert label[1].startswith("rule:") if section == "boilerplate" else label == ("body", "position:body")


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


@pytest.mark.parametrize("line, expected", [
    ("Harbour Board · Meeting 7 of the winter session · Tuesday 4 May 2016 · Town Hall", "byline"),
    ("Ref. HB/16/07 · Grouped reply · Answered 4 May 2016 · Not for publication.", "byline"),
    ("Issue 7 · Thursday 4 May 2016", "byline"),  # no timeline's date heading, which is a date alone
    ("Thursday 4 May 2016", "body"),
    # near misses: a dated crosshead and a sentence that names a weekday's date stay the article's
    ("The crews walked out · 4 May 2016 · and stayed out for a week.", "body"),
    ("The crews met on Tuesday 4 May 2016 · and again a week later, when the talks broke down.", "body"),
])
def test_a_dated_meta_bar_between_paragraphs_is_a_byline(line, expected):
    assert _sections(TITLE, *PROSE, line, PROSE[1] + " Both sides meet again on Friday.")[line] == expected


@pytest.mark.parametrize("line, expected", [
    # a court document's case reference and the versus line of its case heading
    ("Case No. KW/CR/2016/0042", "boilerplate"),
    ("Claim Number: HX-2016-000318", "boilerplate"),
    ("THE HARBOUR BOARD\nv.", "boilerplate"),
    ("-v-", "boilerplate"),
    # near misses: a sentence about a case, a heading that only opens with the words
    ("Case No. 42 was heard on Tuesday, and the crews' union lost it.", "body"),
    ("Case numbers rose again in the spring", "body"),
])
def test_a_court_document_s_case_reference_and_versus_line_are_boilerplate(line, expected):
    assert _sections(TITLE, *PROSE, line, PROSE[1] + " Both sides meet again on Friday.")[line] == expected


@pytest.mark.parametrize("line, expected", [
    ("16-04210 (E)    030516", "boilerplate"),  # a UN document's job number and processing date
    ("16-04210 (E)", "boilerplate"),
    ("16-04210 votes were cast", "body"),  # near miss: a figure in a line of text
])
def test_a_un_document_s_job_number_is_boilerplate(line, expected):
    assert _sections(TITLE, *PROSE, line, PROSE[1] + " Both sides meet again on Friday.")[line] == expected



@pytest.mark.parametrize("line, expected", [
    # the line a record leaves for its signature by hand, in dots, underscores or an ellipsis, with the date's blank
    ("Signed .................................. (Chair) Date ..............", True),
    ("Signature: ______________________ Date: __________", True),
    ("Signed by the presiding member …………", True),
    # near misses: a sentence that names a signing, a heading, signatures collected
    ("Signed in 2016, the harbour agreement still binds both councils to the night crossing.", False),
    ("Signed, sealed and delivered: the new ferry contract", False),
    ("Signatures were collected outside the ferry terminal for a week in April.", False),
])
def test_a_line_left_for_a_signature_by_hand_is_a_byline(line, expected):
    after = PROSE[0] + " The meeting closed at 9.40 pm."
    sections = _sections(TITLE, *PROSE, line, after)
    assert (sections[line] == "byline") is expected
    assert sections[PROSE[1]] == sections[after] == "body"


@pytest.mark.parametrize("line, expected", [
    # a bar under the headline that credits its maker beside the page's other metadata
    ("Research by Jane Roe · Published 4 May 2016 · Filed under: Harbours, Ferries", True),
    ("Guide entry · 14 terms · Compiled by John Doe · Revised for the 3rd edition", True),
    ("Unit written by Ann Lee · Maps drawn by the harbour office", True),
    # near misses: no maker's credit, a price beside an edition's credit, a phrase in lower case beside the credit
    ("Guide entry · 14 terms · Revised for the 3rd edition", False),
    ("Hardback €18.50 · Illustrated by Ann Lee", False),
    ("Research by Jane Roe · a long look at the ferry", False),
])
def test_a_header_bar_with_its_maker_s_credit_is_a_byline(line, expected):
    sections = _sections("Harbour Gazette", TITLE, line, *PROSE)
    assert (sections[line] == "byline") is expected
    assert sections[PROSE[0]] == sections[PROSE[1]] == "body"


@pytest.mark.parametrize("line, expected", [
    # a date line inside the text that stamps what befell the document on the date: its byline
    ("Answered on 4 May 2016", "byline"),
    ("Council responded on 4 May 2016", "byline"),
    ("Amended 12 June 2016", "byline"),
    # near misses: a timeline's date headings, with a noun or a preposition before the date, stay the text's
    ("4 May 2016", "body"),
    ("Update: 4 May 2016", "body"),
    ("After 4 May 2016", "body"),
    # near misses: a timeline's event headings, a past tense of what happened in the world on the date
    ("Strike ended on 4 May 2016", "body"),
    ("Ferries resumed 12 June 2016", "body"),
])
def test_a_document_s_stamp_between_paragraphs_is_no_date_heading(line, expected):
    after = PROSE[0] + " Both sides meet again on Friday."
    sections = _sections(TITLE, *PROSE, line, after)
    assert sections[line] == expected
    assert sections[PROSE[1]] == sections[after] == "body"
