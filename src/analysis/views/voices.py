"""Who is given a voice: quotations grouped by kind of speaker, per source."""

from __future__ import annotations

import re

import pandas as pd

from analysis.nlp.gazetteer import Gazetteer, default_gazetteer
from analysis.extract.quotations import FIRST_PERSON, KINDS, QuoteLexicon, default_lexicon
from analysis.corpus.sections import ANALYSED_SECTIONS
from analysis.views.sources import sort_by_source, source_order, with_source

RUSSIA_SYRIA_SIDE = ("Russia", "Syria", "Syrian government")
VOICE_GROUPS = ("Russian or Syrian officials", "analysts, researchers and media", "other officials and named speakers",
                "unattributed (scare quotes)")
VOICED_KINDS = ("direct", "partial", "indirect", "scare")
DESCRIPTION_WINDOW = 40


def voice_group(row, *, description: str, gazetteer: Gazetteer, lexicon: QuoteLexicon) -> str:
    """Return the kind of voice a quotation gives, one of `VOICE_GROUPS`.

    `description` is the speaker with the words around it in its sentence ('journalist Osama
    Gaweesh', 'Robert Ford, the American Ambassador'); a first-person speaker is the author,
    an analyst.
    """
    if pd.isna(row.speaker):
        return VOICE_GROUPS[3]
    actor = None if pd.isna(row.speaker_actor) else row.speaker_actor
    if actor in RUSSIA_SYRIA_SIDE or (actor and gazetteer.affiliation(actor) in RUSSIA_SYRIA_SIDE):
        return VOICE_GROUPS[0]
    words = {word for token in re.findall(r"[\w-]+", description) for word in (token, token.lower())}
    if row.cue == "cite" or words & lexicon.expert_words or str(row.speaker).lower() in FIRST_PERSON:
        return VOICE_GROUPS[1]
    return VOICE_GROUPS[2]


def speaker_descriptions(quotations: pd.DataFrame, sentences: pd.DataFrame) -> pd.Series:
    """Return, per quotation, its speaker with up to `DESCRIPTION_WINDOW` characters either side in its sentence.

    Empty where there is no speaker mention; the speaker as written where no sentence holds the
    mention. One sorted join, linear in the number of quotations and sentences.
    """
    located = quotations[["doc_id", "speaker", "speaker_start", "speaker_end"]].reset_index()
    located = located.assign(key=located.speaker_start.fillna(-1).astype("int64")).sort_values("key")
    spans = sentences[["doc_id", "start", "end", "text"]].sort_values("start")
    joined = pd.merge_asof(located, spans.astype({"start": "int64"}), left_on="key", right_on="start", by="doc_id",
                           direction="backward")
    descriptions = []
    for row in joined.itertuples():
        if pd.isna(row.speaker_start):
            descriptions.append("")
        elif pd.isna(row.start) or row.end < row.speaker_end:
            descriptions.append(str(row.speaker))
        else:
            left = max(0, int(row.speaker_start - row.start) - DESCRIPTION_WINDOW)
            descriptions.append(row.text[left:int(row.speaker_end - row.start) + DESCRIPTION_WINDOW])
    return pd.Series(descriptions, index=joined["index"], dtype=object).reindex(quotations.index)


def with_voice_groups(quotations: pd.DataFrame, sentences: pd.DataFrame, *, gazetteer: Gazetteer | None = None,
                      lexicon: QuoteLexicon | None = None) -> pd.DataFrame:
    """Return the voiced quotations (titles left out) with a `voice` column."""
    gazetteer, lexicon = gazetteer or default_gazetteer(), lexicon or default_lexicon()
    voiced = quotations[quotations.kind.isin(VOICED_KINDS)].copy()
    descriptions = speaker_descriptions(voiced, sentences)
    groups = [voice_group(row, description=description, gazetteer=gazetteer, lexicon=lexicon)
              for row, description in zip(voiced.itertuples(), descriptions)]
    voiced["voice"] = pd.Series(groups, index=voiced.index, dtype="string")
    return voiced


def voices_by_source(quotations: pd.DataFrame, sentences: pd.DataFrame, documents: pd.DataFrame, *,
                     sections: tuple[str, ...] = ANALYSED_SECTIONS) -> pd.DataFrame:
    """Return counts of quotations per source (rows) and voice group (columns), article text only."""
    voiced = with_voice_groups(quotations[quotations.section.isin(sections)], sentences)
    return _counts_by_source(voiced, documents, column="voice", values=VOICE_GROUPS)


def voice_shares(counts: pd.DataFrame) -> pd.DataFrame:
    """Return voice groups (rows) by source (columns) as shares of each source's voiced quotations."""
    totals = counts.sum(axis=1).replace(0, 1)
    return counts.div(totals, axis=0).T.round(3)


def kinds_by_source(quotations: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """Return counts of quotations per source and kind, all sections."""
    return _counts_by_source(quotations, documents, column="kind", values=KINDS)


def _counts_by_source(quotations: pd.DataFrame, documents: pd.DataFrame, *, column: str,
                      values: tuple[str, ...]) -> pd.DataFrame:
    """Return counts of `quotations` per source (rows, in the sources' order) and each of the `values` of `column`
    (columns, zero where none)."""
    table = with_source(quotations, documents).pivot_table(
        index="source", columns=column, values="quote_id", aggfunc="count", fill_value=0)
    order = source_order(documents)
    return table.reindex(index=order, columns=list(values), fill_value=0).astype("int64").rename_axis(
        index="source", columns=column)


def top_speakers(quotations: pd.DataFrame, documents: pd.DataFrame, *, per_source: int = 5) -> pd.DataFrame:
    """Return the most quoted speakers of each source (by resolved name, else as written)."""
    named = with_source(quotations.dropna(subset=["speaker"]), documents)
    named = named.assign(who=named.speaker_name.fillna(named.speaker))
    counts = named.groupby(["source", "who"]).size().rename("quotations").reset_index()
    counts = sort_by_source(counts, documents, then=["quotations", "who"], ascending=[False, True])
    return counts.groupby("source", sort=False).head(per_source).reset_index(drop=True)


def quotes_of(quotations: pd.DataFrame, *, doc_id: str, titles: bool = False) -> pd.DataFrame:
    """Return the quotations of one source with their speakers and actors, in text order (titles only if asked)."""
    rows = quotations[(quotations.doc_id == doc_id) & (titles | (quotations.kind != "title"))]
    return rows[["quote_id", "section", "kind", "speaker", "speaker_name", "speaker_actor", "cue", "text"]].reset_index(drop=True)


def quotes_heading(quotations: pd.DataFrame, documents: pd.DataFrame, *, doc_id: str, titles: bool = False) -> str:
    """Return the sub-heading of one source's list of quotations: its label and how many rows `quotes_of` lists."""
    n = len(quotes_of(quotations, doc_id=doc_id, titles=titles))
    label = documents.set_index("doc_id").label[doc_id]
    return f"{label}: {n} quotation{'' if n == 1 else 's'}{'' if titles else ' (titles left out)'}"
