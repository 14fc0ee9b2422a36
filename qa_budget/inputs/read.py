"""Reading every input workbook once: `read_inputs(folder) -> InputSet`.

Each file is read into memory once and parsed from those bytes, which are hashed for run.json;
nothing is checked across tables here (check.py does that for the years a run computes).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

from qa_budget.errors import Location, Problem, msg
from qa_budget.inputs.readers import Columns, frame, partial
from qa_budget.inputs.registry import BY_KEY, WORKBOOKS, InputWorkbook
from qa_budget.inputs.source import read_source
from qa_budget.inputs.tables import InputSet
from qa_budget.inputs.workbook import Workbook
from qa_budget.stages import tick
from qa_budget.workers import count, parallel_map, started


@dataclass
class _Reading:
    tables: dict[str, list[pl.DataFrame | Columns]] = field(default_factory=dict)
    hashes: dict[str, str] = field(default_factory=dict)
    problems: dict[str, list[Problem]] = field(default_factory=dict)
    present: set[str] = field(default_factory=set)
    unreadable: set[str] = field(default_factory=set)
    unit_files: dict[str, dict[str, str]] = field(default_factory=dict)
    documents: dict[str, Any] = field(default_factory=dict)

    def merge(self, other: _Reading) -> None:
        """Take over what a worker read (in the order it read it)."""
        for table, frames in other.tables.items():
            self.tables.setdefault(table, []).extend(frames)
        self.hashes |= other.hashes
        for key, problems in other.problems.items():
            self.problems.setdefault(key, []).extend(problems)
        self.unreadable |= other.unreadable

    def read_one(self, spec: InputWorkbook, path: Path, name: str, *args: str) -> None:
        source = read_source(path, name, workbook=spec.kind == "workbook")
        if source.sha256 is not None:
            self.hashes[name] = source.sha256
        if spec.kind == "toml":
            document, problems = spec.read(source)
            self.problems[spec.key] += problems
            if document is None:
                self.unreadable.add(spec.key)
            else:
                self.documents[spec.key] = document
            return
        book = Workbook(source)
        tables, problems = spec.read(book, *args)
        for table, data in tables.items():
            self.tables.setdefault(table, []).append(data)
        self.problems[spec.key] += problems
        if not spec.per_unit and (
            book.refused
            or any(p.severity == "error" and p.location.cell in (None, _ROW_1) for p in problems)
        ):
            self.unreadable.add(spec.key)


_ROW_1 = msg("loc_row", n=1)


def plan_files(folder: Path, shown: str) -> tuple[dict[str, Path], list[Problem]]:
    """The workbooks in a per-unit folder by unit code (from the file name)."""
    problems: list[Problem] = []
    files: dict[str, Path] = {}
    for path in sorted(folder.iterdir()):
        if path.name.startswith(("~$", ".", "_")) or path.is_dir():
            continue  # Excel lock files, hidden files, templates (_sjabloon.xlsx)
        if path.stem in files:
            problems.append(
                Problem(
                    Location(f"{shown}/{path.name}"),
                    msg(
                        "msg_plan_second",
                        unit=path.stem,
                        other=f"{shown}/{files[path.stem].name}",
                    ),
                )
            )
            continue
        files[path.stem] = path
    return files, problems


PARALLEL_FROM = 200  # workbooks in a per-unit folder; below this one process reads faster
CHUNK = 100


def _read_chunk(job: tuple[str, list[tuple[str, str, str]]]) -> _Reading:
    """Read some of a per-unit folder's workbooks (in a worker process)."""
    key, items = job
    reading = _Reading()
    reading.problems[key] = []
    for unit, file, name in items:
        reading.read_one(BY_KEY[key], Path(file), name, unit)
    return reading


def read_inputs(folder: Path | str, files: Mapping[str, str] | Any = None) -> InputSet:
    """Read every input workbook in `folder` once; nothing is checked across tables yet.

    `files` names the workbooks (a scenario's `inputs` table, or a mapping of workbook key to
    file name); the defaults follow `qa-budget init`. Problems found in the cells are kept
    with the workbook; `check_inputs` (or `compute`) reports them with the rest.
    """
    folder = Path(folder)
    names = _names(files)
    reading = _Reading()
    with ExitStack() as running:
        # The first per-unit folder large enough for worker processes is handed to them before
        # anything else is read, so that this process reads the single workbooks meanwhile.
        early = _start_early(folder, names, running)
        for spec in WORKBOOKS:
            _read_workbook(reading, spec, folder, names[spec.key], early)
    tables = {
        table: _assemble(reading.tables.get(table, []), schema)
        for spec in WORKBOOKS
        for table, schema in spec.schemas.items()
    }
    read_in_part = {
        table: _assemble(reading.tables[partial(table)], schema)
        for spec in WORKBOOKS
        for table, schema in spec.schemas.items()
        if partial(table) in reading.tables
    }
    return InputSet(
        folder=folder,
        files=names,
        tables=tables,
        partial=read_in_part,
        present=frozenset(reading.present),
        hashes=dict(sorted(reading.hashes.items())),
        problems={k: tuple(v) for k, v in reading.problems.items()},
        unreadable=frozenset(reading.unreadable),
        unit_files=reading.unit_files,
        documents=reading.documents,
    )


# per key: the folder's listing, the workers' results (in the order of the chunks), and what
# ends the workers once the results are read
_Early = dict[
    str, tuple[tuple[dict[str, Path], list[Problem]], Iterator[_Reading], ExitStack | None]
]


def _start_early(folder: Path, names: dict[str, str], running: ExitStack) -> _Early:
    """The first per-unit folder with enough workbooks, its reading started in workers."""
    if count() < 2:
        return {}
    for spec in WORKBOOKS:
        path = folder / names[spec.key]
        if spec.per_unit and path.is_dir():
            listing = plan_files(path, names[spec.key].rstrip("/"))
            if len(listing[0]) >= PARALLEL_FROM:
                chunks = _chunks(spec, _items(listing[0], names[spec.key].rstrip("/")))
                tick(_told(names[spec.key]), 0, len(listing[0]))
                pool = running.enter_context(ExitStack())
                parts = pool.enter_context(started(_read_chunk, chunks))
                return {spec.key: (listing, parts, pool)}
    return {}


def _told(name: str) -> str:
    return f"read_plans:{name.rstrip('/')}/"


def _items(found: dict[str, Path], shown: str) -> list[tuple[str, str, str]]:
    """Per workbook of a per-unit folder: its unit, its path and its name as shown."""
    return [(unit, str(file), f"{shown}/{file.name}") for unit, file in found.items()]


def _chunks(
    spec: InputWorkbook, items: list[tuple[str, str, str]]
) -> list[tuple[str, list[tuple[str, str, str]]]]:
    return [(spec.key, items[i : i + CHUNK]) for i in range(0, len(items), CHUNK)]


def _read_workbook(
    reading: _Reading, spec: InputWorkbook, folder: Path, name: str, early: _Early
) -> None:
    """Read one input: a single workbook, or a per-unit folder (in workers when it is large)."""
    path = folder / name
    reading.problems[spec.key] = []
    if not spec.per_unit:
        if spec.required or path.exists() or path.is_symlink():
            reading.present.add(spec.key)
            reading.read_one(spec, path, name)
        return
    shown = name.rstrip("/")
    if spec.key not in early and not path.is_dir():
        if path.exists() or path.is_symlink():  # a file (or a dangling link) where a folder goes
            severity = "error" if spec.required else "warning"
            what = msg("msg_folder_is_file", folder=shown, path=path)
            reading.problems[spec.key].append(Problem(Location(shown), what, severity))
        elif spec.required:
            reading.problems[spec.key].append(
                Problem(Location(shown + "/"), msg("msg_folder_missing", folder=shown, path=path))
            )
        if spec.required:
            reading.unreadable.add(spec.key)
        return
    reading.present.add(spec.key)
    (found, problems), parts, pool = early.get(spec.key) or (plan_files(path, shown), None, None)
    reading.problems[spec.key] += problems
    reading.unit_files[spec.key] = {u: f"{shown}/{f.name}" for u, f in found.items()}
    told, total = _told(name), len(found)
    items = _items(found, shown)
    chunks = _chunks(spec, items)
    if parts is None:
        tick(told, 0, total)
        if total < PARALLEL_FROM or count() < 2:
            for i, (unit, file, shown_name) in enumerate(items, 1):
                reading.read_one(spec, Path(file), shown_name, unit)
                tick(told, i, total)
            return
        parts = parallel_map(_read_chunk, chunks)
    done = 0
    for (_, chunk), part in zip(chunks, parts, strict=True):
        reading.merge(part)
        done += len(chunk)
        tick(told, done, total)
    if pool is not None:
        pool.close()  # the workers end here, not when the last input has been read


def _assemble(parts: list[pl.DataFrame | Columns], schema: Mapping[str, Any]) -> pl.DataFrame:
    """One table from the parts the readers returned: lists per column are joined first and
    made a table once (a table per plan costs more than reading the plan)."""
    if not parts:
        return _empty(schema)
    if all(isinstance(p, dict) for p in parts):
        merged: Columns = {k: [] for k in schema}
        for part in parts:
            assert isinstance(part, dict)
            for k in schema:
                merged[k].extend(part[k])
        return pl.DataFrame(merged, schema=schema)
    return pl.concat([pl.DataFrame(p, schema=schema) if isinstance(p, dict) else p for p in parts])


def _names(files: Mapping[str, str] | Any) -> dict[str, str]:
    if files is None:
        given: Mapping[str, str] = {}
    elif isinstance(files, Mapping):
        given = files
    else:  # a scenario's InputFiles
        given = files.model_dump()
    return {w.key: str(given.get(w.key) or w.default) for w in WORKBOOKS}


def _empty(schema: Mapping[str, Any]) -> pl.DataFrame:
    return frame([], schema)
