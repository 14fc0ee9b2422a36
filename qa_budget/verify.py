"""`qa-budget verify`: prove that an output folder is what the engine produces from its inputs.

Reads run.json, checks every input file against its recorded SHA-256, recomputes the run into a
temporary folder, and compares every output: a file edited after the run is reported down to the
sheet and cell that differ.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from qa_budget.errors import QaBudgetError
from qa_budget.inputs.read import read_inputs
from qa_budget.output.write import write_run
from qa_budget.pipeline import compute
from qa_budget.result import Options
from qa_budget.scenario import Scenario, load_scenario, with_previous_plans

MAX_CELLS = 20  # differing cells listed per file


@dataclass
class Report:
    """What verify found: one line per check, and whether everything matched."""

    lines: list[str] = field(default_factory=list)
    ok: bool = True

    def good(self, text: str) -> None:
        """A check that passed."""
        self.lines.append(f"ok        {text}")

    def bad(self, text: str) -> None:
        """A check that failed."""
        self.ok = False
        self.lines.append(f"MISMATCH  {text}")


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _cell_differences(recorded: Path, fresh: Path) -> list[str]:
    """Sheet and cell of every difference between two workbooks (values and formulas)."""
    import openpyxl

    a = openpyxl.load_workbook(recorded)
    b = openpyxl.load_workbook(fresh)
    out: list[str] = []
    if a.sheetnames != b.sheetnames:
        out.append(f"sheets {a.sheetnames} instead of {b.sheetnames}")
    for name in b.sheetnames:
        if name not in a.sheetnames:
            continue
        wa, wb = a[name], b[name]
        rows = max(wa.max_row, wb.max_row)
        cols = max(wa.max_column, wb.max_column)
        for r in range(1, rows + 1):
            for c in range(1, cols + 1):
                va, vb = wa.cell(r, c).value, wb.cell(r, c).value
                if va != vb and not (va in (None, "") and vb in (None, "")):
                    ref = wb.cell(r, c).coordinate
                    out.append(f"Sheet '{name}' › {ref}: {va!r} in the file, {vb!r} recomputed")
                    if len(out) >= MAX_CELLS:
                        return out
    return out


def verify(
    folder: Path, inputs_dir: Path | None = None, scenario_path: Path | None = None
) -> Report:
    """Check an output folder against its run.json; see the module docstring."""
    record_path = folder / "run.json"
    try:
        record: dict[str, Any] = json.loads(record_path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise QaBudgetError(
            f"{record_path} not found: point verify at a folder written by "
            "`qa-budget run` (outputs/<scenario>/)"
        ) from None
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise QaBudgetError(f"{record_path} is not a run record ({err})") from None
    needed = ("inputs_dir", "scenario_file", "inputs_sha256", "outputs_sha256", "scenario")
    missing = [k for k in needed if k not in record]
    if missing:
        raise QaBudgetError(
            f"{record_path} lacks {', '.join(missing)}: it was not written by "
            "this version of qa-budget; run the scenario again"
        )
    report = Report()
    inputs = inputs_dir or Path(record["inputs_dir"])
    scenario = scenario_path or Path(record["scenario_file"])

    for name, digest in record["inputs_sha256"].items():
        path = inputs / name
        if not path.exists():
            report.bad(f"input {name}: missing from {inputs}")
        elif _sha(path) != digest:
            report.bad(f"input {name}: changed since the run (SHA-256 differs)")
        else:
            report.good(f"input {name}")
    for name, digest in record["outputs_sha256"].items():
        path = folder / name
        if not path.exists():
            report.bad(f"output {name}: missing")
        elif _sha(path) != digest:
            report.bad(f"output {name}: changed after the run (SHA-256 differs from run.json)")
    if not scenario.exists():
        report.bad(f"scenario {scenario}: not found")
        return report

    recorded = dict(record.get("options", {}))
    faculty = bool(recorded.pop("faculty", True))
    options = Options(**recorded)
    with tempfile.TemporaryDirectory() as tmp:
        try:
            loaded = load_scenario(scenario)
            given = record["scenario"].get("inputs", {}).get("previous_plans")
            if isinstance(given, str):  # --previous-plans, recorded with the run
                loaded = with_previous_plans(loaded, given)
            result = compute(loaded, read_inputs(inputs, loaded.inputs), options)
        except QaBudgetError as err:
            report.bad(f"the run cannot be recomputed: {err}")
            return report
        if json.loads(json.dumps(result.scenario.model_dump(mode="json"))) != record["scenario"]:
            report.bad(f"scenario {scenario}: differs from the one recorded in run.json")
        # the record names the paths as they were given; recompute as if from there
        as_given = replace(
            result,
            scenario=_with_source(result.scenario, Path(record["scenario_file"])),
            sources=replace(result.sources, folder=Path(record["inputs_dir"])),
        )
        write_run(
            as_given,
            Path(tmp),
            force=True,
            stamp=record.get("stamp"),
            lang=record.get("lang", "nl"),
            faculty=faculty,
        )
        fresh_folder = Path(tmp) / result.scenario.name
        for name in sorted(set(record["outputs_sha256"]) | {"run.json"}):
            fresh, current = fresh_folder / name, folder / name
            if not current.exists() or not fresh.exists():
                continue
            if current.read_bytes() == fresh.read_bytes():
                report.good(f"output {name}: identical to a fresh run")
            elif name.endswith(".xlsx"):
                diffs = _cell_differences(current, fresh) or ["bytes differ (no cell differs)"]
                for d in diffs:
                    report.bad(f"output {name} › {d}")
            else:
                report.bad(f"output {name}: differs from a fresh run")
    return report


def _with_source(scenario: Scenario, path: Path) -> Scenario:
    copy = scenario.model_copy()
    copy._source = path
    copy._overrides = scenario.overrides
    return copy
