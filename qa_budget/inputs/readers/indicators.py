"""indicators.xlsx › Indicatoren, Waarden, Reflectie and Initiatieven: the indicators measured
yearly, their values, the reflection texts and who reports on each common initiative.

Optional. Numbers are kept as the exact decimals typed (text such as '1071.8'); person-level
data is refused whole, as for students.xlsx.
"""

from __future__ import annotations

from typing import Any

import polars as pl

from qa_budget.inputs.contracts import (
    INDICATOR_CONTRACTS,
    INDICATOR_VALUES,
    INDICATORS,
    INITIATIVES,
    REFLECTIONS,
    SheetContract,
)
from qa_budget.inputs.privacy import INDICATORS_REFUSAL, find_person_data
from qa_budget.inputs.readers import LOCATION, Read, frame
from qa_budget.inputs.workbook import SheetRead, Workbook, read_sheet

TYPES = {
    "theme": pl.Int64,
    "year": pl.Int64,
    "decimals": pl.Int64,
    "n": pl.Int64,
}


def schema(contract: SheetContract) -> dict[str, Any]:
    """A sheet's table: every column (numbers as exact decimal text), the location, and the
    cell of every column (`<key>_cell`, null when the column is not in the sheet)."""
    columns = {c.key: TYPES.get(c.key, pl.String) for c in contract.columns}
    cells = {f"{c.key}_cell": pl.String for c in contract.columns}
    return columns | LOCATION | cells


CODES_SCHEMA: dict[str, Any] = {"sheet": pl.String, "code": pl.String}
TABLES = {
    "indicator_definitions": INDICATORS,
    "indicator_values": INDICATOR_VALUES,
    "indicator_reflections": REFLECTIONS,
    "indicator_initiatives": INITIATIVES,
}
SCHEMAS = {name: schema(contract) for name, contract in TABLES.items()}
SCHEMAS["indicator_codes"] = CODES_SCHEMA  # every code on Indicatoren and Waarden
NUMBER_HEADERS = tuple(
    c.header for s in INDICATOR_CONTRACTS for c in s.columns if c.kind in ("number", "persons")
)


def _failed_rows(read: SheetRead) -> set[int]:
    """Rows with a cell error (already reported): the checks across rows leave them out, so
    that one wrong cell is one message, not a chain."""
    found = set()
    for p in read.problems:
        digits = str(p.location.cell or "").lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        if p.severity == "error" and digits.isdigit():
            found.add(int(digits))
    return found


def _rows(read: SheetRead, contract: SheetContract) -> list[dict[str, Any]]:
    """Rows with every required column and no cell error."""
    required = [c.key for c in contract.columns if c.required]
    failed = _failed_rows(read)
    rows = []
    for row in read.rows:
        if row.number in failed or not all(k in row.values for k in required):
            continue
        values = {c.key: row.values.get(c.key) for c in contract.columns}
        cells = {
            f"{c.key}_cell": f"{read.column_letters[c.key]}{row.number}"
            if c.key in read.column_letters
            else None
            for c in contract.columns
        }
        rows.append(values | cells | {"file": read.file, "sheet": read.sheet, "row": row.number})
    return rows


def read_indicators(book: Workbook) -> Read:
    """Tables `indicator_definitions`, `indicator_values`, `indicator_reflections`,
    `indicator_initiatives` and `indicator_codes` (sheet, code: every code on Indicatoren and
    Waarden, also on a row with an error elsewhere, so that one wrong cell does not make its
    indicator look undefined or unmeasured); a workbook with person-level data is refused
    before its cells are parsed (no value is echoed)."""
    if book.ok:
        grids = {s: g for s in book.sheet_names if (g := book.grid(s)) is not None}
        personal = find_person_data(book.name, grids, INDICATORS_REFUSAL, NUMBER_HEADERS)
        if personal:
            empty = {name: frame([], schema) for name, schema in SCHEMAS.items()}
            return empty, book.problems + personal
    tables, problems = {}, list(book.problems)
    codes: list[dict[str, Any]] = []
    for name, contract in TABLES.items():
        read = read_sheet(book, contract)
        problems += read.problems
        tables[name] = frame(_rows(read, contract), SCHEMAS[name])
        if contract in (INDICATORS, INDICATOR_VALUES):
            codes += [
                {"sheet": contract.sheet, "code": r.values["code"]}
                for r in read.rows
                if "code" in r.values
            ]
    tables["indicator_codes"] = frame(codes, CODES_SCHEMA)
    return tables, problems
