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


def write_br(s: Sheet, m: Monitoring, keur: bool) -> None:
    s.ws.set_column(0, 0, 8)
    s.ws.set_column(1, 1, 64)
    s.ws.set_column(2, 1 + len(m.columns), 13 if keur else 16)
    unit = label("keur") if keur else f"{label('eur')}, exact to the cent"
    intro(
        s,
        "Kwaliteitsafspraken: begroting (B) en realisatie (R)",
        f"{unit}. B = begroting (plannen + centrale initiatieven), R = realisatie "
        "(definitieve rapportages)"
        + ("; afgerond met de grootste-restmethode, zodat elke kolom optelt." if keur else "."),
        1 + len(m.columns),
        110,
    )
    s.row_texts(
        3,
        0,
        [label("theme"), label("description")] + [c.label for c in m.columns],
        numeric_from=2,
    )
    first = 4
    for i, theme in enumerate(THEME_NUMBERS):
        s.number(first + i, 0, theme, "text")
        s.text(first + i, 1, theme_name(theme))
    total = first + 6
    for row, key in enumerate((*BR_LINES, "revenue_kadernota"), start=total):
        s.text(row, 1, label(key), "bold" if row in (total, total + 3) else "text")
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
    notes = [
        "Resultaat: B = baten − lasten − nog te alloceren; R = gerealiseerde baten − "
        "gerealiseerde lasten (nog te alloceren is een begrotingsregel zonder realisatie).",
        "Baten conform kadernota: in de R-kolom het bedrag van de begroting van dat jaar.",
    ]
    for column in m.columns:
        if column.kind == "R" and column.missing:
            notes.append(
                f"{column.label} is onvolledig: geen definitieve rapportage van "
                + ", ".join(column.missing)
                + "."
            )
        if column.kind == "R" and column.revenue is None:
            notes.append(
                f"{column.label}: geen gerealiseerde baten op realised.xlsx › Baten; baten en "
                "resultaat blijven leeg."
            )
    if keur:
        rounding = rounding_notes(m.columns, m.shown)
        if rounding:
            notes.append(
                "Afronding: waar de regels los afgerond (zoals in een gepubliceerde tabel) niet "
                "optellen tot het totaal, wijkt één getoond getal 1 k EUR af van zijn eigen "
                "afronding:"
            )
            notes += rounding
    for note in notes:
        wide(s, row, 1, 1 + len(m.columns), note, "text", 170)
        row += 1
    s.ws.freeze_panes(4, 2)
    s.setup_print()


# --- Controles --------------------------------------------------------------------------------


def write_checks(s: Sheet, m: Monitoring, reg: Registry) -> None:
    s.ws.set_column(0, 0, 80)
    s.ws.set_column(1, 3, 18)
    s.ws.set_column(4, 4, 9)
    intro(
        s,
        label("check"),
        "Every identity, computed by formulas from the other sheets; EUR checks hold to the "
        "cent, k-EUR checks to the shown whole numbers.",
        4,
        120,
    )
    s.row_texts(3, 0, [label("check"), label("left"), label("right"), label("difference")])
    s.text(3, 4, label("status"), "header")
    row = 4

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
            f'=IF(ABS({s.local(row, 3)})<{tol},"OK","FOUT")',
            "OK" if ok else "FOUT",
            "ok" if ok else "fail",
        )
        s.text(row, 0, name)
        row += 1

    add(
        "EUR: budget per unit adds up to the budget per theme",
        [("units_budget",)],
        [(1, ("themes_budget",))],
        EPS,
    )
    add(
        "EUR: forecast per unit adds up to the forecast per theme",
        [("units_forecast",)],
        [(1, ("themes_forecast",))],
        EPS,
    )
    b = f"B{m.year}"
    add(
        f"EUR: budget per unit = total spending {b} of the B/R table",
        [("units_budget",)],
        [(1, ("eur", "spending", b))],
        EPS,
    )
    for c in m.columns:
        for tag, tol in (("eur", EPS), ("k", 0.5)):
            unit = "EUR" if tag == "eur" else "k EUR"
            add(
                f"{unit} {c.label}: total spending = the six themes",
                [(tag, "spending", c.label)],
                [(1, (tag, "theme", t, c.label)) for t in THEME_NUMBERS],
                tol,
            )
            if (tag, "revenue", c.label) in reg.cells:
                right: list[tuple[int, Hashable]] = [(1, (tag, "spending", c.label))]
                right.append((1, (tag, "result", c.label)))
                if (tag, "still", c.label) in reg.cells:
                    right.append((1, (tag, "still", c.label)))
                add(
                    f"{unit} {c.label}: revenue = spending + still to allocate + result",
                    [(tag, "revenue", c.label)],
                    right,
                    tol,
                )
    for c in m.columns:
        if c.kind == "R":
            s.text(row, 0, f"{c.label}: every unit with a budget reported its final figures")
            ok = not c.missing
            s.text(row, 3, "" if ok else ", ".join(c.missing))
            s.text(row, 4, "OK" if ok else "LET OP", "ok" if ok else "fail")
            row += 1
    s.ws.freeze_panes(4, 0)
    s.setup_print()
