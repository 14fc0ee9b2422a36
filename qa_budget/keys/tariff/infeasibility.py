"""When the wish cannot be met: which policy lines conflict, and the smallest changes that work.

The minimal relaxation of each policy family is found with an elastic model: the family's
bounds move together by r (percentage points, or euros) and r is minimised while every other
line holds. The pool alternative is the nearest amount the floors and caps allow.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import Any

import pulp

from qa_budget.keys.tariff.clamp import Bounds
from qa_budget.keys.tariff.limits import FAMILIES, Limit, effective
from qa_budget.keys.tariff.lp import YearModel, pulp_solver
from qa_budget.keys.tariff.quiet import quiet_stdout
from qa_budget.money import format_eur


@dataclass(frozen=True)
class Relaxation:
    """A feasible alternative: a family's parameter moved to `value`, or a different pool."""

    family: str  # max_loss | max_gain | yearly | pool
    value: Decimal  # new parameter (%, or EUR), or the pool in cents for family "pool"
    in_pct: bool
    text: str


@dataclass(frozen=True)
class Infeasibility:
    """Why a year cannot be computed, in policy terms, and what would make it work."""

    year: int
    message: str
    families: list[str]
    alternatives: list[Relaxation]

    def __str__(self) -> str:
        alts = " or ".join(a.text for a in self.alternatives)
        tail = f" Feasible alternatives: {alts}." if alts else ""
        return f"{self.year}: {self.message}{tail}"


def _phrase(family: str, param: Decimal, in_pct: bool) -> str:
    amount = f"{param:g}%" if in_pct else format_eur(int(param * 100))
    return {
        "max_loss": f"no unit loses more than {amount}",
        "max_gain": f"no unit gains more than {amount}",
        "yearly": f"no unit changes more than {amount} from one year to the next",
    }[family]


def _alternative_text(family: str, value: Decimal, in_pct: bool) -> str:
    amount = f"{value:.2f}%" if in_pct else format_eur(int(value * 100))
    return {
        "max_loss": f"a maximum loss of {amount}",
        "max_gain": f"a maximum gain of {amount}",
        "yearly": f"a yearly change limit of {amount}",
    }[family]


def minimal_relaxation(
    m: YearModel, limits: Sequence[Limit], family: str, solver: Any
) -> Relaxation | None:
    """Elastic model: the smallest move r of one family's parameter that makes the year feasible."""
    mine = [lim for lim in limits if lim.family == family]
    if not mine:
        return None
    prob = pulp.LpProblem(f"elastic_{family}_{m.year}", pulp.LpMinimize)
    a = [prob.add_variable(f"a-{u}-{m.year}", lowBound=0) for u in m.units]
    r = prob.add_variable(f"relax-{family}-{m.year}", lowBound=0)
    prob += r
    scale = max(m.pool, 1)  # money as a fraction of the pool keeps the model well scaled
    prob += pulp.lpSum(a) == m.pool / scale, f"pool-{m.year}"
    for k, lim in enumerate(limits):
        value, step = float(lim.value) / scale, float(lim.step) / scale
        name = f"{'floor' if lim.lower else 'cap'}-{lim.family}-{m.units[lim.unit]}-{k}"
        if lim.family == family:
            if lim.lower:
                prob += a[lim.unit] + step * r >= value, name
            else:
                prob += a[lim.unit] - step * r <= value, name
        elif lim.lower:
            prob += a[lim.unit] >= math.ceil(lim.value) / scale, name
        else:
            prob += a[lim.unit] <= math.floor(lim.value) / scale, name
    if family == "max_loss" and mine[0].in_pct:
        prob += r <= 100 - float(mine[0].parameter), "loss-at-most-100pct"
    with quiet_stdout():
        status = prob.solve(pulp_solver(solver))
    if pulp.LpStatus[status] != "Optimal" or r.varValue is None:
        return None
    move = Decimal(str(r.varValue))
    param, in_pct = mine[0].parameter, mine[0].in_pct
    # round the new parameter in the direction that keeps it feasible (2 decimals, or euros)
    q = Decimal("0.01") if in_pct else Decimal(1)
    # the solver's answer to two decimals (or whole euros); the exact check decides, stepping
    # up where the rounding fell just short
    new = (param + move).quantize(q, rounding="ROUND_HALF_UP")
    for _ in range(3):
        if _check(m, limits, family, new):
            break
        new += q
    else:
        return None
    return Relaxation(family, new, in_pct, _alternative_text(family, new, in_pct))


def _check(m: YearModel, limits: Sequence[Limit], family: str, param: Decimal) -> bool:
    """Does the year become feasible with the family's parameter set to `param`?"""
    moved = [relaxed(lim, param) if lim.family == family else lim for lim in limits]
    floors, caps, _, _ = effective(len(m.units), moved)
    return Bounds(m.weights, floors, caps, m.pool).feasible()


def relaxed(lim: Limit, param: Decimal) -> Limit:
    """The limit with its family parameter set to `param`."""
    delta = Fraction(param) - Fraction(lim.parameter)
    value = lim.value - delta * lim.step if lim.lower else lim.value + delta * lim.step
    return Limit(lim.family, lim.unit, lim.lower, value, lim.step, param, lim.in_pct)


def _families_text(
    fams: Sequence[str], params: dict[str, tuple[Decimal, bool]], baseline: str
) -> str:
    """'the floors (no unit loses more than 5% against uniform-500) and ...'."""
    return " and ".join(
        f"{FAMILIES[f].split(' (')[0]} ({_phrase(f, *params[f])} against {baseline})"
        if f != "yearly"
        else FAMILIES[f]
        for f in fams
    )


def explain(m: YearModel, limits: Sequence[Limit], baseline: str, solver: Any) -> Infeasibility:
    """Explain an infeasible year: the conflicting families, and the feasible alternatives."""
    floors_total = sum(m.floors)
    caps_known = all(c is not None or w == 0 for c, w in zip(m.caps, m.weights, strict=True))
    caps_total = sum(c if c is not None else f for c, f in zip(m.caps, m.floors, strict=True))
    families: list[str] = []
    parts: list[str] = []
    crossed = [
        i for i, (f, c) in enumerate(zip(m.floors, m.caps, strict=True)) if c is not None and f > c
    ]
    for i in crossed:
        families += [m.floor_source[i], m.cap_source[i]]
        parts.append(
            f"for {m.units[i]}, {FAMILIES[m.floor_source[i]]} need at least "
            f"{format_eur(m.floors[i])}, while {FAMILIES[m.cap_source[i]]} allow at most "
            f"{format_eur(m.caps[i] or 0)}"
        )
    params = {lim.family: (lim.parameter, lim.in_pct) for lim in limits}
    if floors_total > m.pool:
        fams = sorted({s for s in m.floor_source if s})
        families += fams
        what = _families_text(fams, params, baseline)
        parts.append(
            f"{what} need {format_eur(floors_total)}, the pool is "
            f"{format_eur(m.pool)} — short by {format_eur(floors_total - m.pool)}"
        )
    elif caps_known and caps_total < m.pool:
        fams = sorted({s for s in m.cap_source if s})
        families += fams
        what = _families_text(fams, params, baseline)
        parts.append(
            f"{what} allow at most {format_eur(caps_total)}, the pool is "
            f"{format_eur(m.pool)} — {format_eur(m.pool - caps_total)} cannot be "
            "handed out"
        )
    if not parts:
        parts.append("no allocation meets every floor and cap and spends the pool exactly")
    families = sorted(set(families))
    alternatives = [
        alt for fam in families if (alt := minimal_relaxation(m, limits, fam, solver)) is not None
    ]
    if not crossed:
        target = floors_total if floors_total > m.pool else caps_total
        if target != m.pool and Bounds(m.weights, m.floors, m.caps, target).feasible():
            alternatives.append(
                Relaxation("pool", Decimal(target), False, f"a pool of {format_eur(target)}")
            )
    families.append("pool")
    return Infeasibility(m.year, "; ".join(parts) + ".", families, alternatives)
