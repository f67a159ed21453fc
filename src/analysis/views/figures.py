"""One figure style for every notebook, and one way to save figures.

Colours: the Okabe–Ito palette (Okabe & Ito 2008, "Color Universal Design"), which stays
distinguishable with the common forms of colour blindness. Each source keeps its colour in
every figure (`analysis.views.sources.source_colors`, also importable from here), with a hatch
or marker past the eight colours. Shares are drawn with their 95% Wilson interval and their n.

Figures scale with the corpus: past `MAX_SOURCES` sources a per-source figure shows the
sources with the largest values and one bar for the others; the timeline is split into
panels of `ROWS_PER_PANEL` sources; no figure is larger than `MAX_INCHES` on either side
(under 3,000 pixels at the saved resolution).
"""

from __future__ import annotations

import logging
import textwrap
from pathlib import Path

import matplotlib as mpl
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from analysis.config import PROJECT_ROOT
from analysis.views.sources import OKABE_ITO, source_colors, source_hatch, source_marker
from analysis.views.uncertainty import wilson_interval

__all__ = ["OKABE_ITO", "source_colors", "use_style", "figure_path", "save_figure", "top_sources", "barh_by_source",
           "bar_share_by_source", "heatmap", "timeline", "source_panels"]

logger = logging.getLogger(__name__)

FIGURES_DIR = PROJECT_ROOT / "reports" / "figures"
STYLE = {
    "figure.figsize": (8, 4.5),
    "figure.dpi": 100,
    "savefig.dpi": 150,
    "font.size": 11,
    "axes.titlesize": 13,
    "axes.titleweight": "bold",
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.prop_cycle": mpl.cycler(color=OKABE_ITO),
    "legend.frameon": False,
    "svg.hashsalt": "analysis",
}
SLIDE_SIZE = (13.33, 7.5)
MAX_SOURCES = 12
MAX_INCHES = 19.5
ROWS_PER_PANEL = 40
OTHERS_COLOR = "0.6"
INTERVAL_COLOR = "0.2"
HATCH_COLOR = "white"
PANEL_TITLE_WIDTH = 26
SLIDE_STYLE = {
    "figure.figsize": SLIDE_SIZE,
    "font.size": 16,
    "axes.titlesize": 18,
    "axes.labelsize": 16,
    "xtick.labelsize": 15,
    "ytick.labelsize": 15,
    "legend.fontsize": 15,
    "figure.titlesize": 22,
    "figure.titleweight": "bold",
}


def use_style(*, slide: bool = False) -> None:
    """Apply the suite's matplotlib style to every later figure; `slide` sizes it for a 16:9 slide (13.33 × 7.5 in)."""
    mpl.rcParams.update({key: mpl.rcParamsDefault[key] for key in SLIDE_STYLE})
    mpl.rcParams.update(STYLE)
    if slide:
        mpl.rcParams.update(SLIDE_STYLE)


def figure_path(*, notebook: str, name: str, figures_dir: Path | str | None = None) -> Path:
    """Return where `save_figure` writes a figure: `reports/figures/<notebook>--<name>.png`."""
    return (Path(figures_dir) if figures_dir else FIGURES_DIR) / f"{notebook}--{name}.png"


def save_figure(fig: Figure, *, notebook: str, name: str, figures_dir: Path | str | None = None) -> None:
    """Write `fig` as PNG to `figure_path(notebook=..., name=...)` (under `reports/figures/`).

    It returns nothing, so a notebook cell that ends with it shows the figure and no file path;
    the path is logged. The PNG carries no timestamp or software version, so unchanged inputs
    give identical files.
    """
    path = figure_path(notebook=notebook, name=name, figures_dir=figures_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, format="png", bbox_inches="tight", metadata={"Software": None})
    logger.info("saved %s", path)


def _capped(width: float, height: float) -> tuple[float, float]:
    return min(width, MAX_INCHES), min(height, MAX_INCHES)


def _hatch_edge(hatch: str) -> str:
    """Return the edge colour of a bar: white to draw its hatch, none for a plain bar (as matplotlib's default)."""
    return HATCH_COLOR if hatch else "none"


def _others_label(count: int) -> str:
    return f"others (mean of {count})"


def top_sources(table: pd.DataFrame, *, max_sources: int = MAX_SOURCES) -> pd.DataFrame:
    """Return `table` (one column per source) with at most `max_sources` columns.

    Past that, the `max_sources - 1` sources with the largest totals are kept, in their order,
    and the rest are replaced by one column, their mean, named `others (mean of N)`.
    """
    if len(table.columns) <= max_sources:
        return table
    largest = set(table.sum().sort_values(ascending=False, kind="stable").index[:max_sources - 1])
    kept = [source for source in table.columns if source in largest]
    rest = table.drop(columns=kept)
    return table[kept].assign(**{_others_label(len(rest.columns)): rest.mean(axis=1)})


def _interval_errors(successes: pd.Series, n: pd.Series) -> list:
    """Return matplotlib error bar lengths (below, above) for the shares `successes / n`."""
    low, high = wilson_interval(successes, n)
    share = successes / n.where(n > 0, 1)
    return [(share - low).clip(lower=0).to_numpy(), (high - share).clip(lower=0).to_numpy()]


def _pool_others(successes: pd.Series, n: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Return the `MAX_SOURCES - 1` highest shares (in their order) and one pooled share of the others."""
    highest = set((successes / n.where(n > 0)).fillna(0).sort_values(ascending=False, kind="stable")
                  .index[:MAX_SOURCES - 1])
    kept = n.index.isin(list(highest))
    label = f"others (pooled, {int((~kept).sum())})"
    return (pd.concat([successes[kept], pd.Series({label: successes[~kept].sum()})]),
            pd.concat([n[kept], pd.Series({label: n[~kept].sum()})]))


def barh_by_source(table: pd.DataFrame, *, colors: dict[str, str], title: str, xlabel: str,
                   legend_notes: dict[str, str] | None = None) -> Figure:
    """Return a horizontal grouped bar chart: rows of `table` as groups, one bar per source column.

    `legend_notes` adds a note to a source's legend entry, e.g. `{"Vox 2017": "n=8"}`. Past
    `MAX_SOURCES` sources, see `top_sources`.
    """
    import matplotlib.pyplot as plt

    use_style()
    table = top_sources(table)
    hatches = source_hatch(colors)
    rows = table.index[::-1]
    fig, ax = plt.subplots(figsize=_capped(8, 0.45 * len(rows) * max(1, len(table.columns) / 3) + 1.5))
    height = 0.8 / len(table.columns)
    for i, source in enumerate(table.columns):
        positions = [r - (i - (len(table.columns) - 1) / 2) * height for r in range(len(rows))]
        note = (legend_notes or {}).get(source)
        hatch = hatches.get(source, "")
        ax.barh(positions, table.loc[rows, source], height=height, color=colors.get(source, OTHERS_COLOR), hatch=hatch,
                edgecolor=_hatch_edge(hatch), label=f"{source} ({note})" if note else source)
    ax.set_yticks(range(len(rows)), rows)
    ax.set_xlabel(xlabel)
    ax.set_title(title, loc="left")
    ax.legend(title="source", loc="upper left", bbox_to_anchor=(1.01, 1))
    return fig


def bar_share_by_source(successes: pd.Series, n: pd.Series, *, colors: dict[str, str], title: str,
                        ylabel: str) -> Figure:
    """Return a bar chart of the share `successes / n` per source (index: source labels), coloured by source.

    Each bar carries its 95% Wilson interval and its n. Past `MAX_SOURCES` sources, the sources
    with the highest shares are shown and the rest pooled into one bar.
    """
    import matplotlib.pyplot as plt

    use_style()
    if len(n) > MAX_SOURCES:
        successes, n = _pool_others(successes, n)
    shares = successes / n.where(n > 0, 1)
    fig, ax = plt.subplots(figsize=_capped(max(8, 0.9 * len(n)), 4.5))
    hatches = source_hatch(colors)
    ax.bar(range(len(n)), shares.values, color=[colors.get(source, OTHERS_COLOR) for source in n.index],
           hatch=[hatches.get(source, "") for source in n.index],
           edgecolor=[_hatch_edge(hatches.get(source, "")) for source in n.index])
    ax.errorbar(range(len(n)), shares.values, yerr=_interval_errors(successes, n), fmt="none",
                ecolor=INTERVAL_COLOR, capsize=4)
    ax.set_xticks(range(len(n)), [f"{textwrap.fill(source, 14)}\nn={count}" for source, count in n.items()],
                  fontsize=9)
    ax.set_ylabel(ylabel)
    ax.set_title(title, loc="left")
    ax.yaxis.set_major_formatter(mpl.ticker.PercentFormatter(xmax=1))
    ax.set_xlabel("n: the count each share is of; bars: 95% interval (Wilson)", fontsize=9)
    return fig


def heatmap(table: pd.DataFrame, *, title: str, colorbar_label: str, slide: bool = False,
            n: pd.Series | None = None) -> Figure:
    """Return a heatmap of `table` (rows × source columns) with each cell's value printed, in a colour-blind-safe scale.

    With `slide`, the figure fills a 16:9 slide and its text stays readable when projected.
    `n` (per column) is the count each column's shares are of, added to its label. Past
    `MAX_SOURCES` columns, see `top_sources`.
    """
    import matplotlib.pyplot as plt

    use_style(slide=slide)
    if n is not None:
        table = table.rename(columns={column: f"{column} (n={n[column]})" for column in table.columns})
    table = top_sources(table)
    size = SLIDE_SIZE if slide else _capped(1.6 + 0.55 * len(table.columns), 1.4 + 0.5 * len(table.index))
    fig, ax = plt.subplots(figsize=size)
    image = ax.imshow(table.values, cmap="cividis", aspect="auto", vmin=0)
    ax.set_xticks(range(len(table.columns)), table.columns, rotation=45, ha="right")
    ax.set_yticks(range(len(table.index)), table.index)
    threshold = table.values.max() / 2 if table.size else 0
    for (row, column), value in pd.DataFrame(table.values).stack().items():
        ax.text(column, row, f"{value:.0%}", ha="center", va="center", fontsize=14 if slide else 8,
                color="black" if value > threshold else "white")
    ax.set_title(title, loc="left")
    fig.colorbar(image, ax=ax, label=colorbar_label, format=mpl.ticker.PercentFormatter(xmax=1, decimals=0))
    ax.spines[:].set_visible(False)
    return fig


def timeline(points: pd.DataFrame, *, colors: dict[str, str], series: dict[str, str], title: str, xlabel: str,
             slide: bool = False) -> Figure:
    """Return each source as a row, in order of publication, with a point and its 95% interval per series.

    `points` is `analysis.views.framing.timeline`: one row per source with `label`,
    `published`, `n_sentences`, and per column named in `series` (column → legend text) the
    share and its `_low` and `_high` bounds. Sources are not joined by a line: each is its own
    outlet. Past `ROWS_PER_PANEL` sources the rows are split into side-by-side panels; with
    `slide` (and at most `MAX_SOURCES` sources) the figure fills a 16:9 slide.
    """
    import matplotlib.pyplot as plt

    slide = slide and len(points) <= MAX_SOURCES
    use_style(slide=slide)
    n_panels = max(1, -(-len(points) // ROWS_PER_PANEL))
    per_panel = -(-len(points) // n_panels) if len(points) else 1
    size = SLIDE_SIZE if slide else _capped(9 if n_panels == 1 else 4.8 * n_panels, 0.42 * per_panel * len(series) + 1.8)
    fig, axes = plt.subplots(1, n_panels, figsize=size, squeeze=False)
    markers = source_marker(colors)
    offsets = [0.18 * (i - (len(series) - 1) / 2) for i in range(len(series))]
    for panel, ax in enumerate(axes.flat):
        rows = points.iloc[panel * per_panel:(panel + 1) * per_panel].reset_index(drop=True)
        for (column, text), offset, face in zip(series.items(), offsets, ("full", "none")):
            for row in rows.itertuples():
                color = colors.get(row.label, OTHERS_COLOR)
                value, low, high = (getattr(row, column), getattr(row, f"{column}_low"), getattr(row, f"{column}_high"))
                ax.errorbar(value, row.Index + offset, xerr=[[value - low], [high - value]], color=color,
                            marker=markers.get(row.label, "o"), markersize=11 if slide else 7,
                            markerfacecolor=color if face == "full" else "white", capsize=3,
                            label=text if panel == 0 and row.Index == 0 else None)
        ax.set_yticks(range(len(rows)), [f"{row.label} ({row.published}, n={row.n_sentences})"
                                         for row in rows.itertuples()])
        ax.set_ylim(len(rows) - 0.5, -0.5)
        ax.set_xlim(0, 1)
        ax.xaxis.set_major_formatter(mpl.ticker.PercentFormatter(xmax=1))
        ax.set_xlabel(xlabel)
    first = axes.flat[0]
    first.set_title(title, loc="left")
    first.legend(loc="lower right", title="filled / hollow, bars: 95% interval", fontsize=9 if not slide else 14,
                 title_fontsize=9 if not slide else 14)
    fig.tight_layout()
    return fig


def _panel_rows(summary: pd.DataFrame, column: str, base: str | None) -> pd.DataFrame:
    """Return the rows of one panel, bottom first: `value` and `n` (None without a base) per source.

    Past `MAX_SOURCES` sources, the highest values and one row for the mean of the others.
    """
    rows = pd.DataFrame({"value": summary[column].astype(float),
                         "n": summary[base] if base else None}, index=summary.index)
    if len(rows) > MAX_SOURCES:
        top = rows.value.sort_values(ascending=False, kind="stable").index[:MAX_SOURCES - 1]
        rest = rows.drop(index=top)
        rows = pd.concat([rows.loc[top], pd.DataFrame({"value": [rest.value.mean()], "n": [None]},
                                                       index=[_others_label(len(rest))])])
    return rows[::-1]


def source_panels(summary: pd.DataFrame, *, panels: dict[str, str], colors: dict[str, str], title: str,
                  shares: tuple[str, ...] = (), bases: dict[str, str] | None = None) -> Figure:
    """Return a slide-size grid of bar charts: one panel per column of `summary` (rows: sources).

    `panels` maps a column to its panel title; columns in `shares` are shown as percentages.
    `bases` maps a share column to the column holding its n: such bars get their 95% Wilson
    interval and their n. Each bar is labelled with its value, so the figure can be read without
    the axes. Past `MAX_SOURCES` sources, each panel shows its highest values and the others' mean.
    """
    import matplotlib.pyplot as plt

    use_style(slide=True)
    bases = bases or {}
    columns = 3 if len(panels) > 4 else 2
    rows = -(-len(panels) // columns)
    few = len(summary) <= MAX_SOURCES
    fig, axes = plt.subplots(rows, columns, figsize=SLIDE_SIZE, sharey=few, squeeze=False)
    hatches = source_hatch(colors)
    for ax, (column, panel_title) in zip(axes.flat, panels.items()):
        panel = _panel_rows(summary, column, bases.get(column))
        ax.barh(panel.index, panel.value, color=[colors.get(source, OTHERS_COLOR) for source in panel.index],
                       hatch=[hatches.get(source, "") for source in panel.index],
                       edgecolor=[_hatch_edge(hatches.get(source, "")) for source in panel.index])
        has_n = panel.n.notna().to_numpy()
        ends = panel.value.to_numpy(copy=True)
        if has_n.any():
            n = panel.n[has_n].astype("int64")
            errors = _interval_errors((panel.value[has_n] * n).round(), n)
            ax.errorbar(panel.value[has_n], np.flatnonzero(has_n), xerr=errors, fmt="none", ecolor=INTERVAL_COLOR,
                        capsize=3)
            ends[has_n] += errors[1]
        labels = [(f"{value:.0%}" if column in shares else f"{value:.1f}") + ("" if pd.isna(n) else f" (n={int(n)})")
                  for value, n in zip(panel.value, panel.n)]
        for position, (end, label) in enumerate(zip(ends, labels)):  # after the bar and its interval
            ax.annotate(label, (end, position), xytext=(4, 0), textcoords="offset points", va="center", fontsize=14)
        ax.set_title(textwrap.fill(panel_title, PANEL_TITLE_WIDTH), loc="left", fontsize=16)
        ax.set_xlim(0, max(ends.max(), 1e-9) * (2.0 if has_n.any() else 1.35))
        ax.set_xticks([])
        ax.spines["bottom"].set_visible(False)
    for ax in list(axes.flat)[len(panels):]:
        ax.set_visible(False)
    fig.suptitle(title, x=0.01, ha="left")
    fig.tight_layout()
    return fig
