"""Native Excel charts of the council pack (xlsxwriter charts over the pack's own cells)."""

from __future__ import annotations

from typing import Any

from qa_budget.report.common.sheet import Sheet
from qa_budget.report.council.data import Pack
from qa_budget.report.council.totals import Mix
from qa_budget.report.council.units import Block, alloc_col

PALETTE = ("#1F4E78", "#C55A11", "#548235", "#7030A0", "#BF9000", "#7F7F7F", "#2E75B6")
SIZE = {"x_scale": 1.9, "y_scale": 1.35}


def allocation_chart(wb: Any, units: Sheet, block: Block, p: Pack, width: int | None = None) -> Any:
    """Allocation per unit under each scenario (all compared years together); `width` in
    pixels, to fit the columns of the sheet it is placed on."""
    chart = wb.add_chart({"type": "column"})
    for i, title in enumerate(p.titles):
        col = alloc_col(i)
        chart.add_series(
            {
                "name": title,
                "categories": [units.name, block.first, 0, block.last, 0],
                "values": [units.name, block.first, col, block.last, col],
                "fill": {"color": PALETTE[i % len(PALETTE)]},
                "gap": 80,
            }
        )
    years = f"{p.years[0]}-{p.years[-1]}"
    chart.set_title(
        {"name": p.t("chart_allocation").format(years=years), "name_font": {"size": 12}}
    )
    chart.set_y_axis({"num_format": "#,##0", "major_gridlines": {"visible": True}})
    chart.set_x_axis({"label_position": "low"})
    chart.set_legend({"position": "bottom"})
    chart.set_size(SIZE if width is None else {"width": width, "height": 390})
    return chart


def change_chart(wb: Any, units: Sheet, block: Block, p: Pack) -> Any:
    """Change against the baseline per unit, for each other scenario."""
    chart = wb.add_chart({"type": "bar"})
    for j in p.alternatives:
        col = alloc_col(j) + 1
        chart.add_series(
            {
                "name": p.t("cmp_minus_base").format(title=p.titles[j]),
                "categories": [units.name, block.first, 0, block.last, 0],
                "values": [units.name, block.first, col, block.last, col],
                "fill": {"color": PALETTE[j % len(PALETTE)]},
                "invert_if_negative": False,
            }
        )
    years = f"{p.years[0]}-{p.years[-1]}"
    name = p.t("chart_change").format(base=p.titles[0], years=years)
    chart.set_title({"name": name, "name_font": {"size": 12}})
    # the unit names at the left edge, never on a bar that runs left of zero; the amounts
    # below the chart (the units run top-down, so the high end of their axis is at the foot)
    chart.set_x_axis({"num_format": "+#,##0;-#,##0;0", "label_position": "high"})
    chart.set_y_axis({"reverse": True, "label_position": "low"})
    chart.set_legend({"position": "bottom"})
    chart.set_size(SIZE)
    return chart


def theme_chart(wb: Any, themes: Sheet, mix: Mix, p: Pack) -> Any:
    """The theme mix per year: the new plan beside the 2018 plan (100% stacked columns)."""
    chart = wb.add_chart({"type": "column", "subtype": "percent_stacked"})
    for n in range(1, 7):
        chart.add_series(
            {
                "name": [themes.name, mix.header, n],
                "categories": [themes.name, mix.first, 0, mix.last, 0],
                "values": [themes.name, mix.first, n, mix.last, n],
                "fill": {"color": PALETTE[(n - 1) % len(PALETTE)]},
                "gap": 60,
            }
        )
    chart.set_title({"name": p.t("chart_themes"), "name_font": {"size": 12}})
    chart.set_y_axis({"num_format": "0%"})
    chart.set_legend({"position": "right"})
    chart.set_size(SIZE)
    return chart
