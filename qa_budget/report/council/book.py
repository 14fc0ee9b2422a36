"""The council comparison workbook: scenarios side by side, baseline first.

Sheets: summary (key figures, winners and losers, a chart); per unit (allocation under each
scenario, difference in EUR and %, sorted); per EEA student; floors and caps; themes (the new
plan against the 2018 plan, every year shown); the plans by unit over the themes; the plans
against their previous versions; the common initiatives (annex 3); still to allocate and
result; the plan round; the open decisions; charts; method; provenance; and, with
indicators.xlsx, the indicators beside the money per theme. A run on plans that are not all
adopted is marked a concept on every page.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from qa_budget.report.common.method import key_sentence, method_lines, years_text
from qa_budget.report.common.page import (
    add_report_formats,
    concept_mark,
    document_properties,
    fit_row,
    inputs_fingerprint,
    merged_paragraph,
    paragraph,
    setup_page,
)
from qa_budget.report.common.planning import decisions_sheet, round_sheet
from qa_budget.report.common.provenance import write_provenance
from qa_budget.report.common.sheet import Sheet, new_workbook
from qa_budget.report.common.tables import table_formats
from qa_budget.report.council.charts import allocation_chart, change_chart, theme_chart
from qa_budget.report.council.data import Pack
from qa_budget.report.council.limits import ROLE, limits_sheet
from qa_budget.report.council.planning import initiatives_sheet, matrix_sheet, versions_sheet
from qa_budget.report.council.totals import still_to_allocate, themes
from qa_budget.report.council.units import by_unit, per_student
from qa_budget.report.council.units import last_col as units_last_col
from qa_budget.result import Result
from qa_budget.texts import format_money, sheet_name
from qa_budget.version import __version__

CHART_ROWS = 24  # rows per chart on the charts sheet: one chart per printed page
SHEETS = (
    "cmp_summary",
    "cmp_units",
    "cmp_students",
    "cmp_floors",
    "cmp_themes",
    "plan_matrix",
    "plan_versions",
    "common_initiatives",
    "cmp_still",
    "plan_round",
    "open_decisions",
    "cmp_charts",
    "cmp_method",
    "provenance",
)


def write_council(path: Path, runs: Sequence[Result], years: list[int], lang: str) -> None:
    """Write the comparison workbook to `path` (a staged temporary)."""
    p = Pack(list(runs), years, lang)
    wb = new_workbook(path)
    fmt = table_formats(add_report_formats(wb))
    s = {k: Sheet(wb, sheet_name(k, lang), p.reg, fmt) for k in SHEETS}
    block = by_unit(s["cmp_units"], p)
    n = len(runs)
    last = {
        "cmp_units": 3 + (len(p.codes) + 5) * (1 + len(years)) - 2,
        "cmp_students": per_student(s["cmp_students"], p),
        "cmp_floors": limits_sheet(s["cmp_floors"], p),
    }
    mix, last["cmp_themes"] = themes(s["cmp_themes"], p)
    last["cmp_still"] = still_to_allocate(s["cmp_still"], p)
    width: dict[str, int] = {}
    last["plan_matrix"], width["plan_matrix"] = matrix_sheet(s["plan_matrix"], p)
    last["plan_versions"], width["plan_versions"] = versions_sheet(s["plan_versions"], p)
    last["common_initiatives"], width["common_initiatives"] = initiatives_sheet(
        s["common_initiatives"], p
    )
    baseline = runs[0]
    if baseline.plan_round is not None:
        last["plan_round"], width["plan_round"] = round_sheet(
            s["plan_round"], baseline.plan_round, p.unit_names, p.t, lang, contact=False
        )
    else:
        last["plan_round"], width["plan_round"] = 0, 0
    last["open_decisions"], width["open_decisions"] = decisions_sheet(
        s["open_decisions"], baseline.decisions, p.t, lang
    )
    # as wide as the summary's columns (50 and 17 characters: 7 pixels each, and 5)
    columns = 355 + 124 * (len(years) + 1)
    summary_chart = allocation_chart(wb, s["cmp_units"], block, p, width=columns - 20)
    last["cmp_summary"] = _summary(s["cmp_summary"], p, summary_chart)
    s["cmp_charts"].text(0, 0, p.t("cmp_charts_title"), "title")
    for k, chart in enumerate(
        (
            allocation_chart(wb, s["cmp_units"], block, p),
            change_chart(wb, s["cmp_units"], block, p),
            theme_chart(wb, s["cmp_themes"], mix, p),
        )
    ):
        top = 2 + CHART_ROWS * k
        s["cmp_charts"].ws.insert_chart(top, 0, chart, {"x_offset": 5, "y_offset": 5})
        s["cmp_charts"].keep_together(max(top - 2, 0), top + CHART_ROWS - 1)
    last["cmp_charts"] = 1 + CHART_ROWS * 3
    last["cmp_method"] = _method(s["cmp_method"], p)
    last["provenance"] = _provenance(s["provenance"], p)
    width |= {
        "cmp_summary": 1 + len(years),
        "cmp_units": units_last_col(p),
        "cmp_students": 1 + 2 * n,
        "cmp_floors": ROLE,
        "cmp_themes": 7,
        "cmp_still": 2 * n - 1,
        "cmp_charts": 14,  # the charts' width: 912 pixels, 14 default columns and a bit
        "cmp_method": 1,
        "provenance": 1,
    }
    header = p.t("cmp_header").format(n=n, base=p.titles[0], years=years_text(years))
    footer = f"{p.t('fingerprint')} {inputs_fingerprint(p.hashes())[:16]} · qa-budget {__version__}"
    concept = concept_mark(any(run.concept for run in runs), lang)
    for key, sheet in s.items():
        setup_page(
            sheet,
            last[key],
            width[key],
            header=header,
            footer=footer,
            concept=concept,
        )
    s["cmp_summary"].ws.activate()
    monitored = runs[0].monitoring
    monitoring = monitored.unit_table() if monitored else None
    if monitored is not None and monitoring is not None and monitoring.height:
        from qa_budget.report.common.monitoring_section import write_monitoring

        mon = Sheet(wb, sheet_name("monitoring", lang), p.reg, fmt)
        last_row = write_monitoring(mon, monitoring, lang, monitored.year, monitored.moment)
        setup_page(
            mon,
            last_row,
            12,
            header=header,
            footer=footer,
            repeat_rows=(3, 3),
            concept=concept,
        )
    indicators = runs[0].indicators
    if indicators is not None and indicators.figures:
        from qa_budget.report.council.indicators import indicators_sheet

        page = Sheet(wb, sheet_name("cmp_indicators", lang), p.reg, fmt)
        last_row, last_col = indicators_sheet(page, p, indicators)
        setup_page(page, last_row, last_col, header=header, footer=footer, concept=concept)
    document_properties(wb, header, concept)
    wb.close()


def _summary(s: Sheet, p: Pack, chart: Any) -> int:
    """What a council member sees first: the scenarios, key figures, winners and losers."""
    t, years = p.t, p.years
    ncol = len(years) + 1
    s.ws.set_column(0, 0, 50)
    s.ws.set_column(1, ncol, 17)
    s.text(0, 0, t("cmp_title"), "title")
    base = p.runs[0].scenario
    same = all(  # only the key differs, or also what the scenarios assume of the money
        (r.scenario.revenue, r.scenario.oploop) == (base.revenue, base.oploop) for r in p.runs
    )
    intro = t("cmp_intro").format(
        base=p.titles[0],
        years=years_text(years),
        differs=t("cmp_only_key" if same else "cmp_key_and_whatif"),
    )
    merged_paragraph(s, 1, 0, ncol, intro, 50 + 17 * ncol, "note")
    s.text(3, 0, t("cmp_scenarios"), "section")
    row = 4
    for i, run in enumerate(p.runs):
        label = f"{p.titles[i]} ({t('cmp_baseline') if i == 0 else t('cmp_alternative')})"
        s.text(row, 0, label, "bold_wrap")
        text = key_sentence(run.scenario, run.allocation, p.lang)
        s.ws.merge_range(row, 1, row, ncol, "", s.fmt["para"])
        s.text(row, 1, text, "para")
        fit_row(s, row, [(label, 50.0), (text, 17.0 * ncol)], "para")
        row += 1
    row += 1
    s.text(row, 0, f"{t('cmp_key_figures')} ({t('eur')})", "section")
    s.row_texts(row + 1, 0, [""] + [str(y) for y in years] + [t("total")], numeric_from=1)
    row += 2
    for i in range(len(p.runs)):
        row = _key_figures(s, p, i, row, ncol)
    for i in range(len(p.runs)):
        text = _overallocated(p, i)
        if text:
            merged_paragraph(s, row, 0, ncol, text, 50 + 17 * ncol, "flag")
            row += 1
    merged_paragraph(s, row, 0, ncol, t("cmp_result_note"), 50 + 17 * ncol, "note")
    row += 1
    winners = row + 1
    row = _winners(s, p, winners, ncol)
    s.ws.insert_chart(row + 1, 0, chart, {"x_offset": 5})
    s.keep_together(winners, row + 22)  # who gains and loses, with the chart, on one page
    return row + 22


def _key_figures(s: Sheet, p: Pack, i: int, row: int, ncol: int) -> int:
    """One scenario's key figures per year and in total, by formula from the other sheets."""
    t, years = p.t, p.years
    role = t("cmp_baseline") if i == 0 else t("cmp_alternative")
    title = f"{p.titles[i]} ({role})"
    s.ws.merge_range(row, 0, row, ncol, "", s.fmt["bold_wrap"])
    s.text(row, 0, title, "bold_wrap")
    fit_row(s, row, [(title, 50.0 + 17 * ncol)], "bold")
    row += 1
    Keys = list[tuple[object, ...] | None]
    lines: list[tuple[str, Keys, str]] = [
        (t("unit_allocations"), [("total_alloc", i, y) for y in years], "eur0"),
    ]
    if i > 0:
        lines.append((t("cmp_against_base"), [("total_diff", i, y) for y in years], "eur0_signed"))
    lines.append(
        (t("still_to_allocate"), [("sta", "still_to_allocate", i, y) for y in years], "eur0")
    )
    lines.append((t("cmp_result_line"), [("sta", "result", i, y) for y in years], "eur0"))
    limited = p.limit_years(i)
    if limited:
        keys: Keys = [("lim_cost", i, y) if y in limited else None for y in years]
        lines.append((t("cmp_limit_cost_line"), keys, "eur0"))
    for name, keys, fmt in lines:
        s.text(row, 0, f"  {name}", "text")
        values = []
        for c, k in enumerate(keys):
            if k is None:
                continue
            cell = p.reg[k]
            values.append(cell.value)
            s.formula(row, 1 + c, f"={cell.address}", cell.value, fmt)
        s.formula(
            row,
            ncol,
            f"=SUM({s.local(row, 1)}:{s.local(row, ncol - 1)})",
            sum(values),
            fmt + "_total",
        )
        row += 1
    return row


def _overallocated(p: Pack, i: int) -> str:
    """A warning when a scenario allocates more than the revenue, saying what its result is."""
    t, lang = p.t, p.lang
    years = [f for f in p.runs[i].reconciliation.years if f.year in p.years and f.overallocated]
    if not years:
        return ""
    when = years_text([f.year for f in years])
    result = sum(f.result for f in years)
    if result > 0:
        return t("cmp_overallocated_result").format(
            title=p.titles[i],
            years=when,
            still=format_money(sum(f.still_to_allocate for f in years), lang, decimals=False),
            result=format_money(result, lang, decimals=False),
        )
    return t("cmp_overallocated").format(name=p.titles[i], years=when)


def _winners(s: Sheet, p: Pack, row: int, ncol: int) -> int:
    """The largest gains and losses of the first alternative against the baseline."""
    t, years = p.t, p.years
    title = t("cmp_winners").format(alt=p.titles[1], base=p.titles[0], years=years_text(years))
    s.ws.merge_range(row, 0, row, ncol, "", s.fmt["section_wrap"])
    s.text(row, 0, title, "section_wrap")
    fit_row(s, row, [(title, (50.0 + 17 * ncol) * 11 / 12)], "section_wrap")
    changes = {c: p.allocation(1, c, None) - p.allocation(0, c, None) for c in p.codes}
    gains = sorted((c for c in p.codes if changes[c] > 0), key=lambda c: -changes[c])[:3]
    losses = sorted((c for c in p.codes if changes[c] < 0), key=lambda c: changes[c])[:3]
    row += 1
    for head, units, none in (
        (t("cmp_gains"), gains, t("cmp_no_gains")),
        (t("cmp_losses"), losses, t("cmp_no_losses")),
    ):
        s.text(row, 0, head, "bold")
        row += 1
        if not units:
            s.text(row, 0, f"  {none}", "note")
            row += 1
        for code in units:
            cell = p.reg[("diff", 1, code, None)]
            s.text(row, 0, f"  {code} — {p.unit_names[code]}")
            s.formula(row, 1, f"={cell.address}", cell.value, "eur0_signed")
            row += 1
    return row


def _method(s: Sheet, p: Pack) -> int:
    """The method of every scenario in plain language, and how to read the comparison."""
    t = p.t
    s.ws.set_column(0, 0, 30)
    s.ws.set_column(1, 1, 110)
    s.text(0, 0, t("cmp_method_title"), "title")
    row = 2
    s.text(row, 0, t("cmp_reading"), "section")
    row += 1
    paragraph(s, row, 1, t("cmp_reading_text").format(base=p.titles[0]), 110)
    for run in p.runs:
        row += 2
        s.text(row, 0, run.scenario.display_title, "section")
        for key, value in method_lines(run.scenario, run.allocation, p.lang):
            row += 1
            s.text(row, 0, key, "bold_wrap")
            paragraph(s, row, 1, value, 110)
    return row


def _provenance(s: Sheet, p: Pack) -> int:
    t = p.t
    items: dict[str, Any] = {"qa-budget": __version__}
    for run in p.runs:
        items[f"{t('scenario')} {run.scenario.name}"] = run.scenario_path.name
    items[t("prov_fingerprint")] = inputs_fingerprint(p.hashes())
    items[t("prov_input_files")] = p.hashes()
    return write_provenance(s, t("provenance_title"), items, width=90)
