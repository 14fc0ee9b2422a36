"""Fuzzing the inputs: any cell value, any sheet shape, any damaged file.

The engine either succeeds with money conserved to the cent, or fails with located messages
(exit code 1); it never fails with an internal error (exit code 4: an exception that is not
one of the project's own). The default budget is modest; set QA_BUDGET_FUZZ_EXAMPLES for a
long run, e.g. `QA_BUDGET_FUZZ_EXAMPLES=5000 pytest tests/test_fuzz.py`.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qa_budget.api import Result, validate
from qa_budget.errors import InputErrors
from tests.builders import compute_file as compute
from tests.conftest import SCENARIO, cli

BUDGET = int(os.environ.get("QA_BUDGET_FUZZ_EXAMPLES", "100"))
FUZZ = settings(
    max_examples=max(1, BUDGET // 2),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

SHEETS = [
    ("students.xlsx", "Studenten"),
    ("funds.xlsx", "Middelen"),
    ("funds.xlsx", "Centraal"),
    ("units.xlsx", "Eenheden"),
    ("plans/FGW.xlsx", "Maatregelen"),
]
TEXTS = st.sampled_from(
    ["n.v.t.", "1.234,56", "€ 500", "#REF!", "#DIV/0!", "", "  ", "FGW", "laag", "top", "NPO",
     "2024", "-5", "1e3", "Studentnummer", "=A1+1", "=SUM(C2:C4)", "faculteit", "ÅÄÖ ✓", "\t"]
)  # fmt: skip
VALUES = st.one_of(
    st.none(),
    st.integers(-(10**12), 10**12),
    st.sampled_from([0, 1, 6, 7, 2022, 2023, 2024, 1999, 2101, 500, -1, 0.005, 1e-300]),
    st.sampled_from([10**12, 10**12 + 1, 10**15, 10**19, 1e20, -1e300, 1e308, 10_000_001]),
    st.floats(allow_nan=True, allow_infinity=True, width=64),
    st.booleans(),
    st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)),
    TEXTS,
    st.text(max_size=12),
)
EDITS = st.one_of(
    st.tuples(st.just("set"), st.integers(1, 45), st.integers(1, 8), VALUES),
    st.tuples(st.just("delete_row"), st.integers(1, 45)),
    st.tuples(st.just("insert_row"), st.integers(1, 45)),
    st.tuples(st.just("delete_col"), st.integers(1, 7)),
    st.tuples(st.just("merge"), st.integers(1, 45), st.integers(1, 6)),
    st.tuples(st.just("hide_row"), st.integers(1, 45)),
    st.tuples(st.just("hide_col"), st.integers(1, 7)),
    st.tuples(st.just("rename"), TEXTS),
)


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("fuzz") / "inputs"
    assert cli("init", "--example", folder).code == 0
    return folder


def _apply(ws: Any, edit: tuple[Any, ...]) -> None:
    kind = edit[0]
    if kind == "set":
        _, row, col, value = edit
        if isinstance(value, str) and any(ord(ch) < 32 and ch not in "\t\n\r" for ch in value):
            value = value.encode("unicode_escape").decode()  # characters XML cannot hold
        ws.cell(row, col).value = value
    elif kind == "delete_row":
        ws.delete_rows(edit[1])
    elif kind == "insert_row":
        ws.insert_rows(edit[1])
    elif kind == "delete_col":
        ws.delete_cols(edit[1])
    elif kind == "merge":
        ws.merge_cells(start_row=edit[1], start_column=edit[2], end_row=edit[1] + 1,
                       end_column=edit[2])  # fmt: skip
    elif kind == "hide_row":
        ws.row_dimensions[edit[1]].hidden = True
    elif kind == "hide_col":
        ws.column_dimensions[openpyxl.utils.get_column_letter(edit[1])].hidden = True
    elif kind == "rename" and edit[1].strip() and len(edit[1]) < 31:
        ws.title = "".join(ch for ch in edit[1] if ch not in "[]:*?/\\") or "X"


def _check(inputs: Path, via_validate: bool = False) -> None:
    """Run the engine: conserved money, or located input errors; nothing else.

    `via_validate` takes the path of `qa-budget validate` without a scenario (the years on
    the funds sheet, the adopted key) instead of a scenario run."""
    try:
        if via_validate:
            validate(inputs)
            return
        result = compute(SCENARIO, inputs)
    except InputErrors as err:
        assert err.problems
        names = {
            "units.xlsx",
            "students.xlsx",
            "funds.xlsx",
            "plans/",
            "previous-plans/",
            "realised.xlsx",
            "reference.xlsx",
        }
        for problem in err.problems:
            assert problem.message.strip()
            assert str(problem).split(" | ")[0] == str(problem.location)
            assert any(problem.location.file.startswith(n) for n in names), problem
        return
    _conserved(result)


def _conserved(result: Result) -> None:
    inputs = result.inputs
    per_student = 500 * 100
    for f in result.reconciliation.years:
        y = f.year
        students = inputs.students.filter(inputs.students["year"] == y)["count"].sum()
        central = inputs.central.filter((inputs.central["year"] == y) & inputs.central["charged"])
        measures = inputs.measures.filter(inputs.measures["year"] == y)["amount"].sum()
        funds = inputs.funds.filter(inputs.funds["year"] == y)
        assert f.unit_allocations == students * per_student
        assert f.central_charged == central["amount"].sum()
        assert f.spending == measures + f.central_charged
        assert f.rijksbijdrage == funds["rijksbijdrage"][0]
        assert f.rijksbijdrage == f.unit_allocations + f.central_charged + f.still_to_allocate
        assert f.result == f.rijksbijdrage - f.spending - f.still_to_allocate
    assert all(c.ok for c in result.reconciliation.checks)


@FUZZ
@given(
    target=st.sampled_from(SHEETS),
    edits=st.lists(EDITS, min_size=1, max_size=6),
    via_validate=st.booleans(),
)
def test_any_cells_and_shapes(
    pristine: Path, target: tuple[str, str], edits: list[Any], via_validate: bool
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        inputs = Path(tmp) / "inputs"
        shutil.copytree(pristine, inputs)
        file, sheet = target
        wb = openpyxl.load_workbook(inputs / file)
        for edit in edits:
            _apply(wb[sheet] if sheet in wb.sheetnames else wb.worksheets[-1], edit)
        wb.save(inputs / file)
        _check(inputs, via_validate)


DAMAGE = st.one_of(
    st.tuples(st.just("truncate"), st.floats(0, 1)),
    st.tuples(st.just("flip"), st.floats(0, 1), st.integers(1, 255), st.integers(1, 64)),
    st.tuples(st.just("insert"), st.floats(0, 1), st.binary(min_size=1, max_size=64)),
)


@FUZZ
@given(
    file=st.sampled_from(["units.xlsx", "students.xlsx", "funds.xlsx", "plans/FGW.xlsx"]),
    damage=st.lists(DAMAGE, min_size=1, max_size=3),
)
def test_any_damaged_file(pristine: Path, file: str, damage: list[Any]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        inputs = Path(tmp) / "inputs"
        shutil.copytree(pristine, inputs)
        data = bytearray((inputs / file).read_bytes())
        for kind, where, *rest in damage:
            at = int(where * len(data))
            if kind == "truncate":
                del data[at:]
            elif kind == "flip":
                mask, length = rest
                for i in range(at, min(at + length, len(data))):
                    data[i] ^= mask
            else:
                data[at:at] = rest[0]
        (inputs / file).write_bytes(bytes(data))
        _check(inputs)
