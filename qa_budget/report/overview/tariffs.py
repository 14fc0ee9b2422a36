"""Overview sheets that only some scenarios have: tariffs, oploop, and an infeasible year."""

from __future__ import annotations

from collections.abc import Callable

from qa_budget.adjust import PART_TEXT
from qa_budget.allocation import Allocation
from qa_budget.inputs.tables import Inputs
from qa_budget.report.common.sheet import Sheet

Text = Callable[[str], str]
COLUMNS = (
    "weighted",
    "formula",
    "adjustment",
    "allocation",
    "baseline",
    "change",
    "change %",
    "binding",
)


def write_tariffs(s: Sheet, inputs: Inputs, allocation: Allocation) -> None:
    """Tariffs per tier and year, then per unit: formula, top-up or skim, change, binding."""
    years = sorted(set(allocation.units["year"].to_list()))
    s.ws.set_column(0, 0, 34)
    s.ws.set_column(1, 1 + len(years) * len(COLUMNS), 14)
    s.text(0, 0, "Tarieven / tariffs", "title")
    s.text(1, 0, allocation.method, "subtitle")
    s.row_texts(3, 0, ["EUR per student"] + [str(y) for y in years], numeric_from=1)
    first = allocation.tariffs.get(years[0], {}) if years else {}
    names = [k for k in first if k == "base"] + [k for k in first if k != "base"]
    for i, name in enumerate(names):
        label = "base tariff (per weighted student)" if name == "base" else f"tier {name}"
        s.text(4 + i, 0, label)
        for c, y in enumerate(years):
            if name in allocation.tariffs.get(y, {}):
                s.number(4 + i, 1 + c, float(allocation.tariffs[y][name]), "eur")
    row = 4 + len(names)
    s.text(row, 0, "pool (EUR)", "bold")
    for c, y in enumerate(years):
        pool = allocation.pools.get(y, allocation.total(y))
        s.number(row, 1 + c, pool / 100, "eur_total")

    top = row + 3
    s.text(
        top - 1,
        0,
        f"per unit; baseline = {allocation.baseline}; formula = base tariff × "
        "weighted students; top-up (+) or skim (−) = allocation − formula",
        "subtitle",
    )
    s.text(top, 0, "Unit", "header")
    for c, y in enumerate(years):
        s.row_texts(top, 1 + c * len(COLUMNS), [f"{y} {k}" for k in COLUMNS], numeric_from=0)
    s.ws.set_row(top, 30)
    codes = inputs.units["code"].to_list()
    rows = {(r["unit"], r["year"]): r for r in allocation.units.iter_rows(named=True)}
    for i, code in enumerate(codes):
        r0 = top + 1 + i
        s.text(r0, 0, code)
        for c, y in enumerate(years):
            r = rows[(code, y)]
            col = 1 + c * len(COLUMNS)
            s.number(r0, col, r.get("weighted") or 0, "count")
            s.number(r0, col + 1, r["formula"] / 100, "eur")
            s.formula(
                r0,
                col + 2,
                f"={s.local(r0, col + 3)}-{s.local(r0, col + 1)}",
                r["adjustment"] / 100,
                "eur",
            )
            s.number(r0, col + 3, r["allocation"] / 100, "eur")
            s.number(r0, col + 4, r["baseline"] / 100, "eur")
            change = r["allocation"] - r["baseline"]
            s.formula(
                r0, col + 5, f"={s.local(r0, col + 3)}-{s.local(r0, col + 4)}", change / 100, "eur"
            )
            s.formula(
                r0,
                col + 6,
                f"=IF({s.local(r0, col + 4)}=0,0,{s.local(r0, col + 5)}/{s.local(r0, col + 4)})",
                change / r["baseline"] if r["baseline"] else 0.0,
                "pct1",
            )
            s.text(r0, col + 7, r["binding"])
    s.ws.freeze_panes(top + 1, 1)
    s.setup_print()


def write_oploop(s: Sheet, allocation: Allocation) -> None:
    """What the oploop handed out per year, and the implied amount per student."""
    years = sorted(allocation.oploop)
    s.ws.set_column(0, 0, 52)
    s.ws.set_column(1, len(years), 16)
    s.text(0, 0, "Oploop", "title")
    s.text(
        1,
        0,
        "Still to allocate handed out, keeping the ratio between unit and central "
        "allocation and the central themes (EUR)",
        "subtitle",
    )
    s.row_texts(3, 0, [""] + [str(y) for y in years], numeric_from=1)
    part = PART_TEXT[allocation.oploop[years[0]]["part"]] if years else ""
    lines = (
        ("still_to_allocate", "still to allocate before the oploop"),
        ("base", f"the share applies to: {part}"),
        ("handed_out", "handed out"),
        ("units", "of which to the units"),
        ("central", "of which to the central initiatives"),
    )
    for i, (key, label) in enumerate(lines):
        s.text(4 + i, 0, label)
        for c, y in enumerate(years):
            s.number(4 + i, 1 + c, allocation.oploop[y][key] / 100, "eur")
    s.text(9, 0, "implied amount per EEA student (units)")
    s.text(10, 0, "ratio kept: that of year")
    for c, y in enumerate(years):
        per = allocation.oploop[y]["per_student"]
        s.number(9, 1 + c, float(per) if per is not None else 0.0, "eur")
        s.number(10, 1 + c, allocation.oploop[y]["reference_year"], "text")
    notes = [n for n in allocation.notes if n.startswith("oploop ")]
    for i, note in enumerate(notes):
        s.text(12 + i, 0, note)
    s.setup_print()


def write_infeasible(s: Sheet, allocation: Allocation) -> None:
    """Why the wish could not be met, and which relaxation the closest plan uses."""
    s.ws.set_column(0, 0, 140)
    s.text(0, 0, "NOT FEASIBLE AS ASKED — closest feasible plan", "title")
    s.text(
        1,
        0,
        "The figures in this workbook use the first alternative below for these "
        "years; they are not the scenario as asked.",
        "fail",
    )
    for i, why in enumerate(allocation.infeasible):
        s.text(3 + 2 * i, 0, str(why), "wrap")
        s.text(4 + 2 * i, 0, f"Used: {why.alternatives[0].text}", "bold")
