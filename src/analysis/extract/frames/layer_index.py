"""The learned framing layer's weights indexed for scoring without naming features: each feature a model weighs gets
an id once per `FramingLayer`, and an article's words (lemma ids) and word pairs are mapped to the ids of their `w=`
and `b=` features with arrays, so that a word or pair no model weighs is never named.

In form G_mp a proper noun's word is `MASKED_WORD` (upper case, so that no lower-cased lemma can be it), given by
word id wherever the article's words are masked.

A feature name has its spaces written as `_` (as `bench/framing_model.py` writes them): a word is looked up in that
form, and a pair `b=ONE_TWO` under every split of its value at a `_`, so that words holding `_` pair up exactly as
their joined name would.
"""

from __future__ import annotations

import math
from itertools import chain, repeat
from typing import Sequence

import numpy as np
from spacy.strings import StringStore

from analysis.extract.frames.layer_model import FramingLayer

WORD_PREFIX, PAIR_PREFIX = "w=", "b="
# The word a proper noun (coarse part of speech `PROPER_NOUN`) is in the word and pair features of form G_mp.
MASKED_WORD, PROPER_NOUN = "PROPN", "PROPN"
# Word ids stay below 2**31, so that a pair of them is one int64 key.
PAIR_BASE = 1 << 31


def feature_name(name: str) -> str:
    """Return `name` as the bench writes a feature name (spaces as `_`)."""
    return name.replace(" ", "_")


def word_form(lemma: str) -> str:
    """Return the form a lemma takes in a word or pair feature: lower case, spaces as `_`."""
    return feature_name(lemma.lower())


class FeatureIndex:
    """One layer's features by id, and per dimension the intercept and each id's weight (NaN for none)."""

    def __init__(self, layer: FramingLayer):
        self.layer = layer
        names = sorted({name for model in layer.models.values() for name in model.weights})
        self.ids = {name: index for index, name in enumerate(names)}
        self.intercepts = {dimension: model.intercept for dimension, model in layer.models.items()}
        self.weights = {dimension: np.array([model.weights.get(name, math.nan) for name in names], dtype=np.float64)
                        for dimension, model in layer.models.items()}
        self._words: dict[str, int] = {}
        unigrams: dict[int, int] = {}
        pairs: dict[int, int] = {}
        for name, index in self.ids.items():
            if name.startswith(WORD_PREFIX):
                unigrams[self._word_id(name[len(WORD_PREFIX):])] = index
        for name, index in self.ids.items():
            if name.startswith(PAIR_PREFIX):
                value = name[len(PAIR_PREFIX):]
                for split in (at for at, character in enumerate(value) if character == "_"):
                    first, second = self._word_id(value[:split]), self._word_id(value[split + 1:])
                    pairs[first * PAIR_BASE + second] = index
        # a word's unigram feature by word id, and -1 (for no word) at the end, so that id -1 finds it
        self._unigrams = np.full(len(self._words) + 1, -1, dtype=np.int64)
        self._unigrams[list(unigrams)] = list(unigrams.values())
        keys = np.fromiter(pairs, dtype=np.int64, count=len(pairs))
        order = np.argsort(keys)
        self._pair_keys = keys[order]
        self._pair_features = np.fromiter(pairs.values(), dtype=np.int64, count=len(pairs))[order]
        self._lemma_words: dict[int, int] = {}
        self._masked_word = self._words.get(MASKED_WORD, -1)

    def _word_id(self, word: str) -> int:
        return self._words.setdefault(word, len(self._words))

    def word_ids(self, lemmas: np.ndarray, strings: StringStore, *, masked: np.ndarray | None = None) -> np.ndarray:
        """Return the word id of each lemma id of `lemmas` (-1 for a word no feature names), read from `strings` once
        per lemma; where `masked` is true, the id of `MASKED_WORD` instead."""
        distinct, inverse = np.unique(lemmas, return_inverse=True)
        known, words = self._lemma_words, self._words
        ids = [known[lemma] if lemma in known else known.setdefault(lemma, words.get(word_form(strings[lemma]), -1))
               for lemma in distinct.tolist()]
        word_ids = np.array(ids, dtype=np.int64)[inverse] if ids else np.zeros(0, dtype=np.int64)
        return word_ids if masked is None else np.where(masked, self._masked_word, word_ids)

    def word_features(self, word_ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Return, for the words `word_ids` in text order, each word's feature id and each pair's (word k and k + 1),
        -1 where no feature names it."""
        unigrams = self._unigrams[word_ids]
        keys = word_ids[:-1] * PAIR_BASE + word_ids[1:]
        at = np.minimum(self._pair_keys.searchsorted(keys), max(len(self._pair_keys) - 1, 0))
        found = (word_ids[:-1] >= 0) & (word_ids[1:] >= 0)
        if len(self._pair_keys):
            found &= self._pair_keys[at] == keys
            pairs = np.where(found, self._pair_features[at], -1)
        else:
            pairs = np.full(len(keys), -1, dtype=np.int64)
        return unigrams, pairs

    def scores(self, dimension: str, sentence_ids: np.ndarray, feature_ids: np.ndarray, n_sentences: int) -> list[float]:
        """Return the model's probability for each of `n_sentences` sentences, given its features as pairs
        (`sentence_ids[k]`, `feature_ids[k]`) sorted by sentence, each pair once."""
        weights = self.weights[dimension][feature_ids]
        weighed = ~np.isnan(weights)
        bounds = np.searchsorted(sentence_ids[weighed], np.arange(n_sentences + 1))
        # each sentence's weights after the intercept, so that sentence k's are values[ends[k]:ends[k + 1]]
        values = np.insert(weights[weighed], bounds[:-1], self.intercepts[dimension]).tolist()
        ends = (bounds + np.arange(n_sentences + 1)).tolist()
        # fsum rounds once: the features' order cannot change the score (as in `FramingLayer.score`)
        logits = map(math.fsum, map(values.__getitem__, map(slice, ends, ends[1:])))
        return [1.0 / (1.0 + math.exp(-logit)) for logit in logits]

    def feature_pairs(self, names: Sequence[Sequence[str]], word_ranges: Sequence[tuple[int, int]],
                      unigrams: np.ndarray, pairs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Return each sentence's feature ids as pairs (sentence, feature) sorted, each once: the ids of its `names`
        (as the bench writes them) and of its words `word_ranges[k]` (a range of `unigrams`) and their pairs."""
        ids = self.ids
        named = list(chain.from_iterable(names))
        named_features = np.fromiter(map(ids.get, named, repeat(-1)), dtype=np.int64, count=len(named))
        named_sentences = np.repeat(np.arange(len(names), dtype=np.int64), [len(its_names) for its_names in names])
        lows, highs = np.array(word_ranges, dtype=np.int64).reshape(-1, 2).T
        word_sentences, word_features = _ranges_of(unigrams, lows, highs)
        pair_sentences, pair_features = _ranges_of(pairs, lows, np.maximum(lows, highs - 1))
        sentences = np.concatenate([named_sentences, word_sentences, pair_sentences])
        features = np.concatenate([named_features, word_features, pair_features])
        kept = features >= 0
        width = max(len(ids), 1)
        keys = np.sort(sentences[kept] * width + features[kept])
        keys = keys[np.flatnonzero(np.diff(keys, prepend=-1))]  # each once (np.unique hashes, a sort is quicker here)
        return keys // width, keys % width


def _ranges_of(values: np.ndarray, lows: np.ndarray, highs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return the items of the ranges `values[lows[k]:highs[k]]` one after another, with the range `k` of each."""
    lengths = highs - lows
    ranges = np.repeat(np.arange(len(lengths), dtype=np.int64), lengths)
    return ranges, values[np.arange(len(ranges), dtype=np.int64) - (np.cumsum(lengths) - lengths - lows)[ranges]]


_index: FeatureIndex | None = None


def feature_index(layer: FramingLayer) -> FeatureIndex:
    """Return the index of `layer`'s features, made once for the layer last asked for."""
    global _index
    if _index is None or _index.layer is not layer:
        _index = FeatureIndex(layer)
    return _index
