"""Shared layout of the monitoring workbook: texts, extra formats and small writing helpers."""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from qa_budget.money import cents_to_float
from qa_budget.monitoring.model import Monitoring
from qa_budget.report.common.sheet import Sheet

MOMENT_TEXT = {
    "mei": "mei (uitgaven januari-april)",
    "september": "september (uitgaven januari-augustus)",
    "definitief": "definitief (heel het jaar)",
}
SIGNAL_TEXT = {"under": "onderbesteding", "over": "overbesteding", "": ""}
UNDER, OVER = "#FFC7CE", "#FFEB9C"
EXTRA_FORMATS: dict[str, dict[str, Any]] = {
    "pct0": {"num_format": "0%"},
    "pct0_total": {"num_format": "0%", "bold": True, "top": 1},
    "pct0_under": {"num_format": "0%", "bg_color": UNDER, "font_color": "#9C0006", "bold": True},
    "pct0_over": {"num_format": "0%", "bg_color": OVER, "font_color": "#9C5700", "bold": True},
    "under": {"bg_color": UNDER, "font_color": "#9C0006", "bold": True},
    "over": {"bg_color": OVER, "font_color": "#9C5700", "bold": True},
    "behind": {"bg_color": "#D9D9D9", "bold": True},
    "behind_right": {"bg_color": "#D9D9D9", "bold": True, "align": "right"},
    "top": {"valign": "top"},
    "subtitle_wrap": {"italic": True, "font_color": "#595959", "text_wrap": True, "valign": "top"},
    "text_wrap": {"text_wrap": True, "valign": "top"},
    "under_wrap": {"bg_color": UNDER, "font_color": "#9C0006", "text_wrap": True, "valign": "top"},
    "over_wrap": {"bg_color": OVER, "font_color": "#9C5700", "text_wrap": True, "valign": "top"},
    "behind_wrap": {"bg_color": "#D9D9D9", "text_wrap": True, "valign": "top"},
}
EPS = 0.005  # half a cent


def status_text(status: str, latest: str | None) -> str:
    """A unit's report status in words."""
    return {
        "reported": f"gerapporteerd ({latest})",
        "late": f"te laat (laatste: {latest})",
        "missing": "ontbreekt",
        "none_due": "nog geen rapportage",
    }[status]


def eur(cents: int) -> float:
    """Cents as EUR for a number cell."""
    return cents_to_float(cents)


def share(part: int, whole: int) -> float | None:
    """part / whole (None when whole is 0)."""
    return float(Fraction(part, whole)) if whole else None


def share_or_blank(part: int, whole: int) -> float | str:
    """The cached value of IF(whole=0,"",part/whole)."""
    value = share(part, whole)
    return "" if value is None else value


def wide(s: Sheet, row: int, col: int, last_col: int, text: str, fmt: str, chars: int) -> None:
    """Text over merged cells, wrapped, its row as high as the text needs (about `chars`
    characters a line), so that long texts stay on the printed page."""
    s.ws.merge_range(row, col, row, last_col, "", s.fmt[f"{fmt}_wrap"])
    s.text(row, col, text, f"{fmt}_wrap")
    lines = -(-len(text) // chars)
    if lines > 1:
        s.ws.set_row(row, 15 * lines)


def intro(s: Sheet, title: str, subtitle: str, last_col: int, chars: int) -> None:
    """The title, and the subtitle wrapped over the columns up to `last_col`."""
    s.text(0, 0, title, "title")
    wide(s, 1, 0, last_col, subtitle, "subtitle", chars)


def moment_text(m: Monitoring) -> str:
    """The moment that is due, in words."""
    return MOMENT_TEXT[m.moment] if m.moment else "nog geen rapportage"
