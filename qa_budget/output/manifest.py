"""run.json: the record of a run, from which `qa-budget verify` recomputes it.

No timestamp unless asked for (`--stamp`), so identical runs give identical records.
"""

from __future__ import annotations

import json
from typing import Any

from qa_budget.result import Result, eur
from qa_budget.scenario import resolved_scenario
from qa_budget.version import __version__


def manifest(
    result: Result,
    outputs: dict[str, str],
    stamp: str | None = None,
    lang: str = "nl",
    faculty: bool = True,
) -> dict[str, Any]:
    """The run record: version, scenario (resolved), the SHA-256 of every input file read and
    of every output, the options the run was made with, and the totals per year in EUR."""
    a = result.allocation
    record: dict[str, Any] = {
        "qa_budget_version": __version__,
        "scenario_file": result.scenario_path.as_posix(),
        "inputs_dir": result.inputs_dir.as_posix(),
        "lang": lang,
        "options": {
            "solver": result.options.solver,
            "allow_infeasible": result.options.allow_infeasible,
            "faculty": faculty,
        },
        "scenario": resolved_scenario(result.scenario),
        "inputs_sha256": result.hashes,
        "solver": a.solver,
        "baseline": a.baseline,
        "notes": [str(n) for n in result.notes],
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
        "concept": result.concept,  # not every plan is adopted: every workbook says so
        "outputs_sha256": dict(sorted(outputs.items())),
    }
    if stamp is not None:
        record["stamp"] = stamp
    return record


def manifest_bytes(record: dict[str, Any]) -> bytes:
    """run.json as written: indented, UTF-8, one newline at the end."""
    return (json.dumps(record, indent=2, ensure_ascii=False) + "\n").encode()
