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


def test_quotes_heading_names_the_source_and_counts_the_rows_listed():
    from analysis.views.voices import quotes_heading

    quotations = pd.DataFrame({"doc_id": ["d1", "d1", "d1", "d2"], "quote_id": [0, 1, 2, 0],
                               "kind": ["direct", "title", "scare", "direct"]}).assign(
        section="body", speaker=pd.NA, speaker_name=pd.NA, speaker_actor=pd.NA, cue=pd.NA, text="x")
    documents = pd.DataFrame({"doc_id": ["d1", "d2"], "label": ["Vox 2017", "ECFR 2017"]})
    assert quotes_heading(quotations, documents, doc_id="d1") == "Vox 2017: 2 quotations (titles left out)"
    assert quotes_heading(quotations, documents, doc_id="d1", titles=True) == "Vox 2017: 3 quotations"
    assert quotes_heading(quotations, documents, doc_id="d2") == "ECFR 2017: 1 quotation (titles left out)"
