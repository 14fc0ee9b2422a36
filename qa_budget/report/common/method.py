"""The method in plain language: which key, which parameters, which constraints bind.

Shared by the workbooks of every audience. The optional columns of a tariff allocation
(`formula`, `adjustment`, `baseline`, `binding`, `unconstrained`, `limit_effect`) are described
when present.
"""

from __future__ import annotations

from collections.abc import Sequence

import polars as pl

from qa_budget.allocation import Allocation
from qa_budget.scenario import Scenario, UniformKey
from qa_budget.texts import LABELS, format_money, label

TARIFF_COLUMNS = ("formula", "adjustment", "baseline", "binding")


def has(allocation: Allocation, column: str) -> bool:
    """True when the allocation carries this optional column (tariff scenarios)."""
    return column in allocation.units.columns


format_eur = format_money  # the language-aware form, used by every audience


def key_sentence(scenario: Scenario, allocation: Allocation, lang: str) -> str:
    """The distribution key in one plain sentence (the key's own), and the oploop if any."""
    text = scenario.key.sentence(lang)
    if scenario.oploop is not None:
        text += " " + label("method_oploop", lang).format(share=scenario.oploop.share_pct)
    return text


def years_text(years: Sequence[int]) -> str:
    """'2022-2024' for consecutive years, else '2022, 2024'."""
    ys = list(years)
    if len(ys) > 1 and ys == list(range(ys[0], ys[-1] + 1)):
        return f"{ys[0]}-{ys[-1]}"
    return ", ".join(str(y) for y in ys)


def binding_constraints(allocation: Allocation, lang: str, unit: str | None = None) -> list[str]:
    """The constraints that bind, one line per kind, naming the units and years (or nothing)."""
    if not has(allocation, "binding"):
        return []
    units = allocation.units
    if unit is not None:
        units = units.filter(pl.col("unit") == unit)
    bound = units.filter(pl.col("binding").fill_null("") != "")
    lines = []
    for kind in sorted(set(bound["binding"].to_list())):
        rows = bound.filter(pl.col("binding") == kind).sort("unit", "year")
        where = ", ".join(f"{u} {y}" for u, y in rows.select("unit", "year").iter_rows())
        name = label(f"binding_{kind}", lang) if f"binding_{kind}" in LABELS else kind
        lines.append(f"{name}: {where}")
    return lines


def method_lines(scenario: Scenario, allocation: Allocation, lang: str) -> list[tuple[str, str]]:
    """(label, text) pairs describing a scenario's method, for a method sheet."""

    def t(key: str) -> str:
        return label(key, lang)

    binding = binding_constraints(allocation, lang)
    lines = [
        (t("scenario"), f"{scenario.name} — {scenario.display_title}"),
        (t("description"), scenario.description or "—"),
        (t("years"), years_text(scenario.years)),
        (t("method_key"), key_sentence(scenario, allocation, lang)),
        (t("method_parameters"), _parameters(scenario, lang)),
        (t("method_binding"), "; ".join(binding) if binding else t("method_no_binding")),
        (t("method_adjustment"), _adjustment(allocation, lang)),
        (t("method_data"), t("method_data_text")),
    ]
    return lines


def _parameters(scenario: Scenario, lang: str) -> str:
    key = scenario.key
    if isinstance(key, UniformKey):
        return label("method_parameters_uniform", lang).format(
            amount=format_eur(key.amount_cents, lang),
            pct=f"{scenario.checks.plan_deviation_pct:g}",
        )
    return ", ".join(
        f"{k} = {v}" for k, v in key.model_dump().items()
    )  # pragma: no cover - keys without a catalogue sentence


def _adjustment(allocation: Allocation, lang: str) -> str:
    """What the floors and caps cost: what the paying units give up, together, against the
    same pool shared by the same key without floors and caps (never against the base
    tariff's amount, which no unit receives)."""
    if not has(allocation, "limit_effect"):
        return label("method_no_adjustment", lang)
    units = allocation.units.filter(pl.col("limit_effect").is_not_null())
    per_unit = units.group_by("unit").agg(pl.col("limit_effect").sum())["limit_effect"]
    paying = per_unit.filter(per_unit < 0)
    if paying.len() == 0:
        return label("method_limits_none", lang)
    return label("method_limits_text", lang).format(
        payers=paying.len(),
        cost=format_eur(-int(paying.sum()), lang, decimals=False),
        years=years_text(sorted(set(units["year"].to_list()))),
        protected=int((per_unit > 0).sum()),
    )
