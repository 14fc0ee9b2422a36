"""The exact tariff-ratio allocation: every unit gets clamp(τ × weight, floor, cap), Σ = pool.

For fixed weights with floors and caps the policy has a closed form: a base tariff τ (EUR per
weighted student) such that the clamped amounts add up to the pool. The sum is a continuous,
non-decreasing, piecewise-linear function of τ, so τ is found exactly, in rational arithmetic,
by locating the linear piece that holds the pool (the exact counterpart of bisection). This is
the oracle the optimiser is tested against, and the map back from the optimiser to exact cents.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction
from functools import cached_property

import numpy as np

from qa_budget.money import largest_remainder


@dataclass(frozen=True)
class Bounds:
    """One year's problem: weighted students, floor and cap (cents, cap None = none), pool."""

    weights: Sequence[Fraction]
    floors: Sequence[int]
    caps: Sequence[int | None]
    pool: int

    @cached_property
    def scaled(self) -> tuple[int, list[int]]:
        """(D, weights × D as integers): D is the common denominator of the weights."""
        d = math.lcm(*{w.denominator for w in self.weights}) if self.weights else 1
        return d, [w.numerator * (d // w.denominator) for w in self.weights]

    def feasible(self) -> bool:
        """True when some allocation within floors and caps spends the pool exactly."""
        if any(c is not None and c < f for f, c in zip(self.floors, self.caps, strict=True)):
            return False
        low = sum(self.floors)
        # a unit without weighted students only ever gets its floor
        top = [
            f if w == 0 else c for w, f, c in zip(self.weights, self.floors, self.caps, strict=True)
        ]
        if any(t is None for t in top):
            return low <= self.pool
        return low <= self.pool <= sum(t for t in top if t is not None)


def clamp(x: Fraction, low: int, high: int | None) -> Fraction:
    """x limited to [low, high]."""
    if x < low:
        return Fraction(low)
    if high is not None and x > high:
        return Fraction(high)
    return x


def total_at(b: Bounds, tau: Fraction) -> Fraction:
    """Σ clamp(τ × w, floor, cap)."""
    return sum(
        (clamp(tau * w, f, c) for w, f, c in zip(b.weights, b.floors, b.caps, strict=True)),
        Fraction(0),
    )


def approx_tariff(b: Bounds) -> float | None:
    """The base tariff in floating point (the same breakpoint search; fast, not exact)."""
    if not b.feasible():
        return None
    wf = [float(w) for w in b.weights]
    caps = [float("inf") if c is None else float(c) for c in b.caps]
    w_arr, f_arr, c_arr = np.array(wf), np.array(b.floors, dtype=float), np.array(caps)
    positive = w_arr > 0
    held = float(f_arr[~positive].sum())  # a unit without weighted students gets its floor
    w_arr, f_arr, c_arr = w_arr[positive], f_arr[positive], c_arr[positive]

    def total(t: float) -> float:
        return held + float(np.minimum(np.maximum(t * w_arr, f_arr), c_arr).sum())

    points = sorted(
        {0.0}
        | {f / w for w, f in zip(wf, b.floors, strict=True) if w > 0}
        | {c / w for w, c in zip(wf, caps, strict=True) if w > 0 and c < float("inf")}
    )
    if total(points[0]) >= b.pool:
        return points[0]
    lo, hi = 0, len(points)
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if total(points[mid]) >= b.pool:
            hi = mid
        else:
            lo = mid
    t_lo = total(points[lo])
    if hi == len(points):
        slope = sum(w for w, c in zip(wf, caps, strict=True) if w > 0 and c == float("inf"))
        if slope == 0:  # every unit at its cap: the last breakpoint, short only by rounding
            return points[-1]
        return points[lo] + (b.pool - t_lo) / slope
    return points[lo] + (points[hi] - points[lo]) * (b.pool - t_lo) / (total(points[hi]) - t_lo)


def exact_tariff(b: Bounds) -> Fraction | None:
    """A base tariff τ ≥ 0 whose clamped amounts add up to the pool (None if none): the only
    one, or on a flat piece the one `_reported` chooses.

    A floating-point search finds the linear piece; the pool equation is then solved exactly on
    it and the answer verified in rational arithmetic; the exact breakpoint search is the
    fallback (and the reference in the tests).
    """
    approx = approx_tariff(b)
    if approx is None:
        return None
    tau = _on_piece(b, approx)
    if tau is None:
        tau = exact_by_breakpoints(b)
    return None if tau is None else _reported(b, tau)


def exact_by_breakpoints(b: Bounds) -> Fraction | None:
    """The same τ by an exact binary search over all breakpoints (slower; the reference)."""
    if not b.feasible():
        return None
    points = sorted(
        {Fraction(0)}
        | {Fraction(f) / w for w, f in zip(b.weights, b.floors, strict=True) if w > 0}
        | {
            Fraction(c) / w
            for w, c in zip(b.weights, b.caps, strict=True)
            if w > 0 and c is not None
        }
    )
    if total_at(b, points[0]) >= b.pool:
        return points[0]
    # binary search for the first breakpoint whose total reaches the pool
    lo_i, hi_i = 0, len(points)  # total(points[lo_i]) < pool; hi_i: first known to reach it
    while hi_i - lo_i > 1:
        mid = (lo_i + hi_i) // 2
        if total_at(b, points[mid]) >= b.pool:
            hi_i = mid
        else:
            lo_i = mid
    lo = points[lo_i]
    t_lo = total_at(b, lo)
    if hi_i == len(points):
        # beyond the last breakpoint only the uncapped units grow, linearly
        slope = sum(
            (w for w, c in zip(b.weights, b.caps, strict=True) if c is None and w > 0),
            Fraction(0),
        )
        return lo + (b.pool - t_lo) / slope
    hi = points[hi_i]
    return lo + (hi - lo) * (b.pool - t_lo) / (total_at(b, hi) - t_lo)


def amounts(b: Bounds, tau: Fraction) -> list[Fraction]:
    """The exact clamped amounts at base tariff τ."""
    return [clamp(tau * w, f, c) for w, f, c in zip(b.weights, b.floors, b.caps, strict=True)]


def numerators(b: Bounds, tau: Fraction) -> tuple[list[int], int]:
    """The exact clamped amounts at τ as integer numerators over one common denominator Q:
    amount_i = numerators[i] / Q (the same values as `amounts`, in integer arithmetic)."""
    d, scaled = b.scaled
    p, q = tau.numerator, tau.denominator * d
    out = []
    for w, f, c in zip(scaled, b.floors, b.caps, strict=True):
        x = p * w
        low = f * q
        if x < low:
            x = low
        elif c is not None and x > c * q:
            x = c * q
        out.append(x)
    return out, q


def cents_at(b: Bounds, tau: Fraction) -> list[int]:
    """`to_cents(amounts(b, τ), pool)` in integer arithmetic: the clamped amounts rounded to
    whole cents adding up to the pool by largest remainder (ties to the unit that comes first;
    a surplus is taken back from the smallest remainders, ties to the unit that comes last)."""
    nums, q = numerators(b, tau)
    whole = [x // q for x in nums]
    rest = [x % q for x in nums]
    deficit = b.pool - sum(whole)
    n = len(nums)
    if not -n <= deficit <= n:
        raise ValueError(f"target {b.pool} is too far from the exact sum {Fraction(sum(nums), q)}")
    if deficit:
        order = sorted(range(n), key=lambda i: (-rest[i], i))
        for i in order[:deficit] if deficit > 0 else order[deficit:]:
            whole[i] += 1 if deficit > 0 else -1
    return whole


def spends_pool(b: Bounds, tau: Fraction) -> bool:
    """True when the clamped amounts at τ add up to the pool exactly (`total_at` == pool)."""
    nums, q = numerators(b, tau)
    return sum(nums) == b.pool * q


def to_cents(exact: Sequence[Fraction], pool: int) -> list[int]:
    """Exact amounts to whole cents adding up to the pool (largest remainder).

    Integer floors and caps stay respected: a value at or above an integer bound never
    rounds below it.
    """
    return largest_remainder(list(exact), pool)


def _piece(b: Bounds, tau: Fraction) -> tuple[int, int]:
    """(amount held at floors and caps, weight × D of the free units) at τ, in integers."""
    d, scaled = b.scaled
    p, qd = tau.numerator, tau.denominator * d
    fixed = free = 0
    for w, f, c in zip(scaled, b.floors, b.caps, strict=True):
        x = p * w  # τ × weight, times qd
        if x <= f * qd:
            fixed += f
        elif c is not None and x >= c * qd:
            fixed += c
        else:
            free += w
    return fixed, free


def _on_piece(b: Bounds, approx: float, rounds: int = 20) -> Fraction | None:
    """Solve the pool equation exactly on the linear piece around `approx`, repeating while the
    classification changes; None when no unit is free there (the tariff is not unique)."""
    d = b.scaled[0]
    tau = Fraction(approx).limit_denominator(10**12)
    for _ in range(rounds):
        fixed, free = _piece(b, tau)
        if free == 0:
            return None
        new = Fraction((b.pool - fixed) * d, free)
        if new == tau:
            return tau
        tau = new
    return None


def refine(b: Bounds, approx: float) -> Fraction | None:
    """The exact base tariff, from an optimiser's floating-point one.

    Classifies each unit at `approx` (at its floor, at its cap, or free) and solves the pool
    equation on that linear piece exactly, repeating while the classification changes. Where no
    unit is free the tariff is not unique (every τ on the flat piece gives the same amounts);
    the one `_reported` chooses is returned, as the exact method does. None when no tariff
    spends the pool (floors and caps that cannot hold).
    """
    tau = _on_piece(b, approx)
    if tau is None or not spends_pool(b, tau):
        tau = exact_by_breakpoints(b)
    return None if tau is None else _reported(b, tau)


def _reported(b: Bounds, tau: Fraction) -> Fraction:
    """The base tariff to report. Where the pool is spent on a flat piece (every unit at its
    floor or cap, e.g. a min-max-change band of width 0), every τ on that piece gives the same
    amounts; then the key's own tariff without limits, pool / Σ weighted students, is reported
    when it lies on the piece (the formula then says what the key alone would give, and the
    adjustment what the limits do); otherwise the smallest τ. Where τ is unique it is kept."""
    weighted = sum(b.weights, Fraction(0))
    if weighted > 0:
        own = Fraction(b.pool) / weighted
        if own != tau and spends_pool(b, own):
            return own
    return tau
