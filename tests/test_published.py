"""The optional reference.xlsx (published annex, 2018 plan) and the published-against-computed
sheet: the example must flag exactly the known flaws of the published table (brief)."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from tests.conftest import SCENARIO, Demo, cli
from tests.workbooks import values

# Brief, "Known flaws", and docs/example.md: shown figures off by one from the published ones.
OFF_BY_ONE = {("Resultaat", 2022), ("1. Intensiever en kleinschaliger onderwijs", 2023)}
OFF_BY_ONE |= {("Totaal lasten", 2024)}
# Published percentages against the largest-remainder ones from the amounts (2022 agrees).
PCT_DIFFER = {(t, 2023) for t in (1, 2, 3, 4, 5)} | {(t, 2024) for t in (2, 3, 5)}
# The published table against itself: totals that are not the sum of their lines, results
# that do not follow, percentages adding to 101, percentages that do not follow from amounts.
FLAWS = (
    {("som van de thema's = totaal lasten", c) for c in ("B2019", "R2020", "B2023", "B2024")}
    | {
        ("resultaat = baten rijksbijdrage − totaal lasten − nog te alloceren", c)
        for c in ("B2022", "B2024")
    }
    | {("de percentages tellen op tot 100", "2024")}
    | {
        (f"percentage thema {t} volgt uit de bedragen (binnen 1 procentpunt)", y)
        for t, y in ((1, "2023"), (2, "2023"), (3, "2023"), (5, "2024"))
    }
)


def _flagged(rows: list[tuple[object, ...]], status: str) -> set[tuple[object, object]]:
    return {(r[0], r[1]) for r in rows if len(r) > 5 and r[5] == status}


def test_published_sheet_flags_exactly_the_known_flaws(demo: Demo) -> None:
    rows = values(demo.run() / "overview.xlsx", "Gepubliceerd")
    differ = _flagged(rows, "wijkt af")
    keur = {(name, year) for name, year in differ if not str(name).startswith("Thema ")}
    pct = {(int(str(n).split()[1]), y) for n, y in differ if str(n).startswith("Thema ")}
    assert keur == OFF_BY_ONE
    assert pct == PCT_DIFFER
    assert _flagged(rows, "gebrek") == FLAWS
    counts = {r[0]: r[1] for r in rows[3:5]}
    assert counts == {
        "Gepubliceerde cijfers die afwijken van de berekende": 11,
        "Gebreken in de gepubliceerde tabel zelf": 11,
    }
    # every other comparison is equal: 33 k-EUR figures and 18 percentages in 2022-2024
    assert len(_flagged(rows, "gelijk")) == 33 + 18 - 11


def test_published_sheet_in_english(demo: Demo) -> None:
    rows = values(demo.run("en") / "overview.xlsx", "Published")
    assert len(_flagged(rows, "differs")) == 11
    assert len(_flagged(rows, "flaw")) == 11
    assert ("Result", 2022) in _flagged(rows, "differs")


def test_run_reports_the_published_check(example: Path, tmp_path: Path) -> None:
    result = cli("run", SCENARIO, "--inputs", example, "--out", tmp_path / "o")
    assert result.code == 0, result.text
    assert "11 cijfer(s) wijken af van de berekende, 11 fout(en) in de tabel zelf" in result.out


def test_without_reference_nothing_is_compared(example: Path, tmp_path: Path) -> None:
    (example / "reference.xlsx").unlink()
    result = cli("run", SCENARIO, "--inputs", example, "--out", tmp_path / "o")
    assert result.code == 0, result.text
    assert "Published table" not in result.out
    wb = openpyxl.load_workbook(tmp_path / "o" / "uniform-500" / "overview.xlsx")
    assert "Gepubliceerd" not in wb.sheetnames


def test_validate_checks_the_reference_workbook(example: Path) -> None:
    path = example / "reference.xlsx"
    wb = openpyxl.load_workbook(path)
    wb["Plan2018"]["C4"] = "veertig"
    wb.save(path)
    result = cli("validate", "--inputs", example, "--lang", "en")
    assert result.code == 1
    assert (
        "reference.xlsx › Sheet 'Plan2018' › C4 | expected a percentage (0-100) as a number, "
        "got 'veertig'" in result.err
    )
