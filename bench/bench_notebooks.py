"""Time the notebooks on synthetic corpora of 5, 50 and 200 sources (not a test).

Each corpus holds the seeds in turn under new ids (`bench_build.make_corpus`). For each size the
tables are built with a build cache shared between sizes (so parsing is paid once per text),
then every notebook is executed with papermill into a temporary folder, as `make notebooks`
does (the notebooks' doc_id parameters set to the corpus's first article), and timed. Results
are written to `bench/NOTEBOOKS.md`, one row per size as it finishes.

Usage: `.venv/bin/python bench/bench_notebooks.py [SIZES ...]` (default 5 50 200).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import papermill

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_build import ROOT, make_corpus  # noqa: E402

from analysis.tables.build import build  # noqa: E402

RESULTS = ROOT / "bench" / "NOTEBOOKS.md"
SIZES = (5, 50, 200)
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb")) + [ROOT / "notebooks" / "source_profile.ipynb"]
HEADER = ("# Notebook timings on synthetic corpora\n\n`bench/bench_notebooks.py`: the seeds in turn under new ids; "
          "the build with a warm parse cache, then every notebook executed with papermill.\n\n"
          "| sources | build (s) | notebooks (s) | slowest notebook |\n|---:|---:|---:|---|\n")


def time_size(n: int, work: Path, cache: Path) -> str:
    """Return the results row for a corpus of `n` sources."""
    seeds, data = work / f"seeds-{n}", work / f"data-{n}"
    make_corpus(seeds, n)
    started = time.perf_counter()
    build(seeds_dir=seeds, out_dir=data, cache_dir=cache)
    built = time.perf_counter() - started
    first = sorted(path.stem for path in seeds.glob("*.txt"))[0]
    doc_parameters = {name: first for name in ("DOC_ID", "AUDIT_DOC_ID", "KWIC_DOC_ID")}
    timings = {}
    for notebook in NOTEBOOKS:
        started = time.perf_counter()
        papermill.execute_notebook(str(notebook), str(work / f"{n}-{notebook.name}"), cwd=str(ROOT / "notebooks"),
                                   kernel_name="python3", progress_bar=False,
                                   parameters={"DATA_DIR": str(data), "FIGURES_DIR": str(work / "figures"),
                                               "SEEDS_DIR": str(seeds), "CACHE_DIR": str(cache), **doc_parameters})
        timings[notebook.name] = time.perf_counter() - started
    slowest = max(timings, key=timings.get)
    return f"| {n} | {built:.1f} | {sum(timings.values()):.1f} | {slowest} ({timings[slowest]:.1f} s) |\n"


def main(argv: list[str]) -> int:
    sizes = [int(size) for size in argv] or list(SIZES)
    RESULTS.write_text(HEADER, encoding="utf-8")
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        for n in sizes:
            row = time_size(n, work, work / "cache")
            with RESULTS.open("a", encoding="utf-8") as handle:
                handle.write(row)
            print(row, end="", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
