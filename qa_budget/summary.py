"""The short summary a run prints: per year the key figures, per unit the tariff outcome."""

from __future__ import annotations

from collections.abc import Iterator

import polars as pl

from qa_budget.money import format_eur
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
