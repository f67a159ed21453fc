"""Views of argument markers for the notebooks: densities, evidence mix and contrast moves around the framing codes."""

from __future__ import annotations

import re

import pandas as pd

from analysis.views.framing import coded_sentences
from analysis.views.sources import by_source
from analysis.corpus.sections import ANALYSED_SECTIONS

WORD = re.compile(r"\w[\w’'-]*")
EVIDENCE = ("evidence_quotation", "evidence_number", "evidence_citation")


def words_per_source(sentences: pd.DataFrame) -> pd.Series:
    """Return the number of words in each document's headline, standfirst and body."""
    text = sentences[sentences.section.isin(ANALYSED_SECTIONS)]
    return text.groupby("doc_id").text.apply(lambda texts: sum(len(WORD.findall(t)) for t in texts))


def marker_density(markers: pd.DataFrame, sentences: pd.DataFrame, documents: pd.DataFrame, *,
                   categories: tuple[str, ...] = ("hedge", "booster")) -> pd.DataFrame:
    """Return markers per 1,000 words, per source (rows) and category (columns)."""
    counts = markers[markers.category.isin(categories)].groupby(["doc_id", "category"]).size().unstack(fill_value=0)
    counts = counts.reindex(index=documents.doc_id, columns=list(categories), fill_value=0)
    density = counts.div(words_per_source(sentences).reindex(counts.index), axis=0) * 1000
    return by_source(density, documents).round(2).rename_axis(index="source", columns="per 1,000 words")


def evidence_mix(markers: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """Return counts of each kind of evidence per source: quotations, numbers, citations."""
    counts = markers[markers.category.isin(EVIDENCE)].groupby(["doc_id", "category"]).size().unstack(fill_value=0)
    counts = counts.reindex(index=documents.doc_id, columns=list(EVIDENCE), fill_value=0)
    counts.columns = [column.removeprefix("evidence_") for column in counts.columns]
    return by_source(counts, documents).astype("int64").rename_axis(index="source", columns="evidence")


def contrast_and_framing(markers: pd.DataFrame, codes: pd.DataFrame, sentences: pd.DataFrame,
                         documents: pd.DataFrame) -> pd.DataFrame:
    """Return, per source, how contrast moves sit among the framing codes.

    Columns: sentences with a contrast marker; the share of those coding limits, against the
    share of all coded sentences coding limits; and turns — contrast sentences coding limits
    right after a sentence coding support ('Russia secured Assad's position. But …').
    """
    units = coded_sentences(codes, sentences).sort_values(["doc_id", "sent_id"])
    contrast_keys = set(map(tuple, markers[markers.category == "contrast"][["doc_id", "sent_id"]].values))
    units["contrast"] = [key in contrast_keys for key in zip(units.doc_id, units.sent_id)]
    units["after_support"] = units.groupby("doc_id").support.shift(1, fill_value=False).astype(bool)
    rows = {}
    for doc_id, group in units.groupby("doc_id"):
        with_contrast = group[group.contrast]
        rows[doc_id] = {
            "contrast_sentences": len(with_contrast),
            "limits_share_with_contrast": with_contrast.limits.mean() if len(with_contrast) else 0.0,
            "limits_share_overall": group.limits.mean(),
            "support_to_limits_turns": int((group.contrast & group.limits & group.after_support).sum()),
        }
    table = pd.DataFrame.from_dict(rows, orient="index")
    return by_source(table, documents).round(3).rename_axis(index="source")
