"""The B/R columns of the published annex: B (budget) and R (realised) per year, exact in cents
and as shown in whole k EUR, and where line-by-line rounding would not add up.

- Budget = the units' plans + the central initiatives charged to the funds, as in the run. A
  year the scenario computes is taken from the run (still to allocate, the key); any other
  year (an earlier one with realised figures) from its plans and central lines as they are.
- B result = rijksbijdrage - spending - still to allocate.
- R = the definitive reports (all units and CENTRAAL); R result = realised revenue - realised
  spending (still to allocate is a budget line; it has no realised counterpart). The kadernota
  line repeats the year's B figure, as in the published annex.
"""

from __future__ import annotations

import polars as pl

from qa_budget.display import shown_year
from qa_budget.inputs.contracts import CENTRAL_UNIT
from qa_budget.inputs.tables import Inputs, Realised
from qa_budget.money import CENTS_PER_KEUR, round_half_up, split_cents
from qa_budget.monitoring.model import Column, ShownColumn
from qa_budget.result import Outcome
from qa_budget.texts import THEME_NUMBERS, format_number, label


def pending_cells(inputs: Inputs, year: int) -> set[tuple[str, int]]:
    """(unit, theme) cells of the year with an amount that waits for a decision (pm): not in
    the budget, so spending on them shows without one; the monitoring says why."""
    measures = inputs.measures.filter((pl.col("year") == year) & pl.col("pm"))
    central = inputs.central.filter((pl.col("year") == year) & pl.col("pm"))
    return {(str(u), int(t)) for u, t in measures.select("unit", "theme").iter_rows()} | {
        (CENTRAL_UNIT, int(t)) for (t,) in central.select("theme").iter_rows()
    }


def budget_cells(inputs: Inputs, year: int) -> dict[tuple[str, int], int]:
    """Budget per (unit, theme) in cents: the plans, and the central initiatives charged under
    CENTRAAL. Only non-zero cells."""
    cells: dict[tuple[str, int], int] = {}
    plans = (
        inputs.measures.filter(pl.col("year") == year)
        .group_by("unit", "theme")
        .agg(pl.col("amount").sum())
    )
    for unit, theme, amount in plans.iter_rows():
        cells[(unit, theme)] = int(amount)
    central = (
        inputs.central.filter((pl.col("year") == year) & pl.col("charged"))
        .group_by("theme")
        .agg(pl.col("amount").sum())
    )
    for theme, amount in central.iter_rows():
        cells[(CENTRAL_UNIT, theme)] = int(amount)
    return {k: v for k, v in cells.items() if v}


def _by_theme(cells: dict[tuple[str, int], int]) -> dict[int, int]:
    return {t: sum(v for (_, th), v in cells.items() if th == t) for t in THEME_NUMBERS}


# --- The B/R columns --------------------------------------------------------------------------


def br_columns(
    result: Outcome, history: Inputs | None, realised: Realised, years: list[int]
) -> list[Column]:
    """B for every year, R for every year with definitive reports, in the annex's order."""
    rec = result.reconciliation
    revenue = dict(realised.revenue.select("year", "revenue").iter_rows())
    final = realised.spending.filter(pl.col("moment") == "definitief")
    out: list[Column] = []
    for year in years:
        if year in result.inputs.years:
            f = rec.year(year)
            b = Column(
                "B",
                year,
                f.spending_by_theme,
                f.rijksbijdrage,
                f.kadernota,
                f.still_to_allocate,
                keyed=True,
            )
            budget = budget_cells(result.inputs, year)
        else:
            assert history is not None
            funds = history.funds.filter(pl.col("year") == year).row(0, named=True)
            budget = budget_cells(history, year)
            b = Column("B", year, _by_theme(budget), funds["rijksbijdrage"], funds["kadernota"])
        out.append(b)
        done = final.filter(pl.col("year") == year)
        if done.height:
            themes = dict(done.group_by("theme").agg(pl.col("amount").sum()).iter_rows())
            reported = set(done["unit"].to_list())
            expected = sorted({u for (u, _) in budget} - reported)
            out.append(
                Column(
                    "R",
                    year,
                    {t: int(themes.get(t, 0)) for t in THEME_NUMBERS},
                    revenue.get(year),
                    b.kadernota,
                    missing=tuple(expected),
                )
            )
    return out


def shown_columns(result: Outcome, columns: list[Column]) -> dict[str, ShownColumn]:
    """Round every column to k EUR. B of a scenario year as in overview.xlsx; otherwise the
    revenue half-up, spending + result to it, the themes to the spending (largest remainder)."""
    k = CENTS_PER_KEUR
    out: dict[str, ShownColumn] = {}
    kadernota: dict[int, int] = {}
    for c in columns:
        if c.keyed:
            units = result.allocation.units.filter(pl.col("year") == c.year)
            y = shown_year(
                result.reconciliation.year(c.year),
                dict(units.select("unit", "allocation").iter_rows()),
            )
            shown = ShownColumn(
                y.themes, y.spending, y.still_to_allocate, y.result, y.rijksbijdrage, y.kadernota
            )
        else:
            if c.revenue is not None and c.result is not None:
                revenue: int | None = round_half_up(c.revenue, k)
                assert revenue is not None
                spending, res = split_cents([c.spending, c.result], k, revenue)
                result_shown: int | None = res
            else:
                revenue, result_shown = None, None
                spending = round_half_up(c.spending, k)
            themes = split_cents([c.themes[t] for t in THEME_NUMBERS], k, spending)
            shown = ShownColumn(
                dict(zip(THEME_NUMBERS, themes, strict=True)),
                spending,
                None,
                result_shown,
                revenue,
                kadernota.get(c.year, round_half_up(c.kadernota, k)),
            )
        kadernota.setdefault(c.year, shown.kadernota)
        out[c.label] = shown
    return out


def rounding_notes(columns: list[Column], shown: dict[str, ShownColumn], lang: str) -> list[str]:
    """Where a column rounded line by line (half-up, as published tables are) would not add
    up, and which shown figure therefore differs from its own rounding by 1 k EUR."""
    k = CENTS_PER_KEUR

    def n(value: int) -> str:
        return format_number(value, lang)

    notes = []
    for c in columns:
        s = shown[c.label]
        alone = {t: round_half_up(c.themes[t], k) for t in THEME_NUMBERS}
        total = round_half_up(c.spending, k)
        lines = [
            label("mon_round_theme", lang).format(theme=t, shown=n(s.themes[t]), alone=n(alone[t]))
            for t in THEME_NUMBERS
            if s.themes[t] != alone[t]
        ]
        if s.spending != total:
            lines.append(
                label("mon_round_spending", lang).format(shown=n(s.spending), alone=n(total))
            )
        result_alone = None if c.result is None else round_half_up(c.result, k)
        if s.result is not None and result_alone is not None and s.result != result_alone:
            lines.append(
                label("mon_round_result", lang).format(shown=n(s.result), alone=n(result_alone))
            )
        still = c.still_to_allocate
        if s.still_to_allocate is not None and still is not None:
            still_alone = round_half_up(still, k)
            if s.still_to_allocate != still_alone:
                lines.append(
                    label("mon_round_still", lang).format(
                        shown=n(s.still_to_allocate), alone=n(still_alone)
                    )
                )
        kadernota_alone = round_half_up(c.kadernota, k)  # shown as its parts add up
        if s.kadernota != kadernota_alone:
            lines.append(
                label("mon_round_kadernota", lang).format(
                    shown=n(s.kadernota), alone=n(kadernota_alone)
                )
            )
        if not lines:
            continue
        sums = sum(alone.values())
        why = (
            label("mon_round_themes_sum", lang).format(sums=n(sums), total=n(total))
            if sums != total
            else label("mon_round_lines", lang)
        )
        notes.append(
            label("mon_round_note", lang).format(column=c.label, why=why, lines="; ".join(lines))
        )
    return notes
