"""Parsing one cell for its column: what each kind of column accepts, and what it refuses."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Any

from qa_budget.errors import Msg, Number, Worded, msg
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


def _describe(value: Any) -> Any:
    if isinstance(value, str):
        return f"'{value}'"
    if isinstance(value, bool):
        return msg("msg_found_true" if value else "msg_found_false")
    if isinstance(value, dt.date | dt.datetime | dt.time | dt.timedelta):
        return msg("msg_found_date", value=value)
    if isinstance(value, int | float):
        return Number(value) if value == value and abs(value) != float("inf") else repr(value)
    return repr(value)


def _typed(number: str) -> Worded:
    """A number as one types it in a spreadsheet of the language: 1234,56 (nl), 1234.56 (en)."""
    return Worded(lambda lang: number.replace(".", ",") if lang == "nl" else number)


class CellError(ValueError):
    """A cell value that does not fit its column; the message (a `Msg`) says what was expected."""

    def __init__(self, message: Msg) -> None:
        super().__init__(message)
        self.message = message


def _expected(what: Any, found: Any, hint: Msg | None = None) -> CellError:
    """'expected <what>, got <found>' (with a hint how to fix it)."""
    return CellError(msg("msg_cell_expected", what=what, found=found, hint=hint or ""))


_ASCII_WHOLE = re.compile(r"^-?[0-9]+$")
_PLAIN_NUMBER = re.compile(r"^-?[0-9]+(\.[0-9]+)?$")  # a number as the cell would hold it


def _whole_number(value: Any, what: Msg) -> int:
    if isinstance(value, bool) or not isinstance(value, int | float):
        hint = None
        if isinstance(value, str) and _ASCII_WHOLE.match(value.strip()):
            hint = msg("msg_hint_number_as_text")
        elif isinstance(value, str) and any(ch.isdigit() for ch in value):
            hint = msg("msg_hint_digits")
        raise _expected(what, _describe(value), hint)
    if isinstance(value, float) and not value.is_integer():
        raise _expected(what, msg("msg_found_fraction", value=Number(value)))
    return int(value)


def _refuse_formula_trouble(value: Any) -> None:
    if isinstance(value, str) and value.strip() in _ERROR_VALUES:
        raise CellError(msg("msg_cell_formula_error", error=value.strip()))
    if isinstance(value, Uncalculated):
        raise CellError(msg("msg_cell_uncalculated", formula=value))


def parse_cell(value: Any, column: Column) -> tuple[Any, Msg | None]:
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
            raise _expected(msg("msg_what_code_chars"), _describe(value))
        return text, None
    if kind == "count":
        n = _whole_number(value, msg("msg_what_count"))
        if n < 0:
            raise _expected(msg("msg_what_count"), n)
        if n > MAX_COUNT:
            raise _expected(msg("msg_what_count_most", most=Number(MAX_COUNT)), _big(n))
        return n, None
    if kind == "year":
        what = msg("msg_what_year_range", low=MIN_YEAR, high=MAX_YEAR)
        y = _whole_number(value, what)
        if not MIN_YEAR <= y <= MAX_YEAR:
            raise _expected(what, y)
        return y, None
    if kind == "theme":
        t = _whole_number(value, msg("msg_what_theme"))
        if not 1 <= t <= 6:
            raise _expected(msg("msg_what_theme"), t)
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
            raise _expected(_one_of(allowed), _describe(value))
        return lookup[text.casefold()], None
    if kind in ("published_line", "budget_column", "keur", "percent"):
        return parse_reference_cell(value, kind), None
    raise AssertionError(f"unknown column kind {kind}")


def parse_reference_cell(value: Any, kind: str) -> Any:
    """The kinds of the optional reference workbook: a published line or column, a figure
    in k EUR, a percentage."""
    if kind in ("keur", "percent"):
        what = msg("msg_what_keur" if kind == "keur" else "msg_what_percent_range")
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise _expected(msg("msg_what_as_number", what=what), _describe(value))
        if value != value or value in (float("inf"), float("-inf")):
            raise _expected(what, msg("msg_found_non_finite"))
        if kind == "percent" and not 0 <= value <= 100:
            raise _expected(what, _describe(value))
        return float(value)
    allowed, aliases = {
        "published_line": (PUBLISHED_LINES, PUBLISHED_LINE_ALIASES),
        "budget_column": (BUDGET_COLUMNS, BUDGET_COLUMN_ALIASES),
    }[kind]
    text = " ".join(str(value).split())
    lookup = {a.casefold(): a for a in allowed} | aliases
    if text.casefold() not in lookup:
        raise _expected(_one_of(allowed), _describe(value))
    return lookup[text.casefold()]


def _one_of(allowed: tuple[str, ...] | list[str]) -> Msg:
    return msg("msg_what_one_of", values=" / ".join(allowed))


def exact_number(value: Any, what: Msg | None = None) -> Decimal:
    """A number cell as the exact decimal that was typed (1071.8, not its binary float)."""
    what = what or msg("msg_what_number")
    if isinstance(value, bool) or not isinstance(value, int | float):
        hint = None
        if isinstance(value, str) and _DUTCH_NUMBER.match(value.strip()):
            hint = msg("msg_hint_dutch_notation", example=_typed("1071.8"))
        raise _expected(what, _describe(value), hint)
    if isinstance(value, float) and (value != value or value in (float("inf"), float("-inf"))):
        raise _expected(what, msg("msg_found_non_finite"))
    if abs(value) > MAX_NUMBER:
        raise _expected(msg("msg_what_at_most", what=what, most=Number(MAX_NUMBER)), _big(value))
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
        return str(exact_number(value, msg("msg_what_target", none=NO_TARGET[0])))
    if kind == "day_month":
        return day_month(value)
    if kind == "persons":
        n = _whole_number(value, msg("msg_what_persons"))
        if not 1 <= n <= MAX_COUNT:
            raise _expected(msg("msg_what_persons_range", most=Number(MAX_COUNT)), _big(n))
        return n
    what = msg("msg_what_decimals", most=MAX_DECIMALS)
    d = _whole_number(value, what)
    if not 0 <= d <= MAX_DECIMALS:
        raise _expected(what, d)
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
    what = msg("msg_what_day_month")
    text = " ".join(str(value).split()).casefold()
    found = re.fullmatch(r"(\d{1,2})(?:\s*[-/.]\s*(\d{1,2})|\s+([a-z]+)\.?)", text)
    if found is None:
        raise _expected(what, _describe(value))
    day = int(found.group(1))
    month = int(found.group(2)) if found.group(2) else _MONTH_NUMBERS.get(found.group(3) or "", 0)
    if not 1 <= month <= 12 or not 1 <= day <= _DAYS[month - 1]:
        raise _expected(what, _describe(value))
    return f"{month:02d}-{day:02d}"


def _big(value: float) -> Number:
    return Number(round(value) if abs(value) < 1e18 else value)


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
    what = msg("msg_what_date")
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
                    raise _expected(what, msg("msg_found_no_such_day", value=value)) from None
                break
        else:
            raise _expected(what, _describe(value))
    elif isinstance(value, int | float) and not isinstance(value, bool):
        found = msg("msg_found_number", value=_big(value))
        raise _expected(what, found, msg("msg_hint_date_format"))
    else:
        raise _expected(what, _describe(value))
    if not MIN_YEAR <= date.year <= MAX_YEAR:
        found = msg("msg_found_date_outside", date=date.isoformat(), low=MIN_YEAR, high=MAX_YEAR)
        raise _expected(what, found)
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
    raise _expected(msg("msg_what_yes_no"), _describe(value))


def parse_money(value: Any, pm: bool = False) -> tuple[int, Msg | None]:
    """An amount in EUR as cents; text, dates and booleans are refused with a hint (`pm`:
    the column also takes pm, so the message says so)."""
    _refuse_formula_trouble(value)
    if isinstance(value, bool) or not isinstance(value, int | float):
        hint = None
        if isinstance(value, str):
            text = value.strip()
            if "€" in text or text.upper().startswith("EUR"):
                hint = msg("msg_hint_currency")
            elif _DUTCH_NUMBER.match(text):
                hint = msg("msg_hint_dutch_notation", example=_typed("1234.56"))
            elif _PLAIN_NUMBER.match(text):
                hint = msg("msg_hint_number_as_text")
        what = msg("msg_what_amount_pm" if pm else "msg_what_amount_number")
        raise _expected(what, _describe(value), hint)
    if isinstance(value, float) and (value != value or value in (float("inf"), float("-inf"))):
        raise _expected(msg("msg_what_amount"), msg("msg_found_non_finite"))
    if abs(value) > MAX_AMOUNT_EUR:
        what = msg("msg_what_amount_most", most=Number(MAX_AMOUNT_EUR))
        raise _expected(what, _big(value), msg("msg_hint_decimal_point"))
    cents, exact = number_to_cents(value)
    warning = None if exact else msg("msg_cell_rounded", value=Number(value))
    return cents, warning


def expectation(column: Column) -> Msg:
    """What an empty required cell of the column should hold, in words of the catalogue."""
    listed = {
        "decision": "instemming / advies / nog niet",
        "plan_status": "concept / ingediend / vastgesteld",
        "tier": "laag / hoog / top",
        "source": "kwaliteitsafspraken / NPO / overig",
        "unit_kind": "faculteit / interfacultair",
        "indicator_kind": "waarde / percentage / verhouding / schaal",
        "budget_column": "B / R",
        "yes_no": "ja / nee",
    }
    if column.kind in listed:
        return msg("msg_what_one_of", values=listed[column.kind])
    if column.kind == "target":
        return msg("msg_what_target", none=NO_TARGET[0])
    if column.kind == "decimals":
        return msg("msg_what_decimals", most=MAX_DECIMALS)
    return msg(f"msg_what_{column.kind}")
