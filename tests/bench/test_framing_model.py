"""The leave-one-batch-out experiment's parts (`bench/framing_model.py`), on invented units."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from framing_model import (BATCHES, GATED, GATED_MARGIN, GATED_MASKED, GATED_SHIFTED, GROUPED_FORMS,  # noqa: E402
                           MASKED_WORD, POOLED, Design, adds_only, batch_of, batches_of, cached_docs, deal, export_layer,
                           feature_text, fit, fold_rule_rates, gated_form, grouped_comparison, id_ranges, in_ranges, near_russia, prf, readme_batches,
                           rerank, rule_rate, subset, units_key, veto_and_gated_adds, wins_over_rules)


@pytest.mark.parametrize(("doc_id", "batch"), [
    ("703_example", "701–704"), ("907_example", "901–907"), ("931_example", "931–936"),
    ("988_example", "984–988"), ("993_example", "989–993"), ("994_example", "994–998"),
])
def test_batch_of(doc_id, batch):
    assert batch_of(doc_id) == batch


@pytest.mark.parametrize("doc_id", ["925_example", "930_example", "999_example"])
def test_batch_of_refuses_articles_outside_the_look_set(doc_id):
    with pytest.raises(ValueError):
        batch_of(doc_id)


def test_prf_leaves_excluded_units_out():
    gold = pd.Series([1, 0, None, 1, 0])
    precision, recall, f1, positives = prf(gold, [1, 1, 1, 0, 0])
    assert (precision, recall, positives) == (0.5, 0.5, 2)
    assert f1 == pytest.approx(0.5)


def _units(rows):
    return pd.DataFrame(rows, columns=["features", "batch", "limits", "rule_limits"])


def test_adds_only_keeps_rule_codes_and_adds_only_near_a_russian_mention():
    units = _units([("actor=russia w=tire", "a", 1, 0), ("prev_actor=russia w=tire", "a", 1, 0),
                    ("actor=other w=tire", "a", 0, 0), ("w=veto", "a", 0, 1)])
    assert near_russia(units).tolist() == [True, True, False, False]
    assert adds_only(units, "limits", [1, 1, 1, 0]).tolist() == [True, True, False, True]


def test_features_seen_in_too_few_training_batches_are_left_out():
    rows = [(f"w=cost w=only_{batch} rule=limits", batch, 1, 1) for batch in ("701–704", "901–907", "908–913")]
    rows += [("w=parade", batch, 0, 0) for batch in ("701–704", "901–907", "908–913")]
    rows.append(("w=only_701–704 w=cost", "701–704", 1, 0))
    units = _units(rows)
    design = Design(units)
    columns, _ = fit(design, np.arange(len(units)), units.limits.to_numpy(dtype=float), with_rules=False, c=1.0)
    assert sorted(design.names[columns]) == ["w=cost", "w=parade"]


def test_a_batch_with_no_f1_is_neither_a_win_nor_a_loss():
    nan = float("nan")
    # batch by batch: a win, a loss, a tie (no win), the model's F1 NaN, the rules' F1 NaN
    assert wins_over_rules([0.6, 0.4, 0.5, nan, 0.7], [0.5, 0.5, 0.5, 0.3, nan]) == (1, 2)
    assert wins_over_rules([], []) == (0, 0)


def test_the_pooled_row_counts_the_batches():
    assert POOLED == "pooled (18)" and len(BATCHES) == 18


def test_units_key_changes_with_any_file_of_a_set(tmp_path):
    article = tmp_path / "set" / "901_example.txt"
    article.parent.mkdir()
    article.write_text("Moscow kept its jets at the base.\n", encoding="utf-8")
    before = units_key([article.parent])
    assert units_key([article.parent]) == before
    article.write_text("Moscow flew its jets home.\n", encoding="utf-8")
    assert units_key([article.parent]) != before


@pytest.mark.parametrize(("changed", "key_changes"), [
    ("resources/framing_layer.json", False),
    ("resources/codebook.yaml", True),
    ("extract/frames/coder.py", True),
])
def test_units_key_leaves_out_the_learned_layer_only(tmp_path, changed, key_changes):
    library = tmp_path / "analysis"
    for name in ("resources/framing_layer.json", "resources/codebook.yaml", "extract/frames/coder.py"):
        (library / name).parent.mkdir(parents=True, exist_ok=True)
        (library / name).write_text("first version\n", encoding="utf-8")
    articles = tmp_path / "set"
    articles.mkdir()
    (articles / "902_invented.txt").write_text("An envoy praised the talks.\n", encoding="utf-8")
    before = units_key([articles], library=library)
    (library / changed).write_text("second version\n", encoding="utf-8")
    assert (units_key([articles], library=library) != before) is key_changes


def _article(doc_id, rule_limits, *, sections=None, linked=None, anchored=None, other_subject=None,
             set_name="look"):
    n = len(rule_limits)
    return pd.DataFrame({"set": set_name, "doc_id": doc_id, "rule_limits": rule_limits,
                         "section": sections or ["body"] * n, "linked": linked or [True] * n,
                         "anchored": anchored or [True] * n, "other_subject": other_subject or [False] * n})


def test_rerank_codes_as_many_units_per_article_as_the_rules_do():
    units = pd.concat([_article("a", [1, 1, 0, 0]), _article("b", [0, 0, 0]), _article("c", [1, 0])],
                      ignore_index=True)
    scores = [0.2, 0.9, 0.8, 0.1, 0.99, 0.98, 0.97, 0.3, 0.3]
    # a: the two highest (0.9, 0.8); b: the rules code nothing, so nothing however high; c: a tie, the earlier unit
    assert rerank(units, "limits", scores).tolist() == [False, True, True, False, False, False, False, True, False]


def test_rerank_keeps_articles_of_different_sets_apart():
    units = pd.concat([_article("a", [0, 0]), _article("a", [1, 0], set_name="seeds")], ignore_index=True)
    assert rerank(units, "limits", [0.9, 0.8, 0.1, 0.7]).tolist() == [False, False, False, True]


def test_veto_and_gated_adds_keeps_vetoes_and_adds():
    # eight rule codes, so at most two additions (a quarter)
    rules = [1] * 8 + [0, 0, 0, 0, 0]
    anchored = [True] * 8 + [True, True, True, False, True]
    other_subject = [False] * 8 + [False, False, False, False, True]
    units = _article("a", rules, anchored=anchored, other_subject=other_subject)
    scores = [0.9, 0.14, 0.15, 0.5, 0.6, 0.7, 0.8, 0.9] + [0.6, 0.95, 0.7, 0.99, 0.99]
    expected = [True, False, True, True, True, True, True, True] + [False, True, True, False, False]
    assert veto_and_gated_adds(units, "limits", scores).tolist() == expected


@pytest.mark.parametrize(("rule_count", "added"), [(0, 0), (3, 0), (4, 1), (7, 1), (8, 2)])
def test_veto_and_gated_adds_caps_additions_at_a_quarter_of_the_rule_count(rule_count, added):
    units = _article("a", [1] * rule_count + [0] * 5)
    scores = [0.9] * rule_count + [0.8] * 5
    assert int(veto_and_gated_adds(units, "limits", scores)[rule_count:].sum()) == added


def test_body_linked_adds_only_to_body_units_whose_own_sentence_holds_the_link():
    # four rule codes (one addition allowed per candidate article); the fifth unit is the candidate
    def candidate(section, linked):
        return _article("a", [1, 1, 1, 1, 0], sections=["body"] * 4 + [section], linked=[True] * 4 + [linked])

    scores = [0.9] * 4 + [0.8]
    headline, before_only, body = candidate("headline", True), candidate("body", False), candidate("body", True)
    # G adds in all three (its gate is the sentence or the one before); G' only in the body with a link of its own
    assert [bool(veto_and_gated_adds(units, "limits", scores)[-1]) for units in (headline, before_only, body)] == [
        True, True, True]
    assert [bool(veto_and_gated_adds(units, "limits", scores, body_linked=True)[-1])
            for units in (headline, before_only, body)] == [False, False, True]


def test_body_linked_keeps_the_vetoes_and_the_cap_of_g():
    units = _article("a", [1] * 4 + [0] * 3, sections=["headline"] + ["body"] * 6)
    scores = [0.1, 0.9, 0.9, 0.9, 0.7, 0.8, 0.6]
    # the headline's rule code is vetoed as in G (the gate concerns additions only); one addition, the highest
    assert veto_and_gated_adds(units, "limits", scores, body_linked=True).tolist() == [
        False, True, True, True, False, True, False]


# G_ps: the article below has eight rule codes in thirteen body units, a rule rate of (8 + 1) / (13 + 2) = 0.6
SHIFT_RULES = [1] * 8 + [0, 0, 0, 0, 0]
SHIFT_SCORES = [0.9, 0.14, 0.15, 0.5, 0.6, 0.7, 0.8, 0.9] + [0.6, 0.95, 0.7, 0.99, 0.99]


def _shift_article():
    return _article("a", SHIFT_RULES, anchored=[True] * 8 + [True, True, True, False, True],
                    other_subject=[False] * 12 + [True])


def test_shifted_adds_at_the_training_rate_are_gs():
    units = _shift_article()
    assert (veto_and_gated_adds(units, "limits", SHIFT_SCORES, training_rate=0.6).tolist()
            == veto_and_gated_adds(units, "limits", SHIFT_SCORES).tolist())


def test_shifted_adds_far_below_the_training_rate_add_less():
    # r_train 0.9: odds × (0.6 / 0.4) / (0.9 / 0.1) = 1/6, so 0.95 (odds 19) → 0.76 stays, 0.7 → 0.28 and 0.6 → 0.2 fall
    expected = [True, False, True, True, True, True, True, True] + [False, True, False, False, False]
    assert veto_and_gated_adds(_shift_article(), "limits", SHIFT_SCORES, training_rate=0.9).tolist() == expected


def test_shifted_adds_above_the_training_rate_add_units_g_leaves():
    # four rule codes of eight units: rate 5 / 10 = 0.5; r_train 0.2 multiplies the odds by 4, so 0.4 → 0.73
    units = _article("a", [1, 1, 1, 1, 0, 0, 0, 0])
    scores = [0.9] * 4 + [0.4, 0.3, 0.1, 0.2]
    assert veto_and_gated_adds(units, "limits", scores)[4:].tolist() == [False] * 4
    # ⌊0.25 × 4⌋ = 1 addition: 0.4 (→ 0.73) before 0.3 (→ 0.63)
    assert veto_and_gated_adds(units, "limits", scores, training_rate=0.2)[4:].tolist() == [True, False, False, False]


def test_shifted_adds_cap_counts_the_rule_codes_of_the_analysed_sections_only():
    # eight rule codes, four of them in captions: G may add two, G_ps one (⌊0.25 × 4⌋); ties go to the earlier unit
    units = _article("a", [1] * 8 + [0, 0, 0], sections=["caption"] * 4 + ["body"] * 7)
    scores = [0.9] * 8 + [0.8, 0.8, 0.8]
    assert veto_and_gated_adds(units, "limits", scores)[8:].tolist() == [True, True, False]
    # rate in the analysed sections (4 + 1) / (7 + 2) = 5/9, shifted to itself
    assert veto_and_gated_adds(units, "limits", scores, training_rate=5 / 9)[8:].tolist() == [True, False, False]


# G_m: four rule codes (one addition allowed) and one gated candidate, the only unit without a rule code
@pytest.mark.parametrize(("score", "added_by_g", "added_by_g_m"), [
    (0.45, False, False), (0.55, True, False), (0.60, True, True), (0.65, True, True),
])
def test_margin_form_adds_only_from_a_score_of_0_60(score, added_by_g, added_by_g_m):
    units = _article("a", [1, 1, 1, 1, 0])
    scores = [0.9] * 4 + [score]
    assert bool(veto_and_gated_adds(units, "limits", scores)[-1]) is added_by_g
    assert bool(gated_form(GATED_MARGIN, units, "limits", scores, training_rate=None)[-1]) is added_by_g_m


def test_margin_form_keeps_the_vetoes_gate_and_cap_of_g():
    units = _article("a", [1] * 8 + [0] * 5, anchored=[True] * 8 + [True, True, True, False, True],
                     other_subject=[False] * 12 + [True])
    scores = [0.9, 0.14, 0.15, 0.5, 0.6, 0.7, 0.8, 0.9] + [0.7, 0.58, 0.55, 0.99, 0.99]
    kept = [True, False, True, True, True, True, True, True]
    # two additions allowed: G takes 0.7 and 0.58; G_m only 0.7, the rest of its cap left unused; neither adds the
    # ungated 0.99 or the 0.99 with another actor as subject; the vetoes (below 0.15) are the same
    assert veto_and_gated_adds(units, "limits", scores).tolist() == kept + [True, True, False, False, False]
    assert gated_form(GATED_MARGIN, units, "limits", scores, training_rate=None).tolist() == kept + [
        True, False, False, False, False]


def test_rule_rates_pool_the_analysed_units_and_leave_each_fold_out():
    units = pd.concat([_article("a", [1, 0, 0, 1], sections=["headline", "body", "body", "caption"]),
                       _article("b", [1, 1, 0, 0])], ignore_index=True)
    # analysed units: a's first three (one coded) and b's four (two coded)
    assert rule_rate(units, "limits") == 3 / 7
    assert fold_rule_rates(units, "limits", [0] * 4 + [1] * 4).tolist() == [2 / 4] * 4 + [1 / 3] * 4


INVENTED_README = """# An invented set

- **401–402** were written first, with no heading of their own.

## Articles 410–421

### First batch (410–414)

Some words about a batch (415–416) that are not a heading.

### Second batch (415–421)

#### Styles (in 415–421)

### Batch 3 (430–433, added 2026-01-02)

### Batch 4 (434–436, added 2026-01-02)

### Batch 5 (1000–1004, added 2026-01-03)

### Notes (440–441)
"""


def test_readme_batches_reads_every_batch_heading_in_readme_order():
    assert readme_batches(INVENTED_README) == {"410–414": (410, 414), "415–421": (415, 421), "430–433": (430, 433),
                                               "434–436": (434, 436), "1000–1004": (1000, 1004)}


def test_batches_of_refuses_articles_under_no_heading():
    batches = readme_batches(INVENTED_README)
    assert batches_of(["412_a", "436_b", "415_c", "1003_d"], batches) == ["410–414", "434–436", "415–421", "1000–1004"]
    with pytest.raises(ValueError, match="401_x"):
        batches_of(["412_a", "401_x"], batches)


@pytest.mark.parametrize(("n_batches", "n_folds", "expected"), [
    (12, 10, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1]),
    (7, 5, [0, 1, 2, 3, 4, 0, 1]),
    (3, 5, [0, 1, 2]),
])
def test_deal_gives_the_ith_batch_to_fold_i_mod_n(n_batches, n_folds, expected):
    batches = [f"b{letter}" for letter in "kcxqamzpbrtu"[:n_batches]]
    assert list(deal(batches, n_folds).values()) == expected
    assert list(deal(batches, n_folds)) == batches


def test_inner_dealing_renumbers_the_training_batches():
    order = [f"batch {i}" for i in range(50)]
    outer = deal(order, 10)
    training = [batch for batch in order if outer[batch] != 3]
    inner = deal(training, 5)
    sizes = [list(inner.values()).count(fold) for fold in range(5)]
    # forty-five training batches: nine per inner fold, the held-out fold's batches in none
    assert sizes == [9] * 5 and "batch 3" not in inner and "batch 13" not in inner
    assert inner["batch 0"] == inner["batch 6"] != inner["batch 1"]


def _invented_units(n_batches: int, *, set_name: str = "look", first_id: int = 500) -> pd.DataFrame:
    rows = []
    for batch in range(n_batches):
        doc_id = f"{first_id + batch}_invented"
        for sentence in range(6):
            cue = sentence % 3 == 0
            rows.append({"set": set_name, "doc_id": doc_id, "start": 100 * sentence, "end": 100 * sentence + 50,
                         "support": float(sentence % 2 == 0), "limits": float(cue),
                         "rule_support": int(sentence == 0), "rule_limits": int(cue and sentence > 0),
                         "features": " ".join(["w=ceiling" if cue else "w=parade", f"w=tone{sentence % 2}",
                                               *(["rule=limits", "link=limits:subject"] if cue else [])]),
                         "section": "body", "linked": True, "anchored": True, "other_subject": False})
    units = pd.DataFrame(rows)
    # as if the cue's word were a proper noun: the masked features name it by the placeholder
    return units.assign(masked_features=units.features.str.replace("w=ceiling", f"w={MASKED_WORD}"))


def test_grouped_comparison_prints_ten_folds_and_every_form(capsys):
    units = pd.concat([_invented_units(20), _invented_units(1, set_name="seeds", first_id=1),
                       _invented_units(1, set_name="devset", first_id=2),
                       _invented_units(1, set_name="check", first_id=3)], ignore_index=True)
    batches = {f"{500 + i}–{500 + i}": (500 + i, 500 + i) for i in reversed(range(20))}
    grouped_comparison(units, batches=batches)
    printed = capsys.readouterr().out
    # README order decides the dealing: the first listed batch (519) goes to fold 0 with the eleventh (509)
    assert "- fold 0: 519–519, 509–509" in printed
    assert "| pooled (10 folds) |" in printed and "heldout" not in printed
    assert all(name in printed for name in GROUPED_FORMS) and "| check |" in printed


def test_grouped_comparison_scores_a_heldout_folder_in_aggregate_only(capsys):
    units = pd.concat([_invented_units(20), _invented_units(1, set_name="seeds", first_id=1),
                       _invented_units(1, set_name="devset", first_id=2),
                       _invented_units(1, set_name="check", first_id=3)], ignore_index=True)
    heldout = _invented_units(3, set_name="heldout", first_id=900)
    grouped_comparison(units, batches={f"{500 + i}–{500 + i}": (500 + i, 500 + i) for i in range(20)},
                       heldout=heldout)
    printed = capsys.readouterr().out.split("scored on the held-out folder")[1]
    # one row per dimension, nothing per article
    assert printed.count("| heldout |") == 2 and "900_invented" not in printed


@pytest.mark.parametrize(("form", "add_from"), [(GATED, 0.5), (GATED_SHIFTED, 0.5), (GATED_MARGIN, 0.6),
                                               (GATED_MASKED, 0.6)])
def test_export_writes_a_layer_the_build_reads_and_the_same_bytes_twice(tmp_path, capsys, form, add_from):
    from analysis.extract.frames.layer_model import read_framing_layer

    units = pd.concat([_invented_units(20), _invented_units(1, set_name="check", first_id=3)], ignore_index=True)
    batches = {f"{500 + i}–{500 + i}": (500 + i, 500 + i) for i in range(20)}
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    for path in (first, second):
        export_layer(units, batches=batches, path=path, command="invented", form=form)
    assert first.read_bytes() == second.read_bytes()
    layer = read_framing_layer(first)
    # each invented article codes one limits unit and one support unit of its six body units
    assert layer.form == form
    assert (layer.veto_below, layer.add_from, layer.add_share) == (0.15, add_from, 0.25)
    # G_mp is trained on the masked features and says so; the other forms on the words as they are
    masked = form == GATED_MASKED
    assert layer.proper_nouns_masked is masked
    assert [layer.models[dimension].r_train for dimension in ("support", "limits")] == [1 / 6, 1 / 6]
    # trained on the look units only, with the rule features; the C is the one the comparison chooses for G
    assert layer.provenance["training_doc_ids"] == [f"{500 + i}_invented" for i in range(20)]
    assert "rule=limits" in layer.models["limits"].weights
    cue_word = f"w={MASKED_WORD}" if masked else "w=ceiling"
    assert layer.models["limits"].weights[cue_word] > 0 > layer.models["limits"].weights["w=parade"]
    assert ("w=ceiling" in layer.models["limits"].weights) is not masked
    grouped_comparison(units.assign(set=units.set.replace({"check": "seeds"})), batches=batches)
    chosen = capsys.readouterr().out.split("limits, trained on the whole look set: ")[1].splitlines()[0]
    assert f"{form} C={layer.models['limits'].c}" in chosen


@pytest.mark.parametrize(("text", "ranges"), [
    ("925-930", ((925, 930),)), ("925–930", ((925, 930),)), ("650-659, 701", ((650, 659), (701, 701))),
    ("998-1004", ((998, 1004),)),
])
def test_id_ranges_reads_article_number_ranges(text, ranges):
    assert id_ranges(text) == ranges


@pytest.mark.parametrize("text", ["", "925-", "930-925", "a-b", "925-930;931"])
def test_id_ranges_refuses_anything_else(text):
    import argparse

    with pytest.raises(argparse.ArgumentTypeError):
        id_ranges(text)


@pytest.mark.parametrize(("doc_id", "expected"), [
    ("924_invented", False), ("925_invented", True), ("930_invented", True), ("9300_invented", False),
    ("invented", False), ("1002_invented", True), ("100_invented", False),
])
def test_in_ranges_reads_the_leading_article_number(doc_id, expected):
    assert in_ranges(doc_id, ((925, 930), (1000, 1004))) is expected


def _evaluation_set(doc_ids):
    from analysis.evaluation.sets import EvaluationSet

    rows = pd.DataFrame({"doc_id": doc_ids, "offset": 0})
    return EvaluationSet("invented", Path("invented"), {doc_id: "A text." for doc_id in doc_ids},
                         rows.assign(sections=[("body",)] * len(doc_ids)),
                         rows.assign(kind="direct", speaker="-", speaker_name=None),
                         rows.assign(end=None, support=1, limits=0), exhaustive=True)


def test_subset_keeps_the_texts_and_gold_of_the_chosen_articles_only():
    evaluation = _evaluation_set(["924_a", "925_b", "930_c", "931_d"])
    check = ((925, 930),)
    look, group = subset(evaluation, without=check), subset(evaluation, only=check)
    assert sorted(look.texts) == ["924_a", "931_d"] and sorted(group.texts) == ["925_b", "930_c"]
    for part in (look, group):
        for frame in (part.sections, part.quotations, part.frames):
            assert sorted(frame.doc_id) == sorted(part.texts)
    assert sorted(subset(evaluation).texts) == sorted(evaluation.texts)


def test_units_key_changes_with_the_article_selection(tmp_path):
    (tmp_path / "901_example.txt").write_text("Moscow kept its jets at the base.\n", encoding="utf-8")
    assert (units_key([tmp_path], selection=((), ((925, 930),)))
            != units_key([tmp_path], selection=(((925, 930),), ())))


def test_read_sets_leaves_out_a_devset_folder_that_is_missing(tmp_path, monkeypatch):
    import argparse

    import framing_model

    monkeypatch.setattr(framing_model, "read_seed_set", lambda: "seeds")
    monkeypatch.setattr(framing_model, "read_unseen_set", lambda folder, *, name: name)
    monkeypatch.setattr(framing_model, "subset", lambda evaluation, **ids: evaluation)
    args = argparse.Namespace(devset=tmp_path / "missing", look=tmp_path, check=tmp_path, look_without=(),
                              check_ids=())
    assert framing_model.read_sets(args) == ["seeds", "look", "check"]
    args.devset = tmp_path
    assert framing_model.read_sets(args) == ["seeds", "devset", "look", "check"]


@pytest.mark.parametrize(("words", "expected"), [
    (["envoy", "PROPN", "PROPN", "say"], {"w=envoy", "w=PROPN", "w=say", "b=envoy_PROPN", "b=PROPN_PROPN",
                                          "b=PROPN_say", "negation"}),
    (["red sea"], {"w=red_sea", "negation"}),
    ([], {"negation"}),
])
def test_the_word_pairs_are_formed_over_the_sequence_given(words, expected):
    assert set(feature_text(["negation"], words).split()) == expected


class _CacheHolding:
    """A parse cache that holds a Doc (here a string) for the parse keys given, and nothing for any other."""

    folder = Path("interim/cache")

    def __init__(self, held: dict[str, str]):
        self.held = held

    def parse_key(self, document) -> str:
        return document.doc_id

    def load_doc(self, key: str):
        return self.held.get(key)


def _documents(*doc_ids: str) -> list:
    return [type("Document", (), {"doc_id": doc_id})() for doc_id in doc_ids]


def test_cached_docs_reads_each_article_from_the_cache():
    cache = _CacheHolding({"701_a": "doc a", "702_b": "doc b"})
    assert cached_docs(_documents("701_a", "702_b"), cache=cache) == {"701_a": "doc a", "702_b": "doc b"}


def test_cached_docs_stops_with_status_2_naming_the_cache_when_an_article_has_no_doc(caplog):
    cache = _CacheHolding({"701_a": "doc a"})
    with pytest.raises(SystemExit) as stopped:
        cached_docs(_documents("701_a", "703_c", "702_b"), cache=cache)
    assert stopped.value.code == 2
    [message] = [record.getMessage() for record in caplog.records if record.levelname == "ERROR"]
    assert message.startswith(str(Path("interim/cache"))) and "2 article" in message and "702_b" in message
