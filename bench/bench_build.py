"""Benchmark the build against raw spaCy on a corpus of N documents (the seeds replicated under new ids).

Usage: .venv/bin/python bench/bench_build.py [--n 200] [--memory-n 50] [--model NAME]

Each measurement runs in a fresh Python process (model loading included, as in a real
build) and reports wall time, tokens per second and peak memory (maximum resident set,
the process and its workers). It prints a Markdown table for the README.
"""

from __future__ import annotations

import argparse
import csv
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"

WORKER = r'''
import json, resource, sys, time
task, seeds, out, jobs, cache, model = sys.argv[1:7]
started = time.perf_counter()
if task == "raw":
    import spacy
    from analysis.corpus.registry import load_corpus
    from analysis.config import resolve_model_name
    nlp = spacy.load(resolve_model_name(model or None))
    texts = [document.text for document in load_corpus(seeds)]
    tokens = sum(len(doc) for doc in nlp.pipe(texts, n_process=int(jobs)))
else:
    from analysis.tables.build import build
    tables = build(seeds_dir=seeds, out_dir=out, jobs=int(jobs), cache_dir=cache or None, model=model or None)
    tokens = int(tables["documents"].n_tokens.sum())
elapsed = time.perf_counter() - started
peak_kib = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
print(json.dumps({"seconds": elapsed, "tokens": tokens, "peak_mib": peak_kib / 1024}))
'''


def make_corpus(folder: Path, n: int) -> None:
    """Write `n` documents to `folder`: the seeds in turn, each under a new id, with a sources.csv."""
    folder.mkdir(parents=True)
    with (SEEDS / "sources.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    with (folder / "sources.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        for i in range(n):
            row = dict(rows[i % len(rows)])
            doc_id = f"b{i:05d}_{row['doc_id']}"
            shutil.copyfile(SEEDS / row["file"], folder / f"{doc_id}.txt")
            writer.writerow({**row, "doc_id": doc_id, "file": f"{doc_id}.txt", "label": f"{row['label']} #{i}"})


def measure(task: str, seeds: Path, out: Path, *, jobs: int = 1, cache: Path | None = None, model: str = "") -> dict:
    command = [sys.executable, "-c", WORKER, task, str(seeds), str(out), str(jobs), str(cache or ""), model]
    result = subprocess.run(command, capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(result.stdout.strip().splitlines()[-1])


def add_article(seeds: Path) -> None:
    text = (SEEDS / "004_128d85b3e3899c5b.txt").read_text(encoding="utf-8").replace("Russia", "Moscow", 3)
    (seeds / "zz_new.txt").write_text(text, encoding="utf-8")
    with (seeds / "sources.csv").open("a", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerow(["zz_new", "zz_new.txt", "Bench", "", "", "2026-01", "test", "Bench 2026", "added"])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=200, help="documents in the benchmark corpus (default 200)")
    parser.add_argument("--memory-n", type=int, default=50, help="a smaller corpus, to see memory stay flat (default 50)")
    parser.add_argument("--model", default="", help="spaCy pipeline (default: the library's default)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="analysis-bench-"))
    try:
        seeds, small = work / "seeds", work / "seeds-small"
        make_corpus(seeds, args.n)
        make_corpus(small, args.memory_n)
        rows = []

        def run(label: str, task: str, corpus: Path, **kwargs) -> dict:
            started = time.perf_counter()
            result = measure(task, corpus, work / "out", model=args.model, **kwargs)
            result["wall"] = time.perf_counter() - started
            rows.append((label, result))
            print(f"{label}: {result['seconds']:.1f} s in process, {result['peak_mib']:.0f} MiB", file=sys.stderr)
            return result

        raw = run(f"raw nlp.pipe, N={args.n}", "raw", seeds)
        cold = run(f"build --jobs 1, N={args.n}, no cache", "build", seeds)
        parallel = run(f"build --jobs 2, N={args.n}, no cache", "build", seeds, jobs=2)
        run(f"build --jobs 1, N={args.memory_n}, no cache", "build", small)
        run(f"build, N={args.n}, filling the cache", "build", seeds, cache=work / "cache")
        warm = run(f"build, N={args.n}, warm cache", "build", seeds, cache=work / "cache")
        add_article(seeds)
        added = run(f"build, N={args.n}+1, warm cache, one new article", "build", seeds, cache=work / "cache")
    finally:
        shutil.rmtree(work, ignore_errors=True)

    print("| run | wall time (s) | tokens/s | peak memory (MiB) |")
    print("|---|---:|---:|---:|")
    for label, result in rows:
        print(f"| {label} | {result['seconds']:.1f} | {result['tokens'] / result['seconds']:,.0f} | {result['peak_mib']:.0f} |")
    print()
    print(f"- build / raw spaCy: {cold['seconds'] / raw['seconds']:.2f}x (target <= 1.15x)")
    print(f"- --jobs 2 speed-up over --jobs 1: {cold['seconds'] / parallel['seconds']:.2f}x (target >= 1.6x)")
    print(f"- warm cache: {warm['seconds']:.1f} s; after adding one article: {added['seconds']:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
