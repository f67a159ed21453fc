"""How sure a share is: the Wilson score interval for a proportion, and whether two intervals overlap.

The Wilson interval (Wilson 1927) stays inside [0, 1] and keeps close to its nominal coverage
for the small counts of this corpus (a source may have a handful of quotations), where the
textbook Wald interval does not (Newcombe 1998; Brown, Cai & DasGupta 2001).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

Z_95 = 1.96


def wilson_interval(successes, n, *, z: float = Z_95) -> tuple:
    """Return the (low, high) Wilson score interval for `successes` out of `n` (numbers or arrays).

    Where `n` is 0 the interval is (0, 1): nothing is known.
    """
    successes, n = np.asarray(successes, dtype=float), np.asarray(n, dtype=float)
    safe_n = np.where(n > 0, n, 1.0)
    share = successes / safe_n
    centre = (share + z * z / (2 * safe_n)) / (1 + z * z / safe_n)
    half = z * np.sqrt(share * (1 - share) / safe_n + z * z / (4 * safe_n * safe_n)) / (1 + z * z / safe_n)
    low, high = np.where(n > 0, np.clip(centre - half, 0, 1), 0.0), np.where(n > 0, np.clip(centre + half, 0, 1), 1.0)
    return (float(low), float(high)) if low.ndim == 0 else (low, high)


def with_interval(frame: pd.DataFrame, *, share: str, successes: str, n: str, z: float = Z_95) -> pd.DataFrame:
    """Return `frame` with `<share>_low` and `<share>_high`: the Wilson interval of `successes` out of `n`."""
    low, high = wilson_interval(frame[successes], frame[n], z=z)
    return frame.assign(**{f"{share}_low": np.round(low, 3), f"{share}_high": np.round(high, 3)})


def intervals_overlap(first: tuple[float, float], second: tuple[float, float]) -> bool:
    """Return True when the intervals (low, high) share at least one point."""
    return first[0] <= second[1] and second[0] <= first[1]
