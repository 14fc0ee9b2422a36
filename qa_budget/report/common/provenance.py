"""Provenance: what a reader needs to trace the figures of a workbook back to their sources."""

from __future__ import annotations

from typing import Any

from qa_budget.monitoring.model import Monitoring
from qa_budget.report.common.method import key_sentence
from qa_budget.report.common.page import inputs_fingerprint
from qa_budget.report.common.sheet import Sheet
from qa_budget.result import Result
from qa_budget.texts import label
from qa_budget.version import __version__


def provenance(result: Result, lang: str = "nl") -> dict[str, Any]:
    """Version, scenario, key, years, rounding, and the inputs with their hashes."""
    scenario = result.scenario
    return {
        "qa-budget": __version__,
        label("scenario", lang): scenario.name,
        label("prov_scenario_file", lang): result.scenario_path.name,
        label("prov_title", lang): scenario.display_title,
        label("prov_key", lang): key_sentence(scenario, result.allocation, lang),
        label("years", lang): ", ".join(str(y) for y in scenario.years),
        label("prov_rounding", lang): label("prov_rounding_text", lang),
        label("prov_fingerprint", lang): inputs_fingerprint(result.hashes),
        label("prov_input_files", lang): result.hashes,
    }


def monitoring_provenance(result: Result, m: Monitoring) -> dict[str, Any]:
    """The same for monitoring.xlsx, with the year, the moment and the thresholds."""
    t = m.thresholds
    return {
        "qa-budget": __version__,
        "scenario": result.scenario.name,
        "scenario file": result.scenario_path.name,
        "title": result.scenario.display_title,
        "key": result.allocation.method,
        "year": str(m.year),
        "moment due": m.moment or "(no report yet)",
        "forecast": "latest report × 12 / months (mei × 3, september × 1.5); no report: the budget",
        "thresholds": (
            f"underspending > {t.underspend_pct}% below, overspending > {t.overspend_pct}% "
            f"above the budget; differences below EUR {t.min_difference_eur} not flagged"
        ),
        "rounding": "exact cents; k EUR shown with largest-remainder rounding so columns add up",
        "input files (SHA-256)": dict(result.hashes),
    }


def write_provenance(s: Sheet, title: str, provenance: dict[str, Any], width: int = 80) -> int:
    """The provenance sheet of every workbook: a label and a value per line, a nested table
    (the input files and their hashes) indented under its label. Returns the last row."""
    s.ws.set_column(0, 0, 34)
    s.ws.set_column(1, 1, width)
    s.text(0, 0, title, "title")
    row = 2
    for key, value in provenance.items():
        s.text(row, 0, key, "bold")
        if isinstance(value, dict):
            row += 1
            for k, v in value.items():
                s.text(row, 0, f"  {k}")
                s.text(row, 1, str(v))
                row += 1
        else:
            s.text(row, 1, str(value))
            row += 1
    return row - 1
