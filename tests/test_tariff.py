"""Tariff differentiation: hand-computed cases, the optimiser against the exact method, properties.

Hand cases use units with 100 students each unless said otherwise, a baseline of EUR 500 per
student (so EUR 50,000 per unit), and the national tier weights laag 1, hoog 1.5, top 3.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from fractions import Fraction
from pathlib import Path
from typing import Any

import openpyxl
import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qa_budget.api import Options
from qa_budget.keys.tariff import band, clamp
from qa_budget.keys.tariff import lp as tariff_lp
from qa_budget.keys.tariff.allocate import solve_year
from tests.builders import compute_file as compute
from tests.builders import write
from tests.conftest import ROOT, Completed, cli

YEAR = 2030
UNIFORM = 'name = "base"\nyears = [2030]\n[key]\nkind = "uniform"\namount_per_student = 500\n'


def _data(units: list[tuple[str, str, int]], revenue: int = 10**9) -> dict[str, Any]:
    """units: (code, tier, students); revenue in cents (large: still to allocate stays >= 0)."""
    return {
        "years": [YEAR],
        "units": [[code, f"Eenheid {code}", None, "faculteit"] for code, _, _ in units],
        "students": [[code, YEAR, tier, n] for code, tier, n in units],
        "funds": [[YEAR, revenue, revenue]],
        "central": [],
        "plans": {code: {"Maatregel": {"theme": 1, "y": {YEAR: 100}}} for code, _, _ in units},
    }


def _scenario(folder: Path, key: str, name: str = "t") -> Path:
    (folder / "base.toml").write_text(UNIFORM)
    path = folder / f"{name}.toml"
    path.write_text(
        f'name = "{name}"\nyears = [2030]\n[key]\nkind = "tariff"\n'
        'weights = { laag = 1, hoog = 1.5, top = 3 }\nbaseline = "base"\n' + key
    )
    return path


def _run_in_english(scenario: Path, tmp_path: Path) -> Completed:
    """`qa-budget run` of the scenario on tmp_path/in into tmp_path/out, told in English."""
    return cli(
        "run", scenario, "--inputs", tmp_path / "in", "--out", tmp_path / "out", "--lang", "en"
    )


def _allocations(
    tmp_path: Path, units: list[tuple[str, str, int]], key: str, solver: str = "highs"
) -> dict[str, int]:
    write(tmp_path / "in", _data(units))
    result = compute(_scenario(tmp_path, key), tmp_path / "in", Options(solver=solver))
    return dict(result.allocation.units.select("unit", "allocation").iter_rows())


def test_no_floors(tmp_path: Path) -> None:
    # Weighted students 100, 150, 300 (550); pool = baseline 3 x 50,000 = 150,000 EUR.
    # Base tariff 150,000 / 550 = 272.7272...; X 27,272.7272..., Y 40,909.0909..., Z 81,818.1818...
    # In cents the floors add to 14,999,999; the one cent left goes to X (remainder .727).
    got = _allocations(tmp_path, [("X", "laag", 100), ("Y", "hoog", 100), ("Z", "top", 100)], "")
    assert got == {"X": 2_727_273, "Y": 4_090_909, "Z": 8_181_818}


def test_floors_only(tmp_path: Path) -> None:
    # Max loss 5%: floors 47,500. X (27,273) and Y (40,909) are below it and are held at
    # 47,500; Z takes the rest, 150,000 - 95,000 = 55,000, i.e. base tariff 55,000 / 300 = 183.33
    # (X's share 18,333 and Y's 27,500 are still below the floor: consistent).
    got = _allocations(
        tmp_path, [("X", "laag", 100), ("Y", "hoog", 100), ("Z", "top", 100)], "max_loss_pct = 5\n"
    )
    assert got == {"X": 4_750_000, "Y": 4_750_000, "Z": 5_500_000}


FOUR = [("A", "laag", 100), ("B", "laag", 100), ("C", "top", 100), ("D", "hoog", 100)]


def test_floors_and_caps_where_bound_units_outweigh_the_free_one(tmp_path: Path) -> None:
    # Weighted 100, 100, 300, 150; pool 200,000; floors 47,500 (5% loss), caps 55,000 (10% gain).
    # A and B are floored (95,000), C is capped (55,000), D takes the rest: 50,000, so the base
    # tariff is 50,000 / 150 = 333.33 and D's share is exactly its allocation. A and B's shares
    # (33,333) are below their floor and C's (100,000) above its cap: the clamp is consistent.
    # Bound units weigh 500 against D's 150.
    got = _allocations(tmp_path, FOUR, "max_loss_pct = 5\nmax_gain_pct = 10\n")
    assert got == {"A": 4_750_000, "B": 4_750_000, "C": 5_500_000, "D": 5_000_000}


@pytest.mark.parametrize("solver", ["highs", "cbc"])
def test_binding_lines_and_tariffs_are_reported(tmp_path: Path, solver: str) -> None:
    write(tmp_path / "in", _data(FOUR))
    scenario = _scenario(tmp_path, "max_loss_pct = 5\nmax_gain_pct = 10\n")
    result = compute(scenario, tmp_path / "in", Options(solver=solver))
    a = result.allocation
    binding = dict(a.units.select("unit", "binding").iter_rows())
    assert binding == {"A": "floor-A-2030", "B": "floor-B-2030", "C": "cap-C-2030", "D": ""}
    assert a.tariffs[YEAR]["base"] == Fraction(1000, 3)
    assert a.tariffs[YEAR]["top"] == 1000
    rows = {r["unit"]: r for r in a.units.iter_rows(named=True)}
    assert rows["A"]["formula"] == 3_333_333  # 100 x 333.33...
    assert rows["A"]["adjustment"] == 4_750_000 - 3_333_333  # top-up
    assert rows["C"]["adjustment"] == 5_500_000 - 10_000_000  # skim


def test_a_band_of_width_zero_reports_the_keys_own_tariff(tmp_path: Path) -> None:
    # min_max_change on the baseline's own pool (4 x 50,000 = 200,000): every unit can keep
    # exactly its baseline, so the band's width is 0 and every unit is held at 50,000. Any base
    # tariff then gives the same amounts; the one reported is the key's own without limits,
    # 200,000 / 650 weighted students (100 + 100 + 300 + 150) = 307.69..., not 0: the formula
    # says what the weights alone would give (A 30,769.23; C 92,307.69) and the adjustment
    # what the band does (A +19,230.77; C -42,307.69).
    write(tmp_path / "in", _data(FOUR))
    scenario = _scenario(tmp_path, 'objective = "min_max_change"\n')
    a = compute(scenario, tmp_path / "in", Options()).allocation
    rows = {r["unit"]: r for r in a.units.iter_rows(named=True)}
    assert {u: r["allocation"] for u, r in rows.items()} == dict.fromkeys("ABCD", 5_000_000)
    assert a.tariffs[YEAR]["base"] == Fraction(200_000, 650)  # EUR per weighted student
    assert rows["A"]["formula"] == 3_076_923 and rows["A"]["adjustment"] == 1_923_077
    assert rows["C"]["formula"] == 9_230_769 and rows["C"]["adjustment"] == -4_230_769
    # the exact method says the same: on a flat piece the key's own tariff where it lies on it
    flat = clamp.Bounds([Fraction(100), Fraction(300)], [5_000_000] * 2, [5_000_000] * 2, 10**7)
    assert clamp.exact_tariff(flat) == Fraction(10**7, 400)


def test_infeasible_floors_explained_with_minimal_relaxations(tmp_path: Path) -> None:
    # Pool 180,000 but floors 4 x 47,500 = 190,000: short by 10,000. The floors fit the pool
    # when 200,000 x (1 - loss) <= 180,000, i.e. a maximum loss of 10%; or a pool of 190,000.
    write(tmp_path / "in", _data(FOUR))
    scenario = _scenario(
        tmp_path, 'max_loss_pct = 5\npool = "amount"\npool_amount = { all = 180000 }\n'
    )
    result = _run_in_english(scenario, tmp_path)
    assert result.code == 3, result.text
    assert (
        "2030: the floors (no unit loses more than 5% against base) need EUR 190,000.00, "
        "the pool is EUR 180,000.00 — short by EUR 10,000.00. Feasible alternatives: a "
        "maximum loss of 10.00% or a pool of EUR 190,000.00."
    ) in result.err
    assert not (tmp_path / "out").exists()

    allowed = cli(
        "run",
        scenario,
        "--inputs",
        tmp_path / "in",
        "--out",
        tmp_path / "out",
        "--allow-infeasible",
    )
    assert allowed.code == 0, allowed.text
    assert (
        "ONHAALBAAR, het dichtstbijzijnde haalbare plan is geschreven: 2030: de vloeren (geen "
        "eenheid verliest meer dan 5% t.o.v. base) vragen EUR 190.000,00, het te verdelen bedrag "
        "is EUR 180.000,00 — EUR 10.000,00 te weinig. Haalbare alternatieven: een maximaal "
        "verlies van 10,00% of een te verdelen bedrag van EUR 190.000,00."
    ) in allowed.out
    wb = openpyxl.load_workbook(tmp_path / "out" / "t" / "overview.xlsx", data_only=True)
    assert "Onhaalbaar" in wb.sheetnames
    alloc = {r[0]: r for r in wb["Tarieven"].iter_rows(min_row=10, values_only=True) if r[0]}
    # With a 10% maximum loss every floor is 45,000 and the pool 180,000 is exactly the floors
    # (column F: the allocation, after weighted students, formula and the pool without limits)
    assert [alloc[u][5] for u in "ABCD"] == [45000, 45000, 45000, 45000]


def test_infeasible_caps_explained(tmp_path: Path) -> None:
    # Pool 220,000 but caps 4 x 52,500 = 210,000 (max gain 5%): 10,000 cannot be handed out;
    # 200,000 x (1 + gain) >= 220,000 needs a maximum gain of 10%.
    write(tmp_path / "in", _data(FOUR))
    scenario = _scenario(
        tmp_path, 'max_gain_pct = 5\npool = "amount"\npool_amount = { all = 220000 }\n'
    )
    result = _run_in_english(scenario, tmp_path)
    assert result.code == 3
    assert (
        "the caps (no unit gains more than 5% against base) allow at most EUR 210,000.00"
        in result.err
    )
    assert "a maximum gain of 10.00% or a pool of EUR 210,000.00" in result.err


def test_min_max_change_objective(tmp_path: Path) -> None:
    # Pool 220,000 against a baseline of 200,000: everybody can gain 10% and nobody needs to
    # gain more, so the smallest largest change is 10% and every unit gets 55,000 (the tariff
    # ratios cannot move anyone within that band).
    write(tmp_path / "in", _data(FOUR))
    scenario = _scenario(
        tmp_path, 'objective = "min_max_change"\npool = "amount"\npool_amount = { all = 220000 }\n'
    )
    result = compute(scenario, tmp_path / "in")
    got = dict(result.allocation.units.select("unit", "allocation").iter_rows())
    assert got == {u: 5_500_000 for u in "ABCD"}


def test_yearly_change_limit(tmp_path: Path) -> None:
    # Two years, no floors; the tiers pull C (top) up from 50,000 (baseline in 2030, uniform) to
    # 92,308 in 2030. A 10% yearly limit then keeps C in 2031 within 10% of its 2030 amount.
    data = _data(FOUR)
    data["years"] = [2030, 2031]
    data["students"] += [[u, 2031, t, n] for u, t, n in FOUR]
    data["funds"].append([2031, 10**9, 10**9])
    for plan in data["plans"].values():
        plan["Maatregel"]["y"][2031] = 100
    write(tmp_path / "in", data)
    (tmp_path / "base.toml").write_text(UNIFORM.replace("[2030]", "[2030, 2031]"))
    path = tmp_path / "y.toml"
    path.write_text(
        'name = "y"\nyears = [2030, 2031]\n[key]\nkind = "tariff"\n'
        'weights = { laag = 1, hoog = 1.5, top = 3 }\nbaseline = "base"\n'
        "max_yearly_change_pct = 10\n"
    )
    a = compute(path, tmp_path / "in").allocation.units
    y0 = dict(a.filter(pl.col("year") == 2030).select("unit", "allocation").iter_rows())
    y1 = dict(a.filter(pl.col("year") == 2031).select("unit", "allocation").iter_rows())
    assert sum(y1.values()) == 20_000_000
    for u in "ABCD":
        assert abs(y1[u] - y0[u]) * 10 <= y0[u]
    # Same students and pool in both years: the 2030 outcome already meets the limit.
    assert y1 == y0


def test_export_lp_is_readable(tmp_path: Path) -> None:
    write(tmp_path / "in", _data(FOUR))
    scenario = _scenario(tmp_path, "max_loss_pct = 5\nmax_gain_pct = 10\n")
    result = cli(
        "run",
        scenario,
        "--inputs",
        tmp_path / "in",
        "--out",
        tmp_path / "out",
        "--export-lp",
        tmp_path / "model.lp",
    )
    assert result.code == 0, result.text
    text = (tmp_path / "model.lp").read_text()
    for name in ("pool_2030", "floor_A_2030", "cap_C_2030", "share_D_2030"):
        assert name in text, name
    record = json.loads((tmp_path / "out" / "t" / "run.json").read_text())
    assert record["solver"].startswith("HiGHS")


def test_exported_lp_and_mps_resolve_to_the_same_optimum(tmp_path: Path) -> None:
    """An auditor re-solves the exported model elsewhere: the MPS file says it maximises as
    the LP file does (it lost the sense, and read as a minimum re-solved to t = 0)."""
    import highspy

    write(tmp_path / "in", _data(FOUR))
    scenario = _scenario(tmp_path, "max_loss_pct = 5\nmax_gain_pct = 10\n")
    optimum = {}
    for suffix in (".lp", ".mps"):
        model = tmp_path / f"model{suffix}"
        args = ["--inputs", tmp_path / "in", "--out", tmp_path / suffix, "--export-lp", model]
        assert cli("run", scenario, *args).code == 0
        h = highspy.Highs()
        h.setOptionValue("output_flag", False)
        h.readModel(str(model))
        h.run()
        assert h.getModelStatus() == highspy.HighsModelStatus.kOptimal
        optimum[suffix] = h.getInfo().objective_function_value
    assert "OBJSENSE" in (tmp_path / "model.mps").read_text()
    assert optimum[".lp"] > 0  # the base tariff of a real pool, not the minimum 0
    assert optimum[".mps"] == pytest.approx(optimum[".lp"], rel=1e-9)


# --- the optimiser against the exact method ---------------------------------------------------


@st.composite
def year_models(draw: st.DrawFn) -> tariff_lp.YearModel:
    n = draw(st.integers(1, 12))
    weights = [
        Fraction(draw(st.integers(0, 5000))) * Fraction(draw(st.sampled_from([2, 3, 6])), 2)
        for _ in range(n)
    ]
    baseline = [draw(st.integers(0, 10**8)) for _ in range(n)]
    loss = Fraction(draw(st.integers(0, 30)), 100)
    gain = draw(st.one_of(st.none(), st.integers(0, 60)))
    floors = [int(b * (1 - loss)) for b in baseline]
    caps: list[int | None] = [
        None if gain is None else int(b * (100 + gain) // 100) for b in baseline
    ]
    pool = int(sum(baseline) * Fraction(draw(st.integers(80, 120)), 100))
    return tariff_lp.YearModel(
        YEAR,
        [f"U{i}" for i in range(n)],
        weights,
        floors,
        caps,
        pool,
        baseline,
        ["floor"] * n,
        ["cap"] * n,
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(m=year_models(), raise_by=st.integers(1, 10**7))
def test_optimiser_matches_exact_method_and_policy(m: tariff_lp.YearModel, raise_by: int) -> None:
    b = m.bounds()
    exact = clamp.exact_tariff(b)
    if exact is None:
        assert not b.feasible()
        return
    solver = tariff_lp.make_solver("highs")
    tau, cents, _, _ = solve_year(m, "tariff_ratios", solver)
    expected = clamp.to_cents(clamp.amounts(b, exact), m.pool)
    assert cents == expected  # the optimiser's plan is the clamp, to the cent
    assert sum(cents) == m.pool  # the pool is spent exactly
    for c, f, cap in zip(cents, m.floors, m.caps, strict=True):
        assert c >= f  # every floor holds
        assert cap is None or c <= cap  # every cap holds
    # HiGHS and CBC agree
    _, cbc, _, _ = solve_year(m, "tariff_ratios", tariff_lp.make_solver("cbc"))
    assert cbc == cents
    # raising the pool never lowers any unit's allocation (exact amounts)
    bigger = clamp.Bounds(b.weights, b.floors, b.caps, b.pool + raise_by)
    if bigger.feasible():
        t2 = clamp.exact_tariff(bigger)
        assert t2 is not None and t2 >= exact
        for low, high in zip(clamp.amounts(b, exact), clamp.amounts(bigger, t2), strict=True):
            assert high >= low
    assert tau == exact or clamp.total_at(b, tau) == m.pool


def test_closest_to_weights_hand_case(tmp_path: Path) -> None:
    # The four units above with floors 47,500 and caps 55,000: the target amounts are the pool
    # 200,000 shared by weighted students (100, 100, 300, 150 of 650): 30,769.23, 30,769.23,
    # 92,307.69, 46,153.85. A and B must rise to their floors (+54.4%), C must fall to its cap
    # (-40.4%); the smallest largest deviation is therefore 54.4%, and within that band the
    # tariff ratios give the same plan as the clamp: 47,500 / 47,500 / 55,000 / 50,000.
    got = _allocations(
        tmp_path, FOUR, 'max_loss_pct = 5\nmax_gain_pct = 10\nobjective = "closest_to_weights"\n'
    )
    assert got == {"A": 4_750_000, "B": 4_750_000, "C": 5_500_000, "D": 5_000_000}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(m=year_models())
def test_closest_to_weights_equals_tariff_ratios(m: tariff_lp.YearModel) -> None:
    """Two formulations, one policy: the lexicographically smallest relative deviation from
    the target amounts is the clamp of base tariff × weight (docs/scenarios.md)."""
    if not m.bounds().feasible():
        return
    solver = tariff_lp.make_solver("highs")
    _, ratios, _, _ = solve_year(m, "tariff_ratios", solver)
    _, closest, _, _ = solve_year(m, "closest_to_weights", solver)
    # the same plan to the cent: the band is computed exactly around the exact targets
    assert sum(closest) == m.pool
    assert closest == ratios


# --- every objective exact on every valid input ------------------------------------------------

OBJECTIVES = ("tariff_ratios", "min_max_change", "closest_to_weights")


def test_closest_to_weights_when_rounded_targets_miss_the_pool(tmp_path: Path) -> None:
    # Three equal units, no floors or caps, a pool of EUR 100,000.00: each target is
    # 3,333,333.33... cents. Rounded half-up one by one they add up to 9,999,999, one cent short
    # of the pool, and a band of width 0 around them held no allocation that spends the pool
    # (exit 4 before). Exact targets give the band 3,333,333..3,333,334 and the tariff ratios
    # within it the largest-remainder split: the first unit gets the extra cent.
    units = [("A", "laag", 100), ("B", "laag", 100), ("C", "laag", 100)]
    got = _allocations(
        tmp_path,
        units,
        'objective = "closest_to_weights"\npool = "amount"\npool_amount = { all = 100000 }\n',
    )
    assert got == {"A": 3_333_334, "B": 3_333_333, "C": 3_333_333}


@st.composite
def hard_year_models(draw: st.DrawFn) -> tariff_lp.YearModel:
    """Random universities as they break methods: zero weights, a floor equal to the pool,
    no limits at all, pools up to EUR 10^9 with cents."""
    n = draw(st.integers(1, 10))
    weights = [
        Fraction(draw(st.one_of(st.just(0), st.integers(1, 60_000))))
        * Fraction(draw(st.sampled_from([2, 3, 6])), 2)
        for _ in range(n)
    ]
    baseline = [draw(st.integers(0, 10**11 // n)) for _ in range(n)]
    loss = draw(st.one_of(st.none(), st.integers(0, 40)))
    gain = draw(st.one_of(st.none(), st.integers(0, 60)))
    floors = [0 if loss is None else int(b * (100 - loss) // 100) for b in baseline]
    caps: list[int | None] = [None if gain is None else b * (100 + gain) // 100 for b in baseline]
    pool = int(sum(baseline) * Fraction(draw(st.integers(50, 150)), 100)) + draw(st.integers(0, 99))
    if draw(st.booleans()):  # one unit's floor is the whole pool
        k = draw(st.integers(0, n - 1))
        floors = [pool if i == k else 0 for i in range(n)]
        caps = [None] * n
    return tariff_lp.YearModel(
        YEAR,
        [f"U{i}" for i in range(n)],
        weights,
        floors,
        caps,
        pool,
        baseline,
        ["floor"] * n,
        ["cap"] * n,
    )


def _feasible_at(m: tariff_lp.YearModel, reference: list[Fraction], z: Fraction) -> bool:
    """Oracle, written out: does some allocation within reference × (1 ± z), the floors and the
    caps spend the pool? (A unit without weighted students gets only its floor.)"""
    low = high = Fraction(0)
    unbounded = False
    for w, r, f, c in zip(m.weights, reference, m.floors, m.caps, strict=True):
        top = f if w == 0 else c
        lo = max(Fraction(f), r * (1 - z)) if r > 0 else Fraction(f)
        hi = (r * (1 + z) if top is None else min(Fraction(top), r * (1 + z))) if r > 0 else top
        if hi is not None and lo > hi:
            return False
        low += lo
        if hi is None:
            unbounded = True
        else:
            high += hi
    return low <= m.pool and (unbounded or high >= m.pool)


@settings(
    max_examples=int(os.environ.get("QA_BUDGET_PROPERTY_EXAMPLES", 60)),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(m=hard_year_models())
def test_every_objective_is_exact_on_valid_inputs(m: tariff_lp.YearModel) -> None:
    if not m.bounds().feasible():
        return  # explained as infeasible before any objective runs (tests above)
    solver = tariff_lp.make_solver("highs")
    plans = {}
    for objective in OBJECTIVES:
        cents = solve_year(m, objective, solver)[1]  # never raises on a feasible year
        assert sum(cents) == m.pool  # the pool is spent to the cent
        for c, f, cap in zip(cents, m.floors, m.caps, strict=True):
            assert c >= f and (cap is None or c <= cap)
        plans[objective] = cents
    # one policy, two formulations: equal to the cent now that the band is exact
    assert plans["closest_to_weights"] == plans["tariff_ratios"]
    # min_max_change: nobody moves more than the smallest possible z (plus the cent of
    # rounding the band outwards), and no smaller z would do
    ref = [Fraction(b) for b in m.baseline]
    z = band.smallest_change(
        ref,
        m.floors,
        [f if w == 0 else c for w, f, c in zip(m.weights, m.floors, m.caps, strict=True)],
        m.pool,
    )
    assert z is not None and _feasible_at(m, ref, z)
    if z > 0:
        assert not _feasible_at(m, ref, z * (1 - Fraction(1, 10**9)))
    for c, b in zip(plans["min_max_change"], m.baseline, strict=True):
        if b > 0:
            assert abs(c - b) <= z * b + 1


def test_the_optimiser_finds_the_exact_band_width() -> None:
    # Four units of weight 1, baseline 100 each (cents), pool 480: everybody can gain 20%, so
    # z = 1/5 exactly; the LP agrees to its tolerance.
    m = tariff_lp.YearModel(
        YEAR,
        list("ABCD"),
        [Fraction(1)] * 4,
        [0] * 4,
        [None] * 4,
        480,
        [100] * 4,
        ["floor"] * 4,
        ["cap"] * 4,
    )
    ref = [Fraction(100)] * 4
    assert band.smallest_change(ref, m.floors, m.caps, m.pool) == Fraction(1, 5)
    z_lp, _ = tariff_lp.solve_min_max_change(m, ref, tariff_lp.make_solver("highs"))
    assert abs(z_lp - 0.2) < 1e-7


@settings(max_examples=200, deadline=None)
@given(
    weights=st.lists(st.fractions(0, 5000, max_denominator=12), min_size=1, max_size=12),
    data=st.data(),
)
def test_integer_cents_equal_the_rational_rounding(
    weights: list[Fraction], data: st.DataObject
) -> None:
    """cents_at (integers over one denominator) == to_cents(amounts) (Fractions), at any τ,
    with any floors and caps, for every pool within one cent per unit of the rounded-down sum (so
    a shortfall and a surplus are both rounded) and the same refusal one cent further."""
    n = len(weights)
    floors = data.draw(st.lists(st.integers(0, 10**6), min_size=n, max_size=n))
    caps = [
        None if extra is None else f + extra
        for f, extra in zip(
            floors,
            data.draw(
                st.lists(st.one_of(st.none(), st.integers(0, 10**6)), min_size=n, max_size=n)
            ),
            strict=True,
        )
    ]
    tau = data.draw(st.fractions(0, 10**4, max_denominator=10**6))
    exact = clamp.amounts(clamp.Bounds(weights, floors, caps, 0), tau)
    # the pool is drawn around the sum of the rounded-down amounts: within n cents of it both
    # roundings hand out or take back whole cents; one cent further both refuse alike
    offset = data.draw(st.integers(-n - 1, n + 1))
    pool = sum(x.numerator // x.denominator for x in exact) + offset
    b = clamp.Bounds(weights, floors, caps, pool)
    if abs(offset) > n:
        with pytest.raises(ValueError, match="too far from the exact sum"):
            clamp.cents_at(b, tau)
        with pytest.raises(ValueError, match="too far from the exact sum"):
            clamp.to_cents(exact, pool)
    else:
        assert clamp.cents_at(b, tau) == clamp.to_cents(exact, pool)
    assert clamp.spends_pool(b, tau) == (clamp.total_at(b, tau) == pool)


@settings(max_examples=200, deadline=None)
@given(
    base=st.lists(st.integers(0, 10**9), min_size=1, max_size=10),
    loss_pct=st.one_of(st.none(), st.decimals(0, 100, places=3)),
    gain_pct=st.one_of(st.none(), st.decimals(0, 100, places=3)),
    loss_eur=st.one_of(st.none(), st.decimals(0, 10**6, places=2)),
    gain_eur=st.one_of(st.none(), st.decimals(0, 10**6, places=2)),
    yearly_pct=st.one_of(st.none(), st.decimals(0, 50, places=2)),
    data=st.data(),
)
def test_effective_limits_in_integers_equal_the_limit_records(
    base: list[int],
    loss_pct: Any,
    gain_pct: Any,
    loss_eur: Any,
    gain_eur: Any,
    yearly_pct: Any,
    data: st.DataObject,
) -> None:
    """The floors and caps worked out in integers are those of the Limit records (which stay
    the source for explaining an infeasible year): same cents, same family per bound."""
    from qa_budget.keys.tariff.limits import Rates, effective

    n = len(base)
    previous = data.draw(
        st.one_of(st.none(), st.lists(st.integers(0, 10**9), min_size=n, max_size=n))
    )
    rates = Rates(loss_pct, gain_pct, loss_eur, gain_eur, yearly_pct)
    records = [
        lim
        for i in range(n)
        for lim in rates.limits(i, base[i], None if previous is None else previous[i])
    ]
    assert rates.effective(base, previous) == effective(n, records)


def test_infeasible_yearly_limit_advised_for_every_year(example: Path, tmp_path: Path) -> None:
    # tariff-tiers with at most 1% change from one year to the next fails in 2023; the yearly
    # limit carries over, so a limit that only mends 2023 may break 2024. The advice is the
    # limit that makes the whole run 2022-2024 feasible: with it the run succeeds.
    folder = tmp_path / "scenarios"
    shutil.copytree(ROOT / "scenarios", folder)
    tight = folder / "yearly.toml"
    tight.write_text('name = "yearly"\nbase = "tariff-tiers"\n\n[key]\nmax_yearly_change_pct = 1\n')
    failed = cli("run", tight, "--inputs", example, "--out", tmp_path / "o", "--lang", "en")
    assert failed.code == 3, failed.text
    advice = re.search(
        r"Feasible alternatives, computed for every year 2022-2024: a yearly change limit of "
        r"(\d+\.\d\d)%\.",
        failed.err,
    )
    assert advice is not None, failed.err
    assert "the limits on the change from one year to the next allow at most" in failed.err
    tight.write_text(tight.read_text().replace("= 1\n", f"= {advice.group(1)}\n"))
    again = cli("run", tight, "--inputs", example, "--out", tmp_path / "o", "--no-faculty")
    assert again.code == 0, again.text


def test_infeasible_run_of_two_years_still_offers_the_years_own_pool(tmp_path: Path) -> None:
    # The caps case of test_infeasible_caps_explained in 2030 and 2031: 4 x 52,500 = 210,000
    # allowed, 220,000 to hand out, each year. A maximum gain of 10% mends both years (checked
    # for both); the pool of 210,000 is 2030's own amount: offered as that, not left out (a run
    # of one year offered it, a run of two did not)
    data = _data(FOUR)
    data["years"] = [2030, 2031]
    data["students"] += [[code, 2031, tier, n] for code, tier, n in FOUR]
    data["funds"] += [[2031, 10**9, 10**9]]
    for plan in data["plans"].values():
        plan["Maatregel"]["y"][2031] = 100
    write(tmp_path / "in", data)
    scenario = _scenario(
        tmp_path, 'max_gain_pct = 5\npool = "amount"\npool_amount = { all = 220000 }\n'
    )
    for path in (scenario, tmp_path / "base.toml"):
        path.write_text(path.read_text().replace("years = [2030]", "years = [2030, 2031]"))
    result = _run_in_english(scenario, tmp_path)
    assert result.code == 3, result.text
    assert (
        "Feasible alternatives, computed for every year 2030-2031: a maximum gain of 10.00%. "
        "For 2030 itself also feasible: a pool of EUR 210,000.00 (an amount of that year; the "
        "later years were not computed with it)."
    ) in result.err
