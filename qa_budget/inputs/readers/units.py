"""units.xlsx › Eenheden: the budget units."""

from __future__ import annotations

import polars as pl

from qa_budget.inputs.contracts import UNITS
from qa_budget.inputs.readers import LOCATION, Read, frame, partial, split
from qa_budget.inputs.workbook import Workbook, read_sheet

SCHEMA = {"code": pl.String, "name_nl": pl.String, "name_en": pl.String, "kind": pl.String}


def read_units(book: Workbook) -> Read:
    """Table `units`: code, name_nl, name_en (the Dutch name when empty), kind; and the rows
    read in part (a cell with an error), whose codes still name their units."""
    read = read_sheet(book, UNITS)
    rows, part = split(read, ("code", "name_nl", "kind"), ("name_en",))
    for r in rows:
        r["name_en"] = r["name_en"] or r["name_nl"]
    tables = {
        "units": frame(rows, SCHEMA | LOCATION),
        partial("units"): frame(part, SCHEMA | LOCATION),
    }
    return tables, book.problems + read.problems
