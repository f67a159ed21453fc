"""The title or credit of an embedded video, right over the player's running time, is a caption; a schedule's
programme over its length and a body sentence over a running time's neighbour stay what they were (invented pages)."""

from __future__ import annotations

from analysis.corpus import page
from analysis.corpus.sections import iter_blocks

TITLE = "Harbour fire: crews fought the blaze through the night"
LEDE = ("Fire crews from three towns spent the night at the harbour after a blaze spread from a fish store to two "
        "boats moored alongside it, the harbour master said on Sunday morning.")
SECOND = ("The harbour board said the quay would stay closed to lorries until its engineers had checked the stone, "
          "and the ferry company moved its morning sailings to the north pier.")
THIRD = ("Residents on the sea front were allowed back into their homes before dawn, and the coastguard lifted its "
         "warning to small boats at about seven o'clock.")


def labels_of(*blocks: str, title: str = TITLE) -> dict[str, tuple[str, str]]:
    return {block.text: (block.section, block.reason)
            for block in iter_blocks("\n\n".join(blocks) + "\n", title=title)}


def test_a_video_title_over_its_running_time_is_a_caption():
    labels = labels_of("Harbour Courier", TITLE, "By Jane Roe", LEDE, SECOND, "Jane Roe",
                       "Harbour fire: what the crews saw", "02:41 - Source: Harbour TV", THIRD)
    assert labels["Harbour fire: what the crews saw"] == ("caption", page.VIDEO_TITLE)
    assert labels[THIRD][0] == "body"


def test_a_video_credit_over_a_bare_time_is_a_caption():
    labels = labels_of("Harbour Courier", TITLE, "By Jane Roe", LEDE, "Video by: Tam Brodie", "02:41", SECOND, THIRD)
    assert labels["Video by: Tam Brodie"][0] == "caption"


def test_a_programme_over_its_length_in_a_schedule_is_left_alone():
    labels = labels_of("Harbour Radio", TITLE, LEDE, "The Quiet Quay", SECOND, "30 mins", THIRD)
    assert labels["The Quiet Quay"][1] != page.VIDEO_TITLE
    assert labels[SECOND][0] == "body"


def test_a_finished_sentence_over_a_running_time_is_no_video_title():
    labels = labels_of("Harbour Courier", TITLE, "By Jane Roe", LEDE, SECOND, "02:41 - Source: Harbour TV", THIRD)
    assert labels[SECOND] == ("body", "position:body")
