"""The optional reference workbook (reference.xlsx): a published table and the 2018 plan.

When the workbook is absent, nothing is compared. When it is present it must have its three
sheets (each may be empty); every problem is reported with its location, as for the other
inputs.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import polars as pl

from qa_budget.errors import InputErrors, Problem
from qa_budget.inputs.contracts import PLAN2018, PUBLISHED, PUBLISHED_PERCENTAGES, SheetContract
from qa_budget.inputs.model import sha256_file
from qa_budget.inputs.workbook import SheetRead, Workbook, read_sheet

REFERENCE_FILE = "reference.xlsx"

PUBLISHED_SCHEMA: dict[str, Any] = {
    "line": pl.String,
    "year": pl.Int64,
    "column": pl.String,
    "keur": pl.Float64,
}
PERCENT_SCHEMA: dict[str, Any] = {"theme": pl.Int64, "year": pl.Int64, "percent": pl.Float64}


@dataclass(frozen=True)
class Reference:
    """Published figures to check against (k EUR and %), and the 2018 plan's percentages."""

    published: pl.DataFrame  # line, year, column ('B' or 'R'), keur
    percentages: pl.DataFrame  # theme, year, percent (published)
    plan2018: pl.DataFrame  # theme, year, percent (the original 2018 plan)
    file: str
    sha256: str
    warnings: list[Problem]

    def published_value(self, line: str, year: int, column: str = "B") -> float | None:
        """One published figure in k EUR, or None when it is not in the table."""
        found = self.published.filter(
            (pl.col("line") == line) & (pl.col("year") == year) & (pl.col("column") == column)
        )
        return float(found["keur"][0]) if found.height else None


def _rows(
    read: SheetRead, contract: SheetContract, keys: tuple[str, ...]
) -> tuple[list[dict[str, Any]], list[Problem]]:
    """Complete rows, and an error for each row that repeats an earlier one's keys."""
    rows: list[dict[str, Any]] = []
    problems: list[Problem] = []
    seen: dict[tuple[Any, ...], int] = {}
    required = [c.key for c in contract.columns if c.required]
    for row in read.rows:
        if not all(k in row.values for k in required):
            continue
        values = {c.key: row.values.get(c.key) for c in contract.columns}
        if "column" in values and values["column"] is None:
            values["column"] = "B"
        ident = tuple(values[k] for k in keys)
        if ident in seen:
            shown = ", ".join(str(v) for v in ident)
            problems.append(
                Problem(
                    read.at(f"row {row.number}"),
                    f"{shown} already appears in row {seen[ident]}; one figure per "
                    + ", ".join(keys),
                )
            )
            continue
        seen[ident] = row.number
        rows.append(values)
    return rows, problems


def _frame(rows: list[dict[str, Any]], schema: dict[str, Any]) -> pl.DataFrame:
    data = [{k: r[k] for k in schema} for r in rows]
    return pl.DataFrame(data, schema=schema, orient="row") if data else pl.DataFrame(schema=schema)


def load_reference(inputs_dir: Path, file: str = REFERENCE_FILE) -> Reference | None:
    """Read reference.xlsx when it exists; raise InputErrors listing every error."""
    path = inputs_dir / file
    if not path.exists():
        return None
    book = Workbook(path, file)
    problems: list[Problem] = []
    tables: list[pl.DataFrame] = []
    for contract, keys, schema in (
        (PUBLISHED, ("line", "year", "column"), PUBLISHED_SCHEMA),
        (PUBLISHED_PERCENTAGES, ("theme", "year"), PERCENT_SCHEMA),
        (PLAN2018, ("theme", "year"), PERCENT_SCHEMA),
    ):
        read = read_sheet(book, contract)
        rows, duplicates = _rows(read, contract, keys)
        problems += read.problems + duplicates
        tables.append(_frame(rows, schema))
    problems = book.problems + problems
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        raise InputErrors(problems)
    published, percentages, plan2018 = (t.sort(t.columns[:3]) for t in tables)
    return Reference(
        published=published,
        percentages=percentages,
        plan2018=plan2018,
        file=file,
        sha256=sha256_file(path),
        warnings=[p for p in problems if p.severity != "error"],
    )
