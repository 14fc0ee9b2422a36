"""Council pack, university-wide: the theme mix per scenario against the original 2018 plan, and
still to allocate and the result per scenario and year."""

from __future__ import annotations

from dataclasses import dataclass

from qa_budget.display import theme_shares
from qa_budget.money import cents_to_float
from qa_budget.report.common.page import fit_row, merged_paragraph
from qa_budget.report.common.sheet import Sheet
from qa_budget.report.council.data import Pack
from qa_budget.texts import THEME_NUMBERS, label

LINES = (
    "revenue_rijksbijdrage",
    "unit_allocations",
    "central_charged",
    "allocated",
    "still_to_allocate",
    "total_spending",
    "result",
)


@dataclass(frozen=True)
class Mix:
    """Where the theme-mix table is (for the chart): header row, first and last data rows."""

    header: int
    first: int
    last: int


def short_theme(theme: int, lang: str) -> str:
    """'1. Kleinschalig' style header for a theme column."""
    return f"{theme}. {label(f'theme_short_{theme}', lang)}"


def _shares(p: Pack, i: int, year: int) -> dict[int, float]:
    f = p.runs[i].reconciliation.year(year)
    return _percent(f.spending_by_theme)


def _percent(amounts: dict[int, int]) -> dict[int, float]:
    """Each theme's share in per cent as shown (0.1), adding up to 100 (largest remainder)."""
    return {t: float(100 * share) for t, share in theme_shares(amounts).items()}


def _plan2018(p: Pack) -> dict[tuple[int, int], float]:
    ref = p.runs[0].reference
    if ref is None:
        return {}
    rows = ref.plan2018.select("theme", "year", "percent").rows()
    return {(int(t), int(y)): float(v) for t, y, v in rows}


def themes(s: Sheet, p: Pack) -> tuple[Mix, int]:
    """The new plan's theme mix per year beside the 2018 plan, the difference, and per scenario."""
    t, lang = p.t, p.lang
    s.ws.set_column(0, 0, 40)
    s.ws.set_column(1, 7, 15)
    s.text(0, 0, t("cmp_themes_title"), "title")
    subtitle = t("cmp_themes_subtitle").format(base=p.titles[0])
    merged_paragraph(s, 1, 0, 7, subtitle, 140, "note")
    heads = [""] + [short_theme(n, lang) for n in THEME_NUMBERS] + [t("total")]
    plan2018 = _plan2018(p)
    s.text(3, 0, t("cmp_mix"), "section")
    s.row_texts(4, 0, heads, numeric_from=1)
    s.ws.set_row(4, 30)
    row = 5
    for year in p.years:
        _share_row(s, row, f"{year} {t('cmp_new_plan')}", _shares(p, 0, year), ("new", year))
        row += 1
        if all((n, year) in plan2018 for n in THEME_NUMBERS):
            values = {n: plan2018[(n, year)] for n in THEME_NUMBERS}
            _share_row(s, row, f"{year} {t('cmp_plan2018')}", values, ("old", year))
            row += 1
    mix = Mix(4, 5, row - 1)
    s.keep_together(3, row - 1)
    row += 1
    start = row
    s.text(row, 0, t("cmp_against_2018"), "section")
    s.row_texts(row + 1, 0, heads[:-1], numeric_from=1)
    s.ws.set_row(row + 1, 30)
    row += 2
    compared = [y for y in p.years if ("old", y, 1) in p.reg.cells]
    for year in compared:
        s.text(row, 0, f"{year}")
        for n in THEME_NUMBERS:
            new, old = p.reg[("new", year, n)], p.reg[("old", year, n)]
            s.formula(
                row,
                n,
                f"={new.address.split('!')[1]}-{old.address.split('!')[1]}",
                new.value - old.value,
                "pp1_signed",
            )
        row += 1
    if not compared:
        merged_paragraph(s, row, 0, 7, t("cmp_no_plan2018"), 140, "note")
        row += 1
    s.keep_together(start, row - 1)
    row += 1
    start = row
    s.text(row, 0, t("cmp_mix_per_scenario"), "section")
    s.row_texts(row + 1, 0, heads, numeric_from=1)
    s.ws.set_row(row + 1, 30)
    row += 2
    for year in p.years:
        for i, title in enumerate(p.titles):
            label = f"{year} {title}"
            _share_row(s, row, label, _shares(p, i, year), None)
            fit_row(s, row, [(label, 40.0)], "text")
            row += 1
    same = all(_shares(p, i, y) == _shares(p, 0, y) for i in p.alternatives for y in p.years)
    if same:
        merged_paragraph(s, row, 0, 7, t("cmp_mix_same"), 140, "note")
        row += 1
    s.keep_together(start, row - 1)
    row = _every_year(s, p, row + 1, heads)
    s.ws.conditional_format(
        5,
        7,
        row,
        7,
        {
            "type": "formula",
            "criteria": "=AND(ISNUMBER($H6),ABS($H6-100)>0.05)",
            "format": s.fmt["flag"],
        },
    )
    s.ws.freeze_panes(5, 1)
    return mix, row


def _every_year(s: Sheet, p: Pack, row: int, heads: list[str]) -> int:
    """The theme mix of every year shown: with realised figures, the budget (B) and realised
    (R) columns of the monitoring, earlier years included; otherwise the computed years."""
    s.text(row, 0, p.t("th_all_years"), "section")
    s.row_texts(row + 1, 0, heads, numeric_from=1)
    s.ws.set_row(row + 1, 30)
    top, row = row, row + 2
    run = p.runs[0]
    if run.monitoring is not None:
        columns = [(c.label, c.themes) for c in run.monitoring.columns]
    else:
        columns = [(f"B{f.year}", f.spending_by_theme) for f in run.reconciliation.years]
    for name, amounts in columns:
        _share_row(s, row, name, _percent(amounts), None)
        row += 1
    s.keep_together(top, row - 1)  # the title and header never end a page alone
    return row


def _share_row(
    s: Sheet, row: int, name: str, values: dict[int, float], key: tuple[str, int] | None
) -> None:
    s.text(row, 0, name, "wrap")
    for n in THEME_NUMBERS:
        s.number(row, n, values[n], "pct_num1", (*key, n) if key else None)
    s.formula(
        row,
        7,
        f"=SUM({s.local(row, 1)}:{s.local(row, 6)})",
        sum(values.values()),
        "pct_num1",
    )


def still_to_allocate(s: Sheet, p: Pack) -> int:
    """Per year: revenue, allocated, still to allocate, spending and result per scenario."""
    t, n = p.t, len(p.runs)
    s.ws.set_column(0, 0, 46)
    s.ws.set_column(1, 2 * n - 1, 17)
    s.text(0, 0, t("cmp_still_title"), "title")
    merged_paragraph(s, 1, 0, 2 * n - 1, t("cmp_still_reading"), 46 + 17 * (2 * n - 1), "note")
    top = 3
    for year in p.years:
        s.text(top, 0, "", "header")
        s.ws.merge_range(top, 1, top, n, "", s.fmt["header"])
        s.text(top, 1, t("cmp_per_scenario"), "header")
        if n > 1:
            if n > 2:
                s.ws.merge_range(top, n + 1, top, 2 * n - 1, "", s.fmt["header"])
            s.text(top, n + 1, t("cmp_against_base"), "header")
        heads = [f"{year} ({t('eur')})", *p.titles]
        heads += [p.titles[j] for j in p.alternatives]
        s.row_texts(top + 1, 0, heads, numeric_from=1)
        fit_row(s, top + 1, [(h, 17.0) for h in heads[1:]])
        r = {line: top + 2 + k for k, line in enumerate(LINES)}
        for line, row in r.items():
            bold = line in ("allocated", "still_to_allocate", "result")
            name = t("cmp_result_line") if line == "result" else t(line)
            s.text(row, 0, name, "bold" if bold else "text")
        for i in range(n):
            _figures(s, p, i, year, r, 1 + i)
        for j in p.alternatives:
            col = n + j
            for line, row in r.items():
                base, alt = p.reg[("sta", line, 0, year)], p.reg[("sta", line, j, year)]
                s.formula(
                    row,
                    col,
                    f"={s.local(row, 1 + j)}-{s.local(row, 1)}",
                    alt.value - base.value,
                    "eur0_signed",
                )
        s.keep_together(top, top + 1 + len(LINES))
        top += len(LINES) + 3
    return top - 2


def _figures(s: Sheet, p: Pack, i: int, year: int, r: dict[str, int], col: int) -> None:
    f = p.runs[i].reconciliation.year(year)

    def at(line: str) -> str:
        return s.local(r[line], col)

    def eur(cents: int) -> float:
        return cents_to_float(cents)

    units = p.reg[("total_alloc", i, year)]
    rows: dict[str, tuple[str | None, int, str]] = {
        "revenue_rijksbijdrage": (None, f.rijksbijdrage, "eur0"),
        "unit_allocations": (f"={units.address}", f.unit_allocations, "eur0"),
        "central_charged": (None, f.central_charged, "eur0"),
        "allocated": (
            f"={at('unit_allocations')}+{at('central_charged')}",
            f.allocated,
            "eur0_total",
        ),
        "still_to_allocate": (
            f"={at('revenue_rijksbijdrage')}-{at('allocated')}",
            f.still_to_allocate,
            "eur0_total",
        ),
        "total_spending": (None, f.spending, "eur0"),
        "result": (f"={at('allocated')}-{at('total_spending')}", f.result, "eur0_total"),
    }
    for line, (formula, cents, fmt) in rows.items():
        key = ("sta", line, i, year)
        if formula is None:
            s.number(r[line], col, eur(cents), fmt, key)
        else:
            s.formula(r[line], col, formula, eur(cents), fmt, key)
