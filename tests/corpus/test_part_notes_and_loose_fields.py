"""A note on the writer of one part of a page with several parts is a byline (invented pages); closing paragraphs of
prose, a quotation and a note on a person the prose names stay the article's."""

from __future__ import annotations

from analysis.corpus.sections import iter_blocks

TITLE = "Should the harbour close to lorries?"
FOR_ONE = ("The quay was built for carts and fishing boats, and every winter the stone gives a little more under the "
           "weight of the lorries that now queue on it before the morning ferry.")
FOR_TWO = ("A ban would cost the hauliers an hour on the ring road, but it would save the harbour a repair bill that "
           "the board's own engineers put at several times its yearly budget.")
AGAINST_ONE = ("Close the quay to lorries and the shops on the front lose their deliveries, the ferry loses its freight "
               "and the town loses the trade that has kept the harbour open since the fish market shut.")
AGAINST_TWO = ("The board should mend the stone and charge the hauliers for it, as other ports on this coast have done "
               "for years without losing a single sailing.")
NOTE = "Jane Roe teaches maritime law at the University of Kestwick."
STRANGER_NOTE = "Ann Doe lectures on coastal engineering at the Kestwick Institute."


def labels_of(*blocks: str, title: str = TITLE) -> dict[str, tuple[str, str]]:
    return {block.text: (block.section, block.reason)
            for block in iter_blocks("\n\n".join(blocks) + "\n", title=title)}


def two_writers(closing: str, *, writer: str = "Jane Roe") -> dict[str, tuple[str, str]]:
    return labels_of("THE KESTWICK COURIER", TITLE, "Two readers of the harbour's accounts answer the question.", "YES",
                     "The stone will not last another winter", writer, FOR_ONE, FOR_TWO, closing, "NO",
                     "Mend it and send the bill to the hauliers", "John Doe", AGAINST_ONE, AGAINST_TWO)


def test_a_bylined_writers_note_that_closes_the_first_part_is_a_byline():
    labels = two_writers(NOTE)
    assert labels[NOTE] == ("byline", "layout:author-note")
    assert labels[FOR_TWO] == ("body", "position:body")
    assert labels[AGAINST_ONE][0] == "body"


def test_a_note_on_a_person_named_only_in_a_credit_line_is_a_byline():
    labels = two_writers(STRANGER_NOTE, writer="Ann Doe, engineer")
    assert labels[STRANGER_NOTE] == ("byline", "layout:author-note")


def test_a_paragraph_naming_the_writers_earlier_book_stays_body():
    closing = "Jane Roe's earlier book on the harbour, published by the town's own press, is out again this spring."
    assert two_writers(closing)[closing] == ("body", "position:body")


def test_a_closing_quotation_and_a_paragraph_to_the_reader_stay_body():
    quotation = "“The stone was never meant for this,” the harbour master said."
    to_the_reader = "If you drive to the ferry, you will see the cracks for yourself before you reach the ramp."
    assert two_writers(quotation)[quotation] == ("body", "position:body")
    assert two_writers(to_the_reader)[to_the_reader] == ("body", "position:body")


def test_a_note_on_a_person_the_prose_names_stays_body():
    prose = ("Ann Doe, who inspected the quay for the board last spring, found cracks along half of its length and "
             "said the lorries were the cause.")
    labels = labels_of("THE KESTWICK COURIER", TITLE, "Jane Roe", FOR_ONE, prose, FOR_TWO, STRANGER_NOTE, "NO",
                       "Mend it and send the bill to the hauliers", AGAINST_ONE, AGAINST_TWO)
    assert labels[STRANGER_NOTE] == ("body", "position:body")


def test_a_writers_note_over_more_prose_stays_body():
    labels = labels_of("THE KESTWICK COURIER", TITLE, "Jane Roe", FOR_ONE, FOR_TWO, NOTE, AGAINST_ONE, AGAINST_TWO)
    assert labels[NOTE] == ("body", "position:body")
