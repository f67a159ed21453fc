"""`Scene._resolve` finds an earlier sentence's referents only when a pronoun's search reaches that sentence, which may
be after other pronouns of the paragraph are resolved. That is safe because resolving a pronoun changes only its own
sentence's tokens: every sentence's referents, whenever they were first found, are what they are once the whole
Scene is set up. Invented paragraphs."""

from __future__ import annotations

import pytest

from analysis.corpus.sections import set_blocks
from analysis.extract.frames.agents import SUBJECT_DEPS, Scene
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
    dep = scene.parse.dep
    found = dict(scene._referents)  # the sentences whose referents a pronoun's search reached during the set-up
    assert found, "no pronoun searched an earlier sentence"
    for sent_id, referents in found.items():
        span = scene.spans[sent_id]
        main = scene._main_subject_at(span)
        again = sorted(reversed(scene._referents_between(span.start, span.end)),
                       key=lambda ref: (not (ref.head == main and ref.actor), dep[ref.head] not in SUBJECT_DEPS))
        assert referents == again


def test_a_second_pronoun_searches_past_the_latest_sentence(nlp):
    """Two pronouns of one sentence: 'they', the first, finds its referent in the sentence just before; 'its', the
    second, searches past that sentence (its plural 'diplomats' and 'rebels') to the army two sentences back."""
    scene, doc, _ = _scene(nlp, PARAGRAPHS[0])
    its = next(token for token in doc if token.lower_ == "its")
    assert scene.side_of(its) == "assad"
