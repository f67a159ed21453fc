"""One figure style for every notebook, and one way to save figures.

Colours: the Okabe–Ito palette (Okabe & Ito 2008, "Color Universal Design"), which stays
distinguishable with the common forms of colour blindness. Each source keeps its colour in
every figure (`analysis.views.sources.source_colors`, also importable from here).
"""

from __future__ import annotations

import logging
import textwrap
from pathlib import Path

import matplotlib as mpl
import pandas as pd
from matplotlib.figure import Figure

from analysis.config import PROJECT_ROOT
from analysis.views.sources import OKABE_ITO, source_colors

__all__ = ["OKABE_ITO", "source_colors", "use_style", "save_figure", "barh_by_source", "bar_share_by_source", "heatmap",
           "timeline", "source_panels"]

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


def save_figure(fig: Figure, *, notebook: str, name: str, figures_dir: Path | str | None = None) -> Path:
    """Write `fig` as PNG to `reports/figures/<notebook>--<name>.png` and return the path.

    The PNG carries no timestamp or software version, so unchanged inputs give identical files.
    """
    folder = Path(figures_dir) if figures_dir else FIGURES_DIR
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{notebook}--{name}.png"
    fig.savefig(path, format="png", bbox_inches="tight", metadata={"Software": None})
    logger.info("saved %s", path)
    return path


def barh_by_source(table: pd.DataFrame, *, colors: dict[str, str], title: str, xlabel: str,
                   legend_notes: dict[str, str] | None = None) -> Figure:
    """Return a horizontal grouped bar chart: rows of `table` as groups, one bar per source column.

    `legend_notes` adds a note to a source's legend entry, e.g. `{"Vox 2017": "n=8"}`.
    """
    import matplotlib.pyplot as plt

    use_style()
    rows = table.index[::-1]
    fig, ax = plt.subplots(figsize=(8, 0.45 * len(rows) * max(1, len(table.columns) / 3) + 1.5))
    height = 0.8 / len(table.columns)
    for i, source in enumerate(table.columns):
        positions = [r - (i - (len(table.columns) - 1) / 2) * height for r in range(len(rows))]
        note = (legend_notes or {}).get(source)
        ax.barh(positions, table.loc[rows, source], height=height, color=colors[source],
                label=f"{source} ({note})" if note else source)
    ax.set_yticks(range(len(rows)), rows)
    ax.set_xlabel(xlabel)
    ax.set_title(title, loc="left")
    ax.legend(title="source", loc="upper left", bbox_to_anchor=(1.01, 1))
    return fig


def bar_share_by_source(values: pd.Series, *, colors: dict[str, str], title: str, ylabel: str) -> Figure:
    """Return a bar chart of one value per source (index: source labels), coloured by source."""
    import matplotlib.pyplot as plt

    use_style()
    fig, ax = plt.subplots()
    ax.bar(values.index, values.values, color=[colors[source] for source in values.index])
    ax.set_ylabel(ylabel)
    ax.set_title(title, loc="left")
    ax.yaxis.set_major_formatter(mpl.ticker.PercentFormatter(xmax=1))
    return fig


def heatmap(table: pd.DataFrame, *, title: str, colorbar_label: str, slide: bool = False) -> Figure:
    """Return a heatmap of `table` (rows × columns) with each cell's value printed, in a colour-blind-safe scale.

    With `slide`, the figure fills a 16:9 slide and its text stays readable when projected.
    """
    import matplotlib.pyplot as plt

    use_style(slide=slide)
    size = SLIDE_SIZE if slide else (1.6 + 0.55 * len(table.columns), 1.4 + 0.5 * len(table.index))
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


def timeline(points: pd.DataFrame, *, colors: dict[str, str], series: dict[str, str], title: str, ylabel: str,
             slide: bool = False) -> Figure:
    """Return a dated plot: one line per column named in `series` (column → legend text), points coloured by source.

    `points` needs `date` and `label` columns, one row per source. With `slide`, the figure
    fills a 16:9 slide.
    """
    import matplotlib.pyplot as plt

    use_style(slide=slide)
    fig, ax = plt.subplots(figsize=SLIDE_SIZE if slide else (9, 4.5))
    label_size = 15 if slide else 9
    for (column, text), style in zip(series.items(), ("-", "--", ":")):
        ax.plot(points.date, points[column], linestyle=style, color="0.45", zorder=1, label=text)
        ax.scatter(points.date, points[column], c=[colors[label] for label in points.label], s=140 if slide else 70,
                   zorder=2,
                   marker="o" if style == "-" else "s")
    for index, row in enumerate(points.itertuples()):
        top = max(getattr(row, column) for column in series)
        ax.annotate(row.label, (row.date, top), textcoords="offset points",
                    xytext=(0, 10 + 1.6 * label_size * (index % 2)), ha="center", fontsize=label_size,
                    color=colors[row.label], fontweight="bold")
    ax.set_ylabel(ylabel)
    ax.set_title(title, loc="left")
    ax.yaxis.set_major_formatter(mpl.ticker.PercentFormatter(xmax=1))
    ax.set_ylim(0, 1)
    ax.margins(x=0.08)
    ax.legend(loc="upper right")
    return fig


def source_panels(summary: pd.DataFrame, *, panels: dict[str, str], colors: dict[str, str], title: str,
                  shares: tuple[str, ...] = ()) -> Figure:
    """Return a slide-size grid of bar charts: one panel per column of `summary` (rows: sources).

    `panels` maps a column to its panel title; columns in `shares` are shown as percentages.
    Each bar is labelled with its value, so the figure can be read without the axes.
    """
    import matplotlib.pyplot as plt

    use_style(slide=True)
    columns = 3 if len(panels) > 4 else 2
    rows = -(-len(panels) // columns)
    fig, axes = plt.subplots(rows, columns, figsize=SLIDE_SIZE, sharey=True, squeeze=False)
    sources = list(summary.index)[::-1]
    for ax, (column, panel_title) in zip(axes.flat, panels.items()):
        values = summary.loc[sources, column].astype(float)
        bars = ax.barh(sources, values, color=[colors[source] for source in sources])
        ax.bar_label(bars, labels=[f"{v:.0%}" if column in shares else f"{v:.1f}" for v in values], padding=4,
                     fontsize=14)
        ax.set_title(textwrap.fill(panel_title, PANEL_TITLE_WIDTH), loc="left", fontsize=16)
        ax.set_xlim(0, max(values.max(), 1e-9) * 1.35)
        ax.set_xticks([])
        ax.spines["bottom"].set_visible(False)
    for ax in list(axes.flat)[len(panels):]:
        ax.set_visible(False)
    fig.suptitle(title, x=0.01, ha="left")
    fig.tight_layout()
    return fig
