"""The validation rules of the optional workbooks: realised.xlsx and reference.xlsx."""

from __future__ import annotations

from typing import Any

import polars as pl

from qa_budget.errors import Location, Problem, msg
from qa_budget.inputs.checks import check_unique
from qa_budget.inputs.contracts import CENTRAL_UNIT, MOMENT_ORDER


def _where(r: dict[str, Any], cell: str | None = None) -> Location:
    return Location(str(r["file"]), str(r["sheet"]), cell or msg("loc_row", n=r["row"]))


def check_realised_units_known(spending: pl.DataFrame, units: pl.DataFrame) -> list[Problem]:
    """Every reporting unit is in units.xlsx (or is CENTRAAL, the central initiatives)."""
    known = set(units["code"].to_list()) | {CENTRAL_UNIT}
    return [
        Problem(
            _where(r, r["unit_cell"]),
            msg("msg_opt_unit_unknown", unit=r["unit"], central=CENTRAL_UNIT),
        )
        for r in spending.iter_rows(named=True)
        if r["unit"] not in known
    ]


def check_realised_rows_unique(spending: pl.DataFrame) -> list[Problem]:
    """One amount per unit, year, theme and moment."""
    return check_unique(
        spending,
        ("unit", "year", "theme", "moment"),
        lambda r, first: msg(
            "msg_opt_amount_twice",
            unit=r["unit"],
            year=r["year"],
            theme=r["theme"],
            moment=r["moment"],
            first=first,
        ),
    )


def check_revenue_years_unique(revenue: pl.DataFrame) -> list[Problem]:
    """One realised revenue per year on the Baten sheet."""
    return check_unique(
        revenue,
        ("year",),
        lambda r, first: msg("msg_chk_year_twice", year=r["year"], first=first),
        "year_cell",
    )


def check_realised_cumulative(spending: pl.DataFrame) -> list[Problem]:
    """A later report is not lower than an earlier one (warning: amounts are cumulative)."""
    problems = []
    earlier: dict[tuple[object, ...], dict[str, Any]] = {}
    ordered = spending.with_columns(
        pl.col("moment").replace_strict(MOMENT_ORDER, return_dtype=pl.Int64).alias("_order")
    ).sort("unit", "year", "theme", "_order", "row")
    for r in ordered.iter_rows(named=True):
        key = (r["unit"], r["year"], r["theme"])
        before = earlier.get(key)
        if before is not None and r["amount"] < before["amount"] and r["_order"] > before["_order"]:
            problems.append(
                Problem(
                    _where(r, r["amount_cell"]),
                    msg(
                        "msg_opt_lower",
                        unit=r["unit"],
                        year=r["year"],
                        theme=r["theme"],
                        moment=r["moment"],
                        before=before["moment"],
                        row=before["row"],
                    ),
                    "warning",
                )
            )
        earlier[key] = r
    return problems


def check_reference_rows_unique(frame: pl.DataFrame, keys: tuple[str, ...]) -> list[Problem]:
    """One published figure per line, year and column (or theme and year)."""
    return check_unique(
        frame,
        keys,
        lambda r, first: msg(
            "msg_opt_figure_twice",
            what=", ".join(str(r[k]) for k in keys),
            first=first,
            keys=", ".join(keys),
        ),
    )
