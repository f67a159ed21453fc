"""Tokens picked by their attributes from `Doc.to_array`, without making a `Token` object for each."""

from __future__ import annotations

import bisect
import logging
from functools import cached_property, lru_cache
from typing import Iterable, Sequence

import numpy as np
from spacy.attrs import DEP, ENT_TYPE, HEAD, IDX, IS_SPACE, LEMMA, LOWER, NORM, ORTH, POS, SENT_START, SPACY, TAG
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from analysis.corpus.sections import RAW_TEXT_KEY

logger = logging.getLogger(__name__)


@lru_cache(maxsize=256)
def _sorted_string_ids(values: frozenset[str]) -> np.ndarray:
    """Return the sorted string ids of `values`, read-only: kept per word list, which the extractors pass often."""
    ids = np.unique(np.array([get_string_id(value) for value in values], dtype=np.uint64))
    ids.flags.writeable = False
    return ids


@lru_cache(maxsize=256)
def string_ids(values: frozenset[str]) -> frozenset[int]:
    """Return the string ids of `values` (the hashes `ParseArrays`' lists hold): kept per word list, which the
    extractors pass often."""
    return frozenset(get_string_id(value) for value in values)


def _indices_among(column: np.ndarray, values: Iterable[str], *, exclude: bool = False,
                   low_bits: np.ndarray | None = None) -> np.ndarray:
    """Return the indices of the entries of `column` (string ids) that are the id of one of `values` (with `exclude`:
    of none of them), in order; `low_bits` as `among` takes them."""
    return (among(column, _sorted_string_ids(frozenset(values)), low_bits=low_bits) != exclude).nonzero()[0]


# Up to how many values `among` compares each entry with each value, rather than searching the values.
FEW_VALUES = 3
# The low bits of an entry that `among` buckets it by before searching the values (string ids are hashes, symbols
# small distinct integers, so their low bits spread over the buckets).
BUCKET_MASK = (1 << 14) - 1


def low_bits_of(column: np.ndarray) -> np.ndarray:
    """Return the low bits (`BUCKET_MASK`) of each entry of `column` (integers), as indices: what `among` buckets the
    entries by, for a caller that passes one column many times to keep."""
    return (column & BUCKET_MASK).astype(np.intp)


def among(column: np.ndarray, values: np.ndarray, *, low_bits: np.ndarray | None = None) -> np.ndarray:
    """Return whether each entry of `column` (integers) is one of `values` (sorted, of the same type), as `np.isin`
    does: with one comparison per value for up to `FEW_VALUES` values, else one binary search per entry whose low
    bits (`BUCKET_MASK`) are those of a value. With more than `FEW_VALUES` values it reads its table of
    `BUCKET_MASK + 1` (16,384) buckets from `_buckets`, built once per list of values, and the entries' low bits from
    `low_bits` if given (`low_bits_of(column)`, kept by the caller), else works them out."""
    if not len(values):
        return np.zeros(len(column), dtype=bool)
    if len(values) <= FEW_VALUES:
        # the values as Python ints: iterating over the array would end on an IndexError raised and caught in C
        first, *others = values.tolist()
        found = column == first
        for value in others:
            found |= column == value
        return found
    # a binary search mispredicts a branch at about every step: the buckets leave out most entries first
    buckets = _buckets(values.tobytes(), values.dtype.str)
    candidates = buckets[low_bits if low_bits is not None else low_bits_of(column)].nonzero()[0]
    picked = column[candidates]
    found = np.zeros(len(column), dtype=bool)
    # the method and `np.minimum`, not `np.searchsorted` and `clip`: numpy runs those through Python at every call
    found[candidates] = values[np.minimum(values.searchsorted(picked), len(values) - 1)] == picked
    return found


@lru_cache(maxsize=1024)
def _buckets(values: bytes, dtype: str) -> np.ndarray:
    """Return `among`'s bucket table of the values (integers of `dtype`, as bytes): True at the low bits
    (`BUCKET_MASK`) of each value, read-only; kept per list of values, since the extractors pass the same lists at
    every Doc and zeroing a table costs more than finding it."""
    buckets = np.zeros(BUCKET_MASK + 1, dtype=bool)
    buckets[(np.frombuffer(values, dtype=dtype) & BUCKET_MASK).astype(np.intp)] = True
    buckets.flags.writeable = False
    return buckets


def token_span(doc: Doc, start: int, end: int) -> Span:
    """Return `doc[start:end]`: a Span made directly for `0 <= start <= end <= len(doc)` (the slice normalises its
    bounds in Python first, which costs three times the Span), else the slice's own answer."""
    if 0 <= start <= end <= len(doc):
        return Span(doc, start, end)
    return doc[start:end]


# The characters `str.isspace` holds true (Unicode's White_Space and the separators: all below U+3001), as a table by
# code point with one more entry, False, for every code point above.
WHITESPACE_BELOW = 0x3001
_IS_WHITESPACE = np.array([chr(code).isspace() for code in range(WHITESPACE_BELOW)] + [False])


def token_ends(starts: np.ndarray, spaces: np.ndarray, last_length: int) -> np.ndarray:
    """Return each token's end offset from the tokens' start offsets (`Doc.to_array`'s IDX) and trailing spaces
    (SPACY): a token ends where the next begins, less its space (spaCy places each token so); the last ends
    `last_length` characters after its start."""
    ends = np.empty(len(starts), dtype=np.int64)
    if len(starts):
        ends[:-1] = starts[1:] - spaces[:-1]
        ends[-1] = starts[-1] + last_length
    return ends


def whitespace_tokens(text: str, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Return 1 for each token `text[starts[k]:ends[k]]` made of whitespace only (the lexeme flag IS_SPACE,
    `str.isspace` of the token's text), else 0, as unsigned integers like `Doc.to_array`'s."""
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    others = np.zeros(len(codes) + 1, dtype=np.int64)  # the characters that are not whitespace before each offset
    np.cumsum(~_IS_WHITESPACE[np.minimum(codes, WHITESPACE_BELOW)], out=others[1:])
    return ((others[ends] == others[starts]) & (ends > starts)).astype(np.uint64)


# Each lemma met so far, by its string id (a hash of the string, the same in every vocabulary), in lower case.
_LOWERED_LEMMAS: dict[int, str] = {}
# Each lemma met so far, by its string id, with the string id of its lower-case form (see `lemma_indices`).
_LOWERED_LEMMA_IDS: dict[int, int] = {}


class ParseArrays:
    """The dependency parse of a Doc as plain lists, read once from `Doc.to_array`.

    Per token: its label (`dep`), head index (`head`, its own index at a root), part of speech (`pos`), tag
    (`tag`), and the string ids of its lower-case form (`lower`), lemma (`lemma`) and norm (`norm`); `children(i)`
    gives the indices of token i's dependents in order, as `Token.children` does. The same columns, the verbatim
    text (`ORTH`), the entity type, the sentence starts, whether a space follows a token (`SPACY`) and whether it is
    whitespace (`IS_SPACE`) are kept as NumPy arrays (`column`) for picking tokens by their attributes (`indices`,
    `lemma_indices`, `lemma_indices_between`, `lemma_ids_between`) and finding a token's sentence
    (`sentence_bounds`, `sentence_start`; `Span.sent` itself on a Doc with sentence hooks or without sentence
    starts), and the tokens' character offsets for finding the tokens of character ranges (`expanded_ranges`), as a
    list, each token's `Token.idx` (`token_starts`), and a range's `Span.root` (`span_root`). One is read per Doc and
    handed to every stage that reads its columns.
    """

    def __init__(self, doc: Doc):
        # The tokens' lengths are read from their offsets, and which are whitespace from the Doc's text where it is
        # kept (`RAW_TEXT_KEY`) and as long as the Doc's: a lexeme's attribute costs `to_array` two to four times a
        # token's own.
        text = doc.user_data.get(RAW_TEXT_KEY)
        table = doc.to_array([DEP, HEAD, ORTH, LOWER, LEMMA, NORM, POS, TAG, ENT_TYPE, SENT_START, IDX, SPACY]
                             + ([IS_SPACE] if text is None else []))
        deps, heads, orths, lowers, lemmas, norms, pos, tags, entity_types, sent_starts, starts, spaces = table.T[:12]
        positions = np.arange(len(doc))
        self._starts = starts.astype(np.int64)
        self._ends = token_ends(self._starts, spaces.astype(np.int64), len(doc[-1]) if len(doc) else 0)
        self._text_length = int(self._ends[-1] + spaces[-1]) if len(doc) else 0
        if text is None:
            is_space = table[:, 12]
        elif len(text) != self._text_length:
            logger.warning("the kept text is %d characters long, the Doc's %d: whitespace tokens read from the Doc",
                           len(text), self._text_length)
            is_space = doc.to_array([IS_SPACE])
        else:
            is_space = whitespace_tokens(text, self._starts, self._ends)
        heads = heads.astype(np.int64) + positions
        self._columns = {"DEP": deps, "HEAD": heads, "ORTH": orths, "LOWER": lowers, "LEMMA": lemmas, "NORM": norms,
                         "POS": pos, "TAG": tags, "ENT_TYPE": entity_types, "SENT_START": sent_starts, "SPACY": spaces,
                         "IS_SPACE": is_space}
        self._doc = doc
        self._strings_of = doc.vocab.strings
        self._lowered_lemma_ids: tuple[np.ndarray, np.ndarray] | None = None  # with their low bits: `lemma_indices`
        self._low_bits: dict[str, np.ndarray] = {}  # see `low_bits`
        # the first tokens of the sentences, found when first asked for; () where `Span.sent` is asked instead
        self._sentence_starts: list[int] | tuple[()] | None = None
        self._first_dependents: dict[tuple[frozenset[str], frozenset[str] | None], list[int]] = {}
        self._with_lemma_ids: dict[frozenset[int], list[int]] = {}
        self._with_lowered_lemmas: dict[frozenset[str], list[int]] = {}  # see `lemma_indices_between`
        self.dep = _known_strings(doc, deps)
        self.pos = _known_strings(doc, pos)
        self.tag = _known_strings(doc, tags)
        self.head = heads.tolist()
        self.lower = lowers.tolist()
        self.lemma = lemmas.tolist()
        self.norm = norms.tolist()
        parents = np.where(heads == positions, -1, heads)
        self._order = np.argsort(parents, kind="stable").tolist()
        # where token i's dependents begin in `_order`: the number of tokens whose parent comes before it (roots first)
        self._bounds = np.bincount(parents + 1, minlength=len(doc) + 1).cumsum().tolist()

    def column(self, attr: str) -> np.ndarray:
        """Return the column of `attr` ('DEP', 'HEAD', 'ORTH', 'LOWER', 'LEMMA', 'NORM', 'POS', 'TAG', 'ENT_TYPE',
        'SENT_START', 'SPACY' or 'IS_SPACE'): string ids, for 'HEAD' each token's head index, for 'SENT_START' 1 at a
        sentence start, 0 where unset and the largest value (-1) elsewhere, for 'SPACY' 1 where a space follows the
        token, for 'IS_SPACE' 1 for a whitespace token; raise KeyError for another attribute (see `attrs`)."""
        return self._columns[attr]

    @property
    def attrs(self) -> frozenset[str]:
        """The attributes `column` gives."""
        return frozenset(self._columns)

    def indices(self, attr: str, values: Iterable[str], *, exclude: bool = False) -> np.ndarray:
        """Return the indices of the tokens whose `attr` (a string column, see `column`) is one of `values` (with
        `exclude`: is none of them), in order."""
        return _indices_among(self._columns[attr], values, exclude=exclude, low_bits=self.low_bits(attr))

    def low_bits(self, attr: str) -> np.ndarray:
        """Return `low_bits_of` the column of `attr` (see `column`), worked out when first asked for and kept: what
        `among` reads of a column, passed with it by the callers that search it often."""
        found = self._low_bits.get(attr)
        if found is None:
            found = self._low_bits[attr] = low_bits_of(self._columns[attr])
        return found

    def lemma_indices(self, lemmas: Iterable[str]) -> np.ndarray:
        """Return the indices of the tokens whose lower-cased lemma is one of `lemmas`, in order."""
        # Per token, the string id of its lower-cased lemma, made once per Doc from its distinct lemmas: a token's
        # lower-cased lemma is one of `lemmas` when its id is one of theirs (string ids are 64-bit hashes of the
        # strings, which spaCy's string store takes as distinct).
        lowered = self._lowered_lemma_ids
        if lowered is None:
            distinct, inverse = np.unique(self._columns["LEMMA"], return_inverse=True)
            distinct = distinct.tolist()
            known = _LOWERED_LEMMA_IDS
            ids = list(map(known.get, distinct))
            if None in ids:
                strings = self._strings_of
                ids = [known.setdefault(value, get_string_id(strings[value].lower())) if found is None else found
                       for value, found in zip(distinct, ids)]
            column = np.array(ids, dtype=np.uint64)[inverse.reshape(-1)]
            lowered = self._lowered_lemma_ids = (column, low_bits_of(column))
        column, low_bits = lowered
        return among(column, _sorted_string_ids(frozenset(lemmas)), low_bits=low_bits).nonzero()[0]

    def lemma_ids_between(self, lemma_ids: frozenset[int], start: int, end: int) -> list[int]:
        """Return the indices from `start` up to `end` (excluded) of the tokens whose lemma (its string id) is one of
        `lemma_ids`, in order: the Doc's are found once per set of ids and kept."""
        found = self._with_lemma_ids.get(lemma_ids)
        if found is None:
            wanted = np.array(sorted(lemma_ids), dtype=np.uint64)
            found = self._with_lemma_ids[lemma_ids] = among(self._columns["LEMMA"], wanted,
                                                            low_bits=self.low_bits("LEMMA")).nonzero()[0].tolist()
        return found[bisect.bisect_left(found, start):bisect.bisect_left(found, end)]

    def lemma_indices_between(self, lemmas: frozenset[str], start: int, end: int) -> list[int]:
        """Return the indices from `start` up to `end` (excluded) of the tokens whose lower-cased lemma is one of
        `lemmas`, in order: the Doc's are found once per word list (`lemma_indices`) and kept."""
        found = self._with_lowered_lemmas.get(lemmas)
        if found is None:
            found = self._with_lowered_lemmas[lemmas] = self.lemma_indices(lemmas).tolist()
        return found[bisect.bisect_left(found, start):bisect.bisect_left(found, end)]

    def lowered_lemma(self, i: int) -> str:
        """Return the lemma of token `i` in lower case: read from the lemmas lowered so far (`_LOWERED_LEMMAS`, kept
        across Docs by string id), lowered and kept when first met; no table is made per Doc."""
        value = self.lemma[i]
        found = _LOWERED_LEMMAS.get(value)
        return found if found is not None else _LOWERED_LEMMAS.setdefault(value, self._strings_of[value].lower())

    def sentence_starts(self) -> list[int]:
        """Return the index of the first token of each sentence, as `Doc.sents` gives them (see `sentence_starts`)."""
        return sentence_starts(self._doc, self._columns["SENT_START"])

    def sentence_start(self, i: int) -> int:
        """Return the index of the first token of the sentence holding token `i` (see `sentence_bounds`)."""
        return self.sentence_bounds(i)[0]

    def sentence_bounds(self, i: int) -> tuple[int, int]:
        """Return the token range `(start, stop)` of the sentence holding token `i`, as `Span.sent` finds it for a span
        starting at token `i`: on a Doc with sentence starts and no sentence hooks, from the last sentence start at or
        before `i` (else 0) to the next one (else the Doc's end), read on the arrays; on a Doc with sentence hooks
        ('sent' span hook, 'sents' Doc hook), `Span.sent`'s own answer, and on a Doc without sentence starts its
        ValueError (E030)."""
        starts = self._sentence_starts
        if starts is None:
            doc = self._doc
            hooked = "sent" in doc.user_span_hooks or "sents" in doc.user_hooks
            bounded = doc.has_annotation("SENT_START") and not hooked
            starts = (self._columns["SENT_START"] == 1).nonzero()[0].tolist() if bounded else ()
            self._sentence_starts = starts
        if starts == ():
            sentence = self._doc[i:i + 1].sent
            return sentence.start, sentence.end
        after = bisect.bisect_right(starts, i)
        return starts[after - 1] if after else 0, starts[after] if after < len(starts) else len(self._doc)

    def expanded_ranges(self, starts: Sequence[int], ends: Sequence[int]) -> list[tuple[int, int] | None]:
        """Return, per character range `starts[k]:ends[k]`, the token range `(first, stop)` of the tokens it at least
        partly covers, as `Doc.char_span(..., alignment_mode="expand")` finds them (a range that starts in the
        whitespace after a token begins at the next one); None where `char_span` gives None (an offset outside the
        text)."""
        starts, ends = np.asarray(starts, dtype=np.int64), np.asarray(ends, dtype=np.int64)
        first = self._starts.searchsorted(starts, side="right") - 1
        last = self._starts.searchsorted(ends - 1, side="right") - 1
        valid = (starts >= 0) & (starts < self._text_length) & (ends >= 1) & (ends <= self._text_length)
        if valid.any():
            first = np.where(valid & (starts == self._ends[np.maximum(first, 0)]), first + 1, first)
        return [(start, stop + 1) if ok else None
                for start, stop, ok in zip(first.tolist(), last.tolist(), valid.tolist())]

    def char_offsets(self, starts: np.ndarray, stops: np.ndarray) -> tuple[list[int], list[int]]:
        """Return the character offsets `(start_chars, end_chars)` of the token ranges `starts[k]:stops[k]` (each with
        at least one token), as their Spans' `start_char` and `end_char` give them."""
        return self._starts[starts].tolist(), self._ends[np.asarray(stops) - 1].tolist()

    @cached_property
    def token_starts(self) -> list[int]:
        """The character offset of each token (its `Token.idx`), read when first asked for."""
        return self._starts.tolist()

    @cached_property
    def _roots(self) -> list[int]:
        """The indices of the tokens that head themselves (the parse's roots), in order."""
        heads = self._columns["HEAD"]
        return (heads == np.arange(len(heads))).nonzero()[0].tolist()

    def span_root(self, start: int, end: int) -> int:
        """Return the index of `Span.root` of the tokens `start:end`: the first of them that heads itself, as spaCy
        takes it, read on the arrays; where none does, or on a Doc with a 'root' span hook, `Span.root`'s own."""
        roots = self._roots
        k = bisect.bisect_left(roots, start)
        if k < len(roots) and roots[k] < end and "root" not in self._doc.user_span_hooks:
            return roots[k]
        return self._doc[start:end].root.i

    def children(self, i: int) -> list[int]:
        """Return the indices of the dependents of token `i`, in order."""
        return self._order[self._bounds[i]:self._bounds[i + 1]]

    def first_dependents(self, labels: frozenset[str], *, words: frozenset[str] | None = None) -> list[int]:
        """Return, per token, the index of its first dependent (in text order) whose label is one of `labels` (with
        `words`: and whose lower-case form is one of them), or -1 where it has none; read for all tokens at once and
        kept per `labels` and `words`."""
        key = (labels, words)
        first = self._first_dependents.get(key)
        if first is None:
            heads = self._columns["HEAD"]
            positions = np.arange(len(heads))
            chosen = among(self._columns["DEP"], _sorted_string_ids(labels), low_bits=self.low_bits("DEP")) & (
                heads != positions)
            if words is not None:
                chosen &= among(self._columns["LOWER"], _sorted_string_ids(words), low_bits=self.low_bits("LOWER"))
            picked = chosen.nonzero()[0][::-1]  # last first: a head's first dependent is written over the others
            first = self._first_dependents[key] = [-1] * len(heads)
            for dependent, head in zip(picked.tolist(), heads[picked].tolist()):
                first[head] = dependent
        return first

    def conjuncts(self, i: int) -> list[int]:
        """Return the indices of the tokens coordinated with token `i` (not itself), in the order of
        `Token.conjuncts`: the first conjunct, then each `conj` dependent to the right, breadth first."""
        first = i
        while self.dep[first] == "conj" and self.head[first] != first:
            first = self.head[first]
        coordinated = [first]
        for word in coordinated:
            coordinated.extend(child for child in self.children(word) if child > word and self.dep[child] == "conj")
        return [word for word in coordinated if word != i]


class FirstDependents:
    """A class attribute that gives each instance its Doc's `ParseArrays.first_dependents(labels, words=words)`, read
    from the instance's `parse` at the first use and kept as the instance's own attribute, so a helper asked at every
    cue reads a list rather than calling for it."""

    def __init__(self, labels: frozenset[str], *, words: frozenset[str] | None = None):
        self.labels, self.words = labels, words
        self.name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, instance: object | None, owner: type | None = None) -> list[int] | FirstDependents:
        """Return, per token of the instance's Doc, the index of its first dependent with one of the labels (and
        words), or -1; read on the class, the descriptor itself."""
        if instance is None:
            return self
        first = instance.__dict__[self.name] = instance.parse.first_dependents(self.labels, words=self.words)
        return first


def sentence_starts(doc: Doc, column: np.ndarray) -> list[int]:
    """Return the index of the first token of each sentence of `doc`, as `Doc.sents` gives them: token 0 and each later
    token whose SENT_START (`column`, as `Doc.to_array` reads it) is 1; `Doc.sents`' own on a Doc with a 'sents' hook,
    and its ValueError (E030) on a Doc without sentence starts."""
    if "sents" in doc.user_hooks or not len(doc) or not doc.has_annotation("SENT_START"):
        return [sentence.start for sentence in doc.sents]
    return [0, *((column[1:] == 1).nonzero()[0] + 1).tolist()]


class _KnownStrings:
    """The strings of the ids met so far in the string columns `ParseArrays` lists (labels, parts of speech, tags: a
    few hundred), sorted by id, so that a column is looked up with one binary search per entry and no sort; an id not
    met before is read from the vocabulary once (an id stands for the same string in every vocabulary)."""

    def __init__(self):
        self.ids = np.zeros(0, dtype=np.uint64)
        self.strings = np.zeros(0, dtype=object)

    def __call__(self, doc: Doc, ids: np.ndarray) -> list[str]:
        """Return the strings of `ids` (string ids of `doc`'s vocabulary)."""
        at = self.ids.searchsorted(ids)
        if not len(self.ids) or not (self.ids[np.minimum(at, len(self.ids) - 1)] == ids).all():
            new = np.setdiff1d(ids, self.ids)
            ids_met = np.concatenate([self.ids, new])
            order = ids_met.argsort()
            self.ids = ids_met[order]
            self.strings = np.concatenate([self.strings, np.array([doc.vocab.strings[value] for value in new.tolist()],
                                                                  dtype=object)])[order]
            at = self.ids.searchsorted(ids)
        return self.strings[at].tolist()


_known_strings = _KnownStrings()
