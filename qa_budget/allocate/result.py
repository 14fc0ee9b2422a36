"""The outcome of a distribution key: an amount in cents per unit and year."""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl


@dataclass(frozen=True)
class Allocation:
    """Per unit and year: EEA students, amount per student (cents), allocation (cents)."""

    units: (
        pl.DataFrame
    )  # unit, year, students, per_student, allocation (sorted by unit order, year)
    method: str  # one line in plain language

    def total(self, year: int) -> int:
        """Sum of the unit allocations in a year, in cents."""
        return int(self.units.filter(pl.col("year") == year)["allocation"].sum())
