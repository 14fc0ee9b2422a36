"""Computing the indicators from indicators.xlsx (checked), pure and exact.

- waarde, percentage given as a value, schaal: the value (the mean, with its standard
  deviation) as typed, as an exact decimal;
- verhouding and percentage with Teller and Noemer: numerator / denominator (× 100 for a
  percentage), an exact fraction, with both parts kept to be shown;
- verhouding given as a value only: kept, marked as given (its parts are not known);
- a figure with n below the minimum group size: suppressed, without any number; a percentage
  whose n is left empty and whose Noemer is a whole number takes the Noemer as its group.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import Any

from qa_budget.indicators.model import Bilingual, Definition, Figure, Indicators, Key, Reflection
from qa_budget.inputs.tables import IndicatorInputs

DEFAULT_DECIMALS = 1


def exact(text: Any) -> Fraction | None:
    """An exact number from the decimal text of a cell (None for an empty cell)."""
    return None if text is None else Fraction(Decimal(str(text)))


def _bilingual(nl: Any, en: Any) -> Bilingual:
    return Bilingual(str(nl), str(en) if en else None)


def _maybe(nl: Any, en: Any) -> Bilingual | None:
    return _bilingual(nl, en) if nl else None


def definition(r: dict[str, Any]) -> Definition:
    """One row of the sheet Indicatoren as a definition."""
    return Definition(
        code=r["code"],
        name=_bilingual(r["name_nl"], r["name_en"]),
        theme=int(r["theme"]),
        kind=r["kind"],
        measure=_bilingual(r["measure_nl"], r["measure_en"]),
        numerator=_maybe(r["numerator_nl"], r["numerator_en"]),
        denominator=_maybe(r["denominator_nl"], r["denominator_en"]),
        minimum=exact(r["minimum"]),
        maximum=exact(r["maximum"]),
        decimals=DEFAULT_DECIMALS if r["decimals"] is None else int(r["decimals"]),
        reference_date=r["reference_date"],
        source=_bilingual(r["source_nl"], r["source_en"]),
        target=exact(r["target"]),
        initiative=r["initiative"],
    )


def figure(r: dict[str, Any], d: Definition, min_group_size: int) -> Figure:
    """One row of the sheet Waarden as a figure of its indicator (see the module note)."""
    key = {"code": d.code, "year": int(r["year"]), "unit": r["unit"]}
    n = None if r["n"] is None else int(r["n"])
    numerator, denominator = exact(r["numerator"]), exact(r["denominator"])
    if n is None and d.kind == "percentage" and _persons(denominator):
        # a percentage of persons counted in whole numbers, with n left empty: its Noemer is
        # the group (3 of 4 lecturers is no figure to publish)
        n = int(denominator) if denominator is not None else None
    if n is not None and n < min_group_size:
        return Figure(**key, status="suppressed")
    if numerator is not None and denominator is not None:
        scale = 100 if d.kind == "percentage" else 1
        value = numerator / denominator * scale
        return Figure(
            **key,
            status="computed",
            value=value,
            numerator=numerator,
            denominator=denominator,
            n=n,
        )
    if d.kind == "schaal":
        return Figure(**key, status="value", value=exact(r["mean"]), sd=exact(r["sd"]), n=n)
    status = "given" if d.kind == "verhouding" else "value"
    return Figure(**key, status=status, value=exact(r["value"]), n=n)


def _persons(denominator: Fraction | None) -> bool:
    """A denominator that counts: a whole, positive number."""
    return denominator is not None and denominator > 0 and denominator.denominator == 1


def compute_indicators(checked: IndicatorInputs, min_group_size: int) -> Indicators:
    """The indicators of a checked indicators.xlsx: definitions by theme (in the order of the
    sheet within a theme), a figure per value row, the reflections and the responsible units;
    pure."""
    ordered = checked.definitions.sort("theme", "row")
    definitions = tuple(definition(r) for r in ordered.iter_rows(named=True))
    by_code = {d.code: d for d in definitions}
    figures: dict[Key, Figure] = {}
    for r in checked.values.sort("code", "year", "unit", nulls_last=False).iter_rows(named=True):
        f = figure(r, by_code[r["code"]], min_group_size)
        figures[(f.code, f.unit, f.year)] = f
    reflections = tuple(
        Reflection(
            year=int(r["year"]),
            theme=None if r["theme"] is None else int(r["theme"]),
            unit=r["unit"],
            initiative=r["initiative"],
            text=_bilingual(r["text_nl"], r["text_en"]),
        )
        for r in checked.reflections.sort("year", "row").iter_rows(named=True)
    )
    responsible = {
        r["initiative"]: _bilingual(r["responsible_nl"], r["responsible_en"])
        for r in checked.initiatives.iter_rows(named=True)
    }
    return Indicators(
        definitions=definitions,
        figures=figures,
        reflections=reflections,
        responsible=responsible,
        min_group_size=min_group_size,
        file=checked.file,
        warnings=checked.warnings,
    )
