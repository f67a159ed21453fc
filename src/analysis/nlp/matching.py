"""Phrase matching on lemmas, for the lexicon-driven extractors.

The pipeline's last component (`analysis_lemma_norms`) stores each token's lower-cased
lemma in `token.norm_`, after the statistical components have used the original norms.
A `PhraseMatcher` on `NORM` then matches a cue written in lemma form ('pull out') against
any inflection ('pulled out'), whatever its case; a second one on `LOWER` matches the
surface form ('won'), so a cue may also be written as it appears.

A spaCy `Matcher` tries every pattern at every token, so its cost grows with patterns times
tokens. `AnchoredMatcher` runs a pattern only on a Doc that holds its *anchors* (the tokens every
match holds with a fixed word, lemma or norm), and only around them, as far before and after as a
match can reach; a pattern of one token that only compares attributes with strings is tested on
the Doc's arrays instead. It finds exactly the matches one `Matcher` with all the patterns finds.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from typing import Callable, Iterable

import numpy as np
from spacy.attrs import IDS, LEMMA, NORM
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from analysis.nlp.arrays import FEW_VALUES, ParseArrays, among, low_bits_of, token_span

LEMMA_NORMS = "analysis_lemma_norms"


@Language.component(LEMMA_NORMS)
def lemma_norms(doc: Doc) -> Doc:
    """Return `doc` with each token's norm set to its lower-cased lemma (where it has a lemma)."""
    lemmas, norms = doc.to_array([LEMMA, NORM]).reshape(len(doc), 2).T
    strings = doc.vocab.strings
    distinct, inverse = np.unique(lemmas, return_inverse=True)
    # A lemma in lower case already is its own norm: a string is added only for the others.
    lowered = np.array([strings.add(text.lower()) if lemma and (text := strings[lemma]) != text.lower() else lemma
                        for lemma in distinct.tolist()], dtype=np.uint64)
    doc.from_array([NORM], np.where(lemmas != 0, lowered[inverse.reshape(-1)], norms))
    return doc


class _KeptRoot:
    """`MatchSpan.root`: `Span.root`, found at the first request and kept on the Span (a non-data descriptor, so the
    kept value is read from the Span's own attributes afterwards)."""

    def __get__(self, span: MatchSpan | None, owner: type | None = None) -> Token | _KeptRoot:
        if span is None:
            return self
        root = span.__dict__["root"] = SPAN_ROOT.__get__(span, owner)
        return root


SPAN_ROOT = Span.root


class MatchSpan(Span):
    """A match's Span, whose root is found once: the coder's rules ask each cue's root many times (about ten calls per
    cue Span), and `Span.root` walks the cue's words up to the sentence root and makes a new Token at every call."""

    root = _KeptRoot()


class LemmaPhraseMatcher:
    """Matches phrases written in lemma form, and optional spaCy Matcher patterns, under string keys."""

    def __init__(self, vocab: Vocab, make_doc: Callable[[str], Doc]):
        self.make_doc = make_doc
        self.by_lemma = PhraseMatcher(vocab, attr="NORM")
        self.by_word = PhraseMatcher(vocab, attr="LOWER")
        self.by_pattern = AnchoredMatcher(vocab)
        # The last Doc matched, and its matches: each one's start, end and label (id), in order (see `_match`), and its
        # Span once asked for (a Doc's matches outside the sentences its callers read are never made Spans).
        self._doc: Doc | None = None
        self._within: np.ndarray | None = None  # the token mask the last Doc was matched for (see `numbered_between`)
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._labels: list[int] = []
        self._spans: list[Span | None] = []
        # The Doc and mask `numbered_between` numbered the matches of last, and whether the Doc's matches were made
        # again since (by a call for another Doc or mask), which renumbers them (see `span`).
        self._numbered: tuple[Doc, np.ndarray | None] | None = None

    def add(self, key: str, phrases: Iterable[str], patterns: Iterable[list[dict]] = ()) -> None:
        """Add `phrases` (lemma form, lower case) and Matcher `patterns` under `key`."""
        docs = []
        for phrase in phrases:
            doc = self.make_doc(phrase.lower())
            for token in doc:
                token.norm_ = token.lower_
            docs.append(doc)
        self.by_lemma.add(key, docs)
        self.by_word.add(key, docs)
        patterns = list(patterns)
        if patterns:
            self.by_pattern.add(key, patterns)
        self._doc = None

    def __call__(self, doclike: Doc | Span, *, parse: ParseArrays | None = None) -> list[Span]:
        """Return the distinct matches in `doclike` as labelled spans, in text order.

        The whole Doc is matched once and kept for the next call: a Span's matches are those of
        its Doc that lie inside it, which is what matching the Span alone finds. The patterns read
        the Doc's columns from `parse` (its `ParseArrays`) where it holds them.
        """
        if isinstance(doclike, Span):
            return self.between(doclike.doc, doclike.start, doclike.end, parse=parse)
        self._matched(doclike, parse=parse)
        return [self._span(i) for i in range(len(self._starts))]

    def between(self, doc: Doc, start: int, end: int, *, parse: ParseArrays | None = None) -> list[Span]:
        """Return the distinct matches in `doc[start:end]`, as `self(doc[start:end])` does, without the Span."""
        self._matched(doc, parse=parse)
        ends = self._ends
        return [self._span(i) for i in range(bisect.bisect_left(self._starts, start),
                                             bisect.bisect_left(self._starts, end)) if ends[i] <= end]

    def numbered_between(self, doc: Doc, start: int, end: int, *, parse: ParseArrays | None = None,
                         within: np.ndarray | None = None) -> list[tuple[int, int, int, str]]:
        """Return the matches `between` returns, in its order, each as its number (see `span`), start, end and label,
        without making their Spans. With `within` (a mask of the Doc's tokens, passed as the same array at every call
        for the Doc), `doc[start:end]` lies in a run of masked tokens, and the anchored patterns are tried only around
        the masked tokens (see `AnchoredMatcher.matches`)."""
        self._matched(doc, parse=parse, within=within)
        self._numbered = (doc, within)
        starts, ends, labels, strings = self._starts, self._ends, self._labels, doc.vocab.strings
        return [(i, starts[i], ends[i], strings[labels[i]]) for i in range(bisect.bisect_left(starts, start),
                                                                            bisect.bisect_left(starts, end))
                if ends[i] <= end]

    def span(self, number: int, doc: Doc | None = None, *, within: np.ndarray | None = None) -> Span:
        """Return the Span of match `number` as `numbered_between` numbered it last: the Span `between` returns for it.
        Raise a RuntimeError if a call for another Doc or mask has matched again since, which renumbers the matches,
        or if `doc` (with its mask `within`), when given, is not the Doc and mask numbered last."""
        numbered = self._numbered
        if numbered is None or numbered[0] is not self._doc or numbered[1] is not self._within \
                or doc is not None and (doc is not numbered[0] or within is not numbered[1]):
            raise RuntimeError("LemmaPhraseMatcher.span: the matches were not numbered for this Doc and mask, or were "
                               "made again since numbered_between")
        return self._span(number)

    def _span(self, i: int) -> Span:
        """Return the Span of the last Doc's `i`th match, made on its first request."""
        span = self._spans[i]
        if span is None:
            span = self._spans[i] = MatchSpan(self._doc, self._starts[i], self._ends[i], label=self._labels[i])
        return span

    def _matched(self, doc: Doc, *, parse: ParseArrays | None = None, within: np.ndarray | None = None) -> None:
        """Match `doc` unless it is the Doc matched last, for the same mask `within`, and keep its matches (see
        `_match`)."""
        if doc is not self._doc or within is not self._within:
            self._numbered = None  # the numbers `numbered_between` gave no longer hold
            matches = self._match(doc, parse=parse, within=within)
            self._doc, self._within = doc, within
            self._starts = [start for start, _, _ in matches]
            self._ends = [end for _, end, _ in matches]
            self._labels = [label for _, _, label in matches]
            self._spans = [None] * len(matches)

    def _match(self, doc: Doc, *, parse: ParseArrays | None = None,
               within: np.ndarray | None = None) -> list[tuple[int, int, int]]:
        """Return the distinct matches in `doc`, each as its start, end and label (id), ordered by start, end and label
        (text); `parse`, the Doc's `ParseArrays`, if given; with `within`, every match in a run of its masked tokens,
        and maybe others."""
        strings, found = doc.vocab.strings, {}
        for matcher in (self.by_lemma, self.by_word):
            for label, start, end in matcher(doc):
                found.setdefault((start, end, strings[label]), label)
        anchored = self.by_pattern.matches(doc, parse=parse, within=within) if len(self.by_pattern) else ()
        for start, end, label in anchored:
            found.setdefault((start, end, strings[label]), label)
        return [(start, end, found[start, end, text]) for start, end, text in sorted(found)]


ANCHOR_ATTRS = ("ORTH", "LOWER", "NORM", "LEMMA")  # token attributes whose value an anchor fixes
ARRAY_ATTRS = frozenset({*ANCHOR_ATTRS, "POS", "TAG", "DEP", "ENT_TYPE"})  # string attributes `Doc.to_array` holds
ATTR_ALIASES = {"TEXT": "ORTH"}
REPEAT = re.compile(r"\{(\d*)(,?)(\d*)\}")  # the `{n}`, `{n,m}`, `{n,}` and `{,m}` operators


def _repeats(token: dict) -> tuple[int, int | None]:
    """Return the least and the most tokens a pattern token takes (None: no limit)."""
    op = token.get("OP", "")
    if op in ("", "!"):
        return 1, 1
    if op == "?":
        return 0, 1
    if op in ("+", "*"):
        return int(op == "+"), None
    least, comma, most = REPEAT.fullmatch(op).groups()
    least = int(least or 0)
    return least, (int(most) if most else None if comma else least)


def _anchor_values(token: dict) -> tuple[str, frozenset[int]] | None:
    """Return the attribute and the values a pattern token requires of a word, lemma or norm, if it does."""
    for key, value in token.items():
        attr = ATTR_ALIASES.get(key.upper(), key.upper())
        if attr not in ANCHOR_ATTRS:
            continue
        if isinstance(value, str):
            return attr, frozenset({get_string_id(value)})
        if isinstance(value, dict) and set(value) == {"IN"} and all(isinstance(v, str) for v in value["IN"]):
            return attr, frozenset(get_string_id(v) for v in value["IN"])
    return None


def token_tests(pattern: list[dict]) -> list[tuple[str, frozenset[int], bool]] | None:
    """Return the conditions of a pattern of one token, each as the attribute, the values and whether
    the token's value must be among them (`IN`, or a plain string) or not (`NOT_IN`); None when the
    pattern has more tokens, an operator, or a condition other than these on a string attribute."""
    if len(pattern) != 1 or "OP" in pattern[0]:
        return None
    tests = []
    for key, value in pattern[0].items():
        attr = ATTR_ALIASES.get(key.upper(), key.upper())
        if isinstance(value, str):
            value = {"IN": [value]}
        if attr not in ARRAY_ATTRS or not isinstance(value, dict) or len(value) != 1:
            return None
        (predicate, words), = value.items()
        if predicate not in ("IN", "NOT_IN") or not all(isinstance(word, str) for word in words):
            return None
        tests.append((attr, frozenset(get_string_id(word) for word in words), predicate == "IN"))
    return tests


def _readable(token: dict) -> list[tuple[str, frozenset[int], bool]]:
    """Return the conditions of a pattern token that `token_tests` can read (its operator aside), leaving the others
    out: a word the token accepts meets them all."""
    tests = []
    for key, value in token.items():
        if key != "OP" and (read := token_tests([{key: value}])):
            tests.extend(read)
    return tests


def word_tests(pattern: list[dict]) -> list[list[tuple[str, frozenset[int], bool]]] | None:
    """Return, per token of a Matcher pattern, the conditions a word it accepts meets (see `_readable`); None when a
    token negates its conditions (`!`) or has none that `token_tests` can read (it may accept every word)."""
    if any(token.get("OP") == "!" for token in pattern):
        return None
    tests = [_readable(token) for token in pattern]
    return None if not all(tests) else tests


def anchors(pattern: list[dict]) -> list[tuple[str, frozenset[int], int | None, int | None]] | None:
    """Return the anchors of a Matcher pattern: for each required token that fixes a word, lemma or norm
    (every match holds one token of each), its attribute and values, and the most tokens a match spans
    before and after a token it holds (None: no limit); None when the pattern has no anchor."""
    spans = [_repeats(token) for token in pattern]
    required = []
    for number, token in enumerate(pattern):
        least, most = spans[number]
        if least < 1 or token.get("OP") == "!" or (values := _anchor_values(token)) is None:
            continue
        before, after = [most for _, most in spans[:number]], [most for _, most in spans[number + 1:]]
        required.append((*values, None if most is None or None in before else sum(before) + most - 1,
                         None if most is None or None in after else sum(after) + most - 1))
    return required or None


def open_run(pattern: list[dict]) -> tuple[list[dict], int] | None:
    """Return `pattern` with its one run of `{m,n}` tokens (m < n) written as m tokens and an open run (`*`), and the
    most tokens a match of `pattern` spans, when every other token takes exactly one token; None otherwise.

    spaCy expands `{m,n}` into n - m optional tokens, whose match states multiply along the run; an open run keeps
    one state per start. The matches of the two patterns are then the same, but for those of the open one that
    span more tokens than the most, its run being longer than n.
    """
    runs = [number for number, token in enumerate(pattern) if _repeats(token) != (1, 1)]
    if len(runs) != 1 or not REPEAT.fullmatch(pattern[runs[0]].get("OP", "")):
        return None
    least, most = _repeats(pattern[runs[0]])
    if most is None or least == most:
        return None
    token = {key: value for key, value in pattern[runs[0]].items() if key != "OP"}
    return [*pattern[:runs[0]], *[token] * least, {**token, "OP": "*"}, *pattern[runs[0] + 1:]], len(pattern) - 1 + most


class AnchoredMatcher:
    """A spaCy `Matcher` that runs a pattern only when the Doc holds all its anchors (see `anchors`), and
    then only in the windows around the tokens of one anchor, each as far before and after it as a match
    reaches (see `anchors`; to the Doc's edge where it has no limit), the anchor whose windows
    cover about the fewest tokens, narrowed to where its anchors allow a match (see `_narrowed`) and, where a
    window reaches the Doc's edge, cut at the words no token of the pattern accepts (see `_barriers`), and left out
    where a token every match holds accepts none of its words (see `_may_hold`), a bounded run matched as an open one
    (see `open_run`); a pattern of one token that `token_tests` can read is tested on
    the Doc's arrays; other patterns run on the whole Doc. Finds what one `Matcher` finds."""

    def __init__(self, vocab: Vocab):
        self.vocab = vocab
        self.unanchored = Matcher(vocab)
        # A Matcher per pattern; each of its anchors as its number in `anchor_numbers` and how far a match reaches
        # before and after it; the set of those numbers; and the most tokens a match spans where the Matcher's
        # pattern has an open run (`open_run`).
        self.anchored: list[tuple[Matcher, list[tuple[int, int | None, int | None]], frozenset[int], int | None]] = []
        # Per pattern of `anchored`, the tokens a match spans around each of its anchors (`before + after + 1`) where
        # none is without limit, or None; the conditions of each of its tokens (`word_tests`), or None.
        self.widths: list[list[int] | None] = []
        self.word_tests: list[list[list[tuple[str, np.ndarray, bool]]] | None] = []
        # Per pattern of `anchored`, the conditions of the tokens a match must hold a word for (see `_required`): a
        # window where one of them accepts no word holds no match (see `_may_hold`).
        self.required: list[list[list[tuple[str, frozenset[int], bool]]]] = []
        # The distinct anchors (attribute and values) of all patterns, numbered; the anchors that accept each value.
        self.anchor_numbers: dict[tuple[str, frozenset[int]], int] = {}
        self.by_value: dict[str, dict[int, list[int]]] = defaultdict(lambda: defaultdict(list))
        self.anchor_values: dict[str, np.ndarray] = {}  # the values in `by_value[attr]`, sorted
        self.one_token: list[tuple[int, list[tuple[str, np.ndarray, bool]]]] = []  # label, tests (`token_tests`)
        self._read_attrs: list[str] | None = None  # see `_attrs`

    def __len__(self) -> int:
        return len(self.unanchored) + len(self.anchored) + len(self.one_token)

    def add(self, key: str, patterns: Iterable[list[dict]]) -> None:
        """Add Matcher `patterns` under `key`."""
        self._read_attrs = None
        for pattern in patterns:
            found = anchors(pattern)
            tests = token_tests(pattern) if found is None else None
            if tests is not None:
                self.one_token.append((self.vocab.strings.add(key), [
                    (attr, np.array(sorted(values), dtype=np.uint64), inside) for attr, values, inside in tests]))
                continue
            if found is None:
                self.unanchored.add(key, [pattern])
                continue
            opened, most = open_run(pattern) or (pattern, None)
            matcher = Matcher(self.vocab)
            matcher.add(key, [opened])
            numbers = [self._anchor_number(attr, values) for attr, values, _, _ in found]
            self.anchored.append((matcher, [(number, before, after) for number, (_, _, before, after)
                                            in zip(numbers, found)], frozenset(numbers), most))
            self.widths.append(None if any(before is None or after is None for _, _, before, after in found)
                               else [before + after + 1 for _, _, before, after in found])
            tests = word_tests(pattern)
            self.word_tests.append(None if tests is None else [
                [(attr, np.array(sorted(values), dtype=np.uint64), inside) for attr, values, inside in token]
                for token in tests])
            self.required.append(_required(pattern))

    def _anchor_number(self, attr: str, values: frozenset[int]) -> int:
        """Return the number of the anchor on `attr` with `values`, numbering it if it is new."""
        number = self.anchor_numbers.get((attr, values))
        if number is None:
            number = self.anchor_numbers[attr, values] = len(self.anchor_numbers)
            for value in values:
                self.by_value[attr][value].append(number)
            self.anchor_values[attr] = np.array(sorted(self.by_value[attr]), dtype=np.uint64)
        return number

    def _attrs(self) -> list[str]:
        """Return the attributes the patterns' anchors and tests (one-token, word and required) read, sorted; found
        once after each `add`."""
        if self._read_attrs is None:
            self._read_attrs = sorted(
                self.by_value.keys() | {attr for _, tests in self.one_token for attr, _, _ in tests}
                | {attr for tests in self.word_tests if tests for token in tests for attr, _, _ in token}
                | {attr for tests in self.required for token in tests for attr, _, _ in token})
        return self._read_attrs

    def matches(self, doc: Doc, *, parse: ParseArrays | None = None,
                within: np.ndarray | None = None) -> set[tuple[int, int, int]]:
        """Return the matches in `doc` as their starts, ends and labels (ids), unordered, none twice; the patterns read
        the columns `parse` (the Doc's `ParseArrays`) holds from it, the others from the Doc. With `within` (a mask of
        the Doc's tokens), only the anchors' masked positions are read: every match that lies in a run of masked tokens
        is found (its anchors are masked), others may be left out."""
        found = {(start, end, label) for label, start, end in (self.unanchored(doc) if len(self.unanchored) else ())}
        if not (self.anchored or self.one_token):
            return found
        held = parse.attrs if parse is not None else frozenset()
        columns = {attr: parse.column(attr) for attr in self._attrs() if attr in held}
        unread = [attr for attr in self._attrs() if attr not in held]
        if unread:
            table = doc.to_array([IDS[attr] for attr in unread]).reshape(len(doc), len(unread))
            columns.update((attr, table[:, number]) for number, attr in enumerate(unread))
        kept_bits: dict[str, np.ndarray] = {}

        def low_bits(attr: str) -> np.ndarray:
            """The low bits `among` buckets the column of `attr` by, kept by `parse` or here for the Doc."""
            bits = kept_bits.get(attr)
            if bits is None:
                bits = kept_bits[attr] = parse.low_bits(attr) if attr in held else low_bits_of(columns[attr])
            return bits

        for label, tests in self.one_token:
            passes = np.ones(len(doc), dtype=bool)
            for attr, values, inside in tests:
                passes &= _among(columns, attr, values, low_bits) == inside
            found.update((i, i + 1, label) for i in passes.nonzero()[0].tolist())
        at = self._anchor_positions(columns, within=within, low_bits=low_bits)
        present = set(at)
        length = len(doc)
        for pattern, (matcher, reaches, numbers, most) in enumerate(self.anchored):
            if not numbers <= present:
                continue
            anchored = [(at[number], before, after) for number, before, after in reaches]
            if widths := self.widths[pattern]:  # every anchor's windows are `width` tokens around each position
                counts = [len(positions) * width for (positions, _, _), width in zip(anchored, widths)]
                positions, before, after = anchored[counts.index(min(counts))]
            else:
                positions, before, after = min(anchored, key=lambda anchor: _reach(*anchor, length))
            windows = _windows(positions, before, after, length)
            if (before is None or after is None) and self.word_tests[pattern] is not None:
                windows = _split(windows, _barriers(self.word_tests[pattern], columns, length, low_bits=low_bits))
            required = self.required[pattern]
            for start, end in _narrowed(windows, anchored):
                if required and not _may_hold(required, columns, start, end):
                    continue
                found.update((start + first, start + last, label)
                             for label, first, last in matcher(token_span(doc, start, end))
                             if most is None or last - first <= most)
        return found

    def _anchor_positions(self, columns: dict[str, np.ndarray], *, within: np.ndarray | None = None,
                          low_bits: Callable[[str], np.ndarray] | None = None) -> dict[int, list[int]]:
        """Return the sorted positions of each anchor (see `anchor_numbers`) the Doc holds, read on its `columns`, among
        the tokens of the mask `within` if given (the columns' low bits from `low_bits`, as `_among` takes them); an
        anchor of one value shares its list with the others of that value: the lists are read, never changed."""
        at: dict[int, list[int]] = {}
        joined = set()  # the anchors whose positions join those of several values, sorted once all are in
        for attr, by_value in self.by_value.items():
            column = columns[attr]
            held = _among(columns, attr, self.anchor_values[attr], low_bits)
            held = (held if within is None else held & within).nonzero()[0]
            if not len(held):
                continue
            values = column[held]
            order = np.argsort(values, kind="stable")  # by value, each value's positions in text order
            values = values[order]
            firsts = np.concatenate(([True], values[1:] != values[:-1])).nonzero()[0]
            positions = held[order].tolist()
            bounds = [*firsts.tolist(), len(positions)]
            for value, first, last in zip(values[firsts].tolist(), bounds, bounds[1:]):
                value_at = positions[first:last]
                for number in by_value[value]:
                    if number in at:
                        at[number] = at[number] + value_at  # a new list: `value_at` may be another anchor's
                        joined.add(number)
                    else:
                        at[number] = value_at
        for number in joined:
            at[number].sort()
        return at


def _required(pattern: list[dict]) -> list[list[tuple[str, frozenset[int], bool]]]:
    """Return the conditions that `token_tests` can read (see `_readable`) of each token of a Matcher pattern that
    every match holds a word for, but for a token of none and an anchor's (see `anchors`: a window holds the
    anchors); a negated token (`!`) is left out."""
    required = []
    for token in pattern:
        if _repeats(token)[0] < 1 or token.get("OP") == "!":
            continue
        tests = _readable(token)
        if tests and not (len(tests) == 1 and tests[0][0] in ANCHOR_ATTRS and tests[0][2]):
            required.append(tests)
    return required


def _may_hold(required: list[list[tuple[str, frozenset[int], bool]]], columns: dict[str, np.ndarray], start: int,
              end: int) -> bool:
    """Return False when a condition of a token a match must hold (`required`, see `_required`) holds for no word of
    the tokens `start:end` (read on the Doc's `columns`): no match lies there. Each condition is tested alone, so a
    window may pass where no one word meets all of a token's conditions."""
    for token in required:
        for attr, values, inside in token:
            words = columns[attr][start:end].tolist()
            if values.isdisjoint(words) if inside else values.issuperset(words):
                return False
    return True


def _reach(positions: list[int], before: int | None, after: int | None, length: int) -> int:
    """Return at most how many tokens the windows around `positions` (sorted) cover (see `_windows`)."""
    if before is None:
        return length if after is None else min(length, positions[-1] + after + 1)
    if after is None:
        return length - max(0, positions[0] - before)
    return min(length, len(positions) * (before + after + 1))


def _among(columns: dict[str, np.ndarray], attr: str, values: np.ndarray,
           low_bits: Callable[[str], np.ndarray] | None) -> np.ndarray:
    """Return `among(columns[attr], values)`, handing `among` the column's low bits from `low_bits(attr)` (if given)
    where it reads them: for more than `FEW_VALUES` values."""
    bits = low_bits(attr) if low_bits is not None and len(values) > FEW_VALUES else None
    return among(columns[attr], values, low_bits=bits)


def _barriers(tests: list[list[tuple[str, np.ndarray, bool]]], columns: dict[str, np.ndarray],
              length: int, *, low_bits: Callable[[str], np.ndarray] | None = None) -> list[int]:
    """Return the positions of the words that meet the conditions of no token of a pattern (`tests`, see `word_tests`,
    read on the Doc's `columns`, the columns' low bits from `low_bits` as `_among` takes them): no token accepts them,
    so no match crosses them."""
    accepted = np.zeros(length, dtype=bool)
    for token in tests:
        passes = np.ones(length, dtype=bool)
        for attr, values, inside in token:
            passes &= _among(columns, attr, values, low_bits) == inside
        accepted |= passes
    return (~accepted).nonzero()[0].tolist()


def _split(windows: list[tuple[int, int]], barriers: list[int]) -> list[tuple[int, int]]:
    """Return the `windows` (token ranges) cut at the `barriers` (sorted positions, left out), without empty parts."""
    parts = []
    for start, end in windows:
        for barrier in barriers[bisect.bisect_left(barriers, start):bisect.bisect_left(barriers, end)]:
            if start < barrier:
                parts.append((start, barrier))
            start = barrier + 1
        if start < end:
            parts.append((start, end))
    return parts


def _narrowed(windows: list[tuple[int, int]],
              held: list[tuple[list[int], int | None, int | None]]) -> list[tuple[int, int]]:
    """Return the `windows` (token ranges) narrowed to where a match can lie, given a pattern's anchors (`held`:
    each one's sorted positions, and how far a match reaches before and after it, None for no limit).

    A match holds a token of each anchor: a window that holds no position of one is dropped, and one that does
    is cut to as far as a match reaches before the first of them and after the last.
    """
    narrowed = []
    bisect_left = bisect.bisect_left
    for start, end in windows:
        for at, before, after in held:
            first = bisect_left(at, start)
            if first == len(at) or at[first] >= end:  # no position in the window
                break
            if before is not None and at[first] - before > start:
                start = at[first] - before
            if after is not None:
                last = at[bisect_left(at, end, first) - 1]
                if last + after + 1 < end:
                    end = last + after + 1
        else:
            narrowed.append((start, end))
    return narrowed


def _windows(positions: list[int], before: int | None, after: int | None, length: int) -> list[tuple[int, int]]:
    """Return the token ranges that hold every match through a token at `positions` (sorted) that spans at most
    `before` tokens before it and `after` after it (None: to the Doc's edge), overlapping ranges merged."""
    windows: list[tuple[int, int]] = []
    start = end = -1  # the window being merged
    for position in positions:
        low = 0 if before is None or position < before else position - before
        high = length if after is None or position + after + 1 > length else position + after + 1
        if low <= end:
            if high > end:
                end = high
        else:
            if end >= 0:
                windows.append((start, end))
            start, end = low, high
    if end >= 0:
        windows.append((start, end))
    return windows
