"""Provenance: what a reader needs to trace the figures of a workbook back to their sources."""

from __future__ import annotations

from typing import Any

from qa_budget.money import eur_to_cents
from qa_budget.monitoring.model import Monitoring
from qa_budget.report.common.method import key_sentence
from qa_budget.report.common.page import fit_row, inputs_fingerprint, text_lines
from qa_budget.report.common.sheet import Sheet
from qa_budget.result import Result
from qa_budget.texts import format_money, format_percent, label
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


def monitoring_provenance(result: Result, m: Monitoring, lang: str = "nl") -> dict[str, Any]:
    """The same for monitoring.xlsx, with the year, the moment and the thresholds."""
    t = m.thresholds
    base = provenance(result, lang)
    moment = label(f"mon_moment_{m.moment or 'none'}", lang)
    thresholds = label("mon_prov_thresholds_text", lang).format(
        under=format_percent(t.underspend_pct, lang),
        over=format_percent(t.overspend_pct, lang),
        amount=format_money(eur_to_cents(t.min_difference_eur), lang),
    )
    files = label("prov_input_files", lang)
    return {
        **{k: v for k, v in base.items() if k != files},
        label("mon_prov_year", lang): str(m.year),
        label("mon_prov_moment", lang): moment,
        label("mon_prov_forecast", lang): label("mon_prov_forecast_text", lang),
        label("mon_prov_thresholds", lang): thresholds,
        files: base[files],
    }


LABEL_WIDTH = 34


def write_provenance(s: Sheet, title: str, provenance: dict[str, Any], width: int = 80) -> int:
    """The provenance sheet of every workbook: a label and a value per line, a nested table
    (the input files and their hashes) indented under its label. Returns the last row."""
    s.ws.set_column(0, 0, LABEL_WIDTH)
    s.ws.set_column(1, 1, width)
    s.text(0, 0, title, "title")
    row = 2
    for key, value in provenance.items():
        s.text(row, 0, key, "bold_wrap")
        if isinstance(value, dict):
            fit_row(s, row, [(key, LABEL_WIDTH)], "bold_wrap")
            row += 1
            for k, v in value.items():
                s.text(row, 0, f"  {k}", "wrap")
                s.text(row, 1, str(v), "wrap")
                fit_row(s, row, [(f"  {k}", LABEL_WIDTH), (str(v), width)], "wrap")
                row += 1
        else:  # a long label or value wraps within its column, its row as high as it needs
            s.text(row, 1, str(value), "wrap")
            lines = max(text_lines(key, LABEL_WIDTH, bold=True), text_lines(str(value), width))
            s.ws.set_row(row, max(15, 15 * lines))
            row += 1
    return row - 1
