"""realised.xlsx: the spending the units report (mei, september, definitief) and the realised
revenue; read into tables and checked, one `check_*` per rule. The workbook is optional."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import polars as pl

from qa_budget.errors import InputErrors, Location, Problem
from qa_budget.inputs.contracts import (
    CENTRAL_UNIT,
    MOMENT_ALIASES,
    MOMENTS,
    REALISED,
    REALISED_REVENUE,
)
from qa_budget.inputs.model import Inputs, load_inputs, sha256_file
from qa_budget.inputs.workbook import SheetRead, Workbook, read_sheet

SPENDING_SCHEMA: dict[str, Any] = {
    "unit": pl.String,
    "year": pl.Int64,
    "theme": pl.Int64,
    "moment": pl.String,
    "amount": pl.Int64,
    "note": pl.String,
    "file": pl.String,
    "sheet": pl.String,
    "row": pl.Int64,
    "unit_cell": pl.String,
    "amount_cell": pl.String,
}
REVENUE_SCHEMA: dict[str, Any] = {
    "year": pl.Int64,
    "revenue": pl.Int64,
    "file": pl.String,
    "sheet": pl.String,
    "row": pl.Int64,
    "year_cell": pl.String,
}
MOMENT_ORDER = {m: i for i, m in enumerate(MOMENTS)}


@dataclass(frozen=True)
class Realised:
    """The realised figures: spending per unit, year, theme and moment; revenue per year."""

    spending: pl.DataFrame  # unit, year, theme, moment, amount (cents), note + location
    revenue: pl.DataFrame  # year, revenue (cents) + location
    file: str
    sha256: str
    warnings: tuple[Problem, ...] = ()

    @property
    def years(self) -> list[int]:
        """Every year with a spending report or a realised revenue, ascending."""
        return sorted(set(self.spending["year"].to_list()) | set(self.revenue["year"].to_list()))


def _moment(text: str) -> str | None:
    key = text.strip().casefold()
    return MOMENT_ALIASES.get(key, key if key in MOMENTS else None)


def _cell(read: SheetRead, key: str, row: int) -> str:
    return f"{read.column_letters[key]}{row}"


def _loc(read: SheetRead, key: str, row: int) -> Location:
    return read.at(_cell(read, key, row))


def read_realised(path: Path, name: str) -> tuple[pl.DataFrame, pl.DataFrame, list[Problem]]:
    """realised.xlsx › Realisatie and › Baten, amounts in cents; every problem located."""
    book = Workbook(path, name)
    spend_read = read_sheet(book, REALISED)
    rev_read = read_sheet(book, REALISED_REVENUE)
    problems = book.problems + spend_read.problems + rev_read.problems
    spending: list[dict[str, Any]] = []
    for row in spend_read.rows:
        v = row.values
        if not all(k in v for k in ("unit", "year", "theme", "moment", "amount")):
            continue  # a cell problem was recorded
        moment = _moment(str(v["moment"]))
        if moment is None:
            problems.append(
                Problem(
                    _loc(spend_read, "moment", row.number),
                    "expected one of " + " / ".join(MOMENTS) + f", got '{v['moment']}'",
                )
            )
            continue
        if int(v["amount"]) < 0:
            problems.append(
                Problem(
                    _loc(spend_read, "amount", row.number),
                    "expected an amount of 0 or more; report the spending since 1 January",
                )
            )
            continue
        spending.append(
            {
                "unit": v["unit"],
                "year": v["year"],
                "theme": v["theme"],
                "moment": moment,
                "amount": v["amount"],
                "note": v.get("note") or None,
                "file": name,
                "sheet": REALISED.sheet,
                "row": row.number,
                "unit_cell": _cell(spend_read, "unit", row.number),
                "amount_cell": _cell(spend_read, "amount", row.number),
            }
        )
    revenue: list[dict[str, Any]] = []
    for row in rev_read.rows:
        v = row.values
        if "year" not in v or "revenue" not in v:
            continue
        if int(v["revenue"]) < 0:
            problems.append(
                Problem(_loc(rev_read, "revenue", row.number), "expected an amount of 0 or more")
            )
            continue
        revenue.append(
            {
                "year": v["year"],
                "revenue": v["revenue"],
                "file": name,
                "sheet": REALISED_REVENUE.sheet,
                "row": row.number,
                "year_cell": _cell(rev_read, "year", row.number),
            }
        )
    return (
        pl.DataFrame(spending, schema=SPENDING_SCHEMA, orient="row"),
        pl.DataFrame(revenue, schema=REVENUE_SCHEMA, orient="row"),
        problems,
    )


def _where(r: dict[str, Any], cell: str | None = None) -> Location:
    return Location(str(r["file"]), str(r["sheet"]), cell or f"row {r['row']}")


def check_realised_units_known(spending: pl.DataFrame, units: pl.DataFrame) -> list[Problem]:
    """Every reporting unit is in units.xlsx (or is CENTRAAL, the central initiatives)."""
    known = set(units["code"].to_list()) | {CENTRAL_UNIT}
    return [
        Problem(
            _where(r, r["unit_cell"]),
            f"unit '{r['unit']}' is not in units.xlsx; add it there or correct the code "
            f"({CENTRAL_UNIT} reports the central initiatives)",
        )
        for r in spending.iter_rows(named=True)
        if r["unit"] not in known
    ]


def check_realised_rows_unique(spending: pl.DataFrame) -> list[Problem]:
    """One amount per unit, year, theme and moment."""
    seen: dict[tuple[object, ...], int] = {}
    problems = []
    for r in spending.iter_rows(named=True):
        key = (r["unit"], r["year"], r["theme"], r["moment"])
        if key in seen:
            problems.append(
                Problem(
                    _where(r),
                    f"a second amount for {r['unit']} {r['year']} theme {r['theme']} "
                    f"({r['moment']}); the first is in row {seen[key]}. Keep one row: amounts "
                    "are cumulative since 1 January, not additions",
                )
            )
        else:
            seen[key] = int(r["row"])
    return problems


def check_revenue_years_unique(revenue: pl.DataFrame) -> list[Problem]:
    """One realised revenue per year on the Baten sheet."""
    seen: dict[object, int] = {}
    problems = []
    for r in revenue.iter_rows(named=True):
        if r["year"] in seen:
            problems.append(
                Problem(
                    _where(r, r["year_cell"]),
                    f"year {r['year']} already appears in row {seen[r['year']]}; "
                    "keep one row per year",
                )
            )
        else:
            seen[r["year"]] = int(r["row"])
    return problems


def check_realised_cumulative(spending: pl.DataFrame) -> list[Problem]:
    """A later report is not lower than an earlier one (warning: amounts are cumulative)."""
    problems = []
    earlier: dict[tuple[object, ...], dict[str, Any]] = {}
    ordered = spending.with_columns(
        pl.col("moment").replace_strict(MOMENT_ORDER, return_dtype=pl.Int64).alias("_order")
    ).sort("unit", "year", "theme", "_order", "row")
    for r in ordered.iter_rows(named=True):
        key = (r["unit"], r["year"], r["theme"])
        before = earlier.get(key)
        if before is not None and r["amount"] < before["amount"] and r["_order"] > before["_order"]:
            problems.append(
                Problem(
                    _where(r, r["amount_cell"]),
                    f"{r['unit']} {r['year']} theme {r['theme']}: the {r['moment']} amount is "
                    f"lower than the {before['moment']} amount (row {before['row']}); amounts "
                    "are cumulative since 1 January, so they should not go down",
                    "warning",
                )
            )
        earlier[key] = r
    return problems


def load_realised(inputs_dir: Path, file: str, units: pl.DataFrame | None) -> Realised | None:
    """Read and check realised.xlsx; None when there is no such file (it is optional).

    Raises InputErrors listing every error. Without `units` the unit codes are not checked.
    """
    path = inputs_dir / file
    if not path.exists():
        return None
    spending, revenue, problems = read_realised(path, file)
    if units is not None:
        problems += check_realised_units_known(spending, units)
    problems += check_realised_rows_unique(spending)
    problems += check_revenue_years_unique(revenue)
    problems += check_realised_cumulative(spending)
    if any(p.severity == "error" for p in problems):
        raise InputErrors(problems)
    return Realised(
        spending=spending,
        revenue=revenue,
        file=file,
        sha256=sha256_file(path),
        warnings=tuple(problems),
    )


def budget_inputs(inputs_dir: Path, years: list[int], files: dict[str, str]) -> Inputs:
    """The plans, funds and central lines of years a scenario does not compute (earlier years
    with realised figures). `files` names the workbooks as the scenario's `inputs` table does.

    Raises InputErrors, with a note on why these years are needed, when any is missing.
    """
    try:
        return load_inputs(
            inputs_dir,
            units_file=files["units"],
            students_file=files["students"],
            funds_file=files["funds"],
            plans_dir=files["plans"],
            years=years,
        )
    except InputErrors as err:
        why = Problem(
            Location(files["realised"]),
            "monitoring shows the budget of every year with realised figures (or asked for "
            "with --year) that the scenario does not compute, here "
            + ", ".join(str(y) for y in years)
            + ": each needs a row on funds.xlsx › Middelen and a column in every plan",
        )
        raise InputErrors([*err.problems, why]) from None


def check_realised_inputs(inputs_dir: Path, files: dict[str, str], inputs: Inputs) -> list[Problem]:
    """Validate realised.xlsx when it exists, and the budgets of its years that `inputs` does
    not hold: returns its warnings, raises InputErrors. A missing realised.xlsx is fine."""
    realised = load_realised(inputs_dir, files["realised"], inputs.units)
    if realised is None:
        return []
    other = [y for y in realised.years if y not in inputs.years]
    if other:
        budget_inputs(inputs_dir, other, files)
    return list(realised.warnings)
