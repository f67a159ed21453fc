"""The climbs of `Polarity.governing_chain` and `Scene.tie` pinned on invented sentences (a hand-built parse where the
climb itself is pinned), and each cue's answer the same whichever cue was asked first: what a climb kept per token
must keep (bench/PROFILE.md, round 49)."""

from __future__ import annotations

from spacy.tokens import Doc

from analysis.extract.frames.polarity import Polarity, default_modifiers
from analysis.nlp.arrays import ParseArrays
from tests.extract.frames.conftest import word_cue

# 'Moscow kept sending jets to the army that the rebels feared .': the relative clause has a subject of its own.
WORDS = ["Moscow", "kept", "sending", "jets", "to", "the", "army", "that", "the", "rebels", "feared", "."]
HEADS = [1, 1, 1, 2, 2, 6, 4, 10, 9, 10, 6, 1]
DEPS = ["nsubj", "ROOT", "xcomp", "dobj", "prep", "det", "pobj", "dobj", "det", "nsubj", "relcl", "punct"]
POS = ["PROPN", "VERB", "VERB", "NOUN", "ADP", "DET", "NOUN", "PRON", "DET", "NOUN", "VERB", "PUNCT"]


def _polarity(nlp) -> tuple[Doc, Polarity]:
    doc = Doc(nlp.vocab, words=WORDS, heads=HEADS, deps=DEPS, pos=POS)
    return doc, Polarity(doc, default_modifiers(nlp.vocab, nlp.make_doc), parse=ParseArrays(doc))


def test_governing_chain_climbs_to_the_clause_with_a_subject(nlp):
    doc, polarity = _polarity(nlp)
    assert polarity.governing_chain(doc[6:7]) == [6, 4, 2, 1]  # army, to, sending, kept
    assert polarity.governing_chain(doc[3:4]) == [3, 2, 1]  # jets, sending, kept


def test_governing_chain_stops_at_a_relative_clause_with_its_own_subject(nlp):
    doc, polarity = _polarity(nlp)
    polarity.governing_chain(doc[6:7])  # the noun the relative clause modifies first
    assert polarity.governing_chain(doc[10:11]) == [10]  # 'feared' has its subject: no climb to 'army'


def test_climbs_do_not_depend_on_the_order_of_the_cues(nlp):
    doc, forward = _polarity(nlp)
    _, backward = _polarity(nlp)
    chains = [forward.governing_chain(doc[i:i + 1]) for i in range(len(doc))]
    assert [backward.governing_chain(doc[i:i + 1]) for i in reversed(range(len(doc)))] == chains[::-1]
    for i in range(len(doc)):  # and each is what a Polarity that climbed nothing before finds
        assert _polarity(nlp)[1].governing_chain(doc[i:i + 1]) == chains[i]


TEXT = ("Russia did not send more jets to the army. Moscow never stopped the airstrikes that Damascus asked for. "
        "Washington urged the Kremlin to arm the government, and Iran did not hesitate to back Assad's forces.")


def test_modifiers_of_every_cue_are_those_of_a_fresh_polarity(nlp):
    doc = nlp(TEXT)
    lexicon, parse = default_modifiers(nlp.vocab, nlp.make_doc), ParseArrays(doc)
    shared = Polarity(doc, lexicon, parse=parse)
    cues = [doc[i:i + length] for length in (1, 2) for i in range(len(doc) - length + 1)]
    found = [shared.modifiers_of(cue) for cue in reversed(cues)][::-1]
    assert [Polarity(doc, lexicon, parse=parse).modifiers_of(cue) for cue in cues] == found
    assert any(found)  # 'not' and 'never' bear on some of them


def _scene(nlp, text):
    from analysis.corpus.sections import set_blocks
    from analysis.extract.frames.agents import Scene
    from analysis.tables.batches import units

    doc = nlp(text)
    set_blocks(doc)
    sentences, entities = units(doc)
    return (lambda: Scene(doc, sentences, entities)), doc


def test_tie_of_every_cue_is_that_of_a_fresh_scene(nlp):
    make, doc = _scene(nlp, TEXT)
    shared = make()
    cues = [doc[i:i + length] for length in (1, 2) for i in range(len(doc) - length + 1)]
    tied = [shared.tie(cue) for cue in reversed(cues)][::-1]
    assert [make().tie(cue) for cue in cues] == tied
    assert any(link is not None for link, _ in tied)


def test_a_controlled_object_ties_the_infinitive_and_an_uncontrolled_one_does_not(nlp):
    make, doc = _scene(nlp, "Washington urged the Kremlin to arm the government. Damascus thanked the Kremlin for "
                            "the jets.")
    scene = make()
    link, _ = scene.tie(word_cue(doc, "arm"))  # 'urged the Kremlin to arm': the object is the infinitive's subject
    assert link is not None and link.text == "the Kremlin" and link.role == "subject"
    link, _ = scene.tie(word_cue(doc, "jets"))  # 'thanked the Kremlin for the jets': the object controls nothing
    assert link is None or link.role != "subject"
