"""The workbook writer's own row and cell writer, and its direct cell puts, give the bytes of the
stock writer of the pinned xlsxwriter: every workbook of a run, a comparison and a monitoring
report, written both ways; the cells out of the ordinary take the stock path."""

from __future__ import annotations

from pathlib import Path

import pytest
from xlsxwriter.worksheet import Worksheet

from qa_budget.report.common.sheet import PlainFormulaWorksheet
from tests.conftest import ROOT, SCENARIO, cli


def _write_all(inputs: Path, out: Path) -> dict[str, bytes]:
    tariff = ROOT / "scenarios" / "tariff-tiers-capped.toml"
    for args in (
        ("run", SCENARIO),
        ("run", tariff),
        ("compare", SCENARIO, tariff),
        ("monitor", SCENARIO),
    ):
        done = cli(*args, "--inputs", inputs, "--out", out, "--force")
        assert done.code == 0, done.stderr
    books = {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*.xlsx"))}
    assert len(books) > 10  # overview, faculty workbooks, council pack, monitoring
    return books


def test_fast_cell_writer_matches_stock_bytes(
    example: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fast = _write_all(example, tmp_path / "fast")
    monkeypatch.setattr(PlainFormulaWorksheet, "_write_cell", Worksheet._write_cell)
    monkeypatch.setattr(PlainFormulaWorksheet, "_write_rows", Worksheet._write_rows)
    monkeypatch.setattr(PlainFormulaWorksheet, "_calculate_spans", Worksheet._calculate_spans)
    monkeypatch.setattr(PlainFormulaWorksheet, "put_number", Worksheet.write_number)
    monkeypatch.setattr(PlainFormulaWorksheet, "put_string", Worksheet.write_string)
    monkeypatch.setattr(PlainFormulaWorksheet, "put_formula", Worksheet.write_formula)
    stock = _write_all(example, tmp_path / "stock")
    assert fast.keys() == stock.keys()
    for name in fast:
        assert fast[name] == stock[name], name


def test_cells_out_of_the_ordinary_take_the_stock_path(tmp_path: Path) -> None:
    # a number that is not finite, a text longer than half a cell's limit, a dynamic-array
    # formula, a cell beyond the sheet: each stored as the stock writer stores it
    from qa_budget.report.common.sheet import new_workbook

    wb = new_workbook(tmp_path / "x.xlsx")
    wb.nan_inf_to_errors = True
    ours = wb.add_worksheet("a", worksheet_class=PlainFormulaWorksheet)
    theirs = wb.add_worksheet("b", worksheet_class=Worksheet)
    theirs.nan_inf_to_errors = ours.nan_inf_to_errors = True
    long = "x" * 20_000
    ours.put_number(0, 0, float("inf"), None)
    theirs.write_number(0, 0, float("inf"), None)
    ours.put_string(1, 0, long, None)
    theirs.write_string(1, 0, long, None)
    ours.put_formula(2, 0, "=UNIQUE(A1:A2)", None, 0)
    theirs.write_formula(2, 0, "=UNIQUE(A1:A2)", None, 0)
    ours.put_number(1_048_576, 0, 1, None)  # beyond the last row: not stored
    ours.put_formula(3, 0, "=SUM(A1:A2)", None, 3)
    theirs.write_formula(3, 0, "=SUM(A1:A2)", None, 3)
    assert type(ours.table[0][0]).__name__ == "Formula"  # infinity written as an error
    assert ours.table[0][0] == theirs.table[0][0]
    assert ours.table[1][0].string == theirs.table[1][0].string
    assert type(ours.table[2][0]) is type(theirs.table[2][0])  # an array formula
    assert ours.table[3][0] == theirs.table[3][0]
    assert 1_048_576 not in ours.table and ours.dim_rowmax == 3
    wb.close()


def _sheet_xml(path: Path, cls: type) -> bytes:
    import zipfile

    from qa_budget.report.common.sheet import new_workbook

    wb = new_workbook(path)
    ws = wb.add_worksheet("a", worksheet_class=cls)
    bold = wb.add_format({"bold": True})
    ws.write_number(40, 30, 1.5, bold)  # far right: a wide sheet with few cells
    ws.write_string(2, 1, "text", bold)
    ws.write_string(2, 0, "no format")
    ws.write_blank(3, 3, None, bold)
    ws.write_boolean(5, 2, True)
    ws.write_formula(6, 2, '=A1&"<b>"', bold, "x")  # a text result: the stock path
    ws.write_comment(8, 4, "a note")  # a row with a comment and no cell
    ws.set_row(10, 30)  # a row with a height and no cell
    ws.set_row(2, 20)
    ws.write_number(17, 0, -0.0, bold)  # the second block of sixteen rows
    ws.write_number(33, 5, 1e-20, bold)
    wb.close()
    with zipfile.ZipFile(path) as z:
        return z.read("xl/worksheets/sheet1.xml")


def test_row_writer_matches_stock_on_sparse_rows(tmp_path: Path) -> None:
    # rows with only a comment or a height, blank and boolean cells, a cell far to the right
    # and spans over several blocks of sixteen rows: the same bytes as the stock writer
    ours = _sheet_xml(tmp_path / "ours.xlsx", PlainFormulaWorksheet)
    stock = _sheet_xml(tmp_path / "stock.xlsx", Worksheet)
    assert b'spans="6:31"' in stock and b"<legacyDrawing" in stock  # the cases are there
    assert ours == stock


def test_a_section_title_never_ends_a_page(tmp_path: Path) -> None:
    """A section's title at the foot of a page goes to the next page with its header and first
    rows (the council's theme mixes printed a title and its header alone on one page and the
    rows on the next)."""
    from qa_budget.report.common.page import setup_page
    from qa_budget.report.common.sheet import Registry, Sheet, add_formats, new_workbook

    wb = new_workbook(tmp_path / "x.xlsx")
    fmt = add_formats(wb).more({"section": {"bold": True}})
    s = Sheet(wb, "Blad", Registry(), fmt)
    # 15-point rows; a landscape A4 page holds about 30 of them (487 × 0.95 points): 28 rows
    # of text, then the title at row 28 with its header and rows 30-44 after it
    for row in range(28):
        s.text(row, 0, f"regel {row}")
    s.text(28, 0, "Sectie", "section")
    s.row_texts(29, 0, ["Kop"])
    for row in range(30, 45):
        s.text(row, 0, f"rij {row}")
    setup_page(s, 44, 0, header="", footer="")
    assert s.ws.hbreaks == [28]  # the page breaks before the title, not between it and its rows
    wb.close()
