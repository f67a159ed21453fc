"""CSV files written for people to open in a spreadsheet, made safe against formula injection."""

from __future__ import annotations

import csv
import operator
from typing import Iterable, Sequence, TextIO

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
ESCAPE_PREFIX = "'"
CSV_LINE_END = "\r\n"  # RFC 4180; it also makes the writer quote any cell holding a carriage return
# `escape_cell`'s two tests as functions, for filtering and mapping a column
_is_text = str.__instancecheck__
_starts_like_a_formula = operator.methodcaller("startswith", FORMULA_STARTS)


def escape_cell(value):
    """Return `value` with a leading quote when it is text a spreadsheet would run as a formula (OWASP)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return ESCAPE_PREFIX + value
    return value


def write_spreadsheet_rows(rows: Iterable[Sequence], handle: TextIO, *, header: Sequence[str] = ()) -> None:
    """Append `rows` to the open `handle` as RFC 4180 CSV, after a `header` row if one is given (None is written
    as an empty cell, as pandas writes a missing value). Every text cell (and header) that begins like a formula
    is escaped."""
    writer = csv.writer(handle, lineterminator=CSV_LINE_END)
    if header:
        writer.writerow([escape_cell(name) for name in header])
    writer.writerows(_escaped(list(rows)))


def _escaped(rows: list[Sequence]) -> Iterable[Sequence]:
    """Return `rows` with every text cell that begins like a formula escaped (see `escape_cell`): rows of one length
    column by column, a column with no such cell passed on as it is."""
    if len(set(map(len, rows))) != 1 or not rows[0]:
        return ([escape_cell(value) for value in row] for row in rows)
    columns = [[escape_cell(value) for value in column]
               if any(map(_starts_like_a_formula, filter(_is_text, column))) else column for column in zip(*rows)]
    return zip(*columns)
