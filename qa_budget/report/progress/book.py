"""The progress report as a workbook: the tables of the Word document with figures as numbers,
every indicator figure with its parts, and native charts.

Sheets: Besteding (the university per theme, with a chart), Per eenheid, Indicatoren (one row
per figure: value, standard deviation, n, numerator, denominator, status, computation),
Definities (what each indicator measures, how, its source and target), Ontwikkeling (per
theme and unit the values per year, and a line chart of each indicator with two or more
values), Reflectie, Initiatieven, Herkomst.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from qa_budget.indicators.model import Definition
from qa_budget.indicators.progress import Progress
from qa_budget.indicators.text import (
    day_text,
    kind_text,
    parts_text,
    scope_text,
    status_text,
    target_text,
)
from qa_budget.made_from import PROPERTY, made_from_result
from qa_budget.report.common.page import (
    add_report_formats,
    inputs_fingerprint,
    merged_paragraph,
    setup_page,
)
from qa_budget.report.common.provenance import write_provenance
from qa_budget.report.common.sheet import Registry, Sheet, new_workbook
from qa_budget.report.common.tables import NUMBER_FORMATS, fit_row, table_formats, write_table
from qa_budget.report.progress.chart import points, worth_a_chart
from qa_budget.report.progress.tables import (
    indicator_table,
    initiative_table,
    money_table,
    unit_money_table,
)
from qa_budget.result import Result
from qa_budget.texts import THEME_NUMBERS, label, sheet_name, theme_name
from qa_budget.version import __version__

SHEETS = (
    "pr_money",
    "pr_units",
    "pr_indicators",
    "pr_definitions",
    "pr_trends",
    "pr_reflection",
    "pr_initiatives",
    "provenance",
)
CHART = {"width": 690, "height": 300}
CHART_ROWS = 16


class Book:
    """The workbook being written: sheets, formats (plain and bold), the language."""

    def __init__(self, path: Path, p: Progress, lang: str) -> None:
        self.wb = new_workbook(path)
        self.progress, self.lang = p, lang
        fmt = table_formats(add_report_formats(self.wb))
        self.fmt = fmt
        reg = Registry()
        self.sheets = {k: Sheet(self.wb, sheet_name(k, lang), reg, fmt) for k in SHEETS}

    def t(self, key: str) -> str:
        return label(key, self.lang)


def _title(s: Sheet, title: str, subtitle: str, widths: Sequence[float]) -> int:
    for c, w in enumerate(widths):
        s.ws.set_column(c, c, w)
    s.text(0, 0, title, "title")
    merged_paragraph(s, 1, 0, len(widths) - 1, subtitle, sum(widths), "note")
    return 3


def _money(b: Book, p: Progress) -> int:
    s = b.sheets["pr_money"]
    widths = [8, 52, 14, 14, 14]
    note = b.t("pr_money_note" if p.final else "pr_money_note_interim")
    row = _title(s, b.t("pr_money"), note, widths)
    end = write_table(s, row, money_table(p, b.lang), widths)
    chart = b.wb.add_chart({"type": "column"})
    for col, name in ((2, f"B{p.year}"), (3, f"R{p.year}") if p.final else (0, "")):
        if name:
            chart.add_series(
                {
                    "name": name,
                    "categories": [s.name, row + 1, 0, row + 6, 0],
                    "values": [s.name, row + 1, col, row + 6, col],
                }
            )
    chart.set_title({"name": f"{b.t('pr_money')} {p.year} (k EUR)", "name_font": {"size": 12}})
    chart.set_x_axis({"name": b.t("theme")})
    chart.set_y_axis({"num_format": "#,##0", "major_gridlines": {"visible": True}})
    chart.set_legend({"position": "bottom"})
    chart.set_size(CHART)
    s.ws.insert_chart(end + 1, 1, chart)
    if p.missing:
        s.text(end, 0, b.t("pr_missing_reports").format(units=", ".join(p.missing)), "note")
    return end + CHART_ROWS + 2


def _units(b: Book, p: Progress) -> int:
    s = b.sheets["pr_units"]
    widths = [8, 52, 16, 16, 14]
    row = _title(s, b.t("pr_units"), b.t("pr_units_intro"), widths)
    for u in p.units:
        s.text(row, 0, f"{u.code} — {u.name.get(b.lang)}", "section")
        end = write_table(s, row + 1, unit_money_table(u, b.lang), widths)
        s.keep_together(row, end - 1)  # a unit's table on one page, its total included
        row = end + 1
    return row


def _indicators(b: Book, p: Progress, names: dict[str, str]) -> int:
    """Every figure, one row each, with its parts as numbers and how it came about."""
    s, ind, lang, t = b.sheets["pr_indicators"], p.indicators, b.lang, b.t
    heads = [
        *("ind_code", "ind_indicator", "ind_scope", "year", "ind_value", "ind_sd", "ind_n_head"),
        *("ind_numerator", "ind_denominator", "ind_status", "ind_how"),
    ]
    widths = [8, 34, 16, 7, 10, 17, 10, 12, 12, 18, 37]
    subtitle = t("ind_suppressed_reason").format(n=ind.min_group_size)
    row = _title(s, t("pr_indicators"), subtitle, widths)
    for col, head in enumerate(heads):
        s.text(row, col, t(head), "header_right" if 4 <= col <= 8 else "header")
    fit_row(s, row, [t(h) for h in heads], widths)
    for d in ind.definitions:
        for unit in ind.units(d.code):
            for year in ind.years([d.code], until=p.year):
                f = ind.figure(d.code, unit, year)
                if f is None:
                    continue
                row += 1
                texts = [d.code, d.name.get(lang), scope_text(unit, names, lang)]
                texts += [""] * 6 + [
                    status_text(f, lang),
                    parts_text(f, d, lang, ind.min_group_size),
                ]
                for col, text in enumerate(texts):
                    if text:
                        s.text(row, col, text, "wrap")
                fit_row(s, row, texts, widths)
                s.number(row, 3, year, "num_top")
                numbers = (f.value, f.sd, f.n, f.numerator, f.denominator)
                for col, value in enumerate(numbers, start=4):
                    if value is not None:
                        fmt = f"ind{d.decimals}" if col in (4, 5) else "num_top"
                        s.number(row, col, float(value), fmt)
    s.ws.freeze_panes(4, 2)
    return row


def _definitions(b: Book, p: Progress) -> int:
    """What each indicator measures, how it is computed, its source and target."""
    s, lang, t = b.sheets["pr_definitions"], b.lang, b.t
    heads = ["ind_code", "ind_indicator", "theme", "ind_how", "ind_measure"]
    heads += ["ind_reference_date", "ind_source", "ind_target"]
    widths = [8, 36, 7, 22, 18, 12, 50, 12]
    row = _title(s, sheet_name("pr_definitions", lang), t("pr_about_short"), widths)
    s.row_texts(row, 0, [t(h) for h in heads])
    for d in p.indicators.definitions:
        row += 1
        texts = [d.code, d.name.get(lang), "", kind_text(d, lang), d.measure.get(lang)]
        texts += [day_text(d.reference_date, lang), d.source.get(lang), target_text(d, lang)]
        for col, text in enumerate(texts):
            if text:
                s.text(row, col, text, "wrap")
        s.number(row, 2, d.theme, "num_top")
        fit_row(s, row, texts, widths)
    return row


def _trends(b: Book, p: Progress) -> int:
    """Per theme (and unit) the values per year, then the chart data and the charts."""
    s, ind, lang = b.sheets["pr_trends"], p.indicators, b.lang
    years = list(p.trend_years)
    widths = [44, 18, *(12 for _ in years), 12]
    row = _title(s, b.t("pr_trend"), b.t("pr_book_subtitle"), widths)
    charted: list[tuple[Definition, str | None]] = []
    groups: list[tuple[str, list[Definition], str | None]] = [
        (f"{b.t('theme')} {n}: {theme_name(n, lang)}", ind.of_theme(n), None) for n in THEME_NUMBERS
    ]
    groups += [(i.name, [ind.definition(c) for c in i.indicators], None) for i in p.initiatives]
    for u in p.units:
        defs = [ind.definition(c) for c in u.indicators]
        groups.append((f"{u.code} — {u.name.get(lang)}", defs, u.code))
    for title, defs, unit in groups:
        if not defs:
            continue
        s.text(row, 0, title, "section")
        row = write_table(s, row + 1, indicator_table(ind, defs, unit, years, lang), widths) + 1
        for d in defs:
            series = points([ind.figure(d.code, unit, y) for y in years], years)
            if worth_a_chart(series):
                charted.append((d, unit))
    return _charts(b, s, row, charted, years)


def _charts(b: Book, s: Sheet, row: int, charted: list[Any], years: list[int]) -> int:
    """The chart data (numbers only; an empty cell is no value) and a line chart per row."""
    if not charted:
        return row
    lang = b.lang
    s.text(row, 0, b.t("pr_indicators") + " — " + b.t("pr_trend"), "section")
    head = row + 1
    heads = [label("ind_indicator", lang), label("ind_scope", lang), *(str(y) for y in years)]
    s.row_texts(head, 0, heads, numeric_from=2)
    first = head + 1
    for i, (d, unit) in enumerate(charted):
        r = first + i
        s.text(r, 0, d.name.get(lang))
        s.text(r, 1, unit or label("ind_university", lang))
        for c, point in enumerate(points([_fig(b, d, unit, y) for y in years], years), start=2):
            if point.value is not None:
                s.number(r, c, float(point.value), f"ind{d.decimals}")
    at = first + len(charted) + 1
    for i, (d, unit) in enumerate(charted):
        r = first + i
        series = points([_fig(b, d, unit, y) for y in years], years)
        chart = b.wb.add_chart({"type": "line"})
        spec: dict[str, Any] = {
            "name": [s.name, r, 0],
            "categories": [s.name, head, 2, head, 1 + len(years)],
            "values": [s.name, r, 2, r, 1 + len(years)],
            "marker": {"type": "circle", "size": 7},
            "data_labels": {"value": True, "position": "above"},
        }
        if d.kind == "schaal":
            sd = [float(pt.sd) if pt.sd is not None else 0.0 for pt in series]
            spec["y_error_bars"] = {"type": "custom", "plus_values": sd, "minus_values": sd}
        chart.add_series(spec)
        chart.show_blanks_as("gap")
        name = f"{d.name.get(lang)} ({d.measure.get(lang)})"
        chart.set_title({"name": name, "name_font": {"size": 11}})
        axis: dict[str, Any] = {"num_format": NUMBER_FORMATS[f"ind{d.decimals}"]}
        if d.kind == "schaal" and d.minimum is not None and d.maximum is not None:
            axis |= {"min": float(d.minimum), "max": float(d.maximum)}
        elif d.kind == "percentage":
            axis |= {"min": 0, "max": 100}
        else:
            axis |= {"min": 0}
        chart.set_y_axis(axis | {"major_gridlines": {"visible": True}})
        chart.set_legend({"none": True})
        chart.set_size(CHART)
        s.ws.insert_chart(at + i * CHART_ROWS, 0, chart)
    return at + len(charted) * CHART_ROWS


def _fig(b: Book, d: Definition, unit: str | None, year: int) -> Any:
    return b.progress.indicators.figure(d.code, unit, year)


def _reflections(b: Book, p: Progress, names: dict[str, str]) -> int:
    s, lang = b.sheets["pr_reflection"], b.lang
    widths = [8, 8, 30, 100]
    row = _title(s, b.t("pr_reflection"), b.t("pr_reflection_note").format(year=p.year), widths)
    s.row_texts(row, 0, [b.t("year"), b.t("theme"), b.t("ind_scope"), b.t("pr_reflection")])
    for r in p.indicators.reflections:
        if r.year > p.year:
            continue
        row += 1
        s.number(row, 0, r.year, "num_top")
        if r.theme is not None:
            s.number(row, 1, r.theme, "num_top")
        s.text(row, 2, r.initiative or scope_text(r.unit, names, lang), "wrap")
        text = r.text.get(lang)
        if r.text.missing(lang):
            text += " " + b.t("ind_in_english_missing")
        s.text(row, 3, text, "wrap")
        fit_row(s, row, ["", "", "", text], widths)
    return row


def _initiatives(b: Book, p: Progress) -> int:
    s = b.sheets["pr_initiatives"]
    intro = b.t("pr_initiatives_intro").format(year=p.year, central="CENTRAAL")
    row = _title(s, b.t("pr_initiatives"), intro, [60, 40, 16])
    if not p.initiatives:
        s.text(row, 0, b.t("pr_no_initiatives").format(year=p.year), "note")
        return row
    for sec in p.initiatives:
        who = sec.responsible.get(b.lang) if sec.responsible else None
        s.text(row, 0, f"{sec.name} ({b.t('theme').lower()} {sec.theme})", "section")
        responsible = b.t("pr_responsible").format(name=who) if who else b.t("pr_no_responsible")
        s.text(row + 1, 0, responsible, "note")
        row = write_table(s, row + 2, initiative_table(sec, b.lang), [60, 40, 16]) + 1
    return row


def write_book(path: Path, p: Progress, result: Result, lang: str) -> None:
    """Write the progress workbook of `p.year` to `path` (a staged temporary)."""
    b = Book(path, p, lang)
    b.wb.set_custom_property(PROPERTY, made_from_result(result))  # what it was made from
    units = result.inputs.units
    names = dict(zip(units["code"].to_list(), units[f"name_{lang}"].to_list(), strict=True))
    last = {
        "pr_money": _money(b, p),
        "pr_units": _units(b, p),
        "pr_indicators": _indicators(b, p, names),
        "pr_definitions": _definitions(b, p),
        "pr_trends": _trends(b, p),
        "pr_reflection": _reflections(b, p, names),
        "pr_initiatives": _initiatives(b, p),
    }
    fingerprint = inputs_fingerprint(result.hashes)
    provenance = {
        "qa-budget": __version__,
        label("scenario", lang): result.scenario.name,
        label("year", lang): str(p.year),
        label("prov_fingerprint", lang): fingerprint,
        label("prov_input_files", lang): result.hashes,
    }
    last["provenance"] = write_provenance(
        b.sheets["provenance"], label("provenance_title", lang), provenance, width=90
    )
    header = label("pr_header", lang).format(year=p.year)
    footer = f"{label('fingerprint', lang)} {fingerprint[:16]} · qa-budget {__version__}"
    widths = {"pr_money": 4, "pr_units": 4, "pr_indicators": 10, "pr_definitions": 7}
    widths |= {"pr_reflection": 3}
    widths |= {"pr_trends": 4 + len(p.trend_years), "pr_initiatives": 2, "provenance": 1}
    for key, s in b.sheets.items():
        repeat = (3, 3) if key in ("pr_indicators", "pr_definitions", "pr_reflection") else None
        setup_page(s, last[key], widths[key], header=header, footer=footer, repeat_rows=repeat)
    b.sheets["pr_money"].ws.activate()
    b.wb.close()
