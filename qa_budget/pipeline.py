"""`run(scenario) -> Result`: read, validate, allocate, reconcile, write. The one core flow."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qa_budget import __version__
from qa_budget.allocate import Allocation, allocate
from qa_budget.errors import OutputError, Problem
from qa_budget.inputs import Inputs, load_inputs
from qa_budget.inputs.checks import check_plan_near_allocation
from qa_budget.money import cents_to_decimal
from qa_budget.reconcile import Reconciliation, reconcile
from qa_budget.report.atomic import OutputSet
from qa_budget.report.overview import write_overview
from qa_budget.scenario import Scenario, UniformKey, load_scenario, resolved_scenario

ADOPTED_KEY = UniformKey(kind="uniform", amount_per_student=500)  # type: ignore[arg-type]


@dataclass
class Result:
    """What a run produced: the figures and the files written."""

    scenario: Scenario
    scenario_path: Path
    inputs: Inputs
    allocation: Allocation
    reconciliation: Reconciliation
    warnings: list[Problem]
    written: list[tuple[Path, str]] = field(default_factory=list)


def read_and_check(scenario: Scenario, inputs_dir: Path) -> Inputs:
    """Read the scenario's input workbooks for its years; raises InputErrors."""
    f = scenario.inputs
    return load_inputs(
        inputs_dir,
        units_file=f.units,
        students_file=f.students,
        funds_file=f.funds,
        plans_dir=f.plans,
        years=scenario.years,
    )


def _plan_warnings(inputs: Inputs, allocation: Allocation, pct: float) -> list[Problem]:
    return check_plan_near_allocation(inputs.measures, allocation.units, pct, allocation.method)


def validate(inputs_dir: Path, scenario_path: Path | None = None) -> list[Problem]:
    """Check all inputs; returns the warnings, raises InputErrors (with warnings) on errors.

    Without a scenario, the years on the funds sheet are checked and plans are compared with
    the adopted key (EUR 500 per EEA student).
    """
    if scenario_path is not None:
        scenario = load_scenario(scenario_path)
        inputs = read_and_check(scenario, inputs_dir)
        key, pct = scenario.key, float(scenario.checks.plan_deviation_pct)
        allocation = allocate(inputs, scenario)
    else:
        inputs = load_inputs(inputs_dir)
        from qa_budget.allocate.uniform import allocate_uniform

        key, pct = ADOPTED_KEY, 10.0
        allocation = allocate_uniform(inputs, key)
    return inputs.warnings + _plan_warnings(inputs, allocation, pct)


def provenance(
    scenario: Scenario, scenario_path: Path, inputs: Inputs, allocation: Allocation
) -> dict[str, Any]:
    """What a reader needs to trace the figures: version, scenario, inputs and their hashes."""
    return {
        "qa-budget": __version__,
        "scenario": scenario.name,
        "scenario file": scenario_path.name,
        "title": scenario.display_title,
        "key": allocation.method,
        "years": ", ".join(str(y) for y in scenario.years),
        "rounding": "exact cents; k EUR shown with largest-remainder rounding so columns add up",
        "input files (SHA-256)": dict(sorted(inputs.hashes.items())),
    }


def manifest(
    scenario: Scenario,
    scenario_path: Path,
    inputs: Inputs,
    rec: Reconciliation,
    outputs: dict[str, str],
) -> dict[str, Any]:
    """The run.json record (no timestamps: identical runs give identical manifests)."""

    def eur(cents: int) -> str:
        return str(cents_to_decimal(cents))

    return {
        "qa_budget_version": __version__,
        "scenario_file": scenario_path.name,
        "scenario": resolved_scenario(scenario),
        "inputs_sha256": dict(sorted(inputs.hashes.items())),
        "solver": None,
        "totals_eur": {
            str(f.year): {
                "revenue_rijksbijdrage": eur(f.rijksbijdrage),
                "revenue_kadernota": eur(f.kadernota),
                "unit_allocations": eur(f.unit_allocations),
                "central_charged": eur(f.central_charged),
                "allocated": eur(f.allocated),
                "still_to_allocate": eur(f.still_to_allocate),
                "rijksbijdrage_minus_kadernota": eur(f.rijksbijdrage_update),
                "kadernota_minus_allocated": eur(f.kadernota_unallocated),
                "spending": eur(f.spending),
                "result": eur(f.result),
            }
            for f in rec.years
        },
        "checks_passed": all(c.ok for c in rec.checks),
        "outputs_sha256": outputs,
    }


def compute(scenario_path: Path, inputs_dir: Path) -> Result:
    """Read, check, allocate and reconcile a scenario; writes nothing."""
    scenario = load_scenario(scenario_path)
    inputs = read_and_check(scenario, inputs_dir)
    allocation = allocate(inputs, scenario)
    rec = reconcile(inputs, allocation)
    failed = [c for c in rec.checks if not c.ok]
    if failed:  # an engine bug, never a user mistake
        raise AssertionError(f"identity failed: {failed[0]}")
    pct = float(scenario.checks.plan_deviation_pct)
    warnings = inputs.warnings + _plan_warnings(inputs, allocation, pct)
    return Result(scenario, scenario_path, inputs, allocation, rec, warnings)


def write(result: Result, out_dir: Path, force: bool = False) -> Result:
    """Write <out>/<scenario>/overview.xlsx and run.json, all or nothing."""
    scenario, inputs = result.scenario, result.inputs
    target = out_dir / scenario.name
    outputs = OutputSet(force=force)
    try:
        overview = outputs.stage_path(target / "overview.xlsx")
        prov = provenance(scenario, result.scenario_path, inputs, result.allocation)
        write_overview(overview, scenario, inputs, result.allocation, result.reconciliation, prov)
        digest = hashlib.sha256(overview.read_bytes()).hexdigest()
        record = manifest(
            scenario,
            result.scenario_path,
            inputs,
            result.reconciliation,
            {"overview.xlsx": digest},
        )
        text = json.dumps(record, indent=2, ensure_ascii=False) + "\n"
        outputs.write_bytes(target / "run.json", text.encode())
        result.written = outputs.commit()
    except OSError as err:  # disk full, no permission, a file locked by Excel, ...
        raise OutputError(
            f"cannot write the outputs in {target}: {err.strerror or err}; nothing was "
            "written and earlier outputs are untouched"
        ) from None
    finally:
        outputs.discard()
    return result


def check_out_dir(inputs_dir: Path, out_dir: Path) -> None:
    """Refuse an output folder that is the inputs folder or inside it: inputs are never written."""
    inputs, out = inputs_dir.resolve(), out_dir.resolve()
    if out == inputs or inputs in out.parents:
        raise OutputError(
            f"the output folder {out_dir} is {'the' if out == inputs else 'inside the'} inputs "
            f"folder {inputs_dir}; qa-budget never writes into its inputs. Choose another "
            "--out folder, e.g. --out outputs"
        )


def run(scenario_path: Path, inputs_dir: Path, out_dir: Path, force: bool = False) -> Result:
    """Run a scenario end to end: compute, then write its outputs."""
    check_out_dir(inputs_dir, out_dir)
    result = compute(scenario_path, inputs_dir)
    check_out_dir(inputs_dir, out_dir / result.scenario.name)  # e.g. --out . for 'inputs'
    return write(result, out_dir, force=force)
