"""Help said from the recipient's end (`receipt`): Assad's side receiving what Russia gives, on invented sentences in
several registers: a video explainer, wire copy, a podcast turn, a column."""

from __future__ import annotations

import pytest

from tests.extract.frames.conftest import last_sentence_codes

OPENING = "Assad's army held the coast road near Latakia. "


@pytest.mark.parametrize("text, supported", [
    (OPENING + "The Russian defence ministry promised the radars in May. Syria would get them within a month.", True),
    (OPENING + "Syrian air-defence units will receive Russian electronic jamming systems, the minister said.", True),
    (OPENING + "The Syrian army obtained new armoured vehicles from Russia last spring.", True),
    (OPENING + "Moscow stood by its client for years. Assad got his coastal motorway.", True),
    # another giver or owner, no help received, a guest, a negated or empty receipt
    (OPENING + "Moscow kept quiet. The regime received Iranian fuel shipments all winter.", False),
    (OPENING + "Moscow kept quiet. Damascus got a fresh credit line from Tehran.", False),
    (OPENING + "Damascus received a stern warning from Moscow.", False),
    (OPENING + "Assad received the Russian ambassador at his palace.", False),
    (OPENING + "Russia sent jets in 2015. Damascus got little from Moscow after 2022.", False),
    (OPENING + "Russia sent jets in 2015. Damascus did not get the radars until 2018.", False),
    # a recipient that is not Assad's side, or Russia as the one it is for
    (OPENING + "The Russian accord with Ankara, which froze a Syrian advance, gets a short paragraph.", False),
    (OPENING + "Experts said the country had acquired a fresh usefulness for Moscow as a depot.", False),
    (OPENING + "Ankara got its air-defence missiles from Russia.", False),
    (OPENING + "Tehran sent militias to the front. Assad got his coastal motorway.", False),
])
def test_receipt_from_russia_by_assads_side_is_support(nlp, text, supported):
    assert ("support.service" in last_sentence_codes(nlp, text, "support")) is supported


@pytest.mark.parametrize("text, expected", [
    (OPENING + "Syria would get the radars within a month. Moscow kept quiet. Damascus received Russian jets.",
     [("Damascus received Russian jets.", "received")]),  # no giver in the first sentence of receiving
    ("Moscow kept quiet. Nobody spoke for a week.", []),  # no verb of receiving in the Doc
    # two sentences of receiving, each with its own cue; a conjoined verb with no subject of its own gives none
    ("The regime got Russian fuel and obtained Russian shells. The Syrian army received Russian tanks.",
     [("The regime got Russian fuel and obtained Russian shells.", "got"),
      ("The Syrian army received Russian tanks.", "received")]),
])
def test_the_receipt_cues_of_a_sentence_are_those_of_its_own_verbs(nlp, text, expected):
    """Handed the receiving verbs of the whole Doc, each sentence yields the cues of its own verbs only."""
    from analysis.corpus.sections import set_blocks
    from analysis.extract.frames.agents import Scene
    from analysis.extract.frames.receipt import receipt_cues, receiving_verbs
    from analysis.tables.batches import units

    doc = nlp(text)
    set_blocks(doc)
    sentences, entities = units(doc)
    scene = Scene(doc, sentences, entities)
    receiving = receiving_verbs(scene.parse)
    found = [(scene.spans[sentence.sent_id].text, verb.text) for sentence in sentences
             for verb, _ in receipt_cues(scene.spans[sentence.sent_id], scene, sent_id=sentence.sent_id,
                                         receiving=receiving)]
    assert found == expected
