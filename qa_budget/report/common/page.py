"""Ready to print: page setup, headers and footers, extra formats, and the inputs' fingerprint.

Headers and footers never carry the wall-clock time: they name the inputs by a fingerprint
(SHA-256 over the input files' hashes), so identical inputs give identical bytes.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any

from qa_budget.made_from import inputs_fingerprint as inputs_fingerprint
from qa_budget.report.common.paginate import page_breaks
from qa_budget.report.common.sheet import FIXED_CREATED, TOP, Formats, Sheet, add_formats
from qa_budget.texts import label

EXTRA_FORMATS: dict[str, dict[str, Any]] = {
    "eur0": {"num_format": "#,##0;-#,##0"},
    "eur0_total": {"num_format": "#,##0;-#,##0", "bold": True, "top": 1},
    "eur0_signed": {"num_format": "+#,##0;-#,##0;0"},
    "eur0_signed_total": {"num_format": "+#,##0;-#,##0;0", "bold": True, "top": 1},
    "pct1_signed": {"num_format": "+0.0%;-0.0%;0.0%"},
    "pct1_signed_total": {"num_format": "+0.0%;-0.0%;0.0%", "bold": True, "top": 1},
    "pp1_signed": {"num_format": "+0.0;-0.0;0.0"},
    "pct_num1": {"num_format": "0.0"},
    "keur1": {"num_format": "#,##0.0;-#,##0.0"},
    "flag": {"bold": True, "font_color": "#9C5700", "bg_color": "#FFEB9C", "text_wrap": True},
    "section": {"bold": True, "font_size": 12, "font_color": "#1F4E78"},
    "section_wrap": {
        "bold": True,
        "font_size": 12,
        "font_color": "#1F4E78",
        "text_wrap": True,
        "valign": "top",
    },
    "note": {"italic": True, "font_color": "#595959", "text_wrap": True, "valign": "top"},
    "subtitle_wrap": {"italic": True, "font_color": "#595959", "text_wrap": True, "valign": "top"},
    "title_wrap": {"bold": True, "font_size": 14, "text_wrap": True, "valign": "top"},
    "para": {"text_wrap": True, "valign": "top"},
    "signal": {"bold": True, "align": "right", "font_color": "#1F4E78"},
    "summary": {"bold": True, "text_wrap": True, "valign": "top", "font_size": 12},
    "date_nl": {"num_format": "d-m-yyyy", "align": "left"},
    "date_en": {"num_format": "yyyy-mm-dd", "align": "left"},
    "date_nl_top": {"num_format": "d-m-yyyy", "align": "left", "valign": "top"},
    "date_en_top": {"num_format": "yyyy-mm-dd", "align": "left", "valign": "top"},
    "flag_text": {"font_color": "#9C5700", "bg_color": "#FFEB9C"},
    "pm": {"align": "right", "italic": True},
    "top": {"valign": "top"},
    "left": {"align": "left"},  # a number that reads as a label: a version, a theme, a year
    "eur0_top": {"num_format": "#,##0;-#,##0", "valign": "top"},
    "eur0_signed_top": {"num_format": "+#,##0;-#,##0;0", "valign": "top"},
}


def add_report_formats(wb: Any) -> Formats:
    """The shared formats plus those of the faculty and council workbooks."""
    return add_formats(wb).more({name: TOP | spec for name, spec in EXTRA_FORMATS.items()})


def escape_header(text: str, limit: int = 100) -> str:
    """Text for a header or footer: '&' starts a control code there, so it is doubled (and an
    image placeholder cannot be formed); long texts are cut to fit Excel's 255 characters."""
    out: list[str] = []
    size = 0
    for ch in " ".join(text.split()):
        piece = "&&" if ch == "&" else ch
        if size + len(piece) > limit - 1:
            out.append("…")
            break
        out.append(piece)
        size += len(piece)
    return "".join(out).replace("[Picture]", "(Picture)")


def concept_mark(concept: bool, lang: str) -> str | None:
    """The mark every page of a concept run carries (None when every plan is adopted)."""
    return label("concept_mark", lang) if concept else None


def document_properties(wb: Any, title: str, concept: str | None) -> None:
    """The workbook's file properties: a title, no timestamp but the fixed date; a concept
    run says so in its title, status and keywords (what a file browser shows)."""
    props: dict[str, Any] = {"created": FIXED_CREATED, "author": "qa-budget", "comments": ""}
    props["title"] = f"{concept}: {title}" if concept else title
    if concept:
        props |= {"status": concept.split(" ")[0], "keywords": concept}
    wb.set_properties(props)


# Characters of the left header on one line: with the concept mark in the centre the left
# part must end before it (a third of a landscape page in 8-point type), else it may run on.
HEADER_LINE = {True: 56, False: 110}


def header_lines(text: str, width: int) -> list[str]:
    """The header text in at most two lines of `width` characters, broken between words (a
    longer text is cut with an ellipsis)."""
    lines: list[str] = []
    for word in " ".join(text.split()).split(" "):
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    if len(lines) > 2:
        rest = " ".join(lines[1:])
        lines = [lines[0], rest[: width - 1].rstrip() + "…"]
    return lines


def header_text(header: str, concept: str | None) -> str:
    """The page header: left the workbook's header (two lines when it would reach the
    centre), centre the concept mark (bold), right the sheet name."""
    centre = f'&C&8&"-,Bold"{escape_header(concept, 80)}' if concept else ""
    left = "\n".join(
        escape_header(line) for line in header_lines(header, HEADER_LINE[bool(concept)])
    )
    return f"&L&8{left}{centre}&R&8&A"


def footer_text(footer: str) -> str:
    """The page footer: left the inputs' fingerprint and version, right page x of y."""
    return f"&L&8{escape_header(footer, 200)}&R&8&P / &N"


def finish_pages(sheets: Sequence[Sheet], header: str, footer: str, concept: str | None) -> None:
    """Page setup for every sheet of a workbook whose writers only wrote cells (the
    overview, monitoring): as `setup_page`, over the cells written; a table's header row is
    repeated on every page when the sheet has one table."""
    for s in sheets:
        last_row, last_col = used_range(s)
        heads = s.header_rows
        repeat = (heads[0], heads[0]) if len(heads) == 1 else None
        setup_page(
            s,
            last_row,
            last_col,
            header=header,
            footer=footer,
            repeat_rows=repeat,
            landscape=s.landscape,
            concept=concept,
        )


def used_range(s: Sheet) -> tuple[int, int]:
    """(last row, last column) written on a sheet (0, 0 when empty)."""
    rows, cols = s.ws.dim_rowmax, s.ws.dim_colmax
    return (rows or 0, cols or 0)


def setup_page(
    s: Sheet,
    last_row: int,
    last_col: int,
    *,
    header: str,
    footer: str,
    repeat_rows: tuple[int, int] | None = None,
    landscape: bool = True,
    pages_high: int | None = 0,
    concept: str | None = None,
) -> None:
    """A4, landscape, one page wide (and `pages_high` pages high; 0: as many as needed, with
    page breaks that keep the sheet's blocks together; None: no fitting, the sheet's own page
    breaks), a print area over the written cells, a header (left: `header`; centre: the
    concept mark, if any; right: the sheet name) and a footer (left: `footer`; right: page x
    of y)."""
    ws = s.ws
    if landscape:
        ws.set_landscape()
    else:
        ws.set_portrait()
    ws.set_paper(9)
    if pages_high is not None:
        ws.fit_to_pages(1, pages_high)
    ws.set_margins(left=0.5, right=0.5, top=0.75, bottom=0.75)
    ws.print_area(0, 0, max(last_row, 0), max(last_col, 0))
    if repeat_rows is not None:
        ws.repeat_rows(*repeat_rows)
    if pages_high == 0:
        breaks = page_breaks(ws, last_row, last_col, s.keep, repeat_rows, landscape)
        if breaks:
            ws.set_h_pagebreaks(breaks)
    ws.set_header(header_text(header, concept), {"margin": 0.3})
    ws.set_footer(footer_text(footer), {"margin": 0.3})


# Characters of running text per unit of column width (a unit is the width of a digit; text
# runs about 1.2 characters a unit in Calibri and in the DejaVu Sans LibreOffice prints where
# Calibri is missing), kept a little low, and the characters a line loses to wrapping at a
# word: so a row is given at least the height its wrapped text needs.
CHARS_PER_WIDTH = 1.15
BOLD_CHARS_PER_WIDTH = 1.0
WRAP_LOSS = 2
BOLD = (
    "header",
    "header_right",
    "bold",
    "bold_wrap",
    "section_wrap",
    "title",
    "title_wrap",
    "summary",
)
LARGE = ("title", "title_wrap")  # 14 point instead of 11: fewer characters a line


@functools.lru_cache(maxsize=1 << 16)
def text_lines(text: str, width: float, bold: bool = False) -> int:
    """How many lines `text` takes, wrapped in a cell `width` characters wide (bold type is
    wider)."""
    per_line = int(width * (BOLD_CHARS_PER_WIDTH if bold else CHARS_PER_WIDTH)) - WRAP_LOSS
    per_line = max(per_line, 1)
    return sum(max(1, -(-len(part) // per_line)) for part in text.split("\n"))


def line_height(fmt: str) -> int:
    """Points per line of text in a format (the larger summary font needs more)."""
    if fmt in LARGE:
        return 20
    return 17 if fmt in ("summary", "section_wrap") else 15


def paragraph(s: Sheet, row: int, col: int, text: str, width: float, fmt: str = "para") -> None:
    """Write wrapped text and give its row the height the text needs (spreadsheet programs do
    not grow a row written by a program to fit wrapped text)."""
    s.text(row, col, text, fmt)
    room = width * 11 / 14 if fmt in LARGE else width
    s.ws.set_row(row, line_height(fmt) * text_lines(text, room, fmt in BOLD))


def fit_row(s: Sheet, row: int, cells: Sequence[tuple[str, float]], fmt: str = "header") -> None:
    """Give a row the height its tallest wrapped text needs: `cells` are (text, width)."""
    lines = max((text_lines(text, width, fmt in BOLD) for text, width in cells), default=1)
    s.ws.set_row(row, max(15, line_height(fmt) * lines))


def wrapped_texts(s: Sheet, row: int, cells: Sequence[tuple[int, str, float]]) -> None:
    """Write texts that may be longer than their column (a unit's name, an initiative), each
    wrapped within its column, and give the row the height the tallest needs: a text is never
    cut off by the cell beside it. `cells` are (column, text, column width)."""
    for col, text, _ in cells:
        s.text(row, col, text, "wrap")
    fit_row(s, row, [(text, width) for _, text, width in cells], "wrap")


def merged_paragraph(
    s: Sheet, row: int, first_col: int, last_col: int, text: str, width: float, fmt: str = "para"
) -> None:
    """Wrapped text over several merged cells (written as text), with the height it needs."""
    s.ws.merge_range(row, first_col, row, last_col, "", s.fmt[fmt])
    paragraph(s, row, first_col, text, width, fmt)
