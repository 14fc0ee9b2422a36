"""The university overview workbook (overview.xlsx), for finance staff."""

from qa_budget.report.overview.book import shown_years, write_overview

__all__ = ["shown_years", "write_overview"]
