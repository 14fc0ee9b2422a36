"""What computing a scenario produces, as data: the money (Outcome) and the whole Result.

Types only. The writers of every audience take a Result and nothing else; none of them reads
an input file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from qa_budget.allocation import Allocation
from qa_budget.errors import Problem
from qa_budget.indicators.model import Indicators
from qa_budget.inputs.tables import Inputs, InputSet, Reference
from qa_budget.money import cents_to_decimal
from qa_budget.notes import Note
from qa_budget.reconcile import Reconciliation
from qa_budget.scenario import Scenario


@dataclass(frozen=True)
class Options:
    """How to run: the LP solver and whether to write the closest plan when infeasible."""

    solver: str = "highs"
    allow_infeasible: bool = False


@dataclass(frozen=True)
class Outcome:
    """The money of one scenario: the checked inputs of its years, the allocation per unit and
    year, and the reconciliation (themes, still to allocate, result, identities)."""

    scenario: Scenario
    inputs: Inputs
    allocation: Allocation
    reconciliation: Reconciliation

    @property
    def allocations(self) -> pl.DataFrame:
        """Per unit and year: unit, year, EEA students and the allocation `amount` in EUR
        (an exact decimal with two places)."""
        units = self.allocation.units
        amounts = [cents_to_decimal(c) for c in units["allocation"].to_list()]
        return units.select("unit", "year", "students").with_columns(
            pl.Series("amount", amounts, dtype=pl.Decimal(20, 2))
        )

    @property
    def scenario_path(self) -> Path:
        """The scenario file as given (for run.json and messages)."""
        return self.scenario.source

    @property
    def reference(self) -> Reference | None:
        """The optional reference.xlsx (published figures), or None."""
        return self.inputs.reference

    @property
    def hashes(self) -> dict[str, str]:
        """SHA-256 of every input file read (realised.xlsx and reference.xlsx included)."""
        return dict(sorted(self.inputs.hashes.items()))


@dataclass(frozen=True)
class Result(Outcome):
    """A computed scenario: its Outcome, what it was computed from, the notes and warnings
    for the reader, the monitoring (None until units report realised spending) and the
    indicators (None without a usable indicators.xlsx; small groups already suppressed)."""

    sources: InputSet
    options: Options = field(default_factory=Options)
    notes: tuple[Note, ...] = ()  # overrides taken from the base, what-ifs, oploop
    warnings: tuple[Problem, ...] = ()
    monitoring: Monitoring | None = None
    indicators: Indicators | None = None
    plan_round: RoundStatus | None = None  # each plan's status, submission and consent
    versions: PlanVersions | None = None  # the plans against their previous versions
    decisions: tuple[OpenDecision, ...] = ()  # pm amounts waiting for a decision
    rules: tuple[RuleOutcome, ...] = ()  # the scenario's policy rules, checked
    plan2018: tuple[ThemeComparison, ...] = ()  # all spending against the 2018 plan, per year

    @property
    def concept(self) -> bool:
        """True unless every plan is vastgesteld: every workbook is then marked a concept."""
        return self.plan_round is not None and self.plan_round.concept

    @property
    def inputs_dir(self) -> Path:
        """The inputs folder as given."""
        return self.sources.folder


def eur(cents: int) -> str:
    """An amount in cents as an exact EUR string with two decimals (run.json)."""
    return str(cents_to_decimal(cents))


from qa_budget.monitoring.model import Monitoring  # noqa: E402  (the monitoring's own types)
from qa_budget.planning.decisions import OpenDecision  # noqa: E402
from qa_budget.planning.round import RoundStatus  # noqa: E402
from qa_budget.planning.rules import RuleOutcome  # noqa: E402
from qa_budget.planning.versions import PlanVersions, ThemeComparison  # noqa: E402
