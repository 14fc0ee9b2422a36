"""Shares shown with one decimal add up to the 100.0% shown beside them, in every workbook a
reader gets: the overview's themes in EUR, each faculty board's plan per theme and plan
versions, and the council's theme mixes and plans per unit (largest remainder, as the
published table of the source document does not)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from pathlib import Path

import openpyxl
import pytest
from openpyxl.cell.cell import Cell

from qa_budget.money import shown_shares
from tests.conftest import ROOT, SCENARIO, cli

TARIFF = ROOT / "scenarios" / "tariff-tiers.toml"
PERCENT, PERCENT_NUMBER = "0.0%", "0.0"  # pct1 (a fraction shown as %) and pct_num1 (per cent)


def _shown(cell: Cell) -> Decimal | None:
    """A share as the reader sees it, in per cent with one decimal (as a spreadsheet rounds:
    halves away from zero); None for a cell that shows no share."""
    if not isinstance(cell.value, int | float) or isinstance(cell.value, bool):
        return None
    if cell.number_format not in (PERCENT, PERCENT_NUMBER):
        return None
    value = Decimal(repr(cell.value)) * (100 if cell.number_format == PERCENT else 1)
    return value.quantize(Decimal("0.1"), ROUND_HALF_UP)


def _groups(cells: list[Cell]) -> list[list[tuple[Cell, Decimal]]]:
    """Runs of at least three shares one after the other (a row or a column)."""
    runs: list[list[tuple[Cell, Decimal]]] = [[]]
    for cell in cells:
        shown = _shown(cell)
        if shown is None:
            runs.append([])
        else:
            runs[-1].append((cell, shown))
    return [r for r in runs if len(r) >= 3]


def not_adding_up(path: Path) -> list[str]:
    """Every run of shares ending in a total shown as 100.0 whose parts show another sum."""
    found = []
    book = openpyxl.load_workbook(path, data_only=True)  # the values a reader sees
    for sheet in book.worksheets:
        lines = [*sheet.iter_rows(), *sheet.iter_cols()]
        for run in (g for line in lines for g in _groups(list(line))):
            *parts, (total_cell, total) = run
            label = sheet.cell(total_cell.row, 1).value
            if total != 100 or "2018" in str(label):  # the published 2018 plan: as published
                continue
            shown_sum = sum(shown for _, shown in parts)
            if abs(shown_sum - total) > 1:  # not parts of a whole (realised against budget)
                continue
            if shown_sum != total:
                where = f"{path.name} {sheet.title}!{parts[0][0].coordinate}"
                found.append(f"{where}:{total_cell.coordinate} adds up to {shown_sum}")
    return found


def test_shown_shares_add_up_by_hand() -> None:
    def tenths(*per_mille: int) -> list[Fraction]:
        return [Fraction(p, 1000) for p in per_mille]

    # 2 : 3 : 2 of 7 is 28.571..%, 42.857..%, 28.571..%: rounded one by one 28.6 + 42.9 + 28.6
    # = 100.1; the largest remainders (0.071 twice, 0.057) give 28.6, 42.8, 28.6
    assert shown_shares([200, 300, 200]) == tenths(286, 428, 286)
    # a third each: 33.3 + 33.3 + 33.3 = 99.9 one by one; the first gets the tenth left over
    assert shown_shares([1, 1, 1]) == tenths(334, 333, 333)
    assert shown_shares([0, 0]) == [0, 0]  # nothing planned: no shares, not a division by 0
    assert sum(shown_shares([5, 7, 11, 13, 17, 19])) == 1


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_workbook_shows_shares_that_add_up(example: Path, tmp_path: Path, lang: str) -> None:
    out = tmp_path / "out"
    assert cli("run", SCENARIO, "--inputs", example, "--out", out, "--lang", lang).code == 0
    compared = cli("compare", SCENARIO, TARIFF, "--inputs", example, "--out", out, "--lang", lang)
    assert compared.code == 0, compared.text
    books = [out / "uniform-500" / "overview.xlsx", *sorted((out / "comparison").glob("*.xlsx"))]
    books += sorted((out / "uniform-500" / "faculty").glob("*.xlsx"))
    assert len(books) >= 10
    problems = [p for book in books for p in not_adding_up(book)]
    assert problems == []
