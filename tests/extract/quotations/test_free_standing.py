"""A quoted sentence with no cue of its own after a sentence about its speaker (`free_standing_attribution`):
invented texts in several registers."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, quote, speaker", [
    # a quotation that ends on a quote of its own, whose mark follows the full stop
    ("Ilse Varga said the guards had been warned twice. “The captain told us plainly: ‘Nobody sails tonight.’”",
     "The captain told us plainly: ‘Nobody sails tonight.’", "Ilse Varga"),
    # the sentence before reports its speaker in a tag set into it
    ("The second phase, Marr said, would require the port to pay its share. “The city has paid a lot for this "
     "bridge, and it wants a deal that lasts.”",
     "The city has paid a lot for this bridge, and it wants a deal that lasts.", "Marr"),
    ("The rebuild, the coach insisted, would take two seasons. “Nobody here expects a trophy in May.”",
     "Nobody here expects a trophy in May.", "the coach"),
])
def test_a_quoted_sentence_takes_the_speaker_of_the_sentence_before(quotes_of, text, quote, speaker):
    assert quotes_of(text)[quote].speaker == speaker


def test_a_sentence_with_no_speaker_or_tag_gives_none(quotes_of):
    found = quotes_of("The second phase would require the port to pay its share. “The city has paid a lot.”")
    assert found["The city has paid a lot."].speaker is None
