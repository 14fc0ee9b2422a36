"""The council pack's indicators page: per theme the money of the baseline scenario beside the
university's indicators with their values per year (small groups suppressed)."""

from __future__ import annotations

from qa_budget.indicators.model import Indicators
from qa_budget.report.common.page import merged_paragraph
from qa_budget.report.common.sheet import Sheet
from qa_budget.report.common.tables import write_table
from qa_budget.report.council.data import Pack
from qa_budget.report.progress.tables import indicator_table
from qa_budget.texts import THEME_NUMBERS, theme_name


def indicators_sheet(s: Sheet, p: Pack, ind: Indicators) -> tuple[int, int]:
    """Write the page; returns its last row and last column."""
    t, lang = p.t, p.lang
    years = ind.years()
    columns = max(len(years) + 3, len(p.years) + 2)  # the money of every year, from column 2
    widths = [44, 18, *(13 for _ in range(columns - 2))]
    for c, w in enumerate(widths):
        s.ws.set_column(c, c, w)
    s.text(0, 0, t("cmp_ind_title"), "title")
    subtitle = t("cmp_ind_subtitle").format(base=p.names[0])
    subtitle += " " + t("ind_suppressed_reason").format(n=ind.min_group_size)
    merged_paragraph(s, 1, 0, len(widths) - 1, subtitle, sum(widths), "note")
    base = p.runs[0].reconciliation
    row = 3
    for theme in THEME_NUMBERS:
        s.text(row, 0, f"{t('theme')} {theme}: {theme_name(theme, lang)}", "section")
        s.row_texts(row + 1, 0, ["", "", *(str(y) for y in p.years)], numeric_from=2)
        s.text(row + 2, 0, f"{t('total_spending')} {p.names[0]} (EUR)")
        for c, year in enumerate(p.years, start=2):
            cents = base.year(year).spending_by_theme[theme]
            s.number(row + 2, c, cents / 100, "eur0")
        row += 4
        defs = ind.of_theme(theme)
        if any(None in ind.units(d.code) for d in defs):
            university = [d for d in defs if None in ind.units(d.code)]
            row = write_table(s, row, indicator_table(ind, university, None, years, lang), widths)
            row += 1
    return row, len(widths) - 1
