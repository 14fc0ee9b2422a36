"""The university overview workbook (overview.xlsx): the published annex, reproduced and proven.

Sheets: the overview in k EUR laid out as the published annex; still to allocate in EUR;
spending per theme in EUR; allocation per unit; central initiatives; checks; a published table
against the computed figures (when reference.xlsx is given); provenance.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from fractions import Fraction
from pathlib import Path
from typing import Any

import polars as pl

from qa_budget.allocation import Allocation
from qa_budget.display import ShownYear, shown_year
from qa_budget.inputs.tables import Inputs
from qa_budget.money import cents_to_float
from qa_budget.published import check_published
from qa_budget.reconcile import Reconciliation
from qa_budget.report.method import key_sentence
from qa_budget.report.page import add_report_formats
from qa_budget.report.published import write_published
from qa_budget.report.sheet import Registry, Sheet, new_workbook
from qa_budget.report.tariff_sheets import write_infeasible, write_oploop, write_tariffs
from qa_budget.result import Result
from qa_budget.scenario import Scenario
from qa_budget.texts import THEME_NUMBERS, label, sheet_name, theme_name

EPS = 0.005  # half a cent: the tolerance of the EUR checks in the workbook
Text = Callable[[str], str]
Terms = list[tuple[int, Hashable]]


def shown_years(rec: Reconciliation, allocation: Allocation) -> list[ShownYear]:
    """The k-EUR figures of every year, as the overview shows them."""
    out = []
    for f in rec.years:
        units = allocation.units.filter(pl.col("year") == f.year)
        out.append(shown_year(f, dict(units.select("unit", "allocation").iter_rows())))
    return out


def write_overview(
    path: Path, result: Result, provenance: dict[str, Any], lang: str = "nl"
) -> None:
    """Write overview.xlsx to `path` (a staged temporary)."""
    scenario, inputs, allocation = result.scenario, result.inputs, result.allocation
    rec, reference = result.reconciliation, result.reference
    wb = new_workbook(path)
    fmt = add_report_formats(wb)
    reg = Registry()
    shown = shown_years(rec, allocation)

    def t(key: str) -> str:
        return label(key, lang)

    names = (
        "overview",
        "still_to_allocate",
        "themes_eur",
        "allocation",
        "central",
        "checks",
        *(("published",) if reference is not None else ()),
        "provenance",
    )
    sheets = {k: Sheet(wb, sheet_name(k, lang), reg, fmt) for k in names}
    _overview(sheets["overview"], scenario, rec, shown, inputs, t, lang)
    _still_to_allocate(sheets["still_to_allocate"], rec, t)
    _themes_eur(sheets["themes_eur"], rec, t, lang)
    method = key_sentence(scenario, allocation, lang)
    _allocation(sheets["allocation"], inputs, allocation, rec, t, lang, method)
    _central(sheets["central"], inputs, rec, t)
    if allocation.is_tariff:
        write_tariffs(Sheet(wb, sheet_name("tariffs", lang), reg, fmt), inputs, allocation)
    if allocation.oploop:
        write_oploop(Sheet(wb, sheet_name("oploop", lang), reg, fmt), allocation)
    if allocation.infeasible:
        write_infeasible(Sheet(wb, sheet_name("infeasible", lang), reg, fmt), allocation)
    _checks(sheets["checks"], rec, shown, reg, t)
    if reference is not None:
        check = check_published(reference, rec, shown)
        write_published(sheets["published"], reference, check, reg, lang)
    _provenance(sheets["provenance"], provenance, t)
    sheets["overview"].ws.activate()
    wb.close()


def _eur(cents: int) -> float:
    return cents_to_float(cents)


def _sum(s: Sheet, first: int, last: int, col: int) -> str:
    return f"=SUM({s.local(first, col)}:{s.local(last, col)})"


# --- Overview (k EUR) -------------------------------------------------------------------------


def _overview(
    s: Sheet,
    scenario: Scenario,
    rec: Reconciliation,
    shown: list[ShownYear],
    inputs: Inputs,
    t: Text,
    lang: str,
) -> None:
    years = [y.year for y in shown]
    s.ws.set_column(0, 0, 8)
    s.ws.set_column(1, 1, 64)
    s.ws.set_column(2, 2 + len(years), 11)
    s.text(0, 0, t("overview_title").format(title=scenario.display_title), "title")
    s.text(1, 0, t("overview_subtitle"), "subtitle")
    s.row_texts(3, 0, [t("theme"), t("description")] + [f"B{y}" for y in years], numeric_from=2)
    first = 4
    for i, theme in enumerate(THEME_NUMBERS):
        s.number(first + i, 0, theme, "text")
        s.text(first + i, 1, theme_name(theme, lang))
    total = first + 6
    for row, key in enumerate(
        (
            "total_spending",
            "still_to_allocate",
            "result",
            "revenue_rijksbijdrage",
            "revenue_kadernota",
        ),
        start=total,
    ):
        s.text(row, 1, t(key), "bold" if row in (total, total + 3) else "text")
    for c, y in enumerate(shown):
        col = 2 + c
        for i, theme in enumerate(THEME_NUMBERS):
            s.number(first + i, col, y.themes[theme], "keur", ("k", "theme", theme, y.year))
        s.formula(
            total,
            col,
            _sum(s, first, first + 5, col),
            y.spending,
            "keur_total",
            ("k", "spending", y.year),
        )
        s.number(total + 1, col, y.still_to_allocate, "keur", ("k", "still", y.year))
        s.formula(
            total + 2,
            col,
            f"={s.local(total + 3, col)}-{s.local(total, col)}-{s.local(total + 1, col)}",
            y.result,
            "keur",
            ("k", "result", y.year),
        )
        s.number(total + 3, col, y.rijksbijdrage, "keur_total", ("k", "revenue", y.year))
        s.number(total + 4, col, y.kadernota, "keur", ("k", "kadernota", y.year))

    row = total + 6
    s.text(row, 1, t("percentages"), "bold")
    s.row_texts(
        row + 1, 0, [t("theme"), t("description")] + [str(y) for y in years], numeric_from=2
    )
    pct = row + 2
    for i, theme in enumerate(THEME_NUMBERS):
        s.number(pct + i, 0, theme, "text")
        s.text(pct + i, 1, theme_name(theme, lang))
    s.text(pct + 6, 1, t("total"), "bold")
    for c, f in enumerate(rec.years):
        col = 2 + c
        for i, theme in enumerate(THEME_NUMBERS):
            s.number(pct + i, col, f.theme_percentages[theme], "pct", ("pct", theme, f.year))
        s.formula(
            pct + 6,
            col,
            _sum(s, pct, pct + 5, col),
            sum(f.theme_percentages.values()),
            "pct_total",
            ("pct", "total", f.year),
        )

    row = pct + 8
    s.text(row, 1, f"{t('still_to_allocate')} ({t('keur')})", "bold")
    s.row_texts(row + 1, 0, ["", ""] + [str(y) for y in years], numeric_from=2)
    base = row + 2
    block = (
        "unit_allocations",
        "central_charged",
        "allocated",
        "rk_update",
        "k_unallocated",
        "still_to_allocate",
    )
    for i, key in enumerate(block):
        s.text(base + i, 1, t(key), "bold" if key in ("allocated", "still_to_allocate") else "text")
    for c, y in enumerate(shown):
        col = 2 + c

        def loc(r: int, col: int = col) -> str:
            return s.local(r, col)

        s.number(base, col, y.unit_allocations, "keur", ("k", "units", y.year))
        s.number(base + 1, col, y.central_charged, "keur", ("k", "central", y.year))
        s.formula(
            base + 2,
            col,
            f"={loc(base)}+{loc(base + 1)}",
            y.allocated,
            "keur_total",
            ("k", "allocated", y.year),
        )
        s.formula(
            base + 3,
            col,
            f"={loc(total + 3)}-{loc(total + 4)}",
            y.rijksbijdrage_update,
            "keur",
            ("k", "update", y.year),
        )
        s.formula(
            base + 4,
            col,
            f"={loc(total + 4)}-{loc(base + 2)}",
            y.kadernota_unallocated,
            "keur",
            ("k", "unallocated", y.year),
        )
        s.formula(
            base + 5,
            col,
            f"={loc(base + 3)}+{loc(base + 4)}",
            y.still_to_allocate,
            "keur_total",
            ("k", "still_parts", y.year),
        )

    row = base + 7
    s.text(row, 1, f"{t('unit_allocations')} ({t('keur')})", "bold")
    s.row_texts(row + 1, 0, [t("unit"), t("name")] + [str(y) for y in years], numeric_from=2)
    codes = inputs.units["code"].to_list()
    names = dict(zip(codes, inputs.units[f"name_{lang}"].to_list(), strict=True))
    first_unit = row + 2
    for i, code in enumerate(codes):
        s.text(first_unit + i, 0, code)
        s.text(first_unit + i, 1, names[code])
    last = first_unit + len(codes)
    s.text(last, 1, t("total"), "bold")
    for c, y in enumerate(shown):
        col = 2 + c
        for i, code in enumerate(codes):
            s.number(first_unit + i, col, y.units[code], "keur", ("k", "unit", code, y.year))
        s.formula(
            last,
            col,
            _sum(s, first_unit, last - 1, col),
            y.unit_allocations,
            "keur_total",
            ("k", "units_sum", y.year),
        )
    s.ws.freeze_panes(4, 2)
    s.setup_print()


# --- Still to allocate (EUR) ------------------------------------------------------------------


def _still_to_allocate(s: Sheet, rec: Reconciliation, t: Text) -> None:
    s.ws.set_column(0, 0, 62)
    s.ws.set_column(1, len(rec.years), 16)
    s.text(0, 0, t("still_to_allocate"), "title")
    s.text(1, 0, t("eur_exact"), "subtitle")
    s.row_texts(3, 0, [""] + [str(f.year) for f in rec.years], numeric_from=1)
    rows = (
        "revenue_rijksbijdrage",
        "revenue_kadernota",
        "unit_allocations",
        "central_charged",
        "allocated",
        "still_to_allocate",
        "rk_update",
        "k_unallocated",
        "total_spending",
        "result",
    )
    r = {key: 4 + i for i, key in enumerate(rows)}
    for key, row in r.items():
        s.text(row, 0, t(key), "bold" if key in ("allocated", "still_to_allocate") else "text")
    for c, f in enumerate(rec.years):
        col = 1 + c

        def loc(key: str, col: int = col) -> str:
            return s.local(r[key], col)

        y = f.year
        s.number(r["revenue_rijksbijdrage"], col, _eur(f.rijksbijdrage), "eur", ("revenue", y))
        s.number(r["revenue_kadernota"], col, _eur(f.kadernota), "eur", ("kadernota", y))
        s.number(r["unit_allocations"], col, _eur(f.unit_allocations), "eur", ("units", y))
        s.number(r["central_charged"], col, _eur(f.central_charged), "eur", ("central", y))
        s.formula(
            r["allocated"],
            col,
            f"={loc('unit_allocations')}+{loc('central_charged')}",
            _eur(f.allocated),
            "eur_total",
            ("allocated", y),
        )
        s.formula(
            r["still_to_allocate"],
            col,
            f"={loc('revenue_rijksbijdrage')}-{loc('allocated')}",
            _eur(f.still_to_allocate),
            "eur_total",
            ("still", y),
        )
        s.formula(
            r["rk_update"],
            col,
            f"={loc('revenue_rijksbijdrage')}-{loc('revenue_kadernota')}",
            _eur(f.rijksbijdrage_update),
            "eur",
            ("update", y),
        )
        s.formula(
            r["k_unallocated"],
            col,
            f"={loc('revenue_kadernota')}-{loc('allocated')}",
            _eur(f.kadernota_unallocated),
            "eur",
            ("unallocated", y),
        )
        s.number(r["total_spending"], col, _eur(f.spending), "eur", ("spending_input", y))
        s.formula(
            r["result"],
            col,
            f"={loc('allocated')}-{loc('total_spending')}",
            _eur(f.result),
            "eur",
            ("result", y),
        )
    s.setup_print()


# --- Spending per theme (EUR) -----------------------------------------------------------------


def _themes_eur(s: Sheet, rec: Reconciliation, t: Text, lang: str) -> None:
    s.ws.set_column(0, 0, 7)
    s.ws.set_column(1, 1, 56)
    s.ws.set_column(2, 1 + 4 * len(rec.years), 14)
    s.text(0, 0, t("total_spending"), "title")
    s.text(1, 0, f"{t('eur')}: {t('faculty_plans')} + {t('central')} = {t('total')}", "subtitle")
    s.row_texts(3, 0, [t("theme"), t("description")])
    for c, f in enumerate(rec.years):
        s.row_texts(
            3,
            2 + 4 * c,
            [
                f"{f.year} {t('faculty_plans')}",
                f"{f.year} {t('central')}",
                f"{f.year} {t('total')}",
                f"{f.year} %",
            ],
            numeric_from=0,
        )
    s.ws.set_row(3, 30)
    first = 4
    last = first + 5
    for i, theme in enumerate(THEME_NUMBERS):
        s.number(first + i, 0, theme, "text")
        s.text(first + i, 1, theme_name(theme, lang))
    s.text(last + 1, 1, t("total_spending"), "bold")
    for c, f in enumerate(rec.years):
        col = 2 + 4 * c
        for i, theme in enumerate(THEME_NUMBERS):
            row = first + i
            s.number(row, col, _eur(f.plans_by_theme[theme]), "eur", ("plans", theme, f.year))
            s.number(row, col + 1, _eur(f.central_by_theme[theme]), "eur")
            total = f.spending_by_theme[theme]
            s.formula(
                row,
                col + 2,
                f"={s.local(row, col)}+{s.local(row, col + 1)}",
                _eur(total),
                "eur",
                ("theme", theme, f.year),
            )
            share = float(Fraction(total, f.spending)) if f.spending else 0.0
            s.formula(
                row,
                col + 3,
                f"=IF({s.local(last + 1, col + 2)}=0,0,"
                f"{s.local(row, col + 2)}/{s.local(last + 1, col + 2)})",
                share,
                "pct1",
            )
        for k, key in enumerate(("plans_total", "central_total", "spending")):
            value = {
                "plans_total": sum(f.plans_by_theme.values()),
                "central_total": sum(f.central_by_theme.values()),
                "spending": f.spending,
            }[key]
            s.formula(
                last + 1,
                col + k,
                _sum(s, first, last, col + k),
                _eur(value),
                "eur_total",
                (key, f.year),
            )
        s.formula(
            last + 1, col + 3, _sum(s, first, last, col + 3), 1.0 if f.spending else 0.0, "pct1"
        )
    s.ws.freeze_panes(4, 2)
    s.setup_print()


# --- Allocation per unit (EUR) ----------------------------------------------------------------


def _allocation(
    s: Sheet,
    inputs: Inputs,
    allocation: Allocation,
    rec: Reconciliation,
    t: Text,
    lang: str,
    method: str,
) -> None:
    years = inputs.years
    s.ws.set_column(0, 0, 9)
    s.ws.set_column(1, 1, 44)
    s.ws.set_column(2, 1 + 5 * len(years), 14)
    s.text(0, 0, t("allocation"), "title")
    s.text(1, 0, f"{t('eur')}; {method}", "subtitle")
    s.row_texts(3, 0, [t("unit"), t("name")])
    cols = ("students", "per_student", "allocation", "planned", "plan_minus_allocation")
    for c, y in enumerate(years):
        s.row_texts(3, 2 + 5 * c, [f"{y} {t(k)}" for k in cols], numeric_from=0)
    s.ws.set_row(3, 45)
    codes = inputs.units["code"].to_list()
    names = dict(zip(codes, inputs.units[f"name_{lang}"].to_list(), strict=True))
    units = allocation.units.join(rec.plans_by_unit, on=["unit", "year"], how="left")
    plain = not allocation.is_tariff and "oploop" not in allocation.units.columns
    first = 4
    for i, code in enumerate(codes):
        s.text(first + i, 0, code)
        s.text(first + i, 1, names[code])
    last = first + len(codes)
    s.text(last, 1, t("total"), "bold")
    for c, y in enumerate(years):
        col = 2 + 5 * c
        rows = {r["unit"]: r for r in units.filter(pl.col("year") == y).iter_rows(named=True)}
        for i, code in enumerate(codes):
            row, r = first + i, rows[code]
            s.number(row, col, r["students"], "count")
            if plain:  # allocation = students × the key's amount per student
                s.number(row, col + 1, _eur(r["per_student"]), "eur")
                s.formula(
                    row,
                    col + 2,
                    f"={s.local(row, col)}*{s.local(row, col + 1)}",
                    _eur(r["allocation"]),
                    "eur",
                    ("unit_alloc", code, y),
                )
            else:  # tariffs or oploop: the allocation, and the effective amount per student
                s.number(row, col + 2, _eur(r["allocation"]), "eur", ("unit_alloc", code, y))
                per = r["allocation"] / r["students"] / 100 if r["students"] else 0.0
                s.formula(
                    row,
                    col + 1,
                    f"=IF({s.local(row, col)}=0,0,{s.local(row, col + 2)}/{s.local(row, col)})",
                    per,
                    "eur",
                )
            s.number(row, col + 3, _eur(r["planned"]), "eur")
            s.formula(
                row,
                col + 4,
                f"={s.local(row, col + 3)}-{s.local(row, col + 2)}",
                _eur(r["planned"] - r["allocation"]),
                "eur",
            )
        year_units = units.filter(pl.col("year") == y)
        s.formula(
            last,
            col,
            _sum(s, first, last - 1, col),
            int(year_units["students"].sum()),
            "count_total",
            ("students_total", y),
        )
        allocated = int(year_units["allocation"].sum())
        planned = int(year_units["planned"].sum())
        s.formula(
            last,
            col + 2,
            _sum(s, first, last - 1, col + 2),
            _eur(allocated),
            "eur_total",
            ("units_sum", y),
        )
        s.formula(
            last,
            col + 3,
            _sum(s, first, last - 1, col + 3),
            _eur(planned),
            "eur_total",
            ("plans_sum", y),
        )
        s.formula(
            last, col + 4, _sum(s, first, last - 1, col + 4), _eur(planned - allocated), "eur_total"
        )
    s.ws.freeze_panes(4, 2)
    s.setup_print()


# --- Central initiatives (EUR) ----------------------------------------------------------------


def _central(s: Sheet, inputs: Inputs, rec: Reconciliation, t: Text) -> None:
    years = inputs.years
    s.ws.set_column(0, 0, 7)
    s.ws.set_column(1, 1, 28)
    s.ws.set_column(2, 2, 60)
    s.ws.set_column(3, 4, 18)
    s.ws.set_column(5, 4 + len(years), 14)
    s.text(0, 0, t("central"), "title")
    s.text(1, 0, t("central_subtitle"), "subtitle")
    s.row_texts(
        3,
        0,
        [t("theme"), t("initiative"), t("line"), t("source"), t("charged")]
        + [str(y) for y in years],
        numeric_from=5,
    )
    ids = ("theme", "initiative", "line", "source")
    amounts = {
        tuple(r[:5]): r[5]
        for r in inputs.central.group_by(*ids, "year")
        .agg(pl.col("amount").sum())
        .select(*ids, "year", "amount")
        .iter_rows()
    }
    keys = inputs.central.select(*ids, "charged").unique().sort(*ids)
    first = 4
    for i, k in enumerate(keys.iter_rows(named=True)):
        row = first + i
        s.number(row, 0, k["theme"], "text")
        s.text(row, 1, k["initiative"])
        s.text(row, 2, k["line"])
        s.text(row, 3, k["source"])
        s.text(row, 4, t("yes") if k["charged"] else t("no"))
        for c, y in enumerate(years):
            amount = amounts.get((k["theme"], k["initiative"], k["line"], k["source"], y), 0)
            if amount:
                s.number(row, 5 + c, _eur(int(amount)), "eur")
    last = first + keys.height
    s.text(last, 2, f"{t('total')}, {t('charged')}: {t('yes')}", "bold")
    s.text(last + 1, 2, f"{t('total')}, {t('charged')}: {t('no')}", "bold")
    for c, f in enumerate(rec.years):
        col = 5 + c
        rng = f"{s.local(first, col)}:{s.local(max(last - 1, first), col)}"
        crit = f"{s.local(first, 4)}:{s.local(max(last - 1, first), 4)}"
        s.formula(
            last,
            col,
            f'=SUMIF({crit},"{t("yes")}",{rng})',
            _eur(f.central_charged),
            "eur_total",
            ("central_sum", f.year),
        )
        s.formula(
            last + 1, col, f'=SUMIF({crit},"{t("no")}",{rng})', _eur(f.central_other), "eur_total"
        )
    s.ws.freeze_panes(4, 3)
    s.setup_print()


# --- Checks -----------------------------------------------------------------------------------


def _checks(s: Sheet, rec: Reconciliation, shown: list[ShownYear], reg: Registry, t: Text) -> None:
    s.ws.set_column(0, 0, 78)
    s.ws.set_column(1, 1, 7)
    s.ws.set_column(2, 4, 18)
    s.ws.set_column(5, 5, 9)
    s.text(0, 0, t("check"), "title")
    s.text(1, 0, t("checks_subtitle"), "subtitle")
    s.row_texts(3, 0, [t("check"), t("year"), t("left"), t("right"), t("difference"), t("status")])
    row = 4

    def add(name: str, year: int, left: Terms, right: Terms, tol: float, const: int = 0) -> None:
        """One identity: left = right (+ const), as formulas over the registered cells."""
        nonlocal row
        values = []
        for col, terms, extra in ((2, left, 0), (3, right, const)):
            formula = "=" + "".join(
                ("+" if sign > 0 else "-") + reg[key].address for sign, key in terms
            ).lstrip("+")
            if extra or not terms:
                formula += f"+{extra}" if terms else str(extra)
            value = sum(sign * reg[key].value for sign, key in terms) + extra
            s.formula(row, col, formula, value, "eur")
            values.append(value)
        lv, rv = values
        s.formula(row, 4, f"={s.local(row, 2)}-{s.local(row, 3)}", lv - rv, "eur")
        ok = abs(lv - rv) < tol
        s.formula(
            row,
            5,
            f'=IF(ABS({s.local(row, 4)})<{tol},"OK","{t("fail")}")',
            "OK" if ok else t("fail"),
            "ok" if ok else "fail",
        )
        s.text(row, 0, t(name))
        s.number(row, 1, year, "text")
        row += 1

    for f in rec.years:
        y = f.year
        add(
            "chk_revenue",
            y,
            [(1, ("revenue", y))],
            [(1, ("units_sum", y)), (1, ("central_sum", y)), (1, ("still", y))],
            EPS,
        )
        add(
            "chk_still",
            y,
            [(1, ("still", y))],
            [(1, ("update", y)), (1, ("unallocated", y))],
            EPS,
        )
        add(
            "chk_spending",
            y,
            [(1, ("spending", y))],
            [(1, ("plans_sum", y)), (1, ("central_sum", y))],
            EPS,
        )
        add(
            "chk_result",
            y,
            [(1, ("result", y))],
            [(1, ("revenue", y)), (-1, ("spending", y)), (-1, ("still", y))],
            EPS,
        )
        add(
            "chk_k_revenue",
            y,
            [(1, ("k", "revenue", y))],
            [(1, ("k", "spending", y)), (1, ("k", "still", y)), (1, ("k", "result", y))],
            0.5,
        )
        add(
            "chk_k_allocated",
            y,
            [(1, ("k", "allocated", y))],
            [(1, ("k", "units_sum", y)), (1, ("k", "central", y))],
            0.5,
        )
        add(
            "chk_k_still",
            y,
            [(1, ("k", "still", y))],
            [(1, ("k", "still_parts", y))],
            0.5,
        )
        add(
            "chk_pct",
            y,
            [(1, ("pct", "total", y))],
            [],
            0.5,
            const=100 if f.spending else 0,
        )
    s.ws.freeze_panes(4, 0)
    s.setup_print()


# --- Provenance -------------------------------------------------------------------------------


def _provenance(s: Sheet, provenance: dict[str, Any], t: Text) -> None:
    s.ws.set_column(0, 0, 34)
    s.ws.set_column(1, 1, 80)
    s.text(0, 0, t("provenance_title"), "title")
    row = 2
    for key, value in provenance.items():
        if isinstance(value, dict):
            s.text(row, 0, key, "bold")
            row += 1
            for k, v in value.items():
                s.text(row, 0, f"  {k}")
                s.text(row, 1, str(v))
                row += 1
        else:
            s.text(row, 0, key, "bold")
            s.text(row, 1, str(value))
            row += 1
