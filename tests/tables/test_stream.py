"""Arrow rows built from a document's records come out in key order, whether or not the records did."""

from __future__ import annotations

import pytest

from analysis.corpus.sections import Block
from analysis.tables.stream import in_order, records_to_arrow


@pytest.mark.parametrize(("key_columns", "expected"), [
    ([[0, 1, 2], [5, 9, 20]], True),
    ([[0, 0, 1], [9, 9, 3]], True),  # ties keep their order
    ([[0, 0, 1], [9, 5, 3]], False),  # the second column decides a tie
    ([[2, 1], [0, 5]], False),
    ([[0, None], [1, 2]], False),  # a missing key is left to the sort
    ([[], []], True),
    ([["a", "b"], [1, 0]], True),
])
def test_in_order(key_columns, expected):
    assert in_order(key_columns) is expected


@pytest.mark.parametrize("order", [(0, 1, 2), (2, 0, 1), (1, 2, 0)])
def test_records_to_arrow_sorts_by_key(order):
    blocks = [Block(0, 1, 0, 12, "Velmar votes", False, "headline", "title"),
              Block(1, 3, 14, 40, "The council met on Monday.", False, "body", "position:body"),
              Block(2, 5, 42, 60, "Ostravia abstained.", False, "body", "position:body")]
    table = records_to_arrow([blocks[i] for i in order], "blocks", doc_id="velmar")
    assert table.column("block_id").to_pylist() == [0, 1, 2]
    assert table.column("text").to_pylist() == ["Velmar votes", "The council met on Monday.", "Ostravia abstained."]
    assert table.column("doc_id").to_pylist() == ["velmar"] * 3
