"""A code the framing layer vetoed stays in the codes table but no view counts it (`schemas.counted_codes`)."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.tables.schemas import counted_codes
from analysis.views import framing
from analysis.views.close_reading import find_matches

DOCUMENTS = pd.DataFrame({"doc_id": ["d1", "d2"], "label": ["Alpha 2016", "Beta 2019"], "published": ["2016-03", "2019"]})
SENTENCES = pd.DataFrame({
    "doc_id": ["d1", "d1", "d2", "d2"], "sent_id": [0, 1, 0, 1], "block_id": [0, 0, 0, 1], "section": "body",
    "start": [0, 25, 0, 24], "end": [24, 50, 23, 45], "voice": "author",
    "text": ["Moscow shipped new guns.", "Later it cut the convoys.", "The Kremlin paid wages.", "Rain fell all morning."],
})
RULE_CODES = pd.DataFrame({
    "doc_id": ["d1", "d1"], "sent_id": [0, 1], "code": ["support.military", "limits.withdrawal"],
    "dimension": ["support", "limits"], "cue": ["guns", "cut"], "start": [19, 34], "end": [23, 37],
    "agent": ["Russia", "Russia"], "agent_link": ["subject", "pronoun"], "modifier": [None, None],
    "layer": ["kept", "kept"],
})
VETOED_CODE = pd.DataFrame({
    "doc_id": ["d2"], "sent_id": [0], "code": ["support.economic"], "dimension": ["support"], "cue": ["wages"],
    "start": [17], "end": [22], "agent": ["Russia"], "agent_link": ["subject"], "modifier": [None], "layer": ["vetoed"],
})
WITH_VETOED = pd.concat([RULE_CODES, VETOED_CODE], ignore_index=True)

VIEWS = {
    "coded_sentences": lambda codes: framing.coded_sentences(codes, SENTENCES),
    "dimension_shares": lambda codes: framing.dimension_shares(codes, SENTENCES, DOCUMENTS),
    "code_profile": lambda codes: framing.code_profile(codes, SENTENCES, DOCUMENTS),
    "timeline": lambda codes: framing.timeline(codes, SENTENCES, DOCUMENTS),
    "code_examples": lambda codes: framing.code_examples(codes, SENTENCES, DOCUMENTS),
    "dimension_heading": lambda codes: framing.dimension_heading(codes, "support"),
}


def test_counted_codes_drop_only_the_vetoed_rows():
    off = RULE_CODES.assign(layer=pd.NA)
    assert counted_codes(WITH_VETOED).equals(RULE_CODES)
    assert counted_codes(off).equals(off)
    assert counted_codes(RULE_CODES.drop(columns="layer")).equals(RULE_CODES.drop(columns="layer"))


@pytest.mark.parametrize("view", sorted(VIEWS))
def test_a_view_does_not_count_a_vetoed_code(view):
    with_vetoed, without = VIEWS[view](WITH_VETOED), VIEWS[view](RULE_CODES)
    if isinstance(without, str):
        assert with_vetoed == without
    else:
        pd.testing.assert_frame_equal(with_vetoed, without)


def test_close_reading_finds_no_vetoed_code():
    tables = {"sentences": SENTENCES, "codes": WITH_VETOED}
    assert find_matches(tables, code="support").doc_id.tolist() == ["d1"]
    with pytest.raises(ValueError, match="no sentence carries code 'support.economic'"):
        find_matches(tables, code="support.economic")
