"""Reading a printed workbook back: the pages of a PDF with their size and every word's box
(poppler's `pdftotext -bbox`), and what a reader checks on paper.

Points throughout (1/72 inch); y grows downwards from the top of the page.
"""

from __future__ import annotations

import html
import re
import shutil
import statistics
import subprocess
from dataclasses import dataclass
from pathlib import Path

A4 = (595.3, 841.9)  # points, portrait
MIN_TEXT = 7.0  # smallest median height of a word on a page: text set in about 6 points
MIN_LINES = 3  # a page that continues a sheet holds at least this many lines of it

_PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', re.S)
_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>'
)


def pdftotext() -> str | None:
    """poppler's pdftotext, when installed."""
    return shutil.which("pdftotext")


@dataclass(frozen=True)
class Word:
    """A word on a page and its box."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def height(self) -> float:
        return self.y1 - self.y0


@dataclass(frozen=True)
class Page:
    """One printed page: its size and its words."""

    number: int  # 1-based
    width: float
    height: float
    words: tuple[Word, ...]

    def _header_words(self) -> list[Word]:
        """The page header: the topmost line of the page and the one below it (a long left
        header runs over two lines), whatever the scale the page is printed at."""
        if not self.words:
            return []
        top = min(self.words, key=lambda w: w.y0)
        return [w for w in self.words if w.y0 <= top.y0 + 1.3 * top.height]

    def _footer_words(self) -> list[Word]:
        """The page footer: the lowest line of the page."""
        if not self.words:
            return []
        bottom = max(w.y0 for w in self.words)
        return [w for w in self.words if w.y0 >= bottom - 2]

    @property
    def header(self) -> str:
        """The text of the page header (left, centre, right), in reading order."""
        return _line_text(self._header_words())

    @property
    def header_right(self) -> str:
        """The right part of the page header (the last third of the page): the sheet's name."""
        return _line_text([w for w in self._header_words() if w.x0 > self.width * 2 / 3])

    @property
    def footer(self) -> str:
        """The text of the page footer."""
        return _line_text(self._footer_words())

    @property
    def body(self) -> list[Word]:
        """The words between header and footer: what the sheet printed."""
        margins = {id(w) for w in self._header_words() + self._footer_words()}
        return [w for w in self.words if id(w) not in margins]

    @property
    def lines(self) -> int:
        """How many lines of text the body has (words whose tops lie within 2 points)."""
        tops = sorted(w.y0 for w in self.body)
        return sum(1 for i, y in enumerate(tops) if i == 0 or y - tops[i - 1] > 2)

    @property
    def text_height(self) -> float:
        """The median height of the body's words (0 for a page without text)."""
        heights = [w.height for w in self.body]
        return statistics.median(heights) if heights else 0.0

    def is_a4(self) -> bool:
        """True when the page is A4, either way round (to within a point)."""
        size = sorted((self.width, self.height))
        return abs(size[0] - A4[0]) < 1 and abs(size[1] - A4[1]) < 1

    def overlaps(self) -> list[tuple[str, str]]:
        """Pairs of words printed on top of each other (more than half their height)."""
        out = []
        words = sorted(self.words, key=lambda w: w.x0)
        for i, a in enumerate(words):
            for b in words[i + 1 :]:
                if b.x0 >= a.x1 - 1:
                    break
                dx = min(a.x1, b.x1) - max(a.x0, b.x0)
                dy = min(a.y1, b.y1) - max(a.y0, b.y0)
                if dx > 1 and dy > 0.5 * min(a.height, b.height):
                    out.append((a.text, b.text))
        return out


def _line_text(words: list[Word]) -> str:
    return " ".join(w.text for w in sorted(words, key=lambda w: (round(w.y0 / 4), w.x0)))


def read_pdf(path: Path) -> list[Page]:
    """The pages of a PDF, each with its words."""
    command = pdftotext()
    if command is None:
        raise RuntimeError("pdftotext (poppler-utils) is not installed")
    out = subprocess.run(
        [command, "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = []
    for n, (width, height, body) in enumerate(_PAGE.findall(out), 1):
        words = tuple(
            Word(html.unescape(t), float(a), float(b), float(c), float(d))
            for a, b, c, d, t in _WORD.findall(body)
        )
        pages.append(Page(n, float(width), float(height), words))
    return pages


def sheet_of(page: Page, sheets: list[str]) -> str | None:
    """The sheet a page belongs to: the right part of the page header is the sheet's name."""
    right = page.header_right
    return next((s for s in sheets if right == s), None)


def problems(pages: list[Page], sheets: list[str]) -> list[str]:
    """What a reader would object to in a printed workbook, one line per problem: a page that
    is not A4 landscape (so wider than its paper, or turned), a page without the sheet's name
    in its header or without 'x / N' in its footer, text too small to read or printed on top of
    other text, a sheet that does not print, a page that continues a sheet with only a scrap
    of it."""
    out: list[str] = []
    total = len(pages)
    seen: dict[str, int] = {}
    for p in pages:
        where = f"page {p.number}"
        if not p.is_a4() or p.width < p.height:
            out.append(f"{where}: {p.width:.0f} x {p.height:.0f} points, not A4 landscape")
        if not re.search(rf"\b{p.number} / {total}$", p.footer):
            out.append(f"{where}: footer {p.footer[-40:]!r} has no '{p.number} / {total}'")
        sheet = sheet_of(p, sheets)
        if sheet is None:
            out.append(f"{where}: header {p.header_right!r} names no sheet")
            continue
        seen[sheet] = seen.get(sheet, 0) + 1
        if p.body and p.text_height < MIN_TEXT:
            out.append(f"{where} ({sheet}): text {p.text_height:.1f} points high, too small")
        for a, b in p.overlaps()[:3]:
            out.append(f"{where} ({sheet}): {a!r} printed on top of {b!r}")
        if seen[sheet] > 1 and p.body and p.lines < MIN_LINES:
            out.append(f"{where} ({sheet}): only {p.lines} line(s) of the sheet on this page")
    out += [f"sheet {s!r} does not print" for s in sheets if s not in seen]
    return out


def cut_off(book: Path, pages: list[Page]) -> list[str]:
    """Text a reader never sees: a word of a text cell in a sheet's print area that is printed
    on none of the sheet's pages (cut off by the cell beside it, by the print area's edge or by
    a row too low for its wrapped lines). Words are compared in parts split at hyphens, where
    a wrapped line may break."""
    import openpyxl
    from openpyxl.utils import range_boundaries

    wb = openpyxl.load_workbook(book, data_only=True)
    sheets = [ws.title for ws in wb.worksheets if ws.print_area]
    printed: dict[str | None, set[str]] = {}
    for p in pages:
        parts = (part for w in p.words for part in w.text.split("-") if part)
        printed.setdefault(sheet_of(p, sheets), set()).update(parts)
    out = []
    for ws in wb.worksheets:
        if not ws.print_area:
            continue
        area = ws.print_area if isinstance(ws.print_area, str) else ws.print_area[0]
        c1, r1, c2, r2 = range_boundaries(area.split("!")[-1].replace("$", ""))
        seen = printed.get(ws.title, set())
        for row in ws.iter_rows(min_row=r1, max_row=r2, min_col=c1, max_col=c2):
            for cell in row:
                if not isinstance(cell.value, str):
                    continue
                lost = [
                    word
                    for word in cell.value.split()
                    if any(part not in seen for part in word.split("-") if part)
                ]
                if lost:
                    out.append(f"{ws.title}!{cell.coordinate}: {lost[:3]} not printed")
    return out
