"""Control by deciding (`frames/control.py`): Russia deciding what another party or the war does is leverage, on
invented sentences in several registers."""

from __future__ import annotations

import pytest

from tests.extract.frames.conftest import last_sentence_codes

CONTEXT = "The Syrian army was massing north of Hama. "


@pytest.mark.parametrize("text, controlled", [
    # a quoted officer, a column, a podcast transcript, a briefing
    (CONTEXT + "\u201cThe Russians decide how far the Syrian tanks may go,\u201d the colonel said.", True),
    (CONTEXT + "In practice Moscow determines which roads the Syrian convoys use.", True),
    (CONTEXT + "Russian generals decide who leads the assault on Idlib.", True),
    (CONTEXT + "HOST: And the Kremlin decides which ministers sit at the table for Damascus?", True),
    (CONTEXT + "Russian officers decide when the offensive starts.", True),
    # the decider's own act, a Russian subject of the question, a decision only reported by a Russian, no question,
    # a clause of time after a complement
    (CONTEXT + "Moscow decided to pull its jets out when the fighting died down.", False),
    (CONTEXT + "Moscow has not yet decided whether to reinforce its garrison.", False),
    (CONTEXT + "The Russian command will decide when its bombers return to base.", False),
    (CONTEXT + "Only the Syrians can decide who leads them, the Russian envoy said.", False),
    (CONTEXT + "The Kremlin decided that the talks would go ahead.", False),
    # Russia deciding its home affairs, with a wh-word or a noun as the subject of the question
    (CONTEXT + "The Kremlin alone decides who runs the central bank.", False),
    (CONTEXT + "Moscow will decide when the summit with the Gulf states takes place.", False),
    (CONTEXT + "The Kremlin will decide which reporters get a seat at the press conference.", False),
])
def test_deciding_what_another_does_is_leverage(nlp, text, controlled):
    assert ("limits.leverage" in last_sentence_codes(nlp, text, "limits")) is controlled
