"""One reader per kind of input workbook: Excel sheets to polars tables (amounts in cents)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

from qa_budget.errors import Location, Problem
from qa_budget.inputs.contracts import CENTRAL, CHARGED_SOURCE, FUNDS, PLAN, STUDENTS, UNITS
from qa_budget.inputs.privacy import find_person_data
from qa_budget.inputs.workbook import SheetRead, Workbook, read_sheet


@dataclass
class Tables:
    """The raw tables read from the inputs, each row keeping its source location."""

    units: pl.DataFrame
    students: pl.DataFrame
    funds: pl.DataFrame
    central: pl.DataFrame
    measures: pl.DataFrame
    files: dict[str, Path] = field(default_factory=dict)  # display name -> path
    problems: list[Problem] = field(default_factory=list)


def _frame(rows: list[dict[str, object]], schema: Mapping[str, Any]) -> pl.DataFrame:
    return pl.DataFrame(rows, schema=schema, orient="row") if rows else pl.DataFrame(schema=schema)


def _complete(
    read: SheetRead, keys: tuple[str, ...], optional: tuple[str, ...] = ()
) -> list[dict[str, Any]]:
    """Rows that have every required key (rows with a cell problem are left out)."""
    out: list[dict[str, Any]] = []
    for row in read.rows:
        if all(k in row.values for k in keys):
            values = {k: row.values.get(k) for k in keys + optional}
            out.append(values | {"file": read.file, "sheet": read.sheet, "row": row.number})
    return out


_LOC: dict[str, Any] = {"file": pl.String, "sheet": pl.String, "row": pl.Int64}


def read_units(path: Path, name: str) -> tuple[pl.DataFrame, list[Problem]]:
    """units.xlsx › Eenheden."""
    book = Workbook(path, name)
    read = read_sheet(book, UNITS)
    rows = _complete(read, ("code", "name_nl", "kind"), ("name_en",))
    for r in rows:
        r["name_en"] = r["name_en"] or r["name_nl"]
    frame = _frame(
        [
            {k: r[k] for k in ("code", "name_nl", "name_en", "kind", "file", "sheet", "row")}
            for r in rows
        ],
        {"code": pl.String, "name_nl": pl.String, "name_en": pl.String, "kind": pl.String} | _LOC,
    )
    return frame, book.problems + read.problems


def read_students(path: Path, name: str) -> tuple[pl.DataFrame, list[Problem]]:
    """students.xlsx › Studenten (tier is empty when a count is not split by tier)."""
    schema = {"unit": pl.String, "year": pl.Int64, "tier": pl.String, "count": pl.Int64} | _LOC
    book = Workbook(path, name)
    if book.ok:
        grids = {s: g for s in book.sheet_names if (g := book.grid(s)) is not None}
        personal = find_person_data(name, grids)
        if personal:  # refused whole: no cell is parsed, so no value is echoed
            return _frame([], schema), book.problems + personal
    read = read_sheet(book, STUDENTS)
    rows = _complete(read, ("unit", "year", "count"), ("tier",))
    frame = _frame(
        [
            {k: r[k] for k in ("unit", "year", "tier", "count", "file", "sheet", "row")}
            for r in rows
        ],
        schema,
    )
    return frame, book.problems + read.problems


def read_funds(path: Path, name: str) -> tuple[pl.DataFrame, pl.DataFrame, list[Problem]]:
    """funds.xlsx › Middelen and › Centraal."""
    book = Workbook(path, name)
    funds_read = read_sheet(book, FUNDS)
    central_read = read_sheet(book, CENTRAL)
    problems = book.problems + funds_read.problems + central_read.problems
    funds_rows = _complete(funds_read, ("year", "kadernota", "rijksbijdrage"))
    for r in funds_rows:
        for key in ("kadernota", "rijksbijdrage"):
            if int(r[key]) < 0:
                col = funds_read.column_letters[key]
                problems.append(
                    Problem(funds_read.at(f"{col}{r['row']}"), "expected an amount of 0 or more")
                )
    central_rows = _complete(
        central_read, ("theme", "initiative", "line", "year", "amount", "source")
    )
    for r in central_rows:
        r["charged"] = r["source"] == CHARGED_SOURCE
        if int(r["amount"]) < 0:
            col = central_read.column_letters["amount"]
            problems.append(
                Problem(central_read.at(f"{col}{r['row']}"), "expected an amount of 0 or more")
            )
    funds = _frame(
        funds_rows, {"year": pl.Int64, "kadernota": pl.Int64, "rijksbijdrage": pl.Int64} | _LOC
    )
    central = _frame(
        [
            {
                k: r[k]
                for k in (
                    "theme",
                    "initiative",
                    "line",
                    "year",
                    "amount",
                    "source",
                    "file",
                    "sheet",
                    "row",
                    "charged",
                )
            }
            for r in central_rows
        ],
        {
            "theme": pl.Int64,
            "initiative": pl.String,
            "line": pl.String,
            "year": pl.Int64,
            "amount": pl.Int64,
            "source": pl.String,
        }
        | _LOC
        | {"charged": pl.Boolean},
    )
    return funds, central, problems


MEASURE_SCHEMA: dict[str, Any] = {
    "unit": pl.String,
    "measure": pl.String,
    "theme": pl.Int64,
    "year": pl.Int64,
    "amount": pl.Int64,
} | _LOC


def read_plan(
    path: Path, name: str, unit: str
) -> tuple[list[dict[str, object]], set[int], list[Problem]]:
    """plans/<UNIT>.xlsx › Maatregelen: one record per measure and year, and the plan's years."""
    book = Workbook(path, name)
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
                    "file": name,
                    "sheet": PLAN.sheet,
                    "row": row.number,
                }
            )
    return records, set(read.year_columns), problems


def plan_files(plans_dir: Path) -> tuple[dict[str, Path], list[Problem]]:
    """The plan workbooks in a folder by unit code (from the file name)."""
    problems: list[Problem] = []
    if not plans_dir.is_dir():
        problems.append(
            Problem(
                Location(plans_dir.name + "/"),
                f"the plans folder is missing; expected it at {plans_dir}",
            )
        )
        return {}, problems
    files: dict[str, Path] = {}
    for path in sorted(plans_dir.iterdir()):
        if path.name.startswith(("~$", ".", "_")) or path.is_dir():
            continue  # Excel lock files, hidden files, templates (_sjabloon.xlsx)
        if path.stem in files:
            problems.append(
                Problem(
                    Location(f"{plans_dir.name}/{path.name}"),
                    f"a second plan for unit {path.stem} (the other is "
                    f"{plans_dir.name}/{files[path.stem].name}); keep one plan workbook per unit",
                )
            )
            continue
        files[path.stem] = path
    return files, problems
