"""Views of actor naming for the notebooks: what each source calls an actor, and how evaluative the naming is.

Each view counts the labels of one voice (see `analysis.extract.voice`): by default the
author's own words (`voice="author"`); `voice="quoted"` gives the words of those quoted or
reported, `voice=None` every label.
"""

from __future__ import annotations

import pandas as pd

from analysis.extract.voice import table_voices
from analysis.views.close_reading import find_matches
from analysis.views.own_voice import AUTHOR, in_voice, voice_counts
from analysis.views.sources import by_source, most_counted, sort_by_source, with_source

SHARE_MEASURES = ("evaluative", "labels", "share")


def naming_table(labels: pd.DataFrame, documents: pd.DataFrame, *, actor: str, voice: str | None = AUTHOR,
                 top: int = 12) -> pd.DataFrame:
    """Return how often each source names `actor` with each head word in `voice` (rows: heads, most used first)."""
    rows = with_source(in_voice(labels[labels.actor == actor], voice), documents)
    return most_counted(rows, documents, index="head", top=top)


def evaluative_share(labels: pd.DataFrame, documents: pd.DataFrame, *, actors: tuple[str, ...],
                     voice: str | None = AUTHOR) -> pd.DataFrame:
    """Return, per source (rows) and actor, the evaluative labels in `voice`, all its labels there, and the share.

    The share is empty where a source never names the actor in that voice.
    """
    rows = in_voice(labels[labels.actor.isin(actors)], voice)
    grouped = rows.groupby(["doc_id", "actor"]).evaluative
    table = pd.DataFrame({"evaluative": grouped.sum(), "labels": grouped.size()}).unstack()
    table = table.reindex(index=documents.doc_id, columns=pd.MultiIndex.from_product([SHARE_MEASURES[:2], actors]))
    table = table.fillna(0).astype("int64")
    shares = (table["evaluative"] / table["labels"].where(table["labels"] > 0)).round(3)
    table = pd.concat({**{measure: table[measure] for measure in SHARE_MEASURES[:2]}, "share": shares}, axis=1)
    table = table.swaplevel(axis=1).reindex(columns=pd.MultiIndex.from_product([actors, SHARE_MEASURES]))
    return by_source(table, documents).rename_axis(index="source", columns=["actor", None])


def descriptive_labels(labels: pd.DataFrame, documents: pd.DataFrame, *, actor: str,
                       voice: str | None = AUTHOR) -> pd.DataFrame:
    """Return the distinct descriptive labels of `actor` in `voice` (bare names left out) with their sources and counts."""
    rows = in_voice(labels[(labels.actor == actor) & (labels.label.str.lower() != labels["head"])], voice)
    rows = with_source(rows, documents)
    table = rows.groupby(["source", "label", "evaluative"]).size().rename("count").reset_index()
    return sort_by_source(table, documents, then=["count", "label"], ascending=[False, True]).reset_index(drop=True)


def labels_by_voice(labels: pd.DataFrame, documents: pd.DataFrame, *, actors: tuple[str, ...]) -> pd.DataFrame:
    """Return, per source, how many labels of `actors` the author, those quoted and reader comments give."""
    return voice_counts(labels[labels.actor.isin(actors)], documents)


def term_uses(tables: dict[str, pd.DataFrame], *, term: str, actor: str) -> pd.DataFrame:
    """Return, per source, where a word occurs: every whole-word match in the article text, by voice, and
    how many of the author's matches head a label of `actor` (the naming table's cell for that word)."""
    documents = tables["documents"]
    matches = find_matches(tables, term=term)
    matches["voice"] = table_voices(matches, blocks=tables["blocks"], quotations=tables["quotations"])
    table = voice_counts(matches, documents).rename(columns={"all": "matches"})
    heads = in_voice(tables["labels"], AUTHOR)
    heads = heads[(heads.actor == actor) & (heads["head"] == term.lower())].groupby("doc_id").size()
    table[_heading_column(actor)] = by_source(heads.to_frame("n"), documents, fill_value=0).n
    return table.astype("int64").rename_axis(columns=f"'{term}'")


def term_uses_text(uses: pd.DataFrame, *, term: str, actor: str) -> str:
    """Return a sentence reading the totals of a `term_uses` table: where the word occurs, and what the naming table counts."""
    total = uses.sum()
    heading = total[_heading_column(actor)]
    return (f"'{term}' occurs {total['matches']} times in the article text of the corpus: "
            f"{total['author']} in the authors' own words, {total['quoted']} in quotations or reported speech and "
            f"{total['comment']} in reader comments. {heading} of the authors' {total['author']} head a label of "
            f"{actor}, and only these are counted in the naming table; the other {total['author'] - heading} use "
            f"the word without naming {actor} with it.")


def _heading_column(actor: str) -> str:
    return f"heading a label of {actor} (author)"
