"""The monitoring workbook (monitoring.xlsx): which units are behind on which theme, budget
against realised per unit and theme, the B/R columns of the published annex, the reports.

Sheets: Signalen (one matrix: forecast in % of budget per unit and theme, flagged, and the units
that have not reported), Per eenheid, Per thema, B-R overzicht (k EUR), B-R in EUR,
Rapportages, Controles, Herkomst (the last four in report/monitoring_tables.py). Formulas carry
their cached values; text is always text.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import polars as pl

from qa_budget.inputs.contracts import CENTRAL_UNIT, MOMENTS
from qa_budget.made_from import PROPERTY, made_from_result
from qa_budget.money import eur_to_cents
from qa_budget.monitoring.model import Monitoring
from qa_budget.monitoring.units import totals
from qa_budget.report.common.page import (
    concept_mark,
    document_properties,
    finish_pages,
    fit_row,
    inputs_fingerprint,
    wrapped_texts,
)
from qa_budget.report.common.provenance import write_provenance
from qa_budget.report.common.sheet import TOP, Registry, Sheet, add_formats, new_workbook
from qa_budget.report.monitoring.layout import (
    EXTRA_FORMATS,
    eur,
    intro,
    moment_text,
    moment_word,
    share,
    share_or_blank,
    signal_text,
    status_text,
    wide,
)
from qa_budget.report.monitoring.tables import write_br, write_checks
from qa_budget.result import Result
from qa_budget.scenario import Monitoring as Thresholds
from qa_budget.texts import (
    THEME_NUMBERS,
    format_money,
    format_number,
    format_percent,
    label,
    sheet_name,
    theme_name,
)
from qa_budget.version import __version__

SHEETS = {
    "signals": "mon_signals",
    "units": "mon_units",
    "themes": "mon_themes",
    "br": "mon_br",
    "br_eur": "mon_br_eur",
    "reports": "mon_reports",
    "checks": "checks",
    "provenance": "provenance",
}


@dataclass(frozen=True)
class Page:
    """What every sheet of the workbook is written with: the figures, the language, and the
    units' names in that language (CENTRAAL: the central initiatives)."""

    m: Monitoring
    lang: str
    names: dict[str, str]

    def t(self, key: str) -> str:
        """A text from the catalogue in the workbook's language."""
        return label(key, self.lang)

    def eur(self, cents: int) -> str:
        """An amount in the language, to the cent: 'EUR 1.234,56'."""
        return format_money(cents, self.lang, decimals=True)

    def moment(self) -> str:
        """The moment that is due, in words."""
        return moment_text(self.m.moment, self.lang)

    @property
    def thresholds(self) -> Thresholds:
        """The scenario's thresholds for the signals."""
        return self.m.thresholds


def write_workbook(
    path: Path, result: Result, m: Monitoring, provenance: dict[str, Any], lang: str = "nl"
) -> None:
    """Write monitoring.xlsx to `path` (a staged temporary), in Dutch or English."""
    wb = new_workbook(path)
    wb.set_custom_property(PROPERTY, made_from_result(result))  # what it was made from
    fmt = add_formats(wb).more({k: TOP | v for k, v in EXTRA_FORMATS.items()})
    reg = Registry()
    sheets = {k: Sheet(wb, sheet_name(key, lang), reg, fmt) for k, key in SHEETS.items()}
    names = dict(result.inputs.units.select("code", f"name_{lang}").iter_rows())
    p = Page(m, lang, {**names, CENTRAL_UNIT: label("mon_central", lang)})
    _signals(sheets["signals"], p)
    _units(sheets["units"], p)
    _themes(sheets["themes"], p, sheets["units"])
    write_br(sheets["br"], m, lang, keur=True)
    write_br(sheets["br_eur"], m, lang, keur=False)
    _reports(sheets["reports"], p)
    write_checks(sheets["checks"], m, reg, lang)
    write_provenance(sheets["provenance"], label("provenance_title", lang), provenance, width=90)
    sheets["signals"].ws.activate()
    title = f"Monitoring {m.year} — {result.scenario.display_title}"
    footer = (
        f"{label('fingerprint', lang)} {inputs_fingerprint(result.hashes)[:16]} · "
        f"{result.scenario.name} · qa-budget {__version__}"
    )
    concept = concept_mark(result.concept, lang)
    finish_pages(reg.sheets, title, footer, concept)
    document_properties(wb, title, concept)
    wb.close()


# --- Signalen: one sheet that shows who is behind on what -------------------------------------


def _signals(s: Sheet, p: Page) -> None:
    m, t, lang = p.m, p.thresholds, p.lang
    s.ws.set_column(0, 0, 11)
    s.ws.set_column(1, 1, 44)
    s.ws.set_column(2, 2, 26)
    s.ws.set_column(3, 9, 10)
    floor = ""
    if t.min_difference_eur:
        amount = format_money(eur_to_cents(t.min_difference_eur), lang)
        floor = p.t("mon_floor").format(amount=amount)
    intro(
        s,
        p.t("mon_signals_title").format(year=m.year),
        p.t("mon_signals_intro").format(
            moment=p.moment(),
            year=m.year,
            under=format_percent(t.underspend_pct, lang),
            over=format_percent(t.overspend_pct, lang),
            floor=floor,
        ),
        9,
        150,
    )
    themes = [p.t("mon_theme_n").format(theme=n) for n in THEME_NUMBERS]
    s.row_texts(
        3,
        0,
        [p.t("unit"), p.t("name"), p.t("mon_report"), *themes, p.t("total")],
        numeric_from=3,
    )
    cells = {(r["unit"], r["theme"]): r for r in m.lines.iter_rows(named=True)}
    unit_totals = {r["unit"]: r for r in totals(m.lines, "unit", t).iter_rows(named=True)}
    row = 4
    for u in m.statuses.iter_rows(named=True):
        s.text(row, 0, u["unit"], "top")
        wrapped_texts(s, row, [(1, p.names.get(u["unit"], u["name"]), 44)])  # never cut off
        behind = u["status"] in ("late", "missing")
        status = status_text(u["status"], u["latest"], lang)
        s.text(row, 2, status, "behind" if behind else "text")
        for i, theme in enumerate(THEME_NUMBERS):
            line = cells.get((u["unit"], theme))
            if line is not None and u["status"] == "missing":
                s.text(row, 3 + i, "?", "behind_right")  # no report: nothing to show
            elif line is not None:
                _pct_cell(s, p, row, 3 + i, line["budget"], line["forecast"], line["signal"])
        total = unit_totals.get(u["unit"])
        if total is not None and u["status"] != "missing":
            _pct_cell(s, p, row, 9, total["budget"], total["forecast"], total["signal"])
        row += 1
    s.text(row, 1, p.t("total"), "bold")
    theme_totals = {r["theme"]: r for r in totals(m.lines, "theme", t).iter_rows(named=True)}
    for i, theme in enumerate(THEME_NUMBERS):
        r = theme_totals.get(theme)
        if r is not None:
            _pct_cell(s, p, row, 3 + i, r["budget"], r["forecast"], r["signal"], total=True)
    budget, fc = int(m.lines["budget"].sum()), int(m.lines["forecast"].sum())
    _pct_cell(s, p, row, 9, budget, fc, "", total=True)
    row += 2
    s.text(row, 0, p.t("mon_signals"), "bold")
    row += 1
    flagged = m.lines.filter(pl.col("signal") != "")
    for r in flagged.iter_rows(named=True):
        s.text(row, 0, r["unit"], "top")
        wide(s, row, 1, 9, _signal_line(p, r), r["signal"], 135)
        row += 1
    if not flagged.height:
        s.text(row, 1, p.t("mon_no_signals"))
        row += 1
    row += 1
    s.text(row, 0, p.t("mon_behind"), "bold")
    row += 1
    behind_units = m.statuses.filter(pl.col("status").is_in(["late", "missing"]))
    for u in behind_units.iter_rows(named=True):
        s.text(row, 0, u["unit"], "top")
        if u["status"] == "late":
            what = p.t("mon_late").format(moment=moment_word(u["latest"], lang))
        elif not u["budget"] and u["allocation"]:
            allocation = format_money(int(u["allocation"]), lang)
            what = p.t("mon_missing_no_plan").format(year=m.year, allocation=allocation)
        else:
            what = p.t("mon_missing").format(year=m.year)
        name = p.names.get(u["unit"], u["name"])
        text = p.t("mon_behind_line").format(name=name, what=what, due=moment_word(m.moment, lang))
        wide(s, row, 1, 9, text, "behind", 135)
        row += 1
    if m.moment is None:
        s.text(row, 1, p.t("mon_nothing_due").format(year=m.year))
    elif not behind_units.height:
        n = format_number(m.statuses.height, lang)
        s.text(row, 1, p.t("mon_all_reported").format(n=n, year=m.year))
    s.ws.freeze_panes(4, 2)
    s.setup_print()


def _signal_line(p: Page, r: dict[str, Any]) -> str:
    """'thema 5: onderbesteding: prognose EUR 558.732,90 = 55% van de begroting ...'."""
    what = p.t("mon_realised_word" if r["moment"] == "definitief" else "mon_forecast_word")
    fields = {
        "theme": r["theme"],
        "signal": signal_text(r["signal"], p.lang),
        "what": what,
        "forecast": p.eur(r["forecast"]),
        "budget": p.eur(r["budget"]),
        "difference": p.eur(r["difference"]),
    }
    if r["forecast_pct"] is None:
        text = p.t("mon_signal_line_no_budget").format(**fields)
    else:
        pct = format_percent(r["forecast_pct"], p.lang)
        text = p.t("mon_signal_line").format(pct=pct, **fields)
    if r["pending"]:
        text = text.removesuffix(".") + p.t("mon_pending") + "."
    return text + (p.t("mon_note").format(note=r["note"]) if r["note"] else "")


def _pct_cell(
    s: Sheet,
    p: Page,
    row: int,
    col: int,
    budget: int,
    forecast: int,
    signal: str,
    total: bool = False,
) -> None:
    fraction = share(forecast, budget)
    if fraction is None:
        if forecast:
            s.text(row, col, p.t("mon_without_budget"), signal or "text")
        return
    fmt = f"pct0_{signal}" if signal else ("pct0_total" if total else "pct0")
    s.number(row, col, fraction, fmt)


# --- Per eenheid: the detail, filterable ------------------------------------------------------


UNIT_HEADERS = (
    "unit",
    "name",
    "theme",
    "mon_h_budget_eur",
    "mon_h_realised_to_date",
    "mon_report",
    "mon_h_spent_pct",
    "mon_h_forecast_eur",
    "mon_h_difference_eur",
    "mon_h_forecast_pct",
    "mon_h_signal",
    "status",
    "mon_h_note",
)


def _units(s: Sheet, p: Page) -> None:
    m, lang = p.m, p.lang
    widths = (9, 42, 6, 14, 14, 10, 9, 14, 14, 10, 14, 22, 36)  # one printed page wide
    for i, w in enumerate(widths):
        s.ws.set_column(i, i, w)
    intro(
        s,
        p.t("mon_units_title").format(year=m.year),
        p.t("mon_units_intro").format(moment=p.moment(), eur=p.t("eur")),
        12,
        200,
    )
    s.row_texts(3, 0, [p.t(k) for k in UNIT_HEADERS], numeric_from=3)
    s.ws.set_row(3, 45)
    first = row = 4
    for r in m.lines.iter_rows(named=True):
        name = p.names.get(r["unit"], r["name"])
        status = status_text(r["status"], r["moment"], lang)
        s.text(row, 0, r["unit"], "top")
        s.text(row, 1, name, "wrap")
        s.number(row, 2, r["theme"], "top")
        s.number(row, 3, eur(r["budget"]), "eur", ("u_budget", r["unit"], r["theme"]))
        d, e, h = s.local(row, 3), s.local(row, 4), s.local(row, 7)
        if r["realised"] is not None:
            s.number(row, 4, eur(r["realised"]), "eur")
            s.text(row, 5, moment_word(r["moment"], lang))
            s.formula(
                row,
                6,
                f'=IF({d}=0,"",{e}/{d})',
                share_or_blank(r["realised"], r["budget"]),
                "pct1",
            )
        else:
            s.text(row, 5, p.t("mon_none"))
        s.number(row, 7, eur(r["forecast"]), "eur")
        s.formula(row, 8, f"={h}-{d}", eur(r["difference"]), "eur")
        s.formula(
            row, 9, f'=IF({d}=0,"",{h}/{d})', share_or_blank(r["forecast"], r["budget"]), "pct1"
        )
        s.text(row, 10, signal_text(r["signal"], lang), r["signal"] or "text")
        s.text(row, 11, status, "wrap")
        if r["note"]:
            s.text(row, 12, r["note"], "wrap")
        texts = [(name, widths[1]), (status, widths[11]), (r["note"] or "", widths[12])]
        fit_row(s, row, texts, "wrap")
        row += 1
    last = row
    s.text(last, 1, p.t("total"), "bold")
    sums = {
        3: ("units_budget", int(m.lines["budget"].sum())),
        4: ("units_realised", int(m.lines["realised"].sum())),
        7: ("units_forecast", int(m.lines["forecast"].sum())),
        8: ("units_difference", int(m.lines["difference"].sum())),
    }
    for col, (key, cents) in sums.items():
        s.formula(
            last,
            col,
            f"=SUM({s.local(first, col)}:{s.local(max(last - 1, first), col)})",
            eur(cents),
            "eur_total",
            (key,),
        )
    s.ws.autofilter(3, 0, max(last - 1, 3), len(UNIT_HEADERS) - 1)
    s.ws.freeze_panes(4, 3)
    s.setup_print()


# --- Per thema --------------------------------------------------------------------------------


def _themes(s: Sheet, p: Page, units: Sheet) -> None:
    m, lang = p.m, p.lang
    s.ws.set_column(0, 0, 7)
    s.ws.set_column(1, 1, 56)
    s.ws.set_column(2, 8, 16)
    intro(
        s,
        p.t("mon_themes_title").format(year=m.year),
        p.t("mon_themes_intro").format(moment=p.moment(), eur=p.t("eur"), sheet=units.name),
        8,
        150,
    )
    headers = (
        "theme",
        "description",
        "mon_h_budget",
        "mon_h_realised",
        "mon_h_spent_pct",
        "mon_h_forecast",
        "difference",
        "mon_h_forecast_pct_short",
        "mon_h_signal",
    )
    s.row_texts(3, 0, [p.t(k) for k in headers], numeric_from=2)
    s.ws.set_row(3, 30)
    n = m.lines.height
    rng = {
        c: f"'{units.name}'!${chr(65 + c)}$5:${chr(65 + c)}${4 + max(n, 1)}" for c in (2, 3, 4, 7)
    }
    by_theme = {r["theme"]: r for r in totals(m.lines, "theme", m.thresholds).iter_rows(named=True)}
    first = 4
    for i, theme in enumerate(THEME_NUMBERS):
        row = first + i
        r = by_theme.get(theme, {"budget": 0, "realised": None, "forecast": 0, "signal": ""})
        s.number(row, 0, theme, "text")
        s.text(row, 1, theme_name(theme, lang))
        a = s.local(row, 0)
        realised = r["realised"] or 0
        for col, src, cents in ((2, 3, r["budget"]), (3, 4, realised), (5, 7, r["forecast"])):
            s.formula(row, col, f"=SUMIF({rng[2]},{a},{rng[src]})", eur(cents), "eur")
        c, d, f = s.local(row, 2), s.local(row, 3), s.local(row, 5)
        s.formula(row, 4, f'=IF({c}=0,"",{d}/{c})', share_or_blank(realised, r["budget"]), "pct1")
        s.formula(row, 6, f"={f}-{c}", eur(r["forecast"] - r["budget"]), "eur")
        s.formula(
            row, 7, f'=IF({c}=0,"",{f}/{c})', share_or_blank(r["forecast"], r["budget"]), "pct1"
        )
        s.text(row, 8, signal_text(r["signal"], lang), r["signal"] or "text")
    last = first + len(THEME_NUMBERS)
    s.text(last, 1, p.t("total"), "bold")
    keys: dict[int, tuple[Hashable, int]] = {
        2: (("themes_budget",), int(m.lines["budget"].sum())),
        3: (("themes_realised",), int(m.lines["realised"].sum())),
        5: (("themes_forecast",), int(m.lines["forecast"].sum())),
        6: (("themes_difference",), int(m.lines["difference"].sum())),
    }
    for col, (key, cents) in keys.items():
        s.formula(
            last,
            col,
            f"=SUM({s.local(first, col)}:{s.local(last - 1, col)})",
            eur(cents),
            "eur_total",
            key,
        )
    s.ws.freeze_panes(4, 2)
    s.setup_print()


# --- Rapportages ------------------------------------------------------------------------------


def _reports(s: Sheet, p: Page) -> None:
    m, lang = p.m, p.lang
    s.ws.set_column(0, 0, 11)
    s.ws.set_column(1, 1, 44)
    s.ws.set_column(2, 5, 16)
    s.ws.set_column(6, 7, 26)
    intro(
        s,
        p.t("mon_reports_title").format(year=m.year),
        p.t("mon_reports_intro").format(eur=p.t("eur"), moment=p.moment()),
        7,
        150,
    )
    moments = [moment_word(moment, lang) for moment in MOMENTS]
    s.row_texts(
        3,
        0,
        [
            p.t("unit"),
            p.t("name"),
            p.t("mon_h_budget_year").format(year=m.year),
            *moments,
            p.t("mon_h_latest"),
            p.t("status"),
        ],
        numeric_from=2,
    )
    row = 4
    for u in m.statuses.iter_rows(named=True):
        s.text(row, 0, u["unit"])
        s.text(row, 1, p.names.get(u["unit"], u["name"]))
        s.number(row, 2, eur(u["budget"]), "eur")
        for i, moment in enumerate(MOMENTS):
            if u[moment] is None:
                s.text(row, 3 + i, "–")
            else:
                s.number(row, 3 + i, eur(u[moment]), "eur")
        s.text(row, 6, moment_word(u["latest"], lang))
        behind = u["status"] in ("late", "missing")
        status = status_text(u["status"], u["latest"], lang)
        s.text(row, 7, status, "behind" if behind else "text")
        row += 1
    s.ws.freeze_panes(4, 2)
    s.setup_print()
