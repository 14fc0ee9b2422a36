"""Hostile cells: values far outside the table, digits that are not 0-9, text numbers, and
control characters that would drive a terminal."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from tests.corpus import case
from tests.corpus.build import FGW, SHEET2, STUDENTS, edit, set_cell_xml

FAR = "a value far outside the table: the sheet's values span"


@case(f"funds.xlsx › Sheet 'Middelen' › XFD1048576 | {FAR} 1,048,576 rows × 16,384 columns")
def far_cell_in_funds(inputs: Path) -> None:
    # one value in the last cell of a sheet: a reader that fills the area from A1 would need
    # 17 billion cells (the process used to abort asking for 512 GiB)
    edit(inputs / "funds.xlsx", "Middelen", {"XFD1048576": 1})


@case(f"students.xlsx › Sheet 'Extra' › XFD1048576 | {FAR} 1,048,576 rows")
def far_cell_on_an_extra_sheet(inputs: Path) -> None:
    wb = openpyxl.load_workbook(inputs / STUDENTS)
    wb.create_sheet("Extra")["XFD1048576"] = "x"
    wb.save(inputs / STUDENTS)


@case(f"plans/FGW.xlsx › Sheet 'Maatregelen' › CV300000 | {FAR} 300,000 rows × 100 columns")
def far_cell_in_a_small_plan(inputs: Path) -> None:
    edit(inputs / FGW, "Maatregelen", {"CV300000": 5})


@case(
    "students.xlsx › Sheet 'Studenten' › D2 | expected a whole number of students (0 or more), "
    "got '²'; type it with the digits 0-9 as a number cell"
)
def superscript_digit_as_a_count(inputs: Path) -> None:
    edit(inputs / STUDENTS, "Studenten", {"D2": "²"})


@case(
    "students.xlsx › Sheet 'Studenten' › B2 | expected a year (2000-2100), got '٢٠٢٢'; type it "
    "with the digits 0-9 as a number cell"
)
def arabic_indic_year(inputs: Path) -> None:
    edit(inputs / STUDENTS, "Studenten", {"B2": "٢٠٢٢"})


@case(
    "plans/FGW.xlsx › Sheet 'Maatregelen' › B2 | expected a theme number 1-6, got '１'; type it "
    "with the digits 0-9 as a number cell"
)
def fullwidth_theme(inputs: Path) -> None:
    edit(inputs / FGW, "Maatregelen", {"B2": "１"})


@case(
    "students.xlsx › Sheet 'Studenten' › D2 | expected a whole number of students (0 or more), "
    "got '120'; the number is typed as text: make it a number cell"
)
def count_typed_as_text(inputs: Path) -> None:
    edit(inputs / STUDENTS, "Studenten", {"D2": "120"})


@case("plans/FGW.xlsx › Sheet 'Maatregelen' › F1 | unexpected column '٢٠٢٢'")
def arabic_indic_year_column(inputs: Path) -> None:
    wb = openpyxl.load_workbook(inputs / FGW)
    ws = wb["Maatregelen"]
    for col in range(1, ws.max_column + 1):
        if str(ws.cell(1, col).value) == "2022":
            ws.cell(1, col).value = "٢٠٢٢"
    wb.save(inputs / FGW)


@case(
    "measure '\\x1b[2J\\x1b[31mFAKE OK' already appears in row 2",
    absent=("\x1b",),
)
def terminal_escapes_in_a_measure_name(inputs: Path) -> None:
    # a name that would clear the screen and print in red: shown, never obeyed (Excel keeps
    # such characters as _x001B_ in the XML)
    name = "_x001B_[2J_x001B_[31mFAKE OK"
    for ref in ("A2", "A3"):
        xml = f'<c r="{ref}" t="inlineStr"><is><t>{name}</t></is></c>'
        set_cell_xml(inputs / FGW, SHEET2, ref, xml)
