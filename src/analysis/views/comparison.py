"""One row per source, side by side: framing, voices, naming and argument; and a reading drawn from it."""

from __future__ import annotations

import pandas as pd

from analysis.views import argument, framing, voices
from analysis.views.sources import source_order, with_source


def source_summary(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Return per source (rows, in order of publication) the headline measures of every notebook."""
    documents, sentences, codes = tables["documents"], tables["sentences"], tables["codes"]
    points = framing.timeline(codes, sentences, documents).set_index("label")
    profile = framing.code_profile(codes, sentences, documents)
    support_codes = [c for c in profile.columns if c.startswith("support")]
    limits_codes = [c for c in profile.columns if c.startswith("limits")]
    voice = voices.voice_shares(voices.voices_by_source(tables["quotations"], sentences, documents)).T
    density = argument.marker_density(tables["markers"], sentences, documents)
    evidence = argument.evidence_mix(tables["markers"], documents)
    labels = with_source(tables["labels"], documents)
    descriptive = labels[labels.label.str.lower() != labels["head"]]

    def top_head(source: str, actor: str) -> str:
        heads = descriptive[(descriptive.source == source) & (descriptive.actor == actor)]["head"]
        heads = heads[heads != "assad"]
        return heads.value_counts().sort_index().sort_values(ascending=False, kind="stable").index[0] if len(heads) else ""

    rows = {}
    for source in source_order(documents):
        rows[source] = {
            "published": points.loc[source, "published"],
            "support_share": points.loc[source, "support"],
            "limits_share": points.loc[source, "limits"],
            "top_support_code": profile.loc[source, support_codes].idxmax().removeprefix("support.")
            if profile.loc[source, support_codes].max() > 0 else "",
            "top_limits_code": profile.loc[source, limits_codes].idxmax().removeprefix("limits.")
            if profile.loc[source, limits_codes].max() > 0 else "",
            "russian_syrian_voices": voice.loc[source, voices.VOICE_GROUPS[0]],
            "analyst_voices": voice.loc[source, voices.VOICE_GROUPS[1]],
            "scare_quotes": voice.loc[source, voices.VOICE_GROUPS[3]],
            "assad_named_as": top_head(source, "Bashar al-Assad"),
            "rebels_named_as": top_head(source, "rebels"),
            "hedges_per_1000": density.loc[source, "hedge"],
            "boosters_per_1000": density.loc[source, "booster"],
            "evidence": int(evidence.loc[source].sum()),
        }
    return pd.DataFrame.from_dict(rows, orient="index").rename_axis(index="source")


def _most(summary: pd.DataFrame, column: str) -> tuple[str, float]:
    return summary[column].idxmax(), summary[column].max()


def written_reading(summary: pd.DataFrame) -> str:
    """Return a short reading of the summary in Markdown, every figure taken from the table."""
    support_source, support = _most(summary, "support_share")
    limits_source, limits = _most(summary, "limits_share")
    voice_source, voice = _most(summary, "russian_syrian_voices")
    analyst_source, analyst = _most(summary, "analyst_voices")
    hedge_source, hedge = _most(summary, "hedges_per_1000")
    first, last = summary.index[0], summary.index[-1]
    dictator = [source for source, head in summary["assad_named_as"].items() if head == "dictator"]
    lines = [
        f"- **Support** is most present in {support_source}, where {support:.0%} of sentences code it; "
        f"**limits** in {limits_source} ({limits:.0%}).",
        f"- From the earliest source ({first}: support {summary.loc[first, 'support_share']:.0%}, limits "
        f"{summary.loc[first, 'limits_share']:.0%}) to the latest ({last}: support "
        f"{summary.loc[last, 'support_share']:.0%}, limits {summary.loc[last, 'limits_share']:.0%}).",
        f"- **Voices:** {voice_source} gives the largest share of its quotations to Russian or Syrian officials "
        f"({voice:.0%}); {analyst_source} to analysts, researchers and media ({analyst:.0%}).",
        f"- **Hedging** is densest in {hedge_source} ({hedge:.1f} hedges per 1,000 words).",
    ]
    if dictator:
        lines.append(f"- **Naming:** Assad is most often described as a *dictator* in {', '.join(dictator)}.")
    return "\n".join(lines)


def compare_with_corpus(summary: pd.DataFrame, source: str) -> pd.DataFrame:
    """Return one source's numeric measures beside the corpus average (the mean over sources)."""
    numeric = summary.select_dtypes("number")
    return pd.DataFrame({"source": numeric.loc[source], "corpus_average": numeric.mean().round(3)}).rename_axis("measure")
