"""Corpus-level views for the notebooks: the corpus table, section audits, mentions and co-mentions.

Every function takes tables from `load_tables()` and returns a DataFrame.
"""

from __future__ import annotations

import pandas as pd

from analysis.corpus.sections import ANALYSED_SECTIONS, EXCLUDED_SECTIONS, SECTIONS
from analysis.views.sources import documents_in_order, most_counted, source_labels, source_order, with_source

RUSSIA = "Russia"
ASSAD_SIDE = ("Bashar al-Assad", "Syrian government")


def corpus_table(documents: pd.DataFrame) -> pd.DataFrame:
    """Return one row per source: label, outlet, date, author, genre and size."""
    columns = ["label", "outlet", "published", "author", "genre", "n_sentences", "n_tokens"]
    return documents_in_order(documents).set_index("doc_id")[columns]


def section_audit(blocks: pd.DataFrame, sentences: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """Return characters and sentences per source and section (sections as columns, in a fixed order)."""
    chars = with_source(blocks.assign(n_chars=blocks.end - blocks.start), documents)
    chars = chars.pivot_table(index="source", columns="section", values="n_chars", aggfunc="sum", fill_value=0)
    counts = with_source(sentences, documents).pivot_table(index="source", columns="section", values="sent_id",
                                                         aggfunc="count", fill_value=0)
    order = source_order(documents)
    audit = pd.concat({"characters": chars.reindex(columns=SECTIONS, fill_value=0),
                       "sentences": counts.reindex(columns=SECTIONS, fill_value=0)}, axis=1)
    return audit.reindex(order).astype("int64").rename_axis(index="source", columns=["measure", "section"])


def excluded_blocks(blocks: pd.DataFrame, documents: pd.DataFrame, *, doc_id: str | None = None) -> pd.DataFrame:
    """Return the blocks kept out of the analysis (all sections but headline, standfirst and body), each with the
    reason for its section."""
    excluded = blocks[blocks.section.isin(EXCLUDED_SECTIONS)]
    if doc_id is not None:
        excluded = excluded[excluded.doc_id == doc_id]
    return with_source(excluded, documents)[["source", "block_id", "section", "reason", "start", "end", "text"]]


def elided_sentences(sentences: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """Return the sentences flagged for elided words."""
    flagged = sentences[sentences.has_elision]
    return with_source(flagged, documents)[["source", "sent_id", "section", "start", "end", "text"]]


def analysed(frame: pd.DataFrame, sentences: pd.DataFrame) -> pd.DataFrame:
    """Return the rows of `frame` whose sentence lies in the headline, standfirst or body."""
    keys = sentences.loc[sentences.section.isin(ANALYSED_SECTIONS), ["doc_id", "sent_id"]]
    return frame.merge(keys, on=["doc_id", "sent_id"], how="inner")


def actor_mentions(entities: pd.DataFrame, sentences: pd.DataFrame, documents: pd.DataFrame, *,
                   top: int = 12) -> pd.DataFrame:
    """Return mentions per canonical actor (rows, most mentioned first) and source (columns), analysed sections only."""
    mentions = with_source(analysed(entities.dropna(subset=["actor"]), sentences), documents)
    return most_counted(mentions, documents, index="actor", top=top)


def co_mentions(entities: pd.DataFrame, sentences: pd.DataFrame, documents: pd.DataFrame, *,
                first: tuple[str, ...] = (RUSSIA,), second: tuple[str, ...] = ASSAD_SIDE) -> pd.DataFrame:
    """Return, per source in order of publication, analysed sentences mentioning `first` actors, `second` actors,
    and both; `share_both` is a share of `sentences`.

    Persons affiliated with a `first` actor count as it (Putin counts as Russia).
    """
    in_scope = sentences[sentences.section.isin(ANALYSED_SECTIONS)]
    mentions = analysed(entities, sentences)
    is_first = mentions.actor.isin(first) | mentions.affiliation.isin(first)
    is_second = mentions.actor.isin(second)
    flags = (mentions.assign(first=is_first, second=is_second)
             .groupby(["doc_id", "sent_id"])[["first", "second"]].any())
    table = in_scope.set_index(["doc_id", "sent_id"])
    for column in ("first", "second"):
        table[column] = flags[column].reindex(table.index, fill_value=False).astype(bool)
    summary = table.groupby("doc_id").agg(sentences=("text", "size"), first=("first", "sum"),
                                          second=("second", "sum"))
    summary["both"] = (table["first"] & table["second"]).groupby("doc_id").sum()
    summary["share_both"] = (summary["both"] / summary["sentences"]).round(3)
    summary = summary.join(source_labels(documents)).set_index("source").reindex(source_order(documents))
    names = {"first": " / ".join(first), "second": " / ".join(second)}
    return summary.rename(columns=names).rename_axis(index="source")


def year_span(documents: pd.DataFrame) -> str:
    """Return the years the sources were published in, e.g. `2015–2025` (one year alone if all share it)."""
    years = documents.published.str[:4].astype(int)
    return f"{years.min()}" if years.min() == years.max() else f"{years.min()}–{years.max()}"


def corpus_facts(documents: pd.DataFrame) -> str:
    """Return a Markdown sentence on the corpus, computed from the documents table: sources, years, outlets, size."""
    n_sources, n_outlets = len(documents), documents.outlet.nunique()
    return (f"The corpus holds **{n_sources} source{'s' if n_sources != 1 else ''}** from {n_outlets} "
            f"outlet{'s' if n_outlets != 1 else ''}, published in {year_span(documents)}: "
            f"{documents.n_sentences.sum():,} sentences and {documents.n_tokens.sum():,} tokens in all.")
