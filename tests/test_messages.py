"""Messages in the user's language: every problem, its place and the command's own lines come
from the catalogue, in Dutch (the default) or English (`--lang en`), never a mix."""

from __future__ import annotations

import re
import shutil
import tomllib
from pathlib import Path

import openpyxl
import pytest

from qa_budget.errors import Location, Problem, msg
from qa_budget.inputs.cells import expectation
from qa_budget.inputs.contracts import CONTRACTS, INDICATOR_CONTRACTS, REFERENCE_CONTRACTS
from qa_budget.register.organisation import parse_register, template
from qa_budget.register.publishable import missing_fields
from qa_budget.texts import LABELS
from tests.conftest import ROOT, SCENARIO, WHAT_IF, cli
from tests.words import Text, format_vocabulary, problems, user_texts


def _edit(path: Path, sheet: str, cells: dict[str, object]) -> None:
    wb = openpyxl.load_workbook(path)
    for ref, value in cells.items():
        wb[sheet][ref] = value
    wb.save(path)


def _break(inputs: Path) -> None:
    """Three cell errors in two workbooks, as a finance officer might make them."""
    _edit(inputs / "students.xlsx", "Studenten", {"D3": "n.v.t.", "A6": "XYZ"})
    _edit(inputs / "plans" / "FGW.xlsx", "Maatregelen", {"C3": "€ 500"})


def _other_language(lines: list[str], lang: str, inputs: Path) -> list[str]:
    """Lines with a word or number of the other language, once the input format's own words
    (sheet names, headers, list values) and what the user typed are left out."""
    typed = {"n.v.t.", "XYZ", "€ 500", "FGW", str(inputs)}
    texts = [Text(f"line {i}", line) for i, line in enumerate(lines, 1)]
    return problems(texts, lang, typed, format_vocabulary())


NL_CELLS = [
    "students.xlsx › blad 'Studenten' › D3 | verwacht: een geheel aantal studenten (0 of "
    "meer); gevonden: 'n.v.t.'",
    "students.xlsx › blad 'Studenten' › A6 | eenheid 'XYZ' staat niet in units.xlsx; voeg haar "
    "daar toe of verbeter de code",
    "plans/FGW.xlsx › blad 'Maatregelen' › C3 | verwacht: een bedrag in EUR als getal, of pm "
    "voor een bedrag dat op een besluit wacht; gevonden: '€ 500'; typ het getal zonder "
    "valutateken",
]
EN_CELLS = [
    "students.xlsx › Sheet 'Studenten' › D3 | expected a whole number of students (0 or more), "
    "got 'n.v.t.'",
    "students.xlsx › Sheet 'Studenten' › A6 | unit 'XYZ' is not in units.xlsx; add it there or "
    "correct the code",
    "plans/FGW.xlsx › Sheet 'Maatregelen' › C3 | expected an amount in EUR as a number, or pm "
    "for an amount that waits for a decision, got '€ 500'; type the number without the "
    "currency sign",
]
FRAMING = {
    "nl": "3 fouten in de invoer gevonden; er is niets geschreven.",
    "en": "3 input errors found — nothing was written.",
}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_validate_speaks_the_chosen_language(example: Path, lang: str) -> None:
    _break(example)
    result = cli("validate", "--inputs", example, "--lang", lang)
    assert result.code == 1
    for line in NL_CELLS if lang == "nl" else EN_CELLS:
        assert line in result.err, line
    assert FRAMING[lang] in result.err
    assert result.err.count("fout: " if lang == "nl" else "error: ") == 3
    lines = result.err.splitlines()
    assert _other_language(lines, lang, example) == []


def test_dutch_is_the_default(example: Path) -> None:
    _break(example)
    result = cli("validate", "--inputs", example)
    assert FRAMING["nl"] in result.err and NL_CELLS[0] in result.err
    assert "expected" not in result.err and "error:" not in result.err


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize(
    "command",
    [
        ["run", SCENARIO],
        ["compare", SCENARIO, WHAT_IF],
        ["monitor", SCENARIO],
        ["progress", SCENARIO, "--year", "2021"],
        ["explain", SCENARIO],
    ],
    ids=["run", "compare", "monitor", "progress", "explain"],
)
def test_every_command_reports_broken_inputs_in_its_language(
    example: Path, tmp_path: Path, command: list[object], lang: str
) -> None:
    _break(example)
    out = ["--out", tmp_path / "out"] if command[0] != "explain" else []
    result = cli(*command, "--inputs", example, *out, "--lang", lang)  # type: ignore[arg-type]
    assert result.code == 1, result.text
    assert FRAMING[lang] in result.err
    for line in NL_CELLS if lang == "nl" else EN_CELLS:
        assert line in result.err, line
    assert _other_language(result.err.splitlines(), lang, example) == []
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").rglob("*.xlsx"))


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("nl", "bestaat al met andere inhoud; er is niets geschreven. Start opnieuw met --force"),
        ("en", "already exists with other content; nothing was written. Rerun with --force"),
    ],
)
def test_init_refuses_to_overwrite_in_its_language(
    tmp_path: Path, lang: str, expected: str
) -> None:
    folder = tmp_path / "inputs"
    assert cli("init", folder, "--lang", lang).code == 0
    _edit(folder / "units.xlsx", "Eenheden", {"A2": "ANDERS"})
    result = cli("init", folder, "--lang", lang)
    assert result.code == 1
    assert expected in result.err
    assert result.err.startswith("Fout: " if lang == "nl" else "Error: ")


def test_init_and_validate_frame_their_lines_in_the_language(tmp_path: Path) -> None:
    nl = cli("init", "--example", tmp_path / "nl", "--lang", "nl")
    en = cli("init", "--example", tmp_path / "en", "--lang", "en")
    assert "geschreven " in nl.out and "Het meegeleverde voorbeeld staat in" in nl.out
    assert "written " in en.out and "Wrote the bundled example to" in en.out
    ok_nl = cli("validate", "--inputs", tmp_path / "nl", "--lang", "nl")
    ok_en = cli("validate", "--inputs", tmp_path / "en", "--lang", "en")
    assert f"OK: geen fouten in {tmp_path / 'nl'}/" in ok_nl.out
    assert f"OK: no errors in {tmp_path / 'en'}/" in ok_en.out


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("nl", "run.json niet gevonden: wijs verify een map aan die `qa-budget run` heeft"),
        ("en", "run.json not found: point verify at a folder written by `qa-budget run`"),
    ],
)
def test_verify_speaks_the_chosen_language(tmp_path: Path, lang: str, expected: str) -> None:
    result = cli("verify", tmp_path, "--lang", lang)
    assert result.code == 1
    assert expected in result.err


def _scenario(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "broken.toml"
    path.write_text(text, encoding="utf-8")
    return path


BROKEN_SCENARIO = """
name = "broken"
title = "Kapot"
years = "2022"
colour = "blauw"

[key]
kind = "uniform"
"""


@pytest.mark.parametrize(
    ("lang", "expected", "other"),
    [
        (
            "nl",
            [
                "onbekende sleutel 'colour' (controleer de spelling; zie docs/scenarios.md)",
                "sleutel 'years': verwacht: een lijst; gevonden: '2022'",
                "sleutel 'key.amount_per_student' ontbreekt; die is verplicht",
            ],
            ["unknown key", "expected", "missing key", "got"],
        ),
        (
            "en",
            [
                "unknown key 'colour' (check the spelling; see docs/scenarios.md)",
                "key 'years': expected a list, got '2022'",
                "missing key 'key.amount_per_student'",
            ],
            ["sleutel", "verwacht", "ontbreekt", "gevonden"],
        ),
    ],
)
def test_scenario_errors_in_the_chosen_language(
    example: Path, tmp_path: Path, lang: str, expected: list[str], other: list[str]
) -> None:
    path = _scenario(tmp_path, BROKEN_SCENARIO)
    result = cli("run", path, "--inputs", example, "--out", tmp_path / "out", "--lang", lang)
    assert result.code == 1
    assert result.err.startswith(f"Scenario {path}:")
    for line in expected:
        assert line in result.err, (line, result.err)
    for word in other:
        assert word not in result.err


def test_a_problem_renders_in_both_languages_and_str_stays_english() -> None:
    problem = Problem(
        Location("plans/FGW.xlsx", "Maatregelen", msg("loc_row", n=1)),
        msg("msg_header_missing", header="Bedrag"),
    )
    assert str(problem) == (
        "plans/FGW.xlsx › Sheet 'Maatregelen' › row 1 | column 'Bedrag' is missing from the "
        "header row; the template has it (qa-budget init)"
    )
    assert problem.text("nl") == (
        "plans/FGW.xlsx › blad 'Maatregelen' › rij 1 | kolom 'Bedrag' ontbreekt in de kopregel; "
        "het sjabloon heeft hem (qa-budget init)"
    )
    assert problem.message.startswith("column 'Bedrag' is missing")


def test_every_message_key_used_in_the_code_is_in_the_catalogue() -> None:
    used: set[str] = set()
    for path in (ROOT / "qa_budget").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        used |= set(re.findall(r"""\b(?:msg|say)\(\s*["']([a-z0-9_]+)["']""", text))
        used |= set(re.findall(r"""["']((?:msg|loc)_[a-z0-9_]+)["']""", text))
    # keys made from a value: the status of a written file, the kind of a zip that is no
    # workbook, what an empty cell of each column kind should hold
    used |= {f"msg_status_{s}" for s in ("written", "unchanged", "removed")}
    used |= {f"msg_zip_kind_{k}" for k in ("xlsb", "ods", "word", "powerpoint", "zip")}
    # what belongs in each field of register.toml (told when the empty template misses it),
    # and the kinds of findings of explain --check
    used.discard("msg_about_")
    empty, _ = parse_register(tomllib.loads(template(False).decode()), "register.toml")
    assert empty is not None
    used |= {f.what.key for f in missing_fields(empty, "nl")}
    used |= {f"msg_finding_{k}" for k in ("missing", "stale", "too_long")}
    assert len(used) > 200
    missing = sorted(k for k in used if k not in LABELS)
    assert missing == []
    for key in used:
        assert LABELS[key]["nl"].strip() and LABELS[key]["en"].strip(), key


def test_what_an_empty_cell_should_hold_is_worded_for_every_column() -> None:
    for contract in (*CONTRACTS, *REFERENCE_CONTRACTS, *INDICATOR_CONTRACTS):
        for column in contract.columns:
            what = expectation(column)
            nl, en = what.text("nl"), what.text("en")
            assert nl and en and nl != "" and "{" not in nl + en, column.kind


# --- the families converted second: shape, privacy, plan round, warnings, lines ------------


def _shape_and_privacy(inputs: Path) -> None:
    """A hidden row and merged cells in a plan, a column of birth dates in the students."""
    wb = openpyxl.load_workbook(inputs / "plans" / "FGW.xlsx")
    wb["Maatregelen"].merge_cells("A2:A3")
    wb["Maatregelen"].row_dimensions[4].hidden = True
    wb.save(inputs / "plans" / "FGW.xlsx")
    _edit(inputs / "students.xlsx", "Studenten", {"E1": "Geboortedatum"})


SHAPE = {
    "nl": [
        "plans/FGW.xlsx › blad 'Maatregelen' › rij 4 | rij 4 is verborgen maar bevat gegevens, "
        "die zouden meetellen terwijl niemand ze ziet",
        "plans/FGW.xlsx › blad 'Maatregelen' › A2:A3 | cellen A2:A3 zijn samengevoegd",
        "students.xlsx › blad 'Studenten' › E1 | kolom 'Geboortedatum' bevat gegevens over "
        "individuele personen (geboortedata of leeftijden)",
        "students.xlsx | geweigerd: deze werkmap bevat gegevens over individuele studenten",
    ],
    "en": [
        "plans/FGW.xlsx › Sheet 'Maatregelen' › row 4 | row 4 is hidden but holds data, which "
        "would be counted although nobody sees it",
        "plans/FGW.xlsx › Sheet 'Maatregelen' › A2:A3 | cells A2:A3 are merged",
        "students.xlsx › Sheet 'Studenten' › E1 | column 'Geboortedatum' holds data about "
        "individual persons (dates of birth or ages)",
        "students.xlsx | refused: this workbook holds data about individual students",
    ],
}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_shape_and_person_data_in_the_chosen_language(example: Path, lang: str) -> None:
    _shape_and_privacy(example)
    result = cli("validate", "--inputs", example, "--lang", lang)
    assert result.code == 1
    for line in SHAPE[lang]:
        assert line in result.err, (line, result.err)
    lines = [line for line in result.err.splitlines() if "Geboortedatum" not in line]
    assert _other_language(lines, lang, example) == []


def test_plan_round_rows_and_pm_columns_in_dutch(example: Path) -> None:
    wb = openpyxl.load_workbook(example / "plans" / "FGW.xlsx")
    ws = wb["Planronde"]
    for col in range(1, ws.max_column + 1):  # a second row, a copy of the first
        ws.cell(3, col).value = ws.cell(2, col).value
    wb.save(example / "plans" / "FGW.xlsx")
    result = cli("validate", "--inputs", example, "--lang", "nl")
    assert result.code == 1
    assert (
        "plans/FGW.xlsx › blad 'Planronde' › rij 3 | een tweede rij (de eerste is rij 2); het "
        "blad heeft één rij" in result.err
    )
    assert _other_language(result.err.splitlines(), "nl", example) == []


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("nl", "register.toml › colour | onbekende sleutel (controleer de spelling; zie "),
        ("en", "register.toml › colour | unknown key (check the spelling; see "),
    ],
)
def test_register_toml_problems_in_the_chosen_language(
    example: Path, lang: str, expected: str
) -> None:
    (example / "register.toml").write_text("version = 1\ncolour = 3\n")
    result = cli("validate", "--inputs", example, "--lang", lang)
    assert result.code == 1 and expected in result.err


RUN_WARNINGS = {
    # the example's ICLON submitted on 2021-07-09, nine days after the deadline of 2021-06-30
    "nl": "waarschuwing: plans/ICLON.xlsx › blad 'Planronde' › B2 | ICLON: ingediend op 9 juli "
    "2021, 9 dagen na de uiterste datum 30 juni 2021",
    "en": "warning: plans/ICLON.xlsx › Sheet 'Planronde' › B2 | ICLON: submitted on 9 July 2021, "
    "9 days after the deadline 30 June 2021",
}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_run_on_the_example_speaks_one_language(example: Path, tmp_path: Path, lang: str) -> None:
    result = cli("run", SCENARIO, "--inputs", example, "--out", tmp_path / "out", "--lang", lang)
    assert result.code == 0, result.text
    assert RUN_WARNINGS[lang] in result.err
    typed = user_texts(example, [SCENARIO]) | {"unit_budgets_kept", str(tmp_path)}
    texts = [Text(f"line {i}", x) for i, x in enumerate(result.text.splitlines(), 1)]
    assert problems(texts, lang, typed, format_vocabulary()) == []


@pytest.mark.parametrize(
    ("lang", "title", "row", "count"),
    [
        (
            "nl",
            "Planronde: uiterste datum 30 juni 2021; vereist: instemming van de faculteitsraad",
            "ICLON   2       2021-07-09 te laat (9 d)   instemming 2021-07-06 ja",
            "7 van 8 plannen op tijd, 1 te laat, 0 ontbrekend; instemming gegeven voor 7 van 8",
        ),
        (
            "en",
            "Plan round: deadline 30 June 2021; required: the faculty council's consent",
            "ICLON   2       2021-07-09 late (9 d)      consent    2021-07-06 yes",
            "7 of 8 plans on time, 1 late, 0 missing; consent given for 7 of 8",
        ),
    ],
)
def test_the_plan_round_table_and_overdue_decisions_in_the_language(
    example: Path, lang: str, title: str, row: str, count: str
) -> None:
    result = cli("validate", "--inputs", example, "--scenario", SCENARIO, "--lang", lang)
    assert result.code == 0, result.text
    lines = result.out.splitlines()
    assert lines[0] == title
    assert any(x.startswith("  " + row) for x in lines) and any(x.startswith(count) for x in lines)
    overdue = {  # the central pm line's decision was due by 2022-08-31 (funds.xlsx, row 3)
        "nl": "(2022, pm) had uiterlijk 31 augustus 2022 moeten vallen (CvB)",
        "en": "(2022, pm) was due by 31 August 2022 (CvB)",
    }
    assert overdue[lang] in result.err
    typed = user_texts(example, [SCENARIO]) | {"unit_budgets_kept", str(example)}
    texts = [Text(f"line {i}", x) for i, x in enumerate(result.text.splitlines(), 1)]
    assert problems(texts, lang, typed, format_vocabulary()) == []


def test_verify_and_explain_check_in_dutch(example: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert cli("run", SCENARIO, "--inputs", example, "--out", out).code == 0
    wb = openpyxl.load_workbook(out / "uniform-500" / "overview.xlsx")
    wb["Toewijzing"]["D6"] = 123  # ARCH's 2022 amount per student (500) typed over
    wb.save(out / "uniform-500" / "overview.xlsx")
    bad = cli("verify", out / "uniform-500", "--lang", "nl")
    assert bad.code == 1
    assert (
        "AFWIJKING uitvoer overview.xlsx › blad 'Toewijzing' › D6: 123 in het bestand, 500 "
        "opnieuw berekend" in bad.out
    )
    assert "ok        invoer students.xlsx" in bad.out
    assert "MISMATCH" not in bad.out and " output " not in bad.out
    (example / "register.toml").unlink()
    check = cli("explain", SCENARIO, "--inputs", example, "--check", "--lang", "nl")
    assert check.code == 1
    assert check.out.startswith("ontbreekt register.toml: geen register.toml in de invoermap")


def test_an_infeasible_scenario_is_explained_in_dutch(example: Path, tmp_path: Path) -> None:
    # caps of at most 1% gain against uniform EUR 500 (15.7 million a year) cannot hand out a
    # pool of 20 million: the run stops with exit code 3 and says why, in Dutch
    folder = tmp_path / "scenarios"
    shutil.copytree(ROOT / "scenarios", folder)
    path = folder / "tight.toml"
    path.write_text(
        'name = "tight"\nbase = "tariff-tiers"\ntitle = "Krap"\n\n[key]\nmax_gain_pct = 1\n'
        'pool = "amount"\npool_amount = { all = 20000000 }\n',
        encoding="utf-8",
    )
    result = cli("run", path, "--inputs", example, "--out", tmp_path / "out", "--lang", "nl")
    assert result.code == 3, result.text
    assert "de plafonds (geen eenheid wint meer dan 1% t.o.v. " in result.err, result.err
    assert "te verdelen bedrag is EUR 20.000.000,00" in result.err
    assert _other_language(result.err.splitlines(), "nl", example) == []


def test_a_plan_just_above_the_threshold_reads_above_it() -> None:
    """10.02% over the allocation against a threshold of 10%: said as 10,02% (it read "(10%)
    ... drempel 10%"); exactly 10% is no warning, decided in exact arithmetic."""
    import polars as pl

    from qa_budget.inputs.checks import check_plan_near_allocation

    measures = pl.DataFrame(  # cents: A plans 1,100,200 against 1,000,000; B 330,000 against
        {  # 300,000, exactly 10% more
            "unit": ["A", "B"],
            "year": [2030, 2030],
            "file": ["plans/A.xlsx", "plans/B.xlsx"],
            "amount": [1_100_200, 330_000],
        }
    )
    allocation = pl.DataFrame(
        {"unit": ["A", "B"], "year": [2030, 2030], "allocation": [1_000_000, 300_000]}
    )
    found = check_plan_near_allocation(measures, allocation, 10.0, "sleutel")
    assert [p.text("nl") for p in found] == [
        "plans/A.xlsx › blad 'Maatregelen' | A plant EUR 11.002,00 in 2030, EUR 1.002,00 (10,02%) "
        "meer dan de toewijzing van EUR 10.000,00 (sleutel); drempel 10%"
    ]


def test_a_unit_code_with_an_accent_is_told_why(example: Path) -> None:
    # 'FÉW': É is a letter, so "letters, digits, '-', '_'" did not say what was wrong
    wb = openpyxl.load_workbook(example / "units.xlsx")
    wb["Eenheden"]["A2"] = "FÉW"
    wb.save(example / "units.xlsx")
    result = cli("validate", "--inputs", example, "--lang", "en")
    assert result.code == 1
    assert (
        "units.xlsx › Sheet 'Eenheden' › A2 | expected a unit code of the letters A-Z without "
        "accents, digits, '-' and '_' (the code is also a file name: plans/<CODE>.xlsx), got "
        "'FÉW'"
    ) in result.err, result.err


def test_an_amount_typed_as_text_gets_the_hint_to_mend_it(example: Path) -> None:
    # a plan amount typed as text ('123456'): the hint the student counts get (it had none);
    # Dutch notation as text: the example as a Dutch spreadsheet takes it, 1234,56
    wb = openpyxl.load_workbook(example / "plans" / "FGW.xlsx")
    wb["Maatregelen"]["C2"] = "123456"
    wb["Maatregelen"]["C3"] = "1.234,56"
    wb.save(example / "plans" / "FGW.xlsx")
    result = cli("validate", "--inputs", example)
    assert result.code == 1
    assert (
        "gevonden: '123456'; het getal is als tekst ingevoerd: maak er een getalcel van (in "
        "Excel: het waarschuwingsteken › Converteren naar getal)"
    ) in result.err, result.err
    assert "typ het als getalcel, bijv. 1234,56 (Excel toont" in result.err
