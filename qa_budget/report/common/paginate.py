"""Where the pages of a sheet printed one page wide end: manual breaks so that a table with its
title is never split when it fits on one page, and a long table never starts with a scrap.

A spreadsheet program fits the sheet to the page width and breaks pages where they are full;
it does not know which rows belong together. The printed height of every row is estimated from
the row heights and column widths the writer set, at the scale LibreOffice prints at (it
measures a column in its own default font, a digit about 7 points wide: a column of n
characters is about 7n + 5 points), and a break is put before a block of rows that would not
fit on what is left of the page. Excel ignores manual breaks on a sheet fitted to the page
width and breaks where its pages are full.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

POINTS_PER_PIXEL = 0.75  # a row's height, set in pixels, printed in points
COLUMN_POINTS_PER_PIXEL = 1.0  # a column's width in Excel pixels, printed by LibreOffice
DEFAULT_ROW = 15.0  # points
DEFAULT_COLUMN = 64  # pixels (8.43 characters)
# Inside the margins of A4 (0.5 inch left and right, 0.75 inch top and bottom), in points:
# (width, height), landscape and portrait; the height kept a little short (headers, rounding).
PRINTABLE = {True: (770.0, 487.0 * 0.95), False: (523.0, 734.0 * 0.95)}
SCRAP_ROWS = 6  # a table taller than a page starts on a new page unless this much of it fits


def _row_points(ws: Any, row: int) -> float:
    size = ws.row_sizes.get(row)
    if size is None:
        return DEFAULT_ROW
    height, hidden = size[0], size[1]
    return 0.0 if hidden else float(height) * POINTS_PER_PIXEL


def _width_points(ws: Any, last_col: int) -> float:
    total = 0.0
    for col in range(last_col + 1):
        info = ws.col_info.get(col)
        if info is None:
            total += DEFAULT_COLUMN * COLUMN_POINTS_PER_PIXEL
        elif not info.hidden:
            width = DEFAULT_COLUMN if info.width is None else info.width
            total += float(width) * COLUMN_POINTS_PER_PIXEL
    return total


def scale(ws: Any, last_col: int, landscape: bool = True) -> float:
    """The scale (at most 1) at which the columns up to `last_col` fit the page width."""
    width = _width_points(ws, last_col)
    return min(1.0, PRINTABLE[landscape][0] / width) if width else 1.0


def page_breaks(
    ws: Any,
    last_row: int,
    last_col: int,
    keep: Sequence[tuple[int, int]],
    repeat: tuple[int, int] | None = None,
    landscape: bool = True,
) -> list[int]:
    """The rows before which a page should break so that no `keep` block is split (when it
    fits on a page) and no long block starts with fewer than a few rows at a page's foot."""
    factor = scale(ws, last_col, landscape)
    height = PRINTABLE[landscape][1]
    if repeat is not None:
        height -= factor * sum(_row_points(ws, r) for r in range(repeat[0], repeat[1] + 1))
    starts: dict[int, int] = {}
    for first, last in keep:
        last = min(last, last_row)  # a block that reaches past the sheet's end ends with it
        if first <= last:
            starts[first] = max(starts.get(first, first), last)
    breaks: list[int] = []
    used = 0.0
    pages = [0]  # the first row of each page
    for row in range(last_row + 1):
        if row in starts and used > 0:
            rows = range(row, starts[row] + 1)
            block = factor * sum(_row_points(ws, r) for r in rows)
            if block > height:  # too tall for any page: only its first rows need room
                block = factor * sum(_row_points(ws, r) for r in list(rows)[:SCRAP_ROWS])
            if used + block > height:
                breaks.append(row)
                pages.append(row)
                used = 0.0
        h = factor * _row_points(ws, row)
        if used + h > height and used > 0:  # the program breaks here by itself
            pages.append(row)
            used = 0.0
        used += h
    # no last page with a scrap of the sheet: it starts a few rows earlier instead
    if len(pages) > 1 and last_row + 1 - pages[-1] < SCRAP_ROWS:
        earlier = max(last_row + 1 - SCRAP_ROWS, pages[-2] + 1)
        if earlier < pages[-1]:
            breaks = sorted({b for b in breaks if b < earlier} | {earlier})
    return breaks
