"""indicators.xlsx: every problem located and reported together, person-level data refused,
and a broken workbook never stops a run."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl

from tests.conftest import SCENARIO, cli

# The example's sheets (qa_budget/example/indicators.csv, indicator_values.csv):
# Indicatoren rows 2-12: CEW, SSR, PEBL, PEML, PEBV, PEMV, FSA, SAC, BKO, SKO, MAT; columns
# A Code ... L Minimum, M Maximum, N Decimalen, O Peildatum, P Bron, R Streefwaarde, S Initiatief.
# Waarden rows 2-13: CEW 2019, SSR 2019, SSR 2020, PEBL, PEML, PEBV, PEMV, FSA, SAC, BKO, SKO,
# MAT; columns A Code, B Jaar, C Eenheid, D Waarde, E Teller, F Noemer, G Gemiddelde,
# H Standaarddeviatie, I n (personen).


def edit(folder: Path, sheet: str, cells: dict[str, Any]) -> None:
    path = folder / "indicators.xlsx"
    wb = openpyxl.load_workbook(path)
    for ref, value in cells.items():
        wb[sheet][ref] = value
    wb.save(path)


def append(folder: Path, sheet: str, rows: list[list[Any]]) -> None:
    path = folder / "indicators.xlsx"
    wb = openpyxl.load_workbook(path)
    for row in rows:
        wb[sheet].append(row)
    wb.save(path)


def test_the_example_is_clean(example: Path) -> None:
    result = cli("validate", "--inputs", example)
    assert result.code == 0, result.text
    assert "indicators.xlsx" not in result.text


def test_every_problem_is_located_and_reported_together(example: Path) -> None:
    edit(
        example,
        "Waarden",
        {
            "G2": 6,  # a 6 on a five-point scale
            "D11": 120,  # a percentage of 120
            "F3": None,  # a numerator without denominator
            "E4": 1000,  # value and parts both given
            "F4": 41,
            "H5": 3,  # sd 3: on a scale 1-5 at most (5 - 1) / 2 = 2
            "I6": None,  # a mean without n
            "D7": 3.1,  # a value in the wrong column for a scale
            "A8": "XYZ",  # an indicator that is not defined
            "C9": "FOO",  # a unit that is not in units.xlsx
            "D10": "10,5",  # Dutch notation typed as text
        },
    )
    edit(
        example,
        "Indicatoren",
        {
            "R12": None,  # no target, not even 'geen'
            "L7": None,  # a scale without its lowest point
            "O11": "31 februari",  # no such day
            "S4": "Teacher support desk",  # close to 'Teacher support desk (TSD)'
        },
    )
    result = cli("validate", "--inputs", example, "--lang", "en")
    assert result.code == 1
    expected = [
        "Waarden' › G2 | the mean 6 of CEW lies outside its scale 1-5",
        "Waarden' › D11 | the value 120 of BKO lies outside its range 0-100",
        "Waarden' › F3 | 'Noemer' is empty while 'Teller' is given; indicator SSR is computed "
        "as Teller / Noemer",
        "Waarden' › D4 | both the value and Teller and Noemer are given for SSR",
        "Waarden' › H5 | the standard deviation 3 of PEBL is impossible on the scale 1-5: it "
        "lies between 0 and 2",
        "Waarden' › I6 | 'n (personen)' is empty; a mean score of indicator PEML needs the "
        "number of respondents",
        "Waarden' › D7 | 'Waarde' is filled, but indicator PEBV is computed as schaal",
        "Waarden' › A8 | indicator 'XYZ' is not on the sheet Indicatoren",
        "Waarden' › C9 | unit 'FOO' is not in units.xlsx",
        "Waarden' › D10 | expected a number, got '10,5'; this looks like Dutch notation",
        "Indicatoren' › R12 | 'Streefwaarde' is empty; expected a number, or 'geen' when there "
        "is no target",
        "Indicatoren' › L7 | 'Minimum' is empty; indicator PEMV is measured on a scale",
        "Indicatoren' › O11 | expected a day of the year, e.g. 1 oktober or 1-10, got "
        "'31 februari'",
        "Indicatoren' › S4 | initiative 'Teacher support desk' is not on funds.xlsx › Centraal "
        "(did you mean 'Teacher support desk (TSD)'?)",
    ]
    for line in expected:
        assert f"error: indicators.xlsx › Sheet '{line}" in result.err, line
    assert result.err.count("error: indicators.xlsx") == len(expected)
    # the values of PEMV were moved to XYZ: a warning, not an error
    assert "warning: indicators.xlsx › Sheet 'Indicatoren' › A7 | indicator PEMV has no " in (
        result.err
    )


def test_computed_values_are_checked_too(example: Path) -> None:
    # BKO as 100 × 130 / 120 = 108.333...: above 100, though both parts are fine on their own
    edit(example, "Waarden", {"D11": None, "E11": 130, "F11": 120})
    # a ratio over a denominator of 0, and a negative numerator
    append(
        example, "Waarden", [["SSR", 2021, None, None, 27000, 0], ["SSR", 2022, None, None, -5, 9]]
    )
    result = cli("validate", "--inputs", example, "--lang", "en")
    assert result.code == 1
    assert (
        "Waarden' › E11 | 100 × 130 / 120 = 108.333 of BKO lies outside its range 0-100"
        in result.err
    )
    assert "Waarden' › F14 | the denominator is 0; expected more than 0" in result.err
    assert "Waarden' › E15 | expected 0 or more, got -5" in result.err


def test_a_value_twice_and_a_unit_value_of_an_initiative_indicator(example: Path) -> None:
    append(example, "Waarden", [["FSA", 2019, None, 55]])
    append(
        example,
        "Indicatoren",
        [
            ["WBO", "Wellbeing officers aangesteld", None, 3, "waarde", "aantal"]
            + [None] * 9
            + ["SOZ", None, "geen", "Studentenwelzijn"]
        ],
    )
    append(example, "Waarden", [["WBO", 2022, "FGW", 2]])
    result = cli("validate", "--inputs", example, "--lang", "en")
    assert result.code == 1
    assert (
        "Waarden' › A14 | a second value of FSA for 2019 (university); the first is in row 9"
        in (result.err)
    )
    assert (
        "Waarden' › C15 | indicator WBO belongs to the common initiative 'Studentenwelzijn': its "
        "values are university-wide" in result.err
    )


def test_person_level_data_is_refused_whole(example: Path, tmp_path: Path) -> None:
    edit(example, "Waarden", {"J1": "Studentnummer", "J2": "s1234567", "K1": "E-mail"})
    edit(example, "Waarden", {"K2": "jan@example.org"})
    result = cli("validate", "--inputs", example, "--lang", "en")
    assert result.code == 1
    assert (
        "indicators.xlsx › Sheet 'Waarden' › J1 | column 'Studentnummer' holds data about "
        "individual persons (student numbers)" in result.err
    )
    assert "indicators.xlsx | refused: this workbook holds data about individual persons" in (
        result.err
    )
    assert "s1234567" not in result.text and "jan@example.org" not in result.text
    # the run goes on without the indicators, and says so
    ran = cli("run", SCENARIO, "--inputs", example, "--out", tmp_path / "out", "--lang", "en")
    assert ran.code == 0, ran.text
    assert "indicators.xlsx | this workbook has errors, so the faculty-board workbooks" in ran.err
    sheets = openpyxl.load_workbook(tmp_path / "out" / "uniform-500" / "faculty" / "FGW.xlsx")
    assert "Indicatoren" not in sheets.sheetnames
    # the progress report needs it: nothing is written
    report = cli(
        "progress",
        SCENARIO,
        "--year",
        "2020",
        "--inputs",
        example,
        "--out",
        tmp_path / "p",
        "--lang",
        "en",
    )
    assert report.code == 1
    assert "refused: this workbook holds data about individual persons" in report.err
    assert not (tmp_path / "p").exists() or not any((tmp_path / "p").rglob("*.*"))


def test_large_measured_numbers_are_no_identifiers(example: Path) -> None:
    # five years of a ratio over student-hours: distinct numbers above a million in Teller, as
    # student numbers would be in a person-level list, but in a column of measured numbers
    rows = [["SSR", 2010 + i, None, None, 1_000_003 + 7919 * i, 50_000] for i in range(6)]
    append(example, "Waarden", rows)
    result = cli("validate", "--inputs", example)
    assert result.code == 0, result.text
