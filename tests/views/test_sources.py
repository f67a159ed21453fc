"""Source labels, order and colours on a small hand-made documents table."""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.views import figures
from analysis.views.sources import (OKABE_ITO, by_source, documents_in_order, most_counted, sort_by_source,
                                    source_colors, source_labels, source_order, with_source)

# Listed out of order on purpose: "b" was published first, "c" and "a" on the same day.
DOCUMENTS = pd.DataFrame({"doc_id": ["c", "a", "b"], "label": ["Gamma", "Alpha", "Beta"],
                          "published": ["2020-05", "2020-05", "2019"]})


def test_labels_are_indexed_by_doc_id_and_named_source():
    labels = source_labels(DOCUMENTS)
    assert labels.to_dict() == {"c": "Gamma", "a": "Alpha", "b": "Beta"}
    assert labels.name == "source"


def test_order_is_by_publication_then_doc_id():
    assert source_order(DOCUMENTS) == ["Beta", "Alpha", "Gamma"]
    assert documents_in_order(DOCUMENTS).doc_id.tolist() == ["b", "a", "c"]


def test_with_source_adds_the_label_last_and_keeps_row_order():
    frame = pd.DataFrame({"doc_id": ["a", "c", "a"], "n": [1, 2, 3]}, index=[7, 8, 9])
    named = with_source(frame, DOCUMENTS)
    assert named.columns.tolist() == ["doc_id", "n", "source"]
    assert named.source.tolist() == ["Alpha", "Gamma", "Alpha"]
    assert named.index.tolist() == [0, 1, 2]


def test_by_source_names_rows_and_orders_them_with_gaps_filled():
    table = pd.DataFrame({"share": [0.5, 0.25]}, index=pd.Index(["c", "b"], name="doc_id"))
    named = by_source(table, DOCUMENTS)
    assert named.index.tolist() == ["Beta", "Alpha", "Gamma"]
    assert (named.loc["Beta", "share"], named.loc["Gamma", "share"]) == (0.25, 0.5)
    assert np.isnan(named.loc["Alpha", "share"])
    assert by_source(table, DOCUMENTS, fill_value=0.0).loc["Alpha", "share"] == 0.0


def test_most_counted_keeps_the_top_values_most_counted_first_with_every_source_in_order():
    rows = with_source(pd.DataFrame({"doc_id": ["a", "a", "c", "a", "c", "c", "a"],
                                     "head": ["ship", "port", "port", "port", "crew", "crew", "ship"],
                                     "start": range(7)}), DOCUMENTS)
    table = most_counted(rows, DOCUMENTS, index="head", top=2)
    # 'port' three times; 'crew' and 'ship' twice each, a tie kept in the pivot's alphabetical order
    assert table.index.tolist() == ["port", "crew"]
    assert table.columns.tolist() == ["Beta", "Alpha", "Gamma"]
    assert table.loc["port"].tolist() == [0, 2, 1]
    assert (table.index.name, table.columns.name, table.dtypes.unique().tolist()) == ("head", "source", [np.int64])


def test_sort_by_source_puts_sources_in_order_then_sorts_within():
    frame = pd.DataFrame({"source": ["Gamma", "Beta", "Gamma", "Beta"], "count": [1, 2, 5, 2], "who": ["x", "z", "y", "w"]})
    ordered = sort_by_source(frame, DOCUMENTS, then=["count", "who"], ascending=[False, True])
    assert list(zip(ordered.source, ordered.who)) == [("Beta", "w"), ("Beta", "z"), ("Gamma", "y"), ("Gamma", "x")]


def test_colours_follow_doc_id_order_whatever_the_row_order():
    assert source_colors(DOCUMENTS) == {"Alpha": OKABE_ITO[0], "Beta": OKABE_ITO[1], "Gamma": OKABE_ITO[2]}


def test_adding_a_later_source_keeps_existing_colours():
    later = pd.concat([DOCUMENTS, pd.DataFrame({"doc_id": ["d"], "label": ["Delta"], "published": ["2021"]})])
    before, after = source_colors(DOCUMENTS), source_colors(later)
    assert all(after[label] == colour for label, colour in before.items())


def test_figures_still_offers_the_colours_the_notebooks_import_from_it():
    assert figures.source_colors is source_colors
