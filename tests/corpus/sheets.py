"""Sheets, headers, layout and cell values."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import openpyxl

from tests.corpus import case
from tests.corpus.build import FGW, SHEET2, STUDENTS, UNITS, edit, rewrite, set_cell_xml

# ---- sheets, headers and layout ------------------------------------------------------------


@case("units.xlsx | sheet 'Eenheden' is missing; the workbook has: 'Toelichting', 'Units'")
def missing_sheet(inputs: Path) -> None:
    wb = openpyxl.load_workbook(inputs / UNITS)
    wb["Eenheden"].title = "Units"
    wb.save(inputs / UNITS)


@case(
    "students.xlsx › Sheet 'Studenten' › D1 | unexpected column 'EER studenten' (did you mean "
    "'EER-studenten'?)",
    "students.xlsx › Sheet 'Studenten' › row 1 | column 'EER-studenten' is missing",
)
def renamed_header(inputs: Path) -> None:
    edit(inputs / STUDENTS, "Studenten", {"D1": "EER studenten"})


@case("plans/FGW.xlsx › Sheet 'Maatregelen' › F1 | column 'Thema' appears twice")
def duplicated_header(inputs: Path) -> None:
    edit(inputs / FGW, "Maatregelen", {"F1": "Thema"})


@case("students.xlsx › Sheet 'Studenten' › E1 | unexpected column 'Opmerking'; expected")
def extra_column(inputs: Path) -> None:
    edit(inputs / STUDENTS, "Studenten", {"E1": "Opmerking", "E2": "gecontroleerd"})


@case("plans/FGW.xlsx › Sheet 'Maatregelen' › L3 | column L has no header but holds a value")
def values_without_header(inputs: Path) -> None:
    edit(inputs / FGW, "Maatregelen", {"L3": 25000})


@case(
    "warning: plans/FGW.xlsx › Sheet 'Maatregelen' › row 4 | row 4 is empty, but rows below "
    "hold data",
    ok=True,
)
def empty_row_in_the_middle(inputs: Path) -> None:
    wb = openpyxl.load_workbook(inputs / FGW)
    wb["Maatregelen"].insert_rows(4)
    wb.save(inputs / FGW)


@case("plans/FGW.xlsx › Sheet 'Maatregelen' › A2:A3 | cells A2:A3 are merged")
def merged_cells(inputs: Path) -> None:
    wb = openpyxl.load_workbook(inputs / FGW)
    wb["Maatregelen"].merge_cells("A2:A3")
    wb.save(inputs / FGW)


@case("plans/FGW.xlsx › Sheet 'Maatregelen' › rows 3-4 | rows 3-4 are hidden but hold data")
def hidden_rows(inputs: Path) -> None:
    wb = openpyxl.load_workbook(inputs / FGW)
    for r in (3, 4):
        wb["Maatregelen"].row_dimensions[r].hidden = True
    wb.save(inputs / FGW)


@case("students.xlsx › Sheet 'Studenten' › column D | column D is hidden but holds data")
def hidden_column(inputs: Path) -> None:
    wb = openpyxl.load_workbook(inputs / STUDENTS)
    wb["Studenten"].column_dimensions["D"].hidden = True
    wb.save(inputs / STUDENTS)


@case("units.xlsx › Sheet 'Eenheden' | the sheet is hidden")
def hidden_sheet(inputs: Path) -> None:
    wb = openpyxl.load_workbook(inputs / UNITS)
    wb.active = 0
    wb["Eenheden"].sheet_state = "hidden"
    wb.save(inputs / UNITS)


# ---- cell values ---------------------------------------------------------------------------


@case(
    "plans/FGW.xlsx › Sheet 'Maatregelen' › C3 | the cell holds a formula (=C2*2) without a "
    "calculated value"
)
def formula_without_value(inputs: Path) -> None:
    edit(inputs / FGW, "Maatregelen", {"C3": "=C2*2"})


@case(
    "plans/FGW.xlsx › Sheet 'Maatregelen' › D4 | the cell holds the formula error #REF!",
    "students.xlsx › Sheet 'Studenten' › D3 | the cell holds the formula error #DIV/0!",
)
def formula_errors(inputs: Path) -> None:
    set_cell_xml(inputs / FGW, SHEET2, "D4", '<c r="D4" t="e"><f>#REF!*2</f><v>#REF!</v></c>')
    set_cell_xml(inputs / STUDENTS, SHEET2, "D3", '<c r="D3" t="e"><f>1/0</f><v>#DIV/0!</v></c>')


@case(
    "students.xlsx › Sheet 'Studenten' › D3 | expected a whole number of students (0 or more), "
    "got 'n.v.t.'"
)
def text_for_a_count(inputs: Path) -> None:
    edit(inputs / STUDENTS, "Studenten", {"D3": "n.v.t."})


@case(
    "plans/FGW.xlsx › Sheet 'Maatregelen' › C3 | expected an amount in EUR as a number, or pm "
    "for an amount that waits for a decision, got "
    "'1.234,56'; this looks like Dutch notation: type it as a number cell, e.g. 1234.56",
    "plans/FGW.xlsx › Sheet 'Maatregelen' › C4 | expected an amount in EUR as a number, or pm "
    "for an amount that waits for a decision, got "
    "'€ 500'; type the number without the currency sign",
)
def text_for_an_amount(inputs: Path) -> None:
    edit(inputs / FGW, "Maatregelen", {"C3": "1.234,56", "C4": "€ 500"})


@case(
    "students.xlsx › Sheet 'Studenten' › D4 | expected a whole number of students (0 or more), "
    "got -3",
    "students.xlsx › Sheet 'Studenten' › D5 | expected a whole number of students (0 or more), "
    "got the fraction 12.5",
)
def negative_and_fractional_counts(inputs: Path) -> None:
    edit(inputs / STUDENTS, "Studenten", {"D4": -3, "D5": 12.5})


@case(
    "plans/FGW.xlsx › Sheet 'Maatregelen' › B2 | expected a theme number 1-6, got 7",
    "plans/FGW.xlsx › Sheet 'Maatregelen' › B3 | expected a theme number 1-6, got 0",
)
def theme_outside_1_to_6(inputs: Path) -> None:
    edit(inputs / FGW, "Maatregelen", {"B2": 7, "B3": 0})


@case(
    "plans/FGW.xlsx › Sheet 'Maatregelen' › C2 | expected an amount in EUR of at most "
    "1,000,000,000,000, got 1e+20; check the number (a missing decimal point?)",
    "students.xlsx › Sheet 'Studenten' › D2 | expected at most 10,000,000 students, got "
    "123,456,789",
)
def numbers_out_of_range(inputs: Path) -> None:
    edit(inputs / FGW, "Maatregelen", {"C2": 1e20})
    edit(inputs / STUDENTS, "Studenten", {"D2": 123456789})


@case("for 2030 is ignored: the scenario computes 2022-2024", ok=True)
def year_outside_the_scenario(inputs: Path) -> None:
    wb = openpyxl.load_workbook(inputs / STUDENTS)
    wb["Studenten"].append(["FGW", 2030, None, 4000])
    wb.save(inputs / STUDENTS)


@case(
    "students.xlsx › Sheet 'Studenten' › A6 | unit 'XYZ' is not in units.xlsx; add it there or "
    "correct the code"
)
def unit_not_in_the_list(inputs: Path) -> None:
    edit(inputs / STUDENTS, "Studenten", {"A6": "XYZ"})


@case(
    # a unit that plans spending but is allocated nothing: a silent zero is refused
    "error: students.xlsx › Sheet 'Studenten' | ICLON plans EUR 149,183.00 in 2022 but is "
    "allocated nothing: no EEA students are counted for it in 2022; add its count, or set "
    "checks.allow_unfunded_plans = true in the scenario when this is intended",
    "warning: students.xlsx › Sheet 'Studenten' | no EEA-student count for ICLON in 2022",
)
def plan_without_students(inputs: Path) -> None:
    wb = openpyxl.load_workbook(inputs / STUDENTS)
    ws = wb["Studenten"]
    for r in range(ws.max_row, 1, -1):
        if ws.cell(r, 1).value == "ICLON":
            ws.delete_rows(r)
    wb.save(inputs / STUDENTS)


@case(
    "warning: plans/ICLON.xlsx | no plan for unit ICLON: its planned spending counts as 0", ok=True
)
def students_without_plan(inputs: Path) -> None:
    (inputs / "plans" / "ICLON.xlsx").unlink()


@case("plans/FGW.xlsx › Sheet 'Maatregelen' › A3 | measure '")
def duplicate_measure(inputs: Path) -> None:
    wb = openpyxl.load_workbook(inputs / FGW)
    ws = wb["Maatregelen"]
    ws["A3"] = ws["A2"].value
    wb.save(inputs / FGW)


@case("plans/FGW.xlsx | a second plan for unit FGW (the other is plans/FGW.xlsm)")
def two_plans_for_one_unit(inputs: Path) -> None:
    shutil.copy(inputs / FGW, inputs / "plans" / "FGW.xlsm")


@case(
    "warning: plans/FGW.xlsm | a macro-enabled workbook: only its cell values were read; its "
    "macros were not run",
    ok=True,
)
def macro_workbook(inputs: Path) -> None:
    def change(name: str, data: bytes) -> bytes:
        if name == "[Content_Types].xml":
            main = b"spreadsheetml.sheet.main+xml"
            return data.replace(main, b"ms-excel.sheet.macroEnabled.main+xml")
        return data

    rewrite(inputs / FGW, change)
    with zipfile.ZipFile(inputs / FGW, "a") as zf:
        zf.writestr("xl/vbaProject.bin", b'Attribute VB_Name = "Module1"\nSub AutoOpen()\nEnd Sub')
    (inputs / FGW).rename(inputs / "plans" / "FGW.xlsm")
