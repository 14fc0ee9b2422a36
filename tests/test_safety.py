"""File-level checks and person-level detection, function by function (no command needed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa_budget.inputs.privacy import person_header
from qa_budget.inputs.safety import PROLOG_LIMIT, inspect_file
from tests.corpus.build import deflate, write_zip

DOCTYPE = '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'


def _book(tmp_path: Path, sheet: bytes, name: str = "book.xlsx") -> Path:
    path = tmp_path / name
    parts = [
        deflate("[Content_Types].xml", b'<?xml version="1.0"?><Types/>'),
        deflate("xl/workbook.xml", b"<workbook/>"),
        deflate("xl/worksheets/sheet1.xml", sheet),
    ]
    write_zip(path, parts)
    return path


@pytest.mark.parametrize(
    "sheet",
    [
        ('<?xml version="1.0"?>' + DOCTYPE + "<worksheet/>").encode(),
        ("<!-- a comment first -->\n" + DOCTYPE + "<worksheet/>").encode(),
        ("\ufeff" + DOCTYPE + "<worksheet/>").encode("utf-8"),
        ('<?xml version="1.0" encoding="UTF-16"?>' + DOCTYPE + "<worksheet/>").encode("utf-16"),
        (DOCTYPE + "<worksheet/>").encode("utf-16-le"),
    ],
    ids=["declaration", "comment-first", "utf8-bom", "utf16-bom", "utf16-no-bom"],
)
def test_doctype_is_refused_however_it_is_dressed(tmp_path: Path, sheet: bytes) -> None:
    [problem] = inspect_file(_book(tmp_path, sheet), "book.xlsx")
    assert problem.severity == "error"
    assert "'xl/worksheets/sheet1.xml' holds a DOCTYPE or ENTITY declaration" in problem.message


def test_a_long_prolog_is_refused(tmp_path: Path) -> None:
    sheet = b"<?xml version='1.0'?>" + b" " * (PROLOG_LIMIT + 10) + b"<worksheet/>"
    [problem] = inspect_file(_book(tmp_path, sheet), "book.xlsx")
    assert "does not start its content within 64 KB" in problem.message


def test_a_clean_workbook_passes(tmp_path: Path) -> None:
    sheet = b'<?xml version="1.0"?><!-- fine --><worksheet><sheetData/></worksheet>'
    assert inspect_file(_book(tmp_path, sheet), "book.xlsx") == []


def test_a_macro_workbook_is_a_warning(tmp_path: Path) -> None:
    [problem] = inspect_file(_book(tmp_path, b"<worksheet/>", "plan.xlsm"), "plan.xlsm")
    assert problem.severity == "warning"
    assert "its macros were not run" in problem.message


@pytest.mark.parametrize(
    ("header", "what"),
    [
        ("Studentnummer", "student numbers"),
        ("Student ID", "student numbers"),
        ("snr", "student numbers"),
        ("Voornaam", "names"),
        ("Achternaam", "names"),
        ("Geboortedatum", "dates of birth or ages"),
        ("E-mailadres", "e-mail addresses"),
        ("Nationaliteit", "nationalities"),
        ("BSN", "citizen service numbers, BSN"),
        ("Postcode", "addresses"),
    ],
)
def test_person_level_headers(header: str, what: str) -> None:
    assert str(person_header(header)) == what


@pytest.mark.parametrize(
    "header",
    ["Eenheid", "Jaar", "Bekostigingsniveau", "EER-studenten", "Nr", "Code", "Aantal",
     "Opmerking", "Toelichting bij de telling van EER-studenten per eenheid en jaar"],
)  # fmt: skip
def test_aggregate_headers_are_not_person_level(header: str) -> None:
    assert person_header(header) is None


def test_a_refused_students_workbook_is_the_only_problem_reported(example: Path) -> None:
    """Without a scenario the years to check come from the student counts; when students.xlsx
    is refused (here for a date-of-birth column) no plan is reported short of years that only
    those counts would have ruled out: the refusal stands alone."""
    import openpyxl

    from tests.conftest import cli

    path = example / "students.xlsx"
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    ws.cell(row=1, column=ws.max_column + 1, value="geboortedatum")
    ws.cell(row=2, column=ws.max_column, value="2001-01-01")
    wb.save(path)
    result = cli("validate", "--inputs", example, "--lang", "en")
    assert result.code == 1
    errors = [line for line in result.err.splitlines() if line.startswith("error:")]
    assert len(errors) == 2, errors
    assert all(line.startswith("error: students.xlsx") for line in errors), errors
    assert "2 input errors found" in result.err
