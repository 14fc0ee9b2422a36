"""Ready to print: page setup, headers and footers, extra formats, and the inputs' fingerprint.

Headers and footers never carry the wall-clock time: they name the inputs by a fingerprint
(SHA-256 over the input files' hashes), so identical inputs give identical bytes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import Any

from qa_budget.report.common.sheet import Sheet, add_formats

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
    "note": {"italic": True, "font_color": "#595959", "text_wrap": True, "valign": "top"},
    "para": {"text_wrap": True, "valign": "top"},
    "bold_wrap": {"bold": True, "text_wrap": True, "valign": "top"},
    "signal": {"bold": True, "align": "right", "font_color": "#1F4E78"},
    "summary": {"bold": True, "text_wrap": True, "valign": "top", "font_size": 12},
}


def add_report_formats(wb: Any) -> dict[str, Any]:
    """The shared formats plus those of the faculty and council workbooks."""
    return add_formats(wb) | {name: wb.add_format(spec) for name, spec in EXTRA_FORMATS.items()}


def inputs_fingerprint(hashes: Mapping[str, str]) -> str:
    """One SHA-256 over the sorted (file, SHA-256) pairs of the inputs: names the input set."""
    digest = hashlib.sha256()
    for name, value in sorted(hashes.items()):
        digest.update(f"{name}\t{value}\n".encode())
    return digest.hexdigest()


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
) -> None:
    """A4, landscape, one page wide (and `pages_high` pages high; 0: as many as needed;
    None: no fitting, the sheet's own page breaks), a print area over the written cells, a
    header (left: `header`; right: the sheet name) and a footer (left: `footer`; right: page
    x of y)."""
    ws = s.ws
    if landscape:
        ws.set_landscape()
    ws.set_paper(9)
    if pages_high is not None:
        ws.fit_to_pages(1, pages_high)
    ws.set_margins(left=0.5, right=0.5, top=0.75, bottom=0.75)
    ws.print_area(0, 0, max(last_row, 0), max(last_col, 0))
    if repeat_rows is not None:
        ws.repeat_rows(*repeat_rows)
    ws.set_header(f"&L&8{escape_header(header, 200)}&R&8&A", {"margin": 0.3})
    ws.set_footer(f"&L&8{escape_header(footer, 200)}&R&8&P / &N", {"margin": 0.3})


def paragraph(s: Sheet, row: int, col: int, text: str, width: float, fmt: str = "para") -> None:
    """Write wrapped text and give its row the height the text needs (spreadsheet programs do
    not grow a row written by a program to fit wrapped text)."""
    per_line = max(int(width * 1.1), 1)
    lines = sum(max(1, -(-len(part) // per_line)) for part in text.split("\n"))
    s.text(row, col, text, fmt)
    s.ws.set_row(row, 15 * lines)


def merged_paragraph(
    s: Sheet, row: int, first_col: int, last_col: int, text: str, width: float, fmt: str = "para"
) -> None:
    """Wrapped text over several merged cells (written as text), with the height it needs."""
    s.ws.merge_range(row, first_col, row, last_col, "", s.fmt[fmt])
    paragraph(s, row, first_col, text, width, fmt)
