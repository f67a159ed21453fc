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


@pytest.mark.parametrize("text, bounded", [
    # 'But' or 'Yet' opening the sentence after one of Russian support, in a column, a report, a quoted officer
    (CONTEXT + "Moscow flew its bombers to the coast in May. But the Syrian generals kept asking for more.", True),
    (CONTEXT + "Russian jets struck the rebel depots all week. Yet the town was lost by Sunday.", True),
    (CONTEXT + "The Kremlin sent radars to Damascus. \u201cBut the crews answer to their own generals,\u201d a colonel "
               "said.", True),
    # near misses: the sentence before states no support, 'But for' opens a condition, or the support comes after
    (CONTEXT + "The rains came early that year. But the Syrian generals kept asking for more.", False),
    (CONTEXT + "Moscow flew its bombers to the coast. But for those bombers, the city would have fallen in a week.",
     False),
    (CONTEXT + "The rebels crossed the river. But Moscow flew its bombers to the coast within a day.", False),
])
def test_a_sentence_opening_with_but_after_support_is_a_limit(nlp, text, bounded):
    assert ("limits.commitment" in last_sentence_codes(nlp, text, "limits")) is bounded


def test_the_opening_conjunction_is_the_cue_and_the_agent_the_supports(nlp):
    codes = last_sentence_codes(nlp, CONTEXT + "Moscow flew its bombers to the coast. Yet the Syrian generals kept "
                                               "asking for more.")
    limit = codes[codes.dimension == "limits"].iloc[0]
    assert (limit.cue, limit.agent, limit.agent_link) == ("Yet", "Moscow", "context")


@pytest.mark.xfail(strict=True, reason="a 'But' sentence that adds more support to the support before it is read as "
                                       "a bound: the rule does not weigh what the 'But' sentence itself states")
def test_but_after_support_that_restates_support_is_no_limit(nlp):
    text = CONTEXT + "Moscow flew its bombers to the coast. But its bombers also flew on to the rebel towns."
    assert "limits.commitment" not in last_sentence_codes(nlp, text, "limits")
