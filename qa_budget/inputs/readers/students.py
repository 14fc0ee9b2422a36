"""students.xlsx › Studenten: aggregated EEA-student counts; person-level data refused whole."""

from __future__ import annotations

import polars as pl

from qa_budget.inputs.contracts import STUDENTS
from qa_budget.inputs.privacy import find_person_data
from qa_budget.inputs.readers import LOCATION, Read, frame, partial, split
from qa_budget.inputs.workbook import Workbook, read_sheet

SCHEMA = {"unit": pl.String, "year": pl.Int64, "tier": pl.String, "count": pl.Int64} | LOCATION


def read_students(book: Workbook) -> Read:
    """Table `students`: unit, year, tier (empty when a count is not split by tier), count;
    and the rows read in part (a cell with an error)."""
    if book.ok:
        grids = {s: g for s in book.sheet_names if (g := book.grid(s)) is not None}
        personal = find_person_data(book.name, grids)
        if personal:  # refused whole: no cell is parsed, so no value is echoed
            return {"students": frame([], SCHEMA)}, book.problems + personal
    read = read_sheet(book, STUDENTS)
    rows, part = split(read, ("unit", "year", "count"), ("tier",))
    tables = {"students": frame(rows, SCHEMA), partial("students"): frame(part, SCHEMA)}
    return tables, book.problems + read.problems
