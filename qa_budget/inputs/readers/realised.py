"""realised.xlsx › Realisatie and › Baten: the spending the units report (mei, september,
definitief) and the realised revenue. The workbook is optional."""

from __future__ import annotations

from typing import Any

import polars as pl

from qa_budget.errors import Money, Problem, msg
from qa_budget.inputs.contracts import MOMENT_ALIASES, MOMENTS, REALISED, REALISED_REVENUE
from qa_budget.inputs.readers import LOCATION, Read, complete, frame, not_negative
from qa_budget.inputs.workbook import Workbook, read_sheet

SPENDING_SCHEMA: dict[str, Any] = (
    {
        "unit": pl.String,
        "year": pl.Int64,
        "theme": pl.Int64,
        "moment": pl.String,
        "amount": pl.Int64,
        "note": pl.String,
    }
    | LOCATION
    | {"unit_cell": pl.String, "amount_cell": pl.String}
)
REVENUE_SCHEMA: dict[str, Any] = (
    {"year": pl.Int64, "revenue": pl.Int64} | LOCATION | {"year_cell": pl.String}
)


def _moment(text: str) -> str | None:
    key = text.strip().casefold()
    return MOMENT_ALIASES.get(key, key if key in MOMENTS else None)


def read_realised(book: Workbook) -> Read:
    """Tables `realised` (unit, year, theme, moment, amount, note) and `realised_revenue`
    (year, revenue), amounts in cents; every problem located."""
    spend_read = read_sheet(book, REALISED)
    rev_read = read_sheet(book, REALISED_REVENUE)
    problems = book.problems + spend_read.problems + rev_read.problems
    spending: list[dict[str, Any]] = []
    for r in complete(spend_read, ("unit", "year", "theme", "moment", "amount"), ("note",)):
        moment = _moment(str(r["moment"]))
        if moment is None:
            problems.append(
                Problem(
                    spend_read.at(r["moment_cell"]),
                    msg(
                        "msg_rd_moment",
                        moments=" / ".join(MOMENTS),
                        got=str(r["moment"]),
                    ),
                )
            )
            continue
        if int(r["amount"]) < 0:
            problems.append(
                Problem(
                    spend_read.at(r["amount_cell"]),
                    msg(
                        "msg_rd_negative",
                        value=Money(int(r["amount"])),
                        hint=msg("msg_rd_hint_since_january"),
                    ),
                )
            )
            continue
        spending.append(r | {"moment": moment, "note": r["note"] or None})
    revenue, p = not_negative(
        rev_read, complete(rev_read, ("year", "revenue")), ("revenue",), keep=False
    )
    problems += p
    return {
        "realised": frame(spending, SPENDING_SCHEMA),
        "realised_revenue": frame(revenue, REVENUE_SCHEMA),
    }, problems
