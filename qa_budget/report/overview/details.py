"""The EUR sheets: still to allocate, spending per theme, allocation per unit, central
initiatives; totals and differences as formulas that carry their cached values, shares as the
values shown (one decimal, adding up to 100%: largest remainder)."""

from __future__ import annotations

import polars as pl

from qa_budget.allocation import Allocation
from qa_budget.display import theme_shares
from qa_budget.inputs.tables import Inputs
from qa_budget.reconcile import Reconciliation
from qa_budget.report.common.page import fit_row, wrapped_texts
from qa_budget.report.common.sheet import Sheet
from qa_budget.report.overview.shared import Text, eur, sum_rows
from qa_budget.texts import THEME_NUMBERS, theme_name

# --- Still to allocate (EUR) ------------------------------------------------------------------


def still_to_allocate_sheet(s: Sheet, rec: Reconciliation, t: Text) -> None:
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
        s.number(r["revenue_rijksbijdrage"], col, eur(f.rijksbijdrage), "eur", ("revenue", y))
        s.number(r["revenue_kadernota"], col, eur(f.kadernota), "eur", ("kadernota", y))
        s.number(r["unit_allocations"], col, eur(f.unit_allocations), "eur", ("units", y))
        s.number(r["central_charged"], col, eur(f.central_charged), "eur", ("central", y))
        s.formula(
            r["allocated"],
            col,
            f"={loc('unit_allocations')}+{loc('central_charged')}",
            eur(f.allocated),
            "eur_total",
            ("allocated", y),
        )
        s.formula(
            r["still_to_allocate"],
            col,
            f"={loc('revenue_rijksbijdrage')}-{loc('allocated')}",
            eur(f.still_to_allocate),
            "eur_total",
            ("still", y),
        )
        s.formula(
            r["rk_update"],
            col,
            f"={loc('revenue_rijksbijdrage')}-{loc('revenue_kadernota')}",
            eur(f.rijksbijdrage_update),
            "eur",
            ("update", y),
        )
        s.formula(
            r["k_unallocated"],
            col,
            f"={loc('revenue_kadernota')}-{loc('allocated')}",
            eur(f.kadernota_unallocated),
            "eur",
            ("unallocated", y),
        )
        s.number(r["total_spending"], col, eur(f.spending), "eur", ("spending_input", y))
        s.formula(
            r["result"],
            col,
            f"={loc('allocated')}-{loc('total_spending')}",
            eur(f.result),
            "eur",
            ("result", y),
        )
    s.setup_print()


# --- Spending per theme (EUR) -----------------------------------------------------------------


def themes_sheet(s: Sheet, rec: Reconciliation, t: Text, lang: str) -> None:
    """Per year a block (so the sheet reads on paper): per theme the unit plans, the central
    initiatives, their total and its share."""
    s.ws.set_column(0, 0, 7)
    s.ws.set_column(1, 1, 62)
    s.ws.set_column(2, 5, 16)
    s.text(0, 0, t("total_spending"), "title")
    s.text(1, 0, f"{t('eur')}: {t('faculty_plans')} + {t('central')} = {t('total')}", "subtitle")
    top = 3
    for f in rec.years:
        heads = [t("theme"), str(f.year), t("faculty_plans"), t("central"), t("total"), "%"]
        s.row_texts(top, 0, heads, numeric_from=2)
        fit_row(s, top, [(h, 16.0) for h in heads[2:]])
        first = top + 1
        last = first + 5
        col = 2
        shares = theme_shares(f.spending_by_theme)
        for i, theme in enumerate(THEME_NUMBERS):
            row = first + i
            s.number(row, 0, theme, "text")
            s.text(row, 1, theme_name(theme, lang))
            s.number(row, col, eur(f.plans_by_theme[theme]), "eur", ("plans", theme, f.year))
            s.number(row, col + 1, eur(f.central_by_theme[theme]), "eur")
            total = f.spending_by_theme[theme]
            s.formula(
                row,
                col + 2,
                f"={s.local(row, col)}+{s.local(row, col + 1)}",
                eur(total),
                "eur",
                ("theme", theme, f.year),
            )
            s.number(row, col + 3, float(shares[theme]), "pct1")  # shown shares add up to 100%
        s.text(last + 1, 1, t("total_spending"), "bold")
        for k, key in enumerate(("plans_total", "central_total", "spending")):
            value = {
                "plans_total": sum(f.plans_by_theme.values()),
                "central_total": sum(f.central_by_theme.values()),
                "spending": f.spending,
            }[key]
            s.formula(
                last + 1,
                col + k,
                sum_rows(s, first, last, col + k),
                eur(value),
                "eur_total",
                (key, f.year),
            )
        s.formula(
            last + 1, col + 3, sum_rows(s, first, last, col + 3), 1.0 if f.spending else 0.0, "pct1"
        )
        s.keep_together(top, last + 1)
        top = last + 3
    s.setup_print()


# --- Allocation per unit (EUR) ----------------------------------------------------------------


def allocation_sheet(
    s: Sheet,
    inputs: Inputs,
    allocation: Allocation,
    rec: Reconciliation,
    t: Text,
    lang: str,
    method: str,
) -> None:
    """Per year a block (so the sheet is read on paper, whatever the number of years): per unit
    the EEA students, amount per student, allocation, planned spending and the difference."""
    years = inputs.years
    widths = (9, 44, 14, 14, 16, 16, 16)
    for col, w in enumerate(widths):
        s.ws.set_column(col, col, w)
    s.text(0, 0, t("allocation"), "title")
    s.ws.merge_range(1, 0, 1, len(widths) - 1, "", s.fmt["subtitle_wrap"])
    subtitle = f"{t('eur')}; {method}"
    s.text(1, 0, subtitle, "subtitle_wrap")
    fit_row(s, 1, [(subtitle, float(sum(widths)))], "subtitle_wrap")
    cols = ("students", "per_student", "allocation", "planned", "plan_minus_allocation")
    codes = inputs.units["code"].to_list()
    names = dict(zip(codes, inputs.units[f"name_{lang}"].to_list(), strict=True))
    units = allocation.units.join(rec.plans_by_unit, on=["unit", "year"], how="left")
    plain = not allocation.is_tariff and "oploop" not in allocation.units.columns
    top = 3
    for y in years:
        s.text(top, 0, str(y), "bold")
        heads = [t("unit"), t("name"), *(t(k) for k in cols)]
        s.row_texts(top + 1, 0, heads, numeric_from=2)
        fit_row(s, top + 1, list(zip(heads, map(float, widths), strict=True)))
        first = top + 2
        last = _allocation_block(s, first, codes, names, units, y, plain, t)
        s.keep_together(top, last)
        top = last + 2
    s.setup_print()


def _allocation_block(
    s: Sheet,
    first: int,
    codes: list[str],
    names: dict[str, str],
    units: pl.DataFrame,
    y: int,
    plain: bool,
    t: Text,
) -> int:
    """One year's units and total from row `first`; returns the total row."""
    col = 2
    last = first + len(codes)
    rows = {r["unit"]: r for r in units.filter(pl.col("year") == y).iter_rows(named=True)}
    for i, code in enumerate(codes):
        row, r = first + i, rows[code]
        s.text(row, 0, code)
        s.text(row, 1, names[code])
        s.number(row, col, r["students"], "count")
        if plain:  # allocation = students × the key's amount per student
            s.number(row, col + 1, eur(r["per_student"]), "eur")
            s.formula(
                row,
                col + 2,
                f"={s.local(row, col)}*{s.local(row, col + 1)}",
                eur(r["allocation"]),
                "eur",
                ("unit_alloc", code, y),
            )
        else:  # tariffs or oploop: the allocation, and the effective amount per student
            s.number(row, col + 2, eur(r["allocation"]), "eur", ("unit_alloc", code, y))
            per = r["allocation"] / r["students"] / 100 if r["students"] else 0.0
            s.formula(
                row,
                col + 1,
                f"=IF({s.local(row, col)}=0,0,{s.local(row, col + 2)}/{s.local(row, col)})",
                per,
                "eur",
            )
        s.number(row, col + 3, eur(r["planned"]), "eur")
        s.formula(
            row,
            col + 4,
            f"={s.local(row, col + 3)}-{s.local(row, col + 2)}",
            eur(r["planned"] - r["allocation"]),
            "eur",
        )
    s.text(last, 1, t("total"), "bold")
    year_units = units.filter(pl.col("year") == y)
    allocated = int(year_units["allocation"].sum())
    planned = int(year_units["planned"].sum())
    for c, value, fmt, key in (
        (col, int(year_units["students"].sum()), "count_total", ("students_total", y)),
        (col + 2, eur(allocated), "eur_total", ("units_sum", y)),
        (col + 3, eur(planned), "eur_total", ("plans_sum", y)),
        (col + 4, eur(planned - allocated), "eur_total", None),
    ):
        s.formula(last, c, sum_rows(s, first, last - 1, c), value, fmt, key)
    return last


# --- Central initiatives (EUR) ----------------------------------------------------------------


def central_sheet(s: Sheet, inputs: Inputs, rec: Reconciliation, t: Text) -> None:
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
    pm = {tuple(r) for r in inputs.central.filter(pl.col("pm")).select(*ids, "year").iter_rows()}
    keys = inputs.central.select(*ids, "charged").unique().sort(*ids)
    first = 4
    for i, k in enumerate(keys.iter_rows(named=True)):
        row = first + i
        s.number(row, 0, k["theme"], "top")
        texts = ((1, k["initiative"], 28), (2, k["line"], 60), (3, k["source"], 18))
        wrapped_texts(s, row, list(texts))
        s.text(row, 4, t("yes") if k["charged"] else t("no"))
        for c, y in enumerate(years):
            key = (k["theme"], k["initiative"], k["line"], k["source"], y)
            if amounts.get(key, 0):
                s.number(row, 5 + c, eur(int(amounts[key])), "eur")
            elif key in pm:
                s.text(row, 5 + c, "pm", "pm")
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
            eur(f.central_charged),
            "eur_total",
            ("central_sum", f.year),
        )
        s.formula(
            last + 1, col, f'=SUMIF({crit},"{t("no")}",{rng})', eur(f.central_other), "eur_total"
        )
    s.ws.freeze_panes(4, 3)
    s.setup_print()
