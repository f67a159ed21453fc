"""The headline measures of an evaluation set, and the plain baselines they must beat.

Each measure returns a `Measure`: a value and the number of gold units it rests on.
- section accuracy: gold blocks whose predicted section is one the reader accepts;
  baseline: every block is `body`;
- quotation F1: quotes in marks (direct, partial, scare, title), a prediction matching the
  gold quote that opens at the same word; speaker and kind accuracy over the matched quotes;
- support F1 and limits F1: sentences coded by the framing coder against the reader's codes;
  baseline: a plain keyword list (`KEYWORD_BASELINE`).
"""

from __future__ import annotations

import re
from typing import NamedTuple

import pandas as pd

from analysis.corpus.sections import ANALYSED_SECTIONS
from analysis.evaluation.scores import MARKED_KINDS, coder_labels, same_speaker
from analysis.evaluation.sets import NO_SPEAKER, UNKNOWN, EvaluationSet

BASELINE_SECTION = "body"
# A keyword list as a newcomer would write it: the baseline the coder has to beat.
KEYWORD_BASELINE = {
    "support": r"\b(?:support\w*|back(?:s|ed|ing)?|all(?:y|ies|ied)|protect\w*|veto\w*|defend\w*|aid|arms|shield\w*)\b",
    "limits": r"\b(?:limit\w*|cost\w*|refus\w*|reluctan\w*|abandon\w*|withdr[ae]w\w*|condition\w*|pressure\w*|"
              r"no longer|unwilling)\b",
}
MARK_SLACK = 2
PARAGRAPH_OPENING = " \t\"'“‘«„"


class Measure(NamedTuple):
    """A score and the number of gold units behind it (NaN when there are none)."""

    value: float
    n: int


def f1_from_counts(matched: int, n_predicted: int, n_gold: int) -> float:
    """Return F1 as 2·matched / (predicted + gold): 0 when nothing is predicted, NaN when there is nothing at all."""
    return 2 * matched / (n_predicted + n_gold) if n_predicted + n_gold else float("nan")


def _block_at(blocks: pd.DataFrame, doc_id: str, at: int) -> pd.Series | None:
    rows = blocks[(blocks.doc_id == doc_id) & (blocks.start <= at) & (at < blocks.end)]
    return rows.iloc[0] if len(rows) else None


def section_accuracy(evaluation: EvaluationSet, blocks: pd.DataFrame, *, baseline: bool = False) -> Measure:
    """Return the share of gold blocks whose section (or `body`, for the baseline) the gold accepts."""
    hits = 0
    for row in evaluation.sections.itertuples():
        block = _block_at(blocks, row.doc_id, row.offset)
        predicted = BASELINE_SECTION if baseline else (block.section if block is not None else None)
        hits += predicted in row.sections
    n = len(evaluation.sections)
    return Measure(hits / n if n else float("nan"), n)


def _marked_quotes(evaluation: EvaluationSet, quotations: pd.DataFrame) -> pd.DataFrame:
    marked = quotations[quotations.kind.isin(MARKED_KINDS)]
    if evaluation.exhaustive:
        marked = marked[marked.section.isin(ANALYSED_SECTIONS)]
    return marked.reset_index(drop=True)


def match_quotes(evaluation: EvaluationSet, quotations: pd.DataFrame) -> pd.DataFrame:
    """Return matched pairs (`pred`, `gold` row labels): each gold quote with the predicted quote
    that opens nearest its first word and spans it, one partner each.

    Gold sets differ on quotations over several paragraphs (one row for the whole, or one per
    paragraph): a predicted quote also matches a gold row that opens a later paragraph inside it.
    """
    predicted = _marked_quotes(evaluation, quotations)
    candidates = []
    for g, gold in evaluation.quotations.iterrows():
        rows = predicted[(predicted.doc_id == gold.doc_id) & (predicted.start <= gold.offset + MARK_SLACK)
                         & (gold.offset < predicted.end)]
        candidates += [(abs(int(row.start) - gold.offset), p, g) for p, row in rows.iterrows()]
    used_pred, used_gold, pairs = set(), set(), []
    for _, p, g in sorted(candidates):
        if p not in used_pred and g not in used_gold:
            used_pred.add(p)
            used_gold.add(g)
            pairs.append((p, g))
    for _, p, g in sorted(candidates):
        before = evaluation.texts[predicted.loc[p].doc_id][int(predicted.loc[p].start):evaluation.quotations.loc[g].offset]
        opens_paragraph = "\n" in before and not before.rsplit("\n", 1)[1].strip(PARAGRAPH_OPENING)
        if g not in used_gold and p in used_pred and opens_paragraph:
            used_gold.add(g)
            pairs.append((p, g))
    return pd.DataFrame(pairs, columns=["pred", "gold"])


def _names_speaker(pred: pd.Series, gold: pd.Series) -> bool:
    if gold.speaker == NO_SPEAKER:
        return pd.isna(pred.speaker)
    if gold.speaker_name is not None and not pd.isna(gold.speaker_name):
        return same_speaker(pred, gold)
    said = f"{'' if pd.isna(pred.speaker) else pred.speaker} {'' if pd.isna(pred.speaker_name) else pred.speaker_name}"
    return re.search(rf"\b{re.escape(gold.speaker.lower())}\b", said.lower()) is not None


def quotation_measures(evaluation: EvaluationSet, quotations: pd.DataFrame) -> dict[str, Measure]:
    """Return quotation F1 (n: gold quotes), and speaker and kind accuracy over the matched quotes."""
    predicted = _marked_quotes(evaluation, quotations)
    gold = evaluation.quotations
    pairs = match_quotes(evaluation, quotations)
    precision = pairs.pred.nunique() / len(predicted) if len(predicted) else float("nan")
    recall = len(pairs) / len(gold) if len(gold) else float("nan")
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    if not len(predicted):
        f1 = 0.0 if len(gold) else float("nan")
    kinds = [predicted.loc[p].kind == gold.loc[g].kind for p, g in zip(pairs.pred, pairs.gold)]
    speakers = [_names_speaker(predicted.loc[p], gold.loc[g]) for p, g in zip(pairs.pred, pairs.gold)
                if gold.loc[g].speaker != UNKNOWN]
    return {
        "quotation F1": Measure(f1, len(gold)),
        "speaker accuracy": Measure(sum(speakers) / len(speakers) if speakers else float("nan"), len(speakers)),
        "kind accuracy": Measure(sum(kinds) / len(kinds) if kinds else float("nan"), len(kinds)),
    }


def framing_units(evaluation: EvaluationSet, sentences: pd.DataFrame) -> pd.DataFrame:
    """Return the coded units: doc_id, start, end, support, limits (gold; None where excluded).

    For an exhaustive gold, the units are the analysed sentences plus any sentence holding a gold
    row (a sentence the gold codes counts even where the suite labelled its block otherwise);
    a sentence's gold is 1 if any gold row in it says 1, excluded if any says `?`, else 0.
    Otherwise the units are the gold rows themselves.
    """
    if not evaluation.exhaustive:
        return evaluation.frames.rename(columns={"offset": "start"})[["doc_id", "start", "end", "support", "limits"]]
    units = []
    for sentence in sentences.itertuples():
        rows = evaluation.frames[(evaluation.frames.doc_id == sentence.doc_id) & (evaluation.frames.offset >= sentence.start)
                                 & (evaluation.frames.offset < sentence.end)]
        if sentence.section not in ANALYSED_SECTIONS and rows.empty:
            continue
        unit = {"doc_id": sentence.doc_id, "start": sentence.start, "end": sentence.end}
        for dimension in ("support", "limits"):
            values = rows[dimension].tolist()
            unit[dimension] = 1 if 1 in values else None if any(v is None or pd.isna(v) for v in values) else 0
        units.append(unit)
    return pd.DataFrame(units, columns=["doc_id", "start", "end", "support", "limits"])


def framing_measures(evaluation: EvaluationSet, sentences: pd.DataFrame, codes: pd.DataFrame, *,
                     baseline: bool = False) -> dict[str, Measure]:
    """Return support and limits F1 of the coder (or of the keyword baseline); n: gold positives."""
    units = framing_units(evaluation, sentences)
    measures = {}
    for dimension in ("support", "limits"):
        scored = units[units[dimension].notna()]
        gold = scored[dimension].astype(int)
        if baseline:
            texts = [evaluation.texts[u.doc_id][u.start:u.end] for u in scored.itertuples()]
            coder = pd.Series([int(re.search(KEYWORD_BASELINE[dimension], t, re.IGNORECASE) is not None)
                               for t in texts], index=scored.index)
        else:
            coder = coder_labels(codes, scored, dimension=dimension)
        true_positive = int(((gold == 1) & (coder == 1)).sum())
        n_gold = int(gold.sum())
        measures[f"{dimension} F1"] = Measure(f1_from_counts(true_positive, int(coder.sum()), n_gold), n_gold)
        measures[f"{dimension} recall"] = Measure(true_positive / n_gold if n_gold else float("nan"), n_gold)
    return measures
