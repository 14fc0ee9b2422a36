"""The command as a user runs it: exit codes, located messages, files written (in-process
through click's runner, and end to end as an installed command where the process matters)."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import openpyxl
import pytest

from tests.conftest import ROOT, SCENARIO, cli, cli_process


def _edit(path: Path, sheet: str, cells: dict[str, object]) -> None:
    wb = openpyxl.load_workbook(path)
    for ref, value in cells.items():
        wb[sheet][ref] = value
    wb.save(path)


def _digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_help_lists_every_command() -> None:
    result = cli_process("--help")
    assert result.code == 0
    for command in ("init", "validate", "run", "monitor", "schema"):
        assert command in result.out


def test_run_prints_summary_and_writes_outputs(example: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = cli_process("run", SCENARIO, "--inputs", example, "--out", out)
    assert result.code == 0, result.text
    # still to allocate 2024 is 3,210 k EUR, the result -84 k EUR (the published annex); the
    # summary is in the language of the outputs (Dutch by default), with its number format
    assert "2024" in result.out and "3.210" in result.out and "Nog te alloceren" in result.out
    assert "-84" in result.out
    english = cli("run", SCENARIO, "--inputs", example, "--out", out, "--lang", "en", "--force")
    assert "3,210" in english.out and "Still to allocate" in english.out
    assert (out / "uniform-500" / "overview.xlsx").exists()
    assert (out / "uniform-500" / "run.json").exists()
    assert str(out / "uniform-500" / "overview.xlsx") in result.out


def test_same_inputs_give_identical_bytes(example: Path, tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    assert cli("run", SCENARIO, "--inputs", example, "--out", a, "--lang", "en").code == 0
    assert cli("run", SCENARIO, "--inputs", example, "--out", b, "--lang", "en").code == 0
    assert _digest(a) == _digest(b)
    rerun = cli("run", SCENARIO, "--inputs", example, "--out", a, "--lang", "en")
    assert rerun.code == 0 and "unchanged" in rerun.out


def test_validate_ok_on_example(example: Path) -> None:
    result = cli("validate", "--inputs", example)
    assert result.code == 0, result.text
    assert "OK" in result.out


def test_validate_reports_every_error_with_its_cell(example: Path) -> None:
    _edit(example / "students.xlsx", "Studenten", {"D3": "n.v.t.", "D5": 12.5, "A6": "XYZ"})
    _edit(example / "plans" / "FGW.xlsx", "Maatregelen", {"B2": 7, "C3": "€ 500", "D4": "1.234,56"})
    _edit(example / "funds.xlsx", "Centraal", {"F2": "subsidie"})
    result = cli("validate", "--inputs", example, "--lang", "en")
    assert result.code == 1
    expected = [
        "students.xlsx › Sheet 'Studenten' › D3 | expected a whole number of students",
        "students.xlsx › Sheet 'Studenten' › D5 | expected a whole number of students (0 or "
        "more), got the fraction 12.5",
        "students.xlsx › Sheet 'Studenten' › A6 | unit 'XYZ' is not in units.xlsx",
        "plans/FGW.xlsx › Sheet 'Maatregelen' › B2 | expected a theme number 1-6, got 7",
        "plans/FGW.xlsx › Sheet 'Maatregelen' › C3 | expected an amount in EUR as a number, or pm "
        "for an amount that waits for a decision, got "
        "'€ 500'; type the number without the currency sign",
        "plans/FGW.xlsx › Sheet 'Maatregelen' › D4 | expected an amount in EUR as a number, or pm "
        "for an amount that waits for a decision, got "
        "'1.234,56'; this looks like Dutch notation",
        "funds.xlsx › Sheet 'Centraal' › F2 | expected one of kwaliteitsafspraken / NPO / overig",
    ]
    for line in expected:
        assert line in result.err, line
    assert "7 input errors found" in result.err
    assert "Traceback" not in result.text


def test_run_on_broken_inputs_writes_nothing(example: Path, tmp_path: Path) -> None:
    _edit(example / "funds.xlsx", "Middelen", {"C3": "onbekend"})
    out = tmp_path / "out"
    result = cli("run", SCENARIO, "--inputs", example, "--out", out, "--lang", "en")
    assert result.code == 1
    assert "funds.xlsx › Sheet 'Middelen' › C3" in result.err
    assert not out.exists() or not any(out.rglob("*.xlsx"))


def test_missing_sheet_column_and_file(example: Path) -> None:
    wb = openpyxl.load_workbook(example / "units.xlsx")
    wb["Eenheden"].title = "Units"
    wb.save(example / "units.xlsx")
    _edit(example / "students.xlsx", "Studenten", {"D1": "Aantal"})
    (example / "plans" / "LUMC.xlsx").rename(example / "plans" / "UMC.xlsx")
    (example / "funds.xlsx").unlink()
    result = cli("validate", "--inputs", example, "--lang", "en")
    assert result.code == 1
    assert (
        "units.xlsx | sheet 'Eenheden' is missing; the workbook has: 'Toelichting', 'Units'"
        in result.err
    )
    assert "students.xlsx › Sheet 'Studenten' › D1 | unexpected column 'Aantal'" in result.err
    assert "column 'EER-studenten' is missing" in result.err
    assert "funds.xlsx | file not found" in result.err
    # units.xlsx could not be read: no cross-file check repeats that for every plan and count
    assert "no unit 'UMC' in units.xlsx" not in result.err
    assert "is not in units.xlsx" not in result.err


def test_plan_named_after_no_unit(example: Path) -> None:
    (example / "plans" / "LUMC.xlsx").rename(example / "plans" / "UMC.xlsx")
    result = cli("validate", "--inputs", example, "--lang", "en")
    assert result.code == 1
    assert "plans/UMC.xlsx | no unit 'UMC' in units.xlsx" in result.err
    assert "warning: plans/LUMC.xlsx | no plan for unit LUMC" in result.err


def test_not_a_workbook(example: Path) -> None:
    (example / "units.xlsx").write_text("code,name\nFGW,Geesteswetenschappen\n")
    result = cli("validate", "--inputs", example, "--lang", "en")
    assert result.code == 1
    assert "units.xlsx | this is a text file (e.g. CSV), not an Excel workbook" in result.err
    assert "Traceback" not in result.text


def test_warnings_do_not_block(example: Path) -> None:
    _edit(example / "plans" / "ICLON.xlsx", "Maatregelen", {"F2": 900000})  # 2022 (C-E: 2019-21)
    result = cli("validate", "--inputs", example, "--lang", "en")
    assert result.code == 0
    assert "warning: plans/ICLON.xlsx › Sheet 'Maatregelen' | ICLON plans" in result.err
    assert "more than its allocation" in result.err


def test_scenario_errors_name_the_key(tmp_path: Path, example: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(
        'name = "x"\nyears = [2022]\nfoo = 1\n[key]\nkind = "uniform"\namount_per_student = -5\n'
    )
    result = cli("run", bad, "--inputs", example, "--out", tmp_path / "o", "--lang", "en")
    assert result.code == 1
    assert "unknown key 'foo'" in result.err
    assert "key 'key.amount_per_student'" in result.err
    assert "Traceback" not in result.text


def test_scenario_year_without_funds(tmp_path: Path, example: Path) -> None:
    scenario = tmp_path / "later.toml"
    scenario.write_text(
        SCENARIO.read_text()
        .replace("[2022, 2023, 2024]", "[2024, 2025]")
        .replace('"uniform-500"', '"later"')
    )
    result = cli("run", scenario, "--inputs", example, "--out", tmp_path / "o", "--lang", "en")
    assert result.code == 1
    assert "funds.xlsx › Sheet 'Middelen' | no row for year 2025" in result.err
    assert "plans/FGW.xlsx › Sheet 'Maatregelen' › row 1 | no column for year 2025" in result.err


def test_usage_error_exit_code_2() -> None:
    assert cli_process("run").code == 2
    assert cli_process("frobnicate").code == 2


def test_missing_scenario_file(tmp_path: Path) -> None:
    result = cli_process("run", tmp_path / "nope.toml", "--lang", "en")
    assert result.code == 1
    assert "file not found" in result.err


def test_existing_output_not_overwritten_without_force(example: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert cli("run", SCENARIO, "--inputs", example, "--out", out).code == 0
    overview = out / "uniform-500" / "overview.xlsx"
    before = overview.read_bytes()
    _edit(example / "students.xlsx", "Studenten", {"D2": 10})  # inputs change: new figures
    refused = cli("run", SCENARIO, "--inputs", example, "--out", out)
    assert refused.code == 1
    assert "--force" in refused.err
    assert overview.read_bytes() == before
    assert not list((out / "uniform-500").glob(".*tmp"))
    forced = cli("run", SCENARIO, "--inputs", example, "--out", out, "--force")
    assert forced.code == 0
    assert overview.read_bytes() != before


def test_reading_never_modifies_inputs(example: Path, tmp_path: Path) -> None:
    before = _digest(example)
    assert cli("validate", "--inputs", example).code == 0
    assert cli("run", SCENARIO, "--inputs", example, "--out", tmp_path / "o").code == 0
    assert _digest(example) == before


def test_init_templates_and_refusal_to_overwrite(tmp_path: Path) -> None:
    folder = tmp_path / "new"
    assert cli("init", folder).code == 0
    assert (folder / "plans" / "_sjabloon.xlsx").exists()
    (folder / "units.xlsx").write_bytes(b"mine")
    again = cli("init", "--example", folder)
    assert again.code == 1
    assert (folder / "units.xlsx").read_bytes() == b"mine"


def test_init_example_matches_committed_inputs(example: Path) -> None:
    committed = ROOT / "inputs"
    assert _digest(example) == _digest(committed)


def test_unexpected_error_is_one_line_with_debug_hint(
    monkeypatch: pytest.MonkeyPatch, example: Path, tmp_path: Path
) -> None:
    from click.testing import CliRunner

    from qa_budget import cli as cli_module
    from qa_budget import pipeline

    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("simulated failure")

    monkeypatch.setattr(pipeline, "reconcile", boom)
    runner = CliRunner()
    result = runner.invoke(
        cli_module.main,
        [
            "run",
            str(SCENARIO),
            "--inputs",
            str(example),
            "--out",
            str(tmp_path / "o"),
            "--lang",
            "en",
        ],
    )
    assert result.exit_code == 4
    assert "Internal error: RuntimeError: simulated failure" in result.output
    assert "--debug" in result.output
    debug = runner.invoke(
        cli_module.main,
        ["--debug", "run", str(SCENARIO), "--inputs", str(example), "--out", str(tmp_path / "o")],
    )
    assert isinstance(debug.exception, RuntimeError)


def test_python_dash_m(example: Path) -> None:
    import subprocess
    import sys

    proc = subprocess.run(
        [sys.executable, "-m", "qa_budget", "validate", "--inputs", str(example)],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stderr
    shutil.rmtree(example)


def test_validate_without_years(example: Path) -> None:
    wb = openpyxl.load_workbook(example / "funds.xlsx")
    wb["Middelen"].delete_rows(2, 10)
    wb.save(example / "funds.xlsx")
    result = cli("validate", "--inputs", example, "--lang", "en")
    assert result.code == 1
    assert "funds.xlsx › Sheet 'Middelen' | no budget years: the sheet has no rows" in result.err
    assert "ignored" not in result.err


def test_many_files_in_one_folder_are_counted(capsys: pytest.CaptureFixture[str]) -> None:
    """A sector's faculty workbooks are one counted line, not thousands; a few stay listed."""
    from qa_budget.cli import LISTED_PER_FOLDER, _print_written

    faculty = [(Path("out/s/faculty") / f"U{i:04d}.xlsx", "written") for i in range(2000)]
    few = [(Path("out/s/overview.xlsx"), "written"), (Path("out/s/run.json"), "unchanged")]
    _print_written([*faculty, *few], "en")
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == (
        f"written   2000 files in {Path('out/s/faculty')}/ (U0000.xlsx ... U1999.xlsx)"
    )
    assert lines[1:] == [
        f"written   {Path('out/s/overview.xlsx')}",
        f"unchanged {Path('out/s/run.json')}",
    ]
    capsys.readouterr()
    _print_written(faculty[:LISTED_PER_FOLDER])
    assert len(capsys.readouterr().out.splitlines()) == LISTED_PER_FOLDER


def test_compare_prints_the_unit_allocations_each_overview_shows(
    example: Path, tmp_path: Path
) -> None:
    # one figure, one number: compare's k EUR line per year is the overview's 'Allocation to
    # units' of the same scenario (rounded by largest remainder so that its column adds up),
    # not a second rounding of its own. In revenue-plus-3pct's 2023 the two differ: the exact
    # unit allocations round half-up to 15,752 k EUR, the overview's column shows 15,751.
    out = tmp_path / "out"
    what_if = ROOT / "scenarios" / "revenue-plus-3pct.toml"
    for scenario in (SCENARIO, what_if):
        assert cli("run", scenario, "--inputs", example, "--out", out, "--lang", "en").code == 0
    done = cli("compare", SCENARIO, what_if, "--inputs", example, "--out", out, "--lang", "en")
    assert done.code == 0, done.text
    lines = done.out.splitlines()
    at = lines.index(next(x for x in lines if x.startswith("Unit allocations, k EUR")))
    printed = {int(x.split()[0]): x.split()[1:] for x in lines[at + 1 : at + 4]}
    assert printed[2023][1] == "15,751"
    for i, name in enumerate(("uniform-500", "revenue-plus-3pct")):
        ws = openpyxl.load_workbook(out / name / "overview.xlsx", data_only=True)["Overview"]
        rows = list(ws.iter_rows(values_only=True))
        head = next(j for j, r in enumerate(rows) if r[1] == "Still to allocate (amounts in k EUR)")
        years, units = rows[head + 1][2:5], rows[head + 2]
        assert units[1] == "Allocation to units"
        for year, value in zip(years, units[2:5], strict=True):
            assert printed[int(year)][i] == f"{value:,}"
