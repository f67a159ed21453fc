"""Russia's arrival in Assad's war (`extract.frames.arrival`), on invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.frames.conftest import last_sentence_codes

CONTEXT = "The Syrian army was falling back near Hama. "


@pytest.mark.parametrize("text, arrived", [
    # Russia or its forces as the subject of a verb of arriving, its own or shared
    (CONTEXT + "Then the Russian bombers came back over the coast.", True),
    (CONTEXT + "Moscow came to stop the collapse of the state.", True),
    (CONTEXT + "Before the Russians arrived, the army had lost two provinces.", True),
    # a Russian who only reports it, or for whom something comes, did not come
    (CONTEXT + "\"The invoice is arriving,\" said a Russian official.", False),
    (CONTEXT + "What comes next for Russia is unclear.", False),
    # another party arrives
    (CONTEXT + "Then the Turkish convoys came back over the border, a Russian officer said.", False),
])
def test_a_verb_of_arriving_with_a_russian_subject_is_support(nlp, text, arrived):
    assert ("support.arrival" in last_sentence_codes(nlp, text, "support")) is arrived
