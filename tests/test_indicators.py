"""The indicators as computed: exact ratios with their parts, half-up rounding, numbers in both
languages, and small groups suppressed in every output (progress report and workbook,
faculty-board workbook, council pack)."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import docx
import openpyxl
import pytest

import qa_budget as qa
from qa_budget.indicators.text import as_decimal, decimal_text, number, round_half_up
from tests.conftest import SCENARIO, WHAT_IF, cli
from tests.test_indicators_inputs import append


def test_the_ratio_is_exact_and_keeps_its_parts(example: Path) -> None:
    scenario = qa.load_scenario(SCENARIO)
    result = qa.compute(scenario, qa.read_inputs(example, scenario.inputs))
    assert result.indicators is not None
    ssr = result.indicators.figure("SSR", None, 2019)
    assert ssr is not None and ssr.status == "computed"
    # 27,670 students / 1,071.8 fte staff, exactly: 276,700 / 10,718 = 138,350 / 5,359
    assert ssr.value == Fraction(138_350, 5_359)
    assert (ssr.numerator, ssr.denominator) == (Fraction(27_670), Fraction(10_718, 10))
    given = result.indicators.figure("SSR", None, 2020)
    assert given is not None and given.status == "given" and given.value == Fraction(244, 10)
    assert given.numerator is None and given.denominator is None
    # BKO 88.6 is the typed decimal, not the binary float 88.59999...
    bko = result.indicators.figure("BKO", None, 2019)
    assert bko is not None and bko.value == Fraction(886, 10)


def test_a_percentage_of_few_persons_is_suppressed_without_n(example: Path) -> None:
    # BKO (a percentage) for FSW in 2020 as Teller 3 / Noemer 4 with n left empty: three of
    # four lecturers, a group of 4 below the minimum of 10: suppressed, no number kept. With
    # Noemer 40 (30 of 40) it is a group of 40 and computed: 100 x 30 / 40 = 75.
    append(
        example,
        "Waarden",
        [["BKO", 2020, "FSW", None, 3, 4, None, None, None],
         ["BKO", 2020, "FWN", None, 30, 40, None, None, None]],
    )  # fmt: skip
    scenario = qa.load_scenario(SCENARIO)
    result = qa.compute(scenario, qa.read_inputs(example, scenario.inputs))
    assert result.indicators is not None
    few = result.indicators.figure("BKO", "FSW", 2020)
    assert few is not None and few.suppressed and few.value is None and few.numerator is None
    many = result.indicators.figure("BKO", "FWN", 2020)
    assert many is not None and many.status == "computed" and many.value == 75


def test_rounding_and_numbers_in_both_languages() -> None:
    # half up, away from zero, from the exact value: 25.8164 -> 25.8; 0.25 -> 0.3; -0.25 -> -0.3
    assert round_half_up(Fraction(138_350, 5_359), 1) == round_half_up(Fraction(258, 10), 1)
    assert str(round_half_up(Fraction(1, 4), 1)) == "0.3"
    assert str(round_half_up(Fraction(-1, 4), 1)) == "-0.3"
    assert str(round_half_up(Fraction(5, 1), 2)) == "5.00"
    assert number(Fraction(138_350, 5_359), 1, "nl") == "25,8"
    assert decimal_text(as_decimal(Fraction(10_718, 10)), "nl") == "1.071,8"
    assert decimal_text(as_decimal(Fraction(10_718, 10)), "en") == "1,071.8"
    assert decimal_text(as_decimal(Fraction(27_670)), "nl") == "27.670"


SMALL = [
    # code, year, unit, value, numerator, denominator, mean, sd, n
    ["CEW", 2020, "FGW", None, None, None, 4.2, 0.5, 7],  # 7 respondents: suppressed
    ["CEW", 2020, "FSW", None, None, None, 3.8, 0.6, 12],  # 12: shown
    ["PEBL", 2020, None, None, None, None, 3.3, 0.9, 8],  # the university, 8: suppressed
]


@pytest.fixture
def small_groups(example: Path) -> Path:
    append(example, "Waarden", SMALL)
    return example


def _docx_text(path: Path) -> str:
    document = docx.Document(path)
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def test_small_groups_are_suppressed_everywhere(small_groups: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    args = ("--inputs", small_groups, "--out", out)
    assert cli("progress", SCENARIO, "--year", "2020", *args).code == 0
    assert cli("run", SCENARIO, *args).code == 0
    assert cli("compare", SCENARIO, WHAT_IF, *args).code == 0
    text = _docx_text(out / "uniform-500" / "progress-2020.docx")
    assert "onderdrukt (n < 10)" in text
    assert "Onderdrukt: gebaseerd op minder dan 10 personen" in text
    assert "3,8 ± 0,6" in text  # FSW, 12 respondents
    for hidden in ("4,2", "0,5", "n = 7", "3,3 ± 0,9", "n = 8"):
        assert hidden not in text, hidden
    rows = list(
        openpyxl.load_workbook(out / "uniform-500" / "progress-2020.xlsx")["Indicatoren"].values
    )
    fgw = next(r for r in rows if r[0] == "CEW" and r[3] == 2020 and str(r[2]).startswith("FGW"))
    assert fgw[4:9] == (None, None, None, None, None) and fgw[9] == "onderdrukt"
    numbers = {v for r in rows for v in r if isinstance(v, int | float)}
    assert not numbers & {4.2, 0.5, 7, 3.3, 0.9, 8}
    faculty = list(
        openpyxl.load_workbook(out / "uniform-500" / "faculty" / "FGW.xlsx")["Indicatoren"].values
    )
    own = next(r for r in faculty if r[0] == "Cursusevaluatie: werkvormen")
    assert own[2:4] == ("geen waarde", "onderdrukt (n < 10)")  # 2019: no FGW value
    fsw = list(
        openpyxl.load_workbook(out / "uniform-500" / "faculty" / "FSW.xlsx")["Indicatoren"].values
    )
    assert next(r for r in fsw if r[0] == "Cursusevaluatie: werkvormen")[3] == 3.8
    pack = out / "comparison" / "uniform-500--uniform-550.xlsx"
    council = list(openpyxl.load_workbook(pack)["Indicatoren"].values)
    pebl = next(
        r
        for r in council
        if str(r[0]).startswith("Programma-evaluatie bachelor: aandacht voor loop")
    )
    assert pebl[2:4] == (2.9, "onderdrukt (n < 10)")


def test_the_minimum_group_size_is_a_scenario_key(small_groups: Path, tmp_path: Path) -> None:
    scenario = tmp_path / "small.toml"
    scenario.write_text(
        'name = "small"\nyears = [2022, 2023, 2024]\n[key]\nkind = "uniform"\n'
        "amount_per_student = 500\n[indicators]\nmin_group_size = 5\n"
    )
    out = tmp_path / "out"
    result = cli("progress", scenario, "--year", "2020", "--inputs", small_groups, "--out", out)
    assert result.code == 0, result.text
    text = _docx_text(out / "small" / "progress-2020.docx")
    assert "4,2 ± 0,5" in text and "3,3 ± 0,9" in text and "onderdrukt" not in text
    assert "minder dan 5 personen" in text
    bad = tmp_path / "bad.toml"
    bad.write_text(scenario.read_text().replace("min_group_size = 5", "min_group_size = 0"))
    refused = cli("progress", bad, "--year", "2020", "--inputs", small_groups, "--out", out)
    assert refused.code == 1 and "indicators.min_group_size" in refused.err
