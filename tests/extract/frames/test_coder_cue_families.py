"""The coder's cue families (`coder.CUE_FAMILIES`): each looks only at the tokens of its trigger lemmas, so a sentence
with none of them runs no family; on invented sentences."""

from __future__ import annotations

import pytest

from analysis.extract.frames import coder
from analysis.nlp.arrays import ParseArrays
from tests.extract.frames.conftest import last_sentence_codes

CONTEXT = "The Syrian army was falling back near Hama. "
# One invented sentence per family, each holding that family's trigger word.
SENTENCES = [
    CONTEXT + "Moscow asked Damascus to stop the offensive.",
    CONTEXT + "Russian generals decide when the Syrian guns fire.",
    CONTEXT + "Moscow will not let the Syrian army take the valley.",
    CONTEXT + "The Russian warships left the port at dawn.",
    CONTEXT + "The Russian battery was dismantled overnight.",
    CONTEXT + "Russian jets came to stop the collapse of the army.",
    CONTEXT + "Moscow wants a settlement it can sell at home.",
    CONTEXT + "Moscow needed Ankara more than it needed Damascus.",
    CONTEXT + "Moscow is negotiating with the next government.",
    CONTEXT + "Russia and Turkey have agreed on a corridor.",
    CONTEXT + "Moscow told the Syrian leader that his troops must leave the port.",
]


def _scene(nlp, text):
    from analysis.corpus.sections import set_blocks
    from analysis.extract.frames.agents import Scene
    from analysis.tables.batches import units

    doc = nlp(text)
    set_blocks(doc)
    sentences, entities = units(doc)
    return Scene(doc, sentences, entities), doc


@pytest.mark.parametrize("text", SENTENCES)
def test_each_family_asks_only_for_its_trigger_lemmas(nlp, text, monkeypatch):
    """Every set of lemma ids a family looks up lies within its own triggers: the gate may skip it elsewhere."""
    scene, doc = _scene(nlp, text)
    asked: list[frozenset[int]] = []
    original = ParseArrays.lemma_ids_between

    def spy(self, lemma_ids, start, end):
        asked.append(lemma_ids)
        return original(self, lemma_ids, start, end)

    monkeypatch.setattr(ParseArrays, "lemma_ids_between", spy)
    span = doc[:]
    for family, _, triggers in coder.CUE_FAMILIES:
        asked.clear()
        cues = list(family(span, scene))
        assert asked and asked[0] <= triggers, family.__name__
        assert all(scene.parse.lemma[cue.root.i] in triggers for cue in cues), family.__name__


def test_the_triggers_are_every_familys_lemmas():
    assert coder.FAMILY_TRIGGERS == frozenset().union(*(triggers for _, _, triggers in coder.CUE_FAMILIES))
    assert {family.__name__ for family, _, _ in coder.CUE_FAMILIES} >= {"restraint_cues", "telling_cues",
                                                                         "departure_cues", "dealing_cues"}


def test_a_family_runs_on_a_sentence_with_its_trigger(nlp):
    assert "limits.interests" in last_sentence_codes(nlp, CONTEXT + "Moscow wants a settlement it can sell at home.",
                                                     "limits")


def test_no_family_runs_on_a_sentence_without_a_trigger(nlp, monkeypatch):
    """A sentence holding none of the triggers runs no family; the one before it, which holds one, does."""
    calls: list[str] = []

    def recording(family):
        def wrapped(span, scene):
            calls.append(span.text)
            return family(span, scene)
        return wrapped

    monkeypatch.setattr(coder, "CUE_FAMILIES", tuple((recording(family), code, triggers)
                                                     for family, code, triggers in coder.CUE_FAMILIES))
    text = "Moscow wants a settlement it can sell at home. The harbour was quiet on Sunday."
    _codes(nlp, text)
    assert calls and all(sentence.startswith("Moscow wants") for sentence in calls)


def _codes(nlp, text):
    from analysis.corpus.sections import set_blocks
    from analysis.tables.batches import units
    from analysis.extract.framing import read_codebook

    doc = nlp(text)
    set_blocks(doc)
    sentences, entities = units(doc)
    return list(coder.iter_code_hits(doc, sentences, entities, codebook=read_codebook(nlp=nlp)))
