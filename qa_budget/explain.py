"""Plain-language explanations of a run: the method note and the step-by-step trace of one unit's
figure (the algorithm-register record is `qa_budget.register`)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import polars as pl

from qa_budget.binding import binding_lines
from qa_budget.errors import QaBudgetError, msg
from qa_budget.parameters import parameter_lines
from qa_budget.result import Result
from qa_budget.texts import TIERS, format_money, format_number, label
from qa_budget.version import __version__


def method_note(result: Result, lang: str = "nl") -> list[tuple[str, str]]:
    """The method note as (heading, text) sections."""
    s, a = result.scenario, result.allocation
    what = s.key.explanation(lang)
    params = "\n".join(f"- {line}" for line in parameter_lines(s, lang))
    if a.models:
        binding = "; ".join(binding_lines(s.key, a, lang))
        optimiser = label("explain_optimiser_text", lang).format(solver=a.solver, binding=binding)
    else:
        optimiser = label("explain_no_optimiser_text", lang)
    outcomes = "\n".join(f"- {f.year}: " + _outcome(f, lang) for f in result.reconciliation.years)
    sections = [
        (label("explain_key", lang), what),
        (label("explain_params", lang), params),
        (label("explain_optimiser", lang), optimiser),
        (label("explain_rounding", lang), label("explain_rounding_text", lang)),
        (label("explain_data", lang), label("explain_data_text", lang)),
        (label("explain_decides", lang), label("explain_decides_text", lang)),
        (label("explain_results", lang), outcomes),
    ]
    if result.notes:
        notes = "\n".join(f"- {n.text(lang)}" for n in result.notes)
        sections.append((label("explain_notes", lang), notes))
    return sections


def _outcome(f: Any, lang: str) -> str:
    def m(cents: int) -> str:
        return format_money(cents, lang, decimals=True)

    if lang == "nl":
        return (
            f"baten {m(f.rijksbijdrage)}, toegewezen {m(f.allocated)} "
            f"(eenheden {m(f.unit_allocations)}, centraal {m(f.central_charged)}), nog te "
            f"alloceren {m(f.still_to_allocate)}, resultaat {m(f.result)}"
        )
    return (
        f"revenue {m(f.rijksbijdrage)}, allocated {m(f.allocated)} "
        f"(units {m(f.unit_allocations)}, central {m(f.central_charged)}), "
        f"still to allocate {m(f.still_to_allocate)}, result {m(f.result)}"
    )


def markdown(result: Result, lang: str = "nl") -> str:
    """The method note as Markdown."""
    s = result.scenario
    lines = [f"# {label('explain_title', lang)}: {s.display_title}", ""]
    if s.description:
        lines += [s.description, ""]
    for heading, text in method_note(result, lang):
        lines += [f"## {heading}", "", text, ""]
    lines.append(f"qa-budget {__version__}")
    return "\n".join(lines) + "\n"


def unit_trace(result: Result, unit: str, year: int, lang: str = "en") -> Iterator[str]:
    """How one unit's allocation in one year came about, step by step, with every number (in
    the language asked)."""
    a = result.allocation
    try:
        r = a.row(unit, year)
    except KeyError:
        units = ", ".join(a.units["unit"].unique(maintain_order=True).to_list())
        years = ", ".join(str(y) for y in result.inputs.years)
        raise QaBudgetError(
            msg("msg_explain_no_figure", unit=unit, year=year, units=units, years=years)
        ) from None
    tiers = result.inputs.students.filter((pl.col("unit") == unit) & (pl.col("year") == year))
    yield f"{unit} {year} — {result.scenario.key.sentence(lang)}"
    for t in tiers.iter_rows(named=True):
        tier = f" {TIERS[t['tier']][lang]}" if t["tier"] in TIERS else ""
        count = format_number(int(t["count"]), lang)
        yield "  " + label("trace_students", lang).format(tier=tier, count=count)
    yield from result.scenario.key.trace(a, result.inputs, unit, year, lang)
    oploop = int(r.get("oploop") or 0)
    if oploop:
        amount = format_money(oploop, lang, decimals=True)
        yield "  " + label("trace_oploop", lang).format(amount=amount)
    amount = format_money(int(r["allocation"]), lang, decimals=True)
    yield "  " + label("trace_allocation", lang).format(unit=unit, year=year, amount=amount)
