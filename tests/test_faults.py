"""Hostile folders and faults: links in the output tree, folders in the way, read-only and full
disks, names too long, pipes as inputs, kill -9 in the middle of a run. Whatever happens the
inputs are untouched, an output set is whole, the exit code is the documented one and no
traceback is shown."""

from __future__ import annotations

import contextlib
import errno
import os
import random
import shutil
import signal
import stat
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from qa_budget.output import atomic
from tests.conftest import SCENARIO, WHAT_IF, cli, cli_process, qa_budget_command
from tests.test_corpus import digest


@contextlib.contextmanager
def small_disk(folder: Path, size: str = "64k", readonly: bool = False) -> Iterator[bool]:
    """A tiny (or read-only) file system at `folder` when this machine lets us mount one;
    yields False when it does not (the caller then makes the same fault another way)."""
    folder.mkdir(parents=True, exist_ok=True)
    options = f"size={size}" + (",ro" if readonly else "")
    mounted = (
        subprocess.run(
            ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)], capture_output=True
        ).returncode
        == 0
        if shutil.which("mount") and os.geteuid() == 0
        else False
    )
    try:
        yield mounted
    finally:
        if mounted:
            subprocess.run(["umount", str(folder)], capture_output=True)


def test_a_link_in_the_output_tree_never_leads_into_the_inputs(
    example: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    assert cli("run", SCENARIO, "--inputs", example, "--out", out).code == 0
    faculty = out / "uniform-500" / "faculty"
    shutil.rmtree(faculty)
    faculty.symlink_to(example / "plans", target_is_directory=True)  # planted
    before = digest(example)
    refused = cli("run", SCENARIO, "--inputs", example, "--out", out, "--lang", "en")
    assert refused.code == 1  # not without --force: the link is not one of the outputs
    assert f"{faculty} in the output folder is a link; nothing was written" in refused.err
    assert faculty.is_symlink() and digest(example) == before
    stray = out / "uniform-500" / "notes.txt"
    stray.symlink_to(example / "units.xlsx")  # a link that is no output
    ran = cli("run", SCENARIO, "--inputs", example, "--out", out, "--force", "--lang", "en")
    assert ran.code == 0, ran.text
    assert f"removed   {stray}" in ran.out and not stray.is_symlink()  # said, not silent
    assert digest(example) == before  # not one plan overwritten
    assert faculty.is_dir() and not faculty.is_symlink()
    assert cli("verify", out / "uniform-500").code == 0


def test_a_folder_in_the_way_of_a_workbook(example: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    blocker = out / "comparison" / "uniform-500--uniform-550.xlsx"
    blocker.mkdir(parents=True)
    result = cli("compare", SCENARIO, WHAT_IF, "--inputs", example, "--out", out, "--lang", "en")
    assert result.code == 1
    assert f"cannot write {blocker}: a folder of that name is in the way" in result.err
    assert blocker.is_dir() and list(blocker.iterdir()) == []


def test_the_run_folder_being_a_file(example: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "uniform-500").write_text("not a folder")
    result = cli("run", SCENARIO, "--inputs", example, "--out", out, "--force", "--lang", "en")
    assert result.code == 1
    assert "it is a file, not a folder" in result.err
    assert (out / "uniform-500").read_text() == "not a folder"


def test_a_full_disk(example: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "disk"
    with small_disk(out, "96k") as mounted:
        if not mounted:  # the same fault without a mount: every write reports a full disk

            def full(self: atomic.OutputFolder, target: Path) -> Path:
                raise OSError(errno.ENOSPC, "No space left on device")

            monkeypatch.setattr(atomic.OutputFolder, "stage_path", full)
        result = cli("run", SCENARIO, "--inputs", example, "--out", out, "--lang", "en")
        assert result.code == 1, result.text
        assert "the disk is full" in result.err
        assert "Traceback" not in result.text and "Internal error" not in result.err
        assert [p.name for p in out.iterdir()] == []  # no staging folder left behind


def test_a_read_only_folder(example: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "ro"
    with small_disk(out, readonly=True) as mounted:
        if not mounted:

            def read_only(self: atomic.OutputSet, target: Path) -> Path:
                raise OSError(errno.EROFS, "Read-only file system")

            monkeypatch.setattr(atomic.OutputSet, "stage_path", read_only)
        for command in (
            ["compare", SCENARIO, WHAT_IF, "--inputs", example, "--out", out],
            ["monitor", SCENARIO, "--inputs", example, "--out", out],
        ):
            result = cli(*command, "--lang", "en")
            assert result.code == 1, result.text
            assert "read-only" in result.err or "no permission" in result.err, result.err
            assert "Internal error" not in result.err


def _as_a_user(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    """The installed command as an ordinary user runs it: as root, with root's power over
    permissions dropped (setpriv), so that a read-only folder is read-only to it too."""
    drop = ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner"]
    command = [*(drop if os.geteuid() == 0 else []), qa_budget_command(), *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, cwd=cwd, timeout=300)


def test_a_read_only_output_set_is_refused_whole(example: Path, tmp_path: Path) -> None:
    """A read-only folder inside the output set (the faculty folder made read-only to keep it)
    cannot be taken away after the switch: the run refuses before it, says which folder, and
    leaves the old set as it was, with nothing beside it. It used to switch, fail to remove
    the old set (an internal error, exit 4), and leave a hidden folder that blocked later
    runs with a message naming the wrong folder."""
    out = tmp_path / "out"
    assert (
        _as_a_user("run", SCENARIO, "--inputs", example, "--out", out, cwd=tmp_path).returncode == 0
    )
    faculty = out / "uniform-500" / "faculty"
    faculty.chmod(0o555)
    before = digest(out)
    try:
        result = _as_a_user(
            "run", SCENARIO, "--inputs", example, "--out", out, "--force", "--lang", "en",
            cwd=tmp_path,
        )  # fmt: skip
        assert result.returncode == 1, result.stderr
        assert (
            f"Error: cannot replace {out / 'uniform-500'}: the folder {faculty} is read-only; "
            "give it write permission again (chmod u+w)"
        ) in result.stderr
        assert "Internal error" not in result.stderr
        assert digest(out) == before  # the old set, whole
        assert sorted(p.name for p in out.iterdir()) == ["uniform-500"]  # nothing beside it
    finally:
        faculty.chmod(0o755)
    again = _as_a_user(
        "run", SCENARIO, "--inputs", example, "--out", out, "--force", "--lang", "en", cwd=tmp_path
    )
    assert again.returncode == 0, again.stderr
    assert digest(out) != before  # now in English


def test_a_leftover_that_will_not_go_is_no_obstacle(example: Path, tmp_path: Path) -> None:
    """A dead run's staging folder that cannot be removed (read-only inside) stays where it
    is; the run goes on and writes its set."""
    out = tmp_path / "out"
    stuck = out / ".uniform-500.staging-999999999-0badc0de" / "faculty"
    stuck.mkdir(parents=True)
    (stuck / "A.xlsx").write_bytes(b"old")
    stuck.chmod(0o555)
    try:
        result = _as_a_user("run", SCENARIO, "--inputs", example, "--out", out, cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        assert (out / "uniform-500" / "overview.xlsx").is_file()
    finally:
        stuck.chmod(0o755)


def test_a_file_name_too_long(example: Path, tmp_path: Path) -> None:
    names = []
    for i in range(5):
        name = f"scenario-{i}-" + "x" * 50
        (tmp_path / f"{name}.toml").write_text(
            SCENARIO.read_text().replace('name = "uniform-500"', f'name = "{name}"')
        )
        names.append(tmp_path / f"{name}.toml")
    result = cli("compare", *names, "--inputs", example, "--out", tmp_path / "out", "--lang", "en")
    assert result.code == 1, result.text
    assert "the file name is too long for this file system" in result.err


def test_outputs_and_templates_respect_the_umask(example: Path, tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        assert cli("run", SCENARIO, "--inputs", example, "--out", tmp_path / "out").code == 0
        assert cli("init", tmp_path / "templates").code == 0
    finally:
        os.umask(old)
    files = [*(tmp_path / "out").rglob("*.*"), *(tmp_path / "templates").rglob("*.xlsx")]
    assert len(files) > 10
    for path in files:
        assert stat.S_IMODE(path.stat().st_mode) == 0o644, path
    for folder in (tmp_path / "out" / "uniform-500", tmp_path / "templates"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o755, folder


def test_a_pipe_as_an_input_workbook_is_refused_without_waiting(example: Path) -> None:
    (example / "students.xlsx").unlink()
    os.mkfifo(example / "students.xlsx")
    started = time.monotonic()
    result = cli("validate", "--inputs", example, "--lang", "en")
    assert result.code == 1
    assert "students.xlsx | this is not a regular file (a folder, pipe or device)" in result.err
    assert time.monotonic() - started < 20


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("a = " + "[" * 10_000 + "]" * 10_000, "nested too deeply"),
        ('base = "uni\\u0000form"', "key 'base': expected the name of a scenario file"),
        (
            'base = "uniform-500"\n[revenue]\nrijksbijdrage = { all = "+99999999999999999999%" }',
            "or a change such as",
        ),
        ('base = "uniform-500"\n[revenue]\nkadernota = { all = "-300%" }', "outside -100%"),
    ],
    ids=["deep", "nul", "huge-change", "below-minus-100"],
)
def test_hostile_scenario_files(content: str, message: str, example: Path, tmp_path: Path) -> None:
    shutil.copy(SCENARIO, tmp_path / "uniform-500.toml")
    path = tmp_path / "hostile.toml"
    path.write_text(content)
    result = cli("run", path, "--inputs", example, "--out", tmp_path / "out", "--lang", "en")
    assert result.code == 1, result.text
    assert message in result.err
    assert "Internal error" not in result.err


def test_a_pipe_as_a_scenario_file(example: Path, tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.toml")
    result = cli(
        "run", tmp_path / "pipe.toml", "--inputs", example, "--out", tmp_path / "o", "--lang", "en"
    )
    assert result.code == 1
    assert "not a regular file (a folder, pipe or device)" in result.err


def test_wrong_use_is_exit_code_2() -> None:
    result = cli("bench", "--sizes", "abc")
    assert result.code == 2
    assert "expected 'example' or UNITSxYEARS" in result.err


@pytest.mark.parametrize(
    "args", [["schema"], ["validate", "--inputs", "{inputs}"], ["init", "{folder}"]]
)
def test_a_reader_that_goes_away_is_no_internal_error(
    args: list[str], example: Path, tmp_path: Path
) -> None:
    """`qa-budget validate | head -1`: the pipe closes before the command is done writing.
    It stops quietly (exit 1, as click does); it said "Internal error: BrokenPipeError"."""
    words = [a.format(inputs=example, folder=tmp_path / "new") for a in args]
    proc = subprocess.Popen(
        [qa_budget_command(), *words], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # the reader is gone before the first line
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 1, err
    assert "Internal error" not in err and "Interne fout" not in err
    assert "Traceback" not in err and "BrokenPipe" not in err, err


@pytest.mark.parametrize("content", ["[1, 2", '{"inputs_dir": 3}', "\xff\xfe", "null"])
def test_a_malformed_run_record(content: str, tmp_path: Path) -> None:
    (tmp_path / "run.json").write_text(content, encoding="latin-1")
    result = cli("verify", tmp_path, "--lang", "en")
    assert result.code == 1
    assert "is not a run record" in result.err


def test_kill_9_at_any_moment_leaves_a_whole_output_set(tmp_path: Path) -> None:
    """A run of 150 units (faculty workbooks written by worker processes) killed at random
    moments: the output folder is the old set or the new one, never a mix; the workers die
    with it; the next run cleans up and verify passes."""
    from qa_budget.synthetic import generate

    inputs = tmp_path / "inputs"
    years = generate(inputs, units=150, years=2, measures=3)
    scenario = tmp_path / "s.toml"
    scenario.write_text(
        f'name = "s"\nyears = {years}\n[key]\nkind = "uniform"\namount_per_student = 500\n'
    )
    out = tmp_path / "out"
    first = cli_process("run", scenario, "--inputs", inputs, "--out", out)
    assert first.code == 0, first.text
    whole = digest(out / "s")
    assert cli("verify", out / "s").code == 0
    # new figures, so a finished run would change every file
    scenario.write_text(scenario.read_text().replace("= 500", "= 510"))
    rng = random.Random(7)
    for _ in range(3):
        proc = subprocess.Popen(
            [
                qa_budget_command(),
                "run",
                str(scenario),
                "--inputs",
                str(inputs),
                "--out",
                str(out),
                "--force",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(0.5, 6.0))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        now = digest(out / "s")
        assert now == whole or cli("verify", out / "s").code == 0  # the old set, or the new
        whole = now
    time.sleep(1.0)  # the workers of a killed run end with it: none still writes here
    workers = subprocess.run(
        ["pgrep", "-f", "multiprocessing"], capture_output=True, text=True
    ).stdout.split()
    assert _no_writers(workers, out)
    final = cli("run", scenario, "--inputs", inputs, "--out", out, "--force")
    assert final.code == 0, final.text
    assert cli("verify", out / "s").code == 0
    leftovers = [p.name for p in out.iterdir() if p.name.startswith(".")]
    assert leftovers == []
    hidden = [p for p in (out / "s").rglob(".*")]
    assert hidden == []


def _no_writers(pids: list[str], out: Path) -> bool:
    """None of these processes has a file open under the output folder."""
    for pid in pids:
        with contextlib.suppress(OSError):
            for fd in Path(f"/proc/{pid}/fd").iterdir():
                if str(out) in os.readlink(fd):
                    return False
    return True
