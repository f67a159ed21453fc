"""Voice groups: whose words a quotation carries."""

from __future__ import annotations

from types import SimpleNamespace

import pandas as pd
import pytest

from analysis.nlp.gazetteer import default_gazetteer
from analysis.extract.quotations import default_lexicon
from analysis.views.voices import VOICE_GROUPS, voice_group


def _row(speaker, actor=None, cue="say"):
    return SimpleNamespace(speaker=speaker if speaker else pd.NA, speaker_actor=actor if actor else pd.NA, cue=cue)


@pytest.mark.parametrize("row, description, group", [
    (_row("Putin", "Vladimir Putin"), "Putin", VOICE_GROUPS[0]),
    (_row("Assad", "Bashar al-Assad"), "Assad", VOICE_GROUPS[0]),
    (_row("the Kremlin", "Russia"), "the Kremlin", VOICE_GROUPS[0]),
    (_row("Osama Gaweesh"), "according to journalist Osama Gaweesh,", VOICE_GROUPS[1]),
    (_row("Coughlin", cue="cite"), "Coughlin", VOICE_GROUPS[1]),
    (_row("I"), "As I mention", VOICE_GROUPS[1]),
    (_row("Robert Ford"), "According to Robert Ford, the American Ambassador", VOICE_GROUPS[2]),
    (_row("the Defense Department", "United States"), "the Defense Department", VOICE_GROUPS[2]),
    (_row(None, cue=None), "", VOICE_GROUPS[3]),
])
def test_voice_group(row, description, group):
    assert voice_group(row, description=description, gazetteer=default_gazetteer(), lexicon=default_lexicon()) == group
