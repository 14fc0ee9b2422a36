"""What a monitoring or progress file was made from, written into the file itself: one SHA-256
over the input files' SHA-256s and the scenario as computed. A run and `verify` compare it with
the inputs and scenario of now to tell a file made from what has changed since ("verouderd"):
by content, so a copied or touched input folder (new file times, the same bytes) changes
nothing. A file without it (made by an earlier version) is judged by file times."""

from __future__ import annotations

import hashlib
import json
import re
import zipfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

PROPERTY = "qa-budget"  # the custom document property of a workbook that holds it
_CUSTOM = re.compile(rb'name="qa-budget"><vt:lpwstr>([0-9a-f]{64})</vt:lpwstr>')
_IDENTIFIER = re.compile(rb"<dc:identifier>([0-9a-f]{64})</dc:identifier>")


def inputs_fingerprint(hashes: Mapping[str, str]) -> str:
    """One SHA-256 over the sorted (file, SHA-256) pairs of the inputs: names the input set
    (the workbooks' footers and provenance show it)."""
    digest = hashlib.sha256()
    for name, value in sorted(hashes.items()):
        digest.update(f"{name}\t{value}\n".encode())
    return digest.hexdigest()


def made_from(hashes: Mapping[str, str], scenario: Mapping[str, Any]) -> str:
    """The SHA-256 of the inputs' fingerprint and the scenario (as JSON)."""
    text = inputs_fingerprint(hashes) + json.dumps(scenario, sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()


def read_made_from(path: Path) -> str | None:
    """The SHA-256 a workbook (custom property) or Word document (identifier) carries, or None
    (none written, or not a readable package)."""
    part, pattern = (
        ("docProps/custom.xml", _CUSTOM)
        if path.suffix == ".xlsx"
        else ("docProps/core.xml", _IDENTIFIER)
    )
    try:
        with zipfile.ZipFile(path) as package:
            info = package.getinfo(part)
            if info.file_size > 1 << 20:
                return None
            found = pattern.search(package.read(info))
    except (OSError, KeyError, zipfile.BadZipFile):
        return None
    return found.group(1).decode() if found else None


def made_from_result(result: Any) -> str:
    """`made_from` of a computed scenario: its input files and its scenario, without the
    previous plan versions (monitoring and the progress report do not use them, and a run
    may be given them from elsewhere with --previous-plans, which monitor and progress are
    not)."""
    previous = str(result.sources.files.get("previous_plans", "")).rstrip("/") + "/"
    hashes = {k: v for k, v in result.hashes.items() if not k.startswith(previous)}
    scenario = result.scenario.model_dump(mode="json")
    scenario.get("inputs", {}).pop("previous_plans", None)
    return made_from(hashes, scenario)
