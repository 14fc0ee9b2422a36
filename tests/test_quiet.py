"""stdout is the command's own output: no solver banner or chatter, for any solver.

The pinned HiGHS (constraints.txt) prints a banner from compiled code whenever an instance is
made; these tests fail if any of it reaches stdout.
"""

from __future__ import annotations

import ctypes
import json
import os
from pathlib import Path

import pytest

from qa_budget.keys.tariff import lp as tariff_lp
from qa_budget.keys.tariff.quiet import quiet_stdout
from tests.conftest import ROOT
from tests.conftest import cli_process as cli

TARIFF = ROOT / "scenarios" / "tariff-tiers.toml"
CHATTER = ("Copyright", "Running HiGHS", "licence", "Welcome to the CBC", "Cbc0", "Coin0")


def test_writes_below_python_are_kept_off_stdout(capfd: pytest.CaptureFixture[str]) -> None:
    libc = ctypes.CDLL(None)
    print("before", flush=True)
    with quiet_stdout():
        os.write(1, b"raw chatter\n")
        libc.printf(b"buffered C chatter without a newline")  # sits in C's buffer
        print("python chatter")
    print("after", flush=True)
    assert capfd.readouterr().out == "before\nafter\n"


@pytest.mark.parametrize("solver", tariff_lp.SOLVERS)
def test_solver_version_and_solve_print_nothing(
    solver: str, capfd: pytest.CaptureFixture[str]
) -> None:
    tariff_lp.solver_version(solver)
    tariff_lp.make_solver(solver)
    assert capfd.readouterr().out == ""


@pytest.mark.parametrize("solver", tariff_lp.SOLVERS)
def test_explain_json_is_pure_json_with_every_solver(solver: str, example: Path) -> None:
    result = cli("explain", TARIFF, "--inputs", example, "--format", "json", "--solver", solver)
    assert result.code == 0, result.text
    json.loads(result.out)  # nothing before or after the record
    assert not any(word in result.out for word in CHATTER)


@pytest.mark.parametrize("solver", tariff_lp.SOLVERS)
def test_run_prints_only_its_summary(solver: str, example: Path, tmp_path: Path) -> None:
    result = cli("run", TARIFF, "--inputs", example, "--out", tmp_path, "--solver", solver)
    assert result.code == 0, result.text
    first = result.out.splitlines()[0]
    assert first.startswith("Scenario tariff-tiers"), first
    for word in CHATTER:
        assert word not in result.out, word
