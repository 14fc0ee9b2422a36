"""The project's exceptions; every input error carries where it was found."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Location:
    """Where something was found: a file, optionally a sheet and a cell (or a key path)."""

    file: str
    sheet: str | None = None
    cell: str | None = None

    def __str__(self) -> str:
        parts = [self.file]
        if self.sheet is not None:
            parts.append(f"Sheet '{self.sheet}'")
        if self.cell is not None:
            parts.append(self.cell)
        return " › ".join(parts)


@dataclass(frozen=True)
class Problem:
    """One finding about the inputs: an error blocks a run, a warning does not."""

    location: Location
    message: str
    severity: str = "error"  # "error" or "warning"
    kind: str = ""  # what rule found it, for warnings that can come by the thousand

    def __str__(self) -> str:
        return f"{self.location} | {self.message}"


class QaBudgetError(Exception):
    """Base class: a problem the user can fix; the CLI turns it into a message and exit code."""

    exit_code = 1


class InputErrors(QaBudgetError):
    """One or more problems in the input workbooks, all reported together."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = [p for p in problems if p.severity == "error"]
        self.warnings = [p for p in problems if p.severity != "error"]
        n = len(self.problems)
        super().__init__(f"{n} input error{'s' if n != 1 else ''} found")


class RuleErrors(QaBudgetError):
    """Policy rules of the scenario set to "error" that the run breaks, all reported together."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = [p for p in problems if p.severity == "error"]
        self.warnings = [p for p in problems if p.severity != "error"]
        n = len(self.problems)
        super().__init__(f"{n} policy rule breach{'es' if n != 1 else ''} found")


class ScenarioError(QaBudgetError):
    """A scenario file that cannot be read or does not follow the scenario format."""

    def __init__(self, path: Path | str, messages: list[str]) -> None:
        self.path = str(path)
        self.messages = messages
        super().__init__(f"{path}: " + "; ".join(messages))


class OutputError(QaBudgetError):
    """An output that cannot be written, or would overwrite something without permission."""


class InfeasibleError(QaBudgetError):
    """A scenario whose policy constraints cannot all hold (exit code 3)."""

    exit_code = 3


class SolveError(QaBudgetError):
    """A year the allocation method cannot solve, explained (never an internal error)."""
