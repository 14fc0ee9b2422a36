"""The benchmark: whole commands and their stages at several sizes, each against a floor measured
in the same run, right beside it.

    qa-budget bench [--sizes example,200x10,2000x10] [--measures 25] [--repeat 3]

Sizes are units × years (three funding tiers, M measures per unit), generated once per size into
a work folder as real input workbooks in the project's own templates (synthetic.py); the bundled
example is the size "example".

- Whole commands (`run` as a user runs it, with every faculty workbook; `run --no-faculty`; the
  tariff run; `compare`) run as processes of their own. Each is paired with the import floor: the
  floor runs right before every repetition of the command, and the best of N of each is compared,
  so a machine that is busy for a while weighs on both alike.
- The import floor is `python -c "import <what a uniform run imports>"` (RUN_IMPORTS; a test
  keeps the list equal to what the command really imports).
- Memory is the peak of the resident memory of the command and all its worker processes
  together, sampled from /proc; CPU time is that of the command and its workers.
- Stages run in this process (best of N). The tariff LP's physical floor is a numpy bisection for
  the same problems (base tariff with floors and caps); the faculty-board workbook rate is per
  CPU-second, beside the rate of bare xlsxwriter writing books with the same number of cells.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

RUN_IMPORTS = (
    "polars",
    "pydantic",
    "annotated_types",
    "click",
    "defusedxml",
    "xlsxwriter",
    "python_calamine",
)
FLOOR = "import " + ", ".join(RUN_IMPORTS)
CLICK_FLOOR = "import click"
SAMPLE_S = 0.02  # memory sampling interval
FACULTY_SAMPLE = 200  # units whose faculty workbooks are timed in this process

# The targets, shown beside the figures (ratios to the import floor, measured here).
TARGETS = {
    "run": 25.0,
    "run --no-faculty": 8.0,
    "compare": 30.0,
    "tariff / uniform": 1.3,
    "faculty workbooks per CPU-second": 50.0,
}

Report = Callable[[str], None]


@dataclass
class Measured:
    """A command's best wall and CPU time of N, its peak memory, and its paired floor."""

    wall_s: float
    cpu_s: float
    peak_mib: float
    floor_s: float

    @property
    def ratio(self) -> float:
        return self.wall_s / self.floor_s


def _tree_rss(root: int) -> int:
    """Resident bytes of a process and all its descendants (0 where /proc cannot tell)."""
    children: dict[int, list[int]] = {}
    try:
        entries = os.listdir("/proc")
    except OSError:
        return 0
    for entry in entries:
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as fh:
                stat = fh.read()
        except OSError:
            continue
        ppid = int(stat[stat.rindex(b")") + 2 :].split()[1])
        children.setdefault(ppid, []).append(int(entry))
    page, total, todo = os.sysconf("SC_PAGE_SIZE"), 0, [root]
    while todo:
        pid = todo.pop()
        todo.extend(children.get(pid, []))
        try:
            with open(f"/proc/{pid}/statm", "rb") as fh:
                total += int(fh.read().split()[1]) * page
        except OSError:
            continue
    return total


def _once(cmd: list[str]) -> tuple[float, float, float]:
    """(wall s, CPU s, peak MiB of the process tree) of one run of a command."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak, status, usage = 0, 0, None
    while usage is None:
        pid, status, rusage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            usage = rusage
            break
        peak = max(peak, _tree_rss(proc.pid))
        time.sleep(SAMPLE_S)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} exited with {proc.returncode}: {err[-500:]}")
    # the command's own usage (its workers included); its largest single process is a lower
    # bound of the tree's peak when it ends between two samples
    cpu = usage.ru_utime + usage.ru_stime
    return wall, cpu, max(peak, usage.ru_maxrss * 1024) / 2**20


def measure(cmd: list[str], repeat: int, floor: str = FLOOR) -> Measured:
    """Best of N of a command, each repetition right after a run of the floor."""
    floors, walls, cpus, peaks = [], [], [], []
    for _ in range(repeat):
        floors.append(_once([sys.executable, "-c", floor])[0])
        wall, cpu, peak = _once(cmd)
        walls.append(wall)
        cpus.append(cpu)
        peaks.append(peak)
    return Measured(min(walls), min(cpus), max(peaks), min(floors))


def _best(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    best, out = float("inf"), None
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t)
    return best, out


def _scenarios(folder: Path, years: list[int]) -> tuple[Path, Path]:
    uniform = folder / "bench-uniform.toml"
    uniform.write_text(
        f'name = "bench-uniform"\nyears = {years}\n[key]\nkind = "uniform"\n'
        "amount_per_student = 500\n[checks]\nallow_unfunded_plans = true\n"
    )
    tariff = folder / "bench-tariff.toml"
    tariff.write_text(
        f'name = "bench-tariff"\nyears = {years}\n[key]\nkind = "tariff"\n'
        'weights = { laag = 1, hoog = 1.5, top = 3 }\nbaseline = "bench-uniform"\n'
        "max_loss_pct = 5\nmax_gain_pct = 10\n[checks]\nallow_unfunded_plans = true\n"
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
    from qa_budget.synthetic import FIRST_YEAR, VERSION, generate

    spec = f"{units} {years} {measures} v{VERSION}"
    if not marker.exists() or marker.read_text() != spec:
        generate(folder, units, years, measures)
        marker.write_text(spec)
    uniform, tariff = _scenarios(folder, list(range(FIRST_YEAR, FIRST_YEAR + years)))
    return folder, uniform, tariff


def _bisection(models: list[Any]) -> Callable[[], None]:
    """The LP's physical floor: per year, the base tariff whose amounts, clamped to the floors
    and caps, spend the pool, by numpy bisection on arrays prepared beforehand."""
    import numpy as np

    prepared = []
    for m in models:
        w = np.array([float(x) for x in m.weights])
        lo = np.array(m.floors, dtype=float)
        hi = np.array([np.inf if c is None else float(c) for c in m.caps])
        prepared.append((w, lo, hi, float(m.pool)))

    def solve() -> None:
        for w, lo, hi, pool in prepared:
            a, b = 0.0, pool / max(float(w.sum()), 1e-9) * 4 + 1
            for _ in range(100):
                mid = (a + b) / 2
                if np.clip(w * mid, lo, hi).sum() < pool:
                    a = mid
                else:
                    b = mid
            amounts = np.clip(w * b, lo, hi)
            cents = np.floor(amounts)
            short = int(pool - cents.sum())
            if short > 0:  # largest remainder
                cents[np.argsort(cents - amounts)[:short]] += 1

    return solve


def _xlsxwriter_floor(cells: int, books: int) -> float:
    """Books per CPU-second of bare xlsxwriter writing `cells` numbers per book in memory."""
    import io

    import xlsxwriter

    start = time.process_time()
    for _ in range(books):
        wb = xlsxwriter.Workbook(io.BytesIO(), {"in_memory": True})
        ws = wb.add_worksheet()
        for i in range(cells):
            ws.write_number(i // 20, i % 20, i)
        wb.close()
    return books / (time.process_time() - start)


def _cells(path: Path) -> int:
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_path(str(path))
    return sum(
        sum(1 for row in book.get_sheet_by_name(n).to_python() for v in row if v != "")
        for n in book.sheet_names
    )


def stages(
    inputs_dir: Path, uniform: Path, tariff: Path, repeat: int, report: Report
) -> dict[str, float]:
    """Seconds per stage (and the faculty-board workbook rates), in this process."""
    from qa_budget.inputs.check import check_inputs
    from qa_budget.inputs.read import read_inputs
    from qa_budget.keys import KeyContext
    from qa_budget.keys.tariff import clamp
    from qa_budget.pipeline import compute
    from qa_budget.reconcile import reconcile
    from qa_budget.scenario import load_scenario

    out: dict[str, float] = {}

    def timed(name: str, fn: Callable[[], Any], n: int = repeat) -> Any:
        out[name], value = _best(fn, n)
        report(f"  {name}: {out[name]:.3f} s")
        return value

    scenario, t_scenario = load_scenario(uniform), load_scenario(tariff)
    sources = timed("read", lambda: read_inputs(inputs_dir, scenario.inputs))
    inputs = timed("check", lambda: check_inputs(sources, scenario.years))
    base = timed("allocate: uniform", lambda: scenario.key.allocate(KeyContext(inputs)))
    lp = timed(
        "allocate: tariff LP (HiGHS)",
        lambda: t_scenario.key.allocate(KeyContext(inputs, base, "highs")),
    )
    timed(
        "allocate: tariff LP (CBC)",
        lambda: t_scenario.key.allocate(KeyContext(inputs, base, "cbc")),
    )
    timed("LP floor: numpy bisection", _bisection(lp.year_models))

    def exact() -> None:
        for m in lp.year_models:
            b = m.bounds()
            tau = clamp.exact_tariff(b)
            assert tau is not None
            clamp.to_cents(clamp.amounts(b, tau), m.pool)

    timed("allocate: tariff exact method", exact)
    timed("reconcile", lambda: reconcile(inputs, base))
    result = timed("compute: uniform (all)", lambda: compute(scenario, sources))
    tariff_result = timed("compute: tariff (all)", lambda: compute(t_scenario, sources))
    with tempfile.TemporaryDirectory() as tmp:
        from qa_budget.output.write import write_run
        from qa_budget.report.council.book import write_council

        timed(
            "write overview",
            lambda: write_run(result, Path(tmp) / "o", force=True, faculty=False),
        )
        timed(
            "write council workbook",
            lambda: write_council(
                Path(tmp) / "council.xlsx", [result, tariff_result], inputs.years, "nl"
            ),
        )
        out.update(_faculty_rates(result, Path(tmp), report))
    return out


def _faculty_rates(result: Any, tmp: Path, report: Report) -> dict[str, float]:
    from qa_budget.report.common.page import inputs_fingerprint
    from qa_budget.report.faculty import batch

    codes = result.inputs.units["code"].to_list()[:FACULTY_SAMPLE]
    targets = {u: tmp / f"{u}.xlsx" for u in codes}
    serial, batch.PARALLEL_FROM = batch.PARALLEL_FROM, 10**9  # one process: CPU time is ours
    try:
        start = time.process_time()
        batch.write_all(targets, result, "nl", inputs_fingerprint(result.hashes))
        rate = len(codes) / (time.process_time() - start)
    finally:
        batch.PARALLEL_FROM = serial
    cells = max(1, round(sum(_cells(p) for p in targets.values()) / len(targets)))
    floor = _xlsxwriter_floor(cells, min(len(codes), 50))
    report(f"  faculty workbooks: {rate:.1f} per CPU-second ({cells} cells each)")
    return {
        "faculty workbooks per CPU-second": rate,
        "faculty workbook cells": cells,
        "xlsxwriter books per CPU-second (same cells)": floor,
    }


def run_bench(
    sizes: list[str], work: Path, measures: int, repeat: int, report: Report
) -> dict[str, Any]:
    """Measure every size; returns the record written to bench.json."""
    exe = str(Path(sys.executable).parent / "qa-budget")
    report("floors and --help")
    helped = measure([exe, "--help"], max(repeat, 5), CLICK_FLOOR)
    record: dict[str, Any] = {
        "machine": _machine(),
        "floor": FLOOR,
        "help": asdict(helped) | {"ratio": helped.ratio},
        "sizes": {},
    }
    for size in sizes:
        report(f"size {size}: preparing inputs")
        inputs_dir, uniform, tariff = prepare(size, work, measures)
        report(f"size {size}: stages")
        timed = stages(inputs_dir, uniform, tariff, repeat, report)
        commands: dict[str, Measured] = {}
        with tempfile.TemporaryDirectory() as tmp:
            common = ["--inputs", str(inputs_dir), "--out", tmp, "--force"]
            for name, cmd in (
                ("run", [exe, "run", str(uniform), *common]),
                ("run --no-faculty", [exe, "run", str(uniform), *common, "--no-faculty"]),
                ("tariff run", [exe, "run", str(tariff), *common]),
                ("tariff run --no-faculty", [exe, "run", str(tariff), *common, "--no-faculty"]),
                ("compare", [exe, "compare", str(uniform), str(tariff), *common]),
            ):
                m = measure(cmd, repeat)
                commands[name] = m
                report(
                    f"size {size}: {name}: {m.wall_s:.2f} s = {m.ratio:.1f} × floor "
                    f"{m.floor_s:.2f} s; CPU {m.cpu_s:.1f} s; {m.peak_mib:.0f} MiB"
                )
        n_units, n_years = _shape(inputs_dir)
        record["sizes"][size] = {
            "units": n_units,
            "years": n_years,
            "stages_s": timed,
            "commands": {k: asdict(v) | {"ratio": v.ratio} for k, v in commands.items()},
            "tariff / uniform": commands["tariff run"].wall_s / commands["run"].wall_s,
            "tariff / uniform (--no-faculty)": commands["tariff run --no-faculty"].wall_s
            / commands["run --no-faculty"].wall_s,
            "LP / bisection": timed["allocate: tariff LP (HiGHS)"]
            / max(timed["LP floor: numpy bisection"], 1e-9),
            "ms per unit-year (run)": 1000 * commands["run"].wall_s / (n_units * n_years),
        }
    return record


def _machine() -> dict[str, Any]:
    import platform

    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return {
        "cpu": cpu or platform.processor(),
        "cores": os.cpu_count() or 1,
        "usable cores": len(os.sched_getaffinity(0)),
        "memory_gib": round(memory, 1),
        "python": platform.python_version(),
        "system": f"{platform.system()} {platform.release()}",
    }


def _shape(inputs_dir: Path) -> tuple[int, int]:
    from qa_budget.inputs.check import check_inputs
    from qa_budget.inputs.read import read_inputs

    inputs = check_inputs(read_inputs(inputs_dir))
    return inputs.units.height, len(inputs.years)


def _row(label: str, values: list[str]) -> str:
    return f"| {label} | " + " | ".join(values) + " |"


def table(record: dict[str, Any]) -> list[str]:
    """The figures as a Markdown table (also readable as plain text)."""
    h, sizes = record["help"], list(record["sizes"])
    data = record["sizes"]
    lines = [
        f"Machine: {record['machine']['cpu']}, {record['machine']['usable cores']} cores, "
        f"{record['machine']['memory_gib']} GiB, Python {record['machine']['python']}.",
        f'Import floor: `python -c "{record["floor"]}"`.',
        f"`qa-budget --help`: {h['wall_s']:.3f} s = {h['ratio']:.2f} × `python -c "
        f'"{CLICK_FLOOR}"` ({h["floor_s"]:.3f} s).',
        "",
        _row("size (units × years)", [f"{data[s]['units']} × {data[s]['years']}" for s in sizes]),
        _row("---", ["---:" for _ in sizes]),
    ]
    for name in data[sizes[0]]["commands"]:
        target = TARGETS.get(name)
        lines.append(
            _row(
                f"`{name}`: wall s (× floor)" + (f", target ≤ {target:g}×" if target else ""),
                [
                    f"{data[s]['commands'][name]['wall_s']:.2f} "
                    f"({data[s]['commands'][name]['ratio']:.1f}×)"
                    for s in sizes
                ],
            )
        )
    for name in data[sizes[0]]["commands"]:
        lines.append(
            _row(
                f"`{name}`: CPU s; peak MiB (all processes)",
                [
                    f"{data[s]['commands'][name]['cpu_s']:.1f}; "
                    f"{data[s]['commands'][name]['peak_mib']:.0f}"
                    for s in sizes
                ],
            )
        )
    lines.append(
        _row(
            "paired import floor, s (best)",
            [f"{data[s]['commands']['run']['floor_s']:.3f}" for s in sizes],
        )
    )
    for key in ("tariff / uniform", "tariff / uniform (--no-faculty)", "LP / bisection"):
        target = TARGETS.get(key)
        label = key + (f", target ≤ {target:g}" if target else "")
        lines.append(_row(label, [f"{data[s][key]:.2f}" for s in sizes]))
    for name in data[sizes[0]]["stages_s"]:
        label = name if "per CPU-second" in name or "cells" in name else f"{name} (s)"
        if name in TARGETS:
            label += f", target ≥ {TARGETS[name]:g}"
        lines.append(_row(label, [f"{data[s]['stages_s'][name]:.3f}" for s in sizes]))
    lines.append(
        _row(
            "ms per unit-year (`run`)", [f"{data[s]['ms per unit-year (run)']:.3f}" for s in sizes]
        )
    )
    return lines


def write_json(record: dict[str, Any], path: Path) -> None:
    """bench.json: the record, as figures."""
    path.write_text(json.dumps(record, indent=2) + "\n")
