"""An economic noun whose Russian agent is only the topic carried from the sentence before, and which does not act,
names a commodity or a sum, not Russia's giving it (`analysis.extract.frames.coder._commodity_named`), on invented
sentences in several registers."""

from __future__ import annotations

import pytest

from tests.extract.frames.conftest import last_sentence_codes

BEFORE = "Moscow has kept Assad in power since 2015. "


@pytest.mark.parametrize("text", [
    # a column, a court report, a footnote
    BEFORE + "Money is part of the story, too.",
    BEFORE + "The families were offered money to stay silent.",
    BEFORE + "The research was paid for with funding from a university.",
])
def test_a_commodity_noun_on_a_carried_topic_is_no_support(nlp, text):
    assert "support.economic" not in last_sentence_codes(nlp, text, "support")


@pytest.mark.parametrize("text", [
    # the noun acts, or Russia is named beside it: the noun names Russia's giving
    BEFORE + "Wheat arrived from Novorossiysk every month.",
    BEFORE + "It shipped wheat to Damascus every month.",
    BEFORE + "Its wheat fed Damascus.",
])
def test_an_acting_or_owned_commodity_noun_is_support(nlp, text):
    assert "support.economic" in last_sentence_codes(nlp, text, "support")
