"""The council comparison workbook: scenarios side by side, baseline first."""

from __future__ import annotations

import hashlib
from pathlib import Path

import openpyxl
import pytest

from qa_budget.example import load_table
from qa_budget.report.council.book import write_council
from tests.builders import compute_file as compute
from tests.conftest import ROOT, SCENARIO, WHAT_IF, Demo, cli
from tests.workbooks import SKIM, TOP_UP, find_row, values, with_tariff_columns

SHEETS = {
    "nl": [
        "Samenvatting",
        "Per eenheid",
        "Per student",
        "Vangnet en plafond",
        "Thema's",
        "Plannen per eenheid",
        "Planversies",
        "Gemeensch. initiatieven",
        "Nog te alloceren",
        "Planronde",
        "Open besluiten",
        "Grafieken",
        "Methode",
        "Herkomst",
    ],
    "en": [
        "Summary",
        "By unit",
        "Per student",
        "Floors and caps",
        "Themes",
        "Plans by unit",
        "Plan versions",
        "Common initiatives",
        "Still to allocate",
        "Plan round",
        "Open decisions",
        "Charts",
        "Method",
        "Provenance",
    ],
}


def _students(unit: str | None = None, years: tuple[str, ...] = ("2022", "2023", "2024")) -> int:
    return sum(
        int(r["count"])
        for r in load_table("students")
        if r["year"] in years and (unit is None or r["unit"] == unit)
    )


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_sheets_in_both_languages(demo: Demo, lang: str) -> None:
    assert openpyxl.load_workbook(demo.pack(lang)).sheetnames == [
        *SHEETS[lang],
        "Monitoring",
        {"nl": "Indicatoren", "en": "Indicators"}[lang],
    ]  # the example has a realised report and indicators


def test_per_unit_difference_and_sorting(demo: Demo) -> None:
    rows = values(demo.pack(), "Per eenheid")
    header = rows.index(next(r for r in rows if r[0] == "Eenheid"))
    # each scenario under its title (not its file name), its columns below it
    assert rows[header - 1][2:4] == (
        "Uniform EUR 500 per EER-student",
        "Wat als: uniform EUR 550 per EER-student",
    )
    assert rows[header][2:7] == (
        "Toewijzing",
        "Toewijzing",
        "Verschil met basis",
        "Verschil met basis (%)",
        "Uitkomst",
    )
    block = [r for r in rows[header + 1 : header + 9]]
    for r in block:
        students = _students(str(r[0]))
        assert r[2] == 500 * students and r[3] == 550 * students
        assert r[4] == 50 * students
        assert r[5] == pytest.approx(0.1)
        assert r[6] == "wint"
    diffs = [r[4] for r in block]
    assert diffs == sorted(diffs, reverse=True)  # winners first
    total = rows[header + 9]
    assert total[1] == "Totaal" and total[4] == 50 * _students()


def test_effective_amount_per_student(demo: Demo) -> None:
    rows = values(demo.pack(), "Per student")
    for r in rows:
        if r[0] in ("ARCH", "LUMC"):
            assert (r[3], r[5]) == (500, 550)
    university = find_row(rows, "Universiteit (alle eenheden)", col=1)
    assert (university[3], university[5]) == (500, 550)


def test_still_to_allocate_and_result(demo: Demo) -> None:
    rows = values(demo.pack(), "Nog te alloceren")
    still = [r for r in rows if r[0] == "Nog te alloceren"]
    result = [r for r in rows if r[0] == "Resultaat (toegewezen − geplande lasten)"]
    assert [r[1] for r in still] == [628900, 975200, 3210000]  # docs/example.md
    for year_rows, years in ((still, ("2022", "2023", "2024")),):
        for r, y in zip(year_rows, years, strict=True):
            assert r[2] - r[1] == -50 * _students(years=(y,))
            assert r[3] == r[2] - r[1]
    assert [r[1] for r in result] == [-159600, -91100, -84000]


def test_themes_against_the_2018_plan(demo: Demo) -> None:
    rows = values(demo.pack(), "Thema's")
    new = find_row(rows, "2022 nieuw plan")
    old = find_row(rows, "2022 plan 2018")
    assert [round(v) for v in new[1:7]] == [48, 18, 10, 16, 8, 0]
    assert list(old[1:7]) == [42, 25, 10, 13, 9, 0]  # plan2018_published_percentages.csv
    diff = find_row(rows, "2022")
    assert diff[1:7] == pytest.approx([n - o for n, o in zip(new[1:7], old[1:7], strict=True)])


def test_summary_names_scenarios_and_winners(demo: Demo) -> None:
    rows = values(demo.pack(), "Samenvatting")
    texts = [str(r[0]) for r in rows if r[0]]
    base = "Uniform EUR 500 per EER-student (basis)"
    alternative = "Wat als: uniform EUR 550 per EER-student (alternatief)"
    assert texts.count(base) == 2 and texts.count(alternative) == 2  # list, key figures
    gains = texts.index("Grootste stijging")
    assert texts[gains + 1].startswith("  FSW")  # the largest unit gains most
    assert "  geen eenheid gaat erop achteruit" in texts
    figures = rows[[i for i, r in enumerate(rows) if r[0] == alternative][1] :]
    diff = find_row(figures, "  Verschil met basis")
    assert diff[4] == 50 * _students()
    # the EUR 550 what-if allocates more than the revenue in 2022-2023: its positive result
    # (allocated - spending) is no surplus, and the sheet says so
    flag = next(t for t in texts if "wijst in 2022-2023 meer toe dan de baten" in t)
    assert "positieve resultaat" in flag and "geen overschot" in flag
    result = find_row(figures, "  Resultaat (toegewezen − geplande lasten)")
    assert result[1] > 0 and find_row(figures, "  Nog te alloceren")[1] < 0
    assert any(t.startswith("Nog te alloceren = baten min toegewezen") for t in texts)


def test_method_and_floors_without_adjustments(demo: Demo) -> None:
    floors = [str(r[0]) for r in values(demo.pack(), "Vangnet en plafond") if r[0]]
    assert any(
        t.startswith("Wat als: uniform EUR 550 per EER-student kent geen vangnet of plafond")
        for t in floors
    )
    method = values(demo.pack(), "Methode")
    keys = [r[1] for r in method if r[0] == "Verdeelsleutel"]
    assert keys == [
        "Elke eenheid krijgt een gelijk bedrag van EUR 500 per EER-student per jaar.",
        "Elke eenheid krijgt een gelijk bedrag van EUR 550 per EER-student per jaar.",
    ]


def test_floors_and_caps_against_the_same_pool_without_them(example: Path, tmp_path: Path) -> None:
    base = compute(SCENARIO, example)
    tariff = with_tariff_columns(compute(SCENARIO, example))
    path = tmp_path / "pack.xlsx"
    write_council(path, [base, tariff], [2022, 2023, 2024], "en")
    rows = values(path, "Floors and caps")
    assert any(
        str(r[0]).startswith("Uniform EUR 500 per EER-student has no floor or cap") for r in rows
    )
    header = next(r for r in rows if r[0] == "Unit")
    assert header[2:9] == (
        "Without floors and caps (same pool, same key)",
        "With floors and caps (allocation)",
        "(1) Effect of floors and caps",
        "Allocation under the baseline",
        "(2) Change against the baseline",
        "(2) Change against the baseline (%)",
        "Role in floors and caps",
    )
    # the first block is 2022-2024 together: with_tariff_columns lifts ICLON (EUR 20,000 a
    # year) and ARCH (EUR 15,000) by floors and holds FSW EUR 35,000 below by a cap
    roles = {r[0]: r[8] for r in rows if r[0] in ("ICLON", "ARCH", "FSW", "FGW")}
    assert roles == {
        "ICLON": "gains",
        "ARCH": "gains",
        "FSW": "gives up",
        "FGW": "not affected",
    }
    fsw = find_row(rows, "FSW")
    assert fsw[4] == 3 * SKIM["FSW"] / 100  # (1): -105,000 against the same pool
    assert fsw[3] - fsw[2] == fsw[4]
    # (2): against the baseline, 500 cents a student below the allocation (with_tariff_columns)
    assert fsw[6] == pytest.approx(fsw[3] - fsw[5]) and fsw[6] > 0
    assert find_row(rows, "Units that gain", col=1)[4] == 3 * sum(TOP_UP.values()) / 100
    assert find_row(rows, "Other units give up (the cost)", col=1)[4] == -3 * SKIM["FSW"] / 100
    assert find_row(rows, "Together", col=1)[4] == 0  # what one unit gains, others give up
    headline = next(str(r[0]) for r in rows if str(r[0]).startswith("2022-2024: floors"))
    assert "EUR 105,000" in headline and "Giving up: FSW (EUR 105,000)" in headline
    assert "Gaining: ICLON, ARCH" in headline
    summary = values(path, "Summary")
    cost = find_row(summary, "  Floors and caps: moved between units")
    assert cost[1:5] == (35_000, 35_000, 35_000, 105_000)
    method = values(path, "Method")
    binding = [r[1] for r in method if r[0] == "Limits: where reached"]
    assert binding[0] == "none: the key has no floor or cap"
    assert binding[1] == (
        "floor: reached for 2 of the 8 units (ARCH, ICLON) in 2022-2024; "
        "cap: reached for 1 of the 8 units (FSW) in 2022-2024"
    )
    limits = [r[1] for r in method if r[0] == "Floors and caps"]
    assert limits[1].startswith(
        "against the same pool shared by the same key without floors and caps: EUR 105,000 "
        "together given up by 1 unit and gained by 2 units (2022-2024)"
    )


def test_same_inputs_same_bytes_and_no_silent_overwrite(demo: Demo, tmp_path: Path) -> None:
    out = tmp_path / "o"
    first = cli("compare", SCENARIO, WHAT_IF, "--inputs", demo.inputs, "--out", out)
    assert first.code == 0, first.text
    pack = out / "comparison" / "uniform-500--uniform-550.xlsx"
    assert pack.read_bytes() == demo.pack().read_bytes()
    again = cli("compare", SCENARIO, WHAT_IF, "--inputs", demo.inputs, "--out", out)
    assert again.code == 0 and "ongewijzigd" in again.out  # Dutch, the default
    other = cli("compare", SCENARIO, WHAT_IF, "--inputs", demo.inputs, "--out", out, "--lang", "en")
    assert other.code == 1 and "--force" in other.err
    assert (
        hashlib.sha256(pack.read_bytes()).digest()
        == hashlib.sha256(demo.pack().read_bytes()).digest()
    )
    forced = cli(
        "compare",
        SCENARIO,
        WHAT_IF,
        "--inputs",
        demo.inputs,
        "--out",
        out,
        "--lang",
        "en",
        "--force",
    )
    assert forced.code == 0
    assert pack.read_bytes() == demo.pack("en").read_bytes()
    assert not list(pack.parent.glob(".*tmp"))


def test_usage_errors(demo: Demo, tmp_path: Path) -> None:
    one = cli("compare", SCENARIO, "--inputs", demo.inputs, "--out", tmp_path, "--lang", "en")
    assert one.code == 2 and "at least two scenario files" in one.err
    twice = cli(
        "compare", SCENARIO, SCENARIO, "--inputs", demo.inputs, "--out", tmp_path, "--lang", "en"
    )
    assert twice.code == 1 and "has the same name 'uniform-500'" in twice.err
    early, late = tmp_path / "early.toml", tmp_path / "late.toml"
    early.write_text(SCENARIO.read_text().replace("[2022, 2023, 2024]", "[2022, 2023]"))
    late.write_text(WHAT_IF.read_text().replace("[2022, 2023, 2024]", "[2024]"))
    apart = cli("compare", early, late, "--inputs", demo.inputs, "--out", tmp_path, "--lang", "en")
    assert apart.code == 1 and "has no year in common with" in apart.err
    assert not list(tmp_path.rglob("*.xlsx"))


def test_a_what_if_on_the_revenue_is_said_in_the_summary(example: Path, tmp_path: Path) -> None:
    # revenue-plus-3pct keeps the key of uniform-500 and raises the rijksbijdrage by 3%: the
    # summary said "only the distribution key differs" and its row named the key alone
    what_if = ROOT / "scenarios" / "revenue-plus-3pct.toml"
    out = tmp_path / "out"
    assert cli("compare", SCENARIO, what_if, "--inputs", example, "--out", out).code == 0
    (pack,) = (out / "comparison").glob("*.xlsx")
    rows = [r for r in openpyxl.load_workbook(pack)["Samenvatting"].iter_rows(values_only=True)]
    intro = str(rows[1][0])
    assert "naast de verdeelsleutel verschilt een wat-als op de baten of de oploop" in intro
    assert "alleen de verdeelsleutel verschilt" not in intro
    row = next(r for r in rows if str(r[0]).startswith("Wat als de rijksbijdrage"))
    assert str(row[1]).endswith("Wat-als op de rijksbijdrage: alle jaren +3%.")
    # two keys on the same money: the sentence as it was
    assert cli("compare", SCENARIO, WHAT_IF, "--inputs", example, "--out", out).code == 0
    keys = openpyxl.load_workbook(out / "comparison" / "uniform-500--uniform-550.xlsx")
    assert "alleen de verdeelsleutel verschilt" in str(keys["Samenvatting"]["A2"].value)
