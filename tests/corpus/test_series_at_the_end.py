"""The end of pages whose last parts are short: a campaign's dated updates, a call's or a debate's last turns, on
invented pages (fictional projects, places and people)."""

from __future__ import annotations

from tests.corpus.conftest import sections_by_text

TITLE = "A boat for the river school"
PITCH = [
    "The river school at Ellwick has taught children to row, swim and read the weather for thirty years, but its "
    "only safety launch is older than most of its instructors and failed its last inspection in the autumn.",
    "We are raising money for a second-hand launch with a new engine, a season of fuel and the training that two "
    "volunteer skippers need before they can take it out with a class on board.",
]
UPDATE_3 = ["Update #3 · 19 May 2023", "Halfway and a trailer",
            "A boatyard in Marrow Quay has offered us a trailer at cost, which means the launch can be taken out of "
            "the water for the winter and kept in the school's own shed instead of a rented berth down the coast."]
SHORT_UPDATES = ["Update #2 · 8 May 2023", "A new reward", "Several of you asked, so a river morning is now a tier.",
                 "Update #1 · 2 May 2023", "And we are open!", "Ninety backers joined on the opening day; our thanks to each."]
FOOTER = ["Comments", "Jo P. · 2 days ago", "Backed. I learned to row there in 1998."]


def test_short_dated_updates_under_one_with_prose_are_the_article():
    sections = sections_by_text(TITLE, "Created by the Ellwick River School", *PITCH, "Updates", *UPDATE_3,
                                *SHORT_UPDATES, *FOOTER, title=TITLE)
    assert [sections[line] for line in SHORT_UPDATES[1:3] + SHORT_UPDATES[4:]] == ["body"] * 4


def test_short_dated_lines_with_no_prose_under_their_kind_above_are_the_tail():
    # the same short updates with no update over prose above them: nothing shows they continue the article
    sections = sections_by_text(TITLE, "Created by the Ellwick River School", *PITCH, *SHORT_UPDATES, *FOOTER,
                                title=TITLE)
    assert sections[SHORT_UPDATES[2]] == "boilerplate"


def test_a_note_under_an_update_stamp_like_one_above_is_still_the_tail():
    # "Updated …" stamps the entry above it; it heads no entry, so the note under the last one is the page's
    entry = ("The river school teaches rowing from April to October; the launch goes out with every class of under "
             "twelves and with any class on a day when the wind is above force four.")
    note = "Questions about this page? Write to the school office."
    sections = sections_by_text(TITLE, "Created by the Ellwick River School", *PITCH, "Updated 3 May 2023", entry,
                                "Updated 9 May 2023", note, "Privacy · Terms · Contact", title=TITLE)
    assert sections[note] == "boilerplate"


CALL_TITLE = "Harrow Bulk Carriers: first-quarter results call"
TURNS = [
    "Good morning, and thank you for joining us. Freight rates held up better than we expected in the quarter, "
    "and the two new vessels joined the fleet on time and on budget, which is not something we can always say.",
    "Thanks. Could you say a little more about the dry-dock schedule for the rest of the year, and whether the "
    "delays at the southern yards have changed the cost assumptions that sit behind your guidance for margins?",
    "Of course. Three ships go into dock in the summer and one in the autumn. The southern yards are slower than "
    "they were, but we booked early and the prices are fixed, so the guidance assumes no change at all there.",
]


def test_a_speaker_named_again_over_closing_remarks_stays_in_the_record():
    closing = "Thanks, everyone. In short: a steady quarter, a full order book and a fleet that is younger than it was."
    sections = sections_by_text(CALL_TITLE, "Anna Kestrel", TURNS[0], "Tom Reyes", TURNS[1], "Anna Kestrel", TURNS[2],
                                "Operator", "There are no further questions at this time.", "Anna Kestrel", closing,
                                "Copyright 2024 Callbook Ltd. All rights reserved.", title=CALL_TITLE)
    assert sections[closing] == "body"


def test_a_name_seen_only_once_over_a_closing_note_still_starts_the_tail():
    # the writer signs a note once: no speaker of the record stands over it higher up
    note = "Thank you all for reading this far, and you know where to find me before then."
    sections = sections_by_text(CALL_TITLE, "Anna Kestrel", TURNS[0], "Tom Reyes", TURNS[1], "Anna Kestrel", TURNS[2],
                                "Mara Voss", note, "Copyright 2024 Callbook Ltd. All rights reserved.",
                                title=CALL_TITLE)
    assert sections[note] == "boilerplate"


DEBATE_TITLE = "Harbour Dues Bill: second reading"
DEBATE = [
    "Lord Ashby of Kell: My Lords, I beg to move that the Bill be now read a second time. It does one simple thing, "
    "which is to let the harbour boards set their own dues for the first time since the nineteenth century.",
    "Baroness Mirren-Holt (Lab): My Lords, I thank the noble Lord for his clear account of the Bill, but I fear the "
    "boards will set dues that the small fishing ports cannot pay, and that the Bill says nothing about appeals.",
    "Lord Penwith (CB): My Lords, may I ask the noble Lord whether the Government have consulted the fishing "
    "associations on the level of the dues, and what they said about the appeals that the noble Baroness raised?",
]


def test_the_last_short_turns_of_a_debate_record_are_the_record():
    last = ["Lord Ashby of Kell: My Lords, the clock has beaten us.", "Lord Penwith: My Lords, one brief point—"]
    sections = sections_by_text(DEBATE_TITLE, *DEBATE, "Several noble Lords rose—", *last, "Next debate: Ferries",
                                "Previous debate: Questions", title=DEBATE_TITLE)
    assert [sections[line] for line in last] == ["body", "body"]


def test_labelled_lines_after_an_article_without_turns_are_still_its_tail():
    # an ordinary article has no speakers in title case over its paragraphs: labelled notes at its end are its tail
    prose = [turn.partition(": ")[2] for turn in DEBATE]
    notes = ["Picture Desk: Photographs by the harbour board.", "Harbour Office: Opening times change in winter."]
    sections = sections_by_text(DEBATE_TITLE, *prose, *notes, "Privacy · Terms · Contact", title=DEBATE_TITLE)
    assert [sections[line] for line in notes] == ["boilerplate", "boilerplate"]


def test_a_page_note_or_a_share_prompt_under_the_last_short_update_is_still_the_tail():
    # the short updates stay the article's, but a note on the page or a prompt under them is the page's
    notes = ["Questions about this page? Write to the school office.", "Share this page with your friends",
             "Report this project to the site"]
    for note in notes:
        sections = sections_by_text(TITLE, "Created by the Ellwick River School", *PITCH, "Updates", *UPDATE_3,
                                    *SHORT_UPDATES, note, "Privacy · Terms · Contact", title=TITLE)
        assert (sections[SHORT_UPDATES[5]], sections[note]) == ("body", "boilerplate"), note


def test_a_prompt_labelled_in_title_case_under_a_guide_s_labelled_entries_is_the_tail():
    # a guide's entries open with labels in title case, but the prompt's label is no speaker of theirs
    entries = [label + ": " + turn.partition(": ")[2] for label, turn in
               zip(["Best Overall", "Best Value", "Runner Up"], DEBATE)]
    prompt = "Have Your Say: Which of these ports do you like best? Tell us in the comments."
    sections = sections_by_text("The best fishing ports", *entries, prompt, "Privacy · Terms · Contact",
                                title="The best fishing ports")
    assert sections[prompt] == "boilerplate"
