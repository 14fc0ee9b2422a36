"""An optional workbook with errors never stops a run, and never silently: the run says what
it leaves out and repeats each error, at its place, as a warning; the command that needs the
workbook still stops on it."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.conftest import SCENARIO, cli


def _edit(path: Path, sheet: str, cell: str, value: object) -> None:
    wb = openpyxl.load_workbook(path)
    wb[sheet][cell] = value
    wb.save(path)


def _sheets(out: Path, unit: str = "FGW") -> list[str]:
    book = openpyxl.load_workbook(out / "uniform-500" / "faculty" / f"{unit}.xlsx")
    return list(book.sheetnames)


@pytest.mark.parametrize(
    ("lang", "summary", "located"),
    [
        (
            "nl",
            "waarschuwing: realised.xlsx | deze werkmap bevat fouten, dus de werkboeken voor de "
            "faculteitsbesturen en het raadspakket tonen geen monitoring",
            "waarschuwing: realised.xlsx › blad 'Realisatie' › E2 | verwacht: een bedrag in EUR "
            "als getal; gevonden: 'veel'",
        ),
        (
            "en",
            "warning: realised.xlsx | this workbook has errors, so the faculty-board workbooks "
            "and the council pack show no monitoring",
            "warning: realised.xlsx › Sheet 'Realisatie' › E2 | expected an amount in EUR as a "
            "number, got 'veel'",
        ),
    ],
)
def test_a_broken_realised_report_is_told_by_run_and_stops_monitor(
    example: Path, tmp_path: Path, lang: str, summary: str, located: str
) -> None:
    good = cli("run", SCENARIO, "--inputs", example, "--out", tmp_path / "good", "--lang", lang)
    assert good.code == 0, good.text
    assert "Monitoring" in _sheets(tmp_path / "good")  # the example's units have reported
    assert "realised.xlsx" not in good.err

    _edit(example / "realised.xlsx", "Realisatie", "E2", "veel")
    ran = cli("run", SCENARIO, "--inputs", example, "--out", tmp_path / "out", "--lang", lang)
    assert ran.code == 0, ran.text
    lines = ran.err.splitlines()
    assert summary in "\n".join(lines)
    assert located in lines
    # the summary comes first, then the error it announces
    first = next(i for i, line in enumerate(lines) if line.startswith(summary))
    assert lines[first + 1] == located
    assert "Monitoring" not in _sheets(tmp_path / "out")

    error = located.replace("waarschuwing: ", "fout: ").replace("warning: ", "error: ")
    monitored = cli(
        "monitor", SCENARIO, "--inputs", example, "--out", tmp_path / "m", "--lang", lang
    )
    assert monitored.code == 1
    assert error in monitored.err.splitlines()
    assert not (tmp_path / "m").exists()
    # validate reports it once, as the error it is
    checked = cli("validate", "--inputs", example, "--scenario", SCENARIO, "--lang", lang)
    assert checked.code == 1
    assert [line for line in checked.err.splitlines() if "realised.xlsx" in line] == [error]


def test_a_broken_register_is_told_by_run(example: Path, tmp_path: Path) -> None:
    register = example / "register.toml"
    text = register.read_text(encoding="utf-8")
    assert "review_months = 12" in text
    register.write_text(text.replace("review_months = 12", 'review_months = "twaalf"'), "utf-8")
    ran = cli("run", SCENARIO, "--inputs", example, "--out", tmp_path / "out", "--lang", "en")
    assert ran.code == 0, ran.text
    lines = ran.err.splitlines()
    assert (
        "warning: register.toml | this file has errors; this run does not use it, but the "
        "register record (`qa-budget explain --format json`) waits for them to be fixed; the "
        "errors follow"
    ) in lines
    assert any(
        line.startswith("warning: register.toml › publication.review_months | ") for line in lines
    ), ran.err
    explained = cli("explain", SCENARIO, "--inputs", example, "--format", "json", "--lang", "en")
    assert explained.code == 1
    assert "error: register.toml › publication.review_months | " in explained.err


def test_a_broken_indicators_workbook_is_told_cell_by_cell(example: Path, tmp_path: Path) -> None:
    _edit(example / "indicators.xlsx", "Waarden", "D2", "veel")
    ran = cli("run", SCENARIO, "--inputs", example, "--out", tmp_path / "out", "--lang", "en")
    assert ran.code == 0, ran.text
    lines = ran.err.splitlines()
    assert any(
        line.startswith("warning: indicators.xlsx | this workbook has errors, so the faculty")
        for line in lines
    ), ran.err
    assert any(
        line.startswith("warning: indicators.xlsx › Sheet 'Waarden' › D2 | expected a number")
        for line in lines
    ), ran.err
    assert "Indicatoren" not in _sheets(tmp_path / "out")


def test_monitoring_left_out_for_the_budget_of_earlier_years_is_told(
    example: Path, tmp_path: Path
) -> None:
    """realised.xlsx reports on 2019-2021, which the scenario (2022-2024) does not compute:
    their budget comes from funds.xlsx too. Without the row of 2019 the run has no monitoring
    and says why; `monitor` stops on it."""
    wb = openpyxl.load_workbook(example / "funds.xlsx")
    ws = wb["Middelen"]
    assert ws["A2"].value == 2019
    ws.delete_rows(2)
    wb.save(example / "funds.xlsx")
    ran = cli("run", SCENARIO, "--inputs", example, "--out", tmp_path / "out", "--lang", "en")
    assert ran.code == 0, ran.text
    lines = ran.err.splitlines()
    first = next(i for i, line in enumerate(lines) if line.startswith("warning: realised.xlsx |"))
    assert lines[first] == (
        "warning: realised.xlsx | the faculty-board workbooks and the council pack show no "
        "monitoring: the budget of the years with realised figures has errors; they follow "
        "(`qa-budget monitor` stops on them)"
    )
    assert lines[first + 1].startswith(
        "warning: funds.xlsx › Sheet 'Middelen' | no row for year 2019"
    )
    assert "Monitoring" not in _sheets(tmp_path / "out")
    monitored = cli("monitor", SCENARIO, "--inputs", example, "--out", tmp_path / "m")
    assert monitored.code == 1
    # monitor points at the reports of a year without a budget, and says what to add
    assert (
        "fout: realised.xlsx › blad 'Realisatie' › rij 2 | een rapportage over 2019 (36 "
        "rij(en)), maar 2019 heeft geen begroting in funds.xlsx (blad Middelen): klopt het jaar? "
        "Zo ja, voeg een rij voor 2019 toe aan funds.xlsx en een kolom aan de plannen"
    ) in monitored.err
