"""Checking the inputs for the years a run computes: `check_inputs(InputSet, years) -> Inputs`.

Every rule of every workbook (registry.py) runs, and every problem is reported together.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import polars as pl

from qa_budget.errors import InputErrors, Location, Problem, msg
from qa_budget.inputs.checks import compared_years, plan_years
from qa_budget.inputs.readers.reference import SHEETS as REFERENCE_SHEETS
from qa_budget.inputs.registry import BY_KEY, WORKBOOKS, Context
from qa_budget.inputs.tables import (
    IndicatorInputs,
    Inputs,
    InputSet,
    PreviousPlans,
    Realised,
    Reference,
)
from qa_budget.register.organisation import Register

T = TypeVar("T")


def _context(inputs: InputSet, years: list[int]) -> Context:
    plans = frozenset(inputs.unit_files.get("plans", {}))
    previous = frozenset(inputs.unit_files.get("previous_plans", {}))
    return Context(inputs.tables, years, inputs.files, plans, previous, inputs.partial)


def run_checks(inputs: InputSet, keys: tuple[str, ...], years: list[int]) -> list[Problem]:
    """The read problems and the rules of these workbooks, in declaration order."""
    ctx = _context(inputs, years)
    problems: list[Problem] = []
    for key in keys:
        problems += inputs.problems.get(key, ())
    for key in keys:
        spec = BY_KEY[key]
        if key not in inputs.present and not spec.required:
            continue
        for check in spec.checks:
            if not any(n in inputs.unreadable for n in check.needs):
                problems += check.rule(ctx)
    return problems


def default_years(inputs: InputSet) -> list[int]:
    """Without a scenario: the years on the funds sheet from the first year with EEA-student
    counts on (earlier years, kept for monitoring, have no allocation); none when students.xlsx
    could not be read (then the checks by year wait, instead of reporting every plan short of
    years that only the counts would have ruled out). A row with an error in another cell
    still names its year."""
    if "students" in inputs.unreadable:
        return []  # which years are computed is not known; checks by year wait for the counts
    listed = sorted(set(inputs.named("funds")["year"].drop_nulls().to_list()))
    counted = inputs.named("students")["year"].drop_nulls().to_list()
    return [y for y in listed if y >= min(counted)] if counted else listed


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


RUN_KEYS = tuple(w.key for w in WORKBOOKS if w.needed_by_run)


def check_inputs(
    inputs: InputSet, years: list[int] | None = None, keys: tuple[str, ...] = RUN_KEYS
) -> Inputs:
    """Check the workbooks a run needs for `years` (default: `default_years`) and return the
    checked tables of those years; raise InputErrors listing every problem. `keys`: the
    workbooks to check (default: every workbook a run needs).

    The optional reference.xlsx stops a run when it has errors; the optional workbooks a run
    can do without do not: with errors, realised.xlsx gives no monitoring, indicators.xlsx no
    indicators, and register.toml is left for `explain`. Their errors come back as warnings,
    each at its place, after one that says what is left out (`Inputs.left_out`; `monitor`,
    `progress`, `explain` and `validate` report them as errors).
    """
    from_funds = years is None
    years = default_years(inputs) if years is None else list(years)
    problems = run_checks(inputs, keys, years)
    if from_funds and not years and not {"funds", "students"} & inputs.unreadable:
        problems.insert(
            0,
            Problem(
                Location(inputs.files["funds"], "Middelen"),
                msg("msg_check_no_budget_years"),
            ),
        )
    if any(p.severity == "error" for p in problems):
        raise InputErrors(problems)
    in_years = pl.col("year").is_in(years)
    left_out: list[Problem] = []
    realised = _usable(inputs, "realised", check_realised, left_out)
    indicators = _usable(inputs, "indicators", check_indicators, left_out)
    _usable(inputs, "register", check_register, left_out)
    reference = _reference(inputs)
    if inputs.has("reference") and reference is None:  # the template, not filled in
        problems.append(
            Problem(Location(inputs.files["reference"]), msg("msg_reference_empty"), "warning")
        )
    return Inputs(
        units=_in_order(inputs.table("units")),
        students=inputs.table("students").filter(in_years),
        funds=inputs.table("funds").filter(in_years),
        central=inputs.table("central").filter(in_years),
        measures=inputs.table("measures").filter(in_years),
        years=years,
        hashes=dict(inputs.hashes),
        warnings=[p for p in problems if p.severity != "error"],
        reference=reference,
        realised=realised,
        indicators=indicators,
        plan_round=inputs.table("plan_round"),
        plan_files=dict(inputs.unit_files.get("plans", {})),
        previous=_previous(inputs, years) if "previous_plans" in keys else None,
        left_out=tuple(left_out),
    )


LEFT_OUT = "left_out"  # the kind of warning that tells an optional workbook's errors in a run
WHAT_IS_LEFT_OUT = {
    "realised": "msg_left_out_realised",
    "indicators": "msg_left_out_indicators",
    "register": "msg_left_out_register",
}


def _usable(
    inputs: InputSet, key: str, check: Callable[[InputSet], T | None], left_out: list[Problem]
) -> T | None:
    """An optional workbook a run can do without, checked: None when it is absent or has
    errors; then what is left out and each error, as warnings, are added to `left_out`."""
    try:
        return check(inputs)
    except InputErrors as err:
        where = Location(inputs.files[key])
        left_out.append(Problem(where, msg(WHAT_IS_LEFT_OUT[key]), "warning", LEFT_OUT))
        left_out += [Problem(p.location, p.what, "warning", LEFT_OUT) for p in err.problems]
        return None


def _previous(inputs: InputSet, years: list[int]) -> PreviousPlans | None:
    if not inputs.has("previous_plans"):
        return None
    return PreviousPlans(
        measures=inputs.table("previous_measures"),
        rounds=inputs.table("previous_plan_round"),
        folder=inputs.files["previous_plans"].rstrip("/"),
        files=dict(inputs.unit_files.get("previous_plans", {})),
        years=compared_years(plan_years(inputs.table("previous_plan_years")), years),
    )


def _checked(inputs: InputSet, key: str) -> list[Problem] | None:
    """The problems of one optional workbook, checked on its own (None when it is not there);
    raises InputErrors listing every problem when one of them is an error."""
    if not inputs.has(key):
        return None
    problems = run_checks(inputs, (key,), [])
    if any(p.severity == "error" for p in problems):
        raise InputErrors(problems)
    return problems


def check_reference(inputs: InputSet) -> Reference | None:
    """The published figures to check against, checked (None when there is no
    reference.xlsx, or when it holds no figure); raises InputErrors listing every problem of
    the workbook."""
    problems = _checked(inputs, "reference")
    if problems is None:
        return None
    return _reference(inputs)


def _reference(inputs: InputSet) -> Reference | None:
    """The published figures to check against; None without reference.xlsx, or when it holds
    no figure at all (the empty template: nothing to compare, no sheet of nothing)."""
    if not inputs.has("reference"):
        return None
    tables = [inputs.table(name) for name, _, _ in REFERENCE_SHEETS]
    if all(t.height == 0 for t in tables):
        return None
    published, percentages, plan2018 = (t.sort(t.columns[:3]) for t in tables)
    return Reference(
        published=published,
        percentages=percentages,
        plan2018=plan2018,
        file=inputs.files["reference"],
        warnings=tuple(p for p in inputs.problems["reference"] if p.severity != "error"),
    )


def check_realised(inputs: InputSet) -> Realised | None:
    """The realised figures, checked (None when there is no realised.xlsx); raises
    InputErrors listing every problem of the workbook."""
    problems = _checked(inputs, "realised")
    if problems is None:
        return None
    return Realised(
        spending=inputs.table("realised"),
        revenue=inputs.table("realised_revenue"),
        file=inputs.files["realised"],
        warnings=tuple(problems),
    )


def check_register(inputs: InputSet) -> Register | None:
    """The organisation's part of the algorithm-register record (None when there is no
    register.toml); raises InputErrors listing every problem of the file."""
    problems = _checked(inputs, "register")
    if problems is None:
        return None
    register: Register = inputs.documents["register"]
    return register


def check_indicators(inputs: InputSet) -> IndicatorInputs | None:
    """The indicators, values and reflections, checked (None when there is no
    indicators.xlsx); raises InputErrors listing every problem of the workbook."""
    problems = _checked(inputs, "indicators")
    if problems is None:
        return None
    return IndicatorInputs(
        definitions=inputs.table("indicator_definitions"),
        values=inputs.table("indicator_values"),
        reflections=inputs.table("indicator_reflections"),
        initiatives=inputs.table("indicator_initiatives"),
        file=inputs.files["indicators"],
        warnings=tuple(problems),
    )


def budget_inputs(inputs: InputSet, years: list[int]) -> Inputs:
    """The plans, funds and central lines of years a scenario does not compute (earlier years
    with realised figures), checked; raises InputErrors saying why these years are needed."""
    budget = tuple(k for k in RUN_KEYS if k != "previous_plans")  # only compared, never a budget
    try:
        return check_inputs(inputs, years, budget)
    except InputErrors as err:
        why = Problem(
            Location(inputs.files["realised"]),
            msg("msg_check_monitoring_years", years=", ".join(str(y) for y in years)),
        )
        raise InputErrors([*err.problems, why]) from None
