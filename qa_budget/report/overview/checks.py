"""Sheet Controles: every identity computed by formulas across the sheets, OK or FOUT; then
the scenario's policy rules, each OK, broken (with what broke it) or not checked."""

from __future__ import annotations

from collections.abc import Sequence

from qa_budget.display import ShownYear
from qa_budget.planning.rules import RuleOutcome
from qa_budget.reconcile import Reconciliation
from qa_budget.report.common.sheet import Registry, Sheet
from qa_budget.report.overview.shared import EPS, Terms, Text

# --- Checks -----------------------------------------------------------------------------------


def checks_sheet(
    s: Sheet,
    rec: Reconciliation,
    shown: list[ShownYear],
    reg: Registry,
    t: Text,
    rules: Sequence[RuleOutcome] = (),
    lang: str = "nl",
) -> None:
    s.ws.set_column(0, 0, 78)
    s.ws.set_column(1, 1, 7)
    s.ws.set_column(2, 4, 18)
    s.ws.set_column(5, 5, 9)
    s.text(0, 0, t("check"), "title")
    s.text(1, 0, t("checks_subtitle"), "subtitle")
    s.row_texts(3, 0, [t("check"), t("year"), t("left"), t("right"), t("difference"), t("status")])
    row = 4

    def add(name: str, year: int, left: Terms, right: Terms, tol: float, const: int = 0) -> None:
        """One identity: left = right (+ const), as formulas over the registered cells."""
        nonlocal row
        values = []
        for col, terms, extra in ((2, left, 0), (3, right, const)):
            formula = "=" + "".join(
                ("+" if sign > 0 else "-") + reg[key].address for sign, key in terms
            ).lstrip("+")
            if extra or not terms:
                formula += f"+{extra}" if terms else str(extra)
            value = sum(sign * reg[key].value for sign, key in terms) + extra
            s.formula(row, col, formula, value, "eur")
            values.append(value)
        lv, rv = values
        s.formula(row, 4, f"={s.local(row, 2)}-{s.local(row, 3)}", lv - rv, "eur")
        ok = abs(lv - rv) < tol
        s.formula(
            row,
            5,
            f'=IF(ABS({s.local(row, 4)})<{tol},"OK","{t("fail")}")',
            "OK" if ok else t("fail"),
            "ok" if ok else "fail",
        )
        s.text(row, 0, t(name))
        s.number(row, 1, year, "text")
        row += 1

    for f in rec.years:
        y = f.year
        add(
            "chk_revenue",
            y,
            [(1, ("revenue", y))],
            [(1, ("units_sum", y)), (1, ("central_sum", y)), (1, ("still", y))],
            EPS,
        )
        add(
            "chk_still",
            y,
            [(1, ("still", y))],
            [(1, ("update", y)), (1, ("unallocated", y))],
            EPS,
        )
        add(
            "chk_spending",
            y,
            [(1, ("spending", y))],
            [(1, ("plans_sum", y)), (1, ("central_sum", y))],
            EPS,
        )
        add(
            "chk_result",
            y,
            [(1, ("result", y))],
            [(1, ("revenue", y)), (-1, ("spending", y)), (-1, ("still", y))],
            EPS,
        )
        add(
            "chk_k_revenue",
            y,
            [(1, ("k", "revenue", y))],
            [(1, ("k", "spending", y)), (1, ("k", "still", y)), (1, ("k", "result", y))],
            0.5,
        )
        add(
            "chk_k_allocated",
            y,
            [(1, ("k", "allocated", y))],
            [(1, ("k", "units_sum", y)), (1, ("k", "central", y))],
            0.5,
        )
        add(
            "chk_k_still",
            y,
            [(1, ("k", "still", y))],
            [(1, ("k", "still_parts", y))],
            0.5,
        )
        add(
            "chk_pct",
            y,
            [(1, ("pct", "total", y))],
            [],
            0.5,
            const=100 if f.spending else 0,
        )
    if rules:
        rules_section(s, row + 1, rules, t, lang)
    s.ws.freeze_panes(4, 0)
    s.setup_print()


def rules_section(s: Sheet, row: int, rules: Sequence[RuleOutcome], t: Text, lang: str) -> int:
    """Each rule of the scenario: its level, OK / broken / not checked, and below a broken
    rule every finding in words. Returns the last row written."""
    s.text(row, 0, t("rules_title"), "title")
    s.text(row + 1, 0, t("rules_subtitle"), "subtitle")
    s.row_texts(row + 3, 0, [t("rule"), "", t("rule_level"), t("status")])
    row += 4
    for r in rules:
        status, fmt = (
            (t("rule_off"), "text")
            if r.level == "off"
            else (t("rule_ok"), "ok")
            if r.ok
            else (t("rule_broken"), "fail")
        )
        s.text(row, 0, t(f"rule_name_{r.rule}"), "bold")
        s.text(row, 2, t(f"rule_level_{r.level}"))
        s.text(row, 3, status, fmt)
        row += 1
        for f in (*r.findings, *r.notes):
            s.text(row, 0, f"  {f.text(lang)}", "note" if f in r.notes else "text")
            row += 1
    return row - 1
