"""The short summary a run prints: per year the key figures, per unit the tariff outcome."""

from __future__ import annotations

from collections.abc import Iterator

import polars as pl

from qa_budget.money import format_eur
from qa_budget.planning.round import RoundStatus
from qa_budget.report.overview.book import shown_years
from qa_budget.result import Result

MAX_UNITS_SHOWN = 20


def summary_lines(result: Result) -> Iterator[str]:
    """Lines of text for the terminal."""
    a = result.allocation
    yield f"Scenario {result.scenario.name}: {result.scenario.display_title}"
    yield f"Key: {a.method}"
    for note in result.notes:
        yield f"  note: {note}"
    for why in a.infeasible:
        yield f"INFEASIBLE, closest feasible plan written: {why}"
    yield "k EUR   " + "".join(
        f"{h:>19}" for h in ("Revenue", "Allocated", "Still to allocate", "Result")
    )
    for y in shown_years(result.reconciliation, a):
        row = (y.rijksbijdrage, y.allocated, y.still_to_allocate, y.result)
        yield f"{y.year:<8}" + "".join(f"{v:>19,}" for v in row)
    for year, d in a.oploop.items():  # what was handed out is in the notes above
        if d["per_student"] is not None:
            yield (
                f"Oploop {year}: implied amount per EEA student after it "
                f"EUR {float(d['per_student']):,.2f}"
            )
    if a.is_tariff:
        yield from _tariff_lines(result)
    if result.plan_round is not None and result.plan_round.concept:
        r = result.plan_round
        yield (
            f"Plans: {r.adopted} of {len(r.units)} adopted (vastgesteld); the workbooks are "
            "marked CONCEPT on every page."
        )
    if result.decisions:
        yield (
            f"Open decisions: {len(result.decisions)} amount(s) pm, not counted; listed with "
            "who decides and by when in overview.xlsx."
        )
    checks = result.reconciliation.checks
    yield (
        f"Checks: {sum(c.ok for c in checks)}/{len(checks)} identities hold to the cent "
        "(revenue = unit allocations + central + still to allocate)."
    )


def _tariff_lines(result: Result) -> Iterator[str]:
    a = result.allocation
    explicit = getattr(result.scenario.key, "tariffs", None) is not None
    for year, tariffs in a.tariffs.items():
        tiers = ", ".join(f"{k} EUR {float(v):,.2f}" for k, v in tariffs.items() if k != "base")
        base = (
            f"the given tariffs × {float(tariffs['base']):.4f}"
            if explicit
            else f"base EUR {float(tariffs['base']):,.2f} per weighted student"
        )
        yield f"Tariffs {year}: {base}; {tiers}; pool {format_eur(a.pools[year])}"
    last = max(a.tariffs)
    frame = a.units.filter(pl.col("year") == last).with_columns(
        (pl.col("allocation") - pl.col("baseline")).alias("change")
    )
    if frame.height > MAX_UNITS_SHOWN:
        frame = pl.concat(
            [
                frame.sort("change").head(MAX_UNITS_SHOWN // 2),
                frame.sort("change").tail(MAX_UNITS_SHOWN // 2),
            ]
        )
        yield f"{last}: the {MAX_UNITS_SHOWN // 2} largest losses and gains (all in overview.xlsx)"
    yield (
        f"{'Unit':<10}{'Formula':>16}{'Top-up/skim':>14}{'Allocation':>16}"
        f"{'vs ' + str(a.baseline):>18}{'%':>8}  Binding ({last})"
    )
    for r in frame.iter_rows(named=True):
        change = r["allocation"] - r["baseline"]
        pct = f"{100 * change / r['baseline']:+.2f}" if r["baseline"] else "-"
        eur = [round(x / 100) for x in (r["formula"], r["adjustment"], r["allocation"], change)]
        yield (
            f"{r['unit']:<10}{eur[0]:>16,}{eur[1]:>14,}{eur[2]:>16,}{eur[3]:>+18,}{pct:>8}  "
            f"{r['binding']}"
        )


TIMELINESS = {
    "on_time": "on time",
    "late": "late",
    "missing": "missing",
    "not_judged": "submitted",
}


def round_lines(status: RoundStatus, names: dict[str, str] | None = None) -> Iterator[str]:
    """The plan round as a table for the terminal: per unit the version, the date submitted
    (on time, late, missing), the faculty council's decision (consent or not) and the status;
    then the counts, and whether the outputs are a concept."""
    deadline = status.deadline.isoformat() if status.deadline else "none set in the scenario"
    yield (
        f"Plan round: deadline {deadline}; the faculty council's {status.required_decision} "
        "is required"
    )
    head = ("Unit", "Version", "Submitted", "On time", "Decision", "Decided", "Consent", "Status")
    widths = (8, 8, 11, 16, 11, 11, 8, 12)
    yield "  " + "".join(f"{h:<{w}}" for h, w in zip(head, widths, strict=True))
    for u in status.units:
        when = TIMELINESS[u.timeliness] + (f" ({u.days_late} d)" if u.days_late else "")
        if u.file is None:
            when = "no plan"
        cells = (
            u.unit,
            u.version or "-",
            u.submitted.isoformat() if u.submitted else "-",
            when,
            u.decision or "-",
            u.decision_date.isoformat() if u.decision_date else "-",
            "yes" if u.consent else "no",
            u.status or "unknown",
        )
        yield "  " + "".join(f"{c:<{w}}" for c, w in zip(cells, widths, strict=True)).rstrip()
    n = len(status.units)
    judged = (
        f"{status.count('on_time')} of {n} plans on time, {status.count('late')} late, "
        if status.deadline
        else f"{n - status.count('missing')} of {n} plans submitted, "
    )
    yield (
        judged
        + f"{status.count('missing')} missing; consent given for {status.consents} of {n}; "
        + f"{status.adopted} of {n} adopted (vastgesteld)"
        + (": the workbooks are marked CONCEPT." if status.concept else ".")
    )
