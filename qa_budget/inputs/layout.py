"""What the cell values alone do not tell: merged, hidden and uncalculated cells of a sheet.

The values come from calamine; this module reads the sheet's XML part once more for the
details that change what the values mean: merged ranges, hidden rows, columns and sheets,
formula errors (calamine reads them as empty cells) and formulas without a calculated value.
The file has passed `safety` first; the small workbook parts are parsed with defusedxml, the
sheet part streams through expat with the same guards (no DTD, no entities).
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from dataclasses import dataclass, field
from typing import Any
from xml.parsers import expat

from defusedxml import ElementTree as SafeET


@dataclass(frozen=True)
class Uncalculated:
    """A formula cell saved without its value (by a program that never calculated it)."""

    formula: str

    def __str__(self) -> str:
        return f"={self.formula}"


@dataclass
class SheetLayout:
    """Cell-level details of one sheet; rows and columns are 0-based."""

    hidden: bool = False
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # r1, c1, r2, c2
    hidden_rows: set[int] = field(default_factory=set)
    hidden_cols: list[tuple[int, int]] = field(default_factory=list)  # first, last
    errors: dict[tuple[int, int], str] = field(default_factory=dict)  # cell -> '#REF!'
    uncalculated: dict[tuple[int, int], Uncalculated] = field(default_factory=dict)

    def col_hidden(self, col: int) -> bool:
        """True when the 0-based column is hidden."""
        return any(a <= col <= b for a, b in self.hidden_cols)


def col_letters(col: int) -> str:
    """Excel letters of a 0-based column, e.g. 3 -> 'D'."""
    letters = ""
    c = col + 1
    while c:
        c, r = divmod(c - 1, 26)
        letters = chr(65 + r) + letters
    return letters


def col_index(letters: str) -> int:
    """0-based column of Excel letters, e.g. 'D' -> 3."""
    n = 0
    for ch in letters.upper():
        n = n * 26 + ord(ch) - 64
    return n - 1


def cell_ref(row: int, col: int) -> str:
    """Excel reference of a 0-based (row, col), e.g. (6, 3) -> 'D7'."""
    return f"{col_letters(col)}{row + 1}"


_REF = re.compile(r"^\$?([A-Za-z]{1,3})\$?([0-9]+)$")


def parse_ref(ref: str) -> tuple[int, int] | None:
    """0-based (row, col) of a reference like 'D7', or None."""
    m = _REF.match(ref.strip())
    return (int(m.group(2)) - 1, col_index(m.group(1))) if m else None


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _attr(element: Any, name: str) -> str | None:
    for key, value in element.attrib.items():
        if _local(key) == name:
            return str(value)
    return None


def _true(value: str | None) -> bool:
    return value is not None and value.strip().lower() in ("1", "true")


def _sheet_parts(zf: zipfile.ZipFile) -> dict[str, tuple[str, bool]]:
    """Sheet name -> (part path, hidden) from the workbook part and its relationships."""
    book = SafeET.fromstring(zf.read("xl/workbook.xml"))
    rels_name = "xl/_rels/workbook.xml.rels"
    targets: dict[str, str] = {}
    if rels_name in zf.namelist():
        for rel in SafeET.fromstring(zf.read(rels_name)):
            rid, target = rel.get("Id"), rel.get("Target")
            if rid and target:
                path = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
                targets[rid] = posixpath.normpath(path)
    parts: dict[str, tuple[str, bool]] = {}
    for element in book.iter():
        if _local(element.tag) == "sheet":
            name, rid = element.get("name"), _attr(element, "id")
            if name is not None and rid in targets:
                state = element.get("state") or "visible"
                parts[name] = (targets[rid], state != "visible")
    return parts


def read_layout(zf: zipfile.ZipFile, sheet: str) -> SheetLayout:
    """The layout of one sheet of an opened workbook container; an empty layout when the
    sheet's part cannot be found."""
    parts = _sheet_parts(zf)
    if sheet not in parts or parts[sheet][0] not in zf.namelist():
        return SheetLayout()
    part, hidden = parts[sheet]
    layout = SheetLayout(hidden=hidden)
    if _may_have_details(zf, part):
        with zf.open(part) as fh:
            _scan(fh, layout)
    return layout


MAX_SHEET_CELLS = 5_000_000  # rows × columns of the area a sheet's values span
MAX_SHEET_COLUMNS = 1_000
_VALUE_CELL = re.compile(
    rb"<(?:\w+:)?c\s[^>]*?\br=\"([A-Z]{1,3})([0-9]{1,7})\"[^>]*?(?<!/)>(?!</(?:\w+:)?c>)"
)


@dataclass(frozen=True)
class Extent:
    """The area a sheet's values span from A1, and the cells that reach farthest."""

    rows: int
    cols: int
    lowest: str  # the reference of a value in the last row
    rightmost: str  # the reference of a value in the last column

    @property
    def cells(self) -> int:
        """Rows × columns: what a reader that fills the area from A1 holds in memory."""
        return self.rows * self.cols


def sheet_extent(zf: zipfile.ZipFile, sheet: str) -> Extent | None:
    """The extent of a sheet's values (cells with content), from its XML part, without reading
    the values: a single value far away (XFD1048576) would make a dense reader fill more than
    a computer holds. None when the sheet's part cannot be found."""
    parts = _sheet_parts(zf)
    if sheet not in parts or parts[sheet][0] not in zf.namelist():
        return None
    rows = cols = 0
    lowest = rightmost = "A1"
    with zf.open(parts[sheet][0]) as fh:
        tail = b""
        while chunk := fh.read(1 << 22):
            data = tail + chunk
            cut = data.rfind(b"<")  # a cell element may straddle two chunks
            block, tail = (data[:cut], data[cut:]) if cut > 0 else (data, b"")
            for m in _VALUE_CELL.finditer(block):
                row, col = int(m.group(2)), col_index(m.group(1).decode()) + 1
                if row > rows:
                    rows, lowest = row, f"{m.group(1).decode()}{row}"
                if col > cols:
                    cols, rightmost = col, f"{m.group(1).decode()}{row}"
        for m in _VALUE_CELL.finditer(tail):
            row, col = int(m.group(2)), col_index(m.group(1).decode()) + 1
            if row > rows:
                rows, lowest = row, f"{m.group(1).decode()}{row}"
            if col > cols:
                cols, rightmost = col, f"{m.group(1).decode()}{row}"
    return Extent(rows, cols, lowest, rightmost)


# Byte sequences without which a (UTF-8) sheet part has no formula, error cell, hidden row or
# column, or merged range: a plain sheet, the common case, needs no parse at all.
# ("<f>" and "<f " rather than "<f": the data validation of every template holds "<formula1>".)
_MARKERS = (b"<f>", b"<f ", b"<f/", b":f>", b":f ", b'"e"', b"'e'", b"hidden", b"mergeCell")


def _may_have_details(zf: zipfile.ZipFile, part: str) -> bool:
    tail = b""
    with zf.open(part) as fh:
        first = True
        while chunk := fh.read(1 << 20):
            if first and (chunk[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in chunk[:4]):
                return True  # UTF-16: leave it to the parser
            first = False
            window = tail + chunk
            if any(marker in window for marker in _MARKERS):
                return True
            tail = chunk[-16:]
    return False


class _Scanner:
    """expat handlers for one sheet part: only formula, error, hidden and merged details are
    kept, so a large sheet is scanned without building elements. DTDs are refused, as
    defusedxml does (and `safety` has refused any DOCTYPE already)."""

    def __init__(self, layout: SheetLayout) -> None:
        self.layout = layout
        self.row = -1
        self.ref: str | None = None  # the last cell reference seen in this row
        self.offset = 0  # cells since that reference (cells may omit their reference)
        self.kind: str | None = None
        self.formula: str | None = None
        self.value: list[str] | None = None
        self.text: list[str] | None = None

    def start(self, name: str, attrs: dict[str, str]) -> None:
        tag = name.rsplit("}", 1)[-1]
        if tag == "c":
            ref = attrs.get("r")
            self.ref, self.offset = (ref, 0) if ref else (self.ref, self.offset + 1)
            self.kind, self.formula, self.value = attrs.get("t"), None, None
        elif tag == "f":
            self.text = []
        elif tag == "v":
            self.value = self.text = []
        elif tag == "is":
            self.value = ["inline"]
        elif tag == "row":
            r = attrs.get("r", "")
            self.row = int(r) - 1 if r.isdigit() else self.row + 1
            self.ref, self.offset = None, 0
            if _true(attrs.get("hidden")):
                self.layout.hidden_rows.add(self.row)
        elif tag == "col" and _true(attrs.get("hidden")):
            first, last = attrs.get("min", ""), attrs.get("max", "")
            if first.isdigit() and last.isdigit():
                self.layout.hidden_cols.append((int(first) - 1, int(last) - 1))
        elif tag == "mergeCell":
            a, _, b = attrs.get("ref", "").partition(":")
            begin, end = parse_ref(a), parse_ref(b or a)
            if begin and end and begin != end:
                self.layout.merged.append((begin[0], begin[1], end[0], end[1]))

    def end(self, name: str) -> None:
        tag = name.rsplit("}", 1)[-1]
        if tag == "f" and self.text is not None:
            self.formula, self.text = "".join(self.text), None
        elif tag == "v":
            self.text = None
        elif tag == "c" and (self.kind == "e" or self.formula is not None):
            self._keep()

    def chars(self, data: str) -> None:
        if self.text is not None:
            self.text.append(data)

    def _keep(self) -> None:
        at = parse_ref(self.ref) if self.ref else None
        cell = (at[0], at[1] + self.offset) if at else (self.row, self.offset - 1)
        value = "".join(self.value) if self.value is not None else None
        if self.kind == "e":
            self.layout.errors[cell] = (value or "#VALUE!").strip()
        elif value is None or (not value and self.kind not in ("str", "s")):
            self.layout.uncalculated[cell] = Uncalculated(self.formula or "…")


def _forbidden(*args: Any) -> None:
    raise ValueError("DTD, entity or external reference in a sheet part")


def _scan(fh: Any, layout: SheetLayout) -> None:
    scanner = _Scanner(layout)
    parser = expat.ParserCreate(namespace_separator="}")
    parser.StartElementHandler = scanner.start
    parser.EndElementHandler = scanner.end
    parser.CharacterDataHandler = scanner.chars
    parser.StartDoctypeDeclHandler = _forbidden
    parser.EntityDeclHandler = _forbidden
    parser.UnparsedEntityDeclHandler = _forbidden
    parser.ExternalEntityRefHandler = _forbidden  # type: ignore[assignment]
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.ParseFile(fh)
