"""One reader per input workbook: Excel sheets to polars tables (amounts in cents).

A reader takes an opened `Workbook` (the bytes of one file) and returns its tables by name and
the problems found in its cells; checks across rows and tables come later (checks.py).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import polars as pl

from qa_budget.errors import Joined, Money, Msg, Problem, msg
from qa_budget.inputs.workbook import SheetRead

Columns = dict[str, list[Any]]  # a table as lists per column (many small tables: built once)
Tables = Mapping[str, pl.DataFrame | Columns]
Read = tuple[Tables, list[Problem]]

LOCATION: dict[str, Any] = {"file": pl.String, "sheet": pl.String, "row": pl.Int64}


def columns(rows: Sequence[Mapping[str, object]], schema: Mapping[str, Any]) -> Columns:
    """The rows as lists per column of the schema (a table built later, with others)."""
    return {k: [r.get(k) for r in rows] for k in schema}


def frame(rows: Sequence[Mapping[str, object]], schema: Mapping[str, Any]) -> pl.DataFrame:
    """A table with exactly these columns, in this order (empty when there are no rows)."""
    if not rows:
        return pl.DataFrame(schema=schema)
    columns = {k: [r.get(k) for r in rows] for k in schema}
    return pl.DataFrame(columns, schema=schema)


def partial(table: str) -> str:
    """The name under which a reader returns a table's rows read in part (see `split`)."""
    return f"{table}:partial"


def complete(
    read: SheetRead, keys: tuple[str, ...], optional: tuple[str, ...] = ()
) -> list[dict[str, Any]]:
    """Rows that have every required key (rows with a cell problem are left out), with their
    location; also the cell of every column (`<key>_cell`) for messages about a value."""
    return split(read, keys, optional)[0]


def split(
    read: SheetRead, keys: tuple[str, ...], optional: tuple[str, ...] = ()
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The complete rows (see `complete`), and the rows read in part: a required cell empty
    or unreadable (its error is reported), null there, the other cells as read. The first
    are the table; the second let the checks across tables still see what a row names (a
    unit, a year), so that one wrong cell is one error, not a chain of follow-ups."""
    whole: list[dict[str, Any]] = []
    part: list[dict[str, Any]] = []
    for row in read.rows:
        values = {k: row.values.get(k) for k in keys + optional}
        cells = {f"{k}_cell": f"{read.column_letters[k]}{row.number}" for k in keys}
        where = {"file": read.file, "sheet": read.sheet, "row": row.number}
        (whole if all(k in row.values for k in keys) else part).append(values | cells | where)
    return whole, part


def not_negative(
    read: SheetRead,
    rows: list[dict[str, Any]],
    keys: tuple[str, ...],
    hint: Msg | None = None,
    keep: bool = True,
) -> tuple[list[dict[str, Any]], list[Problem]]:
    """An error for each negative amount; the rows (all, or without the negative ones)."""
    kept, problems = [], []
    for r in rows:
        bad = [k for k in keys if int(r[k]) < 0]
        for k in bad:
            problems.append(
                Problem(
                    read.at(r[f"{k}_cell"]),
                    msg("msg_rd_negative", value=Money(int(r[k])), hint=hint or ""),
                )
            )
        if keep or not bad:
            kept.append(r)
    return kept, problems


NEEDED_WITH_PM = (
    ("decider", "Besluit door", msg("msg_rd_pm_decider")),
    ("decide_by", "Besluit uiterlijk", msg("msg_rd_pm_decide_by")),
)


def pm_problems(
    read: SheetRead, values: Mapping[str, Any], row: int, pm_cell: str, what: Msg
) -> list[Problem]:
    """An amount that is pm waits for a decision: who decides and by when must be given.

    `what` says which amount is pm (msg("msg_rd_pm_amount")); `pm_cell` is where it is. A cell
    that could not be read has its own error already and gets no second one."""
    problems: list[Problem] = []
    absent = []
    for key, header, need in NEEDED_WITH_PM:
        letters = read.column_letters.get(key)
        if letters is None:
            absent.append((header, need))
            continue
        where = read.at(f"{letters}{row}")
        if values.get(key) or any(p.location == where for p in read.problems):
            continue
        problems.append(Problem(where, msg("msg_rd_pm_empty", header=header, what=what, need=need)))
    if absent:
        headers = Joined(tuple(f"'{h}'" for h, _ in absent))
        needs = Joined(tuple(n for _, n in absent))
        key = "msg_rd_pm_no_columns" if len(absent) > 1 else "msg_rd_pm_no_column"
        problems.append(
            Problem(read.at(pm_cell), msg(key, what=what, headers=headers, needs=needs))
        )
    return problems
