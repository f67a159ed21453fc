"""The ratio benchmark's bookkeeping (`bench/bench_build.py`): which core runs what, the pairs' ratios, the spread."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from bench_build import control_figures, core_of, pair_ratios, report, spread  # noqa: E402


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


def _control_rows(run, pair, *, together, raw_pair, build_pair, alone):
    """One control round: CPU seconds of the together pair (raw, build), of each self pair and of each task alone."""
    raw, build = "raw nlp.pipe, N=200", "build --jobs 1, N=200"
    rows = [(f"{raw}, beside the build", together[0], 0), (f"{build}, beside raw", together[1], 1),
            *((f"{raw}, beside raw", cpu, slot) for slot, cpu in enumerate(raw_pair)),
            *((f"{build}, beside the build", cpu, slot) for slot, cpu in enumerate(build_pair)),
            (f"{raw}, alone", alone[0], 0), (f"{build}, alone", alone[1], 0)]
    return [{**_row(label, cpu, run, pair), "slot": slot, "step": "control"} for label, cpu, slot in rows]


CONTROL_ROWS = [
    *_control_rows("c1", 1, together=(11.0, 13.2), raw_pair=(11.0, 11.0), build_pair=(13.0, 12.5), alone=(10.0, 11.0)),
    *_control_rows("c1", 2, together=(12.0, 12.0), raw_pair=(10.0, 12.5), build_pair=(12.0, 12.0), alone=(10.0, 10.0)),
    _row("raw nlp.pipe, N=200, alone", 10.0, "c1", 3) | {"step": "control"},  # a round cut short
]


def test_control_figures_give_each_rounds_ratios_slowdowns_and_bias():
    figures = control_figures(CONTROL_ROWS, 200)
    assert figures["together"] == pytest.approx([1.2, 1.0])
    assert figures["sequential"] == pytest.approx([1.1, 1.0])
    assert figures["raw_pair"] == pytest.approx([1.0, 0.8])
    assert figures["build_pair"] == pytest.approx([1.04, 1.0])
    assert figures["raw_slowdown"] == pytest.approx([1.1, 1.2])
    assert figures["build_slowdown"] == pytest.approx([1.2, 1.2])
    assert figures["bias"] == pytest.approx([1.2 / 1.1, 1.0])
    assert control_figures(CONTROL_ROWS, 1000) is None
    assert control_figures(ROWS, 200) is None


def test_report_gives_the_controls_figures_and_finds_no_bias_within_twice_its_standard_error():
    text = report(CONTROL_ROWS + ROWS[:-1])  # the together line reads the latest together pairs, the control's or not
    # bias 1.2 / 1.1 and 1.0: mean 1.045, standard error 0.045
    assert "spread 8.7%; the control shows no bias: 1.045 ± 0.045 (N=200, 2 rounds)" in text
    assert "the together mode's control, N=200, medians of 2 rounds (range), in CPU: build ÷ raw side by side " \
           "1.10 (1.00–1.20); build alone ÷ raw alone 1.05 (1.00–1.10); raw beside raw, first ÷ second 0.90" in text


# Three rounds in which the build is slowed by a tenth beside raw and raw not at all: bias 1.10, 1.09, 1.11.
BIASED_ROWS = [row for pair, build_alone in enumerate((11.0, 12.1 / 1.09, 12.1 / 1.11), start=1)
               for row in _control_rows("c2", pair, together=(10.0, 12.1), raw_pair=(10.0, 10.0),
                                        build_pair=(12.0, 12.0), alone=(10.0, build_alone))]


def test_the_together_ratio_at_1000_is_divided_by_the_bias_of_the_control_at_200_without_one_of_its_own():
    together = [_row("raw nlp.pipe, N=1000, beside the build", 100.0, "t1", 1),
                _row("build --jobs 1, N=1000, beside raw", 115.0, "t1", 1)]
    assert control_figures(BIASED_ROWS, 200)["bias"] == pytest.approx([1.1, 1.09, 1.11])
    # mean 1.100, standard error 0.006; 1.15 ÷ 1.100 = 1.045
    assert "in CPU, spread 0.0%; ÷ the control's bias 1.100 ± 0.006 (N=200, 3 rounds): 1.05 (target ≤ 1.10)" in report(
        BIASED_ROWS + together)


def test_control_rounds_of_every_run_are_pooled():
    assert len(control_figures(CONTROL_ROWS + BIASED_ROWS, 200)["bias"]) == 5
