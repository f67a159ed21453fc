"""Views of argument markers for the notebooks: densities, evidence mix and contrast moves around the framing codes.

Each view counts the markers of one voice (see `analysis.extract.voice`): by default the
author's own (`voice="author"`); `voice="quoted"` gives those inside quotations and reported
speech, `voice=None` all of them.
"""

from __future__ import annotations

import re

import pandas as pd

from analysis.views.framing import coded_sentences
from analysis.views.own_voice import AUTHOR, in_voice
from analysis.views.sources import by_source
from analysis.corpus.sections import ANALYSED_SECTIONS

WORD = re.compile(r"\w[\w’'-]*")
EVIDENCE = ("evidence_quotation", "evidence_number", "evidence_citation")
WORDS = "words"


def words_per_source(sentences: pd.DataFrame, *, voice: str | None = None) -> pd.Series:
    """Return the number of words in each document's headline, standfirst and body sentences spoken in `voice`
    (a sentence's voice is decided by the majority of its characters; None: every sentence)."""
    text = in_voice(sentences[sentences.section.isin(ANALYSED_SECTIONS)], voice)
    return text.groupby("doc_id").text.apply(lambda texts: sum(len(WORD.findall(t)) for t in texts))


def marker_density(markers: pd.DataFrame, sentences: pd.DataFrame, documents: pd.DataFrame, *,
                   categories: tuple[str, ...] = ("hedge", "booster"), voice: str | None = AUTHOR) -> pd.DataFrame:
    """Return markers in `voice` per 1,000 words of the sentences in that voice, per source (rows) and category
    (columns), with the number of those words (`words`)."""
    rows = in_voice(markers[markers.category.isin(categories)], voice)
    counts = rows.groupby(["doc_id", "category"]).size().unstack(fill_value=0)
    counts = counts.reindex(index=documents.doc_id, columns=list(categories), fill_value=0)
    words = words_per_source(sentences, voice=voice).reindex(counts.index, fill_value=0)
    density = (counts.div(words.where(words > 0), axis=0) * 1000).round(2)
    density[WORDS] = words.astype("int64")
    return by_source(density, documents).rename_axis(index="source", columns="per 1,000 words")


def evidence_mix(markers: pd.DataFrame, documents: pd.DataFrame, *, voice: str | None = AUTHOR) -> pd.DataFrame:
    """Return counts of each kind of evidence in `voice` per source: quotations, numbers, citations.

    Quoting and citing are the author's acts (see `analysis.extract.voice`); a number inside a quote is `quoted`.
    """
    rows = in_voice(markers[markers.category.isin(EVIDENCE)], voice)
    counts = rows.groupby(["doc_id", "category"]).size().unstack(fill_value=0)
    counts = counts.reindex(index=documents.doc_id, columns=list(EVIDENCE), fill_value=0)
    counts.columns = [column.removeprefix("evidence_") for column in counts.columns]
    return by_source(counts, documents).astype("int64").rename_axis(index="source", columns="evidence")


def contrast_and_framing(markers: pd.DataFrame, codes: pd.DataFrame, sentences: pd.DataFrame,
                         documents: pd.DataFrame, *, voice: str | None = AUTHOR) -> pd.DataFrame:
    """Return, per source, how contrast moves in `voice` sit among the framing codes.

    Columns: sentences with a contrast marker in `voice`; the share of those coding limits, against the
    share of all coded sentences coding limits; and turns — contrast sentences coding limits
    right after a sentence coding support ('Russia secured Assad's position. But …').
    """
    units = coded_sentences(codes, sentences).sort_values(["doc_id", "sent_id"])
    contrast = in_voice(markers[markers.category == "contrast"], voice)
    keys = pd.MultiIndex.from_frame(units[["doc_id", "sent_id"]])
    units["contrast"] = keys.isin(pd.MultiIndex.from_frame(contrast[["doc_id", "sent_id"]]))
    units["after_support"] = units.groupby("doc_id").support.shift(1, fill_value=False).astype(bool)
    units["limits_with_contrast"] = units.contrast & units.limits
    units["turn"] = units.limits_with_contrast & units.after_support
    grouped = units.groupby("doc_id")  # one pass per column, not a Python loop over the sources
    with_contrast = grouped.contrast.sum()
    table = pd.DataFrame({
        "contrast_sentences": with_contrast.astype("int64"),
        "limits_share_with_contrast": (grouped.limits_with_contrast.sum() / with_contrast.where(with_contrast > 0))
        .fillna(0.0),
        "limits_share_overall": grouped.limits.mean(),
        "support_to_limits_turns": grouped.turn.sum().astype("int64"),
    })
    return by_source(table, documents).round(3).rename_axis(index="source")
