"""Tables streamed to the output folder a batch at a time: one Parquet row group per batch and table.

Documents arrive in `doc_id` order and each batch is sorted by its key, so appending batches
in order gives the same tables as one sorted concatenation, without holding the corpus in
memory. The blank coding sheet is appended to in step with the sentences.
"""

from __future__ import annotations

import json
import operator
from typing import Callable, Iterable, Sequence

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from analysis.tables.exports import write_spreadsheet_rows
from analysis.tables.output import Staging
from analysis.tables.schemas import ROW_ORDER, SCHEMAS, check_tables, concat, dtypes

# Each dtype of the schemas: its Arrow type, and its `pandas_type` and `numpy_type` in pandas' metadata.
ARROW_TYPES = {"string": (pa.string(), "unicode", "string"), "int64": (pa.int64(), "int64", "int64"),
               "Int64": (pa.int64(), "int64", "Int64"), "bool": (pa.bool_(), "bool", "bool"),
               "float64": (pa.float64(), "float64", "float64")}


def arrow_schema(table: str) -> pa.Schema:
    """Return the Arrow schema of `table` as `pa.Schema.from_pandas` gives it for the table's empty DataFrame
    (`to_frame`, no index), its pandas metadata (in every Parquet file) byte for byte, without making DataFrames."""
    columns = SCHEMAS[table].columns
    described = [{"name": column.name, "field_name": column.name, "pandas_type": ARROW_TYPES[column.dtype][1],
                  "numpy_type": ARROW_TYPES[column.dtype][2], "metadata": None} for column in columns]
    metadata = {"index_columns": [], "column_indexes": [], "columns": described,
                "attributes": {}, "creator": {"library": "pyarrow", "version": pa.__version__},
                "pandas_version": pd.__version__}
    return pa.schema([pa.field(column.name, ARROW_TYPES[column.dtype][0]) for column in columns],
                     metadata={b"pandas": json.dumps(metadata).encode("utf-8")})


ARROW_SCHEMAS = {name: arrow_schema(name) for name in SCHEMAS}
ALLOWED = {name: {column.name: pa.array(column.allowed, type=ARROW_SCHEMAS[name].field(column.name).type)
                  for column in table.columns if column.allowed} for name, table in SCHEMAS.items()}
CSV_ENCODING = "utf-8"


def to_arrow(frame: pd.DataFrame, table: str) -> pa.Table:
    """Return `frame` (one document's or one batch's rows of `table`) sorted by key, as Arrow."""
    return pa.Table.from_pandas(concat([frame], table), schema=ARROW_SCHEMAS[table], preserve_index=False)


def records_to_arrow(records: Sequence[tuple], table: str, **constants: str) -> pa.Table:
    """Return `records` (NamedTuples of one document) as Arrow rows of `table`, sorted by its key.

    Keyword arguments give the columns the records lack: one value for every row (e.g. `doc_id`),
    or a list with one value per record (e.g. `voice`). The columns are built whole from the
    records, with no DataFrame in between; the sort is stable, as `concat`'s, and skipped when the records
    come in order.
    """
    return documents_to_arrow([(records, constants)], table)[0]


def documents_to_arrow(documents: Sequence[tuple[Sequence[tuple], dict]], table: str) -> list[pa.Table]:
    """Return, for each document's `(records, constants)`, what `records_to_arrow(records, table, **constants)`
    returns: slices of one Arrow table made for all of them, which costs one conversion per column, not one per
    column and document."""
    schema = ARROW_SCHEMAS[table]
    values: dict[str, list] = {name: [] for name in schema.names}
    lengths = []
    for records, constants in documents:
        fields = records[0]._fields if records else ()
        columns = list(zip(*records)) if records else []
        for name, column in values.items():
            if name in constants:
                value = constants[name]
                column.extend(value if isinstance(value, (list, tuple)) else [value] * len(records))
            elif records:
                column.extend(columns[fields.index(name)])
        lengths.append(len(records))
    whole = pa.Table.from_arrays([pa.array(values[field.name], type=field.type) for field in schema], schema=schema)
    order = [name for name in ROW_ORDER if name in schema.names]
    # with no key value missing in the whole table (Arrow counts them), no document's needs looking for
    ordered = ascending if not any(whole.column(name).null_count for name in order) else in_order
    tables, offset = [], 0
    for length in lengths:
        rows = whole.slice(offset, length)
        if not ordered([values[name][offset:offset + length] for name in order]):
            rows = rows.sort_by([(name, "ascending") for name in order])
        tables.append(rows)
        offset += length
    return tables


def in_order(key_columns: Sequence[Sequence]) -> bool:
    """Return True when the rows whose key columns are `key_columns` are already sorted by them, none missing
    (so that a stable sort would leave them as they are)."""
    return all(None not in column for column in key_columns) and ascending(key_columns)


def ascending(key_columns: Sequence[Sequence]) -> bool:
    """Return True when the rows whose key columns are `key_columns` (none missing) are already sorted by them."""
    keys = list(zip(*key_columns))
    return all(map(operator.le, keys, keys[1:]))


def from_arrow(table: pa.Table, name: str) -> pd.DataFrame:
    """Return the Arrow rows of table `name` as a DataFrame with the schema's dtypes."""
    return table.to_pandas().astype(dtypes(name))


def _passes(table: pa.Table, name: str) -> bool:
    """Return True when `table` has the schema of table `name`, allowed values only, and a key with no null or repeat."""
    key = list(SCHEMAS[name].key)
    return (table.schema.equals(ARROW_SCHEMAS[name])
            and all(pc.all(pc.is_in(table[column].drop_null(), value_set=values), min_count=0).as_py()
                    for column, values in ALLOWED[name].items())
            and not any(table[column].null_count for column in key)
            and unique_rows(table, key))


def unique_rows(table: pa.Table, columns: Sequence[str]) -> bool:
    """Return True when no two rows of `table` hold the same values in `columns` (none null): at once where the rows
    run strictly up in those of `columns` that tables are sorted by (`ROW_ORDER`; rows apart there are apart in
    `columns`), else where, sorted by `columns`, no row repeats the one before it."""
    if table.num_rows < 2:
        return True
    sorted_by = [name for name in ROW_ORDER if name in columns]
    if sorted_by and not any(table[name].null_count for name in sorted_by) and _strictly_increasing(table, sorted_by):
        return True
    ordered = table.select(columns).take(pc.sort_indices(table, sort_keys=[(name, "ascending") for name in columns]))
    repeats = None
    for name in columns:
        same = pc.equal(ordered[name].slice(1), ordered[name].slice(0, table.num_rows - 1))
        repeats = same if repeats is None else pc.and_(repeats, same)
    return not pc.any(repeats).as_py()


def _strictly_increasing(table: pa.Table, columns: Sequence[str]) -> bool:
    """Return True when each row of `table` (two or more, none null in `columns`) comes after the one before it in
    the order of `columns`, the first deciding, then the next where the first is equal, and so on."""
    later_rows, after = table.num_rows - 1, None
    for name in reversed(columns):
        earlier, later = table[name].slice(0, later_rows), table[name].slice(1)
        greater = pc.greater(later, earlier)
        after = greater if after is None else pc.or_(greater, pc.and_(pc.equal(later, earlier), after))
    return pc.all(after, min_count=0).as_py()


def check_arrow(tables: dict[str, pa.Table]) -> None:
    """Check Arrow tables as `check_tables` checks DataFrames, raising its SchemaError.

    Valid tables are checked in Arrow, without converting them; any other goes through
    `check_tables`, for its messages.
    """
    if not all(_passes(table, name) for name, table in tables.items()):
        check_tables({name: from_arrow(table, name) for name, table in tables.items()})


def to_ipc_bytes(table: pa.Table) -> bytes:
    """Return `table` as an Arrow IPC file (quick to read back: no decoding, nothing executed)."""
    sink = pa.BufferOutputStream()
    with pa.ipc.new_file(sink, table.schema) as writer:
        writer.write_table(table)
    return sink.getvalue().to_pybytes()


def from_ipc_bytes(data: bytes, name: str) -> pa.Table:
    """Return the Arrow IPC bytes of table `name` as Arrow; ValueError when they are not a table of its schema."""
    try:
        table = pa.ipc.open_file(pa.BufferReader(data)).read_all()
    except pa.ArrowException as err:
        raise ValueError(f"table {name} is not an Arrow file: {err}") from err
    if not table.schema.equals(ARROW_SCHEMAS[name]):
        raise ValueError(f"table {name} does not have its schema")
    return table


def join(parts: list[pa.Table], name: str) -> pa.Table:
    """Return the per-document Arrow tables `parts` (in doc_id order) as one table."""
    return pa.concat_tables(parts) if parts else ARROW_SCHEMAS[name].empty_table()


class TableWriter:
    """Appends batches of tables to Parquet files (and the coding sheet to its CSV) in a staging folder.

    `sheet` gives the coding sheet's rows (under the header `sheet_columns`) for a batch's Arrow sentences.
    """

    def __init__(self, staging: Staging, *, sheet_file: str, sheet_columns: Sequence[str],
                 sheet: Callable[[pa.Table], Iterable[Sequence]]):
        self.staging, self.sheet_file, self.sheet = staging, sheet_file, sheet
        self.rows = {name: 0 for name in SCHEMAS}
        self.writers: dict[str, pq.ParquetWriter] = {}
        self.last_doc_id: str | None = None
        for name, schema in ARROW_SCHEMAS.items():
            with staging.writing(f"{name}.parquet") as path:
                self.writers[name] = pq.ParquetWriter(path, schema)
        with staging.writing(sheet_file) as path:
            self.sheet_handle = path.open("w", encoding=CSV_ENCODING, newline="")
            write_spreadsheet_rows((), self.sheet_handle, header=sheet_columns)

    def write(self, batch: dict[str, pa.Table]) -> None:
        """Append one batch (Arrow tables sorted by key, documents after those already written)."""
        doc_ids = batch["documents"].column("doc_id").to_pylist()
        if doc_ids and self.last_doc_id is not None and doc_ids[0] <= self.last_doc_id:
            raise ValueError(f"batches out of doc_id order: {doc_ids[0]} after {self.last_doc_id}")
        self.last_doc_id = doc_ids[-1] if doc_ids else self.last_doc_id
        for name, table in batch.items():
            with self.staging.writing(f"{name}.parquet"):
                self.writers[name].write_table(table)
            self.rows[name] += table.num_rows
        with self.staging.writing(self.sheet_file):
            write_spreadsheet_rows(self.sheet(batch["sentences"]), self.sheet_handle)

    def close(self) -> None:
        for name, writer in self.writers.items():
            with self.staging.writing(f"{name}.parquet"):
                writer.close()
        with self.staging.writing(self.sheet_file):
            self.sheet_handle.close()
