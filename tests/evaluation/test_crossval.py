"""The cross-validation of the learned classifier on hand-made units: thresholds, combination, units."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from analysis.evaluation.classifier import ClassifierSettings, classifier_scores, feature_docs, train_classifier
from analysis.evaluation.crossval import (average_precision, choose_thresholds, combine, f1, gold_units, numbered_group, precision_recall_f1,
                                          results_table)
from analysis.evaluation.sets import EvaluationSet

CORPUS = pd.DataFrame({
    "text": ["Moscow sent more jets to the regime.", "The Kremlin shielded Damascus at the council.",
             "Moscow would not pay for another offensive.", "Russian patience with Damascus ran thin.",
             "The harbour froze in January.", "A new bridge opened downtown."],
    "context": ["", "Moscow sent more jets to the regime.", "", "", "", "The harbour froze in January."],
    "support": [1, 1, 0, 0, 0, 0], "limits": [0, 0, 1, 1, 0, None],
    "rule_support": [True, False, False, False, False, False], "rule_limits": [False] * 6,
    "context_support": [False, True, False, False, False, False], "context_limits": [False] * 6,
})


@pytest.mark.parametrize(("keep", "add", "expected"), [
    (0.0, 0.5, [True, True, True, False]),
    (0.5, 0.5, [True, True, False, False]),
    (0.0, 0.95, [True, False, True, False]),
])
def test_combine_keeps_checked_rule_codes_and_adds_confident_sentences(keep, add, expected):
    rules = pd.Series([True, False, True, False])
    scores = pd.Series([0.9, 0.9, 0.1, 0.1])
    assert combine(rules, scores, keep=keep, add=add).tolist() == expected


def test_f1_leaves_out_units_whose_gold_is_unknown():
    assert f1(pd.Series([1, None, 0]), pd.Series([True, True, True])) == pytest.approx(2 / 3)


def test_precision_recall_and_f1_count_gold_positives():
    gold = pd.Series([1, 1, 1, 0, 0, None])
    predicted = pd.Series([True, False, False, True, False, True])
    assert precision_recall_f1(gold, predicted) == pytest.approx((0.5, 1 / 3, 0.4, 3))


@pytest.mark.parametrize(("scores", "expected"), [
    ([0.9, 0.8, 0.1, 0.2], 1.0),
    ([0.1, 0.2, 0.9, 0.8], (1 / 3 + 2 / 4) / 2),
    ([0.9, 0.1, 0.8, 0.2], (1 + 2 / 4) / 2),
])
def test_average_precision_ranks_the_gold_positives(scores, expected):
    gold = pd.Series([1, 1, 0, 0, None])
    assert average_precision(gold, pd.Series([*scores, 1.0])) == pytest.approx(expected)


def test_results_pool_the_groups():
    units = pd.DataFrame({"group": ["seeds", "seeds", "devset", "devset"], "support": [1, 0, 1, 1], "limits": [0, 0, 1, 0]})
    methods = ("rules", "classifier", "rules or classifier", "rules checked by classifier")
    predictions = pd.DataFrame({f"{m}:{d}": [True, True, False, True] for m in methods for d in ("support", "limits")})
    results = results_table(units, predictions).set_index(["group", "dimension", "method"])
    assert results.loc[("seeds", "support", "rules"), ["units", "positives", "P", "R"]].tolist() == [2, 1, 0.5, 1.0]
    assert results.loc[("pooled", "support", "rules"), ["units", "positives", "P", "R"]].tolist() == [4, 3, 2 / 3, 2 / 3]
    assert results.loc[("pooled", "limits", "rules"), "F1"] == pytest.approx(0.0)


def test_the_threshold_alone_is_the_highest_of_the_best():
    gold = pd.Series([1, 1, 0, 0])
    scores = pd.Series([0.9, 0.7, 0.3, 0.6])
    assert choose_thresholds(gold, pd.Series(False, index=gold.index), scores) == (0.0, 0.7)


def test_keep_drops_a_rule_code_the_classifier_doubts():
    gold = pd.Series([1, 1, 0, 0])
    rules = pd.Series([True, False, True, False])
    scores = pd.Series([0.9, 0.7, 0.3, 0.1])
    assert choose_thresholds(gold, rules, scores, keep=(0.0, 0.2, 0.35, 0.5)) == (0.35, 0.7)


def test_macro_objective_weighs_a_small_group_as_much_as_a_large_one():
    gold = pd.Series([1, 1, 1, 1, 0, 0, 1, 0])
    scores = pd.Series([0.9, 0.9, 0.9, 0.9, 0.6, 0.6, 0.6, 0.6])
    groups = pd.Series(["big"] * 6 + ["small"] * 2)
    no_rules = pd.Series(False, index=gold.index)
    assert choose_thresholds(gold, no_rules, scores) == (0.0, 0.9)
    assert choose_thresholds(gold, no_rules, scores, groups=groups) == (0.0, 0.6)


@pytest.mark.parametrize(("doc_id", "batch"), [("901_a", "901–907"), ("907_b", "901–907"), ("913_c", "908–913"),
                                               ("919_d", "914–919"), ("920_e", "920–924"), ("930_f", "925–930")])
def test_numbered_groups(doc_id, batch):
    assert numbered_group(doc_id) == batch


def test_a_held_out_doc_is_in_no_development_group():
    with pytest.raises(ValueError):
        numbered_group("931_new")


def test_features_mark_the_context_and_the_rule_codes():
    import spacy

    nlp = spacy.blank("en")
    plain, = feature_docs(nlp, CORPUS.iloc[[1]], ClassifierSettings())
    assert [t.text for t in plain] == ["the", "kremlin", "shielded", "damascus", "at", "the", "council", ".",
                                       "ctx:moscow", "ctx:sent", "ctx:more", "ctx:jets", "ctx:to", "ctx:the",
                                       "ctx:regime", "ctx:."]
    ruled, = feature_docs(nlp, CORPUS.iloc[[1]], ClassifierSettings(context=False, rule_features=True))
    assert not any(token.text.startswith(("rule:", "ctx:")) for token in ruled)
    ruled, = feature_docs(nlp, CORPUS.iloc[[0]], ClassifierSettings(rule_features=True))
    assert [t.text for t in ruled][-1] == "rule:support"
    ruled, = feature_docs(nlp, CORPUS.iloc[[1]], ClassifierSettings(rule_features=True))
    assert [t.text for t in ruled][-1] == "ctx:rule:support"


def _model_bytes(nlp) -> bytes:
    return b"".join(component.to_bytes() for _, component in nlp.pipeline)


@pytest.mark.parametrize("settings", [ClassifierSettings(epochs=3), ClassifierSettings(epochs=3, multilabel=False),
                                      ClassifierSettings(epochs=3, architecture="ensemble")])
def test_training_twice_gives_the_same_model_bytes(settings):
    assert _model_bytes(train_classifier(CORPUS, settings=settings)) == _model_bytes(train_classifier(CORPUS, settings=settings))


def test_an_unknown_architecture_is_refused():
    with pytest.raises(ValueError, match="transformer"):
        ClassifierSettings(architecture="transformer")


def test_two_binary_models_have_one_label_each():
    nlp = train_classifier(CORPUS, settings=ClassifierSettings(epochs=1, multilabel=False))
    assert [component.labels for _, component in nlp.pipeline] == [("support",), ("limits",)]


def test_the_classifier_learns_its_training_sentences():
    settings = ClassifierSettings(epochs=30, learn_rate=0.05)
    scores = classifier_scores(train_classifier(CORPUS, settings=settings), CORPUS, settings=settings)
    assert scores.support.iloc[:2].min() > scores.support.iloc[2:].max()
    assert scores.limits.iloc[2:4].min() > scores.limits.iloc[[0, 1, 4]].max()


def test_units_carry_the_sentence_before_in_their_paragraph_and_its_rule_codes():
    text = "Moscow sent jets. It then stopped.\nA quiet week followed."
    starts = [0, text.index("It then"), text.index("A quiet")]
    ends = [text.index(" It then"), text.index("\nA quiet"), len(text)]
    sentences = pd.DataFrame({"doc_id": "d", "sent_id": [0, 1, 2], "block_id": [0, 0, 1], "section": "body",
                              "start": starts, "end": ends, "text": [text[s:e] for s, e in zip(starts, ends)]})
    codes = pd.DataFrame({"doc_id": ["d", "d"], "sent_id": [0, 1], "dimension": ["support", "limits"],
                          "start": [7, starts[1] + 8]})
    frames = pd.DataFrame({"doc_id": ["d"], "offset": [starts[1]], "end": [None], "support": [0], "limits": [1]})
    evaluation = EvaluationSet("set", Path("."), {"d": text}, pd.DataFrame(), pd.DataFrame(), frames, exhaustive=True)
    units = gold_units(evaluation, {"sentences": sentences, "codes": codes})
    assert units.context.tolist() == ["", "Moscow sent jets.", ""]
    assert units.context_support.tolist() == [False, True, False]
    assert units.rule_support.tolist() == [True, False, False]
    assert units.rule_limits.tolist() == [False, True, False]
    assert units.limits.tolist() == [0, 1, 0]
    assert np.array_equal(units.start, starts)


def test_units_do_not_count_a_code_the_framing_layer_vetoed():
    text = "Moscow sent jets. Rain fell."
    starts, ends = [0, text.index("Rain")], [text.index(" Rain"), len(text)]
    sentences = pd.DataFrame({"doc_id": "d", "sent_id": [0, 1], "block_id": [0, 0], "section": "body",
                              "start": starts, "end": ends, "text": [text[s:e] for s, e in zip(starts, ends)]})
    codes = pd.DataFrame({"doc_id": ["d", "d"], "sent_id": [0, 1], "dimension": ["support", "support"],
                          "start": [7, starts[1]], "layer": ["kept", "vetoed"]})
    frames = pd.DataFrame({"doc_id": ["d", "d"], "offset": starts, "end": [None, None], "support": [1, 0],
                           "limits": [0, 0]})
    evaluation = EvaluationSet("set", Path("."), {"d": text}, pd.DataFrame(), pd.DataFrame(), frames, exhaustive=True)
    units = gold_units(evaluation, {"sentences": sentences, "codes": codes})
    assert units.rule_support.tolist() == [True, False]
    assert units.context_support.tolist() == [False, True]


@pytest.mark.filterwarnings("error::FutureWarning")  # no development units: nothing to number, no empty assignment
def test_load_units_scores_the_rule_coder_with_the_layer_off(monkeypatch):
    import analysis.evaluation.crossval as crossval
    import analysis.nlp.pipeline

    asked = []

    def record_setting(evaluation, *, nlp, cache_dir, framing_layer="gated"):
        asked.append(framing_layer)
        return {}

    def one_unit(evaluation, tables):
        return pd.DataFrame({column: ["701_x" if column == "doc_id" else 0] for column in crossval.UNIT_COLUMNS})

    monkeypatch.setattr(analysis.nlp.pipeline, "load_nlp", lambda: None)
    monkeypatch.setattr(crossval, "read_seed_set", lambda: "seeds")
    monkeypatch.setattr(crossval, "read_unseen_set", lambda folder, *, name: name)
    monkeypatch.setattr(crossval, "analyse_set", record_setting)
    monkeypatch.setattr(crossval, "gold_units", one_unit)
    crossval.load_units(devset=Path("devset"), devown=Path("devown"), cache_dir=None)
    assert asked == ["off"] * 3
