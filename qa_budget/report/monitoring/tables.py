"""The monitoring workbook's tables of record: the B/R columns in the layout of the published
annex (k EUR and exact EUR), the checks, and the provenance."""

from __future__ import annotations

from collections.abc import Hashable

from qa_budget.monitoring.columns import rounding_notes
from qa_budget.monitoring.model import Monitoring
from qa_budget.report.common.sheet import Registry, Sheet
from qa_budget.report.monitoring.layout import EPS, eur, intro, wide
from qa_budget.texts import THEME_NUMBERS, label, theme_name

# --- B/R: the layout of the published annex ---------------------------------------------------

BR_LINES = ("total_spending", "still_to_allocate", "result", "revenue_rijksbijdrage")


def write_br(s: Sheet, m: Monitoring, lang: str, keur: bool) -> None:
    def t(key: str) -> str:
        return label(key, lang)

    s.ws.set_column(0, 0, 8)
    s.ws.set_column(1, 1, 64)
    s.ws.set_column(2, 1 + len(m.columns), 13 if keur else 16)
    intro(
        s,
        t("mon_br_title"),
        t("mon_br_intro").format(
            amounts=t("keur") if keur else t("mon_eur_exact"),
            rounding=t("mon_br_rounding") if keur else "",
        ),
        1 + len(m.columns),
        110,
    )
    s.row_texts(
        3,
        0,
        [t("theme"), t("description")] + [c.label for c in m.columns],
        numeric_from=2,
    )
    first = 4
    for i, theme in enumerate(THEME_NUMBERS):
        s.number(first + i, 0, theme, "text")
        s.text(first + i, 1, theme_name(theme, lang))
    total = first + 6
    for row, key in enumerate((*BR_LINES, "revenue_kadernota"), start=total):
        s.text(row, 1, t(key), "bold" if row in (total, total + 3) else "text")
    tag = "k" if keur else "eur"
    num, num_total = ("keur", "keur_total") if keur else ("eur", "eur_total")
    for c, column in enumerate(m.columns):
        col = 2 + c
        shown = m.shown[column.label]

        def value(k_value: int | None, cents: int | None) -> float | int | None:
            if keur:
                return k_value
            return None if cents is None else eur(cents)

        for i, theme in enumerate(THEME_NUMBERS):
            v = value(shown.themes[theme], column.themes[theme])
            assert v is not None
            s.number(first + i, col, v, num, (tag, "theme", theme, column.label))
        spending = value(shown.spending, column.spending)
        s.formula(
            total,
            col,
            f"=SUM({s.local(first, col)}:{s.local(first + 5, col)})",
            spending,
            num_total,
            (tag, "spending", column.label),
        )
        still = value(shown.still_to_allocate, column.still_to_allocate)
        if still is not None:
            s.number(total + 1, col, still, num, (tag, "still", column.label))
        revenue = value(shown.revenue, column.revenue)
        result = value(shown.result, column.result)
        if revenue is not None and result is not None:
            s.formula(
                total + 2,
                col,
                f"={s.local(total + 3, col)}-{s.local(total, col)}-{s.local(total + 1, col)}",
                result,
                num,
                (tag, "result", column.label),
            )
            s.number(total + 3, col, revenue, num_total, (tag, "revenue", column.label))
        kadernota = value(shown.kadernota, column.kadernota)
        assert kadernota is not None
        s.number(total + 4, col, kadernota, num, (tag, "kadernota", column.label))
    row = total + 6
    notes = [t("mon_br_result_note"), t("mon_br_kadernota_note")]
    for column in m.columns:
        if column.kind == "R" and column.missing:
            units = ", ".join(column.missing)
            notes.append(t("mon_br_incomplete").format(column=column.label, units=units))
        if column.kind == "R" and column.revenue is None:
            notes.append(t("mon_br_no_revenue").format(column=column.label))
    if keur:
        rounding = rounding_notes(m.columns, m.shown, lang)
        if rounding:
            notes.append(t("mon_br_rounding_intro"))
            notes += rounding
    for note in notes:
        wide(s, row, 1, 1 + len(m.columns), note, "text", 170)
        row += 1
    s.ws.freeze_panes(4, 2)
    s.setup_print()


# --- Controles --------------------------------------------------------------------------------


def write_checks(s: Sheet, m: Monitoring, reg: Registry, lang: str) -> None:
    def t(key: str) -> str:
        return label(key, lang)

    s.ws.set_column(0, 0, 80)
    s.ws.set_column(1, 3, 18)
    s.ws.set_column(4, 4, 9)
    intro(s, t("check"), t("mon_checks_intro"), 4, 120)
    s.row_texts(3, 0, [t("check"), t("left"), t("right"), t("difference")])
    s.text(3, 4, t("status"), "header")
    row = 4
    fail = t("fail")

    def add(name: str, left: list[Hashable], right: list[tuple[int, Hashable]], tol: float) -> None:
        nonlocal row
        lv = sum(reg[k].value for k in left)
        rv = sum(sign * reg[k].value for sign, k in right)
        s.formula(row, 1, "=" + "+".join(reg[k].address for k in left), lv, "eur")
        r_formula = "".join(("+" if sign > 0 else "-") + reg[k].address for sign, k in right)
        s.formula(row, 2, "=" + r_formula.lstrip("+"), rv, "eur")
        s.formula(row, 3, f"={s.local(row, 1)}-{s.local(row, 2)}", lv - rv, "eur")
        ok = abs(lv - rv) < tol
        s.formula(
            row,
            4,
            f'=IF(ABS({s.local(row, 3)})<{tol},"OK","{fail}")',
            "OK" if ok else fail,
            "ok" if ok else "fail",
        )
        s.text(row, 0, name)
        row += 1

    add(t("mon_check_budget"), [("units_budget",)], [(1, ("themes_budget",))], EPS)
    add(t("mon_check_forecast"), [("units_forecast",)], [(1, ("themes_forecast",))], EPS)
    b = f"B{m.year}"
    add(
        t("mon_check_budget_br").format(column=b),
        [("units_budget",)],
        [(1, ("eur", "spending", b))],
        EPS,
    )
    for c in m.columns:
        for tag, tol in (("eur", EPS), ("k", 0.5)):
            unit = "EUR" if tag == "eur" else "k EUR"
            add(
                t("mon_check_themes").format(unit=unit, column=c.label),
                [(tag, "spending", c.label)],
                [(1, (tag, "theme", th, c.label)) for th in THEME_NUMBERS],
                tol,
            )
            if (tag, "revenue", c.label) in reg.cells:
                right: list[tuple[int, Hashable]] = [(1, (tag, "spending", c.label))]
                right.append((1, (tag, "result", c.label)))
                if (tag, "still", c.label) in reg.cells:
                    right.append((1, (tag, "still", c.label)))
                add(
                    t("mon_check_revenue").format(unit=unit, column=c.label),
                    [(tag, "revenue", c.label)],
                    right,
                    tol,
                )
    for c in m.columns:
        if c.kind == "R":
            s.text(row, 0, t("mon_check_final").format(column=c.label))
            ok = not c.missing
            s.text(row, 3, "" if ok else ", ".join(c.missing))
            s.text(row, 4, "OK" if ok else t("mon_attention"), "ok" if ok else "fail")
            row += 1
    s.ws.freeze_panes(4, 0)
    s.setup_print()
