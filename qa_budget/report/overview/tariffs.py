"""Overview sheets that only some scenarios have: tariffs, oploop, and an infeasible year."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from qa_budget.allocation import Allocation
from qa_budget.binding import KINDS, binding_kind
from qa_budget.inputs.tables import Inputs
from qa_budget.report.common.page import fit_row, wrapped_texts
from qa_budget.report.common.sheet import Sheet
from qa_budget.scenario import Scenario
from qa_budget.texts import TIERS, label

Text = Callable[[str], str]
WIDTHS = (9, 42, 15, 15, 15, 15, 15, 15, 15, 12, 14)


def write_tariffs(
    s: Sheet,
    scenario: Scenario,
    inputs: Inputs,
    allocation: Allocation,
    t: Text,
    lang: str,
    method: str,
) -> None:
    """Tariffs per tier and year, then per year a block of the units (so the sheet reads on
    paper): weighted students, base tariff × weighted students, the allocation without floors
    and caps (the same pool), the allocation, their difference (what floors and caps give or
    take), the baseline, the change against it and the limit that binds."""
    years = sorted(set(allocation.units["year"].to_list()))
    for col, w in enumerate(WIDTHS):
        s.ws.set_column(col, col, w)
    end = len(WIDTHS) - 1
    s.text(0, 0, t("tar_title"), "title")
    s.ws.merge_range(1, 0, 1, end, "", s.fmt["subtitle_wrap"])
    s.text(1, 0, method, "subtitle_wrap")
    fit_row(s, 1, [(method, float(sum(WIDTHS)))], "subtitle_wrap")
    s.row_texts(3, 1, [t("tar_per_student")] + [str(y) for y in years], numeric_from=1)
    first = allocation.tariffs.get(years[0], {}) if years else {}
    names = [k for k in first if k == "base"] + [k for k in first if k != "base"]
    for i, name in enumerate(names):
        tier = TIERS[name][lang] if name in TIERS else name
        s.text(4 + i, 1, t("tar_base") if name == "base" else t("tar_tier").format(tier=tier))
        for c, y in enumerate(years):
            if name in allocation.tariffs.get(y, {}):
                s.number(4 + i, 2 + c, float(allocation.tariffs[y][name]), "eur")
    row = 4 + len(names)
    s.text(row, 1, t("tar_pool"), "bold")
    for c, y in enumerate(years):
        pool = allocation.pools.get(y, allocation.total(y))
        s.number(row, 2 + c, pool / 100, "eur_total")
    s.keep_together(3, row)
    baseline = getattr(scenario.key, "baseline_words", lambda _: allocation.baseline)(lang)
    note = t("tar_units_note").format(baseline=baseline or "")
    s.ws.merge_range(row + 2, 0, row + 2, end, "", s.fmt["note"])
    s.text(row + 2, 0, note, "note")
    fit_row(s, row + 2, [(note, float(sum(WIDTHS)))], "note")
    heads = [
        t("unit"),
        t("name"),
        t("tar_weighted"),
        t("tar_formula"),
        t("fac_unconstrained"),
        t("allocation"),
        t("fac_limit_effect"),
        t("fac_baseline"),
        t("fac_change"),
        t("fac_change_pct"),
        t("tar_binding"),
    ]
    codes = inputs.units["code"].to_list()
    unit_names = dict(zip(codes, inputs.units[f"name_{lang}"].to_list(), strict=True))
    rows = {(r["unit"], r["year"]): r for r in allocation.units.iter_rows(named=True)}
    top = row + 4
    for y in years:
        s.text(top, 0, str(y), "bold")
        s.row_texts(top + 1, 0, heads[:-1], numeric_from=2)
        s.text(top + 1, end, heads[-1], "header")
        fit_row(s, top + 1, list(zip(heads, map(float, WIDTHS), strict=True)))
        for i, code in enumerate(codes):
            _unit_row(s, top + 2 + i, code, unit_names[code], rows[(code, y)], y, t)
        s.keep_together(top, top + 1 + len(codes))
        top += len(codes) + 3
    s.setup_print()


def _unit_row(s: Sheet, r0: int, code: str, name: str, r: dict[str, Any], y: int, t: Text) -> None:
    def at(col: int) -> str:
        return s.local(r0, col)

    s.text(r0, 0, code, "top")
    wrapped_texts(s, r0, [(1, name, WIDTHS[1])])
    s.number(r0, 2, r.get("weighted") or 0, "count")
    s.number(r0, 3, r["formula"] / 100, "eur")
    free = r.get("unconstrained")
    if free is not None:
        s.number(r0, 4, free / 100, "eur")
    s.number(r0, 5, r["allocation"] / 100, "eur")
    if free is not None:
        effect = r["allocation"] - int(r.get("oploop") or 0) - free
        oploop = f"-{r['oploop'] / 100}" if r.get("oploop") else ""
        s.formula(r0, 6, f"={at(5)}{oploop}-{at(4)}", effect / 100, "eur")
    s.number(r0, 7, r["baseline"] / 100, "eur")
    change = r["allocation"] - r["baseline"]
    s.formula(r0, 8, f"={at(5)}-{at(7)}", change / 100, "eur")
    s.formula(
        r0,
        9,
        f"=IF({at(7)}=0,0,{at(8)}/{at(7)})",
        change / r["baseline"] if r["baseline"] else 0.0,
        "pct1",
    )
    kind = binding_kind(str(r["binding"] or ""), code, y)
    s.text(r0, 10, t(f"limit_{kind}") if kind in KINDS else "")


def write_oploop(s: Sheet, allocation: Allocation, lang: str) -> None:
    """What the oploop handed out per year, and the implied amount per student."""

    def t(key: str) -> str:
        return label(key, lang)

    years = sorted(allocation.oploop)
    s.ws.set_column(0, 0, 52)
    s.ws.set_column(1, len(years), 16)
    s.text(0, 0, t("opl_title"), "title")
    s.text(1, 0, t("opl_intro"), "subtitle")
    s.row_texts(3, 0, [""] + [str(y) for y in years], numeric_from=1)
    part = t(f"note_part_{allocation.oploop[years[0]]['part']}") if years else ""
    lines = (
        ("still_to_allocate", t("opl_before")),
        ("base", t("opl_applies").format(part=part)),
        ("handed_out", t("opl_handed_out")),
        ("units", t("opl_units")),
        ("central", t("opl_central")),
    )
    for i, (key, text) in enumerate(lines):
        s.text(4 + i, 0, text)
        for c, y in enumerate(years):
            s.number(4 + i, 1 + c, allocation.oploop[y][key] / 100, "eur")
    s.text(9, 0, t("opl_per_student"))
    s.text(10, 0, t("opl_ratio_year"))
    for c, y in enumerate(years):
        per = allocation.oploop[y]["per_student"]
        s.number(9, 1 + c, float(per) if per is not None else 0.0, "eur")
        s.number(10, 1 + c, allocation.oploop[y]["reference_year"], "text")
    notes = [n for n in allocation.notes if n.key.startswith("note_oploop")]
    for i, note in enumerate(notes):
        s.text(12 + i, 0, note.text(lang))
    s.setup_print()


def write_infeasible(s: Sheet, allocation: Allocation, lang: str) -> None:
    """Why the wish could not be met, and which relaxation the closest plan uses."""
    s.ws.set_column(0, 0, 140)
    s.text(0, 0, label("inf_title", lang), "title")
    s.text(1, 0, label("inf_intro", lang), "fail")
    for i, why in enumerate(allocation.infeasible):
        s.text(3 + 2 * i, 0, why.text(lang), "wrap")
        used = label("inf_used", lang).format(alternative=why.alternatives[0].words(lang))
        s.text(4 + 2 * i, 0, used, "bold")
