"""What the overview's sheets share: the EUR cell value, a SUM over rows, the check tolerance."""

from __future__ import annotations

from collections.abc import Callable, Hashable

from qa_budget.money import cents_to_float
from qa_budget.report.common.sheet import Sheet

EPS = 0.005  # half a cent: the tolerance of the EUR checks in the workbook
Text = Callable[[str], str]
Terms = list[tuple[int, Hashable]]


def eur(cents: int) -> float:
    return cents_to_float(cents)


def sum_rows(s: Sheet, first: int, last: int, col: int) -> str:
    return f"=SUM({s.local(first, col)}:{s.local(last, col)})"
