"""A citation is searched for only in a range holding '(': the same matches as the patterns' own search."""

import pytest

from analysis.extract.quotations.attribution import CITATION, CITATION_AT_END, search_citation

TEXT = "The pier (Lund 2018) is old. Ferries wait, as the harbour (Marr and Vos 2021, p. 14). Gulls wheel."


@pytest.mark.parametrize("pattern", [CITATION, CITATION_AT_END])
@pytest.mark.parametrize(("start", "end"), [(0, len(TEXT)), (0, 28), (9, 28), (10, 28), (29, 86), (29, 58),
                                            (58, 86), (59, 86), (86, len(TEXT)), (20, 20)])
def test_search_citation_finds_what_the_pattern_finds(pattern, start, end):
    found, expected = search_citation(pattern, TEXT, start, end), pattern.search(TEXT, start, end)
    assert (found and found.span()) == (expected and expected.span())


def test_a_range_with_a_citation_is_searched():
    assert search_citation(CITATION_AT_END, TEXT, 29, 86).group(2) == "2021"
    assert search_citation(CITATION, TEXT, 0, 28).group(1) == "Lund"
