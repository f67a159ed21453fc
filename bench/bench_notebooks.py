"""Time the notebooks on synthetic corpora of 5, 50 and 200 sources, in CPU seconds (not a test).

Each corpus holds distinct synthetic articles (`bench/corpus.py`). For each size the tables are
built with a build cache shared between sizes, then every notebook is executed with papermill
into a temporary folder, as `make notebooks` does (the notebooks' doc_id parameters set to the
corpus's first article). The machine is shared, so wall time says little: each notebook's kernel
CPU time is measured (`resource.getrusage(RUSAGE_CHILDREN)`: the kernel is a child of this
process, counted once it exits), with the 1-minute load average before and after. The kernel's
start (imports) is paid once per notebook whatever the corpus, so the report gives the CPU time
per source *added* between two sizes, which is flat when the notebooks are linear in the sources.
Results go to `bench/NOTEBOOKS.md`.

Usage: `.venv/bin/python bench/bench_notebooks.py [SIZES ...]` (default 5 50 200).
"""

from __future__ import annotations

import os
import resource
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

import papermill

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_build import ROOT, make_corpus  # noqa: E402

from analysis.tables.build import build  # noqa: E402

RESULTS = ROOT / "bench" / "NOTEBOOKS.md"
SIZES = (5, 50, 200)
GROWTH_TOLERANCE = 1.15  # CPU added per source may rise this much between steps before it is called growth
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb")) + [ROOT / "notebooks" / "source_profile.ipynb"]


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _own_cpu() -> float:
    return time.process_time()


def time_size(n: int, work: Path, cache: Path) -> dict:
    """Return the measurements for a corpus of `n` sources: build and per-notebook CPU, wall and load."""
    seeds, data = work / f"seeds-{n}", work / f"data-{n}"
    make_corpus(seeds, n)
    cpu, started = _own_cpu() + _children_cpu(), time.perf_counter()
    build(seeds_dir=seeds, out_dir=data, cache_dir=cache)
    result = {"n": n, "build_cpu": _own_cpu() + _children_cpu() - cpu, "build_wall": time.perf_counter() - started,
              "notebooks": {}}
    first = sorted(path.stem for path in seeds.glob("*.txt"))[0]
    doc_parameters = {name: first for name in ("DOC_ID", "AUDIT_DOC_ID", "KWIC_DOC_ID")}
    for notebook in NOTEBOOKS:
        load_before, kernel, own, started = os.getloadavg()[0], _children_cpu(), _own_cpu(), time.perf_counter()
        papermill.execute_notebook(str(notebook), str(work / f"{n}-{notebook.name}"), cwd=str(ROOT / "notebooks"),
                                   kernel_name="python3", progress_bar=False,
                                   parameters={"DATA_DIR": str(data), "FIGURES_DIR": str(work / "figures"),
                                               "SEEDS_DIR": str(seeds), "CACHE_DIR": str(cache), **doc_parameters})
        result["notebooks"][notebook.stem] = {
            "kernel_cpu": _children_cpu() - kernel, "runner_cpu": _own_cpu() - own,
            "wall": time.perf_counter() - started, "load": (load_before, os.getloadavg()[0])}
    return result


def report(results: list[dict]) -> str:
    names = list(results[0]["notebooks"])
    loads = [load for result in results for run in result["notebooks"].values() for load in run["load"]]
    lines = [
        "# Notebook CPU time on synthetic corpora",
        "",
        f"`bench/bench_notebooks.py`, run {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC on a {os.cpu_count()}-core "
        "machine shared with other engineers (1-minute load average during the notebooks: "
        f"{min(loads):.1f} to {max(loads):.1f}; the machine has {os.cpu_count()} cores, so above {os.cpu_count()} "
        "jobs wait for a core and wall time stretches). Distinct synthetic articles (`bench/corpus.py`); the build "
        "with a parse cache shared between sizes, then every notebook executed with papermill. `kernel CPU` is the "
        "CPU time of the notebooks' kernels (their start, about the same for any corpus, included), which the load "
        "changes far less than wall time; `added per source` is the kernel CPU added per source from the size "
        "before, flat when the notebooks grow linearly.",
        "",
        "| sources | build CPU (s) | kernel CPU, all notebooks (s) | added per source (ms) | wall, all notebooks (s) "
        "| load (min–max) |",
        "|---:|---:|---:|---:|---:|---|",
    ]
    previous, added_costs = None, []
    for result in results:
        runs = result["notebooks"].values()
        total = sum(run["kernel_cpu"] for run in runs)
        if previous is not None:
            added_costs.append(1000 * (total - previous[1]) / (result["n"] - previous[0]))
        added = "" if previous is None else f"{added_costs[-1]:.0f}"
        run_loads = [load for run in runs for load in run["load"]]
        lines.append(f"| {result['n']} | {result['build_cpu']:.1f} | {total:.1f} | {added} | "
                     f"{sum(run['wall'] for run in runs):.1f} | {min(run_loads):.1f}–{max(run_loads):.1f} |")
        previous = (result["n"], total)
    if len(added_costs) >= 2:
        steeper = added_costs[-1] > GROWTH_TOLERANCE * added_costs[-2]
        lines += ["", f"In this run the CPU added per source went from {added_costs[-2]:.0f} ms to "
                  f"{added_costs[-1]:.0f} ms: " + ("it grows, so the notebooks may be worse than linear in the "
                                                   "sources; read the per-notebook rows." if steeper else
                                                   "no sign of growth faster than linear (one run, under the load "
                                                   "above; the views alone: `bench/VIEWS.md`).")]
    lines += ["", "Kernel CPU per notebook (s):", "",
              "| notebook | " + " | ".join(f"{result['n']} sources" for result in results) + " |",
              "|---|" + "---:|" * len(results)]
    for name in names:
        lines.append(f"| {name} | " + " | ".join(f"{result['notebooks'][name]['kernel_cpu']:.1f}"
                                              for result in results) + " |")
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    sizes = [int(size) for size in argv] or list(SIZES)
    results = []
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        for n in sizes:
            results.append(time_size(n, work, work / "cache"))
            RESULTS.write_text(report(results), encoding="utf-8")  # after each size, so a stopped run keeps its rows
            print(f"{n} sources done", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
