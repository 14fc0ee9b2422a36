"""Shared fixtures: the installed `qa-budget` command, the bundled example, the reference tables."""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import settings

# CI draws the same examples on every run (derandomised), so a green main stays green; locally
# hypothesis explores new examples each run. HYPOTHESIS_PROFILE=ci gives the CI behaviour.
settings.register_profile("ci", derandomize=True, print_blob=True)
settings.register_profile("dev", print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = Path(__file__).resolve().parent / "reference"
SCENARIO = ROOT / "scenarios" / "uniform-500.toml"


def qa_budget_command() -> str:
    """The installed console script (next to this interpreter), as a user runs it."""
    beside = Path(sys.executable).parent / "qa-budget"
    found = str(beside) if beside.exists() else shutil.which("qa-budget")
    if found is None:
        raise RuntimeError("the qa-budget command is not installed; run `make test`")
    return found


@dataclass
class Completed:
    """Outcome of one command: exit code and both streams."""

    code: int
    out: str
    err: str

    @property
    def text(self) -> str:
        """stdout and stderr together."""
        return self.out + self.err


def cli(*args: str | Path, cwd: Path | None = None) -> Completed:
    """Run a `qa-budget` command in this process, through click's test runner (the CLI calls
    only the library; `cli_process` runs the installed command end to end)."""
    if cwd is not None:
        return cli_process(*args, cwd=cwd)
    from click.testing import CliRunner

    from qa_budget.cli import main

    result = CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)
    return Completed(result.exit_code, result.stdout, result.stderr)


def cli_process(*args: str | Path, cwd: Path | None = None) -> Completed:
    """Run the installed `qa-budget` command as a user does, in a process of its own."""
    proc = subprocess.run(
        [qa_budget_command(), *map(str, args)], capture_output=True, text=True, cwd=cwd, timeout=300
    )
    return Completed(proc.returncode, proc.stdout, proc.stderr)


@pytest.fixture
def example(tmp_path: Path) -> Path:
    """A fresh copy of the bundled example inputs, written by `qa-budget init --example`."""
    folder = tmp_path / "inputs"
    result = cli("init", "--example", folder)
    assert result.code == 0, result.text
    return folder


@pytest.fixture(scope="session")
def example_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The uniform-500 scenario run once on the example; returns the scenario's output folder."""
    base = tmp_path_factory.mktemp("run")
    assert cli("init", "--example", base / "inputs").code == 0
    result = cli("run", SCENARIO, "--inputs", base / "inputs", "--out", base / "outputs")
    assert result.code == 0, result.text
    return base / "outputs" / "uniform-500"


def reference(name: str) -> list[dict[str, str]]:
    """A reference table of the published document (tests/reference, copied from shared/)."""
    with (REFERENCE / name).open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


WHAT_IF = ROOT / "scenarios" / "uniform-550.toml"


@dataclass
class Demo:
    """The example run and compared once per session, in both languages."""

    inputs: Path
    out: dict[str, Path]  # lang -> outputs folder

    def run(self, lang: str = "nl") -> Path:
        """The uniform-500 scenario's output folder."""
        return self.out[lang] / "uniform-500"

    def pack(self, lang: str = "nl") -> Path:
        """The council comparison of uniform-500 with the EUR 550 what-if."""
        return self.out[lang] / "comparison" / "uniform-500--uniform-550.xlsx"


@pytest.fixture(scope="session")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Demo:
    base = tmp_path_factory.mktemp("demo")
    inputs = base / "inputs"
    assert cli("init", "--example", inputs).code == 0
    out = {}
    for lang in ("nl", "en"):
        out[lang] = base / f"out-{lang}"
        ran = cli("run", SCENARIO, "--inputs", inputs, "--out", out[lang], "--lang", lang)
        assert ran.code == 0, ran.text
        compared = cli(
            "compare", SCENARIO, WHAT_IF, "--inputs", inputs, "--out", out[lang], "--lang", lang
        )
        assert compared.code == 0, compared.text
    return Demo(inputs, out)
