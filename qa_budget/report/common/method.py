"""The method in plain language: which key, which parameters, which constraints bind.

Shared by the workbooks of every audience. The optional columns of a tariff allocation
(`formula`, `adjustment`, `baseline`, `binding`) are described when present.
"""

from __future__ import annotations

from qa_budget.allocation import Allocation
from qa_budget.binding import binding_lines, unit_binding_lines
from qa_budget.binding import years_text as years_text
from qa_budget.scenario import Scenario
from qa_budget.texts import format_money, format_number, format_percent, label

TARIFF_COLUMNS = ("formula", "adjustment", "baseline", "binding")


def has(allocation: Allocation, column: str) -> bool:
    """True when the allocation carries this optional column (tariff scenarios)."""
    return column in allocation.units.columns


format_eur = format_money  # the language-aware form, used by every audience


def key_sentence(scenario: Scenario, allocation: Allocation, lang: str) -> str:
    """The distribution key in one plain sentence (the key's own), and the oploop if any."""
    text = scenario.key.sentence(lang)
    if scenario.oploop is not None:
        share = format_number(scenario.oploop.share_pct, lang)
        text += " " + label("method_oploop", lang).format(share=share)
    return text


def binding_constraints(
    scenario: Scenario, allocation: Allocation, lang: str, unit: str | None = None
) -> list[str]:
    """Per limit of the key, in words, where it bound: over all units, or whether `unit`
    reached it."""
    if unit is not None:
        return unit_binding_lines(scenario.key, allocation, unit, lang)
    return binding_lines(scenario.key, allocation, lang)


def method_lines(
    scenario: Scenario, allocation: Allocation, lang: str, unit: str | None = None
) -> list[tuple[str, str]]:
    """(label, text) pairs describing a scenario's method, for a method sheet; with `unit`
    the limits say what they did for that unit."""

    def t(key: str) -> str:
        return label(key, lang)

    binding = binding_constraints(scenario, allocation, lang, unit)
    lines = [
        (t("scenario"), f"{scenario.name} — {scenario.display_title}"),
        (t("description"), scenario.description or "—"),
        (t("years"), years_text(scenario.years)),
        (t("method_key"), key_sentence(scenario, allocation, lang)),
        (t("method_parameters"), parameters_text(scenario, lang)),
        (t("method_binding"), "; ".join(binding)),
        (t("method_adjustment"), _adjustment(allocation, lang)),
        (t("method_data"), t("method_data_text")),
    ]
    return lines


def parameters_text(scenario: Scenario, lang: str) -> str:
    """The key's parameters in words, and the threshold for flagging a plan."""
    pct = format_percent(scenario.checks.plan_deviation_pct, lang)
    parts = [*scenario.key.parameters(lang), label("param_plan_deviation", lang).format(pct=pct)]
    return "; ".join(parts)


def _adjustment(allocation: Allocation, lang: str) -> str:
    if not has(allocation, "adjustment"):
        return label("method_no_adjustment", lang)
    adj = allocation.units["adjustment"]
    up = int(adj.filter(adj > 0).sum())
    down = int(-adj.filter(adj < 0).sum())
    return label("method_adjustment_text", lang).format(
        up=format_eur(up, lang), down=format_eur(down, lang)
    )
