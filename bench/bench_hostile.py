"""Benchmark the build on one hostile article: 10 MB of prose, of quote marks, of apostrophes.

Usage: .venv/bin/python bench/bench_hostile.py [--sizes 1,3,10] [--cases prose,quotes,apostrophes]
       [--results FILE]
       .venv/bin/python bench/bench_hostile.py --report   (prints the table for bench/RESULTS_hostile.md)

Each case builds a seeds folder holding one article of the given size (in MB of characters) and
runs `python -m analysis build --no-cache --max-chars N` in a fresh subprocess; the wall time, the
exit status and the peak memory (`ru_maxrss` of the build's children) are appended to a JSON-lines
file as they come. `BENCH_SOURCE` points at a frozen copy of `src/` (as in `bench_build.py`).
This is a benchmark, not a test: nothing is asserted.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS_FILE = Path(__file__).with_name("results_hostile.jsonl")
SOURCE_ENV_VAR = "BENCH_SOURCE"
MB = 1_000_000
CASES = ("prose", "quotes", "apostrophes")
PROSE = (
    "The ministry said on Tuesday that the talks in Geneva would resume after the holiday.",
    "Analysts in Beirut doubt that the ceasefire will hold through the winter months.",
    "A convoy of aid lorries crossed the border at dawn, according to officials.",
    "Prices of bread and fuel have doubled since the currency collapsed last spring.",
    "Critics argue that the sanctions hurt ordinary families more than the government.",
    "The opposition, however, insists that pressure must be kept up until elections are held.",
    "Several hundred people gathered in the square to mourn the victims of the attack.",
)
QUOTES = (
    "“We will not leave,” she said.", "He called it a \"temporary measure\" twice.",
    "‘Never again’, the banner read.", "The 'experts' were wrong, ‘they’ said “again”.",
    "\"It's over,\" he added, “and ‘final’.", "“Open", "close” and \"stray",
)
APOSTROPHES = (
    "It's the people's choice, isn't it?", "They'd've known the rebels' plans.",
    "O'Brien's men weren't there; Assad's weren't either.", "We're sure it's fine, aren't we?",
    "The '90s weren't Syria's best years, y'know.",
)
WORKER = r'''
import resource, subprocess, sys, time
started = time.perf_counter()
status = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
elapsed = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
tail = status.stderr.strip().splitlines()[-3:]
import json; print(json.dumps({"seconds": elapsed, "peak_mib": peak, "status": status.returncode, "stderr": tail}))
'''


def hostile_text(case: str, size: int) -> str:
    """Return `size` characters of the case's sentences, repeated and cycled, in paragraphs."""
    pieces = {"prose": PROSE, "quotes": QUOTES, "apostrophes": APOSTROPHES}[case]
    parts, total = [], 0
    for n, piece in enumerate(itertools.cycle(pieces)):
        sep = "\n\n" if n % 6 == 5 else " "
        parts.append(piece + sep)
        total += len(piece) + len(sep)
        if total >= size:
            break
    return "".join(parts)[:size].rstrip() + "\n"


def write_seeds(folder: Path, case: str, size: int) -> None:
    """Write a seeds folder with one article of `size` characters."""
    folder.mkdir(parents=True)
    (folder / "hostile.txt").write_text(hostile_text(case, size), encoding="utf-8")
    with open(folder / "sources.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["doc_id", "file", "outlet", "title", "author", "published", "genre", "label", "notes"])
        writer.writerow(["hostile", "hostile.txt", "Bench", f"{case} {size}", "Bench", "2025-01", "analysis",
                         "Hostile", ""])


def measure(case: str, megabytes: float, work: Path) -> dict:
    """Build one hostile article in a fresh subprocess and return its measurement."""
    size = int(megabytes * MB)
    seeds, out = work / f"{case}-{megabytes}-seeds", work / f"{case}-{megabytes}-out"
    write_seeds(seeds, case, size)
    env = dict(os.environ, PYTHONPATH=os.environ.get(SOURCE_ENV_VAR, str(ROOT / "src")))
    command = [sys.executable, "-m", "analysis", "build", "--seeds", str(seeds), "--out", str(out), "--no-cache",
               "--quiet", "--max-chars", str(size + 10)]
    result = subprocess.run([sys.executable, "-c", WORKER, *command], env=env, capture_output=True, text=True,
                            cwd=ROOT)
    record = json.loads(result.stdout) if result.returncode == 0 else {"error": result.stderr[-500:]}
    return {"case": case, "mb": megabytes, "chars": size, "load": os.getloadavg()[0], **record}


def report_table(results: Path) -> str:
    """Return the measurements so far as a Markdown table."""
    lines = ["| case | MB | characters | seconds | peak MiB | exit | load (1 min, at the end) | warning |",
             "|---|---|---|---|---|---|---|---|"]
    for line in results.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        if "error" in r:
            lines.append(f"| {r['case']} | {r['mb']:g} | {r['chars']:,} | – | – | error | {r['load']:.1f} | |")
            continue
        warning = next((w.split(": ", 1)[1] for w in r["stderr"] if w.startswith("WARNING")), "")
        lines.append(f"| {r['case']} | {r['mb']:g} | {r['chars']:,} | {r['seconds']:.0f} | {r['peak_mib']:.0f} "
                     f"| {r['status']} | {r['load']:.1f} | {warning} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,3,10", help="sizes in MB, comma-separated")
    parser.add_argument("--cases", default=",".join(CASES))
    parser.add_argument("--results", type=Path, default=RESULTS_FILE)
    parser.add_argument("--report", action="store_true", help="print the results so far as a Markdown table")
    args = parser.parse_args()
    if args.report:
        print(report_table(args.results), end="")
        return
    with tempfile.TemporaryDirectory(prefix="bench-hostile-") as tmp:
        for megabytes in (float(s) for s in args.sizes.split(",")):
            for case in args.cases.split(","):
                record = measure(case, megabytes, Path(tmp))
                with open(args.results, "a", encoding="utf-8") as handle:
                    handle.write(json.dumps(record) + "\n")
                print(json.dumps(record), flush=True)


if __name__ == "__main__":
    main()
