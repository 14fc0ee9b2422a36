"""The library: everything the `qa-budget` command does, as functions on Python objects.

    import qa_budget as qa

    scenario = qa.load_scenario("scenarios/uniform-500.toml")
    inputs = qa.read_inputs("inputs", scenario.inputs)
    result = qa.compute(scenario, inputs)
    result.allocations          # polars: unit, year, students, amount (EUR, exact)
    qa.write(result, "outputs")  # overview.xlsx, faculty/<UNIT>.xlsx, run.json

Phases never look back: `read_inputs` reads every input file once; `compute`, `compare`,
`monitor` and `progress` are pure; the `write*` functions write from their results alone.
`register_record` gives the algorithm-register record of a computed scenario.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from qa_budget.arguments import check_language
from qa_budget.comparison import Comparison
from qa_budget.comparison import compare as _compare
from qa_budget.indicators.model import Indicators
from qa_budget.indicators.progress import Progress
from qa_budget.inputs.check import check_inputs, check_register
from qa_budget.inputs.read import read_inputs
from qa_budget.inputs.tables import Inputs, InputSet
from qa_budget.monitoring.model import Monitoring
from qa_budget.output import write as _write
from qa_budget.pipeline import compute, monitor, progress, validate
from qa_budget.register.publishable import build_record
from qa_budget.register.record import RegisterRecord
from qa_budget.result import Options, Outcome, Result
from qa_budget.scenario import Scenario, load_scenario

Written = _write.Written

__all__ = [
    "Comparison",
    "Indicators",
    "InputSet",
    "Inputs",
    "Monitoring",
    "Options",
    "Outcome",
    "Progress",
    "RegisterRecord",
    "Result",
    "Scenario",
    "check_inputs",
    "compare",
    "compute",
    "load_scenario",
    "monitor",
    "progress",
    "read_inputs",
    "register_record",
    "validate",
    "write",
    "write_comparison",
    "write_models",
    "write_monitoring",
    "write_progress",
]


def compare(results: list[Result]) -> Comparison:
    """Several computed scenarios side by side (the first is the baseline); pure."""
    return _compare(results)


def write(
    result: Result,
    out_dir: Path | str,
    *,
    force: bool = False,
    lang: str = "nl",
    faculty: bool = True,
    stamp: str | None = None,
) -> Written:
    """Write <out>/<scenario>/overview.xlsx, faculty/<UNIT>.xlsx and run.json, all or nothing;
    an existing file with other content is only replaced with `force`. Returns (path, status)
    per file, status 'written' or 'unchanged'."""
    lang = check_language(lang)
    out = Path(out_dir)
    _write.check_out_folder(result.inputs_dir, out)
    _write.check_out_dir(result.inputs_dir, out / result.scenario.name)
    return _write.write_run(result, out, force=force, stamp=stamp, lang=lang, faculty=faculty)


def write_comparison(
    comparison: Comparison, out_dir: Path | str, *, force: bool = False, lang: str = "nl"
) -> Written:
    """Write the council's comparison workbook, <out>/comparison/<A>--<B>....xlsx."""
    lang = check_language(lang)
    out = Path(out_dir)
    _write.check_out_folder(comparison.results[0].inputs_dir, out)
    return _write.write_comparison(comparison.results, comparison.years, out, force, lang)


def write_models(result: Result, path: Path | str, *, force: bool = False) -> Written:
    """Write the optimiser's models of a tariff scenario in LP format (MPS for a .mps path), one
    file per year, so they can be re-solved elsewhere; nothing when the key needs no optimiser."""
    from qa_budget.keys.tariff.lp import export

    target = Path(path)
    _write.check_out_dir(result.inputs_dir, target.parent)
    return _write.write_files(export(result.allocation.models, target), force=force)


def write_monitoring(
    result: Result,
    monitoring: Monitoring,
    out_dir: Path | str,
    *,
    force: bool = False,
    lang: str = "nl",
) -> Written:
    """Write <out>/<scenario>/monitoring.xlsx, in Dutch (nl) or English (en)."""
    lang = check_language(lang)
    out = Path(out_dir)
    _write.check_out_folder(result.inputs_dir, out)
    return _write.write_monitoring(result, monitoring, out, force, lang)


def register_record(result: Result, lang: str = "nl", on: dt.date | None = None) -> RegisterRecord:
    """The algorithm-register record of a computed scenario (docs/register.md), in Dutch or
    English: the engine's part from the result, the organisation's part from register.toml
    (read with the other inputs). Its `findings` say what stops its publication as of `on`
    (default: today). Raises InputErrors when register.toml has errors."""
    organisation = check_register(result.sources)
    file = result.sources.files["register"]
    return build_record(result, organisation, check_language(lang), file, on or dt.date.today())


def write_progress(
    result: Result,
    progress: Progress,
    out_dir: Path | str,
    *,
    force: bool = False,
    lang: str = "nl",
) -> Written:
    """Write the progress report of `progress.year`, all or nothing:
    <out>/<scenario>/progress-<year>.docx (for the annual report) and progress-<year>.xlsx
    (the same tables, with native charts)."""
    lang = check_language(lang)
    out = Path(out_dir)
    _write.check_out_folder(result.inputs_dir, out)
    return _write.write_progress(result, progress, out, force, lang)
