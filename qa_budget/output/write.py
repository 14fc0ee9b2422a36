"""Writing a computed scenario's outputs, all or nothing: the overview, one workbook per
faculty board and run.json; the council's comparison workbook; monitoring.xlsx; the progress
report (a Word document and a workbook).

Everything is written from the Result alone (no input file is opened here).
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from qa_budget.errors import OutputError, msg
from qa_budget.indicators.progress import Progress
from qa_budget.made_from import made_from_result, read_made_from
from qa_budget.monitoring.model import Monitoring
from qa_budget.output.atomic import OutputFolder, OutputSet, file_on_path, writing
from qa_budget.output.manifest import manifest, manifest_bytes
from qa_budget.result import Result
from qa_budget.stages import stage

Written = list[tuple[Path, str]]


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write_run(
    result: Result,
    out_dir: Path,
    force: bool = False,
    stamp: str | None = None,
    lang: str = "nl",
    faculty: bool = True,
) -> Written:
    """Write <out>/<scenario>/overview.xlsx, faculty/<UNIT>.xlsx and run.json, all or nothing;
    returns (path, 'written' | 'unchanged' | 'removed') per file, and (path, 'stale') for each
    file of `monitor` or `progress` in the folder made before an input or the scenario changed."""
    target = out_dir / result.scenario.name
    outputs = OutputFolder(target, is_run_product, force=force)
    try:
        with writing(target):
            return _write_run(result, outputs, target, stamp, lang, faculty)
    finally:
        outputs.discard()


def _write_run(
    result: Result,
    outputs: OutputFolder,
    target: Path,
    stamp: str | None,
    lang: str,
    faculty: bool,
) -> Written:
    from qa_budget.report.common.page import inputs_fingerprint
    from qa_budget.report.common.provenance import provenance
    from qa_budget.report.faculty.batch import write_all
    from qa_budget.report.overview.book import write_overview

    overview = outputs.stage_path(target / "overview.xlsx")
    with stage("overview"):
        write_overview(overview, result, provenance(result, lang), lang)
    digests = {"overview.xlsx": _sha(overview)}
    if faculty:
        targets = {
            u: outputs.stage_path(target / f"faculty/{u}.xlsx")
            for u in result.inputs.units["code"].to_list()
        }
        monitoring = result.monitoring.unit_table() if result.monitoring else None
        write_all(targets, result, lang, inputs_fingerprint(result.hashes), monitoring)
        for unit, path in targets.items():
            digests[f"faculty/{unit}.xlsx"] = _sha(path)
    record = manifest(result, digests, stamp, lang, faculty)
    outputs.write_bytes(target / "run.json", manifest_bytes(record))
    written = outputs.commit()
    read = [result.inputs_dir / name for name in result.hashes]
    now = made_from_result(result)
    written += [(p, "stale") for p in outdated(target, now, [*read, result.scenario_path])]
    return written


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


_OTHERS = re.compile(r"monitoring\.xlsx|progress-\d{4}\.(?:docx|xlsx)")


def kept_files(folder: Path) -> list[Path]:
    """The files of `monitor` and `progress` in a scenario folder (a run keeps them)."""
    if not folder.is_dir():
        return []
    return sorted(
        p
        for p in folder.iterdir()
        if _OTHERS.fullmatch(p.name) and p.is_file() and not p.is_symlink()
    )


def outdated(folder: Path, now: str, sources: list[Path]) -> list[Path]:
    """The files `monitor` and `progress` wrote into a scenario folder that were made from
    inputs or a scenario that have changed since: what they say they were made from
    (`made_from`) is not `now`; a file that does not say is judged by file times (older than
    one of `sources`). A run keeps them as they are; it and `verify` say so every time."""
    changed = max((_mtime(p) for p in sources), default=0.0)
    out = []
    for p in kept_files(folder):
        made = read_made_from(p)
        if (made != now) if made is not None else (_mtime(p) < changed):
            out.append(p)
    return out


def is_run_product(relative: str) -> bool:
    """The files `run` writes in <out>/<scenario>/ (monitoring.xlsx and others are kept)."""
    return relative in ("overview.xlsx", "run.json") or relative.startswith("faculty/")


def comparison_path(out_dir: Path, names: list[str]) -> Path:
    """Where the council pack goes: <out>/comparison/<A>--<B>....xlsx (names in order)."""
    return out_dir / "comparison" / ("--".join(names) + ".xlsx")


def write_comparison(
    results: list[Result], years: list[int], out_dir: Path, force: bool = False, lang: str = "nl"
) -> Written:
    """Write the comparison workbook of several computed scenarios (the first the baseline)."""
    from qa_budget.report.council.book import write_council

    outputs = OutputSet(force=force)
    target = comparison_path(out_dir, [r.scenario.name for r in results])
    try:
        with writing(target):
            write_council(outputs.stage_path(target), results, years, lang)
            return outputs.commit()
    finally:
        outputs.discard()


def write_monitoring(
    result: Result, monitoring: Monitoring, out_dir: Path, force: bool = False, lang: str = "nl"
) -> Written:
    """Write <out>/<scenario>/monitoring.xlsx in Dutch or English."""
    from qa_budget.report.common.provenance import monitoring_provenance
    from qa_budget.report.monitoring.book import write_workbook

    outputs = OutputSet(force=force)
    target = out_dir / result.scenario.name / "monitoring.xlsx"
    try:
        with writing(target):
            path = outputs.stage_path(target)
            prov = monitoring_provenance(result, monitoring, lang)
            write_workbook(path, result, monitoring, prov, lang)
            return outputs.commit()
    finally:
        outputs.discard()


def write_files(files: list[tuple[Path, bytes]], force: bool = False) -> Written:
    """Write a few files together (all or nothing; no overwrite without `force`)."""
    outputs = OutputSet(force=force)
    try:
        for target, data in files:
            outputs.write_bytes(target, data)
        return outputs.commit()
    finally:
        outputs.discard()


def progress_paths(out_dir: Path, scenario: str, year: int) -> tuple[Path, Path]:
    """Where the progress report goes: <out>/<scenario>/progress-<year>.docx and .xlsx."""
    folder = out_dir / scenario
    return folder / f"progress-{year}.docx", folder / f"progress-{year}.xlsx"


def write_progress(
    result: Result, progress: Progress, out_dir: Path, force: bool = False, lang: str = "nl"
) -> Written:
    """Write the progress report of a year: the Word document and the workbook, together or
    not at all."""
    from qa_budget.report.progress.book import write_book
    from qa_budget.report.progress.document import write_document

    document, book = progress_paths(out_dir, result.scenario.name, progress.year)
    outputs = OutputSet(force=force)
    try:
        write_document(outputs.stage_path(document), progress, result, lang)
        write_book(outputs.stage_path(book), progress, result, lang)
        return outputs.commit()
    except OSError as err:
        where = document.parent
        raise OutputError(
            msg("msg_out_progress", folder=where, error=err.strerror or err)
        ) from None
    finally:
        outputs.discard()


def check_out_dir(inputs_dir: Path, out_dir: Path) -> None:
    """Refuse an output folder that is the inputs folder or inside it: inputs are never written."""
    inputs, out = inputs_dir.resolve(), out_dir.resolve()
    if out == inputs or inputs in out.parents:
        key = "msg_out_is_inputs" if out == inputs else "msg_out_in_inputs"
        raise OutputError(msg(key, out=out_dir, inputs=inputs_dir))


def check_out_folder(inputs_dir: Path, out_dir: Path) -> None:
    """Refuse an output folder (--out) that is a file or lies below one, or that is the inputs
    folder or inside it."""
    file = file_on_path(out_dir)
    if file is not None:
        key = "msg_out_not_folder" if file == out_dir else "msg_out_not_folder_in"
        raise OutputError(msg(key, out=out_dir, file=file))
    check_out_dir(inputs_dir, out_dir)
