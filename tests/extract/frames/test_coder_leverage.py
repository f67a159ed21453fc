"""Warning and insisting are pressure (`limits.leverage`) only when Assad's side is the one warned or told to act;
with a content clause alone they report a claim (Levin 1993 §37.7 and §37.9; FrameNet Statement against
Attempt_suasion); on invented sentences in several registers (wire copy, a briefing, a column)."""

from __future__ import annotations

import pytest

from tests.extract.frames.conftest import last_sentence_codes

CONTEXT = "The Syrian army was falling back near Hama. "


@pytest.mark.parametrize("text, leverage", [
    # a claim reported
    (CONTEXT + "The Russian foreign ministry warned that the fighting could spread to Lebanon.", False),
    (CONTEXT + "Moscow insisted that the footage from the village had been staged.", False),
    # Assad's side warned or told to act
    (CONTEXT + "The Kremlin warned Damascus against a new offensive on the coast.", True),
    (CONTEXT + "Lavrov warned the government to stop shelling the suburbs, two envoys said.", True),
    (CONTEXT + "Russian envoys insisted that the president release the detainees before the talks.", True),
])
def test_warning_is_pressure_only_on_assads_side(nlp, text, leverage):
    assert ("limits.leverage" in last_sentence_codes(nlp, text, "limits")) is leverage
