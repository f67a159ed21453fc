"""The codes table holds one row per cue occurrence in a dimension: of two hits of one dimension whose cues overlap
in the text, the longer is kept; hits that do not overlap, or that lie in different dimensions, are all kept; on
invented sentences."""

from __future__ import annotations

import pytest

from analysis.extract.frames.coder import CodeHit, _without_overlapped_cues
from tests.extract.frames.conftest import last_sentence_codes

CONTEXT = "Moscow has spent ten years propping up the Syrian government. "


def _hit(code: str, start: int, end: int) -> CodeHit:
    return CodeHit(0, code, code.split(".")[0], "x" * (end - start), start, end, None, None, None)


@pytest.mark.parametrize("hits, kept", [
    # overlapping, one dimension: the longer kept, wherever it stands in the list
    ([_hit("limits.abandonment", 10, 19), _hit("limits.departure", 10, 22)], [1]),
    ([_hit("support.backing", 5, 40), _hit("support.economic", 5, 10)], [0]),
    ([_hit("limits.priority", 0, 8), _hit("limits.capacity", 4, 12)], [0]),  # as long: the first
    # near misses: apart, only touching, or in different dimensions
    ([_hit("support.backing", 0, 8), _hit("support.economic", 20, 25)], [0, 1]),
    ([_hit("limits.priority", 0, 8), _hit("limits.capacity", 8, 12)], [0, 1]),
    ([_hit("support.backing", 0, 8), _hit("limits.commitment", 0, 12)], [0, 1]),
])
def test_overlapping_hits_of_one_dimension_keep_the_longer(hits, kept):
    assert _without_overlapped_cues(hits) == [hits[number] for number in kept]


@pytest.mark.parametrize("text, rows", [
    (CONTEXT + "In March the Russian bombers moved out of the airbase near Homs.", 1),
    (CONTEXT + "The Russian bombers moved out of the airbase, and the advisers quit the capital.", 2),
])
def test_one_row_per_cue_occurrence(nlp, text, rows):
    codes = last_sentence_codes(nlp, text)
    limits = codes[codes.dimension == "limits"]
    assert len(limits) == rows
