"""Monitoring on a small university typed into the templates: the forecast computed by hand,
late and missing reports, signals, the B/R columns, and a broken realised.xlsx."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from qa_budget.inputs.contracts import REALISED, REALISED_REVENUE
from qa_budget.monitoring.units import forecast, signal
from qa_budget.output.atomic import OutputSet
from qa_budget.scenario import Monitoring
from qa_budget.templates import write_template
from tests import builders
from tests.conftest import SCENARIO as UNIFORM_500
from tests.conftest import cli

SCENARIO = 'name = "s"\nyears = [2025]\n[key]\nkind = "uniform"\namount_per_student = 500\n'

# 2025 is the scenario year; 2024 is an earlier year, budgeted from its plan column only.
DATA: dict[str, Any] = {
    "years": [2024, 2025],
    "units": [["A", "Alfa", None, "faculteit"], ["B", "Beta", None, "interfacultair"]],
    "students": [["A", 2025, None, 100], ["B", 2025, None, 50]],
    "funds": [[2024, 80_000_00, 90_000_00], [2025, 100_000_00, 110_000_00]],
    "central": [[4, "Docentontwikkeling", "Cursussen", 2025, 10_000_00, "kwaliteitsafspraken"]],
    "plans": {
        "A": {
            "Kleinschalig": {"theme": 1, "y": {2024: 30_000_00, 2025: 40_000_00}},
            "Mentoraat": {"theme": 3, "y": {2024: 0, 2025: 12_000_25}},
        },
        "B": {"Differentiatie": {"theme": 2, "y": {2024: 10_000_00, 2025: 24_000_00}}},
    },
}
REPORTS = [
    ["A", 2025, 1, "mei", "10000.01", None],
    ["A", 2025, 3, "mei", "3000", None],
    ["A", 2025, 1, "september", "25000.01", None],
    ["A", 2025, 3, "september", "9600.33", "extra mentoren"],
    ["B", 2025, 2, "mei", "5000", None],
    ["CENTRAAL", 2025, 4, "september", "4000", None],
    ["A", 2024, 1, "definitief", "28000.40", None],
]
REVENUE = [[2024, "95000"]]


def write_realised(folder: Path, rows: list[list[Any]], revenue: list[list[Any]]) -> None:
    money = [[Decimal(v) if i == 4 and v is not None else v for i, v in enumerate(r)] for r in rows]
    out = OutputSet(force=True)
    write_template(
        out,
        folder / "realised.xlsx",
        [REALISED, REALISED_REVENUE],
        {
            REALISED.sheet: money,
            REALISED_REVENUE.sheet: [[y, Decimal(a)] for y, a in revenue],
        },
        "r",
    )
    out.commit()


@pytest.fixture
def small(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "in"
    builders.write(folder, DATA)
    write_realised(folder, REPORTS, REVENUE)
    scenario = tmp_path / "s.toml"
    scenario.write_text(SCENARIO)
    return folder, scenario


def sheet_rows(path: Path, sheet: str, header_row: int = 4) -> list[dict[str, Any]]:
    ws = openpyxl.load_workbook(path, data_only=True)[sheet]
    rows = list(ws.iter_rows(min_row=header_row, values_only=True))
    header = rows[0]
    return [dict(zip(header, r, strict=False)) for r in rows[1:] if any(v is not None for v in r)]


def test_forecast_rule_by_hand() -> None:
    assert forecast(1_000_01, "mei") == 3_000_03  # × 12/4
    assert forecast(2_500_001, "september") == 3_750_002  # 37,500.015 -> 37,500.02 (half up)
    assert forecast(960_033, "september") == 1_440_050  # 14,400.495 -> 14,400.50
    assert forecast(123_45, "definitief") == 123_45


def test_signal_thresholds() -> None:
    t = Monitoring(underspend_pct=Decimal(10), overspend_pct=Decimal(5))
    assert signal(100_00, 90_00, t) == ""  # exactly 10% below: not more than 10%
    assert signal(100_00, 89_99, t) == "under"
    assert signal(100_00, 105_00, t) == ""
    assert signal(100_00, 105_01, t) == "over"
    assert signal(0, 1, t) == "over"  # spending without a budget
    assert signal(0, 0, t) == ""
    floor = Monitoring(min_difference_eur=Decimal(500))
    assert signal(1_000_00, 0, floor) == "under"
    assert signal(400_00, 0, floor) == ""  # less than EUR 500 difference


def test_monitor_by_hand(small: tuple[Path, Path], tmp_path: Path) -> None:
    folder, scenario = small
    result = cli("monitor", scenario, "--inputs", folder, "--out", tmp_path / "out")
    assert result.code == 0, result.text
    book = tmp_path / "out" / "s" / "monitoring.xlsx"
    assert str(book) in result.out
    lines = {(r["Eenheid"], r["Thema"]): r for r in sheet_rows(book, "Per eenheid")}
    # A reported in September (the latest moment anyone reported, so the one that is due):
    # theme 1: 25,000.01 × 12/8 = 37,500.015 -> 37,500.02; budget 40,000: 93.75%, no signal.
    a1 = lines[("A", 1)]
    assert a1["Gerealiseerd t/m rapportage (EUR)"] == 25000.01
    assert a1["Prognose jaar (EUR)"] == 37500.02
    assert a1["Verschil prognose − begroting (EUR)"] == pytest.approx(-2499.98)
    assert a1["Signaal"] == ""
    # theme 3: 9,600.33 × 1.5 = 14,400.495 -> 14,400.50 against 12,000.25: 120% -> over.
    a3 = lines[("A", 3)]
    assert a3["Prognose jaar (EUR)"] == 14400.50
    assert a3["Signaal"] == "overbesteding"
    assert a3["Toelichting"] == "extra mentoren"
    # B is late: its latest report is May, 5,000 × 12/4 = 15,000 against 24,000 -> under.
    b2 = lines[("B", 2)]
    assert b2["Rapportage"] == "mei" and b2["Status"] == "te laat (laatste: mei)"
    assert b2["Prognose jaar (EUR)"] == 15000
    assert b2["Signaal"] == "onderbesteding"
    # The central initiatives report under CENTRAAL: 4,000 × 1.5 = 6,000 against 10,000.
    c4 = lines[("CENTRAAL", 4)]
    assert c4["Prognose jaar (EUR)"] == 6000 and c4["Signaal"] == "onderbesteding"
    totals = sheet_rows(book, "Per eenheid")[-1]
    assert totals["Naam"] == "Totaal"
    assert totals["Begroting (EUR)"] == 86000.25  # 40,000 + 12,000.25 + 24,000 + 10,000
    assert totals["Prognose jaar (EUR)"] == pytest.approx(72900.52)  # 37,500.02 + 14,400.50 + ...
    themes = {r["Thema"]: r for r in sheet_rows(book, "Per thema")}
    assert themes[3]["Prognose jaar"] == 14400.50 and themes[3]["Signaal"] == "overbesteding"
    assert themes[2]["Signaal"] == "onderbesteding"
    assert "B: te laat, laatste rapportage mei" in result.out
    assert "A thema 3: overbesteding" in result.out
    checks = sheet_rows(book, "Controles")
    assert {r["Status"] for r in checks} == {"OK", "LET OP"}  # R2024 lacks B's final report
    assert [r["Controle"] for r in checks if r["Status"] == "LET OP"] == [
        "R2024: elke eenheid met een begroting heeft haar definitieve cijfers gerapporteerd"
    ]


def test_moment_mei_ignores_later_reports(small: tuple[Path, Path], tmp_path: Path) -> None:
    folder, scenario = small
    result = cli(
        "monitor", scenario, "--inputs", folder, "--out", tmp_path / "o", "--moment", "mei"
    )
    assert result.code == 0, result.text
    book = tmp_path / "o" / "s" / "monitoring.xlsx"
    lines = {(r["Eenheid"], r["Thema"]): r for r in sheet_rows(book, "Per eenheid")}
    assert lines[("A", 1)]["Prognose jaar (EUR)"] == 30000.03  # 10,000.01 × 3
    assert lines[("B", 2)]["Status"] == "gerapporteerd (mei)"
    # CENTRAAL reported only in September, so as of May it has no report: budget assumed.
    assert lines[("CENTRAAL", 4)]["Status"] == "ontbreekt"
    assert lines[("CENTRAAL", 4)]["Prognose jaar (EUR)"] == 10000
    assert "CENTRAAL: geen rapportage" in result.out


def test_missing_unit_and_signals_sheet(small: tuple[Path, Path], tmp_path: Path) -> None:
    folder, scenario = small
    rows = [r for r in REPORTS if r[0] != "B"]
    write_realised(folder, rows, REVENUE)
    assert cli("monitor", scenario, "--inputs", folder, "--out", tmp_path / "o").code == 0
    book = tmp_path / "o" / "s" / "monitoring.xlsx"
    status = {r["Eenheid"]: r for r in sheet_rows(book, "Rapportages")}
    assert status["B"]["Status"] == "ontbreekt" and status["B"]["mei"] == "–"
    assert status["A"]["september"] == pytest.approx(34600.34)  # 25,000.01 + 9,600.33
    ws = openpyxl.load_workbook(book, data_only=True)["Signalen"]
    matrix = {r[0]: r for r in ws.iter_rows(min_row=5, max_row=7, values_only=True)}
    assert matrix["A"][2] == "gerapporteerd (september)"
    assert matrix["A"][3] == 37500.02 / 40000  # theme 1, forecast in % of budget
    assert matrix["B"][2] == "ontbreekt" and matrix["B"][4] == "?"
    text = [str(c) for row in ws.iter_rows(values_only=True) for c in row if c]
    assert any("Beta: geen rapportage over 2025" in t for t in text)


def test_br_columns_of_an_earlier_year(small: tuple[Path, Path], tmp_path: Path) -> None:
    folder, scenario = small
    assert cli("monitor", scenario, "--inputs", folder, "--out", tmp_path / "o").code == 0
    book = tmp_path / "o" / "s" / "monitoring.xlsx"
    ws = openpyxl.load_workbook(book, data_only=True)["B-R in EUR"]
    header = [c.value for c in ws[4]]
    assert header[2:] == ["B2024", "R2024", "B2025"]
    rows = {r[1]: r[2:5] for r in ws.iter_rows(min_row=5, max_row=15, values_only=True)}
    # B2024 (no key): plans 30,000 + 10,000; result = rijksbijdrage 90,000 - 40,000.
    # R2024: A's final 28,000.40; result = realised 95,000 - 28,000.40; B has not reported.
    # B2025 (the run): 86,000.25 spending; still to allocate 110,000 - 75,000 - 10,000.
    assert rows["Totaal lasten"] == (40000, 28000.40, 86000.25)
    assert rows["Resultaat"] == (50000, pytest.approx(66999.60), pytest.approx(-1000.25))
    assert rows["Nog te alloceren"] == (None, None, 25000)
    assert rows["Baten conform rijksbijdrage"] == (90000, 95000, 110000)
    assert rows["Baten conform kadernota, middelen kwaliteitsafspraken (ex ante)"] == (
        80000,
        80000,
        100000,
    )
    keur = openpyxl.load_workbook(book, data_only=True)["B-R overzicht"]
    k = {r[1]: r[2:5] for r in keur.iter_rows(min_row=5, max_row=15, values_only=True)}
    assert k["Totaal lasten"] == (40, 28, 86) and k["Resultaat"] == (50, 67, -1)
    notes = [str(r[1]) for r in keur.iter_rows(min_row=16, values_only=True) if r[1]]
    assert any("R2024 is onvolledig: geen definitieve rapportage van B" in n for n in notes)


def test_missing_realised_is_fine_for_run_and_validate(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    builders.write(folder, DATA)
    scenario = tmp_path / "s.toml"
    scenario.write_text(SCENARIO)
    assert cli("validate", "--inputs", folder, "--lang", "en").code == 0
    assert (
        cli("run", scenario, "--inputs", folder, "--out", tmp_path / "o", "--lang", "en").code == 0
    )
    result = cli("monitor", scenario, "--inputs", folder, "--out", tmp_path / "o", "--lang", "en")
    assert result.code == 1
    assert "realised.xlsx | file not found" in result.err
    assert "qa-budget init" in result.err


def test_broken_realised_is_reported_cell_by_cell(small: tuple[Path, Path], tmp_path: Path) -> None:
    folder, scenario = small
    wb = openpyxl.load_workbook(folder / "realised.xlsx")
    ws = wb["Realisatie"]
    ws["A2"] = "XYZ"  # unknown unit
    ws["C3"] = 7  # theme outside 1-6
    ws["D4"] = "juni"  # unknown moment
    ws["E5"] = "€ 500"  # text in an amount
    ws.append(["B", 2025, 2, "mei", 1, None])  # a second amount, as row 6
    ws["E7"] = -5  # negative
    wb["Baten"].append([2024, "n.v.t."])
    wb.save(folder / "realised.xlsx")
    out = tmp_path / "o"
    for command in (
        ["validate", "--inputs", folder, "--lang", "en"],
        ["monitor", scenario, "--inputs", folder, "--lang", "en"],
    ):
        result = cli(*command, "--out", out) if command[0] == "monitor" else cli(*command)
        assert result.code == 1, command
        expected = [
            "realised.xlsx › Sheet 'Realisatie' › A2 | unit 'XYZ' is not in units.xlsx",
            "realised.xlsx › Sheet 'Realisatie' › C3 | expected a theme number 1-6, got 7",
            "realised.xlsx › Sheet 'Realisatie' › D4 | expected one of mei / september / "
            "definitief, got 'juni'",
            "realised.xlsx › Sheet 'Realisatie' › E5 | expected an amount in EUR as a number, "
            "got '€ 500'",
            "realised.xlsx › Sheet 'Realisatie' › E7 | expected an amount of 0 or more, got "
            "EUR -5.00; report the spending since 1 January",
            "realised.xlsx › Sheet 'Realisatie' › row 9 | a second amount for B 2025 theme 2 "
            "(mei); the first is in row 6",
            "realised.xlsx › Sheet 'Baten' › B3 | expected an amount in EUR as a number",
        ]
        for line in expected:
            assert line in result.err, (command, line)
        assert "Traceback" not in result.text
    assert not (tmp_path / "o").exists()
    # A run does not read realised.xlsx, so it is not held up by it.
    assert (
        cli("run", scenario, "--inputs", folder, "--out", tmp_path / "run", "--lang", "en").code
        == 0
    )


def test_realised_year_needs_a_budget(small: tuple[Path, Path], tmp_path: Path) -> None:
    folder, scenario = small
    write_realised(folder, [*REPORTS, ["A", 2023, 1, "definitief", "100", None]], REVENUE)
    result = cli("validate", "--inputs", folder, "--lang", "en")
    assert result.code == 1
    assert "funds.xlsx › Sheet 'Middelen' | no row for year 2023" in result.err
    assert "plans/A.xlsx › Sheet 'Maatregelen' › row 1 | no column for year 2023" in result.err
    assert "realised.xlsx | monitoring shows the budget of every year with realised" in result.err
    assert "here 2023, 2024: each needs a row on funds.xlsx › Middelen" in result.err
    assert (
        cli("monitor", scenario, "--inputs", folder, "--out", tmp_path / "o", "--lang", "en").code
        == 1
    )


def test_cumulative_amount_going_down_is_a_warning(small: tuple[Path, Path]) -> None:
    folder, _ = small
    rows = [list(r) for r in REPORTS]
    rows[2][4] = "9000"  # A theme 1: September below May
    write_realised(folder, rows, REVENUE)
    result = cli("validate", "--inputs", folder, "--lang", "en")
    assert result.code == 0, result.text
    assert (
        "warning: realised.xlsx › Sheet 'Realisatie' › E4 | A 2025 theme 1: the september "
        "amount is lower than the mei amount (row 2)" in result.err
    )


def test_unit_table_for_other_workbooks(small: tuple[Path, Path]) -> None:
    import qa_budget as qa
    from tests.builders import compute_file as compute

    folder, scenario = small
    result = compute(scenario, folder)
    m = result.monitoring  # computed with the run: the latest year and moment reported
    assert m is not None and m.year == 2025 and m.moment == "september"
    frame = m.unit_table("A")
    assert frame["theme"].to_list() == [1, 3]
    assert frame["forecast"].to_list() == [3_750_002, 1_440_050]
    assert frame["signal"].to_list() == ["", "over"]
    assert set(frame.columns) >= {"budget", "realised", "moment", "status", "forecast_pct"}
    assert m.unit_table()["unit"].unique(maintain_order=True).to_list() == ["A", "B", "CENTRAAL"]
    assert qa.monitor(result).unit_table("A").equals(frame)  # the same through the library
    (folder / "realised.xlsx").unlink()
    assert compute(scenario, folder).monitoring is None  # no realised report: no section


def test_monitoring_is_deterministic(small: tuple[Path, Path], tmp_path: Path) -> None:
    folder, scenario = small
    for out in ("a", "b"):
        assert (
            cli(
                "monitor", scenario, "--inputs", folder, "--out", tmp_path / out, "--lang", "en"
            ).code
            == 0
        )
    a = (tmp_path / "a" / "s" / "monitoring.xlsx").read_bytes()
    assert a == (tmp_path / "b" / "s" / "monitoring.xlsx").read_bytes()
    rerun = cli("monitor", scenario, "--inputs", folder, "--out", tmp_path / "a", "--lang", "en")
    assert "unchanged" in rerun.out


def test_a_unit_with_an_allocation_but_no_plan_is_expected_to_report(tmp_path: Path) -> None:
    # C has 30 EEA students, so 30 × EUR 500 = EUR 15,000 in 2025, but sent no plan and no
    # report: it is expected to report all the same, and nobody may say all units reported.
    data = {
        **DATA,
        "units": [*DATA["units"], ["C", "Gamma", None, "faculteit"]],
        "students": [*DATA["students"], ["C", 2025, None, 30]],
    }
    folder = tmp_path / "in"
    builders.write(folder, data)
    reports = [r for r in REPORTS if r[0] != "B"] + [["B", 2025, 2, "september", "9000", None]]
    write_realised(folder, reports, REVENUE)
    scenario = tmp_path / "s.toml"
    scenario.write_text(SCENARIO)
    result = cli("monitor", scenario, "--inputs", folder, "--out", tmp_path / "out")
    assert result.code == 0, result.text
    assert "C: geen rapportage" in result.out
    rows = [
        r[:2]
        for r in openpyxl.load_workbook(tmp_path / "out" / "s" / "monitoring.xlsx")[
            "Signalen"
        ].iter_rows(values_only=True)
    ]
    texts = [str(v) for r in rows for v in r if v]
    assert (
        "Gamma: geen plan en geen rapportage over 2025, wel een toewijzing van EUR 15.000 "
        "(verwacht: september)." in texts
    )
    assert not any(t.startswith("Alle ") for t in texts)
    english = cli("monitor", scenario, "--inputs", folder, "--out", tmp_path / "en", "--lang", "en")
    assert english.code == 0, english.text
    assert "C: no report" in english.out
    book = openpyxl.load_workbook(tmp_path / "en" / "s" / "monitoring.xlsx")
    assert book.sheetnames[:2] == ["Signals", "Per unit"]
    signals = [str(v) for r in book["Signals"].iter_rows(values_only=True) for v in r if v]
    assert (
        "Gamma: no plan and no report on 2025, though allocated EUR 15,000 (due: "
        "September)." in signals
    )


def test_all_reported_only_when_every_expected_unit_did(
    small: tuple[Path, Path], tmp_path: Path
) -> None:
    folder, scenario = small
    reports = [*REPORTS, ["B", 2025, 2, "september", "9000", None]]
    write_realised(folder, reports, REVENUE)
    result = cli("monitor", scenario, "--inputs", folder, "--out", tmp_path / "out")
    assert result.code == 0, result.text
    sheet = openpyxl.load_workbook(tmp_path / "out" / "s" / "monitoring.xlsx")["Signalen"]
    texts = [str(v) for r in sheet.iter_rows(values_only=True) for v in r if v]
    # A, B and CENTRAAL (the central initiatives charged in 2025) all sent September reports
    assert "Alle 3 eenheden met een toewijzing of een plan over 2025 hebben gerapporteerd." in texts


def test_spending_on_an_amount_that_waits_for_a_decision_says_so(
    example: Path, tmp_path: Path
) -> None:
    # The example's LUMC plans 'Herinrichting studiebegeleiding (met NPO-middelen)' under theme
    # 3 as pm in 2023: that amount is not in LUMC's theme-3 budget. A May report of EUR 30,000
    # on LUMC theme 3 in 2023 (forecast 30,000 x 3 = EUR 90,000) is flagged against the budget
    # without it, and the signal says that a planned amount waits for a decision.
    from tests.conftest import SCENARIO

    path = example / "realised.xlsx"
    wb = openpyxl.load_workbook(path)
    wb["Realisatie"].append(["LUMC", 2023, 3, "mei", 30000, None])
    wb.save(path)
    out = tmp_path / "out"
    done = cli(
        "monitor", SCENARIO, "--inputs", example, "--out", out, "--year", "2023", "--lang", "en"
    )
    assert done.code == 0, done.text
    line = next(x for x in done.out.splitlines() if x.strip().startswith("LUMC theme 3"))
    assert "forecast EUR 90,000.00" in line
    pending = "; a planned amount waits for a decision (pm) and so does not count in the budget"
    assert line.endswith(pending + " yet"), line
    others = [x for x in done.out.splitlines() if x.startswith("  ") and "theme" in x]
    assert sum(pending in x for x in others) == 1  # only where an amount waits
    book = openpyxl.load_workbook(out / "uniform-500" / "monitoring.xlsx", data_only=True)
    texts = [v for ws in book.worksheets for r in ws.iter_rows(values_only=True) for v in r]
    assert any(isinstance(v, str) and pending in v and "theme 3" in v for v in texts)


@pytest.mark.parametrize("given", ["september", "sept", "sep"])
def test_the_moment_as_realised_xlsx_takes_it(
    small: tuple[Path, Path], tmp_path: Path, given: str
) -> None:
    # realised.xlsx takes "sept" and "sep" for september; so does --moment (it refused them)
    folder, scenario = small
    out = tmp_path / given
    result = cli("monitor", scenario, "--inputs", folder, "--out", out, "--moment", given)
    assert result.code == 0, result.text
    assert result.out.splitlines()[0].endswith("rapportages verwacht t/m september")


def test_a_report_on_a_year_without_a_budget_is_pointed_at(example: Path, tmp_path: Path) -> None:
    # a realised row typed with the year 2018, which funds.xlsx has no budget for (it starts in
    # 2019): one error at that row, asking whether the year is right (it was an error for the
    # funds and one per plan, and the realised row was never named)
    wb = openpyxl.load_workbook(example / "realised.xlsx")
    ws = wb["Realisatie"]
    ws.cell(ws.max_row, 2).value = 2018
    row = ws.max_row
    wb.save(example / "realised.xlsx")
    out = tmp_path / "o"
    result = cli("monitor", UNIFORM_500, "--inputs", example, "--out", out, "--lang", "en")
    assert result.code == 1
    errors = [x for x in result.err.splitlines() if x.startswith("error: ")]
    assert errors == [
        f"error: realised.xlsx › Sheet 'Realisatie' › row {row} | a report on 2018 (1 row(s)), "
        "but 2018 has no budget in funds.xlsx (sheet Middelen): is the year right? If so, add a "
        "row for 2018 to funds.xlsx and a column to the plans"
    ], result.err


def test_a_long_unit_name_wraps_on_the_signals_sheet(example: Path, tmp_path: Path) -> None:
    # a unit's name of 120 characters was cut off by the report column beside it
    name = "Faculteit der Geesteswetenschappen, Taalwetenschappen, Religiestudies en " * 2
    wb = openpyxl.load_workbook(example / "units.xlsx")
    wb["Eenheden"]["B2"] = name.strip()
    code = wb["Eenheden"]["A2"].value
    wb.save(example / "units.xlsx")
    out = tmp_path / "o"
    assert cli("monitor", UNIFORM_500, "--inputs", example, "--out", out).code == 0
    ws = openpyxl.load_workbook(out / "uniform-500" / "monitoring.xlsx")["Signalen"]
    cell = next(c for c in ws["B"] if c.value == name.strip())
    assert ws.cell(cell.row, 1).value == code
    assert cell.alignment.wrap_text
    assert (ws.row_dimensions[cell.row].height or 15) >= 30  # room for the wrapped lines
