"""The university council's comparison pack (comparison/<A>--<B>.xlsx)."""

from qa_budget.report.council.book import write_council

__all__ = ["write_council"]
