"""Views of argument markers and labels for the notebooks: densities, evidence mix, contrast moves, naming."""

from __future__ import annotations

import re

import pandas as pd

from analysis.overview import source_order
from analysis.framing_views import coded_sentences
from analysis.sections import ANALYSED_SECTIONS

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
    density.index = documents.set_index("doc_id").label.reindex(density.index)
    return density.reindex(source_order(documents)).round(2).rename_axis(index="source", columns="per 1,000 words")


def evidence_mix(markers: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """Return counts of each kind of evidence per source: quotations, numbers, citations."""
    counts = markers[markers.category.isin(EVIDENCE)].groupby(["doc_id", "category"]).size().unstack(fill_value=0)
    counts = counts.reindex(index=documents.doc_id, columns=list(EVIDENCE), fill_value=0)
    counts.index = documents.set_index("doc_id").label.reindex(counts.index)
    counts.columns = [column.removeprefix("evidence_") for column in counts.columns]
    return counts.reindex(source_order(documents)).astype("int64").rename_axis(index="source", columns="evidence")


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
    table.index = documents.set_index("doc_id").label.reindex(table.index)
    return table.reindex(source_order(documents)).round(3).rename_axis(index="source")


def naming_table(labels: pd.DataFrame, documents: pd.DataFrame, *, actor: str, top: int = 12) -> pd.DataFrame:
    """Return how often each source names `actor` with each head word (rows: heads, most used first)."""
    rows = labels[labels.actor == actor].join(documents.set_index("doc_id").label.rename("source"), on="doc_id")
    table = rows.pivot_table(index="head", columns="source", values="start", aggfunc="count", fill_value=0)
    table = table.reindex(columns=source_order(documents), fill_value=0)
    order = table.sum(axis=1).sort_values(ascending=False, kind="stable")
    return table.loc[order.index[:top]].astype("int64").rename_axis(index="head", columns="source")


def evaluative_share(labels: pd.DataFrame, documents: pd.DataFrame, *, actors: tuple[str, ...]) -> pd.DataFrame:
    """Return, per source (rows) and actor (columns), the share of labels that are evaluative."""
    rows = labels[labels.actor.isin(actors)]
    table = rows.groupby(["doc_id", "actor"]).evaluative.mean().unstack()
    table = table.reindex(index=documents.doc_id, columns=list(actors))
    table.index = documents.set_index("doc_id").label.reindex(table.index)
    return table.reindex(source_order(documents)).round(3).rename_axis(index="source", columns="actor")


def descriptive_labels(labels: pd.DataFrame, documents: pd.DataFrame, *, actor: str) -> pd.DataFrame:
    """Return the distinct descriptive labels of `actor` (bare names left out) with their sources and counts."""
    rows = labels[(labels.actor == actor) & (labels.label.str.lower() != labels["head"])]
    rows = rows.join(documents.set_index("doc_id").label.rename("source"), on="doc_id")
    table = rows.groupby(["source", "label", "evaluative"]).size().rename("count").reset_index()
    order = {label: i for i, label in enumerate(source_order(documents))}
    return table.sort_values(["source", "count", "label"], ascending=[True, False, True],
                             key=lambda c: c.map(order) if c.name == "source" else c).reset_index(drop=True)
