"""Parsing one cell for its column: what each kind of column accepts, and what it refuses."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Any

from qa_budget.inputs.contracts import (
    BUDGET_COLUMN_ALIASES,
    BUDGET_COLUMNS,
    CODE_PATTERN,
    MAX_AMOUNT_EUR,
    MAX_COUNT,
    MAX_DECIMALS,
    MAX_NUMBER,
    MAX_YEAR,
    MIN_YEAR,
    MONTHS,
    NO_TARGET,
    PUBLISHED_LINE_ALIASES,
    PUBLISHED_LINES,
    Column,
    listed_values,
)
from qa_budget.inputs.contracts_round import PM, PM_SPELLINGS
from qa_budget.inputs.layout import Uncalculated
from qa_budget.money import number_to_cents

_ERROR_VALUES = {"#REF!", "#DIV/0!", "#VALUE!", "#NAME?", "#N/A", "#NUM!", "#NULL!", "#SPILL!"}
_DUTCH_NUMBER = re.compile(r"^-?[0-9]{1,3}(\.[0-9]{3})*(,[0-9]+)?$|^-?[0-9]+,[0-9]+$")


def _describe(value: Any) -> str:
    if isinstance(value, str):
        return f"'{value}'"
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.date | dt.datetime | dt.time | dt.timedelta):
        return f"a date/time ({value})"
    return repr(value)


class CellError(ValueError):
    """A cell value that does not fit its column; the message says what was expected."""


_ASCII_WHOLE = re.compile(r"^-?[0-9]+$")


def _whole_number(value: Any, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int | float):
        hint = ""
        if isinstance(value, str) and _ASCII_WHOLE.match(value.strip()):
            hint = (
                "; the number is typed as text: make it a number cell (in Excel: the warning "
                "sign › Convert to Number)"
            )
        elif isinstance(value, str) and any(ch.isdigit() for ch in value):
            hint = "; type it with the digits 0-9 as a number cell"
        raise CellError(f"expected {what}, got {_describe(value)}{hint}")
    if isinstance(value, float) and not value.is_integer():
        raise CellError(f"expected {what}, got the fraction {value!r}")
    return int(value)


def _refuse_formula_trouble(value: Any) -> None:
    if isinstance(value, str) and value.strip() in _ERROR_VALUES:
        raise CellError(
            f"the cell holds the formula error {value.strip()}; fix the formula or type the value"
        )
    if isinstance(value, Uncalculated):
        raise CellError(
            f"the cell holds a formula ({value}) without a calculated value: the workbook was "
            "saved by a program that did not calculate it; open it in Excel, let it calculate "
            "and save it"
        )


def parse_cell(value: Any, column: Column) -> tuple[Any, str | None]:
    """Parse one cell for its column: (value, warning or None). Raises CellError."""
    _refuse_formula_trouble(value)
    kind = column.kind
    if kind == "text":
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        return str(value).strip(), None
    if kind == "code":
        text = str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)
        text = text.strip()
        if not re.match(CODE_PATTERN, text):
            raise CellError(
                f"expected a unit code (letters, digits, '-', '_'), got {_describe(value)}"
            )
        return text, None
    if kind == "count":
        n = _whole_number(value, "a whole number of students (0 or more)")
        if n < 0:
            raise CellError(f"expected a whole number of students (0 or more), got {n}")
        if n > MAX_COUNT:
            raise CellError(f"expected at most {MAX_COUNT:,} students, got {_big(n)}")
        return n, None
    if kind == "year":
        y = _whole_number(value, f"a year ({MIN_YEAR}-{MAX_YEAR})")
        if not MIN_YEAR <= y <= MAX_YEAR:
            raise CellError(f"expected a year ({MIN_YEAR}-{MAX_YEAR}), got {y}")
        return y, None
    if kind == "theme":
        t = _whole_number(value, "a theme number 1-6")
        if not 1 <= t <= 6:
            raise CellError(f"expected a theme number 1-6, got {t}")
        return t, None
    if kind == "money":
        return parse_money(value)
    if kind in ("number", "target", "persons", "decimals", "day_month"):
        return parse_indicator_cell(value, kind), None
    if kind == "money_pm":
        return (PM, None) if is_pm(value) else parse_money(value, pm=True)
    if kind == "date":
        return parse_date(value), None
    if kind == "yes_no":
        return parse_yes_no(value), None
    if kind in ("tier", "source", "unit_kind", "indicator_kind", "decision", "plan_status"):
        allowed, aliases = listed_values(kind)
        text = str(value).strip()
        lookup = {a.casefold(): a for a in allowed} | {k: v for k, v in aliases.items()}
        if text.casefold() not in lookup:
            raise CellError("expected one of " + " / ".join(allowed) + f", got {_describe(value)}")
        return lookup[text.casefold()], None
    if kind in ("published_line", "budget_column", "keur", "percent"):
        return parse_reference_cell(value, kind), None
    raise AssertionError(f"unknown column kind {kind}")


def parse_reference_cell(value: Any, kind: str) -> Any:
    """The kinds of the optional reference workbook: a published line or column, a figure
    in k EUR, a percentage."""
    if kind in ("keur", "percent"):
        what = "a figure in k EUR" if kind == "keur" else "a percentage (0-100)"
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise CellError(f"expected {what} as a number, got {_describe(value)}")
        if value != value or value in (float("inf"), float("-inf")):
            raise CellError(f"expected {what}, got a non-finite number")
        if kind == "percent" and not 0 <= value <= 100:
            raise CellError(f"expected {what}, got {value!r}")
        return float(value)
    allowed, aliases = {
        "published_line": (PUBLISHED_LINES, PUBLISHED_LINE_ALIASES),
        "budget_column": (BUDGET_COLUMNS, BUDGET_COLUMN_ALIASES),
    }[kind]
    text = " ".join(str(value).split())
    lookup = {a.casefold(): a for a in allowed} | aliases
    if text.casefold() not in lookup:
        raise CellError("expected one of " + " / ".join(allowed) + f", got {_describe(value)}")
    return lookup[text.casefold()]


def exact_number(value: Any, what: str = "a number") -> Decimal:
    """A number cell as the exact decimal that was typed (1071.8, not its binary float)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        hint = ""
        if isinstance(value, str) and _DUTCH_NUMBER.match(value.strip()):
            hint = "; this looks like Dutch notation: type it as a number cell, e.g. 1071.8"
        raise CellError(f"expected {what}, got {_describe(value)}{hint}")
    if isinstance(value, float) and (value != value or value in (float("inf"), float("-inf"))):
        raise CellError(f"expected {what}, got a non-finite number")
    if abs(value) > MAX_NUMBER:
        raise CellError(f"expected {what} of at most {MAX_NUMBER:,}, got {_big(value)}")
    if isinstance(value, int) or value.is_integer():
        return Decimal(int(value))
    return Decimal(repr(value))


def parse_indicator_cell(value: Any, kind: str) -> Any:
    """The kinds of indicators.xlsx: a number (exact, as text), a target (a number, or None
    for 'geen'), a number of persons, the decimals shown."""
    if kind == "number":
        return str(exact_number(value))
    if kind == "target":
        if isinstance(value, str) and " ".join(value.split()).casefold() in NO_TARGET:
            return None
        return str(exact_number(value, f"a number, or '{NO_TARGET[0]}' when there is no target"))
    if kind == "day_month":
        return day_month(value)
    if kind == "persons":
        n = _whole_number(value, "a whole number of persons (1 or more)")
        if not 1 <= n <= MAX_COUNT:
            raise CellError(f"expected a whole number of persons (1-{MAX_COUNT:,}), got {_big(n)}")
        return n
    d = _whole_number(value, f"a number of decimals (0-{MAX_DECIMALS})")
    if not 0 <= d <= MAX_DECIMALS:
        raise CellError(f"expected a number of decimals (0-{MAX_DECIMALS}), got {d}")
    return d


_MONTH_NUMBERS = {
    name.casefold(): i for names in MONTHS.values() for i, name in enumerate(names, 1)
}
_MONTH_NUMBERS |= {name[:3]: i for name, i in list(_MONTH_NUMBERS.items())}
_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def day_month(value: Any) -> str:
    """A day of the year as 'MM-DD', from a date cell (its year is not used) or a text such as
    '1 oktober', '1 October' or '1-10'."""
    if isinstance(value, dt.date | dt.datetime):
        return f"{value.month:02d}-{value.day:02d}"
    what = "a day of the year, e.g. 1 oktober or 1-10"
    text = " ".join(str(value).split()).casefold()
    found = re.fullmatch(r"(\d{1,2})(?:\s*[-/.]\s*(\d{1,2})|\s+([a-z]+)\.?)", text)
    if found is None:
        raise CellError(f"expected {what}, got {_describe(value)}")
    day = int(found.group(1))
    month = int(found.group(2)) if found.group(2) else _MONTH_NUMBERS.get(found.group(3) or "", 0)
    if not 1 <= month <= 12 or not 1 <= day <= _DAYS[month - 1]:
        raise CellError(f"expected {what}, got {_describe(value)}")
    return f"{month:02d}-{day:02d}"


def _big(value: float) -> str:
    return f"{value:,.0f}" if abs(value) < 1e18 else f"{value:.3g}"


def is_pm(value: Any) -> bool:
    """True for a cell that says the amount waits for a decision: pm (p.m., pro memorie)."""
    return isinstance(value, str) and " ".join(value.split()).casefold() in PM_SPELLINGS


_DATE_TEXT = (
    re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$"),  # 2022-06-30
    re.compile(r"^(\d{1,2})-(\d{1,2})-(\d{4})$"),  # 30-06-2022 (day first, as in Dutch)
)


def parse_date(value: Any) -> dt.date:
    """A date cell (or a date typed as 2022-06-30 or 30-06-2022); anything else is refused."""
    _refuse_formula_trouble(value)
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    expected = "expected a date such as 2022-06-30"
    if isinstance(value, str):
        text = value.strip()
        for n, pattern in enumerate(_DATE_TEXT):
            match = pattern.match(text)
            if match:
                a, b, c = (int(x) for x in match.groups())
                year, month, day = (a, b, c) if n == 0 else (c, b, a)
                try:
                    date = dt.date(year, month, day)
                except ValueError:
                    raise CellError(f"{expected}, got '{value}': no such day") from None
                break
        else:
            raise CellError(f"{expected}, got {_describe(value)}")
    elif isinstance(value, int | float) and not isinstance(value, bool):
        raise CellError(
            f"{expected}, got the number {_big(value)}; format the cell as a date (Excel shows "
            "a date stored as a plain number)"
        )
    else:
        raise CellError(f"{expected}, got {_describe(value)}")
    if not MIN_YEAR <= date.year <= MAX_YEAR:
        raise CellError(f"{expected}, got {date.isoformat()} (outside {MIN_YEAR}-{MAX_YEAR})")
    return date


_YES = {"ja", "j", "yes", "y", "x", "1", "true", "waar"}
_NO = {"nee", "n", "no", "0", "false", "onwaar"}


def parse_yes_no(value: Any) -> bool:
    """ja / nee (yes / no, x for ja, TRUE / FALSE) as a boolean."""
    if isinstance(value, bool):
        return value
    text = str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)
    key = text.strip().casefold()
    if key in _YES or key in _NO:
        return key in _YES
    raise CellError(f"expected ja or nee, got {_describe(value)}")


def parse_money(value: Any, pm: bool = False) -> tuple[int, str | None]:
    """An amount in EUR as cents; text, dates and booleans are refused with a hint (`pm`:
    the column also takes pm, so the message says so)."""
    _refuse_formula_trouble(value)
    if isinstance(value, bool) or not isinstance(value, int | float):
        hint = ""
        if isinstance(value, str):
            text = value.strip()
            if "€" in text or text.upper().startswith("EUR"):
                hint = "; type the number without the currency sign"
            elif _DUTCH_NUMBER.match(text):
                hint = "; this looks like Dutch notation: type it as a number cell, e.g. 1234.56"
        what = "an amount in EUR as a number" + (
            ", or pm for an amount that waits for a decision" if pm else ""
        )
        raise CellError(f"expected {what}, got {_describe(value)}{hint}")
    if isinstance(value, float) and (value != value or value in (float("inf"), float("-inf"))):
        raise CellError("expected an amount in EUR, got a non-finite number")
    if abs(value) > MAX_AMOUNT_EUR:
        raise CellError(
            f"expected an amount in EUR of at most {MAX_AMOUNT_EUR:,}, got {_big(value)}; "
            "check the number (a missing decimal point?)"
        )
    cents, exact = number_to_cents(value)
    warning = None if exact else f"amount {value!r} has more than two decimals; rounded to cents"
    return cents, warning


def expectation(column: Column) -> str:
    return {
        "text": "a text",
        "code": "a unit code",
        "count": "a whole number of students (0 or more)",
        "year": "a year",
        "theme": "a theme number 1-6",
        "money": "an amount in EUR",
        "money_pm": "an amount in EUR, or pm",
        "date": "a date",
        "yes_no": "ja or nee",
        "decision": "instemming / advies / nog niet",
        "plan_status": "concept / ingediend / vastgesteld",
        "tier": "laag / hoog / top",
        "source": "kwaliteitsafspraken / NPO / overig",
        "unit_kind": "faculteit / interfacultair",
        "published_line": "a line such as 'thema 1' or 'resultaat'",
        "budget_column": "B or R",
        "keur": "a figure in k EUR",
        "percent": "a percentage",
        "indicator_kind": "waarde / percentage / verhouding / schaal",
        "number": "a number",
        "target": f"a number, or '{NO_TARGET[0]}' when there is no target",
        "persons": "a whole number of persons (1 or more)",
        "decimals": f"a number of decimals (0-{MAX_DECIMALS})",
        "day_month": "a day of the year, e.g. 1 oktober",
    }[column.kind]
