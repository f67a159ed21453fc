"""Does a statistical reading layer make framing hold on unseen text? Leave-one-batch-out (issue 14).

Usage (from the worktree, scikit-learn installed into `.venv` only for this experiment):

    .venv/bin/python bench/framing_model.py --look /work/sets/look6 --check /work/sets/check6 \
        --cache data/interim/model_cache --units data/interim/model_units.parquet

The units are the sentences the evaluation scores (`analysis.evaluation.measures.framing_units`,
the same alignment and the same `?` exclusion as `make evaluate`); the rule column reproduces its
figures. Each unit gets explainable binary features: the rule coder's codes, cues, agent links
and modifiers in the sentence and its neighbours in the paragraph; lower-cased lemma unigrams and
bigrams; negation and modal markers; which gazetteer actors (Russia, Assad's side, another actor)
the sentence and the one before name; argument markers; position in paragraph and section.

Three coders are compared, each per batch of the look set and pooled over it:
- `A rules`: the rule coder as it is;
- `B model`: a logistic regression without any rule-coder feature;
- `C rules+model`: the same model also reading the rule coder's outputs (it may add or remove codes).

Protocol: leave one batch out (a batch is one writer and house style). Inside the fifteen training
batches a second leave-one-batch-out chooses the regularisation C and the decision threshold
(pooled F1 of the inner out-of-fold predictions); the predicted batch is never used for a choice.
Features are kept only if they occur in at least `MIN_BATCHES` training batches (fixed in advance),
so one writer's phrases cannot carry a code. Then the model is trained on the whole look set and
scored on the seeds, the shared devset and the check group; the check group is printed in aggregate
only. Deterministic: liblinear, fixed seed, units in a fixed order.
"""

from __future__ import annotations

import argparse
import logging
import re
import time
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import LogisticRegression

from analysis.corpus.registry import load_corpus
from analysis.evaluation.measures import framing_units
from analysis.evaluation.report import analyse_set
from analysis.evaluation.scores import coder_labels
from analysis.evaluation.sets import DEVSET_DIR, read_seed_set, read_unseen_set
from analysis.extract.vocabulary import DIMENSIONS
from analysis.tables.cache import BuildCache

logger = logging.getLogger("framing_model")
BATCHES = {"701–704": (701, 704), "901–907": (901, 907), "908–913": (908, 913), "914–919": (914, 919),
           "920–924": (920, 924), "931–936": (931, 936), "937–942": (937, 942), "943–948": (943, 948),
           "949–953": (949, 953), "954–958": (954, 958), "959–963": (959, 963), "964–968": (964, 968),
           "969–973": (969, 973), "974–978": (974, 978), "979–983": (979, 983), "984–988": (984, 988)}
RECENT = ("979–983", "984–988")
MIN_BATCHES = 3
C_GRID = (0.1, 0.3, 1.0)
THRESHOLDS = np.round(np.arange(0.20, 0.81, 0.05), 2)
SEED = 0
RULE_PREFIXES = ("rule", "code", "cue", "link", "mod", "prev_rule", "prev_code", "next_rule", "next_code",
                 "para_rule")
RUSSIA, ASSAD_SIDE = "russia", "assad"
ASSAD_ACTORS = {"Bashar al-Assad", "Syrian government"}
NEGATIONS = {"not", "no", "never", "nothing", "nor", "neither", "none", "without"}


def batch_of(doc_id: str) -> str:
    """Return the batch of a look-set doc_id. Raises ValueError for one in no batch (the check group)."""
    number = int(re.match(r"\d+", doc_id).group())
    for batch, (first, last) in BATCHES.items():
        if first <= number <= last:
            return batch
    raise ValueError(f"{doc_id}: in no batch of the look set")


def _side(actor, affiliation) -> str | None:
    if actor == "Russia" or affiliation == "Russia":
        return RUSSIA
    if actor in ASSAD_ACTORS:
        return ASSAD_SIDE
    return None if pd.isna(actor) else "other"


def _word(token) -> str:
    return token.lemma_.lower()


def unit_features(evaluation, tables: dict[str, pd.DataFrame], docs: dict) -> pd.DataFrame:
    """Return the scored units of a set: doc_id, start, end, gold support/limits, rule_support/rule_limits, features."""
    sentences = tables["sentences"].astype({"doc_id": str}).sort_values(["doc_id", "start"]).reset_index(drop=True)
    codes, entities, markers = tables["codes"], tables["entities"], tables["markers"]
    units = framing_units(evaluation, tables["sentences"]).astype({"doc_id": str, "start": "int64", "end": "int64"})
    for dimension in DIMENSIONS:
        units[f"rule_{dimension}"] = coder_labels(codes, units, dimension=dimension)
    sentence_codes = {key: rows for key, rows in codes.groupby(["doc_id", "sent_id"])}
    sentence_sides = {key: {_side(e.actor, e.affiliation) for e in rows.itertuples()} - {None}
                      for key, rows in entities.groupby(["doc_id", "sent_id"])}
    sentence_markers = {key: set(rows.category) for key, rows in markers.groupby(["doc_id", "sent_id"])}
    by_doc = {doc_id: rows.reset_index(drop=True) for doc_id, rows in sentences.groupby("doc_id")}
    features = []
    for unit in units.itertuples():
        doc_sentences = by_doc[unit.doc_id]
        index = int(np.searchsorted(doc_sentences.start.to_numpy(), unit.start, side="right") - 1)
        sentence = doc_sentences.iloc[index]
        paragraph = doc_sentences[doc_sentences.block_id == sentence.block_id]
        position = list(paragraph.sent_id).index(sentence.sent_id)
        previous = paragraph.iloc[position - 1] if position > 0 else None
        following = paragraph.iloc[position + 1] if position + 1 < len(paragraph) else None
        names = [f"section={sentence.section}", f"position={min(position, 3)}",
                 *(["last_in_paragraph"] if following is None else []),
                 *(["quoted"] if sentence.quoted_share >= 0.5 else [])]
        in_unit = codes[(codes.doc_id == unit.doc_id) & (codes.start >= unit.start) & (codes.start < unit.end)]
        for code in in_unit.itertuples():
            names += [f"rule={code.dimension}", f"code={code.code}", f"cue={code.dimension}:{code.cue.lower()}",
                      f"link={code.dimension}:{code.agent_link}"]
            if isinstance(code.modifier, str):
                names.append(f"mod={code.modifier.lower()}")
        for name, neighbour in (("prev", previous), ("next", following)):
            if neighbour is not None:
                rows = sentence_codes.get((unit.doc_id, neighbour.sent_id))
                if rows is not None:
                    names += [f"{name}_rule={d}" for d in set(rows.dimension)]
                    names += [f"{name}_code={c}" for c in set(rows.code)]
        paragraph_codes = codes[(codes.doc_id == unit.doc_id) & codes.sent_id.isin(paragraph.sent_id)]
        names += [f"para_rule={d}" for d in set(paragraph_codes.dimension)]
        names += [f"actor={side}" for side in sentence_sides.get((unit.doc_id, sentence.sent_id), ())]
        if previous is not None:
            names += [f"prev_actor={side}" for side in sentence_sides.get((unit.doc_id, previous.sent_id), ())]
        names += [f"marker={category}" for category in sentence_markers.get((unit.doc_id, sentence.sent_id), ())]
        span = docs[unit.doc_id].char_span(unit.start, unit.end, alignment_mode="expand")
        words = [_word(token) for token in span if token.is_alpha]
        names += [f"w={word}" for word in words]
        names += [f"b={first}_{second}" for first, second in zip(words, words[1:])]
        if any(token.dep_ == "neg" or token.lower_ in NEGATIONS for token in span):
            names.append("negation")
        names += [f"modal={token.lower_}" for token in span if token.tag_ == "MD"]
        features.append(" ".join(sorted(set(name.replace(" ", "_") for name in names))))
    units["features"] = features
    units["set"] = evaluation.name
    return units


def load_set(evaluation, *, nlp, cache_dir: Path) -> pd.DataFrame:
    """Return the units of one evaluation set, analysed as `make evaluate` analyses it (Docs from the cache)."""
    tables = analyse_set(evaluation, nlp=nlp, cache_dir=cache_dir)
    cache = BuildCache(cache_dir, nlp=nlp)
    docs = {document.doc_id: cache.load_doc(cache.parse_key(document)) for document in load_corpus(evaluation.folder)}
    return unit_features(evaluation, tables, docs)


def _is_rule_feature(name: str) -> bool:
    return name.split("=", 1)[0] in RULE_PREFIXES


def fit(units: pd.DataFrame, dimension: str, *, with_rules: bool, c: float):
    """Return (vectorizer, model) trained on `units` for one dimension; features kept if seen in MIN_BATCHES batches."""
    batch_vocabularies = [set(" ".join(rows.features).split()) for _, rows in units.groupby("batch")]
    counts = pd.Series([name for vocabulary in batch_vocabularies for name in vocabulary]).value_counts()
    vocabulary = sorted(name for name in counts[counts >= MIN_BATCHES].index if with_rules or not _is_rule_feature(name))
    vectorizer = CountVectorizer(vocabulary=vocabulary, binary=True, lowercase=False, token_pattern=r"\S+")
    scored = units[units[dimension].notna()]
    model = LogisticRegression(C=c, solver="liblinear", random_state=SEED, max_iter=1000)
    model.fit(vectorizer.transform(scored.features), scored[dimension].astype(int))
    return vectorizer, model


def scores_of(fitted, units: pd.DataFrame) -> np.ndarray:
    vectorizer, model = fitted
    return model.predict_proba(vectorizer.transform(units.features))[:, 1]


def prf(gold: pd.Series, predicted) -> tuple[float, float, float, int]:
    """Return precision, recall, F1 (as `f1_from_counts`) and gold positives; units whose gold is NA left out."""
    predicted = pd.Series(np.asarray(predicted, dtype=int), index=gold.index)
    scored = gold.notna()
    gold, predicted = gold[scored].astype(int), predicted[scored]
    hits, n_predicted, n_gold = int((gold & predicted).sum()), int(predicted.sum()), int(gold.sum())
    return (hits / n_predicted if n_predicted else float("nan"), hits / n_gold if n_gold else float("nan"),
            2 * hits / (n_predicted + n_gold) if n_predicted + n_gold else float("nan"), n_gold)


def choose(units: pd.DataFrame, dimension: str, *, with_rules: bool) -> tuple[float, float]:
    """Return (C, threshold) with the best pooled F1 of a leave-one-batch-out inside `units`."""
    scored = units[units[dimension].notna()]
    best = None
    for c in C_GRID:
        out_of_fold = pd.Series(0.0, index=scored.index)
        for batch in scored.batch.unique():
            held = scored.batch == batch
            out_of_fold[held] = scores_of(fit(scored[~held], dimension, with_rules=with_rules, c=c), scored[held])
        for threshold in THRESHOLDS:
            score = prf(scored[dimension], out_of_fold >= threshold)[2]
            if best is None or score > best[0] + 1e-12:
                best = (score, c, float(threshold))
    return best[1], best[2]


MODELS = {"B model": False, "C rules+model": True}


def leave_one_batch_out(look: pd.DataFrame) -> pd.DataFrame:
    """Return each look unit's predictions (`<model>:<dimension>` columns) and the settings chosen inside."""
    predictions = pd.DataFrame(index=look.index)
    for batch in BATCHES:
        held, training = look.batch == batch, look[look.batch != batch]
        started = time.perf_counter()
        for dimension in DIMENSIONS:
            for name, with_rules in MODELS.items():
                c, threshold = choose(training, dimension, with_rules=with_rules)
                fitted = fit(training, dimension, with_rules=with_rules, c=c)
                predictions.loc[held, f"{name}:{dimension}"] = scores_of(fitted, look[held]) >= threshold
                predictions.loc[held, f"{name}:{dimension}:setting"] = f"C={c} t={threshold:.2f}"
        logger.info("%s held out: %.0f s", batch, time.perf_counter() - started)
    return predictions


def table(units: pd.DataFrame, predicted: dict[str, pd.Series], groups: dict[str, pd.Index]) -> str:
    """Return a Markdown table per dimension: a row per group, P / R / F1 per coder."""
    lines = []
    for dimension in DIMENSIONS:
        lines += [f"#### {dimension}", "", "| group | gold + | " + " | ".join(f"{m} P / R / F1" for m in predicted[dimension])
                  + " |", "|---|---:|" + "---|" * len(predicted[dimension])]
        for group, index in groups.items():
            cells, positives = [], 0
            for series in predicted[dimension].values():
                p, r, f, positives = prf(units.loc[index, dimension], series.loc[index])
                cells.append(f"{p:.2f} / {r:.2f} / **{f:.3f}**")
            lines.append(f"| {group} | {positives} | " + " | ".join(cells) + " |")
        lines.append("")
    return "\n".join(lines)


def heaviest(fitted, *, n: int = 20) -> list[str]:
    vectorizer, model = fitted
    names = vectorizer.get_feature_names_out()
    order = np.argsort(-np.abs(model.coef_[0]), kind="stable")[:n]
    return [f"{names[i]} {model.coef_[0][i]:+.2f}" for i in order]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--look", type=Path, required=True, help="the look set (inspectable, batches of BATCHES)")
    parser.add_argument("--check", type=Path, required=True, help="the check group: scored in aggregate only")
    parser.add_argument("--devset", type=Path, default=DEVSET_DIR)
    parser.add_argument("--cache", type=Path, required=True, help="build cache folder (Docs are read from it)")
    parser.add_argument("--units", type=Path, help="read (if present) or write the units as Parquet here")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    if args.units and args.units.exists():
        units = pd.read_parquet(args.units)
    else:
        from analysis.nlp.pipeline import load_nlp

        nlp = load_nlp()
        sets = [read_seed_set(), read_unseen_set(args.devset, name="devset"), read_unseen_set(args.look, name="look"),
                read_unseen_set(args.check, name="check")]
        units = pd.concat([load_set(evaluation, nlp=nlp, cache_dir=args.cache) for evaluation in sets],
                          ignore_index=True)
        if args.units:
            units.to_parquet(args.units)
    look = units[units.set == "look"].copy()
    look["batch"] = look.doc_id.map(batch_of)
    predictions = leave_one_batch_out(look)
    predicted = {d: {"A rules": look[f"rule_{d}"].astype(bool),
                     **{name: predictions[f"{name}:{d}"].astype(bool) for name in MODELS}} for d in DIMENSIONS}
    groups = {batch: look.index[look.batch == batch] for batch in BATCHES}
    groups |= {"pooled (16)": look.index, "batches 15+16": look.index[look.batch.isin(RECENT)]}
    print("### Leave-one-batch-out over the look set\n")
    print(table(look, predicted, groups))
    for dimension in DIMENSIONS:
        print(f"{dimension}: (C) beats (A) in", sum(prf(look.loc[i, dimension], predicted[dimension]["C rules+model"][i])[2]
                                                 > prf(look.loc[i, dimension], predicted[dimension]["A rules"][i])[2]
                                                 for b, i in groups.items() if b in BATCHES), "of 16 batches")
    settings = predictions[[c for c in predictions if c.endswith(":setting")]].groupby(look.batch).first()
    print("\nSettings chosen inside the training batches:\n\n" + settings.to_markdown() + "\n")

    print("### Trained on the whole look set\n")
    others = units[units.set != "look"]
    final = {}
    for dimension in DIMENSIONS:
        final[dimension] = {"A rules": others[f"rule_{dimension}"].astype(bool)}
        for name, with_rules in MODELS.items():
            c, threshold = choose(look, dimension, with_rules=with_rules)
            fitted = fit(look, dimension, with_rules=with_rules, c=c)
            final[dimension][name] = pd.Series(scores_of(fitted, others) >= threshold, index=others.index)
            print(f"{dimension} {name}: C={c} threshold={threshold:.2f}; 20 heaviest features:")
            print("  " + "; ".join(heaviest(fitted)))
    print()
    print(table(others, final, {name: others.index[others.set == name] for name in ("seeds", "devset", "check")}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
