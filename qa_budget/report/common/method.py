"""The method in plain language: which key, which parameters, which constraints bind.

Shared by the workbooks of every audience. The optional columns of a tariff allocation
(`formula`, `adjustment`, `baseline`, `binding`, `unconstrained`, `limit_effect`) are described
when present.
"""

from __future__ import annotations

import polars as pl

from qa_budget.allocation import Allocation
from qa_budget.binding import binding_lines, unit_binding_lines
from qa_budget.scenario import Scenario
from qa_budget.texts import count_units, format_money, format_number, format_percent, label
from qa_budget.texts import years_text as years_text

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
    whatif = whatif_words(scenario, lang)
    return f"{text} {whatif}." if whatif else text


def whatif_words(scenario: Scenario, lang: str) -> str:
    """The scenario's what-ifs on the revenue in words ('Wat-als op de rijksbijdrage: alle
    jaren +3%'); empty when it takes the funds as given."""
    from qa_budget.parameters import name, words

    given = (
        ("rijksbijdrage", scenario.revenue.rijksbijdrage),
        ("kadernota", scenario.revenue.kadernota),
    )
    return "; ".join(
        f"{name(f'revenue.{k}', lang)}: {words(f'revenue.{k}', v, lang)}" for k, v in given if v
    )


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
        (t("method_adjustment"), _adjustment(allocation, lang, unit)),
        (t("method_data"), t("method_data_text")),
    ]
    return lines


def parameters_text(scenario: Scenario, lang: str) -> str:
    """The key's parameters in words, and the threshold for flagging a plan."""
    pct = format_percent(scenario.checks.plan_deviation_pct, lang)
    parts = [*scenario.key.parameters(lang), label("param_plan_deviation", lang).format(pct=pct)]
    return "; ".join(parts)


def _adjustment(allocation: Allocation, lang: str, unit: str | None = None) -> str:
    """What the floors and caps cost: what the paying units give up, together, against the
    same pool shared by the same key without floors and caps (never against the base
    tariff's amount, which no unit receives); with `unit`, what they gave or took from it."""
    if not has(allocation, "limit_effect"):
        return label("method_no_adjustment", lang)
    units = allocation.units.filter(pl.col("limit_effect").is_not_null())
    if unit is not None:
        return _unit_adjustment(units.filter(pl.col("unit") == unit), unit, lang)
    per_unit = units.group_by("unit").agg(pl.col("limit_effect").sum())["limit_effect"]
    paying = per_unit.filter(per_unit < 0)
    if paying.len() == 0:
        return label("method_limits_none", lang)
    return label("method_limits_text", lang).format(
        payers=count_units(paying.len(), lang),
        cost=format_eur(-int(paying.sum()), lang, decimals=False),
        years=years_text(sorted(set(units["year"].to_list()))),
        protected=count_units(int((per_unit > 0).sum()), lang),
    )


def _unit_adjustment(rows: pl.DataFrame, unit: str, lang: str) -> str:
    """What the floors and caps did for one unit, on balance over the years (the row 'effect
    of floors and caps' of its allocation sheet, added up)."""
    effects = [int(e) for e in rows["limit_effect"].to_list()]
    if not any(effects):
        return label("method_limits_unit_none", lang).format(unit=unit)
    net = sum(effects)
    if net == 0:  # gains in some years, gives up as much in others
        return label("method_limits_unit_even", lang).format(
            unit=unit, years=years_text(sorted(set(rows["year"].to_list())))
        )
    return label("method_limits_unit_gain" if net > 0 else "method_limits_unit_pay", lang).format(
        unit=unit,
        amount=format_eur(abs(net), lang),
        years=years_text(sorted(set(rows["year"].to_list()))),
    )
