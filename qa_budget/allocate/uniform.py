"""The uniform key: the same amount per EEA student for every unit (EUR 500 as adopted)."""

from __future__ import annotations

import polars as pl

from qa_budget.allocate.result import Allocation
from qa_budget.inputs import Inputs
from qa_budget.money import format_eur
from qa_budget.scenario import UniformKey


def allocate_uniform(inputs: Inputs, key: UniformKey) -> Allocation:
    """Unit allocation = amount per student × EEA students (all tiers), per unit and year."""
    per_student = key.amount_cents
    order = {code: i for i, code in enumerate(inputs.units["code"].to_list())}
    units = (
        inputs.students_per_unit()
        .rename({"count": "students"})
        .with_columns(
            pl.lit(per_student, dtype=pl.Int64).alias("per_student"),
            (pl.col("students") * per_student).alias("allocation"),
            pl.col("unit").replace_strict(order, return_dtype=pl.Int64).alias("_order"),
        )
        .sort("_order", "year")
        .drop("_order")
    )
    return Allocation(
        units=units,
        method=f"uniform amount of {format_eur(per_student)} per EEA student per year",
    )
