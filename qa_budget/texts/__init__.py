"""One catalogue of every text shown to users, in Dutch (nl) and English (en).

The catalogue is split by audience (common, report, council, explain, planning) and merged here
into one table; a key appears in one part only (a test checks it). Use `label(key, lang)`.
"""

from __future__ import annotations

from qa_budget.texts.common import COMMON, SHEETS, THEME_NUMBERS, THEMES, TIERS
from qa_budget.texts.council import COUNCIL, COUNCIL_SHEETS
from qa_budget.texts.explain import EXPLAIN, PARAMETERS_NL
from qa_budget.texts.planning import PLANNING, PLANNING_SHEETS
from qa_budget.texts.report import REPORT, REPORT_SHEETS

PARTS: dict[str, dict[str, dict[str, str]]] = {
    "common": COMMON,
    "report": REPORT,
    "council": COUNCIL,
    "explain": EXPLAIN,
    "planning": PLANNING,
}
LABELS: dict[str, dict[str, str]] = {k: v for part in PARTS.values() for k, v in part.items()}
SHEETS.update(REPORT_SHEETS)
SHEETS.update(COUNCIL_SHEETS)
SHEETS.update(PLANNING_SHEETS)

__all__ = [
    "LABELS",
    "PARAMETERS_NL",
    "SHEETS",
    "THEMES",
    "THEME_NUMBERS",
    "TIERS",
    "format_money",
    "label",
    "sheet_name",
    "theme_name",
]


def theme_name(theme: int, lang: str = "nl") -> str:
    """The sector-agreement name of a theme (1-6)."""
    return THEMES[theme][lang]


def label(key: str, lang: str = "nl") -> str:
    """A text from the catalogue, in the language asked."""
    return LABELS[key][lang]


def sheet_name(key: str, lang: str = "nl") -> str:
    """A sheet name from the catalogue (at most 31 characters)."""
    return SHEETS[key][lang]


def format_money(cents: int, lang: str, decimals: bool | None = None) -> str:
    """'EUR 1.234,50' (nl) or 'EUR 1,234.50' (en); whole euros without decimals by default."""
    sign = "-" if cents < 0 else ""
    whole, frac = divmod(abs(cents), 100)
    show_cents = frac != 0 if decimals is None else decimals
    text = f"{whole:,}" + (f".{frac:02d}" if show_cents else "")
    if lang == "nl":
        text = text.replace(",", " ").replace(".", ",").replace(" ", ".")
    return f"EUR {sign}{text}"
