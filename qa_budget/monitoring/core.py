"""The monitoring of a scenario: read realised.xlsx, compute the B/R columns and the per-unit
figures of one year, and write outputs/<scenario>/monitoring.xlsx."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

from qa_budget import __version__
from qa_budget.errors import InputErrors, Location, Problem
from qa_budget.inputs.realised import Realised, budget_inputs, load_realised
from qa_budget.monitoring.columns import (
    Column,
    ShownColumn,
    br_columns,
    budget_cells,
    shown_columns,
)
from qa_budget.monitoring.units import current_moment, unit_lines
from qa_budget.pipeline import Options, Result, compute
from qa_budget.report.atomic import OutputSet
from qa_budget.scenario import Monitoring


@dataclass
class MonitorResult:
    """Everything the monitoring workbook shows, and what it was computed from."""

    result: Result  # the scenario's run (B columns of its years)
    year: int  # the year of the per-unit detail
    moment: str | None  # the reporting moment that is due (None: nobody has reported yet)
    columns: list[Column]
    shown: dict[str, ShownColumn]  # by column label
    lines: pl.DataFrame  # per unit and theme, see `unit_lines`
    statuses: pl.DataFrame  # per unit: reports per moment and status
    thresholds: Monitoring
    realised: Realised
    warnings: list[Problem] = field(default_factory=list)
    hashes: dict[str, str] = field(default_factory=dict)
    written: list[tuple[Path, str]] = field(default_factory=list)


def compute_monitoring(
    result: Result, year: int | None = None, moment: str | None = None, required: bool = True
) -> MonitorResult | None:
    """Monitoring figures for a computed scenario run.

    Reads the scenario's realised workbook (default realised.xlsx) from the run's inputs
    folder. Without that workbook: None, or (when `required`) an InputErrors saying so.
    `year` is the year of the per-unit detail (default: the latest year with a report);
    `moment` the reporting moment that is due (default: the latest one reported that year).
    """
    files = result.scenario.inputs
    inputs_dir = result.inputs_dir
    realised = load_realised(inputs_dir, files.realised, result.inputs.units)
    if realised is None:
        if not required:
            return None
        raise InputErrors(
            [
                Problem(
                    Location(files.realised),
                    f"file not found; expected it at {inputs_dir / files.realised} "
                    "(`qa-budget init` writes the template realised.xlsx)",
                )
            ]
        )
    if year is None:
        reported = realised.spending["year"].to_list()
        year = max(reported) if reported else result.inputs.years[0]
    years = sorted(set(realised.years) | set(result.inputs.years) | {year})
    other = [y for y in years if y not in result.inputs.years]
    history = budget_inputs(inputs_dir, other, files.model_dump()) if other else None
    columns = br_columns(result, history, realised, years)
    budget_source = result.inputs if year in result.inputs.years else history
    assert budget_source is not None
    due = current_moment(realised.spending, year, moment)
    units = list(result.inputs.units.select("code", "name_nl").iter_rows())
    lines, statuses = unit_lines(
        units,
        budget_cells(budget_source, year),
        realised.spending,
        year,
        due,
        result.scenario.monitoring,
    )
    hashes = dict(result.inputs.hashes) | {files.realised: realised.sha256}
    return MonitorResult(
        result=result,
        year=year,
        moment=due,
        columns=columns,
        shown=shown_columns(result, columns),
        lines=lines,
        statuses=statuses,
        thresholds=result.scenario.monitoring,
        realised=realised,
        warnings=list(realised.warnings),
        hashes=dict(sorted(hashes.items())),
    )


def unit_table(m: MonitorResult, unit: str | None = None) -> pl.DataFrame:
    """The per-unit monitoring table (for the faculty-board and council workbooks).

    One row per unit and theme with a budget or a report in the year: unit, name, theme,
    budget, realised (to date, from the latest report; null when none), moment (of that
    report), forecast, difference (forecast - budget), spent_pct, forecast_pct, signal
    ('under' / 'over' / ''), status ('reported' / 'late' / 'missing' / 'none_due'), note.
    Amounts in cents. `unit` keeps one unit's rows.
    """
    lines = m.lines
    return lines.filter(pl.col("unit") == unit) if unit is not None else lines


def unit_monitoring(
    result: Result, unit: str | None = None, year: int | None = None, moment: str | None = None
) -> pl.DataFrame | None:
    """The per-unit monitoring table of a computed run (see `unit_table`), or None when no
    realised report exists yet (no realised.xlsx, or none of its rows concern the units).

    For the faculty-board workbook (`unit` = the board's unit) and the council workbook (all
    units); raises InputErrors when realised.xlsx exists but is broken.
    """
    m = compute_monitoring(result, year, moment, required=False)
    if m is None or m.realised.spending.is_empty():
        return None
    return unit_table(m, unit)


def provenance(m: MonitorResult) -> dict[str, Any]:
    """What a reader needs to trace the figures: version, scenario, year, rules, input hashes."""
    r, t = m.result, m.thresholds
    return {
        "qa-budget": __version__,
        "scenario": r.scenario.name,
        "scenario file": r.scenario_path.name,
        "title": r.scenario.display_title,
        "key": r.allocation.method,
        "year": str(m.year),
        "moment due": m.moment or "(no report yet)",
        "forecast": "latest report × 12 / months (mei × 3, september × 1.5); no report: the budget",
        "thresholds": (
            f"underspending > {t.underspend_pct}% below, overspending > {t.overspend_pct}% "
            f"above the budget; differences below EUR {t.min_difference_eur} not flagged"
        ),
        "rounding": "exact cents; k EUR shown with largest-remainder rounding so columns add up",
        "input files (SHA-256)": dict(m.hashes),
    }


def write_monitoring(m: MonitorResult, out_dir: Path, force: bool = False) -> MonitorResult:
    """Write <out>/<scenario>/monitoring.xlsx (see OutputSet: no silent overwrite)."""
    from qa_budget.report.monitoring import write_workbook

    outputs = OutputSet(force=force)
    try:
        target = out_dir / m.result.scenario.name / "monitoring.xlsx"
        write_workbook(outputs.stage_path(target), m, provenance(m))
        m.written = outputs.commit()
    finally:
        outputs.discard()
    return m


def run_monitor(
    scenario_path: Path,
    inputs_dir: Path,
    out_dir: Path,
    year: int | None = None,
    moment: str | None = None,
    force: bool = False,
    options: Options | None = None,
) -> MonitorResult:
    """Compute the scenario, then its monitoring, and write monitoring.xlsx."""
    result = compute(scenario_path, inputs_dir, options or Options())
    m = compute_monitoring(result, year, moment)
    assert m is not None  # required: a missing realised.xlsx raises
    m.warnings = m.result.warnings + m.warnings
    return write_monitoring(m, out_dir, force)


SIGNAL_TEXT = {"under": "underspending", "over": "overspending"}


def summary_lines(m: MonitorResult) -> Iterator[str]:
    """Lines for the terminal: the year, the signals, the units behind with their reports."""
    yield (
        f"Monitoring {m.year} of scenario {m.result.scenario.name}: "
        + (f"reports due up to {m.moment}" if m.moment else "no reports yet")
    )
    flagged = m.lines.filter(pl.col("signal") != "")
    for r in flagged.iter_rows(named=True):
        pct = f"{r['forecast_pct']:.0f}% of" if r["forecast_pct"] is not None else "without"
        what = "realised" if r["moment"] == "definitief" else "forecast"
        yield (
            f"  {r['unit']} theme {r['theme']}: {SIGNAL_TEXT[r['signal']]}, {what} "
            f"EUR {r['forecast'] / 100:,.2f} = {pct} budget EUR {r['budget'] / 100:,.2f}"
        )
    if not flagged.height:
        yield "  no under- or overspending beyond the thresholds"
    for r in m.statuses.filter(pl.col("status").is_in(["late", "missing"])).iter_rows(named=True):
        what = "no report" if r["status"] == "missing" else f"late, latest report {r['latest']}"
        yield f"  {r['unit']}: {what}"
    cols = ", ".join(c.label for c in m.columns)
    yield f"B/R columns: {cols}"
