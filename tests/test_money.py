"""Cents arithmetic and largest-remainder rounding."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qa_budget.money import (
    eur_to_cents,
    format_eur,
    largest_remainder,
    number_to_cents,
    percentages,
    round_half_up,
    split_cents,
)


def test_eur_to_cents_is_exact() -> None:
    assert eur_to_cents("1234.56") == 123456
    assert eur_to_cents(500) == 50000
    with pytest.raises(ValueError):
        eur_to_cents("0.005")


def test_number_to_cents_uses_shortest_decimal() -> None:
    # 0.1 + 0.2 is 0.30000000000000004 as a double: not exact, rounds to 30 cents.
    assert number_to_cents(0.1 + 0.2) == (30, False)
    assert number_to_cents(1234.56) == (123456, True)
    assert number_to_cents(-0.005) == (-1, False)  # half away from zero


def test_round_half_up_both_signs() -> None:
    assert round_half_up(150_000, 100_000) == 2
    assert round_half_up(149_999, 100_000) == 1
    assert round_half_up(-150_000, 100_000) == -2
    assert round_half_up(-149_999, 100_000) == -1


def test_format_eur() -> None:
    assert format_eur(123456789) == "EUR 1,234,567.89"
    assert format_eur(-5) == "EUR -0.05"


def test_largest_remainder_hand_case() -> None:
    # 2023 theme shares of the published amounts (k EUR 8084, 2847, 2217, 2887, 1303, 0; total
    # 17338): 46.63, 16.42, 12.79, 16.65, 7.52, 0 -> floors 46, 16, 12, 16, 7 = 97; the three
    # largest remainders (.79, .65, .63) get one each: 47, 16, 13, 17, 7, 0. Half-up rounding
    # would give 47+16+13+17+8 = 101.
    amounts = [8084, 2847, 2217, 2887, 1303, 0]
    assert percentages(amounts) == [47, 16, 13, 17, 7, 0]


def test_largest_remainder_negative_values() -> None:
    # 2022 of the example: spending 16,789.8 and result -159.6 k EUR under allocated 16,630:
    # floors 16,789 and -160 = 16,629; the one left goes to the larger remainder (.8).
    assert split_cents([1_678_980_000, -15_960_000], 100_000, 16_630) == [16_790, -160]


def test_ties_go_to_the_first_value() -> None:
    assert largest_remainder([Fraction(1, 2), Fraction(1, 2)], 1) == [1, 0]


def test_target_below_floors_takes_from_smallest_remainder() -> None:
    assert largest_remainder([Fraction(5, 4), Fraction(7, 4)], 2) == [1, 1]


def test_percentages_of_nothing() -> None:
    assert percentages([0, 0, 0]) == [0, 0, 0]


@given(st.lists(st.integers(min_value=-(10**12), max_value=10**12), min_size=1, max_size=12))
def test_rounding_adds_up_and_stays_within_one(cents: list[int]) -> None:
    unit = 100_000
    target = round_half_up(sum(cents), unit)
    shown = split_cents(cents, unit, target)
    assert sum(shown) == target
    for c, s in zip(cents, shown, strict=True):
        assert abs(Fraction(c, unit) - s) < 1


@given(st.lists(st.integers(min_value=0, max_value=10**10), min_size=1, max_size=8))
def test_percentages_add_to_100(cents: list[int]) -> None:
    p = percentages(cents)
    assert sum(p) == (100 if sum(cents) else 0)
    assert all(x >= 0 for x in p)
