"""indicators.xlsx broken: values outside their scale or in the wrong form, a missing target,
person-level data. `qa-budget progress` needs the workbook and stops; a run goes on without
the indicators and says so."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from tests.corpus import case
from tests.corpus.build import edit

INDICATORS = "indicators.xlsx"
PROGRESS = ("progress", "--year", "2020")
VALUES = "indicators.xlsx › Sheet 'Waarden'"


@case(
    f"{VALUES} › G2 | the mean 6 of CEW lies outside its scale 1-5",
    f"{VALUES} › D11 | the value 120 of BKO lies outside its range 0-100",
    command=PROGRESS,
)
def indicator_outside_its_scale(inputs: Path) -> None:
    edit(inputs / INDICATORS, "Waarden", {"G2": 6, "D11": 120})


@case(
    f"{VALUES} › F3 | 'Noemer' is empty while 'Teller' is given",
    f"{VALUES} › I5 | 'n (personen)' is empty; a mean score of indicator PEBL needs the number",
    command=PROGRESS,
)
def indicator_part_missing(inputs: Path) -> None:
    edit(inputs / INDICATORS, "Waarden", {"F3": None, "I5": None})


@case(
    "indicators.xlsx › Sheet 'Indicatoren' › R2 | 'Streefwaarde' is empty; expected a number, "
    "or 'geen' when there is no target",
    command=PROGRESS,
)
def indicator_without_target(inputs: Path) -> None:
    edit(inputs / INDICATORS, "Indicatoren", {"R2": None})


@case(
    "indicators.xlsx | this workbook has errors, so the faculty-board workbooks and the council "
    "pack show no indicators",
    ok=True,
)
def indicators_broken_run_goes_on(inputs: Path) -> None:
    edit(inputs / INDICATORS, "Waarden", {"G2": 6})


@case(
    "indicators.xlsx › Sheet 'Waarden' › J1 | column 'Naam' holds data about individual persons "
    "(names)",
    "indicators.xlsx | refused: this workbook holds data about individual persons",
    absent=("Jansen",),
    command=PROGRESS,
)
def indicators_with_person_level_data(inputs: Path) -> None:
    wb = openpyxl.load_workbook(inputs / INDICATORS)
    wb["Waarden"]["J1"] = "Naam"
    wb["Waarden"]["J2"] = "Jansen"
    wb.save(inputs / INDICATORS)
