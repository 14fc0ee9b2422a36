"""The faculty-board workbooks (faculty/<UNIT>.xlsx), one per unit."""

from qa_budget.report.faculty.batch import write_all

__all__ = ["write_all"]
