"""Views of actor naming for the notebooks: what each source calls an actor, and how evaluative the naming is."""

from __future__ import annotations

import pandas as pd

from analysis.views.sources import by_source, sort_by_source, source_order, with_source


def naming_table(labels: pd.DataFrame, documents: pd.DataFrame, *, actor: str, top: int = 12) -> pd.DataFrame:
    """Return how often each source names `actor` with each head word (rows: heads, most used first)."""
    rows = with_source(labels[labels.actor == actor], documents)
    table = rows.pivot_table(index="head", columns="source", values="start", aggfunc="count", fill_value=0)
    table = table.reindex(columns=source_order(documents), fill_value=0)
    order = table.sum(axis=1).sort_values(ascending=False, kind="stable")
    return table.loc[order.index[:top]].astype("int64").rename_axis(index="head", columns="source")


def evaluative_share(labels: pd.DataFrame, documents: pd.DataFrame, *, actors: tuple[str, ...]) -> pd.DataFrame:
    """Return, per source (rows) and actor (columns), the share of labels that are evaluative."""
    rows = labels[labels.actor.isin(actors)]
    table = rows.groupby(["doc_id", "actor"]).evaluative.mean().unstack()
    table = table.reindex(index=documents.doc_id, columns=list(actors))
    return by_source(table, documents).round(3).rename_axis(index="source", columns="actor")


def descriptive_labels(labels: pd.DataFrame, documents: pd.DataFrame, *, actor: str) -> pd.DataFrame:
    """Return the distinct descriptive labels of `actor` (bare names left out) with their sources and counts."""
    rows = labels[(labels.actor == actor) & (labels.label.str.lower() != labels["head"])]
    rows = with_source(rows, documents)
    table = rows.groupby(["source", "label", "evaluative"]).size().rename("count").reset_index()
    return sort_by_source(table, documents, then=["count", "label"], ascending=[False, True]).reset_index(drop=True)
