"""Noun chunks read from the Doc's arrays: the chunks of spaCy's English iterator, without a `Token` per word, and
their roots, so that a caller wanting the chunks of some head nouns only makes those into Spans."""

from __future__ import annotations

from typing import Collection, Sequence

import numpy as np
from spacy.attrs import DEP, HEAD, POS
from spacy.symbols import NOUN, PRON, PROPN
from spacy.tokens import Doc, Span

from analysis.nlp.arrays import ParseArrays, among

# The labels of spaCy's English noun-chunk iterator (`spacy.lang.en.syntax_iterators`) for a chunk's head.
NP_DEPS = ("oprd", "nsubj", "dobj", "nsubjpass", "pcomp", "pobj", "dative", "appos", "attr", "ROOT")
NP_LABEL = "NP"


def noun_chunk_bounds(doc: Doc, *, parse: ParseArrays | None = None) -> list[tuple[int, int]]:
    """Return the `(start, end)` token bounds of the English noun chunks of a parsed `doc`, in order: those of
    `doc.noun_chunks` (`parse`: the Doc's `ParseArrays`, whose columns are read instead of the Doc's).

    A chunk runs from the left edge of a noun, proper noun or pronoun to that word, when the word bears one of
    `NP_DEPS`, or is a conjunct of a word that does; no chunk starts inside the one before it.
    """
    strings = doc.vocab.strings
    np_deps = np.array(sorted(strings.add(label) for label in NP_DEPS), dtype=np.uint64)
    conj = strings.add("conj")
    if parse is None:
        deps, heads, pos = doc.to_array([DEP, HEAD, POS]).T
        heads = heads.astype(np.int64) + np.arange(len(doc))
    else:
        deps, heads, pos = parse.column("DEP"), parse.column("HEAD"), parse.column("POS")
    heads_np = among(deps, np_deps)
    words = np.flatnonzero(((pos == NOUN) | (pos == PROPN) | (pos == PRON)) & (heads_np | (deps == conj)))
    dep_list, head_list, np_list = deps.tolist(), heads.tolist(), heads_np.tolist()
    bounds, previous_end = [], -1
    for i in words.tolist():
        left = doc[i].left_edge.i
        if left <= previous_end:
            continue
        if not np_list[i]:  # a conjunct: the first word of its coordination must head a chunk
            first = head_list[i]
            while dep_list[first] == conj and head_list[first] < first:
                first = head_list[first]
            if not np_list[first]:
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
    return doc[start:end].root.i


def noun_chunks(doc: Doc, *, parse: ParseArrays | None = None, head_lemmas: Collection[str] | None = None) -> list[Span]:
    """Return the noun chunks of a parsed English `doc` as `doc.noun_chunks` gives them (Spans labelled 'NP'; `parse`
    as for `noun_chunk_bounds`); with `head_lemmas`, only those whose root's lower-cased lemma is one of them.

    A chunk's root is one of its words, so only a chunk holding a word with one of `head_lemmas` (found once for the
    Doc) has its root worked out.
    """
    bounds = noun_chunk_bounds(doc, parse=parse)
    if head_lemmas is not None and bounds:
        parse = parse if parse is not None else ParseArrays(doc)
        held = parse.lemma_indices(head_lemmas)
        starts, ends = np.array(bounds, dtype=np.int64).T
        holding = (held.searchsorted(ends) > held.searchsorted(starts)).tolist()
        bounds = [(start, end) for (start, end), holds in zip(bounds, holding)
                  if holds and parse.lowered_lemma(chunk_root(doc, start, end, heads=parse.head)) in head_lemmas]
    return [Span(doc, start, end, label=NP_LABEL) for start, end in bounds]
