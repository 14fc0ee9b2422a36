"""A synthetic sector for benchmarks: N units × Y years × 3 tiers, M measures per unit, written
as real input workbooks in the project's own templates (deterministic for a given seed)."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path

from qa_budget.inputs.contracts import CENTRAL, FUNDS, PLAN, STUDENTS, UNITS
from qa_budget.inputs.contracts_round import PLAN_ROUND
from qa_budget.output.atomic import OutputSet
from qa_budget.templates import write_template

TIERS = ("laag", "hoog", "top")
FIRST_YEAR = 2025
VERSION = 2  # of the generated files: 2 adds each plan's Planronde row (adopted, with consent)


def generate(folder: Path, units: int, years: int, measures: int, seed: int = 1) -> list[int]:
    """Write units.xlsx, students.xlsx, funds.xlsx and plans/<U>.xlsx; returns the years."""
    rng = random.Random(seed)
    ys = list(range(FIRST_YEAR, FIRST_YEAR + years))
    codes = [f"U{i:05d}" for i in range(units)]
    unit_rows = [
        [c, f"Eenheid {c}", f"Unit {c}", "faculteit" if i % 10 else "interfacultair"]
        for i, c in enumerate(codes)
    ]
    students: list[list[object]] = []
    totals = {y: 0 for y in ys}
    for c in codes:
        size = rng.randint(50, 6000)
        mix = [rng.random() for _ in TIERS]
        for y in ys:
            size = max(0, int(size * rng.uniform(0.97, 1.04)))
            for tier, m in zip(TIERS, mix, strict=True):
                n = int(size * m / sum(mix))
                students.append([c, y, tier, n])
                totals[y] += n
    central = []
    for y in ys:
        for theme, name in ((3, "Studentenwelzijn"), (4, "Docentontwikkeling")):
            central.append(
                [theme, name, "Programma", y, Decimal(totals[y] * 25), "kwaliteitsafspraken"]
            )
    funds = [[y, Decimal(totals[y] * 560), Decimal(totals[y] * 590)] for y in ys]
    outputs = OutputSet(force=True)
    write_template(outputs, folder / "units.xlsx", [UNITS], {UNITS.sheet: unit_rows}, "units")
    write_template(
        outputs, folder / "students.xlsx", [STUDENTS], {STUDENTS.sheet: students}, "students"
    )
    write_template(
        outputs,
        folder / "funds.xlsx",
        [FUNDS, CENTRAL],
        {FUNDS.sheet: funds, CENTRAL.sheet: central},
        "funds",
    )
    for c in codes:
        rows = [
            [
                f"Maatregel {j + 1}",
                rng.randint(1, 5),
                *[Decimal(rng.randint(1_000, 200_000)) for _ in ys],
            ]
            for j in range(measures)
        ]
        submitted = dt.date(FIRST_YEAR - 1, 6, rng.randint(1, 28))
        decided = submitted + dt.timedelta(days=rng.randint(7, 60))
        round_row = ["1", submitted, "instemming", decided, "vastgesteld", None]
        write_template(
            outputs,
            folder / "plans" / f"{c}.xlsx",
            [PLAN, PLAN_ROUND],
            {PLAN.sheet: rows, PLAN_ROUND.sheet: [round_row]},
            f"Plan {c}",
            years=ys,
        )
    outputs.commit()
    return ys
