"""Quote marks that enclose no letter or digit hold no words, and are no quote."""

from __future__ import annotations

import pytest

from analysis.extract.quotations import find_quote_marks
from analysis.extract.quotations.marks import _Block


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


@pytest.mark.parametrize("text, closers", [
    ("the crew’s ‘long night’ ended", [21]),  # an apostrophe before a letter closes nothing
    ("‘tides’’ rose", [5, 6]),  # each of two marks in a row, after a non-space
    ("a ’ b", []),  # after a space
    ("’ at the start", []),
    ("sailors' rest and 'calm'", [6, 22]),
    ("ends in quay’", [11]),
])
def test_closing_looking_single_marks_of_a_block(text, closers):
    # the character before each single mark, ’ or ', that a non-space precedes and no word character follows
    assert _Block(text).closers == closers


@pytest.mark.parametrize(("text", "quoted"), [
    # a markup attribute's value, in double or single marks, quotes nothing
    ('The port reopened.<ref name="port-0312" /> Trade resumed.', []),
    ("A line<span class='note'>aside</span> ends.", []),
    # a value in single marks closes no single quote opened before it
    ("We took the 'slow <span class='note' >road</span> home.", []),
    ('Mail sent as text/plain; charset="utf-8" today.', []),
    ('<ref name="a-1">the “harbour deal”</ref>', ["harbour deal"]),
    ('<a title="the mayor\'s note">x</a>', []),
    # near misses: an equals sign with a space, a sum, or a quote after a label are quotations
    ('Her verdict = "a slow retreat" and nothing more.', ["a slow retreat"]),
    ('The mayor said "no" twice.', ["no"]),
    ('x="a" is set; the clerk said "done".', ["done"]),
    ('Verdict: "a slow retreat".', ["a slow retreat"]),
])
def test_attribute_values_are_no_quotes(text, quoted):
    assert [text[quote.start:quote.end] for quote in find_quote_marks(text, [(0, len(text))])] == quoted
