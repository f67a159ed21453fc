"""CSV files written for people to open in a spreadsheet, made safe against formula injection."""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

import pandas as pd

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
ESCAPE_PREFIX = "'"
CSV_LINE_END = "\r\n"  # RFC 4180; it also makes the writer quote any cell holding a carriage return


def escape_cell(value):
    """Return `value` with a leading quote when it is text a spreadsheet would run as a formula (OWASP)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return ESCAPE_PREFIX + value
    return value


def write_spreadsheet_csv(frame: pd.DataFrame, path: Path | TextIO, *, header: bool = True) -> None:
    """Write `frame` to `path` (or append it to an open handle) as RFC 4180 CSV.

    Every text cell (and header) that begins like a formula is escaped.
    """
    safe = frame.rename(columns=escape_cell)
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column].dtype):
            values = safe[column]
            if not values.str.startswith(FORMULA_STARTS, na=False).any():
                continue  # nothing to escape (the common case): skip the per-cell type test
            formula = values.map(type).eq(str) & values.str.startswith(FORMULA_STARTS, na=False)
            safe[column] = values.mask(formula, ESCAPE_PREFIX + values[formula].astype(str))
    safe.to_csv(path, index=False, header=header, lineterminator=CSV_LINE_END)
