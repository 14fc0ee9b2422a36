"""The indicators as data: definitions, exact figures (parts kept, small groups suppressed),
reflections and the units responsible for the common initiatives (types only)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from fractions import Fraction

from qa_budget.errors import Problem

STATUSES = ("value", "computed", "given", "suppressed")
"""How a figure came about: a value as measured (waarde, percentage, schaal); computed by the
engine from its numerator and denominator; a ratio given as a value because its parts are not
known; suppressed because it is based on fewer persons than the minimum group size."""


@dataclass(frozen=True)
class Bilingual:
    """A text given in Dutch and, optionally, in English."""

    nl: str
    en: str | None = None

    def get(self, lang: str) -> str:
        """The text in `lang`; the Dutch text when no English one is given."""
        return self.en if lang == "en" and self.en else self.nl

    def missing(self, lang: str) -> bool:
        """True when the text is not given in `lang` (the Dutch text stands in)."""
        return lang == "en" and not self.en


@dataclass(frozen=True)
class Definition:
    """One indicator: what it measures, under which theme, how it is computed, its target."""

    code: str
    name: Bilingual
    theme: int
    kind: str  # waarde | percentage | verhouding | schaal
    measure: Bilingual
    numerator: Bilingual | None
    denominator: Bilingual | None
    minimum: Fraction | None
    maximum: Fraction | None
    decimals: int
    reference_date: str | None  # 'MM-DD'
    source: Bilingual
    target: Fraction | None  # None: no target set ("geen")
    initiative: str | None  # a common initiative's indicator (university-wide values)


@dataclass(frozen=True)
class Figure:
    """One indicator's figure for a year and a unit (None: the university as a whole).

    `value` is exact; for a ratio or percentage computed from its parts it is numerator /
    denominator (× 100), for a scale the mean (with `sd`). A suppressed figure carries no
    number at all, so no output can show one."""

    code: str
    year: int
    unit: str | None
    status: str
    value: Fraction | None = None
    numerator: Fraction | None = None
    denominator: Fraction | None = None
    sd: Fraction | None = None
    n: int | None = None

    @property
    def suppressed(self) -> bool:
        """True when the figure is based on fewer persons than the minimum group size."""
        return self.status == "suppressed"


@dataclass(frozen=True)
class Reflection:
    """A reflection text of a year: on a theme (None: the year as a whole), of the university,
    a unit or a common initiative."""

    year: int
    theme: int | None
    unit: str | None
    initiative: str | None
    text: Bilingual


Key = tuple[str, str | None, int]  # (code, unit, year)


@dataclass(frozen=True)
class Indicators:
    """Everything indicators.xlsx holds, computed: the figures are what every output shows."""

    definitions: tuple[Definition, ...]  # by theme, then in the order of the sheet
    figures: dict[Key, Figure]
    reflections: tuple[Reflection, ...]
    responsible: dict[str, Bilingual]  # initiative -> its responsible unit
    min_group_size: int
    file: str
    warnings: tuple[Problem, ...] = field(default_factory=tuple)

    def definition(self, code: str) -> Definition:
        """The definition of an indicator code."""
        return next(d for d in self.definitions if d.code == code)

    def figure(self, code: str, unit: str | None, year: int) -> Figure | None:
        """The figure of an indicator for a unit (None: university) and year, or None."""
        return self.figures.get((code, unit, year))

    def years(self, codes: Iterable[str] | None = None, until: int | None = None) -> list[int]:
        """The years with any figure (of these indicators), up to `until`, ascending."""
        wanted = None if codes is None else set(codes)
        return sorted(
            {
                y
                for (code, _, y) in self.figures
                if (wanted is None or code in wanted) and (until is None or y <= until)
            }
        )

    def units(self, code: str) -> list[str | None]:
        """The scopes an indicator has figures for: None (the university) first, then units."""
        found = {u for (c, u, _) in self.figures if c == code}
        return ([None] if None in found else []) + sorted(u for u in found if u is not None)

    def of_theme(self, theme: int) -> list[Definition]:
        """The theme's indicators (those of common initiatives excepted)."""
        return [d for d in self.definitions if d.theme == theme and d.initiative is None]

    def of_initiative(self, initiative: str) -> list[Definition]:
        """A common initiative's own indicators."""
        return [d for d in self.definitions if d.initiative == initiative]

    def of_unit(self, unit: str) -> list[Definition]:
        """The indicators with figures for a unit."""
        return [d for d in self.definitions if unit in self.units(d.code)]

    def reflection(
        self,
        year: int,
        theme: int | None,
        unit: str | None = None,
        initiative: str | None = None,
    ) -> Reflection | None:
        """The reflection of a year on a theme (None: the year as a whole), of the university,
        a unit or an initiative; None when there is none."""
        return next(
            (
                r
                for r in self.reflections
                if (r.year, r.theme, r.unit, r.initiative) == (year, theme, unit, initiative)
            ),
            None,
        )
