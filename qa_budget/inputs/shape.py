"""Checks on a sheet's shape: hidden, merged and headerless cells, and empty rows in the middle.

The rule behind them: what qa-budget reads must be what a person sees when they open the
sheet in Excel. Hidden rows and columns that hold data, hidden sheets and merged cells over
the table are errors; an empty row in the middle of the table is a warning.
"""

from __future__ import annotations

from typing import Any

from qa_budget.errors import Location, Msg, Number, Problem, msg
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


def _rows_label(first: int, last: int) -> Msg:
    if first == last:
        return msg("loc_row", n=first + 1)
    return msg("loc_rows", first=first + 1, last=last + 1)


def shape_problems(
    grid: Grid, layout: SheetLayout, table: set[int], file: str, sheet: str
) -> list[Problem]:
    """Problems of a sheet's shape; `table` holds the 0-based columns with a known header."""

    def at(cell: str | Msg | None = None) -> Location:
        return Location(file, sheet, cell)

    problems: list[Problem] = []
    filled = [i for i, row in enumerate(grid) if not all(is_blank(v) for v in row)]
    filled_set = set(filled)
    if layout.hidden and filled:
        problems.append(
            Problem(
                at(),
                msg("msg_shape_hidden_sheet"),
            )
        )
    hidden_rows = sorted(r for r in layout.hidden_rows if r in filled_set)
    for first, last in _spans(hidden_rows):
        label = _rows_label(first, last)
        problems.append(
            Problem(
                at(label),
                msg(
                    "msg_shape_hidden_row" if first == last else "msg_shape_hidden_rows", rows=label
                ),
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
                    at(msg("loc_column", letters=letters)),
                    msg("msg_shape_hidden_column", letters=letters),
                )
            )
    for r1, c1, r2, c2 in layout.merged:
        if any(c1 <= c <= c2 for c in table):
            cells = f"{cell_ref(r1, c1)}:{cell_ref(r2, c2)}"
            problems.append(
                Problem(
                    at(cells),
                    msg("msg_shape_merged", cells=cells),
                )
            )
    header = grid[0] if grid else []
    for col in range(width):
        if col in table or (col < len(header) and not is_blank(header[col])):
            continue
        used = [r for r in range(1, len(grid)) if col < len(grid[r]) and not is_blank(grid[r][col])]
        if used:
            what = (
                msg("msg_shape_a_value")
                if len(used) == 1
                else msg("msg_shape_values", more=Number(len(used) - 1))
            )
            problems.append(
                Problem(
                    at(cell_ref(used[0], col)),
                    msg("msg_shape_no_header", letters=col_letters(col), what=what),
                )
            )
    gaps = [i for i in range(1, filled[-1]) if i not in filled_set] if filled else []
    for first, last in _spans(gaps):
        label = _rows_label(first, last)
        problems.append(
            Problem(
                at(label),
                msg("msg_shape_empty_row" if first == last else "msg_shape_empty_rows", rows=label),
                "warning",
            )
        )
    return problems
