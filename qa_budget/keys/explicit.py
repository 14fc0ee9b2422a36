"""The explicit key: amounts per unit and year given in the scenario itself.

For an allocation that is decided rather than computed (a negotiated settlement, a transition
year, last year's figures carried forward), so that it runs through the same reconciliation,
checks and workbooks as the computed keys.
"""

from __future__ import annotations

from typing import Literal

import polars as pl

from qa_budget.allocation import Allocation
from qa_budget.errors import ScenarioError, msg
from qa_budget.fields import Money, YearOrAll
from qa_budget.inputs.tables import Inputs
from qa_budget.keys.base import DistributionKey, KeyContext
from qa_budget.money import eur_to_cents
from qa_budget.texts import format_money, format_number, label


class ExplicitKey(DistributionKey):
    """Fixed amounts per unit and year, given in the scenario."""

    kind: Literal["explicit"]
    """Distribution key kind: "explicit" (the amounts per unit are given, not computed)."""

    amounts: dict[str, dict[YearOrAll, Money]]
    """EUR per unit code and year (or "all" for every year), e.g.
    {FGW = {2024 = 1250000, all = 1200000}}. A unit or year not listed receives 0."""

    def amount(self, unit: str, year: int) -> int:
        """The amount of a unit in a year, in cents (0 when not listed)."""
        given = self.amounts.get(unit, {})
        value = given.get(str(year), given.get("all"))
        return 0 if value is None else eur_to_cents(value)

    def allocate(self, ctx: KeyContext) -> Allocation:
        """Every unit gets its listed amount; per student is shown for information."""
        inputs = ctx.inputs
        codes = inputs.units["code"].to_list()
        unknown = sorted(set(self.amounts) - set(codes))
        if unknown:
            raise ScenarioError(
                ctx.source,
                [msg("msg_key_unknown_unit", name="key.amounts", units=", ".join(unknown))],
            )
        students = dict(
            ((u, y), n)
            for u, y, n in inputs.students_per_unit().select("unit", "year", "count").iter_rows()
        )
        rows = [
            {
                "unit": u,
                "year": y,
                "students": int(students.get((u, y), 0)),
                "allocation": self.amount(u, y),
            }
            for u in codes
            for y in inputs.years
        ]
        units = (
            pl.DataFrame(
                rows,
                schema={
                    "unit": pl.String,
                    "year": pl.Int64,
                    "students": pl.Int64,
                    "allocation": pl.Int64,
                },
            )
            .with_columns(
                pl.when(pl.col("students") > 0)
                .then((pl.col("allocation") / pl.col("students")).round(0))
                .otherwise(0)
                .cast(pl.Int64)
                .alias("per_student")
            )
            .select("unit", "year", "students", "per_student", "allocation")
        )
        return Allocation(
            units=units,
            method="explicit amounts per unit and year, given in the scenario",
            totals={y: sum(self.amount(u, y) for u in self.amounts) for y in inputs.years},
            total_rule="the amounts given in the scenario",
        )

    def sentence(self, lang: str) -> str:
        """'Amounts per unit and year as given in the scenario' in the language asked."""
        return label("method_explicit", lang)

    def explanation(self, lang: str) -> str:
        """The amounts are decided, not computed."""
        return label("key_explicit_explained", lang)

    def parameters(self, lang: str) -> list[str]:
        """'amounts per unit and year as the scenario gives them (8 units)'."""
        return [label("param_explicit", lang).format(n=format_number(len(self.amounts), lang))]

    def trace(
        self, allocation: Allocation, inputs: Inputs, unit: str, year: int, lang: str = "en"
    ) -> list[str]:
        """The amount as given."""
        amount = format_money(self.amount(unit, year), lang, decimals=True)
        return ["  " + label("trace_explicit", lang).format(amount=amount)]
