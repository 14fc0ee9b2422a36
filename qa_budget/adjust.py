"""Scenario adjustments around the key: revenue what-ifs before it, the oploop after it.

Revenue what-if: the rijksbijdrage or kadernota of a year replaced by an amount or changed by a
percentage ("what if the funds rise 3%?").

Oploop: (part of) the still-to-allocate amount handed out, as the council agreed: the ratio
between unit and central allocation of a reference year is kept, and so are the central
themes (the extra central money follows the central lines of that year).
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from fractions import Fraction
from typing import Any

import polars as pl

from qa_budget.allocation import Allocation
from qa_budget.errors import Money, ScenarioError, msg
from qa_budget.inputs.tables import Inputs
from qa_budget.money import largest_remainder
from qa_budget.notes import Note
from qa_budget.scenario import Oploop, Revenue


def _changed(old: int, change: Decimal | str) -> int:
    if isinstance(change, str):
        pct = Fraction(Decimal(re.sub(r"[%+]", "", change)))
        return int((Fraction(old) * (1 + pct / 100) + Fraction(1, 2)) // 1)
    return int(change * 100)


def apply_revenue(
    inputs: Inputs, revenue: Revenue, source: str = "scenario"
) -> tuple[Inputs, list[Note]]:
    """The inputs with the scenario's revenue overrides applied; notes say old -> new."""
    if not revenue.rijksbijdrage and not revenue.kadernota:
        return inputs, []
    notes: list[Note] = []
    rows = []
    for r in inputs.funds.iter_rows(named=True):
        r = dict(r)
        for column, overrides in (
            ("rijksbijdrage", revenue.rijksbijdrage),
            ("kadernota", revenue.kadernota),
        ):
            change = overrides.get(str(r["year"]), overrides.get("all"))
            if change is not None:
                new = _changed(r[column], change)
                notes.append(
                    Note(
                        f"note_revenue_{column}",
                        {"year": r["year"], "old": r[column], "new": new, "change": change},
                    )
                )
                r[column] = new
        rows.append(r)
    unknown = sorted(
        {
            y
            for o in (revenue.rijksbijdrage, revenue.kadernota)
            for y in o
            if y != "all" and int(y) not in inputs.years
        }
    )
    if unknown:
        raise ScenarioError(
            source,
            [msg("msg_adj_revenue_year", year=", ".join(unknown), years=inputs.years)],
        )
    return replace(inputs, funds=pl.DataFrame(rows, schema=inputs.funds.schema)), notes


def _part(oploop: Oploop, revenue: int, kadernota: int, allocated: int) -> int:
    """The amount the share applies to: the whole still to allocate, or one of its parts."""
    if oploop.part == "kadernota":
        return kadernota - allocated
    if oploop.part == "rijksbijdrage":
        return revenue - kadernota
    return revenue - allocated


def apply_oploop(
    inputs: Inputs, allocation: Allocation, oploop: Oploop, source: str = "scenario"
) -> tuple[Inputs, Allocation]:
    """Hand out (part of) the still-to-allocate amount, keeping the unit/central ratio and the
    central themes. What is said to be handed out is exactly what the units and the central
    lines gain, to the cent."""
    charged = inputs.central.filter(pl.col("charged"))
    before = {}
    for year in inputs.years:
        units = allocation.total(year)
        central = int(charged.filter(pl.col("year") == year)["amount"].sum())
        funds = inputs.funds.filter(pl.col("year") == year)
        before[year] = (
            units,
            central,
            int(funds["rijksbijdrage"].sum()),
            int(funds["kadernota"].sum()),
        )
    ref = oploop.reference_year
    if ref is not None and ref not in before:
        raise ScenarioError(
            source,
            [msg("msg_adj_reference_year", year=ref, years=inputs.years)],
        )
    frame = allocation.units.with_columns(pl.lit(0, dtype=pl.Int64).alias("oploop"))
    extra_central: list[dict[str, Any]] = []
    details: dict[int, dict[str, Any]] = {}
    for year, (units, central, revenue, kadernota) in before.items():
        still = revenue - units - central
        base = _part(oploop, revenue, kadernota, units + central)
        asked = max(0, int(Fraction(base) * Fraction(oploop.share_pct) / 100))
        hand_out = min(asked, max(0, still))  # never more than the revenue leaves
        ru, rc = before[ref if ref is not None else year][:2]
        detail: dict[str, Any] = {
            "still_to_allocate": still,
            "part": oploop.part,
            "base": base,
            "handed_out": 0,
            "units": 0,
            "central": 0,
            "per_student": None,
            "reference_year": ref or year,
            "reason": "",
        }
        details[year] = detail
        if hand_out < asked:
            detail["reason"] = "capped"  # the rijksbijdrage is below the kadernota
        if hand_out == 0:
            continue  # nothing to hand out this year (the part is zero or negative)
        if units == 0:
            # the units' part is spread in proportion to their allocation under the key;
            # with no allocation at all it cannot be, and the ratio cannot be kept
            detail["reason"] = "no_units"
            continue
        total = units + central + hand_out
        new_units = int(Fraction(total * ru, ru + rc) + Fraction(1, 2)) if ru + rc else total
        d_units, d_central = new_units - units, total - new_units - central
        if d_units < 0 or d_central < 0:
            side = msg("msg_adj_side_units" if d_units < 0 else "msg_adj_side_central")
            taken = Money(-min(d_units, d_central))
            raise ScenarioError(
                source,
                [msg("msg_adj_oploop_takes", year=year, ref=ref or year, side=side, taken=taken)],
            )
        lines = charged.filter(pl.col("year") == year).sort("theme", "initiative", "line")
        if d_central and lines.height == 0:
            raise ScenarioError(
                source,
                [msg("msg_adj_oploop_central", year=year)],
            )
        year_mask = pl.col("year") == year
        current = frame.filter(year_mask)["allocation"].to_list()
        shares = largest_remainder([Fraction(d_units * c, units) for c in current], d_units)
        frame = frame.with_columns(
            pl.when(year_mask)
            .then(pl.Series(_spread(frame, year, shares)))
            .otherwise(pl.col("oploop"))
            .alias("oploop")
        )
        if d_central:
            amounts = lines["amount"].to_list()
            split = largest_remainder(
                [Fraction(d_central * a, sum(amounts)) for a in amounts], d_central
            )
            for line, amount in zip(lines.iter_rows(named=True), split, strict=True):
                if amount:
                    extra_central.append(
                        line
                        | {
                            "line": f"{line['line']} (oploop)",
                            "amount": amount,
                            "file": "scenario",
                            "sheet": "oploop",
                            "row": 0,
                        }
                    )
        students = int(frame.filter(year_mask)["students"].sum())
        detail.update(
            handed_out=hand_out,
            units=d_units,
            central=d_central,
            per_student=Fraction(new_units, students) / 100 if students else None,
        )
    frame = frame.with_columns((pl.col("allocation") + pl.col("oploop")).alias("allocation"))
    with_extra = (
        pl.concat([inputs.central, pl.DataFrame(extra_central, schema=inputs.central.schema)])
        if extra_central
        else inputs.central
    )
    notes = [_note(y, d) for y, d in details.items()]
    return replace(inputs, central=with_extra), replace(
        allocation,
        units=frame,
        notes=allocation.notes + notes,
        oploop=details,
        method=allocation.method + f"; oploop {oploop.share_pct}% of {PART_TEXT[oploop.part]}",
    )


PART_TEXT = {
    "total": "still to allocate",
    "kadernota": "kadernota minus allocated",
    "rijksbijdrage": "rijksbijdrage minus kadernota",
}


def _note(year: int, d: dict[str, Any]) -> Note:
    """One note per year, true to the figures: what was handed out and to whom, or why not."""
    if d["reason"] == "no_units":
        return Note("note_oploop_no_units", {"year": year, **_money(d, "still_to_allocate")})
    key = "note_oploop_capped" if d["reason"] == "capped" else "note_oploop"
    fields = ("handed_out", "base", "units", "central", "still_to_allocate")
    return Note(key, {"year": year, "part": d["part"], **_money(d, *fields)})


def _money(d: dict[str, Any], *keys: str) -> dict[str, int]:
    return {k: int(d[k]) for k in keys}


def _spread(frame: pl.DataFrame, year: int, shares: list[int]) -> list[int]:
    """Column values for `oploop`: the shares in this year's rows, zero elsewhere."""
    it = iter(shares)
    return [next(it) if y == year else 0 for y in frame["year"].to_list()]
