"""A Word document ready to hand on: A4, the document's language, a header with the title, a
footer with 'page x of y', tables that fit the page, and deterministic bytes (fixed document
dates, fixed dates inside the zip container)."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from qa_budget.report.common.tables import Table
from qa_budget.texts import label

FIXED = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)  # as the workbooks: no timestamps
ZIP_DATE = (1980, 1, 1, 0, 0, 0)
TEXT_WIDTH_CM = 16.0  # A4 (21 cm) minus margins of 2.5 cm
LANGUAGES = {"nl": "nl-NL", "en": "en-GB"}
HEADER_FILL = "DDEBF7"


def new_document(lang: str, title: str, header: str) -> Any:
    """An empty A4 document in `lang` with fixed properties, a header and a page footer."""
    doc = Document()
    props = doc.core_properties
    props.title, props.author, props.last_modified_by = title, "qa-budget", "qa-budget"
    props.created = props.modified = props.last_printed = FIXED
    props.revision, props.language = 1, LANGUAGES[lang]
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.5)
    section.top_margin, section.bottom_margin = Cm(2.2), Cm(2.2)
    normal = doc.styles["Normal"]
    normal.font.name, normal.font.size = "Calibri", Pt(10)
    _language(doc, LANGUAGES[lang])
    head = section.header.paragraphs[0]
    head.text = header
    head.runs[0].font.size = Pt(8)
    head.runs[0].font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    foot = section.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for part in (f"{label('pr_page', lang)} ", "PAGE", f" {label('pr_of', lang)} ", "NUMPAGES"):
        if part in ("PAGE", "NUMPAGES"):
            _field(foot, part)
        else:
            foot.add_run(part).font.size = Pt(8)
    return doc


def _language(doc: Any, tag: str) -> None:
    """The language of the document's text (spelling and hyphenation in Word)."""
    rpr = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), tag)


def _field(paragraph: Any, instruction: str) -> None:
    """A simple field (PAGE, NUMPAGES) that the word processor fills in."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    size = OxmlElement("w:sz")
    size.set(qn("w:val"), "16")
    rpr.append(size)
    run.append(rpr)
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _shade(cell: Any, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def _row_flag(row: Any, name: str) -> None:
    """w:tblHeader (repeat the row on every page) or w:cantSplit (keep a row on one page)."""
    flag = OxmlElement(name)
    flag.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(flag)


def add_table(doc: Any, table: Table, size: float = 9) -> Any:
    """A table over the text width: a shaded header row repeated on every page, figures
    right-aligned, the totals bold."""
    t = doc.add_table(rows=1 + len(table.rows), cols=len(table.headers))
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    scale = TEXT_WIDTH_CM / sum(table.widths)
    widths = [Cm(w * scale) for w in table.widths]
    for column, width in zip(t.columns, widths, strict=True):
        column.width = width
    for r, values in enumerate([None, *table.rows]):
        row = t.rows[r]
        _row_flag(row, "w:cantSplit")
        if values is None:
            _row_flag(row, "w:tblHeader")
        for c, cell in enumerate(row.cells):
            cell.width = widths[c]
            text = table.headers[c] if values is None else values[c].text
            bold = values is None or values[c].bold
            paragraph = cell.paragraphs[0]
            run = paragraph.add_run(text)
            run.font.size, run.bold = Pt(size), bold
            if c >= table.numeric_from:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if values is None:
                _shade(cell, HEADER_FILL)
    spacer = doc.add_paragraph().paragraph_format  # a little room below the table
    spacer.space_before, spacer.space_after, spacer.line_spacing = Pt(0), Pt(0), Pt(6)
    return t


def save(doc: Any, path: Path) -> None:
    """Write the document with fixed dates in its zip container, so identical inputs give
    identical bytes."""
    buffer = io.BytesIO()
    doc.save(buffer)
    buffer.seek(0)
    with (
        zipfile.ZipFile(buffer) as source,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for item in source.infolist():
            info = zipfile.ZipInfo(item.filename, ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = item.external_attr
            target.writestr(info, source.read(item.filename))
