"""Monitoring: budget against realised spending per theme and unit, the forecast for the year,
the units that have not reported, and the B/R columns of the published annex.

Rules and their reasons: docs/monitoring.md. `compute_monitoring` is pure (model.py holds
the result as data); `qa_budget.monitor` is the public entry that finds the inputs for it.
"""

from qa_budget.monitoring.model import Monitoring

__all__ = ["Monitoring"]
