"""A note on the writer of one part of a page with several parts, a field line whose label the labels file does not
know set among a record's known fields or a message's header lines, a link's preview card and an embedded post's
name over its handle (invented pages); closing paragraphs of prose, a quotation, a field line under the record's
description, a crosshead under a paragraph that closes with a link and a name over prose stay the article's."""

from __future__ import annotations

from analysis.corpus.sections import iter_blocks

TITLE = "Should the harbour close to lorries?"
FOR_ONE = ("The quay was built for carts and fishing boats, and every winter the stone gives a little more under the "
           "weight of the lorries that now queue on it before the morning ferry.")
FOR_TWO = ("A ban would cost the hauliers an hour on the ring road, but it would save the harbour a repair bill that "
           "the board's own engineers put at several times its yearly budget.")
AGAINST_ONE = ("Close the quay to lorries and the shops on the front lose their deliveries, the ferry loses its "
               "freight and the town loses the trade that has kept the harbour open since the fish market shut.")
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


RECORD_TITLE = "Letter from the harbour master to the board, 1952"
DESCRIPTION = ("The harbour master wrote to the board in the spring of 1952 to ask for money to mend the quay, which "
               "the first motor lorries had already begun to crack along its landward edge.")
PRINT_BAR = "Download image   |   Print this record"
ON_DISPLAY = "On display: No. The letter was last shown in the harbour gallery in 2010."
SECOND = ("The board refused, and the letter was kept in the harbour office until the office closed, when a clerk "
          "gave it to the museum with the rest of the harbour's papers.")


def record(*middle: str) -> dict[str, tuple[str, str]]:
    return labels_of("KESTWICK MUSEUM", "Collections › Letters", RECORD_TITLE, PRINT_BAR, ON_DISPLAY,
                     "Record summary", "Object number: 1999.4.2", "Object type: Letter, with envelope",
                     f"Title: {RECORD_TITLE}", *middle, "Object name: letter", "Language: English", DESCRIPTION,
                     SECOND, title=RECORD_TITLE)


def test_unknown_field_lines_among_a_records_fields_are_boilerplate():
    lines = ("Writer: Roe, Jane (born 1901), harbour master", "Place written: Kestwick harbour office",
             "Date: 3 May 1952")
    labels = record(*lines)
    assert [labels[line] for line in lines] == [("boilerplate", "layout:record-field")] * 3
    assert labels[DESCRIPTION][0] == "body"


def test_a_field_line_under_the_records_description_stays_body():
    labels = labels_of("KESTWICK MUSEUM", "Collections › Letters", RECORD_TITLE, PRINT_BAR, ON_DISPLAY,
                       "Object number: 1999.4.2", "Object type: Letter, with envelope", f"Title: {RECORD_TITLE}",
                       "Object name: letter", DESCRIPTION, "Place written: Kestwick harbour office", SECOND,
                       "Language: English", title=RECORD_TITLE)
    assert labels["Place written: Kestwick harbour office"][0] == "body"


CARD_TITLE = "Ferry timetable to change with the new pier"
POST = ("Spent the morning on the quay with the harbour crews. The new pier looks ready, whatever the board says about "
        "the timetable, and the crews expect the first sailing from it next month.")
POST_END = ("The board meets again on Thursday, and the operator will bring its figures for the summer crossings to "
            "the meeting, along with the fares it wants for the autumn.")


def test_a_link_cards_address_and_title_in_a_post_are_boilerplate():
    labels = labels_of("Kestwick Network", "Jane Roe", "Harbour reporter", POST, "kestwickcourier.example", CARD_TITLE,
                       POST_END, FOR_ONE, "Like   Comment   Repost   Send", title="Jane Roe")
    assert labels["kestwickcourier.example"] == ("boilerplate", "layout:link-card")
    assert labels[CARD_TITLE] == ("boilerplate", "layout:link-card")
    assert labels[POST_END][0] == "body"


def test_a_linked_pages_title_under_a_message_of_one_link_is_boilerplate():
    message = "[3/5/2021, 10:20] Jane Roe: https://www.kestwickcourier.example/2021/05/03/ferry-timetable"
    labels = labels_of("Harbour crews", f"[3/5/2021, 10:12] John Doe: {POST}", message, CARD_TITLE,
                       f"[3/5/2021, 10:31] John Doe: {POST_END}", title="Harbour crews")
    assert labels[CARD_TITLE] == ("boilerplate", "layout:link-card")


def test_a_crosshead_under_a_paragraph_that_closes_with_a_link_stays_body():
    closing = "The board's papers for the meeting are on its website at kestwickharbour.example/board/papers"
    labels = labels_of("THE KESTWICK COURIER", TITLE, "Jane Roe", FOR_ONE, closing, "What the crews say", FOR_TWO,
                       AGAINST_ONE)
    assert labels["What the crews say"] == ("body", "position:body")


def test_a_name_over_a_handle_in_the_body_is_an_embedded_posts_byline():
    labels = labels_of("THE KESTWICK COURIER", TITLE, "By John Doe", FOR_ONE, "Embedded post", "Jane Roe", "@janeroe",
                       POST, FOR_TWO, AGAINST_ONE)
    assert labels["Jane Roe"] == ("byline", "layout:name")
    assert labels["@janeroe"] == ("byline", "layout:name")
    assert labels[POST][0] == "body"


def test_a_name_over_prose_in_the_body_stays_body():
    labels = labels_of("THE KESTWICK COURIER", TITLE, "By John Doe", FOR_ONE, "Ann Doe", POST, FOR_TWO, AGAINST_ONE)
    assert labels["Ann Doe"][1] != "layout:name"


LIST_TITLE = "Reading list: the harbour and its quay"
ENTRIES = ["Roe, Jane. The Quiet Quay: A Harbour History. Kestwick: Pier Press, 2019.",
           "Doe, John. \"Stone and Steel: Mending Old Quays.\" Journal of Coastal Works 12, no. 2 (2020): 40–61.",
           "Hale, Ann. Ferries of the North Coast. Kestwick: Harbour Books, 2016."]
ANNOTATIONS = ["The fullest history of the quay, from the first stone pier to the lorries, and the place to start.",
               "Short and practical: what it costs to mend a quay of this age, with figures from three ports.",
               "The ferry company's side of the story, told by its former captain, with good maps."]


def reading_list(*notes: str) -> dict[str, tuple[str, str]]:
    blocks = ["KESTWICK LIBRARY", LIST_TITLE, "Compiled by the reference desk for the harbour debate."]
    for entry, note, annotation in zip(ENTRIES, notes, ANNOTATIONS):
        blocks += [entry, note, annotation] if note else [entry, annotation]
    return labels_of(*blocks, "Books kept in the store can be fetched within two days.", title=LIST_TITLE)


def test_a_short_note_under_a_reference_entry_is_boilerplate():
    labels = reading_list("Available online (open access)", "On the shelves (2 copies)", "")
    assert labels[ENTRIES[0]][0] == "references"
    assert labels["Available online (open access)"] == ("boilerplate", "layout:entry-note")
    assert labels["On the shelves (2 copies)"] == ("boilerplate", "layout:entry-note")
    assert labels[ANNOTATIONS[0]][0] == "body"


def test_an_annotation_and_a_crosshead_under_it_stay_body():
    labels = labels_of("KESTWICK LIBRARY", LIST_TITLE, "Compiled by the reference desk for the harbour debate.",
                       ENTRIES[0], ANNOTATIONS[0], "Ferries and the crossing", ENTRIES[1], ANNOTATIONS[1],
                       ENTRIES[2], ANNOTATIONS[2], title=LIST_TITLE)
    assert labels[ANNOTATIONS[0]][0] == "body"
    assert labels["Ferries and the crossing"][0] == "body"
