"""Where a key's floors and caps bound, in words: per kind of limit how many units reached it
and in which years, worked out in one group-by over the allocation (2,000 units × 10 years is
one pass, not a filter per unit or per kind).

    vloer (maximaal 5% verlies t.o.v. uniform EUR 500 per EER-student): bij 7 van de 8
    eenheden bereikt (ARCH, FdR, FGGA, FGW, FSW, FWN, ICLON) in 2022-2024

Units are named when they are few (`NAMED_UNITS`); a unit's own workbook says for each limit
of the key whether it reached it, and in which years.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import polars as pl

from qa_budget.allocation import Allocation
from qa_budget.keys.base import DistributionKey
from qa_budget.texts import format_number, label, years_text

NAMED_UNITS = 10  # units named one by one up to this many; above it only counted
KINDS = ("floor", "cap", "yearly-floor", "yearly-cap", "band")


@dataclass(frozen=True)
class Bound:
    """One kind of limit that bound: the units that reached it (in the allocation's order),
    the years in which any did, and how many unit-years."""

    kind: str
    units: tuple[str, ...]
    years: tuple[int, ...]
    unit_years: int


def _kind() -> pl.Expr:
    """The kind of a binding constraint: 'floor-FGW-2024' -> 'floor' (the suffix is the row's
    own unit and year); the band's two edges are one kind."""
    suffix = pl.concat_str(pl.lit("-"), pl.col("unit"), pl.lit("-"), pl.col("year").cast(pl.String))
    binding = pl.col("binding").fill_null("")
    stripped = (
        pl.when(binding.str.ends_with(suffix))
        .then(binding.str.head(binding.str.len_chars() - suffix.str.len_chars()))
        .otherwise(binding)
    )
    return pl.when(stripped.str.starts_with("band")).then(pl.lit("band")).otherwise(stripped)


def binding_kind(binding: str, unit: str, year: int) -> str:
    """The kind of limit of one row's binding constraint ('floor-FGW-2024' -> 'floor'; the
    band's lower and upper edges are one kind, 'band'); '' when none bound."""
    suffix = f"-{unit}-{year}"
    kind = binding[: -len(suffix)] if binding.endswith(suffix) else binding
    return "band" if kind.startswith("band") else kind


def bound(allocation: Allocation) -> list[Bound]:
    """Every kind of limit that bound somewhere, in the order of `KINDS`."""
    units = allocation.units
    if "binding" not in units.columns or units.height == 0:
        return []
    grouped = (
        units.lazy()
        .filter(pl.col("binding").fill_null("") != "")
        .with_columns(_kind().alias("_kind"))
        .group_by("_kind")
        .agg(
            pl.col("unit").unique(maintain_order=True).alias("units"),
            pl.col("year").unique().sort().alias("years"),
            pl.len().alias("n"),
        )
        .collect()
    )
    order = {k: i for i, k in enumerate(KINDS)}
    rows = sorted(grouped.iter_rows(named=True), key=lambda r: order.get(r["_kind"], len(KINDS)))
    return [
        Bound(r["_kind"], tuple(r["units"]), tuple(int(y) for y in r["years"]), int(r["n"]))
        for r in rows
    ]


def binding_lines(key: DistributionKey, allocation: Allocation, lang: str) -> list[str]:
    """Per limit of the key: its name and rule, and where it bound (or that it did not);
    a key without limits gets one line that says so."""
    limits = key.limits(lang)
    found = {b.kind: b for b in bound(allocation)}
    if not limits and not found:
        return [label("bound_no_limits", lang)]
    total = allocation.units["unit"].n_unique()
    out = []
    for kind in [k for k in KINDS if k in limits or k in found]:
        b = found.get(kind)
        if b is None:
            where = label("bound_nowhere", lang)
        else:
            many = len(b.units) > NAMED_UNITS
            where = label("bound_many" if many else "bound_units", lang).format(
                n=format_number(len(b.units), lang),
                of=format_number(total, lang),
                units=", ".join(b.units),
                years=years_text(b.years),
            )
        out.append(_line(kind, limits.get(kind), where, lang))
    return out


def unit_binding_lines(
    key: DistributionKey, allocation: Allocation, unit: str, lang: str
) -> list[str]:
    """The same for one unit: per limit of the key whether the unit reached it, and in which
    years (a faculty workbook is given its unit's rows only, so this is a short filter)."""
    limits = key.limits(lang)
    mine = allocation.units.filter(pl.col("unit") == unit)
    found = {b.kind: b for b in bound(replace(allocation, units=mine))}
    if not limits and not found:
        return [label("bound_no_limits", lang)]
    out, missed = [], []
    for kind in [k for k in KINDS if k in limits or k in found]:
        b = found.get(kind)
        if b is not None:
            where = label("bound_unit", lang).format(years=years_text(b.years))
            out.append(_line(kind, limits.get(kind), where, lang))
        else:
            rule = limits.get(kind)
            name = label(f"limit_{kind}", lang)
            missed.append(f"{name} ({rule})" if rule else name)
    if missed:
        listed = ", ".join(missed[:-1]) + label("limit_and", lang) + missed[-1]
        out.append(
            label("bound_unit_not", lang).format(limits=listed if missed[:-1] else missed[0])
        )
    if limits or found:  # the years in which the unit reached none of its limits
        reached = {y for b in found.values() for y in b.years}
        free = sorted({int(y) for y in mine["year"].to_list()} - reached)
        if free:
            out.append(label("bound_unit_free", lang).format(years=years_text(free)))
    return out


def _line(kind: str, rule: str | None, where: str, lang: str) -> str:
    name = label(f"limit_{kind}", lang) if f"limit_{kind}" in _KNOWN else kind
    return f"{name} ({rule}): {where}" if rule else f"{name}: {where}"


_KNOWN = {f"limit_{k}" for k in KINDS}
