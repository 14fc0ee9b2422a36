"""Test helper: type a small dataset into the product's own input templates."""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path
from typing import Any

from qa_budget.api import Options, Result, compute, load_scenario, read_inputs
from qa_budget.api import write as write_outputs
from qa_budget.inputs.contracts import CENTRAL, FUNDS, PLAN, STUDENTS, UNITS
from qa_budget.output.atomic import OutputSet
from qa_budget.templates import write_template


def _eur(cents: int) -> Decimal:
    return Decimal(cents) / 100


def write(folder: Path, data: dict[str, Any], shuffle: random.Random | None = None) -> None:
    """Type the data into the templates (optionally with every table's rows shuffled)."""

    def rows(items: list[list[Any]]) -> list[list[Any]]:
        items = list(items)
        if shuffle:
            shuffle.shuffle(items)
        return items

    years = data["years"]
    money = lambda r, idx: [(_eur(v) if i in idx else v) for i, v in enumerate(r)]  # noqa: E731
    out = OutputSet(force=True)
    write_template(out, folder / "units.xlsx", [UNITS], {UNITS.sheet: rows(data["units"])}, "u")
    write_template(
        out, folder / "students.xlsx", [STUDENTS], {STUDENTS.sheet: rows(data["students"])}, "s"
    )
    write_template(
        out,
        folder / "funds.xlsx",
        [FUNDS, CENTRAL],
        {
            FUNDS.sheet: rows([money(r, {1, 2}) for r in data["funds"]]),
            CENTRAL.sheet: rows([money(r, {4}) for r in data["central"]]),
        },
        "f",
    )
    for unit, measures in data["plans"].items():
        plan_rows = [
            [name, m["theme"], *[_eur(m["y"][y]) for y in years]] for name, m in measures.items()
        ]
        write_template(
            out,
            folder / "plans" / f"{unit}.xlsx",
            [PLAN],
            {PLAN.sheet: rows(plan_rows)},
            "p",
            years=years,
        )
    out.commit()


def compute_file(scenario: Path, inputs: Path, options: Options | None = None) -> Result:
    """Load a scenario file, read the inputs folder and compute (the library's three steps)."""
    loaded = load_scenario(scenario)
    return compute(loaded, read_inputs(inputs, loaded.inputs), options)


def run_file(scenario: Path, inputs: Path, out: Path, **options: Any) -> Result:
    """compute_file, then write the outputs into `out`."""
    result = compute_file(scenario, inputs)
    write_outputs(result, out, **options)
    return result
