"""Overview sheets that only some scenarios have: tariffs, oploop, and an infeasible year."""

from __future__ import annotations

from collections.abc import Callable

from qa_budget.allocation import Allocation
from qa_budget.binding import KINDS, binding_kind
from qa_budget.inputs.tables import Inputs
from qa_budget.report.common.sheet import Sheet
from qa_budget.scenario import Scenario
from qa_budget.texts import TIERS, label

Text = Callable[[str], str]
COLUMNS = (
    "tar_weighted",
    "tar_formula",
    "tar_adjustment",
    "allocation",
    "tar_baseline",
    "tar_change",
    "tar_change_pct",
    "tar_limit",
)


def write_tariffs(
    s: Sheet, scenario: Scenario, inputs: Inputs, allocation: Allocation, lang: str
) -> None:
    """Tariffs per tier and year, then per unit: formula, top-up or skim, change, and the
    limit it reached."""

    def t(key: str) -> str:
        return label(key, lang)

    years = sorted(set(allocation.units["year"].to_list()))
    s.ws.set_column(0, 0, 34)
    s.ws.set_column(1, 1 + len(years) * len(COLUMNS), 14)
    s.text(0, 0, t("tar_title"), "title")
    s.text(1, 0, scenario.key.sentence(lang), "subtitle")
    s.row_texts(3, 0, [t("tar_per_student")] + [str(y) for y in years], numeric_from=1)
    first = allocation.tariffs.get(years[0], {}) if years else {}
    names = [k for k in first if k == "base"] + [k for k in first if k != "base"]
    for i, name in enumerate(names):
        tier = TIERS[name][lang] if name in TIERS else name
        s.text(4 + i, 0, t("tar_base") if name == "base" else t("tar_tier").format(tier=tier))
        for c, y in enumerate(years):
            if name in allocation.tariffs.get(y, {}):
                s.number(4 + i, 1 + c, float(allocation.tariffs[y][name]), "eur")
    row = 4 + len(names)
    s.text(row, 0, t("tar_pool"), "bold")
    for c, y in enumerate(years):
        pool = allocation.pools.get(y, allocation.total(y))
        s.number(row, 1 + c, pool / 100, "eur_total")

    top = row + 3
    baseline = getattr(scenario.key, "baseline_words", lambda _: allocation.baseline)(lang)
    s.text(top - 1, 0, t("tar_units_intro").format(baseline=baseline), "subtitle")
    s.text(top, 0, t("unit"), "header")
    for c, y in enumerate(years):
        heads = [t("tar_heading").format(year=y, what=t(k)) for k in COLUMNS]
        s.row_texts(top, 1 + c * len(COLUMNS), heads, numeric_from=0)
    s.ws.set_row(top, 45)
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
            kind = binding_kind(str(r["binding"] or ""), code, y)
            s.text(r0, col + 7, t(f"limit_{kind}") if kind in KINDS else "")
    s.ws.freeze_panes(top + 1, 1)
    s.setup_print()


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
