"""One row per source, side by side: framing, voices, naming and argument; and a reading drawn from it."""

from __future__ import annotations

import pandas as pd

from analysis.views import argument, framing, voices
from analysis.views.sources import source_order, with_source
from analysis.views.uncertainty import intervals_overlap, wilson_interval

N_SENTENCES, N_QUOTATIONS = "n_sentences", "n_quotations"
# Each share in the summary and the count it is a share of.
SHARE_BASES = {"support_share": N_SENTENCES, "limits_share": N_SENTENCES,
               "russian_syrian_voices": N_QUOTATIONS, "analyst_voices": N_QUOTATIONS, "scare_quotes": N_QUOTATIONS}
VOICE_COLUMNS = {"russian_syrian_voices": voices.VOICE_GROUPS[0], "analyst_voices": voices.VOICE_GROUPS[1],
                 "scare_quotes": voices.VOICE_GROUPS[3]}
NAMED_ACTORS = {"assad_named_as": "Bashar al-Assad", "rebels_named_as": "rebels"}
BARE_NAME = "assad"


def _top_code(profile: pd.DataFrame, dimension: str) -> pd.Series:
    """Return per source the sub-code of `dimension` that fires most often (first by name on a tie); '' if none."""
    columns = [code for code in profile.columns if code.startswith(f"{dimension}.")]
    if not columns:
        return pd.Series("", index=profile.index)
    shares = profile[sorted(columns)]
    return shares.idxmax(axis=1).str.removeprefix(f"{dimension}.").where(shares.max(axis=1) > 0, "")


def _top_heads(labels: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """Return per source (rows) and actor of `NAMED_ACTORS` (columns) the most frequent descriptive head."""
    named = with_source(labels, documents)
    named = named[(named.label.str.lower() != named["head"]) & (named["head"] != BARE_NAME)]
    counts = named.groupby(["source", "actor", "head"]).size().rename("n").reset_index()
    top = counts.sort_values(["n", "head"], ascending=[False, True]).drop_duplicates(["source", "actor"])
    heads = top.pivot(index="source", columns="actor", values="head")
    return pd.DataFrame({column: heads[actor] if actor in heads else pd.Series(dtype=object)
                         for column, actor in NAMED_ACTORS.items()}).reindex(source_order(documents)).fillna("")


def source_summary(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Return per source (rows, in order of publication) the headline measures of every notebook.

    Each share comes with the count it is a share of (`SHARE_BASES`): `n_sentences` coded
    sentences for the framing shares, `n_quotations` voiced quotations for the voice shares.
    """
    documents, sentences, codes = tables["documents"], tables["sentences"], tables["codes"]
    points = framing.timeline(codes, sentences, documents).set_index("label")
    profile = framing.code_profile(codes, sentences, documents)
    counts = voices.voices_by_source(tables["quotations"], sentences, documents)
    shares = voices.voice_shares(counts).T
    density = argument.marker_density(tables["markers"], sentences, documents)
    summary = pd.DataFrame({
        "published": points.published,
        N_SENTENCES: points[N_SENTENCES],
        "support_share": points.support,
        "limits_share": points.limits,
        "top_support_code": _top_code(profile, "support"),
        "top_limits_code": _top_code(profile, "limits"),
        N_QUOTATIONS: counts.sum(axis=1),
        **{column: shares[group] for column, group in VOICE_COLUMNS.items()},
    }, index=pd.Index(source_order(documents), name="source"))
    summary = summary.join(_top_heads(tables["labels"], documents))
    return summary.assign(hedges_per_1000=density["hedge"], boosters_per_1000=density["booster"],
                          evidence=argument.evidence_mix(tables["markers"], documents).sum(axis=1).astype("int64"))


def share_interval(summary: pd.DataFrame, column: str, source: str) -> tuple[float, float]:
    """Return the 95% Wilson interval of a share of the summary, from the share and its count.

    Shares are rounded to three decimals, so the count of successes is recovered exactly while
    the base is under 1,000.
    """
    n = int(summary.loc[source, SHARE_BASES[column]])
    return wilson_interval(round(summary.loc[source, column] * n), n)


def _join(names: list[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def _with_n(summary: pd.DataFrame, column: str, source: str) -> str:
    return f"{summary.loc[source, column]:.0%} of {summary.loc[source, SHARE_BASES[column]]}"


def _both_shares(summary: pd.DataFrame, source: str) -> str:
    return (f"{source}: support {summary.loc[source, 'support_share']:.0%} and limits "
            f"{summary.loc[source, 'limits_share']:.0%} of {summary.loc[source, N_SENTENCES]} sentences")


def highest_share(summary: pd.DataFrame, column: str, *, what: str) -> str:
    """Return a sentence naming the source(s) with the highest share in `column`, stating ties as ties.

    Each share is given with its count, and the sentence says whether the 95% interval of the
    highest overlaps that of the next highest, i.e. whether the difference may be chance.
    """
    based = summary[summary[SHARE_BASES[column]] > 0]
    if based.empty:
        return f"No source has any {what}."
    ranked = based[column].sort_values(ascending=False, kind="stable")
    top = [source for source, value in ranked.items() if value == ranked.iloc[0]]
    shown = _join([f"{source} ({_with_n(summary, column, source)})" for source in top])
    sentence = f"a tie between {shown}" if len(top) > 1 else shown
    rest = ranked.drop(top)
    if rest.empty:
        return sentence + "."
    runner = rest.index[0]
    overlap = all(intervals_overlap(share_interval(summary, column, source), share_interval(summary, column, runner))
                  for source in top)
    verdict = ("their 95% intervals overlap, so the difference may be chance" if overlap
               else "their 95% intervals do not overlap")
    return f"{sentence}; next is {runner} ({_with_n(summary, column, runner)}): {verdict}."


def written_reading(summary: pd.DataFrame) -> str:
    """Return a short reading of the summary in Markdown, every figure taken from the table, with its count."""
    first, last = summary.index[0], summary.index[-1]
    hedge = summary.hedges_per_1000.max()
    densest = [source for source, value in summary.hedges_per_1000.items() if value == hedge]
    lines = [
        f"- **Support** (share of coded sentences) is highest in {highest_share(summary, 'support_share', what='coded sentences')}",
        f"- **Limits** is highest in {highest_share(summary, 'limits_share', what='coded sentences')}",
        f"- From the earliest source ({_both_shares(summary, first)}) to the latest ({_both_shares(summary, last)}).",
        f"- **Voices:** the largest share of quotations given to Russian or Syrian officials is in "
        f"{highest_share(summary, 'russian_syrian_voices', what='quotations')}",
        f"- The largest share given to analysts, researchers and media is in "
        f"{highest_share(summary, 'analyst_voices', what='quotations')}",
        f"- **Hedging** is densest in {_join(densest)} ({hedge:.1f} hedges per 1,000 words"
        f"{', a tie' if len(densest) > 1 else ''}).",
    ]
    dictator = [source for source, head in summary["assad_named_as"].items() if head == "dictator"]
    if dictator:
        lines.append(f"- **Naming:** Assad is most often described as a *dictator* in {_join(dictator)}.")
    return "\n".join(lines)


def compare_with_corpus(summary: pd.DataFrame, source: str) -> pd.DataFrame:
    """Return one source's numeric measures beside the corpus average (the mean over sources)."""
    numeric = summary.select_dtypes("number")
    return pd.DataFrame({"source": numeric.loc[source], "corpus_average": numeric.mean().round(3)}).rename_axis("measure")
