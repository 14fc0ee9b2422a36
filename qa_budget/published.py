"""Published against computed: each published figure beside the shown computed one, and the
published table checked against itself (lines against totals, percentages against amounts).

The computed side is what the overview shows: k EUR rounded with the largest-remainder method
(display.py) and whole theme percentages. A published figure "differs" when it is not equal to
the shown one; a self-check "fails" when the published table does not add up.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

import polars as pl

from qa_budget.allocation import Allocation
from qa_budget.display import ShownYear, shown_year
from qa_budget.inputs.tables import Reference
from qa_budget.reconcile import Reconciliation

THEME_LINES = tuple(f"thema {t}" for t in range(1, 7))
SUMMARY_LINES = (
    "totaal lasten",
    "nog te alloceren",
    "resultaat",
    "baten rijksbijdrage",
    "baten kadernota",
)
LINES = THEME_LINES + SUMMARY_LINES
# published line -> key of the shown figure in the overview's registry (without the year)
SHOWN_KEYS: dict[str, tuple[object, ...]] = {
    **{f"thema {t}": ("k", "theme", t) for t in range(1, 7)},
    "totaal lasten": ("k", "spending"),
    "nog te alloceren": ("k", "still"),
    "resultaat": ("k", "result"),
    "baten rijksbijdrage": ("k", "revenue"),
    "baten kadernota": ("k", "kadernota"),
}
EXACT = 0.0005  # equal within rounding noise of a float
PCT_TOLERANCE = 1.0  # a whole percentage follows from a share when it is within 1 of it


def shown_value(line: str, s: ShownYear) -> int:
    """The shown (k EUR) figure of a published line in one year."""
    if line.startswith("thema "):
        return s.themes[int(line.split()[1])]
    return {
        "totaal lasten": s.spending,
        "nog te alloceren": s.still_to_allocate,
        "resultaat": s.result,
        "baten rijksbijdrage": s.rijksbijdrage,
        "baten kadernota": s.kadernota,
    }[line]


@dataclass(frozen=True)
class Comparison:
    """One published figure beside the computed one (k EUR, or a theme percentage)."""

    kind: str  # "keur" | "pct"
    line: str  # a published line, or "thema <n>" for a percentage
    year: int
    published: float
    computed: int
    note: str  # catalogue key of the explanation ("" when equal)

    @property
    def difference(self) -> float:
        """Published minus computed."""
        return self.published - self.computed

    @property
    def ok(self) -> bool:
        """True when the published figure equals the computed one."""
        return abs(self.difference) < EXACT


@dataclass(frozen=True)
class SelfCheck:
    """One rule the published table should satisfy in one of its columns."""

    rule: str  # "themes_sum" | "result_identity" | "pct_sum" | "pct_follows"
    column: str  # e.g. "B2023", or "2023" for percentages
    year: int
    theme: int | None
    left: float
    right: float

    @property
    def tolerance(self) -> float:
        """How far apart the sides may be."""
        return PCT_TOLERANCE if self.rule == "pct_follows" else EXACT

    @property
    def ok(self) -> bool:
        """True when the rule holds."""
        return abs(self.left - self.right) < self.tolerance


@dataclass(frozen=True)
class PublishedCheck:
    """Every comparison and every self-check of a published table."""

    comparisons: list[Comparison]
    self_checks: list[SelfCheck]

    @property
    def differences(self) -> int:
        """Published figures that differ from the computed ones."""
        return sum(not c.ok for c in self.comparisons)

    @property
    def flaws(self) -> int:
        """Rules the published table breaks."""
        return sum(not c.ok for c in self.self_checks)


def published_columns(ref: Reference) -> list[tuple[str, int]]:
    """The published columns as (B|R, year), in the order of the annex (by year, B before R)."""
    pairs = ref.published.select("column", "year").unique().iter_rows()
    return sorted(((str(c), int(y)) for c, y in pairs), key=lambda p: (p[1], p[0]))


def _values(ref: Reference) -> dict[tuple[str, int, str], float]:
    return {
        (str(line), int(year), str(col)): float(v)
        for line, year, col, v in ref.published.select("line", "year", "column", "keur").rows()
    }


def _percentages(frame: pl.DataFrame) -> dict[tuple[int, int], float]:
    return {
        (int(t), int(y)): float(p) for t, y, p in frame.select("theme", "year", "percent").rows()
    }


def self_checks(ref: Reference) -> list[SelfCheck]:
    """The published table against itself, column by column."""
    values = _values(ref)
    out: list[SelfCheck] = []
    for col, year in published_columns(ref):
        name = f"{col}{year}"

        def get(line: str, year: int = year, col: str = col) -> float | None:
            return values.get((line, year, col))

        themes = [get(line) for line in THEME_LINES]
        total = get("totaal lasten")
        if total is not None and all(v is not None for v in themes):
            out.append(
                SelfCheck("themes_sum", name, year, None, sum(v or 0 for v in themes), total)
            )
        revenue, result = get("baten rijksbijdrage"), get("resultaat")
        if revenue is not None and result is not None and total is not None:
            still = get("nog te alloceren") or 0.0
            out.append(
                SelfCheck("result_identity", name, year, None, result, revenue - total - still)
            )
    pct = _percentages(ref.percentages)
    for year in sorted({y for _, y in pct}):
        shares = [pct.get((t, year)) for t in range(1, 7)]
        if all(v is not None for v in shares):
            out.append(
                SelfCheck("pct_sum", str(year), year, None, sum(v or 0 for v in shares), 100)
            )
        amounts = [values.get((line, year, "B")) for line in THEME_LINES]
        whole = sum((Fraction(a or 0) for a in amounts), Fraction(0))
        if all(a is not None for a in amounts) and whole != 0:
            for t in range(1, 7):
                p = pct.get((t, year))
                if p is not None:
                    share = float(100 * Fraction(amounts[t - 1] or 0) / whole)
                    out.append(SelfCheck("pct_follows", str(year), year, t, p, share))
    return out


def check_published(ref: Reference, rec: Reconciliation, shown: list[ShownYear]) -> PublishedCheck:
    """Compare the published budget (B) figures of the computed years, and check the table."""
    checks = self_checks(ref)
    broken = {(c.column, c.rule) for c in checks if not c.ok}
    values = _values(ref)
    comparisons: list[Comparison] = []
    for line in LINES:
        for s in shown:
            published = values.get((line, s.year, "B"))
            if published is None:
                continue
            computed = shown_value(line, s)
            diff = abs(published - computed)
            sums = {(f"B{s.year}", "themes_sum"), (f"B{s.year}", "result_identity")} & broken
            note = (
                ""
                if diff < EXACT
                else "pub_note_column"
                if diff <= 1 and sums
                else "pub_note_rounding"
                if diff <= 1
                else "pub_note_real"
            )
            comparisons.append(Comparison("keur", line, s.year, published, computed, note))
    pct = _percentages(ref.percentages)
    for t in range(1, 7):
        for f in rec.years:
            published = pct.get((t, f.year))
            if published is None:
                continue
            computed = f.theme_percentages[t]
            follows = next(
                (
                    c.ok
                    for c in checks
                    if c.rule == "pct_follows" and c.year == f.year and c.theme == t
                ),
                True,
            )
            adds_up = (str(f.year), "pct_sum") not in broken
            note = (
                ""
                if abs(published - computed) < EXACT
                else "pub_note_pct_amounts"
                if not follows
                else "pub_note_pct_sum"
                if not adds_up
                else "pub_note_pct_rounding"
            )
            comparisons.append(Comparison("pct", f"thema {t}", f.year, published, computed, note))
    return PublishedCheck(comparisons, checks)


def check_run(ref: Reference, rec: Reconciliation, allocation: Allocation) -> PublishedCheck:
    """check_published on the figures as the overview shows them."""
    shown = []
    for f in rec.years:
        units = allocation.units.filter(pl.col("year") == f.year)
        shown.append(shown_year(f, dict(units.select("unit", "allocation").iter_rows())))
    return check_published(ref, rec, shown)
