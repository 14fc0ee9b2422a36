"""Tables written the same way to a workbook and a document: each cell has the text a
document shows and, where it is a figure, the number and number format a workbook writes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from qa_budget.report.common.sheet import Formats, Sheet

NUMBER_FORMATS = {
    "pct0": "0%",
    **{f"ind{d}": "#,##0" + ("." + "0" * d if d else "") for d in range(4)},
    **{f"pct_ind{d}": "#,##0" + ("." + "0" * d if d else "") + '"%"' for d in range(4)},
}


@dataclass(frozen=True)
class Cell:
    """One cell: the text the document shows; the number and format the workbook writes."""

    text: str
    value: float | None = None
    fmt: str = "text"  # a workbook format: keur, eur0, pct0, ind0..ind3, pct_ind0..3, text
    bold: bool = False


@dataclass(frozen=True)
class Table:
    """A table: headers, rows, the first column of figures, and relative column widths."""

    headers: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    numeric_from: int
    widths: tuple[float, ...]


def table_formats(fmt: Formats) -> Formats:
    """The formats `write_table` needs, added to a workbook's report formats."""
    specs: dict[str, dict[str, Any]] = {
        key: {"num_format": number, "valign": "top"} for key, number in NUMBER_FORMATS.items()
    }
    for key in ("text", "keur", "eur0", *NUMBER_FORMATS):
        number = NUMBER_FORMATS.get(key) or fmt.specs[key].get("num_format", "General")
        specs[f"{key}_bold"] = {"num_format": number, "bold": True, "top": 1}
    specs["right"] = {"align": "right", "valign": "top"}
    specs["num_top"] = {"valign": "top"}
    return fmt.more(specs)


def lines(text: str, width: float) -> int:
    """The lines a text needs in a wrapped cell `width` characters wide."""
    per_line = max(int(width * 1.1), 1)
    return sum(max(1, -(-len(part) // per_line)) for part in text.split("\n"))


def fit_row(s: Sheet, row: int, texts: Sequence[str], widths: Sequence[float]) -> None:
    """Give a row the height its wrapped texts need (a program-written row does not grow)."""
    needed = max((lines(t, w) for t, w in zip(texts, widths, strict=False) if t), default=1)
    if needed > 1:
        s.ws.set_row(row, 15 * needed)


def write_table(s: Sheet, row: int, table: Table, widths: Sequence[float]) -> int:
    """A table from `row` on: header, then each cell as a number (with its format) where it
    has one, else as text (formats from `table_formats`). Returns the row after the table."""
    s.row_texts(row, 0, list(table.headers), numeric_from=table.numeric_from)
    fit_row(s, row, table.headers, widths)
    for r, cells in enumerate(table.rows, start=row + 1):
        fit_row(s, r, [c.text if c.value is None else "" for c in cells], widths)
        for c, cell in enumerate(cells):
            fmt = cell.fmt + ("_bold" if cell.bold else "")
            if cell.value is not None:
                s.number(r, c, cell.value, fmt)
            elif cell.text:
                right = c >= table.numeric_from and not cell.bold
                s.text(
                    r, c, cell.text, "right" if right else ("text_bold" if cell.bold else "wrap")
                )
    return row + len(table.rows) + 1
