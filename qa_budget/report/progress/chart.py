"""The trend chart of one indicator for the Word document: a PNG drawn on a raster canvas.

Years along the bottom, the value axis from 0 (a scale: from its lowest to its highest point),
a line through the years with a value and a label at each point; a mean ± its standard
deviation as a bar; the target as a dashed line. Years without a shown value have no point
and break the line. Labels in the language's number format; identical inputs, identical bytes.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction

from qa_budget.indicators.model import Definition, Figure
from qa_budget.indicators.text import number, value_text
from qa_budget.report.common.raster import Canvas

WIDTH, HEIGHT, DPI = 1500, 540, 200  # 19 × 6.9 cm at 200 dpi; shown at 16 cm
LEFT, RIGHT, TOP, BOTTOM = 150, 50, 50, 80
INK = (64, 64, 64)
GRID = (217, 217, 217)
SERIES = (31, 78, 121)
TARGET = (197, 90, 17)
LABEL = 26  # cap height of the labels, px


@dataclass(frozen=True)
class Point:
    """One year of the chart: its value (None: no point) and standard deviation."""

    year: int
    value: Fraction | None
    sd: Fraction | None = None


def points(figures: list[Figure | None], years: list[int]) -> list[Point]:
    """The chart's points from a series of figures (suppressed and missing: no point)."""
    out = []
    for year, f in zip(years, figures, strict=True):
        shown = f is not None and not f.suppressed and f.value is not None
        out.append(Point(year, f.value if shown and f else None, f.sd if shown and f else None))
    return out


def worth_a_chart(series: list[Point]) -> bool:
    """A chart helps once there are two or more values to compare."""
    return sum(p.value is not None for p in series) >= 2


def _nice_step(span: float, ticks: int = 5) -> float:
    raw = span / ticks
    power = 10.0 ** math.floor(math.log10(raw))
    return next(float(m * power) for m in (1, 2, 2.5, 5, 10) if m * power >= raw)


def _axis(series: list[Point], d: Definition) -> tuple[float, float, float]:
    """The value axis: low, high and the step between gridlines."""
    if d.kind == "schaal" and d.minimum is not None and d.maximum is not None:
        low, high = float(d.minimum), float(d.maximum)
        return low, high, _nice_step(high - low, 4)
    if d.kind == "percentage":
        return 0.0, 100.0, 20.0
    tops = [float(p.value + (p.sd or 0)) for p in series if p.value is not None]
    if d.target is not None:
        tops.append(float(d.target))
    low = min(0.0, *(float(p.value) for p in series if p.value is not None))
    high = max(tops) * 1.15 if tops and max(tops) > 0 else 1.0
    step = _nice_step(high - low)
    return math.floor(low / step) * step, math.ceil(high / step) * step, step


def trend_chart(series: list[Point], d: Definition, lang: str) -> bytes:
    """The PNG of one indicator's trend."""
    c = Canvas(WIDTH, HEIGHT)
    low, high, step = _axis(series, d)
    x0, x1, y0, y1 = LEFT, WIDTH - RIGHT, HEIGHT - BOTTOM, TOP

    def y_of(v: float) -> float:
        return y0 - (v - low) / (high - low) * (y0 - y1)

    n = len(series)
    slot = (x1 - x0) / max(n, 1)

    def x_of(i: int) -> float:
        return x0 + slot * (i + 0.5)

    decimals = 0 if step >= 1 and float(step).is_integer() else (1 if step * 10 % 1 == 0 else 2)
    tick = low
    while tick <= high + step / 1000:
        y = y_of(tick)
        c.rect(x0, y - 1, x1, y + 1, GRID)
        label = number(Fraction(tick).limit_denominator(1000), decimals, lang)
        c.text(x0 - 18, y + LABEL / 2, label, LABEL, INK, "right")
        tick += step
    c.rect(x0, y0 - 1.5, x1, y0 + 1.5, INK)
    for i, p in enumerate(series):
        c.text(x_of(i), HEIGHT - 24, str(p.year), LABEL, INK, "center")
    if d.target is not None:
        c.dashed((x0, y_of(float(d.target))), (x1, y_of(float(d.target))), 14, 4, TARGET)
    run: list[tuple[float, float]] = []
    for i, p in enumerate([*series, Point(0, None)]):
        if p.value is None:
            c.polyline(run, 5, SERIES)
            run = []
            continue
        run.append((x_of(i), y_of(float(p.value))))
    for i, p in enumerate(series):
        if p.value is None:
            continue
        x, y = x_of(i), y_of(float(p.value))
        if p.sd is not None:
            top, bottom = y_of(float(p.value + p.sd)), y_of(float(p.value - p.sd))
            c.line((x, top), (x, bottom), 4, SERIES)
            for end in (top, bottom):
                c.line((x - 16, end), (x + 16, end), 4, SERIES)
        c.disc((x, y), 11, SERIES)
        label = value_text(p.value, d, lang)
        if p.sd is not None:  # beside the bar
            c.text(x + 30, y + LABEL / 2, label, LABEL, SERIES, "left")
        else:  # above the point
            c.text(x, y - 26, label, LABEL, SERIES, "center")
    return c.png(DPI)
