"""Shared layout of the monitoring workbook: texts, extra formats and small writing helpers."""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from qa_budget.money import cents_to_float
from qa_budget.report.common.sheet import Sheet
from qa_budget.texts import label

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


def status_text(status: str, latest: str | None, lang: str) -> str:
    """A unit's report status in words: 'gerapporteerd (september)', 'ontbreekt', ..."""
    return label(f"mon_status_{status}", lang).format(moment=moment_word(latest, lang))


def signal_text(signal: str | None, lang: str) -> str:
    """'under' / 'over' as 'onderbesteding' / 'overbesteding' (nothing for no signal)."""
    return label(f"mon_signal_{signal}", lang) if signal else ""


def moment_word(moment: str | None, lang: str) -> str:
    """A reporting moment in one word: mei / May, september / September, definitief / final."""
    return label(f"pr_moment_{moment}", lang) if moment else label("mon_none", lang)


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


def moment_text(moment: str | None, lang: str) -> str:
    """The moment that is due, in words: 'september (uitgaven januari-augustus)'."""
    return label(f"mon_moment_{moment or 'none'}", lang)
