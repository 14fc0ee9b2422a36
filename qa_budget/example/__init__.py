"""The bundled example: eight units calibrated to the published 2022-2024 budget, with the
published 2019-2021 budget and realised figures for monitoring.

See docs/example.md for how the figures were calibrated.
"""

from __future__ import annotations

import csv
import io
from importlib import resources
from typing import Any


def load_table(name: str) -> list[dict[str, Any]]:
    """One of the example's CSV tables as dicts: units, students, funds, central, measures,
    measures_history (plans 2019-2021), realised, revenue_realised, and the indicators:
    indicators, indicator_values, reflections, initiatives."""
    text = resources.files(__package__).joinpath(f"{name}.csv").read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text, newline="")))
