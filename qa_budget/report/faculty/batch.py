"""Writing the faculty-board workbooks of many units: each unit gets only its own rows, and
large batches are shared over the processor cores.

Each workbook depends only on its unit's rows and the university totals, so the output is the
same bytes whether it was written here or in a worker process.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path

import polars as pl

from qa_budget.allocation import Allocation
from qa_budget.indicators.model import Indicators
from qa_budget.inputs.tables import Inputs
from qa_budget.reconcile import Reconciliation
from qa_budget.report.faculty.book import UnitPlanning, write_faculty
from qa_budget.result import Result
from qa_budget.scenario import Scenario
from qa_budget.stages import tick
from qa_budget.workers import count, parallel_map

PARALLEL_FROM = 100  # units; below this, starting worker processes costs more than it saves
CHUNK = 50  # units per task


@dataclass(frozen=True)
class Job:
    """What one task needs: the shared context and its units with their own rows."""

    scenario: Scenario
    rec: Reconciliation
    lang: str
    fingerprint: str
    units: list[tuple[str, Path, Inputs, Allocation, pl.DataFrame | None, UnitPlanning]]
    parent: int = 0  # the process that asked for the work (0: this one)
    indicators: Indicators | None = None
    monitored: tuple[int, str | None] | None = None  # the monitoring's year and moment


def _parts(frame: pl.DataFrame, column: str) -> dict[str, pl.DataFrame]:
    return {str(k[0]): v for k, v in frame.partition_by(column, as_dict=True).items()}


def _run(job: Job) -> None:
    for unit, path, inputs, allocation, monitoring, planning in job.units:
        if job.parent and os.getppid() != job.parent:
            return  # the run that asked for this is gone
        write_faculty(
            path,
            job.scenario,
            inputs,
            allocation,
            job.rec,
            unit,
            job.lang,
            job.fingerprint,
            monitoring,
            job.indicators,
            planning,
            job.monitored,
        )


def _planning(result: Result, unit: str, concept: bool) -> UnitPlanning:
    """The unit's own part of the plan round (`concept`: the run's, worked out once)."""
    versions = result.versions
    return UnitPlanning(
        round=result.plan_round.unit(unit) if result.plan_round is not None else None,
        versions=versions.unit(unit) if versions is not None else None,
        previous=versions.folder if versions is not None else None,
        concept=concept,
    )


def write_all(
    targets: dict[str, Path],
    result: Result,
    lang: str,
    fingerprint: str,
    monitoring: pl.DataFrame | None = None,
) -> None:
    """Write faculty/<UNIT>.xlsx for every unit in `targets` (unit -> staged path), with each
    unit's rows of the monitoring table when a realised report exists, and the indicators when
    indicators.xlsx is given."""
    scenario, inputs, allocation = result.scenario, result.inputs, result.allocation
    # A workbook reads the university's figures of each year, not the tables of every unit: a
    # task carries no more (what a task carries grew with the units, and so did the tasks).
    rec = replace(
        result.reconciliation, plans_by_unit=result.reconciliation.plans_by_unit.clear(), checks=[]
    )
    concept = result.concept
    measures = _parts(inputs.measures, "unit")
    units = _parts(inputs.units, "code")
    rows = _parts(allocation.units, "unit")
    empty_m, empty_a = inputs.measures.clear(), allocation.units.clear()
    empty_s = inputs.students.clear()
    monitored = _parts(monitoring, "unit") if monitoring is not None else {}
    views = [
        (
            u,
            path,
            replace(
                inputs,
                measures=measures.get(u, empty_m),
                units=units[u],
                students=empty_s,
                funds=inputs.funds.clear(),
                central=inputs.central.clear(),
                hashes={},
                warnings=[],
                realised=None,
                reference=None,
                indicators=None,
                plan_round=inputs.plan_round.clear(),
                plan_files={},
                previous=None,
                left_out=(),
            ),
            replace(allocation, units=rows.get(u, empty_a), models=[], year_models=[]),
            monitored.get(u),
            _planning(result, u, concept),
        )
        for u, path in targets.items()
    ]
    m = result.monitoring
    jobs = [
        Job(
            scenario,
            rec,
            lang,
            fingerprint,
            views[i : i + CHUNK],
            indicators=result.indicators,
            monitored=(m.year, m.moment) if m is not None else None,
        )
        for i in range(0, len(views), CHUNK)
    ]
    done = 0
    tick("faculty", done, len(views))
    if len(views) < PARALLEL_FROM or count() < 2:
        for job in jobs:
            _run(job)
            done += len(job.units)
            tick("faculty", done, len(views))
        return
    jobs = [replace(job, parent=os.getpid()) for job in jobs]
    for job, _ in zip(jobs, parallel_map(_run, jobs), strict=True):
        done += len(job.units)
        tick("faculty", done, len(views))
