"""The coding sheet's CSV: RFC 4180 quoting, formula escaping, and its rows taken from Arrow sentences."""

from __future__ import annotations

import csv
import io

import pytest

from analysis.nlp.sentences import Sentence
from analysis.tables.build import CODING_SHEET_COLUMNS, coding_sheet_rows
from analysis.tables.exports import escape_cell, write_spreadsheet_rows
from analysis.tables.stream import records_to_arrow


@pytest.mark.parametrize(("row", "line"), [
    (("velmar", 3, "body", 10, 42, "The ferry left at dawn."), "velmar,3,body,10,42,The ferry left at dawn."),
    (("velmar", 4, "body", 0, 9, "Ports, docks and quays"), 'velmar,4,body,0,9,"Ports, docks and quays"'),
    (("velmar", 5, "body", 0, 9, 'She called it "a truce".'), 'velmar,5,body,0,9,"She called it ""a truce""."'),
    (("velmar", 6, "body", 0, 9, "one line\nand another"), 'velmar,6,body,0,9,"one line\nand another"'),
    (("velmar", 7, "body", 0, 9, "=SUM(A1:A3)"), "velmar,7,body,0,9,'=SUM(A1:A3)"),
    (("velmar", 8, "body", 0, 9, "-40 degrees at the pass"), "velmar,8,body,0,9,'-40 degrees at the pass"),
    (("velmar", 9, "body", 0, 9, "@harbourmaster"), "velmar,9,body,0,9,'@harbourmaster"),
    (("velmar", 10, "body", 0, 9, None), "velmar,10,body,0,9,"),
    (("velmar", 11, "body", 0, 9, ""), "velmar,11,body,0,9,"),
])
def test_rows_are_quoted_as_rfc_4180_and_formulas_escaped(row, line):
    handle = io.StringIO(newline="")
    write_spreadsheet_rows([row], handle)
    assert handle.getvalue() == line + "\r\n"


class Text(str):
    """Text of a type of its own, as NumPy's `str_` is."""


@pytest.mark.parametrize("rows", [
    [("a", 1, "=x"), ("b", None, "y"), ("-c", 3, "@z")],  # rows of one length: escaped column by column
    [("a", 1, "=x"), ("b",), ("-c", 3, "@z", "+w")],  # of several lengths: row by row
    [(), ("=x",), ()],
    [(), ()],
    [],
    [("a", "\tindented"), ("b", "\rreturn"), ("c", "plain")],  # a tab or carriage return first
    [("a", -1, -2.5, ""), ("b", 0, True, "-")],  # negative numbers are no text; an empty cell is no formula
    [(-1, "x"), ("-1", "y")],  # a column of numbers and text: only its text is escaped
    [("a", Text("=x")), ("b", Text("y"))],  # text of a subclass of str
    [["a", "x"], ["b", "y"], ["c", "+z"]],  # lists, the only formula in the last row
    [("a", "b=c", "x-y", " =z")],  # a formula sign past the first character
])
def test_every_row_is_written_as_each_cell_escaped_alone_would_be(rows):
    handle, expected = io.StringIO(newline=""), io.StringIO(newline="")
    write_spreadsheet_rows(iter(rows), handle)
    csv.writer(expected, lineterminator="\r\n").writerows([escape_cell(value) for value in row] for row in rows)
    assert handle.getvalue() == expected.getvalue()


@pytest.mark.parametrize(("cell", "written"), [
    ("=1+1", "'=1+1"), ("+1", "'+1"), ("-1", "'-1"), ("@a", "'@a"), ("\tx", "'\tx"), ("\rx", "\"'\rx\""),
    (-1, "-1"), ("", ""), (None, ""), ("a=b", "a=b"),
])
def test_each_formula_start_is_escaped_in_a_column_of_one_length(cell, written):
    handle = io.StringIO(newline="")
    write_spreadsheet_rows([("a", cell), ("b", "plain")], handle)
    assert handle.getvalue() == f"a,{written}\r\nb,plain\r\n"


def test_the_header_is_written_first_and_escaped():
    handle = io.StringIO(newline="")
    write_spreadsheet_rows([("a", 1)], handle, header=("doc_id", "=total"))
    assert handle.getvalue() == "doc_id,'=total\r\na,1\r\n"


def test_the_sheet_holds_the_analysed_sentences_in_order_with_blank_coder_columns():
    sentences = [Sentence(0, 0, "boilerplate", 0, 8, "Sign in.", 3, False),
                 Sentence(1, 1, "headline", 10, 28, "Velmar ferry halts", 3, False),
                 Sentence(2, 2, "byline", 30, 41, "By Jane Roe", 3, False),
                 Sentence(3, 3, "body", 43, 70, "The ferry stopped running.", 5, False)]
    table = records_to_arrow(sentences, "sentences", doc_id="velmar", voice=["author"] * 4, quoted_share=[0.0] * 4)
    assert coding_sheet_rows(table) == [
        ("velmar", 1, "headline", 10, 28, "Velmar ferry halts", "", "", "", "", "", ""),
        ("velmar", 3, "body", 43, 70, "The ferry stopped running.", "", "", "", "", "", ""),
    ]
    assert CODING_SHEET_COLUMNS == ("doc_id", "sent_id", "section", "start", "end", "text", "coder", "support",
                                    "limits", "support_codes", "limits_codes", "notes")


def test_rows_are_written_as_the_csv_module_writes_them():
    """The rows' text is made by column without the csv module: every kind of cell, quote and line end, rows of one
    length and of several, of one cell and of none, against `csv.writer` on the escaped cells."""
    import random

    import numpy as np

    rng = random.Random(17)
    pieces = ["a", " ", ",", '"', "\r", "\n", "\r\n", "’", "\x00", "'", "=", "+", "-", "@", "\t", "é", "😀", "\\"]
    makers = [lambda: None, lambda: rng.randint(-5, 10 ** 12), lambda: rng.random() * 100, lambda: rng.random() < 0.5,
              lambda: np.float64(rng.random()), lambda: Text(rng.choice(pieces)),
              lambda: "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))]
    for _ in range(3_000):
        width = rng.randint(0, 4)
        kinds = [rng.choice(makers) for _ in range(width)]  # a column keeps its kind, as a table's does
        rows = [[rng.choice(makers)() if rng.random() < 0.2 else kind() for kind in kinds]
                for _ in range(rng.randint(0, 4))]
        if rows and rng.random() < 0.2:
            rows[-1] = rows[-1][:-1]  # rows of several lengths
        header = [rng.choice(pieces) for _ in range(width)] if rng.random() < 0.3 else ()
        handle, expected = io.StringIO(newline=""), io.StringIO(newline="")
        write_spreadsheet_rows(rows, handle, header=header)
        writer = csv.writer(expected, lineterminator="\r\n")
        if header:
            writer.writerow([escape_cell(name) for name in header])
        writer.writerows([escape_cell(value) for value in row] for row in rows)
        assert handle.getvalue() == expected.getvalue(), (rows, header)


@pytest.mark.parametrize(("rows", "text"), [
    ([[None]], '""\r\n'), ([[""]], '""\r\n'), ([[""], [""]], '""\r\n""\r\n'), ([[], []], "\r\n\r\n"),
    ([["", ""]], ",\r\n"), ([[1.5, 2.5]], "1.5,2.5\r\n"), ([[True, 3]], "True,3\r\n"),
])
def test_cells_the_csv_module_writes_in_its_own_way(rows, text):
    handle = io.StringIO(newline="")
    write_spreadsheet_rows(rows, handle)
    assert handle.getvalue() == text
