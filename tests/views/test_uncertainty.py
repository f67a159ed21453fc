"""The Wilson score interval against the worked examples of Newcombe (1998), Table I."""

from __future__ import annotations

import numpy as np
import pytest

from analysis.views.uncertainty import intervals_overlap, wilson_interval

# Newcombe, R. G. (1998). Two-sided confidence intervals for the single proportion: comparison of
# seven methods. Statistics in Medicine 17, 857-872. Table I, method 3 (score, no continuity correction).
NEWCOMBE_TABLE_I = [
    (81, 263, 0.2553, 0.3662),
    (15, 148, 0.0624, 0.1605),
    (0, 20, 0.0000, 0.1611),
    (1, 29, 0.0061, 0.1718),
]


@pytest.mark.parametrize(("successes", "n", "low", "high"), NEWCOMBE_TABLE_I)
def test_wilson_interval_matches_newcombe(successes, n, low, high):
    assert wilson_interval(successes, n) == pytest.approx((low, high), abs=5e-5)


def test_wilson_interval_works_on_arrays_and_says_nothing_is_known_for_no_units():
    low, high = wilson_interval(np.array([81, 0]), np.array([263, 0]))
    assert low == pytest.approx([0.2553, 0.0], abs=5e-5)
    assert high == pytest.approx([0.3662, 1.0], abs=5e-5)


def test_a_wider_z_gives_a_wider_interval():
    narrow, wide = wilson_interval(3, 10, z=1.0), wilson_interval(3, 10)
    assert wide[0] < narrow[0] < 0.3 < narrow[1] < wide[1]


def test_intervals_overlap_when_they_share_a_point():
    assert intervals_overlap((0.1, 0.3), (0.3, 0.5))
    assert not intervals_overlap((0.1, 0.29), (0.3, 0.5))
