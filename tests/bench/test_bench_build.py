"""The ratio benchmark's bookkeeping (`bench/bench_build.py`): which core runs what, the pairs' ratios, the spread."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from bench_build import (calibration, control_arrangements, control_figures, control_round, core_of,  # noqa: E402
                         mean_and_error, pair_ratios, report, spread)


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


def test_report_keeps_the_controls_rounds_out_of_the_together_line_and_gives_the_bias_as_a_mean():
    text = report(ROWS[:-1] + CONTROL_ROWS)  # the control ran last: its together pairs have the together labels
    # the together line is the together step's two pairs (1.1 and 1.2), not the control's (1.2 and 1.0);
    # bias 1.2 / 1.1 and 1.0: mean 1.045, standard error 0.045, twice that 0.091
    assert "N=200, median of 2 pairs run at the same time (range): 1.15 (1.10–1.20) in CPU, spread 8.7%; the " \
           "control's bias 1.045 ± 0.045 (mean ± standard error, N=200, 2 rounds) is not distinguishable from 1 " \
           "at ± 0.091" in text
    assert "the together mode's control, N=200, means of 2 rounds (range), in CPU, as the bias the together lines " \
           "are divided by: build ÷ raw side by side 1.10 (1.00–1.20); build alone ÷ raw alone 1.05 (1.00–1.10); " \
           "raw beside raw, first ÷ second 0.90 (0.80–1.00)" in text
    assert "bias (build's slowdown ÷ raw's) 1.05 (1.00–1.09)" in text


def test_pair_ratios_leave_the_controls_together_pairs_out():
    assert pair_ratios(CONTROL_ROWS, 200, together=True) is None
    assert pair_ratios(ROWS[:-1] + CONTROL_ROWS, 200, together=True) == [(1.0, 1.1), (1.0, 1.2)]


def test_mean_and_error():
    # 1.0, 1.0, 1.3: mean 1.1, standard deviation √0.03 = 0.1732, standard error 0.1732 / √3 = 0.1
    mean, error = mean_and_error([1.0, 1.0, 1.3])
    assert (mean, error) == (pytest.approx(1.1), pytest.approx(0.1))
    assert mean_and_error([1.1]) == (1.1, None)


def test_calibration_words_its_verdict_as_what_it_is():
    assert calibration(1.2, [1.0, 1.0, 1.3], size=200) == (
        "; the control's bias 1.100 ± 0.100 (mean ± standard error, N=200, 3 rounds) is not distinguishable from 1 "
        "at ± 0.200")
    assert calibration(1.2, [1.1], size=1000) == "; the control's bias 1.100 (N=1000): too few rounds (1) to tell it " \
                                                 "from 1"


def test_control_rounds_reverse_the_order_and_the_together_pair_every_second_round():
    arrangements = control_arrangements(200)
    assert control_round(200, 1) == arrangements
    assert control_round(200, 3) == arrangements
    second = control_round(200, 2)
    assert second[:4] == arrangements[:0:-1]  # build alone, raw alone, build beside build, raw beside raw
    assert second[4] == [("build", "build --jobs 1, N=200, beside raw"),
                         ("raw", "raw nlp.pipe, N=200, beside the build")]


# Three rounds in which the build is slowed by a tenth beside raw and raw not at all: bias 1.10, 1.09, 1.11.
BIASED_ROWS = [row for pair, build_alone in enumerate((11.0, 12.1 / 1.09, 12.1 / 1.11), start=1)
               for row in _control_rows("c2", pair, together=(10.0, 12.1), raw_pair=(10.0, 10.0),
                                        build_pair=(12.0, 12.0), alone=(10.0, build_alone))]


def test_the_together_ratio_at_1000_is_divided_by_the_bias_of_the_control_at_200_without_one_of_its_own():
    together = [_row("raw nlp.pipe, N=1000, beside the build", 100.0, "t1", 1),
                _row("build --jobs 1, N=1000, beside raw", 115.0, "t1", 1)]
    assert control_figures(BIASED_ROWS, 200)["bias"] == pytest.approx([1.1, 1.09, 1.11])
    # mean 1.100, standard error 0.006; 1.15 ÷ 1.100 = 1.045
    assert "in CPU, spread 0.0%; ÷ the control's bias 1.100 ± 0.006 (mean ± standard error, N=200, 3 rounds): 1.05 " \
           "(target ≤ 1.10)" in report(BIASED_ROWS + together)


def test_control_rounds_of_every_run_are_pooled():
    assert len(control_figures(CONTROL_ROWS + BIASED_ROWS, 200)["bias"]) == 5
