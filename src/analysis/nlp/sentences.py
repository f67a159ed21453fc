"""Sentences within blocks, and the gaps left where a capture lost the text of a link."""

from __future__ import annotations

import bisect
import re
from typing import Iterator, NamedTuple, Protocol, Sequence

import numpy as np
from spacy.attrs import LOWER, POS, SPACY
from spacy.strings import get_string_id
from spacy.symbols import ADP, DET
from spacy.tokens import Doc, Span

from analysis.corpus.sections import Block, doc_blocks, raw_text
from analysis.nlp.arrays import ParseArrays, among

SPACE_BEFORE_PUNCT = re.compile(r"\w +[,.;:](?=\s|$)")
ORPHAN_POSSESSIVE = re.compile(r"(?:^|[\s,(—–-])[’']s\b")
# Each pattern with the strings one of which every match holds: a text holding none is not searched.
GAP_PATTERNS = ((SPACE_BEFORE_PUNCT, (" ,", " .", " ;", " :")), (ORPHAN_POSSESSIVE, ("’s", "'s")))
GAP_STRINGS = tuple(string for _, held in GAP_PATTERNS for string in held)
GAP_AFTER = frozenset({"ADP", "DET"})
GAP_BEFORE = frozenset({"and", "or", "but", ",", ".", ";", ":", "—", "–"})
GAP_BEFORE_IDS = np.array(sorted(get_string_id(word) for word in GAP_BEFORE), dtype=np.uint64)
GAP_ATTRS = [POS, SPACY, LOWER]


class Sentence(NamedTuple):
    """A sentence, trimmed of surrounding whitespace; `text == raw[start:end]`."""

    sent_id: int
    block_id: int
    section: str
    start: int
    end: int
    text: str
    n_tokens: int
    has_elision: bool


class Located(Protocol):
    """Any record with character offsets into the raw text: a block, sentence, mention or quote."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


def record_span(doc: Doc, record: Located) -> Span:
    """Return the Span of `doc` over `record.start:record.end`, widened to whole tokens."""
    return doc.char_span(record.start, record.end, alignment_mode="expand")


def _gap_openers(doc: Doc, parse: ParseArrays | None = None) -> list[int]:
    """Return the indices of the tokens that may open a gap: a spaced preposition or determiner before a
    conjunction or punctuation (see `find_elisions`), found for the whole `doc` at once (on `parse`'s columns if
    given)."""
    if parse is None:
        attrs = doc.to_array(GAP_ATTRS)
        tags, spaced, following = attrs[:-1, 0], attrs[:-1, 1], attrs[1:, 2]
    else:
        tags, spaced, following = parse.column("POS")[:-1], parse.column("SPACY")[:-1], parse.column("LOWER")[1:]
    opens = ((tags == ADP) | (tags == DET)) & (spaced == 1) & among(following, GAP_BEFORE_IDS)
    return opens.nonzero()[0].tolist()


def _elisions(doc: Doc, raw: str, start: int, end: int, start_char: int, end_char: int,
              openers: list[int]) -> list[tuple[int, int]]:
    """Return the gaps (see `find_elisions`) of the tokens `start:end` of `doc`, which cover `raw[start_char:end_char]`
    (`openers`: the Doc's `_gap_openers`)."""
    text = raw[start_char:end_char]
    gaps = [(start_char + m.start(), start_char + m.end()) for pattern, held in GAP_PATTERNS
            if any(map(text.__contains__, held)) for m in pattern.finditer(text)]
    for i in openers[bisect.bisect_left(openers, start):bisect.bisect_left(openers, end - 1)]:
        token = doc[i]
        following = token.nbor()
        paired = following.i + 1 < len(token.doc) and following.nbor().pos_ == token.pos_
        if token.pos_ in GAP_AFTER and token.whitespace_ and following.lower_ in GAP_BEFORE and not paired:
            gaps.append((token.idx, following.idx + len(following)))
    return sorted(set(gaps))


def find_elisions(span: Span) -> list[tuple[int, int]]:
    """Return character spans (into the doc) where words seem to be missing.

    Three signs of lost link text: a space before a comma or full stop ('assault on , ’s'),
    a possessive with no noun before it (', ’s second largest city'), and a preposition or
    determiner followed, across a space, by a conjunction or punctuation ('conflict with and'),
    unless a word of its own kind follows the conjunction ('over and above').
    """
    doc = span.doc
    return _elisions(doc, raw_text(doc), span.start, span.end, span.start_char, span.end_char, _gap_openers(doc))


def iter_sentences(doc: Doc, *, parse: ParseArrays | None = None, blocks: Sequence[Block] | None = None
                   ) -> Iterator[Sentence]:
    """Yield the sentences of `doc` in order, each inside one of the blocks stored on it (see `set_blocks`); `parse`
    is the Doc's `ParseArrays`; where it is not given, a whole `ParseArrays(doc)` is built, so a caller that reads
    several passes over one Doc should build it once and pass it; `blocks`, the Doc's `doc_blocks`, if read already.

    The sentences are those of `doc.sents` without the whitespace tokens at either edge (a sentence of whitespace
    only is left out), found and placed on `parse`'s columns, without a Span per sentence.

    Raises ValueError when `doc` holds no blocks, or a sentence crosses the end of its block.
    """
    blocks = blocks if blocks is not None else doc_blocks(doc)
    parse = parse if parse is not None else ParseArrays(doc)
    words = (parse.column("IS_SPACE") == 0).nonzero()[0]  # the non-space tokens' indices, in order
    starts = parse.sentence_starts()
    # per sentence, its first word and the word after its last (as positions in `words`), kept where they differ
    firsts, lasts = words.searchsorted(starts), words.searchsorted([*starts[1:], len(doc)] if starts else [])
    kept = firsts < lasts
    firsts, lasts = firsts[kept], lasts[kept]
    token_starts, token_stops = words[firsts], words[lasts - 1] + 1
    char_starts, char_ends = parse.char_offsets(token_starts, token_stops)
    in_block = (np.searchsorted([block.start for block in blocks], char_starts, side="right") - 1).tolist()
    openers, raw = _gap_openers(doc, parse), raw_text(doc)
    # whether a gap opener lies in the sentence (see `_elisions`): only there, or in a text holding one of the strings
    # a gap pattern needs, are the gaps looked for
    opened = (np.searchsorted(openers, token_stops - 1) > np.searchsorted(openers, token_starts)).tolist()
    for sent_id, (start, stop, start_char, end_char, n_tokens, block_index, may_open) in enumerate(zip(
            token_starts.tolist(), token_stops.tolist(), char_starts, char_ends, (lasts - firsts).tolist(), in_block,
            opened)):
        block = blocks[block_index]
        if end_char > block.end:
            raise ValueError(f"sentence at {start_char} crosses the end of block {block.block_id}")
        text = raw[start_char:end_char]
        has_elision = ((may_open or any(map(text.__contains__, GAP_STRINGS)))
                       and bool(_elisions(doc, raw, start, stop, start_char, end_char, openers)))
        yield Sentence(sent_id, block.block_id, block.section, start_char, end_char, text, n_tokens, has_elision)
