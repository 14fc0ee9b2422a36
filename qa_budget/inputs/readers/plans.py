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
    columns: dict[str, list[Any]] = {k: [] for k in MEASURE_SCHEMA}
    for row in read.rows:
        if "measure" not in row.values or "theme" not in row.values:
            continue
        n = len(row.years)
        columns["measure"] += [row.values["measure"]] * n
        columns["theme"] += [row.values["theme"]] * n
        columns["note"] += [row.values.get("note") or None] * n
        columns["row"] += [row.number] * n
        for year, cents in sorted(row.years.items()):
            columns["year"].append(year)
            columns["amount"].append(cents)
    size = len(columns["year"])
    columns["unit"], columns["file"], columns["sheet"] = (
        [unit] * size,
        [book.name] * size,
        [PLAN.sheet] * size,
    )
    years = [{"unit": unit, "year": y, "file": book.name} for y in sorted(read.year_columns)]
    return {
        "measures": pl.DataFrame(columns, schema=MEASURE_SCHEMA),
        "plan_years": frame(years, YEARS_SCHEMA),
    }, problems
