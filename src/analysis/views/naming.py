"""Views of actor naming for the notebooks: what each source calls an actor, and how evaluative the naming is."""

from __future__ import annotations

import pandas as pd

from analysis.views.corpus import source_order


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
