"""funds.xlsx › Middelen and › Centraal: the funds per year and the central initiatives."""

from __future__ import annotations

import polars as pl

from qa_budget.inputs.contracts import CENTRAL, CHARGED_SOURCE, FUNDS
from qa_budget.inputs.readers import LOCATION, Read, complete, frame, not_negative
from qa_budget.inputs.workbook import Workbook, read_sheet

FUNDS_SCHEMA = {"year": pl.Int64, "kadernota": pl.Int64, "rijksbijdrage": pl.Int64} | LOCATION
CENTRAL_SCHEMA = (
    {
        "theme": pl.Int64,
        "initiative": pl.String,
        "line": pl.String,
        "year": pl.Int64,
        "amount": pl.Int64,
        "source": pl.String,
    }
    | LOCATION
    | {"charged": pl.Boolean}
)


def read_funds(book: Workbook) -> Read:
    """Tables `funds` (year, kadernota, rijksbijdrage) and `central` (theme, initiative, line,
    year, amount, source, charged: the source is the quality-agreement funds)."""
    funds_read = read_sheet(book, FUNDS)
    central_read = read_sheet(book, CENTRAL)
    problems = book.problems + funds_read.problems + central_read.problems
    funds_rows, p = not_negative(
        funds_read,
        complete(funds_read, ("year", "kadernota", "rijksbijdrage")),
        ("kadernota", "rijksbijdrage"),
    )
    problems += p
    central_rows, p = not_negative(
        central_read,
        complete(central_read, ("theme", "initiative", "line", "year", "amount", "source")),
        ("amount",),
    )
    problems += p
    for r in central_rows:
        r["charged"] = r["source"] == CHARGED_SOURCE
    return {
        "funds": frame(funds_rows, FUNDS_SCHEMA),
        "central": frame(central_rows, CENTRAL_SCHEMA),
    }, problems
