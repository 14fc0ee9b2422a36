"""funds.xlsx › Middelen and › Centraal: the funds per year and the central initiatives (a line's
amount may be pm: waiting for a decision; who is responsible and the four criteria)."""

from __future__ import annotations

import polars as pl

from qa_budget.errors import msg
from qa_budget.inputs.contracts import CENTRAL, CHARGED_SOURCE, FUNDS
from qa_budget.inputs.contracts_round import CRITERIA_KEYS, PM
from qa_budget.inputs.readers import (
    LOCATION,
    Read,
    frame,
    not_negative,
    partial,
    pm_problems,
    split,
)
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
    | {
        "charged": pl.Boolean,
        "pm": pl.Boolean,
        "decider": pl.String,
        "decide_by": pl.Date,
        "responsible": pl.String,
    }
    | {key: pl.Boolean for key in CRITERIA_KEYS}
)
OPTIONAL = ("decider", "decide_by", "responsible", *CRITERIA_KEYS)


def read_funds(book: Workbook) -> Read:
    """Tables `funds` (year, kadernota, rijksbijdrage) and `central` (theme, initiative, line,
    year, amount, source, charged: the source is the quality-agreement funds; pm with who
    decides and by when: the amount waits for a decision and counts 0; responsible and the
    four criteria of a common initiative); and the rows of both read in part (a cell with an
    error), so that a year or an initiative on such a row is still seen."""
    funds_read = read_sheet(book, FUNDS)
    central_read = read_sheet(book, CENTRAL)
    problems = book.problems + funds_read.problems + central_read.problems
    funds_rows, funds_part = split(funds_read, ("year", "kadernota", "rijksbijdrage"))
    funds_rows, p = not_negative(funds_read, funds_rows, ("kadernota", "rijksbijdrage"))
    problems += p
    keys = ("theme", "initiative", "line", "year", "amount", "source")
    central_rows, central_part = split(central_read, keys, OPTIONAL)
    for r in central_part:  # pm is no amount: null, as the cells that could not be read
        r["amount"] = None if r["amount"] == PM else r["amount"]
    for r in central_rows:
        r["pm"] = r["amount"] == PM
        if r["pm"]:
            r["amount"] = 0
            problems += pm_problems(
                central_read, r, int(r["row"]), r["amount_cell"], msg("msg_rd_pm_amount")
            )
    central_rows, p = not_negative(central_read, central_rows, ("amount",))
    problems += p
    for r in central_rows:
        r["charged"] = r["source"] == CHARGED_SOURCE
        r["decider"] = r["decider"] or None
        r["responsible"] = r["responsible"] or None
        for key in CRITERIA_KEYS:
            r[key] = bool(r[key])
    return {
        "funds": frame(funds_rows, FUNDS_SCHEMA),
        "central": frame(central_rows, CENTRAL_SCHEMA),
        partial("funds"): frame(funds_part, FUNDS_SCHEMA),
        partial("central"): frame(central_part, CENTRAL_SCHEMA),
    }, problems
