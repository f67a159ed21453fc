"""Surrenders brokered for Assad's side (`surrender`): a verb of negotiating whose theme is the surrender of his armed
opponents is diplomatic support, not talks behind his back nor pressure on him; on invented sentences in several
registers: wire copy, a column, a glossary line, a feature."""

from __future__ import annotations

import pytest

from tests.extract.frames.conftest import last_sentence_codes

OPENING = "Loyalist divisions pressed towards the final opposition hamlets near the border. "


@pytest.mark.parametrize("text", [
    OPENING + "Two Russian majors negotiated a surrender of both besieged hamlets.",
    OPENING + "Within a month the valley had fallen, with Russian colonels negotiating the surrenders.",
    OPENING + "Moscow's envoys arranged reconciliation agreements with the rebel commanders, town by town.",
    OPENING + "Russian colonels negotiated most of those surrender deals.",
    OPENING + "Russian colonels negotiated local truces and a surrender of both hamlets.",
    OPENING + "Most hamlets surrendered under accords which Russian generals had negotiated.",
    # the opponents named by a possessive or as the subject of the verb of surrendering
    OPENING + "Two Russian majors negotiated the rebel garrison's surrender.",
    OPENING + "The rebel fighters surrendered under accords which Russian generals had negotiated.",
    # a possessive pronoun: whose surrender it is is not read from the scene's taking it up
    OPENING + "Two Russian majors negotiated their surrender.",
])
def test_a_russian_negotiating_the_opponents_surrender_is_diplomatic_support(nlp, text):
    assert "support.diplomatic" in last_sentence_codes(nlp, text, "support")


@pytest.mark.parametrize("text", [
    OPENING + "Two Russian majors negotiated a surrender of both besieged hamlets.",
    OPENING + "Moscow's envoys arranged reconciliation agreements with the rebel commanders, town by town.",
    OPENING + "Within a month the valley had fallen, with Russian colonels negotiating the surrenders.",
])
def test_a_negotiated_surrender_is_no_hedging_and_no_leverage(nlp, text):
    assert not {"limits.hedging", "limits.leverage"} & last_sentence_codes(nlp, text, "limits")


@pytest.mark.parametrize("text, code", [
    # talks on something else, with a rival of Assad's: hedging as before
    (OPENING + "Two Russian majors negotiated with Ankara over the northern frontier.", "limits.hedging"),
    (OPENING + "Moscow negotiated a ceasefire with Turkey.", "limits.hedging"),
    # the surrender of Assad's own side is no deal made for him
    (OPENING + "Two Russian majors negotiated a surrender of the regime's own garrison.", "limits.leverage"),
])
def test_talks_on_anything_but_the_opponents_surrender_keep_their_limit(nlp, text, code):
    assert code in last_sentence_codes(nlp, text, "limits")


@pytest.mark.parametrize("text", [
    OPENING + "Turkish envoys negotiated a surrender of both opposition hamlets.",  # another party's negotiating
    OPENING + "Two Russian majors negotiated a surrender of the regime's own garrison.",
    OPENING + "Two Russian majors negotiated with Ankara over the northern frontier.",
])
def test_no_brokered_surrender_without_a_russian_negotiating_the_opponents_surrender(nlp, text):
    assert "support.diplomatic" not in last_sentence_codes(nlp, text, "support")


@pytest.mark.xfail(strict=True, reason="a surrender said by a phrasal verb ('gave in', 'laid down their arms') is not "
                                       "read as one: only 'surrender' and 'capitulate' are verbs of surrender")
def test_an_agreement_under_which_a_phrasal_verb_of_yielding_holds_is_one_of_surrender(nlp):
    text = OPENING + "The hamlets gave in under accords which Russian generals had negotiated."
    assert "support.diplomatic" in last_sentence_codes(nlp, text, "support")


@pytest.mark.parametrize("text", [
    OPENING + "Two Russian majors negotiated the regime garrison's surrender.",
    OPENING + "The regime's garrison surrendered under accords which Russian generals had negotiated.",
])
def test_the_surrender_of_assads_own_side_named_otherwise_is_no_deal_made_for_him(nlp, text):
    assert "support.diplomatic" not in last_sentence_codes(nlp, text, "support")


def test_a_limit_in_a_relative_clause_on_the_surrender_keeps_its_code(nlp):
    """The negotiating itself still drops no limit it did not carry: the relative clause states its own."""
    text = OPENING + "Two Russian colonels negotiated a surrender of the last fighters, which Moscow forced Assad to accept."
    assert "limits.leverage" in last_sentence_codes(nlp, text, "limits")


def test_an_opposition_group_named_with_syrian_in_its_name_surrendering_is_a_deal_for_assad(nlp):
    text = OPENING + "Two Russian majors negotiated the Free Syrian Brigade's surrender."
    assert "support.diplomatic" in last_sentence_codes(nlp, text, "support")
