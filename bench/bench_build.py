"""Benchmark the build on distinct synthetic articles (see `bench/corpus.py`).

Usage: .venv/bin/python bench/bench_build.py [--steps ratio50,jobs200,...] [--pairs 5] [--results FILE]
       .venv/bin/python bench/bench_build.py --report   (writes bench/RESULTS.md from the results so far)

Each measurement runs in a fresh Python process (imports and model loading included, as in a
real build) and records wall time, tokens per second, peak memory (maximum resident set of the
process or any of its workers) and the machine load (`os.getloadavg`). Results are appended to a
JSON-lines file as they come, so a long run can be stopped and reported on. A `ratio` step runs raw
`nlp.pipe` and the build in interleaved pairs over the same texts (the order swapped from one pair to
the next, so a machine that drifts faster or slower favours neither) and the report gives the median
of the pairs' ratios with their range: this machine's speed drifts too much for one pair to tell. A
`together` step (`together200`, `together1000`) runs each pair's raw `nlp.pipe` and build at the same
time, one process per core (with `--pin`, each pinned to its own core, the cores swapped from one pair
to the next), so that the machine's drift hits both alike; its report line gives the spread too. A
`control` step (`control200`, `control1000`) checks that mode: each round runs a together pair, raw
beside raw, build beside build, and raw and build alone (the order, and raw and build's places in the
together pair, reversed from one round to the next). Raw beside raw and build beside build should read
1.00 (neither process favoured); side by side, each task is slowed by its neighbour, and the control's
`bias` (the build's slowdown beside raw ÷ raw's beside the build, each against the same round's run
alone) is how much the together ratio reads above the sequential one. The report prints the control's figures (their means over every round at that
size, all runs pooled) and, beside each together ratio (whose pairs leave the control's out), that ratio
divided by the mean bias (the control's at the same size, else at 200 articles) when the bias differs from
1 by more than twice its standard error, else that it is not distinguishable from 1 at that margin. To
measure one commit while working on the next: `git archive HEAD src | tar -x -C /tmp/frozen` and set
`BENCH_SOURCE=/tmp/frozen/src`.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Iterator

from corpus import make_corpus

ROOT = Path(__file__).resolve().parents[1]
RESULTS_FILE = Path(__file__).with_name("results.jsonl")
REPORT_FILE = Path(__file__).with_name("RESULTS.md")
PARSE_BATCH = 8  # as `analysis.nlp.pipeline.parse_texts`: raw spaCy at batch parity
TABLE_SUFFIXES = (".parquet", ".csv")
SOURCE_ENV_VAR = "BENCH_SOURCE"  # a frozen copy of src/ to measure, so that editing the code cannot change a run
STEPS = ("ratio50", "jobs200", "warm80", "memory40", "memory100", "memory400", "ratio1000")
OTHER_STEPS = ("together200", "together1000", "control200", "control1000")  # run only when named
PAIRS = 5  # raw and build pairs per ratio step
NOTES_HEADING = "\n## "  # RESULTS.md's hand-written notes start at the first such heading and are kept

WORKER = r'''
import json, resource, sys, time
task, seeds, out, jobs, cache, engine = sys.argv[1:7]
started = time.perf_counter()
if task == "raw":
    import spacy
    from analysis.corpus.registry import load_corpus
    from analysis.config import resolve_model_name
    nlp = spacy.load(resolve_model_name(None))
    texts = [document.text for document in load_corpus(seeds)]
    tokens = sum(len(doc) for doc in nlp.pipe(texts, n_process=int(jobs), batch_size=PARSE_BATCH))
else:  # as `make data` runs it, so that a rebuild with nothing changed stops before the heavy imports
    from analysis.__main__ import main
    if main(["build", "--seeds", seeds, "--out", out, "--jobs", jobs, "--engine", engine, "--quiet",
             *(["--cache", cache] if cache else ["--no-cache"])]):
        sys.exit("the build failed")
elapsed = time.perf_counter() - started
usage = [resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
cpu = sum(use.ru_utime + use.ru_stime for use in usage)
if task != "raw":  # counted after the measurement: reading the tables back is not part of the build
    from analysis.tables import load_tables
    tokens = load_tables(out)["documents"].n_tokens.sum()
print(json.dumps({"seconds": elapsed, "cpu": cpu, "tokens": int(tokens), "peak_mib": max(use.ru_maxrss for use in usage) / 1024}))
'''.replace("PARSE_BATCH", str(PARSE_BATCH))


def _command(task: str, seeds: Path, out: Path, *, jobs: int = 1, cache: Path | None = None,
             engine: str = "local") -> tuple[list[str], dict[str, str]]:
    """Return the command and environment of a fresh process that runs one build (or raw parse)."""
    source = os.environ.get(SOURCE_ENV_VAR)
    command = [sys.executable, "-c", WORKER, task, str(seeds), str(out), str(jobs), str(cache or ""), engine]
    return command, {**os.environ, "PYTHONHASHSEED": "0", **({"PYTHONPATH": source} if source else {})}


def measure(label: str, task: str, seeds: Path, out: Path, *, jobs: int = 1, cache: Path | None = None,
            engine: str = "local") -> dict:
    """Run one build (or raw parse) in a fresh process; return its figures with the wall time and load."""
    command, env = _command(task, seeds, out, jobs=jobs, cache=cache, engine=engine)
    load_before = os.getloadavg()[0]
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, check=True, cwd=ROOT, env=env)
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    return {"label": label, **figures, "wall": time.perf_counter() - started,
            "load": (load_before + os.getloadavg()[0]) / 2}


def core_of(pair: int, task_number: int, *, cores: int = 2) -> int:
    """Return the core that task `task_number` (0 or 1) of pair `pair` (from 1) is pinned to: each task on its
    own core, the two swapped from one pair to the next."""
    return (task_number + pair - 1) % cores


def measure_together(tasks: list[tuple[str, str]], seeds: Path, out: Path, *, pair: int,
                     pin: bool = False) -> list[dict]:
    """Run each `(task, label)` of `tasks` (two of raw parse and build) at the same time, each in a fresh process
    writing to a folder of its own (with `pin`, each on its own core, see `core_of`); return their figures, in the
    order of `tasks`, each with its `slot` (its place in `tasks`)."""
    load_before = os.getloadavg()[0]
    started = time.perf_counter()
    running = []
    for number, (task, _) in enumerate(tasks):
        command, env = _command(task, seeds, out / f"{task}{number}")
        core = core_of(pair, number) if pin else None
        pinning = (lambda core=core: os.sched_setaffinity(0, {core})) if pin else None
        running.append(subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
                                        env=env, preexec_fn=pinning))
    rows = []
    for slot, (process, (task, label)) in enumerate(zip(running, tasks)):
        stdout, stderr = process.communicate()
        if process.returncode:  # with the worker's last words, which CalledProcessError's message leaves out
            raise RuntimeError(f"{label}: the worker ended with {process.returncode}:\n{stderr[-2000:]}")
        figures = json.loads(stdout.strip().splitlines()[-1])
        rows.append({"label": label, **figures, "wall": time.perf_counter() - started, "pinned": pin, "slot": slot})
    load = (load_before + os.getloadavg()[0]) / 2
    return [{**row, "load": load} for row in rows]


def _tables(out: Path) -> dict[str, bytes]:
    """The bytes of the tables and the coding sheet (not the manifest, whose generation counts builds)."""
    return {path.name: path.read_bytes() for path in out.iterdir() if path.suffix in TABLE_SUFFIXES}


def run_step(step: str, work: Path, *, pairs: int = PAIRS, pin: bool = False) -> Iterator[dict]:
    """Run one named group of measurements on a fresh corpus, yielding each measurement as it ends (`pin`: see
    `measure_together`)."""
    kind, n = step.rstrip("0123456789"), int(step.lstrip("abcdefghijklmnopqrstuvwxyz"))
    seeds, out = work / step / "seeds", work / step / "out"
    make_corpus(seeds, n)
    if kind == "ratio":
        run = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
        for pair in range(1, pairs + 1):
            tasks = [("raw", f"raw nlp.pipe, N={n}"), ("build", f"build --jobs 1, N={n}")]
            for task, label in tasks if pair % 2 else tasks[::-1]:
                yield {**measure(label, task, seeds, out), "run": run, "pair": pair}
        return
    if kind == "together":
        run = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
        tasks = [("raw", f"raw nlp.pipe, N={n}, beside the build"), ("build", f"build --jobs 1, N={n}, beside raw")]
        for pair in range(1, pairs + 1):
            for row in measure_together(tasks if pair % 2 else tasks[::-1], seeds, out, pair=pair, pin=pin):
                yield {**row, "run": run, "pair": pair}
        return
    if kind == "control":
        run = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
        for pair in range(1, pairs + 1):
            for tasks in control_round(n, pair):
                rows = (measure_together(tasks, seeds, out, pair=pair, pin=pin) if len(tasks) == 2
                        else [measure(tasks[0][1], tasks[0][0], seeds, out / tasks[0][0])])
                for row in rows:
                    yield {**row, "run": run, "pair": pair, "step": "control"}
        return
    if kind == "memory":
        yield measure(f"build --jobs 1, N={n}", "build", seeds, out)
    elif kind == "jobs":
        yield measure(f"build --jobs 1, N={n}, beside --jobs 2", "build", seeds, out)
        yield measure(f"build --jobs 2, N={n}", "build", seeds, out, jobs=2)
        local = _tables(out)
        dask = measure(f"build --engine dask (2 local workers), N={n}", "build", seeds, out, jobs=2, engine="dask")
        yield {**dask, "identical": local == _tables(out)}
    elif kind == "warm":
        cache = work / step / "cache"
        yield measure(f"build, N={n}, filling the cache", "build", seeds, out, cache=cache)
        yield measure(f"build, N={n}, warm cache (nothing changed)", "build", seeds, out, cache=cache)
    else:
        raise ValueError(f"unknown step {step}")


def control_arrangements(n: int) -> list[list[tuple[str, str]]]:
    """Return the `(task, label)` lists a control round runs: a together pair, raw beside raw, build beside build
    (two tasks each, run at the same time), raw alone and build alone."""
    raw, build = f"raw nlp.pipe, N={n}", f"build --jobs 1, N={n}"
    return [[("raw", f"{raw}, beside the build"), ("build", f"{build}, beside raw")],
            [("raw", f"{raw}, beside raw"), ("raw", f"{raw}, beside raw")],
            [("build", f"{build}, beside the build"), ("build", f"{build}, beside the build")],
            [("raw", f"{raw}, alone")], [("build", f"{build}, alone")]]


def control_round(n: int, pair: int) -> list[list[tuple[str, str]]]:
    """Return the arrangements of control round `pair` (from 1) in the order they run: those of
    `control_arrangements`, reversed in every second round, as is the together pair's order of raw and build (as in
    the together step, so that neither task always has the first slot)."""
    arrangements = control_arrangements(n)
    if pair % 2:
        return arrangements
    return [arrangement[::-1] if arrangement is arrangements[0] else arrangement for arrangement in arrangements[::-1]]


def control_figures(rows: list[dict], n: int) -> dict[str, list[float]] | None:
    """Return, for each complete round of every control run at `n` articles, in CPU: `together` (build ÷ raw
    side by side), `sequential` (build alone ÷ raw alone), `raw_pair` and `build_pair` (the first slot ÷ the second
    when a task runs beside itself: 1.00 if neither slot is favoured), `raw_slowdown` and `build_slowdown` (beside
    the other task ÷ alone) and `bias` (build's slowdown ÷ raw's: together ÷ sequential); None without a control
    run at `n`."""
    labels = [label for tasks in control_arrangements(n) for _, label in tasks]
    if not any(row.get("step") == "control" and row["label"] in labels for row in rows):
        return None
    rounds: dict[tuple[str, int], dict[str, list[float]]] = {}
    for row in sorted(rows, key=lambda row: row.get("slot", 0)):
        if row.get("step") == "control" and row["label"] in labels:
            rounds.setdefault((row["run"], row["pair"]), {}).setdefault(row["label"], []).append(row["cpu"])
    together_raw, together_build, raw_pair, build_pair, raw_alone, build_alone = dict.fromkeys(labels)
    figures: dict[str, list[float]] = {key: [] for key in ("together", "sequential", "raw_pair", "build_pair",
                                                           "raw_slowdown", "build_slowdown", "bias")}
    for _, cpu in sorted(rounds.items()):  # in the order of the runs' start times, then of their rounds
        if len(cpu.get(raw_pair, ())) < 2 or len(cpu.get(build_pair, ())) < 2 or not all(
                label in cpu for label in (together_raw, together_build, raw_alone, build_alone)):
            continue
        raw_slowdown = cpu[together_raw][0] / cpu[raw_alone][0]
        build_slowdown = cpu[together_build][0] / cpu[build_alone][0]
        figures["together"].append(cpu[together_build][0] / cpu[together_raw][0])
        figures["sequential"].append(cpu[build_alone][0] / cpu[raw_alone][0])
        figures["raw_pair"].append(cpu[raw_pair][0] / cpu[raw_pair][1])
        figures["build_pair"].append(cpu[build_pair][0] / cpu[build_pair][1])
        figures["raw_slowdown"].append(raw_slowdown)
        figures["build_slowdown"].append(build_slowdown)
        figures["bias"].append(build_slowdown / raw_slowdown)
    return figures


def mean_and_error(values: list[float]) -> tuple[float, float | None]:
    """Return the mean of `values` and its standard error (None with fewer than two values)."""
    return statistics.mean(values), statistics.stdev(values) / math.sqrt(len(values)) if len(values) > 1 else None


def calibration(ratio: float, bias: list[float], *, size: int) -> str:
    """Return what the control's `bias` (one value per round, at `size` articles) says of a together `ratio`: the
    ratio divided by the mean bias when that differs from 1 by more than twice its standard error, else that the
    mean bias is not distinguishable from 1 at that margin (too few rounds with one)."""
    mean, error = mean_and_error(bias)
    if error is None:
        return f"; the control's bias {mean:.3f} (N={size}): too few rounds ({len(bias)}) to tell it from 1"
    measured = f"{mean:.3f} ± {error:.3f} (mean ± standard error, N={size}, {len(bias)} rounds)"
    if abs(mean - 1) <= 2 * error:
        return f"; the control's bias {measured} is not distinguishable from 1 at ± {2 * error:.3f}"
    return f"; ÷ the control's bias {measured}: {ratio / mean:.2f}"


def _by_label(rows: list[dict]) -> dict[str, dict]:
    return {row["label"]: row for row in rows}


def pair_ratios(rows: list[dict], n: int, *, together: bool = False) -> list[tuple[float, float]] | None:
    """Return build ÷ raw (in seconds, in CPU) for each complete pair of the latest interleaved run at `n`
    articles (with `together`: of the latest run of pairs at the same time, the control's rounds left out); None when
    that size has no such run."""
    raw, build = f"raw nlp.pipe, N={n}", f"build --jobs 1, N={n}"
    if together:
        raw, build = f"{raw}, beside the build", f"{build}, beside raw"
    rows = [row for row in rows if row.get("step") != "control"]  # the control's together pairs have these labels too
    runs = [row["run"] for row in rows if row.get("run") and row["label"] in (raw, build)]
    if not runs:
        return None
    pairs: dict[int, dict[str, dict]] = {}
    for row in rows:
        if row.get("run") == runs[-1]:
            pairs.setdefault(row["pair"], {})[row["label"]] = row
    return [(pair[build]["seconds"] / pair[raw]["seconds"], pair[build]["cpu"] / pair[raw]["cpu"])
            for _, pair in sorted(pairs.items()) if raw in pair and build in pair]


def _median_and_range(values: list[float]) -> str:
    return f"{statistics.median(values):.2f} ({min(values):.2f}–{max(values):.2f})"


def _mean_and_range(values: list[float]) -> str:
    return f"{statistics.mean(values):.2f} ({min(values):.2f}–{max(values):.2f})"


def spread(values: list[float]) -> float:
    """Return the range of `values` as a share of their median (0.1 for a spread of 10 %)."""
    return (max(values) - min(values)) / statistics.median(values)


def report(rows: list[dict], notes: str = "") -> str:
    """Return RESULTS.md: every measurement, then the acceptance targets that could be checked, then `notes`."""
    lines = ["# Build benchmarks", "",
             "Distinct synthetic articles (`bench/corpus.py`), each measurement in a fresh process, this 2-core "
             "machine shared with other jobs: `load` is the 1-minute load average during the run (2.0 = both "
             "cores busy before we start). `seconds` is inside the process, imports and model loading included; "
             "`CPU` is the processor time of the process and its workers (Dask's workers are not its children, "
             "so it is missing there), which the load hardly changes.", "",
             "| run | seconds | CPU (s) | wall (s) | tokens/s | peak memory (MiB) | load |",
             "|---|---:|---:|---:|---:|---:|---:|"]
    for row in rows:
        label = row["label"] + (", pinned" if row.get("pinned") else "") + (
            f" (pair {row['pair']}, {row['run']})" if row.get("pair") else "")
        lines.append(f"| {label} | {row['seconds']:.1f} | {row['cpu']:.1f} | {row['wall']:.1f} | "
                     f"{row['tokens'] / row['seconds']:,.0f} | {row['peak_mib']:.0f} | {row['load']:.1f} |")
    by = _by_label(rows)
    checks = []

    def ratio(a: str, b: str, key: str = "seconds") -> float | None:
        return by[a][key] / by[b][key] if a in by and b in by else None

    for n in (50, 200, 1000):
        target = " (target ≤ 1.10)" if n == 1000 else ""
        pairs = pair_ratios(rows, n)
        if pairs:
            seconds, cpu = zip(*pairs)
            checks.append(f"- build ÷ raw nlp.pipe (batch {PARSE_BATCH}), N={n}, median of {len(pairs)} interleaved "
                          f"pairs (range): {_median_and_range(list(cpu))} in CPU (spread {spread(list(cpu)):.1%}), "
                          f"{_median_and_range(list(seconds))} in seconds{target}")
            continue
        value = ratio(f"build --jobs 1, N={n}", f"raw nlp.pipe, N={n}")
        if value is not None:
            cpu = ratio(f"build --jobs 1, N={n}", f"raw nlp.pipe, N={n}", "cpu")
            checks.append(f"- build ÷ raw nlp.pipe (batch {PARSE_BATCH}), N={n}, one pair run one after the other: "
                          f"{value:.2f} in seconds, {cpu:.2f} in CPU{target}")
    controls = {n: figures for n in (200, 1000) if (figures := control_figures(rows, n)) and figures["bias"]}
    for n in (200, 1000):
        pairs = pair_ratios(rows, n, together=True)
        if pairs:
            cpu = [ratio for _, ratio in pairs]
            size = n if n in controls else 200 if 200 in controls else None
            calibrated = calibration(statistics.median(cpu), controls[size]["bias"], size=size) if size else ""
            checks.append(f"- build ÷ raw nlp.pipe (batch {PARSE_BATCH}), N={n}, median of {len(pairs)} pairs run at "
                          f"the same time (range): {_median_and_range(cpu)} in CPU, spread {spread(cpu):.1%}"
                          f"{calibrated}{' (target ≤ 1.10)' if n == 1000 else ''}")
    names = {"together": "build ÷ raw side by side", "sequential": "build alone ÷ raw alone",
             "raw_pair": "raw beside raw, first ÷ second", "build_pair": "build beside build, first ÷ second",
             "raw_slowdown": "raw beside the build ÷ alone", "build_slowdown": "build beside raw ÷ alone",
             "bias": "bias (build's slowdown ÷ raw's)"}
    for n, control in controls.items():
        checks.append(f"- the together mode's control, N={n}, means of {len(control['bias'])} rounds (range), in "
                      "CPU, as the bias the together lines are divided by: "
                      + "; ".join(f"{names[key]} {_mean_and_range(values)}" for key, values in control.items()))
    for small, large, target in ((40, 400, 1.2), (100, 1000, 1.3)):
        value = ratio(f"build --jobs 1, N={large}", f"build --jobs 1, N={small}", "peak_mib")
        if value is not None:
            checks.append(f"- peak memory N={large} ÷ N={small}: {value:.2f} (target ≤ {target})")
    value = ratio("build --jobs 1, N=200, beside --jobs 2", "build --jobs 2, N=200")
    if value is not None:
        checks.append(f"- --jobs 2 speed-up, N=200: {value:.2f}x (target ≥ 1.7x quiet)")
    dask = by.get("build --engine dask (2 local workers), N=200")
    if dask and "build --jobs 2, N=200" in by:
        checks.append(f"- Dask ÷ --jobs 2, N=200: {dask['seconds'] / by['build --jobs 2, N=200']['seconds']:.2f} "
                      f"(target ≤ 1.2); files byte-identical: {dask['identical']}")
    warm = by.get("build, N=80, warm cache (nothing changed)")
    if warm:
        checks.append(f"- warm rebuild, N=80: {warm['seconds']:.1f} s in process, {warm['wall']:.1f} s wall, "
                      f"{warm['cpu']:.1f} s CPU (target ≤ 2 s)")
    return "\n".join([*lines, "", *checks, ""]) + notes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", default=",".join(STEPS),
                        help=f"comma-separated steps (default {','.join(STEPS)}; also {', '.join(OTHER_STEPS)})")
    parser.add_argument("--pairs", type=int, default=PAIRS, help=f"raw and build pairs per ratio step (default {PAIRS})")
    parser.add_argument("--pin", action="store_true", help="in a together step, pin each process to its own core")
    parser.add_argument("--results", type=Path, default=RESULTS_FILE, help="JSON-lines file to append to")
    parser.add_argument("--report", action="store_true", help="only write bench/RESULTS.md from the results")
    args = parser.parse_args()
    if not args.report:
        work = Path(tempfile.mkdtemp(prefix="analysis-bench-"))
        try:
            for step in args.steps.split(","):
                for row in run_step(step, work, pairs=args.pairs, pin=args.pin):
                    print(json.dumps(row), file=sys.stderr)
                    with args.results.open("a", encoding="utf-8") as handle:
                        handle.write(json.dumps(row) + "\n")
        finally:
            shutil.rmtree(work, ignore_errors=True)
    rows = [json.loads(line) for line in args.results.read_text(encoding="utf-8").splitlines()]
    old = REPORT_FILE.read_text(encoding="utf-8") if REPORT_FILE.exists() else ""
    notes = old[old.index(NOTES_HEADING):] if NOTES_HEADING in old else ""
    REPORT_FILE.write_text(report(rows, notes), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
