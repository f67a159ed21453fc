"""Arrow rows built from a document's records come out in key order, whether or not the records did."""

from __future__ import annotations

import pyarrow as pa
import pytest

from analysis.corpus.sections import Block
from analysis.nlp.sentences import Sentence
from analysis.tables.schemas import SCHEMAS, to_frame
from analysis.tables.stream import ARROW_SCHEMAS, documents_to_arrow, in_order, records_to_arrow, unique_rows


@pytest.mark.parametrize(("key_columns", "expected"), [
    ([[0, 1, 2], [5, 9, 20]], True),
    ([[0, 0, 1], [9, 9, 3]], True),  # ties keep their order
    ([[0, 0, 1], [9, 5, 3]], False),  # the second column decides a tie
    ([[2, 1], [0, 5]], False),
    ([[0, None], [1, 2]], False),  # a missing key is left to the sort
    ([[0, 1, 2], [5, 9, None]], False),  # in any column and row
    ([[None], ["a"]], False),  # of a single row
    ([[0, float("nan")], [1, 2]], False),  # a NaN is in order with nothing
    ([[3], ["z"]], True),  # a single row
    ([], True),  # no key column
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


def test_documents_converted_together_come_out_as_each_alone():
    harbour = [Block(1, 3, 20, 45, "The pier closed at noon.", False, "body", "position:body"),
               Block(0, 1, 0, 18, "Pier closes early", False, "headline", "title")]
    council = [Block(0, 1, 0, 14, "Council splits", False, "headline", "title")]
    documents = [(harbour, {"doc_id": "harbour"}), ([], {"doc_id": "empty"}), (council, {"doc_id": "council"})]
    tables = documents_to_arrow(documents, "blocks")
    assert [table.column("block_id").to_pylist() for table in tables] == [[0, 1], [], [0]]
    assert [table.column("doc_id").to_pylist() for table in tables] == [["harbour"] * 2, [], ["council"]]
    assert tables[0].column("text").to_pylist() == ["Pier closes early", "The pier closed at noon."]
    for table, (records, constants) in zip(tables, documents):
        assert table.equals(records_to_arrow(records, "blocks", **constants))


def test_a_list_of_values_gives_one_value_per_record_across_documents():
    sentences = [[Sentence(0, 0, "headline", 0, 9, "Pier shut", 2, False)],
                 [Sentence(0, 0, "body", 0, 12, "Ferries wait.", 3, False),
                  Sentence(1, 0, "body", 13, 30, "Crews stay aboard.", 4, False)]]
    documents = [(sentences[0], {"doc_id": "a", "voice": ["author"], "quoted_share": [0.0]}),
                 (sentences[1], {"doc_id": "b", "voice": ["author", "quoted"], "quoted_share": [0.0, 1.0]})]
    first, second = documents_to_arrow(documents, "sentences")
    assert first.column("voice").to_pylist() == ["author"]
    assert second.column("voice").to_pylist() == ["author", "quoted"]
    assert second.column("quoted_share").to_pylist() == [0.0, 1.0]


@pytest.mark.parametrize(("doc_ids", "starts", "unique"), [
    ([], [], True),
    (["a"], [4], True),
    (["a", "a", "b"], [4, 9, 4], True),  # each column repeats, no pair does
    (["b", "a", "b"], [4, 9, 4], False),  # a repeat that does not follow its twin
    (["a", "b", "a", "b"], [1, 2, 3, 2], False),
    (["a", "b", "a", "b"], [1, 2, 3, 1], True),
    (["a", "a"], [7, 7], False),
])
def test_unique_rows(doc_ids, starts, unique):
    table = pa.table({"doc_id": pa.array(doc_ids, pa.string()), "start": pa.array(starts, pa.int64()),
                      "text": pa.array(["x"] * len(doc_ids), pa.string())})
    assert unique_rows(table, ["doc_id", "start"]) is unique
    assert unique_rows(pa.concat_tables([table.slice(0, 1), table.slice(1)]), ["doc_id", "start"]) is unique


def test_unique_rows_reads_only_the_given_columns():
    table = pa.table({"doc_id": ["a", "a"], "start": [3, 3], "text": ["one", "two"]})
    assert unique_rows(table, ["doc_id", "start", "text"])
    assert not unique_rows(table, ["doc_id", "start"])


def test_there_is_an_arrow_schema_for_each_table():
    assert set(ARROW_SCHEMAS) == set(SCHEMAS)


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_each_arrow_schema_is_pandas_own_with_its_metadata_byte_for_byte(name):
    expected = pa.Schema.from_pandas(to_frame([], name), preserve_index=False)
    assert ARROW_SCHEMAS[name].equals(expected, check_metadata=True)
    assert ARROW_SCHEMAS[name].metadata == expected.metadata  # the bytes every Parquet file holds
    assert [field.nullable for field in ARROW_SCHEMAS[name]] == [field.nullable for field in expected]


def test_unique_rows_with_rows_in_order_as_the_sort_finds_them():
    """Rows running strictly up in the key's sorted-by columns are taken as unique at once; the answer is the same as
    a set of the rows' keys gives, on random tables in and out of order, with repeats, nulls and columns outside
    `ROW_ORDER` (a code beside its span, as the codes' key holds)."""
    import random

    rng = random.Random(17)
    for _ in range(600):
        n = rng.randint(0, 6)
        rows = sorted((rng.choice("ab"), rng.randint(0, 3), rng.randint(0, 3), rng.choice(["x", "y"])) for _ in range(n))
        if rng.random() < 0.3:
            rng.shuffle(rows)
        if rows and rng.random() < 0.1:
            rows[rng.randrange(n)] = (None, *rows[0][1:])
        table = pa.table({"doc_id": pa.array([row[0] for row in rows], pa.string()),
                          "start": pa.array([row[1] for row in rows], pa.int64()),
                          "end": pa.array([row[2] for row in rows], pa.int64()),
                          "code": pa.array([row[3] for row in rows], pa.string())})
        if n > 2 and rng.random() < 0.5:
            table = pa.concat_tables([table.slice(0, 2), table.slice(2)])
        for key in (["doc_id", "start", "end"], ["doc_id", "code", "start", "end"], ["code"], ["doc_id"]):
            keys = [tuple(row[table.column_names.index(name)] for name in key) for row in rows]
            assert unique_rows(table, key) is (len(set(keys)) == len(keys)), (rows, key)


def test_rows_run_strictly_up_only_where_each_comes_after_the_one_before():
    from analysis.tables.stream import _strictly_increasing

    table = pa.table({"doc_id": ["a", "a", "b", "b"], "start": [1, 2, 0, 0]})
    assert _strictly_increasing(table.slice(0, 3), ["doc_id", "start"])
    assert not _strictly_increasing(table, ["doc_id", "start"])  # the last two are equal
    assert not _strictly_increasing(table.slice(1, 2), ["start"])  # 2 then 0
    assert _strictly_increasing(table.slice(1, 2), ["doc_id", "start"])  # 'a' then 'b' decides


@pytest.mark.parametrize("missing", [False, True])
def test_documents_with_a_missing_key_or_none_come_out_as_each_alone(missing):
    """The whole table's null count decides whether each document's keys are looked through for a missing one: with
    one missing anywhere, every document is tested as `in_order` tests it, and each comes out as it does alone."""
    shuffled = [Block(1, 3, 20, 45, "The pier closed at noon.", False, "body", "position:body"),
                Block(0, 1, 0, 18, "Pier closes early", False, "headline", "title")]
    gapped = [Block(0, 1, 0, 14, "Council splits", False, "headline", "title"),
              Block(None if missing else 1, 3, 16, 30, "Votes are due.", False, "body", "position:body")]
    documents = [(shuffled, {"doc_id": "harbour"}), (gapped, {"doc_id": "council"})]
    tables = documents_to_arrow(documents, "blocks")
    assert tables[0].column("block_id").to_pylist() == [0, 1]
    assert tables[1].column("block_id").to_pylist() == [0, None if missing else 1]  # a missing key sorted last
    for table, (records, constants) in zip(tables, documents):
        assert table.equals(records_to_arrow(records, "blocks", **constants))
