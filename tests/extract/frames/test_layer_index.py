"""The learned layer's scores by feature id (`layer_index`): the same probabilities as `FramingLayer.score` over the
views' feature names, whatever the weights, and word pairs found under every split of a pair's name."""

from __future__ import annotations

import dataclasses
import hashlib
import random

import numpy as np
import pytest
from spacy.strings import StringStore

from analysis.corpus.registry import Document, Source
from analysis.corpus.sections import set_blocks
from analysis.extract.frames.layer import _scores, sentence_views
from analysis.extract.frames.layer_index import MASKED_WORD, FeatureIndex, feature_index
from analysis.extract.frames.layer_model import FORM_G_MP, DimensionModel, FramingLayer
from analysis.tables.batches import document_records, read_codebook, read_marker_lexicon

TEXTS = [
    "Convoys on the coast road\n\n"
    "Russia shipped more howitzers to the port on Friday, officials in Moscow said. "
    "The guns will not reach the front before spring, and they may never be used.\n\n"
    "Ankara protested. \"This is reckless,\" a diplomat told the paper.\n",
    "A patron with doubts\n\n"
    "The Kremlin might shield the Syrian leader a little longer, yet its patience is thin. "
    "Russian envoys pressed the regime to sit down with its foes; no deal followed.\n",
]


def _views(nlp, text: str, doc_id: str, *, mask_proper_nouns: bool = False):
    source = Source(doc_id, f"{doc_id}.txt", "Invented Courier", "", "", "2021-03", "news", doc_id, "")
    document = Document(source, text, hashlib.sha256(text.encode("utf-8")).hexdigest())
    doc = nlp(text)
    set_blocks(doc, title=text.split("\n", 1)[0])
    records = document_records(document, doc, codebook=read_codebook(nlp=nlp), marker_lexicon=read_marker_lexicon(nlp=nlp))
    sentences, extra = records.tables["sentences"]
    return sentence_views(doc, sentences, codes=records.tables["codes"][0], entities=records.tables["entities"][0],
                          markers=records.tables["markers"][0], quoted_shares=extra["quoted_share"],
                          mask_proper_nouns=mask_proper_nouns)


def _layer(names: list[str], seed: int, *, share: float) -> FramingLayer:
    """A layer weighing a random `share` of `names` per dimension (and a few names no sentence has)."""
    chooser = random.Random(seed)
    models = {}
    for dimension in ("support", "limits"):
        kept = [name for name in names if chooser.random() < share] + ["w=zzz", "b=zzz_yyy", "cue=support:absent"]
        models[dimension] = DimensionModel(1.0, chooser.uniform(-3, 3), {name: chooser.uniform(-2, 2) for name in kept})
    return FramingLayer(0.15, 0.5, 0.25, models, {})


@pytest.mark.parametrize("number", range(len(TEXTS)))
@pytest.mark.parametrize("seed, share", [(1, 1.0), (2, 0.5), (3, 0.1), (4, 0.0)])
def test_the_scores_by_id_are_the_scores_by_name(nlp, number, seed, share):
    views = _views(nlp, TEXTS[number], f"95{number}_invented")
    names = sorted({name for view in views for name in view.features})
    assert any(name.startswith("b=") for name in names) and any(name.startswith("w=") for name in names)
    layer = _layer(names, seed, share=share)
    by_id = _scores(views, layer)
    for dimension in ("support", "limits"):
        assert by_id[dimension] == [layer.score(dimension, view.features) for view in views]


@pytest.mark.parametrize("number", range(len(TEXTS)))
def test_masked_views_are_scored_by_id_as_by_name(nlp, number):
    views = _views(nlp, TEXTS[number], f"97{number}_invented", mask_proper_nouns=True)
    names = sorted({name for view in views for name in view.features})
    assert f"w={MASKED_WORD}" in names
    layer = dataclasses.replace(_layer(names, 6, share=1.0), form=FORM_G_MP, proper_nouns_masked=True)
    by_id = _scores(views, layer)
    for dimension in ("support", "limits"):
        assert by_id[dimension] == [layer.score(dimension, view.features) for view in views]


def test_a_view_of_a_subset_of_sentences_is_scored_on_its_own(nlp):
    views = _views(nlp, TEXTS[0], "960_invented")
    layer = _layer(sorted({name for view in views for name in view.features}), 5, share=1.0)
    chosen = views[1::2]
    assert _scores(chosen, layer)["support"] == [layer.score("support", view.features) for view in chosen]


def _word_ids(index: FeatureIndex, words: list[str]) -> np.ndarray:
    strings = StringStore(words)
    return index.word_ids(np.array([strings[word] for word in words], dtype=np.uint64), strings)


@pytest.mark.parametrize("words, unigrams, pairs", [
    (["alpha", "beta"], ["w=alpha", None], ["b=alpha_beta"]),
    # a lemma with a space is named with '_', and a pair's name may split at any of its '_'
    (["red sea", "port"], ["w=red_sea", None], ["b=red_sea_port"]),
    (["red", "sea_port"], [None, None], ["b=red_sea_port"]),
    (["beta", "alpha"], [None, "w=alpha"], [None]),
    (["gamma"], [None], []),
    ([], [], []),
])
def test_words_and_pairs_are_found_by_id(words, unigrams, pairs):
    names = ["w=alpha", "b=alpha_beta", "w=red_sea", "b=red_sea_port", "w=unused"]
    layer = FramingLayer(0.15, 0.5, 0.25, {"support": DimensionModel(1.0, 0.0, dict.fromkeys(names, 1.0))}, {})
    index = FeatureIndex(layer)
    found_unigrams, found_pairs = index.word_features(_word_ids(index, words))
    name_of = {number: name for name, number in index.ids.items()}
    assert [name_of.get(number) for number in found_unigrams.tolist()] == unigrams
    assert [name_of.get(number) for number in found_pairs.tolist()] == pairs


# a masked word is the placeholder whatever its lemma; an unmasked lemma spelled like the placeholder is not it
@pytest.mark.parametrize("words, masked, unigrams, pairs", [
    (["velmora", "port"], [True, False], [f"w={MASKED_WORD}", None], [f"b={MASKED_WORD}_port"]),
    (["velmora", "port"], [False, False], ["w=velmora", None], [None]),
    (["alpha", "velmora"], [False, True], ["w=alpha", f"w={MASKED_WORD}"], [None]),
    ([MASKED_WORD, "port"], [False, False], [None, None], [None]),
])
def test_masked_words_are_found_as_the_placeholder(words, masked, unigrams, pairs):
    names = ["w=alpha", "w=velmora", f"w={MASKED_WORD}", f"b={MASKED_WORD}_port"]
    layer = FramingLayer(0.15, 0.6, 0.25, {"support": DimensionModel(1.0, 0.0, dict.fromkeys(names, 1.0))}, {})
    index = FeatureIndex(layer)
    strings = StringStore(words)
    word_ids = index.word_ids(np.array([strings[word] for word in words], dtype=np.uint64), strings,
                              masked=np.array(masked, dtype=bool))
    found_unigrams, found_pairs = index.word_features(word_ids)
    name_of = {number: name for name, number in index.ids.items()}
    assert [name_of.get(number) for number in found_unigrams.tolist()] == unigrams
    assert [name_of.get(number) for number in found_pairs.tolist()] == pairs


def test_the_index_is_made_again_for_another_layer():
    first = FramingLayer(0.15, 0.5, 0.25, {"support": DimensionModel(1.0, 0.0, {"w=alpha": 1.0})}, {})
    second = FramingLayer(0.15, 0.5, 0.25, {"support": DimensionModel(1.0, 0.0, {"w=beta": 1.0})}, {})
    assert feature_index(first) is feature_index(first)
    assert set(feature_index(second).ids) == {"w=beta"}
