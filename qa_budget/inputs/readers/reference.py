"""reference.xlsx: the published overview table, its theme percentages and the 2018 plan.

Optional. When present it must have its three sheets (each may be empty).
"""

from __future__ import annotations

from typing import Any

import polars as pl

from qa_budget.inputs.contracts import PLAN2018, PUBLISHED, PUBLISHED_PERCENTAGES, SheetContract
from qa_budget.inputs.readers import LOCATION, Read, frame
from qa_budget.inputs.workbook import SheetRead, Workbook, read_sheet

PUBLISHED_SCHEMA: dict[str, Any] = {
    "line": pl.String,
    "year": pl.Int64,
    "column": pl.String,
    "keur": pl.Float64,
} | LOCATION
PERCENT_SCHEMA: dict[str, Any] = {
    "theme": pl.Int64,
    "year": pl.Int64,
    "percent": pl.Float64,
} | LOCATION
SHEETS = (
    ("published", PUBLISHED, PUBLISHED_SCHEMA),
    ("published_percentages", PUBLISHED_PERCENTAGES, PERCENT_SCHEMA),
    ("plan2018", PLAN2018, PERCENT_SCHEMA),
)


def _rows(read: SheetRead, contract: SheetContract) -> list[dict[str, Any]]:
    required = [c.key for c in contract.columns if c.required]
    rows = []
    for row in read.rows:
        if all(k in row.values for k in required):
            values = {c.key: row.values.get(c.key) for c in contract.columns}
            if "column" in values and values["column"] is None:
                values["column"] = "B"
            rows.append(values | {"file": read.file, "sheet": read.sheet, "row": row.number})
    return rows


def read_reference(book: Workbook) -> Read:
    """Tables `published` (line, year, column B/R, keur), `published_percentages` and
    `plan2018` (theme, year, percent)."""
    tables, problems = {}, list(book.problems)
    for name, contract, schema in SHEETS:
        read = read_sheet(book, contract)
        problems += read.problems
        tables[name] = frame(_rows(read, contract), schema)
    return tables, problems
