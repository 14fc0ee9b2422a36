"""The benchmark runs from its one documented command and records every stage (no timing
assertions here: performance is measured by the benchmark, not by the test suite)."""

from __future__ import annotations

import json
from pathlib import Path

from qa_budget.synthetic import generate
from tests.conftest import cli


def test_bench_smoke(tmp_path: Path) -> None:
    result = cli(
        "bench",
        "--sizes",
        "example,3x2",
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
    assert set(record["sizes"]) == {"example", "3x2"}
    small = record["sizes"]["3x2"]
    assert (small["units"], small["years"]) == (3, 2)
    for stage in (
        "read and validate",
        "allocate: tariff LP (HiGHS)",
        "allocate: tariff exact method",
        "write overview",
    ):
        assert small["stages_s"][stage] >= 0
    assert record["floors"]["imports_s"] > 0
    assert "whole run, uniform" in result.out


def test_synthetic_sector_is_valid_and_deterministic(tmp_path: Path) -> None:
    generate(tmp_path / "a", 4, 3, 5, seed=7)
    generate(tmp_path / "b", 4, 3, 5, seed=7)
    for name in ("units.xlsx", "students.xlsx", "funds.xlsx", "plans/U00003.xlsx"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
    assert cli("validate", "--inputs", tmp_path / "a").code == 0
