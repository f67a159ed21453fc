"""Would more development articles make G better? A learning curve over the thirty-seventh session's folds.

Usage (the units are those `bench/framing_model.py` writes with `--units`, for the same sets and code):

    .venv/bin/python bench/learning_curve.py --look LOOK [--look-without RANGES] --check CHECK [--check-ids RANGES] \
        --devset DEVSET --units data/interim/model_units.parquet

The look set's batches are read from `--readme` and dealt to ten outer folds exactly as `framing_model.py
--grouped-folds` deals them. In each outer fold, G (veto, gated adds) is trained on a fraction of the other folds'
batches only: whole batches, drawn by a shuffle seeded with (seed, fold), then kept in README order and dealt to five
inner folds, which choose C as in the thirty-seventh session. The held-out fold is always scored whole, so every draw
is scored on the same units. For one seed and fold the draws are nested (a larger fraction keeps the smaller one's
batches); the full fraction draws every training batch whatever the seed, and reproduces `--grouped-folds`'s pooled
G. Prints a Markdown table: per fraction, the pooled F1 of support and limits over the ten folds (mean and range
over the seeds), with the rules (A) beside it.
"""

from __future__ import annotations

import argparse
import logging
import math
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))

from framing_model import (C_GRID, INNER_FOLDS, OUTER_FOLDS, Design, _f1, batches_of, deal,  # noqa: E402
                           fit, id_ranges, out_of_fold_scores, prf, readme_batches, scores_of, units_key_of,
                           veto_and_gated_adds)

from analysis.evaluation.sets import DEVSET_DIR  # noqa: E402
from analysis.extract.vocabulary import DIMENSIONS  # noqa: E402

logger = logging.getLogger("learning_curve")
FRACTIONS = (0.25, 0.5, 0.75, 1.0)


def draw_batches(training: list[str], fraction: float, *, seed: int, fold: int) -> list[str]:
    """Return ⌈`fraction` × len(`training`)⌉ whole batches of `training` (at least INNER_FOLDS of them, if there are
    so many), drawn by a shuffle seeded with (`seed`, `fold`), in the order of `training`."""
    count = min(len(training), max(INNER_FOLDS, math.ceil(fraction * len(training) - 1e-9)))
    drawn = set(np.random.default_rng([seed, fold]).permutation(len(training))[:count].tolist())
    return [batch for index, batch in enumerate(training) if index in drawn]


def choose_c(design: Design, look: pd.DataFrame, rows: np.ndarray, folds: np.ndarray, dimension: str) -> float:
    """Return the C of C_GRID whose cross-validation over `folds` (one inner fold per look unit of `rows`) gives G's
    best pooled F1; ties go to the smaller C, as in `choose_grouped`."""
    gold, inner, best = look[dimension].to_numpy(dtype=float), look.iloc[rows], None
    for c in C_GRID:
        scores = out_of_fold_scores(design, rows, gold, with_rules=True, c=c, folds=folds)
        score = _f1(gold[rows], veto_and_gated_adds(inner, dimension, scores))
        if best is None or score > best[0] + 1e-12:
            best = (score, c)
    return best[1]


def curve_point(look: pd.DataFrame, design: Design, order: list[str], *, fraction: float,
                seed: int) -> dict[str, float]:
    """Return one draw's pooled F1 of G per dimension over the ten outer folds of `look` (its `batch` column; `order`
    the batches in README order), G trained in each fold on `fraction` of the other folds' batches, and the mean
    number of training batches and articles per fold."""
    outer = deal(order, OUTER_FOLDS)
    folds, positions = look.batch.map(outer).to_numpy(), np.arange(len(look))
    predicted = {dimension: np.zeros(len(look), dtype=bool) for dimension in DIMENSIONS}
    n_batches, n_articles = [], []
    for fold in range(OUTER_FOLDS):
        held = folds == fold
        drawn = draw_batches([batch for batch in order if outer[batch] != fold], fraction, seed=seed, fold=fold)
        rows = positions[look.batch.isin(drawn).to_numpy()]
        inner_folds = look.batch.iloc[rows].map(deal(drawn, INNER_FOLDS)).to_numpy()
        n_batches.append(len(drawn))
        n_articles.append(look.doc_id.iloc[rows].nunique())
        for dimension in DIMENSIONS:
            c = choose_c(design, look, rows, inner_folds, dimension)
            fitted = fit(design, rows, look[dimension].to_numpy(dtype=float), with_rules=True, c=c)
            predicted[dimension][held] = veto_and_gated_adds(look[held], dimension,
                                                             scores_of(fitted, design.matrix[held]))
    point = {"fraction": fraction, "seed": seed, "batches": float(np.mean(n_batches)),
             "articles": float(np.mean(n_articles))}
    return point | {dimension: prf(look[dimension], predicted[dimension])[2] for dimension in DIMENSIONS}


def learning_curve(units: pd.DataFrame, *, batches: dict[str, tuple[int, int]], fractions=FRACTIONS,
                   seeds: int = 5) -> pd.DataFrame:
    """Return a row per draw (fraction, seed): G's pooled F1 per dimension over the ten outer folds of the look units
    and the mean training batches and articles per fold; `seeds` draws per fraction below 1, one at 1."""
    look = units[units.set == "look"].reset_index(drop=True)
    look["batch"] = batches_of(look.doc_id, batches)
    order = [batch for batch in batches if batch in set(look.batch)]
    design, points = Design(look), []
    for fraction in fractions:
        for seed in range(seeds if fraction < 1 else 1):
            started = time.perf_counter()
            points.append(curve_point(look, design, order, fraction=fraction, seed=seed))
            logger.info("fraction %.2f, seed %d: %.0f s", fraction, seed, time.perf_counter() - started)
    return pd.DataFrame(points)


def curve_table(points: pd.DataFrame, look: pd.DataFrame) -> str:
    """Return the learning curve as a Markdown table: a row per fraction, the rules' (A) pooled F1 beside G's (the
    mean over the draws, with their range when there are several)."""
    rules = {dimension: prf(look[dimension], look[f"rule_{dimension}"].astype(bool))[2] for dimension in DIMENSIONS}
    positives = " / ".join(f"{int(look[dimension].sum()):,}" for dimension in DIMENSIONS)
    lines = [f"| fraction of the training batches | batches / articles per fold | draws | "
             + " | ".join(f"{dimension}: A rules | {dimension}: G" for dimension in DIMENSIONS) + " |",
             "|---|---|---:|" + "---:|---:|" * len(DIMENSIONS)]
    for fraction, draws in points.groupby("fraction", sort=True):
        cells = []
        for dimension in DIMENSIONS:
            low, mean, high = draws[dimension].min(), draws[dimension].mean(), draws[dimension].max()
            spread = f" ({low:.3f}–{high:.3f})" if len(draws) > 1 else ""
            cells += [f"{rules[dimension]:.3f}", f"**{mean:.3f}**{spread} ({mean - rules[dimension]:+.3f})"]
        lines.append(f"| {fraction:g} | {draws.batches.mean():.1f} / {draws.articles.mean():.1f} | {len(draws)} | "
                     + " | ".join(cells) + " |")
    lines.append(f"\nPooled over the ten held-out folds: {look.doc_id.nunique()} articles, {len(look):,} units, "
                 f"gold positives {positives} ({' / '.join(DIMENSIONS)}).")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--look", type=Path, required=True, help="the look set the units were computed on")
    parser.add_argument("--look-without", type=id_ranges, default=(), metavar="RANGES",
                        help="the articles of --look the units left out (as given to framing_model.py)")
    parser.add_argument("--check", type=Path, required=True, help="the check group the units were computed with")
    parser.add_argument("--check-ids", type=id_ranges, default=(), metavar="RANGES",
                        help="the articles of --check the units kept (as given to framing_model.py)")
    parser.add_argument("--devset", type=Path, default=DEVSET_DIR)
    parser.add_argument("--units", type=Path, required=True, help="the units written by framing_model.py --units")
    parser.add_argument("--readme", type=Path, default=Path(__file__).resolve().parents[1] / "data/devown/README.md",
                        help="the README whose batch headings give the look set's batches, in order")
    parser.add_argument("--seeds", type=int, default=5, help="draws per fraction below 1")
    parser.add_argument("--fractions", type=float, nargs="+", default=FRACTIONS)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    if not args.units.exists():
        parser.error(f"{args.units}: missing; write it with bench/framing_model.py --units for the same sets")
    units = pd.read_parquet(args.units)
    if units.attrs.get("units_key") != units_key_of(args):
        parser.error(f"{args.units}: written with other code or sets; write it again with bench/framing_model.py")
    batches = readme_batches(args.readme.read_text(encoding="utf-8"))
    look = units[units.set == "look"]
    try:
        batches_of(look.doc_id.unique(), batches)
    except ValueError as error:
        parser.error(f"{args.readme}: look articles outside its batch headings: {error}")
    points = learning_curve(units, batches=batches, fractions=sorted(args.fractions), seeds=args.seeds)
    print("### Learning curve of G, ten folds of whole batches over the look set\n")
    print(curve_table(points, look))
    print("\nEvery draw:\n\n" + points.to_string(index=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
