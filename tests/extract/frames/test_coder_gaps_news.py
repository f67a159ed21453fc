"""Known gaps of the rule coder on ordinary news and comment, found by counting dev286's errors by class; written on
invented sentences, each expected to pass once its gap is closed (strict: a fix shows up as an XPASS)."""

from __future__ import annotations

import pytest

from tests.extract.frames.conftest import last_sentence_codes

RUSSIAN_PARAGRAPH = "Moscow sent more bombers to the Syrian coast to shore up the government in Damascus. "


@pytest.mark.xfail(strict=True, reason="a cost borne by another party ('will cost the country') with Russia only "
                                       "carried from the paragraph is read as Russia's limits.capacity")
def test_a_cost_borne_by_the_country_is_no_russian_limit(nlp):
    text = RUSSIAN_PARAGRAPH + "Rebuilding the power grid will cost the country billions, a planning adviser said."
    assert not last_sentence_codes(nlp, text, "limits")


def test_the_client_told_afterwards_continues_the_limit(nlp):
    text = ("Moscow agreed the new ceasefire line with Ankara and left its Syrian client out of the talks. "
            "Damascus was told of it only afterwards.")
    assert last_sentence_codes(nlp, text, "limits")


@pytest.mark.xfail(strict=True, reason="an economic interest owned by Assad's side ('Syrian reconstruction') as the "
                                       "object of a Russian expectation is not read as Russia's economic motive")
def test_a_share_of_the_clients_rebuilding_is_an_economic_motive(nlp):
    text = RUSSIAN_PARAGRAPH + "In return, Moscow expects a share of Syrian reconstruction."
    assert "support.motive_economic" in last_sentence_codes(nlp, text, "support")
