"""When the wish cannot be met: which policy lines conflict, and the smallest changes that work.

The minimal relaxation of each policy family is found with an elastic model: the family's
bounds move together by r (percentage points, or euros) and r is minimised while every other
line holds. The pool alternative is the nearest amount the floors and caps allow.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from typing import Any

import pulp

from qa_budget.keys.tariff.clamp import Bounds
from qa_budget.keys.tariff.limits import Limit, effective
from qa_budget.keys.tariff.lp import YearModel, pulp_solver
from qa_budget.keys.tariff.quiet import quiet_stdout
from qa_budget.texts import format_money, format_percent, label


@dataclass(frozen=True)
class Relaxation:
    """A feasible alternative: a family's parameter moved to `value`, or a different pool."""

    family: str  # max_loss | max_gain | yearly | pool
    value: Decimal  # new parameter (%, or EUR), or the pool in cents for family "pool"
    in_pct: bool

    def words(self, lang: str) -> str:
        """'a maximum loss of 10.00%', 'a pool of EUR 190,000.00', in the language asked."""
        if self.family == "pool":
            amount = format_money(int(self.value), lang, decimals=True)
        elif self.in_pct:
            amount = format_percent(self.value, lang, 2)
        else:
            amount = format_money(int(self.value * 100), lang, decimals=True)
        return label(f"inf_alt_{self.family}", lang).format(amount=amount)

    @property
    def text(self) -> str:
        """The alternative in English."""
        return self.words("en")


@dataclass(frozen=True)
class Part:
    """One reason a year cannot be computed: a catalogue text and its values (amounts in cents;
    `families`: the limits involved, with their parameters, as (family, parameter, in_pct))."""

    key: str
    values: dict[str, Any]

    def words(self, lang: str, baseline: str) -> str:
        shown: dict[str, str] = {}
        for k, v in self.values.items():
            if k in ("floors", "caps"):
                shown[k] = label(f"inf_family_{v}", lang)
            elif k == "families":
                shown[k] = label("limit_and", lang).join(
                    _family_words(f, p, pct, baseline, lang) for f, p, pct in v
                )
            elif isinstance(v, int):
                shown[k] = format_money(v, lang, decimals=True)
            else:
                shown[k] = str(v)
        return label(self.key, lang).format(**shown)


@dataclass(frozen=True)
class Infeasibility:
    """Why a year cannot be computed, in policy terms, and what would make it work."""

    year: int
    parts: list[Part]
    families: list[str]
    alternatives: list[Relaxation]
    baseline: str = "baseline"
    # the years the alternatives were checked for ("2024-2026": every year of the run, each
    # computed with the changed parameter); "" when only this year was checked
    checked_for: str = ""
    year_only: bool = False  # no value of one limit makes every year of the run feasible
    # alternatives of this year alone beside those checked for every year: its own pool
    own: list[Relaxation] = field(default_factory=list)

    @property
    def message(self) -> str:
        """Why, in English."""
        return self.reasons("en")

    def reasons(self, lang: str) -> str:
        """Why the year cannot be computed as asked, in the language asked."""
        return "; ".join(p.words(lang, self.baseline) for p in self.parts) + "."

    def text(self, lang: str) -> str:
        """Why, and the feasible alternatives, in the language asked."""
        alts = label("inf_or", lang).join(a.words(lang) for a in self.alternatives)
        which = "inf_alternatives"
        if self.checked_for:
            which = "inf_alternatives_all"
        elif self.year_only:
            which = "inf_alternatives_year"
        tail = (
            " "
            + label(which, lang).format(alternatives=alts, years=self.checked_for, year=self.year)
            if alts
            else ""
        )
        if self.own:
            own = label("inf_or", lang).join(a.words(lang) for a in self.own)
            tail += " " + label("inf_alternatives_own", lang).format(
                alternatives=own, year=self.year
            )
        return f"{self.year}: {self.reasons(lang)}{tail}"

    def __str__(self) -> str:
        return self.text("en")


def _family_words(family: str, param: Decimal, in_pct: bool, baseline: str, lang: str) -> str:
    """'the floors (no unit loses more than 5% against uniform-500)'."""
    if family == "yearly":
        return label("inf_family_yearly", lang)
    amount = format_percent(param, lang) if in_pct else format_money(int(param * 100), lang)
    rule = label(f"inf_rule_{family}", lang).format(amount=amount, baseline=baseline)
    return label(f"inf_short_{family}", lang).format(rule=rule)


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
    return Relaxation(family, new, in_pct)


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


def explain(m: YearModel, limits: Sequence[Limit], baseline: str, solver: Any) -> Infeasibility:
    """Explain an infeasible year: the conflicting families, and the feasible alternatives."""
    floors_total = sum(m.floors)
    caps_known = all(c is not None or w == 0 for c, w in zip(m.caps, m.weights, strict=True))
    caps_total = sum(c if c is not None else f for c, f in zip(m.caps, m.floors, strict=True))
    families: list[str] = []
    parts: list[Part] = []
    crossed = [
        i for i, (f, c) in enumerate(zip(m.floors, m.caps, strict=True)) if c is not None and f > c
    ]
    for i in crossed:
        families += [m.floor_source[i], m.cap_source[i]]
        parts.append(
            Part(
                "inf_crossed",
                {
                    "unit": m.units[i],
                    "floors": m.floor_source[i],
                    "floor": m.floors[i],
                    "caps": m.cap_source[i],
                    "cap": m.caps[i] or 0,
                },
            )
        )
    params = {lim.family: (lim.parameter, lim.in_pct) for lim in limits}
    if floors_total > m.pool:
        fams = sorted({s for s in m.floor_source if s})
        families += fams
        what = [(f, *params[f]) for f in fams]
        short = floors_total - m.pool
        parts.append(
            Part(
                "inf_floors_short",
                {"families": what, "need": floors_total, "pool": m.pool, "short": short},
            )
        )
    elif caps_known and caps_total < m.pool:
        fams = sorted({s for s in m.cap_source if s})
        families += fams
        what = [(f, *params[f]) for f in fams]
        rest = m.pool - caps_total
        parts.append(
            Part(
                "inf_caps_short",
                {"families": what, "allow": caps_total, "pool": m.pool, "rest": rest},
            )
        )
    if not parts:
        parts.append(Part("inf_none", {}))
    families = sorted(set(families))
    alternatives = [
        alt for fam in families if (alt := minimal_relaxation(m, limits, fam, solver)) is not None
    ]
    if not crossed:
        target = floors_total if floors_total > m.pool else caps_total
        if target != m.pool and Bounds(m.weights, m.floors, m.caps, target).feasible():
            alternatives.append(Relaxation("pool", Decimal(target), False))
    families.append("pool")
    return Infeasibility(m.year, parts, families, alternatives, baseline)
