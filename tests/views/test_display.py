"""The one table display of the notebooks: no index column, missing values as an em dash with a note."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from bs4 import BeautifulSoup

from analysis.views.display import MISSING, heading, show_table


def _cells(table) -> list[list[str]]:
    soup = BeautifulSoup(table._repr_html_(), "html.parser")
    return [[cell.get_text() for cell in row.find_all(["th", "td"])] for row in soup.find_all("tr")]


def test_a_named_index_becomes_the_first_column_and_no_index_is_shown():
    frame = pd.DataFrame({"hedge": [1.5, 2.25]}, index=pd.Index(["Vox 2017", "ECFR 2017"], name="source"))
    table = show_table(frame.rename_axis(columns="per 1,000 words"))
    assert _cells(table) == [["source", "hedge"], ["Vox 2017", "1.50"], ["ECFR 2017", "2.25"]]
    assert "<th>Vox 2017" not in table._repr_html_() and "per 1,000 words" not in table._repr_html_()
    assert repr(table).splitlines()[0].split() == ["source", "hedge"]


def test_an_unnamed_index_of_row_numbers_is_left_out():
    frame = pd.DataFrame({"quote_id": [3, 9]}, index=[7, 46])  # rows kept from a filter
    assert _cells(show_table(frame)) == [["quote_id"], ["3"], ["9"]]


def test_an_unnamed_index_of_labels_must_be_named():
    frame = pd.DataFrame({"f1": [0.9, 0.8]}, index=["marked", "indirect"])
    with pytest.raises(ValueError, match="index="):
        show_table(frame)
    assert _cells(show_table(frame, index="quotations"))[1] == ["marked", "0.9"]


@pytest.mark.parametrize("missing_value", [np.nan, pd.NA, None, "", "  "])
def test_every_kind_of_missing_value_shows_as_an_em_dash_with_its_note(missing_value):
    frame = pd.DataFrame({"speaker": pd.Series(["Putin", missing_value], dtype=object), "n": [1, 2]})
    table = show_table(frame, missing="no speaker: a scare quote")
    assert _cells(table)[2] == [MISSING, "2"]
    assert f"{MISSING} no speaker: a scare quote" in table._repr_html_()
    assert repr(table).endswith(f"{MISSING} no speaker: a scare quote")
    assert "None" not in repr(table) and "nan" not in repr(table).lower()


def test_string_and_float_columns_show_missing_values_alike_and_floats_keep_their_format():
    frame = pd.DataFrame({"share": [0.115, np.nan], "name": pd.array(["dictator", pd.NA], dtype="string"),
                          "n": pd.array([3, pd.NA], dtype="Int64")})
    assert _cells(show_table(frame))[1:] == [["0.115", "dictator", "3"], [MISSING, MISSING, MISSING]]


def test_a_table_without_missing_values_has_no_note():
    table = show_table(pd.DataFrame({"a": [1]}), missing="should not show")
    assert "should not show" not in table._repr_html_() and "should not show" not in repr(table)


def test_an_empty_table_is_a_sentence():
    table = show_table(pd.DataFrame(columns=["rs21 2015", "Vox 2017"]), empty="No quotation names it.")
    assert "<table" not in table._repr_html_() and "No quotation names it." in table._repr_html_()
    assert repr(table) == "No quotation names it."


def test_two_level_columns_keep_both_header_rows_and_no_index():
    frame = pd.concat({"Assad": pd.DataFrame({"share": [np.nan]}), "rebels": pd.DataFrame({"share": [0.25]})}, axis=1)
    frame.index = pd.Index(["Vox 2017"], name="source")
    cells = _cells(show_table(frame.rename_axis(columns=["actor", None])))
    assert cells[0] == ["source", "Assad", "rebels"] and cells[-1] == ["Vox 2017", MISSING, "0.25"]


def test_a_heading_is_markdown():
    assert heading("E-IR 2025: 38 quotations").data == "### E-IR 2025: 38 quotations"
