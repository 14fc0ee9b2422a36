"""Ready to print: page setup, headers and footers, extra formats, and the inputs' fingerprint.

Headers and footers never carry the wall-clock time: they name the inputs by a fingerprint
(SHA-256 over the input files' hashes), so identical inputs give identical bytes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import Any

from qa_budget.report.common.sheet import FIXED_CREATED, Sheet, add_formats
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
    "note": {"italic": True, "font_color": "#595959", "text_wrap": True, "valign": "top"},
    "para": {"text_wrap": True, "valign": "top"},
    "bold_wrap": {"bold": True, "text_wrap": True, "valign": "top"},
    "signal": {"bold": True, "align": "right", "font_color": "#1F4E78"},
    "summary": {"bold": True, "text_wrap": True, "valign": "top", "font_size": 12},
    "date_nl": {"num_format": "d-m-yyyy", "align": "left"},
    "date_en": {"num_format": "yyyy-mm-dd", "align": "left"},
    "date_nl_top": {"num_format": "d-m-yyyy", "align": "left", "valign": "top"},
    "date_en_top": {"num_format": "yyyy-mm-dd", "align": "left", "valign": "top"},
    "flag_text": {"font_color": "#9C5700", "bg_color": "#FFEB9C"},
    "pm": {"align": "right", "italic": True},
    "top": {"valign": "top"},
    "eur0_top": {"num_format": "#,##0;-#,##0", "valign": "top"},
    "eur0_signed_top": {"num_format": "+#,##0;-#,##0;0", "valign": "top"},
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


def header_text(header: str, concept: str | None) -> str:
    """The page header: left the workbook's header, centre the concept mark (bold), right the
    sheet name."""
    centre = f'&C&8&"-,Bold"{escape_header(concept, 80)}' if concept else ""
    return f"&L&8{escape_header(header, 160 if concept else 200)}{centre}&R&8&A"


def footer_text(footer: str) -> str:
    """The page footer: left the inputs' fingerprint and version, right page x of y."""
    return f"&L&8{escape_header(footer, 200)}&R&8&P / &N"


def mark_pages(wb: Any, header: str, footer: str, concept: str | None) -> None:
    """Header and footer on every sheet of a workbook whose sheets set up their own print
    (the overview, monitoring)."""
    for ws in wb.worksheets():
        ws.set_header(header_text(header, concept), {"margin": 0.3})
        ws.set_footer(footer_text(footer), {"margin": 0.3})


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
    """A4, landscape, one page wide (and `pages_high` pages high; 0: as many as needed;
    None: no fitting, the sheet's own page breaks), a print area over the written cells, a
    header (left: `header`; centre: the concept mark, if any; right: the sheet name) and a
    footer (left: `footer`; right: page x of y)."""
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
    ws.set_header(header_text(header, concept), {"margin": 0.3})
    ws.set_footer(footer_text(footer), {"margin": 0.3})


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
