"""The monitoring of a computed scenario, pure: the B/R columns of every year with realised
figures, and the per-unit figures of one year at one reporting moment."""

from __future__ import annotations

from collections.abc import Iterator

import polars as pl

from qa_budget.inputs.tables import Inputs, Realised
from qa_budget.monitoring.columns import br_columns, budget_cells, pending_cells, shown_columns
from qa_budget.monitoring.model import Monitoring
from qa_budget.monitoring.units import current_moment, unit_lines
from qa_budget.result import Outcome
from qa_budget.texts import format_money, format_percent, label


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
    allocated = None
    if year in outcome.inputs.years:
        rows = outcome.allocation.units.filter(pl.col("year") == year)
        allocated = dict(rows.select("unit", "allocation").iter_rows())
    lines, statuses = unit_lines(
        units,
        budget_cells(budget_source, year),
        realised.spending,
        year,
        due,
        thresholds,
        allocated,
        pending_cells(budget_source, year),
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


def summary_lines(outcome: Outcome, m: Monitoring, lang: str = "nl") -> Iterator[str]:
    """Lines for the terminal: the year, the signals, the units behind with their reports."""

    def t(key: str) -> str:
        return label(key, lang)

    def eur(cents: int) -> str:
        return format_money(cents, lang, decimals=True)

    def word(moment: str | None) -> str:
        return t(f"pr_moment_{moment}") if moment else t("mon_none")

    due = t("mon_cli_due").format(moment=word(m.moment)) if m.moment else t("mon_moment_none")
    yield t("mon_cli_head").format(year=m.year, name=outcome.scenario.name, moment=due)
    flagged = m.lines.filter(pl.col("signal") != "")
    for r in flagged.iter_rows(named=True):
        what = t("mon_realised_word" if r["moment"] == "definitief" else "mon_forecast_word")
        fields = {
            "unit": r["unit"],
            "theme": r["theme"],
            "signal": t(f"mon_signal_{r['signal']}"),
            "what": what,
            "forecast": eur(r["forecast"]),
            "budget": eur(r["budget"]),
        }
        pending = t("mon_pending") if r["pending"] else ""
        if r["forecast_pct"] is None:
            yield "  " + t("mon_cli_signal_no_budget").format(**fields) + pending
        else:
            pct = format_percent(r["forecast_pct"], lang)
            yield "  " + t("mon_cli_signal").format(pct=pct, **fields) + pending
    if not flagged.height:
        yield "  " + t("mon_cli_no_signals")
    for r in m.statuses.filter(pl.col("status").is_in(["late", "missing"])).iter_rows(named=True):
        if r["status"] == "missing":
            yield "  " + t("mon_cli_missing").format(unit=r["unit"])
        else:
            yield "  " + t("mon_cli_late").format(unit=r["unit"], moment=word(r["latest"]))
    yield t("mon_cli_columns").format(columns=", ".join(c.label for c in m.columns))
