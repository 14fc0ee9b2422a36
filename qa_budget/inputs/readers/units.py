"""units.xlsx › Eenheden: the budget units."""

from __future__ import annotations

import polars as pl

from qa_budget.inputs.contracts import UNITS
from qa_budget.inputs.readers import LOCATION, Read, complete, frame
from qa_budget.inputs.workbook import Workbook, read_sheet

SCHEMA = {"code": pl.String, "name_nl": pl.String, "name_en": pl.String, "kind": pl.String}


def read_units(book: Workbook) -> Read:
    """Table `units`: code, name_nl, name_en (the Dutch name when empty), kind."""
    read = read_sheet(book, UNITS)
    rows = complete(read, ("code", "name_nl", "kind"), ("name_en",))
    for r in rows:
        r["name_en"] = r["name_en"] or r["name_nl"]
    return {"units": frame(rows, SCHEMA | LOCATION)}, book.problems + read.problems
