"""The benchmark: every stage of a run at three sizes, against floors measured in the same run.

    qa-budget bench [--sizes 8x3,200x10,2000x10] [--measures 25] [--out bench.json]

Sizes are units × years (three funding tiers, M measures per unit), generated once per size into
a work folder as real input workbooks in the project's own templates (synthetic.py); the bundled
example is the size "example". Stages are timed in one process (best of `--repeat`); the whole
`qa-budget run` and `qa-budget --help` are timed as separate processes, with their peak memory.
Floors: the start-up of `python -c "import polars, pulp, xlsxwriter, openpyxl, click,
pydantic"` and of `python -c "import click"`; for the tariff optimiser, the exact method on the
same problems.
"""

from __future__ import annotations

import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

IMPORTS = "import polars, pulp, xlsxwriter, openpyxl, click, pydantic"


def _time(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    best, out = float("inf"), None
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t)
    return best, out


def _process(cmd: list[str], repeat: int) -> tuple[float, float]:
    """Median wall time (s) and peak memory (MiB) of a command run as its own process."""
    probe = (
        "import resource, subprocess, sys, time, json; t = time.perf_counter(); "
        "p = subprocess.run(json.loads(sys.argv[1]), stdout=subprocess.DEVNULL, "
        "stderr=subprocess.DEVNULL); w = time.perf_counter() - t; "
        "print(w, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, p.returncode)"
    )
    walls, peaks = [], []
    for _ in range(repeat):
        out = subprocess.run(
            [sys.executable, "-c", probe, json.dumps(cmd)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        if out[2] != "0":
            raise RuntimeError(f"{' '.join(cmd)} exited with {out[2]}")
        walls.append(float(out[0]))
        peaks.append(int(out[1]) / 1024)
    return statistics.median(walls), max(peaks)


def _scenarios(folder: Path, years: list[int]) -> tuple[Path, Path]:
    uniform = folder / "bench-uniform.toml"
    uniform.write_text(
        f'name = "bench-uniform"\nyears = {years}\n[key]\nkind = "uniform"\n'
        "amount_per_student = 500\n"
    )
    tariff = folder / "bench-tariff.toml"
    tariff.write_text(
        f'name = "bench-tariff"\nyears = {years}\n[key]\nkind = "tariff"\n'
        'weights = { laag = 1, hoog = 1.5, top = 3 }\nbaseline = "bench-uniform"\n'
        "max_loss_pct = 5\nmax_gain_pct = 10\n"
    )
    return uniform, tariff


def prepare(size: str, work: Path, measures: int) -> tuple[Path, Path, Path]:
    """Inputs and scenarios for a size ('example' or UNITSxYEARS), generated once."""
    folder = work / size
    if size == "example":
        from qa_budget.templates import write_inputs

        if not (folder / "units.xlsx").exists():
            write_inputs(folder, example=True, years=[2022, 2023, 2024], force=True)
        uniform, tariff = _scenarios(work, [2022, 2023, 2024])
        return folder, uniform, tariff
    units, years = (int(x) for x in size.split("x"))
    marker = folder / ".generated"
    spec = f"{units} {years} {measures}"
    if not marker.exists() or marker.read_text() != spec:
        from qa_budget.synthetic import generate

        generate(folder, units, years, measures)
        marker.write_text(spec)
    from qa_budget.synthetic import FIRST_YEAR

    uniform, tariff = _scenarios(folder, list(range(FIRST_YEAR, FIRST_YEAR + years)))
    return folder, uniform, tariff


def stages(inputs_dir: Path, uniform: Path, tariff: Path, repeat: int) -> dict[str, float]:
    """Seconds per stage, in one process."""
    from qa_budget.inputs.check import check_inputs
    from qa_budget.inputs.read import read_inputs
    from qa_budget.keys import KeyContext
    from qa_budget.keys.tariff import clamp
    from qa_budget.output.write import write_run
    from qa_budget.pipeline import compute
    from qa_budget.reconcile import reconcile
    from qa_budget.scenario import load_scenario

    out: dict[str, float] = {}
    scenario = load_scenario(uniform)
    out["read and validate"], inputs = _time(
        lambda: check_inputs(read_inputs(inputs_dir, scenario.inputs), scenario.years), repeat
    )
    out["allocate: uniform"], base = _time(
        lambda: scenario.key.allocate(KeyContext(inputs)), repeat
    )
    t_scenario = load_scenario(tariff)
    out["allocate: tariff LP (HiGHS)"], lp = _time(
        lambda: t_scenario.key.allocate(KeyContext(inputs, base, "highs")), repeat
    )
    out["allocate: tariff LP (CBC)"], _ = _time(
        lambda: t_scenario.key.allocate(KeyContext(inputs, base, "cbc")), repeat
    )

    def exact() -> None:
        for m in lp.year_models:
            b = m.bounds()
            tau = clamp.exact_tariff(b)
            assert tau is not None
            clamp.to_cents(clamp.amounts(b, tau), m.pool)

    out["allocate: tariff exact method"], _ = _time(exact, repeat)
    out["reconcile"], _ = _time(lambda: reconcile(inputs, base), repeat)
    sources = read_inputs(inputs_dir, scenario.inputs)
    result = compute(scenario, sources)
    tariff_result = compute(t_scenario, sources)
    with tempfile.TemporaryDirectory() as tmp:
        out["write overview"], _ = _time(
            lambda: write_run(result, Path(tmp), force=True, faculty=False), repeat
        )
        from qa_budget.report.council.book import write_council

        out["write council workbook"], _ = _time(
            lambda: write_council(
                Path(tmp) / "council.xlsx", [result, tariff_result], inputs.years, "nl"
            ),
            repeat,
        )
        from qa_budget.report.common.page import inputs_fingerprint
        from qa_budget.report.faculty.batch import write_all

        codes = inputs.units["code"].to_list()
        targets = {u: Path(tmp) / f"{u}.xlsx" for u in codes}
        out["write faculty workbooks"], _ = _time(
            lambda: write_all(targets, result, "nl", inputs_fingerprint(result.hashes)),
            1,
        )
        out["faculty workbooks per second"] = len(codes) / out["write faculty workbooks"]
    return out


def run_bench(sizes: list[str], work: Path, measures: int, repeat: int) -> dict[str, Any]:
    """Measure every size; returns the record written to bench.json."""
    exe = str(Path(sys.executable).parent / "qa-budget")
    floor_imports, floor_mem = _process([sys.executable, "-c", IMPORTS], 5)
    floor_click, _ = _process([sys.executable, "-c", "import click"], 5)
    help_wall, help_mem = _process([exe, "--help"], 5)
    record: dict[str, Any] = {
        "floors": {
            "imports_s": floor_imports,
            "imports_peak_mib": floor_mem,
            "click_s": floor_click,
        },
        "help": {
            "wall_s": help_wall,
            "vs_click_floor": help_wall / floor_click,
            "peak_mib": help_mem,
        },
        "sizes": {},
    }
    for size in sizes:
        inputs_dir, uniform, tariff = prepare(size, work, measures)
        timed = stages(inputs_dir, uniform, tariff, repeat)
        runs = 3 if size == "example" else 1
        with tempfile.TemporaryDirectory() as tmp:
            # the whole run without the per-unit workbooks (their rate is a stage above)
            common = ["--inputs", str(inputs_dir), "--out", tmp, "--force", "--no-faculty"]
            run_u = _process([exe, "run", str(uniform), *common], runs)
            run_t = _process([exe, "run", str(tariff), *common], runs)
        n_units, n_years = _shape(inputs_dir)
        record["sizes"][size] = {
            "units": n_units,
            "years": n_years,
            "stages_s": timed,
            "run_uniform": {
                "wall_s": run_u[0],
                "peak_mib": run_u[1],
                "vs_import_floor": run_u[0] / floor_imports,
            },
            "run_tariff": {
                "wall_s": run_t[0],
                "peak_mib": run_t[1],
                "vs_import_floor": run_t[0] / floor_imports,
            },
            "lp_vs_exact": timed["allocate: tariff LP (HiGHS)"]
            / max(timed["allocate: tariff exact method"], 1e-9),
            "per_unit_year_ms": 1000 * run_u[0] / (n_units * n_years),
        }
    record["self_peak_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return record


def _shape(inputs_dir: Path) -> tuple[int, int]:
    from qa_budget.inputs.check import check_inputs
    from qa_budget.inputs.read import read_inputs

    inputs = check_inputs(read_inputs(inputs_dir))
    return inputs.units.height, len(inputs.years)


def table(record: dict[str, Any]) -> list[str]:
    """The figures as a plain table."""
    f, h = record["floors"], record["help"]
    lines = [
        f"floor: python -c '{IMPORTS}': {f['imports_s']:.3f} s; "
        f"python -c 'import click': {f['click_s']:.3f} s",
        f"qa-budget --help: {h['wall_s']:.3f} s = {h['vs_click_floor']:.2f} × the click floor",
        "",
    ]
    sizes = list(record["sizes"])
    lines.append(f"{'stage (s)':<34}" + "".join(f"{s:>14}" for s in sizes))
    stage_names = list(record["sizes"][sizes[0]]["stages_s"])
    for name in stage_names:
        lines.append(
            f"{name:<34}" + "".join(f"{record['sizes'][s]['stages_s'][name]:>14.3f}" for s in sizes)
        )
    for key, label in (
        ("run_uniform", "whole run, uniform (s)"),
        ("run_tariff", "whole run, tariff (s)"),
    ):
        lines.append(
            f"{label:<34}" + "".join(f"{record['sizes'][s][key]['wall_s']:>14.3f}" for s in sizes)
        )
        lines.append(
            f"{'  × import floor':<34}"
            + "".join(f"{record['sizes'][s][key]['vs_import_floor']:>14.2f}" for s in sizes)
        )
        lines.append(
            f"{'  peak memory (MiB)':<34}"
            + "".join(f"{record['sizes'][s][key]['peak_mib']:>14.0f}" for s in sizes)
        )
    lines.append(
        f"{'tariff LP / exact method':<34}"
        + "".join(f"{record['sizes'][s]['lp_vs_exact']:>14.1f}" for s in sizes)
    )
    lines.append(
        f"{'ms per unit-year (uniform run)':<34}"
        + "".join(f"{record['sizes'][s]['per_unit_year_ms']:>14.3f}" for s in sizes)
    )
    return lines
