"""The interface every distribution key implements, and what it is given to allocate.

A key is a scenario-file model (its `kind` and parameters) that can allocate: from the
checked inputs of a run (and, if it needs one, the allocation of a baseline scenario) to an
`Allocation` per unit and year. It says in one sentence what it does (nl/en), what the units
receive together per year by its own rule (the identity checked in every output), and how one
unit's figure came about. A new key is one module: a subclass of `DistributionKey`, listed in
`keys/__init__.py`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from qa_budget.allocation import Allocation
from qa_budget.fields import Strict
from qa_budget.inputs.tables import Inputs


@dataclass(frozen=True)
class KeyContext:
    """What a key allocates from."""

    inputs: Inputs
    baseline: Allocation | None = None  # the baseline scenario's allocation, when needed
    solver: str = "highs"
    allow_infeasible: bool = False
    source: str = "scenario"  # the scenario file, for messages


class DistributionKey(Strict):
    """Base of every distribution key (see the module docstring)."""

    def baseline_scenario(self) -> Any | None:
        """The scenario whose allocation this key needs (floors, caps, pool), or None."""
        return None

    def allocate(self, ctx: KeyContext) -> Allocation:
        """The allocation per unit and year, with `totals` set by the key's own rule."""
        raise NotImplementedError

    def sentence(self, lang: str) -> str:
        """The key in one plain sentence, in Dutch (nl) or English (en)."""
        raise NotImplementedError

    def explanation(self, lang: str) -> str:
        """How the key works, in a few plain sentences (nl/en), for the method note."""
        raise NotImplementedError

    def parameters(self, lang: str) -> list[str]:
        """The key's parameters in words (nl/en), one phrase each, for a method sheet."""
        raise NotImplementedError

    def limits(self, lang: str) -> dict[str, str]:
        """The key's floors and caps in words, by kind ('floor', 'cap', 'yearly-floor',
        'yearly-cap', 'band'): the kinds of the allocation's `binding` column. None: {}."""
        return {}

    def trace(
        self, allocation: Allocation, inputs: Inputs, unit: str, year: int, lang: str = "en"
    ) -> list[str]:
        """How one unit's allocation in one year came about, step by step (nl/en)."""
        raise NotImplementedError
