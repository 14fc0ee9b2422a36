"""Nothing lost: inputs are never written, a failing run leaves earlier outputs as they were."""

from __future__ import annotations

import errno
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from qa_budget.cli import main
from qa_budget.output import atomic
from tests.conftest import SCENARIO, cli
from tests.test_corpus import digest


def test_out_elsewhere_leaves_the_inputs_folder_alone(example: Path, tmp_path: Path) -> None:
    before = digest(example)
    assert cli("run", SCENARIO, "--inputs", example, "--out", tmp_path / "out").code == 0
    assert digest(example) == before


@pytest.mark.parametrize("inside", [".", "outputs", "plans/out"])
def test_out_inside_the_inputs_folder_is_refused(example: Path, inside: str) -> None:
    before = digest(example)
    result = cli("run", SCENARIO, "--inputs", example, "--out", example / inside, "--lang", "en")
    assert result.code == 1
    where = "the" if inside == "." else "inside the"
    assert f"is {where} inputs folder" in result.err
    assert "never writes into its inputs" in result.err
    assert digest(example) == before  # no new or changed file, no new folder
    assert sorted(p.name for p in example.iterdir()) == sorted(
        [
            *("funds.xlsx", "indicators.xlsx", "plans", "previous-plans", "realised.xlsx"),
            *("reference.xlsx", "register.toml", "students.xlsx", "units.xlsx"),
        ]
    )


def test_out_through_a_symlink_into_the_inputs_is_refused(example: Path, tmp_path: Path) -> None:
    link = tmp_path / "link"
    link.symlink_to(example, target_is_directory=True)
    result = cli("run", SCENARIO, "--inputs", example, "--out", link / "out", "--lang", "en")
    assert result.code == 1
    assert "never writes into its inputs" in result.err


def _run(inputs: Path, out: Path, *extra: str) -> tuple[int, str]:
    result = CliRunner().invoke(
        main,
        ["run", str(SCENARIO), "--inputs", str(inputs), "--out", str(out), "--lang", "en", *extra],
    )
    return result.exit_code, result.stderr


def _changed_inputs(example: Path, tmp_path: Path) -> Path:
    """A copy of the example with other figures, so its outputs differ."""
    import openpyxl

    changed = tmp_path / "changed"
    shutil.copytree(example, changed)
    wb = openpyxl.load_workbook(changed / "students.xlsx")
    wb["Studenten"]["D2"] = 10
    wb.save(changed / "students.xlsx")
    return changed


def test_a_write_error_midway_keeps_earlier_outputs(
    example: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    assert _run(example, out)[0] == 0
    before = digest(out)
    changed = _changed_inputs(example, tmp_path)

    def disk_full(self: atomic.OutputFolder, target: Path, data: bytes) -> None:
        path = self.stage_path(target)
        path.write_bytes(data[: len(data) // 2])  # half a file, then the disk is full
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.OutputFolder, "write_bytes", disk_full)
    code, err = _run(changed, out, "--force")
    assert code == 1
    assert "cannot write" in err and "the disk is full" in err
    assert "earlier outputs are untouched" in err
    assert digest(out) == before  # no staging folder left, earlier outputs intact


def test_a_switch_failing_midway_is_rolled_back(
    example: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Without the one-step exchange, the switch is two renames: the old folder aside, the new
    # one in. When the second fails, the old folder is put back.
    out = tmp_path / "out"
    assert _run(example, out)[0] == 0
    before = digest(out)
    changed = _changed_inputs(example, tmp_path)
    real_rename = atomic.os.rename
    calls: list[str] = []

    def flaky_rename(src: str | Path, dst: str | Path) -> None:
        calls.append(str(dst))
        if ".staging-" in str(src):
            raise OSError(errno.EACCES, "Permission denied")
        real_rename(src, dst)

    monkeypatch.setattr(atomic, "_exchange", lambda a, b: False)
    monkeypatch.setattr(atomic.os, "rename", flaky_rename)
    code, err = _run(changed, out, "--force")
    assert code == 1
    assert "no permission to write there" in err
    assert any(".old-" in c for c in calls)  # the old set was moved aside, then back
    assert digest(out) == before


def test_a_scenario_named_like_the_inputs_folder_cannot_write_into_it(
    example: Path, tmp_path: Path
) -> None:
    scenario = tmp_path / "inputs.toml"
    scenario.write_text(SCENARIO.read_text().replace('"uniform-500"', '"inputs"'))
    before = digest(example)
    result = cli("run", scenario, "--inputs", example, "--out", example.parent, "--lang", "en")
    assert result.code == 1
    assert "never writes into its inputs" in result.err
    assert digest(example) == before


def test_a_run_on_changed_inputs_says_which_kept_files_are_outdated(
    example: Path, tmp_path: Path
) -> None:
    # run, then monitor: monitoring.xlsx is made from these inputs. A run on the same inputs
    # keeps it silently; once students.xlsx changed, every run keeps it too (it is not the
    # run's to remove) but calls it outdated, and verify fails on it, until it is made again.
    # A file of the user's own in the folder is none of this.
    import os

    import openpyxl

    out = tmp_path / "out"
    for command in ("run", "monitor"):
        assert cli(command, SCENARIO, "--inputs", example, "--out", out, "--lang", "en").code == 0
    own = out / "uniform-500" / "notes.txt"
    own.write_text("mine")
    os.utime(own, (1_600_000_000, 1_600_000_000))  # older than every input
    same = cli("run", SCENARIO, "--inputs", example, "--out", out, "--lang", "en")
    assert same.code == 0 and "outdated" not in same.out
    wb = openpyxl.load_workbook(example / "students.xlsx")
    wb["Studenten"]["D2"] = wb["Studenten"]["D2"].value + 10
    wb.save(example / "students.xlsx")
    monitoring = out / "uniform-500" / "monitoring.xlsx"
    for _ in range(2):  # the first run after the change and every one after it
        changed = cli("run", SCENARIO, "--inputs", example, "--out", out, "--force", "--lang", "en")
        assert changed.code == 0, changed.text
        assert f"outdated  {monitoring}" in changed.out and monitoring.exists()
        assert "outdated: made before the inputs or the scenario last changed" in changed.out
        assert "notes.txt" not in changed.out and own.read_text() == "mine"
    checked = cli("verify", out / "uniform-500", "--lang", "en")
    assert checked.code == 1
    assert "outdated monitoring.xlsx: made before the inputs or the scenario last changed" in (
        checked.out
    )
    # made again from the new inputs, it is no longer called outdated
    assert cli("monitor", SCENARIO, "--inputs", example, "--out", out, "--force").code == 0
    again = cli("run", SCENARIO, "--inputs", example, "--out", out, "--lang", "en")
    assert again.code == 0 and "outdated" not in again.out
    assert cli("verify", out / "uniform-500").code == 0


def test_kept_files_are_judged_by_what_they_were_made_from(example: Path, tmp_path: Path) -> None:
    # monitoring.xlsx and the progress report carry what they were made from (the inputs'
    # SHA-256s and the scenario): new file times on unchanged inputs (a copied or touched
    # folder) make nothing outdated (it made verify fail); verify names them as made from
    # these inputs, not recomputed cell by cell (it said "every output identical" of them)
    import os
    import time

    out = tmp_path / "out"
    for command in (["run"], ["monitor"], ["progress", "--year", "2020"]):
        done = cli(command[0], SCENARIO, *command[1:], "--inputs", example, "--out", out)
        assert done.code == 0, done.text
    later = time.time() + 3600
    for path in example.rglob("*"):
        os.utime(path, (later, later))  # every input newer than every output
    os.utime(SCENARIO, None)
    same = cli("run", SCENARIO, "--inputs", example, "--out", out)
    assert same.code == 0 and "verouderd" not in same.out, same.out
    checked = cli("verify", out / "uniform-500", "--lang", "en")
    assert checked.code == 0, checked.out
    assert (
        "ok        monitoring.xlsx, progress-2020.docx, progress-2020.xlsx: made with qa-budget "
        "monitor or progress from these inputs and this scenario (not recomputed cell by cell)"
    ) in checked.out.splitlines()


def test_previous_plans_from_elsewhere_do_not_make_kept_files_outdated(
    example: Path, tmp_path: Path
) -> None:
    # monitor and progress have no --previous-plans: what they were made from leaves the
    # previous versions out, or a run given them from elsewhere calls monitoring.xlsx outdated
    # every time, and verify fails, with nothing changed
    import shutil

    elsewhere = tmp_path / "versions"
    shutil.move(example / "previous-plans", elsewhere)
    out = tmp_path / "out"
    versions = ["--previous-plans", elsewhere]
    assert cli("run", SCENARIO, "--inputs", example, "--out", out, *versions).code == 0
    assert cli("monitor", SCENARIO, "--inputs", example, "--out", out).code == 0
    again = cli("run", SCENARIO, "--inputs", example, "--out", out, *versions)
    assert again.code == 0 and "verouderd" not in again.out, again.out
    assert cli("verify", out / "uniform-500").code == 0
