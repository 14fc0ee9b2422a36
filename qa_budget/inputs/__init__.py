"""The input workbooks: read each file once (registry.py, readers/), check them (checks.py),
and the tables as data (tables.py)."""

from qa_budget.inputs.tables import Inputs, InputSet, Realised, Reference

__all__ = ["InputSet", "Inputs", "Realised", "Reference"]
