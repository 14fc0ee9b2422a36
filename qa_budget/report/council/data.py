"""What the council pack is written from: the computed scenarios (baseline first) and the years
they share, with lookups by scenario, unit and year."""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from qa_budget.report.common.sheet import Ref, Registry, Sheet
from qa_budget.result import Result
from qa_budget.texts import label


@dataclass
class Pack:
    """The scenarios of one comparison, in order; index 0 is the baseline."""

    runs: list[Result]
    years: list[int]
    lang: str
    reg: Registry = field(default_factory=Registry)
    rows: list[dict[tuple[str, int], dict[str, Any]]] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)
    position: dict[str, int] = field(default_factory=dict)
    unit_names: dict[str, str] = field(default_factory=dict)
    totals: dict[tuple[int, str], int] = field(default_factory=dict)  # allocations, all years

    def __post_init__(self) -> None:
        # Unit codes in the fixed order of the inputs, worked out once (sort keys ask often).
        self.codes = [str(c) for c in self.runs[0].inputs.units["code"].to_list()]
        self.position = {code: i for i, code in enumerate(self.codes)}
        units = self.runs[0].inputs.units  # unit names in the pack's language
        self.unit_names = dict(
            zip(units["code"].to_list(), units[f"name_{self.lang}"].to_list(), strict=True)
        )
        for run in self.runs:
            units = run.allocation.units
            self.rows.append(
                {(str(r["unit"]), int(r["year"])): r for r in units.iter_rows(named=True)}
            )

    def t(self, key: str) -> str:
        """A text from the catalogue in the pack's language."""
        return label(key, self.lang)

    @property
    def names(self) -> list[str]:
        """Scenario names, baseline first."""
        return [r.scenario.name for r in self.runs]

    @property
    def titles(self) -> list[str]:
        """Scenario titles (the name where a scenario has none), baseline first: what the
        headings and legends show."""
        return [r.scenario.display_title for r in self.runs]

    def limit_years(self, i: int) -> list[int]:
        """The compared years in which scenario i has an allocation without floors and caps
        to measure them against (none for a key without floors and caps)."""
        if "unconstrained" not in self.runs[i].allocation.units.columns:
            return []
        return [
            y
            for y in self.years
            if all(self.rows[i][(c, y)]["unconstrained"] is not None for c in self.codes)
        ]

    @property
    def alternatives(self) -> range:
        """Indexes of the scenarios compared with the baseline."""
        return range(1, len(self.runs))

    def allocation(self, i: int, unit: str, year: int | None) -> int:
        """Allocation in cents of scenario i (one year, or all compared years when None)."""
        if year is not None:
            return int(self.rows[i][(unit, year)]["allocation"])
        total = self.totals.get((i, unit))
        if total is None:
            total = sum(int(self.rows[i][(unit, y)]["allocation"]) for y in self.years)
            self.totals[(i, unit)] = total
        return total

    def value(self, i: int, unit: str, year: int, column: str) -> int:
        """Any column of scenario i's allocation row (students, adjustment, ...)."""
        return int(self.rows[i][(unit, year)][column] or 0)

    def hashes(self) -> dict[str, str]:
        """The input files of every scenario (the same files when they share the inputs)."""
        out: dict[str, str] = {}
        for run in self.runs:
            out |= {f"{name}": h for name, h in run.hashes.items()}
        return dict(sorted(out.items()))


def ratio(a: int, b: int) -> float | str:
    """a / b as a float, or an empty text when b is 0 (as the sheet's IF shows it)."""
    return float(Fraction(a, b)) if b else ""


def ref(reg: Registry, key: Hashable) -> Ref:
    """A registered cell."""
    return reg[key]


def span(s: Sheet, r1: int, c1: int, r2: int, c2: int) -> str:
    """A sheet-qualified range, e.g. 'Per eenheid'!$C$5:$C$12."""
    return f"{s.address(r1, c1)}:{s.address(r2, c2).split('!')[1]}"
