"""Hand-written notebook text states no fact of the corpus: counts of sources and year ranges are computed.

Markdown cells and code (titles, labels) cannot follow the corpus, so they must not say "five
sources" or "2015–2025"; the numbers come from views (`corpus_facts`, `year_span`, `len(summary)`).
"""

from __future__ import annotations

import json
import re

import pytest

from analysis.config import PROJECT_ROOT

NOTEBOOKS = sorted((PROJECT_ROOT / "notebooks").glob("*.ipynb"))
# "two sources" is how a question compares a pair; three and up (or any digit) counts the corpus.
NUMBER = r"(\d+|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
STALE = [re.compile(rf"\b{NUMBER} (sources|articles|texts|outlets)\b", re.IGNORECASE),
         re.compile(r"\b(19|20)\d\d\s*[–-]\s*(19|20)\d\d\b")]


def stale_phrases(text: str) -> list[str]:
    """Return the corpus facts written into `text`: a count of sources or a range of years."""
    return [match.group(0) for pattern in STALE for match in pattern.finditer(text)]


def test_the_flagger_finds_typed_counts_and_ranges_and_spares_computed_ones():
    assert stale_phrases("Five sources side by side, 2015–2025") == ["Five sources", "2015–2025"]
    assert stale_phrases('f"{len(summary)} sources, {corpus.year_span(documents)}"') == []
    assert stale_phrases("the five seed articles coded by hand; find two sources that differ") == []


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda path: path.name)
def test_no_notebook_types_a_fact_of_the_corpus(notebook):
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    found = {index: stale_phrases("".join(cell["source"])) for index, cell in enumerate(cells)}
    assert not {index: phrases for index, phrases in found.items() if phrases}
