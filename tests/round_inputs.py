"""Test helper: a tiny university with a plan round, previous plan versions and pm amounts,
typed into the product's own templates (every figure below is used in a hand calculation).

Units A and B, years 2025-2026, EUR 500 per EEA student:
- students: A 100 / 90, B 60 / 60, so allocations A 50,000 / 45,000, B 30,000 / 30,000;
- funds: kadernota 100,000, rijksbijdrage 110,000, both years;
- central: Docentontwikkeling (theme 4, responsible HA, four criteria ja) 10,000 in 2025 and
  pm in 2026 (CvB, by 2026-03-01); Welzijn (theme 3) 5,000 in 2025 from NPO (not charged);
- plan A: Kleinschalig (theme 1) 30,000 / 30,000; Mentoraat (3) 10,000 / 10,000; Nieuw project
  (2) 0 / 5,000. Previous version of A: Kleinschalig under theme 2 20,000 / 20,000; Mentoraat
  (3) 10,000 / 10,000; Oud project (1) 5,000 / 5,000;
- plan B: Differentiatie (2) 20,000 / 20,000; Docentteams (4) 10,000 / pm (Faculteitsbestuur
  B, by 2026-01-15). B has no previous version;
- round: A version 2, submitted 2025-07-03, instemming 2025-06-20, vastgesteld; B version 1,
  submitted 2025-06-28, advies 2025-06-25, ingediend.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

from qa_budget.inputs.contracts import CENTRAL, FUNDS, PLAN, STUDENTS, UNITS
from qa_budget.inputs.contracts_round import PLAN_ROUND
from qa_budget.output.atomic import OutputSet
from qa_budget.templates import write_template

YEARS = [2025, 2026]
JA = ["ja"] * 4
D = dt.date

SCENARIO = """name = "round"
years = [2025, 2026]
[key]
kind = "uniform"
amount_per_student = 500
[plan_round]
deadline = 2025-06-30
required_decision = "instemming"
[rules]
theme6_not_charged = "error"
common_initiatives = "warning"
unit_budgets_kept = "warning"
"""

CENTRAL_ROWS: list[list[Any]] = [
    [4, "Docentontwikkeling", "Cursussen", 2025, Decimal(10000), "kwaliteitsafspraken",
     None, None, "HA", *JA],
    [4, "Docentontwikkeling", "Cursussen", 2026, "pm", "kwaliteitsafspraken",
     "CvB", D(2026, 3, 1), "HA", *JA],
    [3, "Welzijn", "Mentoraat", 2025, Decimal(5000), "NPO", None, None, "SOZ", *JA],
]  # fmt: skip
PLANS: dict[str, list[list[Any]]] = {
    "A": [
        ["Kleinschalig", 1, Decimal(30000), Decimal(30000)],
        ["Mentoraat", 3, Decimal(10000), Decimal(10000)],
        ["Nieuw project", 2, None, Decimal(5000)],
    ],
    "B": [
        ["Differentiatie", 2, Decimal(20000), Decimal(20000)],
        ["Docentteams", 4, Decimal(10000), "pm", "Faculteitsbestuur B", D(2026, 1, 15)],
    ],
}
PREVIOUS: dict[str, list[list[Any]]] = {
    "A": [
        ["Kleinschalig", 2, Decimal(20000), Decimal(20000)],
        ["Mentoraat", 3, Decimal(10000), Decimal(10000)],
        ["Oud project", 1, Decimal(5000), Decimal(5000)],
    ],
}
ROUNDS: dict[str, list[Any]] = {
    "A": ["2", D(2025, 7, 3), "instemming", D(2025, 6, 20), "vastgesteld", "Beleid A"],
    "B": ["1", D(2025, 6, 28), "advies", D(2025, 6, 25), "ingediend", None],
}


def write_round(
    folder: Path,
    *,
    central: list[list[Any]] | None = None,
    plans: dict[str, list[list[Any]]] | None = None,
    rounds: dict[str, list[list[Any]]] | None = None,
    previous: dict[str, list[list[Any]]] | None = None,
    previous_years: list[int] | dict[str, list[int]] | None = None,
    years: list[int] | None = None,
) -> Path:
    """Write the inputs (with the changes given) and the scenario; returns the scenario file.
    `years` adds years after 2026 (the counts and funds of 2026 again, the plans' amounts
    empty); `previous_years` gives the previous versions' year columns (per unit or all)."""
    years = years or YEARS
    out = OutputSet(force=True)
    units = [["A", "Alfa", "Alpha", "faculteit"], ["B", "Beta", None, "faculteit"]]
    write_template(out, folder / "units.xlsx", [UNITS], {UNITS.sheet: units}, "u")
    later = [y for y in years if y > 2026]
    students = [["A", 2025, None, 100], ["A", 2026, None, 90]]
    students += [["B", 2025, None, 60], ["B", 2026, None, 60]]
    students += [[u, y, None, n] for u, n in (("A", 90), ("B", 60)) for y in later]
    write_template(out, folder / "students.xlsx", [STUDENTS], {STUDENTS.sheet: students}, "s")
    funds = [[y, Decimal(100000), Decimal(110000)] for y in years]
    sheets = {FUNDS.sheet: funds, CENTRAL.sheet: CENTRAL_ROWS if central is None else central}
    write_template(out, folder / "funds.xlsx", [FUNDS, CENTRAL], sheets, "f")
    the_rounds = {u: [r] for u, r in ROUNDS.items()} if rounds is None else rounds
    for unit, rows in (PLANS if plans is None else plans).items():
        data = {PLAN.sheet: rows, PLAN_ROUND.sheet: the_rounds.get(unit, [])}
        path = folder / "plans" / f"{unit}.xlsx"
        write_template(out, path, [PLAN, PLAN_ROUND], data, "p", years=years)
    for unit, rows in (PREVIOUS if previous is None else previous).items():
        path = folder / "previous-plans" / f"{unit}.xlsx"
        given = previous_years.get(unit) if isinstance(previous_years, dict) else previous_years
        write_template(out, path, [PLAN], {PLAN.sheet: rows}, "p", years=given or years)
    out.commit()
    scenario = folder.parent / "round.toml"
    scenario.write_text(SCENARIO.replace("years = [2025, 2026]", f"years = {years}"))
    return scenario
