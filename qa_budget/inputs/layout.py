"""What the cell values alone do not tell: merged, hidden and uncalculated cells of a sheet.

The values come from calamine; this module reads the sheet's XML part once more for the
details that change what the values mean: merged ranges, hidden rows, columns and sheets,
formula errors (calamine reads them as empty cells) and formulas without a calculated value.
The file has passed `safety` first; the small workbook parts are parsed with defusedxml, the
sheet part streams through expat with the same guards (no DTD, no entities).
"""

from __future__ import annotations

import io
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


def sheet_parts(zf: zipfile.ZipFile) -> dict[str, tuple[str, bool]]:
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


def read_layout(data: bytes, hidden: bool) -> SheetLayout:
    """The layout of one sheet from its XML part's bytes (`hidden`: the sheet is hidden)."""
    layout = SheetLayout(hidden=hidden)
    if _may_have_details(data):
        _scan(io.BytesIO(data), layout)
    return layout


MAX_SHEET_CELLS = 5_000_000  # rows × columns of the area a sheet's values span
MAX_SHEET_COLUMNS = 1_000
_R = rb'\sr="'  # the `r` attribute of a row or cell (never part of another attribute's name)
_WIDE_COLUMN = re.compile(_R + rb"([A-Z]{2,3})[0-9]")


@dataclass(frozen=True)
class Extent:
    """The area a sheet's cells span from A1, and the cells that reach farthest."""

    rows: int
    cols: int
    lowest: str  # the reference of a cell in the last row
    rightmost: str  # the reference of a cell in the last column

    @property
    def cells(self) -> int:
        """Rows × columns: what a reader that fills the area from A1 holds in memory."""
        return self.rows * self.cols


def _letters_key(letters: bytes) -> tuple[int, bytes]:
    return len(letters), letters


def _refs(data: bytes, letters: bytes, digits: bytes) -> list[tuple[bytes, bytes]]:
    return re.findall(_R + b"([A-Z]{" + letters + b"})([0-9]{" + digits + b'})"', data)


def oversized(data: bytes) -> Extent | None:
    """None when the cells of a sheet (its XML part's bytes) span at most MAX_SHEET_CELLS from
    A1; else the extent, naming the cells that reach farthest. A single cell far away
    (XFD1048576) would make a reader that fills the area from A1 need more memory than a
    computer holds. Scans in compiled code, no parse; the common case matches almost nothing:
    columns beyond Z are looked for first, then only row numbers large enough to matter."""
    wide = _WIDE_COLUMN.findall(data)
    max_cols = col_index(max(wide, key=_letters_key).decode()) + 1 if wide else 26
    limit = MAX_SHEET_CELLS // max_cols  # rows beyond this can break the limit
    digits = str(len(str(limit))).encode()
    far_rows = [(a, n) for a, n in _refs(data, b"0,3", digits + b",7") if int(n) > limit]
    if max_cols <= MAX_SHEET_COLUMNS and not far_rows:
        return None
    refs = _refs(data, b"1,3", b"1,7")
    lowest = max(refs, key=lambda r: int(r[1]))
    rightmost = max(refs, key=lambda r: _letters_key(r[0]))
    rows, cols = int(lowest[1]), col_index(rightmost[0].decode()) + 1
    if rows * cols <= MAX_SHEET_CELLS and cols <= MAX_SHEET_COLUMNS:
        return None
    return Extent(
        rows, cols, (lowest[0] + lowest[1]).decode(), (rightmost[0] + rightmost[1]).decode()
    )


# Byte sequences without which a (UTF-8) sheet part has no formula, error cell, hidden row or
# column, or merged range: a plain sheet, the common case, needs no parse at all.
# ("<f>" and "<f " rather than "<f": the data validation of every template holds "<formula1>".)
_MARKERS = (b"<f>", b"<f ", b"<f/", b":f>", b":f ", b'"e"', b"'e'", b"hidden", b"mergeCell")


def _may_have_details(data: bytes) -> bool:
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in data[:4]:
        return True  # UTF-16: leave it to the parser
    return any(marker in data for marker in _MARKERS)


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
