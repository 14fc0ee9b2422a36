"""Hold-harmless limits as data: floors and caps per unit and year, each tied to its policy line."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

_TIMES, _PLUS = 0, 1  # a limit as baseline × factor, or baseline + offset


@dataclass(frozen=True)
class Limit:
    """One bound on one unit: allocation ≥ value (floor) or ≤ value (cap), in cents.

    `step` is how much the bound moves per unit of relaxation (a percentage point, or a euro),
    so an elastic model can say how far the policy parameter must move to become feasible.
    """

    family: str  # max_loss | max_gain | yearly
    unit: int
    lower: bool  # True: floor, False: cap
    value: Fraction
    step: Fraction
    parameter: Decimal  # the scenario's value of the policy parameter
    in_pct: bool  # True: the parameter is a percentage, False: EUR


def unit_limits(
    unit: int,
    baseline: int,
    previous: int | None,
    *,
    loss_pct: Decimal | None,
    gain_pct: Decimal | None,
    loss_eur: Decimal | None,
    gain_eur: Decimal | None,
    yearly_pct: Decimal | None,
) -> list[Limit]:
    """The limits of one unit in one year against its baseline (and its previous year)."""
    return Rates(loss_pct, gain_pct, loss_eur, gain_eur, yearly_pct).limits(
        unit, baseline, previous
    )


class Rates:
    """A scenario's limit parameters as exact factors, worked out once for every unit."""

    def __init__(
        self,
        loss_pct: Decimal | None,
        gain_pct: Decimal | None,
        loss_eur: Decimal | None,
        gain_eur: Decimal | None,
        yearly_pct: Decimal | None,
    ) -> None:
        self.loss_pct, self.gain_pct, self.loss_eur = loss_pct, gain_pct, loss_eur
        self.gain_eur, self.yearly_pct = gain_eur, yearly_pct
        pct = Fraction(1, 100)
        self.loss = None if loss_pct is None else 1 - Fraction(loss_pct) * pct
        self.gain = None if gain_pct is None else 1 + Fraction(gain_pct) * pct
        self.down = None if loss_eur is None else Fraction(loss_eur) * 100
        self.up = None if gain_eur is None else Fraction(gain_eur) * 100
        self.yearly = None if yearly_pct is None else Fraction(yearly_pct) * pct

    def effective(
        self, baseline: Sequence[int], previous: Sequence[int] | None
    ) -> tuple[list[int], list[int | None], list[str], list[str]]:
        """`effective(n, limits)` of every unit's limits, in integer arithmetic and without
        building the Limit records (they are built only to explain an infeasible year)."""
        lower: list[tuple[str, Fraction, int]] = []  # (family, factor or offset, kind)
        upper: list[tuple[str, Fraction, int]] = []
        if self.loss is not None and self.loss_pct is not None:
            lower.append(("max_loss", self.loss, _TIMES))
        if self.down is not None and self.loss_eur is not None:
            lower.append(("max_loss", -self.down, _PLUS))
        if self.gain is not None and self.gain_pct is not None:
            upper.append(("max_gain", self.gain, _TIMES))
        if self.up is not None and self.gain_eur is not None:
            upper.append(("max_gain", self.up, _PLUS))
        yearly = self.yearly is not None and self.yearly_pct is not None and previous is not None
        n = len(baseline)
        floors: list[int] = [0] * n
        caps: list[int | None] = [None] * n
        floor_src, cap_src = [""] * n, [""] * n
        for i in range(n):
            b = baseline[i]
            for family, x, kind in lower:
                num = b * x.numerator if kind == _TIMES else b * x.denominator + x.numerator
                v = max(0, -(-num // x.denominator))
                if v > floors[i] or (v == floors[i] and not floor_src[i] and v > 0):
                    floors[i], floor_src[i] = v, family
            if yearly:
                assert previous is not None and self.yearly is not None
                p, y = previous[i], 1 - self.yearly
                v = max(0, -(-(p * y.numerator) // y.denominator))
                if v > floors[i] or (v == floors[i] and not floor_src[i] and v > 0):
                    floors[i], floor_src[i] = v, "yearly"
            for family, x, kind in upper:
                num = b * x.numerator if kind == _TIMES else b * x.denominator + x.numerator
                v = max(0, num // x.denominator)
                current = caps[i]
                if current is None or v < current:
                    caps[i], cap_src[i] = v, family
            if yearly:
                assert previous is not None and self.yearly is not None
                p, y = previous[i], 1 + self.yearly
                v = max(0, (p * y.numerator) // y.denominator)
                current = caps[i]
                if current is None or v < current:
                    caps[i], cap_src[i] = v, "yearly"
        return floors, caps, floor_src, cap_src

    def limits(self, unit: int, baseline: int, previous: int | None) -> list[Limit]:
        """The limits of one unit in one year against its baseline (and previous year)."""
        b = Fraction(baseline)
        step = b / 100
        out: list[Limit] = []
        if self.loss is not None and self.loss_pct is not None:
            out.append(Limit("max_loss", unit, True, b * self.loss, step, self.loss_pct, True))
        if self.down is not None and self.loss_eur is not None:
            out.append(
                Limit("max_loss", unit, True, b - self.down, Fraction(100), self.loss_eur, False)
            )
        if self.gain is not None and self.gain_pct is not None:
            out.append(Limit("max_gain", unit, False, b * self.gain, step, self.gain_pct, True))
        if self.up is not None and self.gain_eur is not None:
            out.append(
                Limit("max_gain", unit, False, b + self.up, Fraction(100), self.gain_eur, False)
            )
        if self.yearly is not None and self.yearly_pct is not None and previous is not None:
            p = Fraction(previous)
            out.append(
                Limit("yearly", unit, True, p * (1 - self.yearly), p / 100, self.yearly_pct, True)
            )
            out.append(
                Limit("yearly", unit, False, p * (1 + self.yearly), p / 100, self.yearly_pct, True)
            )
        return out


def effective(
    n: int, limits: Sequence[Limit]
) -> tuple[list[int], list[int | None], list[str], list[str]]:
    """Per unit: floor and cap in whole cents (floors rounded up, caps down, so every limit
    holds), and the family that sets each."""
    floors = [0] * n
    caps: list[int | None] = [None] * n
    floor_src = [""] * n
    cap_src = [""] * n
    for lim in limits:
        i = lim.unit
        if lim.lower:
            v = max(0, math.ceil(lim.value))
            if v > floors[i] or (v == floors[i] and not floor_src[i] and v > 0):
                floors[i], floor_src[i] = v, lim.family
        else:
            v = max(0, math.floor(lim.value))
            current = caps[i]
            if current is None or v < current:
                caps[i], cap_src[i] = v, lim.family
    return floors, caps, floor_src, cap_src
