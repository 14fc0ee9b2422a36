"""No step grows faster than the number of units: the Python work of a whole run (read, check,
compute, overview, the council pack) counted at three sizes. (The faculty-board workbooks are
left out: each is written from its own unit's rows alone, and their steady per-unit work would
hide a small quadratic term elsewhere.)

Counting function calls is deterministic where a timing is not; a step that loops over all
units for each unit shows as calls growing with the square of the units. (Work done inside a
library for each unit, e.g. a table filter per unit, is counted once per call: the benchmark,
`qa-budget bench`, measures time at 200 and 2,000 units.)
"""

from __future__ import annotations

import cProfile
import pstats
from pathlib import Path

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
