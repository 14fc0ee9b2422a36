"""The monitoring section of the faculty-board and council workbooks: budget against realised
per unit and theme, once a realised report exists (qa_budget.monitoring.unit_monitoring)."""

from __future__ import annotations

from typing import Any

import polars as pl

from qa_budget.report.common.page import fit_row
from qa_budget.report.common.sheet import Sheet
from qa_budget.texts import label

HEADERS: dict[str, tuple[str, ...]] = {
    "nl": (
        "Eenheid",
        "Thema",
        "Omschrijving",
        "Begroting (EUR)",
        "Gerealiseerd (EUR)",
        "Moment",
        "Prognose jaar (EUR)",
        "Prognose min begroting",
        "Besteed %",
        "Prognose %",
        "Signaal",
        "Status",
        "Toelichting",
    ),
    "en": (
        "Unit",
        "Theme",
        "Description",
        "Budget (EUR)",
        "Realised (EUR)",
        "Moment",
        "Forecast for the year (EUR)",
        "Forecast minus budget",
        "Spent %",
        "Forecast %",
        "Signal",
        "Status",
        "Note",
    ),
}
TITLE = {
    "nl": "Monitoring: begroting tegen realisatie",
    "en": "Monitoring: budget against realised",
}
SUBTITLE = {
    "nl": "Uit realised.xlsx (laatste rapportage); prognose = laatste stand × 12 / maanden. "
    "Signaal: onder- of overbesteding boven de drempels van het scenario.",
    "en": "From realised.xlsx (latest report); forecast = latest figure × 12 / months. Signal: "
    "under- or overspending beyond the scenario's thresholds.",
}


def _eur(cents: Any) -> float | None:
    return None if cents is None else int(cents) / 100


WIDTHS = (9, 6, 22, 14, 14, 11, 14, 14, 9, 9, 12, 14, 40)


def _moment(moment: str | None, lang: str) -> str:
    return label(f"pr_moment_{moment}", lang) if moment else ""


def write_monitoring(
    s: Sheet, frame: pl.DataFrame, lang: str, year: int, moment: str | None
) -> int:
    """One row per unit and theme, in the order of the table, under a title that names the
    year and the reporting moment shown; percentages as percentages. Returns the last row."""
    for col, w in enumerate(WIDTHS):
        s.ws.set_column(col, col, w)
    when = label("mon_when" if moment else "mon_when_none", lang)
    s.text(0, 0, f"{TITLE[lang]} — {year}", "title")
    when = when.format(year=year, moment=_moment(moment, lang))
    s.text(1, 0, f"{when} {SUBTITLE[lang]}", "subtitle")
    s.row_texts(3, 0, list(HEADERS[lang]), numeric_from=3)
    s.text(3, 12, HEADERS[lang][12], "header")
    fit_row(s, 3, list(zip(HEADERS[lang], map(float, WIDTHS), strict=True)))
    for i, r in enumerate(frame.iter_rows(named=True)):
        row = 4 + i
        theme = label(f"theme_short_{int(r['theme'])}", lang)
        note = str(r.get("note") or "")
        s.text(row, 0, str(r["unit"]), "top")
        s.number(row, 1, int(r["theme"]), "top")
        s.text(row, 2, theme, "wrap")
        for col, key in ((3, "budget"), (4, "realised"), (6, "forecast"), (7, "difference")):
            value = _eur(r.get(key))
            if value is not None:
                s.number(row, col, value, "eur")
        s.text(row, 5, _moment(r.get("moment"), lang))
        for col, key in ((8, "spent_pct"), (9, "forecast_pct")):
            if r.get(key) is not None:
                s.number(row, col, float(r[key]) / 100, "pct1")
        s.text(row, 10, str(r.get("signal") or ""), "fail" if r.get("signal") else "text")
        s.text(row, 11, str(r.get("status") or ""))
        s.text(row, 12, note, "wrap")
        fit_row(s, row, [(theme, WIDTHS[2]), (note, WIDTHS[12])], "wrap")
    s.ws.freeze_panes(4, 3)
    s.setup_print()
    return 3 + frame.height
