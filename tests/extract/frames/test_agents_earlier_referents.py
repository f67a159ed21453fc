"""`Scene._resolve` finds an earlier sentence's referents only when a pronoun's search reaches that sentence, which may
be after other pronouns of the paragraph are resolved. That is safe because resolving a pronoun changes only its own
sentence's tokens: every sentence's referents, whenever they were first found, are what they are once the whole
Scene is set up. Invented paragraphs."""

from __future__ import annotations

import pytest

from analysis.corpus.sections import set_blocks
from analysis.extract.frames.agents import Scene
from analysis.tables.batches import units

PARAGRAPHS = [
    "The Syrian army held the bridge. Russian diplomats met the rebels. Later they thanked its officers.",
    "Moscow sent more jets in May. They flew from Hmeimim. It said they would stay, and the regime said it agreed.",
    "Assad flew to Moscow. The Kremlin received him. He thanked it; its envoy said they would keep helping him.",
]


def _scene(nlp, text):
    doc = nlp(text)
    set_blocks(doc)
    sentences, entities = units(doc)
    return Scene(doc, sentences, entities), doc, sentences


@pytest.mark.parametrize("text", PARAGRAPHS)
def test_each_sentences_referents_are_those_of_the_finished_scene(nlp, text):
    scene, doc, sentences = _scene(nlp, text)
    found = dict(scene._referents)  # the sentences whose referents a pronoun's search reached during the set-up
    assert found, "no pronoun searched an earlier sentence"
    scene._referents.clear()  # found again on the finished scene
    for sent_id, referents in found.items():
        assert scene.referents(sent_id) == referents


def test_referents_rank_the_main_subject_then_other_subjects_then_other_actors(nlp):
    """The main-clause subject (an actor), then the other subjects latest first, an actor or not ('the rebels'),
    then the actors that are no subject ('Russia')."""
    text = ("After the vote the Syrian envoy said the rebels were beaten, and Iranian officers thanked Russia. "
            "It smiled.")
    scene, doc, _ = _scene(nlp, text)
    assert [doc[ref.head].text for ref in scene.referents(0)] == ["envoy", "officers", "rebels", "Russia"]


def test_a_second_pronoun_searches_past_the_latest_sentence(nlp):
    """Two pronouns of one sentence: 'they', the first, finds its referent in the sentence just before; 'its', the
    second, searches past that sentence (its plural 'diplomats' and 'rebels') to the army two sentences back."""
    scene, doc, _ = _scene(nlp, PARAGRAPHS[0])
    its = next(token for token in doc if token.lower_ == "its")
    assert scene.side_of(its) == "assad"
