"""The optional input reference.xlsx: the published annex and the 2018 plan, read and checked."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest

from qa_budget.errors import InputErrors
from qa_budget.inputs.check import check_reference
from qa_budget.inputs.read import read_inputs
from qa_budget.inputs.tables import Reference
from tests.conftest import cli, reference


def load_reference(folder: Path) -> Reference | None:
    return check_reference(read_inputs(folder))


def test_example_reference_holds_the_published_tables(example: Path) -> None:
    ref = load_reference(example)
    assert ref is not None
    annex = reference("bijlage1_summary.csv") + reference("bijlage1_spending_by_theme.csv")
    cells = sum(1 for r in annex for k, v in r.items() if k[:1] in "BR" and k[1:].isdigit() and v)
    assert ref.published.height == cells == 83
    assert ref.published_value("resultaat", 2022) == -159
    assert ref.published_value("thema 1", 2019, "R") == 2464
    assert ref.percentages.height == 24 and ref.plan2018.height == 24


def test_reference_errors_are_located(example: Path) -> None:
    path = example / "reference.xlsx"
    wb = openpyxl.load_workbook(path)
    ws = wb["Gepubliceerd"]
    ws["A2"] = "thema 9"
    ws["D3"] = "zeventien"
    ws.append(["resultaat", 2022, "B", -160])  # a second figure for resultaat B2022
    wb["Percentages"]["C2"] = 140
    wb.save(path)
    with pytest.raises(InputErrors) as caught:
        load_reference(example)
    found = [str(p) for p in caught.value.problems]
    for line in (
        "reference.xlsx › Sheet 'Gepubliceerd' › A2 | expected one of thema 1 / ",
        "reference.xlsx › Sheet 'Gepubliceerd' › D3 | expected a figure in k EUR as a number, "
        "got 'zeventien'",
        "reference.xlsx › Sheet 'Gepubliceerd' › row 85 | resultaat, 2022, B already appears in "
        "row",
        "reference.xlsx › Sheet 'Percentages' › C2 | expected a percentage (0-100), got 140",
    ):
        assert any(f.startswith(line) for f in found), (line, found)
    assert len(found) == 4


def test_absent_reference_is_none(tmp_path: Path) -> None:
    assert load_reference(tmp_path) is None


def test_reference_template_is_written_empty(tmp_path: Path) -> None:
    folder = tmp_path / "t"
    assert cli("init", folder).code == 0
    wb = openpyxl.load_workbook(folder / "reference.xlsx")
    assert wb.sheetnames == ["Toelichting", "Gepubliceerd", "Percentages", "Plan2018"]
    assert [c.value for c in wb["Gepubliceerd"][1]] == ["Regel", "Jaar", "Soort", "Bedrag (k EUR)"]
    ref = load_reference(folder)
    assert ref is None  # read without a problem; no figure in it, so nothing to compare
    shutil.rmtree(folder)
