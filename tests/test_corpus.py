"""Every class of broken input in tests/corpus/: exit code, located message, nothing written.

The cases run the command in-process (click's CliRunner on the same `main` as the installed
command) to keep the suite fast; test_cli.py runs the installed command itself.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from qa_budget.cli import main
from tests.conftest import SCENARIO, cli
from tests.corpus import CASES


@pytest.fixture(scope="session")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled example, written once; each case breaks a copy of it."""
    folder = tmp_path_factory.mktemp("pristine") / "inputs"
    assert cli("init", "--example", folder).code == 0
    return folder


def digest(folder: Path) -> dict[str, str]:
    """SHA-256 of every file under a folder, by relative path."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_the_corpus_covers_every_class() -> None:
    assert len(CASES) >= 40
    refusals = [c for c in CASES.values() if not c.ok]
    assert len(refusals) >= 35


ENGLISH = ("--lang", "en")  # the corpus records the English messages (test_messages.py: both)


@pytest.mark.parametrize("name", sorted(CASES))
def test_broken_input(name: str, pristine: Path, tmp_path: Path) -> None:
    case = CASES[name]
    inputs = tmp_path / "inputs"
    shutil.copytree(pristine, inputs)
    case.build(inputs)
    before = digest(inputs)
    out = tmp_path / "out"
    command, *options = case.command
    result = CliRunner().invoke(
        main,
        [command, str(SCENARIO), *options, "--inputs", str(inputs), "--out", str(out), *ENGLISH],
    )
    err = result.stderr
    assert result.exit_code == (0 if case.ok else 1), result.output + err
    for line in case.expected:
        assert line in err, f"{line!r} not in:\n{err}"
    for text in case.absent:
        assert text not in result.output + err
    assert "Traceback" not in result.output + err
    assert digest(inputs) == before  # reading never changes an input
    written = (
        sorted(p.relative_to(out).as_posix() for p in out.rglob("*.*")) if out.exists() else []
    )
    if case.ok:
        units = sorted(p.stem for p in (pristine / "plans").glob("[!_]*.xlsx"))
        faculty = [f"uniform-500/faculty/{u}.xlsx" for u in units]
        assert written == sorted(["uniform-500/overview.xlsx", "uniform-500/run.json", *faculty])
    else:
        assert written == []
        assert "nothing was written" in err


def test_the_limits_are_documented() -> None:
    from qa_budget.inputs import safety
    from tests.conftest import ROOT

    text = (ROOT / "docs" / "inputs.md").read_text()
    mib = 1 << 20
    assert f"| file size on disk | {safety.MAX_FILE_BYTES // mib} MB |" in text
    assert f"| parts in the zip | {safety.MAX_ENTRIES:,} |" in text
    assert f"inflated (as declared) | {safety.MAX_UNCOMPRESSED_BYTES // mib} MB |" in text
    assert f"larger than {safety.RATIO_FLOOR // mib} MB | {safety.MAX_RATIO} times |" in text
    assert f"at most {safety.PROLOG_LIMIT // 1024} KB" in text
