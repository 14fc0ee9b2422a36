"""The progress report (voortgangsrapportage) of a year as data, pure: the budget and realised
spending per theme (from the monitoring), the indicators with their trend, the reflections,
the common initiatives per responsible unit, and the same per unit.

Money as in the published annex: the university's B and R columns in whole k EUR (rounded
with the largest-remainder method, as monitoring.xlsx shows them); a unit's lines in whole
euros that add up to the unit's rounded total.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import polars as pl

from qa_budget.errors import Location, Problem, msg
from qa_budget.indicators.model import Bilingual, Indicators, Reflection
from qa_budget.inputs.contracts import CENTRAL_UNIT
from qa_budget.money import round_half_up, split_cents
from qa_budget.monitoring.model import Monitoring
from qa_budget.result import Outcome
from qa_budget.texts import THEME_NUMBERS


@dataclass(frozen=True)
class Money:
    """One line of a money table: exact cents and the whole figure shown (k EUR for the
    university, EUR for a unit). `realised` None: no (final) report."""

    theme: int | None  # None: the total
    budget: int
    realised: int | None
    budget_shown: int
    realised_shown: int | None
    moment: str | None = None


@dataclass(frozen=True)
class UnitSection:
    """One unit (or the central initiatives): money per theme, indicators, reflections."""

    code: str
    name: Bilingual
    money: tuple[Money, ...]  # per theme, then the total
    status: str  # its report status: reported / late / missing / none_due
    indicators: tuple[str, ...]  # codes with figures for this unit
    reflections: tuple[Reflection, ...]


@dataclass(frozen=True)
class Line:
    """A budget line of a common initiative in the year."""

    line: str
    amount: int  # cents
    source: str
    charged: bool


@dataclass(frozen=True)
class InitiativeSection:
    """A common initiative of the year: its responsible unit, budget, indicators, report."""

    name: str
    theme: int
    responsible: Bilingual | None
    lines: tuple[Line, ...]
    indicators: tuple[str, ...]
    reflections: tuple[Reflection, ...]

    @property
    def charged(self) -> int:
        """The budget charged to the funds, in cents."""
        return sum(x.amount for x in self.lines if x.charged)


@dataclass(frozen=True)
class Progress:
    """Everything the progress report of a year shows."""

    year: int
    scenario: str
    moment: str | None  # the latest reporting moment of the year
    final: bool  # the final (definitief) figures of the year are in
    themes: tuple[Money, ...]  # per theme, then the total (university, k EUR)
    missing: tuple[str, ...]  # units with a budget but no final report
    units: tuple[UnitSection, ...]  # the units, then CENTRAAL
    initiatives: tuple[InitiativeSection, ...]  # by responsible unit, then name
    indicators: Indicators
    trend_years: tuple[int, ...]  # the first year with a figure up to the report's year
    reflections: tuple[Reflection, ...]  # the university's of the year
    gaps: tuple[Problem, ...] = field(default_factory=tuple)

    @property
    def central(self) -> UnitSection | None:
        """The central initiatives' money (reported under CENTRAAL), if any."""
        return next((u for u in self.units if u.code == CENTRAL_UNIT), None)


def _university(m: Monitoring, year: int) -> tuple[tuple[Money, ...], tuple[str, ...], bool]:
    columns = {c.label: c for c in m.columns}
    budget, realised = columns[f"B{year}"], columns.get(f"R{year}")
    shown_b = m.shown[budget.label]
    shown_r = m.shown[realised.label] if realised is not None else None
    lines = [
        Money(
            theme=t,
            budget=budget.themes[t],
            realised=realised.themes[t] if realised else None,
            budget_shown=shown_b.themes[t],
            realised_shown=shown_r.themes[t] if shown_r else None,
        )
        for t in THEME_NUMBERS
    ]
    total = Money(
        None,
        budget.spending,
        realised.spending if realised else None,
        shown_b.spending,
        shown_r.spending if shown_r else None,
    )
    missing = realised.missing if realised else ()
    return (*lines, total), tuple(missing), realised is not None


def _whole_euros(amounts: list[int]) -> list[int]:
    """Cents as whole euros that add up to the rounded total."""
    return split_cents(amounts, 100, round_half_up(sum(amounts), 100)) if amounts else []


def _unit_money(lines: pl.DataFrame) -> tuple[Money, ...]:
    rows = list(lines.sort("theme").iter_rows(named=True))
    budget = [int(r["budget"]) for r in rows]
    reported = all(r["realised"] is not None for r in rows)
    realised = [int(r["realised"] or 0) for r in rows]
    b_shown, r_shown = _whole_euros(budget), _whole_euros(realised)
    out = [
        Money(
            theme=int(r["theme"]),
            budget=b,
            realised=int(r["realised"]) if r["realised"] is not None else None,
            budget_shown=bs,
            realised_shown=rs if r["realised"] is not None else None,
            moment=r["moment"],
        )
        for r, b, bs, rs in zip(rows, budget, b_shown, r_shown, strict=True)
    ]
    out.append(
        Money(
            None,
            sum(budget),
            sum(realised) if reported else None,
            sum(b_shown),
            sum(r_shown) if reported else None,
            rows[0]["moment"] if rows else None,
        )
    )
    return tuple(out)


def _units(outcome: Outcome, m: Monitoring, ind: Indicators, year: int) -> list[UnitSection]:
    units = outcome.inputs.units
    names = {r["code"]: Bilingual(r["name_nl"], r["name_en"]) for r in units.iter_rows(named=True)}
    names[CENTRAL_UNIT] = Bilingual("Centrale initiatieven", "Central initiatives")
    status = dict(m.statuses.select("unit", "status").iter_rows())
    out = []
    for code in [*units["code"].to_list(), CENTRAL_UNIT]:
        lines = m.unit_table(code)
        if not lines.height and code == CENTRAL_UNIT:
            continue
        mine = [r for r in ind.reflections if r.year == year and r.unit == code]
        out.append(
            UnitSection(
                code=code,
                name=names[code],
                money=_unit_money(lines),
                status=str(status.get(code, "none_due")),
                indicators=tuple(d.code for d in ind.of_unit(code)),
                reflections=tuple(sorted(mine, key=lambda r: r.theme or 0)),
            )
        )
    return out


def _initiatives(central: pl.DataFrame, ind: Indicators, year: int) -> list[InitiativeSection]:
    rows = central.filter(pl.col("year") == year).sort("row")
    names = list(dict.fromkeys(rows["initiative"].to_list()))
    names += sorted(
        {r.initiative for r in ind.reflections if r.year == year and r.initiative} - set(names)
    )
    out = []
    for name in names:
        mine = rows.filter(pl.col("initiative") == name)
        themes = mine["theme"].to_list() or [d.theme for d in ind.of_initiative(name)] or [0]
        out.append(
            InitiativeSection(
                name=name,
                theme=int(themes[0]),
                responsible=ind.responsible.get(name),
                lines=tuple(
                    Line(r["line"], int(r["amount"]), r["source"], bool(r["charged"]))
                    for r in mine.iter_rows(named=True)
                ),
                indicators=tuple(d.code for d in ind.of_initiative(name)),
                reflections=tuple(
                    r for r in ind.reflections if r.year == year and r.initiative == name
                ),
            )
        )
    order = {n: i for i, n in enumerate(names)}

    def key(s: InitiativeSection) -> tuple[bool, str, int]:
        return (s.responsible is None, s.responsible.nl if s.responsible else "", order[s.name])

    return sorted(out, key=key)


def _gaps(p: Progress) -> list[Problem]:
    """What the report marks as missing, for the terminal: values of the year, reflections,
    responsible units."""
    where = Location(p.indicators.file)
    gaps = []
    for d in p.indicators.definitions:
        for unit in p.indicators.units(d.code) or [None]:
            if p.indicators.figure(d.code, unit, p.year) is None:
                scope = unit or msg("msg_gap_university")
                what = msg("msg_gap_value", code=d.code, year=p.year, scope=scope)
                gaps.append(Problem(where, what, "warning"))
    for theme in THEME_NUMBERS:
        if p.indicators.reflection(p.year, theme) is None:
            what = msg("msg_gap_reflection", year=p.year, theme=theme)
            gaps.append(Problem(where, what, "warning"))
    for s in p.initiatives:
        if s.responsible is None:
            what = msg("msg_gap_responsible", name=s.name)
            gaps.append(Problem(where, what, "warning"))
    return gaps


def build_progress(
    outcome: Outcome,
    monitoring: Monitoring,
    indicators: Indicators,
    central: pl.DataFrame,
    year: int,
) -> Progress:
    """The progress report of `year` from a computed scenario, its monitoring of that year,
    the indicators and the year's central budget lines; pure."""
    themes, missing, final = _university(monitoring, year)
    years = indicators.years(until=year)
    first = min([*years, year])
    progress = Progress(
        year=year,
        scenario=outcome.scenario.name,
        moment=monitoring.moment,
        final=final,
        themes=themes,
        missing=missing,
        units=tuple(_units(outcome, monitoring, indicators, year)),
        initiatives=tuple(_initiatives(central, indicators, year)),
        indicators=indicators,
        trend_years=tuple(range(first, year + 1)),
        reflections=tuple(
            r
            for r in indicators.reflections
            if r.year == year and r.unit is None and r.initiative is None
        ),
    )
    return replace(progress, gaps=tuple(_gaps(progress)))
