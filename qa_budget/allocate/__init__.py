"""Distribution keys: from validated inputs and a scenario to an allocation per unit and year."""

from __future__ import annotations

from qa_budget.allocate.result import Allocation
from qa_budget.inputs import Inputs
from qa_budget.scenario import Scenario


def allocate(inputs: Inputs, scenario: Scenario) -> Allocation:
    """Allocate the funds to the units with the scenario's key."""
    if scenario.key.kind == "uniform":
        from qa_budget.allocate.uniform import allocate_uniform

        return allocate_uniform(inputs, scenario.key)
    raise AssertionError(f"unknown key kind {scenario.key.kind}")  # pragma: no cover


__all__ = ["Allocation", "allocate"]
