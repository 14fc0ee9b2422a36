"""Faculty-board workbook, the allocation against the plan: per year the EEA students, the
amount per student, the allocation (and under a tariff scenario the allocation without floors
and caps, what they give or take, and the change against the baseline), the planned spending
and the difference, flagged."""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction
from typing import Any

import polars as pl

from qa_budget.allocation import Allocation
from qa_budget.money import cents_to_float, round_half_up
from qa_budget.report.common.method import binding_constraints, format_eur, has, years_text
from qa_budget.report.common.page import merged_paragraph
from qa_budget.report.common.sheet import Sheet
from qa_budget.scenario import Scenario

Text = Callable[[str], str]
HEAD = 5  # the header row: title, subtitle, a blank row, the summary sentence, a blank row


def _eur(cents: int) -> float:
    return cents_to_float(cents)


def allocation_sheet(
    s: Sheet,
    unit: str,
    name: str,
    scenario: Scenario,
    allocation: Allocation,
    units: pl.DataFrame,
    planned: dict[int, int],
    t: Text,
    lang: str,
) -> int:
    """Per year: students, amount per student, allocation, plan and the difference.

    `planned` is the unit's planned spending per year in cents; the sheet takes it by formula
    from the measures sheet (registered there as ("m_total", year)).
    """
    rows = list(units.iter_rows(named=True))
    years = [int(r["year"]) for r in rows]
    s.ws.set_column(0, 0, 56)
    s.ws.set_column(1, len(years) + 1, 18)
    s.text(0, 0, f"{unit} — {name}", "title")
    s.text(1, 0, f"{scenario.display_title} ({years_text(years)})", "subtitle")
    s.row_texts(HEAD, 0, [t("eur")] + [str(y) for y in years] + [t("total")], numeric_from=1)
    tariff = has(allocation, "unconstrained") and all(r["unconstrained"] is not None for r in rows)
    lines = ["students", "per_student"]
    lines += ["fac_unconstrained", "fac_limit_effect"] if tariff else []
    lines += ["allocation"]
    lines += ["fac_baseline", "fac_change", "fac_change_pct"] if has(allocation, "baseline") else []
    lines += ["planned", "plan_minus_allocation", "fac_deviation_pct", "fac_signal"]
    r = {key: HEAD + 1 + i for i, key in enumerate(lines)}
    total_col = len(years) + 1
    for key, row in r.items():
        s.text(row, 0, t(key), "bold" if key in ("allocation", "plan_minus_allocation") else "text")
    for c, rec in enumerate(rows):
        col = 1 + c

        def at(key: str, col: int = col) -> str:
            return s.local(r[key], col)

        year, alloc = int(rec["year"]), int(rec["allocation"])
        s.number(r["students"], col, int(rec["students"]), "count")
        s.number(r["per_student"], col, _eur(int(rec["per_student"])), "eur")
        if tariff:
            free, effect = int(rec["unconstrained"]), int(rec["limit_effect"])
            s.number(r["fac_unconstrained"], col, _eur(free), "eur0")
            s.number(r["fac_limit_effect"], col, _eur(effect), "eur0_signed")
        if tariff and int(rec["unconstrained"]) + int(rec["limit_effect"]) == alloc:
            formula = f"={at('fac_unconstrained')}+{at('fac_limit_effect')}"
        elif int(rec["students"]) * int(rec["per_student"]) == alloc:
            formula = f"={at('students')}*{at('per_student')}"
        else:
            formula = ""
        if formula:
            s.formula(r["allocation"], col, formula, _eur(alloc), "eur0_total")
        else:
            s.number(r["allocation"], col, _eur(alloc), "eur0_total")
        if "fac_baseline" in r:
            base = int(rec["baseline"])
            s.number(r["fac_baseline"], col, _eur(base), "eur0")
            s.formula(
                r["fac_change"],
                col,
                f"={at('allocation')}-{at('fac_baseline')}",
                _eur(alloc - base),
                "eur0_signed",
            )
            s.formula(
                r["fac_change_pct"],
                col,
                f'=IF({at("fac_baseline")}=0,"",{at("fac_change")}/{at("fac_baseline")})',
                float(Fraction(alloc - base, base)) if base else "",
                "pct1_signed",
            )
        total = s.registry[("m_total", year)]
        s.formula(r["planned"], col, f"={total.address}", _eur(planned[year]), "eur0")
        diff = planned[year] - alloc
        s.formula(
            r["plan_minus_allocation"],
            col,
            f"={at('planned')}-{at('allocation')}",
            _eur(diff),
            "eur0_signed_total",
        )
        s.formula(
            r["fac_deviation_pct"],
            col,
            f'=IF({at("allocation")}=0,"",{at("plan_minus_allocation")}/{at("allocation")})',
            float(Fraction(diff, alloc)) if alloc else "",
            "pct1_signed",
        )
        _signal(s, r["fac_signal"], col, at("plan_minus_allocation"), diff, t)
    _totals(s, r, total_col, len(years), rows, sum(planned[y] for y in years), t)
    pct = float(scenario.checks.plan_deviation_pct) / 100
    s.ws.conditional_format(
        r["fac_deviation_pct"],
        1,
        r["fac_deviation_pct"],
        total_col,
        {
            "type": "formula",
            "criteria": f"=ABS(B{r['fac_deviation_pct'] + 1})>{pct}",
            "format": s.fmt["flag"],
        },
    )
    note = r["fac_signal"] + 2
    text = t("fac_signal_note").format(pct=f"{pct * 100:g}")
    if tariff:
        text += " " + t("fac_limits_note")
    merged_paragraph(s, note, 0, total_col, text, 56 + 18 * total_col, "note")
    alloc = sum(int(x["allocation"]) for x in rows)
    summary = _summary(unit, years, alloc, sum(planned[y] for y in years), t, lang)
    merged_paragraph(s, 3, 0, total_col, summary, 56 + 18 * total_col, "summary")
    last = note
    if scenario.key.limits(lang) or has(allocation, "binding"):
        last += 1
        s.text(last, 0, t("fac_limits").format(unit=unit), "bold")
        for line in binding_constraints(scenario, allocation, lang, unit=unit):
            last += 1
            merged_paragraph(s, last, 0, total_col, line, 46 + 18 * total_col, "note")
    s.ws.freeze_panes(HEAD + 1, 1)
    return last


def _summary(unit: str, years: list[int], alloc: int, plan: int, t: Text, lang: str) -> str:
    """One plain sentence: what the unit gets, what it plans, where the difference goes; in
    whole euros (halves up), the difference that of the euros shown, so the sentence adds up."""
    alloc_eur, plan_eur = round_half_up(alloc, 100), round_half_up(plan, 100)
    diff = plan_eur - alloc_eur
    key = (
        "fac_summary_more" if diff > 0 else "fac_summary_less" if diff < 0 else "fac_summary_equal"
    )
    pct = f"{abs(float(Fraction(diff * 100, alloc))) * 100:.1f}%" if alloc else "—"
    return t(key).format(
        unit=unit,
        years=years_text(years),
        alloc=format_eur(alloc_eur * 100, lang, decimals=False),
        plan=format_eur(plan_eur * 100, lang, decimals=False),
        diff=format_eur(abs(diff) * 100, lang, decimals=False),
        pct=pct.replace(".", ",") if lang == "nl" else pct,
    )


def _signal(s: Sheet, row: int, col: int, diff: str, value: int, t: Text) -> None:
    more, less, equal = t("fac_signal_more"), t("fac_signal_less"), t("fac_signal_equal")
    cached = more if value > 0 else less if value < 0 else equal
    s.formula(
        row,
        col,
        f'=IF({diff}>0,"{more}",IF({diff}<0,"{less}","{equal}"))',
        cached,
        "signal",
    )
    s.ws.set_row(row, 18)


def _totals(
    s: Sheet,
    r: dict[str, int],
    col: int,
    n: int,
    rows: list[dict[str, Any]],
    planned: int,
    t: Text,
) -> None:
    """The total column: sums over the years, and the difference and signal of the sums."""

    def at(key: str) -> str:
        return s.local(r[key], col)

    sums: dict[str, int] = {}
    for key, column, fmt in (
        ("students", "students", "count_total"),
        ("fac_unconstrained", "unconstrained", "eur0_total"),
        ("fac_limit_effect", "limit_effect", "eur0_signed_total"),
        ("allocation", "allocation", "eur0_total"),
        ("fac_baseline", "baseline", "eur0_total"),
        ("planned", None, "eur0_total"),
    ):
        if key not in r:
            continue
        sums[key] = planned if column is None else sum(int(x[column]) for x in rows)
        value = sums[key] if key == "students" else _eur(sums[key])
        s.formula(r[key], col, f"=SUM({s.local(r[key], 1)}:{s.local(r[key], n)})", value, fmt)
    alloc, diff = sums["allocation"], planned - sums["allocation"]
    s.formula(
        r["plan_minus_allocation"],
        col,
        f"={at('planned')}-{at('allocation')}",
        _eur(diff),
        "eur0_signed_total",
    )
    s.formula(
        r["fac_deviation_pct"],
        col,
        f'=IF({at("allocation")}=0,"",{at("plan_minus_allocation")}/{at("allocation")})',
        float(Fraction(diff, alloc)) if alloc else "",
        "pct1_signed_total",
    )
    if "fac_baseline" in r:
        base = sums["fac_baseline"]
        s.formula(
            r["fac_change"],
            col,
            f"={at('allocation')}-{at('fac_baseline')}",
            _eur(alloc - base),
            "eur0_signed_total",
        )
        s.formula(
            r["fac_change_pct"],
            col,
            f'=IF({at("fac_baseline")}=0,"",{at("fac_change")}/{at("fac_baseline")})',
            float(Fraction(alloc - base, base)) if base else "",
            "pct1_signed_total",
        )
    _signal(s, r["fac_signal"], col, at("plan_minus_allocation"), diff, t)
