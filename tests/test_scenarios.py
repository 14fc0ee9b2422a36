"""Shipped scenarios, inheritance, revenue what-ifs and the oploop, on the bundled example."""

from __future__ import annotations

import json
import shutil
from fractions import Fraction
from pathlib import Path

import polars as pl
import pytest

from qa_budget.scenario import load_scenario
from tests.builders import compute_file as compute
from tests.builders import write
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


def _oploop(folder: Path, body: str) -> Path:
    """An oploop scenario on top of the shipped uniform-500, in a folder of its own."""
    shutil.copy(ROOT / "scenarios" / "uniform-500.toml", folder / "uniform-500.toml")
    path = folder / "op.toml"
    path.write_text('name = "op"\nbase = "uniform-500"\n[oploop]\n' + body)
    return path


def test_oploop_total_keeps_the_ratio_to_the_cent(example: Path, tmp_path: Path) -> None:
    result = compute(_oploop(tmp_path, 'part = "total"\nreference_year = 2024\n'), example)
    rec = result.reconciliation
    ref = compute(ROOT / "scenarios" / "uniform-500.toml", example).reconciliation.year(2024)
    # 2024 is the reference year: units 15,835,000, central 1,523,000 (ratio 15,835 : 1,523).
    for f in rec.years:
        assert f.still_to_allocate == 0  # share 100% of the total: everything handed out
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


def test_shipped_oploop_hands_out_exactly_the_room_in_the_kadernota(example: Path) -> None:
    # part = "kadernota", share 100: exactly kadernota minus allocated is handed out, so still
    # to allocate becomes exactly rijksbijdrage minus kadernota (631 / 666 / 751 k EUR, the
    # first part of the published decomposition) where that room is positive.
    before = compute(ROOT / "scenarios" / "uniform-500.toml", example).reconciliation
    result = compute(ROOT / "scenarios" / "oploop.toml", example)
    for f, b in zip(result.reconciliation.years, before.years, strict=True):
        d = result.allocation.oploop[f.year]
        room = b.kadernota - b.allocated
        assert d["base"] == room
        assert d["handed_out"] == max(0, room) == d["units"] + d["central"]
        assert f.allocated - b.allocated == d["handed_out"]  # what is said is what was given
        if room > 0:
            assert f.still_to_allocate == f.rijksbijdrage - f.kadernota
    # 2022: allocated 16,630,200 exceeds the kadernota 16,628,000, so nothing is handed out.
    assert result.allocation.oploop[2022]["handed_out"] == 0
    # 2024 by hand: kadernota 19,817,000 kept in the ratio of 2024 (15,835,000 : 1,523,000):
    # units 19,817,000 x 15,835,000 / 17,358,000 = 18,078,246.0537 -> 18,078,246.05.
    assert result.reconciliation.year(2024).unit_allocations == 1_807_824_605
    assert result.reconciliation.year(2024).still_to_allocate == 75_100_000


def test_oploop_part_rijksbijdrage_and_a_share(example: Path, tmp_path: Path) -> None:
    # 50% of rijksbijdrage minus kadernota in 2024: 751,000 / 2 = 375,500 handed out.
    result = compute(_oploop(tmp_path, 'part = "rijksbijdrage"\nshare_pct = 50\n'), example)
    d = result.allocation.oploop[2024]
    assert d["base"] == 75_100_000 and d["handed_out"] == 37_550_000
    assert d["units"] + d["central"] == 37_550_000


def test_oploop_in_a_year_without_students_hands_out_nothing(tmp_path: Path) -> None:
    # Every unit has 0 EEA students in 2030 and no central line is charged: there is no
    # allocation to spread the units' part over, so nothing is handed out and the note says why
    # (before: "EUR 100,000.00 handed out; units EUR 100,000.00" while no unit got a cent).
    data = {
        "years": [2030],
        "units": [["A", "Eenheid A", None, "faculteit"], ["B", "Eenheid B", None, "faculteit"]],
        "students": [["A", 2030, None, 0], ["B", 2030, None, 0]],
        "funds": [[2030, 10_000_000, 10_000_000]],
        "central": [],
        "plans": {u: {"Maatregel": {"theme": 1, "y": {2030: 100}}} for u in "AB"},
    }
    write(tmp_path / "in", data)
    scenario = tmp_path / "o.toml"
    scenario.write_text(
        'name = "o"\nyears = [2030]\n[key]\nkind = "uniform"\namount_per_student = 500\n'
        "[checks]\nallow_unfunded_plans = true\n[oploop]\nshare_pct = 100\n"
    )
    result = compute(scenario, tmp_path / "in")
    d = result.allocation.oploop[2030]
    assert (d["handed_out"], d["units"], d["central"]) == (0, 0, 0)
    f = result.reconciliation.year(2030)
    assert f.unit_allocations == 0 and f.still_to_allocate == 10_000_000
    note = next(str(n) for n in result.notes if str(n).startswith("oploop 2030"))
    assert "nothing handed out" in note and "no EEA students" in note


def test_tariff_scenario_on_the_example_keeps_floors_and_pool(example: Path) -> None:
    result = compute(ROOT / "scenarios" / "tariff-tiers.toml", example)
    units = result.allocation.units
    for year in (2022, 2023, 2024):
        rows = units.filter(pl.col("year") == year)
        assert int(rows["allocation"].sum()) == int(rows["baseline"].sum())  # pool = baseline
        for r in rows.iter_rows(named=True):
            assert r["allocation"] * 100 >= r["baseline"] * 95  # nobody loses more than 5%


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "nl",
            "  sleutel 'key.baseline': geen scenario 'uniform-600'; gezocht naar uniform-600.toml "
            "in de map {folder} (de map van dit scenario); daar staan: uniform-500",
        ),
        (
            "en",
            "  key 'key.baseline': no scenario 'uniform-600'; looked for uniform-600.toml in the "
            "folder {folder} (this scenario's folder); the scenarios there: uniform-500",
        ),
    ],
)
def test_a_missing_baseline_is_told_at_the_key_that_names_it(
    example: Path, tmp_path: Path, lang: str, expected: str
) -> None:
    folder = tmp_path / "sc"
    folder.mkdir()
    shutil.copy(ROOT / "scenarios" / "uniform-500.toml", folder)
    (folder / "nb.toml").write_text(
        'name = "nb"\nyears = [2022, 2023, 2024]\n[key]\nkind = "tariff"\n'
        'weights = { laag = 1, hoog = 1.5, top = 3 }\nbaseline = "uniform-600"\n'
    )
    result = cli(
        "run", folder / "nb.toml", "--inputs", example, "--out", tmp_path / "out", "--lang", lang
    )
    assert result.code == 1
    assert result.err.splitlines() == [
        f"Scenario {folder / 'nb.toml'}:",
        expected.format(folder=folder),
    ]
    assert not (tmp_path / "out").exists()
    # alone in its folder, the scenario says that no other is there
    (folder / "uniform-500.toml").unlink()
    alone = cli("run", folder / "nb.toml", "--inputs", example, "--out", tmp_path / "out")
    assert alone.code == 1
    assert "(de map van dit scenario); daar staat geen enkel scenario" in alone.err
