"""`run(scenario) -> Result`: read, validate, allocate, reconcile, write. The one core flow."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qa_budget import __version__
from qa_budget.adjust import apply_oploop, apply_revenue
from qa_budget.allocate import Allocation, allocate
from qa_budget.errors import InputErrors, OutputError, Problem, ScenarioError
from qa_budget.inputs import Inputs, load_inputs
from qa_budget.inputs.checks import check_plan_near_allocation
from qa_budget.inputs.realised import check_realised_inputs
from qa_budget.inputs.reference import Reference, load_reference
from qa_budget.money import cents_to_decimal
from qa_budget.reconcile import Reconciliation, reconcile
from qa_budget.report.atomic import OutputSet
from qa_budget.report.faculty_batch import write_all
from qa_budget.report.method import key_sentence
from qa_budget.report.overview import write_overview
from qa_budget.report.page import inputs_fingerprint
from qa_budget.scenario import (
    InputFiles,
    Scenario,
    UniformKey,
    load_scenario,
    resolved_scenario,
)
from qa_budget.texts import label

ADOPTED_KEY = UniformKey(kind="uniform", amount_per_student=500)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Options:
    """How to run: the LP solver and whether to write the closest plan when infeasible."""

    solver: str = "highs"
    allow_infeasible: bool = False


@dataclass
class Result:
    """What a run produced: the figures and the files written."""

    scenario: Scenario
    scenario_path: Path
    inputs: Inputs
    allocation: Allocation
    reconciliation: Reconciliation
    warnings: list[Problem]
    inputs_dir: Path = Path("inputs")
    options: Options = field(default_factory=lambda: Options())
    written: list[tuple[Path, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # overrides taken from the base, what-ifs
    reference: Reference | None = None  # the optional reference.xlsx (published figures)

    @property
    def hashes(self) -> dict[str, str]:
        """SHA-256 of every input file read, reference.xlsx included."""
        extra = {self.reference.file: self.reference.sha256} if self.reference else {}
        return dict(sorted((self.inputs.hashes | extra).items()))


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
    files = InputFiles()
    if scenario_path is not None:
        scenario = load_scenario(scenario_path)
        files = scenario.inputs
        inputs = read_and_check(scenario, inputs_dir)
        pct = float(scenario.checks.plan_deviation_pct)
        inputs, allocation, _ = allocate_scenario(scenario, inputs, inputs_dir, Options())
    else:
        inputs = load_inputs(inputs_dir)
        from qa_budget.allocate.uniform import allocate_uniform

        pct = 10.0
        allocation = allocate_uniform(inputs, ADOPTED_KEY)
    reference = load_reference(inputs_dir)
    extra = reference.warnings if reference else []
    warnings = inputs.warnings + _plan_warnings(inputs, allocation, pct) + extra
    try:  # the optional realised.xlsx (qa-budget monitor)
        return warnings + check_realised_inputs(inputs_dir, files.model_dump(), inputs)
    except InputErrors as err:
        raise InputErrors(warnings + err.problems + err.warnings) from None


def provenance(
    scenario: Scenario,
    scenario_path: Path,
    hashes: dict[str, str],
    allocation: Allocation,
    lang: str = "nl",
) -> dict[str, Any]:
    """What a reader needs to trace the figures: version, scenario, inputs and their hashes."""
    return {
        "qa-budget": __version__,
        label("scenario", lang): scenario.name,
        label("prov_scenario_file", lang): scenario_path.name,
        label("prov_title", lang): scenario.display_title,
        label("prov_key", lang): key_sentence(scenario, allocation, lang),
        label("years", lang): ", ".join(str(y) for y in scenario.years),
        label("prov_rounding", lang): label("prov_rounding_text", lang),
        label("prov_fingerprint", lang): inputs_fingerprint(hashes),
        label("prov_input_files", lang): hashes,
    }


def manifest(
    result: Result, outputs: dict[str, str], stamp: str | None = None, lang: str = "nl"
) -> dict[str, Any]:
    """The run.json record. No timestamp unless asked for (`--stamp`), so identical runs give
    identical manifests; `qa-budget verify` recomputes the run from it."""

    def eur(cents: int) -> str:
        return str(cents_to_decimal(cents))

    a = result.allocation
    record: dict[str, Any] = {
        "qa_budget_version": __version__,
        "scenario_file": result.scenario_path.as_posix(),
        "inputs_dir": result.inputs_dir.as_posix(),
        "lang": lang,
        "options": {
            "solver": result.options.solver,
            "allow_infeasible": result.options.allow_infeasible,
        },
        "scenario": resolved_scenario(result.scenario),
        "inputs_sha256": result.hashes,
        "solver": a.solver,
        "baseline": a.baseline,
        "notes": result.notes,
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
            for f in result.reconciliation.years
        },
        "checks_passed": all(c.ok for c in result.reconciliation.checks),
        "outputs_sha256": dict(sorted(outputs.items())),
    }
    if stamp is not None:
        record["stamp"] = stamp
    return record


def allocate_scenario(
    scenario: Scenario,
    inputs: Inputs,
    inputs_dir: Path,
    options: Options,
    seen: tuple[str, ...] = (),
) -> tuple[Inputs, Allocation, list[str]]:
    """Revenue what-if, the key (with its baseline scenario when needed), the oploop."""
    raw = inputs
    inputs, notes = apply_revenue(inputs, scenario.revenue, str(scenario.source))
    baseline = None
    if scenario.key.kind == "tariff":
        name = scenario.key.baseline
        if name in seen or name == scenario.name:
            chain = " -> ".join((*seen, scenario.name, name))
            raise ScenarioError(
                str(scenario.source), [f"key 'key.baseline': baselines form a circle ({chain})"]
            )
        base_scenario = load_scenario(scenario.folder / f"{name}.toml")
        same = base_scenario.inputs == scenario.inputs and base_scenario.years == scenario.years
        base_inputs = raw if same else read_and_check(base_scenario, inputs_dir)
        _, baseline, _ = allocate_scenario(
            base_scenario, base_inputs, inputs_dir, options, (*seen, scenario.name)
        )
        missing = sorted(set(inputs.years) - set(base_scenario.years))
        if missing:
            raise ScenarioError(
                str(scenario.source),
                [f"key 'key.baseline': the baseline scenario '{name}' does not compute {missing}"],
            )
    allocation = allocate(inputs, scenario, baseline, options.solver, options.allow_infeasible)
    if scenario.oploop is not None:
        inputs, allocation = apply_oploop(inputs, allocation, scenario.oploop, str(scenario.source))
    return inputs, allocation, notes


def compute(scenario_path: Path, inputs_dir: Path, options: Options = Options()) -> Result:
    """Read, check, allocate and reconcile a scenario; writes nothing."""
    scenario = load_scenario(scenario_path)
    inputs = read_and_check(scenario, inputs_dir)
    inputs, allocation, notes = allocate_scenario(scenario, inputs, inputs_dir, options)
    rec = reconcile(inputs, allocation)
    failed = [c for c in rec.checks if not c.ok]
    if failed:  # an engine bug, never a user mistake
        raise AssertionError(f"identity failed: {failed[0]}")
    pct = float(scenario.checks.plan_deviation_pct)
    reference = load_reference(inputs_dir)
    warnings = inputs.warnings + _plan_warnings(inputs, allocation, pct)
    warnings += reference.warnings if reference else []
    result = Result(scenario, scenario_path, inputs, allocation, rec, warnings, inputs_dir, options)
    result.notes = scenario.overrides + notes + allocation.notes
    result.reference = reference
    return result


def write(
    result: Result,
    out_dir: Path,
    force: bool = False,
    stamp: str | None = None,
    lang: str = "nl",
    faculty: bool = True,
) -> Result:
    """Write <out>/<scenario>/overview.xlsx, faculty/<UNIT>.xlsx and run.json, all or nothing."""
    scenario, inputs = result.scenario, result.inputs
    target = out_dir / scenario.name
    outputs = OutputSet(force=force)
    try:
        overview = outputs.stage_path(target / "overview.xlsx")
        prov = provenance(scenario, result.scenario_path, result.hashes, result.allocation, lang)
        write_overview(
            overview,
            scenario,
            inputs,
            result.allocation,
            result.reconciliation,
            prov,
            lang,
            result.reference,
        )
        digests = {"overview.xlsx": hashlib.sha256(overview.read_bytes()).hexdigest()}
        fingerprint = inputs_fingerprint(result.hashes)
        if faculty:
            targets = {
                u: outputs.stage_path(target / f"faculty/{u}.xlsx")
                for u in inputs.units["code"].to_list()
            }
            write_all(
                targets,
                scenario,
                inputs,
                result.allocation,
                result.reconciliation,
                lang,
                fingerprint,
                _monitoring(result),
            )
            for unit, path in targets.items():
                digests[f"faculty/{unit}.xlsx"] = hashlib.sha256(path.read_bytes()).hexdigest()
        text = json.dumps(manifest(result, digests, stamp, lang), indent=2, ensure_ascii=False)
        text += "\n"
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


def _monitoring(result: Result) -> Any:
    """The monitoring table for the faculty workbooks, or None without a (usable) realised
    report; a broken realised.xlsx is for `qa-budget monitor` and `validate` to report, and
    does not stop a run."""
    from qa_budget.errors import QaBudgetError
    from qa_budget.monitoring import unit_monitoring

    try:
        return unit_monitoring(result)
    except QaBudgetError:
        return None


def check_out_dir(inputs_dir: Path, out_dir: Path) -> None:
    """Refuse an output folder that is the inputs folder or inside it: inputs are never written."""
    inputs, out = inputs_dir.resolve(), out_dir.resolve()
    if out == inputs or inputs in out.parents:
        raise OutputError(
            f"the output folder {out_dir} is {'the' if out == inputs else 'inside the'} inputs "
            f"folder {inputs_dir}; qa-budget never writes into its inputs. Choose another "
            "--out folder, e.g. --out outputs"
        )


def run(
    scenario_path: Path,
    inputs_dir: Path,
    out_dir: Path,
    force: bool = False,
    options: Options = Options(),
    stamp: str | None = None,
    lang: str = "nl",
    faculty: bool = True,
) -> Result:
    """Run a scenario end to end: compute, then write its outputs."""
    check_out_dir(inputs_dir, out_dir)
    result = compute(scenario_path, inputs_dir, options)
    check_out_dir(inputs_dir, out_dir / result.scenario.name)  # e.g. --out . for 'inputs'
    return write(result, out_dir, force=force, stamp=stamp, lang=lang, faculty=faculty)
