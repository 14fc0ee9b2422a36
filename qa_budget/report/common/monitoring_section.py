"""The monitoring section of the faculty-board and council workbooks: budget against realised
per unit and theme, once a realised report exists (qa_budget.monitoring.unit_monitoring).

The sheet says which year it shows and which reporting moment was due; percentages are
percentages; signals and statuses are words in the workbook's language."""

from __future__ import annotations

from typing import Any

import polars as pl

from qa_budget.report.common.page import fit_row, wrapped_texts
from qa_budget.report.common.sheet import Sheet
from qa_budget.report.monitoring.layout import (
    moment_text,
    moment_word,
    share_or_blank,
    signal_text,
    status_text,
)
from qa_budget.texts import label

HEADERS = (
    "unit",
    "theme",
    "description",
    "mon_h_budget_eur",
    "mon_h_realised_eur",
    "mon_h_moment",
    "mon_h_forecast_eur",
    "mon_h_forecast_minus_budget",
    "mon_h_spent_pct_short",
    "mon_h_forecast_pct_short",
    "mon_h_signal",
    "status",
    "mon_h_note",
)
WIDTHS = (9, 6, 22, 14, 14, 11, 14, 14, 9, 9, 15, 14, 37)


def _eur(cents: Any) -> float | None:
    return None if cents is None else int(cents) / 100


def write_monitoring(
    s: Sheet, frame: pl.DataFrame, lang: str, year: int, moment: str | None
) -> int:
    """One row per unit and theme, in the order of the table, under a title that names the
    year and the reporting moment shown; percentages as percentages. Returns the last row."""
    for col, w in enumerate(WIDTHS):
        s.ws.set_column(col, col, w)
    s.text(0, 0, label("mon_section_title", lang).format(year=year), "title")
    s.text(
        1, 0, label("mon_section_intro", lang).format(moment=moment_text(moment, lang)), "subtitle"
    )
    heads = [label(k, lang) for k in HEADERS]
    s.row_texts(3, 0, heads, numeric_from=3)
    s.text(3, 12, heads[12], "header")
    fit_row(s, 3, list(zip(heads, map(float, WIDTHS), strict=True)))
    for i, r in enumerate(frame.iter_rows(named=True)):
        row = 4 + i
        theme = label(f"theme_short_{int(r['theme'])}", lang)
        note = str(r.get("note") or "")
        s.text(row, 0, str(r["unit"]), "top")
        s.number(row, 1, int(r["theme"]), "top")
        for col, key in ((3, "budget"), (4, "realised"), (6, "forecast"), (7, "difference")):
            value = _eur(r.get(key))
            if value is not None:
                s.number(row, col, value, "eur")
        s.text(row, 5, moment_word(r.get("moment"), lang) if r.get("realised") is not None else "")
        budget = int(r["budget"] or 0)
        for col, key in ((8, "realised"), (9, "forecast")):
            part = share_or_blank(int(r[key]), budget) if r.get(key) is not None else ""
            if not isinstance(part, str):
                s.number(row, col, part, "pct1")
        signal = str(r.get("signal") or "")
        s.text(row, 10, signal_text(signal, lang), "fail" if signal else "text")
        status = status_text(str(r["status"]), r.get("moment"), lang)
        texts = ((2, theme), (11, status), (12, note))
        wrapped_texts(s, row, [(c, text, WIDTHS[c]) for c, text in texts])
    s.ws.freeze_panes(4, 3)
    s.setup_print()
    return 3 + frame.height
