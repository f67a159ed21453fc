"""The sources in every view: their labels, their order, and their colours.

A source is shown by its `label` from `sources.csv` (e.g. `Vox 2017`). Tables and figures
list sources in order of publication (then `doc_id`); each source keeps one colour in every
figure, from the colour-blind-safe Okabe–Ito palette (Okabe & Ito 2008, "Color Universal
Design"), assigned in `doc_id` order, so an article with a later `doc_id` changes no colour.
Past the eight colours, a second encoding tells sources apart: a hatch on bars and a marker
on points, changing each time the palette comes round again (`source_hatch`, `source_marker`).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

OKABE_ITO = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
SOURCE = "source"
ORDER_COLUMNS = ["published", "doc_id"]
HATCHES = ("", "//", "..", "xx", "\\\\", "++", "oo", "--", "||", "**")
MARKERS = ("o", "s", "^", "D", "v", "P", "X", "h", "<", ">")


def source_labels(documents: pd.DataFrame) -> pd.Series:
    """Return each document's label, indexed by `doc_id` and named `source`."""
    return documents.set_index("doc_id").label.rename(SOURCE)


def documents_in_order(documents: pd.DataFrame) -> pd.DataFrame:
    """Return the documents table in the order of every table and figure: by publication date, then `doc_id`."""
    return documents.sort_values(ORDER_COLUMNS)


def source_order(documents: pd.DataFrame) -> list[str]:
    """Return the source labels in order of publication (then `doc_id`), the order of every table and figure."""
    return documents_in_order(documents).label.tolist()


def with_source(frame: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """Return `frame` (which needs a `doc_id` column) with a `source` column, its document's label, last.

    Rows keep their order; the index is renumbered from 0.
    """
    return frame.merge(source_labels(documents).reset_index(), on="doc_id", how="left")


def by_source(table: pd.DataFrame, documents: pd.DataFrame, *, fill_value=np.nan) -> pd.DataFrame:
    """Return `table` (rows indexed by `doc_id`) with rows named by source label, in source order.

    A source with no row in `table` gets a row of `fill_value`.
    """
    named = table.set_axis(source_labels(documents).reindex(table.index), axis=0)
    return named.reindex(source_order(documents), fill_value=fill_value)


def most_counted(rows: pd.DataFrame, documents: pd.DataFrame, *, index: str, top: int) -> pd.DataFrame:
    """Return how many of `rows` (with a `source` column) hold each value of `index` per source: the `top` values
    most counted over all sources first (rows), the sources in source order (columns)."""
    table = rows.pivot_table(index=index, columns=SOURCE, values="start", aggfunc="count", fill_value=0)
    table = table.reindex(columns=source_order(documents), fill_value=0)
    order = table.sum(axis=1).sort_values(ascending=False, kind="stable")
    return table.loc[order.index[:top]].astype("int64").rename_axis(index=index, columns=SOURCE)


def sort_by_source(frame: pd.DataFrame, documents: pd.DataFrame, *, then: list[str],
                   ascending: list[bool]) -> pd.DataFrame:
    """Return `frame` sorted by its `source` column in source order, then by the columns `then`."""
    rank = {label: position for position, label in enumerate(source_order(documents))}
    return frame.sort_values([SOURCE, *then], ascending=[True, *ascending],
                             key=lambda column: column.map(rank) if column.name == SOURCE else column)


def source_colors(documents: pd.DataFrame) -> dict[str, str]:
    """Return a colour per source label, stable across figures (assigned in `doc_id` order)."""
    labels = documents.sort_values("doc_id").label
    return {label: OKABE_ITO[i % len(OKABE_ITO)] for i, label in enumerate(labels)}


def _round_of_palette(colors: dict[str, str]) -> dict[str, int]:
    """Return, per source of `colors` (in `doc_id` order), how many times the palette came round before it."""
    return {label: rank // len(OKABE_ITO) for rank, label in enumerate(colors)}


def source_hatch(colors: dict[str, str]) -> dict[str, str]:
    """Return a bar hatch per source of `colors`: none for the first eight, then one per round of the palette."""
    return {label: HATCHES[lap % len(HATCHES)] for label, lap in _round_of_palette(colors).items()}


def source_marker(colors: dict[str, str]) -> dict[str, str]:
    """Return a point marker per source of `colors`: a circle for the first eight, then one per round of the palette."""
    return {label: MARKERS[lap % len(MARKERS)] for label, lap in _round_of_palette(colors).items()}
