"""Quote marks that enclose no letter or digit hold no words, and are no quote."""

from __future__ import annotations

import pytest

from analysis.extract.quotations import find_quote_marks


@pytest.mark.parametrize(("text", "quoted"), [
    ("The mayor said “no” twice.", ["no"]),
    ("A dash “—” and dots “…” are not words.", []),
    ("An underscore “_” is no word, a digit “7” is one.", ["7"]),
    ("Area in km “²” counts as a digit.", ["²"]),
    ("“ ” then “Ossia ‘votes’ today”.", ["Ossia ‘votes’ today", "votes"]),
    # quotes without words between and around quotes with words
    ("“…” “!” “ok” “?” “” “4”", ["ok", "4"]),
    ("“— “x” —” and “—”", ["— “x” —", "x"]),
    # at the very start and the very end of the text
    ("“Go” said Varn, “now”", ["Go", "now"]),
    ("“9”", ["9"]),
    # the first letter lies after a quote without words, or after a wordless quote inside
    ("“…” Brill “…”", []),
    ("“… ‘—’ Øre”", ["… ‘—’ Øre"]),
])
def test_quotes_hold_a_letter_or_digit(text, quoted):
    assert [text[quote.start:quote.end] for quote in find_quote_marks(text, [(0, len(text))])] == quoted
