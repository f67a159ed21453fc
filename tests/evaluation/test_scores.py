"""Span matching and scores, on small hand-made tables."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from analysis.evaluation.scores import (coder_labels, framing_agreement, match_spans, overlap_ratio, precision_recall_f1,
                                       quotation_scores, same_speaker)


def _quotes(rows):
    return pd.DataFrame(rows, columns=["doc_id", "start", "end", "kind", "speaker", "speaker_name"])


def test_overlap_ratio():
    assert overlap_ratio(0, 10, 0, 10) == 1.0
    assert overlap_ratio(0, 10, 5, 15) == pytest.approx(5 / 15)
    assert overlap_ratio(0, 5, 5, 10) == 0.0


def test_each_span_is_matched_at_most_once_and_only_within_its_document():
    predicted = _quotes([("a", 0, 10, "direct", None, None), ("a", 1, 10, "direct", None, None),
                         ("b", 0, 10, "direct", None, None)])
    gold = _quotes([("a", 0, 10, "direct", None, None)])
    pairs = match_spans(predicted, gold)
    assert pairs[["pred", "gold"]].values.tolist() == [[0, 0]]


def test_scores_count_precision_recall_and_speakers():
    gold = _quotes([("a", 0, 10, "direct", "Putin", "Vladimir Putin"), ("a", 20, 30, "scare", None, None),
                    ("a", 40, 60, "indirect", "Critics", None)])
    predicted = _quotes([("a", 0, 10, "direct", "he", "Vladimir Putin"), ("a", 20, 30, "partial", "Lavrov", "Sergei Lavrov"),
                         ("a", 70, 80, "scare", None, None)])
    scores = quotation_scores(predicted, gold)
    assert scores.loc["marked", ["precision", "recall"]].tolist() == [pytest.approx(2 / 3, abs=1e-3), 1.0]
    assert scores.loc["marked", "speaker_accuracy"] == 0.5
    assert scores.loc["marked", "kind_accuracy"] == 0.5
    assert scores.loc["indirect", "recall"] == 0.0


@pytest.mark.parametrize("pred, gold, same", [
    (("Professor Michael Clarke", "Michael Clarke"), ("Professor Michael Clarke", "Michael Clarke"), True),
    (("he", "Bashar Assad"), ("He", "Bashar Assad"), True),
    (("Brazil’s Ambassador", None), ("Brazil’s Ambassador to the UK", None), True),
    (("Brazil", None), ("Brazil’s Ambassador to the UK", None), False),
    ((None, None), (None, None), True),
    (("Putin", "Vladimir Putin"), (None, None), False),
    (("Peskov", "Peskov"), ("Lavrov and [Putin’s press secretary] Peskov", "Lavrov and Peskov"), False),
])
def test_same_speaker(pred, gold, same):
    as_row = lambda pair: pd.Series({"speaker": pair[0], "speaker_name": pair[1]})
    assert same_speaker(as_row(pred), as_row(gold)) is same


def test_krippendorff_alpha_reproduces_the_published_example():
    from analysis.evaluation.scores import krippendorff_alpha

    # Krippendorff (2011), 'Computing Krippendorff's Alpha-Reliability', nominal example: alpha = 0.743.
    units = [[1, 1, None, 1], [2, 2, 3, 2], [3, 3, 3, 3], [3, 3, 3, 3], [2, 2, 2, 2], [1, 2, 3, 4], [4, 4, 4, 4],
             [1, 1, 2, 1], [2, 2, 2, 2], [None, 5, 5, 5], [None, None, 1, 1], [None, None, 3, None]]
    codings = pd.DataFrame(units, columns=["A", "B", "C", "D"]).astype(object)
    assert krippendorff_alpha(codings.where(codings.notna(), None)) == pytest.approx(0.743, abs=0.001)


def test_cohen_kappa_on_a_worked_example():
    from analysis.evaluation.scores import cohen_kappa

    # 50 units: both yes 20, both no 15, first yes / second no 5, first no / second yes 10 -> kappa = 0.4
    first = [1] * 20 + [0] * 15 + [1] * 5 + [0] * 10
    second = [1] * 20 + [0] * 15 + [0] * 5 + [1] * 10
    assert cohen_kappa(pd.Series(first), pd.Series(second)) == pytest.approx(0.4)


@pytest.mark.parametrize(("counts", "expected"), [
    ((3, 4, 6), (0.75, 0.5, 0.6)),
    ((0, 2, 2), (0.0, 0.0, 0.0)),
])
def test_precision_recall_f1_from_counts(counts, expected):
    scores = precision_recall_f1(*counts)
    assert (scores["precision"], scores["recall"], scores["f1"]) == pytest.approx(expected)


def test_precision_is_undefined_without_predictions():
    assert math.isnan(precision_recall_f1(0, 0, 5)["precision"])


UNITS = pd.DataFrame({"doc_id": ["d1", "d1"], "start": [0, 40], "end": [40, 80], "support": [1, 0], "limits": [0, 1]})


def test_coder_labels_leave_out_a_code_the_layer_vetoed():
    codes = pd.DataFrame({"doc_id": ["d1", "d1"], "dimension": ["support", "limits"], "code": ["support.a", "limits.b"],
                          "start": [5, 45], "layer": ["kept", "vetoed"]})
    assert coder_labels(codes, UNITS, dimension="support").tolist() == [1, 0]
    assert coder_labels(codes, UNITS, dimension="limits").tolist() == [0, 0]
    assert coder_labels(codes, UNITS, code="limits.b").tolist() == [0, 0]


def test_framing_agreement_counts_no_vetoed_code():
    kept = pd.DataFrame({"doc_id": ["d1"], "dimension": ["support"], "code": ["support.a"], "start": [5],
                         "layer": ["kept"]})
    vetoed = pd.DataFrame({"doc_id": ["d1"], "dimension": ["limits"], "code": ["limits.b"], "start": [45],
                           "layer": ["vetoed"]})
    with_vetoed = framing_agreement(pd.concat([kept, vetoed], ignore_index=True), UNITS)
    assert with_vetoed.equals(framing_agreement(kept, UNITS))
    assert with_vetoed.loc["limits", "coder_positive"] == 0
