"""Support granted, then bounded (`frames/concession.py`): a clause that 'but' sets against the support a sentence
states is a limit, on invented sentences in several registers."""

from __future__ import annotations

import pytest

from tests.extract.frames.conftest import last_sentence_codes

CONTEXT = "The Syrian army was falling back near Hama. "


@pytest.mark.parametrize("text, bounded", [
    # a wire story, an editorial, a quoted analyst, a briefing note
    (CONTEXT + "Russian bombers pounded the rebel lines for a week, but the town fell anyway.", True),
    (CONTEXT + "The Kremlin kept the regime standing, but the economy sank month by month.", True),
    (CONTEXT + "\u201cMoscow sends jets to Damascus, but there are never enough of them,\u201d the analyst said.", True),
    (CONTEXT + "Russia shielded the government at the Council, but the talks were run from Moscow.", True),
    # 'not only ... but', a second clause of support, another actor's account, no clause after 'but', no support
    (CONTEXT + "Russia not only armed the government but also flew its own jets over the front.", False),
    (CONTEXT + "The Kremlin backed the regime at the Council, but that did not stop it sending more jets.", False),
    (CONTEXT + "Moscow said it was striking the jihadists, but the rebels said the bombs fell on their towns.", False),
    (CONTEXT + "Moscow hit not the jihadists but the rebels who threatened the coast.", False),
    # another actor's view of the support, with the subject of the first clause shared by the second; the same with
    # Russia as that subject, which bounds its own support
    (CONTEXT + "Israeli officials play down the Russian radars sent to Damascus but concede the balance has shifted.",
     False),
    (CONTEXT + "Moscow kept the regime standing but never paid for its army.", True),
    (CONTEXT + "The weather turned cold, but the talks in Geneva went on.", False),
])
def test_a_clause_set_against_the_support_by_but_is_a_limit(nlp, text, bounded):
    assert ("limits.commitment" in last_sentence_codes(nlp, text, "limits")) is bounded


def test_the_cue_is_the_but_and_the_agent_the_supports(nlp):
    codes = last_sentence_codes(nlp, CONTEXT + "Russian bombers pounded the rebel lines for a week, but the town fell.")
    limit = codes[codes.dimension == "limits"].iloc[0]
    assert (limit.cue, limit.agent) == ("but", "Russian")
