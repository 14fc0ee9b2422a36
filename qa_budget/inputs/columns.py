"""Fast, column-wise parsing of clean input columns.

Most cells of a real input are plain numbers and codes; checking them one call per cell
dominated the time to read a sector's inputs. Here a whole column is checked at once with the
same rules as `cells.parse_cell`; when any cell of the column does not pass, None is returned
and the caller parses that column cell by cell, so every problem keeps its located message.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from qa_budget.inputs.contracts import (
    CODE_PATTERN,
    MAX_AMOUNT_EUR,
    MAX_COUNT,
    MAX_YEAR,
    MIN_YEAR,
    Column,
    listed_values,
)

_CODE = re.compile(CODE_PATTERN)


def _whole(low: int, high: int) -> Callable[[list[Any]], list[Any] | None]:
    def check(values: list[Any]) -> list[Any] | None:
        if all(type(v) is float and v.is_integer() and low <= v <= high for v in values):
            return [int(v) for v in values]
        return None

    return check


def money_column(values: list[Any], allow_negative: bool = True) -> list[int] | None:
    """Cents of a column of numbers with at most two decimals (None if any cell is otherwise)."""
    out = []
    for v in values:
        if type(v) is not float or not -MAX_AMOUNT_EUR <= v <= MAX_AMOUNT_EUR:
            return None
        cents = round(v * 100)
        if cents / 100 != v or (cents < 0 and not allow_negative):
            return None
        out.append(cents)
    return out


def _code(values: list[Any]) -> list[Any] | None:
    if all(type(v) is str and _CODE.match(v.strip()) for v in values):
        return [v.strip() for v in values]
    return None


def _text(values: list[Any]) -> list[Any] | None:
    if all(type(v) is str and v.strip() for v in values):
        return [v.strip() for v in values]
    return None


def _listed(kind: str) -> Callable[[list[Any]], list[Any] | None]:
    allowed, aliases = listed_values(kind)
    lookup = {a.casefold(): a for a in allowed} | aliases

    def check(values: list[Any]) -> list[Any] | None:
        try:
            return [lookup[v.strip().casefold()] for v in values]
        except (KeyError, AttributeError):
            return None

    return check


FAST: dict[str, Callable[[list[Any]], list[Any] | None]] = {
    "count": _whole(0, MAX_COUNT),
    "year": _whole(MIN_YEAR, MAX_YEAR),
    "theme": _whole(1, 6),
    "money": money_column,
    "money_pm": money_column,
    "code": _code,
    "text": _text,
    "tier": _listed("tier"),
    "source": _listed("source"),
    "unit_kind": _listed("unit_kind"),
    "indicator_kind": _listed("indicator_kind"),
    "decision": _listed("decision"),
    "plan_status": _listed("plan_status"),
}


def fast_column(column: Column, values: list[Any]) -> list[Any] | None:
    """The parsed column when every cell is clean (filled, of the right kind), else None."""
    check = FAST.get(column.kind)
    return check(values) if check is not None else None
