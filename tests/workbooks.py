"""Helpers for the workbook tests: a tariff-like result built in the test, and workbook readers.

A tariff scenario (coming with the LP optimiser) adds optional columns to Allocation.units:
`formula` (cents before floors and caps), `adjustment` (top-up +, skim -), `baseline` (cents
under the baseline scenario) and `binding` ("floor", "cap" or ""). `with_tariff_columns` adds
them to a computed uniform result, keeping every allocation (and so the reconciliation) as is.
"""

from __future__ import annotations

import dataclasses
import re
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import polars as pl
from openpyxl.utils import range_boundaries

from qa_budget.allocation import Allocation
from qa_budget.api import Result

TOP_UP = {"ICLON": 2_000_000, "ARCH": 1_500_000}  # cents: floors lift these small units
SKIM = {"FSW": -3_500_000}  # cents: a cap skims the largest unit


def with_tariff_columns(result: Result, name: str = "tariff-demo") -> Result:
    """The result as if a tariff scenario with floors and caps had produced it."""
    adjust = {**TOP_UP, **SKIM}
    units = result.allocation.units.with_columns(
        pl.col("unit").replace_strict(adjust, default=0, return_dtype=pl.Int64).alias("adjustment"),
    ).with_columns(
        (pl.col("allocation") - pl.col("adjustment")).alias("formula"),
        (pl.col("allocation") - pl.col("students") * 500).alias("baseline"),
        pl.when(pl.col("adjustment") > 0)
        .then(pl.lit("floor"))
        .when(pl.col("adjustment") < 0)
        .then(pl.lit("cap"))
        .otherwise(pl.lit(""))
        .alias("binding"),
        # the adjustments add up to zero each year, so the formula amounts share the same pool
        # as the allocation: they stand for the allocation without floors and caps
        (pl.col("allocation") - pl.col("adjustment")).alias("unconstrained"),
        pl.col("adjustment").alias("limit_effect"),
    )
    scenario = result.scenario.model_copy(update={"name": name, "title": "Tariff demo"})
    allocation = Allocation(units=units, method="tariff demo with floors and caps")
    return dataclasses.replace(result, scenario=scenario, allocation=allocation)


def values(path: Path, sheet: str) -> list[tuple[Any, ...]]:
    """The cached values of a sheet, row by row."""
    return list(openpyxl.load_workbook(path, data_only=True)[sheet].iter_rows(values_only=True))


def find_row(rows: list[tuple[Any, ...]], first: Any, col: int = 0) -> tuple[Any, ...]:
    """The first row whose cell `col` equals `first`."""
    return next(r for r in rows if len(r) > col and r[col] == first)


def chart_references(path: Path) -> list[str]:
    """Every range a chart of the workbook refers to (the <c:f> elements of its chart parts)."""
    refs: list[str] = []
    with zipfile.ZipFile(path) as z:
        for name in sorted(z.namelist()):
            if re.fullmatch(r"xl/charts/chart\d+\.xml", name):
                refs += re.findall(r"<c:f>([^<]+)</c:f>", z.read(name).decode())
    return refs


def check_references(path: Path, refs: list[str]) -> list[str]:
    """Problems with chart references: unknown sheet, or empty cells in a range."""
    wb = openpyxl.load_workbook(path)
    problems: list[str] = []
    for ref in refs:
        match = re.fullmatch(r"'?((?:[^']|'')+?)'?!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)", ref)
        if not match:
            problems.append(f"{ref}: not a sheet range")
            continue
        sheet, cells = match.group(1).replace("''", "'"), match.group(2).replace("$", "")
        if sheet not in wb.sheetnames:
            problems.append(f"{ref}: no sheet '{sheet}'")
            continue
        ws = wb[sheet]
        c1, r1, c2, r2 = range_boundaries(cells)
        problems += [
            f"{ref}: {ws.cell(r, c).coordinate} is empty"
            for r in range(r1, r2 + 1)
            for c in range(c1, c2 + 1)
            if ws.cell(r, c).value in (None, "")
        ]
    return problems
