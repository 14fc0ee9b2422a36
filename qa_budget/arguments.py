"""The library's arguments checked where they come in: a wrong type or value is a TypeError or
ValueError that says what to give, not an error from deep inside a computation."""

from __future__ import annotations

from typing import Any

LANGUAGES = ("nl", "en")


def check_language(lang: Any) -> str:
    """The language of a workbook or text: 'nl' or 'en'."""
    if lang not in LANGUAGES:
        raise ValueError(f"lang must be 'nl' or 'en', not {lang!r}")
    return str(lang)


def check_year(value: Any, name: str = "year") -> int:
    """A year, as a whole number (2024), not a text ('2024') or a truth value."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(
            f"{name} must be a whole number such as 2024, not {value!r} ({type(value).__name__})"
        )
    return value


def check_instance(value: Any, kind: type, name: str, how: str) -> None:
    """`value` is a `kind`; else a TypeError that says how to make one."""
    if not isinstance(value, kind):
        raise TypeError(
            f"{name} must be of type {kind.__name__}, not {type(value).__name__}: {how}"
        )
