"""The benchmark runs from its one documented command and records every command and stage (no
timing assertions here: performance is measured by the benchmark, not by the test suite)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from qa_budget.bench import FLOOR, _tree_rss
from qa_budget.synthetic import generate
from tests.conftest import SCENARIO, cli


def test_bench_smoke(tmp_path: Path) -> None:
    result = cli(
        "bench",
        "--sizes",
        "3x2",
        "--measures",
        "2",
        "--repeat",
        "1",
        "--work",
        tmp_path / "work",
        "--json",
        tmp_path / "bench.json",
    )
    assert result.code == 0, result.text
    record = json.loads((tmp_path / "bench.json").read_text())
    small = record["sizes"]["3x2"]
    assert (small["units"], small["years"]) == (3, 2)
    for stage in ("read", "allocate: tariff LP (HiGHS)", "LP floor: numpy bisection"):
        assert small["stages_s"][stage] > 0
    for name in ("run", "run --no-faculty", "tariff run", "compare"):
        command = small["commands"][name]
        assert command["wall_s"] > 0 and command["floor_s"] > 0 and command["peak_mib"] > 0
        assert command["ratio"] == command["wall_s"] / command["floor_s"]
    assert small["stages_s"]["faculty workbooks per CPU-second"] > 0
    # progress on stderr, one line per stage and command; the table on stdout
    assert "size 3x2: run: " in result.err and "  read: " in result.err
    assert "| `run`: wall s (× floor)" in result.out


def _third_party(args: list[str]) -> set[str]:
    """Top-level packages outside the standard library that a Python command imports."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", *args], capture_output=True, text=True, check=True
    )
    names = {
        line.split("|")[-1].strip().split(".")[0]
        for line in done.stderr.splitlines()
        if line.startswith("import time:") and "|" in line
    }
    return {n for n in names if n and n not in sys.stdlib_module_names and not n.startswith("_")}


def test_import_floor_is_what_a_uniform_run_imports(example: Path, tmp_path: Path) -> None:
    """The floor a run is measured against imports the same libraries as the run itself."""
    run = ["-m", "qa_budget", "run", str(SCENARIO), "--inputs", str(example)]
    ran = _third_party([*run, "--out", str(tmp_path / "out")])
    assert ran - {"qa_budget"} == _third_party(["-c", FLOOR])


def test_memory_of_a_process_tree_counts_its_children() -> None:
    """A parent holding little and a child holding 200 MiB: the tree holds both."""
    code = (
        "import subprocess, sys; c = subprocess.Popen([sys.executable, '-c', "
        '"b = bytearray(200 * 2**20); import time; print(1, flush=True); time.sleep(30)"], '
        "stdout=subprocess.PIPE); c.stdout.readline(); print(c.pid, flush=True); "
        "sys.stdin.readline(); c.kill()"
    )
    parent = subprocess.Popen(
        [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert parent.stdout is not None and parent.stdin is not None
    child = int(parent.stdout.readline())
    try:
        assert _tree_rss(parent.pid) >= _tree_rss(child) >= 200 * 2**20
        assert _tree_rss(parent.pid) > _tree_rss(child)
    finally:
        parent.stdin.write("\n")
        parent.stdin.close()
        parent.wait()


def test_synthetic_sector_is_valid_and_deterministic(tmp_path: Path) -> None:
    generate(tmp_path / "a", 4, 3, 5, seed=7)
    generate(tmp_path / "b", 4, 3, 5, seed=7)
    for name in ("units.xlsx", "students.xlsx", "funds.xlsx", "plans/U00003.xlsx"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
    checked = cli("validate", "--inputs", tmp_path / "a")
    assert checked.code == 0, checked.text
    assert "concept" not in checked.text  # every generated plan is adopted, with consent
