"""Faculty-board workbook, the plan against the allocation at a glance: per year the planned
spending per theme (stacked columns) and the allocation (a line), drawn from a small table of
the same figures (the plan taken by formula from the theme blocks above it)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from qa_budget.money import cents_to_float
from qa_budget.report.common.sheet import Sheet
from qa_budget.texts import THEME_NUMBERS, label

Text = Callable[[str], str]
PALETTE = ("#1F4E78", "#C55A11", "#548235", "#7030A0", "#BF9000", "#7F7F7F")
WIDTH, HEIGHT = 860, 330  # pixels: the sheet's columns (7, 62 and 4 x 15 characters) wide
CHART_ROWS = 23  # rows the chart covers (15 points, 20 pixels each), with room below


def plan_chart(
    wb: Any, s: Sheet, top: int, years: list[int], allocation: dict[int, int], t: Text, lang: str
) -> int:
    """The table (per theme the plan of each year, the plan's total and the allocation) from
    row `top`, in the columns of the theme blocks above it, and the chart below it; both kept
    on one page. Returns the last row used."""
    s.text(top, 0, t("fac_chart_title"), "section")
    s.ws.set_column(2, 1 + len(years), 15)
    s.row_texts(top + 1, 0, [t("theme"), "", *(str(y) for y in years)], numeric_from=2)
    first, end = top + 2, 1 + len(years)
    for n in THEME_NUMBERS:
        row = first + n - 1
        s.number(row, 0, n, "text")
        s.text(row, 1, label(f"theme_short_{n}", lang))
        for c, year in enumerate(years):
            cell = s.registry[("fac_plan", year, n)]
            s.formula(row, 2 + c, f"={cell.address}", cell.value, "eur0")
    total, alloc = first + 6, first + 7
    s.text(total, 1, t("fac_chart_plan"), "bold")
    s.text(alloc, 1, t("allocation"), "bold")
    for c, year in enumerate(years):
        plan = sum(s.registry[("fac_plan", year, n)].value for n in THEME_NUMBERS)
        col = 2 + c
        s.formula(
            total, col, f"=SUM({s.local(first, col)}:{s.local(total - 1, col)})", plan, "eur0_total"
        )
        s.number(alloc, col, cents_to_float(allocation[year]), "eur0_total")
    categories = [s.name, top + 1, 2, top + 1, end]
    columns = wb.add_chart({"type": "column", "subtype": "stacked"})
    for n in THEME_NUMBERS:
        row = first + n - 1
        columns.add_series(
            {
                "name": f"{n}. {label(f'theme_short_{n}', lang)}",
                "categories": categories,
                "values": [s.name, row, 2, row, end],
                "fill": {"color": PALETTE[n - 1]},
                "gap": 90,
            }
        )
    line = wb.add_chart({"type": "line"})
    line.add_series(
        {
            "name": t("allocation"),
            "categories": categories,
            "values": [s.name, alloc, 2, alloc, end],
            "line": {"color": "#C00000", "width": 2.5},
            "marker": {"type": "diamond", "size": 8, "fill": {"color": "#C00000"}},
        }
    )
    columns.combine(line)
    columns.set_title({"name": t("fac_chart_title"), "name_font": {"size": 12}})
    columns.set_y_axis({"num_format": "#,##0", "major_gridlines": {"visible": True}})
    columns.set_x_axis({"label_position": "low"})
    columns.set_legend({"position": "bottom"})
    columns.set_size({"width": WIDTH, "height": HEIGHT})
    s.ws.insert_chart(alloc + 2, 0, columns, {"x_offset": 5, "y_offset": 5})
    last = alloc + 1 + CHART_ROWS
    s.keep_together(top, last)
    return last
