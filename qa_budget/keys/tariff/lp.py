"""The tariff optimiser: a linear programme per year, one `define_*` function per constraint family.

The model is scaled so that every coefficient is of order one: money is a fraction of the
pool (allocations add up to 1), and the base tariff a multiple of the average tariff (pool /
weighted students). Exact cents are restored afterwards (allocate/clamp.py). Constraint names
map back to policy lines:

    pool-{year}           the units together receive the pool
    floor-{unit}-{year}   hold-harmless floor (maximum loss, or the yearly limit when stricter)
    cap-{unit}-{year}     cap (maximum gain, or the yearly limit when stricter): unit fixed at it
    share-{unit}-{year}   the unit gets at least base tariff × its weighted students
    change-up-/change-down-{unit}-{year}   relative change against the baseline at most z

Objective "tariff_ratios" maximises the base tariff t (max-min of EUR per weighted student).
Caps enter as fixings: a unit whose cap lies below its tariff share at the current t is fixed at
its cap and t is solved again, until no unit is added (a few rounds; at most one per unit). The
optimum is then the clamp of t × weight to [floor, cap] that spends the pool.
Objective "min_max_change" first minimises the largest relative change z against the baseline.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from functools import cached_property
from pathlib import Path
from typing import Any

import pulp

import qa_budget.keys.tariff.arrays as arrays
from qa_budget.errors import QaBudgetError, msg
from qa_budget.keys.tariff.clamp import Bounds
from qa_budget.keys.tariff.quiet import quiet_stdout

SOLVERS = ("highs", "cbc")
TOL = 1e-7


@dataclass
class YearModel:
    """One year's policy problem, in cents, with where each bound comes from."""

    year: int
    units: Sequence[str]
    weights: Sequence[Fraction]
    floors: list[int]
    caps: list[int | None]
    pool: int
    baseline: Sequence[int]
    floor_source: list[str] = field(default_factory=list)  # "floor" | "yearly" | ""
    cap_source: list[str] = field(default_factory=list)  # "cap" | "yearly" | ""

    def bounds(self) -> Bounds:
        """The exact problem (for the oracle and the map back to cents)."""
        return Bounds(self.weights, self.floors, self.caps, self.pool)

    @cached_property
    def total_weight(self) -> Fraction:
        """All weighted students together."""
        return sum(self.weights, Fraction(0))

    @cached_property
    def weight_shares(self) -> list[float]:
        """Each unit's weighted students as a fraction of the total (0 when there are none)."""
        total = self.total_weight
        return [float(w / total) if total else 0.0 for w in self.weights]


class HighsDirect:
    """HiGHS, given the tariff models as arrays (arrays.py); `pulp` is the same solver through
    PuLP, for the few models built there (the elastic models of an infeasible year)."""

    name = "highs"

    def __init__(self, pulp_solver: Any) -> None:
        self.pulp = pulp_solver


def make_solver(name: str) -> Any:
    """The solver by name: HiGHS (default; the tariff models go to it as arrays) or CBC
    (through PuLP), both installed from PyPI."""
    if name not in SOLVERS:
        raise QaBudgetError(msg("msg_solver_unknown", name=name, solvers=", ".join(SOLVERS)))
    with quiet_stdout():
        if name == "highs":
            solver = pulp.HiGHS(
                msg=False,
                threads=1,
                primal_feasibility_tolerance=1e-9,
                dual_feasibility_tolerance=1e-9,
            )
        else:
            with warnings.catch_warnings():  # the CBC bundled with PuLP 3 (pinned below 4)
                warnings.simplefilter("ignore", DeprecationWarning)
                solver = pulp.PULP_CBC_CMD(msg=False, threads=1)
        available = solver.available()
    if not available:
        raise QaBudgetError(msg("msg_solver_missing", name=name))
    return HighsDirect(solver) if name == "highs" else solver


def pulp_solver(solver: Any) -> Any:
    """The PuLP form of a solver from `make_solver`."""
    return solver.pulp if isinstance(solver, HighsDirect) else solver


def solver_version(name: str) -> str:
    """The solver and its version, for the provenance record."""
    if name == "highs":
        import highspy

        with quiet_stdout():  # HiGHS prints a banner when an instance is made
            version = highspy.Highs().version()  # type: ignore[no-untyped-call]
        return f"HiGHS {version} via PuLP {pulp.__version__}"
    return f"CBC (bundled with PuLP {pulp.__version__})"


def _share(m: YearModel, cents: int | Fraction) -> float:
    """An amount as a fraction of the pool: the model's unit of money."""
    return float(Fraction(cents) / max(m.pool, 1))


def _add(
    prob: pulp.LpProblem, terms: list[tuple[Any, float]], sense: int, rhs: float, name: str
) -> None:
    """Add the named constraint Σ coefficient × variable (sense) rhs."""
    expr = pulp.LpAffineExpression(terms)
    prob.addConstraint(pulp.LpConstraint(expr, sense, name, rhs))


GE, LE, EQ = pulp.LpConstraintGE, pulp.LpConstraintLE, pulp.LpConstraintEQ


# --- constraint families ----------------------------------------------------------------------


def define_allocations(prob: pulp.LpProblem, m: YearModel) -> list[pulp.LpVariable]:
    """One variable per unit: its allocation as a fraction of the pool (never negative)."""
    return [prob.add_variable(f"a-{u}-{m.year}", lowBound=0) for u in m.units]


def define_base_tariff(prob: pulp.LpProblem, m: YearModel) -> pulp.LpVariable:
    """The base tariff t, as a multiple of the average tariff (pool / weighted students);
    bounded so the model is never unbounded."""
    return prob.add_variable(f"t-{m.year}", lowBound=0, upBound=_t_upper(m))


def _t_upper(m: YearModel) -> float:
    total = m.total_weight
    smallest = min((w for w in m.weights if w > 0), default=Fraction(1))
    return float(total / smallest) + 1 if total > 0 else 0.0


def define_pool(prob: pulp.LpProblem, m: YearModel, a: list[pulp.LpVariable]) -> None:
    """pool-{year}: the unit allocations add up to the pool (1, as a fraction of itself)."""
    _add(prob, [(v, 1.0) for v in a], EQ, 1.0 if m.pool else 0.0, f"pool-{m.year}")


def define_floors(prob: pulp.LpProblem, m: YearModel, a: list[pulp.LpVariable]) -> None:
    """floor-{unit}-{year}: no unit below its floor (maximum loss / yearly limit)."""
    for u, var, low in zip(m.units, a, m.floors, strict=True):
        if low > 0:
            _add(prob, [(var, 1.0)], GE, _share(m, low), f"floor-{u}-{m.year}")


def define_caps(
    prob: pulp.LpProblem, m: YearModel, a: list[pulp.LpVariable], capped: set[int]
) -> None:
    """cap-{unit}-{year}: units whose cap binds are fixed at their cap."""
    for i in sorted(capped):
        cap = m.caps[i]
        assert cap is not None
        _add(prob, [(a[i], 1.0)], EQ, _share(m, cap), f"cap-{m.units[i]}-{m.year}")


def define_cap_limits(prob: pulp.LpProblem, m: YearModel, a: list[pulp.LpVariable]) -> None:
    """cap-{unit}-{year} as upper limits (used when caps do not enter as fixings)."""
    for u, var, cap in zip(m.units, a, m.caps, strict=True):
        if cap is not None:
            _add(prob, [(var, 1.0)], LE, _share(m, cap), f"cap-{u}-{m.year}")


def define_tariff_shares(
    prob: pulp.LpProblem,
    m: YearModel,
    a: list[pulp.LpVariable],
    t: pulp.LpVariable,
    capped: set[int],
) -> None:
    """share-{unit}-{year}: every unit not at its cap gets at least t × its weighted students
    (in pool fractions: a ≥ t × weight / total weight)."""
    for i, (u, var, share) in enumerate(zip(m.units, a, m.weight_shares, strict=True)):
        if i not in capped and share > 0:
            _add(prob, [(var, 1.0), (t, -share)], GE, 0.0, f"share-{u}-{m.year}")


def define_change_band(
    prob: pulp.LpProblem,
    m: YearModel,
    a: list[pulp.LpVariable],
    z: pulp.LpVariable,
    reference: Sequence[Fraction],
) -> None:
    """change-up/down-{unit}-{year}: |allocation − reference| ≤ z × reference (the reference
    is the baseline, or the target amounts)."""
    for u, var, b in zip(m.units, a, reference, strict=True):
        if b <= 0:
            continue  # no reference amount: no relative change to limit
        share = _share(m, b)
        _add(prob, [(var, 1.0), (z, -share)], LE, share, f"change-up-{u}-{m.year}")
        _add(prob, [(var, 1.0), (z, share)], GE, share, f"change-down-{u}-{m.year}")


def tariff_in_cents(m: YearModel, t: float) -> float:
    """The model's base tariff (a multiple of the average) in cents per weighted student."""
    total = m.total_weight
    return t * m.pool / float(total) if total else 0.0


def build_problem(m: YearModel, capped: set[int]) -> tuple[pulp.LpProblem, pulp.LpVariable]:
    """The tariff-ratio model of one round: maximise the base tariff t."""
    prob = pulp.LpProblem(f"tariff_ratios_{m.year}", pulp.LpMaximize)
    a = define_allocations(prob, m)
    t = define_base_tariff(prob, m)
    prob += t
    define_pool(prob, m, a)
    define_floors(prob, m, a)
    define_caps(prob, m, a, capped)
    define_tariff_shares(prob, m, a, t, capped)
    return prob, t


def build_change_problem(
    m: YearModel, reference: Sequence[Fraction]
) -> tuple[pulp.LpProblem, pulp.LpVariable]:
    """The min-max-change model: minimise the largest relative change z against the reference
    amounts (the baseline, or the target amounts)."""
    prob = pulp.LpProblem(f"min_max_change_{m.year}", pulp.LpMinimize)
    a = define_allocations(prob, m)
    z = prob.add_variable(f"z-{m.year}", lowBound=0, upBound=1000)
    prob += z
    define_pool(prob, m, a)
    define_floors(prob, m, a)
    define_cap_limits(prob, m, a)
    define_change_band(prob, m, a, z, reference)
    return prob, z


# --- solving ----------------------------------------------------------------------------------


class SolveFailed(Exception):
    """The solver did not report an optimum (the caller explains infeasibility in policy terms)."""


def solve(prob: pulp.LpProblem, solver: Any) -> None:
    """Solve a model (the solver's own output kept off stdout); SolveFailed unless optimal."""
    with quiet_stdout():
        status = prob.solve(pulp_solver(solver))
    if pulp.LpStatus[status] != "Optimal":
        raise SolveFailed(pulp.LpStatus[status])


@dataclass(frozen=True)
class Model:
    """A model the optimiser solved, kept to be written out on request (`--export-lp`): the
    named PuLP model is built only then."""

    kind: str  # "tariff_ratios" | "min_max_change"
    year_model: YearModel
    capped: frozenset[int] = frozenset()
    reference: tuple[Fraction, ...] = ()

    @property
    def name(self) -> str:
        """The model's name, e.g. tariff_ratios_2024."""
        return f"{self.kind}_{self.year_model.year}"

    def problem(self) -> pulp.LpProblem:
        """The named PuLP model (constraint families as in this module)."""
        if self.kind == "tariff_ratios":
            return build_problem(self.year_model, set(self.capped))[0]
        return build_change_problem(self.year_model, self.reference)[0]


@dataclass
class TariffSolution:
    """What the optimiser found for a year: base tariff (cents per weighted student), the units
    at their cap, the number of rounds, and the last model."""

    tariff: float
    capped: set[int]
    rounds: int
    problem: Model


def solve_tariff_ratios(m: YearModel, solver: Any, start: set[int] | None = None) -> TariffSolution:
    """Rounds of the tariff-ratio model until no further unit is fixed at its cap.

    `start` are units expected at their cap (from a quick pre-solve); each round checks the
    model's own outcome and adds any unit whose share exceeds its cap, so the answer does not
    depend on the guess, only the number of rounds does.
    """
    capped: set[int] = set(start or ())
    for rounds in range(1, len(m.units) + 2):
        tariff = tariff_in_cents(m, _ratios(m, capped, solver))
        new = {
            i
            for i, (w, cap) in enumerate(zip(m.weights, m.caps, strict=True))
            if i not in capped
            and cap is not None
            and w > 0
            and cap < tariff * float(w) * (1 - TOL) - TOL
        }
        if not new:
            return TariffSolution(
                tariff, capped, rounds, Model("tariff_ratios", m, frozenset(capped))
            )
        capped |= new
    raise SolveFailed("the cap rounds did not settle")  # pragma: no cover


def _ratios(m: YearModel, capped: set[int], solver: Any) -> float:
    """One round of the tariff-ratio model: t, a multiple of the average tariff."""
    if isinstance(solver, HighsDirect):
        t = arrays.tariff_ratios(
            m.weights, m.floors, m.caps, m.pool, capped, _t_upper(m), m.weight_shares
        )
        if t is None:
            raise SolveFailed("HiGHS reported no optimum")
        return t
    prob, var = build_problem(m, capped)
    solve(prob, solver)
    return float(var.varValue or 0.0)


def solve_min_max_change(
    m: YearModel, reference: Sequence[Fraction], solver: Any
) -> tuple[float, Model]:
    """The smallest z such that every unit stays within reference × (1 ± z), as the optimiser
    finds it (floating point; band.smallest_change is the exact counterpart)."""
    model = Model("min_max_change", m, reference=tuple(Fraction(r) for r in reference))
    if isinstance(solver, HighsDirect):
        z = arrays.min_max_change(m.floors, m.caps, m.pool, reference)
        if z is None:
            raise SolveFailed("HiGHS reported no optimum")
        return z, model
    prob, var = build_change_problem(m, reference)
    solve(prob, solver)
    return float(var.varValue or 0.0), model


def export(models: Sequence[Model], path: Path) -> list[tuple[Path, bytes]]:
    """The models in LP (or, for a .mps path, MPS) format: (target, content) per model, one
    file per year (per year and model when a year has two: the band, then the tariffs)."""
    import tempfile

    problems = [model.problem() for model in models]
    years = [prob.name.rsplit("_", 1)[-1] for prob in problems]
    out: list[tuple[Path, bytes]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for prob, year in zip(problems, years, strict=True):
            if len(problems) == 1:
                target = path
            elif years.count(year) == 1:
                target = path.with_name(f"{path.stem}-{year}{path.suffix}")
            else:
                kind = prob.name.rsplit("_", 1)[0].replace("_", "-")
                target = path.with_name(f"{path.stem}-{year}-{kind}{path.suffix}")
            scratch = Path(tmp) / f"model{len(out)}{path.suffix or '.lp'}"
            if path.suffix.lower() == ".mps":
                prob.writeMPS(str(scratch), with_objsense=True)  # a maximum read as one
            else:
                prob.writeLP(str(scratch))
            out.append((target, scratch.read_bytes()))
    return out
