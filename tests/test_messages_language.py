"""Messages that must speak the chosen language too: a write that fails, an output folder that
is a file, a scenario file that breaks the format (every kind of error worded by the
catalogue), a rule's row, `init --years` the wrong way round, and the faculty council's consent
(the word the workbooks use)."""

from __future__ import annotations

import errno
import re
import shutil
from pathlib import Path

import openpyxl
import pytest

from qa_budget.errors import msg
from qa_budget.output import atomic
from qa_budget.scenario_errors import expected
from tests.conftest import ROOT, SCENARIO, cli
from tests.words import Text, format_vocabulary, problems, user_texts


def _one_language(text: str, lang: str, typed: set[str]) -> list[str]:
    lines = [Text(f"line {i}", x) for i, x in enumerate(text.splitlines(), 1)]
    return problems(lines, lang, typed, format_vocabulary())


# --- a write that fails ------------------------------------------------------------------------

WRITE_REASONS = {
    (errno.EROFS, "nl"): "het bestandssysteem is alleen-lezen",
    (errno.EROFS, "en"): "the file system is read-only",
    (errno.EACCES, "nl"): "geen toestemming om daar te schrijven",
    (errno.EACCES, "en"): "no permission to write there",
}


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("code", [errno.EROFS, errno.EACCES], ids=["read-only", "no-permission"])
def test_a_failed_write_is_told_in_the_language(
    example: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, lang: str
) -> None:
    def refused(self: atomic.OutputFolder, target: Path) -> Path:
        raise OSError(code, "system text")

    monkeypatch.setattr(atomic.OutputFolder, "stage_path", refused)
    out = tmp_path / "out"
    result = cli("run", SCENARIO, "--inputs", example, "--out", out, "--lang", lang)
    assert result.code == 1, result.text
    target = out / "uniform-500"
    reason = WRITE_REASONS[code, lang]
    said = {
        "nl": f"Fout: kan {target} niet schrijven: {reason}; er is niets geschreven en eerdere "
        "uitvoer is onaangetast",
        "en": f"Error: cannot write {target}: {reason}; nothing was written and earlier outputs "
        "are untouched",
    }
    assert said[lang] in result.err, result.err
    assert "system text" not in result.err
    assert not any(out.rglob("*.xlsx"))
    typed = user_texts(example, [SCENARIO]) | {"unit_budgets_kept"}
    assert _one_language(result.err, lang, typed) == []


def test_a_system_error_without_words_is_framed_in_the_language() -> None:
    # an error number the catalogue has no words for: the system's own text, in our frame
    err = atomic.failure(Path("out/x"), OSError(errno.ENODEV, "No such device"))
    assert err.text("nl") == (
        "kan out/x niet schrijven: het systeem meldt: No such device; er is niets geschreven en "
        "eerdere uitvoer is onaangetast"
    )
    assert err.text("en").startswith("cannot write out/x: the system says: No such device;")


# --- --out that is a file ----------------------------------------------------------------------

NOT_A_FOLDER = {
    "nl": "Fout: de uitvoer gaat in een map, maar {out} is een bestand; kies een map met --out "
    "(bijv. --out outputs) of verplaats het bestand; er is niets geschreven",
    "en": "Error: the outputs go into a folder, but {out} is a file; choose a folder with --out "
    "(e.g. --out outputs) or move the file away; nothing was written",
}


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("command", ["run", "compare"])
def test_out_that_is_a_file_says_it_must_be_a_folder(
    example: Path, tmp_path: Path, lang: str, command: str
) -> None:
    afile = tmp_path / "afile"
    afile.write_text("x\n")
    scenarios = (
        [SCENARIO] if command == "run" else [SCENARIO, SCENARIO.with_name("uniform-550.toml")]
    )
    before = sorted(tmp_path.iterdir())
    result = cli(command, *scenarios, "--inputs", example, "--out", afile, "--lang", lang)
    assert result.code == 1, result.text
    assert result.err.strip() == NOT_A_FOLDER[lang].format(out=afile)
    assert afile.read_text() == "x\n"  # untouched
    assert sorted(tmp_path.iterdir()) == before  # nothing written beside it


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("nl", "de uitvoer gaat in de map {out}, maar {file} is een bestand, geen map;"),
        ("en", "the outputs go into the folder {out}, but {file} is a file, not a folder;"),
    ],
)
def test_out_below_a_file_names_the_file(
    example: Path, tmp_path: Path, lang: str, said: str
) -> None:
    afile = tmp_path / "afile"
    afile.write_text("x\n")
    out = afile / "outputs"
    result = cli("run", SCENARIO, "--inputs", example, "--out", out, "--lang", lang)
    assert result.code == 1, result.text
    assert said.format(out=out, file=afile) in result.err
    assert afile.read_text() == "x\n"


# --- a scenario file that breaks the format ---------------------------------------------------

BROKEN = {  # what is written in the scenario file (on top of a valid uniform one) per case
    "kind": ('kind = "uniform"', 'kind = "uniforn"'),
    "decimals": ("amount_per_student = 500", "amount_per_student = 480.125"),
    "years": ("years = [2022, 2023, 2024]", "years = [2023, 2022]"),
    "year-range": ("years = [2022, 2023, 2024]", "years = [1999, 2022]"),
    "whole-number": ("plan_deviation_pct = 10", "plan_deviation_pct = 10\nfoo = 1"),
    "level": ('theme6_not_charged = "error"', 'theme6_not_charged = "yes"'),
    "no-kind": ('kind = "uniform"\n', ""),
}
EXPECTED = {
    "kind": {
        "nl": 'sleutel \'key.kind\': verwacht: een van "uniform", "tariff" of "explicit"; '
        "gevonden: 'uniforn'",
        "en": 'key \'key.kind\': expected one of "uniform", "tariff" or "explicit", got '
        "'uniforn'",
    },
    "decimals": {
        "nl": "sleutel 'key.amount_per_student': verwacht: een getal met ten hoogste 2 decimalen; "
        "gevonden: 480.125",
        "en": "key 'key.amount_per_student': expected a number with at most 2 decimals, got "
        "480.125",
    },
    "years": {
        "nl": "sleutel 'years': de jaren moeten oplopen en elk jaar één keer voorkomen, bijv. "
        "[2022, 2023, 2024]; gevonden: [2023, 2022]",
        "en": "key 'years': years must be ascending and without repeats, e.g. [2022, 2023, "
        "2024], got [2023, 2022]",
    },
    "year-range": {
        "nl": "sleutel 'years': verwacht: een getal van 2000 of meer; gevonden: 1999",
        "en": "key 'years': expected a number of 2000 or more, got 1999",
    },
    "whole-number": {
        "nl": "onbekende sleutel 'checks.foo' (controleer de spelling; zie docs/scenarios.md)",
        "en": "unknown key 'checks.foo' (check the spelling; see docs/scenarios.md)",
    },
    "level": {
        "nl": 'sleutel \'rules.theme6_not_charged\': verwacht: een van "off", "warning" of '
        "\"error\"; gevonden: 'yes'",
        "en": 'key \'rules.theme6_not_charged\': expected one of "off", "warning" or '
        "\"error\", got 'yes'",
    },
    "no-kind": {
        "nl": 'sleutel \'key.kind\' ontbreekt; die is verplicht: een van "uniform", "tariff" '
        'of "explicit"',
        "en": 'missing key \'key.kind\': one of "uniform", "tariff" or "explicit"',
    },
}


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("case", list(BROKEN))
def test_scenario_errors_say_key_expected_and_found_in_the_language(
    example: Path, tmp_path: Path, case: str, lang: str
) -> None:
    old, new = BROKEN[case]
    text = SCENARIO.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "x.toml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    result = cli("run", path, "--inputs", example, "--out", tmp_path / "out", "--lang", lang)
    assert result.code == 1, result.text
    assert result.err.splitlines()[0] == f"Scenario {path}:"
    assert f"  {EXPECTED[case][lang]}" in result.err.splitlines(), result.err
    for raw in ("Input", "should", "Value error", "tag", "pydantic"):
        assert raw not in result.err
    assert _one_language(result.err, lang, {"uniforn", "yes", "480.125"}) == []
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    ("content", "nl", "en"),
    [
        (  # the tariff key's own rule (a model validator)
            '[key]\nkind = "tariff"\nweights = { laag = 1 }\ntariffs = { laag = 500 }\n',
            "sleutel 'key': geef `weights` of `tariffs` (niet allebei, niet geen van beide)",
            "key 'key': give either `weights` or `tariffs` (not both, not neither)",
        ),
        (  # int_parsing
            '[key]\nkind = "uniform"\namount_per_student = 500\n[indicators]\n'
            'min_group_size = "tien"\n',
            "sleutel 'indicators.min_group_size': verwacht: een geheel getal; gevonden: 'tien'",
            "key 'indicators.min_group_size': expected a whole number, got 'tien'",
        ),
        (  # a what-if change out of bounds (a field validator)
            '[key]\nkind = "uniform"\namount_per_student = 500\n[revenue]\n'
            'kadernota = { all = "-300%" }\n',
            "sleutel 'revenue.kadernota': de wijziging voor 'all' (-300%) ligt buiten -100% .. "
            "+1000%",
            "key 'revenue.kadernota': the change for 'all' (-300%) is outside -100% .. +1000%",
        ),
        (  # a date with a time
            '[key]\nkind = "uniform"\namount_per_student = 500\n[plan_round]\n'
            "deadline = 2024-06-30T12:00:00\n",
            "sleutel 'plan_round.deadline': verwacht: een datum zonder tijd, zoals 2024-06-30; "
            "gevonden: 2024-06-30T12:00:00",
            "key 'plan_round.deadline': expected a date without a time, such as 2024-06-30, "
            "got 2024-06-30T12:00:00",
        ),
        (  # numbers and truth values in quotes: TOML's text, not the number it spells
            '[key]\nkind = "uniform"\namount_per_student = "480"\n[checks]\n'
            'allow_unfunded_plans = "true"\n[indicators]\nmin_group_size = "10"\n',
            "sleutel 'key.amount_per_student': verwacht: een getal zonder aanhalingstekens; "
            "gevonden: '480'\n"
            "  sleutel 'checks.allow_unfunded_plans': verwacht: true of false zonder "
            "aanhalingstekens; gevonden: 'true'\n"
            "  sleutel 'indicators.min_group_size': verwacht: een geheel getal zonder "
            "aanhalingstekens; gevonden: '10'",
            "key 'key.amount_per_student': expected a number without quotes, got '480'\n"
            "  key 'checks.allow_unfunded_plans': expected true or false without quotes, got "
            "'true'\n"
            "  key 'indicators.min_group_size': expected a whole number without quotes, got '10'",
        ),
        (  # a what-if amount in quotes: a number without them, or a change in per cent
            '[key]\nkind = "uniform"\namount_per_student = 500\n[revenue]\n'
            'kadernota = { 2022 = "8000000" }\n',
            "sleutel 'revenue.kadernota.2022': verwacht: een getal zonder aanhalingstekens of een "
            'verandering zoals "+3%" of "-1.5%"; gevonden: \'8000000\'',
            "key 'revenue.kadernota.2022': expected a number without quotes or a change such as "
            '"+3%" or "-1.5%", got \'8000000\'',
        ),
        (  # a year as a number with a fraction, and a truth value for an amount
            '[key]\nkind = "uniform"\namount_per_student = true\n[oploop]\n'
            "reference_year = 2022.0\n",
            "sleutel 'key.amount_per_student': verwacht: een getal; gevonden: true\n"
            "  sleutel 'oploop.reference_year': verwacht: een geheel getal; gevonden: 2022.0",
            "key 'key.amount_per_student': expected a number, got true\n"
            "  key 'oploop.reference_year': expected a whole number, got 2022.0",
        ),
        (  # a percentage with its sign: the key's own words, not "an amount in EUR"
            '[key]\nkind = "uniform"\namount_per_student = 500\n[checks]\n'
            'plan_deviation_pct = "10%"\n',
            "sleutel 'checks.plan_deviation_pct': verwacht: een percentage als getal, zonder "
            "%-teken en zonder aanhalingstekens (bijv. 10); gevonden: '10%'",
            "key 'checks.plan_deviation_pct': expected a percentage as a number, without a % "
            "sign and without quotes (e.g. 10), got '10%'",
        ),
    ],
    ids=[
        "tariff-rule",
        "int-parsing",
        "change-bounds",
        "date-time",
        "quoted",
        "quoted-what-if",
        "fraction-and-truth",
        "percentage",
    ],
)
def test_the_formats_own_rules_and_more_kinds_in_both_languages(
    example: Path, tmp_path: Path, content: str, nl: str, en: str
) -> None:
    path = tmp_path / "y.toml"
    path.write_text('name = "y"\nyears = [2022]\n' + content, encoding="utf-8")
    for lang, line in (("nl", nl), ("en", en)):
        result = cli("run", path, "--inputs", example, "--out", tmp_path / "o", "--lang", lang)
        assert result.code == 1, result.text
        assert line in result.err, result.err
        assert _one_language(result.err, lang, {"tien", "true", "-1.5%"}) == []  # TOML writes a dot


def test_a_rare_kind_of_error_has_a_sane_fallback() -> None:
    # a kind of error the catalogue has no words for: the key and the value, and where the
    # format is described, never the validator's own English
    rare = {"type": "url_scheme", "loc": ("x",), "msg": "URL scheme should be 'http'"}
    worded = expected(rare)
    assert worded == msg("msg_scn_invalid")
    assert worded.text("nl") == "een waarde zoals docs/scenarios.md bij deze sleutel beschrijft"
    assert worded.text("en") == "a value as docs/scenarios.md describes for this key"


# --- a rule's row --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "nl",
            "fout: plans/FGW.xlsx › blad 'Maatregelen' › rij 3 | regel theme6_not_charged: FGW:",
        ),
        (
            "en",
            "error: plans/FGW.xlsx › Sheet 'Maatregelen' › row 3 | rule theme6_not_charged: FGW:",
        ),
    ],
)
def test_a_rule_finding_names_its_row_in_the_language(example: Path, lang: str, said: str) -> None:
    path = example / "plans" / "FGW.xlsx"
    wb = openpyxl.load_workbook(path)
    wb["Maatregelen"]["B3"] = 6  # the measure of row 3 moved under theme 6 (facilities)
    wb.save(path)
    result = cli("validate", "--inputs", example, "--scenario", SCENARIO, "--lang", lang)
    assert result.code == 1, result.text
    line = next(x for x in result.err.splitlines() if "theme6_not_charged" in x)
    assert line.startswith(said), line
    typed = user_texts(example, [SCENARIO]) | {"theme6_not_charged"}
    assert _one_language(line, lang, typed) == []


# --- init --years ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("years", "lang", "said"),
    [
        (
            "2028-2025",
            "nl",
            "--years: het eerste jaar van '2028-2025' komt na het laatste; geef de jaren "
            "oplopend, bijv. --years 2025-2028",
        ),
        (
            "2028-2025",
            "en",
            "--years: the first year of '2028-2025' comes after the last; give the years in "
            "ascending order, e.g. --years 2025-2028",
        ),
        ("1999-2001", "nl", "--years: verwacht jaren van 2000 tot en met 2100; gevonden: "),
        ("1999-2001", "en", "--years: expected years from 2000 to 2100, got '1999-2001'"),
        ("twee", "nl", "--years: verwacht jaren zoals 2025-2028 of 2025,2026; gevonden: 'twee'"),
        ("2025,2025", "en", "--years: give the years in ascending order, each once, got "),
    ],
)
def test_init_years_says_what_is_wrong_in_the_language(
    tmp_path: Path, years: str, lang: str, said: str
) -> None:
    result = cli("init", tmp_path / "new", "--years", years, "--lang", lang)
    assert result.code == 2, result.text  # wrong use of the command
    assert said in result.err, result.err
    assert not (tmp_path / "new").exists()


# --- the faculty council's consent -------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "said", "title"),
    [
        (
            "nl",
            "LUMC: de faculteitsraad heeft zijn instemming niet gegeven (besluit: nog niet); de "
            "planronde vraagt om instemming",
            "vereist: instemming van de faculteitsraad",
        ),
        (
            "en",
            "LUMC: the faculty council has not given its consent (decision: not yet); the round "
            "asks for consent",
            "required: the faculty council's consent",
        ),
    ],
)
def test_consent_is_the_workbooks_word(example: Path, lang: str, said: str, title: str) -> None:
    # the example's LUMC has no decision of its faculty council yet ('nog niet', the input
    # format's value, quoted as typed); the round asks for consent (instemming)
    result = cli("validate", "--inputs", example, "--scenario", SCENARIO, "--lang", lang)
    assert result.code == 0, result.text
    assert said in result.err
    assert title in result.out.splitlines()[0]
    if lang == "en":
        prose = [x for x in result.text.splitlines() if not x.startswith("  ")]  # not the table
        assert not any("instemming" in x for x in prose), prose


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_an_oploop_that_would_take_money_says_so_in_the_language(
    example: Path, tmp_path: Path, lang: str
) -> None:
    # keeping the ratio of 2022 in 2023 would take money from the central initiatives: the
    # side and the amount were English in a Dutch message ("bij the central initiatives (EUR
    # 37,616.99)")
    shutil.copy(SCENARIO, tmp_path / "uniform-500.toml")
    path = tmp_path / "op.toml"
    path.write_text(
        'name = "op"\nbase = "uniform-500"\n[oploop]\npart = "kadernota"\nreference_year = 2022\n'
        "share_pct = 10\n"
    )
    result = cli("run", path, "--inputs", example, "--out", tmp_path / "o", "--lang", lang)
    assert result.code == 1, result.text
    said = {
        "nl": r"oploop 2023: de verhouding van 2022 vasthouden zou geld weghalen bij de centrale "
        r"initiatieven \(EUR \d{1,3}(\.\d{3})*,\d{2}\); kies een ander referentiejaar",
        "en": r"oploop 2023: keeping the ratio of 2022 would take money from the central "
        r"initiatives \(EUR \d{1,3}(,\d{3})*\.\d{2}\); choose another reference year",
    }
    assert re.search(said[lang], result.err), result.err
    assert _one_language(result.err, lang, {"op"}) == []


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_table_the_base_does_not_have_is_named_in_the_notes(
    example: Path, tmp_path: Path, lang: str
) -> None:
    # revenue-plus-3pct adds [revenue] to uniform-500: the note named the table by its key
    # ("revenue: niet gezet → Wat-als op de rijksbijdrage: alle jaren +3%")
    scenario = ROOT / "scenarios" / "revenue-plus-3pct.toml"
    result = cli("run", scenario, "--inputs", example, "--out", tmp_path / "o", "--lang", lang)
    assert result.code == 0, result.text
    said = {
        "nl": "  let op: Wat-als op de rijksbijdrage: niet gezet → alle jaren +3%",
        "en": "  note: What-if on the rijksbijdrage: not set → every year +3%",
    }
    assert said[lang] in result.out.splitlines(), result.out
    assert "revenue:" not in result.out
