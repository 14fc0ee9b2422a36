"""The installation is the one the suite was run with: every package pinned in constraints.txt."""

from __future__ import annotations

import re
from importlib import metadata

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
