"""The ratio benchmark's bookkeeping (`bench/bench_build.py`): which core runs what, the pairs' ratios, the spread."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from bench_build import core_of, pair_ratios, report, spread  # noqa: E402


def test_each_pair_puts_its_two_tasks_on_two_cores_swapped_from_the_pair_before():
    assert [(core_of(pair, 0), core_of(pair, 1)) for pair in (1, 2, 3)] == [(0, 1), (1, 0), (0, 1)]


def test_spread_is_the_range_over_the_median():
    assert spread([1.0, 1.1, 1.2]) == pytest.approx(0.2 / 1.1)
    assert spread([1.13]) == 0.0


def _row(label, cpu, run, pair, seconds=10.0):
    return {"label": label, "cpu": cpu, "seconds": seconds, "wall": seconds, "tokens": 100, "peak_mib": 300.0,
            "load": 1.0, "run": run, "pair": pair}


RAW, BUILD = "raw nlp.pipe, N=200", "build --jobs 1, N=200"
TOGETHER_RAW, TOGETHER_BUILD = "raw nlp.pipe, N=200, beside the build", "build --jobs 1, N=200, beside raw"
ROWS = [
    _row(RAW, 10.0, "run1", 1), _row(BUILD, 12.0, "run1", 1),
    _row(TOGETHER_RAW, 10.0, "run2", 1), _row(TOGETHER_BUILD, 11.0, "run2", 1),
    _row(TOGETHER_BUILD, 12.0, "run2", 2), _row(TOGETHER_RAW, 10.0, "run2", 2),
    _row(TOGETHER_RAW, 9.0, "run3", 1),  # a pair cut short: no build
]


def test_pair_ratios_keep_the_interleaved_and_the_together_pairs_apart():
    assert pair_ratios(ROWS, 200) == [(1.0, 1.2)]
    assert pair_ratios(ROWS, 200, together=True) == []  # the latest together run has no whole pair
    assert pair_ratios(ROWS[:-1], 200, together=True) == [(1.0, 1.1), (1.0, 1.2)]
    assert pair_ratios(ROWS, 1000) is None


def test_report_gives_the_together_pairs_median_and_spread():
    text = report(ROWS[:-1])
    assert "N=200, median of 2 pairs run at the same time (range): 1.15 (1.10–1.20) in CPU, spread 8.7%" in text
    assert "N=200, median of 1 interleaved pairs (range): 1.20 (1.20–1.20) in CPU (spread 0.0%)" in text
