"""Russian means handled by another actor (`coder._handled_by_another`): a means noun tied to Russia only on its own
phrase, as the object of a clause whose subject is another actor, is that actor's act and no support; on invented
sentences in several registers: wire copy, a ministry claim, a bulletin."""

from __future__ import annotations

import pytest

from tests.extract.frames.conftest import last_sentence_codes

CONTEXT = "The Syrian army was falling back near Hama. "


@pytest.mark.parametrize("text, supported", [
    (CONTEXT + "Ankara bought Russian air-defence missiles over NATO's objections.", False),
    (CONTEXT + "Israeli pilots used the Russian transport planes as a shield, the ministry claimed.", False),
    # Assad's side or Russia as the subject: the means still serve Assad
    (CONTEXT + "BULLETIN: The Syrian army received Russian tanks in May.", True),
    (CONTEXT + "Moscow sent Russian attack helicopters to the Syrian army.", True),
])
def test_russian_means_in_another_actors_clause_are_no_support(nlp, text, supported):
    assert ("support" in set(last_sentence_codes(nlp, text).dimension)) is supported
