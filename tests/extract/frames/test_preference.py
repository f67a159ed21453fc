"""A preference by comparison (`frames/preference.py`): Russia needing, wanting or valuing something else more than its
standard is a priority elsewhere, on invented sentences in several registers."""

from __future__ import annotations

import pytest

from tests.extract.frames.conftest import last_sentence_codes

CONTEXT = "Bashar al-Assad's government has leaned on Moscow since 2015. "


@pytest.mark.parametrize("text, preferred", [
    # a wire analysis, a think-tank brief, a quoted diplomat, an editorial
    (CONTEXT + "At the Astana talks, Moscow needed Ankara more than it needed Damascus.", True),
    (CONTEXT + "Russia wanted a stable Syria more than it wanted any particular president.", True),
    (CONTEXT + "\u201cIn the end the Kremlin valued a quiet border more than any line on the map,\u201d a diplomat said.",
     True),
    (CONTEXT + "The Russian command wanted a quiet coast rather more than it wanted another offensive.", True),
    # the emphatic standard, Assad's side as what is preferred, another actor's need, a comparison of actors or times
    (CONTEXT + "Moscow needs Assad more than ever.", False),
    (CONTEXT + "Russia wants a victory in Idlib more than anything.", False),
    (CONTEXT + "Moscow needed Assad more than he needed Moscow.", False),
    (CONTEXT + "Iran needed the Hezbollah fighters more than Russia did.", False),
    (CONTEXT + "Turkey, a guarantor of the truce, needed the ceasefire more than Russia did.", False),
    (CONTEXT + "Russia wants stability in Syria more than the West does.", False),
    (CONTEXT + "Moscow needs its airbase at Hmeimim more than it did in 2015.", False),
    (CONTEXT + "Moscow has wanted a naval base on the coast for more than a decade.", False),
])
def test_something_else_needed_more_is_a_priority(nlp, text, preferred):
    assert ("limits.priority" in last_sentence_codes(nlp, text, "limits")) is preferred
