"""Who speaks in a stretch of text: the author, someone the author quotes or reports, or a reader.

The rules, applied to every sentence, entity, marker and label row:

- `comment`: the row starts in a block of the `comment` section (a reader's comment under
  the article), whatever quotes it holds;
- `quoted`: more than half of its characters lie inside the words of a `direct` or `partial`
  quotation or of `indirect` reported speech (a quoted official's 'terrorists');
- `author`: everything else, including scare quotes ('so-called “moderate” rebels' is the
  author's ironic use of the words) and titles of works, which the author chooses to name.

A sentence also gets its `quoted_share`, the share of its characters inside quoted words, so a
sentence that is partly quoted can be told from one that is not quoted at all. Evidence
markers for quotations and citations are the author's act of quoting, so they are `author`
(or `comment`) whatever words they span. Nothing here needs spaCy: the views use the same
rules on the built tables.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable, NamedTuple, Sequence

import numpy as np
import pandas as pd

from analysis.extract.vocabulary import VOICES

if TYPE_CHECKING:
    from analysis.nlp.sentences import Located

AUTHOR, QUOTED, COMMENT = VOICES
COMMENT_SECTION = "comment"
QUOTED_KINDS = frozenset({"direct", "partial", "indirect"})
AUTHOR_ACTS = frozenset({"evidence_quotation", "evidence_citation"})
QUOTED_MAJORITY = 0.5


class Voiced(NamedTuple):
    """Who speaks in a span, and the share of its characters inside quoted words."""

    voice: str
    quoted_share: float


def _merged(intervals: Iterable[tuple[int, int]]) -> np.ndarray:
    """Return `intervals` as sorted, non-overlapping (start, end) rows."""
    merged: list[list[int]] = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return np.array(merged, dtype="int64").reshape(-1, 2)


def _covered_before(offsets: np.ndarray, intervals: np.ndarray) -> np.ndarray:
    """Return, for each offset, how many characters before it lie inside `intervals` (merged)."""
    if not len(intervals):
        return np.zeros(len(offsets), dtype="int64")
    lengths = np.concatenate([[0], np.cumsum(intervals[:, 1] - intervals[:, 0])])
    index = np.searchsorted(intervals[:, 0], offsets, side="right")  # intervals starting at or before the offset
    last = np.maximum(index - 1, 0)
    inside = np.where(index > 0, np.clip(offsets - intervals[last, 0], 0, intervals[last, 1] - intervals[last, 0]), 0)
    return lengths[last] * (index > 0) + inside


def span_voices(starts: Sequence[int], ends: Sequence[int], *, quoted: Iterable[tuple[int, int]],
                comment: Iterable[tuple[int, int]]) -> list[Voiced]:
    """Return the voice of each span `starts[i]:ends[i]` of one document.

    `quoted` holds the offsets of quoted or reported words, `comment` those of comment blocks.
    """
    voices, shares = _voices_and_shares(starts, ends, quoted=quoted, comment=comment)
    return [Voiced(voice, round(share, 3)) for voice, share in zip(voices, shares)]


def _voices_and_shares(starts: Sequence[int], ends: Sequence[int], *, quoted: Iterable[tuple[int, int]],
                       comment: Iterable[tuple[int, int]]) -> tuple[list[str], list[float]]:
    """Return the voice of each span `starts[i]:ends[i]` and the share of its characters inside quoted words, not
    rounded (see `span_voices`)."""
    starts, ends = np.asarray(starts, dtype="int64"), np.asarray(ends, dtype="int64")
    if not len(starts):
        return [], []
    quoted, comment = _merged(quoted), _merged(comment)
    chars = _covered_before(ends, quoted) - _covered_before(starts, quoted)
    shares = np.where(ends > starts, chars / np.maximum(ends - starts, 1), 0.0)
    in_comment = _covered_before(starts + 1, comment) > _covered_before(starts, comment)
    voices = np.where(in_comment, COMMENT, np.where(shares > QUOTED_MAJORITY, QUOTED, AUTHOR))
    return voices.tolist(), shares.tolist()


def quoted_spans(quotations: Iterable) -> list[tuple[int, int]]:
    """Return the offsets of the quoted or reported words among `quotations` (records or table rows)."""
    return [(quote.start, quote.end) for quote in quotations if quote.kind in QUOTED_KINDS]


def comment_spans(blocks: Iterable) -> list[tuple[int, int]]:
    """Return the offsets of the comment blocks among `blocks` (records or table rows)."""
    return [(block.start, block.end) for block in blocks if block.section == COMMENT_SECTION]


def record_voices(records: dict[str, Sequence[Located]], *, blocks: Sequence, quotations: Sequence
                  ) -> dict[str, dict[str, list]]:
    """Return the voice columns of one document's sentences, entities, markers and labels.

    `records` maps table names to their records; the answer maps each of those tables to its
    extra columns (`voice`, and `quoted_share` for sentences), one value per record.
    """
    every = [row for rows in records.values() for row in rows]  # one call for every table: numpy costs per call
    every_voice, every_share = _voices_and_shares([row.start for row in every], [row.end for row in every],
                                                  quoted=quoted_spans(quotations), comment=comment_spans(blocks))
    columns, offset = {}, 0
    for table, rows in records.items():
        voices = every_voice[offset:offset + len(rows)]
        if table == "markers":
            voices = [voice if voice == COMMENT or row.category not in AUTHOR_ACTS else AUTHOR
                      for row, voice in zip(rows, voices)]
        columns[table] = {"voice": voices}
        if table == "sentences":
            columns[table]["quoted_share"] = [round(share, 3) for share in every_share[offset:offset + len(rows)]]
        offset += len(rows)
    return columns


def table_voices(spans: pd.DataFrame, *, blocks: pd.DataFrame, quotations: pd.DataFrame) -> pd.Series:
    """Return the voice of each row of `spans` (`doc_id`, `start`, `end`: any matches), by the same rules."""
    quoted = {doc_id: quoted_spans(group.itertuples()) for doc_id, group in quotations.groupby("doc_id")}
    comment = {doc_id: comment_spans(group.itertuples()) for doc_id, group in blocks.groupby("doc_id")}
    voices = pd.Series(AUTHOR, index=spans.index, dtype="string")
    for doc_id, group in spans.groupby("doc_id", sort=False):
        voiced = span_voices(group.start, group.end, quoted=quoted.get(doc_id, []), comment=comment.get(doc_id, []))
        voices[group.index] = [voice.voice for voice in voiced]
    return voices
