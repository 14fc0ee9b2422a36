"""Figures as shown in k EUR: a tree of largest-remainder roundings, so every shown column adds up.

The revenue per rijksbijdrage is rounded half-up; every breakdown below it is rounded with the
largest-remainder method to its parent's shown value:

    rijksbijdrage  -> allocated + still to allocate
    allocated      -> spending + result
    allocated      -> unit allocations + central charged
    still to alloc -> (rijksbijdrage - kadernota) + (kadernota - allocated)
    spending       -> the six themes
    unit alloc.    -> each unit
    kadernota      =  rijksbijdrage - (rijksbijdrage - kadernota)   (shown, so that it adds up)

Each shown figure differs from its exact value by less than 1 k EUR.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction

from qa_budget.money import CENTS_PER_KEUR, round_half_up, shown_shares, split_cents
from qa_budget.reconcile import YearFigures
from qa_budget.texts import THEME_NUMBERS


@dataclass(frozen=True)
class ShownYear:
    """One year's figures in whole k EUR, as shown in the overview."""

    year: int
    rijksbijdrage: int
    kadernota: int
    allocated: int
    still_to_allocate: int
    rijksbijdrage_update: int
    kadernota_unallocated: int
    spending: int
    result: int
    unit_allocations: int
    central_charged: int
    themes: dict[int, int]
    units: dict[str, int]


def shown_year(f: YearFigures, unit_allocations: dict[str, int]) -> ShownYear:
    """Round one year's figures to k EUR along the tree above."""
    k = CENTS_PER_KEUR
    revenue = round_half_up(f.rijksbijdrage, k)
    allocated, still = split_cents([f.allocated, f.still_to_allocate], k, revenue)
    spending, result = split_cents([f.spending, f.result], k, allocated)
    units_total, central = split_cents([f.unit_allocations, f.central_charged], k, allocated)
    update, unallocated = split_cents([f.rijksbijdrage_update, f.kadernota_unallocated], k, still)
    themes = split_cents([f.spending_by_theme[t] for t in THEME_NUMBERS], k, spending)
    units = split_cents(list(unit_allocations.values()), k, units_total)
    return ShownYear(
        year=f.year,
        rijksbijdrage=revenue,
        kadernota=revenue - update,
        allocated=allocated,
        still_to_allocate=still,
        rijksbijdrage_update=update,
        kadernota_unallocated=unallocated,
        spending=spending,
        result=result,
        unit_allocations=units_total,
        central_charged=central,
        themes=dict(zip(THEME_NUMBERS, themes, strict=True)),
        units=dict(zip(unit_allocations, units, strict=True)),
    )


def theme_shares(amounts: Mapping[int, int]) -> dict[int, Fraction]:
    """Each theme's share of the amounts (cents per theme, a missing theme 0) as shown with one
    decimal of a per cent, adding up to 100% (largest remainder; all 0 for nothing)."""
    shares = shown_shares([amounts.get(t, 0) for t in THEME_NUMBERS])
    return dict(zip(THEME_NUMBERS, shares, strict=True))
