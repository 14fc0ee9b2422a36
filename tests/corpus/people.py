"""Person-level data in the students workbook: refused whole, values never shown."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from tests.corpus import case
from tests.corpus.build import STUDENTS, edit

REFUSED = "students.xlsx | refused: this workbook holds data about individual students"


# ---- person-level data ---------------------------------------------------------------------

PEOPLE = [("s1234567", "Jansen", "j.jansen@example.org"), ("s7654321", "De Vries", "dv@x.nl")]


@case(
    "students.xlsx › Sheet 'Studenten' › E1 | column 'Studentnummer' holds data about "
    "individual persons (student numbers)",
    "students.xlsx › Sheet 'Studenten' › F1 | column 'Naam' holds data about individual persons "
    "(names)",
    "students.xlsx › Sheet 'Studenten' › G1 | column 'Geboortedatum' holds data about individual "
    "persons (dates of birth or ages)",
    "students.xlsx › Sheet 'Studenten' › H1 | column 'E-mail' holds data about individual persons",
    "students.xlsx › Sheet 'Studenten' › I1 | column 'Nationaliteit' holds data about individual "
    "persons (nationalities)",
    "students.xlsx › Sheet 'Studenten' › J1 | column 'BSN' holds data about individual persons",
    "students.xlsx › Sheet 'Studenten' › K1 | column 'Adres' holds data about individual persons",
    REFUSED,
    absent=("Jansen", "s1234567", "example.org", "Duitse"),
)
def person_level_columns(inputs: Path) -> None:
    wb = openpyxl.load_workbook(inputs / STUDENTS)
    ws = wb["Studenten"]
    headers = ["Studentnummer", "Naam", "Geboortedatum", "E-mail", "Nationaliteit", "BSN", "Adres"]
    for c, header in enumerate(headers, start=5):
        ws.cell(1, c, header)
    for r, (snr, name, mail) in enumerate(PEOPLE, start=2):
        values = [snr, name, "2001-02-03", mail, "Duitse", "123456782", "Rapenburg 70"]
        for c, value in enumerate(values, start=5):
            ws.cell(r, c, value)
    wb.save(inputs / STUDENTS)


@case(
    "students.xlsx › Sheet 'Studenten' › E2 | column E holds a distinct number per row",
    REFUSED,
    absent=("1234567",),
)
def column_of_distinct_ids(inputs: Path) -> None:
    wb = openpyxl.load_workbook(inputs / STUDENTS)
    ws = wb["Studenten"]
    ws["E1"] = "Kolom1"
    for r in range(2, 12):
        ws.cell(r, 5, 1234567 + 7919 * r)
    wb.save(inputs / STUDENTS)


@case(
    "students.xlsx › Sheet 'Studenten' › E3 | column E holds e-mail addresses",
    REFUSED,
    absent=("example.org",),
)
def email_addresses(inputs: Path) -> None:
    edit(inputs / STUDENTS, "Studenten", {"E1": "Contact", "E3": "a.b@example.org"})


@case(
    "students.xlsx › Sheet 'Studenten' › row 2 | 40 rows (rows 2, 3, 4, 5, 6, …) hold a count "
    "of 1 for the same unit, year and tier: this looks like one row per student",
    REFUSED,
)
def one_row_per_student(inputs: Path) -> None:
    wb = openpyxl.load_workbook(inputs / STUDENTS)
    ws = wb["Studenten"]
    ws.delete_rows(2, ws.max_row)
    for _ in range(40):
        ws.append(["FGW", 2024, "laag", 1])
    wb.save(inputs / STUDENTS)


@case(
    "students.xlsx › Sheet 'Export' › A1 | column 'Student ID' holds data about individual "
    "persons (student numbers)",
    "students.xlsx › Sheet 'Export' › B1 | column 'Achternaam' holds data about individual "
    "persons (names)",
    REFUSED,
    absent=("Jansen",),
)
def person_list_on_another_sheet(inputs: Path) -> None:
    wb = openpyxl.load_workbook(inputs / STUDENTS)
    ws = wb.create_sheet("Export")
    ws.append(["Student ID", "Achternaam"])
    for snr, name, _ in PEOPLE:
        ws.append([snr, name])
    wb.save(inputs / STUDENTS)


@case(
    "students.xlsx › Sheet 'Blad2' › C2 | column C holds e-mail addresses",
    "students.xlsx › Sheet 'Blad2' › A2 | column A holds a distinct number per row",
    REFUSED,
    absent=("Jansen", "Breestraat", "example.org", "s100"),
)
def person_list_without_headers(inputs: Path) -> None:
    wb = openpyxl.load_workbook(inputs / STUDENTS)
    ws = wb.create_sheet("Blad2")
    for i in range(8):
        ws.append([f"s100{i:04d}", f"Jansen {i}", f"p{i}@example.org", f"Breestraat {i}"])
    wb.save(inputs / STUDENTS)
