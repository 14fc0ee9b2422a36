"""One mistake, one message: a cell with an error leaves its row out of the table, never out
of what the checks across workbooks see. No follow-up errors or warnings about a unit, a year
or a date that is there."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.conftest import SCENARIO, cli

ERROR, WARNING = "fout: ", "waarschuwing: "


def _edit(path: Path, sheet: str, cells: dict[str, object]) -> None:
    wb = openpyxl.load_workbook(path)
    for cell, value in cells.items():
        wb[sheet][cell] = value
    wb.save(path)


def _lines(inputs: Path, prefix: str) -> list[str]:
    """The lines of `validate` (with the scenario: its years 2022-2024) that start so."""
    found = cli("validate", "--inputs", inputs, "--scenario", SCENARIO)
    return [line for line in found.text.splitlines() if line.startswith(prefix)]


# Each case: one wrong cell of the example, and the one error it should give. The example's
# rows: units.xlsx row 3 is FGW; funds.xlsx › Middelen row 5 is 2022 (a year the scenario
# computes); students.xlsx row 38 is ICLON's only count of 2022; FGW's Planronde says
# `vastgesteld`, so its 'Ingediend op' (B2) is required; FGW's plan has the years 2022-2024
# in columns F-H.
CASES = [
    pytest.param(
        "units.xlsx",
        "Eenheden",
        {"B3": None},
        "units.xlsx › blad 'Eenheden' › B3 | 'Naam' is leeg",
        id="unit-without-name",
    ),
    pytest.param(
        "units.xlsx",
        "Eenheden",
        {"D3": "afdeling"},
        "units.xlsx › blad 'Eenheden' › D3 | verwacht: ",
        id="unit-kind-unknown",
    ),
    pytest.param(
        "funds.xlsx",
        "Middelen",
        {"B5": "5.400.000,00"},
        "funds.xlsx › blad 'Middelen' › B5 | verwacht: een bedrag in EUR als getal; gevonden: "
        "'5.400.000,00'",
        id="amount-as-dutch-text",
    ),
    pytest.param(
        "funds.xlsx",
        "Middelen",
        {"C5": "=B5*1.02"},  # openpyxl saves a formula without its calculated value
        "funds.xlsx › blad 'Middelen' › C5 | de cel bevat een formule (=B5*1.02) zonder "
        "berekende waarde",
        id="uncalculated-formula",
    ),
    pytest.param(
        "students.xlsx",
        "Studenten",
        {"D38": "ca. 300"},
        "students.xlsx › blad 'Studenten' › D38 | verwacht: een geheel aantal studenten",
        id="count-as-text",
    ),
    pytest.param(
        "plans/FGW.xlsx",
        "Planronde",
        {"B2": "28 juni 2021"},
        "plans/FGW.xlsx › blad 'Planronde' › B2 | verwacht: een datum zoals 2022-06-30; "
        "gevonden: '28 juni 2021'",
        id="date-as-text",
    ),
    pytest.param(
        "plans/FGW.xlsx",
        "Maatregelen",
        {"F2": 0, "G2": 0, "H2": "n.v.t."},  # 2022-2024: not all 0, one amount unread
        "plans/FGW.xlsx › blad 'Maatregelen' › H2 | verwacht: een bedrag in EUR als getal",
        id="measure-amount-as-text",
    ),
]


@pytest.mark.parametrize(("file", "sheet", "cells", "expected"), CASES)
def test_one_wrong_cell_gives_one_error_and_no_follow_ups(
    example: Path, file: str, sheet: str, cells: dict[str, object], expected: str
) -> None:
    warnings_before = set(_lines(example, WARNING))
    assert not _lines(example, ERROR)
    _edit(example / file, sheet, cells)
    errors = _lines(example, ERROR)
    assert len(errors) == 1, "\n".join(errors)
    assert errors[0].startswith(ERROR + expected), errors[0]
    new_warnings = set(_lines(example, WARNING)) - warnings_before
    assert not new_warnings, "\n".join(sorted(new_warnings))


def test_a_wrong_cell_in_the_first_year_keeps_that_year_checked(example: Path) -> None:
    """Without a scenario the years are the funds sheet's from the first year with counts
    (2022, row 5): a wrong amount on that row does not take 2022 out of the years checked,
    so 2022's missing plan column is still reported (with the amount, two real errors)."""
    _edit(example / "funds.xlsx", "Middelen", {"B5": "n.v.t."})
    wb = openpyxl.load_workbook(example / "plans" / "FGW.xlsx")
    ws = wb["Maatregelen"]
    column = next(c.column for c in ws[1] if c.value == 2022)
    ws.delete_cols(column)
    wb.save(example / "plans" / "FGW.xlsx")
    found = cli("validate", "--inputs", example)
    errors = [line for line in found.text.splitlines() if line.startswith(ERROR)]
    assert found.code == 1
    assert len(errors) == 2, "\n".join(errors)
    assert errors[0].startswith(ERROR + "funds.xlsx › blad 'Middelen' › B5 | "), errors
    assert errors[1].startswith(ERROR + "plans/FGW.xlsx › blad 'Maatregelen' › rij 1 | "), errors
    assert "2022" in errors[1]
