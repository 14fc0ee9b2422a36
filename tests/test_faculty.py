"""The faculty-board workbooks: one per unit, its allocation against its plan, flagged; its plan
by theme against the university; its measures; ready to print and protected."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from qa_budget.example import load_table
from qa_budget.report.common.page import inputs_fingerprint
from qa_budget.report.faculty.book import write_faculty
from tests.builders import compute_file as compute
from tests.conftest import ROOT, SCENARIO, Demo, cli
from tests.workbooks import SKIM, TOP_UP, find_row, values, with_tariff_columns

UNITS = ("ARCH", "FGW", "FGGA", "FdR", "FSW", "FWN", "LUMC", "ICLON")
SHEETS = {
    "nl": ["Toewijzing en plan", "Plan per thema", "Planversies", "Maatregelen", "Toelichting"],
    "en": ["Allocation and plan", "Plan by theme", "Plan versions", "Measures", "About"],
}


def _students(unit: str, year: int) -> int:
    return sum(
        int(r["count"])
        for r in load_table("students")
        if (r["unit"], r["year"])
        == (
            unit,
            str(year),
        )
    )


def _planned(unit: str, year: int) -> Decimal:
    return sum(
        (
            Decimal(m["amount"])
            for m in load_table("measures")
            if (m["unit"], m["year"])
            == (
                unit,
                str(year),
            )
        ),
        Decimal(0),
    )


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_one_workbook_per_unit(demo: Demo, lang: str) -> None:
    folder = demo.run(lang) / "faculty"
    assert sorted(p.stem for p in folder.glob("*.xlsx")) == sorted(UNITS)
    for unit in UNITS:
        assert openpyxl.load_workbook(folder / f"{unit}.xlsx").sheetnames == [
            *SHEETS[lang],
            "Monitoring",
            {"nl": "Indicatoren", "en": "Indicators"}[lang],
        ]  # the example has a realised report and indicators
    record = json.loads((demo.run(lang) / "run.json").read_text())
    assert {f"faculty/{u}.xlsx" for u in UNITS} <= set(record["outputs_sha256"])


def test_allocation_against_plan(demo: Demo) -> None:
    rows = values(demo.run() / "faculty" / "ARCH.xlsx", "Toewijzing en plan")
    assert rows[0][0] == "ARCH — Faculteit Archeologie"
    header = rows[5]
    assert header[1:5] == ("2022", "2023", "2024", "Totaal")
    assert str(rows[3][0]).startswith("Samengevat: over 2022-2024 krijgt ARCH EUR 905.000")
    students = find_row(rows, "EER-studenten")
    allocation = find_row(rows, "Toewijzing")
    planned = find_row(rows, "Gepland")
    diff = find_row(rows, "Plan min toewijzing")
    signal = find_row(rows, "Signaal: het verschil komt ...")
    for c, year in enumerate((2022, 2023, 2024), start=1):
        assert students[c] == _students("ARCH", year)
        assert allocation[c] == 500 * _students("ARCH", year)
        assert Decimal(str(planned[c])) == _planned("ARCH", year)
        assert diff[c] == pytest.approx(planned[c] - allocation[c])
        assert signal[c] == ("uit eigen reserves" if diff[c] > 0 else "blijft onbesteed")
    assert allocation[4] == sum(allocation[1:4])
    # no tariff columns under the uniform key
    assert not any(r[0] == "Formulebedrag (EUR)" for r in rows)


def test_plan_by_theme_against_university(demo: Demo) -> None:
    rows = values(demo.run() / "faculty" / "FGW.xlsx", "Plan per thema")
    block = rows.index(next(r for r in rows if r[1] == "2022"))
    themes = rows[block + 1 : block + 7]
    plan = [Decimal(str(r[2])) for r in themes]
    expected = [
        sum(
            (
                Decimal(m["amount"])
                for m in load_table("measures")
                if m["unit"] == "FGW" and m["year"] == "2022" and m["theme"] == str(t)
            ),
            Decimal(0),
        )
        for t in range(1, 7)
    ]
    assert plan == expected
    assert sum(r[3] for r in themes) == pytest.approx(1.0)
    # the university's 2022 split (brief: 48/18/10/16/8/0 of 16,790 k EUR)
    assert [round(100 * r[4]) for r in themes] == [48, 18, 10, 16, 8, 0]
    assert all(r[5] == pytest.approx(100 * (r[3] - r[4])) for r in themes)


def test_measures_as_submitted(demo: Demo) -> None:
    rows = values(demo.run() / "faculty" / "ICLON.xlsx", "Maatregelen")
    names = [r[0] for r in rows[4:] if r[0] and r[0] != "Totaal"]
    submitted = list(
        dict.fromkeys(m["measure"] for m in load_table("measures") if m["unit"] == "ICLON")
    )
    assert names == submitted


def test_ready_to_print_and_protected(demo: Demo) -> None:
    path = demo.run() / "faculty" / "FSW.xlsx"
    wb = openpyxl.load_workbook(path)
    fingerprint = inputs_fingerprint(
        json.loads((demo.run() / "run.json").read_text())["inputs_sha256"]
    )
    for ws in wb.worksheets:
        assert ws.protection.sheet, ws.title
        assert ws.page_setup.orientation == "landscape"
        assert ws.print_area, ws.title
        header, footer = ws.oddHeader.left.text, ws.oddFooter.left.text
        header = " ".join(header.split())  # a long header runs over two lines
        assert "FSW" in header and "Uniform EUR 500" in header
        assert "uniform-500" in footer and fingerprint[:16] in footer
        # no wall-clock date or time fields in headers and footers
        for part in (ws.oddHeader, ws.oddFooter):
            for side in (part.left, part.center, part.right):
                assert "&D" not in (side.text or "") and "&T" not in (side.text or "")


def test_tariff_columns_are_shown_when_present(example: Path, tmp_path: Path) -> None:
    result = with_tariff_columns(compute(SCENARIO, example))
    path = tmp_path / "FSW.xlsx"
    write_faculty(
        path,
        result.scenario,
        result.inputs,
        result.allocation,
        result.reconciliation,
        "FSW",
        "nl",
        inputs_fingerprint(result.hashes),
    )
    rows = values(path, "Toewijzing en plan")
    # two comparisons, each under its own label: against the same pool without floors and caps
    # (the test result's stand-in: the formula amounts), and against the baseline scenario
    free = find_row(rows, "Zonder vangnet en plafond (zelfde pot, zelfde sleutel)")
    effect = find_row(rows, "Effect van vangnet en plafond (+ krijgt erbij, − geeft op)")
    allocation = find_row(rows, "Toewijzing")
    baseline = find_row(rows, "Toewijzing in het basisscenario")
    change = find_row(rows, "Verschil met het basisscenario")
    for c in (1, 2, 3):
        assert effect[c] == SKIM["FSW"] / 100  # the cap takes EUR 35,000 a year from FSW
        assert allocation[c] == free[c] + effect[c]
        assert change[c] == pytest.approx(allocation[c] - baseline[c])
        # with_tariff_columns sets the baseline 500 cents a student below the allocation:
        # the change is EUR 5 per EEA student
        assert change[c] == 5 * find_row(rows, "EER-studenten")[c]
    assert effect[4] == 3 * SKIM["FSW"] / 100
    limits = [r[0] for r in rows if r[0]]
    at = limits.index("Vloer en plafond van de verdeelsleutel voor FSW:")
    assert limits[at + 1] == "plafond: bereikt in 2022-2024"
    assert "ICLON" in TOP_UP  # the floors are covered by the council test


def test_each_board_reads_what_floors_and_caps_did_for_its_own_unit(
    example: Path, tmp_path: Path
) -> None:
    # A unit's method page speaks of that unit: a unit at its floor gains from floors and caps,
    # a unit at its cap gives up, and the amount is its own row 'effect of floors and caps'
    # added up over the years (the pool is the same with and without them, so the other
    # units pay or receive it). A unit that reaches a limit in every year never reads that
    # its allocation follows the formula.
    tariff = ROOT / "scenarios" / "tariff-tiers-capped.toml"
    assert cli("run", tariff, "--inputs", example, "--out", tmp_path).code == 0
    seen = set()
    for path in sorted((tmp_path / "tariff-tiers-capped" / "faculty").glob("*.xlsx")):
        unit = path.stem
        rows = values(path, "Toewijzing en plan")
        effect = find_row(rows, "Effect van vangnet en plafond (+ krijgt erbij, − geeft op)")
        cents = sum(round(v * 100) for v in effect[1:4])
        method = {r[0]: r[1] for r in values(path, "Toelichting") if r[0]}
        said, limits = method["Vangnet en plafond"], method["Grenzen: waar bereikt"]
        amount = f"EUR {abs(cents) // 100:,}".replace(",", ".")
        amount += f",{abs(cents) % 100:02d}" if cents % 100 else ""
        if cents > 0:
            assert said.startswith(f"{unit} krijgt er door vangnet en plafond samen {amount} bij")
            seen.add("gain")
        elif cents < 0:
            assert said.startswith(f"{unit} geeft door vangnet en plafond samen {amount} op")
            seen.add("pay")
        else:
            assert said.startswith(f"geen effect voor {unit}")
        if "bereikt in 2022-2024" in limits:
            assert "volgt de toewijzing de formule" not in limits, limits
        else:
            assert "volgt de toewijzing de formule" in limits, limits
    assert seen == {"gain", "pay"}


def test_the_summary_sentence_adds_up_in_whole_euros() -> None:
    # allocated EUR 4,048,800.00, planned EUR 3,830,000.50: shown as 4.048.800 and 3.830.001
    # (halves up), and the difference as the one of the euros shown, 218.799 (it said 3.830.000
    # and 218.799: both cut, and not adding up)
    from qa_budget.report.faculty.allocation import _summary
    from qa_budget.texts import label

    said = _summary("REC", [2025, 2026], 404_880_000, 383_000_050, lambda k: label(k, "nl"), "nl")
    assert "krijgt REC EUR 4.048.800 toegewezen en plant het EUR 3.830.001 uit te geven" in said
    assert "Het verschil van EUR 218.799 (5,4% van de toewijzing) blijft onbesteed." in said
