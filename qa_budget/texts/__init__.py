"""One catalogue of every text shown to users, in Dutch (nl) and English (en).

The catalogue is split by audience (common, report, council, explain, register, progress,
planning, paper, messages) and merged here into one table; a key appears in one part only (a
test checks it).
Use `label(key, lang)`; numbers, dates and months in a language's format with `format_money`,
`format_number`, `format_date` and `format_month`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Any

from qa_budget.texts.cli import CLI
from qa_budget.texts.common import COMMON, SHEETS, THEME_NUMBERS, THEMES, TIERS
from qa_budget.texts.council import COUNCIL, COUNCIL_SHEETS
from qa_budget.texts.explain import EXPLAIN
from qa_budget.texts.inputs import INPUTS
from qa_budget.texts.limits import INFEASIBLE, LIMITS, TARIFF_SHEETS
from qa_budget.texts.messages import MESSAGES
from qa_budget.texts.messages_cells import CELLS
from qa_budget.texts.messages_checks import CHECKS
from qa_budget.texts.messages_inputs import INPUT_READS, INPUT_SHAPES
from qa_budget.texts.messages_lines import ROUND_LINES, VERIFY_LINES
from qa_budget.texts.messages_output import OUTPUT_MESSAGES
from qa_budget.texts.messages_register import ABOUT, FINDINGS, REGISTER_MESSAGES
from qa_budget.texts.messages_run import RUN
from qa_budget.texts.messages_scenario import SCENARIO_MESSAGES
from qa_budget.texts.messages_warnings import WARNINGS
from qa_budget.texts.monitoring import MONITORING, MONITORING_SHEETS
from qa_budget.texts.paper import PAPER, PAPER_SHEETS
from qa_budget.texts.parameters import NOTES, PARAMETER_VALUES, PARAMETERS
from qa_budget.texts.planning import PLANNING, PLANNING_SHEETS
from qa_budget.texts.progress import PROGRESS, PROGRESS_SHEETS
from qa_budget.texts.register import MONTHS, REGISTER
from qa_budget.texts.report import REPORT, REPORT_SHEETS
from qa_budget.texts.stages import STAGES

PARTS: dict[str, dict[str, dict[str, str]]] = {
    "common": COMMON,
    "report": REPORT,
    "council": COUNCIL,
    "explain": EXPLAIN,
    "register": REGISTER,
    "progress": PROGRESS,
    "planning": PLANNING,
    "limits": LIMITS | TARIFF_SHEETS | INFEASIBLE,
    "cli": CLI,
    "inputs": INPUTS,
    "monitoring": MONITORING,
    "parameters": PARAMETERS | PARAMETER_VALUES | NOTES,
    "paper": PAPER,
    "stages": STAGES,
    "messages": MESSAGES,
    "cells": CELLS,
    "checks": CHECKS,
    "run": RUN,
    "input_messages": INPUT_SHAPES | INPUT_READS,
    "register_messages": REGISTER_MESSAGES | FINDINGS | ABOUT,
    "warnings": WARNINGS,
    "lines": ROUND_LINES | VERIFY_LINES,
    "output": OUTPUT_MESSAGES,
    "scenario": SCENARIO_MESSAGES,
}
LABELS: dict[str, dict[str, str]] = {k: v for part in PARTS.values() for k, v in part.items()}
SHEETS.update(REPORT_SHEETS)
SHEETS.update(COUNCIL_SHEETS)
SHEETS.update(PROGRESS_SHEETS)
SHEETS.update(PLANNING_SHEETS)
SHEETS.update(MONITORING_SHEETS)
SHEETS.update(PAPER_SHEETS)

__all__ = [
    "LABELS",
    "SHEETS",
    "THEMES",
    "THEME_NUMBERS",
    "TIERS",
    "format_date",
    "format_money",
    "format_month",
    "format_number",
    "format_percent",
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
    return f"EUR {sign}{_local(text, lang)}"


def _local(text: str, lang: str) -> str:
    """'1,234.5' as written in the language: '1.234,5' in Dutch."""
    if lang == "nl":
        return text.replace(",", " ").replace(".", ",").replace(" ", ".")
    return text


def format_number(value: Decimal | int, lang: str) -> str:
    """A number as written in the language: 1,5 and 31.464 (nl); 1.5 and 31,464 (en)."""
    if isinstance(value, int):
        return _local(f"{value:,}", lang)
    return _local(f"{value.normalize():,f}", lang)


def format_percent(value: Decimal | Fraction | int | float, lang: str, decimals: int = 0) -> str:
    """A percentage as written in the language: '5%', '1,5%' (nl) or '1.5%' (en).

    `decimals` is the least number of decimals shown; a Decimal shows all of its own digits
    (5 as '5%', 2.5 as '2,5%'), other values are rounded half-up to `decimals`."""
    if isinstance(value, Decimal):
        shown = value.normalize()
        if decimals and -shown.as_tuple().exponent < decimals:  # type: ignore[operator]
            shown = shown.quantize(Decimal(1).scaleb(-decimals))
        text = f"{shown:,f}"
    else:
        exact = Decimal(value) if isinstance(value, int | float) else _decimal(value)
        text = f"{exact.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP):,f}"
    if text.startswith("-") and not text.strip("-0.,"):
        text = text[1:]  # no minus zero
    return _local(text, lang) + "%"


def _decimal(value: Fraction) -> Decimal:
    return Decimal(value.numerator) / Decimal(value.denominator)


def by_year(values: Mapping[str, Any], lang: str) -> list[tuple[str, Any]]:
    """A scenario's values per year ("2030", "all") as (words, value): the years of their own
    first, then "all" as 'alle jaren', or 'de overige jaren' beside years of their own."""
    every = "value.other_years" if len(values) > 1 else "value.every_year"
    ordered = sorted(values.items(), key=lambda item: item[0] == "all")
    return [(label(every, lang) if k == "all" else str(k), v) for k, v in ordered]


def count_units(n: int, lang: str) -> str:
    """'1 eenheid' / '3 eenheden' (en: '1 unit' / '3 units'): a count with the right noun."""
    return label("count_unit_one" if n == 1 else "count_units", lang).format(n=n)


def years_text(years: Sequence[int]) -> str:
    """'2022-2024' for consecutive years, '2023' for one, else '2022, 2024'."""
    ys = sorted(years)
    if len(ys) > 1 and ys == list(range(ys[0], ys[-1] + 1)):
        return f"{ys[0]}-{ys[-1]}"
    return ", ".join(str(y) for y in ys)


def format_date(day: dt.date, lang: str) -> str:
    """'11 mei 2021' (nl) or '11 May 2021' (en)."""
    return f"{day.day} {MONTHS[lang][day.month - 1]} {day.year}"


def format_month(month: str, lang: str) -> str:
    """'2022-01' as 'januari 2022' (nl) or 'January 2022' (en)."""
    year, number = month.split("-")
    return f"{MONTHS[lang][int(number) - 1]} {year}"
