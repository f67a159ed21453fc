"""The codes table holds one row per cue occurrence of a code: of two hits of one code (or two withdrawal codes)
whose cues overlap in the text, the longer is kept; hits that do not overlap, or of different codes, are all kept;
on invented sentences."""

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
    # of two withdrawal codes the departure, even when the shorter
    ([_hit("limits.departure", 10, 18), _hit("limits.abandonment", 10, 40)], [0]),
    ([_hit("support.backing", 5, 40), _hit("support.backing", 5, 10)], [0]),
    ([_hit("limits.priority", 0, 8), _hit("limits.priority", 4, 12)], [0]),  # as long: the first
    # near misses: apart, only touching, different codes of one dimension, or different dimensions
    ([_hit("support.backing", 0, 8), _hit("support.backing", 20, 25)], [0, 1]),
    ([_hit("limits.priority", 0, 8), _hit("limits.priority", 8, 12)], [0, 1]),
    ([_hit("limits.interests", 0, 5), _hit("limits.leverage", 0, 18)], [0, 1]),
    ([_hit("support.backing", 0, 8), _hit("limits.commitment", 0, 12)], [0, 1]),
])
def test_overlapping_hits_of_one_class_keep_one(hits, kept):
    assert _without_overlapped_cues(hits) == [hits[number] for number in kept]


def test_the_kept_hit_takes_up_a_modifier():
    longer, turned = _hit("limits.refusal", 0, 18), _hit("limits.refusal", 12, 18)._replace(modifier="refused")
    assert _without_overlapped_cues([longer, turned]) == [longer._replace(modifier="refused")]
    plain = _hit("limits.refusal", 30, 36)._replace(modifier="refused")  # apart: nothing taken up
    assert _without_overlapped_cues([longer, plain]) == [longer, plain]


@pytest.mark.parametrize("text, rows", [
    (CONTEXT + "In March the Russian bombers moved out of the airbase near Homs.", 1),
    (CONTEXT + "The Russian bombers moved out of the airbase, and the advisers quit the capital.", 2),
])
def test_one_row_per_cue_occurrence(nlp, text, rows):
    codes = last_sentence_codes(nlp, text)
    limits = codes[codes.dimension == "limits"]
    assert len(limits) == rows
