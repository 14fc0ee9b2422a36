"""The workbook writer's own cell writer gives the bytes of the stock writer of the pinned
xlsxwriter: every workbook of a run, a comparison and a monitoring report, written both ways."""

from __future__ import annotations

from pathlib import Path

import pytest
from xlsxwriter.worksheet import Worksheet

from qa_budget.report.common.sheet import PlainFormulaWorksheet
from tests.conftest import ROOT, SCENARIO, cli


def _write_all(inputs: Path, out: Path) -> dict[str, bytes]:
    tariff = ROOT / "scenarios" / "tariff-tiers-capped.toml"
    for args in (
        ("run", SCENARIO),
        ("run", tariff),
        ("compare", SCENARIO, tariff),
        ("monitor", SCENARIO),
    ):
        done = cli(*args, "--inputs", inputs, "--out", out, "--force")
        assert done.code == 0, done.stderr
    books = {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*.xlsx"))}
    assert len(books) > 10  # overview, faculty workbooks, council pack, monitoring
    return books


def test_fast_cell_writer_matches_stock_bytes(
    example: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fast = _write_all(example, tmp_path / "fast")
    monkeypatch.setattr(PlainFormulaWorksheet, "_write_cell", Worksheet._write_cell)
    stock = _write_all(example, tmp_path / "stock")
    assert fast.keys() == stock.keys()
    for name in fast:
        assert fast[name] == stock[name], name
