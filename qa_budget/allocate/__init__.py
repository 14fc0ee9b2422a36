"""Distribution keys: from validated inputs and a scenario to an allocation per unit and year."""

from __future__ import annotations

from qa_budget.allocate.result import Allocation
from qa_budget.inputs import Inputs
from qa_budget.scenario import Scenario


def allocate(
    inputs: Inputs,
    scenario: Scenario,
    baseline: Allocation | None = None,
    solver: str = "highs",
    allow_infeasible: bool = False,
) -> Allocation:
    """Allocate the funds to the units with the scenario's key.

    Tariff keys need the baseline scenario's allocation (floors, caps, default pool).
    """
    key = scenario.key
    if key.kind == "uniform":
        from qa_budget.allocate.uniform import allocate_uniform

        return allocate_uniform(inputs, key)
    from qa_budget.allocate.tariff import allocate_tariff

    assert baseline is not None, "a tariff key needs its baseline allocation"
    return allocate_tariff(inputs, scenario, key, baseline, solver, allow_infeasible)


__all__ = ["Allocation", "allocate"]
