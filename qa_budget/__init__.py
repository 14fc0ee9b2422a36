"""qa-budget: planning engine for the quality-agreement funds (kwaliteitsafspraken).

The library (see `qa_budget.api`): `read_inputs`, `load_scenario` / `Scenario`, `compute`,
`compare`, `monitor`, `progress`, `write`, `write_comparison`, `write_monitoring`,
`write_progress`, `register_record`. Names are loaded on first use, so `import qa_budget` (and
`qa-budget --help`) stays quick.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from qa_budget.version import __version__

if TYPE_CHECKING:
    from qa_budget.api import (
        Comparison,
        Indicators,
        Inputs,
        InputSet,
        Monitoring,
        Options,
        Outcome,
        Progress,
        RegisterRecord,
        Result,
        Scenario,
        check_inputs,
        compare,
        compute,
        load_scenario,
        monitor,
        progress,
        read_inputs,
        register_record,
        validate,
        write,
        write_comparison,
        write_monitoring,
        write_progress,
    )

__all__ = [
    "Comparison",
    "Indicators",
    "InputSet",
    "Inputs",
    "Monitoring",
    "Options",
    "Outcome",
    "Progress",
    "RegisterRecord",
    "Result",
    "Scenario",
    "__version__",
    "check_inputs",
    "compare",
    "compute",
    "load_scenario",
    "monitor",
    "progress",
    "read_inputs",
    "register_record",
    "validate",
    "write",
    "write_comparison",
    "write_monitoring",
    "write_progress",
]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from qa_budget import api

        return getattr(api, name)
    raise AttributeError(f"module 'qa_budget' has no attribute {name!r}")
