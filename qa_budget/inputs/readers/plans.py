"""plans/<UNIT>.xlsx › Maatregelen: one workbook per unit, its measures with amounts per year."""

from __future__ import annotations

from typing import Any

import polars as pl

from qa_budget.errors import Problem
from qa_budget.inputs.contracts import PLAN
from qa_budget.inputs.readers import LOCATION, Read, frame
from qa_budget.inputs.workbook import Workbook, read_sheet

MEASURE_SCHEMA: dict[str, Any] = {
    "unit": pl.String,
    "measure": pl.String,
    "theme": pl.Int64,
    "year": pl.Int64,
    "amount": pl.Int64,
    "note": pl.String,
} | LOCATION
YEARS_SCHEMA: dict[str, Any] = {"unit": pl.String, "year": pl.Int64, "file": pl.String}


def read_plan(book: Workbook, unit: str) -> Read:
    """Tables `measures` (one row per measure and year) and `plan_years` (the plan's year
    columns, so a missing year can be told from an empty one)."""
    read = read_sheet(book, PLAN)
    problems = book.problems + read.problems
    if book.ok and not read.year_columns and not any(p.severity == "error" for p in problems):
        problems.append(
            Problem(
                read.at("row 1"),
                "no year columns found; the header row must "
                "have one column per year, headed by the year (e.g. 2024)",
            )
        )
    records: list[dict[str, object]] = []
    for row in read.rows:
        if "measure" not in row.values or "theme" not in row.values:
            continue
        for year, cents in sorted(row.years.items()):
            records.append(
                {
                    "unit": unit,
                    "measure": row.values["measure"],
                    "theme": row.values["theme"],
                    "year": year,
                    "amount": cents,
                    "note": row.values.get("note") or None,
                    "file": book.name,
                    "sheet": PLAN.sheet,
                    "row": row.number,
                }
            )
    years = [{"unit": unit, "year": y, "file": book.name} for y in sorted(read.year_columns)]
    return {
        "measures": frame(records, MEASURE_SCHEMA),
        "plan_years": frame(years, YEARS_SCHEMA),
    }, problems
