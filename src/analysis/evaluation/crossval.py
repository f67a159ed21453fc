"""Does a learned sentence classifier help the framing coder on unseen text? Leave-one-group-out CV.

Usage: `python -m analysis.evaluation.crossval [--devset DIR] [--devown DIR] [--dev19 DIR] [--cache DIR]`.

The units are the sentences each gold set scores (as `make evaluate` scores them), in six groups:
the seeds, the shared devset, `data/devown` and the three batches of `/work/dev19` (901–907,
908–913, 914–919). Each group in turn is held out; the classifier is trained on the other five,
and every choice (the score threshold of each dimension) is made by a second leave-one-group-out
inside those five, never on the held-out group. Per held-out group and pooled over all six, the
table gives support and limits precision, recall and F1 of

- `rules`: the rule coder as it is;
- `classifier`: the classifier alone (`analysis.evaluation.classifier`), above its threshold;
- `rules or classifier`: a rule code, or the classifier above a threshold chosen for the union;
- `classifier + rules`: the classifier reading the rule coder's dimensions as features.
"""

from __future__ import annotations

import argparse
import logging
import re
from pathlib import Path

import numpy as np
import pandas as pd

from analysis.config import DEFAULT_CACHE_DIR, PROJECT_ROOT
from analysis.evaluation.classifier import ClassifierSettings, classifier_scores, train_classifier
from analysis.evaluation.measures import framing_units
from analysis.evaluation.report import analyse_set
from analysis.evaluation.sets import DEVSET_DIR, EvaluationSet, read_seed_set, read_unseen_set
from analysis.extract.vocabulary import DIMENSIONS

logger = logging.getLogger(__name__)
DEVOWN_DIR = PROJECT_ROOT / "data" / "devown"
DEV19_DIR = Path("/work/dev19")
# The batches of the development copy of the held-out set, by the number that opens a doc_id.
DEV19_BATCHES = {"901–907": range(901, 908), "908–913": range(908, 914), "914–919": range(914, 920)}
GROUPS = ("seeds", "devset", "devown", *DEV19_BATCHES)
THRESHOLDS = np.round(np.arange(0.05, 0.96, 0.05), 2)
METHODS = ("rules", "classifier", "rules or classifier", "classifier + rules")
UNIT_COLUMNS = ["group", "doc_id", "start", "end", "text", "context", *DIMENSIONS,
                *(f"rule_{dimension}" for dimension in DIMENSIONS)]


def dev19_batch(doc_id: str) -> str:
    """Return the batch of a dev19 `doc_id` ('901–907', …). Raises ValueError for a doc_id in none."""
    number = int(re.match(r"\d+", doc_id).group())
    for batch, numbers in DEV19_BATCHES.items():
        if number in numbers:
            return batch
    raise ValueError(f"{doc_id}: not in a dev19 batch")


def gold_units(evaluation: EvaluationSet, tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Return the scored units of a set with their gold, the rule codes and the sentence before each
    in its paragraph (`context`, empty for a paragraph's first sentence)."""
    sentences = tables["sentences"].sort_values(["doc_id", "start"])
    previous = sentences.groupby(["doc_id", "block_id"]).text.shift(fill_value="")
    sentences = sentences.assign(doc_id=sentences.doc_id.astype(str), start=sentences.start.astype("int64"),
                                 context=previous.astype(str))[["doc_id", "start", "context"]]
    units = framing_units(evaluation, tables["sentences"])
    units = units.astype({"doc_id": str, "start": "int64", "end": "int64"}).sort_values("start")
    units = pd.merge_asof(units, sentences.sort_values("start"), on="start", by="doc_id", direction="backward")
    units["context"] = units.context.fillna("")
    units["text"] = [evaluation.texts[unit.doc_id][unit.start:unit.end] for unit in units.itertuples()]
    codes = tables["codes"]
    for dimension in DIMENSIONS:
        hits = codes[codes.dimension == dimension]
        units[f"rule_{dimension}"] = [bool(((hits.doc_id == unit.doc_id) & (hits.start >= unit.start)
                                            & (hits.start < unit.end)).any()) for unit in units.itertuples()]
    units["group"] = evaluation.name
    return units.sort_values(["doc_id", "start"]).reset_index(drop=True)


def load_units(*, devset: Path, devown: Path, dev19: Path, cache_dir: Path | None) -> pd.DataFrame:
    """Return the units of the six groups, analysed as the build analyses them."""
    from analysis.nlp.pipeline import load_nlp

    nlp = load_nlp()
    sets = [read_seed_set(), read_unseen_set(devset, name="devset"), read_unseen_set(devown, name="devown"),
            read_unseen_set(dev19, name="dev19")]
    units = pd.concat([gold_units(evaluation, analyse_set(evaluation, nlp=nlp, cache_dir=cache_dir))
                       for evaluation in sets], ignore_index=True)
    in_dev19 = units.group == "dev19"
    units.loc[in_dev19, "group"] = units.loc[in_dev19, "doc_id"].map(dev19_batch)
    return units[UNIT_COLUMNS]


def f1(gold: pd.Series, predicted: pd.Series) -> float:
    """Return F1 of `predicted` against `gold` (units whose gold is NA left out); 0 when nothing is right."""
    scored = gold.notna()
    gold, predicted = gold[scored].astype(int), predicted[scored].astype(int)
    denominator = int(gold.sum() + predicted.sum())
    return 2 * int((gold & predicted).sum()) / denominator if denominator else float("nan")


def choose_threshold(gold: pd.Series, scores: pd.Series, *, rules: pd.Series | None = None) -> float:
    """Return the threshold of THRESHOLDS whose predictions (`scores` at or above it, or'ed with
    `rules` when given) have the best F1 against `gold`; a tie goes to the higher threshold."""
    base = rules.astype(bool) if rules is not None else pd.Series(False, index=scores.index)
    results = [f1(gold, base | (scores >= threshold)) for threshold in THRESHOLDS]
    return float(THRESHOLDS[len(results) - 1 - int(np.nanargmax(results[::-1]))])


def group_scores(units: pd.DataFrame, *, settings: ClassifierSettings) -> pd.DataFrame:
    """Return the classifier's scores of each unit from a model trained on the other groups."""
    parts = []
    for group in units.group.unique():
        held_out = units.group == group
        model = train_classifier(units[~held_out], settings=settings)
        parts.append(classifier_scores(model, units[held_out], settings=settings))
    return pd.concat(parts).loc[units.index]


def crossvalidate(units: pd.DataFrame, *, settings: ClassifierSettings) -> pd.DataFrame:
    """Return each unit's predictions by every method of METHODS (`<method>:<dimension>` columns),
    each made with the unit's group held out and thresholds chosen inside the other groups."""
    plain, with_rules = settings, ClassifierSettings(**{**settings.__dict__, "rule_features": True})
    rows = []
    for group in GROUPS:
        held_out = units[units.group == group]
        training = units[units.group != group]
        logger.info("holding out %s (%d units)", group, len(held_out))
        inner = {name: group_scores(training, settings=s) for name, s in (("plain", plain), ("rules", with_rules))}
        outer = {name: classifier_scores(train_classifier(training, settings=s), held_out, settings=s)
                 for name, s in (("plain", plain), ("rules", with_rules))}
        predictions = pd.DataFrame(index=held_out.index)
        for dimension in DIMENSIONS:
            gold, rules = training[dimension], training[f"rule_{dimension}"]
            alone = choose_threshold(gold, inner["plain"][dimension])
            union = choose_threshold(gold, inner["plain"][dimension], rules=rules)
            featured = choose_threshold(gold, inner["rules"][dimension])
            predictions[f"rules:{dimension}"] = held_out[f"rule_{dimension}"]
            predictions[f"classifier:{dimension}"] = outer["plain"][dimension] >= alone
            predictions[f"rules or classifier:{dimension}"] = held_out[f"rule_{dimension}"] | (outer["plain"][dimension] >= union)
            predictions[f"classifier + rules:{dimension}"] = outer["rules"][dimension] >= featured
            predictions[f"threshold:{dimension}"] = f"{alone:.2f}/{union:.2f}/{featured:.2f}"
        rows.append(predictions)
    return pd.concat(rows).loc[units.index]


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
    parser.add_argument("--devown", type=Path, default=DEVOWN_DIR, help="the project's own dev set")
    parser.add_argument("--dev19", type=Path, default=DEV19_DIR, help="the development copy of articles 901–919")
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE_DIR, help="build cache folder")
    parser.add_argument("--no-context", action="store_true", help="leave out the sentence before")
    parser.add_argument("--epochs", type=int, default=ClassifierSettings.epochs)
    parser.add_argument("--ngram-size", type=int, default=ClassifierSettings.ngram_size)
    parser.add_argument("--units", type=Path, help="read (if present) or write the units as Parquet here")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    if args.units and args.units.exists():
        units = pd.read_parquet(args.units)
    else:
        units = load_units(devset=args.devset, devown=args.devown, dev19=args.dev19, cache_dir=args.cache)
        if args.units:
            units.to_parquet(args.units)
    settings = ClassifierSettings(context=not args.no_context, epochs=args.epochs, ngram_size=args.ngram_size)
    predictions = crossvalidate(units, settings=settings)
    print(markdown(results_table(units, predictions)))
    thresholds = predictions.groupby(units.group)[[f"threshold:{d}" for d in DIMENSIONS]].first()
    print("thresholds (classifier / rules or classifier / classifier + rules):")
    print(thresholds.to_string())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
