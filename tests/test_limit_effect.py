"""The cost of floors and caps: the same pool by the same key without them (`unconstrained`),
and what the floors and caps give or take (`limit_effect`), beside the change against the
baseline scenario. The two answer different questions and must never be mixed up."""

from __future__ import annotations

import os
from fractions import Fraction
from pathlib import Path

import polars as pl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qa_budget.example import load_table
from qa_budget.keys.tariff import lp as tariff_lp
from qa_budget.keys.tariff.allocate import solve_year, unconstrained
from tests.builders import compute_file as compute
from tests.builders import write
from tests.conftest import ROOT
from tests.test_tariff import YEAR, _data, _scenario

EXAMPLES = int(os.environ.get("QA_BUDGET_PROPERTY_EXAMPLES", 60))
THREE = [("X", "laag", 100), ("Y", "hoog", 100), ("Z", "top", 100)]


def _rows(tmp_path: Path, key: str) -> dict[str, dict[str, int]]:
    write(tmp_path / "in", _data(THREE))
    result = compute(_scenario(tmp_path, key), tmp_path / "in")
    return {r["unit"]: r for r in result.allocation.units.iter_rows(named=True)}


def test_floors_measured_against_the_same_pool_without_floors(tmp_path: Path) -> None:
    # Weighted students 100, 150, 300 (550); pool = baseline 3 x 50,000 = EUR 150,000.
    # Without floors: 150,000 x 100/550 = 27,272.7272..., x 150/550 = 40,909.0909...,
    # x 300/550 = 81,818.1818...; in cents 2,727,272 + 4,090,909 + 8,181,818 = 14,999,999, the
    # cent left to X (largest remainder .7272): 2,727,273 / 4,090,909 / 8,181,818.
    # With a 5% floor (47,500): X and Y held at 4,750,000, Z gets the rest 5,500,000.
    rows = _rows(tmp_path, "max_loss_pct = 5\n")
    free = {u: r["unconstrained"] for u, r in rows.items()}
    assert free == {"X": 2_727_273, "Y": 4_090_909, "Z": 8_181_818}
    assert sum(free.values()) == 15_000_000  # the pool, to the cent
    effect = {u: r["limit_effect"] for u, r in rows.items()}
    # X +2,022,727, Y +659,091: what the floor gives them; Z -2,681,818: what Z gives up
    assert effect == {"X": 2_022_727, "Y": 659_091, "Z": -2_681_818}
    assert sum(effect.values()) == 0  # what one unit gains, the others give up
    # against the baseline (5,000,000 each) Z gains EUR 5,000 while giving up EUR 26,818.18
    # for the floors: the two measures differ in sign, which is why both are shown, labelled
    change = {u: r["allocation"] - r["baseline"] for u, r in rows.items()}
    assert change == {"X": -250_000, "Y": -250_000, "Z": 500_000}


def test_without_binding_limits_the_two_allocations_are_equal(tmp_path: Path) -> None:
    # a 90% floor holds nobody (the smallest share, X's 27,273, is above 5,000)
    rows = _rows(tmp_path, "max_loss_pct = 90\n")
    assert all(r["binding"] == "" for r in rows.values())
    assert {u: r["allocation"] for u, r in rows.items()} == {
        u: r["unconstrained"] for u, r in rows.items()
    }
    assert {r["limit_effect"] for r in rows.values()} == {0}


def test_nobody_with_weighted_students_has_no_unconstrained_allocation() -> None:
    assert unconstrained([Fraction(0), Fraction(0)], 100) is None


@st.composite
def free_years(draw: st.DrawFn) -> tariff_lp.YearModel:
    """A year whose floors and caps never bind: floors at or below every unit's share, caps
    (when any) at or above it."""
    n = draw(st.integers(1, 12))
    weights = [
        Fraction(draw(st.integers(0, 5000))) * Fraction(draw(st.sampled_from([2, 3, 6])), 2)
        for _ in range(n)
    ]
    if sum(weights) == 0:
        weights[0] = Fraction(1)
    pool = draw(st.integers(0, 10**11))
    share = [pool * w / sum(weights) for w in weights]
    floors = [int(s * Fraction(draw(st.integers(0, 100)), 100)) for s in share]
    caps: list[int | None] = [
        None if draw(st.booleans()) else -(-s.numerator // s.denominator) + draw(st.integers(0, 9))
        for s in share
    ]
    return tariff_lp.YearModel(
        YEAR, [f"U{i}" for i in range(n)], weights, floors, caps, pool, [0] * n, ["floor"] * n,
        ["cap"] * n,
    )  # fmt: skip


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(m=free_years())
def test_the_unconstrained_allocation_spends_the_pool_and_equals_a_free_solve(
    m: tariff_lp.YearModel,
) -> None:
    free = unconstrained(m.weights, m.pool)
    assert free is not None
    assert sum(free) == m.pool
    total = sum(m.weights)
    assert all(abs(c - m.pool * w / total) < 1 for c, w in zip(free, m.weights, strict=True))
    _, cents, _, _ = solve_year(m, "tariff_ratios", tariff_lp.make_solver("highs"))
    assert cents == free


def _weighted_example(year: int) -> dict[str, Fraction]:
    weights = {"laag": Fraction(1), "hoog": Fraction(3, 2), "top": Fraction(3)}
    out: dict[str, Fraction] = {}
    for r in load_table("students"):
        if int(r["year"]) == year:
            out[r["unit"]] = out.get(r["unit"], Fraction(0)) + weights[r["tier"]] * int(r["count"])
    return out


def test_the_example_tariff_scenario(example: Path) -> None:
    """tariff-tiers (weights 1 / 1.5 / 3, pool = uniform-500, max 5% loss) on the example:
    FGW loses 5% against uniform-500, but gains from the floors against the same pool shared
    without them; the units that give up pay exactly what the protected units get."""
    result = compute(ROOT / "scenarios" / "tariff-tiers.toml", example)
    units = result.allocation.units
    for year in (2022, 2023, 2024):
        rows = {r["unit"]: r for r in units.filter(pl.col("year") == year).iter_rows(named=True)}
        pool = sum(r["baseline"] for r in rows.values())  # pool = "baseline"
        weighted = _weighted_example(year)
        total = sum(weighted.values())
        for unit, r in rows.items():
            exact = pool * weighted[unit] / total  # the pool shared by weighted students
            assert abs(r["unconstrained"] - exact) < 1, (unit, year)
            assert r["limit_effect"] == r["allocation"] - r["unconstrained"]
        assert sum(r["unconstrained"] for r in rows.values()) == pool
        assert sum(r["limit_effect"] for r in rows.values()) == 0
        fgw = rows["FGW"]
        assert fgw["allocation"] - fgw["baseline"] == -fgw["baseline"] // 20  # loses 5%
        assert fgw["limit_effect"] > 0  # and is held up by the floor
        assert rows["LUMC"]["limit_effect"] < 0  # LUMC gives up most


def test_a_unit_whose_gains_and_losses_cancel_reads_so() -> None:
    # +EUR 1,000 from floors and caps in 2024, -EUR 1,000 in 2025: on balance nothing, which
    # is neither a gain nor a loss
    import polars as pl

    from qa_budget.report.common.method import _unit_adjustment

    rows = pl.DataFrame(
        {"unit": ["A", "A"], "year": [2024, 2025], "limit_effect": [100_000, -100_000]}
    )
    said = _unit_adjustment(rows, "A", "en")
    assert said.startswith("floors and caps give A something in some years and take as much")
    assert "EUR 0 on balance (2024-2025)" in said


def test_alternatives_that_mend_only_the_failing_year_are_said_to() -> None:
    from decimal import Decimal

    from qa_budget.keys.tariff.infeasibility import Infeasibility, Part, Relaxation

    why = Infeasibility(
        2026, [Part("inf_none", {})], ["yearly"], [Relaxation("yearly", Decimal("3.25"), True)]
    )
    assert "Feasible alternatives: " in why.text("en")
    only = Infeasibility(2026, why.parts, why.families, why.alternatives, year_only=True)
    assert "Feasible for 2026 only (with each of them a later year still fails" in only.text("en")
