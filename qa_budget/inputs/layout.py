"""What the cell values alone do not tell: merged, hidden and uncalculated cells of a sheet.

The values come from calamine; this module reads the sheet's XML part once, streaming and
with defusedxml (the file has passed `safety` first), for the details that change what the
values mean: merged ranges, hidden rows, columns and sheets, formula errors (calamine reads
them as empty cells) and formulas without a calculated value.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

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


_REF = re.compile(r"^\$?([A-Za-z]{1,3})\$?(\d+)$")


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


def read_layout(path: Path, sheet: str) -> SheetLayout:
    """The layout of one sheet; an empty layout when the sheet's part cannot be found."""
    with zipfile.ZipFile(path) as zf:
        parts = _sheet_parts(zf)
        if sheet not in parts or parts[sheet][0] not in zf.namelist():
            return SheetLayout()
        part, hidden = parts[sheet]
        layout = SheetLayout(hidden=hidden)
        with zf.open(part) as fh:
            _scan(fh, layout)
    return layout


def _scan(fh: Any, layout: SheetLayout) -> None:
    row, col = -1, -1
    for event, element in SafeET.iterparse(fh, events=("start", "end")):
        tag = _local(element.tag)
        if event == "start":
            if tag == "row":
                r = element.get("r")
                row = int(r) - 1 if r and r.isdigit() else row + 1
                col = -1
                if _true(element.get("hidden")):
                    layout.hidden_rows.add(row)
            continue
        if tag == "c":
            at = parse_ref(element.get("r") or "")
            row, col = at if at else (row, col + 1)
            _cell(element, (row, col), layout)
            element.clear()
        elif tag == "row":
            element.clear()
        elif tag == "col" and _true(element.get("hidden")):
            first, last = element.get("min"), element.get("max")
            if first and last and first.isdigit() and last.isdigit():
                layout.hidden_cols.append((int(first) - 1, int(last) - 1))
        elif tag == "mergeCell":
            a, _, b = (element.get("ref") or "").partition(":")
            start, end = parse_ref(a), parse_ref(b or a)
            if start and end and start != end:
                layout.merged.append((start[0], start[1], end[0], end[1]))


def _cell(element: Any, at: tuple[int, int], layout: SheetLayout) -> None:
    formula: str | None = None
    value: str | None = None
    has_value = False
    for child in element:
        name = _local(child.tag)
        if name == "f":
            formula = child.text or ""
        elif name == "v":
            has_value, value = True, child.text
        elif name == "is":
            has_value = True
    kind = element.get("t")
    if kind == "e":
        layout.errors[at] = (value or "#VALUE!").strip()
    elif formula is not None and (not has_value or (not value and kind not in ("str", "s"))):
        layout.uncalculated[at] = Uncalculated(formula or "…")
