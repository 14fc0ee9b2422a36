"""The outcome of a distribution key: cents per unit and year, and how they came about."""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction
from typing import TYPE_CHECKING, Any

import polars as pl

if TYPE_CHECKING:  # notes say things in words; an allocation only carries them
    from qa_budget.notes import Note


@dataclass(frozen=True)
class Allocation:
    """Per unit and year: EEA students, amount per student (cents), allocation (cents).

    Tariff keys add the columns weighted (weighted students), formula (base tariff × weighted
    students, cents), adjustment (allocation − formula, cents: how far a floor lifts or a cap
    holds a unit from the base tariff's amount), baseline (the baseline scenario's allocation,
    cents), binding (the policy line that binds), unconstrained (the same pool by the same key
    without floors and caps, cents, adding up to the pool) and limit_effect (allocation −
    unconstrained, cents: what the floors and caps give a unit (> 0) or take from it (< 0); the
    units' effects add up to zero: what one gains the others give up). Both are null in a year
    where no unit has weighted students.
    """

    units: pl.DataFrame  # sorted by unit order, then year
    method: str  # one line in plain language
    tariffs: dict[int, dict[str, Fraction]] = field(default_factory=dict)  # year -> name -> EUR
    pools: dict[int, int] = field(default_factory=dict)  # year -> pool in cents (tariff keys)
    baseline: str | None = None
    solver: str | None = None
    models: list[Any] = field(default_factory=list)  # the last LP of each year, for --export-lp
    year_models: list[Any] = field(default_factory=list)  # the policy problem of each year
    infeasible: list[Any] = field(default_factory=list)  # Infeasibility per year relaxed
    notes: list[Note] = field(default_factory=list)  # what the oploop handed out
    oploop: dict[int, dict[str, Any]] = field(default_factory=dict)  # year -> what was handed out
    totals: dict[int, int] = field(default_factory=dict)
    """What the units receive together per year by the key's own rule (cents), computed apart
    from the per-unit rows: the identity every output checks (before any oploop)."""
    total_rule: str = "the key's total"
    """That rule in words, e.g. 'students × amount per student' or 'the pool'."""

    def row(self, unit: str, year: int) -> dict[str, Any]:
        """One unit's row of one year (KeyError when there is none)."""
        rows = self.units.filter((pl.col("unit") == unit) & (pl.col("year") == year))
        if rows.height == 0:
            raise KeyError((unit, year))
        return rows.row(0, named=True)

    def total(self, year: int) -> int:
        """Sum of the unit allocations in a year, in cents."""
        return int(self.units.filter(pl.col("year") == year)["allocation"].sum())

    @property
    def is_tariff(self) -> bool:
        """True when the allocation came from a tariff key (formula, top-up/skim, baseline)."""
        return "formula" in self.units.columns
