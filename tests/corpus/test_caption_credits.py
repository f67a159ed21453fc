"""Captions known by the credit after their words (a photographer shooting for an outlet, a file or handout
picture, a picture desk named after the credit's label) on invented news pages (fictional outlets and people)."""

from __future__ import annotations

import pytest

from analysis.corpus import layout
from tests.corpus.conftest import sections_by_text

TITLE = "Pier repairs to start before the summer season"
HEADER = ["THE ESTUARY POST", TITLE, "By Halvard Ness", "14 March 2022"]
PROSE = [
    "Work to shore up the Victorian pier at Kessock Point will begin in April, the district council said on Monday, "
    "after divers found that three of the cast-iron columns had cracked during the winter storms.",
    "The council has set aside about two million pounds for the first phase, which will close the seaward end to "
    "anglers and pleasure boats until at least the end of June, to the dismay of the sailing club.",
    "Traders on the promenade said they would rather lose a few weeks of spring trade than see the whole pier "
    "closed for a summer, as it was after the last storm damage more than twenty years ago.",
]


def _sections(*blocks: str) -> dict[str, str]:
    return sections_by_text(*HEADER, *blocks, *PROSE, "Share   Email   Print", title=TITLE)


@pytest.mark.parametrize("caption", [
    "Divers inspect the cracked columns under the pier on Saturday. Ilse Marrow for The Estuary Post",
    "Anglers wait on the seaward end of the pier at dusk. Tomas Heddle for Coastline Weekly",
    "Halvard Ness, reporter. File photo",
    "The pier in the storm of 2001, when it was last closed. Archive picture.",
    "Council engineers on the promenade on Monday. Picture: Estuary Post Picture Desk",
])
def test_a_caption_known_by_its_credit_over_the_first_paragraph_is_a_caption(caption):
    assert _sections(caption)[caption] == "caption"


@pytest.mark.parametrize("line", [
    "Pictures: Estuary Post picture desk",  # the credit line alone is the page's furniture
    "For photographs of the pier call the Estuary Post picture desk.",
])
def test_a_picture_desk_named_without_a_caption_before_it_is_furniture(line):
    assert _sections(line)[line] == "boilerplate"


@pytest.mark.parametrize("text, expected", [
    ("Divers inspect the cracked columns under the pier on Saturday. Ilse Marrow for The Estuary Post", True),
    # a sentence in the body that goes on after its "file photos" or names someone's work for a paper is prose
    ("The council showed the meeting file photos of the pier after the storm of 2001.", False),
    ("Ilse Marrow, who shot the pictures for The Estuary Post, said the columns were badly rusted.", False),
])
def test_only_a_credit_after_a_finished_sentence_makes_a_credited_sentence(text, expected):
    assert (layout.is_credited_sentence(text) or layout.is_credit(text)) is expected


def test_the_articles_paragraph_that_mentions_file_photos_stays_body():
    paragraph = ("At the meeting the harbour master showed file photos of the columns taken after the storm of "
                 "2001, when the pier was last closed for a whole summer.")
    assert sections_by_text(*HEADER, *PROSE[:2], paragraph, PROSE[2], title=TITLE)[paragraph] == "body"


@pytest.mark.xfail(strict=True, reason="a lead picture's caption with no credit, its first sentence in the present "
                                       "with a time of its own, between the date line and the first paragraph, is "
                                       "read as the article's first paragraph")
def test_an_uncredited_caption_in_the_present_over_the_first_paragraph_is_a_caption():
    caption = "A diver surfaces beside the cracked columns on Saturday. The pier has been shut since January."
    assert _sections(caption)[caption] == "caption"
