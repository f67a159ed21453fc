"""The patron telling its client (`analysis.extract.frames.telling`), on invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.frames.conftest import last_sentence_codes

CONTEXT = "The Syrian army was falling back near Hama. "


@pytest.mark.parametrize("text, pressed", [
    # a Russian teller and Assad's side as the one told, whatever is told
    (CONTEXT + "For two years Moscow had told Damascus that gas attacks would bring the Americans in.", True),
    (CONTEXT + "\u201cPutin has told Assad the same thing: not now,\u201d the diplomat said.", True),
    (CONTEXT + "Russia signed a text telling the Syrian government what it must give up.", True),
    # another power or Assad's side as the teller, a telling denied, or someone else told, is no pressure
    (CONTEXT + "The Turkish envoy told Damascus that the border would stay shut.", False),
    (CONTEXT + "Assad told his generals that the bridge would hold.", False),
    (CONTEXT + "Moscow signed the deal without telling Damascus.", False),
    (CONTEXT + "A Russian officer told me that the front was quiet.", False),
])
def test_russia_telling_assads_side_is_pressure(nlp, text, pressed):
    assert ("limits.leverage" in last_sentence_codes(nlp, text, "limits")) is pressed
