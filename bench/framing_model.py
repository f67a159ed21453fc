"""Does a statistical reading layer make framing hold on unseen text? Leave-one-batch-out (issue 14).

Usage (scikit-learn comes with the test extra; LOOK is a copy of `data/devown` without the check
group, CHECK the check group's articles, each with its gold):

    .venv/bin/python bench/framing_model.py --look LOOK --check CHECK \
        --cache data/interim/model_cache --units data/interim/model_units.parquet

The units are the sentences the evaluation scores (`analysis.evaluation.measures.framing_units`,
the same alignment and the same `?` exclusion as `make evaluate`); the rule column reproduces its
figures. Each unit gets explainable binary features: the rule coder's codes, cues (named by the
lemma of their head word), agent links and modifiers in the sentence and its neighbours in the paragraph; lower-cased lemma unigrams and
bigrams; negation and modal markers; which gazetteer actors (Russia, Assad's side, another actor)
the sentence and the one before name; argument markers; position in paragraph and section.

The coders compared, each per batch of the look set and pooled over it:
- `A rules`: the rule coder as it is;
- `B model`: a logistic regression without any rule-coder feature;
- `C rules+model`: the same model also reading the rule coder's outputs (it may add or remove codes);
- `D rules, model adds`: every rule code kept, and a code of (C) added only to a sentence that names
  Russia or follows one that does (exploratory, declared after the first run);
- `E rules, model vetoes`: a rule code kept only where (C) codes the sentence too; the model adds
  nothing (exploratory, declared after the first three runs).

`--gated` runs the twelfth session's protocol over eighteen batches: the rules (A) against three forms
whose coding rate per article the rule coder sets, so the training sets' base rate cannot move it:
- `F rerank`: per article and dimension, the k units the model (C) scores highest, k = the rule
  coder's count there;
- `G veto, gated adds`: the rule codes scored at least `VETO_BELOW`, plus codes on units scored at
  least `ADD_FROM` next to a rule code whose agent the parse links, with no other actor as subject,
  at most `ADD_SHARE` × the rule coder's count per article;
- `G′ veto, body-linked adds`: G with additions only to body units whose own sentence holds the
  parse-linked rule code (pre-registered after G's run on the seeds).
The only choice inside the folds is C, by the form's own pooled F1.

`--grouped-folds` runs the thirty-seventh session's protocol (`reports/framing_model.md`): the look set's batches
are read from the `### … batch … (LO–HI)` headings of `--readme` (by default `data/devown/README.md`), in its order,
and dealt to ten outer folds (the i-th batch to fold i mod 10); inside the nine training folds their batches are
dealt the same way to five inner folds, which choose C per form and dimension (and B's and C's thresholds). A look
article under no heading, or under two, stops the run. It compares A, B, C, F, G and G′, then scores the models
trained on the whole look set on the seeds, the devset, the check group and, with `--heldout PATH`, one more folder
with gold, each in aggregate only.

`--grouped-folds` also compares `G_ps` (thirty-ninth session): G with its additions thresholded, ranked and capped on
the score shifted from the training units' rule rate to the article's, r_train computed on the training folds only.

`--grouped-folds` also compares `G_m` (fortieth session): G with its additions only from a score of `ADD_FROM_MARGIN`
(0.60) instead of `ADD_FROM` (0.50).

`--grouped-folds` also compares `G_mp` (forty-first session): G_m with proper nouns masked in its word features, a token
whose part of speech (`pos_`) is `PROPN` entering the word and word-pair features as `MASKED_WORD`, a word no
lower-cased lemma can be (the units' `masked_features`; its model is trained on them, every other form on `features`).

`--grouped-folds --export PATH` runs none of that: it trains `--form` (G by default, G_ps, G_m or G_mp) on the whole
look set, its C per dimension chosen as the run above chooses it over the whole look set, and writes the model (kept
features, weights, intercepts, the constants) with its provenance (with the SHA-256 of each resource file the features
read) to PATH as `analysis.extract.frames.layer_model` reads it (`make framing-layer` writes
`src/analysis/resources/framing_layer.json`). The same units and commit give the same bytes.

`--textcat` runs the same protocol for spaCy's bag-of-words `textcat_multilabel`
(`analysis.evaluation.classifier`, the sentence and the one before it, 2 epochs at 0.003), without
and with the rule coder's dimensions as features, each code at a fixed score of 0.5 (no choice made
inside the folds).

`--without-style` leaves out the features of layout and house style (section, position, quoted
share, argument markers): an exploratory run, declared after the first run, asking whether the
written sets' styles carry the model.

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
import functools
import hashlib
import logging
import math
import re
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import LogisticRegression

from analysis.corpus.registry import load_corpus
from analysis.corpus.sections import ANALYSED_SECTIONS
from analysis.evaluation.measures import framing_units
from analysis.evaluation.report import analyse_set, tables_of
from analysis.evaluation.scores import coder_labels
from analysis.evaluation.sets import DEVSET_DIR, id_ranges, in_ranges, read_seed_set, read_unseen_set, with_articles
from analysis.extract.frames.layer_index import MASKED_WORD, PROPER_NOUN
from analysis.extract.frames.layer_model import (FORM_G, FORM_G_M, FORM_G_MP, FORM_G_PS, article_rule_rate,
                                                 rate_shifted)
from analysis.extract.vocabulary import DIMENSIONS
from analysis.tables.cache import BuildCache

logger = logging.getLogger("framing_model")
BATCHES = {"701–704": (701, 704), "901–907": (901, 907), "908–913": (908, 913), "914–919": (914, 919),
           "920–924": (920, 924), "931–936": (931, 936), "937–942": (937, 942), "943–948": (943, 948),
           "949–953": (949, 953), "954–958": (954, 958), "959–963": (959, 963), "964–968": (964, 968),
           "969–973": (969, 973), "974–978": (974, 978), "979–983": (979, 983), "984–988": (984, 988),
           "989–993": (989, 993), "994–998": (994, 998)}
RECENT = ("989–993", "994–998")
RECENT_GROUP = "batches 17+18 (989–998)"
POOLED = f"pooled ({len(BATCHES)})"
MIN_BATCHES = 3
C_GRID = (0.1, 0.3, 1.0)
THRESHOLDS = np.round(np.arange(0.20, 0.81, 0.05), 2)
SEED = 0
RULE_PREFIXES = ("rule", "code", "cue", "link", "mod", "prev_rule", "prev_code", "next_rule", "next_code",
                 "para_rule")
STYLE_PREFIXES = ("section", "position", "last_in_paragraph", "quoted", "marker")
RUSSIA, ASSAD_SIDE = "russia", "assad"
ASSAD_ACTORS = {"Bashar al-Assad", "Syrian government"}
NEGATIONS = {"not", "no", "never", "nothing", "nor", "neither", "none", "without"}
PARSE_LINKS = {"subject", "agent", "possessor", "modifier", "source", "beneficiary", "example", "pronoun", "speaker"}
SUBJECTS = {"nsubj", "nsubjpass"}


def units_key(folders: list[Path], *, selection=(), library: Path | None = None) -> str:
    """Return a SHA-256 over this script, every file of the library (`library`, the installed `analysis` package by
    default) but the learned framing layer and every file of the given set folders, in path order, and `selection`
    (the id options): the units read from `--units` are current only if it is the key they were written with. The
    units come from builds with the layer off (`set_tables`), so the layer they train cannot change them."""
    import analysis
    from analysis.extract.frames.layer_model import FRAMING_LAYER_FILE

    library = Path(analysis.__file__).parent if library is None else library
    layer_file = FRAMING_LAYER_FILE.relative_to(Path(analysis.__file__).resolve().parent)
    hasher = hashlib.sha256(Path(__file__).read_bytes() + repr(selection).encode("utf-8"))
    for folder in [library, *folders]:
        for path in sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
            if folder == library and path.relative_to(folder) == layer_file:
                continue
            hasher.update(str(path.relative_to(folder)).encode("utf-8") + b"\x00" + path.read_bytes() + b"\x00")
    return hasher.hexdigest()


def batch_of(doc_id: str) -> str:
    """Return the batch of a look-set doc_id. Raises ValueError for one in no batch (the check group)."""
    number = int(re.match(r"\d+", doc_id).group())
    for batch, (first, last) in BATCHES.items():
        if first <= number <= last:
            return batch
    raise ValueError(f"{doc_id}: in no batch of the look set")


def _side(actor, affiliation) -> str | None:
    actor, affiliation = (value if isinstance(value, str) else None for value in (actor, affiliation))
    if actor == "Russia" or affiliation == "Russia":
        return RUSSIA
    if actor in ASSAD_ACTORS:
        return ASSAD_SIDE
    return None if actor is None else "other"


def _word(token) -> str:
    return token.lemma_.lower()


def _masked_word(token) -> str:
    return MASKED_WORD if token.pos_ == PROPER_NOUN else _word(token)


def feature_text(names: list[str], words: list[str]) -> str:
    """Return a unit's feature names as one string (sorted, each once, spaces as `_`): `names`, then a `w=` feature per
    word of `words` and a `b=` feature per pair of neighbours in it."""
    named = [*names, *(f"w={word}" for word in words),
             *(f"b={first}_{second}" for first, second in zip(words, words[1:]))]
    return " ".join(sorted(set(name.replace(" ", "_") for name in named)))


def cue_lemma(doc, start: int, end: int) -> str:
    """Return the lower-cased lemma of the syntactic root of the cue at characters `start`:`end` of `doc` (a cue's
    feature names its head word, not its text)."""
    return _word(doc.char_span(start, end, alignment_mode="expand").root)


def unit_features(evaluation, tables: dict[str, pd.DataFrame], docs: dict) -> pd.DataFrame:
    """Return the scored units of a set: doc_id, start, end, gold support/limits, rule_support/rule_limits, features,
    the same features with proper nouns masked in the words and pairs (masked_features, form G_mp), and the gates of
    the gated forms (section, linked, anchored, other_subject)."""
    sentences = tables["sentences"].astype({"doc_id": str}).sort_values(["doc_id", "start"]).reset_index(drop=True)
    codes, entities, markers = tables["codes"], tables["entities"], tables["markers"]
    units = framing_units(evaluation, tables["sentences"]).astype({"doc_id": str, "start": "int64", "end": "int64"})
    for dimension in DIMENSIONS:
        units[f"rule_{dimension}"] = coder_labels(codes, units, dimension=dimension)
    sentence_codes = {key: rows for key, rows in codes.groupby(["doc_id", "sent_id"])}
    sentence_sides = {key: {_side(e.actor, e.affiliation) for e in rows.itertuples()} - {None}
                      for key, rows in entities.groupby(["doc_id", "sent_id"])}
    other_actors = entities[[_side(*pair) == "other" for pair in zip(entities.actor, entities.affiliation)]]
    sentence_others = {key: list(zip(rows.start, rows.end))
                       for key, rows in other_actors.groupby(["doc_id", "sent_id"])}
    sentence_markers = {key: set(rows.category) for key, rows in markers.groupby(["doc_id", "sent_id"])}
    by_doc = {doc_id: rows.reset_index(drop=True) for doc_id, rows in sentences.groupby("doc_id")}
    features, masked_features, sections, linked, anchored, other_subject = [], [], [], [], [], []
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
            cue = cue_lemma(docs[unit.doc_id], code.start, code.end)
            names += [f"rule={code.dimension}", f"code={code.code}", f"cue={code.dimension}:{cue}",
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
        if any(token.dep_ == "neg" or token.lower_ in NEGATIONS for token in span):
            names.append("negation")
        names += [f"modal={token.lower_}" for token in span if token.tag_ == "MD"]
        features.append(feature_text(names, [_word(token) for token in span if token.is_alpha]))
        masked_features.append(feature_text(names, [_masked_word(token) for token in span if token.is_alpha]))
        parse_linked = [rows is not None and bool(rows.agent_link.isin(PARSE_LINKS).any())
                        for rows in (sentence_codes.get((unit.doc_id, s.sent_id)) for s in (sentence, previous)
                                     if s is not None)]
        sections.append(sentence.section)
        linked.append(parse_linked[0])
        anchored.append(any(parse_linked))
        other_subject.append(any(docs[unit.doc_id].char_span(start, end, alignment_mode="expand").root.dep_ in SUBJECTS
                                 for start, end in sentence_others.get((unit.doc_id, sentence.sent_id), ())))
    units["features"], units["masked_features"] = features, masked_features
    units["section"], units["linked"], units["anchored"] = sections, linked, anchored
    units["other_subject"] = other_subject
    units["set"] = evaluation.name
    return units


def units_key_of(args) -> str:
    """Return the units key of the sets and id options in `args` (`--devset`, `--look`, `--check`, `--look-without`,
    `--check-ids`): the key `--units` files are written with and checked against here and in learning_curve.py."""
    return units_key([args.devset, args.look, args.check], selection=(args.look_without, args.check_ids))


def subset(evaluation, *, only: tuple[tuple[int, int], ...] = (), without: tuple[tuple[int, int], ...] = ()):
    """Return `evaluation` with only the articles in `only` (all if empty) and none in `without`, gold included."""
    return with_articles(evaluation, {doc_id for doc_id in evaluation.texts
                                      if (not only or in_ranges(doc_id, only)) and not in_ranges(doc_id, without)})


def set_tables(evaluation, *, nlp, cache_dir: Path) -> dict[str, pd.DataFrame]:
    """Return the tables of the articles of `evaluation.texts`, analysed as `make evaluate` analyses its folder with
    the learned framing layer off (the layer learns from the rule coder; a set may be part of its folder: `subset`)."""
    return tables_of(analyse_set(evaluation, nlp=nlp, cache_dir=cache_dir, framing_layer="off"), set(evaluation.texts))


def load_set(evaluation, *, nlp, cache_dir: Path) -> pd.DataFrame:
    """Return the units of one evaluation set (its articles' Docs from the cache)."""
    tables = set_tables(evaluation, nlp=nlp, cache_dir=cache_dir)
    documents = [document for document in load_corpus(evaluation.folder) if document.doc_id in evaluation.texts]
    return unit_features(evaluation, tables, cached_docs(documents, cache=BuildCache(cache_dir, nlp=nlp)))


def cached_docs(documents, *, cache) -> dict:
    """Return each document's parsed Doc from `cache` by its id.

    Raises SystemExit(2), naming the cache and the first article, when the cache holds no Doc for some of them (it
    could not be written: see the warnings before)."""
    docs = {document.doc_id: cache.load_doc(cache.parse_key(document)) for document in documents}
    missing = sorted(doc_id for doc_id, doc in docs.items() if doc is None)
    if missing:
        logger.error("%s: the parse cache holds no Doc for %d article(s), the first %s; the units are read from it, "
                     "so it must be a folder that can be written", cache.folder, len(missing), missing[0])
        raise SystemExit(2)
    return docs


def read_sets(args) -> list:
    """Return the seeds, the devset (unless its folder is missing: `--export` trains on the look set alone), the look
    set and the check group as `--look`, `--check` and their id options name them (the look set without
    `--look-without`'s articles, the check group only `--check-ids`')."""
    if not args.devset.is_dir():
        logger.warning("%s: no devset folder; its units are left out", args.devset)
    devset = [read_unseen_set(args.devset, name="devset")] if args.devset.is_dir() else []
    return [read_seed_set(), *devset, subset(read_unseen_set(args.look, name="look"), without=args.look_without),
            subset(read_unseen_set(args.check, name="check"), only=args.check_ids)]


def _is_rule_feature(name: str) -> bool:
    return name.split("=", 1)[0] in RULE_PREFIXES


class Design:
    """The look set's units as one binary feature matrix, with the batches each feature occurs in."""

    def __init__(self, look: pd.DataFrame, *, without: tuple[str, ...] = (), column: str = "features"):
        self.without, self.column = without, column
        self.vectorizer = CountVectorizer(binary=True, lowercase=False, token_pattern=r"\S+").fit(look[column])
        self.names = self.vectorizer.get_feature_names_out()
        self.rule_feature = np.array([_is_rule_feature(name) for name in self.names])
        self.matrix = self.vectorizer.transform(look[column]).tocsr()
        self.batches = look.batch.to_numpy()
        self.presence = {batch: np.asarray(self.matrix[self.batches == batch].sum(axis=0)).ravel() > 0
                         for batch in dict.fromkeys(self.batches)}

    def columns(self, batches, *, with_rules: bool) -> np.ndarray:
        """Return the feature columns seen in at least MIN_BATCHES of `batches` (rule features only `with_rules`)."""
        seen = sum(self.presence[batch].astype(int) for batch in set(batches)) >= MIN_BATCHES
        kept = np.array([name.split("=", 1)[0] not in self.without for name in self.names])
        return np.flatnonzero(seen & kept & (with_rules | ~self.rule_feature))

    def transform(self, units: pd.DataFrame):
        return self.vectorizer.transform(units[self.column]).tocsr()


def fit(design: Design, rows: np.ndarray, gold: np.ndarray, *, with_rules: bool, c: float):
    """Return (columns, model) trained on the look units at positions `rows` whose gold is not NA."""
    rows = rows[~np.isnan(gold[rows])]
    columns = design.columns(design.batches[rows], with_rules=with_rules)
    model = LogisticRegression(C=c, solver="liblinear", random_state=SEED, max_iter=1000)
    model.fit(design.matrix[rows][:, columns], gold[rows].astype(int))
    return columns, model


def scores_of(fitted, matrix) -> np.ndarray:
    columns, model = fitted
    return model.predict_proba(matrix[:, columns])[:, 1]


def prf(gold: pd.Series, predicted) -> tuple[float, float, float, int]:
    """Return precision, recall, F1 (as `f1_from_counts`) and gold positives; units whose gold is NA left out."""
    predicted = pd.Series(np.asarray(predicted, dtype=int), index=gold.index)
    scored = gold.notna()
    gold, predicted = gold[scored].astype(int), predicted[scored]
    hits, n_predicted, n_gold = int((gold & predicted).sum()), int(predicted.sum()), int(gold.sum())
    return (hits / n_predicted if n_predicted else float("nan"), hits / n_gold if n_gold else float("nan"),
            2 * hits / (n_predicted + n_gold) if n_predicted + n_gold else float("nan"), n_gold)


def _f1(gold: np.ndarray, predicted: np.ndarray) -> float:
    scored = ~np.isnan(gold)
    gold, predicted = gold[scored].astype(bool), predicted[scored]
    total = int(gold.sum() + predicted.sum())
    return 2 * int((gold & predicted).sum()) / total if total else float("nan")


def out_of_fold_scores(design: Design, rows: np.ndarray, gold: np.ndarray, *, with_rules: bool, c: float,
                       folds: np.ndarray | None = None) -> np.ndarray:
    """Return the model's score of each unit of `rows`, each fold scored by a model fitted on the other folds (a
    fold per unit of `rows` in `folds`; by default each batch is a fold)."""
    folds = design.batches[rows] if folds is None else np.asarray(folds)
    scores = np.zeros(len(rows))
    for fold in sorted(set(folds)):
        held = folds == fold
        scores[held] = scores_of(fit(design, rows[~held], gold, with_rules=with_rules, c=c), design.matrix[rows[held]])
    return scores


def choose(design: Design, rows: np.ndarray, gold: np.ndarray, *, with_rules: bool) -> tuple[float, float]:
    """Return (C, threshold) with the best pooled F1 of a leave-one-batch-out inside the look units `rows`."""
    rows = rows[~np.isnan(gold[rows])]
    best = None
    for c in C_GRID:
        out_of_fold = out_of_fold_scores(design, rows, gold, with_rules=with_rules, c=c)
        for threshold in THRESHOLDS:
            score = _f1(gold[rows], out_of_fold >= threshold)
            if best is None or score > best[0] + 1e-12:
                best = (score, c, float(threshold))
    return best[1], best[2]


MODELS = {"B model": False, "C rules+model": True}
ADDS_ONLY, VETO_ONLY = "D rules, model adds", "E rules, model vetoes"


def near_russia(units: pd.DataFrame) -> np.ndarray:
    """Return whether each unit's sentence, or the one before it in its paragraph, names Russia."""
    return units.features.str.contains(rf"(?:^|\s)(?:prev_)?actor={RUSSIA}(?:\s|$)").to_numpy()


def adds_only(units: pd.DataFrame, dimension: str, model_codes) -> np.ndarray:
    """Return the rule codes of `dimension` plus the model's codes on sentences near a Russian mention."""
    return units[f"rule_{dimension}"].to_numpy(dtype=bool) | (np.asarray(model_codes, dtype=bool) & near_russia(units))


def wins_over_rules(model_f1: list[float], rules_f1: list[float]) -> tuple[int, int]:
    """Return in how many batches the model's F1 beats the rules' (batch by batch) and in how many the two cannot be
    compared (either F1 NaN, as when a batch has no gold and no predicted codes): those count as neither a win nor
    a loss."""
    pairs = list(zip(model_f1, rules_f1, strict=True))
    unscored = sum(math.isnan(model) or math.isnan(rules) for model, rules in pairs)
    return sum(model > rules for model, rules in pairs if not (math.isnan(model) or math.isnan(rules))), unscored


def print_wins(look: pd.DataFrame, predicted: dict, groups: list, forms, *, unit: str) -> None:
    """Print, per dimension and form, in how many of `groups` (index lists of look units) it beats the rules."""
    for dimension in DIMENSIONS:
        for name in forms:
            wins, unscored = wins_over_rules(
                [prf(look.loc[index, dimension], predicted[dimension][name][index])[2] for index in groups],
                [prf(look.loc[index, dimension], predicted[dimension]["A rules"][index])[2] for index in groups])
            print(f"{dimension}: {name} beats the rules in {wins} of {len(groups)} {unit}"
                  + (f" ({unscored} with no F1 on one side, counted neither way)" if unscored else ""))


def leave_one_batch_out(look: pd.DataFrame, design: Design) -> pd.DataFrame:
    """Return each look unit's predictions (`<model>:<dimension>` columns) and the settings chosen inside."""
    predictions = pd.DataFrame(index=look.index)
    positions = np.arange(len(look))
    for batch in BATCHES:
        held = design.batches == batch
        started = time.perf_counter()
        for dimension in DIMENSIONS:
            gold = look[dimension].to_numpy(dtype=float)
            for name, with_rules in MODELS.items():
                c, threshold = choose(design, positions[~held], gold, with_rules=with_rules)
                fitted = fit(design, positions[~held], gold, with_rules=with_rules, c=c)
                predictions.loc[held, f"{name}:{dimension}"] = scores_of(fitted, design.matrix[held]) >= threshold
                predictions.loc[held, f"{name}:{dimension}:setting"] = f"C={c} t={threshold:.2f}"
        logger.info("%s held out: %.0f s", batch, time.perf_counter() - started)
    return predictions


VETO_BELOW, ADD_FROM, ADD_SHARE = 0.15, 0.50, 0.25
# Form G_m's threshold for additions (fortieth session, pre-registered in reports/framing_model.md).
ADD_FROM_MARGIN = 0.60
RERANK, GATED, GATED_BODY, GATED_SHIFTED = "F rerank", FORM_G, "G′ veto, body-linked adds", FORM_G_PS
GATED_MARGIN = FORM_G_M
# Form G_mp (forty-first session, pre-registered in reports/framing_model.md): G_m on the masked features.
GATED_MASKED = FORM_G_MP
MASKED_FORMS = frozenset({GATED_MASKED})


def _ranks_in_article(units: pd.DataFrame, scores, eligible: np.ndarray) -> np.ndarray:
    """Return each eligible unit's rank by score among the eligible units of its article (0 = highest; ties: the
    earlier unit first); an ineligible unit gets a rank past any count."""
    frame = pd.DataFrame({"set": units.set.to_numpy(), "doc": units.doc_id.to_numpy(),
                          "score": np.where(eligible, np.asarray(scores, dtype=float), -np.inf),
                          "order": np.arange(len(units))})
    ranked = frame.sort_values(["set", "doc", "score", "order"], ascending=[True, True, False, True], kind="stable")
    ranks = np.empty(len(units), dtype=np.int64)
    ranks[ranked.order.to_numpy()] = ranked.groupby(["set", "doc"]).cumcount().to_numpy()
    return np.where(eligible, ranks, np.iinfo(np.int64).max)


def rule_counts(units: pd.DataFrame, dimension: str) -> np.ndarray:
    """Return, for each unit, how many units of its article the rule coder codes in `dimension`."""
    return units.groupby(["set", "doc_id"])[f"rule_{dimension}"].transform("sum").to_numpy(dtype=np.int64)


def rerank(units: pd.DataFrame, dimension: str, scores) -> np.ndarray:
    """Return form F: per article, the k units the model scores highest, k = the rule coder's count there."""
    return _ranks_in_article(units, scores, np.ones(len(units), dtype=bool)) < rule_counts(units, dimension)


def analysed_rule_counts(units: pd.DataFrame, dimension: str) -> tuple[np.ndarray, np.ndarray]:
    """Return, for each unit, how many units of its article's headline, standfirst and body the rule coder codes in
    `dimension` (k) and how many units those sections hold (n)."""
    analysed = units.section.isin(ANALYSED_SECTIONS).to_numpy()
    frame = pd.DataFrame({"set": units.set.to_numpy(), "doc": units.doc_id.to_numpy(), "analysed": analysed,
                          "coded": analysed & units[f"rule_{dimension}"].to_numpy(dtype=bool)})
    grouped = frame.groupby(["set", "doc"])
    return (grouped.coded.transform("sum").to_numpy(dtype=np.int64),
            grouped.analysed.transform("sum").to_numpy(dtype=np.int64))


def rule_rate(units: pd.DataFrame, dimension: str) -> float:
    """Return r_train: the share of the units of the headline, standfirst and body that the rule coder codes in
    `dimension`, pooled over `units`."""
    analysed = units.section.isin(ANALYSED_SECTIONS).to_numpy()
    return int((analysed & units[f"rule_{dimension}"].to_numpy(dtype=bool)).sum()) / int(analysed.sum())


def fold_rule_rates(units: pd.DataFrame, dimension: str, folds) -> np.ndarray:
    """Return, for each unit, the rule rate (`rule_rate`) of the units of the other folds (a fold per unit in
    `folds`): the r_train of the model that scores it out of fold."""
    folds, rates = np.asarray(folds), np.zeros(len(units))
    for fold in sorted(set(folds.tolist())):
        held = folds == fold
        rates[held] = rule_rate(units[~held], dimension)
    return rates


def veto_and_gated_adds(units: pd.DataFrame, dimension: str, scores, *, body_linked: bool = False,
                        training_rate=None, add_from: float = ADD_FROM) -> np.ndarray:
    """Return form G: the rule codes whose score is at least VETO_BELOW, plus at most ADD_SHARE × the rule count per
    article of the highest-scoring units scored at least `add_from` next to a parse-linked rule code and with no other
    actor as subject (`add_from` ADD_FROM_MARGIN gives form G_m). `body_linked` gives form G′: additions only to body
    units whose own sentence holds that code.
    `training_rate` (r_train, one or one per unit) gives form G_ps: the additions thresholded and ranked by the score
    shifted from r_train to the article's rule rate (`rate_shifted`, `article_rule_rate` of `analysed_rule_counts`),
    at most ADD_SHARE × the article's rule-coded units of the headline, standfirst and body; vetoes on the raw
    score."""
    scores, rules = np.asarray(scores, dtype=float), units[f"rule_{dimension}"].to_numpy(dtype=bool)
    ranking, cap = scores, np.floor(ADD_SHARE * rule_counts(units, dimension))
    if training_rate is not None:
        coded, analysed = analysed_rule_counts(units, dimension)
        training_rates = np.broadcast_to(np.asarray(training_rate, dtype=float), scores.shape)
        ranking = np.array([rate_shifted(score, article_rate=article_rule_rate(k, n), training_rate=rate)
                            for score, k, n, rate in zip(scores.tolist(), coded.tolist(), analysed.tolist(),
                                                         training_rates.tolist())])
        cap = np.floor(ADD_SHARE * coded)
    gate = (units.linked & (units.section == "body")) if body_linked else units.anchored
    candidates = (~rules & (ranking >= add_from) & gate.to_numpy(dtype=bool)
                  & ~units.other_subject.to_numpy(dtype=bool))
    return (rules & (scores >= VETO_BELOW)) | (candidates & (_ranks_in_article(units, ranking, candidates) < cap))


GATED_FORMS = {RERANK: rerank, GATED: veto_and_gated_adds,
               GATED_BODY: functools.partial(veto_and_gated_adds, body_linked=True)}


def choose_gated(design: Design, look: pd.DataFrame, rows: np.ndarray, dimension: str) -> dict[str, float]:
    """Return, per gated form, the C whose leave-one-batch-out inside the look units `rows` gives the form's best
    pooled F1 (every unit of an article is scored, so the forms see whole articles)."""
    gold, inner = look[dimension].to_numpy(dtype=float), look.iloc[rows]
    best = {}
    for c in C_GRID:
        out_of_fold = out_of_fold_scores(design, rows, gold, with_rules=True, c=c)
        for name, form in GATED_FORMS.items():
            score = _f1(gold[rows], form(inner, dimension, out_of_fold))
            if name not in best or score > best[name][0] + 1e-12:
                best[name] = (score, c)
    return {name: c for name, (_, c) in best.items()}


def gated_predictions(design: Design, look: pd.DataFrame, rows: np.ndarray, units: pd.DataFrame, matrix,
                      dimension: str) -> tuple[dict[str, np.ndarray], dict[str, float]]:
    """Return each gated form's codes on `units` (feature rows `matrix`), trained on the look units `rows`, and the
    C chosen inside them."""
    chosen = choose_gated(design, look, rows, dimension)
    gold, fitted = look[dimension].to_numpy(dtype=float), {}
    predicted = {}
    for name, form in GATED_FORMS.items():
        c = chosen[name]
        fitted.setdefault(c, fit(design, rows, gold, with_rules=True, c=c))
        predicted[name] = form(units, dimension, scores_of(fitted[c], matrix))
    return predicted, chosen


def gated_comparison(units: pd.DataFrame) -> None:
    """Print the twelfth session's run: the rules (A) and the gated forms (F, G, G′), leave-one-batch-out over the
    look set and trained on the whole look set."""
    look = units[units.set == "look"].copy()
    look["batch"] = look.doc_id.map(batch_of)
    design, positions = Design(look), np.arange(len(look))
    predicted = {d: {"A rules": look[f"rule_{d}"].astype(bool)} | {name: pd.Series(False, index=look.index)
                                                                    for name in GATED_FORMS} for d in DIMENSIONS}
    settings = []
    for batch in BATCHES:
        held, started = design.batches == batch, time.perf_counter()
        for dimension in DIMENSIONS:
            codes, chosen = gated_predictions(design, look, positions[~held], look[held], design.matrix[held],
                                              dimension)
            for name in GATED_FORMS:
                predicted[dimension][name].loc[held] = codes[name]
            settings.append({"batch": batch, "dimension": dimension, **{f"{n}: C": c for n, c in chosen.items()}})
        logger.info("%s held out: %.0f s", batch, time.perf_counter() - started)
    groups = {batch: look.index[look.batch == batch] for batch in BATCHES}
    groups |= {POOLED: look.index, RECENT_GROUP: look.index[look.batch.isin(RECENT)]}
    print("### Leave-one-batch-out over the look set: rules and the gated forms\n")
    print(table(look, predicted, groups))
    print_wins(look, predicted, [index for batch, index in groups.items() if batch in BATCHES], GATED_FORMS,
               unit="batches")
    print("\nC chosen inside the training batches:\n\n" + pd.DataFrame(settings).to_string(index=False) + "\n")
    others = units[units.set != "look"]
    final = {}
    for dimension in DIMENSIONS:
        codes, chosen = gated_predictions(design, look, positions, others, design.transform(others), dimension)
        final[dimension] = {"A rules": others[f"rule_{dimension}"].astype(bool)}
        final[dimension] |= {name: pd.Series(codes[name], index=others.index) for name in GATED_FORMS}
        print(f"{dimension}, trained on the whole look set: C chosen {chosen}")
    print("\n### Trained on the whole look set\n")
    print(table(others, final, {name: others.index[others.set == name] for name in ("seeds", "devset", "check")}))


OUTER_FOLDS, INNER_FOLDS = 10, 5
README_BATCH = re.compile(r"^###[^\n(]*\bbatch\b[^\n(]*\((\d+)–(\d+)", re.IGNORECASE | re.MULTILINE)
GROUPED_FORMS = ("B model", "C rules+model", *GATED_FORMS, GATED_SHIFTED, GATED_MARGIN, GATED_MASKED)
# The threshold for additions that each exported form writes to the layer file.
EXPORT_FORMS = {"G": (GATED, ADD_FROM), "G_ps": (GATED_SHIFTED, ADD_FROM), "G_m": (GATED_MARGIN, ADD_FROM_MARGIN),
                "G_mp": (GATED_MASKED, ADD_FROM_MARGIN)}


def gated_form(name: str, units: pd.DataFrame, dimension: str, scores, *, training_rate) -> np.ndarray:
    """Return the codes of the gated form `name` (of GATED_FORMS, G_ps with r_train `training_rate`, G_m, or G_mp, whose
    `scores` come from the masked features)."""
    if name == GATED_SHIFTED:
        return veto_and_gated_adds(units, dimension, scores, training_rate=training_rate)
    if name in (GATED_MARGIN, GATED_MASKED):
        return veto_and_gated_adds(units, dimension, scores, add_from=ADD_FROM_MARGIN)
    return GATED_FORMS[name](units, dimension, scores)


def readme_batches(text: str) -> dict[str, tuple[int, int]]:
    """Return the batches named by a set README's `### … batch … (LO–HI …)` headings, in README order."""
    return {f"{first}–{last}": (int(first), int(last)) for first, last in README_BATCH.findall(text)}


def batches_of(doc_ids, batches: dict[str, tuple[int, int]]) -> list[str]:
    """Return the batch of each doc_id. Raises ValueError naming every doc_id in no batch or in more than one."""
    found, problems = [], []
    for doc_id in doc_ids:
        number = int(re.match(r"\d+", doc_id).group())
        holding = [batch for batch, (first, last) in batches.items() if first <= number <= last]
        found.append(holding[0] if len(holding) == 1 else None)
        if len(holding) != 1:
            problems.append(f"{doc_id}: in {len(holding)} batches")
    if problems:
        raise ValueError("; ".join(sorted(set(problems))))
    return found


def deal(batches: list[str], n_folds: int) -> dict[str, int]:
    """Return the fold of each batch: the i-th batch of `batches` (in their order) goes to fold i mod `n_folds`."""
    return {batch: index % n_folds for index, batch in enumerate(batches)}


def choose_grouped(design: Design, look: pd.DataFrame, rows: np.ndarray, folds: np.ndarray, dimension: str, *,
                   masked: Design | None = None) -> dict[str, tuple[float, float | None]]:
    """Return, per form of GROUPED_FORMS, (C, threshold) with the best pooled F1 of a cross-validation over `folds`
    (one inner fold per unit of the look units `rows`); the threshold is None for the gated forms, which have none.
    The forms of MASKED_FORMS are scored on the `masked` design, and left out without one."""
    gold, inner = look[dimension].to_numpy(dtype=float), look.iloc[rows]
    scored = ~np.isnan(gold[rows])
    inner_rates = fold_rule_rates(inner, dimension, folds)
    best = {}

    def keep(name, score, setting):
        if name not in best or score > best[name][0] + 1e-12:
            best[name] = (score, setting)

    for c in C_GRID:
        plain = out_of_fold_scores(design, rows, gold, with_rules=False, c=c, folds=folds)
        with_rules = out_of_fold_scores(design, rows, gold, with_rules=True, c=c, folds=folds)
        for name, scores in (("B model", plain), ("C rules+model", with_rules)):
            for threshold in THRESHOLDS:
                keep(name, _f1(gold[rows][scored], scores[scored] >= threshold), (c, float(threshold)))
        for name in (*GATED_FORMS, GATED_SHIFTED, GATED_MARGIN):
            codes = gated_form(name, inner, dimension, with_rules, training_rate=inner_rates)
            keep(name, _f1(gold[rows], codes), (c, None))
        if masked is not None:
            masked_scores = out_of_fold_scores(masked, rows, gold, with_rules=True, c=c, folds=folds)
            for name in sorted(MASKED_FORMS):
                codes = gated_form(name, inner, dimension, masked_scores, training_rate=inner_rates)
                keep(name, _f1(gold[rows], codes), (c, None))
    return {name: setting for name, (_, setting) in best.items()}


def grouped_predictions(design: Design, look: pd.DataFrame, rows: np.ndarray, folds: np.ndarray, units: pd.DataFrame,
                        matrix, dimension: str, *, masked: Design | None = None,
                        masked_matrix=None) -> tuple[dict[str, np.ndarray], dict[str, tuple]]:
    """Return each form's codes on `units` (feature rows `matrix`; for the forms of MASKED_FORMS, the `masked` design's
    rows `masked_matrix`), trained on the look units `rows` with the settings chosen by a cross-validation over their
    inner `folds`, and those settings."""
    chosen = choose_grouped(design, look, rows, folds, dimension, masked=masked)
    gold, fitted, predicted = look[dimension].to_numpy(dtype=float), {}, {}
    training_rate = rule_rate(look.iloc[rows], dimension)
    for name, (c, threshold) in chosen.items():
        with_rules, is_masked = name != "B model", name in MASKED_FORMS
        source, rows_of_units = (masked, masked_matrix) if is_masked else (design, matrix)
        if (is_masked, with_rules, c) not in fitted:
            fitted[is_masked, with_rules, c] = fit(source, rows, gold, with_rules=with_rules, c=c)
        scores = scores_of(fitted[is_masked, with_rules, c], rows_of_units)
        predicted[name] = (scores >= threshold if threshold is not None
                           else gated_form(name, units, dimension, scores, training_rate=training_rate))
    return predicted, chosen


def _setting(c: float, threshold: float | None) -> str:
    return f"C={c}" + ("" if threshold is None else f" t={threshold:.2f}")


def grouped_comparison(units: pd.DataFrame, *, batches: dict[str, tuple[int, int]],
                       heldout: pd.DataFrame | None = None) -> None:
    """Print the thirty-seventh session's run: the rules (A), B, C and the gated forms F, G, G′, G_ps (thirty-ninth
    session; its r_train from the training folds only), G_m (fortieth session) and G_mp (forty-first), cross-validated
    over ten outer folds of whole batches (`batches` in their order, dealt by `deal`; the settings chosen inside the
    nine training folds over five inner folds dealt the same way), then trained on the whole look set and scored on
    the seeds, the devset, the check group and `heldout` (each in aggregate only)."""
    look = units[units.set == "look"].copy()
    look["batch"] = batches_of(look.doc_id, batches)
    order = [batch for batch in batches if batch in set(look.batch)]
    outer = deal(order, OUTER_FOLDS)
    look["fold"] = look.batch.map(outer)
    design, positions = Design(look), np.arange(len(look))
    masked = Design(look, column="masked_features")
    forms = ("A rules", *GROUPED_FORMS)
    predicted = {d: {name: pd.Series(False, index=look.index) for name in forms} for d in DIMENSIONS}
    for dimension in DIMENSIONS:
        predicted[dimension]["A rules"] = look[f"rule_{dimension}"].astype(bool)
    settings = []
    for fold in range(OUTER_FOLDS):
        held, started = look.fold.to_numpy() == fold, time.perf_counter()
        inner = deal([batch for batch in order if outer[batch] != fold], INNER_FOLDS)
        inner_folds = look.batch[~held].map(inner).to_numpy()
        for dimension in DIMENSIONS:
            codes, chosen = grouped_predictions(design, look, positions[~held], inner_folds, look[held],
                                                design.matrix[held], dimension, masked=masked,
                                                masked_matrix=masked.matrix[held])
            for name in GROUPED_FORMS:
                predicted[dimension][name].loc[held] = codes[name]
            settings.append({"fold": fold, "dimension": dimension,
                             **{name: _setting(*setting) for name, setting in chosen.items()}})
        logger.info("fold %d held out: %.0f s", fold, time.perf_counter() - started)
    print(f"### Ten folds of whole batches over the look set ({len(order)} batches, {look.doc_id.nunique()} "
          "articles)\n")
    for fold in range(OUTER_FOLDS):
        print(f"- fold {fold}: " + ", ".join(batch for batch in order if outer[batch] == fold))
    print()
    groups = {f"fold {fold}": look.index[look.fold == fold] for fold in range(OUTER_FOLDS)}
    groups |= {f"pooled ({OUTER_FOLDS} folds)": look.index}
    print(table(look, predicted, groups))
    print_wins(look, predicted, [index for name, index in groups.items() if name.startswith("fold")], GROUPED_FORMS,
               unit="folds")
    print("\nSettings chosen inside the training folds:\n\n" + pd.DataFrame(settings).to_string(index=False) + "\n")
    others = units[units.set != "look"]
    if heldout is not None:
        others = pd.concat([others, heldout], ignore_index=True)
    final = {}
    whole = look.batch.map(deal(order, INNER_FOLDS)).to_numpy()
    for dimension in DIMENSIONS:
        codes, chosen = grouped_predictions(design, look, positions, whole, others, design.transform(others),
                                            dimension, masked=masked, masked_matrix=masked.transform(others))
        final[dimension] = {"A rules": others[f"rule_{dimension}"].astype(bool)}
        final[dimension] |= {name: pd.Series(codes[name], index=others.index) for name in GROUPED_FORMS}
        print(f"{dimension}, trained on the whole look set: "
              + "; ".join(f"{name} {_setting(*setting)}" for name, setting in chosen.items())
              + f"; r_train {rule_rate(look, dimension):.4f}")
    print("\n### Trained on the whole look set (each set in aggregate only)\n")
    print(table(others, final, {name: others.index[others.set == name] for name in ("seeds", "devset", "check")}))
    if heldout is not None:
        print("### Trained on the whole look set, scored on the held-out folder (aggregate only)\n")
        print(table(others, final, {"heldout": others.index[others.set == "heldout"]}))


def export_layer(units: pd.DataFrame, *, batches: dict[str, tuple[int, int]], path: Path, command: str,
                 form: str = GATED_SHIFTED) -> None:
    """Write `form` (G, G_ps, G_m or G_mp) trained on the whole look set to `path` as
    `analysis.extract.frames.layer_model` reads it: per dimension the C that `--grouped-folds` chooses for the form
    over the whole look set (its batches, in `batches` order, dealt to five folds; G_ps's r_train from the other
    folds), the intercept, the weight of each kept
    feature and r_train over the whole look set (G_mp's on the masked features); the form, whether proper nouns are
    masked in the words, the constants and the provenance (the training articles, the commit, `command`).
    Deterministic: the same units and commit give the same bytes."""
    import json
    import subprocess

    from analysis.extract.frames.layer_model import resource_digests

    look = units[units.set == "look"].copy()
    look["batch"] = batches_of(look.doc_id, batches)
    order = [batch for batch in batches if batch in set(look.batch)]
    design = Design(look, column="masked_features" if form in MASKED_FORMS else "features")
    positions = np.arange(len(look))
    folds = look.batch.map(deal(order, INNER_FOLDS)).to_numpy()
    dimensions = {}
    for dimension in DIMENSIONS:
        gold, best = look[dimension].to_numpy(dtype=float), None
        inner_rates = fold_rule_rates(look, dimension, folds)
        for c in C_GRID:
            scores = out_of_fold_scores(design, positions, gold, with_rules=True, c=c, folds=folds)
            score = _f1(gold, gated_form(form, look, dimension, scores, training_rate=inner_rates))
            if best is None or score > best[0] + 1e-12:
                best = (score, c)
        c = best[1]
        columns, model = fit(design, positions, gold, with_rules=True, c=c)
        weights = dict(sorted((str(design.names[column]), float(weight))
                              for column, weight in zip(columns, model.coef_[0])))
        dimensions[dimension] = {"C": c, "intercept": float(model.intercept_[0]), "r_train": rule_rate(look, dimension),
                                 "weights": weights}
        logger.info("%s: C=%s, %d features", dimension, c, len(weights))
    commit = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True,
                            cwd=Path(__file__).resolve().parent).stdout.strip()
    layer = {"form": form, "proper_nouns_masked": form in MASKED_FORMS,
             "constants": {"veto_below": VETO_BELOW, "add_from": dict(EXPORT_FORMS.values())[form],
                           "add_share": ADD_SHARE},
             "provenance": {"training_doc_ids": sorted(look.doc_id.unique()), "batches": order,
                            "c_grid": list(C_GRID), "min_batches": MIN_BATCHES, "inner_folds": INNER_FOLDS,
                            "commit": commit, "command": command, "resources": resource_digests()},
             "dimensions": dimensions}
    path.write_text(json.dumps(layer, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


TEXTCAT_MODELS = {"B textcat": False, "C rules+textcat": True}
TEXTCAT_THRESHOLD = 0.5


def textcat_comparison(args) -> None:
    """Print the leave-one-batch-out table and the whole-look-set scores of spaCy's bag-of-words classifier."""
    from analysis.evaluation.classifier import ClassifierSettings, classifier_scores, train_classifier
    from analysis.evaluation.crossval import gold_units
    from analysis.nlp.pipeline import load_nlp

    nlp = load_nlp()
    units = pd.concat([gold_units(evaluation, set_tables(evaluation, nlp=nlp, cache_dir=args.cache))
                       for evaluation in read_sets(args)], ignore_index=True).rename(columns={"group": "set"})
    look, others = units[units.set == "look"].copy(), units[units.set != "look"]
    look["batch"] = look.doc_id.map(batch_of)
    predicted = {d: {"A rules": look[f"rule_{d}"].astype(bool)} for d in DIMENSIONS}
    final = {d: {"A rules": others[f"rule_{d}"].astype(bool)} for d in DIMENSIONS}
    for name, with_rules in TEXTCAT_MODELS.items():
        settings = ClassifierSettings(rule_features=with_rules)
        out_of_fold = pd.concat([classifier_scores(train_classifier(look[look.batch != batch], settings=settings),
                                                   look[look.batch == batch], settings=settings) for batch in BATCHES])
        whole = classifier_scores(train_classifier(look, settings=settings), others, settings=settings)
        for dimension in DIMENSIONS:
            predicted[dimension][name] = out_of_fold.loc[look.index, dimension] >= TEXTCAT_THRESHOLD
            final[dimension][name] = whole[dimension] >= TEXTCAT_THRESHOLD
    groups = {batch: look.index[look.batch == batch] for batch in BATCHES}
    groups |= {POOLED: look.index, RECENT_GROUP: look.index[look.batch.isin(RECENT)]}
    print("### spaCy textcat, leave-one-batch-out over the look set\n")
    print(table(look, predicted, groups))
    print("### spaCy textcat trained on the whole look set\n")
    print(table(others, final, {name: others.index[others.set == name] for name in ("seeds", "devset", "check")}))


def table(units: pd.DataFrame, predicted: dict[str, dict[str, pd.Series]], groups: dict[str, pd.Index]) -> str:
    """Return a Markdown table per dimension: a row per group, P / R / F1 per coder."""
    lines = []
    for dimension in DIMENSIONS:
        header = " | ".join(f"{m} P / R / F1" for m in predicted[dimension])
        lines += [f"#### {dimension}", "", f"| group | gold + | {header} |",
                  "|---|---:|" + "---|" * len(predicted[dimension])]
        for group, index in groups.items():
            cells, positives = [], 0
            for series in predicted[dimension].values():
                p, r, f, positives = prf(units.loc[index, dimension], series.loc[index])
                cells.append(f"{p:.2f} / {r:.2f} / **{f:.3f}**")
            lines.append(f"| {group} | {positives} | " + " | ".join(cells) + " |")
        lines.append("")
    return "\n".join(lines)


def heaviest(design: Design, fitted, *, n: int = 20) -> list[str]:
    """Return the `n` heaviest features, each with its weight and the number of batches it occurs in."""
    columns, model = fitted
    order = np.argsort(-np.abs(model.coef_[0]), kind="stable")[:n]
    batches = sum(presence.astype(int) for presence in design.presence.values())
    return [f"`{design.names[columns[i]]}` {model.coef_[0][i]:+.2f} ({batches[columns[i]]})" for i in order]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--look", type=Path, required=True, help="the look set (inspectable, batches of BATCHES)")
    parser.add_argument("--look-without", type=id_ranges, default=(), metavar="RANGES",
                        help="leave these articles of --look out (numbers such as 925-930: the check group)")
    parser.add_argument("--check", type=Path, required=True, help="the check group: scored in aggregate only")
    parser.add_argument("--check-ids", type=id_ranges, default=(), metavar="RANGES",
                        help="only these articles of --check (numbers such as 925-930)")
    parser.add_argument("--devset", type=Path, default=DEVSET_DIR)
    parser.add_argument("--cache", type=Path, required=True, help="build cache folder (Docs are read from it)")
    parser.add_argument("--units", type=Path, help="read (if present) or write the units as Parquet here")
    parser.add_argument("--without-style", action="store_true", help="leave out layout and house-style features")
    parser.add_argument("--textcat", action="store_true", help="compare spaCy's bag-of-words classifier instead")
    parser.add_argument("--gated", action="store_true", help="compare the gated forms F, G and G′ (twelfth session)")
    parser.add_argument("--grouped-folds", action="store_true",
                        help="ten folds of whole batches, the batches read from --readme (thirty-seventh session)")
    parser.add_argument("--readme", type=Path, default=Path(__file__).resolve().parents[1] / "data/devown/README.md",
                        help="the README whose batch headings give the look set's batches, in order (--grouped-folds)")
    parser.add_argument("--heldout", type=Path,
                        help="with --grouped-folds, also score the models trained on the whole look set on this "
                             "folder of articles with gold, in aggregate only")
    parser.add_argument("--export", type=Path,
                        help="with --grouped-folds, write --form trained on the whole look set to this JSON file "
                             "(src/analysis/resources/framing_layer.json) instead of running the comparison")
    parser.add_argument("--form", choices=tuple(EXPORT_FORMS), default="G",
                        help="the form --export trains: G (the default), G_ps (G with rate-shifted additions), G_m "
                             "(G with additions from a score of 0.60) or G_mp (G_m with proper nouns masked in its "
                             "words)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    if args.textcat:
        textcat_comparison(args)
        return 0
    key = units_key_of(args)
    if args.units and args.units.exists():
        units = pd.read_parquet(args.units)
        if units.attrs.get("units_key") != key:
            parser.error(f"{args.units}: written with other code or sets; delete it to compute the units again")
    else:
        from analysis.nlp.pipeline import load_nlp

        nlp = load_nlp()
        units = pd.concat([load_set(evaluation, nlp=nlp, cache_dir=args.cache) for evaluation in read_sets(args)],
                          ignore_index=True)
        if args.units:
            units.attrs["units_key"] = key
            units.to_parquet(args.units)
    if args.gated:
        gated_comparison(units)
        return 0
    if args.grouped_folds:
        batches = readme_batches(args.readme.read_text(encoding="utf-8"))
        try:
            batches_of(units.doc_id[units.set == "look"].unique(), batches)
        except ValueError as error:
            parser.error(f"{args.readme}: look articles outside its batch headings: {error}")
        if args.export:
            export_layer(units, batches=batches, path=args.export, form=EXPORT_FORMS[args.form][0],
                         command=" ".join(["bench/framing_model.py", *(argv if argv is not None else sys.argv[1:])]))
            return 0
        heldout = None
        if args.heldout:
            from analysis.nlp.pipeline import load_nlp

            heldout = load_set(read_unseen_set(args.heldout, name="heldout"), nlp=load_nlp(), cache_dir=args.cache)
            if set(heldout.doc_id) & set(units.doc_id):
                parser.error(f"{args.heldout}: shares articles with the sets the models are trained or checked on")
        grouped_comparison(units, batches=batches, heldout=heldout)
        return 0
    look = units[units.set == "look"].copy()
    look["batch"] = look.doc_id.map(batch_of)
    design = Design(look, without=STYLE_PREFIXES if args.without_style else ())
    predictions = leave_one_batch_out(look, design)
    predicted = {d: {"A rules": look[f"rule_{d}"].astype(bool),
                     **{name: predictions[f"{name}:{d}"].astype(bool) for name in MODELS},
                     ADDS_ONLY: pd.Series(adds_only(look, d, predictions[f"C rules+model:{d}"]), index=look.index),
                     VETO_ONLY: look[f"rule_{d}"].astype(bool) & predictions[f"C rules+model:{d}"].astype(bool)}
                 for d in DIMENSIONS}
    groups = {batch: look.index[look.batch == batch] for batch in BATCHES}
    groups |= {POOLED: look.index, RECENT_GROUP: look.index[look.batch.isin(RECENT)]}
    print("### Leave-one-batch-out over the look set\n")
    print(table(look, predicted, groups))
    print_wins(look, predicted, [index for batch, index in groups.items() if batch in BATCHES],
               ("C rules+model", ADDS_ONLY, VETO_ONLY), unit="batches")
    settings = predictions[[c for c in predictions if c.endswith(":setting")]].groupby(look.batch).first()
    print("\nSettings chosen inside the training batches:\n\n" + settings.to_string() + "\n")

    print("### Trained on the whole look set\n")
    others = units[units.set != "look"]
    other_matrix, positions = design.transform(others), np.arange(len(look))
    final = {}
    for dimension in DIMENSIONS:
        final[dimension] = {"A rules": others[f"rule_{dimension}"].astype(bool)}
        gold = look[dimension].to_numpy(dtype=float)
        for name, with_rules in MODELS.items():
            c, threshold = choose(design, positions, gold, with_rules=with_rules)
            fitted = fit(design, positions, gold, with_rules=with_rules, c=c)
            final[dimension][name] = pd.Series(scores_of(fitted, other_matrix) >= threshold, index=others.index)
            print(f"{dimension} {name}: C={c} threshold={threshold:.2f}; 20 heaviest features "
                  "(weight, batches it occurs in):\n")
            print("  " + "; ".join(heaviest(design, fitted)) + "\n")
        final[dimension][ADDS_ONLY] = pd.Series(adds_only(others, dimension, final[dimension]["C rules+model"]),
                                                index=others.index)
        final[dimension][VETO_ONLY] = final[dimension]["A rules"] & final[dimension]["C rules+model"]
    print()
    print(table(others, final, {name: others.index[others.set == name] for name in ("seeds", "devset", "check")}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
