"""A truce kept or broken rather than made, and a channel that is a broadcaster rather than a line of contact
(`senses.truce_kept_or_broken`, `senses.channel_of_no_contact`), on invented sentences, and their effect on the codes."""

from __future__ import annotations

import pytest

from analysis.extract.frames.senses import channel_of_no_contact, truce_kept_or_broken
from analysis.nlp.arrays import ParseArrays
from tests.extract.frames.conftest import last_sentence_codes


def _cue(doc, word):
    return next(doc[token.i:token.i + 1] for token in doc if token.text == word)


@pytest.mark.parametrize("text, noun, kept_or_broken", [
    # the truce as a state the parties keep or break: Compliance (object, passive subject, a breach's 'of'), its
    # lasting, ending or scope (subject)
    ("Government units have largely observed the truce since Friday.", "truce", True),
    ("The gunmen violated the ceasefire twice on Sunday.", "ceasefire", True),
    ("The truce was broken within hours.", "truce", True),
    ("Monitors logged forty violations of the ceasefire.", "ceasefire", True),
    ("The ceasefire held for a second night.", "ceasefire", True),
    ("The truce collapsed at dawn.", "truce", True),
    ("The ceasefire does not cover the desert garrisons.", "ceasefire", True),
    # near misses: the truce made, sought, announced or pressed for
    ("The two presidents agreed a ceasefire after six hours of talks.", "ceasefire", False),
    ("The envoy pressed for a truce in the south.", "truce", False),
    ("A ceasefire was announced on Thursday evening.", "ceasefire", False),
    ("The truce they brokered froze the front.", "truce", False),
    ("Russian military police will monitor the truce from four posts.", "truce", False),
])
def test_truce_kept_or_broken(nlp, text, noun, kept_or_broken):
    doc = nlp(text)
    assert truce_kept_or_broken(_cue(doc, noun), ParseArrays(doc)) is kept_or_broken


@pytest.mark.parametrize("text, noun, no_contact", [
    # a broadcaster or a feed: no partner, no word of opening or keeping, no kind of contact
    ("The presenter hosts a nightly show on a state channel.", "channel", True),
    ("The clip was shared by dozens of news channels.", "channels", True),
    ("A farmer told the channel that the bakery had closed.", "channel", True),
    ("The channel posted a photograph of the burned depot.", "channel", True),
    # near misses: a line of contact, with its partner, opened or kept, or of a kind of contact
    ("The ministry kept a channel to the rebel council.", "channel", False),
    ("Moscow kept channels open to the Gulf monarchies.", "channels", False),
    ("The two air forces use a channel between their headquarters.", "channel", False),
    ("Officials said the old channel would reopen on Monday.", "channel", False),
    ("Ankara talks to the militia through a Jordanian channel.", "channel", False),
    ("Diplomats relied on a back channel all winter.", "channel", False),
])
def test_channel_of_no_contact(nlp, text, noun, no_contact):
    doc = nlp(text)
    assert channel_of_no_contact(_cue(doc, noun), ParseArrays(doc)) is no_contact


CONTEXT = "Russian jets have flown over Idlib for Assad's army since the winter. "


@pytest.mark.parametrize("text, limited", [
    # the truce kept or broken by the fighters: no Russian leverage
    (CONTEXT + "Moscow said the militants had broken the truce.", False),
    (CONTEXT + "Moscow asked whether the ceasefire would hold.", False),
    # near miss: the truce Russia made with a rival of Assad's
    (CONTEXT + "Without consulting Damascus, Moscow settled a ceasefire with Ankara.", True),
])
def test_a_truce_kept_or_broken_is_no_leverage(nlp, text, limited):
    assert ("limits.leverage" in last_sentence_codes(nlp, text, "limits")) is limited


@pytest.mark.parametrize("text, hedging", [
    # a broadcaster: no hedging
    (CONTEXT + "A Russian colonel told a state channel that the bombing would go on.", False),
    # near miss: a line of contact kept with a rival of Assad's
    (CONTEXT + "Moscow kept a channel to the Turkish general staff open all year.", True),
])
def test_a_broadcaster_is_no_hedging(nlp, text, hedging):
    assert ("limits.hedging" in last_sentence_codes(nlp, text, "limits")) is hedging
