"""From an allocation to the published-style figures: themes, still to allocate, result, checks.

All figures are exact integer cents. The identities (brief, "The published overview"):
    allocated         = unit allocations + central initiatives charged to the funds
    still to allocate = rijksbijdrage - allocated
                      = (rijksbijdrage - kadernota) + (kadernota - allocated)
    spending          = sum of the themes (unit plans + central initiatives charged)
    result            = allocated - spending = rijksbijdrage - spending - still to allocate
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import polars as pl

from qa_budget.allocation import Allocation
from qa_budget.inputs.tables import Inputs
from qa_budget.money import percentages
from qa_budget.texts import THEME_NUMBERS


@dataclass(frozen=True)
class YearFigures:
    """Every exact figure of one year, in cents."""

    year: int
    rijksbijdrage: int
    kadernota: int
    unit_allocations: int
    central_charged: int
    central_other: int  # central initiatives paid from other sources (shown, not charged)
    plans_by_theme: dict[int, int]
    central_by_theme: dict[int, int]

    @property
    def allocated(self) -> int:
        """Unit allocations plus central initiatives charged to the funds."""
        return self.unit_allocations + self.central_charged

    @property
    def still_to_allocate(self) -> int:
        """Revenue per current rijksbijdrage minus what was allocated."""
        return self.rijksbijdrage - self.allocated

    @property
    def overallocated(self) -> bool:
        """True when more is allocated than the revenue (still to allocate is negative: the
        difference comes from reserves)."""
        return self.still_to_allocate < 0

    @property
    def rijksbijdrage_update(self) -> int:
        """First part of still to allocate: rijksbijdrage minus kadernota."""
        return self.rijksbijdrage - self.kadernota

    @property
    def kadernota_unallocated(self) -> int:
        """Second part of still to allocate: kadernota minus allocated."""
        return self.kadernota - self.allocated

    @property
    def spending_by_theme(self) -> dict[int, int]:
        """Planned spending per theme: unit plans plus central initiatives charged."""
        return {t: self.plans_by_theme[t] + self.central_by_theme[t] for t in THEME_NUMBERS}

    @property
    def spending(self) -> int:
        """Total spending, the sum of the six themes."""
        return sum(self.spending_by_theme.values())

    @property
    def result(self) -> int:
        """Allocated minus spending (negative: units spend more than given, from reserves)."""
        return self.allocated - self.spending

    @property
    def theme_percentages(self) -> dict[int, int]:
        """Whole percentages of spending per theme, adding up to 100 (largest remainder)."""
        return dict(
            zip(THEME_NUMBERS, percentages(list(self.spending_by_theme.values())), strict=True)
        )


@dataclass(frozen=True)
class Check:
    """One identity, evaluated: left and right side in cents."""

    name: str
    year: int
    left: int
    right: int

    @property
    def ok(self) -> bool:
        """True when both sides are equal to the cent."""
        return self.left == self.right


@dataclass(frozen=True)
class Reconciliation:
    """The figures of every year, per unit, and the identities checked."""

    years: list[YearFigures]
    plans_by_unit: pl.DataFrame  # unit, year, planned (cents), every unit and year present
    checks: list[Check]

    def year(self, year: int) -> YearFigures:
        """The figures of one year."""
        return next(y for y in self.years if y.year == year)


def _sums(frame: pl.DataFrame, by: tuple[str, ...], column: str = "amount") -> dict[Any, int]:
    """Σ column per group, in one pass (keys are tuples when grouping by several columns)."""
    sums = frame.group_by(by).agg(pl.col(column).sum())
    keys = zip(*(sums[b].to_list() for b in by), strict=True) if len(by) > 1 else sums[by[0]]
    return {k: int(v) for k, v in zip(keys, sums[column].to_list(), strict=True)}


def _by_theme(sums: dict[Any, int], year: int) -> dict[int, int]:
    return {t: sums.get((year, t), 0) for t in THEME_NUMBERS}


def reconcile(inputs: Inputs, allocation: Allocation) -> Reconciliation:
    """Compute the figures of every year and check every identity."""
    figures = []
    charged = inputs.central.filter(pl.col("charged"))
    other = _sums(inputs.central.filter(~pl.col("charged")), ("year",))
    plans = _sums(inputs.measures, ("year", "theme"))
    central = _sums(charged, ("year", "theme"))
    units = _sums(allocation.units, ("year",), "allocation")
    funds = {r["year"]: r for r in inputs.funds.iter_rows(named=True)}
    for year in inputs.years:
        central_by_theme = _by_theme(central, year)
        figures.append(
            YearFigures(
                year=year,
                rijksbijdrage=int(funds[year]["rijksbijdrage"]),
                kadernota=int(funds[year]["kadernota"]),
                unit_allocations=units.get(year, 0),
                central_charged=sum(central_by_theme.values()),
                central_other=other.get(year, 0),
                plans_by_theme=_by_theme(plans, year),
                central_by_theme=central_by_theme,
            )
        )
    planned = inputs.measures.group_by("unit", "year").agg(pl.col("amount").sum().alias("planned"))
    plans_by_unit = (
        allocation.units.select("unit", "year")
        .join(planned, on=["unit", "year"], how="left")
        .with_columns(pl.col("planned").fill_null(0))
    )
    return Reconciliation(figures, plans_by_unit, _checks(figures, inputs, allocation))


def _checks(figures: list[YearFigures], inputs: Inputs, allocation: Allocation) -> list[Check]:
    """Each identity computed from independent sums of the input rows."""
    out = []
    measures_by_year = _sums(inputs.measures, ("year",))
    central_by_year = _sums(inputs.central.filter(pl.col("charged")), ("year",))
    units_by_year = _sums(allocation.units, ("year",), "allocation")
    oploop = (
        _sums(allocation.units, ("year",), "oploop") if "oploop" in allocation.units.columns else {}
    )
    for f in figures:
        y = f.year
        measures = measures_by_year.get(y, 0)
        central = central_by_year.get(y, 0)
        units_total = units_by_year.get(y, 0)
        key_check = Check(
            f"unit allocations (before oploop) = {allocation.total_rule}",
            y,
            units_total - oploop.get(y, 0),
            allocation.totals.get(y, 0),
        )
        out += [
            key_check,
            Check(
                "allocated = unit allocations + central charged",
                y,
                f.allocated,
                units_total + central,
            ),
            Check(
                "rijksbijdrage = allocated + still to allocate",
                y,
                f.rijksbijdrage,
                f.allocated + f.still_to_allocate,
            ),
            Check(
                "still to allocate = (rijksbijdrage − kadernota) + (kadernota − allocated)",
                y,
                f.still_to_allocate,
                f.rijksbijdrage_update + f.kadernota_unallocated,
            ),
            Check("spending = unit plans + central charged", y, f.spending, measures + central),
            Check(
                "result = rijksbijdrage − spending − still to allocate",
                y,
                f.result,
                f.rijksbijdrage - f.spending - f.still_to_allocate,
            ),
            Check(
                "theme percentages add up to 100",
                y,
                sum(f.theme_percentages.values()),
                100 if f.spending else 0,
            ),
        ]
    return out
