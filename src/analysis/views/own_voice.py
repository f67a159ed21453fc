"""Rows by who speaks: the author's own words, the words of those quoted, reader comments."""

from __future__ import annotations

import pandas as pd

from analysis.extract.vocabulary import VOICES
from analysis.views.sources import by_source

ALL_VOICES = None
AUTHOR = "author"


def in_voice(rows: pd.DataFrame, voice: str | None) -> pd.DataFrame:
    """Return the rows spoken in `voice` (`author`, `quoted`, `comment`), or all rows when it is None.

    Raises ValueError for an unknown voice.
    """
    if voice is ALL_VOICES:
        return rows
    if voice not in VOICES:
        raise ValueError(f"unknown voice '{voice}'; voices are {', '.join(VOICES)} (or None for all)")
    return rows[rows.voice == voice]


def voice_counts(rows: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """Return, per source (rows), how many of `rows` each voice speaks, and the total."""
    counts = rows.groupby(["doc_id", "voice"]).size().unstack(fill_value=0)
    counts = counts.reindex(index=documents.doc_id, columns=list(VOICES), fill_value=0)
    counts["all"] = counts.sum(axis=1)
    return by_source(counts, documents, fill_value=0).astype("int64").rename_axis(index="source", columns="voice")
