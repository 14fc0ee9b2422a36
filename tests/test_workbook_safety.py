"""Every workbook opens, its charts refer to cells that exist, its sheet names are valid, and
text from the inputs stays text: a name starting with =, +, - or @ is never a formula."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.conftest import SCENARIO, WHAT_IF, Demo, cli
from tests.workbooks import chart_references, check_references

HOSTILE = {
    '=HYPERLINK("http://example.invalid","klik")': "formula",
    "+31 71 527 2727 bellen": "plus",
    "-5% korting op boeken": "minus",
    "@SUM(A1:A9)": "at",
}


def _all_workbooks(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.xlsx"))


def test_every_workbook_opens_and_has_valid_sheet_names(demo: Demo) -> None:
    books = _all_workbooks(demo.out["nl"]) + _all_workbooks(demo.out["en"])
    assert len(books) == 2 * (1 + 8 + 1)
    for path in books:
        wb = openpyxl.load_workbook(path)
        names = wb.sheetnames
        assert len(set(names)) == len(names)
        assert all(0 < len(n) <= 31 for n in names), names


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_charts_refer_to_existing_cells(demo: Demo, lang: str) -> None:
    refs = chart_references(demo.pack(lang))
    # allocation chart twice (summary and charts sheet): 2 series x (categories, values), the
    # series named by the scenarios' titles as text; change chart: 1 series x (categories,
    # values), named as text; theme chart: 6 series x (name, categories, values)
    assert len(refs) == 2 * (2 + 2) + 2 * 1 + 3 * 6
    assert check_references(demo.pack(lang), refs) == []


def test_chart_check_catches_a_dangling_reference(demo: Demo) -> None:
    problems = check_references(demo.pack(), ["'Per eenheid'!$C$200:$C$201", "'Nope'!$A$1"])
    assert problems == [
        "'Per eenheid'!$C$200:$C$201: C200 is empty",
        "'Per eenheid'!$C$200:$C$201: C201 is empty",
        "'Nope'!$A$1: no sheet 'Nope'",
    ]


def _type_as_text(path: Path, sheet: str, cells: dict[str, str]) -> None:
    wb = openpyxl.load_workbook(path)
    for ref, value in cells.items():
        cell = wb[sheet][ref]
        cell.value = value
        cell.data_type = "s"  # as a user types text into a text cell: never a formula
    wb.save(path)


def test_input_text_is_never_a_formula(example: Path, tmp_path: Path) -> None:
    names = list(HOSTILE)
    _type_as_text(
        example / "plans" / "FGW.xlsx", "Maatregelen", {f"A{i + 2}": n for i, n in enumerate(names)}
    )
    _type_as_text(example / "units.xlsx", "Eenheden", {"B3": names[0], "C3": names[0]})
    out = tmp_path / "out"
    for lang in ("nl", "en"):
        assert (
            cli("run", SCENARIO, "--inputs", example, "--out", out / lang, "--lang", lang).code == 0
        )
        compared = cli(
            "compare", SCENARIO, WHAT_IF, "--inputs", example, "--out", out / lang, "--lang", lang
        )
        assert compared.code == 0, compared.text
    found: dict[str, int] = dict.fromkeys(names, 0)
    for path in _all_workbooks(out):
        wb = openpyxl.load_workbook(path)
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                for cell in row:
                    value = cell.value
                    if isinstance(value, str) and any(n in value for n in names):
                        assert cell.data_type == "s", (path.name, ws.title, cell.coordinate)
                        for n in names:
                            found[n] += n == value
    # each name appears as a cell of its own: measures in FGW's workbook, the unit's name in
    # the overview, the faculty workbook and the council pack
    assert all(count > 0 for count in found.values()), found
