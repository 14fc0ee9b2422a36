"""A real spreadsheet application in the loop: recalculate workbooks in headless LibreOffice and
compare every formula's recalculated value with the cached value the engine wrote; print
workbooks to PDF as a reader would.

Headless LibreOffice keeps the cached values of an .xlsx unless told otherwise, so it runs with
a private profile whose registrymodifications.xcu sets
org.openoffice.Office.Calc/Formula/Load/OOXMLRecalcMode to 0 (always recalculate).

In CI (CI=true) LibreOffice must be there (.ci/run installs it) and a test that needs it fails
without it; elsewhere such a test is skipped.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openpyxl

RECALC_ALWAYS = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry"
 xmlns:xs="http://www.w3.org/2001/XMLSchema"
 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load">
<prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load">
<prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""


def soffice() -> str | None:
    """The LibreOffice command, when installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def require(found: str | None, what: str, package: str) -> None:
    """Fail in CI when a program a test needs is missing (.ci/run installs it); skip elsewhere."""
    import pytest

    if found is not None:
        return
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{what} is missing in CI; .ci/run installs {package}")
    pytest.skip(f"{what} is not installed: apt-get install {package}")


def require_libreoffice() -> None:
    """LibreOffice, for the recalculation and print tests."""
    require(soffice(), "LibreOffice (soffice)", "libreoffice-calc")


def make_profile(folder: Path) -> Path:
    """A private LibreOffice profile that recalculates every formula on load."""
    user = folder / "user"
    user.mkdir(parents=True, exist_ok=True)
    (user / "registrymodifications.xcu").write_text(RECALC_ALWAYS, encoding="utf-8")
    return folder


def recalculate(files: list[Path], work: Path) -> dict[Path, Path]:
    """Open each workbook in LibreOffice, recalculate, save as .xlsx; returns original -> copy."""
    return convert(files, work, "xlsx:Calc MS Excel 2007 XML", ".xlsx")


def to_pdf(files: list[Path], work: Path) -> dict[Path, Path]:
    """Print each workbook to PDF with LibreOffice (its page setup: paper, orientation, scale,
    breaks, header and footer); returns original -> PDF."""
    return convert(files, work, "pdf", ".pdf")


def convert(files: list[Path], work: Path, target: str, suffix: str) -> dict[Path, Path]:
    """Convert every file in one LibreOffice run with the private profile; original -> result."""
    command = soffice()
    if command is None:
        raise RuntimeError("LibreOffice (soffice) is not installed")
    staged, out = work / "in", work / "out"
    staged.mkdir(parents=True, exist_ok=True)
    out.mkdir(parents=True, exist_ok=True)
    names: dict[Path, Path] = {}
    for i, f in enumerate(files):
        copy = staged / f"{i:03d}-{f.name}"
        shutil.copyfile(f, copy)
        names[f] = out / copy.with_suffix(suffix).name
    profile = make_profile(work / "profile")
    proc = subprocess.run(
        [
            command,
            f"-env:UserInstallation={profile.resolve().as_uri()}",
            "--headless",
            "--norestore",
            "--nolockcheck",
            "--convert-to",
            target,
            "--outdir",
            str(out),
            *[str(staged / f"{i:03d}-{f.name}") for i, f in enumerate(files)],
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    missing = [f for f, copy in names.items() if not copy.exists()]
    if proc.returncode != 0 or missing:
        raise RuntimeError(f"LibreOffice failed ({proc.returncode}): {proc.stderr}\n{missing}")
    return names


@dataclass(frozen=True)
class Mismatch:
    """A formula whose cached value differs from LibreOffice's result."""

    file: str
    sheet: str
    cell: str
    formula: str
    cached: Any
    recalculated: Any

    def __str__(self) -> str:
        return (
            f"{self.file} › {self.sheet} › {self.cell} {self.formula}: cached "
            f"{self.cached!r}, LibreOffice {self.recalculated!r}"
        )


def _same(a: Any, b: Any) -> bool:
    if a in (None, "") and b in (None, ""):
        return True
    if isinstance(a, bool) or isinstance(b, bool):
        return a == b
    if isinstance(a, int | float) and isinstance(b, int | float):
        return abs(a - b) <= 1e-6 + 1e-12 * abs(b)
    return bool(a == b)


def formula_cells(path: Path) -> Iterator[tuple[str, str, str]]:
    """(sheet, cell, formula) of every formula in a workbook."""
    wb = openpyxl.load_workbook(path)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.data_type == "f":
                    yield ws.title, cell.coordinate, cell.value


def compare(original: Path, recalculated: Path) -> tuple[int, list[Mismatch]]:
    """Every formula of `original`: its cached value against LibreOffice's; (count, mismatches)."""
    cached = openpyxl.load_workbook(original, data_only=True)
    fresh = openpyxl.load_workbook(recalculated, data_only=True)
    n, bad = 0, []
    for sheet, ref, formula in formula_cells(original):
        n += 1
        a, b = cached[sheet][ref].value, fresh[sheet][ref].value
        if not _same(a, b):
            bad.append(Mismatch(original.name, sheet, ref, formula, a, b))
    return n, bad
