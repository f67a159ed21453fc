"""`among` with the low bits its caller keeps finds what it finds without them; `ParseArrays` keeps each column's low
bits and finds lower-cased lemmas as a loop over the tokens does."""

from __future__ import annotations

import numpy as np
import pytest
import spacy
from spacy.tokens import Doc

from analysis.nlp.arrays import FEW_VALUES, ParseArrays, among, low_bits_of


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("n_values", [1, FEW_VALUES, FEW_VALUES + 1, 40, 600])
def test_among_with_kept_low_bits_agrees_with_isin(seed, n_values):
    """Entries drawn from the values, from their buckets and at random are found as `np.isin` finds them, whether
    `among` works the low bits out or is handed them."""
    generator = np.random.default_rng(seed)
    values = np.unique(generator.integers(0, 2**64 - 1, size=n_values, dtype=np.uint64, endpoint=True))
    shifted = values + (generator.integers(1, 2**40, size=len(values), dtype=np.uint64) << np.uint64(14))
    column = generator.permutation(np.concatenate(
        [values, shifted, generator.integers(0, 2**64 - 1, size=1500, dtype=np.uint64, endpoint=True)]))
    expected = np.isin(column, values).tolist()
    bits = low_bits_of(column)
    assert among(column, values, low_bits=bits).tolist() == expected
    assert among(column, values).tolist() == expected
    # a second list of values searched with the same kept bits
    others = np.unique(column[::7])
    assert among(column, others, low_bits=bits).tolist() == np.isin(column, others).tolist()


def test_low_bits_of_a_signed_and_an_empty_column():
    signed = np.array([-1, 2**14 + 5, 5, -(2**14)], dtype=np.int64)
    values = np.sort(np.array([5, -1, 17, 2**20], dtype=np.int64))
    assert among(signed, values, low_bits=low_bits_of(signed)).tolist() == [True, False, True, False]
    empty = np.array([], dtype=np.uint64)
    assert among(empty, np.arange(10, dtype=np.uint64), low_bits=low_bits_of(empty)).tolist() == []


WORDS = ["Ferries", "of", "the", "Harbour", "Board", "ran", ";", "the", "BOARD", "said", "so", "."]
LEMMAS = ["ferry", "of", "the", "Harbour", "Board", "run", ";", "the", "BOARD", "say", "so", "."]
DEPS = ["nsubj", "prep", "det", "compound", "pobj", "ROOT", "punct", "det", "nsubj", "conj", "advmod", "punct"]
HEADS = [5, 0, 4, 4, 1, 5, 5, 8, 9, 5, 9, 5]


@pytest.fixture()
def doc():
    return Doc(spacy.blank("en").vocab, words=WORDS, lemmas=LEMMAS, heads=HEADS, deps=DEPS)


def test_parse_keeps_each_column_s_low_bits(doc):
    parse = ParseArrays(doc)
    bits = parse.low_bits("LOWER")
    assert bits.tolist() == low_bits_of(parse.column("LOWER")).tolist()
    assert parse.low_bits("LOWER") is bits
    assert parse.low_bits("DEP") is not bits
    with pytest.raises(KeyError):
        parse.low_bits("NOT_AN_ATTRIBUTE")


@pytest.mark.parametrize("lemmas", [
    ["board"],
    ["Board", "BOARD"],  # lemmas are lowered, the words asked for are not
    ["ferry", "run", "say", "board", "harbour", "the", "of"],  # more than `FEW_VALUES` words
    ["ferry", "run", "say", "board", "harbour", "ferries", "ran", "absent"],
    [],
])
def test_lemma_indices_pick_what_a_loop_picks(doc, lemmas):
    parse = ParseArrays(doc)
    expected = [token.i for token in doc if token.lemma_.lower() in lemmas]
    assert parse.lemma_indices(lemmas).tolist() == expected
    assert parse.lemma_indices(frozenset(lemmas)).tolist() == expected  # again, from the kept column
    assert ParseArrays(doc).lemma_indices(iter(lemmas)).tolist() == expected


def test_lemma_indices_of_an_empty_doc():
    assert ParseArrays(Doc(spacy.blank("en").vocab, words=[])).lemma_indices(["board"]).tolist() == []


def test_indices_and_first_dependents_read_the_kept_low_bits(doc):
    """Many values (the bucket path) and few give what a loop over the tokens gives, before and after the column's
    bits are kept."""
    parse = ParseArrays(doc)
    many = ["ferries", "of", "the", "board", "said", "so"]
    expected = [token.i for token in doc if token.lower_ in many]
    assert parse.indices("LOWER", many).tolist() == expected
    assert parse.indices("LOWER", many).tolist() == expected
    assert parse.indices("LOWER", many, exclude=True).tolist() == [i for i in range(len(doc)) if i not in expected]
    labels = frozenset({"det", "compound", "prep", "advmod", "punct"})
    first = [next((child.i for child in token.children if child.dep_ in labels), -1) for token in doc]
    assert parse.first_dependents(labels) == first
