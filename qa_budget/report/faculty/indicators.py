"""The faculty-board workbook's indicators page: the unit's own indicator values per year and,
for comparison, the university's (small groups suppressed, as everywhere)."""

from __future__ import annotations

from qa_budget.indicators.model import Indicators
from qa_budget.report.common.page import merged_paragraph
from qa_budget.report.common.sheet import Sheet
from qa_budget.report.common.tables import write_table
from qa_budget.report.progress.tables import indicator_table
from qa_budget.texts import label


def indicators_sheet(s: Sheet, unit: str, name: str, ind: Indicators, lang: str) -> tuple[int, int]:
    """Write the page; returns its last row and last column."""
    years = ind.years()
    widths = [44, 18, *(12 for _ in years), 12]
    for c, w in enumerate(widths):
        s.ws.set_column(c, c, w)
    s.text(0, 0, label("fac_ind_title", lang).format(unit=f"{unit} — {name}"), "title")
    subtitle = label("fac_ind_subtitle", lang).format(n=ind.min_group_size)
    merged_paragraph(s, 1, 0, len(widths) - 1, subtitle, sum(widths), "note")
    row = 3
    own = ind.of_unit(unit)
    s.text(row, 0, f"{unit} — {name}", "section")
    if own:
        row = write_table(s, row + 1, indicator_table(ind, own, unit, years, lang), widths) + 1
    else:
        s.text(row + 1, 0, label("pr_unit_no_indicators", lang), "note")
        row += 3
    university = [d for d in ind.definitions if None in ind.units(d.code)]
    if university:
        s.text(row, 0, label("ind_university", lang), "section")
        row = write_table(s, row + 1, indicator_table(ind, university, None, years, lang), widths)
    return row, len(widths) - 1
