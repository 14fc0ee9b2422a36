"""Tariff differentiation: weights per funding tier, a pool, hold-harmless floors and caps.

Per year, in order (a yearly change limit refers to the year before): weighted students per
unit, the pool, the limits against the baseline scenario, then the optimiser (tariff_lp.py),
then exact cents (clamp.py).
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any

import polars as pl

import qa_budget.keys.tariff.band as band
import qa_budget.keys.tariff.clamp as clamp
import qa_budget.keys.tariff.lp as tariff_lp
from qa_budget.allocation import Allocation
from qa_budget.binding import binding_kind
from qa_budget.errors import (
    InfeasibleError,
    InputErrors,
    Location,
    Money,
    Problem,
    QaBudgetError,
    ScenarioError,
    SolveError,
    msg,
)
from qa_budget.inputs.tables import Inputs
from qa_budget.keys.base import KeyContext
from qa_budget.keys.tariff.infeasibility import Infeasibility, Relaxation, explain, relaxed
from qa_budget.keys.tariff.limits import Limit, Rates, effective
from qa_budget.money import largest_remainder
from qa_budget.texts import format_money, format_number, format_percent, label, years_text

if TYPE_CHECKING:  # the model imports this module when a tariff scenario is computed
    from qa_budget.keys.tariff.model import TariffKey


def weighted_students(inputs: Inputs, key: TariffKey) -> dict[tuple[str, int], Fraction]:
    """Weighted students per (unit, year): Σ tier weight × count × unit weight, exact.

    The tier weights are scaled to whole numbers by their common denominator, so the sums
    run over integers in one pass; each unit-year's total is then one fraction."""
    weights = {t: Fraction(w) for t, w in key.tier_weights.items()}
    students = inputs.students
    problems = [
        Problem(
            Location(r["file"], r["sheet"], f"C{r['row']}"),
            msg("msg_tariff_no_tier")
            if r["tier"] is None
            else msg("msg_tariff_no_weight", tier=r["tier"]),
        )
        for r in students.filter(~pl.col("tier").is_in(list(weights)) | pl.col("tier").is_null())
        .select("file", "sheet", "row", "tier")
        .iter_rows(named=True)
    ]
    if problems:
        raise InputErrors(problems)
    scale = math.lcm(*(w.denominator for w in weights.values()))
    whole = {t: int(w * scale) for t, w in weights.items()}
    sums = (
        students.with_columns(
            (pl.col("count") * pl.col("tier").replace_strict(whole, return_dtype=pl.Int64)).alias(
                "_w"
            )
        )
        .group_by("unit", "year")
        .agg(pl.col("_w").sum())
    )
    unit_weights = {u: Fraction(w) for u, w in key.unit_weights.items()}
    one = Fraction(1)
    return {
        (u, y): Fraction(int(total), scale) * unit_weights.get(u, one)
        for u, y, total in sums.select("unit", "year", "_w").iter_rows()
    }


def pool_for(
    year: int,
    key: TariffKey,
    inputs: Inputs,
    baseline: dict[str, int],
    weighted: Sequence[Fraction],
    source: str = "scenario",
) -> int:
    """The pool of a year in cents."""
    kind = key.pool_kind
    if kind == "baseline":
        return sum(baseline.values())
    if kind == "amount":
        amount = key.pool_amount.get(str(year), key.pool_amount.get("all"))
        if amount is None:
            raise ScenarioError(
                source,
                [msg("msg_key_pool_amount", year=year)],
            )
        return int(amount * 100)
    if kind == "kadernota_minus_central":
        funds = inputs.funds.filter(pl.col("year") == year)
        central = inputs.central.filter((pl.col("year") == year) & pl.col("charged"))
        return int(funds["kadernota"].sum()) - int(central["amount"].sum())
    # formula: explicit tariffs (EUR per student) × students, in cents
    return _round(sum(weighted, Fraction(0)) * 100)


def _rates(key: TariffKey) -> Rates:
    return Rates(
        key.max_loss_pct,
        key.max_gain_pct,
        key.max_loss_eur,
        key.max_gain_eur,
        key.max_yearly_change_pct,
    )


def _limits(
    key: TariffKey, units: Sequence[str], baseline: dict[str, int], previous: dict[str, int] | None
) -> list[Limit]:
    rates = _rates(key)
    out: list[Limit] = []
    for i, u in enumerate(units):
        out += rates.limits(i, baseline[u], None if previous is None else previous[u])
    return out


def _model(
    year: int,
    units: Sequence[str],
    weights: Sequence[Fraction],
    pool: int,
    base: Sequence[int],
    limits: Sequence[Limit],
) -> tariff_lp.YearModel:
    floors, caps, fsrc, csrc = effective(len(units), limits)
    return tariff_lp.YearModel(year, units, weights, floors, caps, pool, base, fsrc, csrc)


def _band(
    m: tariff_lp.YearModel, reference: Sequence[Fraction], z: Fraction
) -> tariff_lp.YearModel:
    """Floors and caps narrowed to reference × (1 ± z), the min-max-change band (band.py)."""
    floors, caps, from_floor, from_cap = band.band(reference, m.floors, m.caps, z)
    fsrc = ["band" if b else s for b, s in zip(from_floor, m.floor_source, strict=True)]
    csrc = ["band" if b else s for b, s in zip(from_cap, m.cap_source, strict=True)]
    return replace(m, floors=floors, caps=caps, floor_source=fsrc, cap_source=csrc)


def solve_year(
    m: tariff_lp.YearModel, objective: str, solver: Any
) -> tuple[Fraction, list[int], tariff_lp.YearModel, list[Any]]:
    """Optimise one feasible year: (exact base tariff, cents per unit, model used, LPs).

    The optimiser's floating-point answers locate the exact solution, which is then computed
    in rational arithmetic (band.py for the band width z, clamp.py for the base tariff); the
    exact method stands in where the optimiser reports no optimum.
    """
    models = []
    if objective in ("min_max_change", "closest_to_weights"):
        # a unit without weighted students only ever gets its floor (as in the clamp), so the
        # band model may not hand it more
        m = replace(
            m,
            caps=[f if w == 0 else c for w, f, c in zip(m.weights, m.floors, m.caps, strict=True)],
        )
        # the band is measured against the baseline, or against the target amounts (the pool
        # shared exactly in proportion to the weighted students)
        reference = (
            [Fraction(b) for b in m.baseline]
            if objective == "min_max_change"
            else band.proportional_targets(m.weights, m.pool)
        )
        with contextlib.suppress(tariff_lp.SolveFailed):  # z is made exact below
            models.append(tariff_lp.solve_min_max_change(m, reference, solver)[1])
        z = band.smallest_change(reference, m.floors, m.caps, m.pool)
        if z is None:
            raise SolveError(msg("msg_solve_no_allocation", year=m.year, pool=Money(m.pool)))
        m = _band(m, reference, z)
    b = m.bounds()
    guess = clamp.approx_tariff(b) or 0.0
    start = {
        i
        for i, (w, cap) in enumerate(zip(m.weights, m.caps, strict=True))
        if cap is not None and w > 0 and cap < guess * float(w) * (1 - 1e-6)
    }
    try:
        solution = tariff_lp.solve_tariff_ratios(m, solver, start)
        models.append(solution.problem)
        approx = solution.tariff
    except tariff_lp.SolveFailed:
        approx = guess  # the exact refinement below checks and corrects it
    tau = clamp.refine(b, approx)
    if tau is None:
        raise SolveError(msg("msg_solve_no_tariff", year=m.year, pool=Money(m.pool)))
    return tau, clamp.cents_at(b, tau), m, models


# The key's fields behind a limit family's parameter (in percent, or in euros).
_FIELDS = {
    ("max_loss", True): "max_loss_pct",
    ("max_loss", False): "max_loss_eur",
    ("max_gain", True): "max_gain_pct",
    ("max_gain", False): "max_gain_eur",
    ("yearly", True): "max_yearly_change_pct",
}


def allocate_tariff(ctx: KeyContext, key: TariffKey) -> Allocation:
    """Allocate every year with tariffs, floors and caps; raise InfeasibleError if impossible,
    with alternatives that make every year of the run feasible, not only the first that fails
    (a yearly limit carries over from one year to the next)."""
    try:
        return _allocate(ctx, key)
    except InfeasibleError as err:
        why = err.args[0] if err.args else None
        if not isinstance(why, Infeasibility) or not why.alternatives or len(ctx.inputs.years) < 2:
            raise
        raise InfeasibleError(_for_every_year(ctx, key, why)) from None


def _for_every_year(ctx: KeyContext, key: TariffKey, why: Infeasibility) -> Infeasibility:
    """The first failing year's alternatives, each moved until the whole run is feasible with
    it: set the parameter, compute every year; where a later year fails, take that year's
    smallest value of the same parameter and start again. An alternative that another limit
    blocks in a later year is dropped; when none is left, the year's own are kept as such."""
    kept: list[Relaxation] = []
    for alt in why.alternatives:
        field = _FIELDS.get((alt.family, alt.in_pct))
        if field is None:  # the pool is a year's own amount
            continue
        value = alt.value
        for _ in range(2 * len(ctx.inputs.years)):
            try:
                _allocate(ctx, key.model_copy(update={field: value}))
            except InfeasibleError as later:
                again = later.args[0] if later.args else None
                same = [
                    a.value
                    for a in getattr(again, "alternatives", [])
                    if (a.family, a.in_pct) == (alt.family, alt.in_pct) and a.value > value
                ]
                if not same:
                    break
                value = same[0]
            except QaBudgetError:  # the changed value fails otherwise in a later year
                break
            else:
                kept.append(Relaxation(alt.family, value, alt.in_pct))
                break
    if not kept:  # the year's own alternatives, said to be the year's only
        return replace(why, year_only=True)
    own = [a for a in why.alternatives if a.family == "pool"]  # that year's amount, said so
    return replace(why, alternatives=kept, checked_for=years_text(ctx.inputs.years), own=own)


def _allocate(ctx: KeyContext, key: TariffKey) -> Allocation:
    """Allocate every year with tariffs, floors and caps; raise InfeasibleError at the first
    year that cannot be computed."""
    inputs, baseline, allow_infeasible = ctx.inputs, ctx.baseline, ctx.allow_infeasible
    assert baseline is not None
    solver_name = ctx.solver
    solver = tariff_lp.make_solver(solver_name)
    unknown = sorted(set(key.unit_weights) - set(inputs.units["code"].to_list()))
    if unknown:
        raise ScenarioError(
            ctx.source,
            [msg("msg_key_unknown_unit", name="key.unit_weights", units=", ".join(unknown))],
        )
    weighted = weighted_students(inputs, key)
    units = inputs.units["code"].to_list()
    base_rows = {
        (r["unit"], r["year"]): r["allocation"] for r in baseline.units.iter_rows(named=True)
    }
    students = {
        (r["unit"], r["year"]): r["count"] for r in inputs.students_per_unit().iter_rows(named=True)
    }
    rows: list[dict[str, Any]] = []
    tariffs: dict[int, dict[str, Fraction]] = {}
    pools: dict[int, int] = {}
    models: list[Any] = []
    year_models: list[tariff_lp.YearModel] = []
    relaxations: list[Infeasibility] = []
    previous: dict[str, int] | None = None
    rates = _rates(key)
    for year in inputs.years:
        w = [weighted.get((u, year), Fraction(0)) for u in units]
        base = {u: int(base_rows.get((u, year), 0)) for u in units}
        pool = pool_for(year, key, inputs, base, w, ctx.source)
        base_cents = [base[u] for u in units]
        floors, caps, fsrc, csrc = rates.effective(
            base_cents, None if previous is None else [previous[u] for u in units]
        )
        m = tariff_lp.YearModel(year, units, w, floors, caps, pool, base_cents, fsrc, csrc)
        if not m.bounds().feasible():
            limits = _limits(key, units, base, previous)  # as records, to explain the year
            why = explain(m, limits, key.baseline_name, solver)
            if not allow_infeasible or not why.alternatives:
                raise InfeasibleError(why)
            relaxations.append(why)
            m, limits = _apply(why, m, limits, units, w, base)
        tau, cents, used, lps = solve_year(m, key.objective, solver)
        free = unconstrained(w, used.pool)
        models += lps
        year_models.append(m)
        pools[year] = pool if not relaxations or relaxations[-1].year != year else used.pool
        tariffs[year] = {"base": tau / 100} | {
            t: tau * Fraction(wt) / 100 for t, wt in key.tier_weights.items()
        }
        shares = _Shares(used, tau)
        for i, u in enumerate(units):
            formula = shares.rounded(i)
            rows.append(
                {
                    "unit": u,
                    "year": year,
                    "students": students.get((u, year), 0),
                    "weighted": float(w[i]),
                    "allocation": cents[i],
                    "formula": formula,
                    "adjustment": cents[i] - formula,
                    "baseline": base[u],
                    "binding": shares.binding(i),
                    "unconstrained": None if free is None else free[i],
                    "limit_effect": None if free is None else cents[i] - free[i],
                }
            )
        previous = {u: cents[i] for i, u in enumerate(units)}
    frame = pl.DataFrame(rows).with_columns(
        pl.col("unconstrained", "limit_effect").cast(pl.Int64),
        pl.when(pl.col("students") > 0)
        .then((pl.col("allocation") / pl.col("students")).round(0))
        .otherwise(0)
        .cast(pl.Int64)
        .alias("per_student"),
    )
    frame = frame.select(
        "unit",
        "year",
        "students",
        "per_student",
        "allocation",
        "weighted",
        "formula",
        "adjustment",
        "baseline",
        "binding",
        "unconstrained",
        "limit_effect",
    )
    return Allocation(
        units=frame,
        method=describe(key),
        tariffs=tariffs,
        pools=pools,
        baseline=key.baseline_name,
        solver=tariff_lp.solver_version(solver_name),
        models=models,
        year_models=year_models,
        infeasible=relaxations,
        totals=dict(pools),
        total_rule="the pool",
    )


def unconstrained(weights: Sequence[Fraction], pool: int) -> list[int] | None:
    """The same pool by the same key without floors and caps: shared in proportion to the
    weighted students, in whole cents by largest remainder (ties to the unit first in the unit
    order, as the allocation's own rounding), so it adds up to the pool to the cent. None when
    no unit has weighted students (the key cannot share the pool then)."""
    if sum(weights, Fraction(0)) == 0:
        return None
    return largest_remainder(band.proportional_targets(weights, pool), pool)


def _apply(
    why: Infeasibility,
    m: tariff_lp.YearModel,
    limits: list[Limit],
    units: list[str],
    w: list[Fraction],
    base: dict[str, int],
) -> tuple[tariff_lp.YearModel, list[Limit]]:
    """The closest feasible plan: the first alternative of the explanation, applied."""
    alt = why.alternatives[0]
    if alt.family == "pool":
        return replace(m, pool=int(alt.value)), limits
    moved = [relaxed(lim, alt.value) if lim.family == alt.family else lim for lim in limits]
    return _model(m.year, units, w, m.pool, [base[u] for u in units], moved), moved


def _round(x: Fraction) -> int:
    """Half-up to whole cents."""
    return math.floor(x + Fraction(1, 2))


class _Shares:
    """Each unit's formula amount τ × weight, exactly, as p × W_i / Q in integers (W_i: the
    weight times the common denominator of the weights)."""

    def __init__(self, m: tariff_lp.YearModel, tau: Fraction) -> None:
        d, self.scaled = m.bounds().scaled
        self.p, self.q, self.m = tau.numerator, tau.denominator * d, m

    def rounded(self, i: int) -> int:
        """τ × weight, half-up to whole cents."""
        return (2 * self.p * self.scaled[i] + self.q) // (2 * self.q)

    def binding(self, i: int) -> str:
        """The limit that holds unit i away from its formula amount ('' when none does)."""
        m, x = self.m, self.p * self.scaled[i]
        cap = m.caps[i]
        if m.floors[i] > 0 and x < m.floors[i] * self.q:
            return f"{_name(m.floor_source[i], 'floor')}-{m.units[i]}-{m.year}"
        if cap is not None and x > cap * self.q:
            return f"{_name(m.cap_source[i], 'cap')}-{m.units[i]}-{m.year}"
        return ""


def _name(source: str, side: str) -> str:
    return {"yearly": f"yearly-{side}", "band": f"band-{side}"}.get(source, side)


def describe(key: TariffKey) -> str:
    """The key in one plain line."""
    if key.tariffs is not None:
        what = "tariffs per tier " + ", ".join(f"{t} EUR {v}" for t, v in key.tariffs.items())
    else:
        what = "weights per tier " + ", ".join(f"{t} {v}" for t, v in key.tier_weights.items())
    if key.unit_weights:
        what += "; unit weights " + ", ".join(f"{u} {v}" for u, v in key.unit_weights.items())
    limits = []
    if key.max_loss_pct is not None:
        limits.append(f"max loss {key.max_loss_pct}%")
    if key.max_loss_eur is not None:
        limits.append(f"max loss EUR {key.max_loss_eur}")
    if key.max_gain_pct is not None:
        limits.append(f"max gain {key.max_gain_pct}%")
    if key.max_gain_eur is not None:
        limits.append(f"max gain EUR {key.max_gain_eur}")
    if key.max_yearly_change_pct is not None:
        limits.append(f"max yearly change {key.max_yearly_change_pct}%")
    lim = f"; {', '.join(limits)} against {key.baseline_name}" if limits else ""
    return f"tariff differentiation: {what}; pool {key.pool_kind}; objective {key.objective}{lim}"


def trace(
    key: TariffKey, allocation: Allocation, inputs: Inputs, unit: str, year: int, lang: str = "en"
) -> list[str]:
    """How one unit's tariff allocation came about: weighted students, base tariff, formula,
    floor or cap, rounding, and the change against the baseline (in the language asked)."""
    a, r = allocation, allocation.row(unit, year)
    tiers = inputs.students.filter((pl.col("unit") == unit) & (pl.col("year") == year))
    before = r["allocation"] - int(r.get("oploop") or 0)

    def eur(cents: int) -> str:
        return format_money(cents, lang, decimals=True)

    def num(value: Decimal | int) -> str:
        return format_number(value, lang)

    parts = " + ".join(
        f"{num(w)} × {num(int(t['count']))}"
        for t in tiers.iter_rows(named=True)
        for k, w in key.tier_weights.items()
        if k == t["tier"]
    )
    unit_w = key.unit_weights.get(unit)
    weighted = Decimal(str(r["weighted"])).normalize()
    lines = [
        label("trace_weighted", lang).format(parts=parts)
        + (label("trace_unit_weight", lang).format(weight=num(unit_w)) if unit_w else "")
        + f" = {num(weighted)}",
        label("trace_base_tariff", lang).format(
            year=year,
            tariff=_six_decimals(a.tariffs[year]["base"], lang),
            pool=eur(a.pools[year]),
        ),
        label("trace_formula", lang).format(amount=eur(r["formula"])),
        label("trace_baseline", lang).format(baseline=a.baseline, amount=eur(r["baseline"])),
    ]
    kind = binding_kind(str(r["binding"] or ""), unit, year)
    if kind:
        what = "trace_top_up" if r["adjustment"] > 0 else "trace_skim"
        lines.append(
            label(what, lang).format(
                limit=label(f"limit_{kind}", lang),
                amount=eur(abs(r["adjustment"])),
                allocation=eur(before),
            )
        )
    else:
        lines.append(label("trace_no_limit", lang))
    lines.append(label("trace_rounding", lang).format(allocation=eur(before)))
    if r.get("unconstrained") is not None and r.get("limit_effect"):
        effect = int(r["limit_effect"])
        lines.append(
            label("trace_effect", lang).format(
                free=eur(int(r["unconstrained"])),
                effect=("+" if effect > 0 else "−") + eur(abs(effect)),
            )
        )
    change = before - r["baseline"]
    pct = Fraction(change, r["baseline"]) * 100 if r["baseline"] else Fraction(0)
    sign = "+" if pct > 0 else ""
    lines.append(
        label("trace_change", lang).format(
            baseline=a.baseline, amount=eur(change), pct=sign + format_percent(pct, lang, 2)
        )
    )
    return ["  " + line for line in lines]


def _six_decimals(value: Fraction, lang: str) -> str:
    """The base tariff in EUR with six decimals, as written in the language."""
    exact = Decimal(value.numerator) / Decimal(value.denominator)
    return "EUR " + format_number(exact.quantize(Decimal("0.000001")), lang)
