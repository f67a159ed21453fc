"""One way to show a table in a notebook: no index column, missing values as an em dash with a note.

`show_table(frame)` returns a `Table` that JupyterLab, nbconvert and nbval render as an HTML
table (and as plain text): a named index (`source`, `head`, `measure`) becomes the first
column, an unnamed 0, 1, 2, … index is left out, and every missing value (NaN, `<NA>`, None,
an empty string) is shown as `MISSING` ("—"), with a line under the table saying what it
means. An empty table is shown as a sentence, never as pandas' "Empty DataFrame".
`heading(text)` makes a Markdown sub-heading, so that notebooks never `print()` one.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

import pandas as pd
from IPython.display import Markdown

MISSING = "—"
NO_VALUE = "no value"
NO_ROWS = "No rows."


@dataclass(frozen=True, eq=False)
class Table:
    """A table ready to show: `frame` holds only columns (no index to show), `note` is said under it."""

    frame: pd.DataFrame
    note: str = ""
    empty: str = NO_ROWS

    def _repr_html_(self) -> str:
        if self.frame.empty:
            return f"<p><i>{html.escape(self.empty)}</i></p>"
        table = self.frame.to_html(index=False, na_rep=MISSING, border=0)
        return table + (f"<p><small>{html.escape(self.note)}</small></p>" if self.note else "")

    def __repr__(self) -> str:
        if self.frame.empty:
            return self.empty
        text = self.frame.to_string(index=False, na_rep=MISSING)
        return text + (f"\n\n{self.note}" if self.note else "")


def _missing(frame: pd.DataFrame) -> pd.DataFrame:
    """Return a frame of flags: where a value is missing (NaN, NA, None, NaT, or a blank string)."""
    blank = frame.apply(lambda column: column.map(lambda value: isinstance(value, str) and not value.strip()))
    return frame.isna() | blank.astype(bool)


def _is_default_index(index: pd.Index) -> bool:
    return index.nlevels == 1 and index.name is None and pd.api.types.is_integer_dtype(index.dtype)


def show_table(frame: pd.DataFrame | pd.Series, *, missing: str = NO_VALUE, empty: str = NO_ROWS,
               index: str | None = None) -> Table:
    """Return `frame` as a `Table` to display: its index as columns (or left out), missing values as "—".

    A named index (every level named) becomes the first column(s); `index` names an unnamed
    index that carries meaning ('quotations' for rows marked/indirect/all). An unnamed index of
    integers (0, 1, 2, … or row numbers kept from a filter) is dropped. `missing` says what a
    "—" means in this table; it is shown under the table when one is there. `empty` is the
    sentence shown instead of a table with no rows.

    Raises ValueError for an unnamed index of labels when no `index` name is given, since
    dropping it would lose what the rows are.
    """
    frame = frame.to_frame() if isinstance(frame, pd.Series) else frame.copy()
    if index is not None:
        frame = frame.rename_axis(index=index)
    if _is_default_index(frame.index):
        frame = frame.reset_index(drop=True)
    elif any(name is None for name in frame.index.names):
        raise ValueError("the rows are labelled by an unnamed index: name it with index=..., so it can be shown "
                         "as a column")
    else:
        frame = frame.reset_index()
    frame.columns = frame.columns.set_names([None] * frame.columns.nlevels)
    flags = _missing(frame)
    for position, column in enumerate(frame.columns):
        column_flags = flags.iloc[:, position]
        if column_flags.any() and not pd.api.types.is_float_dtype(frame.iloc[:, position].dtype):
            # Float NaN is shown as "—" by `na_rep`, which keeps pandas' number format; others are replaced.
            frame.isetitem(position, frame.iloc[:, position].astype(object).where(~column_flags, MISSING))
    note = f"{MISSING} {missing}" if flags.to_numpy().any() else ""
    return Table(frame, note=note, empty=empty)


def heading(text: str, *, level: int = 3) -> Markdown:
    """Return a Markdown sub-heading (`### text` for level 3), to display in place of a print()ed line."""
    return Markdown(f"{'#' * level} {text}")
