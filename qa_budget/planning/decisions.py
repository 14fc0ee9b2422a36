"""Open decisions: central lines and plan measures whose amount is pm (waits for a decision).
They are not counted; they are listed with who decides and by when, and with their effect on
still to allocate: unknown for a central line charged to the funds (it lowers still to
allocate by the amount decided), none for a plan measure (a unit plans within its allocation;
its result is what is unknown) or a line paid from another source."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import polars as pl

from qa_budget.errors import Day, Location, Problem, msg
from qa_budget.inputs.tables import Inputs

CENTRAL_LINE, MEASURE = "central", "measure"
UNKNOWN, NONE_CHARGED, NONE_PLAN = "unknown", "none_other_source", "none_plan"


@dataclass(frozen=True)
class OpenDecision:
    """One amount waiting for a decision."""

    kind: str  # central | measure
    unit: str | None  # the unit of a plan measure
    name: str  # the initiative (central) or the measure
    line: str | None  # the budget line (central)
    theme: int
    years: tuple[int, ...]
    decider: str
    decide_by: dt.date
    effect: str  # on still to allocate: unknown | none_other_source | none_plan
    file: str
    sheet: str
    row: int

    @property
    def location(self) -> Location:
        """Where the pm amount is."""
        return Location(self.file, self.sheet, msg("loc_row", n=self.row))


def open_decisions(inputs: Inputs) -> tuple[OpenDecision, ...]:
    """Every pm amount of the computed years: central lines first, then plan measures (one
    entry per measure, with its pm years), in the order of the inputs."""
    out: list[OpenDecision] = []
    central = inputs.central.filter(pl.col("pm")).sort("file", "row")
    for r in central.iter_rows(named=True):
        effect = UNKNOWN if r["charged"] else NONE_CHARGED
        out.append(
            OpenDecision(
                CENTRAL_LINE,
                None,
                r["initiative"],
                r["line"],
                r["theme"],
                (r["year"],),
                r["decider"],
                r["decide_by"],
                effect,
                r["file"],
                r["sheet"],
                r["row"],
            )
        )
    measures = inputs.measures.filter(pl.col("pm"))
    for (unit, row), rows in measures.partition_by(
        "unit", "row", as_dict=True, maintain_order=True
    ).items():
        first = rows.row(0, named=True)
        out.append(
            OpenDecision(
                MEASURE,
                str(unit),
                first["measure"],
                None,
                first["theme"],
                tuple(sorted(int(y) for y in rows["year"])),
                first["decider"],
                first["decide_by"],
                NONE_PLAN,
                first["file"],
                first["sheet"],
                int(row),
            )
        )
    return tuple(out)


def overdue(decisions: tuple[OpenDecision, ...], today: dt.date) -> list[Problem]:
    """A warning for each open decision whose date has passed (`validate` uses today's date;
    the workbooks show the dates and never judge them, so they stay the same every day)."""
    return [
        Problem(
            d.location,
            msg(
                "msg_decision_overdue",
                name=d.name + (f"' › '{d.line}" if d.line else ""),
                years=", ".join(str(y) for y in d.years),
                due=Day(d.decide_by),
                decider=d.decider,
            ),
            "warning",
        )
        for d in decisions
        if d.decide_by < today
    ]
