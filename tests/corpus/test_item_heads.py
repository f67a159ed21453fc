"""Pages of several pieces, each with its own writer (a for-and-against pair, essays in a programme): the note that
closes one piece and the head of the next, on invented pages (fictional outlets and people)."""

from __future__ import annotations

import pytest

from tests.corpus.conftest import sections_by_text

TITLE = "Should the island keep its winter ferry?"
HEADER = ["THE SKERRY GAZETTE", "Home   Island   Opinion   Sport", TITLE,
          "Two readers who use the crossing every week take opposite sides on the council's plan to cut it.",
          "12 November 2023", "FOR", "Keep the boat, or lose the school", "Morag Tulloch"]
FIRST_PIECE = [
    "Every child on the north side of the island crosses to the secondary school on the morning boat, and in a "
    "hard winter there is no other way across. Cut the sailing and the council cuts the school in half.",
    "The savings the council names are real but small, a few thousand pounds a month against a harbour budget that "
    "has grown every year since the new pier opened, and nobody has costed the taxis that would replace the boat.",
]
SECOND_PIECE = [
    "A ferry that sails half empty from November to March is a luxury the harbour can no longer pay for. The "
    "council has offered a booked minibus over the causeway at low tide, and most families have said they will use it.",
    "The money saved would mend the slipway at the south pier, which has been closed to fishing boats since the "
    "storm two winters ago and costs the island far more in lost landings than any winter sailing ever earned.",
]
FOOTER = ["Replies to this page have been switched off.", "© The Skerry Gazette 2023"]


def _page(note: str, *head: str, second: list[str] = SECOND_PIECE) -> dict[str, str]:
    return sections_by_text(*HEADER, *FIRST_PIECE, note, *head, *second, *FOOTER, title=TITLE)


@pytest.mark.parametrize("note", [
    "Morag Tulloch teaches maths at the north side primary and sits on the island's parent council.",
    "Morag Tulloch is a retired ferry engineer who has crossed on the morning boat for thirty years.",
])
def test_a_note_on_the_first_writer_between_two_pieces_is_a_byline(note):
    assert _page(note, "AGAINST", "A half-empty boat we cannot afford", "Callum Rendall")[note] == "byline"


def test_the_next_piece_s_head_over_its_writer_s_name_is_a_headline_and_the_name_a_byline():
    note = "Morag Tulloch teaches maths at the north side primary and sits on the island's parent council."
    sections = _page(note, "AGAINST", "A half-empty boat we cannot afford", "Callum Rendall")
    assert [sections[line] for line in ("AGAINST", "A half-empty boat we cannot afford", "Callum Rendall")] == [
        "headline", "headline", "byline"]
    assert all(sections[paragraph] == "body" for paragraph in SECOND_PIECE)


def test_a_note_on_a_stranger_s_post_at_a_named_institution_closes_the_piece_over_a_box():
    note = "Ewan Skea lectures on island folklore at Northholm College."
    box = ["The first winter sailing left the north pier in 1968, a converted trawler with room for twelve passengers "
           "and the mail, and it ran every weekday until the council bought its first purpose-built boat.",
           "The new pier opened in 1994 and the crossing fell to twenty minutes, which is when families on the north "
           "side first began to send their children to the secondary school rather than board them on the mainland."]
    sections = _page(note, "THE FERRY IN DATES", second=box)
    assert sections[note] == "byline"
    assert sections["THE FERRY IN DATES"] == "body"  # no writer's name under it: a box's heading, not a piece's head


@pytest.mark.parametrize("paragraph", [
    # the writer named in a sentence of the piece that goes on after a short crosshead
    "Morag Tulloch asked the harbour master in October why the winter timetable had not been published.",
    # what the writer is, followed by more of the piece, with no head between
    "Morag Tulloch is one of forty parents who signed the letter to the council in September.",
    # quoted words: a paragraph of the piece that reports a speech
    'Morag Tulloch says the council "never once asked the families" before it drew up the plan.',
])
def test_a_paragraph_naming_the_writer_inside_a_piece_stays_body(paragraph):
    if paragraph.startswith("Morag Tulloch is one"):
        sections = sections_by_text(*HEADER, FIRST_PIECE[0], paragraph, FIRST_PIECE[1], *FOOTER, title=TITLE)
    else:
        sections = _page(paragraph, "What the timetable hides", second=FIRST_PIECE)
    assert sections[paragraph] == "body"


def test_a_note_on_a_group_named_like_a_byline_stays_body():
    # a newsroom's or a committee's name in the byline is no writer whose note closes a piece
    header = [*HEADER[:-1], "The Skerry Gazette Harbour Committee"]
    paragraph = "The Skerry Gazette Harbour Committee meets monthly and publishes its minutes on the notice board."
    sections = sections_by_text(*header, *FIRST_PIECE, paragraph, "AGAINST", *SECOND_PIECE, *FOOTER, title=TITLE)
    assert sections[paragraph] == "body"


@pytest.mark.xfail(strict=True, reason="the first piece's head above its writer's name, under the page's own header, "
                                       "is read as the header's furniture: only a head after a writer's note is read "
                                       "as a piece's head")
def test_the_first_piece_s_title_over_its_writer_s_name_is_a_headline():
    assert _page("Morag Tulloch teaches maths at the north side primary and sits on the island's parent council.",
                 "AGAINST", "A half-empty boat we cannot afford", "Callum Rendall")["Keep the boat, or lose the school"] == \
        "headline"
