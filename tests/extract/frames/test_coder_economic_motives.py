"""An economic interest (oil, a contract, reconstruction) is Russia's motive only where its own sentence names or ties
a Russian, not where the paragraph's Russian topic is only carried into it (`coder._without_carried_economic_motives`);
on invented sentences in several registers: wire copy, a business page, commentary."""

from __future__ import annotations

import pytest

from tests.extract.frames.conftest import last_sentence_codes

RUSSIAN_PARAGRAPH = "Moscow sent more bombers to the Syrian coast to shore up the government in Damascus. "
ECONOMIC = "support.motive_economic"


@pytest.mark.parametrize("text, motive", [
    # a Russian tied to the interest or named in its sentence: Russia's stake
    (RUSSIAN_PARAGRAPH + "Russian firms also hold contracts for the phosphate mines.", True),
    (RUSSIAN_PARAGRAPH + "Moscow is counting on the reconstruction contracts.", True),
    # the interest with no Russian in its sentence: the economy's or another party's
    (RUSSIAN_PARAGRAPH + "Syria now imports most of its oil by sea.", False),
    (RUSSIAN_PARAGRAPH + "Oil output in the east has fallen by half since the spring.", False),
    (RUSSIAN_PARAGRAPH + "The contracts for the new grid went to a Chinese consortium.", False),
])
def test_an_economic_motive_needs_a_russian_in_its_sentence(nlp, text, motive):
    assert (ECONOMIC in last_sentence_codes(nlp, text, "support")) is motive


@pytest.mark.parametrize("text", [
    # Iran's stake alone, with Russia only in the sentence before: no Russian motive
    RUSSIAN_PARAGRAPH + "Tehran wants the eastern oil wells for its own state companies.",
    # a sentence about another actor's economy
    RUSSIAN_PARAGRAPH + "Lebanon's banks froze the deposits of Syrian traders, and the pound fell again.",
])
def test_near_misses_code_no_russian_support(nlp, text):
    assert not last_sentence_codes(nlp, text, "support")
