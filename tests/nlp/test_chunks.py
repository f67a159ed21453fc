"""Noun chunks from the Doc's arrays: hand-built parses with hand-written chunks, and the chunks of spaCy's English
iterator on parsed invented sentences."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from analysis.nlp.arrays import ParseArrays
from analysis.nlp.chunks import chunk_root, noun_chunk_bounds, noun_chunks

PARSES = {
    # subject, object, its conjunct and an object of a preposition
    "coordinated object": (
        ["The", "old", "Velmar", "Council", "met", "the", "mayor", "and", "her", "deputies", "in", "Ossia", "."],
        ["DET", "ADJ", "PROPN", "PROPN", "VERB", "DET", "NOUN", "CCONJ", "PRON", "NOUN", "ADP", "PROPN", "PUNCT"],
        [3, 3, 3, 4, 4, 6, 4, 6, 9, 6, 4, 10, 4],
        ["det", "amod", "compound", "nsubj", "ROOT", "det", "dobj", "cc", "poss", "conj", "prep", "pobj", "punct"],
        [(0, 4), (5, 7), (8, 10), (11, 12)],
    ),
    # a conjunct of a compound heads no chunk: the coordination sits inside the subject's chunk
    "coordinated compound": (
        ["Velmar", "and", "Ossia", "talks", "resumed", "."],
        ["PROPN", "CCONJ", "PROPN", "NOUN", "VERB", "PUNCT"],
        [3, 0, 0, 4, 4, 4],
        ["compound", "cc", "conj", "nsubj", "ROOT", "punct"],
        [(0, 4)],
    ),
    # an apposition is a chunk of its own
    "apposition": (
        ["Anselm", "Brook", ",", "the", "harbour", "master", ",", "resigned", "."],
        ["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "NOUN", "PUNCT", "VERB", "PUNCT"],
        [1, 7, 1, 5, 5, 1, 1, 7, 7],
        ["compound", "nsubj", "punct", "det", "compound", "appos", "punct", "ROOT", "punct"],
        [(0, 2), (3, 6)],
    ),
    # the subject's left edge lies inside the chunk before it: no nested chunk
    "nested": (
        ["In", "Ossia", "trained", "pilots", "left", "."],
        ["ADP", "PROPN", "VERB", "NOUN", "VERB", "PUNCT"],
        [2, 0, 3, 4, 4, 4],
        ["prep", "pobj", "amod", "nsubj", "ROOT", "punct"],
        [(1, 2)],
    ),
    # a chain of conjuncts (each the conjunct of the one before) whose first word is the subject: a chunk each
    "chained conjuncts": (
        ["Velmar", ",", "Ossia", "and", "the", "Brook", "estate", "signed", "."],
        ["PROPN", "PUNCT", "PROPN", "CCONJ", "DET", "PROPN", "NOUN", "VERB", "PUNCT"],
        [7, 0, 0, 2, 6, 6, 2, 7, 7],
        ["nsubj", "punct", "conj", "cc", "det", "compound", "conj", "ROOT", "punct"],
        [(0, 1), (2, 3), (4, 7)],
    ),
    # the same chain inside a compound: its first word heads no chunk, so none of its conjuncts does
    "chained conjuncts in a compound": (
        ["Velmar", ",", "Ossia", "and", "Brook", "talks", "resumed", "."],
        ["PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN", "NOUN", "VERB", "PUNCT"],
        [5, 0, 0, 2, 2, 6, 6, 6],
        ["compound", "punct", "conj", "cc", "conj", "nsubj", "ROOT", "punct"],
        [(0, 6)],
    ),
    # a noun with no chunk label, and a pronoun subject
    "pronoun": (
        ["They", "left", "yesterday", "."],
        ["PRON", "VERB", "NOUN", "PUNCT"],
        [1, 1, 1, 1],
        ["nsubj", "ROOT", "npadvmod", "punct"],
        [(0, 1)],
    ),
}


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("en").vocab


@pytest.mark.parametrize("name", PARSES)
def test_bounds_of_hand_built_parses(vocab, name):
    words, pos, heads, deps, expected = PARSES[name]
    doc = Doc(vocab, words=words, pos=pos, heads=heads, deps=deps)
    assert noun_chunk_bounds(doc) == expected
    assert noun_chunk_bounds(doc, parse=ParseArrays(doc)) == expected
    assert [(chunk.start, chunk.end) for chunk in doc.noun_chunks] == expected


@pytest.mark.parametrize("text", [
    "The harbour authority of Velmar and its two rival unions signed a pact on Friday.",
    "Asked about the delay, she said the ministry and the regional council had 'no plan at all'.",
    "Q: Who pays for the new bridge? A: Frankly, nobody in Ossia knows yet.",
    "Velmar's ageing ferries, once the pride of the coast, now rust in a dock that floods every spring.",
    "BREAKING — Ossia recalls ambassador, cites 'grave interference' by neighbours and their allies",
    "",
])
def test_same_chunks_as_spacys_english_iterator(nlp, text):
    doc = nlp(text)
    expected = [(chunk.start, chunk.end, chunk.label_) for chunk in doc.noun_chunks]
    assert [(chunk.start, chunk.end, chunk.label_) for chunk in noun_chunks(doc)] == expected
    assert [(chunk.start, chunk.end, chunk.label_) for chunk in noun_chunks(doc, parse=ParseArrays(doc))] == expected


@pytest.mark.parametrize("name", PARSES)
def test_chunk_roots_are_spacys_span_roots(vocab, name):
    words, pos, heads, deps, expected = PARSES[name]
    doc = Doc(vocab, words=words, pos=pos, heads=heads, deps=deps)
    for start, end in expected:
        assert chunk_root(doc, start, end, heads=heads) == doc[start:end].root.i == end - 1


def test_chunk_root_of_a_span_whose_first_word_hangs_outside(vocab):
    # 'Grey' depends on the verb, not on 'gulls': the span's root is not its last word, and `Span.root` decides
    words, heads = ["Grey", "gulls", "circled", "overhead"], [2, 2, 2, 2]
    doc = Doc(vocab, words=words, pos=["ADV", "NOUN", "VERB", "ADV"], heads=heads,
              deps=["advmod", "nsubj", "ROOT", "advmod"])
    assert chunk_root(doc, 0, 2, heads=heads) == doc[0:2].root.i == 0


def test_chunks_kept_by_the_lemma_of_their_root(vocab):
    words, pos, heads, deps, _ = PARSES["coordinated object"]
    doc = Doc(vocab, words=words, pos=pos, heads=heads, deps=deps,
              lemmas=["the", "old", "Velmar", "Council", "meet", "the", "mayor", "and", "her", "deputy", "in", "Ossia",
                      "."])
    kept = noun_chunks(doc, head_lemmas={"council", "deputy"})
    assert [(chunk.start, chunk.end, chunk.label_) for chunk in kept] == [(0, 4, "NP"), (8, 10, "NP")]
    assert noun_chunks(doc, parse=ParseArrays(doc), head_lemmas=set()) == []


@pytest.mark.parametrize("head_lemmas, expected", [
    # 'harbour' and 'council' are words of the first chunk but not its root: only its root's lemma counts
    ({"harbour", "council"}, []),
    ({"session"}, [(0, 4, "NP")]),
    ({"council", "tariff"}, [(6, 7, "NP")]),
    # a lemma no word of the Doc has, and one of a word outside every chunk
    ({"lighthouse", "adjourn"}, []),
])
def test_chunks_kept_only_by_their_roots_lemma(vocab, head_lemmas, expected):
    words = ["The", "harbour", "council", "session", "adjourned", "over", "tariffs", "."]
    doc = Doc(vocab, words=words, pos=["DET", "NOUN", "NOUN", "NOUN", "VERB", "ADP", "NOUN", "PUNCT"],
              heads=[3, 2, 3, 4, 4, 4, 5, 4],
              deps=["det", "compound", "compound", "nsubj", "ROOT", "prep", "pobj", "punct"],
              lemmas=["the", "harbour", "council", "session", "adjourn", "over", "tariff", "."])
    for parse in (None, ParseArrays(doc)):
        kept = noun_chunks(doc, parse=parse, head_lemmas=head_lemmas)
        assert [(chunk.start, chunk.end, chunk.label_) for chunk in kept] == expected
