"""Helpers for the quotation tests: the quotes of an invented text, analysed as the build does."""

from __future__ import annotations

import pytest

from analysis.tables.build import analyse_text


@pytest.fixture(scope="session")
def quotes_of(nlp):
    """Return a function giving the marked and reported quotes of a text, keyed by their words."""

    def quotes(text: str) -> dict:
        table = analyse_text(text, nlp=nlp)["quotations"].astype(object)
        return {row.text: row for row in table.where(table.notna(), None).itertuples()}

    return quotes
