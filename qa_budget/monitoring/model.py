"""The monitoring of a scenario as data: what monitoring.xlsx and the monitoring sections of
the faculty-board and council workbooks show (types only)."""

from __future__ import annotations

from dataclasses import dataclass, field

import polars as pl

from qa_budget.errors import Problem
from qa_budget.inputs.tables import Realised
from qa_budget.scenario import Monitoring as Thresholds


@dataclass(frozen=True)
class Column:
    """One column of the B/R table, exact in cents: B (budget) or R (realised) of a year."""

    kind: str  # "B" or "R"
    year: int
    themes: dict[int, int]
    revenue: int | None  # B: rijksbijdrage (current estimate); R: realised (None: not known)
    kadernota: int
    still_to_allocate: int | None = None  # B of a year the scenario computes
    keyed: bool = False  # B computed with the scenario's key (shown as in overview.xlsx)
    missing: tuple[str, ...] = ()  # R: units with a budget but no definitive report

    @property
    def label(self) -> str:
        """The column heading, e.g. 'B2019'."""
        return f"{self.kind}{self.year}"

    @property
    def spending(self) -> int:
        """Total spending, the sum of the themes."""
        return sum(self.themes.values())

    @property
    def result(self) -> int | None:
        """Revenue minus spending minus still to allocate (None when the revenue is unknown)."""
        if self.revenue is None:
            return None
        return self.revenue - self.spending - (self.still_to_allocate or 0)


@dataclass(frozen=True)
class ShownColumn:
    """A column in whole k EUR as shown: every shown column adds up (largest remainder)."""

    themes: dict[int, int]
    spending: int
    still_to_allocate: int | None
    result: int | None
    revenue: int | None
    kadernota: int


@dataclass(frozen=True)
class Monitoring:
    """Budget against realised of one year at one reporting moment, and the B/R columns."""

    year: int  # the year of the per-unit detail
    moment: str | None  # the reporting moment that is due (None: nobody has reported yet)
    columns: list[Column]
    shown: dict[str, ShownColumn]  # by column label
    lines: pl.DataFrame  # per unit and theme, see `units.unit_lines`
    statuses: pl.DataFrame  # per unit: reports per moment and status
    thresholds: Thresholds
    realised: Realised
    warnings: tuple[Problem, ...] = field(default_factory=tuple)

    def unit_table(self, unit: str | None = None) -> pl.DataFrame:
        """The per-unit monitoring table (for the faculty-board and council workbooks).

        One row per unit and theme with a budget or a report in the year: year, due (the
        moment that is due; None before any report), unit, name, theme,
        budget, realised (to date, from the latest report; null when none), moment (of that
        report), forecast, difference (forecast - budget), spent_pct, forecast_pct, signal
        ('under' / 'over' / ''), status ('reported' / 'late' / 'missing' / 'none_due'), note,
        pending (an amount of the unit and theme waits for a decision, pm).
        Amounts in cents. `unit` keeps one unit's rows.
        """
        return self.lines.filter(pl.col("unit") == unit) if unit is not None else self.lines

    @property
    def reported(self) -> bool:
        """True once any unit has reported (before that the workbooks have no section)."""
        return not self.realised.spending.is_empty()
