"""The tables of the progress report, built once for both forms: the Word document shows each
cell's text, the workbook its number (with a number format) where it has one.
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

from qa_budget.indicators.model import Definition, Figure, Indicators
from qa_budget.indicators.progress import InitiativeSection, Money, Progress, UnitSection
from qa_budget.indicators.text import (
    day_text,
    figure_text,
    parts_text,
    status_text,
    target_text,
)
from qa_budget.report.common.tables import Cell, Table
from qa_budget.texts import format_money, label, theme_name


def whole(n: int, lang: str) -> str:
    """A whole number with thousands separators: 1.234 (nl) or 1,234 (en)."""
    text = f"{n:,}"
    return text.replace(",", ".") if lang == "nl" else text


def pct_text(part: int, whole_: int, lang: str) -> Cell:
    """part as a whole percentage of whole_ (empty when whole_ is 0)."""
    if not whole_:
        return Cell("")
    value = Fraction(100 * part, whole_)
    shown = (2 * value.numerator + value.denominator) // (2 * value.denominator)
    return Cell(f"{whole(shown, lang)}%", float(value) / 100, "pct0")


def _theme_cells(m: Money, lang: str) -> tuple[Cell, Cell]:
    if m.theme is None:
        return Cell(label("total", lang), bold=True), Cell("", bold=True)
    return Cell(str(m.theme)), Cell(theme_name(m.theme, lang))


def money_table(p: Progress, lang: str) -> Table:
    """The university's budget (B) and realised (R) spending per theme, in k EUR."""
    heads = [label("theme", lang), label("description", lang), f"B{p.year} (k EUR)"]
    if p.final:
        heads += [f"R{p.year} (k EUR)", label("pr_realised_pct", lang)]
    rows = []
    for m in p.themes:
        bold = m.theme is None
        cells = [*_theme_cells(m, lang), Cell(whole(m.budget_shown, lang), m.budget_shown, "keur")]
        if p.final and m.realised_shown is not None and m.realised is not None:
            cells.append(Cell(whole(m.realised_shown, lang), m.realised_shown, "keur"))
            cells.append(pct_text(m.realised, m.budget, lang))
        rows.append(tuple(Cell(c.text, c.value, c.fmt, bold) for c in cells))
    widths = (1.8, 8.7, 2.5, 2.5, 2.5) if p.final else (1.8, 11.2, 3.0)
    return Table(tuple(heads), tuple(rows), 2, widths)


def unit_money_table(s: UnitSection, lang: str) -> Table:
    """A unit's budget and spending to date per theme, in whole euros."""
    heads = (
        label("theme", lang),
        label("description", lang),
        f"{label('pr_budget', lang)} (EUR)",
        f"{label('pr_realised', lang)} (EUR)",
        label("pr_moment", lang),
    )
    rows = []
    for m in s.money:
        bold = m.theme is None
        realised = (
            Cell(whole(m.realised_shown, lang), m.realised_shown, "eur0", bold)
            if m.realised_shown is not None
            else Cell(label("pr_no_report", lang), bold=bold)
        )
        rows.append(
            (
                *(Cell(c.text, bold=bold) for c in _theme_cells(m, lang)),
                Cell(whole(m.budget_shown, lang), m.budget_shown, "eur0", bold),
                realised,
                Cell(moment_text(m.moment, lang) if m.theme is not None else ""),
            )
        )
    return Table(heads, tuple(rows), 2, (1.8, 7.2, 2.8, 2.8, 2.8))


def moment_text(moment: str | None, lang: str) -> str:
    """A reporting moment in the language: mei / May, september, definitief / final."""
    return label(f"pr_moment_{moment}", lang) if moment else ""


def _figure_cell(f: Figure | None, d: Definition, lang: str, minimum: int) -> Cell:
    text = figure_text(f, d, lang, minimum)
    if f is None or f.value is None or f.suppressed:
        return Cell(text)
    kind = "pct_ind" if d.kind == "percentage" else "ind"
    return Cell(text, float(f.value), f"{kind}{d.decimals}")


def indicator_table(
    ind: Indicators, defs: Sequence[Definition], unit: str | None, years: Sequence[int], lang: str
) -> Table:
    """Indicators (of a unit, or the university) with their values per year and target."""
    heads = (
        label("ind_indicator", lang),
        label("ind_measure", lang),
        *(str(y) for y in years),
        label("ind_target", lang),
    )
    rows = []
    for d in defs:
        values = [
            _figure_cell(ind.figure(d.code, unit, y), d, lang, ind.min_group_size) for y in years
        ]
        target = Cell(target_text(d, lang))
        if d.target is not None:
            kind = "pct_ind" if d.kind == "percentage" else "ind"
            target = Cell(target.text, float(d.target), f"{kind}{d.decimals}")
        rows.append((Cell(d.name.get(lang)), Cell(d.measure.get(lang)), *values, target))
    widths = (5.4, 3.0, *(2.2 for _ in years), 2.9)
    return Table(heads, tuple(rows), 2, widths)


def computation_table(
    ind: Indicators, defs: Sequence[Definition], unit: str | None, years: Sequence[int], lang: str
) -> Table:
    """How each figure came about (its parts, or why it is given or suppressed) and where it
    comes from: one row per indicator and year with a figure."""
    heads = (
        label("ind_indicator", lang),
        label("year", lang),
        label("ind_how", lang),
        label("ind_reference_date", lang),
        label("ind_source", lang),
    )
    rows = []
    for d in defs:
        first = True
        for y in years:
            f = ind.figure(d.code, unit, y)
            if f is None:
                continue
            how = parts_text(f, d, lang, ind.min_group_size) or status_text(f, lang)
            rows.append(
                (
                    Cell(d.name.get(lang) if first else ""),
                    Cell(str(y)),
                    Cell(how),
                    Cell(day_text(d.reference_date, lang)),
                    Cell(d.source.get(lang) if first else ""),
                )
            )
            first = False
    return Table(heads, tuple(rows), 99, (3.7, 1.2, 4.8, 2.4, 4.5))


def initiative_table(s: InitiativeSection, lang: str) -> Table:
    """A common initiative's budget lines of the year, charged to the funds or not."""
    heads = (label("line", lang), label("source", lang), f"{label('pr_budget', lang)} (EUR)")
    rows = []
    for x in s.lines:
        source = x.source if x.charged else label("pr_not_charged", lang).format(source=x.source)
        amount = Cell(_eur_text(x.amount, lang), x.amount / 100, "eur0")
        rows.append((Cell(x.line), Cell(source), amount))
    return Table(heads, tuple(rows), 2, (9.5, 4.0, 3.0))


def _eur_text(cents: int, lang: str) -> str:
    return format_money(cents, lang).removeprefix("EUR ")
