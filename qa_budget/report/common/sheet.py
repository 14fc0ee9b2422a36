"""Shared workbook machinery: number formats, and a sheet that remembers what it wrote where.

Every figure written can be registered under a key; later sheets refer to it by key, so a
formula names the right cell and carries the right cached value, whatever the layout.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from xlsxwriter.utility import xl_col_to_name, xl_rowcol_to_cell_fast
from xlsxwriter.worksheet import (
    CellFormulaTuple,
    CellNumberTuple,
    CellStringTuple,
    Worksheet,
    re_dynamic_function,
)

TOP: dict[str, Any] = {"valign": "top"}
FORMATS: dict[str, dict[str, Any]] = {
    "title": {"bold": True, "font_size": 14},
    "subtitle": {"italic": True, "font_color": "#595959"},
    "header": {
        "bold": True,
        "bg_color": "#DDEBF7",
        "border": 1,
        "text_wrap": True,
        "valign": "top",
    },
    "header_right": {
        "bold": True,
        "bg_color": "#DDEBF7",
        "border": 1,
        "align": "right",
        "text_wrap": True,
        "valign": "top",
    },
    "bold": {"bold": True},
    "bold_wrap": {"bold": True, "text_wrap": True, "valign": "top"},
    "text": {},
    "wrap": {"text_wrap": True, "valign": "top"},
    "keur": {"num_format": "#,##0;-#,##0"},
    "keur_total": {"num_format": "#,##0;-#,##0", "bold": True, "top": 1},
    "eur": {"num_format": "#,##0.00;-#,##0.00"},
    "eur_total": {"num_format": "#,##0.00;-#,##0.00", "bold": True, "top": 1},
    "count": {"num_format": "#,##0"},
    "count_total": {"num_format": "#,##0", "bold": True, "top": 1},
    "pct": {"num_format": "0"},
    "pct_total": {"num_format": "0", "bold": True, "top": 1},
    "pct1": {"num_format": "0.0%"},
    "ok": {"bold": True, "font_color": "#006100", "bg_color": "#C6EFCE"},
    "fail": {"bold": True, "font_color": "#9C0006", "bg_color": "#FFC7CE"},
}


MAX_CELL = 32_767  # characters Excel keeps in one cell
SHORTENED = " …"


def fit_cell(text: str) -> str:
    """Text that fits in one cell. The writers keep their texts far shorter (long lists of
    units are counted, not named); should a text still be longer than Excel's 32,767
    characters, it is cut at the last '; ', ', ' or space before the limit and ends in ' …',
    so the reader sees that it goes on (Excel would cut it anywhere, without a sign)."""
    if len(text) <= MAX_CELL:
        return text
    room = text[: MAX_CELL - len(SHORTENED)]
    for sep in ("; ", ", ", " "):
        cut = room.rfind(sep)
        if cut > MAX_CELL // 2:
            return room[:cut] + SHORTENED
    return room + SHORTENED


SECTION_ROWS = 3  # rows printed with a section title: its header and the first rows


@dataclass
class Ref:
    """A written cell: its sheet-qualified address and its (cached) value."""

    address: str
    value: Any


@dataclass
class Registry:
    """Cells by key, across the sheets of one workbook, and the workbook's sheets in order."""

    cells: dict[Hashable, Ref] = field(default_factory=dict)
    sheets: list[Sheet] = field(default_factory=list)

    def __getitem__(self, key: Hashable) -> Ref:
        return self.cells[key]


class PlainFormulaWorksheet(Worksheet):  # type: ignore[misc]
    """A worksheet that writes formulas as given.

    The stock worksheet rewrites every formula with some thirty regular expressions to add
    prefixes for Excel's newer functions; the formulas here use only SUM, SUMIF, IF and ABS,
    so that work is skipped (it dominated the time of writing a large overview).
    """

    def _prepare_formula(self, formula: str, expand_future_functions: bool = False) -> str:
        return formula[1:] if formula.startswith("=") else formula

    def _write_cell(self, row: int, col: int, cell: Any) -> None:
        """The stock cell writer's output for the cells written here (numbers, shared strings,
        formulas with a numeric cached value, each with its own format), built in one string;
        every other cell goes to the stock writer. A test compares the bytes of both."""
        text = self._cell_xml(f"{_column(col)}{row + 1}", cell)
        if text is None:
            super()._write_cell(row, col, cell)
        else:
            self.fh.write(text)

    def _cell_xml(self, address: str, cell: Any) -> str | None:
        """One of the writers' own cells as the stock writer writes it, or None for any other."""
        kind = type(cell)
        if self.constant_memory or cell.format is None or kind not in _FAST_CELLS:
            return None  # constant memory writes texts inline: the stock writer does that
        head = f'<c r="{address}" s="{cell.format._get_xf_index()}"'
        if kind is CellNumberTuple:
            return f"{head}><v>{cell.number:.16G}</v></c>"
        if kind is CellStringTuple:
            return f'{head} t="s"><v>{cell.string}</v></c>'
        if type(cell.value) in (int, float):
            return f"{head}><f>{self._escape_data(cell.formula)}</f><v>{cell.value}</v></c>"
        return None

    # The sheet's rows as the stock writer writes them, visiting only the rows and cells that
    # exist: the stock writer visits every row between the first and the last, and in each row
    # every column between the sheet's first and last, which in a wide sheet of a large
    # workbook was most of the time of writing it. A test compares the bytes of both.

    def _calculate_spans(self) -> None:
        low, high = self.dim_rowmin, self.dim_rowmax
        first, last = self.dim_colmin, self.dim_colmax
        blocks: dict[int, tuple[int, int]] = {}
        for source in (self.table, self.comments):
            for row, cells in source.items():
                if not low <= row <= high:
                    continue
                cols = [c for c in cells if first <= c <= last]
                if not cols:
                    continue
                block, lo, hi = row // 16, min(cols), max(cols)
                if block in blocks:
                    was = blocks[block]
                    lo, hi = min(lo, was[0]), max(hi, was[1])
                blocks[block] = (lo, hi)
        self.row_spans = {b: f"{lo + 1}:{hi + 1}" for b, (lo, hi) in sorted(blocks.items())}

    def _write_rows(self) -> None:
        self._calculate_spans()
        low, high = self.dim_rowmin, self.dim_rowmax
        first, last = self.dim_colmin, self.dim_colmax
        table, info = self.table, self.row_info
        rows = {r for r, cells in table.items() if cells} | set(self.comments) | set(info)
        write = self.fh.write
        for row in sorted(r for r in rows if low <= r <= high):
            span = self.row_spans.get(row // 16)
            cells = table.get(row)
            if not cells:
                self._write_empty_row(row, span, info.get(row))
                continue
            self._write_row(row, span, info.get(row))
            number = str(row + 1)
            for col in sorted(c for c in cells if first <= c <= last):
                cell = cells[col]
                text = self._cell_xml(_column(col) + number, cell)
                if text is None:
                    super()._write_cell(row, col, cell)
                else:
                    write(text)
            write("</row>")

    # The writers' own cells go straight into the worksheet's table: the stock write_number,
    # write_string and write_formula first translate A1 notation and check every argument,
    # which in a workbook of 900,000 cells took a third of the time. Anything out of the
    # ordinary (a number that is not finite, a very long text, an array or dynamic formula,
    # the constant-memory mode, a cell outside the sheet) takes the stock path, as before.

    def put_number(self, row: int, col: int, number: float, fmt: Any) -> None:
        """write_number, for a finite number in the sheet."""
        if (
            self.constant_memory
            or type(number) not in (int, float)  # a Fraction, a Decimal: the stock conversion
            or not math.isfinite(number)
            or self._check_dimensions(row, col)
        ):
            self.write_number(row, col, number, fmt)
            return
        self.table[row][col] = CellNumberTuple(number, fmt)

    def put_string(self, row: int, col: int, string: str, fmt: Any) -> None:
        """write_string, for a text of less than half the cell's limit."""
        if (
            self.constant_memory
            or len(string) > self.xls_strmax // 2
            or self._check_dimensions(row, col)
        ):
            self.write_string(row, col, string, fmt)
            return
        self.table[row][col] = CellStringTuple(self.str_table._get_shared_string_index(string), fmt)

    def put_formula(self, row: int, col: int, formula: str, fmt: Any, value: Any) -> None:
        """write_formula, for a plain formula (not an array or dynamic-array formula)."""
        if (
            self.constant_memory
            or not formula
            or formula.startswith("{")
            or re_dynamic_function.search(formula)
            or self._check_dimensions(row, col)
        ):
            self.write_formula(row, col, formula, fmt, value)
            return
        self.table[row][col] = CellFormulaTuple(self._prepare_formula(formula), fmt, value)


_FAST_CELLS = (CellNumberTuple, CellStringTuple, CellFormulaTuple)


@functools.cache
def _column(col: int) -> str:
    """A column's letters (0 -> A), worked out once per column: addresses are asked for by
    the hundred thousand in a large workbook."""
    return str(xl_col_to_name(col))


class Sheet:
    """A worksheet with named formats and a registry of the cells written."""

    def __init__(self, wb: Any, name: str, registry: Registry, formats: dict[str, Any]) -> None:
        self.ws = wb.add_worksheet(name, worksheet_class=PlainFormulaWorksheet)
        self.name = name
        self.registry = registry
        self.fmt = formats
        self.header_rows: list[int] = []  # rows written with row_texts: a table's header
        self.keep: list[tuple[int, int]] = []  # row ranges printed on one page where they fit
        self.landscape = True
        self._qualified = "'" + name.replace("'", "''") + "'!"
        registry.sheets.append(self)

    def address(self, row: int, col: int) -> str:
        """Sheet-qualified A1 address, e.g. 'Overzicht'!$C$5."""
        return f"{self._qualified}${_column(col)}${row + 1}"

    def text(self, row: int, col: int, value: str, fmt: str = "text") -> None:
        """Write text, always as text (never as a formula, whatever it starts with); a text
        longer than a cell holds is shortened visibly (`fit_cell`). A section's title is
        printed with the first rows under it (its header and a row or two), never alone at
        the foot of a page."""
        self.ws.put_string(row, col, fit_cell(value), self.fmt[fmt])
        if fmt == "section":
            self.keep.append((row, row + SECTION_ROWS))

    def row_texts(
        self,
        row: int,
        col: int,
        values: Sequence[str],
        fmt: str = "header",
        numeric_from: int | None = None,
    ) -> None:
        """Write a row of header texts from `col` on; those from index `numeric_from` on head
        number columns and are right-aligned."""
        for i, v in enumerate(values):
            right = numeric_from is not None and i >= numeric_from
            self.text(row, col + i, v, "header_right" if right else fmt)
        if fmt == "header" and row not in self.header_rows:
            self.header_rows.append(row)

    def keep_together(self, first: int, last: int) -> None:
        """Print rows first..last on one page when they fit on one (a table with its title)."""
        self.keep.append((first, last))

    def number(
        self, row: int, col: int, value: float | int, fmt: str, key: Hashable | None = None
    ) -> Ref | None:
        """Write a number; register it under `key` when given."""
        self.ws.put_number(row, col, value, self.fmt[fmt])
        return self._register(row, col, value, key)

    def formula(
        self, row: int, col: int, formula: str, value: Any, fmt: str, key: Hashable | None = None
    ) -> Ref | None:
        """Write a formula with its cached value; register it under `key` when given."""
        self.ws.put_formula(row, col, formula, self.fmt[fmt], value)
        return self._register(row, col, value, key)

    def local(self, row: int, col: int) -> str:
        """Unqualified relative A1 address (for formulas within the sheet)."""
        return str(xl_rowcol_to_cell_fast(row, col))

    def _register(self, row: int, col: int, value: Any, key: Hashable | None) -> Ref | None:
        if key is None:
            return None
        ref = Ref(self.address(row, col), value)
        self.registry.cells[key] = ref
        return ref

    def setup_print(self, landscape: bool = True) -> None:
        """Landscape (or portrait), A4, fit to one page wide; the workbook's own page setup
        (report/common/page.py) completes it with a print area, breaks, header and footer."""
        self.landscape = landscape
        if landscape:
            self.ws.set_landscape()
        self.ws.set_paper(9)  # A4
        self.ws.fit_to_pages(1, 0)


class Formats(dict[str, Any]):
    """A workbook's formats by name, each added to the workbook the first time a cell asks for
    it: a workbook uses a part of the seventy named here, and making a format costs more than
    writing a cell. (The workbook numbers its formats in the order the cells use them, so the
    bytes are those of making every format at once.)"""

    def __init__(self, wb: Any, specs: dict[str, dict[str, Any]]) -> None:
        super().__init__()
        self.wb = wb
        self.specs = specs

    def __missing__(self, name: str) -> Any:
        made = self[name] = self.wb.add_format(self.specs[name])
        return made

    def more(self, specs: dict[str, dict[str, Any]]) -> Formats:
        """These formats and some more (a name given again takes its new spec)."""
        return Formats(self.wb, self.specs | specs)


def add_formats(wb: Any) -> Formats:
    """Create the shared formats in a workbook: every cell aligned to the top, so that in a row
    made taller for a wrapped text the other cells stand beside its first line."""
    return Formats(wb, {name: TOP | spec for name, spec in FORMATS.items()})


# Fixed document date: identical inputs give byte-identical workbooks.
FIXED_CREATED = dt.datetime(2000, 1, 1, 0, 0, 0)


def new_workbook(path: Path, constant_memory: bool = False) -> Any:
    """An xlsxwriter workbook with fixed document properties (no timestamps)."""
    import xlsxwriter

    wb = xlsxwriter.Workbook(
        str(path),
        {
            "constant_memory": constant_memory,
            "in_memory": not constant_memory,  # no temporary files: the workbook is small
            "strings_to_formulas": False,
            "strings_to_urls": False,
        },
    )
    wb.set_properties({"created": FIXED_CREATED, "author": "qa-budget", "comments": ""})
    return wb
