"""Checks on a sheet's shape: hidden, merged and headerless cells, and empty rows in the middle.

The rule behind them: what qa-budget reads must be what a person sees when they open the
sheet in Excel. Hidden rows and columns that hold data, hidden sheets and merged cells over
the table are errors; an empty row in the middle of the table is a warning.
"""

from __future__ import annotations

from typing import Any

from qa_budget.errors import Location, Problem
from qa_budget.inputs.layout import SheetLayout, cell_ref, col_letters

Grid = list[list[Any]]


def is_blank(value: Any) -> bool:
    """An empty cell: nothing, or only spaces."""
    return value is None or (isinstance(value, str) and value.strip() == "")


def fill_grid(grid: Grid, layout: SheetLayout) -> None:
    """Put formula errors and uncalculated formulas where calamine reads an empty cell."""
    for (r, c), value in [*layout.errors.items(), *layout.uncalculated.items()]:
        while len(grid) <= r:
            grid.append([])
        row = grid[r]
        if len(row) <= c:
            row.extend([None] * (c + 1 - len(row)))
        if is_blank(row[c]):
            row[c] = value


def _spans(numbers: list[int]) -> list[tuple[int, int]]:
    """Consecutive runs of sorted numbers, e.g. [3, 4, 5, 9] -> [(3, 5), (9, 9)]."""
    runs: list[tuple[int, int]] = []
    for n in numbers:
        if runs and n == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], n)
        else:
            runs.append((n, n))
    return runs


def _rows_label(first: int, last: int) -> str:
    return f"row {first + 1}" if first == last else f"rows {first + 1}-{last + 1}"


def shape_problems(
    grid: Grid, layout: SheetLayout, table: set[int], file: str, sheet: str
) -> list[Problem]:
    """Problems of a sheet's shape; `table` holds the 0-based columns with a known header."""

    def at(cell: str | None = None) -> Location:
        return Location(file, sheet, cell)

    problems: list[Problem] = []
    filled = [i for i, row in enumerate(grid) if not all(is_blank(v) for v in row)]
    filled_set = set(filled)
    if layout.hidden and filled:
        problems.append(
            Problem(
                at(),
                "the sheet is hidden; qa-budget reads only what can be seen in Excel: unhide "
                "it (right-click a sheet tab › Unhide) and check its contents",
            )
        )
    hidden_rows = sorted(r for r in layout.hidden_rows if r in filled_set)
    for first, last in _spans(hidden_rows):
        label = _rows_label(first, last)
        problems.append(
            Problem(
                at(label),
                f"{label} {'is' if first == last else 'are'} hidden but hold{'s' * (first == last)}"
                " data, which would be counted although nobody sees it; unhide (or clear the "
                "filter) and delete what should not count",
            )
        )
    width = max((len(row) for row in grid), default=0)
    for col in range(width):
        if not layout.col_hidden(col):
            continue
        if any(col < len(row) and not is_blank(row[col]) for row in grid):
            letters = col_letters(col)
            problems.append(
                Problem(
                    at(f"column {letters}"),
                    f"column {letters} is hidden but holds data, which would be counted "
                    "although nobody sees it; unhide it and delete what should not count",
                )
            )
    for r1, c1, r2, c2 in layout.merged:
        if any(c1 <= c <= c2 for c in table):
            cells = f"{cell_ref(r1, c1)}:{cell_ref(r2, c2)}"
            problems.append(
                Problem(
                    at(cells),
                    f"cells {cells} are merged; only the first cell of a merged range holds a "
                    "value, the others read as empty. Unmerge them (Home › Merge & Center) and "
                    "type the value in every cell",
                )
            )
    header = grid[0] if grid else []
    for col in range(width):
        if col in table or (col < len(header) and not is_blank(header[col])):
            continue
        used = [r for r in range(1, len(grid)) if col < len(grid[r]) and not is_blank(grid[r][col])]
        if used:
            what = "a value" if len(used) == 1 else f"values (here and in {len(used) - 1} more)"
            problems.append(
                Problem(
                    at(cell_ref(used[0], col)),
                    f"column {col_letters(col)} has no header but holds {what}, which "
                    "qa-budget would ignore; give the column its header from the template, "
                    "or clear it",
                )
            )
    gaps = [i for i in range(1, filled[-1]) if i not in filled_set] if filled else []
    for first, last in _spans(gaps):
        label = _rows_label(first, last)
        problems.append(
            Problem(
                at(label),
                f"{label} {'is' if first == last else 'are'} empty, but rows below hold data; "
                "they are read as part of the table: check that they belong to it (a total row "
                "would be counted twice)",
                "warning",
            )
        )
    return problems
