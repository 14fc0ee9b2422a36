"""The plan round: per unit the version, when the plan was submitted (on time, late or
missing), the faculty council's decision (consent given or not) and the status; the round is
adopted only when every plan is `vastgesteld`, otherwise every output is marked a concept."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from qa_budget.errors import Day, Location, Number, Problem, msg
from qa_budget.inputs.tables import Inputs
from qa_budget.scenario import PlanRound

ON_TIME, LATE, MISSING, NOT_JUDGED = "on_time", "late", "missing", "not_judged"
UNKNOWN = "unknown"  # a plan without its Planronde sheet: there, but when and how is not known
ADOPTED = "vastgesteld"


@dataclass(frozen=True)
class UnitRound:
    """One unit's plan in the round. `status` and `decision` are None when the plan has no
    Planronde row (or the unit has no plan: `file` is None then)."""

    unit: str
    file: str | None
    version: str | None
    submitted: dt.date | None
    decision: str | None
    decision_date: dt.date | None
    status: str | None
    contact: str | None
    # on_time | late | missing | not_judged (submitted, no deadline given) | unknown (a plan
    # without a Planronde sheet)
    timeliness: str
    days_late: int
    consent: bool

    @property
    def adopted(self) -> bool:
        """True when the plan is vastgesteld (adopted)."""
        return self.status == ADOPTED


@dataclass(frozen=True)
class RoundStatus:
    """The round of every unit, in the units' order, with its deadline and required
    decision (from the scenario's [plan_round])."""

    deadline: dt.date | None
    required_decision: str
    units: tuple[UnitRound, ...]

    @cached_property
    def _by_unit(self) -> dict[str, UnitRound]:
        return {u.unit: u for u in self.units}

    def unit(self, code: str) -> UnitRound:
        """One unit's round."""
        return self._by_unit[code]

    def count(self, timeliness: str) -> int:
        """How many plans are on time, late, missing or not judged."""
        return sum(u.timeliness == timeliness for u in self.units)

    @property
    def consents(self) -> int:
        """How many plans have the faculty council's decision the round asks for."""
        return sum(u.consent for u in self.units)

    @property
    def adopted(self) -> int:
        """How many plans are vastgesteld."""
        return sum(u.adopted for u in self.units)

    @property
    def concept(self) -> bool:
        """True unless every plan is vastgesteld: the outputs are then a concept."""
        return self.adopted < len(self.units)


def decision_key(decision: str) -> str:
    """The catalogue key of a typed decision: 'nog niet' -> 'decision_nog_niet'."""
    return f"decision_{decision.replace(' ', '_')}"


def _consent(decision: str | None, required: str) -> bool:
    return decision == "instemming" or (required == "advies" and decision == "advies")


def _unit_round(code: str, row: dict[str, Any] | None, file: str | None, s: PlanRound) -> UnitRound:
    if row is None:
        when = MISSING if file is None else UNKNOWN
        return UnitRound(code, file, None, None, None, None, None, None, when, 0, False)
    submitted: dt.date | None = row["submitted"]
    status = str(row["status"])
    timeliness, late = MISSING, 0
    if submitted is not None and status != "concept":
        if s.deadline is None:
            timeliness = NOT_JUDGED
        elif submitted <= s.deadline:
            timeliness = ON_TIME
        else:
            timeliness, late = LATE, (submitted - s.deadline).days
    return UnitRound(
        unit=code,
        file=file,
        version=row["version"],
        submitted=submitted,
        decision=row["decision"],
        decision_date=row["decision_date"],
        status=status,
        contact=row["contact"],
        timeliness=timeliness,
        days_late=late,
        consent=_consent(row["decision"], s.required_decision),
    )


def plan_round(inputs: Inputs, settings: PlanRound) -> tuple[RoundStatus, list[Problem]]:
    """The round of every unit and a warning for each plan that is late, not submitted,
    without the required decision, or without a Planronde sheet."""
    rows = {str(r["unit"]): r for r in inputs.plan_round.iter_rows(named=True)}
    units, warnings = [], []
    for code in inputs.units["code"].to_list():
        file = inputs.plan_files.get(code)
        unit = _unit_round(code, rows.get(code), file, settings)
        units.append(unit)
        if file is not None:
            warnings += _warnings(unit, rows.get(code), file, settings)
    return RoundStatus(settings.deadline, settings.required_decision, tuple(units)), warnings


def _warnings(u: UnitRound, row: dict[str, Any] | None, file: str, s: PlanRound) -> list[Problem]:
    """What a finance officer should chase: one warning per unit and signal."""
    if row is None:
        return [
            Problem(
                Location(file, "Planronde"),
                msg("msg_round_no_status", unit=u.unit),
                "warning",
            )
        ]

    def at(key: str) -> Location:
        return Location(file, "Planronde", row[f"{key}_cell"])

    out = []
    if u.timeliness == MISSING:
        out.append(Problem(at("status"), msg("msg_round_not_submitted", unit=u.unit), "warning"))
    if u.timeliness == LATE and u.submitted and s.deadline:
        out.append(
            Problem(
                at("submitted"),
                msg(
                    "msg_round_late_one" if u.days_late == 1 else "msg_round_late",
                    unit=u.unit,
                    submitted=Day(u.submitted),
                    days=Number(u.days_late),
                    deadline=Day(s.deadline),
                ),
                "warning",
            )
        )
    if not u.consent:
        out.append(
            Problem(
                at("decision"),
                msg(
                    "msg_round_no_consent",
                    unit=u.unit,
                    required=msg(f"decision_{s.required_decision}"),
                    decision=msg(decision_key(u.decision) if u.decision else "round_unknown"),
                ),
                "warning",
            )
        )
    return out
