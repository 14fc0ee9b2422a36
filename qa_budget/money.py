"""Money in integer cents: parsing, formatting, k-EUR display and largest-remainder rounding."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from functools import cmp_to_key

CENTS_PER_EUR = 100
CENTS_PER_KEUR = 100_000


def eur_to_cents(value: Decimal | int | str) -> int:
    """Exact conversion of a EUR amount with at most two decimals to cents.

    Raises ValueError when the amount has more than two decimals.
    """
    d = Decimal(str(value))
    cents = d * CENTS_PER_EUR
    if cents != cents.to_integral_value():
        raise ValueError(f"{value} has more than two decimals")
    return int(cents)


def number_to_cents(value: float | int | Decimal) -> tuple[int, bool]:
    """Cents of a number read from a spreadsheet, rounded half-up to the cent.

    Spreadsheets store numbers as binary floats; the shortest decimal representation is
    used (so 1234.56 is 123456 cents exactly). Returns (cents, exact): exact is False
    when the number had sub-cent digits that were rounded away.
    """
    if isinstance(value, int):
        return value * CENTS_PER_EUR, True
    if isinstance(value, float):
        quick = round(value * CENTS_PER_EUR)
        if quick / CENTS_PER_EUR == value and abs(value) < 1e13:  # at most two decimals
            return quick, True
    d = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    cents = (d * CENTS_PER_EUR).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return int(cents), cents == d * CENTS_PER_EUR


def cents_to_decimal(cents: int) -> Decimal:
    """Cents as a EUR Decimal with two decimals."""
    return (Decimal(cents) / CENTS_PER_EUR).quantize(Decimal("0.01"))


def cents_to_float(cents: int) -> float:
    """Cents as a float in EUR, for a number cell (the double nearest the exact amount:
    IEEE division of an integer by 100 is correctly rounded)."""
    return cents / CENTS_PER_EUR


def format_eur(cents: int) -> str:
    """'EUR 1,234,567.89' (negative: 'EUR -1,234.00')."""
    sign = "-" if cents < 0 else ""
    whole, frac = divmod(abs(cents), CENTS_PER_EUR)
    return f"EUR {sign}{whole:,}.{frac:02d}"


def round_half_up(cents: int, unit: int) -> int:
    """Round cents to a whole number of `unit` (e.g. k EUR), halves away from zero."""
    q, r = divmod(abs(cents), unit)
    if 2 * r >= unit:
        q += 1
    return q if cents >= 0 else -q


def largest_remainder(values: Sequence[Fraction | int], target: int) -> list[int]:
    """Round values to integers that add up to `target` (Hamilton / largest-remainder method).

    Every value is first rounded down; the difference to the target is handed out one by one
    to the values with the largest remainders. Ties go to the value that comes first. When the
    target is below the sum of the floors (a parent rounded down), the values with the smallest
    remainders give one back, ties to the value that comes last. Each result differs from its
    exact value by less than one whenever the target differs from the exact sum by less than one.
    """
    fracs = [Fraction(v) for v in values]
    n = len(fracs)
    if n == 0:
        if target != 0:
            raise ValueError("cannot round an empty list to a non-zero total")
        return []
    floors = [f.numerator // f.denominator for f in fracs]
    # remainders as (numerator, denominator) pairs, compared exactly by cross-multiplication
    rems = [
        (f.numerator - fl * f.denominator, f.denominator)
        for f, fl in zip(fracs, floors, strict=True)
    ]
    deficit = target - sum(floors)
    if not -n <= deficit <= n:
        raise ValueError(f"target {target} is too far from the exact sum {sum(fracs)}")

    def larger_first(i: int, j: int) -> int:
        (ri, di), (rj, dj) = rems[i], rems[j]
        diff = rj * di - ri * dj  # > 0 when j's remainder is larger
        return diff if diff else i - j

    result = list(floors)
    if deficit > 0:
        for i in sorted(range(n), key=cmp_to_key(larger_first))[:deficit]:
            result[i] += 1
    elif deficit < 0:
        for i in sorted(range(n), key=cmp_to_key(larger_first))[deficit:]:
            result[i] -= 1
    return result


def split_cents(parts_cents: Sequence[int], unit: int, target_units: int) -> list[int]:
    """Largest-remainder rounding of cent amounts to whole `unit`s adding up to `target_units`."""
    return largest_remainder([Fraction(c, unit) for c in parts_cents], target_units)


def shown_shares(parts_cents: Sequence[int], places: int = 1) -> list[Fraction]:
    """Each part's share of the total (a fraction of 1) as shown with `places` decimals of a
    per cent, largest remainder, so that the shown shares add up to exactly 100% (all 0 when
    the total is 0): 2 / 3 / 2 of 7 show as 28.6%, 42.8%, 28.6%, not 28.6 + 42.9 + 28.6."""
    total = sum(parts_cents)
    if total == 0:
        return [Fraction(0)] * len(parts_cents)
    unit = 100 * 10**places
    rounded = largest_remainder([Fraction(unit * c, total) for c in parts_cents], unit)
    return [Fraction(r, unit) for r in rounded]


def percentages(parts_cents: Sequence[int]) -> list[int]:
    """Whole percentages of each part in the total, adding up to exactly 100 (0s if total is 0)."""
    return [int(100 * share) for share in shown_shares(parts_cents, places=0)]
