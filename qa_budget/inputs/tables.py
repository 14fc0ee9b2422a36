"""The input tables as data: what was read (InputSet) and what was checked for a run (Inputs).

Types only: the writers import this module, never the readers. Amounts are integer cents;
every row keeps its source location (file, sheet, row).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

from qa_budget.errors import Problem


@dataclass(frozen=True)
class InputSet:
    """Every input workbook as read, once: tables by name, hashes, problems per workbook.

    `files` maps each input key (units, students, funds, plans, realised, reference, register)
    to its file or folder name; `present` holds the keys whose file or folder exists (optional
    workbooks may be absent). `hashes` has the SHA-256 of the bytes parsed of every file read.
    Nothing is checked across tables yet: that is `check_inputs`, for a scenario's years.
    """

    folder: Path
    files: Mapping[str, str]
    tables: Mapping[str, pl.DataFrame]
    present: frozenset[str]
    hashes: Mapping[str, str]
    problems: Mapping[str, tuple[Problem, ...]]
    unreadable: frozenset[str] = frozenset()  # workbook keys read not at all (or not fully)
    unit_files: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    """For a folder of per-unit workbooks (plans): unit code -> file name, read or not."""
    documents: Mapping[str, Any] = field(default_factory=dict)
    """Inputs that are documents, not tables (register.toml), as read; absent when the file
    is absent or could not be read."""
    partial: Mapping[str, pl.DataFrame] = field(default_factory=dict)
    """Per table, the rows read in part: a cell with an error (reported) is null, the others
    as read. Never a table's rows; what they name counts for the checks across tables."""

    def table(self, name: str) -> pl.DataFrame:
        """A table by name (see the registry for the names)."""
        return self.tables[name]

    def named(self, name: str) -> pl.DataFrame:
        """A table's rows with its rows read in part: what the inputs name (a unit, a year),
        for checks that something is there; its values are the table's (`table`)."""
        return named(self.tables, self.partial, name)

    def has(self, key: str) -> bool:
        """True when the workbook (or folder) exists."""
        return key in self.present


def named(
    tables: Mapping[str, pl.DataFrame], partial: Mapping[str, pl.DataFrame], name: str
) -> pl.DataFrame:
    """A table with the rows read in part of the same table (when there are any)."""
    part = partial.get(name)
    if part is None or part.is_empty():
        return tables[name]
    return pl.concat([tables[name], part])


@dataclass(frozen=True)
class Realised:
    """The realised figures: spending per unit, year, theme and moment; revenue per year."""

    spending: pl.DataFrame  # unit, year, theme, moment, amount (cents), note + location
    revenue: pl.DataFrame  # year, revenue (cents) + location
    file: str
    warnings: tuple[Problem, ...] = ()

    @property
    def years(self) -> list[int]:
        """Every year with a spending report or a realised revenue, ascending."""
        return sorted(set(self.spending["year"].to_list()) | set(self.revenue["year"].to_list()))


@dataclass(frozen=True)
class Reference:
    """Published figures to check against (k EUR and %), and the 2018 plan's percentages."""

    published: pl.DataFrame  # line, year, column ('B' or 'R'), keur
    percentages: pl.DataFrame  # theme, year, percent (published)
    plan2018: pl.DataFrame  # theme, year, percent (the original 2018 plan)
    file: str
    warnings: tuple[Problem, ...] = ()

    def published_value(self, line: str, year: int, column: str = "B") -> float | None:
        """One published figure in k EUR, or None when it is not in the table."""
        found = self.published.filter(
            (pl.col("line") == line) & (pl.col("year") == year) & (pl.col("column") == column)
        )
        return float(found["keur"][0]) if found.height else None


@dataclass(frozen=True)
class IndicatorInputs:
    """indicators.xlsx as checked (numbers as the exact decimals typed, as text).

    definitions: code, name_nl, name_en, theme, kind (waarde | percentage | verhouding |
    schaal), measure, numerator and denominator labels (nl, en), minimum, maximum, decimals,
    reference_date, source, target (null: none set), initiative. values: code, year, unit
    (null: the university), value, numerator, denominator, mean, sd, n, note. reflections:
    year, theme, unit, initiative, text_nl, text_en. initiatives: initiative, responsible_nl,
    responsible_en. Every row keeps its location.
    """

    definitions: pl.DataFrame
    values: pl.DataFrame
    reflections: pl.DataFrame
    initiatives: pl.DataFrame
    file: str
    warnings: tuple[Problem, ...] = ()


@dataclass(frozen=True)
class PreviousPlans:
    """The previous version of the units' plans (the folder previous-plans/), to compare the
    current plans with: measures of every year the previous versions have, and their
    Planronde rows (version, status; empty when a previous version has no such sheet)."""

    measures: pl.DataFrame  # unit, measure, theme, year, amount, pm, ... + location
    rounds: pl.DataFrame  # unit, version, submitted, decision, decision_date, status, contact
    folder: str
    files: Mapping[str, str] = field(default_factory=dict)  # unit -> file name
    # the scenario years every previous version has a column for: the years compared (a
    # revised plan may reach a year further than the version before it)
    years: tuple[int, ...] = ()

    @property
    def units(self) -> list[str]:
        """The units with a previous version, by code."""
        return sorted(self.files)


@dataclass(frozen=True)
class Inputs:
    """The checked input tables of the years a run computes.

    units: code, name_nl, name_en, kind (faculties first, by code); students: unit, year, tier
    (null when not split), count; funds: year, kadernota, rijksbijdrage; central: theme,
    initiative, line, year, amount, source, charged, pm, decider, decide_by, responsible,
    criterion1-4; measures: unit, measure, theme, year, amount, note, pm, decider, decide_by
    (a pm amount waits for a decision and counts 0); plan_round: the Planronde row of every
    plan that has one (unit, version, submitted, decision, decision_date, status, contact).
    `realised`, `reference`, `indicators` and `previous` are the optional workbooks (None
    when absent; `realised` and `indicators` also when they have errors: see `left_out`).
    """

    units: pl.DataFrame
    students: pl.DataFrame
    funds: pl.DataFrame
    central: pl.DataFrame
    measures: pl.DataFrame
    years: list[int]
    hashes: dict[str, str] = field(default_factory=dict)  # every file read -> sha256
    warnings: list[Problem] = field(default_factory=list)
    reference: Reference | None = None
    realised: Realised | None = None
    indicators: IndicatorInputs | None = None
    plan_round: pl.DataFrame = field(default_factory=pl.DataFrame)
    plan_files: Mapping[str, str] = field(default_factory=dict)  # unit -> its plan workbook
    previous: PreviousPlans | None = None
    left_out: tuple[Problem, ...] = ()
    """The errors of the optional workbooks a run does without (realised.xlsx, indicators.xlsx,
    register.toml) as warnings, each workbook's after one saying what the run leaves out."""

    def students_per_unit(self) -> pl.DataFrame:
        """EEA students per unit and year (tiers added up), every unit and year present."""
        grid = self.units.select("code").join(pl.DataFrame({"year": self.years}), how="cross")
        counted = self.students.group_by("unit", "year").agg(pl.col("count").sum())
        return (
            grid.rename({"code": "unit"})
            .join(counted, on=["unit", "year"], how="left")
            .with_columns(pl.col("count").fill_null(0))
        )
