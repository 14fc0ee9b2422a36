"""The core flow in phases that never look back: read → check → compute → write.

`read_inputs` reads every input workbook once (hashed from the bytes parsed); `compute` is pure
(a scenario and the inputs in, a Result out, monitoring included when units have reported);
`write` writes the workbooks and run.json from the Result alone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from qa_budget.adjust import apply_oploop, apply_revenue
from qa_budget.allocation import Allocation
from qa_budget.arguments import check_instance, check_year
from qa_budget.errors import (
    InputErrors,
    Location,
    Money,
    Problem,
    QaBudgetError,
    RuleErrors,
    ScenarioError,
    Worded,
    msg,
)
from qa_budget.indicators.compute import compute_indicators
from qa_budget.indicators.model import Indicators
from qa_budget.indicators.progress import Progress, build_progress
from qa_budget.inputs.check import (
    LEFT_OUT,
    budget_inputs,
    check_indicators,
    check_inputs,
    check_realised,
    check_register,
    default_years,
)
from qa_budget.inputs.checks import check_plan_near_allocation, check_plans_funded
from qa_budget.inputs.read import read_inputs
from qa_budget.inputs.tables import Inputs, InputSet, Realised
from qa_budget.keys import DistributionKey, KeyContext, UniformKey
from qa_budget.monitoring.core import compute_monitoring, history_years
from qa_budget.monitoring.model import Monitoring
from qa_budget.notes import Note
from qa_budget.parameters import named_overrides
from qa_budget.planning.decisions import open_decisions, overdue
from qa_budget.planning.round import RoundStatus, plan_round
from qa_budget.planning.rules import check_rules, rule_problems
from qa_budget.planning.versions import against_plan2018, compare_versions, version_warnings
from qa_budget.reconcile import YearFigures, reconcile
from qa_budget.result import Options, Outcome, Result
from qa_budget.scenario import PlanRound, Scenario, load_scenario
from qa_budget.texts import format_number, label, years_text

ADOPTED_KEY = UniformKey(kind="uniform", amount_per_student=500)  # type: ignore[arg-type]

__all__ = ["Options", "Result", "compute", "monitor", "progress", "read_inputs", "validate"]


def _allocate(
    scenario: Scenario, checked: Inputs, inputs: InputSet, options: Options
) -> tuple[Inputs, Allocation, list[Note]]:
    """Revenue what-if, the key (with its baseline scenario when needed), the oploop."""
    source = str(scenario.source)
    adjusted, notes = apply_revenue(checked, scenario.revenue, source)
    baseline = None
    base = scenario.key.baseline_scenario()
    if base is not None:
        if _read_for_money(base) != _read_for_money(scenario):
            raise ScenarioError(
                source,
                [msg("msg_key_baseline_inputs", name=base.name)],
            )
        missing = sorted(set(checked.years) - set(base.years))
        if missing:
            raise ScenarioError(
                source,
                [msg("msg_key_baseline_years", name=base.name, years=missing)],
            )
        base_checked = checked if base.years == scenario.years else check_inputs(inputs, base.years)
        _, baseline, _ = _allocate(base, base_checked, inputs, options)
    ctx = KeyContext(adjusted, baseline, options.solver, options.allow_infeasible, source)
    allocation = scenario.key.allocate(ctx)
    if scenario.oploop is not None:
        adjusted, allocation = apply_oploop(adjusted, allocation, scenario.oploop, source)
    return adjusted, allocation, notes


def _sentence(key: DistributionKey, scenario: Scenario | None) -> Callable[[str], str]:
    """The key in words (and the oploop, when the scenario has one), for a warning."""

    def words(lang: str) -> str:
        text = key.sentence(lang)
        if scenario is not None and scenario.oploop is not None:
            share = format_number(scenario.oploop.share_pct, lang)
            text += " " + label("method_oploop", lang).format(share=share)
        return text.rstrip(".")

    return words


def _read_for_money(scenario: Scenario) -> dict[str, str]:
    """The input files that decide the money (the previous plans are only compared)."""
    return scenario.inputs.model_dump(exclude={"previous_plans"})


def _overallocated(years: list[YearFigures], scenario_file: str) -> list[Problem]:
    """A year in which the scenario allocates more than the revenue (still to allocate is
    negative: the difference comes from reserves) is allowed, and said (warning)."""
    return [
        Problem(
            Location(scenario_file),
            msg(
                "msg_chk_overallocated",
                year=f.year,
                allocated=Money(f.allocated),
                over=Money(-f.still_to_allocate),
                revenue=Money(f.rijksbijdrage),
            ),
            "warning",
            kind="overallocated",
        )
        for f in years
        if f.overallocated
    ]


def compute(scenario: Scenario, inputs: InputSet, options: Options | None = None) -> Result:
    """Check the inputs for the scenario's years, allocate and reconcile; pure (reads nothing,
    writes nothing). Raises InputErrors listing every input problem, ScenarioError,
    InfeasibleError (exit code 3)."""
    check_instance(
        scenario, Scenario, "scenario", "load one with load_scenario('scenarios/x.toml')"
    )
    check_instance(inputs, InputSet, "inputs", "read them with read_inputs('inputs')")
    options = options or Options()
    checked = check_inputs(inputs, scenario.years)
    checked, allocation, notes = _allocate(scenario, checked, inputs, options)
    if not scenario.checks.allow_unfunded_plans:
        unfunded = check_plans_funded(checked.measures, allocation.units, inputs.files["students"])
        if unfunded:
            raise InputErrors(unfunded + checked.warnings)
    rec = reconcile(checked, allocation)
    failed = [c for c in rec.checks if not c.ok]
    if failed:  # an engine bug, never a user mistake
        raise AssertionError(f"identity failed: {failed[0]}")
    if scenario.rules.budgets_against == "baseline" and "baseline" not in allocation.units.columns:
        raise ScenarioError(
            scenario.source,
            [msg("msg_rules_budgets_against")],
        )
    rules = check_rules(scenario.rules, checked, allocation)
    broken = rule_problems(rules, str(scenario.source))
    if any(p.severity == "error" for p in broken):
        raise RuleErrors(broken)
    pct = float(scenario.checks.plan_deviation_pct)
    status, round_warnings = plan_round(checked, scenario.plan_round)
    versions = compare_versions(checked, checked.previous) if checked.previous else None
    warnings = (
        checked.warnings
        + check_plan_near_allocation(
            checked.measures,
            allocation.units,
            pct,
            Worded(_sentence(scenario.key, scenario)),
            checked.plan_files,
        )
        + round_warnings
        + (version_warnings(versions, checked.plan_files) if versions else [])
        + _overallocated(rec.years, str(scenario.source))
        + broken
        + list(checked.left_out)
    )
    outcome = Outcome(scenario, checked, allocation, rec)
    indicators = _indicators(scenario, checked)
    monitoring = _default_monitoring(outcome, inputs, warnings)
    return Result(
        scenario,
        checked,
        allocation,
        rec,
        sources=inputs,
        options=options,
        notes=tuple(
            [
                Note("note_override", {"path": p, "old": o, "new": n})
                for p, o, n in named_overrides(scenario)
            ]
            + notes
            + allocation.notes
        ),
        warnings=tuple(warnings),
        monitoring=monitoring,
        indicators=indicators,
        plan_round=status,
        versions=versions,
        decisions=open_decisions(checked),
        rules=rules,
        plan2018=against_plan2018(
            checked.reference.plan2018, {f.year: f.spending_by_theme for f in rec.years}
        )
        if checked.reference is not None
        else (),
    )


def _indicators(scenario: Scenario, checked: Inputs) -> Indicators | None:
    """The indicators the workbooks show (None without indicators.xlsx); a broken
    indicators.xlsx never stops a run: its errors are the run's warnings (`left_out`)."""
    if checked.indicators is None:
        return None
    return compute_indicators(checked.indicators, scenario.indicators.min_group_size)


def _default_monitoring(
    outcome: Outcome, inputs: InputSet, warnings: list[Problem]
) -> Monitoring | None:
    """The monitoring the workbooks show once units have reported (latest year and moment);
    None without a usable realised report: a broken realised.xlsx never stops a run (its
    errors are the run's warnings, `left_out`), nor do errors in the budget of earlier years
    it reports on (added to `warnings`); `monitor` and `validate` stop on both."""
    realised = outcome.inputs.realised
    if realised is None or realised.spending.is_empty():
        return None
    try:
        history = _history(outcome, inputs, None)
        return compute_monitoring(outcome, realised, history)
    except QaBudgetError as err:
        where = Location(realised.file)
        found = err.problems if isinstance(err, InputErrors) else [Problem(where, err.args[0])]
        warnings.append(Problem(where, msg("msg_left_out_history"), "warning", LEFT_OUT))
        warnings += [Problem(p.location, p.what, "warning", LEFT_OUT) for p in found]
        return None


def _history(outcome: Outcome, inputs: InputSet, year: int | None) -> Inputs | None:
    realised = outcome.inputs.realised
    assert realised is not None
    other = history_years(outcome, realised, year)
    return budget_inputs(inputs, other) if other else None


def monitor(result: Result, year: int | None = None, moment: str | None = None) -> Monitoring:
    """The monitoring of a computed scenario for a year and reporting moment (defaults: the
    latest year with a report, the latest moment reported); pure. Raises InputErrors when
    realised.xlsx is missing or has errors."""
    if year is not None:
        check_year(year)
    realised = check_realised(result.sources)
    if realised is None:
        name = result.sources.files["realised"]
        raise InputErrors(
            [
                Problem(
                    Location(name),
                    msg("msg_file_not_found_template", path=result.sources.folder / name),
                )
            ]
        )
    funded = set(result.sources.named("funds")["year"].drop_nulls().to_list())
    if year is not None and year not in {*result.inputs.years, *realised.years, *funded}:
        # nothing in the inputs speaks of that year (no budget, no report): one sentence, not
        # an error per plan; a year with a budget and no report yet is monitored as such
        raise QaBudgetError(
            msg(
                "msg_year_without_figures",
                year=year,
                budgets=years_text(sorted(funded)) if funded else "-",
                reported=years_text(realised.years) if realised.years else "-",
                file=realised.file,
                funds=result.sources.files["funds"],
            )
        )
    stray = sorted(set(realised.years) - funded - set(result.inputs.years))
    if stray:  # a report of a year without a budget: the year is likely mistyped
        raise InputErrors([_stray_year(realised, y, result.sources.files["funds"]) for y in stray])
    return compute_monitoring(
        result, realised, _history(result, result.sources, year), year, moment
    )


def _stray_year(realised: Realised, year: int, funds: str) -> Problem:
    """Where realised.xlsx reports on a year that has no budget: its first row of that year."""
    rows = pl.concat(
        [
            t.filter(pl.col("year") == year).select("file", "sheet", "row")
            for t in (realised.spending, realised.revenue)
        ]
    ).sort("sheet", "row", descending=[True, False])
    first = rows.row(0, named=True)
    return Problem(
        Location(str(first["file"]), str(first["sheet"]), msg("loc_row", n=first["row"])),
        msg("msg_realised_year_no_budget", year=year, funds=funds, n=rows.height),
    )


def progress(result: Result, year: int) -> Progress:
    """The progress report of a year: budget and realised spending per theme (the
    monitoring of that year), the indicators with their trend, the reflections and the common
    initiatives; pure. Raises InputErrors when indicators.xlsx or realised.xlsx is missing or
    has errors."""
    check_year(year)
    indicators = result.indicators
    if indicators is None:
        checked = check_indicators(result.sources)  # raises the workbook's errors
        if checked is None:
            name = result.sources.files["indicators"]
            raise InputErrors(
                [
                    Problem(
                        Location(name),
                        msg("msg_file_not_found_template", path=result.sources.folder / name),
                    )
                ]
            )
        indicators = compute_indicators(checked, result.scenario.indicators.min_group_size)
    monitoring = monitor(result, year)
    if year in result.inputs.years:
        central = result.inputs.central
    else:
        central = budget_inputs(result.sources, [year]).central
    return build_progress(result, monitoring, indicators, central, year)


@dataclass(frozen=True)
class Validation:
    """What `validate` found: the warnings (errors are raised) and the plan round."""

    warnings: list[Problem]
    plan_round: RoundStatus


def validate(
    inputs_dir: Path, scenario_path: Path | None = None, today: dt.date | None = None
) -> Validation:
    """Check all inputs; returns the warnings and the plan round, raises InputErrors (with
    warnings) on errors.

    Without a scenario, the years on the funds sheet are checked, plans are compared with the
    adopted key (EUR 500 per EEA student) and the round has no deadline. realised.xlsx, when
    present, is checked too, with the budgets of its years, and so are register.toml and
    indicators.xlsx. An open decision (pm) whose date lies before `today` (default: the date
    today) is a warning.
    """
    today = today or dt.date.today()
    if scenario_path is not None:
        scenario = load_scenario(scenario_path)
        inputs = read_inputs(inputs_dir, scenario.inputs)
        result = compute(scenario, inputs)
        kept = [w for w in result.warnings if w.kind != LEFT_OUT]  # errors below, not warnings
        warnings = kept + overdue(result.decisions, today)
        assert result.plan_round is not None
        status = result.plan_round
    else:
        inputs = read_inputs(inputs_dir)
        checked = check_inputs(inputs)
        allocation = ADOPTED_KEY.allocate(KeyContext(checked))
        unfunded = check_plans_funded(checked.measures, allocation.units, inputs.files["students"])
        if unfunded:
            raise InputErrors(unfunded + checked.warnings)
        status, round_warnings = plan_round(checked, PlanRound())
        warnings = (
            checked.warnings
            + check_plan_near_allocation(
                checked.measures,
                allocation.units,
                10.0,
                Worded(_sentence(ADOPTED_KEY, None)),
                checked.plan_files,
            )
            + round_warnings
            + overdue(open_decisions(checked), today)
        )
    register: list[Problem] = []
    try:
        check_register(inputs)
    except InputErrors as err:
        register = err.problems + err.warnings
    try:
        indicators = check_indicators(inputs)
    except InputErrors as err:
        raise InputErrors(warnings + err.problems + err.warnings) from None
    if indicators is not None:
        warnings += list(indicators.warnings)
    try:
        realised = check_realised(inputs)
    except InputErrors as err:
        raise InputErrors(warnings + register + err.problems + err.warnings) from None
    if register:
        raise InputErrors(warnings + register)
    if realised is None:
        return Validation(warnings, status)
    years = scenario.years if scenario_path is not None else default_years(inputs)
    other = [y for y in realised.years if y not in years]
    try:
        if other:
            budget_inputs(inputs, other)
    except InputErrors as err:
        raise InputErrors(warnings + err.problems + err.warnings) from None
    return Validation(warnings + list(realised.warnings), status)
