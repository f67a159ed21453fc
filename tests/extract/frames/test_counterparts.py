"""Russia dealing with a rival of Assad as one of the parties (`analysis.extract.frames.counterparts`), on invented
sentences."""

from __future__ import annotations

import pytest

from analysis.corpus.sections import set_blocks
from analysis.extract.frames.agents import Scene
from analysis.extract.frames.counterparts import dealing_cues
from analysis.tables.batches import units
from tests.extract.frames.conftest import last_sentence_codes

# Russian help to Assad's side in view, so that only the parties of the last sentence decide.
HELPED = "Russian jets bombed rebel positions for the Syrian army. "


@pytest.mark.parametrize("text, hedged", [
    # Russia and a rival as coordinated parties, as modifiers of the noun, or the rival fronted before the verb
    (HELPED + "Moscow, Tehran and Ankara later reached a deal on the new line.", True),
    (HELPED + "In March a Russian–Turkish truce froze the front for a year.", True),
    (HELPED + "With the Israelis, the Kremlin struck an understanding over the south.", True),
    (HELPED + "The details were settled in a meeting between Russian generals and American officers.", True),
    (HELPED + "By spring Erdogan had made up with Putin.", True),
    (HELPED + "Moscow's phone call with Riyadh lasted an hour.", True),
    # Assad's side among the parties, the dealing done on his behalf, no Russian party, or an ally of Assad's
    (HELPED + "With Ankara, Moscow bargained on behalf of the Syrian government.", False),
    (HELPED + "Ankara and Riyadh later agreed on a new line.", False),
    (HELPED + "In March a Turkish–Qatari truce froze the front for a year.", False),
    (HELPED + "Moscow and Tehran later agreed on a new line.", False),
    # 'make' without its 'up' is no reconciling
    (HELPED + "By spring Erdogan had made money with Putin's help.", False),
])
def test_dealing_with_a_rival_is_hedging(nlp, text, hedged):
    assert ("limits.hedging" in last_sentence_codes(nlp, text, "limits")) is hedged


def _scene(nlp, text):
    doc = nlp(text)
    set_blocks(doc)
    sentences, entities = units(doc)
    return Scene(doc, sentences, entities), doc


@pytest.mark.parametrize("text, cue", [
    ("Moscow and Ankara signed the memorandum.", "memorandum"),
    ("Joint Russian–Turkish patrols began on the highway.", "patrols"),
    ("The Russian envoy met the Israeli prime minister in Moscow.", "met"),
])
def test_dealing_cue_is_the_word_of_dealing(nlp, text, cue):
    scene, doc = _scene(nlp, text)
    assert [span.text for span in dealing_cues(doc[:], scene)] == [cue]


@pytest.mark.parametrize("text", [
    "Moscow and Tehran signed the memorandum.",
    # Assad's side among the parties: the first conjunct is his, though its phrase holds the other two
    "Damascus, Moscow and Ankara later reached an understanding.",
    "The Russian envoy met the Syrian president in Moscow.",
    "Turkish and Israeli patrols began on the highway.",
    # a verb's object or a 'to' phrase that is no rival itself, only modified by one: a condemnation, a concession
    "The Kremlin called the Israeli raids a reckless provocation.",
    "In the end Moscow met the Turkish conditions in full.",
    "The Kremlin quietly agreed to Ankara's terms.",
])
def test_no_dealing_cue_without_a_rival_and_a_russian(nlp, text):
    scene, doc = _scene(nlp, text)
    assert list(dealing_cues(doc[:], scene)) == []


@pytest.mark.parametrize("text, hedged", [
    # the codebook's token pattern (a word of dealing, then a rival's word within a few words): a rival as the party,
    # or a person of a rival's office as the object of meeting
    (HELPED + "Later that week Moscow agreed with Ankara on a new line.", True),
    (HELPED + "Later that week the Russian envoy met the Turkish president in Sochi.", True),
    (HELPED + "Later that week the Kremlin opened talks with Israeli officials.", True),
    # a person or a body acting for a rival, as the object of meeting ('opposition figures', 'the Turkish side')
    (HELPED + "Later that week the Russian envoy met opposition figures in Geneva.", True),
    (HELPED + "Later that week the Russian envoy met the Turkish side in Sochi.", True),
    (HELPED + "Later that week the Russian envoy met opposition figures on Thursday.", True),
    # near misses: a side of a place, a figure of a number ('the Turkish side of the border', 'figures on casualties')
    (HELPED + "Later that week Russian patrols reached the Turkish side of the border.", False),
    (HELPED + "Later that week Russian officers met the Turkish figures on casualties with scorn.", False),
    (HELPED + "Later that week Russian auditors met the Israeli figures for fuel with doubt.", False),
    # the rival's word only on what is met or agreed to: conditions, terms, a plan, no party (near misses)
    (HELPED + "Later that week the Kremlin met the Turkish conditions in full.", False),
    (HELPED + "Later that week Moscow agreed to Ankara's terms without a word.", False),
    (HELPED + "Later that week the Russians agreed to the Israeli plan for the border.", False),
    # 'according to' names a source, no dealing, whoever the source is
    (HELPED + "Later that week the Russian jets flew home, according to the Turkish press.", False),
    (HELPED + "Later that week the Russian jets flew home, according to Israel.", False),
])
def test_the_token_pattern_reads_the_object_as_a_party_only_as_a_rival(nlp, text, hedged):
    assert ("limits.hedging" in last_sentence_codes(nlp, text, "limits")) is hedged
