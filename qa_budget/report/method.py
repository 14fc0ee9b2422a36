"""The method in plain language: which key, which parameters, which constraints bind.

Shared by the workbooks of every audience. The optional columns of a tariff allocation
(`formula`, `adjustment`, `baseline`, `binding`) are described when present.
"""

from __future__ import annotations

from collections.abc import Sequence

import polars as pl

from qa_budget.allocate import Allocation
from qa_budget.scenario import Scenario, UniformKey
from qa_budget.texts import LABELS, label

TARIFF_COLUMNS = ("formula", "adjustment", "baseline", "binding")


def has(allocation: Allocation, column: str) -> bool:
    """True when the allocation carries this optional column (tariff scenarios)."""
    return column in allocation.units.columns


def format_eur(cents: int, lang: str, decimals: bool | None = None) -> str:
    """'EUR 1.234,50' (nl) or 'EUR 1,234.50' (en); whole euros without decimals by default."""
    sign = "-" if cents < 0 else ""
    whole, frac = divmod(abs(cents), 100)
    show_cents = frac != 0 if decimals is None else decimals
    text = f"{whole:,}" + (f".{frac:02d}" if show_cents else "")
    if lang == "nl":
        text = text.replace(",", " ").replace(".", ",").replace(" ", ".")
    return f"EUR {sign}{text}"


def key_sentence(scenario: Scenario, allocation: Allocation, lang: str) -> str:
    """The distribution key in one plain sentence."""
    key = scenario.key
    if isinstance(key, UniformKey):
        text = label("method_uniform", lang).format(amount=format_eur(key.amount_cents, lang))
    else:
        weights = ", ".join(f"{t} {w}" for t, w in key.tier_weights.items())
        limits = [
            f"{name} {value}{unit}"
            for name, value, unit in (
                ("max. −", key.max_loss_pct, "%"),
                ("max. +", key.max_gain_pct, "%"),
                ("max. − EUR", key.max_loss_eur, ""),
                ("max. + EUR", key.max_gain_eur, ""),
                ("max. ± /jr" if lang == "nl" else "max. ± /yr", key.max_yearly_change_pct, "%"),
            )
            if value is not None
        ]
        text = label("method_tariff", lang).format(
            weights=weights,
            limits=", ".join(limits) or label("method_no_limits", lang),
            pool=key.pool_kind,
            objective=key.objective,
        )
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
    if not has(allocation, "adjustment"):
        return label("method_no_adjustment", lang)
    adj = allocation.units["adjustment"]
    up = int(adj.filter(adj > 0).sum())
    down = int(-adj.filter(adj < 0).sum())
    return label("method_adjustment_text", lang).format(
        up=format_eur(up, lang), down=format_eur(down, lang)
    )
