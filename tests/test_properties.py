"""Property tests on generated inputs typed into the product's own templates.

Money is conserved to the cent, shown columns add up, and the row order of the inputs changes
no figure.
"""

from __future__ import annotations

import os
import random
import tempfile
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import openpyxl
import polars as pl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qa_budget.errors import ScenarioError
from qa_budget.money import format_eur
from qa_budget.report.overview.book import shown_years
from tests.builders import compute_file as compute
from tests.builders import run_file as run
from tests.builders import write

CENTS = st.integers(min_value=0, max_value=5 * 10**9)


@st.composite
def datasets(draw: st.DrawFn) -> dict[str, Any]:
    n_units = draw(st.integers(1, 5))
    years = list(range(2030, 2030 + draw(st.integers(1, 3))))
    units = [
        [f"U{i}", f"Eenheid {i}", None, draw(st.sampled_from(["faculteit", "interfacultair"]))]
        for i in range(n_units)
    ]
    students = []
    for u in units:
        for y in years:
            if draw(st.booleans()):
                students.append([u[0], y, None, draw(st.integers(0, 9000))])
            else:
                for tier in draw(st.sets(st.sampled_from(["laag", "hoog", "top"]), min_size=1)):
                    students.append([u[0], y, tier, draw(st.integers(0, 9000))])
    funds = [[y, draw(CENTS), draw(CENTS)] for y in years]
    central = [
        [
            draw(st.integers(1, 6)),
            f"Initiatief {i % 2}",
            f"Regel {i}",
            y,
            draw(CENTS),
            draw(st.sampled_from(["kwaliteitsafspraken", "NPO", "overig"])),
        ]
        for i in range(draw(st.integers(0, 4)))
        for y in years
    ]
    plans = {
        u[0]: {
            f"Maatregel {j}": {
                "theme": draw(st.integers(1, 6)),
                "y": {y: draw(st.integers(0, 10**9)) for y in years},
            }
            for j in range(draw(st.integers(0, 4)))
        }
        for u in units
    }
    return {
        "units": units,
        "students": students,
        "funds": funds,
        "central": central,
        "plans": plans,
        "years": years,
    }


def _scenario(folder: Path, years: list[int], amount: str) -> Path:
    path = folder / "prop.toml"
    path.write_text(
        f'name = "prop"\nyears = {years}\n[key]\nkind = "uniform"\namount_per_student = {amount}\n'
        "[checks]\nallow_unfunded_plans = true\n"
    )
    return path


def _values(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    wb = openpyxl.load_workbook(path, data_only=True)
    return {
        ws.title: list(ws.iter_rows(values_only=True))
        for ws in wb.worksheets
        if ws.title != "Herkomst"
    }


AMOUNTS = st.sampled_from(["500", "437.5", "1", "612.34"])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=datasets(), amount=AMOUNTS, seed=st.integers(0, 2**16))
def test_money_is_conserved_and_row_order_is_irrelevant(
    data: dict[str, Any], amount: str, seed: int
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        write(base / "a", data)
        write(base / "b", data, shuffle=random.Random(seed))
        scenario = _scenario(base, data["years"], amount)
        ra = run(scenario, base / "a", base / "out_a")
        run(scenario, base / "b", base / "out_b")

        per_student = int(Decimal(amount) * 100)
        for f in ra.reconciliation.years:
            y = f.year
            students = sum(r[3] for r in data["students"] if r[1] == y)
            charged = sum(
                r[4] for r in data["central"] if r[3] == y and r[5] == "kwaliteitsafspraken"
            )
            planned = sum(m["y"][y] for ms in data["plans"].values() for m in ms.values())
            revenue = next(r[2] for r in data["funds"] if r[0] == y)
            assert f.unit_allocations == students * per_student
            assert f.central_charged == charged
            assert f.spending == planned + charged
            assert f.rijksbijdrage == revenue
            # revenue = unit allocations + central + still to allocate, to the cent
            assert revenue == f.unit_allocations + f.central_charged + f.still_to_allocate
            assert f.result == revenue - f.spending - f.still_to_allocate
        for s in shown_years(ra.reconciliation, ra.allocation):
            assert s.rijksbijdrage == s.spending + s.still_to_allocate + s.result
            assert s.spending == sum(s.themes.values())
            assert s.allocated == s.unit_allocations + s.central_charged
            assert s.unit_allocations == sum(s.units.values())
            assert s.still_to_allocate == s.rijksbijdrage_update + s.kadernota_unallocated
        assert all(c.ok for c in ra.reconciliation.checks)
        assert _values(base / "out_a" / "prop" / "overview.xlsx") == _values(
            base / "out_b" / "prop" / "overview.xlsx"
        )


def _uniform_with_oploop(folder: Path, years: list[int], oploop: dict[str, Any]) -> Path:
    path = folder / "op.toml"
    body = "".join(f"{k} = {v!r}\n".replace("'", '"') for k, v in oploop.items())
    path.write_text(
        f'name = "op"\nyears = {years}\n[key]\nkind = "uniform"\namount_per_student = 500\n'
        f"[checks]\nallow_unfunded_plans = true\n[oploop]\n{body}"
    )
    return path


@settings(
    max_examples=int(os.environ.get("QA_BUDGET_PROPERTY_EXAMPLES", 40)),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(
    data=datasets(),
    part=st.sampled_from(["total", "kadernota", "rijksbijdrage"]),
    share=st.sampled_from(["100", "50", "33.3333", "0.01"]),
    reference=st.booleans(),
)
def test_oploop_conserves_money_and_says_what_it_did(
    data: dict[str, Any], part: str, share: str, reference: bool
) -> None:
    """What the oploop says it handed out is exactly what the units and the central lines
    gained, to the cent, in every year and for every part and share."""
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        write(base / "in", data)
        oploop: dict[str, Any] = {"part": part, "share_pct": float(share)}
        if reference:
            oploop["reference_year"] = data["years"][-1]
        plain = _scenario(base, data["years"], "500")
        before = compute(plain, base / "in").reconciliation
        try:
            result = compute(_uniform_with_oploop(base, data["years"], oploop), base / "in")
        except ScenarioError as err:  # keeping the ratio would take money away: explained
            assert "would take money" in str(err) or "no central initiatives" in str(err)
            return
    a = result.allocation
    extra = result.inputs.central.filter(pl.col("line").str.ends_with("(oploop)"))
    for f, b in zip(result.reconciliation.years, before.years, strict=True):
        y, d = f.year, a.oploop[f.year]
        kadernota_room, update = b.kadernota - b.allocated, b.rijksbijdrage - b.kadernota
        amount = {"total": b.still_to_allocate, "kadernota": kadernota_room}.get(part, update)
        asked = max(0, int(Fraction(amount) * Fraction(Decimal(share)) / 100))
        expected = min(asked, max(0, b.still_to_allocate))
        if b.unit_allocations == 0:
            expected = 0  # no allocation to spread the units' part over
        assert d["handed_out"] == expected
        units_gain = int(a.units.filter(pl.col("year") == y)["oploop"].sum())
        central_gain = int(extra.filter(pl.col("year") == y)["amount"].sum())
        assert (units_gain, central_gain) == (d["units"], d["central"])
        assert units_gain + central_gain == d["handed_out"]
        assert f.allocated - b.allocated == d["handed_out"]
        assert f.still_to_allocate == b.still_to_allocate - d["handed_out"]
        assert f.rijksbijdrage == f.unit_allocations + f.central_charged + f.still_to_allocate
        note = next(str(n) for n in a.notes if str(n).startswith(f"oploop {y}:"))
        if d["handed_out"]:
            for cents in (d["handed_out"], d["units"], d["central"]):
                assert format_eur(cents) in note
        else:
            assert "EUR 0.00 of" in note or "nothing handed out" in note
