"""The project's exceptions; every input error carries where it was found, in words of the
catalogue (`texts/messages*.py`) so that it can be shown in Dutch or English."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Msg:
    """A message as a catalogue key and its parameters, rendered in a language when shown.

    A parameter is shown as is (a text, a year, a row number), in the language when it is a
    `Msg`, `Joined` or `Number`, and as written in the language when it is a Decimal."""

    key: str
    params: tuple[tuple[str, Any], ...] = ()

    def text(self, lang: str = "en") -> str:
        """The message in the language asked (nl or en)."""
        from qa_budget.texts import label

        values = {name: shown(value, lang) for name, value in self.params}
        return label(self.key, lang).format(**values)

    def __str__(self) -> str:
        return self.text("en")


def msg(key: str, /, **params: Any) -> Msg:
    """A message of the catalogue with its parameters."""
    return Msg(key, tuple(params.items()))


@dataclass(frozen=True)
class Joined:
    """A list shown in the language: 'a', 'b' and 'c' (or: 'a', 'b' or 'c')."""

    items: tuple[Any, ...]
    word: str = "and"  # "and" or "or"

    def text(self, lang: str) -> str:
        from qa_budget.texts import label

        items = [shown(i, lang) for i in self.items]
        if len(items) < 2:
            return "".join(items)
        last = label(f"msg_word_{self.word}", lang)
        return f"{', '.join(items[:-1])} {last} {items[-1]}"


@dataclass(frozen=True)
class Number:
    """A number written with the language's digit grouping: 1.000.000 (nl), 1,000,000 (en)."""

    value: int | float | Decimal
    places: int | None = None  # a fixed number of decimals (540,0 MB), else as exact as given

    def text(self, lang: str) -> str:
        from qa_budget.texts import format_number

        value = self.value
        if self.places is not None:
            fixed = f"{Decimal(value):,.{self.places}f}"
            return (
                fixed.replace(",", " ").replace(".", ",").replace(" ", ".")
                if lang == "nl"
                else fixed
            )
        if isinstance(value, float):
            if abs(value) >= 1e18:
                return f"{value:.3g}"
            value = Decimal(round(value)) if value.is_integer() else Decimal(repr(value))
        return format_number(value, lang)


@dataclass(frozen=True)
class Money:
    """An amount in cents written in the language: EUR 1.234.500 (nl), EUR 1,234,500 (en)."""

    cents: int

    def text(self, lang: str) -> str:
        from qa_budget.texts import format_money

        return format_money(self.cents, lang, decimals=True)


@dataclass(frozen=True)
class Day:
    """A date written in the language: 9 juli 2021 (nl), 9 July 2021 (en)."""

    day: dt.date

    def text(self, lang: str) -> str:
        from qa_budget.texts import format_date

        return format_date(self.day, lang)


@dataclass(frozen=True)
class Worded:
    """A text that a function words in the language asked (e.g. a key's own sentence)."""

    words: Callable[[str], str]

    def text(self, lang: str) -> str:
        return self.words(lang)


def shown(value: Any, lang: str) -> str:
    """A message parameter as text in the language."""
    if isinstance(value, Msg | Joined | Number | Money | Day | Worded):
        return value.text(lang)
    if callable(getattr(value, "text", None)):  # a finding that speaks both languages itself
        return str(value.text(lang))
    if isinstance(value, Decimal):
        from qa_budget.texts import format_number

        return format_number(value, lang)
    return str(value)


Text = Msg | str  # a str is shown as is, in every language (a name, a quoted detail)


def render(text: Text, lang: str) -> str:
    """A message or a plain text, in the language."""
    return text.text(lang) if isinstance(text, Msg) else text


@dataclass(frozen=True)
class Location:
    """Where something was found: a file, optionally a sheet and a cell (or a key path)."""

    file: str
    sheet: str | None = None
    cell: Text | None = None  # a cell reference, or words such as msg("loc_row", n=1)

    def text(self, lang: str = "en") -> str:
        """'plans/FGW.xlsx › Blad 'Maatregelen' › D7' in the language."""
        parts = [self.file]
        if self.sheet is not None:
            parts.append(msg("loc_sheet", sheet=self.sheet).text(lang))
        if self.cell is not None:
            parts.append(render(self.cell, lang))
        return " › ".join(parts)

    def __str__(self) -> str:
        return self.text("en")


@dataclass(frozen=True)
class Problem:
    """One finding about the inputs: an error blocks a run, a warning does not."""

    location: Location
    what: Text  # what is wrong and how to fix it
    severity: str = "error"  # "error" or "warning"
    kind: str = ""  # what rule found it, for warnings that can come by the thousand

    @property
    def message(self) -> str:
        """What is wrong, in English."""
        return render(self.what, "en")

    def text(self, lang: str = "en") -> str:
        """'file › sheet › cell | what is wrong' in the language."""
        return f"{self.location.text(lang)} | {render(self.what, lang)}"

    def __str__(self) -> str:
        return self.text("en")


class QaBudgetError(Exception):
    """Base class: a problem the user can fix; the CLI turns it into a message and exit code."""

    exit_code = 1

    def text(self, lang: str = "en") -> str:
        """The message in the language (an error raised with a plain text shows it as is)."""
        return render(self.args[0], lang) if self.args else ""

    def __str__(self) -> str:
        return self.text("en")


def _plural(n: int, one: str, many: str, **params: Any) -> Msg:
    return msg(one if n == 1 else many, n=n, **params)


class _Problems(QaBudgetError):
    """Problems reported together: `text` is the headline ('3 input errors found'), `str()`
    the headline with every problem on a line of its own (what a library user prints)."""

    problems: list[Problem]

    def __str__(self) -> str:
        return "\n".join([self.text("en"), *(f"  {p.text('en')}" for p in self.problems)])


class InputErrors(_Problems):
    """One or more problems in the input workbooks, all reported together."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = [p for p in problems if p.severity == "error"]
        self.warnings = [p for p in problems if p.severity != "error"]
        n = len(self.problems)
        super().__init__(_plural(n, "msg_input_error", "msg_input_errors"))


class RuleErrors(_Problems):
    """Policy rules of the scenario set to "error" that the run breaks, all reported together."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = [p for p in problems if p.severity == "error"]
        self.warnings = [p for p in problems if p.severity != "error"]
        n = len(self.problems)
        super().__init__(_plural(n, "msg_rule_breach", "msg_rule_breaches"))


class ScenarioError(QaBudgetError):
    """A scenario file that cannot be read or does not follow the scenario format."""

    def __init__(self, path: Path | str, messages: Sequence[Text]) -> None:
        self.path = str(path)
        self.messages = list(messages)
        super().__init__(self.path, messages)

    def lines(self, lang: str = "en") -> list[str]:
        """Each message in the language."""
        return [render(m, lang) for m in self.messages]

    def text(self, lang: str = "en") -> str:
        return f"{self.path}: " + "; ".join(self.lines(lang))


class OutputError(QaBudgetError):
    """An output that cannot be written, or would overwrite something without permission."""


class InfeasibleError(QaBudgetError):
    """A scenario whose policy constraints cannot all hold (exit code 3); raised with the
    explanation, which speaks both languages itself."""

    exit_code = 3

    def text(self, lang: str = "en") -> str:
        return shown(self.args[0], lang) if self.args else ""


class SolveError(QaBudgetError):
    """A year the allocation method cannot solve, explained (never an internal error)."""
