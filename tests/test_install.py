"""The installation is the one the suite was run with: every package pinned in constraints.txt."""

from __future__ import annotations

import re
import shutil
import warnings
from importlib import metadata
from pathlib import Path

from tests.conftest import ROOT


def _pins() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "constraints.txt").read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, version = line.split("==")
            pins[re.sub(r"[-_.]+", "-", name).lower()] = version
    return pins


def test_every_installed_package_is_the_pinned_version() -> None:
    pins = _pins()
    installed = {
        re.sub(r"[-_.]+", "-", d.metadata["Name"]).lower(): d.version
        for d in metadata.distributions()
    }
    installed.pop("qa-budget")
    assert {n: v for n, v in installed.items() if pins.get(n) != v} == {}


def test_every_dependency_of_the_project_is_pinned() -> None:
    pins = _pins()
    requires = metadata.requires("qa-budget") or []
    for requirement in requires:
        name = re.split(r"[ <>=!~;\[]", requirement, maxsplit=1)[0]
        assert re.sub(r"[-_.]+", "-", name).lower() in pins, requirement


def _build_warnings(pyproject: Path) -> list[str]:
    """The warnings setuptools gives while reading a pyproject.toml, as `pip install` does for
    every build step (make demo showed each of them several times)."""
    from setuptools.config.pyprojecttoml import apply_configuration
    from setuptools.dist import Distribution

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        apply_configuration(Distribution(), str(pyproject))
    return [str(w.message).splitlines()[0] for w in caught]


def test_the_build_configuration_gives_no_setuptools_warning(tmp_path: Path) -> None:
    assert _build_warnings(ROOT / "pyproject.toml") == []
    # the check sees the deprecated form the project once had (a license table, not SPDX)
    old = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    old = old.replace('license = "EUPL-1.2"', 'license = { text = "EUPL-1.2" }')
    (tmp_path / "pyproject.toml").write_text(old, encoding="utf-8")
    shutil.copyfile(ROOT / "README.md", tmp_path / "README.md")
    assert _build_warnings(tmp_path / "pyproject.toml") == [
        "`project.license` as a TOML table is deprecated"
    ]
