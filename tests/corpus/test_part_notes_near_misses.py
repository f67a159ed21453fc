"""Near misses of the part-note, link-card and entry-note cues (invented pages): a person a feature introduces over a
crosshead and then speaks of, an interviewee introduced over the first question, a crosshead under an address that a
sentence or a labelled line gives, and a crosshead under a bibliography or a footnote in the body stay the article's."""

from __future__ import annotations

from analysis.corpus.sections import iter_blocks

TITLE = "Should the valley line close in winter?"
CLIMB = ("The narrow-gauge line climbs four hundred metres from the valley floor to the slate quarries, and for most "
         "of the winter it is the only way up when the pass road is shut by snow.")
CUT_OFF = ("Closing it in January would save the operator the cost of clearing the cuttings, but the villages above "
           "the viaduct would be cut off for weeks at a time with no bus to replace it.")
LOSSES = ("The operator's accounts show a loss on the winter timetable in each of the last five years, though the "
          "losses have narrowed since the new carriages came into service.")
PLOUGHS = ("The county should pay for the snow ploughs and let the line close on the worst days only, as the ferry "
           "across the lake already does when the ice comes in.")
BODY = ("body", "position:body")


def labels_of(*blocks: str, title: str = TITLE) -> dict[str, tuple[str, str]]:
    return {block.text: (block.section, block.reason)
            for block in iter_blocks("\n\n".join(blocks) + "\n", title=title)}


def test_a_person_the_feature_goes_on_to_speak_of_stays_body():
    intro = "Greta Holm teaches geography at the Fellside Academy, two stops up the line from the viaduct."
    later = ("Holm says her pupils miss the first lesson on most Mondays in January, and the school has moved its "
             "exams to the afternoon so that nobody has to climb the pass on foot.")
    labels = labels_of("THE FELLSIDE GAZETTE", TITLE, "By Tomas Verhey", CLIMB, CUT_OFF, intro,
                       "A school timetable set by snow", later, LOSSES)
    assert labels[intro] == BODY


def test_an_interviewee_introduced_over_the_first_question_stays_body():
    intro = "Anders Brekke writes the winter timetable for the Valley Rail company."
    labels = labels_of("THE FELLSIDE GAZETTE", TITLE, "By Mara Lindqvist", CLIMB, intro, "Why now?",
                       "Because the snow came early, and the crews were not ready for it until the second week.",
                       LOSSES)
    assert labels[intro] == BODY


def test_a_crosshead_under_an_address_a_sentence_gives_stays_body():
    labels = labels_of("VALLEY RAIL", "New fares from April", "Press release, 1 March", LOSSES,
                       "The full table of fares is on the company's website:", "www.valleyrail.example/fares",
                       "Season tickets for pupils", CUT_OFF, PLOUGHS, title="New fares from April")
    assert labels["Season tickets for pupils"] == BODY


def test_a_crosshead_under_a_labelled_address_stays_body():
    labels = labels_of("THE FELLSIDE GAZETTE", TITLE, "By Tomas Verhey", CLIMB, LOSSES,
                       "Source: https://www.valleyrail.example/reports/winter-2024", "What the accounts show",
                       CUT_OFF, PLOUGHS)
    assert labels["What the accounts show"] == BODY


def test_a_crosshead_under_a_bibliography_in_the_body_stays_body():
    entries = ["Lindqvist, Mara. The Valley Line: A History. Fellside: Slate Press, 2018.",
               "Holm, Greta. Schools of the Upper Valley. Fellside: Quarry Books, 2015."]
    labels = labels_of("THE FELLSIDE GAZETTE", TITLE, "By Tomas Verhey", CLIMB, CUT_OFF, *entries,
                       "The second winter", PLOUGHS, LOSSES)
    assert labels[entries[1]][0] == "references"
    assert labels["The second winter"] == BODY


def test_a_crosshead_under_a_footnote_stays_body():
    marked = ("The operator lost money on the winter timetable in each of the last five years, the county's own "
              "figures show.1")
    note = "1 The county's figures for 2023, published in its annual report in March."
    labels = labels_of("THE FELLSIDE GAZETTE", TITLE, "By Tomas Verhey", marked, CUT_OFF, note, "The second winter",
                       PLOUGHS, LOSSES)
    assert labels[note] == ("references", "layout:footnote")
    assert labels["The second winter"] == BODY
