"""Noun chunks read from the Doc's arrays: the chunks of spaCy's English iterator, without a `Token` per word, and
their roots, so that a caller wanting the chunks of some head nouns only makes those into Spans."""

from __future__ import annotations

from typing import Collection, Sequence

import numpy as np
from spacy.strings import get_string_id
from spacy.symbols import NOUN, PRON, PROPN
from spacy.tokens import Doc, Span

from analysis.nlp.arrays import ParseArrays, among, token_span

# The labels of spaCy's English noun-chunk iterator (`spacy.lang.en.syntax_iterators`) for a chunk's head.
NP_DEPS = ("oprd", "nsubj", "dobj", "nsubjpass", "pcomp", "pobj", "dative", "appos", "attr", "ROOT")
NP_LABEL = "NP"
NP_DEP_IDS = np.array(sorted(get_string_id(label) for label in NP_DEPS), dtype=np.uint64)
CONJ = "conj"
CONJ_ID = get_string_id(CONJ)


def noun_chunk_bounds(doc: Doc, *, parse: ParseArrays | None = None) -> list[tuple[int, int]]:
    """Return the `(start, end)` token bounds of the English noun chunks of a parsed `doc`, in order: those of
    `doc.noun_chunks` (`parse`: the Doc's `ParseArrays`, whose columns are read instead of the Doc's).

    A chunk runs from the left edge of a noun, proper noun or pronoun to that word, when the word bears one of
    `NP_DEPS`, or is a conjunct of a word that does; no chunk starts inside the one before it.
    """
    parse = parse if parse is not None else ParseArrays(doc)
    deps, pos, heads, labels = parse.column("DEP"), parse.column("POS"), parse.head, parse.dep
    heads_np = among(deps, NP_DEP_IDS)
    words = (((pos == NOUN) | (pos == PROPN) | (pos == PRON)) & (heads_np | (deps == CONJ_ID))).nonzero()[0]
    bounds, previous_end = [], -1
    for i, heads_chunk in zip(words.tolist(), heads_np[words].tolist()):
        left = doc[i].left_edge.i
        if left <= previous_end:
            continue
        if not heads_chunk:  # a conjunct: the first word of its coordination must head a chunk
            first = heads[i]
            while labels[first] == CONJ and heads[first] < first:
                first = heads[first]
            if not heads_np[first]:
                continue
        previous_end = i
        bounds.append((left, i + 1))
    return bounds


def chunk_root(doc: Doc, start: int, end: int, *, heads: Sequence[int]) -> int:
    """Return the index of the root of `doc[start:end]` as `Span.root` gives it (`heads`: each token's head index,
    its own at a sentence root).

    That is the span's last word when no other word of it is a sentence root or depends on a word outside it, and the
    last word is a root or depends on a word outside (a noun chunk of a projective parse); else `Span.root` is asked.
    """
    last = end - 1
    if ((heads[last] == last or not start <= heads[last] < last)
            and all(start <= heads[i] <= last and heads[i] != i for i in range(start, last))):
        return last
    return token_span(doc, start, end).root.i


def noun_chunks(doc: Doc, *, parse: ParseArrays | None = None, head_lemmas: Collection[str] | None = None) -> list[Span]:
    """Return the noun chunks of a parsed English `doc` as `doc.noun_chunks` gives them (Spans labelled 'NP'; `parse`
    as for `noun_chunk_bounds`); with `head_lemmas`, only those whose root's lower-cased lemma is one of them.

    A chunk's root is one of its words, so only a chunk holding a word with one of `head_lemmas` (found once for the
    Doc) has its root worked out.
    """
    parse = parse if parse is not None else ParseArrays(doc)
    bounds = noun_chunk_bounds(doc, parse=parse)
    if head_lemmas is not None and bounds:
        held = parse.lemma_indices(head_lemmas)
        starts, ends = np.array(bounds, dtype=np.int64).T
        holding = (held.searchsorted(ends) > held.searchsorted(starts)).tolist()
        bounds = [(start, end) for (start, end), holds in zip(bounds, holding)
                  if holds and parse.lowered_lemma(chunk_root(doc, start, end, heads=parse.head)) in head_lemmas]
    return [Span(doc, start, end, label=NP_LABEL) for start, end in bounds]
