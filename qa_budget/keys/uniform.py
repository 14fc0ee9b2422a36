"""The uniform key: the same amount per EEA student for every unit (EUR 500 as adopted)."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Literal

import polars as pl
from pydantic import Field

from qa_budget.allocation import Allocation
from qa_budget.fields import NOT_TEXT
from qa_budget.inputs.tables import Inputs
from qa_budget.keys.base import DistributionKey, KeyContext
from qa_budget.money import eur_to_cents, format_eur
from qa_budget.texts import format_money, format_number, label


class UniformKey(DistributionKey):
    """The adopted key: one amount per EEA student per year, the same for every unit."""

    kind: Literal["uniform"]
    """Distribution key kind: "uniform" (the same amount per EEA student for every unit)."""

    amount_per_student: Annotated[Decimal, Field(gt=0, le=1_000_000, decimal_places=2), NOT_TEXT]
    """Amount in EUR per EEA student per year (cents allowed), e.g. 500."""

    @property
    def amount_cents(self) -> int:
        """The amount per student in cents."""
        return eur_to_cents(self.amount_per_student)

    def allocate(self, ctx: KeyContext) -> Allocation:
        """Unit allocation = amount per student × EEA students (all tiers), per unit and year."""
        inputs, per_student = ctx.inputs, self.amount_cents
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
        known = inputs.students.filter(pl.col("unit").is_in(list(order)))
        counted = dict(known.group_by("year").agg(pl.col("count").sum()).iter_rows())
        return Allocation(
            units=units,
            method=f"uniform amount of {format_eur(per_student)} per EEA student per year",
            totals={y: int(counted.get(y, 0)) * per_student for y in inputs.years},
            total_rule="students × amount per student",
        )

    def sentence(self, lang: str) -> str:
        """'Uniform amount of EUR 500 per EEA student per year' in the language asked."""
        return label("method_uniform", lang).format(amount=format_money(self.amount_cents, lang))

    def explanation(self, lang: str) -> str:
        """A fixed amount per enrolled EEA student; allocation = students × amount."""
        amount = format_money(self.amount_cents, lang)
        return label("key_uniform_explained", lang).format(amount=amount)

    def parameters(self, lang: str) -> list[str]:
        """'amount per EEA student EUR 500'."""
        amount = format_money(self.amount_cents, lang)
        return [label("param_amount_per_student", lang).format(amount=amount)]

    def trace(
        self, allocation: Allocation, inputs: Inputs, unit: str, year: int, lang: str = "en"
    ) -> list[str]:
        """students × amount per student."""
        r = allocation.row(unit, year)
        before = r["allocation"] - int(r.get("oploop") or 0)
        return [
            "  "
            + label("trace_uniform", lang).format(
                students=format_number(int(r["students"]), lang),
                amount=format_money(int(r["per_student"]), lang, decimals=True),
                allocation=format_money(before, lang, decimals=True),
            )
        ]
