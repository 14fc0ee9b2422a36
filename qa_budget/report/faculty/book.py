"""The faculty-board workbook (faculty/<UNIT>.xlsx): one unit's allocation, plan and measures.

Sheets: the allocation per year against the planned spending, flagged, with the plan's status
in the round (and, under a tariff scenario, the allocation without floors and caps, what they
give or take, and the change against the baseline: allocation.py); the plan by theme against
the university as a whole and the measures as submitted (plan.py); the plan against its
previous version (versions.py, when previous versions are given); the method. Ready to print;
every sheet is protected (no password): the board reads, it does not type here. A concept run
says so on every page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from qa_budget.allocation import Allocation
from qa_budget.indicators.model import Indicators
from qa_budget.inputs.tables import Inputs
from qa_budget.planning.round import UnitRound
from qa_budget.planning.versions import UnitVersions
from qa_budget.reconcile import Reconciliation
from qa_budget.report.common.method import method_lines
from qa_budget.report.common.page import (
    add_report_formats,
    concept_mark,
    document_properties,
    merged_paragraph,
    paragraph,
    setup_page,
)
from qa_budget.report.common.planning import unit_round_line
from qa_budget.report.common.sheet import Registry, Sheet, new_workbook
from qa_budget.report.common.tables import table_formats
from qa_budget.report.faculty.allocation import HEAD, allocation_sheet
from qa_budget.report.faculty.chart import plan_chart
from qa_budget.report.faculty.plan import measures_sheet, plan_by_theme
from qa_budget.report.faculty.versions import versions_sheet
from qa_budget.scenario import Scenario
from qa_budget.texts import label, sheet_name
from qa_budget.version import __version__

Text = Callable[[str], str]


@dataclass(frozen=True)
class UnitPlanning:
    """What a unit's workbook shows of the plan round: its own status, its plan against the
    previous version (`previous`: the folder of previous versions, None when none is given),
    and whether the run is a concept."""

    round: UnitRound | None = None
    versions: UnitVersions | None = None
    previous: str | None = None
    concept: bool = False


def write_faculty(
    path: Path,
    scenario: Scenario,
    inputs: Inputs,
    allocation: Allocation,
    rec: Reconciliation,
    unit: str,
    lang: str,
    fingerprint: str,
    monitoring: pl.DataFrame | None = None,
    indicators: Indicators | None = None,
    planning: UnitPlanning | None = None,
    monitored: tuple[int, str | None] | None = None,
) -> None:
    """Write one unit's workbook to `path` (a staged temporary); with a monitoring table (its
    rows of a realised report, and `monitored`: its year and reporting moment) a Monitoring
    sheet follows the others, and with indicators an Indicators page (the unit's values and the
    university's)."""
    planning = planning or UnitPlanning()

    def t(key: str) -> str:
        return label(key, lang)

    wb = new_workbook(path)
    fmt = table_formats(add_report_formats(wb))
    reg = Registry()
    info = next(r for r in inputs.units.iter_rows(named=True) if r["code"] == unit)
    name = str(info[f"name_{lang}"])
    header = f"{unit} — {name} | {scenario.display_title}"
    footer = f"{t('fingerprint')} {fingerprint[:16]} · {scenario.name} · qa-budget {__version__}"
    versions = ("plan_versions",) if planning.previous is not None else ()
    keys = ("fac_allocation", "fac_themes", *versions, "fac_measures", "fac_method")
    sheets = {k: Sheet(wb, sheet_name(k, lang), reg, fmt) for k in keys}
    years = inputs.years
    measures = inputs.measures.filter(pl.col("unit") == unit).sort("row", "year")
    units = allocation.units.filter(pl.col("unit") == unit).sort("year")
    planned = {y: 0 for y in years}
    for year, amount in measures.select("year", "amount").iter_rows():
        if year in planned:
            planned[year] += int(amount)
    last = {
        "fac_measures": measures_sheet(sheets["fac_measures"], measures, years, t, lang),
        "fac_themes": plan_by_theme(sheets["fac_themes"], rec, years, t, lang),
        "fac_allocation": allocation_sheet(
            sheets["fac_allocation"], unit, name, scenario, allocation, units, planned, t, lang
        ),
        "fac_method": _method(
            sheets["fac_method"], scenario, allocation, unit, fingerprint, t, lang
        ),
    }
    allocated = {int(y): int(a) for y, a in units.select("year", "allocation").iter_rows()}
    last["fac_themes"] = plan_chart(
        wb, sheets["fac_themes"], last["fac_themes"] + 2, years, allocated, t, lang
    )
    width = {
        "fac_measures": 4 + len(years),
        "fac_themes": max(5, 1 + len(years)),
        "fac_allocation": 1 + len(years),
        "fac_method": 1,
    }
    if planning.round is not None:
        line = unit_round_line(planning.round, lang)
        style = "note" if planning.round.adopted else "flag"
        merged_paragraph(sheets["fac_allocation"], 2, 0, 1 + len(years), line, 100, style)
    if "plan_versions" in sheets:
        last["plan_versions"], width["plan_versions"] = versions_sheet(
            sheets["plan_versions"], unit, planning.versions, str(planning.previous), t, lang
        )
    concept = concept_mark(planning.concept, lang)
    document_properties(wb, header, concept)
    for key, s in sheets.items():
        repeat = {"fac_allocation": (HEAD, HEAD), "fac_measures": (3, 3)}.get(key)
        setup_page(
            s,
            last[key],
            width[key],
            header=header,
            footer=footer,
            repeat_rows=repeat,
            concept=concept,
        )
        s.ws.protect("", {"select_locked_cells": True, "select_unlocked_cells": True})
    if monitoring is not None and monitoring.height and monitored is not None:
        from qa_budget.report.common.monitoring_section import write_monitoring

        mon = Sheet(wb, sheet_name("monitoring", lang), reg, fmt)
        last_row = write_monitoring(mon, monitoring, lang, *monitored)
        setup_page(
            mon,
            last_row,
            12,
            header=header,
            footer=footer,
            repeat_rows=(3, 3),
            concept=concept,
        )
        mon.ws.protect("", {"select_locked_cells": True, "select_unlocked_cells": True})
    if indicators is not None and indicators.figures:
        from qa_budget.report.faculty.indicators import indicators_sheet

        page = Sheet(wb, sheet_name("fac_indicators", lang), reg, fmt)
        last_row, last_col = indicators_sheet(page, unit, name, indicators, lang)
        setup_page(page, last_row, last_col, header=header, footer=footer, concept=concept)
        page.ws.protect("", {"select_locked_cells": True, "select_unlocked_cells": True})
    sheets["fac_allocation"].ws.activate()
    wb.close()


# --- Method -----------------------------------------------------------------------------------


def _method(
    s: Sheet,
    scenario: Scenario,
    allocation: Allocation,
    unit: str,
    fingerprint: str,
    t: Text,
    lang: str,
) -> int:
    """The method in plain language (the limits as they worked for this unit) and how to read
    this workbook."""
    s.ws.set_column(0, 0, 30)
    s.ws.set_column(1, 1, 100)
    s.text(0, 0, t("fac_method_title"), "title")
    s.text(1, 0, t("fac_method_subtitle"), "subtitle")
    row = 2
    lines = method_lines(scenario, allocation, lang, unit=unit)
    lines += [(t("fac_reading"), t("fac_reading_text")), (t("fingerprint"), fingerprint)]
    for key, value in lines:
        row += 1
        s.text(row, 0, key, "bold_wrap")
        paragraph(s, row, 1, value, 100)
    return row
