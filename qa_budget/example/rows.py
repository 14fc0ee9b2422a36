"""The bundled example's rows per input workbook, in the templates' column order."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal
from typing import Any

from qa_budget.example import load_table
from qa_budget.inputs.contracts import (
    CENTRAL,
    FUNDS,
    INDICATOR_CONTRACTS,
    REALISED,
    REALISED_REVENUE,
    STUDENTS,
    UNITS,
)
from qa_budget.inputs.contracts_round import PM


def _eur(text: str) -> Decimal | str:
    return PM if text == PM else Decimal(text)


def _date(text: str) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _plans(tables: list[str], rounds: str, notes: str | None = None) -> dict[str, dict[str, Any]]:
    """Per unit: its measures (theme, amount or pm per year, who decides and by when, the
    plan's explanation) and its Planronde row."""
    plans: dict[str, dict[str, Any]] = defaultdict(lambda: {"measures": {}, "round": []})
    for m in (row for name in tables for row in load_table(name)):
        measures = plans[m["unit"]]["measures"]
        entry = measures.setdefault(m["measure"], {"theme": int(m["theme"]), "y": {}})
        entry["y"][int(m["year"])] = _eur(m["amount"])
        if m.get("decider"):
            entry |= {"decider": m["decider"], "decide_by": _date(m["decide_by"])}
    for n in load_table(notes) if notes else []:
        plans[n["unit"]]["measures"][n["measure"]]["note"] = n["note"]
    for r in load_table(rounds):
        plans[r["unit"]]["round"] = [
            [
                r["version"],
                _date(r["submitted"]),
                r["decision"],
                _date(r["decision_date"]),
                r["status"],
                r["contact"] or None,
            ]
        ]
    return dict(plans)


def example_rows() -> dict[str, Any]:
    """The bundled example's rows per workbook (plans: per unit, see `_plans`)."""
    units = [[u["code"], u["name_nl"], u["name_en"], u["kind"]] for u in load_table("units")]
    students = [
        [s["unit"], int(s["year"]), s["tier"] or None, int(s["count"])]
        for s in load_table("students")
    ]
    funds = [
        [int(f["year"]), _eur(f["kadernota"]), _eur(f["rijksbijdrage"])]
        for f in load_table("funds")
    ]
    central = [
        [
            int(c["theme"]),
            c["initiative"],
            c["line"],
            int(c["year"]),
            _eur(c["amount"]),
            c["source"],
            c["decider"] or None,
            _date(c["decide_by"]),
            c["responsible"] or None,
            *[c[f"criterion{n}"] or None for n in range(1, 5)],
        ]
        for c in load_table("central")
    ]
    plans = _plans(["measures", "measures_history", "open_measures"], "plan_round", "measure_notes")
    years = sorted({y for p in plans.values() for m in p["measures"].values() for y in m["y"]})
    realised = [
        [r["unit"], int(r["year"]), int(r["theme"]), r["moment"], _eur(r["amount"]), r["note"]]
        for r in load_table("realised")
    ]
    revenue = [[int(r["year"]), _eur(r["amount"])] for r in load_table("revenue_realised")]
    return {
        "units": {UNITS.sheet: units},
        "students": {STUDENTS.sheet: students},
        "funds": {FUNDS.sheet: funds, CENTRAL.sheet: central},
        "plans": plans,
        "previous_plans": _plans(["previous_measures"], "previous_round"),
        "years": years,
        "reference": reference_rows(),
        "realised": {REALISED.sheet: realised, REALISED_REVENUE.sheet: revenue},
        "indicators": indicator_rows(),
    }


def indicator_rows() -> dict[str, list[list[Any]]]:
    """The example's indicators.xlsx rows: the seed's 2019 indicator table and the 2020
    student-staff ratio, the reflections and the units responsible for the initiatives."""
    tables = ("indicators", "indicator_values", "reflections", "initiatives")

    def cell(text: str, kind: str) -> Any:
        if text == "":
            return None
        if kind in ("theme", "year", "decimals", "persons"):
            return int(text)
        return Decimal(text) if kind == "number" else text

    return {
        contract.sheet: [[cell(r[c.key], c.kind) for c in contract.columns] for r in load_table(t)]
        for t, contract in zip(tables, INDICATOR_CONTRACTS, strict=True)
    }


def reference_rows() -> dict[str, list[list[Any]]]:
    """The example's reference.xlsx rows: the published annex 1 and the 2018 plan."""

    def pct(name: str) -> list[list[Any]]:
        return [[int(r["theme"]), int(r["year"]), int(r["percent"])] for r in load_table(name)]

    published = [
        [r["line"], int(r["year"]), r["column"], int(r["keur"])] for r in load_table("published")
    ]
    return {
        "Gepubliceerd": published,
        "Percentages": pct("published_percentages"),
        "Plan2018": pct("plan2018"),
    }
