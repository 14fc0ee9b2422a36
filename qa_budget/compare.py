"""`compare(scenarios) -> Comparison`: compute several scenarios on the same inputs and write the
council's comparison workbook, <out>/comparison/<A>--<B>[--<C>...].xlsx.

The first scenario is the baseline; every difference is another scenario minus the baseline.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from qa_budget.errors import ScenarioError
from qa_budget.pipeline import Options, Result, compute
from qa_budget.report.atomic import OutputSet
from qa_budget.report.council import write_council

FOLDER = "comparison"


@dataclass
class Comparison:
    """The computed scenarios (baseline first), the years they share, and the files written."""

    results: list[Result]
    years: list[int]
    written: list[tuple[Path, str]] = field(default_factory=list)

    @property
    def names(self) -> list[str]:
        """The scenario names, baseline first."""
        return [r.scenario.name for r in self.results]


def comparison_path(out_dir: Path, names: list[str]) -> Path:
    """Where the workbook goes: <out>/comparison/<A>--<B>....xlsx (scenario names in order)."""
    return out_dir / FOLDER / ("--".join(names) + ".xlsx")


def _check(results: list[Result]) -> list[int]:
    """The years all scenarios share; the scenarios must differ in name and share the units."""
    base = results[0]
    seen: dict[str, Path] = {}
    for r in results:
        name = r.scenario.name
        if name in seen:
            raise ScenarioError(
                r.scenario_path,
                [f"has the same name '{name}' as {seen[name]}; compare different scenarios"],
            )
        seen[name] = r.scenario_path
        if r.inputs.units["code"].to_list() != base.inputs.units["code"].to_list():
            raise ScenarioError(
                r.scenario_path,
                [f"reads other units than {base.scenario_path}; compare on one list of units"],
            )
    years = [y for y in base.scenario.years if all(y in r.scenario.years for r in results)]
    if not years:
        raise ScenarioError(
            results[-1].scenario_path,
            [f"has no year in common with {base.scenario_path}; nothing to compare"],
        )
    return years


def compare(scenario_paths: list[Path], inputs_dir: Path, solver: str = "highs") -> Comparison:
    """Read, check, allocate and reconcile every scenario; writes nothing."""
    results = [compute(p, inputs_dir, Options(solver=solver)) for p in scenario_paths]
    return Comparison(results, _check(results))


def write_comparison(
    comparison: Comparison, out_dir: Path, force: bool = False, lang: str = "nl"
) -> Comparison:
    """Write the comparison workbook, safely (temporary file, renamed into place)."""
    outputs = OutputSet(force=force)
    try:
        path = outputs.stage_path(comparison_path(out_dir, comparison.names))
        write_council(path, comparison.results, comparison.years, lang)
        comparison.written = outputs.commit()
    finally:
        outputs.discard()
    return comparison


def run_comparison(
    scenario_paths: list[Path],
    inputs_dir: Path,
    out_dir: Path,
    force: bool = False,
    lang: str = "nl",
    solver: str = "highs",
) -> Comparison:
    """Compare scenarios end to end: compute each, then write the comparison workbook."""
    comparison = compare(scenario_paths, inputs_dir, solver)
    return write_comparison(comparison, out_dir, force=force, lang=lang)
