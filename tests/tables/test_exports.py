"""The coding sheet's CSV: RFC 4180 quoting, formula escaping, and its rows taken from Arrow sentences."""

from __future__ import annotations

import io

import pytest

from analysis.nlp.sentences import Sentence
from analysis.tables.build import CODING_SHEET_COLUMNS, coding_sheet_rows
from analysis.tables.exports import write_spreadsheet_rows
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


@pytest.mark.parametrize("rows", [
    [("a", 1, "=x"), ("b", None, "y"), ("-c", 3, "@z")],  # rows of one length: escaped column by column
    [("a", 1, "=x"), ("b",), ("-c", 3, "@z", "+w")],  # of several lengths: row by row
    [(), ("=x",), ()],
    [(), ()],
    [],
])
def test_every_row_is_written_with_each_formula_escaped(rows):
    handle = io.StringIO(newline="")
    write_spreadsheet_rows(iter(rows), handle)
    expected = io.StringIO(newline="")
    for row in rows:
        expected.write(",".join("" if value is None else f"'{value}" if str(value)[:1] in "=-@+" else str(value)
                                for value in row) + "\r\n")
    assert handle.getvalue() == expected.getvalue()


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
