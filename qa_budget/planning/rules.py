"""The policy rules a scenario names ([rules]): theme 6 is not charged to the quality funds;
common initiatives name their responsible unit and meet the four criteria; unit budgets are
kept ("met behoud"). Each rule is "off", "warning" or "error"; every finding says what broke
the rule, in words from the text catalogue, and where."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import polars as pl

from qa_budget.allocation import Allocation
from qa_budget.errors import Location, Problem, msg
from qa_budget.inputs.contracts_round import CRITERIA_KEYS
from qa_budget.inputs.tables import Inputs
from qa_budget.scenario import Rules
from qa_budget.texts import format_money, label

RULES = ("theme6_not_charged", "common_initiatives", "unit_budgets_kept")
MONEY = ("amount", "previous", "current", "short")


@dataclass(frozen=True)
class Finding:
    """One breach of a rule: a catalogue text and its values (amounts in cents), and where."""

    key: str
    params: Mapping[str, str | int]
    location: Location | None = None

    def text(self, lang: str) -> str:
        """The finding in words, in the language asked."""
        values = {
            k: format_money(int(v), lang) if k in MONEY else v for k, v in self.params.items()
        }
        return label(self.key, lang).format(**values)


@dataclass(frozen=True)
class RuleOutcome:
    """One rule as checked: its level (off, warning, error) and what broke it."""

    rule: str
    level: str
    findings: tuple[Finding, ...] = ()
    notes: tuple[Finding, ...] = field(default_factory=tuple)  # what was not checked, and why

    @property
    def ok(self) -> bool:
        """True when nothing broke the rule (or it is off)."""
        return not self.findings


def _years(years: list[int]) -> str:
    return ", ".join(str(y) for y in years)


def _at(r: Mapping[str, object]) -> Location:
    return Location(str(r["file"]), str(r["sheet"]), msg("loc_row", n=r["row"]))


def theme6(inputs: Inputs) -> list[Finding]:
    """Plan measures and charged central lines under theme 6 with an amount."""
    out = []
    measures = inputs.measures.filter((pl.col("theme") == 6) & (pl.col("amount") > 0))
    for (unit, _), rows in measures.partition_by(
        "unit", "row", as_dict=True, maintain_order=True
    ).items():
        first = rows.row(0, named=True)
        params = {
            "unit": str(unit),
            "measure": first["measure"],
            "amount": int(rows["amount"].sum()),
            "years": _years(sorted(rows["year"].to_list())),
        }
        out.append(Finding("rule_theme6_measure", params, _at(first)))
    central = inputs.central.filter(
        (pl.col("theme") == 6) & pl.col("charged") & (pl.col("amount") > 0)
    ).sort("file", "row")
    for r in central.iter_rows(named=True):
        params = {
            "initiative": r["initiative"],
            "line": r["line"],
            "amount": int(r["amount"]),
            "years": str(r["year"]),
        }
        out.append(Finding("rule_theme6_central", params, _at(r)))
    return out


def common_initiatives(inputs: Inputs) -> list[Finding]:
    """Per initiative charged to the funds: lines without a responsible unit, criteria not
    met (not ja on every line)."""
    out = []
    lines = inputs.central.filter(pl.col("charged") & ((pl.col("amount") > 0) | pl.col("pm")))
    for (initiative,), rows in (
        lines.sort("file", "row")
        .partition_by("initiative", as_dict=True, maintain_order=True)
        .items()
    ):
        nobody = rows.filter(pl.col("responsible").is_null())
        if nobody.height:
            params = {"initiative": str(initiative), "rows": _rows(nobody)}
            out.append(Finding("rule_common_responsible", params, _at(nobody.row(0, named=True))))
        unmet = [str(n) for n, key in enumerate(CRITERIA_KEYS, 1) if not rows[key].all()]
        if unmet:
            failing = rows.filter(~pl.all_horizontal(*CRITERIA_KEYS))
            params = {"initiative": str(initiative), "criteria": ", ".join(unmet)}
            out.append(Finding("rule_common_criteria", params, _at(failing.row(0, named=True))))
    return out


def _rows(frame: pl.DataFrame) -> str:
    return ", ".join(str(r) for r in frame["row"].to_list())


def budgets_kept(allocation: Allocation, against: str) -> tuple[list[Finding], list[Finding]]:
    """Units whose allocation falls below the previous one, with the amount short; and the
    years that could not be checked."""
    units = allocation.units
    years = sorted(set(units["year"].to_list()))
    out, notes = [], []
    if against == "previous_year":
        if years:
            notes.append(Finding("rule_budgets_first_year", {"year": str(years[0])}))
        previous = {
            (r["unit"], r["year"] + 1): int(r["allocation"]) for r in units.iter_rows(named=True)
        }
    else:
        previous = {(r["unit"], r["year"]): int(r["baseline"]) for r in units.iter_rows(named=True)}
    key = "rule_budgets_short_year" if against == "previous_year" else "rule_budgets_short_base"
    for r in units.iter_rows(named=True):
        before = previous.get((r["unit"], r["year"]))
        now = int(r["allocation"])
        if before is not None and now < before:
            params: dict[str, str | int] = {
                "unit": str(r["unit"]),
                "year": str(r["year"]),
                "current": now,
                "previous": before,
                "short": before - now,
            }
            out.append(Finding(key, params))
    return out, notes


def check_rules(rules: Rules, inputs: Inputs, allocation: Allocation) -> tuple[RuleOutcome, ...]:
    """Every rule, checked unless it is off."""
    outcomes = []
    for rule in RULES:
        level = getattr(rules, rule)
        if level == "off":
            outcomes.append(RuleOutcome(rule, level))
            continue
        notes: list[Finding] = []
        if rule == "theme6_not_charged":
            findings = theme6(inputs)
        elif rule == "common_initiatives":
            findings = common_initiatives(inputs)
        else:
            findings, notes = budgets_kept(allocation, rules.budgets_against)
        outcomes.append(RuleOutcome(rule, level, tuple(findings), tuple(notes)))
    return tuple(outcomes)


def rule_problems(outcomes: tuple[RuleOutcome, ...], scenario_file: str) -> list[Problem]:
    """The findings as problems for the command line: errors for rules at level "error",
    warnings for rules at level "warning"; located at the input row, or at the scenario."""
    out = []
    for o in outcomes:
        for f in o.findings:
            where = f.location or Location(scenario_file, None, f"rules.{o.rule}")
            severity = "error" if o.level == "error" else "warning"
            out.append(Problem(where, msg("msg_rule_finding", rule=o.rule, finding=f), severity))
    return out
