"""The exact smallest largest relative change: the band of the min-max objectives.

Objectives "min_max_change" and "closest_to_weights" first make the largest relative change
z against reference amounts r (the baseline, or the target amounts) as small as possible:

    r × (1 − z) ≤ allocation ≤ r × (1 + z),  floor ≤ allocation ≤ cap,  Σ allocation = pool.

For a given z that holds for some allocation exactly when every unit's interval is non-empty
and Σ lower ends ≤ pool ≤ Σ upper ends. Each lower end max(floor, r(1 − z)) falls and each
upper end min(cap, r(1 + z)) rises with z, piecewise linearly, so the smallest z is found
exactly, in rational arithmetic, on the linear piece between two breakpoints. The optimiser's
floating-point z is replaced by this one; the band is then rounded outwards to whole cents, so
it always holds an allocation in whole cents that spends the pool.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from fractions import Fraction


def _lower(r: Fraction, floor: int, z: Fraction) -> Fraction:
    return max(Fraction(floor), r * (1 - z)) if r > 0 else Fraction(floor)


def _upper(r: Fraction, cap: int | None, z: Fraction) -> Fraction | None:
    if r <= 0:
        return None if cap is None else Fraction(cap)
    reach = r * (1 + z)
    return reach if cap is None else min(Fraction(cap), reach)


def _smallest(
    total: Callable[[Fraction], Fraction],
    holds: Callable[[Fraction], bool],
    points: Sequence[Fraction],
    slope_after: Fraction,
    target: int,
) -> Fraction | None:
    """The smallest z ≥ 0 where `holds` (a monotone condition total(z) vs target) is true.

    `total` is linear between consecutive `points` (sorted, starting at 0) and has slope
    `slope_after` beyond the last one; None when the condition never holds.
    """
    if holds(points[0]):
        return points[0]
    lo, hi = 0, len(points)  # holds(points[lo]) is false; points[hi] is the first that holds
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if holds(points[mid]):
            hi = mid
        else:
            lo = mid
    start, at_start = points[lo], total(points[lo])
    if hi == len(points):
        if slope_after == 0:
            return None
        return start + (target - at_start) / slope_after
    end = points[hi]
    return start + (end - start) * (target - at_start) / (total(end) - at_start)


def smallest_change(
    reference: Sequence[Fraction],
    floors: Sequence[int],
    caps: Sequence[int | None],
    pool: int,
) -> Fraction | None:
    """The smallest z ≥ 0 for which some allocation within the band spends the pool exactly;
    None when no z does (the floors and caps alone cannot spend the pool)."""
    refs = [Fraction(r) for r in reference]
    z = Fraction(0)
    # every unit's own interval non-empty: floor ≤ r(1 + z) and r(1 − z) ≤ cap
    for r, f, c in zip(refs, floors, caps, strict=True):
        if c is not None and c < f:
            return None
        if r > 0:
            z = max(z, f / r - 1)
            if c is not None:
                z = max(z, 1 - c / r)

    def low_total(x: Fraction) -> Fraction:
        return sum((_lower(r, f, x) for r, f in zip(refs, floors, strict=True)), Fraction(0))

    low_points = sorted(
        {Fraction(0)} | {1 - f / r for r, f in zip(refs, floors, strict=True) if r > 0 and f < r}
    )
    z_low = _smallest(low_total, lambda x: low_total(x) <= pool, low_points, Fraction(0), pool)
    if z_low is None:
        return None
    if any(_upper(r, c, Fraction(0)) is None for r, c in zip(refs, caps, strict=True) if r <= 0):
        z_high: Fraction | None = Fraction(0)  # a unit without reference or cap takes any rest
    else:

        def high_total(x: Fraction) -> Fraction:
            ends = (_upper(r, c, x) for r, c in zip(refs, caps, strict=True))
            return sum((e for e in ends if e is not None), Fraction(0))

        high_points = sorted(
            {Fraction(0)}
            | {
                c / r - 1
                for r, c in zip(refs, caps, strict=True)
                if r > 0 and c is not None and c > r
            }
        )
        slope = sum(
            (r for r, c in zip(refs, caps, strict=True) if r > 0 and c is None), Fraction(0)
        )
        z_high = _smallest(high_total, lambda x: high_total(x) >= pool, high_points, slope, pool)
    if z_high is None:
        return None
    return max(z, z_low, z_high)


def band(
    reference: Sequence[Fraction],
    floors: Sequence[int],
    caps: Sequence[int | None],
    z: Fraction,
) -> tuple[list[int], list[int | None], list[bool], list[bool]]:
    """Floors and caps narrowed to reference × (1 ± z), rounded outwards to whole cents.

    Returns (floors, caps, floor_from_band, cap_from_band). A unit without a reference amount
    keeps its own floor and cap (there is no relative change to limit).
    """
    new_floors, new_caps = list(floors), list(caps)
    from_floor, from_cap = [False] * len(floors), [False] * len(floors)
    for i, r in enumerate(reference):
        if r <= 0:
            continue
        low, high = math.floor(r * (1 - z)), math.ceil(r * (1 + z))
        if low > new_floors[i]:
            new_floors[i], from_floor[i] = low, True
        cap = new_caps[i]
        if cap is None or high < cap:
            new_caps[i], from_cap[i] = high, True
    return new_floors, new_caps, from_floor, from_cap


def proportional_targets(weights: Sequence[Fraction], pool: int) -> list[Fraction]:
    """The target amounts: the pool shared in proportion to the weighted students, exactly
    (they add up to the pool; all zero when nobody has weighted students)."""
    total = sum(weights, Fraction(0))
    return [pool * w / total if total else Fraction(0) for w in weights]
