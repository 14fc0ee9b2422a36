"""Every formula written computes, in LibreOffice, the value the engine cached.

Runs headless LibreOffice with a private profile that recalculates on load (tests/libreoffice.py).
In CI (CI=true) LibreOffice must be there: .ci/run installs it, and a missing one fails the test.
Elsewhere the test is skipped when LibreOffice is not installed (tests/libreoffice.py, `require`).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import xlsxwriter

from qa_budget.report.council.book import write_council
from tests.builders import compute_file as compute
from tests.builders import write_outputs as write
from tests.conftest import SCENARIO, WHAT_IF, Demo
from tests.libreoffice import compare, recalculate
from tests.libreoffice import require_libreoffice as _require_libreoffice
from tests.workbooks import with_tariff_columns


@pytest.fixture(scope="module")
def tariff_outputs(demo: Demo, tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Workbooks of a result that carries the tariff columns (floors, caps, baseline)."""
    base = tmp_path_factory.mktemp("tariff")
    tariff = with_tariff_columns(compute(SCENARIO, demo.inputs))
    write(tariff, base, lang="en")
    pack = base / "pack.xlsx"
    write_council(
        pack,
        [compute(SCENARIO, demo.inputs), tariff, compute(WHAT_IF, demo.inputs)],
        [2022, 2023, 2024],
        "nl",
    )
    return [pack, *sorted((base / "tariff-demo").rglob("*.xlsx"))]


def test_every_formula_recalculates_to_its_cached_value(
    demo: Demo, tariff_outputs: list[Path], tmp_path: Path
) -> None:
    _require_libreoffice()
    books = sorted(demo.out["nl"].rglob("*.xlsx")) + sorted(demo.out["en"].rglob("*.xlsx"))
    books += tariff_outputs
    assert len(books) == 20 + 1 + 9
    copies = recalculate(books, tmp_path)
    counted, wrong = {}, []
    for original, copy in copies.items():
        n, bad = compare(original, copy)
        counted[original] = n
        wrong += bad
    assert wrong == [], "\n".join(str(m) for m in wrong[:20])
    assert all(n > 20 for n in counted.values()), counted
    assert sum(counted.values()) > 3000


def test_a_wrong_cached_value_is_caught(tmp_path: Path) -> None:
    _require_libreoffice()
    path = tmp_path / "wrong.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("S")
    ws.write_number(0, 0, 21)
    ws.write_formula(0, 1, "=A1*2", None, 42)  # right
    ws.write_formula(0, 2, "=A1*2", None, 41)  # wrong cached number
    ws.write_formula(0, 3, '=IF(A1>1,"OK","FOUT")', None, "FOUT")  # wrong cached text
    wb.close()
    copies = recalculate([path], tmp_path / "work")
    n, bad = compare(path, copies[path])
    assert n == 3
    assert [(m.cell, m.cached, m.recalculated) for m in bad] == [
        ("C1", 41, 42),
        ("D1", "FOUT", "OK"),
    ]


def test_missing_libreoffice_fails_in_ci_and_skips_elsewhere(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import tests.libreoffice as module

    monkeypatch.setattr(module, "soffice", lambda: None)
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="missing in CI"):
        module.require_libreoffice()
    monkeypatch.delenv("CI")
    with pytest.raises(pytest.skip.Exception, match="not installed"):
        module.require_libreoffice()
