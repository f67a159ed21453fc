"""`Scene.may_help_assad_at` is a test on the parse arrays that the coder asks before it makes a one-token cue's Span:
where it is False, the filter it stands before (`recipient_side(cue, objects=True) == ASSAD or
unaddressed_transfer(cue)`) must be False too. Checked on every token of invented texts, against that filter on the
token's Span."""

from __future__ import annotations

import pytest

from analysis.corpus.sections import set_blocks
from analysis.extract.frames.agents import ASSAD, Scene
from analysis.tables.batches import units

TEXTS = [
    "Moscow sent jets to Damascus. The Kremlin received the Syrian president and gave him an apartment.",
    "Russia gave what it could. The deliveries continued. The shipment reached the port in May.",
    "Putin met Erdogan in Sochi. Ankara bought missiles from Russia and sold drones to Kyiv.",
    "The regime thanked Moscow. Russian officers trained the Syrian army and advised its generals.",
    "It rained.",
    "Assad flew to Moscow; the Kremlin hosted him, supplied the rebels' enemies and sent nothing to the opposition.",
]


def _scene(nlp, text):
    doc = nlp(text)
    set_blocks(doc)
    sentences, entities = units(doc)
    return Scene(doc, sentences, entities), doc


@pytest.mark.parametrize("text", TEXTS)
def test_a_token_ruled_out_on_the_arrays_fails_the_span_filter(nlp, text):
    scene, doc = _scene(nlp, text)
    kept = 0
    for token in doc:
        cue = doc[token.i:token.i + 1]
        full = scene.recipient_side(cue, objects=True) == ASSAD or scene.unaddressed_transfer(cue)
        if not scene.may_help_assad_at(token.i):
            assert not full, token.text
        kept += full
    assert kept or text in TEXTS[2:] or text == "It rained."


def test_the_test_rules_out_most_verbs_and_keeps_help_to_assad(nlp):
    scene, doc = _scene(nlp, TEXTS[0])
    by_text = {token.text: scene.may_help_assad_at(token.i) for token in doc}
    assert by_text["sent"] and by_text["gave"] and by_text["received"]  # a party of Assad's side; a verb of giving
    scene, doc = _scene(nlp, TEXTS[2])
    assert not any(scene.may_help_assad_at(token.i) for token in doc if token.lemma_ in ("meet", "buy", "sell"))
    scene, doc = _scene(nlp, TEXTS[1])
    assert all(scene.may_help_assad_at(token.i) for token in doc if token.lemma_.lower() in ("delivery", "shipment"))
