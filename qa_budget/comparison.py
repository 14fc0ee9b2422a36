"""`compare(results) -> Comparison`: several computed scenarios on the same inputs, side by
side for the council. The first is the baseline; every difference is another scenario minus
the baseline. Pure: `output.write.write_comparison` writes the workbook."""

from __future__ import annotations

from dataclasses import dataclass

from qa_budget.errors import ScenarioError, msg
from qa_budget.result import Result


@dataclass(frozen=True)
class Comparison:
    """The computed scenarios (baseline first) and the years they share."""

    results: list[Result]
    years: list[int]

    @property
    def names(self) -> list[str]:
        """The scenario names, baseline first."""
        return [r.scenario.name for r in self.results]


def compare(results: list[Result]) -> Comparison:
    """The years all scenarios share; the scenarios must differ in name and share the units."""
    if len(results) < 2:
        raise ScenarioError("compare", [msg("msg_cmp_two")])
    base = results[0]
    seen: dict[str, str] = {}
    for r in results:
        name = r.scenario.name
        if name in seen:
            raise ScenarioError(
                r.scenario_path,
                [msg("msg_cmp_same_name", name=name, other=seen[name])],
            )
        seen[name] = str(r.scenario_path)
        if r.inputs.units["code"].to_list() != base.inputs.units["code"].to_list():
            raise ScenarioError(
                r.scenario_path,
                [msg("msg_cmp_other_units", base=base.scenario_path)],
            )
    years = [y for y in base.scenario.years if all(y in r.scenario.years for r in results)]
    if not years:
        raise ScenarioError(
            results[-1].scenario_path,
            [msg("msg_cmp_no_year", base=base.scenario_path)],
        )
    return Comparison(results, years)
