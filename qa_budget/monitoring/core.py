"""The monitoring of a computed scenario, pure: the B/R columns of every year with realised
figures, and the per-unit figures of one year at one reporting moment."""

from __future__ import annotations

from collections.abc import Iterator

import polars as pl

from qa_budget.inputs.tables import Inputs, Realised
from qa_budget.monitoring.columns import br_columns, budget_cells, shown_columns
from qa_budget.monitoring.model import Monitoring
from qa_budget.monitoring.units import current_moment, unit_lines
from qa_budget.result import Outcome


def compute_monitoring(
    outcome: Outcome,
    realised: Realised,
    history: Inputs | None,
    year: int | None = None,
    moment: str | None = None,
) -> Monitoring:
    """Monitoring figures of a computed scenario.

    `history` holds the checked budgets (plans, funds, central lines) of the years with
    realised figures that the scenario does not compute (see `history_years`). `year` is the
    year of the per-unit detail (default: the latest year with a report); `moment` the
    reporting moment that is due (default: the latest one reported that year).
    """
    year = default_year(outcome, realised) if year is None else year
    years = sorted(set(realised.years) | set(outcome.inputs.years) | {year})
    columns = br_columns(outcome, history, realised, years)
    budget_source = outcome.inputs if year in outcome.inputs.years else history
    if budget_source is None:
        raise ValueError(f"no budget for {year}: pass the history of the years {years}")
    due = current_moment(realised.spending, year, moment)
    units = list(outcome.inputs.units.select("code", "name_nl").iter_rows())
    thresholds = outcome.scenario.monitoring
    lines, statuses = unit_lines(
        units, budget_cells(budget_source, year), realised.spending, year, due, thresholds
    )
    return Monitoring(
        year=year,
        moment=due,
        columns=columns,
        shown=shown_columns(outcome, columns),
        lines=lines,
        statuses=statuses,
        thresholds=thresholds,
        realised=realised,
        warnings=tuple(realised.warnings),
    )


def default_year(outcome: Outcome, realised: Realised) -> int:
    """The latest year with a report (the first scenario year before any report)."""
    reported = realised.spending["year"].to_list()
    return max(reported) if reported else outcome.inputs.years[0]


def history_years(outcome: Outcome, realised: Realised, year: int | None) -> list[int]:
    """The years the monitoring shows that the scenario does not compute."""
    year = default_year(outcome, realised) if year is None else year
    shown = set(realised.years) | {year}
    return sorted(y for y in shown if y not in outcome.inputs.years)


SIGNAL_TEXT = {"under": "underspending", "over": "overspending"}


def summary_lines(outcome: Outcome, m: Monitoring) -> Iterator[str]:
    """Lines for the terminal: the year, the signals, the units behind with their reports."""
    yield (
        f"Monitoring {m.year} of scenario {outcome.scenario.name}: "
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
