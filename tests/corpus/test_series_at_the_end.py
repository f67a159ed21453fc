"""The end of pages whose last parts are short: a campaign's dated updates, on invented pages (fictional projects
and people)."""

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
SHORT_UPDATES = ["Update #2 · 8 May 2023", "A new reward", "By request, we have added a morning on the water.",
                 "Update #1 · 2 May 2023", "We're off!", "Thank you to the ninety people who backed us on the first day."]
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
