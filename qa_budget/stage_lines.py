"""The command's progress on stderr (`qa_budget.stages` told as lines a person reads).

On a terminal one line counts up while a stage is busy ('Plannen lezen 120/2000') and is
replaced by the finished stage with its count and time ('Plannen gelezen: 2.000 (8,4 s)').
Elsewhere (a log file, a script) nothing is printed unless asked for with `--progress`; then
one line per finished stage. stdout (the summary) is never touched.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal
from typing import TextIO

from qa_budget.texts import format_number, label

CLEAR = "\r\x1b[K"  # back to the start of the line and clear it


class StageLines:
    """A `stages.Listener` that prints. `live`: a terminal (a counting line, redrawn at most
    every `interval` seconds); otherwise one line per finished stage."""

    def __init__(
        self,
        lang: str,
        stream: TextIO,
        live: bool,
        interval: float = 0.2,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.lang, self.stream, self.live = lang, stream, live
        self.interval, self.clock = interval, clock
        self.started: dict[str, float] = {}
        self.drawn = float("-inf")

    def __call__(self, stage: str, done: int, total: int) -> None:
        now = self.clock()
        self.started.setdefault(stage, now)
        base, _, detail = stage.partition(":")
        suffix = f" ({detail})" if detail else ""
        if total and done >= total:
            seconds = Decimal(now - self.started.pop(stage)).quantize(
                Decimal("0.1"), rounding=ROUND_HALF_UP
            )
            count = f": {format_number(total, self.lang)}" if total > 1 else ""
            shown = f"{seconds:.1f}"
            took = label("stage_seconds", self.lang).format(
                seconds=shown.replace(".", ",") if self.lang == "nl" else shown
            )
            text = f"{label(f'stage_{base}_done', self.lang)}{suffix}{count} ({took})"
            self._write((CLEAR if self.live else "") + text + "\n")
            self.drawn = float("-inf")
        elif self.live and (done == 0 or now - self.drawn >= self.interval):
            count = f" {done}/{total}" if total else " ..."
            self._write(CLEAR + label(f"stage_{base}_busy", self.lang) + suffix + count)
            self.drawn = now

    def _write(self, text: str) -> None:
        self.stream.write(text)
        self.stream.flush()
