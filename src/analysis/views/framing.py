"""Views of the framing codes for the notebooks: shares, profiles and the timeline."""

from __future__ import annotations

import pandas as pd

from analysis.corpus.sections import ANALYSED_SECTIONS
from analysis.tables.schemas import counted_codes
from analysis.views.sources import by_source
from analysis.views.uncertainty import with_interval


OUTCOMES = ("support", "both", "limits", "neither")
DIMENSIONS = ("support", "limits")
N_SENTENCES = "n_sentences"


def outcome(support: bool, limits: bool) -> str:
    """Return a sentence's framing outcome from its two flags: support, both, limits or neither."""
    return {(True, True): "both", (True, False): "support", (False, True): "limits"}.get((support, limits), "neither")


def coded_sentences(codes: pd.DataFrame, sentences: pd.DataFrame) -> pd.DataFrame:
    """Return the coded sentences (headline, standfirst, body) with `support` and `limits` flags and their `outcome`."""
    units = sentences[sentences.section.isin(ANALYSED_SECTIONS)][["doc_id", "sent_id", "text"]].reset_index(drop=True)
    keys = pd.MultiIndex.from_frame(units[["doc_id", "sent_id"]])
    codes = counted_codes(codes)
    for dimension in ("support", "limits"):
        hits = codes[codes.dimension == dimension]
        units[dimension] = keys.isin(pd.MultiIndex.from_frame(hits[["doc_id", "sent_id"]]))
    units["outcome"] = [outcome(support, limits) for support, limits in zip(units.support, units.limits)]
    return units


def dimension_shares(codes: pd.DataFrame, sentences: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """Return, per source, the share of coded sentences that code support only, limits only, both, or neither.

    The last column, `n_sentences`, is the number of coded sentences each share is of.
    """
    units = coded_sentences(codes, sentences)
    table = pd.crosstab(units.doc_id, units.outcome, normalize="index").reindex(columns=list(OUTCOMES), fill_value=0.0)
    table = table.rename(columns={"support": "support only", "limits": "limits only"}).round(3)
    table[N_SENTENCES] = units.groupby("doc_id").size()
    shares = by_source(table, documents, fill_value=0)
    return shares.astype({N_SENTENCES: "int64"}).rename_axis(index="source", columns="framing")


def code_profile(codes: pd.DataFrame, sentences: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """Return sources × codes: the share of each source's coded sentences in which the code fires."""
    units = coded_sentences(codes, sentences).groupby("doc_id").size()
    hits = counted_codes(codes).drop_duplicates(["doc_id", "sent_id", "code"]).groupby(["doc_id", "code"]).size().unstack(fill_value=0)
    profile = hits.div(units, axis=0).fillna(0.0)
    columns = sorted(profile.columns, key=lambda code: (not code.startswith("support"), code))
    return by_source(profile[columns], documents, fill_value=0.0).round(3).rename_axis(index="source", columns="code")


def timeline(codes: pd.DataFrame, sentences: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """Return one row per source in order of publication: its date, its coded sentences (`n_sentences`), and
    for support and limits the share of them coding it with its 95% Wilson interval (`support_low`, `support_high`).
    """
    units = coded_sentences(codes, sentences)
    counts = units.groupby("doc_id").agg(n_sentences=("sent_id", "size"), **{
        f"n_{dimension}": (dimension, "sum") for dimension in DIMENSIONS})
    dated = documents.set_index("doc_id")[["label", "published"]].join(counts)
    dated = dated.fillna({column: 0 for column in counts.columns}).astype({column: "int64" for column in counts.columns})
    dated["date"] = pd.to_datetime(dated.published, format="ISO8601")
    columns = ["doc_id", "label", "published", "date", N_SENTENCES]
    for dimension in DIMENSIONS:
        dated[dimension] = (dated[f"n_{dimension}"] / dated[N_SENTENCES].where(dated[N_SENTENCES] > 0)).fillna(0.0)
        dated = with_interval(dated, share=dimension, successes=f"n_{dimension}", n=N_SENTENCES)
        columns += [f"n_{dimension}", dimension, f"{dimension}_low", f"{dimension}_high"]
    return dated.sort_values(["date", "label"]).reset_index()[columns].round(3)


def dimension_heading(codes: pd.DataFrame, dimension: str) -> str:
    """Return the sub-heading of a list of `codes` rows of one dimension: how many sentences and cues it holds."""
    rows = counted_codes(codes)
    rows = rows[rows.dimension == dimension]
    n_sentences, n_cues = len(rows.drop_duplicates(["doc_id", "sent_id"])), len(rows)
    return (f"{dimension.capitalize()}: {n_sentences} sentence{'' if n_sentences == 1 else 's'}, "
            f"{n_cues} coded cue{'' if n_cues == 1 else 's'}")


def code_examples(codes: pd.DataFrame, sentences: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """Return one coded sentence per code, taken from the codes table, with its Russian agent, how the agent is
    tied to the cue (`agent_link`), the cue, and the `modifier` that turned a support cue into a limit.

    The example is a hit whose agent is tied to the cue on the parse where the code has one
    (`GRAMMATICAL_LINKS`: 'Russia sent troops', 'Russia's backing'), else one tied through a pronoun or
    a Russian speaker of the clause, else through the sentence, paragraph, context or article, else one with
    no agent (`LINK_TIERS`);
    within a tier, the earliest source's first. So an example is the plainest case of what the
    coder did, not a hit that rests on a Russian named elsewhere. It is still what the rules
    did, not what the codebook meant: read it critically.
    """
    units = coded_sentences(codes, sentences)[["doc_id", "sent_id", "text"]]
    hits = counted_codes(codes).merge(units, on=["doc_id", "sent_id"]).merge(
        documents[["doc_id", "label", "published"]], on="doc_id")
    for column in ("agent", "agent_link", "modifier"):
        if column not in hits:
            hits[column] = pd.NA
    hits["tier"] = [link_tier(link) for link in hits.agent_link]
    first = hits.sort_values(["code", "tier", "published", "doc_id", "sent_id", "start"]).drop_duplicates("code")
    return first.rename(columns={"label": "source", "text": "sentence"})[
        ["code", "source", "sent_id", "agent", "agent_link", "cue", "modifier", "sentence"]].reset_index(drop=True)


# How firmly a code's Russian agent is tied to its cue (the codes table's `agent_link`), firmest first.
GRAMMATICAL_LINKS = ("subject", "agent", "possessor", "modifier", "source", "beneficiary", "example")
LINK_TIERS = (GRAMMATICAL_LINKS, ("pronoun", "speaker"), ("context", "sentence", "paragraph", "article", "gate"))


def link_tier(link) -> int:
    """Return how firmly `agent_link` ties the agent to the cue: 0 on the parse, 1 through a pronoun or a Russian
    speaker, 2 through the sentence, paragraph, context, article or an added code's gate, 3 with no agent (or a link
    this module does not know)."""
    return next((tier for tier, links in enumerate(LINK_TIERS) if not pd.isna(link) and link in links),
                len(LINK_TIERS))
