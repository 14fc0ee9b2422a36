"""Sheet Overzicht: the published annex in k EUR, reproduced (every shown column adds up)."""

from __future__ import annotations

from qa_budget.display import ShownYear
from qa_budget.inputs.tables import Inputs
from qa_budget.reconcile import Reconciliation
from qa_budget.report.common.page import merged_paragraph
from qa_budget.report.common.sheet import Sheet
from qa_budget.report.overview.shared import Text, sum_rows
from qa_budget.scenario import Scenario
from qa_budget.texts import THEME_NUMBERS, theme_name, years_text

# --- Overview (k EUR) -------------------------------------------------------------------------


def overview_sheet(
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
    width = 8 + 64 + 11 * len(years)  # the title and its note wrap within the table's width
    last = 1 + len(years)
    title = t("overview_title").format(title=scenario.display_title)
    merged_paragraph(s, 0, 0, last, title, width, "title_wrap")
    merged_paragraph(s, 1, 0, last, t("overview_subtitle"), width, "subtitle_wrap")
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
            sum_rows(s, first, first + 5, col),
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
            sum_rows(s, pct, pct + 5, col),
            sum(f.theme_percentages.values()),
            "pct_total",
            ("pct", "total", f.year),
        )

    s.keep_together(pct - 2, pct + 6)
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

    over = [y.year for y in shown if rec.year(y.year).overallocated]
    if over:  # allowed, and said where the reader sees still to allocate
        text = t("overview_overallocated").format(years=years_text(over))
        merged_paragraph(s, base + 6, 0, 1 + len(years), text, width, "flag")
    s.keep_together(base - 2, base + 6 if over else base + 5)
    row = base + (8 if over else 7)
    s.text(row, 1, f"{t('unit_allocations')} ({t('keur')})", "bold")
    s.row_texts(row + 1, 0, [t("unit"), t("name")] + [str(y) for y in years], numeric_from=2)
    codes = inputs.units["code"].to_list()
    names = dict(zip(codes, inputs.units[f"name_{lang}"].to_list(), strict=True))
    first_unit = row + 2
    for i, code in enumerate(codes):
        s.text(first_unit + i, 0, code)
        s.text(first_unit + i, 1, names[code])
    last = first_unit + len(codes)
    s.keep_together(row, last)  # the unit table with its title, on a page of its own if need be
    s.text(last, 1, t("total"), "bold")
    for c, y in enumerate(shown):
        col = 2 + c
        for i, code in enumerate(codes):
            s.number(first_unit + i, col, y.units[code], "keur", ("k", "unit", code, y.year))
        s.formula(
            last,
            col,
            sum_rows(s, first_unit, last - 1, col),
            y.unit_allocations,
            "keur_total",
            ("k", "units_sum", y.year),
        )
    s.ws.freeze_panes(4, 2)
    s.setup_print()
