"""Every kind of workbook the demo writes — overview, faculty board, council pack, monitoring —
printed by LibreOffice as a reader would, in Dutch and English, and read back from the PDF:
A4 landscape pages no wider than the paper, every sheet printed with its name in the header and
'page x / N' in the footer, text large enough to read and never on top of other text, no page
that holds a scrap of a sheet, no more pages than the rows need, and no word of a text cell
cut off (by the cell beside it, the page's edge or a row too low for its lines). The
recalculation of every formula stays in test_libreoffice_recalc.py.

Needs LibreOffice and poppler's pdftotext: in CI (CI=true) both must be there (.ci/run installs
them) and the test fails without them; elsewhere it is skipped.
"""

from __future__ import annotations

import math
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter

from tests.conftest import ROOT, SCENARIO, WHAT_IF, cli
from tests.libreoffice import require, require_libreoffice, to_pdf
from tests.printed import Page, cut_off, pdftotext, problems, read_pdf, sheet_of

TARIFF = ROOT / "scenarios" / "tariff-tiers.toml"
PAGE_ROWS_HEIGHT = 400.0  # points of rows a landscape A4 page holds at full size, at least


@pytest.fixture(scope="module")
def books(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """The demo's workbooks: both scenarios' overviews and faculty-board workbooks, the council
    pack of the three scenarios (nl and en), and monitoring.xlsx."""
    base = tmp_path_factory.mktemp("print")
    inputs = base / "inputs"
    assert cli("init", "--example", inputs).code == 0
    out = {}
    for lang in ("nl", "en"):
        out[lang] = base / lang
        common = ["--inputs", inputs, "--out", out[lang], "--lang", lang]
        for scenario in (SCENARIO, TARIFF):
            ran = cli("run", scenario, *common)
            assert ran.code == 0, ran.text
        compared = cli("compare", SCENARIO, TARIFF, WHAT_IF, *common)
        assert compared.code == 0, compared.text
    monitored = cli("monitor", SCENARIO, "--inputs", inputs, "--out", out["nl"])
    assert monitored.code == 0, monitored.text
    found = []
    for lang in ("nl", "en"):
        found += sorted(out[lang].glob("*/overview.xlsx"))
        found += sorted(out[lang].glob("comparison/*.xlsx"))
        found += sorted(out[lang].glob("*/monitoring.xlsx"))
        # the faculty workbooks: every unit under the tariff scenario in Dutch, and a few more
        faculty = sorted((out[lang] / TARIFF.stem / "faculty").glob("*.xlsx"))
        found += faculty if lang == "nl" else [f for f in faculty if f.stem in ("FGW", "LUMC")]
        found.append(out[lang] / SCENARIO.stem / "faculty" / "ICLON.xlsx")
    return found


def test_every_workbook_prints_readably(books: list[Path], tmp_path: Path) -> None:
    """One test (LibreOffice prints all workbooks in one run, once): the set-up of every sheet,
    then every printed page, then the pages per sheet."""
    names = {b.name for b in books}
    assert {"overview.xlsx", "monitoring.xlsx", "FGW.xlsx"} <= names
    assert "uniform-500--tariff-tiers--uniform-550.xlsx" in names
    assert len(books) == 4 + 2 + 1 + 8 + 2 + 2  # overviews, packs, monitoring, faculty
    for book in books:
        _set_up_one_page_wide(book)
    require_libreoffice()
    require(pdftotext(), "pdftotext (poppler)", "poppler-utils")
    pdfs = to_pdf(books, tmp_path)
    found = []
    for book in books:
        pages = read_pdf(pdfs[book])
        sheets = [ws.title for ws in openpyxl.load_workbook(book).worksheets if ws.print_area]
        found += [f"{book.parent.name}/{book.name}: {p}" for p in problems(pages, sheets)]
        found += [f"{book.parent.name}/{book.name}: {p}" for p in _too_many_pages(book, pages)]
        found += [f"{book.parent.name}/{book.name}: {p}" for p in cut_off(book, pages)]
    assert found == [], "\n".join(found[:30])


def _set_up_one_page_wide(book: Path) -> None:
    """What keeps a sheet from being cut into vertical strips: each printed sheet is fitted to
    one page width (any number of pages high), on A4, landscape, with a print area."""
    for ws in openpyxl.load_workbook(book).worksheets:
        where = f"{book.parent.name}/{book.name} › {ws.title}"
        assert ws.print_area, where
        assert ws.sheet_properties.pageSetUpPr.fitToPage, where
        fit = (ws.page_setup.fitToWidth or 1, ws.page_setup.fitToHeight)  # 1 is left out
        assert fit in ((1, 0), (1, 1)), where
        assert ws.page_setup.paperSize == 9 and ws.page_setup.orientation == "landscape", where


def _too_many_pages(book: Path, pages: list[Page]) -> list[str]:
    """Pages per sheet: at most the height of its rows at full size over what a page holds,
    plus one page for each break the writer set to keep a table whole (a sheet printed one
    page wide can only be smaller than full size)."""
    wb = openpyxl.load_workbook(book)
    counted: dict[str, int] = {}
    for p in pages:
        sheet = sheet_of(p, wb.sheetnames)
        counted[str(sheet)] = counted.get(str(sheet), 0) + 1
    out = []
    for ws in wb.worksheets:
        height = sum((ws.row_dimensions[r].height or 15.0) for r in range(1, ws.max_row + 1))
        most = max(math.ceil(height / PAGE_ROWS_HEIGHT) + len(ws.row_breaks.brk), 1)
        if counted.get(ws.title, 0) > most:
            out.append(f"{ws.title}: {counted[ws.title]} pages, its rows need at most {most}")
    return out


def test_the_checks_see_a_badly_printed_sheet(tmp_path: Path) -> None:
    """A workbook set up as the overview once was: a wide sheet printed at its own size on
    US letter paper, no header, a table cut after its first rows. The checks object."""
    require_libreoffice()
    require(pdftotext(), "pdftotext (poppler)", "poppler-utils")
    path = tmp_path / "bad.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    wide = wb.add_worksheet("Wide")
    for row in range(3):
        for col in range(30):
            wide.write(row, col, f"cell {row}-{col}")
    tall = wb.add_worksheet("Tall")
    tall.set_landscape()
    tall.set_paper(9)
    tall.fit_to_pages(1, 0)
    tall.set_header("&RTall")
    tall.set_footer("&R&P / &N")
    for row in range(45):
        tall.write(row, 0, f"row {row}")
    tall.set_h_pagebreaks([44])  # the last row alone on a page
    tiny = wb.add_worksheet("Tiny")
    tiny.set_landscape()
    tiny.set_paper(9)
    tiny.set_header("&RTiny")
    tiny.set_footer("&R&P / &N")
    tiny.set_print_scale(30)
    tiny.write(0, 0, "text far too small to read")
    tiny.write(1, 0, "and more")
    tiny.write(2, 0, "a name longer than its column, cut off by its neighbour")
    tiny.write(2, 1, "x")
    tiny.print_area(0, 0, 2, 1)
    wb.close()
    with pytest.raises(AssertionError, match="Wide"):
        _set_up_one_page_wide(path)  # neither fitted to the page width nor A4 landscape
    pages = read_pdf(to_pdf([path], tmp_path / "work")[path])
    found = "\n".join(problems(pages, ["Wide", "Tall", "Tiny"]))
    assert "not A4 landscape" in found  # the wide sheet: letter, portrait
    assert "names no sheet" in found and "has no '1 /" in found
    assert "(Tall): only 1 line(s) of the sheet on this page" in found
    assert "(Tiny): text" in found and "too small" in found
    lost = cut_off(path, pages)
    assert any(line.startswith("Tiny!A3: ['longer'") for line in lost), lost


def outside_print_area(book: Path) -> list[str]:
    """Every written cell that a printout leaves off: outside its sheet's print area."""
    from openpyxl.utils import range_boundaries

    out = []
    for ws in openpyxl.load_workbook(book).worksheets:
        if not ws.print_area:
            continue
        area = str(ws.print_area[0] if isinstance(ws.print_area, list) else ws.print_area)
        min_col, _, max_col, max_row = range_boundaries(area.split("!")[-1].replace("$", ""))
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is None:
                    continue
                assert min_col is not None and max_col is not None and max_row is not None
                if not (min_col <= cell.column <= max_col and cell.row <= max_row):
                    out.append(f"{book.name} › {ws.title} › {cell.coordinate}")
    return out


def test_nothing_is_written_outside_the_print_area(books: list[Path]) -> None:
    found = [cell for book in books for cell in outside_print_area(book)]
    assert found == [], found[:10]


def test_the_councils_indicators_print_every_year_of_money(example: Path, tmp_path: Path) -> None:
    """Indicator values of one year only (2019) beside three years of money: the money of the
    last year stood in a column the print area left out (the page had room for the indicator
    years, not for the budget years)."""
    book = openpyxl.load_workbook(example / "indicators.xlsx")
    values = book["Waarden"]
    for row in range(values.max_row, 1, -1):
        if values.cell(row, 2).value == 2020:
            values.delete_rows(row)
    book.save(example / "indicators.xlsx")
    out = tmp_path / "out"
    assert cli("compare", SCENARIO, WHAT_IF, "--inputs", example, "--out", out).code == 0
    (pack,) = (out / "comparison").glob("*.xlsx")
    assert "Indicatoren" in openpyxl.load_workbook(pack).sheetnames
    assert outside_print_area(pack) == []
