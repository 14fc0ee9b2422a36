"""The monitoring workbook (monitoring.xlsx): which units are behind on which theme, budget
against realised per unit and theme, the B/R columns of the published annex, the reports.

Sheets: Signalen (one matrix: forecast in % of budget per unit and theme, flagged, and the units
that have not reported), Per eenheid, Per thema, B-R overzicht (k EUR), B-R in EUR,
Rapportages, Controles, Herkomst. Formulas carry their cached values; text is always text.
"""

from __future__ import annotations

from collections.abc import Hashable
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Any

import polars as pl

from qa_budget.inputs.contracts import MOMENTS
from qa_budget.money import cents_to_float
from qa_budget.monitoring.units import totals
from qa_budget.report.atomic import new_workbook
from qa_budget.report.sheet import Registry, Sheet, add_formats
from qa_budget.texts import THEME_NUMBERS, label, theme_name

if TYPE_CHECKING:
    from qa_budget.monitoring.core import MonitorResult

SHEETS = {
    "signals": "Signalen",
    "units": "Per eenheid",
    "themes": "Per thema",
    "br": "B-R overzicht",
    "br_eur": "B-R in EUR",
    "reports": "Rapportages",
    "checks": "Controles",
    "provenance": "Herkomst",
}
MOMENT_TEXT = {
    "mei": "mei (uitgaven januari-april)",
    "september": "september (uitgaven januari-augustus)",
    "definitief": "definitief (heel het jaar)",
}
SIGNAL_TEXT = {"under": "onderbesteding", "over": "overbesteding", "": ""}
UNDER, OVER = "#FFC7CE", "#FFEB9C"
EXTRA_FORMATS: dict[str, dict[str, Any]] = {
    "pct0": {"num_format": "0%"},
    "pct0_total": {"num_format": "0%", "bold": True, "top": 1},
    "pct0_under": {"num_format": "0%", "bg_color": UNDER, "font_color": "#9C0006", "bold": True},
    "pct0_over": {"num_format": "0%", "bg_color": OVER, "font_color": "#9C5700", "bold": True},
    "under": {"bg_color": UNDER, "font_color": "#9C0006", "bold": True},
    "over": {"bg_color": OVER, "font_color": "#9C5700", "bold": True},
    "behind": {"bg_color": "#D9D9D9", "bold": True},
    "behind_right": {"bg_color": "#D9D9D9", "bold": True, "align": "right"},
    "top": {"valign": "top"},
    "subtitle_wrap": {"italic": True, "font_color": "#595959", "text_wrap": True, "valign": "top"},
    "text_wrap": {"text_wrap": True, "valign": "top"},
    "under_wrap": {"bg_color": UNDER, "font_color": "#9C0006", "text_wrap": True, "valign": "top"},
    "over_wrap": {"bg_color": OVER, "font_color": "#9C5700", "text_wrap": True, "valign": "top"},
    "behind_wrap": {"bg_color": "#D9D9D9", "text_wrap": True, "valign": "top"},
}
EPS = 0.005  # half a cent


def status_text(status: str, latest: str | None) -> str:
    """A unit's report status in words."""
    return {
        "reported": f"gerapporteerd ({latest})",
        "late": f"te laat (laatste: {latest})",
        "missing": "ontbreekt",
        "none_due": "nog geen rapportage",
    }[status]


def _eur(cents: int) -> float:
    return cents_to_float(cents)


def _share(part: int, whole: int) -> float | None:
    return float(Fraction(part, whole)) if whole else None


def _share_or_blank(part: int, whole: int) -> float | str:
    """The cached value of IF(whole=0,"",part/whole)."""
    share = _share(part, whole)
    return "" if share is None else share


def write_workbook(path: Path, m: MonitorResult, provenance: dict[str, Any]) -> None:
    """Write monitoring.xlsx to `path` (a staged temporary)."""
    wb = new_workbook(path)
    fmt = add_formats(wb) | {k: wb.add_format(v) for k, v in EXTRA_FORMATS.items()}
    reg = Registry()
    sheets = {k: Sheet(wb, name, reg, fmt) for k, name in SHEETS.items()}
    _signals(sheets["signals"], m)
    _units(sheets["units"], m)
    _themes(sheets["themes"], m, sheets["units"])
    _br(sheets["br"], m, keur=True)
    _br(sheets["br_eur"], m, keur=False)
    _reports(sheets["reports"], m)
    _checks(sheets["checks"], m, reg)
    _provenance(sheets["provenance"], provenance)
    sheets["signals"].ws.activate()
    wb.close()


def _wide(s: Sheet, row: int, col: int, last_col: int, text: str, fmt: str, chars: int) -> None:
    """Text over merged cells, wrapped, its row as high as the text needs (about `chars`
    characters a line), so that long texts stay on the printed page."""
    s.ws.merge_range(row, col, row, last_col, "", s.fmt[f"{fmt}_wrap"])
    s.ws.write_string(row, col, text, s.fmt[f"{fmt}_wrap"])
    lines = -(-len(text) // chars)
    if lines > 1:
        s.ws.set_row(row, 15 * lines)


def _intro(s: Sheet, title: str, subtitle: str, last_col: int, chars: int) -> None:
    s.text(0, 0, title, "title")
    _wide(s, 1, 0, last_col, subtitle, "subtitle", chars)


def _moment(m: MonitorResult) -> str:
    return MOMENT_TEXT[m.moment] if m.moment else "nog geen rapportage"


# --- Signalen: one sheet that shows who is behind on what -------------------------------------


def _signals(s: Sheet, m: MonitorResult) -> None:
    t = m.thresholds
    s.ws.set_column(0, 0, 11)
    s.ws.set_column(1, 1, 44)
    s.ws.set_column(2, 2, 26)
    s.ws.set_column(3, 9, 10)
    floor = f"; verschillen onder EUR {t.min_difference_eur:,} niet" if t.min_difference_eur else ""
    _intro(
        s,
        f"Monitoring {m.year}: welke eenheden lopen achter op welk thema",
        f"Stand: {_moment(m)}. Prognose {m.year} in % van de begroting, per eenheid en thema. "
        f"Rood: onderbesteding (meer dan {t.underspend_pct}% onder de begroting); oranje: "
        f"overbesteding (meer dan {t.overspend_pct}% erboven){floor}. Prognose = laatste "
        "rapportage × 12 / maanden (mei × 3, september × 1,5). ? = geen rapportage (in de "
        "totalen telt dan de begroting als prognose).",
        9,
        150,
    )
    s.row_texts(
        3,
        0,
        ["Eenheid", "Naam", "Rapportage"] + [f"Thema {t}" for t in THEME_NUMBERS] + ["Totaal"],
        numeric_from=3,
    )
    cells = {(r["unit"], r["theme"]): r for r in m.lines.iter_rows(named=True)}
    unit_totals = {r["unit"]: r for r in totals(m.lines, "unit", t).iter_rows(named=True)}
    row = 4
    for u in m.statuses.iter_rows(named=True):
        s.text(row, 0, u["unit"])
        s.text(row, 1, u["name"])
        behind = u["status"] in ("late", "missing")
        s.text(row, 2, status_text(u["status"], u["latest"]), "behind" if behind else "text")
        for i, theme in enumerate(THEME_NUMBERS):
            line = cells.get((u["unit"], theme))
            if line is not None and u["status"] == "missing":
                s.text(row, 3 + i, "?", "behind_right")  # no report: nothing to show
            elif line is not None:
                _pct_cell(s, row, 3 + i, line["budget"], line["forecast"], line["signal"])
        total = unit_totals.get(u["unit"])
        if total is not None and u["status"] != "missing":
            _pct_cell(s, row, 9, total["budget"], total["forecast"], total["signal"])
        row += 1
    s.text(row, 1, label("total"), "bold")
    theme_totals = {r["theme"]: r for r in totals(m.lines, "theme", t).iter_rows(named=True)}
    for i, theme in enumerate(THEME_NUMBERS):
        r = theme_totals.get(theme)
        if r is not None:
            _pct_cell(s, row, 3 + i, r["budget"], r["forecast"], r["signal"], total=True)
    budget, fc = int(m.lines["budget"].sum()), int(m.lines["forecast"].sum())
    _pct_cell(s, row, 9, budget, fc, "", total=True)
    row += 2
    s.text(row, 0, "Signalen", "bold")
    row += 1
    flagged = m.lines.filter(pl.col("signal") != "")
    for r in flagged.iter_rows(named=True):
        share = f"{r['forecast_pct']:.0f}% van de" if r["forecast_pct"] is not None else "zonder"
        note = f" Toelichting: {r['note']}" if r["note"] else ""
        s.text(row, 0, r["unit"], "top")
        text = (
            f"thema {r['theme']}: {SIGNAL_TEXT[r['signal']]}: prognose "
            f"EUR {_eur(r['forecast']):,.2f} = {share} begroting EUR {_eur(r['budget']):,.2f} "
            f"(verschil EUR {_eur(r['difference']):,.2f}).{note}"
        )
        _wide(s, row, 1, 9, text, r["signal"], 135)
        row += 1
    if not flagged.height:
        s.text(row, 1, "Geen onder- of overbesteding boven de drempels.")
        row += 1
    row += 1
    s.text(row, 0, "Niet (tijdig) gerapporteerd", "bold")
    row += 1
    behind_units = m.statuses.filter(pl.col("status").is_in(["late", "missing"]))
    for u in behind_units.iter_rows(named=True):
        s.text(row, 0, u["unit"], "top")
        what = (
            f"geen rapportage over {m.year}; de begroting is als prognose aangehouden"
            if u["status"] == "missing"
            else f"laatste rapportage: {u['latest']}; de prognose is daarop gebaseerd"
        )
        _wide(s, row, 1, 9, f"{u['name']}: {what} (verwacht: {m.moment}).", "behind", 135)
        row += 1
    if not behind_units.height:
        s.text(row, 1, "Alle eenheden hebben gerapporteerd.")
    s.ws.freeze_panes(4, 2)
    s.setup_print()


def _pct_cell(
    s: Sheet, row: int, col: int, budget: int, forecast: int, signal: str, total: bool = False
) -> None:
    share = _share(forecast, budget)
    if share is None:
        if forecast:
            s.text(row, col, "zonder begroting", signal or "text")
        return
    fmt = f"pct0_{signal}" if signal else ("pct0_total" if total else "pct0")
    s.number(row, col, share, fmt)


# --- Per eenheid: the detail, filterable ------------------------------------------------------


UNIT_HEADERS = [
    "Eenheid",
    "Naam",
    "Thema",
    "Begroting (EUR)",
    "Gerealiseerd t/m rapportage (EUR)",
    "Rapportage",
    "% besteed",
    "Prognose jaar (EUR)",
    "Verschil prognose − begroting (EUR)",
    "Prognose in % van begroting",
    "Signaal",
    "Status",
    "Toelichting",
]


def _units(s: Sheet, m: MonitorResult) -> None:
    widths = (10, 40, 7, 15, 17, 12, 10, 15, 17, 12, 16, 24, 50)
    for i, w in enumerate(widths):
        s.ws.set_column(i, i, w)
    _intro(
        s,
        f"Begroting en realisatie {m.year} per eenheid en thema",
        f"Stand: {_moment(m)}; {label('eur')}. Begroting = plan van de eenheid "
        "(CENTRAAL: centrale initiatieven ten laste van de middelen). Gerealiseerd = de laatste "
        "rapportage (cumulatief vanaf 1 januari). Filter op Signaal of Status.",
        12,
        200,
    )
    s.row_texts(3, 0, UNIT_HEADERS, numeric_from=3)
    s.ws.set_row(3, 45)
    first = row = 4
    for r in m.lines.iter_rows(named=True):
        s.text(row, 0, r["unit"])
        s.text(row, 1, r["name"])
        s.number(row, 2, r["theme"], "text")
        s.number(row, 3, _eur(r["budget"]), "eur", ("u_budget", r["unit"], r["theme"]))
        d, e, h = s.local(row, 3), s.local(row, 4), s.local(row, 7)
        if r["realised"] is not None:
            s.number(row, 4, _eur(r["realised"]), "eur")
            s.text(row, 5, r["moment"])
            s.formula(
                row,
                6,
                f'=IF({d}=0,"",{e}/{d})',
                _share_or_blank(r["realised"], r["budget"]),
                "pct1",
            )
        else:
            s.text(row, 5, "geen")
        s.number(row, 7, _eur(r["forecast"]), "eur")
        s.formula(row, 8, f"={h}-{d}", _eur(r["difference"]), "eur")
        s.formula(
            row, 9, f'=IF({d}=0,"",{h}/{d})', _share_or_blank(r["forecast"], r["budget"]), "pct1"
        )
        s.text(row, 10, SIGNAL_TEXT[r["signal"]], r["signal"] or "text")
        s.text(row, 11, status_text(r["status"], r["moment"]))
        if r["note"]:
            s.text(row, 12, r["note"])
        row += 1
    last = row
    s.text(last, 1, label("total"), "bold")
    sums = {
        3: ("units_budget", int(m.lines["budget"].sum())),
        4: ("units_realised", int(m.lines["realised"].sum())),
        7: ("units_forecast", int(m.lines["forecast"].sum())),
        8: ("units_difference", int(m.lines["difference"].sum())),
    }
    for col, (key, cents) in sums.items():
        s.formula(
            last,
            col,
            f"=SUM({s.local(first, col)}:{s.local(max(last - 1, first), col)})",
            _eur(cents),
            "eur_total",
            (key,),
        )
    s.ws.autofilter(3, 0, max(last - 1, 3), len(UNIT_HEADERS) - 1)
    s.ws.freeze_panes(4, 3)
    s.setup_print()


# --- Per thema --------------------------------------------------------------------------------


def _themes(s: Sheet, m: MonitorResult, units: Sheet) -> None:
    s.ws.set_column(0, 0, 7)
    s.ws.set_column(1, 1, 56)
    s.ws.set_column(2, 8, 16)
    _intro(
        s,
        f"Begroting en realisatie {m.year} per thema",
        f"Stand: {_moment(m)}; {label('eur')}; sommen van het blad '{units.name}'.",
        8,
        150,
    )
    headers = [
        "Thema",
        "Omschrijving",
        "Begroting",
        "Gerealiseerd",
        "% besteed",
        "Prognose jaar",
        "Verschil",
        "Prognose %",
        "Signaal",
    ]
    s.row_texts(3, 0, headers, numeric_from=2)
    n = m.lines.height
    rng = {
        c: f"'{units.name}'!${chr(65 + c)}$5:${chr(65 + c)}${4 + max(n, 1)}" for c in (2, 3, 4, 7)
    }
    by_theme = {r["theme"]: r for r in totals(m.lines, "theme", m.thresholds).iter_rows(named=True)}
    first = 4
    for i, theme in enumerate(THEME_NUMBERS):
        row = first + i
        r = by_theme.get(theme, {"budget": 0, "realised": None, "forecast": 0, "signal": ""})
        s.number(row, 0, theme, "text")
        s.text(row, 1, theme_name(theme))
        a = s.local(row, 0)
        realised = r["realised"] or 0
        for col, src, cents in ((2, 3, r["budget"]), (3, 4, realised), (5, 7, r["forecast"])):
            s.formula(row, col, f"=SUMIF({rng[2]},{a},{rng[src]})", _eur(cents), "eur")
        c, d, f = s.local(row, 2), s.local(row, 3), s.local(row, 5)
        s.formula(row, 4, f'=IF({c}=0,"",{d}/{c})', _share_or_blank(realised, r["budget"]), "pct1")
        s.formula(row, 6, f"={f}-{c}", _eur(r["forecast"] - r["budget"]), "eur")
        s.formula(
            row, 7, f'=IF({c}=0,"",{f}/{c})', _share_or_blank(r["forecast"], r["budget"]), "pct1"
        )
        s.text(row, 8, SIGNAL_TEXT[r["signal"]], r["signal"] or "text")
    last = first + len(THEME_NUMBERS)
    s.text(last, 1, label("total"), "bold")
    keys: dict[int, tuple[Hashable, int]] = {
        2: (("themes_budget",), int(m.lines["budget"].sum())),
        3: (("themes_realised",), int(m.lines["realised"].sum())),
        5: (("themes_forecast",), int(m.lines["forecast"].sum())),
        6: (("themes_difference",), int(m.lines["difference"].sum())),
    }
    for col, (key, cents) in keys.items():
        s.formula(
            last,
            col,
            f"=SUM({s.local(first, col)}:{s.local(last - 1, col)})",
            _eur(cents),
            "eur_total",
            key,
        )
    s.ws.freeze_panes(4, 2)
    s.setup_print()


# --- B/R: the layout of the published annex ---------------------------------------------------

BR_LINES = ("total_spending", "still_to_allocate", "result", "revenue_rijksbijdrage")


def _br(s: Sheet, m: MonitorResult, keur: bool) -> None:
    from qa_budget.monitoring.columns import rounding_notes

    s.ws.set_column(0, 0, 8)
    s.ws.set_column(1, 1, 64)
    s.ws.set_column(2, 1 + len(m.columns), 13 if keur else 16)
    unit = label("keur") if keur else f"{label('eur')}, exact to the cent"
    _intro(
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
            return None if cents is None else _eur(cents)

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
        _wide(s, row, 1, 1 + len(m.columns), note, "text", 170)
        row += 1
    s.ws.freeze_panes(4, 2)
    s.setup_print()


# --- Rapportages ------------------------------------------------------------------------------


def _reports(s: Sheet, m: MonitorResult) -> None:
    s.ws.set_column(0, 0, 11)
    s.ws.set_column(1, 1, 44)
    s.ws.set_column(2, 5, 16)
    s.ws.set_column(6, 7, 26)
    _intro(
        s,
        f"Rapportages {m.year}",
        f"Per eenheid het gerapporteerde totaal per moment ({label('eur')}, cumulatief vanaf 1 "
        f"januari); verwacht tot en met: {_moment(m)}.",
        7,
        150,
    )
    s.row_texts(
        3,
        0,
        ["Eenheid", "Naam", f"Begroting {m.year}", *MOMENTS, "Laatste rapportage", "Status"],
        numeric_from=2,
    )
    row = 4
    for u in m.statuses.iter_rows(named=True):
        s.text(row, 0, u["unit"])
        s.text(row, 1, u["name"])
        s.number(row, 2, _eur(u["budget"]), "eur")
        for i, moment in enumerate(MOMENTS):
            if u[moment] is None:
                s.text(row, 3 + i, "–")
            else:
                s.number(row, 3 + i, _eur(u[moment]), "eur")
        s.text(row, 6, u["latest"] or "geen")
        behind = u["status"] in ("late", "missing")
        s.text(row, 7, status_text(u["status"], u["latest"]), "behind" if behind else "text")
        row += 1
    s.ws.freeze_panes(4, 2)
    s.setup_print()


# --- Controles --------------------------------------------------------------------------------


def _checks(s: Sheet, m: MonitorResult, reg: Registry) -> None:
    s.ws.set_column(0, 0, 80)
    s.ws.set_column(1, 3, 18)
    s.ws.set_column(4, 4, 9)
    _intro(
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


def _provenance(s: Sheet, provenance: dict[str, Any]) -> None:
    s.ws.set_column(0, 0, 34)
    s.ws.set_column(1, 1, 90)
    s.text(0, 0, "Provenance / herkomst", "title")
    row = 2
    for key, value in provenance.items():
        s.text(row, 0, key, "bold")
        if isinstance(value, dict):
            row += 1
            for k, v in value.items():
                s.text(row, 0, f"  {k}")
                s.text(row, 1, str(v))
                row += 1
        else:
            s.text(row, 1, str(value))
            row += 1
