"""The monitoring workbook (monitoring.xlsx): budget against realised."""

from qa_budget.report.monitoring.book import write_workbook

__all__ = ["write_workbook"]
