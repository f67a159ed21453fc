"""A support noun in apposition to another actor describes that actor (`analysis.extract.frames.apposition`), on
invented sentences in several registers."""

from __future__ import annotations

import pytest

from tests.extract.frames.conftest import last_sentence_codes

CONTEXT = "The Syrian army was falling back near Hama. "


@pytest.mark.parametrize("text", [
    # a wire story, a newsletter, a lecture handout
    CONTEXT + "Moscow signed the deal with Turkey, the opposition's chief sponsor, on Friday.",
    CONTEXT + "Russian diplomats flew to Ankara, the insurgents' banker and backer, on Monday.",
    CONTEXT + "Students should compare Russia with Iran, Assad's other patron, in their essays.",
])
def test_a_support_noun_describing_another_actor_is_no_support(nlp, text):
    assert "support.backing" not in last_sentence_codes(nlp, text, "support")


@pytest.mark.parametrize("text", [
    # the appositive describes Russia: its support stands
    CONTEXT + "Moscow, Assad's main backer, sent more jets to Latakia.",
    CONTEXT + "The talks were chaired by Russia, the government's chief sponsor at the UN.",
])
def test_a_support_noun_describing_russia_is_support(nlp, text):
    assert "support.backing" in last_sentence_codes(nlp, text, "support")


@pytest.mark.parametrize("text, supported", [
    # a wire story and a blog post: the relative clause is about another actor
    (CONTEXT + "The Kremlin hosted Turkey, the country that guarantees the rebel enclave.", False),
    (CONTEXT + "Russian envoys met officials from Ankara, which shields the rebel enclave.", False),
    # a lecture handout: the relative clause names Russia, or Russia acts in the main clause
    (CONTEXT + "The rebels, whom Russian jets bombed for weeks, withdrew from the town.", True),
    (CONTEXT + "Russian jets struck the town, which the rebels had held since May.", True),
])
def test_an_act_in_a_relative_clause_about_another_actor_is_no_support(nlp, text, supported):
    assert bool(last_sentence_codes(nlp, text, "support")) is supported
