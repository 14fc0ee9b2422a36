"""The validated inputs of a run, and `load_inputs`: read every workbook, run every check."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from qa_budget.errors import InputErrors, Location, Problem
from qa_budget.inputs import checks
from qa_budget.inputs.readers import (
    MEASURE_SCHEMA,
    plan_files,
    read_funds,
    read_plan,
    read_students,
    read_units,
)


@dataclass(frozen=True)
class Inputs:
    """Validated input tables. Amounts are integer cents; every row keeps its source location."""

    units: pl.DataFrame  # code, name_nl, name_en, kind
    students: pl.DataFrame  # unit, year, tier (null when not split), count
    funds: pl.DataFrame  # year, kadernota, rijksbijdrage
    central: pl.DataFrame  # theme, initiative, line, year, amount, source, charged
    measures: pl.DataFrame  # unit, measure, theme, year, amount
    years: list[int]
    hashes: dict[str, str] = field(default_factory=dict)  # file (relative) -> sha256
    warnings: list[Problem] = field(default_factory=list)

    def students_per_unit(self) -> pl.DataFrame:
        """EEA students per unit and year (tiers added up), every unit and year present."""
        grid = self.units.select("code").join(pl.DataFrame({"year": self.years}), how="cross")
        counted = self.students.group_by("unit", "year").agg(pl.col("count").sum())
        return (
            grid.rename({"code": "unit"})
            .join(counted, on=["unit", "year"], how="left")
            .with_columns(pl.col("count").fill_null(0))
        )


def sha256_file(path: Path) -> str:
    """SHA-256 of a file's bytes."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 16), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _in_order(units: pl.DataFrame) -> pl.DataFrame:
    """Units in a fixed order whatever the row order of units.xlsx: faculties first, by code."""
    return (
        units.with_columns(
            (pl.col("kind") != "faculteit").alias("_kind"),
            pl.col("code").str.to_lowercase().alias("_code"),
        )
        .sort("_kind", "_code", "code")
        .drop("_kind", "_code")
    )


def _unread_files(problems: list[Problem]) -> set[str]:
    """Files with an error about the whole file or a whole sheet (not read, or not fully)."""
    return {
        p.location.file
        for p in problems
        if p.severity == "error" and p.location.cell in (None, "row 1")
    }


def load_inputs(
    inputs_dir: Path,
    *,
    units_file: str = "units.xlsx",
    students_file: str = "students.xlsx",
    funds_file: str = "funds.xlsx",
    plans_dir: str = "plans",
    years: list[int] | None = None,
) -> Inputs:
    """Read all input workbooks and check them; raise InputErrors listing every error.

    `years` are the years to compute; without them, the years on the funds sheet from the first
    year with EEA-student counts on (earlier years, kept for monitoring, have no allocation).
    """
    problems: list[Problem] = []
    units, p = read_units(inputs_dir / units_file, units_file)
    problems += p
    students, p = read_students(inputs_dir / students_file, students_file)
    problems += p
    funds, central, p = read_funds(inputs_dir / funds_file, funds_file)
    problems += p
    files, p = plan_files(inputs_dir / plans_dir)
    problems += p
    records: list[dict[str, object]] = []
    plan_years: dict[str, set[int]] = {}
    for unit, path in files.items():
        name = f"{plans_dir}/{path.name}"
        recs, plan_years[unit], p = read_plan(path, name, unit)
        problems += p
        records += recs
    measures = (
        pl.DataFrame(records, schema=MEASURE_SCHEMA, orient="row")
        if records
        else pl.DataFrame(schema=MEASURE_SCHEMA)
    )

    years_from_funds = years is None
    if years is None:  # earlier years on Middelen without counts are kept for monitoring
        listed = sorted(set(funds["year"].to_list()))
        counted = students["year"].to_list()
        years = [y for y in listed if y >= min(counted)] if counted else listed
    folder = plans_dir.rstrip("/")
    # A workbook that could not be read at all gets no cross-file checks: they would only
    # repeat its absence in many lines.
    failed = _unread_files(problems)
    units_ok, students_ok, funds_ok = (
        f not in failed for f in (units_file, students_file, funds_file)
    )
    if years_from_funds and not years and funds_ok:
        problems.append(
            Problem(
                Location(funds_file, "Middelen"),
                "no budget years: the sheet has no rows, and without a scenario the years to "
                "check come from it; add one row per budget year",
            )
        )
    problems += checks.check_unit_codes_unique(units)
    if units_ok:
        problems += checks.check_student_units_known(students, units)
    problems += checks.check_student_rows_unique(students)
    problems += checks.check_student_tiers_not_mixed(students)
    problems += checks.check_funds_years_unique(funds)
    if funds_ok:
        problems += checks.check_funds_cover_years(funds, years, funds_file)
    problems += checks.check_central_lines_unique(central)
    if units_ok:
        problems += checks.check_plan_units_known(files, units, folder)
    problems += checks.check_plan_years(
        {u: ys for u, ys in plan_years.items() if ys}, years, folder
    )
    problems += checks.check_measures_unique(measures)
    in_years = pl.col("year").is_in(years)
    if units_ok and students_ok:
        problems += checks.check_students_cover_years(students, units, years, students_file)
    if units_ok:
        problems += checks.check_units_have_plans(units, set(files), folder)
    problems += checks.check_measures_not_all_zero(measures.filter(in_years))
    if students_ok:
        problems += checks.check_plans_have_students(measures.filter(in_years), students)
    problems += checks.check_years_outside_scenario(students, funds, central, years)
    problems += checks.check_plan_years_outside_scenario(plan_years, years, folder)

    errors = [x for x in problems if x.severity == "error"]
    if errors:
        raise InputErrors(problems)
    hashed = [units_file, students_file, funds_file] + [
        f"{plans_dir}/{p.name}" for p in files.values()
    ]
    return Inputs(
        units=_in_order(units),
        students=students.filter(in_years),
        funds=funds.filter(in_years),
        central=central.filter(in_years),
        measures=measures.filter(in_years),
        years=list(years),
        hashes={name: sha256_file(inputs_dir / name) for name in hashed},
        warnings=[x for x in problems if x.severity != "error"],
    )
