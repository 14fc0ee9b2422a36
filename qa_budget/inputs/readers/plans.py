"""plans/<UNIT>.xlsx › Maatregelen and › Planronde: one workbook per unit, its measures with
amounts per year (an amount may be pm: waiting for a decision) and its place in the round."""

from __future__ import annotations

from typing import Any

import polars as pl

from qa_budget.errors import Problem, msg
from qa_budget.inputs.contracts import PLAN
from qa_budget.inputs.contracts_round import PLAN_ROUND
from qa_budget.inputs.readers import LOCATION, Read, partial, pm_problems
from qa_budget.inputs.readers import columns as as_columns
from qa_budget.inputs.workbook import Row, Workbook, read_sheet

MEASURE_SCHEMA: dict[str, Any] = {
    "unit": pl.String,
    "measure": pl.String,
    "theme": pl.Int64,
    "year": pl.Int64,
    "amount": pl.Int64,
    "note": pl.String,
    "pm": pl.Boolean,
    "decider": pl.String,
    "decide_by": pl.Date,
} | LOCATION
YEARS_SCHEMA: dict[str, Any] = {"unit": pl.String, "year": pl.Int64, "file": pl.String}
ROUND_SCHEMA: dict[str, Any] = (
    {
        "unit": pl.String,
        "version": pl.String,
        "submitted": pl.Date,
        "decision": pl.String,
        "decision_date": pl.Date,
        "status": pl.String,
        "contact": pl.String,
    }
    | LOCATION
    | {f"{key}_cell": pl.String for key in ("submitted", "decision", "status")}
)
SUBMITTED = ("ingediend", "vastgesteld")
DECIDED = ("instemming", "advies")


def read_plan(book: Workbook, unit: str) -> Read:
    """Tables `measures` (one row per measure and year; a pm amount counts 0 and is marked;
    a year whose amount has an error is left out, and returned among the rows read in part),
    `plan_years` (the plan's year columns, so a missing year can be told from an empty one)
    and `plan_round` (the Planronde row, when the sheet is there)."""
    read = read_sheet(book, PLAN)
    problems = book.problems + read.problems
    if book.ok and not read.year_columns and not any(p.severity == "error" for p in problems):
        problems.append(
            Problem(
                read.at(msg("loc_row", n=1)),
                msg("msg_plan_no_years"),
            )
        )
    columns: dict[str, list[Any]] = {k: [] for k in MEASURE_SCHEMA}
    unread: list[dict[str, Any]] = []  # a measure's years whose amount has an error
    for row in read.rows:
        if "measure" not in row.values or "theme" not in row.values:
            continue
        unread += [
            {"unit": unit, "measure": row.values["measure"], "theme": row.values["theme"]}
            | {"year": year, "pm": False, "file": book.name, "sheet": PLAN.sheet}
            | {"row": row.number}
            for year in sorted(row.failed_years)
        ]
        if row.pm:
            first = min(row.pm)
            problems += pm_problems(
                read,
                row.values,
                row.number,
                f"{read.year_columns[first]}{row.number}",
                msg("msg_plan_pm_amount", year=first),
            )
        n = len(row.years)
        columns["measure"] += [row.values["measure"]] * n
        columns["theme"] += [row.values["theme"]] * n
        columns["note"] += [row.values.get("note") or None] * n
        columns["decider"] += [row.values.get("decider") or None] * n
        columns["decide_by"] += [row.values.get("decide_by")] * n
        columns["row"] += [row.number] * n
        for year, cents in sorted(row.years.items()):
            columns["year"].append(year)
            columns["amount"].append(cents)
            columns["pm"].append(year in row.pm)
    size = len(columns["year"])
    columns["unit"], columns["file"], columns["sheet"] = (
        [unit] * size,
        [book.name] * size,
        [PLAN.sheet] * size,
    )
    years = [{"unit": unit, "year": y, "file": book.name} for y in sorted(read.year_columns)]
    rounds, round_problems = _read_round(book, unit)
    return {
        "measures": columns,
        partial("measures"): as_columns(unread, MEASURE_SCHEMA),
        "plan_years": as_columns(years, YEARS_SCHEMA),
        "plan_round": as_columns(rounds, ROUND_SCHEMA),
    }, problems + round_problems


def _read_round(book: Workbook, unit: str) -> tuple[list[dict[str, Any]], list[Problem]]:
    """The Planronde row: one, consistent (a submitted plan has its date, a decision its date).
    A workbook without the sheet has no row (the round reports its status as unknown)."""
    if not any(n.strip().casefold() == PLAN_ROUND.sheet.casefold() for n in book.sheet_names):
        return [], []
    read = read_sheet(book, PLAN_ROUND)
    problems = list(read.problems)
    rows: list[dict[str, Any]] = []
    for row in read.rows:
        if rows:
            problems.append(
                Problem(
                    read.at(msg("loc_row", n=row.number)),
                    msg("msg_round_second_row", first=rows[0]["row"]),
                )
            )
            continue
        v = row.values  # a cell with an error of its own is not empty: no second error
        if v.get("status") in SUBMITTED and _empty(row, "submitted"):
            problems.append(
                Problem(
                    _cell(read, "submitted", row.number),
                    msg("msg_round_no_submitted", status=v["status"]),
                )
            )
        if v.get("decision") in DECIDED and _empty(row, "decision_date"):
            problems.append(
                Problem(
                    _cell(read, "decision_date", row.number),
                    msg("msg_round_no_decision_date", decision=msg(f"decision_{v['decision']}")),
                )
            )
        if v.get("decision") == "nog niet" and v.get("decision_date") is not None:
            problems.append(
                Problem(
                    _cell(read, "decision_date", row.number),
                    msg("msg_round_date_not_decided"),
                )
            )
        rows.append(
            {
                "unit": unit,
                **{c.key: v.get(c.key) for c in PLAN_ROUND.columns},
                "file": book.name,
                "sheet": PLAN_ROUND.sheet,
                "row": row.number,
                **{
                    f"{key}_cell": _cell(read, key, row.number).cell
                    for key in ("submitted", "decision", "status")
                },
            }
        )
    keep = [r for r in rows if r["version"] is not None and r["decision"] and r["status"]]
    return keep, problems


def _empty(row: Row, key: str) -> bool:
    """True when a cell is empty (not when it holds something that could not be read)."""
    return row.values.get(key) is None and key not in row.failed


def _cell(read: Any, key: str, row: int) -> Any:
    """The location of a column's cell, or of the row when the column is not in the sheet."""
    letters = read.column_letters.get(key)
    return read.at(f"{letters}{row}" if letters else msg("loc_row", n=row))


def read_previous_plan(book: Workbook, unit: str) -> Read:
    """A previous version of a unit's plan, read as a plan: tables `previous_measures`,
    `previous_plan_years` and `previous_plan_round`."""
    tables, problems = read_plan(book, unit)
    return {f"previous_{name}": table for name, table in tables.items()}, problems
