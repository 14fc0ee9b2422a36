"""`qa-budget verify`: prove that an output folder is what the engine produces from its inputs.

Reads run.json, checks every input file against its recorded SHA-256, recomputes the run into a
temporary folder, and compares every output: a file edited after the run is reported down to the
sheet and cell that differ.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, StringConstraints, ValidationError

from qa_budget.errors import Joined, Msg, Number, QaBudgetError, msg
from qa_budget.inputs.read import read_inputs
from qa_budget.made_from import made_from_result, read_made_from
from qa_budget.output.write import kept_files, outdated, write_run
from qa_budget.pipeline import compute
from qa_budget.result import Options
from qa_budget.scenario import Scenario, load_scenario, with_previous_plans

MAX_CELLS = 20  # differing cells listed per file


@dataclass
class Report:
    """What verify found: one finding per check (passed or not), and whether everything
    matched."""

    found: list[tuple[bool, Msg]] = field(default_factory=list)
    ok: bool = True

    def good(self, what: Msg) -> None:
        """A check that passed."""
        self.found.append((True, what))

    def bad(self, what: Msg) -> None:
        """A check that failed."""
        self.ok = False
        self.found.append((False, what))

    def text(self, lang: str = "en") -> list[str]:
        """One line per check in the language: 'ok' or 'MISMATCH' (nl: 'AFWIJKING'), then what."""
        return [
            msg("msg_verify_ok" if passed else "msg_verify_bad", what=what).text(lang)
            for passed, what in self.found
        ]

    @property
    def lines(self) -> list[str]:
        """The lines in English."""
        return self.text("en")


def _value(value: Any) -> Any:
    """A cell's value as a message shows it: empty, a number, or the text quoted."""
    if value is None or value == "":
        return msg("msg_verify_empty")
    if isinstance(value, int | float) and not isinstance(value, bool):
        return Number(value)
    return f"'{value}'" if isinstance(value, str) else str(value)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _cell_differences(recorded: Path, fresh: Path) -> list[Msg]:
    """Sheet and cell of every difference between two workbooks (values and formulas)."""
    import openpyxl

    a = openpyxl.load_workbook(recorded)
    b = openpyxl.load_workbook(fresh)
    out: list[Msg] = []
    if a.sheetnames != b.sheetnames:
        was = Joined(tuple(f"'{n}'" for n in a.sheetnames))
        now = Joined(tuple(f"'{n}'" for n in b.sheetnames))
        out.append(msg("msg_verify_sheets", was=was, now=now))
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
                    out.append(
                        msg(
                            "msg_verify_cell",
                            sheet=msg("loc_sheet", sheet=name),
                            ref=ref,
                            was=_value(va),
                            now=_value(vb),
                        )
                    )
                    if len(out) >= MAX_CELLS:
                        return out
    return out


def _located(
    recorded: str,
    folder: Path,
    report: Report,
    what: str,
    digests: Mapping[str, str] | None = None,
) -> Path:
    """A path run.json records as the run was given it (relative to the folder the run was
    started in): from here, or else from the folders above the output folder (`verify
    /path/to/outputs/x` from elsewhere). Of the folders that have it, the first whose files
    are the recorded ones (`digests`) wins, else the first; where it was found is said when
    that is not here."""
    path = Path(recorded)
    if path.is_absolute():
        return path
    found = [p for p in (path, *(base / path for base in folder.resolve().parents)) if p.exists()]
    if not found:
        return path
    same = (  # hashed only when there is a choice: verify hashes the chosen files after this
        p
        for p in found
        if len(found) > 1
        and digests
        and all((p / n).is_file() and _sha(p / n) == d for n, d in digests.items())
    )
    chosen = next(same, found[0])
    if chosen != path:
        report.good(msg(f"msg_verify_{what}_found_above", recorded=recorded, path=chosen))
    return chosen


def verify(
    folder: Path, inputs_dir: Path | None = None, scenario_path: Path | None = None
) -> Report:
    """Check an output folder against its run.json; see the module docstring."""
    record_path = folder / "run.json"
    record = _load_record(record_path)
    report = Report()
    digests = record.inputs_sha256
    inputs = inputs_dir or _located(record.inputs_dir, folder, report, "inputs", digests)
    scenario = scenario_path or _located(record.scenario_file, folder, report, "scenario")
    if not inputs.is_dir():
        looked = not inputs_dir and not inputs.is_absolute()  # here and above the outputs
        what = "msg_verify_inputs_missing" if looked else "msg_verify_inputs_given_missing"
        report.bad(msg(what, folder=inputs, here=Path.cwd()))
        return report

    for name, digest in record.inputs_sha256.items():
        path = inputs / name
        if not path.is_file():
            report.bad(msg("msg_verify_input_missing", name=name, folder=inputs))
        elif _sha(path) != digest:
            report.bad(msg("msg_verify_input_changed", name=name))
        else:
            report.good(msg("msg_verify_input_ok", name=name))
    for name, digest in record.outputs_sha256.items():
        path = folder / name
        if not path.is_file():
            report.bad(msg("msg_verify_output_missing", name=name))
        elif _sha(path) != digest:
            report.bad(msg("msg_verify_output_changed", name=name))
    if not scenario.exists():
        what = (
            "msg_verify_scenario_given_missing" if scenario_path else "msg_verify_scenario_missing"
        )
        report.bad(msg(what, path=scenario, here=Path.cwd()))
        return report

    for stale in _unrecorded(folder, record.outputs_sha256):
        report.bad(msg("msg_verify_stale", name=stale))
    read = [inputs / name for name in record.inputs_sha256]
    faculty = record.options.faculty
    options = Options(record.options.solver, record.options.allow_infeasible)
    with tempfile.TemporaryDirectory() as tmp:
        try:
            loaded = load_scenario(scenario)
            given = record.scenario.get("inputs", {}).get("previous_plans")
            if isinstance(given, str):  # --previous-plans, recorded with the run
                loaded = with_previous_plans(loaded, given)
            result = compute(loaded, read_inputs(inputs, loaded.inputs), options)
        except QaBudgetError as err:
            report.bad(msg("msg_verify_not_recomputed", why=err))
            return report
        others = outdated(folder, made_from_result(result), [*read, scenario])
        for other in others:
            report.bad(msg("msg_verify_outdated", name=other.name))
        kept = [  # made by monitor and progress from these inputs, as they say themselves
            p.name for p in kept_files(folder) if p not in others and read_made_from(p)
        ]
        if kept:  # whether they fit the inputs is checked, not their cells
            report.good(msg("msg_verify_kept", names=", ".join(kept)))
        if json.loads(json.dumps(result.scenario.model_dump(mode="json"))) != record.scenario:
            report.bad(msg("msg_verify_scenario_differs", path=scenario))
        # the record names the paths as they were given; recompute as if from there
        as_given = replace(
            result,
            scenario=_with_source(result.scenario, Path(record.scenario_file)),
            sources=replace(result.sources, folder=Path(record.inputs_dir)),
        )
        write_run(
            as_given,
            Path(tmp),
            force=True,
            stamp=record.stamp,
            lang=record.lang,
            faculty=faculty,
        )
        fresh_folder = Path(tmp) / result.scenario.name
        for name in sorted(set(record.outputs_sha256) | {"run.json"}):
            fresh, current = fresh_folder / name, folder / name
            if not current.exists() or not fresh.exists():
                continue
            if current.read_bytes() == fresh.read_bytes():
                report.good(msg("msg_verify_output_ok", name=name))
            elif name.endswith(".xlsx"):
                diffs = _cell_differences(current, fresh) or [msg("msg_verify_bytes")]
                for d in diffs:
                    report.bad(msg("msg_verify_output_cell", name=name, what=d))
            else:
                report.bad(msg("msg_verify_output_differs", name=name))
    return report


def _with_source(scenario: Scenario, path: Path) -> Scenario:
    copy = scenario.model_copy()
    copy._source = path
    copy._overrides = scenario.override_items
    return copy


_SHA = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]


def _relative(name: str) -> str:
    if not name or name.startswith("/") or "\x00" in name or len(name) > 255:
        raise ValueError("expected a file name relative to the folder")
    return name


def _inside(name: str) -> str:
    if ".." in name.split("/"):
        raise ValueError("expected a file inside the output folder")
    return _relative(name)


_NAME = Annotated[str, AfterValidator(_relative)]  # an input (may sit beside the inputs folder)
_OUTPUT = Annotated[str, AfterValidator(_inside)]


class _Options(BaseModel):
    solver: Literal["highs", "cbc"] = "highs"
    allow_infeasible: bool = False
    faculty: bool = True


class _Record(BaseModel):
    """What verify needs from run.json (other keys are the record's own business)."""

    inputs_dir: str
    scenario_file: str
    inputs_sha256: dict[_NAME, _SHA]
    outputs_sha256: dict[_OUTPUT, _SHA]
    scenario: dict[str, Any]
    options: _Options = _Options()
    lang: Literal["nl", "en"] = "nl"
    stamp: str | None = None


def _load_record(path: Path) -> _Record:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise QaBudgetError(msg("msg_verify_not_found", path=path)) from None
    except (OSError, ValueError) as err:  # unreadable, not UTF-8, not JSON
        raise QaBudgetError(
            msg("msg_verify_not_record", path=path, error=type(err).__name__)
        ) from None
    try:
        return _Record.model_validate(data)
    except ValidationError as err:
        where = ", ".join(".".join(str(p) for p in e["loc"]) or "(top level)" for e in err.errors())
        raise QaBudgetError(msg("msg_verify_old_record", path=path, where=where[:200])) from None


def _unrecorded(folder: Path, recorded: dict[str, str]) -> list[str]:
    """Workbooks in the run's folders that its record does not list (stale files)."""
    found = [p for p in (folder / "faculty").glob("*.xlsx") if p.is_file()]
    names = [p.relative_to(folder).as_posix() for p in found]
    return sorted(n for n in names if n not in recorded)
