"""Agreement between extracted spans and a hand-made gold set: precision, recall and attribute accuracy."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from analysis.config import PROJECT_ROOT
from analysis.tables.schemas import counted_codes

GOLD_DIR = PROJECT_ROOT / "data" / "gold"
MARKED_KINDS = ("direct", "partial", "scare", "title")


def read_gold(name: Path | str) -> pd.DataFrame:
    """Return a gold file, named within `data/gold/` (`markers.csv`) or by path, empty strings as nulls."""
    gold = pd.read_csv(GOLD_DIR / name, dtype=str, keep_default_na=False)
    gold[["start", "end"]] = gold[["start", "end"]].astype("int64")
    return gold.replace({"": None})


def read_gold_quotations(path: Path | str | None = None) -> pd.DataFrame:
    """Return the gold quotations (`data/gold/quotations.csv` unless `path` is given)."""
    return read_gold(path or "quotations.csv")


def precision_recall_f1(matched: int, n_predicted: int, n_gold: int) -> dict[str, float]:
    """Return precision, recall and F1 from counts (NaN where a denominator is zero)."""
    precision = matched / n_predicted if n_predicted else float("nan")
    recall = matched / n_gold if n_gold else float("nan")
    return {"precision": precision, "recall": recall,
            "f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0}


def overlap_ratio(a_start: int, a_end: int, b_start: int, b_end: int) -> float:
    """Return the intersection over union of two character spans."""
    inter = max(0, min(a_end, b_end) - max(a_start, b_start))
    union = max(a_end, b_end) - min(a_start, b_start)
    return inter / union if union else 0.0


def match_spans(predicted: pd.DataFrame, gold: pd.DataFrame, *, min_overlap: float = 0.5) -> pd.DataFrame:
    """Return one row per matched (predicted, gold) pair: the best unused partner by overlap, within a document.

    Columns: `pred` and `gold` (row labels in the two frames) and `overlap`.
    """
    candidates = []
    for doc_id, gold_rows in gold.groupby("doc_id"):
        pred_rows = predicted[predicted.doc_id == doc_id]
        for g, g_row in gold_rows.iterrows():
            for p, p_row in pred_rows.iterrows():
                ratio = overlap_ratio(p_row.start, p_row.end, g_row.start, g_row.end)
                if ratio >= min_overlap:
                    candidates.append((ratio, p, g))
    used_pred, used_gold, pairs = set(), set(), []
    for ratio, p, g in sorted(candidates, key=lambda c: (-c[0], str(c[1]), str(c[2]))):
        if p not in used_pred and g not in used_gold:
            used_pred.add(p)
            used_gold.add(g)
            pairs.append({"pred": p, "gold": g, "overlap": ratio})
    return pd.DataFrame(pairs, columns=["pred", "gold", "overlap"])


def _normal(name) -> str:
    if name is None or (isinstance(name, float) and pd.isna(name)) or name is pd.NA:
        return ""
    name = re.sub(r"[\[\]’'s]*$", "", re.sub(r"[\[\]]", "", str(name)))
    return re.sub(r"^(the|a|an)\s+", "", name.strip().lower())


def same_speaker(pred: pd.Series, gold: pd.Series) -> bool:
    """Return True when a predicted quote names the gold speaker, as written or as resolved.

    A mention that is the gold mention cut short (at least half of it, from its start:
    'Brazil’s Ambassador' for 'Brazil’s Ambassador to the UK') counts as the same speaker.
    """
    if not _normal(gold.speaker) and not _normal(gold.speaker_name):
        return not _normal(pred.speaker)
    predicted, wanted = _normal(pred.speaker), _normal(gold.speaker)
    if predicted and (predicted == wanted or (wanted.startswith(predicted) and 2 * len(predicted) >= len(wanted))):
        return True
    return bool(_normal(gold.speaker_name)) and _normal(pred.speaker_name) == _normal(gold.speaker_name)


def quotation_scores(predicted: pd.DataFrame, gold: pd.DataFrame, *, min_overlap: float = 0.5) -> pd.DataFrame:
    """Return span precision, recall and F1, and speaker and kind accuracy over matched spans.

    Rows: `marked` (quotes in marks: direct, partial, scare, title), `indirect`, `all`.
    A predicted span matches a gold span of the same group when their overlap (IoU) is at
    least `min_overlap`; `exact` counts matches with identical offsets.
    """
    rows = {}
    groups = {"marked": MARKED_KINDS, "indirect": ("indirect",), "all": MARKED_KINDS + ("indirect",)}
    for group, kinds in groups.items():
        pred = predicted[predicted.kind.isin(kinds)].reset_index(drop=True)
        gold_part = gold[gold.kind.isin(kinds)].reset_index(drop=True)
        pairs = match_spans(pred, gold_part, min_overlap=min_overlap)
        matched = len(pairs)
        speaker_hits = sum(same_speaker(pred.loc[p], gold_part.loc[g]) for p, g in zip(pairs.pred, pairs.gold))
        kind_hits = sum(pred.loc[p].kind == gold_part.loc[g].kind for p, g in zip(pairs.pred, pairs.gold))
        rows[group] = {
            "n_gold": len(gold_part), "n_predicted": len(pred), "matched": matched,
            "exact": int((pairs.overlap == 1.0).sum()) if matched else 0,
            **precision_recall_f1(matched, len(pred), len(gold_part)),
            "speaker_accuracy": speaker_hits / matched if matched else float("nan"),
            "kind_accuracy": kind_hits / matched if matched else float("nan"),
        }
    return pd.DataFrame.from_dict(rows, orient="index").round(3)


def read_framing_validation(path: Path | str | None = None) -> pd.DataFrame:
    """Return the hand-coded validation sheet (`data/gold/framing_validation.csv`)."""
    sheet = pd.read_csv(path or GOLD_DIR / "framing_validation.csv", dtype={"doc_id": "string", "text": "string"},
                        keep_default_na=False)
    return sheet.astype({"start": "int64", "end": "int64", "support": "int64", "limits": "int64"})


def coder_labels(codes: pd.DataFrame, units: pd.DataFrame, *, dimension: str | None = None,
                 code: str | None = None) -> pd.Series:
    """Return 1 for each unit (a row with doc_id, start, end) holding a counted cue of `dimension` (or of one `code`), else 0.

    Codes the framing layer vetoed do not count.
    """
    codes = counted_codes(codes)
    hits = codes[codes.dimension == dimension] if code is None else codes[codes.code == code]
    labels = []
    for unit in units.itertuples():
        in_unit = hits[(hits.doc_id == unit.doc_id) & (hits.start >= unit.start) & (hits.start < unit.end)]
        labels.append(int(len(in_unit) > 0))
    return pd.Series(labels, index=units.index, dtype="int64")


def cohen_kappa(first: pd.Series, second: pd.Series) -> float:
    """Return Cohen's kappa between two codings of the same units."""
    first, second = pd.Series(list(first)), pd.Series(list(second))
    observed = float((first == second).mean())
    categories = sorted(set(first) | set(second))
    expected = sum(float((first == c).mean()) * float((second == c).mean()) for c in categories)
    return (observed - expected) / (1 - expected) if expected < 1 else 1.0


def krippendorff_alpha(codings: pd.DataFrame) -> float:
    """Return Krippendorff's alpha (nominal) for `codings`: one row per unit, one column per coder.

    Missing values (NaN or empty strings) are allowed; units coded by fewer than two coders are
    left out. Follows Krippendorff (2011), 'Computing Krippendorff's Alpha-Reliability'.
    """
    values = codings.replace("", pd.NA)
    coincidences: dict[tuple, float] = {}
    for _, unit in values.iterrows():
        coded = [value for value in unit if not pd.isna(value)]
        if len(coded) < 2:
            continue
        for i, a in enumerate(coded):
            for j, b in enumerate(coded):
                if i != j:
                    coincidences[(a, b)] = coincidences.get((a, b), 0.0) + 1 / (len(coded) - 1)
    if not coincidences:
        return float("nan")
    totals: dict = {}
    for (a, _), weight in coincidences.items():
        totals[a] = totals.get(a, 0.0) + weight
    n = sum(totals.values())
    observed = sum(weight for (a, b), weight in coincidences.items() if a != b)
    expected = sum(totals[a] * totals[b] for a in totals for b in totals if a != b) / (n - 1)
    return 1 - observed / expected if expected else 1.0


def framing_agreement(codes: pd.DataFrame, sheet: pd.DataFrame) -> pd.DataFrame:
    """Return agreement between the coder and a hand-coded sheet, per dimension.

    Columns: units, gold and coder positives, precision, recall, F1, Cohen's kappa and
    Krippendorff's alpha. A unit counts as coded when a cue of the dimension starts inside it.
    """
    rows = {}
    for dimension in ("support", "limits"):
        gold = sheet[dimension].astype("int64")
        coder = coder_labels(codes, sheet, dimension=dimension)
        true_positive = int(((gold == 1) & (coder == 1)).sum())
        rows[dimension] = {
            "units": len(sheet), "gold_positive": int(gold.sum()), "coder_positive": int(coder.sum()),
            **precision_recall_f1(true_positive, int(coder.sum()), int(gold.sum())),
            "cohen_kappa": cohen_kappa(gold, coder),
            "krippendorff_alpha": krippendorff_alpha(pd.DataFrame({"gold": gold, "coder": coder})),
        }
    return pd.DataFrame.from_dict(rows, orient="index").round(3)


def span_scores(predicted: pd.DataFrame, gold: pd.DataFrame, *, by: str, groups: tuple[str, ...],
                min_overlap: float = 0.5) -> pd.DataFrame:
    """Return precision, recall and F1 of predicted spans against gold spans, per value of column `by`.

    Spans match within a document and a group when they overlap by at least `min_overlap` (IoU).
    """
    rows = {}
    for group in groups:
        pred = predicted[predicted[by] == group].reset_index(drop=True)
        wanted = gold[gold[by] == group].reset_index(drop=True)
        matched = len(match_spans(pred, wanted, min_overlap=min_overlap))
        rows[group] = {"n_gold": len(wanted), "n_predicted": len(pred), "matched": matched,
                       **precision_recall_f1(matched, len(pred), len(wanted))}
    return pd.DataFrame.from_dict(rows, orient="index").round(3)
