"""Per unit and theme: budget against realised to date, the forecast for the year, the signal
against the scenario's thresholds, and each unit's report status.

- Reports are cumulative since 1 January: mei covers 4 months, september 8, definitief 12.
- Forecast = the unit's latest report × 12 / its months, per theme, rounded half-up to the
  cent (mei × 3, september × 1.5, definitief as reported). A theme missing from a report
  counts as 0. A unit without any report is assumed to spend its budget (status 'missing').
- The moment that is due is the one asked for, or else the latest one anyone reported; a unit
  whose latest report is earlier is 'late'.
- Every unit with an allocation or a plan in the year is expected to report; one without a
  plan has no budget per theme, but it is listed (and 'missing' when it sent no report).
"""

from __future__ import annotations

from fractions import Fraction

import polars as pl

from qa_budget.inputs.contracts import CENTRAL_UNIT, MOMENT_MONTHS, MOMENT_ORDER, MOMENTS
from qa_budget.scenario import Monitoring
from qa_budget.texts import THEME_NUMBERS

CENTRAL_NAME = "Centrale initiatieven"
STATUSES = ("reported", "late", "missing", "none_due")
"""A unit's report status for the year: reported at the moment that is due; late (its latest
report is an earlier moment); missing (no report at all); none_due (nobody has reported yet)."""


def current_moment(spending: pl.DataFrame, year: int, moment: str | None) -> str | None:
    """The moment that is due: the one asked for, or the latest moment anyone reported."""
    if moment is not None:
        return moment
    found = spending.filter(pl.col("year") == year)["moment"].unique().to_list()
    return max(found, key=MOMENT_ORDER.__getitem__) if found else None


def forecast(amount: int, moment: str) -> int:
    """The year's spending forecast from a cumulative report: amount × 12 / months, rounded
    half-up to the cent (mei × 3, september × 1.5, definitief as is)."""
    months = MOMENT_MONTHS[moment]
    return (2 * amount * 12 + months) // (2 * months)


def signal(budget: int, forecast_cents: int, t: Monitoring) -> str:
    """'under', 'over' or '' for a forecast against a budget, by the scenario's thresholds."""
    diff = forecast_cents - budget
    if diff == 0 or abs(diff) < int(t.min_difference_eur * 100):
        return ""
    if budget == 0:
        return "over" if diff > 0 else ""
    if forecast_cents * 100 < budget * (100 - Fraction(t.underspend_pct)):
        return "under"
    if forecast_cents * 100 > budget * (100 + Fraction(t.overspend_pct)):
        return "over"
    return ""


def _pct(part: int, whole: int) -> float | None:
    return float(Fraction(100 * part, whole)) if whole else None


LINE_SCHEMA = {
    "year": pl.Int64,
    "due": pl.String,
    "unit": pl.String,
    "name": pl.String,
    "theme": pl.Int64,
    "budget": pl.Int64,
    "realised": pl.Int64,
    "moment": pl.String,
    "forecast": pl.Int64,
    "difference": pl.Int64,
    "spent_pct": pl.Float64,
    "forecast_pct": pl.Float64,
    "signal": pl.String,
    "status": pl.String,
    "note": pl.String,
    "pending": pl.Boolean,  # an amount of this unit and theme waits for a decision (pm)
}
STATUS_SCHEMA = {
    "unit": pl.String,
    "name": pl.String,
    "budget": pl.Int64,
    "allocation": pl.Int64,
    **{m: pl.Int64 for m in MOMENTS},
    "latest": pl.String,
    "status": pl.String,
}


def unit_lines(
    units: list[tuple[str, str]],
    budget: dict[tuple[str, int], int],
    spending: pl.DataFrame,
    year: int,
    moment: str | None,
    t: Monitoring,
    allocated: dict[str, int] | None = None,
    pending: set[tuple[str, int]] | None = None,
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Per unit and theme: budget, realised to date, forecast, difference, signal; and per
    unit its reports and status. Units: those with a budget (a plan), an allocation
    (`allocated`: cents per unit in the year, when the scenario computes it) or a report in
    the year."""
    allocated = {u: a for u, a in (allocated or {}).items() if a}
    rows = spending.filter(pl.col("year") == year)
    if moment is not None:
        due = MOMENT_ORDER[moment]
        rows = rows.filter(pl.col("moment").replace_strict(MOMENT_ORDER) <= due)
    names = dict(units) | {CENTRAL_UNIT: CENTRAL_NAME}
    order = [u for u, _ in units] + [CENTRAL_UNIT]
    present = {u for u, _ in budget} | set(rows["unit"].to_list()) | set(allocated)
    lines: list[dict[str, object]] = []
    statuses: list[dict[str, object]] = []
    for unit in [u for u in order if u in present]:
        mine = rows.filter(pl.col("unit") == unit)
        totals = dict(mine.group_by("moment").agg(pl.col("amount").sum()).iter_rows())
        latest = max(totals, key=MOMENT_ORDER.__getitem__) if totals else None
        if moment is None:
            status = "none_due"
        elif latest is None:
            status = "missing"
        else:
            status = "reported" if latest == moment else "late"
        unit_budget = sum(v for (u, _), v in budget.items() if u == unit)
        statuses.append(
            {
                "unit": unit,
                "name": names.get(unit, unit),
                "budget": unit_budget,
                "allocation": allocated.get(unit),
            }
            | {m: totals.get(m) for m in MOMENTS}
            | {"latest": latest, "status": status}
        )
        report = mine.filter(pl.col("moment") == latest) if latest else mine.clear()
        amounts = {r["theme"]: r for r in report.iter_rows(named=True)}
        for theme in THEME_NUMBERS:
            b = budget.get((unit, theme), 0)
            r = amounts.get(theme)
            if not b and r is None:
                continue
            realised = int(r["amount"]) if r else (0 if latest else None)
            f = forecast(realised, latest) if latest and realised is not None else b
            lines.append(
                {
                    "year": year,
                    "due": moment,
                    "unit": unit,
                    "name": names.get(unit, unit),
                    "theme": theme,
                    "budget": b,
                    "realised": realised,
                    "moment": latest,
                    "forecast": f,
                    "difference": f - b,
                    "spent_pct": _pct(realised, b) if realised is not None else None,
                    "forecast_pct": _pct(f, b),
                    "signal": signal(b, f, t),
                    "status": status,
                    "note": r["note"] if r else None,
                    "pending": (unit, theme) in (pending or set()),
                }
            )
    return (
        pl.DataFrame(lines, schema=LINE_SCHEMA, orient="row"),
        pl.DataFrame(statuses, schema=STATUS_SCHEMA, orient="row"),
    )


def totals(lines: pl.DataFrame, by: str, t: Monitoring) -> pl.DataFrame:
    """Budget, realised, forecast and signal summed per unit or per theme."""
    keys = [by, "name"] if by == "unit" else [by]
    out = (
        lines.group_by(keys, maintain_order=True)
        .agg(
            pl.col("budget").sum(),
            pl.when(pl.col("realised").is_null().all())
            .then(None)
            .otherwise(pl.col("realised").sum())
            .alias("realised"),
            pl.col("forecast").sum(),
        )
        .with_columns((pl.col("forecast") - pl.col("budget")).alias("difference"))
    )
    if by == "theme":
        out = out.sort("theme")
    return out.with_columns(
        pl.struct("budget", "forecast")
        .map_elements(lambda s: signal(s["budget"], s["forecast"], t), return_dtype=pl.String)
        .alias("signal")
    )
