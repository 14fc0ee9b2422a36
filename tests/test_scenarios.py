"""Shipped scenarios, inheritance, revenue what-ifs and the oploop, on the bundled example."""

from __future__ import annotations

import json
from fractions import Fraction
from pathlib import Path

import polars as pl
import pytest

from qa_budget.pipeline import compute
from qa_budget.scenario import load_scenario
from tests.conftest import ROOT, cli

SHIPPED = sorted((ROOT / "scenarios").glob("*.toml"))


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_every_shipped_scenario_runs_on_the_example(
    path: Path, example: Path, tmp_path: Path
) -> None:
    result = cli("run", path, "--inputs", example, "--out", tmp_path)
    assert result.code == 0, result.text
    record = json.loads((tmp_path / path.stem / "run.json").read_text())
    assert record["checks_passed"] is True


def test_base_scenario_overrides_are_logged(tmp_path: Path) -> None:
    (tmp_path / "a.toml").write_text(
        'name = "a"\ntitle = "A"\nyears = [2022, 2023]\n'
        '[key]\nkind = "uniform"\namount_per_student = 500\n'
        "[checks]\nplan_deviation_pct = 10\n"
    )
    (tmp_path / "b.toml").write_text('base = "a"\n[key]\namount_per_student = 550\n')
    b = load_scenario(tmp_path / "b.toml")
    assert b.name == "b" and b.title == ""  # identity is not inherited
    assert b.years == [2022, 2023]
    assert b.key.kind == "uniform" and b.key.amount_cents == 55_000
    assert b.overrides == ["key.amount_per_student: 500 -> 550"]
    (tmp_path / "c.toml").write_text('base = "c"\n')
    with pytest.raises(Exception, match="circle"):
        load_scenario(tmp_path / "c.toml")


def test_revenue_what_if(example: Path) -> None:
    # +3% on the 2024 rijksbijdrage of EUR 20,568,000.00 is EUR 21,185,040.00: still to
    # allocate rises by exactly EUR 617,040.00 (3,210,000 -> 3,827,040); nothing else moves.
    base = compute(ROOT / "scenarios" / "uniform-500.toml", example)
    what_if = compute(ROOT / "scenarios" / "revenue-plus-3pct.toml", example)
    b, w = base.reconciliation.year(2024), what_if.reconciliation.year(2024)
    assert w.rijksbijdrage == 2_118_504_000
    assert w.still_to_allocate - b.still_to_allocate == 61_704_000
    assert w.allocated == b.allocated and w.spending == b.spending


def test_oploop_keeps_the_ratio_to_the_cent(example: Path) -> None:
    result = compute(ROOT / "scenarios" / "oploop.toml", example)
    rec = result.reconciliation
    ref = compute(ROOT / "scenarios" / "uniform-500.toml", example).reconciliation.year(2024)
    # 2024 is the reference year: units 15,835,000, central 1,523,000 (ratio 15,835 : 1,523).
    for f in rec.years:
        assert f.still_to_allocate == 0  # share 100%: everything handed out
        exact_units = Fraction(
            f.allocated * ref.unit_allocations, ref.unit_allocations + ref.central_charged
        )
        assert abs(f.unit_allocations - exact_units) <= Fraction(1, 2)  # to the cent
    # 2024 by hand: allocated 17,358,000 + still to allocate 3,210,000 = 20,568,000; units
    # 20,568,000 x 15,835,000 / 17,358,000 = 18,763,352.92 (rounded to the cent), central
    # 1,804,647.08. Extra: units 2,928,352.92, central 281,647.08.
    f = rec.year(2024)
    assert f.unit_allocations == 1_876_335_292
    assert f.central_charged == 180_464_708
    d = result.allocation.oploop[2024]
    assert (d["units"], d["central"]) == (292_835_292, 28_164_708)
    # the central extra follows the central lines: themes 3 and 4 only
    extra = result.inputs.central.filter(pl.col("line").str.ends_with("(oploop)"))
    assert set(extra["theme"].to_list()) == {3, 4}
    # implied amount per EEA student: 18,763,352.92 / 31,670 students
    assert d["per_student"] == Fraction(1_876_335_292, 31_670) / 100


def test_tariff_scenario_on_the_example_keeps_floors_and_pool(example: Path) -> None:
    result = compute(ROOT / "scenarios" / "tariff-tiers.toml", example)
    units = result.allocation.units
    for year in (2022, 2023, 2024):
        rows = units.filter(pl.col("year") == year)
        assert int(rows["allocation"].sum()) == int(rows["baseline"].sum())  # pool = baseline
        for r in rows.iter_rows(named=True):
            assert r["allocation"] * 100 >= r["baseline"] * 95  # nobody loses more than 5%
