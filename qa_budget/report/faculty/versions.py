"""Faculty-board workbook, sheet Planversies: the unit's plan against its previous version, the
shift between themes in words, per theme (all years together, then each year) and the measures
added, changed and stopped."""

from __future__ import annotations

from collections.abc import Callable

from qa_budget.planning.versions import ADDED, CHANGED, STOPPED, UnitVersions
from qa_budget.report.common.page import merged_paragraph
from qa_budget.report.common.planning import shift_sentence, total_sentence
from qa_budget.report.common.sheet import Sheet
from qa_budget.report.common.versions import (
    BLOCK_COLUMNS,
    measures_table,
    theme_block,
)
from qa_budget.texts import years_text

Text = Callable[[str], str]
WIDTHS = (7, 50, 15, 15, 15, 13, 13, 14, 36)


def _version(t: Text, version: str | None) -> str:
    return t("ver_version").format(version=version) if version else t("ver_unknown_version")


def versions_sheet(
    s: Sheet, unit: str, v: UnitVersions | None, folder: str, t: Text, lang: str
) -> tuple[int, int]:
    """The sheet; without a previous version, a sentence saying so. Returns the last row and
    column written."""
    for col, w in enumerate(WIDTHS):
        s.ws.set_column(col, col, w)
    width, last_col = sum(WIDTHS), len(WIDTHS) - 1
    s.text(0, 0, t("ver_title"), "title")
    if v is None:
        text = t("ver_none").format(file=f"{folder}/{unit}.xlsx")
        merged_paragraph(s, 2, 0, last_col, text, width, "note")
        return 2, last_col
    together = v.themes[0]
    subtitle = t("ver_subtitle").format(
        before=_version(t, v.version_before),
        now=_version(t, v.version_now),
        years=years_text(together.years),
    )
    merged_paragraph(s, 1, 0, last_col, subtitle, width, "subtitle")
    words = f"{shift_sentence(together, lang)} {total_sentence(together, lang)}"
    merged_paragraph(s, 3, 0, last_col, words, width * 0.8, "bold_wrap")
    row = 5
    for c in v.themes:
        row = theme_block(s, row, c, t, lang)
    s.text(row, 0, t("ver_measures"), "section")
    counts = t("ver_measures_count").format(
        added=sum(m.kind == ADDED for m in v.measures),
        changed=sum(m.kind == CHANGED for m in v.measures),
        stopped=sum(m.kind == STOPPED for m in v.measures),
        same=v.unchanged,
    )
    s.text(row + 1, 0, counts, "subtitle")
    row += 2
    if not v.measures:
        s.text(row, 0, t("ver_no_changes"), "note")
        return row, max(last_col, BLOCK_COLUMNS - 1)
    # the measures table starts in the name column: the theme column stays narrow
    end = measures_table(s, row, v.measures, together.years, t, unit=False, col=1)
    s.keep_together(row - 2, end - 2)  # the heading with (the start of) the table
    return end - 2, last_col
