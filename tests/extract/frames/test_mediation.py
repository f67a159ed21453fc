"""A word of backing or alliance whose object is an agreement or the talks names a role in a peace process, not support
of Assad (`analysis.extract.frames.mediation`), on invented sentences in several registers."""

from __future__ import annotations

import pytest

from tests.extract.frames.conftest import last_sentence_codes

CONTEXT = "The Syrian army was falling back near Hama. "


@pytest.mark.parametrize("text", [
    # a wire story, an encyclopedia entry, a newsletter, a commentary, a letter
    CONTEXT + "Moscow and Tehran, as guarantors of the truce, met again in Astana on Monday.",
    CONTEXT + "Since 2017 Moscow has been a sponsor of the Astana talks.",
    CONTEXT + "The Kremlin promised to guarantee the truce around the northern towns.",
    CONTEXT + "Ankara is now Moscow's partner in the negotiations.",
    CONTEXT + "Russia backed the evacuation agreement for the besieged district.",
])
def test_backing_an_agreement_is_no_support(nlp, text):
    assert not last_sentence_codes(nlp, text, "support")


@pytest.mark.parametrize("text, code", [
    # a truce vetoed or a deal brokered for Assad's side is no role in a peace process
    (CONTEXT + "Russia vetoed a truce that would have halted the army's advance.", "support.diplomatic"),
    (CONTEXT + "Moscow brokered a deal that let the army return to the border towns.", "support.diplomatic"),
    # Assad's side named as the party beside the talks: the talks are only the setting
    (CONTEXT + "Moscow remains the regime's main ally in the Geneva process.", "support.motive_ally"),
    (CONTEXT + "Russia backed the peace process and the Syrian government.", "support.backing"),
])
def test_support_with_another_object_stands(nlp, text, code):
    assert code in last_sentence_codes(nlp, text, "support")


@pytest.mark.parametrize("text, supported", [
    # a regional portal, a wire story, a podcast turn: the guarantor states of a truce, together
    (CONTEXT + "Russian, Turkish and Iranian envoys met in the Kazakh capital. The guarantors said they would "
               "meet again in May.", False),
    (CONTEXT + "Moscow's envoy arrived late. The three guarantor countries issued no statement.", False),
    (CONTEXT + "HOST: Lavrov flew in on Monday. The guarantors – Russia, Turkey and Iran – said nothing.", False),
    # one guarantor, of Assad's side
    (CONTEXT + "For a decade Moscow was the guarantor of Assad's survival.", True),
])
def test_the_guarantors_together_are_a_role_in_the_talks(nlp, text, supported):
    assert ("support.backing" in last_sentence_codes(nlp, text, "support")) is supported


@pytest.mark.parametrize("text", [
    # a parliamentary briefing, a wire story, a community answer: the bodies and go-betweens of a peace process, and
    # the making or keeping of an agreement or such a body
    CONTEXT + "Russia backed the creation of a constitutional committee in Geneva last year.",
    CONTEXT + "Moscow supported the appointment of a former Algerian minister as the UN mediator.",
    CONTEXT + "Moscow pledged to ensure full compliance with the ceasefire in the north.",
    CONTEXT + "The Kremlin has backed the new UN envoy from the start.",
])
def test_backing_a_body_of_the_talks_is_no_support(nlp, text):
    assert "support.backing" not in last_sentence_codes(nlp, text, "support")


@pytest.mark.parametrize("text", [
    # what is made or named is Assad's side's own: support
    CONTEXT + "Russia backed the formation of a new Syrian government under Assad.",
    CONTEXT + "Russia backed the Syrian government's envoy at the talks in Geneva.",
    CONTEXT + "Moscow backed Damascus at the congress in Sochi.",
    CONTEXT + "Russia supported the creation of a Syrian air-defence network with new radars.",
    # ... or Assad's side is the agent of the event, its possessor
    CONTEXT + "Russia supported the Syrian army's implementation of the ceasefire.",
    CONTEXT + "Moscow backed Damascus's compliance with the truce in the south.",
    CONTEXT + "Russia backed Assad's appointment of a new envoy to the talks.",
])
def test_backing_assads_side_through_an_event_noun_stands(nlp, text):
    assert "support.backing" in last_sentence_codes(nlp, text, "support")
