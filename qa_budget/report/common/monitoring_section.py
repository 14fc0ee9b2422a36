"""The monitoring section of the faculty-board and council workbooks: budget against realised
per unit and theme, once a realised report exists (qa_budget.monitoring.unit_monitoring)."""

from __future__ import annotations

from typing import Any

import polars as pl

from qa_budget.report.common.sheet import Sheet
from qa_budget.texts import theme_name

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


def write_monitoring(s: Sheet, frame: pl.DataFrame, lang: str) -> None:
    """One row per unit and theme, in the order of the table."""
    widths = (9, 7, 46, 16, 16, 12, 18, 18, 10, 10, 10, 11, 50)
    for col, w in enumerate(widths):
        s.ws.set_column(col, col, w)
    s.text(0, 0, TITLE[lang], "title")
    s.text(1, 0, SUBTITLE[lang], "subtitle")
    s.row_texts(3, 0, list(HEADERS[lang]), numeric_from=3)
    for i, r in enumerate(frame.iter_rows(named=True)):
        row = 4 + i
        s.text(row, 0, str(r["unit"]))
        s.number(row, 1, int(r["theme"]), "text")
        s.text(row, 2, theme_name(int(r["theme"]), lang))
        for col, key in ((3, "budget"), (4, "realised"), (6, "forecast"), (7, "difference")):
            value = _eur(r.get(key))
            if value is not None:
                s.number(row, col, value, "eur")
        s.text(row, 5, str(r.get("moment") or ""))
        for col, key in ((8, "spent_pct"), (9, "forecast_pct")):
            if r.get(key) is not None:
                s.number(row, col, round(float(r[key]), 1), "text")
        s.text(row, 10, str(r.get("signal") or ""), "fail" if r.get("signal") else "text")
        s.text(row, 11, str(r.get("status") or ""))
        s.text(row, 12, str(r.get("note") or ""))
    s.ws.freeze_panes(4, 3)
    s.setup_print()
