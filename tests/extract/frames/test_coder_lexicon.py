"""Means that cannot be paid for (`limits.capacity`, 'afford' negated) and deals that are no pressure
(`limits.leverage`), on invented sentences in several registers: an economics column, quoted speech, a blog, a
leader, an agency update."""

from __future__ import annotations

import pytest

from tests.extract.frames.conftest import last_sentence_codes

CONTEXT = "The Syrian army was falling back near Hama. "


@pytest.mark.parametrize("text, costly", [
    (CONTEXT + "Economists in Moscow warn that Russia cannot afford another decade of war in Syria.", True),
    (CONTEXT + "\u201cWe could ill afford a second front,\u201d the Russian general admitted.", True),
    (CONTEXT + "By 2023 the Kremlin could no longer afford the fuel bill for its Syrian squadron.", True),
    # affordable means, and the infinitive of a loss not to be borne, are no limit
    (CONTEXT + "Honestly, Russia can afford the Syrian campaign for years.", False),
    (CONTEXT + "Moscow cannot afford to lose Assad, the leader writer argues.", False),
])
def test_negated_afford_is_a_limit_of_capacity(nlp, text, costly):
    assert ("limits.capacity" in last_sentence_codes(nlp, text, "limits")) is costly


@pytest.mark.parametrize("text", [
    CONTEXT + "Russian officers from the reconciliation centre signed up three more villages for the government.",
    CONTEXT + "AGENCY UPDATE: a reconciliation deal brokered by Russian officers handed the town back to Damascus.",
])
def test_a_reconciliation_deal_is_no_pressure_on_assad(nlp, text):
    assert "limits.leverage" not in last_sentence_codes(nlp, text, "limits")


@pytest.mark.parametrize("text, doubted", [
    (CONTEXT + "A retired Russian diplomat doubts that Moscow would send more troops for Assad.", True),
    # a denied doubt is certainty
    (CONTEXT + "Officials in Moscow have no doubt that the Kremlin will keep backing Assad.", False),
    (CONTEXT + "\u201cWe never doubted our commitment to Damascus,\u201d the Russian envoy said.", False),
])
def test_doubt_is_a_bound_unless_denied(nlp, text, doubted):
    assert ("limits.commitment" in last_sentence_codes(nlp, text, "limits")) is doubted


@pytest.mark.parametrize("text, code", [
    # 'less' as an approximative negation (Horn 1989) of a positive attitude or of giving: a column, quoted speech,
    # a diplomatic cable, an interview answer
    (CONTEXT + "Kremlin officials are less happy with Assad's generals than they used to be.", "limits.friction"),
    (CONTEXT + "These days Moscow does far less for its Syrian client.", "limits.commitment"),
    (CONTEXT + "\u201cWe have less to give Assad than before,\u201d a Russian official admitted.", "limits.commitment"),
    (CONTEXT + "GUEST: Russian diplomats are less sure that Assad can hold the north.", "limits.commitment"),
])
def test_less_of_a_positive_attitude_or_of_giving_is_a_limit(nlp, text, code):
    assert code in last_sentence_codes(nlp, text, "limits")


@pytest.mark.xfail(strict=True, reason="a Matcher pattern cannot look behind 'less', so the litotes 'no less happy' "
                                       "(not less) is read as friction")
def test_no_less_is_no_limit(nlp):
    text = CONTEXT + "The Kremlin is no less happy with Assad than it was in 2015."
    assert "limits.friction" not in last_sentence_codes(nlp, text, "limits")
