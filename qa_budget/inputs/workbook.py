"""Reading an input sheet into typed rows, with every problem located by file, sheet and cell."""

from __future__ import annotations

import difflib
import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qa_budget.errors import Joined, Location, Msg, Number, Problem, msg
from qa_budget.inputs.cells import CellError, expectation, is_pm, parse_cell, parse_money
from qa_budget.inputs.columns import fast_column, money_column
from qa_budget.inputs.contracts import SheetContract
from qa_budget.inputs.layout import (
    MAX_SHEET_CELLS,
    MAX_SHEET_COLUMNS,
    SheetLayout,
    cell_ref,
    col_index,
    oversized,
    read_layout,
    sheet_parts,
)
from qa_budget.inputs.shape import fill_grid, is_blank, shape_problems
from qa_budget.inputs.source import SourceFile, read_source

__all__ = ["CellError", "Row", "SheetRead", "Workbook", "parse_cell", "parse_money", "read_sheet"]


@dataclass
class Row:
    """One data row of a sheet: parsed values by column key, and where each came from."""

    number: int  # Excel row number (1-based)
    values: dict[str, Any] = field(default_factory=dict)
    years: dict[int, int] = field(default_factory=dict)  # plan amounts in cents by year
    pm: set[int] = field(default_factory=set)  # years whose amount is pm (waits for a decision)
    failed: set[str] = field(default_factory=set)  # keys whose cell has an error (reported):
    # empty where required, or unreadable; such a cell is missing from `values`, not empty
    failed_years: set[int] = field(default_factory=set)  # years whose amount has an error


@dataclass
class SheetRead:
    """The outcome of reading one sheet."""

    file: str
    sheet: str
    rows: list[Row] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    year_columns: dict[int, str] = field(default_factory=dict)  # year -> column letter(s)
    column_letters: dict[str, str] = field(default_factory=dict)  # key -> column letter(s)

    def at(self, cell: str | Msg | None = None) -> Location:
        """A location in this sheet."""
        return Location(self.file, self.sheet, cell)

    def where(self, key: str, row: Row) -> Location:
        """The location of a column's cell in a row."""
        return self.at(f"{self.column_letters[key]}{row.number}")


class Workbook:
    """An input workbook opened for reading, from the bytes of its source file."""

    def __init__(self, source: SourceFile) -> None:
        self.source = source
        self.name = source.name
        self.problems: list[Problem] = list(source.problems)
        self.refused: set[str] = set()  # sheets not read at all (too large an area)
        self._book: Any = None
        self._zip: zipfile.ZipFile | None = None
        self._sheet_parts: dict[str, tuple[str, bool]] | None = None
        self._parts: dict[str, tuple[bytes, bool] | None] = {}
        self._grids: dict[str, list[list[Any]]] = {}
        if source.data is None:
            return
        try:
            from python_calamine import CalamineWorkbook

            self._book = CalamineWorkbook.from_filelike(io.BytesIO(source.data))
            self._zip = source.container or zipfile.ZipFile(io.BytesIO(source.data))
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException as err:  # the reader raises several types, panics included
            self._book = None
            self._fail(msg("msg_book_unreadable", error=type(err).__name__))

    @classmethod
    def from_path(cls, path: Path, display_name: str) -> Workbook:
        """Read and open a workbook file (for tools; runs read every file via `read_inputs`)."""
        return cls(read_source(path, display_name))

    def _fail(self, message: Msg) -> None:
        self.problems.append(Problem(Location(self.name), message))

    @property
    def sheet_names(self) -> list[str]:
        """The names of the workbook's sheets (none when it could not be opened)."""
        return list(self._book.sheet_names) if self._book is not None else []

    def _part(self, sheet: str) -> tuple[bytes, bool] | None:
        """The bytes of a sheet's XML part and whether the sheet is hidden (read once)."""
        if sheet in self._parts:
            return self._parts[sheet]
        found = None
        if self._zip is not None:
            if self._sheet_parts is None:
                self._sheet_parts = sheet_parts(self._zip)
            entry = self._sheet_parts.get(sheet)
            if entry is not None and entry[0] in self._zip.namelist():
                found = (self._zip.read(entry[0]), entry[1])
        self._parts[sheet] = found
        return found

    def layout(self, sheet: str) -> SheetLayout:
        """Merged, hidden and uncalculated cells of a sheet (see layout.py)."""
        try:
            part = self._part(sheet)
            return SheetLayout() if part is None else read_layout(*part)
        except Exception as err:  # a damaged XML part: the values may still be readable
            self.problems.append(
                Problem(
                    Location(self.name, sheet),
                    msg("msg_book_layout", error=type(err).__name__),
                )
            )
            return SheetLayout()

    @property
    def ok(self) -> bool:
        """True when the workbook could be opened."""
        return self._book is not None

    def grid(self, sheet: str) -> list[list[Any]] | None:
        """All cells of a sheet from A1, or None (with a problem recorded) if it is missing."""
        if self._book is None:
            return None
        names: list[str] = list(self._book.sheet_names)
        if sheet not in names:
            close = [n for n in names if n.strip().casefold() == sheet.casefold()]
            hint = msg("msg_sheet_found_as", found=close[0], sheet=sheet) if close else ""
            listed = ", ".join(f"'{n}'" for n in names)
            self._fail(msg("msg_sheet_missing", sheet=sheet, hint=hint, names=listed))
            return None
        if sheet in self._grids:
            return self._grids[sheet]
        if not self._within_limits(sheet):
            return None
        try:
            rows: list[list[Any]] = self._book.get_sheet_by_name(sheet).to_python(
                skip_empty_area=False
            )
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException as err:  # the reader's own panics are not Exceptions
            self.problems.append(
                Problem(Location(self.name, sheet), msg("msg_book_sheet", error=type(err).__name__))
            )
            return None
        self._grids[sheet] = rows
        return rows

    def _within_limits(self, sheet: str) -> bool:
        """Refuse a sheet whose values span an area far larger than a table (one value in a
        far corner), before any reader fills that area."""
        try:
            part = self._part(sheet)
        except Exception:  # a damaged part: the reader reports it
            return True
        extent = None if part is None else oversized(part[0])
        if extent is None:
            return True
        far = extent.rightmost if extent.cols > MAX_SHEET_COLUMNS else extent.lowest
        self.refused.add(sheet)
        self.problems.append(
            Problem(
                Location(self.name, sheet, far),
                msg(
                    "msg_book_far",
                    rows=Number(extent.rows),
                    cols=Number(extent.cols),
                    most=Number(MAX_SHEET_CELLS),
                ),
            )
        )
        return False


def _blank_row(cells: list[Any]) -> bool:
    return all(v == "" or v is None for v in cells) or all(_is_blank(v) for v in cells)


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


_is_blank = is_blank


def _header_map(
    header: list[Any], contract: SheetContract, read: SheetRead
) -> dict[str, int] | None:
    expected = {_norm(c.header): c for c in contract.columns}
    found: dict[str, int] = {}
    for col, value in enumerate(header):
        if _is_blank(value):
            continue
        ref = cell_ref(0, col)
        text = str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)
        if contract.year_columns and re.fullmatch(r"[0-9]{4}", text.strip()):
            year = int(text)
            if year in read.year_columns:
                read.problems.append(Problem(read.at(ref), msg("msg_header_year_twice", year=year)))
            read.year_columns[year] = ref.rstrip("0123456789")
            continue
        column = expected.get(_norm(text))
        if column is None:
            close = difflib.get_close_matches(_norm(text), list(expected), n=1, cutoff=0.8)
            hint = msg("msg_header_did_you_mean", header=expected[close[0]].header) if close else ""
            headers: list[Any] = [f"'{c.header}'" for c in contract.columns]
            if contract.year_columns:
                headers.append(msg("msg_header_year_columns"))
            read.problems.append(
                Problem(
                    read.at(ref),
                    msg(
                        "msg_header_unexpected",
                        text=text,
                        hint=hint,
                        expected=Joined(tuple(headers)),
                    ),
                )
            )
        elif column.key in found:
            read.problems.append(
                Problem(read.at(ref), msg("msg_header_twice", header=column.header))
            )
        else:
            found[column.key] = col
            read.column_letters[column.key] = ref.rstrip("0123456789")
    missing = [c for c in contract.columns if c.required and c.key not in found]
    for c in missing:
        read.problems.append(
            Problem(read.at(msg("loc_row", n=1)), msg("msg_header_missing", header=c.header))
        )
    return None if missing else found


def read_sheet(book: Workbook, contract: SheetContract) -> SheetRead:
    """Read a sheet of an input workbook following its contract; collect every problem."""
    read = SheetRead(book.name, contract.sheet)
    grid = book.grid(contract.sheet)
    if grid is None:
        return read
    layout = book.layout(contract.sheet)
    if layout.errors or layout.uncalculated:  # filled in; the cached grid stays as read
        grid = [list(row) for row in grid]
        fill_grid(grid, layout)
    if not grid or all(_is_blank(v) for v in grid[0]):
        read.problems.append(Problem(read.at(msg("loc_row", n=1)), msg("msg_header_empty")))
        return read
    columns = _header_map(grid[0], contract, read)
    headed = {c for c, v in enumerate(grid[0]) if not _is_blank(v)}
    read.problems += shape_problems(grid, layout, headed, book.name, contract.sheet)
    if columns is None:
        return read
    year_cols = {y: col_index(letters) for y, letters in read.year_columns.items()}
    keep = [r for r, cells in enumerate(grid[1:], start=1) if not _blank_row(cells)]
    rows = [Row(number=r + 1) for r in keep]
    found: list[tuple[int, int, Problem]] = []  # (row, column, problem), sorted below

    def problem(r: int, col: int, message: Msg, severity: str = "error") -> None:
        found.append((r, col, Problem(read.at(cell_ref(r, col)), message, severity)))

    for key, col in columns.items():
        column = contract.column(key)
        values = [grid[r][col] if col < len(grid[r]) else None for r in keep]
        parsed = fast_column(column, values)
        if parsed is not None:  # every cell clean: no per-cell work
            for row, v in zip(rows, parsed, strict=True):
                row.values[key] = v
            continue
        for row, r, value in zip(rows, keep, values, strict=True):
            if _is_blank(value):
                if column.required:
                    what = expectation(column)
                    problem(r, col, msg("msg_cell_empty", header=column.header, what=what))
                    row.failed.add(key)
                continue
            try:
                row.values[key], warning = parse_cell(value, column)
            except CellError as err:
                problem(r, col, err.message)
                row.failed.add(key)
                continue
            if warning:
                problem(r, col, warning, "warning")
    for year, col in year_cols.items():
        values = [grid[r][col] if col < len(grid[r]) else None for r in keep]
        cents = money_column([0.0 if v is None or v == "" else v for v in values], False)
        if cents is not None:
            for row, c in zip(rows, cents, strict=True):
                row.years[year] = c
            continue
        for row, r, value in zip(rows, keep, values, strict=True):
            if _is_blank(value):
                row.years[year] = 0
                continue
            if contract.pm_years and is_pm(value):
                row.years[year] = 0
                row.pm.add(year)
                continue
            try:
                amount, warning = parse_money(value, pm=contract.pm_years)
            except CellError as err:
                problem(r, col, err.message)
                row.failed_years.add(year)
                continue
            if amount < 0:
                problem(r, col, msg("msg_plan_negative", value=Number(amount / 100)))
                row.failed_years.add(year)
                continue
            row.years[year] = amount
            if warning:
                problem(r, col, warning, "warning")
    read.problems += [p for _, _, p in sorted(found, key=lambda x: (x[0], x[1]))]
    read.rows = rows
    return read
