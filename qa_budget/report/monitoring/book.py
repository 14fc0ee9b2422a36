"""The monitoring workbook (monitoring.xlsx): which units are behind on which theme, budget
against realised per unit and theme, the B/R columns of the published annex, the reports.

Sheets: Signalen (one matrix: forecast in % of budget per unit and theme, flagged, and the units
that have not reported), Per eenheid, Per thema, B-R overzicht (k EUR), B-R in EUR,
Rapportages, Controles, Herkomst (the last four in report/monitoring_tables.py). Formulas carry
their cached values; text is always text.
"""

from __future__ import annotations

from collections.abc import Hashable
from pathlib import Path
from typing import Any

import polars as pl

from qa_budget.inputs.contracts import MOMENTS
from qa_budget.monitoring.model import Monitoring
from qa_budget.monitoring.units import totals
from qa_budget.report.common.page import (
    concept_mark,
    document_properties,
    finish_pages,
    fit_row,
    inputs_fingerprint,
)
from qa_budget.report.common.provenance import write_provenance
from qa_budget.report.common.sheet import Registry, Sheet, add_formats, new_workbook
from qa_budget.report.monitoring.layout import (
    EXTRA_FORMATS,
    SIGNAL_TEXT,
    eur,
    intro,
    moment_text,
    share,
    share_or_blank,
    status_text,
    wide,
)
from qa_budget.report.monitoring.tables import write_br, write_checks
from qa_budget.result import Result
from qa_budget.texts import THEME_NUMBERS, label, theme_name
from qa_budget.version import __version__

SHEETS = {
    "signals": "Signalen",
    "units": "Per eenheid",
    "themes": "Per thema",
    "br": "B-R overzicht",
    "br_eur": "B-R in EUR",
    "reports": "Rapportages",
    "checks": "Controles",
    "provenance": "Herkomst",
}


def write_workbook(path: Path, result: Result, m: Monitoring, provenance: dict[str, Any]) -> None:
    """Write monitoring.xlsx to `path` (a staged temporary)."""
    wb = new_workbook(path)
    fmt = add_formats(wb) | {k: wb.add_format(v) for k, v in EXTRA_FORMATS.items()}
    reg = Registry()
    sheets = {k: Sheet(wb, name, reg, fmt) for k, name in SHEETS.items()}
    _signals(sheets["signals"], m)
    _units(sheets["units"], m)
    _themes(sheets["themes"], m, sheets["units"])
    write_br(sheets["br"], m, keur=True)
    write_br(sheets["br_eur"], m, keur=False)
    _reports(sheets["reports"], m)
    write_checks(sheets["checks"], m, reg)
    write_provenance(sheets["provenance"], "Provenance / herkomst", provenance, width=90)
    sheets["signals"].ws.activate()
    title = f"Monitoring {m.year} — {result.scenario.display_title}"
    footer = (
        f"invoer SHA-256 {inputs_fingerprint(result.hashes)[:16]} · {result.scenario.name} · "
        f"qa-budget {__version__}"
    )
    concept = concept_mark(result.concept, "nl")
    finish_pages(reg.sheets, title, footer, concept)
    document_properties(wb, title, concept)
    wb.close()


# --- Signalen: one sheet that shows who is behind on what -------------------------------------


def _signals(s: Sheet, m: Monitoring) -> None:
    t = m.thresholds
    s.ws.set_column(0, 0, 11)
    s.ws.set_column(1, 1, 44)
    s.ws.set_column(2, 2, 26)
    s.ws.set_column(3, 9, 10)
    floor = f"; verschillen onder EUR {t.min_difference_eur:,} niet" if t.min_difference_eur else ""
    intro(
        s,
        f"Monitoring {m.year}: welke eenheden lopen achter op welk thema",
        f"Stand: {moment_text(m)}. Prognose {m.year} in % van de begroting, per eenheid en thema. "
        f"Rood: onderbesteding (meer dan {t.underspend_pct}% onder de begroting); oranje: "
        f"overbesteding (meer dan {t.overspend_pct}% erboven){floor}. Prognose = laatste "
        "rapportage × 12 / maanden (mei × 3, september × 1,5). ? = geen rapportage (in de "
        "totalen telt dan de begroting als prognose).",
        9,
        150,
    )
    s.row_texts(
        3,
        0,
        ["Eenheid", "Naam", "Rapportage"] + [f"Thema {t}" for t in THEME_NUMBERS] + ["Totaal"],
        numeric_from=3,
    )
    cells = {(r["unit"], r["theme"]): r for r in m.lines.iter_rows(named=True)}
    unit_totals = {r["unit"]: r for r in totals(m.lines, "unit", t).iter_rows(named=True)}
    row = 4
    for u in m.statuses.iter_rows(named=True):
        s.text(row, 0, u["unit"])
        s.text(row, 1, u["name"])
        behind = u["status"] in ("late", "missing")
        s.text(row, 2, status_text(u["status"], u["latest"]), "behind" if behind else "text")
        for i, theme in enumerate(THEME_NUMBERS):
            line = cells.get((u["unit"], theme))
            if line is not None and u["status"] == "missing":
                s.text(row, 3 + i, "?", "behind_right")  # no report: nothing to show
            elif line is not None:
                _pct_cell(s, row, 3 + i, line["budget"], line["forecast"], line["signal"])
        total = unit_totals.get(u["unit"])
        if total is not None and u["status"] != "missing":
            _pct_cell(s, row, 9, total["budget"], total["forecast"], total["signal"])
        row += 1
    s.text(row, 1, label("total"), "bold")
    theme_totals = {r["theme"]: r for r in totals(m.lines, "theme", t).iter_rows(named=True)}
    for i, theme in enumerate(THEME_NUMBERS):
        r = theme_totals.get(theme)
        if r is not None:
            _pct_cell(s, row, 3 + i, r["budget"], r["forecast"], r["signal"], total=True)
    budget, fc = int(m.lines["budget"].sum()), int(m.lines["forecast"].sum())
    _pct_cell(s, row, 9, budget, fc, "", total=True)
    row += 2
    s.text(row, 0, "Signalen", "bold")
    row += 1
    flagged = m.lines.filter(pl.col("signal") != "")
    for r in flagged.iter_rows(named=True):
        part = f"{r['forecast_pct']:.0f}% van de" if r["forecast_pct"] is not None else "zonder"
        note = f" Toelichting: {r['note']}" if r["note"] else ""
        s.text(row, 0, r["unit"], "top")
        text = (
            f"thema {r['theme']}: {SIGNAL_TEXT[r['signal']]}: prognose "
            f"EUR {eur(r['forecast']):,.2f} = {part} begroting EUR {eur(r['budget']):,.2f} "
            f"(verschil EUR {eur(r['difference']):,.2f}).{note}"
        )
        wide(s, row, 1, 9, text, r["signal"], 135)
        row += 1
    if not flagged.height:
        s.text(row, 1, "Geen onder- of overbesteding boven de drempels.")
        row += 1
    row += 1
    s.text(row, 0, "Niet (tijdig) gerapporteerd", "bold")
    row += 1
    behind_units = m.statuses.filter(pl.col("status").is_in(["late", "missing"]))
    for u in behind_units.iter_rows(named=True):
        s.text(row, 0, u["unit"], "top")
        what = (
            f"geen rapportage over {m.year}; de begroting is als prognose aangehouden"
            if u["status"] == "missing"
            else f"laatste rapportage: {u['latest']}; de prognose is daarop gebaseerd"
        )
        wide(s, row, 1, 9, f"{u['name']}: {what} (verwacht: {m.moment}).", "behind", 135)
        row += 1
    if not behind_units.height:
        s.text(row, 1, "Alle eenheden hebben gerapporteerd.")
    s.ws.freeze_panes(4, 2)
    s.setup_print()


def _pct_cell(
    s: Sheet, row: int, col: int, budget: int, forecast: int, signal: str, total: bool = False
) -> None:
    fraction = share(forecast, budget)
    if fraction is None:
        if forecast:
            s.text(row, col, "zonder begroting", signal or "text")
        return
    fmt = f"pct0_{signal}" if signal else ("pct0_total" if total else "pct0")
    s.number(row, col, fraction, fmt)


# --- Per eenheid: the detail, filterable ------------------------------------------------------


UNIT_HEADERS = [
    "Eenheid",
    "Naam",
    "Thema",
    "Begroting (EUR)",
    "Gerealiseerd t/m rapportage (EUR)",
    "Rapportage",
    "% besteed",
    "Prognose jaar (EUR)",
    "Verschil prognose − begroting (EUR)",
    "Prognose in % van begroting",
    "Signaal",
    "Status",
    "Toelichting",
]


def _units(s: Sheet, m: Monitoring) -> None:
    widths = (9, 30, 6, 14, 14, 10, 9, 14, 14, 10, 14, 22, 36)  # one printed page wide
    for i, w in enumerate(widths):
        s.ws.set_column(i, i, w)
    intro(
        s,
        f"Begroting en realisatie {m.year} per eenheid en thema",
        f"Stand: {moment_text(m)}; {label('eur')}. Begroting = plan van de eenheid "
        "(CENTRAAL: centrale initiatieven ten laste van de middelen). Gerealiseerd = de laatste "
        "rapportage (cumulatief vanaf 1 januari). Filter op Signaal of Status.",
        12,
        200,
    )
    s.row_texts(3, 0, UNIT_HEADERS, numeric_from=3)
    s.ws.set_row(3, 45)
    first = row = 4
    for r in m.lines.iter_rows(named=True):
        s.text(row, 0, r["unit"])
        s.text(row, 1, r["name"])
        s.number(row, 2, r["theme"], "text")
        s.number(row, 3, eur(r["budget"]), "eur", ("u_budget", r["unit"], r["theme"]))
        d, e, h = s.local(row, 3), s.local(row, 4), s.local(row, 7)
        if r["realised"] is not None:
            s.number(row, 4, eur(r["realised"]), "eur")
            s.text(row, 5, r["moment"])
            s.formula(
                row,
                6,
                f'=IF({d}=0,"",{e}/{d})',
                share_or_blank(r["realised"], r["budget"]),
                "pct1",
            )
        else:
            s.text(row, 5, "geen")
        s.number(row, 7, eur(r["forecast"]), "eur")
        s.formula(row, 8, f"={h}-{d}", eur(r["difference"]), "eur")
        s.formula(
            row, 9, f'=IF({d}=0,"",{h}/{d})', share_or_blank(r["forecast"], r["budget"]), "pct1"
        )
        s.text(row, 10, SIGNAL_TEXT[r["signal"]], r["signal"] or "text")
        s.text(row, 11, status_text(r["status"], r["moment"]))
        if r["note"]:
            s.text(row, 12, r["note"], "wrap")
            fit_row(s, row, [(r["note"], widths[12])], "wrap")
        row += 1
    last = row
    s.text(last, 1, label("total"), "bold")
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


def _themes(s: Sheet, m: Monitoring, units: Sheet) -> None:
    s.ws.set_column(0, 0, 7)
    s.ws.set_column(1, 1, 56)
    s.ws.set_column(2, 8, 16)
    intro(
        s,
        f"Begroting en realisatie {m.year} per thema",
        f"Stand: {moment_text(m)}; {label('eur')}; sommen van het blad '{units.name}'.",
        8,
        150,
    )
    headers = [
        "Thema",
        "Omschrijving",
        "Begroting",
        "Gerealiseerd",
        "% besteed",
        "Prognose jaar",
        "Verschil",
        "Prognose %",
        "Signaal",
    ]
    s.row_texts(3, 0, headers, numeric_from=2)
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
        s.text(row, 1, theme_name(theme))
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
        s.text(row, 8, SIGNAL_TEXT[r["signal"]], r["signal"] or "text")
    last = first + len(THEME_NUMBERS)
    s.text(last, 1, label("total"), "bold")
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


def _reports(s: Sheet, m: Monitoring) -> None:
    s.ws.set_column(0, 0, 11)
    s.ws.set_column(1, 1, 44)
    s.ws.set_column(2, 5, 16)
    s.ws.set_column(6, 7, 26)
    intro(
        s,
        f"Rapportages {m.year}",
        f"Per eenheid het gerapporteerde totaal per moment ({label('eur')}, cumulatief vanaf 1 "
        f"januari); verwacht tot en met: {moment_text(m)}.",
        7,
        150,
    )
    s.row_texts(
        3,
        0,
        ["Eenheid", "Naam", f"Begroting {m.year}", *MOMENTS, "Laatste rapportage", "Status"],
        numeric_from=2,
    )
    row = 4
    for u in m.statuses.iter_rows(named=True):
        s.text(row, 0, u["unit"])
        s.text(row, 1, u["name"])
        s.number(row, 2, eur(u["budget"]), "eur")
        for i, moment in enumerate(MOMENTS):
            if u[moment] is None:
                s.text(row, 3 + i, "–")
            else:
                s.number(row, 3 + i, eur(u[moment]), "eur")
        s.text(row, 6, u["latest"] or "geen")
        behind = u["status"] in ("late", "missing")
        s.text(row, 7, status_text(u["status"], u["latest"]), "behind" if behind else "text")
        row += 1
    s.ws.freeze_panes(4, 2)
    s.setup_print()
