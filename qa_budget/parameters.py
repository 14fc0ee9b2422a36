"""A scenario's parameters in words: what each one is and its value as a reader says it, in
Dutch or English ('Vloer: maximaal verlies t.o.v. het basisscenario: 5%'), never as written in
the scenario file (no key paths, no codes, no 'None')."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from qa_budget.money import eur_to_cents
from qa_budget.scenario import NotSet, Scenario
from qa_budget.texts import (
    LABELS,
    TIERS,
    by_year,
    format_date,
    format_money,
    format_number,
    format_percent,
    label,
    years_text,
)

SECTIONS = (
    "key",
    "inputs",
    "checks",
    "revenue",
    "oploop",
    "monitoring",
    "indicators",
    "plan_round",
    "rules",
)
CODES = {  # parameters whose value is a code, and the catalogue texts of their values
    "key.kind": "value.kind.",
    "key.objective": "objective_",
    "oploop.part": "value.oploop.",
    "rules.theme6_not_charged": "value.level.",
    "rules.common_initiatives": "value.level.",
    "rules.unit_budgets_kept": "value.level.",
    "rules.budgets_against": "value.against.",
    "plan_round.required_decision": "value.decision.",
}
MONEY = ("key.amount_per_student", "key.max_loss_eur", "key.max_gain_eur")


def parameters(scenario: Scenario) -> list[tuple[str, Any]]:
    """Every parameter of the scenario as resolved (after inheritance and defaults), by path."""
    out: list[tuple[str, Any]] = []
    for key, value in scenario.model_dump(mode="python").items():
        if isinstance(value, dict) and key in SECTIONS:
            out += [(f"{key}.{sub}", v) for sub, v in value.items()]
        else:
            out.append((key, value))
    return out


def name(path: str, lang: str) -> str:
    """What a parameter is: 'Vloer: maximaal verlies t.o.v. het basisscenario'."""
    return label(f"param.{path}", lang) if f"param.{path}" in LABELS else path


def parameter_lines(scenario: Scenario, lang: str) -> list[str]:
    """One line per parameter: what it is, and its value in words."""
    lines = []
    for path, value in parameters(scenario):
        if path == "key.pool" and value is None:  # the default pool, in words
            shown = getattr(scenario.key, "pool_words", lambda _: "")(lang)
        else:
            shown = words(path, value, lang)
        lines.append(f"{name(path, lang)}: {shown}")
    return lines


def override_lines(scenario: Scenario, lang: str) -> list[str]:
    """What this scenario changes in the one it starts from: 'what: old → new'."""
    return [
        f"{name(path, lang)}: "
        + label("value.change", lang).format(old=words(path, old, lang), new=words(path, new, lang))
        for path, old, new in named_overrides(scenario)
    ]


def named_overrides(scenario: Scenario) -> list[tuple[str, Any, Any]]:
    """The scenario's overrides of its base, each under a key that has a name: a whole table
    the base does not have ([revenue]) as its keys ('Wat-als op de rijksbijdrage')."""
    return [leaf for item in scenario.override_items for leaf in _named(*item)]


def _named(path: str, old: Any, new: Any) -> list[tuple[str, Any, Any]]:
    if f"param.{path}" not in LABELS and isinstance(old, NotSet) and isinstance(new, Mapping):
        return [leaf for k, v in new.items() for leaf in _named(f"{path}.{k}", old, v)]
    return [(path, old, new)]


def words(path: str, value: Any, lang: str) -> str:
    """A parameter's value in words and in the language's number format."""
    if value is None or isinstance(value, NotSet) or value == "":
        return label("value.not_set", lang)
    if isinstance(value, bool):
        return label("value.yes" if value else "value.no", lang)
    if isinstance(value, Mapping):
        return _mapping(path, value, lang)
    if path == "years" and isinstance(value, list):
        return years_text([int(y) for y in value])
    if path in CODES and isinstance(value, str):
        key = CODES[path] + value
        return label(key, lang) if key in LABELS else value
    if path == "key.pool" and isinstance(value, str):
        return _pool(value, lang)
    if isinstance(value, dt.date):
        return format_date(value, lang)
    if path == "indicators.min_group_size":
        return label("value.persons", lang).format(n=format_number(int(value), lang))
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        number = Decimal(str(value))
        if path.endswith("_pct"):
            return format_percent(number, lang)
        if path in MONEY or path.endswith("_eur"):
            return format_money(eur_to_cents(number), lang)
        if path.endswith("year"):
            return str(value)
        return format_number(number, lang)
    return str(value)


def _pool(value: str, lang: str) -> str:
    if value == "baseline":
        return label("pool_baseline", lang).format(baseline=label("value.against.baseline", lang))
    if value == "amount":  # the amounts have a line of their own
        return label("pool_amount_named", lang).format(name=name("key.pool_amount", lang))
    key = f"pool_{value}"
    return label(key, lang) if key in LABELS else value


def _mapping(path: str, value: Mapping[str, Any], lang: str) -> str:
    if not value:
        return label("value.none", lang)
    if path == "key" and "kind" in value:  # a key replaced by one of another kind: its kind
        return words("key.kind", value["kind"], lang)
    if path in SECTIONS:  # a whole table, set or replaced by a scenario that starts from another
        return "; ".join(
            f"{name(f'{path}.{k}', lang)}: {words(f'{path}.{k}', v, lang)}"
            for k, v in value.items()
        )
    parts = []
    for what, v in by_year(value, lang):  # a year, "all" (last), a tier or a unit
        if path in ("key.weights", "key.tariffs") and what in TIERS:
            what = TIERS[what][lang]
        if isinstance(v, Mapping):  # the explicit key: amounts per unit and year
            shown = _mapping(path, v, lang)
            parts.append(f"{what} ({shown})")
            continue
        parts.append(f"{what} {_amount(path, v, lang)}")
    return ", ".join(parts)


def _amount(path: str, value: Any, lang: str) -> str:
    """A value inside a table: a weight, a tariff or pool in EUR, or a change such as '+3%'."""
    if isinstance(value, str) and value.endswith("%"):
        sign = value[0] if value[0] in "+-" else ""
        return sign + format_percent(Decimal(value.lstrip("+-").rstrip("%")), lang)
    number = Decimal(str(value))
    if path in ("key.weights", "key.unit_weights"):
        return (
            format_number(number, lang)
            if path == "key.weights"
            else f"× {format_number(number, lang)}"
        )
    return format_money(eur_to_cents(number), lang)
