"""A corpus of broken input folders, built from the bundled example: no binary blobs committed.

Each builder takes a fresh copy of the example inputs (written by `qa-budget init --example`)
and breaks it in one way, with openpyxl, zipfile or a few bytes written by hand. `CASES` lists
them with the located message lines a user must see. `python -m tests.corpus DIR` writes the
whole corpus into DIR for a look in Excel.

build.py has the tools; files.py the files refused before reading (not a workbook, bombs, XML
attacks); sheets.py sheet layout and cell values; people.py person-level data; indicators.py
indicators.xlsx (checked by `qa-budget progress`, which needs it; a run goes on without it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Case:
    """One class of broken input: how to build it and what a user must be told."""

    name: str
    build: Callable[[Path], None]
    expected: tuple[str, ...]  # located lines (or their start) on stderr
    absent: tuple[str, ...] = ()  # text that must not be shown (e.g. personal values)
    ok: bool = False  # a warning-only class: the run succeeds
    command: tuple[str, ...] = ("run",)  # the command (and its options before --inputs)


CASES: dict[str, Case] = {}


def case(
    *expected: str,
    absent: tuple[str, ...] = (),
    ok: bool = False,
    command: tuple[str, ...] = ("run",),
) -> Callable[..., Any]:
    """Register a builder as a corpus case named after the function."""

    def register(build: Callable[[Path], None]) -> Callable[[Path], None]:
        assert build.__name__ not in CASES, build.__name__
        CASES[build.__name__] = Case(build.__name__, build, expected, absent, ok, command)
        return build

    return register


def build_all(folder: Path) -> None:
    """Write every case as its own input folder under `folder` (for a look in Excel)."""
    from tests.conftest import cli

    for name, c in CASES.items():
        inputs = folder / name
        assert cli("init", "--example", inputs).code == 0
        c.build(inputs)


from tests.corpus import (  # noqa: E402  (registers the cases)
    files,
    hostile,
    indicators,
    people,
    sheets,
)

__all__ = [
    "CASES",
    "Case",
    "build_all",
    "case",
    "files",
    "hostile",
    "indicators",
    "people",
    "sheets",
]
