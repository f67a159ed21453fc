"""The learning curve of G (`bench/learning_curve.py`), on invented units."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import framing_model  # noqa: E402
import learning_curve as learning_curve_script  # noqa: E402
from framing_model import GATED, grouped_comparison  # noqa: E402
from learning_curve import curve_table, draw_batches, learning_curve  # noqa: E402

TRAINING = [f"batch {letter}" for letter in "qwertyuiopasdfghjklzxcvbnmQWERTYUIOPASDFG"]


@pytest.mark.parametrize(("fraction", "count"), [(0.25, 11), (0.5, 21), (0.75, 31), (1.0, 41)])
def test_a_draw_is_whole_batches_of_the_training_folds_in_their_order(fraction, count):
    drawn = draw_batches(TRAINING, fraction, seed=2, fold=4)
    assert len(drawn) == len(set(drawn)) == count
    assert set(drawn) <= set(TRAINING)
    assert drawn == [batch for batch in TRAINING if batch in drawn]


def test_the_same_seed_and_fold_draw_the_same_batches_and_another_seed_or_fold_others():
    first = draw_batches(TRAINING, 0.25, seed=3, fold=1)
    assert draw_batches(TRAINING, 0.25, seed=3, fold=1) == first
    assert draw_batches(TRAINING, 0.25, seed=4, fold=1) != first
    assert draw_batches(TRAINING, 0.25, seed=3, fold=2) != first


def test_draws_of_one_seed_and_fold_are_nested():
    quarter, half, three_quarters = (set(draw_batches(TRAINING, fraction, seed=1, fold=0))
                                     for fraction in (0.25, 0.5, 0.75))
    assert quarter < half < three_quarters


@pytest.mark.parametrize("seed", [0, 1, 9])
def test_the_full_fraction_draws_every_training_batch_whatever_the_seed(seed):
    assert draw_batches(TRAINING, 1.0, seed=seed, fold=3) == TRAINING


def test_a_small_draw_keeps_enough_batches_for_the_inner_folds():
    assert len(draw_batches(TRAINING[:8], 0.25, seed=0, fold=0)) == 5
    assert draw_batches(TRAINING[:3], 0.25, seed=0, fold=0) == TRAINING[:3]


def _noisy_units(n_batches: int, *, set_name: str = "look", first_id: int = 500) -> pd.DataFrame:
    """Invented units whose codes the rules get partly wrong, so that the model's choices matter."""
    rng, rows = np.random.default_rng(first_id), []
    for batch in range(n_batches):
        for sentence in range(10):
            limits, support = rng.random() < 0.4, rng.random() < 0.3
            rule_limits, rule_support = limits != (rng.random() < 0.25), support != (rng.random() < 0.25)
            words = [f"w=ceiling{rng.integers(3)}" if limits and rng.random() < 0.8 else f"w=parade{rng.integers(4)}",
                     f"w=backing{rng.integers(3)}" if support and rng.random() < 0.7 else f"w=weather{rng.integers(4)}",
                     f"w=noise{rng.integers(6)}"]
            rows.append({"set": set_name, "doc_id": f"{first_id + batch}_invented", "start": 100 * sentence,
                         "end": 100 * sentence + 50, "support": float(support), "limits": float(limits),
                         "rule_support": int(rule_support), "rule_limits": int(rule_limits),
                         "features": " ".join(words + ["rule=limits"] * rule_limits + ["rule=support"] * rule_support),
                         "section": "body", "linked": True, "anchored": bool(rng.random() < 0.8),
                         "other_subject": bool(rng.random() < 0.1)})
    units = pd.DataFrame(rows)
    # no proper noun among the invented words: form G_mp's masked features are the features
    return units.assign(masked_features=units.features)


BATCHES = {f"{500 + i}–{500 + i}": (500 + i, 500 + i) for i in reversed(range(20))}


def _grouped_pooled_f1(units: pd.DataFrame, capsys) -> dict[str, tuple[float, float]]:
    """Return, per dimension, the pooled F1 of the rules and of G that `grouped_comparison` prints."""
    grouped_comparison(units, batches=BATCHES)
    printed, pooled = capsys.readouterr().out, {}
    for dimension in ("support", "limits"):
        section = printed.split(f"#### {dimension}")[1]
        header = next(line for line in section.splitlines() if line.startswith("| group"))
        row = next(line for line in section.splitlines() if line.startswith("| pooled (10 folds)"))
        names = [cell.strip().removesuffix(" P / R / F1") for cell in header.strip("|").split("|")][2:]
        f1 = [float(re.search(r"\*\*([\d.]+)\*\*", cell).group(1)) for cell in row.strip("|").split("|")[2:]]
        pooled[dimension] = (f1[names.index("A rules")], f1[names.index(GATED)])
    return pooled


def test_the_full_fraction_reproduces_the_grouped_folds_pooled_g(capsys):
    units = pd.concat([_noisy_units(20), _noisy_units(1, set_name="seeds", first_id=1),
                       _noisy_units(1, set_name="devset", first_id=2), _noisy_units(1, set_name="check", first_id=3)],
                      ignore_index=True)
    expected = _grouped_pooled_f1(units, capsys)
    points = learning_curve(units, batches=BATCHES, fractions=(1.0,), seeds=3)
    assert len(points) == 1
    for dimension, (_, g) in expected.items():
        assert points[dimension].iloc[0] == pytest.approx(g, abs=0.0005)


def test_smaller_fractions_train_on_fewer_batches_with_several_draws():
    units = _noisy_units(20)
    points = learning_curve(units, batches=BATCHES, fractions=(0.25, 1.0), seeds=2)
    # eighteen training batches per outer fold: a quarter is five (rounded up), all is eighteen
    assert points[["fraction", "seed", "batches", "articles"]].values.tolist() == [
        [0.25, 0, 5, 5], [0.25, 1, 5, 5], [1.0, 0, 18, 18]]
    assert points[["support", "limits"]].notna().all().all()


def test_curve_table_gives_a_row_per_fraction_with_the_rules_beside_g():
    look = pd.DataFrame({"doc_id": ["1_a", "1_a", "2_b", "2_b"], "support": [1.0, 0.0, 1.0, np.nan],
                         "limits": [0.0, 1.0, 1.0, 0.0], "rule_support": [1, 1, 0, 0], "rule_limits": [0, 1, 1, 1]})
    points = pd.DataFrame({"fraction": [0.5, 0.5, 1.0], "seed": [0, 1, 0], "batches": [2, 2, 4],
                           "articles": [3, 5, 8], "support": [0.5, 0.7, 0.8], "limits": [0.6, 0.6, 0.9]})
    lines = curve_table(points, look).splitlines()
    # the rules: support 1 hit of 2 predicted and 2 gold (F1 0.5); limits 2 hits of 3 predicted and 2 gold (F1 0.8)
    assert lines[2] == ("| 0.5 | 2.0 / 4.0 | 2 | 0.500 | **0.600** (0.500–0.700) (+0.100) | 0.800 | "
                        "**0.600** (0.600–0.600) (-0.200) |")
    assert lines[3] == "| 1 | 4.0 / 8.0 | 1 | 0.500 | **0.800** (+0.300) | 0.800 | **0.900** (+0.100) |"
    assert "2 articles, 4 units, gold positives 2 / 2" in lines[-1]


@pytest.mark.parametrize("selection", [[], ["--look-without", "925-930", "--check-ids", "925-930"]])
def test_a_units_file_written_by_framing_model_is_accepted_with_the_same_options(tmp_path, monkeypatch, capsys,
                                                                                   selection):
    folders = {}
    for name in ("devset", "look", "check"):
        folders[name] = tmp_path / name
        folders[name].mkdir()
        (folders[name] / "901_a.txt").write_text(f"An invented {name} article.", encoding="utf-8")
    units_file, readme = tmp_path / "units.parquet", tmp_path / "README.md"
    readme.write_text("## Batch 1 (901)\n", encoding="utf-8")
    sets = ["--devset", str(folders["devset"]), "--look", str(folders["look"]), "--check", str(folders["check"]),
            *selection]
    invented = pd.DataFrame({"doc_id": ["901_a"], "set": ["look"]})
    monkeypatch.setattr(framing_model, "read_sets", lambda args: [None])
    monkeypatch.setattr(framing_model, "load_set", lambda evaluation, *, nlp, cache_dir: invented)
    monkeypatch.setattr("analysis.nlp.pipeline.load_nlp", lambda: None)
    monkeypatch.setattr(framing_model, "gated_comparison", lambda units: None)
    assert framing_model.main([*sets, "--cache", str(tmp_path / "cache"), "--units", str(units_file), "--gated"]) == 0
    monkeypatch.setattr(learning_curve_script, "readme_batches", lambda text: ["batch"])
    monkeypatch.setattr(learning_curve_script, "batches_of", lambda doc_ids, batches: ["batch"] * len(doc_ids))
    monkeypatch.setattr(learning_curve_script, "learning_curve", lambda units, **options: pd.DataFrame())
    monkeypatch.setattr(learning_curve_script, "curve_table", lambda points, look: "")
    assert learning_curve_script.main([*sets, "--units", str(units_file), "--readme", str(readme)]) == 0
    if selection:
        with pytest.raises(SystemExit):
            learning_curve_script.main([*sets[:6], "--units", str(units_file), "--readme", str(readme)])
        assert "written with other code or sets" in capsys.readouterr().err
