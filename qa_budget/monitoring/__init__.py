"""Monitoring: budget against realised spending per theme and unit, the forecast for the year,
the units that have not reported, and the B/R columns of the published annex.

Rules and their reasons: docs/monitoring.md. Public API: `compute_monitoring` (figures of a
computed run, or None without realised.xlsx), `unit_table` (the per-unit table of those
figures), `unit_monitoring` (the two in one call, for the faculty-board and council
workbooks: None until a realised report exists), `run_monitor` (compute, write monitoring.xlsx).
"""

from qa_budget.monitoring.core import (
    MonitorResult,
    compute_monitoring,
    run_monitor,
    unit_monitoring,
    unit_table,
)

__all__ = ["MonitorResult", "compute_monitoring", "run_monitor", "unit_monitoring", "unit_table"]
