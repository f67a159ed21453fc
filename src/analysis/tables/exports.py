"""CSV files written for people to open in a spreadsheet, made safe against formula injection."""

from __future__ import annotations

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
    is escaped. The text is what `csv.writer` (its default dialect, `CSV_LINE_END`) writes, made by column with
    string methods and written at once: the csv module tests every character of a cell against its line end."""
    lines = [_line([escape_cell(name) for name in header])] if header else []
    rows = list(rows)
    if len(set(map(len, rows))) == 1 and len(rows[0]) > 1:
        lines.extend(map(",".join, zip(*map(_cells, zip(*rows)))))
    else:
        lines.extend(_line([escape_cell(value) for value in row]) for row in rows)
    if lines:
        lines.append("")
        handle.write(CSV_LINE_END.join(lines))


def _text(value) -> str:
    """Return `value` as `csv.writer` writes it, before quoting: text as it is, None empty, any other value by
    `str`."""
    if isinstance(value, str):
        return value
    return "" if value is None else str(value)


def _quoted(text: str) -> str:
    """Return `text` as a CSV cell: quoted, its quotes doubled, where it holds a comma, a quote or a line end."""
    if "," in text or '"' in text or "\n" in text or "\r" in text:
        return '"' + text.replace('"', '""') + '"'
    return text


def _line(row: Sequence) -> str:
    """Return one row as a CSV line without its end; a row of one empty cell is written '""', as `csv.writer`
    writes it, so that it is not read as a blank line."""
    line = ",".join([_quoted(_text(value)) for value in row])
    return '""' if not line and len(row) == 1 else line


def _cells(column: Sequence) -> list[str]:
    """Return one column's CSV cells, each as `_line` writes it: every text cell escaped where one begins like a
    formula (`escape_cell`), whole numbers by `str`, and a column none of whose cells needs quotes kept as it is."""
    if any(map(_starts_like_a_formula, filter(_is_text, column))):
        column = [escape_cell(value) for value in column]
    if all(map(_is_text, column)):
        texts = column
    elif all(type(value) is int for value in column):
        return list(map(str, column))
    else:
        texts = list(map(_text, column))
    joined = "".join(texts)
    if "," in joined or '"' in joined or "\n" in joined or "\r" in joined:
        return list(map(_quoted, texts))
    return list(texts)
