"""A small anti-aliased raster canvas that writes PNG, for charts in documents.

Deterministic by construction (no fonts from the system, no timestamps, fixed compression):
lines, discs and rectangles are drawn from their exact distance to each pixel; text is drawn
with a built-in stroke font that has the digits and the signs a figure needs (0-9 , . - + % ±).
"""

from __future__ import annotations

import itertools
import math
import struct
import zlib
from collections.abc import Sequence

import numpy as np

Color = tuple[int, int, int]
Point = tuple[float, float]


def _arc(cx: float, cy: float, rx: float, ry: float, a0: float, a1: float) -> list[Point]:
    """Points on an ellipse from angle a0 to a1 (degrees, 0 = right, 90 = down)."""
    steps = max(int(abs(a1 - a0) / 10), 2)
    return [
        (
            cx + rx * math.cos(math.radians(a0 + (a1 - a0) * i / steps)),
            cy + ry * math.sin(math.radians(a0 + (a1 - a0) * i / steps)),
        )
        for i in range(steps + 1)
    ]


def _curve(p0: Point, c: Point, p1: Point) -> list[Point]:
    """Points on a quadratic Bézier curve."""
    return [
        (
            (1 - t) ** 2 * p0[0] + 2 * (1 - t) * t * c[0] + t**2 * p1[0],
            (1 - t) ** 2 * p0[1] + 2 * (1 - t) * t * c[1] + t**2 * p1[1],
        )
        for t in (i / 12 for i in range(13))
    ]


# Glyphs in a box 4 wide and 8 high (y down, baseline at 8): strokes (polylines) and width.
GLYPHS: dict[str, tuple[float, list[list[Point]]]] = {
    "0": (4, [_arc(2, 4, 2, 4, 0, 360)]),
    "1": (4, [[(0.8, 1.6), (2.4, 0), (2.4, 8)]]),
    "2": (4, [[*_arc(2, 2, 2, 2, 190, 360), *_curve((4, 2), (4, 4.2), (0, 8)), (4, 8)]]),
    "3": (4, [[*_arc(2, 2, 1.9, 2, 200, 450)], [*_arc(2, 6, 2, 2, 270, 520)]]),
    "4": (4, [[(3, 8), (3, 0), (0, 5.6), (4, 5.6)]]),
    "5": (4, [[(3.8, 0), (0.4, 0), (0.1, 3.7), *_arc(2, 5.7, 2, 2.3, 230, 510)]]),
    "6": (4, [_arc(2, 6, 2, 2, 0, 360), _curve((0.05, 6), (0, 0.3), (3.5, 0.3))]),
    "7": (4, [[(0, 0), (4, 0), (1.3, 8)]]),
    "8": (4, [_arc(2, 2, 1.7, 2, 0, 360), _arc(2, 6, 2, 2, 0, 360)]),
    "9": (4, [_arc(2, 2, 2, 2, 0, 360), _curve((3.95, 2), (4, 7.7), (0.5, 7.7))]),
    ",": (1.6, [[(0.8, 7.3), (0.8, 8.2), (0.2, 9.6)]]),
    ".": (1.6, [[(0.8, 7.7), (0.8, 8)]]),
    "-": (3, [[(0.4, 4.8), (2.6, 4.8)]]),
    "+": (4, [[(0.4, 4.2), (3.6, 4.2)], [(2, 2.6), (2, 5.8)]]),
    "±": (4, [[(0.4, 3.6), (3.6, 3.6)], [(2, 2), (2, 5.2)], [(0.4, 7.2), (3.6, 7.2)]]),
    "%": (
        5,
        [_arc(1.2, 1.6, 1, 1.5, 0, 360), _arc(3.8, 6.4, 1, 1.5, 0, 360), [(4.4, 0.2), (0.6, 7.8)]],
    ),
    " ": (2, []),
}
SPACING = 1.2  # between glyphs, in glyph units


def text_width(text: str, size: float) -> float:
    """The width of a text in pixels at a cap height of `size` pixels."""
    unit = size / 8
    return sum((_glyph(ch)[0] + SPACING) * unit for ch in text) - SPACING * unit


def _glyph(ch: str) -> tuple[float, list[list[Point]]]:
    """A glyph of the built-in font; a character it does not have is left blank."""
    return GLYPHS.get(ch, GLYPHS[" "])


class Canvas:
    """An RGB image drawn with anti-aliased shapes; `png` gives its bytes."""

    def __init__(self, width: int, height: int, background: Color = (255, 255, 255)) -> None:
        self.width, self.height = width, height
        self.pixels = np.empty((height, width, 3), dtype=np.float64)
        self.pixels[:] = background

    def _paint(self, x0: int, y0: int, alpha: np.ndarray, color: Color) -> None:
        h, w = alpha.shape
        region = self.pixels[y0 : y0 + h, x0 : x0 + w]
        a = alpha[..., None]
        region[:] = region * (1 - a) + np.array(color, dtype=np.float64) * a

    def _box(self, x0: float, y0: float, x1: float, y1: float) -> tuple[int, int, int, int] | None:
        bx0, by0 = max(math.floor(x0), 0), max(math.floor(y0), 0)
        bx1, by1 = min(math.ceil(x1), self.width), min(math.ceil(y1), self.height)
        return (bx0, by0, bx1, by1) if bx1 > bx0 and by1 > by0 else None

    def line(self, p: Point, q: Point, width: float, color: Color) -> None:
        """A straight line with round ends."""
        r = width / 2
        lo, hi = (min(p[0], q[0]), min(p[1], q[1])), (max(p[0], q[0]), max(p[1], q[1]))
        box = self._box(lo[0] - r - 1, lo[1] - r - 1, hi[0] + r + 1, hi[1] + r + 1)
        if box is None:
            return
        x0, y0, x1, y1 = box
        xs = np.arange(x0, x1, dtype=np.float64) + 0.5
        ys = np.arange(y0, y1, dtype=np.float64)[:, None] + 0.5
        dx, dy = q[0] - p[0], q[1] - p[1]
        length2 = dx * dx + dy * dy
        if length2 == 0:
            t = np.zeros((y1 - y0, x1 - x0))
        else:
            t = np.clip(((xs - p[0]) * dx + (ys - p[1]) * dy) / length2, 0, 1)
        dist = np.hypot(xs - (p[0] + t * dx), ys - (p[1] + t * dy))
        self._paint(x0, y0, np.clip(r + 0.5 - dist, 0, 1), color)

    def polyline(self, points: Sequence[Point], width: float, color: Color) -> None:
        """Connected lines through the points."""
        for p, q in itertools.pairwise(points):
            self.line(p, q, width, color)

    def dashed(self, p: Point, q: Point, dash: float, width: float, color: Color) -> None:
        """A dashed line: dashes and gaps of `dash` pixels."""
        length = math.hypot(q[0] - p[0], q[1] - p[1])
        steps = int(length // (2 * dash)) + 1
        for i in range(steps):
            a, b = 2 * i * dash / length, min((2 * i + 1) * dash / length, 1)
            if a < 1:
                self.line(
                    (p[0] + (q[0] - p[0]) * a, p[1] + (q[1] - p[1]) * a),
                    (p[0] + (q[0] - p[0]) * b, p[1] + (q[1] - p[1]) * b),
                    width,
                    color,
                )

    def disc(self, c: Point, radius: float, color: Color) -> None:
        """A filled circle."""
        self.line(c, c, 2 * radius, color)

    def rect(self, x0: float, y0: float, x1: float, y1: float, color: Color) -> None:
        """A filled rectangle (pixel-aligned)."""
        box = self._box(x0, y0, x1, y1)
        if box is not None:
            bx0, by0, bx1, by1 = box
            self._paint(bx0, by0, np.ones((by1 - by0, bx1 - bx0)), color)

    def text(
        self, x: float, y: float, text: str, size: float, color: Color, anchor: str = "left"
    ) -> None:
        """Text with its baseline at y; anchor left, center or right of x. Only the glyphs of
        the built-in font (digits and the signs of a figure)."""
        unit = size / 8
        width = text_width(text, size)
        x -= {"left": 0, "center": width / 2, "right": width}[anchor]
        stroke = max(size / 8.5, 1.2)
        for ch in text:
            advance, strokes = _glyph(ch)
            for s in strokes:
                self.polyline(
                    [(x + gx * unit, y - size + gy * unit) for gx, gy in s], stroke, color
                )
            x += (advance + SPACING) * unit

    def png(self, dpi: int = 200) -> bytes:
        """The image as PNG bytes (8-bit RGB, its resolution recorded)."""
        data = np.clip(np.rint(self.pixels), 0, 255).astype(np.uint8)
        raw = b"".join(b"\x00" + data[row].tobytes() for row in range(self.height))

        def chunk(kind: bytes, body: bytes) -> bytes:
            crc = zlib.crc32(kind + body) & 0xFFFFFFFF
            return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

        per_metre = round(dpi / 0.0254)
        return (
            b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", self.width, self.height, 8, 2, 0, 0, 0))
            + chunk(b"pHYs", struct.pack(">IIB", per_metre, per_metre, 1))
            + chunk(b"IDAT", zlib.compress(raw, 9))
            + chunk(b"IEND", b"")
        )
