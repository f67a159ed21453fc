"""Does a learned sentence classifier help the framing coder on unseen text? Leave-one-group-out CV.

Usage: `python -m analysis.evaluation.crossval [--devset DIR] [--devown DIR] [--cache DIR]`.

The units are the sentences each gold set scores (as `make evaluate` scores them), in eight groups:
the seeds, the shared devset, and in `data/devown` the project's own 701–704 and the five batches
first written as held-out, 901–907, 908–913, 914–919, 920–924 and 925–930. The held-out articles
(931 onwards) are never read. Each group in turn is held out; the classifier is trained on the
other seven, and every choice (the score threshold of each dimension) is made by a second
leave-one-group-out inside those seven, never on the held-out group. Per held-out group and pooled
over all eight, the
table gives support and limits precision, recall and F1 of

- `rules`: the rule coder as it is;
- `classifier`: the classifier alone (`analysis.evaluation.classifier`), above its threshold;
- `rules or classifier`: a rule code, or the classifier above a threshold chosen for the union;
- `rules checked by classifier`: a rule code the classifier scores at a `keep` threshold or above,
  or any sentence it scores at an `add` threshold or above (both chosen inside).

`--rule-features` lets the classifier read the rule coder's dimensions of the sentence and of the
sentence before as features; `--no-context` leaves the sentence before out; `--learning-curve`
prints the classifier's average precision on each held-out group against the number of groups it
was trained on.
"""

from __future__ import annotations

import argparse
import itertools
import logging
import re
import sys
from pathlib import Path

import numpy as np
import pandas as pd

from analysis.config import DEFAULT_CACHE_DIR
from analysis.evaluation.classifier import ARCHITECTURES, ClassifierSettings, classifier_scores, train_classifier
from analysis.evaluation.measures import framing_units
from analysis.evaluation.report import analyse_set
from analysis.evaluation.sets import DEVOWN_DIR, DEVSET_DIR, EvaluationSet, read_seed_set, read_unseen_set
from analysis.extract.vocabulary import DIMENSIONS, LAYER_OFF
from analysis.tables.schemas import counted_codes

logger = logging.getLogger(__name__)
# The project's own development articles, grouped by the number that opens a doc_id: 701–704
# and the five batches first written as held-out (901–930), wherever their folder puts them.
NUMBERED_GROUPS = {"devown": range(700, 800), "901–907": range(901, 908), "908–913": range(908, 914),
                   "914–919": range(914, 920), "920–924": range(920, 925), "925–930": range(925, 931)}
GROUPS = ("seeds", "devset", *NUMBERED_GROUPS)
THRESHOLDS = np.round(np.arange(0.05, 0.96, 0.05), 2)
METHODS = ("rules", "classifier", "rules or classifier", "rules checked by classifier")
UNIT_COLUMNS = ["group", "doc_id", "start", "end", "text", "context", *DIMENSIONS,
                *(f"rule_{dimension}" for dimension in DIMENSIONS), *(f"context_{dimension}" for dimension in DIMENSIONS)]


def numbered_group(doc_id: str) -> str:
    """Return the group of a development `doc_id` ('devown', '901–907', …). Raises ValueError for
    a doc_id in none (931 onwards are held out and never used)."""
    number = int(re.match(r"\d+", doc_id).group())
    for group, numbers in NUMBERED_GROUPS.items():
        if number in numbers:
            return group
    raise ValueError(f"{doc_id}: in no development group")


def gold_units(evaluation: EvaluationSet, tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Return the scored units of a set with their gold, the rule coder's dimensions (`rule_support`,
    `rule_limits`), and the sentence before each in its paragraph (`context`, empty for a paragraph's
    first sentence) with its rule dimensions (`context_support`, `context_limits`)."""
    codes = counted_codes(tables["codes"])
    sentences = tables["sentences"].astype({"doc_id": str, "start": "int64"}).sort_values(["doc_id", "start"])
    for dimension in DIMENSIONS:
        coded = codes[codes.dimension == dimension].set_index(["doc_id", "sent_id"]).index
        sentences[dimension] = sentences.set_index(["doc_id", "sent_id"]).index.isin(coded)
    paragraphs = sentences.groupby(["doc_id", "block_id"])
    sentences = pd.DataFrame({"doc_id": sentences.doc_id, "start": sentences.start,
                              "context": paragraphs.text.shift(fill_value="").astype(str),
                              **{f"context_{d}": paragraphs[d].shift(fill_value=False) for d in DIMENSIONS}})
    units = framing_units(evaluation, tables["sentences"])
    units = units.astype({"doc_id": str, "start": "int64", "end": "int64"}).sort_values("start")
    units = pd.merge_asof(units, sentences.sort_values("start"), on="start", by="doc_id", direction="backward")
    units["text"] = [evaluation.texts[unit.doc_id][unit.start:unit.end] for unit in units.itertuples()]
    for dimension in DIMENSIONS:
        hits = codes[codes.dimension == dimension]
        units[f"rule_{dimension}"] = [bool(((hits.doc_id == unit.doc_id) & (hits.start >= unit.start)
                                            & (hits.start < unit.end)).any()) for unit in units.itertuples()]
    units["group"] = evaluation.name
    return units.sort_values(["doc_id", "start"]).reset_index(drop=True)


def load_units(*, devset: Path, devown: Path, cache_dir: Path | None) -> pd.DataFrame:
    """Return the units of the eight groups, analysed as the build analyses them with the learned framing layer off:
    the `rule_` columns are the rule coder's."""
    from analysis.nlp.pipeline import load_nlp

    nlp = load_nlp()
    sets = [read_seed_set(), read_unseen_set(devset, name="devset"), read_unseen_set(devown, name="development")]
    units = pd.concat([gold_units(evaluation, analyse_set(evaluation, nlp=nlp, cache_dir=cache_dir,
                                                           framing_layer=LAYER_OFF))
                       for evaluation in sets], ignore_index=True)
    numbered = units.group == "development"
    if numbered.any():
        units.loc[numbered, "group"] = units.loc[numbered, "doc_id"].map(numbered_group)
    return units[UNIT_COLUMNS].reset_index(drop=True)


def f1(gold: pd.Series, predicted: pd.Series) -> float:
    """Return F1 of `predicted` against `gold` (units whose gold is NA left out); NaN when both are empty."""
    scored = gold.notna()
    gold, predicted = gold[scored].astype(int), predicted[scored].astype(int)
    denominator = int(gold.sum() + predicted.sum())
    return 2 * int((gold & predicted).sum()) / denominator if denominator else float("nan")


def combine(rules: pd.Series, scores: pd.Series, *, keep: float, add: float) -> pd.Series:
    """Return the codes of a combination: a rule code the classifier scores at `keep` or above, or
    any unit it scores at `add` or above (`keep=0`: rules or classifier)."""
    return (rules.astype(bool) & (scores >= keep)) | (scores >= add)


def choose_thresholds(gold: pd.Series, rules: pd.Series, scores: pd.Series, *, keep: tuple[float, ...] = (0.0,),
                      groups: pd.Series | None = None) -> tuple[float, float]:
    """Return the (`keep`, `add`) of `combine` with the best F1 against `gold` (with `groups`, the
    best mean of the groups' F1), `keep` among the given values and `add` among THRESHOLDS; a tie
    goes to the higher `add`, then the lower `keep`."""
    def objective(predicted: pd.Series) -> float:
        if groups is None:
            return f1(gold, predicted)
        return float(np.nanmean([f1(gold[rows], predicted[rows]) for rows in groups.groupby(groups).groups.values()]))

    candidates = [(objective(combine(rules, scores, keep=k, add=a)), a, -k) for k in keep for a in THRESHOLDS]
    _, add, keep_negated = max(candidates, key=lambda candidate: (np.nan_to_num(candidate[0], nan=-1), *candidate[1:]))
    return float(-keep_negated), float(add)


def group_scores(units: pd.DataFrame, *, settings: ClassifierSettings) -> pd.DataFrame:
    """Return the classifier's scores of each unit from a model trained on the other groups."""
    parts = []
    for group in units.group.unique():
        held_out = units.group == group
        model = train_classifier(units[~held_out], settings=settings)
        parts.append(classifier_scores(model, units[held_out], settings=settings))
    return pd.concat(parts).loc[units.index]


def crossvalidate(units: pd.DataFrame, *, settings: ClassifierSettings, macro: bool = False) -> pd.DataFrame:
    """Return each unit's predictions by every method of METHODS (`<method>:<dimension>` columns)
    and the thresholds behind them (`thresholds:<dimension>`), each made with the unit's group held
    out and the thresholds chosen by leave-one-group-out inside the other groups (on their pooled F1,
    or with `macro` on the mean of their F1)."""
    no_rules = pd.Series(False, index=units.index)
    keep_grid = {"classifier": (0.0,), "rules or classifier": (0.0,), "rules checked by classifier": (0.0, *THRESHOLDS)}
    rows = []
    for group in GROUPS:
        held_out, training = units[units.group == group], units[units.group != group]
        logger.info("holding out %s (%d units)", group, len(held_out))
        inner = group_scores(training, settings=settings)
        outer = classifier_scores(train_classifier(training, settings=settings), held_out, settings=settings)
        predictions = pd.DataFrame(index=held_out.index)
        for dimension in DIMENSIONS:
            predictions[f"rules:{dimension}"] = held_out[f"rule_{dimension}"]
            chosen = []
            for method, keep in keep_grid.items():
                rules = no_rules if method == "classifier" else units[f"rule_{dimension}"]
                k, a = choose_thresholds(training[dimension], rules[training.index], inner[dimension], keep=keep,
                                         groups=training.group if macro else None)
                predictions[f"{method}:{dimension}"] = combine(rules[held_out.index], outer[dimension], keep=k, add=a)
                chosen.append(f"{a:.2f}" if method != "rules checked by classifier" else f"{k:.2f}+{a:.2f}")
            predictions[f"thresholds:{dimension}"] = " / ".join(chosen)
        rows.append(predictions)
    return pd.concat(rows).loc[units.index]


def average_precision(gold: pd.Series, scores: pd.Series) -> float:
    """Return the average precision of ranking units by `scores` (units whose gold is NA left out):
    the mean, over the gold positives, of the precision at each one's rank."""
    ranked = gold[gold.notna()].astype(int).to_frame("gold").assign(score=scores).sort_values("score", ascending=False,
                                                                                               kind="stable")
    precision_at_rank = ranked.gold.cumsum() / np.arange(1, len(ranked) + 1)
    return float(precision_at_rank[ranked.gold == 1].mean())


def learning_curve(units: pd.DataFrame, *, settings: ClassifierSettings) -> pd.DataFrame:
    """Return the classifier's average precision on each held-out group when trained on every
    combination of 1 to 5 of the other groups: one row per held-out group and number of groups."""
    rows = []
    for group in GROUPS:
        held_out, others = units[units.group == group], [other for other in GROUPS if other != group]
        for size in range(1, len(others) + 1):
            for chosen in itertools.combinations(others, size):
                training = units[units.group.isin(chosen)]
                scores = classifier_scores(train_classifier(training, settings=settings), held_out, settings=settings)
                rows.append({"held out": group, "training groups": size, "training units": len(training),
                             **{dimension: average_precision(held_out[dimension], scores[dimension])
                                for dimension in DIMENSIONS}})
    return pd.DataFrame(rows).groupby(["held out", "training groups"], sort=False).mean().round(2)


def precision_recall_f1(gold: pd.Series, predicted: pd.Series) -> tuple[float, float, float, int]:
    """Return precision, recall, F1 and the number of gold positives (units whose gold is NA left out)."""
    scored = gold.notna()
    gold, predicted = gold[scored].astype(int), predicted[scored].astype(int)
    hits, n_predicted, n_gold = int((gold & predicted).sum()), int(predicted.sum()), int(gold.sum())
    precision = hits / n_predicted if n_predicted else float("nan")
    recall = hits / n_gold if n_gold else float("nan")
    return precision, recall, f1(gold, predicted), n_gold


def results_table(units: pd.DataFrame, predictions: pd.DataFrame) -> pd.DataFrame:
    """Return one row per group (and `pooled`), method and dimension: n units, n gold positives, P, R, F1."""
    rows = []
    for group in (*GROUPS, "pooled"):
        chosen = units.index if group == "pooled" else units.index[units.group == group]
        for dimension in DIMENSIONS:
            for method in METHODS:
                precision, recall, score, positives = precision_recall_f1(
                    units.loc[chosen, dimension], predictions.loc[chosen, f"{method}:{dimension}"])
                rows.append({"group": group, "dimension": dimension, "method": method,
                             "units": int(units.loc[chosen, dimension].notna().sum()), "positives": positives,
                             "P": precision, "R": recall, "F1": score})
    return pd.DataFrame(rows)


def markdown(results: pd.DataFrame) -> str:
    """Return the results as one Markdown table per dimension: a row per group, P/R/F1 per method."""
    lines = []
    for dimension in DIMENSIONS:
        table = results[results.dimension == dimension]
        lines += [f"### {dimension}", "",
                  "| group | units | gold + | " + " | ".join(f"{m} P/R/F1" for m in METHODS) + " |",
                  "|---|---:|---:|" + "---|" * len(METHODS)]
        for group, rows in table.groupby("group", sort=False):
            cells = [f"{r.P:.2f} / {r.R:.2f} / **{r.F1:.2f}**" for r in rows.itertuples()]
            lines.append(f"| {group} | {rows.units.iloc[0]} | {rows.positives.iloc[0]} | " + " | ".join(cells) + " |")
        lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis.evaluation.crossval", description=__doc__.splitlines()[0])
    parser.add_argument("--devset", type=Path, default=DEVSET_DIR, help="the shared devset folder")
    parser.add_argument("--devown", type=Path, default=DEVOWN_DIR, help="the project's development set")
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE_DIR, help="build cache folder")
    parser.add_argument("--no-context", action="store_true", help="leave out the sentence before")
    parser.add_argument("--rule-features", action="store_true", help="let the classifier read the rule codes")
    parser.add_argument("--architecture", choices=ARCHITECTURES, default=ClassifierSettings.architecture,
                        help="bag of words, or spaCy's ensemble of it with a CNN")
    parser.add_argument("--binary", action="store_true", help="one model per dimension, not one multilabel model")
    parser.add_argument("--macro", action="store_true", help="choose thresholds on the groups' mean F1, not pooled")
    parser.add_argument("--epochs", type=int, default=ClassifierSettings.epochs)
    parser.add_argument("--learn-rate", type=float, default=ClassifierSettings.learn_rate)
    parser.add_argument("--ngram-size", type=int, default=ClassifierSettings.ngram_size)
    parser.add_argument("--learning-curve", action="store_true",
                        help="print the classifier's average precision per held-out group against the number of "
                             "training groups, instead of the comparison")
    parser.add_argument("--units", type=Path, help="read (if present) or write the units as Parquet here")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    missing = [f"{folder}: not found" for folder in (args.devset, args.devown) if not folder.is_dir()]
    if missing and not (args.units and args.units.exists()):
        print("error: " + "; ".join(missing), file=sys.stderr)
        return 2
    if args.units and args.units.exists():
        units = pd.read_parquet(args.units)
    else:
        units = load_units(devset=args.devset, devown=args.devown, cache_dir=args.cache)
        if args.units:
            units.to_parquet(args.units)
    settings = ClassifierSettings(context=not args.no_context, rule_features=args.rule_features,
                                  architecture=args.architecture, multilabel=not args.binary, epochs=args.epochs,
                                  learn_rate=args.learn_rate, ngram_size=args.ngram_size)
    if args.learning_curve:
        print(learning_curve(units, settings=settings).to_string())
        return 0
    predictions = crossvalidate(units, settings=settings, macro=args.macro)
    print(markdown(results_table(units, predictions)))
    thresholds = predictions.groupby(units.group, sort=False)[[f"thresholds:{d}" for d in DIMENSIONS]].first()
    print("thresholds chosen inside the training groups (classifier / rules or classifier / keep+add):")
    print(thresholds.to_string())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
