"""Plan versions compared: per unit and for the university, per theme, the previous version
against the current one (amount and share), the shift between themes, and the measures
added, changed and stopped (a running measure that disappears is flagged).

The same share comparison serves the published 2018 plan, whose theme percentages are all
that is known of it (`against_percentages`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from fractions import Fraction
from functools import cached_property

import polars as pl

from qa_budget.display import theme_shares
from qa_budget.errors import Location, Problem, msg
from qa_budget.inputs.tables import Inputs, PreviousPlans
from qa_budget.texts import THEME_NUMBERS

NONE, MINIMAL, MODEST, CLEAR = "none", "minimal", "modest", "clear"
NOTHING = "nothing"  # one of the versions plans nothing: no shift to speak of
LISTED_PP = Fraction(1)  # a theme whose share moves this many points or more is named


@dataclass(frozen=True)
class Shift:
    """The shift between themes in a few facts a sentence can carry: how large it is (the
    largest share change: under 0.1 point none, under 1 minimal, under 5 modest, else clear;
    nothing when one version plans nothing), the themes whose share rises and falls by a point
    or more (at least the largest rise and fall; largest first), the themes new or gone."""

    size: str
    rises: tuple[int, ...]
    falls: tuple[int, ...]
    new: tuple[int, ...]
    gone: tuple[int, ...]
    # Where the amounts are known, the themes that move money. A theme whose share falls only
    # because another grows keeps its amount and gave nothing. When some themes get more and
    # others less, `gained` and `lost` are those whose amount grows (shrinks) by at least a
    # point of the plan's total (else the one that grows or shrinks most); when no theme gets
    # less (more), every theme whose amount grows (shrinks), the other one empty. None: the
    # amounts are not known (shares only).
    gained: tuple[int, ...] | None = None
    lost: tuple[int, ...] | None = None


def _shown(
    amounts: Mapping[int, int] | None, shares: Mapping[int, Fraction]
) -> dict[int, Fraction]:
    if amounts is None:
        return dict(shares)
    return theme_shares(amounts)


@dataclass(frozen=True)
class ThemeComparison:
    """Previous against current per theme for one set of years. Shares are fractions of the
    total (the 2018 plan's published percentages as given, even when they do not add up to
    100); amounts in cents when known."""

    years: tuple[int, ...]
    previous_shares: Mapping[int, Fraction]
    current_shares: Mapping[int, Fraction]
    previous_amounts: Mapping[int, int] | None = None
    current_amounts: Mapping[int, int] | None = None

    def points(self, theme: int) -> Fraction:
        """The change of a theme's share in percentage points."""
        return 100 * (self.current_shares[theme] - self.previous_shares[theme])

    @property
    def shown_previous(self) -> Mapping[int, Fraction]:
        """The previous shares as shown (one decimal of a per cent, adding up to 100%, largest
        remainder) when the amounts are known; as given otherwise (the 2018 plan)."""
        return _shown(self.previous_amounts, self.previous_shares)

    @property
    def shown_current(self) -> Mapping[int, Fraction]:
        """The current shares as shown (see `shown_previous`)."""
        return _shown(self.current_amounts, self.current_shares)

    @property
    def previous_total(self) -> int:
        """The previous total in cents (0 when only shares are known)."""
        return sum((self.previous_amounts or {}).values())

    @property
    def current_total(self) -> int:
        """The current total in cents (0 when only shares are known)."""
        return sum((self.current_amounts or {}).values())

    @property
    def shift(self) -> Shift:
        """The shift between themes (see Shift)."""
        new = tuple(
            t for t in THEME_NUMBERS if not self.previous_shares[t] and self.current_shares[t]
        )
        gone = tuple(
            t for t in THEME_NUMBERS if self.previous_shares[t] and not self.current_shares[t]
        )
        if not any(self.previous_shares.values()) or not any(self.current_shares.values()):
            return Shift(NOTHING, (), (), new, gone)
        moves = {t: self.points(t) for t in THEME_NUMBERS}
        largest = max(abs(v) for v in moves.values())
        if largest < Fraction(1, 10):
            return Shift(NONE, (), (), new, gone)
        size = MINIMAL if largest < 1 else MODEST if largest < 5 else CLEAR
        listed = LISTED_PP if size != MINIMAL else largest + 1  # minimal: the largest only
        rises = sorted((t for t in moves if moves[t] >= listed), key=lambda t: -moves[t])
        falls = sorted((t for t in moves if moves[t] <= -listed), key=lambda t: moves[t])
        top = max(THEME_NUMBERS, key=lambda t: (moves[t], -t))
        bottom = min(THEME_NUMBERS, key=lambda t: (moves[t], t))
        shift = Shift(size, tuple(rises or [top]), tuple(falls or [bottom]), new, gone)
        if self.previous_amounts is None or self.current_amounts is None:
            return shift
        delta = {t: self.current_amounts[t] - self.previous_amounts[t] for t in THEME_NUMBERS}
        grows = tuple(sorted((t for t in THEME_NUMBERS if delta[t] > 0), key=lambda t: -delta[t]))
        shrinks = tuple(sorted((t for t in THEME_NUMBERS if delta[t] < 0), key=lambda t: delta[t]))
        if grows and shrinks:  # money moves between themes: the larger moves are named
            point = Fraction(max(self.previous_total, self.current_total), 100)
            gained = tuple(t for t in grows if delta[t] >= point) or grows[:1]
            lost = tuple(t for t in shrinks if -delta[t] >= point) or shrinks[:1]
        else:  # only more (or only less): every theme that gets it is named
            gained, lost = grows, shrinks
        return replace(shift, gained=gained, lost=lost)


def _shares(amounts: Mapping[int, int]) -> dict[int, Fraction]:
    total = sum(amounts.values())
    return {t: Fraction(amounts[t], total) if total else Fraction(0) for t in THEME_NUMBERS}


def by_amounts(
    years: Iterable[int], previous: Mapping[int, int], current: Mapping[int, int]
) -> ThemeComparison:
    """A comparison of two sets of amounts per theme (cents)."""
    return ThemeComparison(
        tuple(years), _shares(previous), _shares(current), dict(previous), dict(current)
    )


def against_percentages(
    years: Iterable[int], previous_pct: Mapping[int, float], current: Mapping[int, int]
) -> ThemeComparison:
    """The current amounts per theme against published theme percentages (the 2018 plan)."""
    previous = {t: Fraction(str(previous_pct.get(t, 0))) / 100 for t in THEME_NUMBERS}
    return ThemeComparison(tuple(years), previous, _shares(current), None, dict(current))


# --- Measures ---------------------------------------------------------------------------------

ADDED, CHANGED, STOPPED = "added", "changed", "stopped"


@dataclass(frozen=True)
class MeasureChange:
    """A measure added, changed or stopped between the versions (amounts in cents per year of
    the comparison; a pm year counts 0 and is listed in `pm`). `running`: a stopped measure
    that the previous version was funding when the plan was revised (its amount in the year
    before the first compared year, or in that year when the version has no earlier one)."""

    unit: str
    measure: str
    kind: str  # added | changed | stopped
    theme_before: int | None
    theme_now: int | None
    before: Mapping[int, int]
    now: Mapping[int, int]
    running: bool = False
    pm: tuple[int, ...] = ()

    @property
    def change(self) -> int:
        """The change over the compared years, in cents."""
        return sum(self.now.values()) - sum(self.before.values())


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


@dataclass(frozen=True)
class _Measure:
    name: str
    theme: int
    amounts: dict[int, int]
    pm: tuple[int, ...]
    earlier: int  # the amount in the year before the compared years (running or not)

    @property
    def present(self) -> bool:
        return any(self.amounts.values()) or bool(self.pm)


def _measures(frame: pl.DataFrame, years: list[int], before: int) -> dict[str, _Measure]:
    out: dict[str, _Measure] = {}
    for (name,), rows in frame.partition_by("measure", as_dict=True, maintain_order=True).items():
        by_year = {int(r["year"]): r for r in rows.iter_rows(named=True)}
        out[_key(str(name))] = _Measure(
            name=str(name),
            theme=int(rows["theme"][0]),
            amounts={y: int(by_year[y]["amount"]) if y in by_year else 0 for y in years},
            pm=tuple(y for y in years if y in by_year and by_year[y]["pm"]),
            earlier=int(by_year[before]["amount"]) if before in by_year else -1,
        )
    return out


def measure_changes(
    unit: str, previous: pl.DataFrame, current: pl.DataFrame, years: list[int]
) -> tuple[list[MeasureChange], int]:
    """The measures added, changed and stopped (in the current plan's order, then the stopped
    ones in the previous plan's order) and how many stayed the same. Measures are matched by
    name (case and spacing aside); a measure without an amount (nor pm) in the compared years
    does not run then."""
    before = years[0] - 1
    old = _measures(previous, years, before)
    new = _measures(current, years, before)
    out, same = [], 0
    nothing = {y: 0 for y in years}
    for key, m in new.items():
        if not m.present:
            continue
        o = old.get(key)
        if o is None or not o.present:
            out.append(
                MeasureChange(unit, m.name, ADDED, None, m.theme, nothing, m.amounts, pm=m.pm)
            )
        elif o.theme != m.theme or o.amounts != m.amounts or o.pm != m.pm:
            out.append(
                MeasureChange(
                    unit, m.name, CHANGED, o.theme, m.theme, o.amounts, m.amounts, pm=m.pm
                )
            )
        else:
            same += 1
    for key, o in old.items():
        if o.present and (key not in new or not new[key].present):
            running = o.earlier > 0 if o.earlier >= 0 else o.amounts[years[0]] > 0
            out.append(
                MeasureChange(unit, o.name, STOPPED, o.theme, None, o.amounts, nothing, running)
            )
    return out, same


# --- Per unit and for the university ----------------------------------------------------------


@dataclass(frozen=True)
class UnitVersions:
    """One unit's plan against its previous version: the version labels, the themes (all
    compared years together first, then each year) and the measures that changed."""

    unit: str
    version_before: str | None
    version_now: str | None
    themes: tuple[ThemeComparison, ...]
    measures: tuple[MeasureChange, ...]
    unchanged: int  # measures in both versions with the same theme and amounts

    @property
    def stopped_running(self) -> tuple[MeasureChange, ...]:
        """Running measures that disappear: to be flagged."""
        return tuple(m for m in self.measures if m.kind == STOPPED and m.running)


@dataclass(frozen=True)
class PlanVersions:
    """The plan versions compared for the years a scenario computes."""

    folder: str
    years: tuple[int, ...]
    units: tuple[UnitVersions, ...]  # units with a previous version, in the units' order
    without_previous: tuple[str, ...]  # units with a plan but no previous version
    university: tuple[ThemeComparison, ...]  # over the units with a previous version

    @cached_property
    def _by_unit(self) -> dict[str, UnitVersions]:
        return {u.unit: u for u in self.units}

    def unit(self, code: str) -> UnitVersions | None:
        """One unit's comparison (None when it has no previous version)."""
        return self._by_unit.get(code)


def _themes(frame: pl.DataFrame, years: Iterable[int]) -> dict[int, int]:
    sums = (
        frame.filter(pl.col("year").is_in(list(years)))
        .group_by("theme")
        .agg(pl.col("amount").sum())
    )
    found = dict(sums.iter_rows())
    return {t: int(found.get(t, 0)) for t in THEME_NUMBERS}


def _periods(
    previous: pl.DataFrame, current: pl.DataFrame, years: list[int]
) -> tuple[ThemeComparison, ...]:
    sets = [tuple(years)] + ([(y,) for y in years] if len(years) > 1 else [])
    return tuple(by_amounts(ys, _themes(previous, ys), _themes(current, ys)) for ys in sets)


def _version(rounds: pl.DataFrame, unit: str) -> str | None:
    rows = rounds.filter(pl.col("unit") == unit)
    return str(rows["version"][0]) if rows.height else None


def compare_versions(inputs: Inputs, previous: PreviousPlans) -> PlanVersions:
    """Every unit's plan against its previous version, and the university (the units with a
    previous version together), for the scenario's years that every previous version gives
    (all of them when the versions were not checked for their years)."""
    years = list(previous.years or inputs.years)
    units, compared = [], []
    for code in inputs.units["code"].to_list():
        if code not in previous.files:
            continue
        old = previous.measures.filter(pl.col("unit") == code)
        new = inputs.measures.filter(pl.col("unit") == code)
        changes, same = measure_changes(code, old, new, years)
        units.append(
            UnitVersions(
                unit=code,
                version_before=_version(previous.rounds, code),
                version_now=_version(inputs.plan_round, code),
                themes=_periods(old, new, years),
                measures=tuple(changes),
                unchanged=same,
            )
        )
        compared.append(code)
    without = tuple(u for u in inputs.plan_files if u not in previous.files)
    old_all = previous.measures.filter(pl.col("unit").is_in(compared))
    new_all = inputs.measures.filter(pl.col("unit").is_in(compared))
    return PlanVersions(
        folder=previous.folder,
        years=tuple(years),
        units=tuple(units),
        without_previous=tuple(sorted(without)),
        university=_periods(old_all, new_all, years),
    )


def against_plan2018(
    plan2018: pl.DataFrame, spending: Mapping[int, Mapping[int, int]]
) -> tuple[ThemeComparison, ...]:
    """All spending per theme (plans and central initiatives) of each year against the 2018
    plan's published percentages, for the years the 2018 plan gives every theme of."""
    pct: dict[int, dict[int, float]] = {}
    for theme, year, percent in plan2018.select("theme", "year", "percent").iter_rows():
        pct.setdefault(int(year), {})[int(theme)] = float(percent)
    return tuple(
        against_percentages((year,), pct[year], spending[year])
        for year in sorted(spending)
        if set(pct.get(year, {})) >= set(THEME_NUMBERS)
    )


def _ordinal(version: str | None) -> tuple[int, ...] | None:
    """'3.1' -> (3, 1); None for a label that is not numbered ('concept B')."""
    parts = (version or "").strip().split(".")
    if not all(p.isdigit() and p.isascii() for p in parts):
        return None
    return tuple(int(p) for p in parts)


def version_warnings(versions: PlanVersions, plan_files: Mapping[str, str]) -> list[Problem]:
    """A previous version numbered as high as the current one, or higher: the folders may be
    swapped, or a version number was not raised (warning)."""
    out = []
    for u in versions.units:
        before, now = _ordinal(u.version_before), _ordinal(u.version_now)
        if before is None or now is None or before < now:
            continue
        out.append(
            Problem(
                Location(plan_files.get(u.unit, f"{u.unit}.xlsx"), "Planronde"),
                msg(
                    "msg_versions_not_raised",
                    unit=u.unit,
                    before=str(u.version_before),
                    now=str(u.version_now),
                    folder=versions.folder,
                ),
                "warning",
            )
        )
    return out
