"""Inputs and scenarios that are allowed, or nearly so, but that a finance officer must hear
about: a units.xlsx without units, a plan without measures, a scenario that hands out more
than the revenue. Each is said on the command line (and where it matters in the overview)."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl

from tests.conftest import ROOT, SCENARIO, cli

WHAT_IF = ROOT / "scenarios" / "uniform-550.toml"


def test_units_xlsx_without_units_is_an_error(tmp_path: Path) -> None:
    # the empty templates with one year of funds: before, validate said OK and a run wrote a
    # budget of EUR 0 in which every identity held
    folder = tmp_path / "inputs"
    assert cli("init", folder).code == 0
    wb = openpyxl.load_workbook(folder / "funds.xlsx")
    wb["Middelen"].append([2025, 100000, 110000])
    wb.save(folder / "funds.xlsx")
    result = cli("validate", "--inputs", folder, "--lang", "en")
    assert result.code == 1
    assert "units.xlsx › Sheet 'Eenheden' › A2 | units.xlsx names no unit at all" in result.text


def test_a_plan_without_measures_is_said(example: Path) -> None:
    # ICLON's plan emptied: its planned spending counts as 0, so it plans 100% less than its
    # allocation in every year (2022-2024; the example's ICLON has 100 EEA students: EUR 50,000
    # a year under EUR 500 per student, funds.xlsx/students.xlsx of the example)
    path = example / "plans" / "ICLON.xlsx"
    wb = openpyxl.load_workbook(path)
    ws = wb["Maatregelen"]
    ws.delete_rows(2, ws.max_row)
    wb.save(path)
    result = cli("validate", "--inputs", example, "--scenario", SCENARIO, "--lang", "en")
    assert result.code == 0, result.text
    assert (
        "plans/ICLON.xlsx › Sheet 'Maatregelen' › A2 | the plan of ICLON holds no measure at all"
        in result.err
    )
    less = [x for x in result.err.splitlines() if "ICLON plans EUR 0.00 in" in x]
    assert len(less) == 3, result.err
    assert all("(100%) less than its allocation" in x for x in less)


def test_a_scenario_that_hands_out_more_than_the_revenue_says_so(
    example: Path, tmp_path: Path
) -> None:
    # uniform EUR 550 per student: still to allocate is negative in two years of the example
    # (the council pack says the same); the run warns per year and the overview says it under
    # the still-to-allocate table
    out = tmp_path / "out"
    result = cli("run", WHAT_IF, "--inputs", example, "--out", out, "--lang", "en")
    assert result.code == 0, result.text
    warned = [x for x in result.err.splitlines() if "more than the revenue per" in x]
    wb = openpyxl.load_workbook(out / "uniform-550" / "overview.xlsx", data_only=True)
    ws = wb["Overview"]
    rows = list(ws.iter_rows(values_only=True))
    at = next(i for i, r in enumerate(rows) if r[1] == "Still to allocate (amounts in k EUR)")
    years = [int(y) for y in rows[at + 1][2:] if y]
    still = rows[at + 7][2 : 2 + len(years)]  # the block's last line: still to allocate
    negative = [y for y, v in zip(years, still, strict=True) if v < 0]
    assert negative and len(warned) == len(negative), (negative, result.err)
    for year in negative:
        assert any(f" in {year}, EUR " in x for x in warned), warned
    note = rows[at + 8][0]
    assert note.startswith("Note: in ") and "more than the revenue" in note
    # the adopted scenario hands out less than the revenue: no such warning, no note
    plain = cli("run", SCENARIO, "--inputs", example, "--out", out, "--lang", "en")
    assert plain.code == 0 and "more than the revenue" not in plain.err


def test_an_empty_reference_template_is_left_out_and_said(example: Path, tmp_path: Path) -> None:
    # reference.xlsx as `init` writes it (the sheets without figures): there is nothing to
    # compare, so the run says so and the overview has no Published sheet of nothing (it said
    # '0 figures differ' and wrote an empty one)
    blank = tmp_path / "blank"
    assert cli("init", blank).code == 0
    shutil.copy(blank / "reference.xlsx", example / "reference.xlsx")
    out = tmp_path / "out"
    result = cli("run", SCENARIO, "--inputs", example, "--out", out, "--lang", "en")
    assert result.code == 0, result.text
    assert "reference.xlsx | reference.xlsx holds no published figure at all" in result.err
    assert "figure(s) differ" not in result.out
    sheets = openpyxl.load_workbook(out / "uniform-500" / "overview.xlsx").sheetnames
    assert "Published" not in sheets and "Checks" in sheets
