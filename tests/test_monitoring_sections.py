"""Faculty-board and council workbooks gain a monitoring section once a realised report exists."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.conftest import ROOT, SCENARIO, cli


def test_sections_appear_with_a_realised_report(example: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert cli("run", SCENARIO, "--inputs", example, "--out", out).code == 0
    wb = openpyxl.load_workbook(out / "uniform-500" / "faculty" / "FGW.xlsx", data_only=True)
    assert wb.sheetnames[-2:] == ["Monitoring", "Indicatoren"]
    rows = {r[1]: r for r in wb["Monitoring"].iter_rows(min_row=5, values_only=True) if r[0]}
    assert {1, 2, 3, 4, 5} <= set(rows) <= {1, 2, 3, 4, 5, 6}
    assert all(r[0] == "FGW" for r in rows.values())
    # FGW theme 3 in the example's 2021 September report: flagged as overspending, with the
    # unit's explanation (docs/example.md, monitoring section)
    assert rows[3][10] == "overbesteding" and rows[3][12]
    assert rows[3][11] == "gerapporteerd (september)"
    sheet = wb["Monitoring"]
    # the example monitors 2021 (the latest year with a report), as of the September report
    assert sheet["A1"].value == "Monitoring 2021: begroting tegen realisatie"
    assert str(sheet["A2"].value).startswith("Stand: september (uitgaven januari-augustus).")
    # percentages as percentages: theme 3 forecast 474,380.78 of budget 419,806.00 = 113.0%
    assert sheet["J7"].number_format.endswith("%") and sheet["J7"].value == pytest.approx(
        474_380.78 / 419_806.00
    )
    assert sheet.row_dimensions[4].height >= 30  # the two-line header has room of its own
    tariff = ROOT / "scenarios" / "tariff-tiers.toml"
    assert cli("compare", SCENARIO, tariff, "--inputs", example, "--out", out).code == 0
    pack = openpyxl.load_workbook(out / "comparison" / "uniform-500--tariff-tiers.xlsx")
    units = {r[0] for r in pack["Monitoring"].iter_rows(min_row=5, values_only=True) if r[0]}
    assert {"FGW", "LUMC", "ICLON"} <= units


def test_no_section_without_a_realised_report(example: Path, tmp_path: Path) -> None:
    (example / "realised.xlsx").unlink()
    out = tmp_path / "out"
    assert cli("run", SCENARIO, "--inputs", example, "--out", out).code == 0
    wb = openpyxl.load_workbook(out / "uniform-500" / "faculty" / "FGW.xlsx")
    assert "Monitoring" not in wb.sheetnames
