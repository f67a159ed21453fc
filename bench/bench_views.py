"""Time the notebook views on 50, 200, 800 and 3,200 synthetic sources, in CPU seconds (not a test).

The tables of `data/processed/` (run `make data` first) are copied N/5 times under new doc_ids
and labels, so each synthetic source has the rows of a real one and no parsing is needed. Each
view the notebooks call is run `REPEATS` times per size, in this process, and its CPU time
(`time.process_time`: this process only, so other jobs on a shared machine hardly change it)
is kept as the median. The machine's 1-minute load average is recorded before and after each
size. The report gives per view the CPU time per size, the CPU time per source, and the slope
of log(CPU) against log(sources) from the smallest to the largest size: 1.0 is linear.

Usage: `.venv/bin/python bench/bench_views.py [SIZES ...]` (default 50 200 800 3200); writes
`bench/VIEWS.md`.
"""

from __future__ import annotations

import math
import os
import statistics
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "VIEWS.md"
SIZES = (50, 200, 800, 3200)
REPEATS = 5
LINEAR_SLOPE = 1.15  # a slope above this, with the load noted, is reported as growing faster than linear


def replicate(tables: dict[str, pd.DataFrame], n_sources: int) -> dict[str, pd.DataFrame]:
    """Return the tables with each source copied until there are `n_sources`, each copy its own doc_id and label."""
    documents = tables["documents"].sort_values("doc_id").reset_index(drop=True)
    copies = [(i, documents.doc_id[i % len(documents)]) for i in range(n_sources)]
    renamed = {original: [f"{i:05d}_{original}" for i, doc in copies if doc == original]
               for original in documents.doc_id}
    result = {}
    for name, table in tables.items():
        if "doc_id" not in table.columns:
            result[name] = table
            continue
        parts = []
        for original, new_ids in renamed.items():
            rows = table[table.doc_id == original]
            parts += [rows.assign(doc_id=new_id) for new_id in new_ids]
        result[name] = pd.concat(parts, ignore_index=True).astype({"doc_id": table.doc_id.dtype})
    result["documents"] = result["documents"].assign(label=[f"Source {doc_id}" for doc_id in result["documents"].doc_id])
    return result


def views() -> dict[str, callable]:
    """The views the notebooks call, each taking the tables."""
    from analysis.views import argument, comparison, corpus, framing, naming, voices
    from analysis.views.display import show_table
    from analysis.views.own_voice import voice_counts

    actors = ("Bashar al-Assad", "Syrian government", "rebels")
    return {
        "corpus.section_audit": lambda t: corpus.section_audit(t["blocks"], t["sentences"], t["documents"]),
        "corpus.actor_mentions": lambda t: corpus.actor_mentions(t["entities"], t["sentences"], t["documents"]),
        "corpus.co_mentions": lambda t: corpus.co_mentions(t["entities"], t["sentences"], t["documents"]),
        "voices.voices_by_source": lambda t: voices.voices_by_source(t["quotations"], t["sentences"], t["documents"]),
        "voices.top_speakers": lambda t: voices.top_speakers(t["quotations"], t["documents"]),
        "framing.dimension_shares": lambda t: framing.dimension_shares(t["codes"], t["sentences"], t["documents"]),
        "framing.code_profile": lambda t: framing.code_profile(t["codes"], t["sentences"], t["documents"]),
        "framing.timeline": lambda t: framing.timeline(t["codes"], t["sentences"], t["documents"]),
        "framing.code_examples": lambda t: framing.code_examples(t["codes"], t["sentences"], t["documents"]),
        "argument.marker_density": lambda t: argument.marker_density(t["markers"], t["sentences"], t["documents"]),
        "argument.contrast_and_framing": lambda t: argument.contrast_and_framing(t["markers"], t["codes"],
                                                                                 t["sentences"], t["documents"]),
        "own_voice.voice_counts": lambda t: voice_counts(t["markers"], t["documents"]),
        "naming.naming_table": lambda t: naming.naming_table(t["labels"], t["documents"], actor="rebels"),
        "naming.evaluative_share": lambda t: naming.evaluative_share(t["labels"], t["documents"], actors=actors),
        "comparison.source_summary": lambda t: comparison.source_summary(t),
        "display.show_table(summary)": lambda t: show_table(comparison.source_summary(t))._repr_html_(),
    }


def cpu_seconds(view, tables) -> float:
    """Return the median CPU time of `REPEATS` runs of `view` on `tables`."""
    times = []
    for _ in range(REPEATS):
        started = time.process_time()
        view(tables)
        times.append(time.process_time() - started)
    return statistics.median(times)


def _slope(by_size: dict[int, float], low: int, high: int) -> float:
    """Return the slope of log(CPU) against log(sources) between two sizes (NaN if a time is 0)."""
    if by_size[low] <= 0 or by_size[high] <= 0:
        return float("nan")
    return math.log(by_size[high] / by_size[low]) / math.log(high / low)


def report(sizes: list[int], cpu: dict[str, dict[int, float]], loads: dict[int, tuple[float, float]]) -> str:
    first, last = sizes[0], sizes[-1]
    lines = [
        "# View CPU time on synthetic corpora",
        "",
        f"`bench/bench_views.py`, run {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC on a {os.cpu_count()}-core "
        "machine shared with other engineers. The seed tables copied to N sources; each view the notebooks call "
        f"timed in CPU seconds of this process (`time.process_time`, median of {REPEATS} runs), which other "
        "jobs on the machine change far less than wall time. `slope` is log(CPU) against log(sources) "
        f"from {first} to {last} sources, `steepest` the largest such slope between two consecutive sizes: "
        "1.0 is linear, 2.0 quadratic.",
        "",
        "Load (1-minute average, before → after each size): "
        + "; ".join(f"{n} sources: {before:.2f} → {after:.2f}" for n, (before, after) in loads.items()) + ".",
        "",
        "| view | " + " | ".join(f"CPU s, {n}" for n in sizes) + " | " + " | ".join(f"ms/source, {n}" for n in sizes)
        + " | slope | steepest |",
        "|---|" + "---:|" * (2 * len(sizes) + 2),
    ]
    steep = []
    for name, by_size in cpu.items():
        slope = _slope(by_size, first, last)
        steepest = max(_slope(by_size, low, high) for low, high in zip(sizes, sizes[1:]))
        if steepest > LINEAR_SLOPE:
            steep.append(f"{name} ({steepest:.2f})")
        lines.append(f"| {name} | " + " | ".join(f"{by_size[n]:.3f}" for n in sizes) + " | "
                     + " | ".join(f"{1000 * by_size[n] / n:.2f}" for n in sizes) + f" | {slope:.2f} | {steepest:.2f} |")
    lines += ["", (f"Steepest slope above {LINEAR_SLOPE}: {', '.join(steep)}." if steep else
                   f"No view has a slope above {LINEAR_SLOPE} between any two sizes."), ""]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    from analysis import load_tables

    sizes = sorted(int(size) for size in argv) or list(SIZES)
    seeds = load_tables(ROOT / "data" / "processed")
    cpu: dict[str, dict[int, float]] = {name: {} for name in views()}
    loads = {}
    for n in sizes:
        tables = replicate(seeds, n)
        before = os.getloadavg()[0]
        for name, view in views().items():
            cpu[name][n] = cpu_seconds(view, tables)
        loads[n] = (before, os.getloadavg()[0])
        print(f"{n} sources: {sum(by_size[n] for by_size in cpu.values()):.2f} CPU s, load {loads[n]}", flush=True)
    RESULTS.write_text(report(sizes, cpu, loads), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
