"""Faculty-board workbook, the plan: the measures as submitted, and the plan by theme against
the university as a whole (SUMIF over the measures, so the split checks itself; the shares as
shown, adding up to 100%)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import polars as pl

from qa_budget.display import theme_shares
from qa_budget.money import cents_to_float
from qa_budget.reconcile import Reconciliation
from qa_budget.report.common.page import fit_row, merged_paragraph
from qa_budget.report.common.sheet import Ref, Sheet
from qa_budget.texts import THEME_NUMBERS, label, theme_name

Text = Callable[[str], str]


def _eur(cents: int) -> float:
    return cents_to_float(cents)


# --- Plan by theme ----------------------------------------------------------------------------


def plan_by_theme(s: Sheet, rec: Reconciliation, years: list[int], t: Text, lang: str) -> int:
    """Per year a block: per theme the unit's plan in EUR and %, against the university's."""
    s.ws.set_column(0, 0, 7)
    s.ws.set_column(1, 1, 62)
    s.ws.set_column(2, 5, 15)
    s.text(0, 0, t("fac_themes_title"), "title")
    merged_paragraph(s, 1, 0, 5, t("fac_themes_subtitle"), 7 + 62 + 4 * 15, "subtitle_wrap")
    heads = ("fac_plan_eur", "fac_plan_pct", "fac_university_pct", "fac_difference_pp")
    top = 3
    for year in years:
        _theme_block(s, rec, year, top, [t(h) for h in heads], t, lang)
        s.keep_together(top, top + 7)
        top += 10
    return top - 2


def _theme_block(
    s: Sheet, rec: Reconciliation, year: int, top: int, heads: list[str], t: Text, lang: str
) -> None:
    s.row_texts(top, 0, [t("theme"), str(year), *heads], numeric_from=2)
    first, total_row, col = top + 1, top + 7, 2
    f = rec.year(year)
    themes, amounts = s.registry[("m_themes", year)], s.registry[("m_amounts", year)]
    plan: dict[int, int] = amounts.value
    total = sum(plan.values())
    by_theme = f.spending_by_theme  # the university's, worked out once
    # shown shares add up to 100%: the unit's plan and the university's, largest remainder
    shares, university = theme_shares(plan), theme_shares(by_theme)
    for i, theme in enumerate(THEME_NUMBERS):
        row = first + i
        s.number(row, 0, theme, "text")
        s.text(row, 1, theme_name(theme, lang))
        s.formula(
            row,
            col,
            f"=SUMIF({themes.address},{s.local(row, 0)},{amounts.address})",
            _eur(plan[theme]),
            "eur0",
            ("fac_plan", year, theme),
        )
        s.number(row, col + 1, float(shares[theme]), "pct1")
        s.number(row, col + 2, float(university[theme]), "pct1")
        s.formula(
            row,
            col + 3,
            f"=100*({s.local(row, col + 1)}-{s.local(row, col + 2)})",
            float(100 * (shares[theme] - university[theme])),
            "pp1_signed",
        )
    s.text(total_row, 1, t("total"), "bold")
    for k, (value, fmt) in enumerate(
        ((_eur(total), "eur0_total"), (1.0 if total else 0.0, "pct1"))
    ):
        s.formula(
            total_row,
            col + k,
            f"=SUM({s.local(first, col + k)}:{s.local(total_row - 1, col + k)})",
            value,
            fmt,
        )
    s.number(total_row, col + 2, 1.0 if f.spending else 0.0, "pct1")


# --- Measures as submitted --------------------------------------------------------------------


NAME, NOTE, THEME_NAME = 44.0, 46.0, 22.0  # column widths that wrap


def measures_sheet(s: Sheet, measures: pl.DataFrame, years: list[int], t: Text, lang: str) -> int:
    """The measures as submitted, each with the plan's explanation; registers the ranges and
    totals the other sheets use."""
    note_col = 4 + len(years)
    s.ws.set_column(0, 0, NAME)
    s.ws.set_column(1, 1, 7)
    s.ws.set_column(2, 2, THEME_NAME)
    s.ws.set_column(3, 3 + len(years), 13)
    s.ws.set_column(note_col, note_col, NOTE)
    s.text(0, 0, t("fac_measures_title"), "title")
    s.text(1, 0, t("fac_measures_subtitle"), "subtitle")
    heads = [t("measure"), t("theme"), t("theme_name")] + [str(y) for y in years] + [t("total")]
    s.row_texts(3, 0, [*heads, t("fac_measure_note")], numeric_from=3)
    s.text(3, note_col, t("fac_measure_note"), "header")
    names = (
        measures.select("row", "measure", "theme", "note")
        .unique(subset="row", keep="first")
        .sort("row")
    )
    amounts = {
        (int(r), int(y)): int(a) for r, y, a in measures.select("row", "year", "amount").rows()
    }
    pm = {(int(r), int(y)) for r, y in measures.filter(pl.col("pm")).select("row", "year").rows()}
    first = 4
    for i, m in enumerate(names.iter_rows(named=True)):
        row = first + i
        theme = label(f"theme_short_{int(m['theme'])}", lang)
        note = str(m["note"] or "")
        s.text(row, 0, str(m["measure"]), "wrap")
        s.number(row, 1, int(m["theme"]), "top")
        s.text(row, 2, theme, "wrap")
        s.text(row, note_col, note, "wrap")
        fit_row(s, row, [(str(m["measure"]), NAME), (theme, THEME_NAME), (note, NOTE)], "wrap")
        for c, y in enumerate(years):
            if (int(m["row"]), y) in pm:  # waits for a decision: shown, not counted
                s.text(row, 3 + c, "pm", "pm")
            else:
                s.number(row, 3 + c, _eur(amounts.get((int(m["row"]), y), 0)), "eur0_top")
        total = sum(amounts.get((int(m["row"]), y), 0) for y in years)
        s.formula(
            row,
            3 + len(years),
            f"=SUM({s.local(row, 3)}:{s.local(row, 2 + len(years))})",
            _eur(total),
            "eur0_top",
        )
    last = first + names.height
    if names.height == 0:
        s.text(first, 0, t("fac_no_measures"), "note")
        last = first + 1
    s.text(last, 0, t("total"), "bold")
    in_years = [
        (int(y), int(th), int(a))
        for y, th, a in measures.select("year", "theme", "amount").iter_rows()
        if y in years
    ]
    for c, year in enumerate([*years, None]):
        col = 3 + c
        mine = [(th, a) for y, th, a in in_years if year is None or y == year]
        s.formula(
            last,
            col,
            f"=SUM({s.local(first, col)}:{s.local(last - 1, col)})",
            _eur(sum(a for _, a in mine)),
            "eur0_total",
            ("m_total", year) if year is not None else None,
        )
        if year is not None:
            by_theme = {th: sum(a for t_, a in mine if t_ == th) for th in THEME_NUMBERS}
            s.registry.cells[("m_themes", year)] = _range(s, first, 1, last - 1, 1)
            s.registry.cells[("m_amounts", year)] = _range(s, first, col, last - 1, col, by_theme)
    s.ws.freeze_panes(4, 1)
    return last


def _range(s: Sheet, r1: int, c1: int, r2: int, c2: int, value: Any = None) -> Ref:
    """A sheet-qualified range (for SUMIF), registered with the value the caller needs."""
    return Ref(f"{s.address(r1, c1)}:{s.address(r2, c2).split('!')[1]}", value)
