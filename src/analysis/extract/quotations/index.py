"""An index of paired quotes: which quotes hold an offset, which one encloses a quote, and how much
of a span quotes of one depth cover, each in logarithmic time."""

from __future__ import annotations

import bisect
import itertools
from typing import Sequence

from analysis.extract.quotations.marks import QuoteMarks

NO_QUOTE = -1


class QuoteIndex:
    """Quotes (as `find_quote_marks` returns them: nested or apart, never crossing) indexed for
    logarithmic lookups: the quotes around an offset, and how much of a span quotes of one depth cover.

    An enclosing quote has a smaller depth and a later end than the quotes inside it, so both
    searches up the chain of enclosing quotes are binary searches over ancestor jumps.
    """

    def __init__(self, quotes: Sequence[QuoteMarks]):
        self.quotes = sorted(quotes, key=lambda q: (q.open_at, q.depth))
        self.opens = [q.open_at for q in self.quotes]
        parent: list[int] = []
        enclosing: list[int] = []
        for i, quote in enumerate(self.quotes):
            while enclosing and self.quotes[enclosing[-1]].closed_or_end < quote.open_at:
                enclosing.pop()
            parent.append(enclosing[-1] if enclosing else NO_QUOTE)
            enclosing.append(i)
        self.jumps = [parent]
        while any(j != NO_QUOTE for j in self.jumps[-1]):
            last = self.jumps[-1]
            self.jumps.append([last[j] if j != NO_QUOTE else NO_QUOTE for j in last])
        grouped: dict[int, list[QuoteMarks]] = {}
        for quote in self.quotes:
            grouped.setdefault(quote.depth, []).append(quote)
        self.by_depth = {depth: _Coverage(group) for depth, group in grouped.items()}

    def _climb(self, node: int, stop) -> int:
        """Return the lowest of `node` and its ancestors for which `stop(quote)` holds (NO_QUOTE if none);
        `stop` must hold for every ancestor of a quote it holds for."""
        if node == NO_QUOTE or stop(self.quotes[node]):
            return node
        for jumps in reversed(self.jumps):
            if jumps[node] != NO_QUOTE and not stop(self.quotes[jumps[node]]):
                node = jumps[node]
        return self.jumps[0][node]

    def innermost(self, char: int) -> int:
        """Return the position of the innermost quote whose marks hold `char`, or NO_QUOTE."""
        return self._climb(bisect.bisect_right(self.opens, char) - 1, lambda q: q.closed_or_end >= char)

    def around(self, char: int) -> list[QuoteMarks]:
        """Return the quotes whose marks hold offset `char`, innermost first."""
        chain, node = [], self.innermost(char)
        while node != NO_QUOTE:
            chain.append(self.quotes[node])
            node = self.jumps[0][node]
        return chain

    def held_at_depth(self, char: int, depth: int) -> QuoteMarks | None:
        """Return the quote of `depth` whose marks hold `char`, or None."""
        node = self._climb(self.innermost(char), lambda q: q.depth <= depth)
        return self.quotes[node] if node != NO_QUOTE and self.quotes[node].depth == depth else None

    def enclosing(self, quote: QuoteMarks) -> QuoteMarks | None:
        """Return the quote one depth up whose marks hold `quote`, or None."""
        node = bisect.bisect_left(self.opens, quote.open_at)
        node = self._climb(self.jumps[0][node], lambda q: q.depth <= quote.depth - 1)
        return self.quotes[node] if node != NO_QUOTE and self.quotes[node].depth == quote.depth - 1 else None

    def opening_between(self, start: int, end: int) -> list[QuoteMarks]:
        """Return the quotes whose opening mark lies in `[start, end)`, in text order."""
        return self.quotes[bisect.bisect_left(self.opens, start):bisect.bisect_left(self.opens, end)]

    def covered(self, start: int, end: int, depth: int) -> int:
        """Return the sum, over quotes of `depth`, of how many characters of `[start, end)` their words cover."""
        coverage = self.by_depth.get(depth)
        return coverage.covered(start, end) if coverage is not None else 0


class _Coverage:
    """Prefix sums over quote starts and ends, so the characters quotes cover in a span is two lookups."""

    def __init__(self, quotes: Sequence[QuoteMarks]):
        self.starts = sorted(q.start for q in quotes)
        self.ends = sorted(q.end for q in quotes)
        self.start_sums = [0, *itertools.accumulate(self.starts)]
        self.end_sums = [0, *itertools.accumulate(self.ends)]

    def _up_to(self, x: int) -> int:
        begun = bisect.bisect_left(self.starts, x)
        ended = bisect.bisect_left(self.ends, x)
        return (begun * x - self.start_sums[begun]) - (ended * x - self.end_sums[ended])

    def covered(self, start: int, end: int) -> int:
        return self._up_to(end) - self._up_to(start) if end > start else 0
