"""Quote-mark pairing in raw text, block by block.

Forgiving: a wrong-way or missing closing mark affects only its own quote, and an apostrophe
is never taken for a closing single quote unless a single quote is open.
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple, Sequence

DOUBLE_OPEN, DOUBLE_CLOSE = "“„«", "”»"
# German and other central European styles open with a low mark and close with a high one: „…“ and ‚…‘.
SINGLE_OPEN, SINGLE_CLOSE = "‘‹‚", "’›"
STRAIGHT_DOUBLE, STRAIGHT_SINGLE = '"', "'"
# A single guillemet is never an apostrophe, so it closes after a space too, as French spacing sets it: ‹ non ›.
SPACED_CLOSE = "›"
DOUBLE_MARKS = DOUBLE_OPEN + DOUBLE_CLOSE + STRAIGHT_DOUBLE
ALL_MARKS = DOUBLE_MARKS + SINGLE_OPEN + SINGLE_CLOSE + STRAIGHT_SINGLE
OPENING_CONTEXT = "([{—–-/\"'" + DOUBLE_OPEN + SINGLE_OPEN
# What may follow a closing mark: punctuation, or a footnote marker ("…”[1]", "…’²").
CLOSING_CONTEXT = ".,;:!?)]}—–-…\"'[¹²³⁴⁵⁶⁷⁸⁹⁰" + DOUBLE_CLOSE + SINGLE_CLOSE
SENTENCE_PUNCTUATION = ".,;:!?…"
MARK = re.compile("[" + re.escape(ALL_MARKS) + "]")
SINGLE_BEFORE_NO_WORD = re.compile(r"[’'](?!\w)")  # a closing-looking single mark, once a non-space precedes it
SPACE_THEN_LOWER = re.compile(r"\s+[a-z]")
ALNUM_RUN = re.compile(r"[^\W_]+")  # letters and digits, as `str.isalnum`
LEFT_SINGLE = re.compile("‘")
# A markup attribute's value, a straight mark glued after '=' to the same mark on its line ('<ref name="a-1" />',
# 'charset="utf-8"'), as HTML and XML write attributes (W3C, HTML Living Standard §13.1.2.3; XML 1.0 §3.1 AttValue)
# and wikitext and web pages copied as text keep them: its marks delimit a value, not a quotation.
ATTRIBUTE_VALUE = re.compile(r"""="[^"\n]*"|='[^'\n]*'""")


class QuoteMarks(NamedTuple):
    """A pair of quotation marks: `start`/`end` bound the quoted words, `open_at` and `close_at` the marks;
    `continues` when the quote reopens, at the start of its paragraph, a quotation left open by the paragraph before."""

    start: int
    end: int
    open_at: int
    close_at: int | None
    depth: int
    continues: bool = False

    @property
    def closed_or_end(self) -> int:
        """The closing mark's offset, or the end of the words when the quote is left open."""
        return self.close_at if self.close_at is not None else self.end


def _family(char: str) -> str:
    return "double" if char in DOUBLE_MARKS else "single"


def _opens(text: str, i: int) -> bool:
    return i == 0 or text[i - 1].isspace() or text[i - 1] in OPENING_CONTEXT


def _closes(text: str, i: int) -> bool:
    """Return True when what follows the mark at `text[i]` lets it close: a space, punctuation, or an endnote
    number glued after the sentence's punctuation ('… in the south.’7')."""
    return (i + 1 == len(text) or text[i + 1].isspace() or text[i + 1] in CLOSING_CONTEXT
            or text[i + 1].isdigit() and text[i - 1:i] in SENTENCE_PUNCTUATION)


class _Block:
    """One block's text with what mark roles need, looked up without rescanning: the open quotes per
    family, and where the next closing-looking single mark and the next opening single mark are."""

    def __init__(self, text: str):
        self.text = text
        self.stack: list[tuple[str, int]] = []
        self.open_count = {"double": 0, "single": 0}
        # where a non-space stands before a single mark that no word character follows (searching for the marks
        # themselves, not testing every position)
        self.closers = [m.start() - 1 for m in SINGLE_BEFORE_NO_WORD.finditer(text)
                        if m.start() and not text[m.start() - 1].isspace()]
        self.single_openers = [m.start() for m in LEFT_SINGLE.finditer(text)]

    def push(self, family: str, at: int) -> None:
        self.stack.append((family, at))
        self.open_count[family] += 1

    def pop(self) -> tuple[str, int]:
        family, at = self.stack.pop()
        self.open_count[family] -= 1
        return family, at

    def role(self, i: int) -> str | None:
        """Return 'open', 'close' or None (an apostrophe or a stray mark) for the mark at `text[i]`."""
        text, char = self.text, self.text[i]
        is_open = self.open_count[_family(char)] > 0
        left, right = _opens(text, i), _closes(text, i)
        if char in DOUBLE_OPEN + SINGLE_OPEN:
            if is_open and right and (left or not text[i + 1:i + 2].isalnum()):
                return "close"
            return "open" if (left or not right) else None
        if char in DOUBLE_CLOSE:
            if is_open:
                return "close"
            return "open" if left and not right else None
        if char in SINGLE_CLOSE + STRAIGHT_SINGLE:
            if is_open and right and (char == SPACED_CLOSE or not left and not self._plural_possessive(i)):
                return "close"
            if char == STRAIGHT_SINGLE and left and not right:
                return "open"
            return None
        if is_open and (right or not left):
            return "close"
        return "open" if (left or not right) else None

    def _plural_possessive(self, i: int) -> bool:
        """Return True for an apostrophe after a plural inside single quotes: ‘the rebels’ claims’ is one quote."""
        if self.text[i - 1:i] != "s" or not SPACE_THEN_LOWER.match(self.text, i + 1):
            return False
        later = bisect.bisect_left(self.closers, i + 1)
        if later == len(self.closers):
            return False
        opener = bisect.bisect_left(self.single_openers, i + 1)
        return opener == len(self.single_openers) or self.single_openers[opener] >= self.closers[later]


def find_quote_marks(text: str, blocks: Sequence[tuple[int, int]]) -> list[QuoteMarks]:
    """Return the quotes of `text`, given block spans `(start, end)`, in order of their opening mark.

    A double quote left open at the end of a block ends with its block (only the outermost of
    several open quotes is kept). When the next block opens with a mark (the multi-paragraph
    convention), the quote that mark opens `continues` it. A single quote left open is dropped
    (its mark was an apostrophe), unless a ‘ opened its paragraph and the next paragraph reopens with ‘. Linear in the length of `text` (plus sorting).
    """
    quotes: list[QuoteMarks] = []
    reopened_at = -1
    # the marks of the whole text, found once: a block holding none opens and closes no quote
    marks = [match.start() for match in MARK.finditer(text)]
    for index, (block_start, block_end) in enumerate(blocks):
        first_mark, end_mark = bisect.bisect_left(marks, block_start), bisect.bisect_left(marks, block_end)
        if first_mark == end_mark:
            reopened_at = -1
            continue
        block = _Block(text[block_start:block_end])
        values = {i for value in ATTRIBUTE_VALUE.finditer(block.text) for i in (value.start() + 1, value.end() - 1)}
        for i in (at - block_start for at in marks[first_mark:end_mark]):
            family = _family(block.text[i])
            if i in values:
                continue
            role = block.role(i)
            if role == "open":
                block.push(family, block_start + i)
            elif role == "close":
                while block.stack:
                    kind, opened_at = block.pop()
                    if kind == family:
                        quotes.append(_quote(text, opened_at, block_start + i, len(block.stack),
                                             continues=opened_at == reopened_at))
                        break
        next_block = blocks[index + 1] if index + 1 < len(blocks) else None
        next_opening = text[next_block[0]:next_block[0] + 1] if next_block is not None else ""
        outermost = next(((opened_at, depth) for depth, (kind, opened_at) in enumerate(block.stack)
                          if kind == "double" or _reopened_single(text, opened_at, next_opening)), None)
        if outermost is not None:
            quotes.append(_quote(text, outermost[0], None, outermost[1], end=block_end,
                                 continues=outermost[0] == reopened_at))
        reopens = (outermost is not None and next_opening != ""
                   and next_opening in DOUBLE_OPEN + STRAIGHT_DOUBLE + SINGLE_OPEN
                   and _family(next_opening) == _family(text[outermost[0]]))
        reopened_at = next_block[0] if reopens else -1
    return _holding_alnum(text, sorted(quotes, key=lambda q: (q.open_at, q.depth)))


def _reopened_single(text: str, opened_at: int, next_opening: str) -> bool:
    """Return True for a single quote left open at the end of a paragraph that opens its paragraph with ‘ when
    the next paragraph reopens with ‘: a quotation over several paragraphs in single-quote style."""
    return text[opened_at] in SINGLE_OPEN and next_opening in SINGLE_OPEN and (
        opened_at == 0 or text[opened_at - 1] == "\n")


def _holding_alnum(text: str, quotes: Sequence[QuoteMarks]) -> list[QuoteMarks]:
    """Return the `quotes` whose words hold a letter or digit, in their order. A search is needed only for a quote
    that starts after the letter or digit the last search found (or before that search's start); in order of their
    starts, as quotes come in order of their opening marks, the searches read each character at most once."""
    kept: list[QuoteMarks] = []
    searched_from, found = 0, -1  # the last search's start, and the first letter or digit after it (len(text): none)
    for quote in quotes:
        if not searched_from <= quote.start <= found:
            match = ALNUM_RUN.search(text, quote.start)
            searched_from, found = quote.start, match.start() if match else len(text)
        if found < quote.end:
            kept.append(quote)
    return kept


def _quote(text: str, open_at: int, close_at: int | None, depth: int, *, end: int | None = None,
           continues: bool = False) -> QuoteMarks:
    start, stop = open_at + 1, close_at if close_at is not None else end
    while start < stop and text[start].isspace():
        start += 1
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    return QuoteMarks(start=start, end=stop, open_at=open_at, close_at=close_at, depth=depth, continues=continues)


def in_quote(char: int, quotes: Sequence[QuoteMarks]) -> bool:
    """Return True when offset `char` lies between the marks of one of `quotes`."""
    return any(q.open_at <= char <= q.closed_or_end for q in quotes)
