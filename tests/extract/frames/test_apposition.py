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
