"""No step grows faster than the number of units: the Python work of a whole run (read, check,
compute, overview, the council pack) counted at three sizes. (The faculty-board workbooks are
left out: each is written from its own unit's rows alone, and their steady per-unit work would
hide a small quadratic term elsewhere; what their tasks carry is measured on its own.)

Counting function calls is deterministic where a timing is not; a step that loops over all
units for each unit shows as calls growing with the square of the units. (Work done inside a
library for each unit, e.g. a table filter per unit, is counted once per call: the benchmark,
`qa-budget bench`, measures time at 200 and 2,000 units.)
"""

from __future__ import annotations

import cProfile
import pstats
from pathlib import Path
from typing import Any

import pytest

import qa_budget.api as qa
from qa_budget.synthetic import FIRST_YEAR, generate

SIZES = (15, 30, 60)


def _scenarios(folder: Path) -> tuple[Path, Path]:
    years = [FIRST_YEAR, FIRST_YEAR + 1]
    uniform, tariff = folder / "u.toml", folder / "t.toml"
    common = f"years = {years}\n[checks]\nallow_unfunded_plans = true\n"
    uniform.write_text(f'name = "u"\n{common}[key]\nkind = "uniform"\namount_per_student = 500\n')
    tariff.write_text(
        f'name = "t"\n{common}[key]\nkind = "tariff"\nweights = {{ laag = 1, hoog = 1.5, '
        'top = 3 }\nbaseline = "u"\nmax_loss_pct = 5\nmax_gain_pct = 10\n'
    )
    return uniform, tariff


def _calls(tmp: Path, units: int) -> int:
    inputs = tmp / f"in{units}"
    generate(inputs, units, 2, 3)
    uniform, tariff = _scenarios(tmp)
    profile = cProfile.Profile()
    profile.enable()
    sources = qa.read_inputs(inputs)
    results = [qa.compute(qa.load_scenario(s), sources) for s in (uniform, tariff)]
    for result in results:
        qa.write(result, tmp / f"out{units}", faculty=False)
    qa.write_comparison(qa.compare(results), tmp / f"out{units}")
    profile.disable()
    return int(pstats.Stats(profile).total_calls)  # type: ignore[attr-defined]


def test_work_grows_linearly_with_the_units(tmp_path: Path) -> None:
    _calls(tmp_path, 5)  # first use: lazy imports and caches, counted once, not per size
    small, middle, large = (_calls(tmp_path, n) for n in SIZES)
    # Linear work c(n) = a + b·n doubles its growth per doubling: (c(60) - c(30)) is
    # 2 × (c(30) - c(15)); work that grows with n² makes it 4 ×. Measured: 2.02. A sum over
    # all units inside the sort key of one council sheet (three calls per pair of units, 3,600
    # pairs at 60 units) makes it 2.16.
    growth = (large - middle) / (middle - small)
    assert growth < 2.08, (small, middle, large, growth)


def _faculty_task_bytes(tmp: Path, units: int, monkeypatch: pytest.MonkeyPatch) -> int:
    """What the tasks for the faculty workbooks of `units` units carry, pickled, in bytes."""
    import pickle

    import qa_budget.report.faculty.batch as batch

    inputs = tmp / f"in{units}"
    generate(inputs, units, 2, 3)
    result = qa.compute(qa.load_scenario(_scenarios(tmp)[0]), qa.read_inputs(inputs))
    tasks: list[Any] = []
    monkeypatch.setattr(batch, "PARALLEL_FROM", 1)
    monkeypatch.setattr(batch, "CHUNK", 5)  # tasks in proportion to the units
    monkeypatch.setattr(batch, "count", lambda: 2)
    monkeypatch.setattr(batch, "parallel_map", lambda work, jobs: [tasks.append(j) for j in jobs])
    batch.write_all({u: tmp / u for u in result.inputs.units["code"]}, result, "nl", "0" * 64)
    return sum(len(pickle.dumps(task)) for task in tasks)


def test_faculty_tasks_carry_only_their_own_units(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each task of faculty workbooks went out with the tables of every unit (students, the
    # warnings, the plans per unit): at 20,000 units 72 MB a task, 28.6 GB for the 400 tasks;
    # at 2,000 units 9.2 MB a task. What a task carries must not grow with the units: the bytes
    # per unit at 60 units are those at 15 (measured 1.000; they were 1.58 times as many).
    small, large = (_faculty_task_bytes(tmp_path, n, monkeypatch) for n in (15, 60))
    per_unit = (large / 60) / (small / 15)
    assert per_unit < 1.2, (small, large, per_unit)
