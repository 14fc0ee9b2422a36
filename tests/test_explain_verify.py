"""Explain and prove every run: method note, register record, unit trace, run.json, verify."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import openpyxl
import pytest

from qa_budget.parameters import name as parameter_name
from qa_budget.parameters import parameters
from qa_budget.scenario import load_scenario
from qa_budget.texts import LABELS
from tests.conftest import ROOT, SCENARIO, cli, cli_process

SHIPPED = sorted((ROOT / "scenarios").glob("*.toml"))


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_method_note_names_every_parameter(path: Path, lang: str, example: Path) -> None:
    result = cli("explain", path, "--inputs", example, "--lang", lang)
    assert result.code == 0, result.text
    for key, _ in parameters(load_scenario(path)):
        said = parameter_name(key, lang)
        line = next((x for x in result.out.splitlines() if x.startswith(f"- {said}: ")), None)
        assert line is not None, f"{key} is not explained"
        assert line.removeprefix(f"- {said}: ").strip(), f"{key} has no value"
        if "." in key or "_" in key:
            assert key not in line, f"{key} is shown as written in the file"


def test_every_parameter_is_named_in_both_languages() -> None:
    for path in SHIPPED:
        for key, _ in parameters(load_scenario(path)):
            assert f"param.{key}" in LABELS, key


def test_unit_trace(example: Path) -> None:
    result = cli(
        "explain",
        ROOT / "scenarios" / "tariff-tiers.toml",
        "--inputs",
        example,
        "--unit",
        "FGW",
        "--year",
        "2024",
        "--lang",
        "en",
    )
    assert result.code == 0, result.text
    # FGW 2024: baseline 5,427 students x 500 = 2,713,500; the floor (5% loss) is 2,577,825.
    assert "baseline (uniform-500): EUR 2,713,500.00" in result.out
    assert "floor reached: topped up by" in result.out and "FGW-2024" not in result.out
    assert "allocation FGW 2024: EUR 2,577,825.00" in result.out
    # and the same comparison as the workbooks: against the pool shared without the limits
    import qa_budget as qa

    scenario = qa.load_scenario(ROOT / "scenarios" / "tariff-tiers.toml")
    row = qa.compute(scenario, qa.read_inputs(example)).allocation.row("FGW", 2024)
    free, effect = int(row["unconstrained"]), int(row["limit_effect"])
    assert effect == 257_782_500 - free  # the floor's amount against the pool shared freely
    assert (
        f"without floors and caps (EUR {free // 100:,}.{free % 100:02d}) the effect of floors "
        f"and caps is {'+' if effect > 0 else '−'}EUR {abs(effect) // 100:,}."
    ) in result.out
    dutch = cli(
        "explain", ROOT / "scenarios" / "tariff-tiers.toml", "--inputs", example, "--unit", "FGW",
        "--year", "2024",
    )  # fmt: skip
    assert "basisscenario (uniform-500): EUR 2.713.500,00" in dutch.out
    assert "vloer bereikt: aangevuld met" in dutch.out
    assert "toewijzing FGW 2024: EUR 2.577.825,00" in dutch.out
    assert "EER-studenten laag: 5." in dutch.out  # thousands with a point in Dutch
    plain = cli(
        "explain", SCENARIO, "--inputs", example, "--unit", "ICLON", "--year", "2022", "--lang",
        "en",
    )  # fmt: skip
    # ICLON 2022: 300 students x EUR 500 = EUR 150,000.
    assert "students × amount per student = 300 × EUR 500.00 = EUR 150,000.00" in plain.out
    plain = cli("explain", SCENARIO, "--inputs", example, "--unit", "ICLON", "--year", "2022")
    assert "studenten × bedrag per student = 300 × EUR 500,00 = EUR 150.000,00" in plain.out
    wrong = cli(
        "explain", SCENARIO, "--inputs", example, "--unit", "XX", "--year", "2022", "--lang", "en"
    )
    assert wrong.code == 1 and "no figure for unit 'XX'" in wrong.err


def test_run_json_is_stable_and_complete(example: Path, tmp_path: Path) -> None:
    assert cli("run", SCENARIO, "--inputs", example, "--out", tmp_path / "a").code == 0
    record = json.loads((tmp_path / "a" / "uniform-500" / "run.json").read_text())
    assert record["qa_budget_version"]
    assert record["scenario"]["key"]["amount_per_student"] == "500"
    # every file read: 3 workbooks, 8 plans, 8 previous plans, reference.xlsx, realised.xlsx,
    # indicators.xlsx and register.toml
    assert len(record["inputs_sha256"]) == 15 + 8
    assert {"register.toml", "indicators.xlsx"} <= set(record["inputs_sha256"])
    assert "stamp" not in record
    stamped = cli("run", SCENARIO, "--inputs", example, "--out", tmp_path / "b", "--stamp")
    assert stamped.code == 0
    assert "stamp" in json.loads((tmp_path / "b" / "uniform-500" / "run.json").read_text())


def test_verify_passes_then_names_the_edited_cell_and_the_changed_input(
    example: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    assert cli("run", SCENARIO, "--inputs", example, "--out", out).code == 0
    folder = out / "uniform-500"
    ok = cli("verify", folder, "--lang", "en")
    assert ok.code == 0, ok.text
    assert "Verified" in ok.out

    edited = tmp_path / "edited"
    shutil.copytree(folder, edited)
    wb = openpyxl.load_workbook(edited / "overview.xlsx")
    wb["Toewijzing"]["D6"] = 123  # ARCH's 2022 amount per student typed over by hand
    wb.save(edited / "overview.xlsx")
    bad = cli("verify", edited, "--lang", "en")
    assert bad.code == 1
    assert (
        "output overview.xlsx › Sheet 'Toewijzing' › D6: 123 in the file, 500 recomputed" in bad.out
    )

    wb = openpyxl.load_workbook(example / "students.xlsx")
    wb["Studenten"]["D2"] = 1
    wb.save(example / "students.xlsx")
    changed = cli("verify", folder, "--lang", "en")
    assert changed.code == 1
    assert "MISMATCH  input students.xlsx: changed since the run" in changed.out


def test_verify_names_a_changed_realised_report(example: Path, tmp_path: Path) -> None:
    # realised.xlsx feeds the monitoring sections of the faculty workbooks: it is read with
    # the other inputs, hashed in run.json, and a change to it alone is named by verify.
    out = tmp_path / "out"
    assert cli("run", SCENARIO, "--inputs", example, "--out", out).code == 0
    record = json.loads((out / "uniform-500" / "run.json").read_text())
    assert {"realised.xlsx", "reference.xlsx"} <= set(record["inputs_sha256"])
    wb = openpyxl.load_workbook(example / "realised.xlsx")
    ws = wb["Realisatie"]
    ws.cell(2, 5).value = (ws.cell(2, 5).value or 0) + 1000
    wb.save(example / "realised.xlsx")
    changed = cli("verify", out / "uniform-500", "--lang", "en")
    assert changed.code == 1
    assert "MISMATCH  input realised.xlsx: changed since the run" in changed.out
    for name in ("units.xlsx", "students.xlsx", "funds.xlsx"):
        assert f"ok        input {name}" in changed.out


@pytest.mark.parametrize("options", [("--lang", "en"), ("--no-faculty",)])
def test_verify_recomputes_with_the_options_recorded(
    options: tuple[str, ...], example: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    assert cli("run", SCENARIO, "--inputs", example, "--out", out, *options).code == 0
    verified = cli("verify", out / "uniform-500")
    assert verified.code == 0, verified.text


def test_verify_from_another_folder(example: Path, tmp_path: Path) -> None:
    """run.json records the paths as the run was given them (`--inputs inputs`, relative to
    the folder it was started in): verify from elsewhere finds them above the output folder
    and says so; it reported every input as missing."""
    shutil.copy(SCENARIO, tmp_path / "s.toml")
    ran = cli_process("run", "s.toml", "--inputs", "inputs", "--out", "out", cwd=tmp_path)
    assert ran.code == 0, ran.err
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    verified = cli_process(
        "verify", tmp_path / "out" / "uniform-500", "--lang", "en", cwd=elsewhere
    )
    assert verified.code == 0, verified.text
    assert verified.out.splitlines()[:2] == [
        f"ok        inputs folder inputs (from run.json) found as {example}",
        f"ok        scenario s.toml (from run.json) found as {tmp_path / 's.toml'}",
    ]
    decoy = elsewhere / "inputs"  # a folder of the same name here, with other files
    decoy.mkdir()
    (decoy / "funds.xlsx").write_bytes(b"other")
    chosen = cli_process("verify", tmp_path / "out" / "uniform-500", "--lang", "en", cwd=elsewhere)
    assert chosen.code == 0, chosen.text  # the folder whose files are the recorded ones
    assert f"ok        inputs folder inputs (from run.json) found as {example}" in chosen.out
    shutil.rmtree(decoy)
    example.rename(tmp_path / "moved")  # now it is nowhere: one line that says what to do
    lost = cli_process("verify", tmp_path / "out" / "uniform-500", "--lang", "en", cwd=elsewhere)
    assert lost.code == 1
    assert lost.out.splitlines()[-1] == (
        f"MISMATCH  inputs folder inputs from run.json: not found, from {elsewhere} or from a "
        "folder above the output folder; verify from the folder the run was started in, or "
        "give the inputs folder with --inputs"
    )
    given = ["--inputs", tmp_path / "moved", "--lang", "en"]
    assert cli_process("verify", tmp_path / "out" / "uniform-500", *given, cwd=elsewhere).code == 0


def test_verify_outside_an_output_folder(tmp_path: Path) -> None:
    result = cli("verify", tmp_path, "--lang", "en")
    assert result.code == 1
    assert "run.json not found" in result.err
