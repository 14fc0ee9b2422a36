"""The overview's sheet 'Gepubliceerd': a published table beside the computed figures, flagged.

Three blocks: the published table as given (k EUR and %); each published budget figure of the
computed years beside the shown computed one; the published table checked against itself.
Every comparison is a formula over the cells of this sheet and the sheet 'Overzicht'.
"""

from __future__ import annotations

from collections.abc import Callable

from qa_budget.inputs.tables import Reference
from qa_budget.published import (
    EXACT,
    LINES,
    SHOWN_KEYS,
    PublishedCheck,
    SelfCheck,
    published_columns,
)
from qa_budget.report.common.page import merged_paragraph
from qa_budget.report.common.sheet import Registry, Sheet
from qa_budget.texts import label, theme_name

Text = Callable[[str], str]
EXPLANATION = (6, 8)  # the merged columns of the explanation beside a comparison
LINE_LABELS = {
    "totaal lasten": "total_spending",
    "nog te alloceren": "still_to_allocate",
    "resultaat": "result",
    "baten rijksbijdrage": "revenue_rijksbijdrage",
    "baten kadernota": "revenue_kadernota",
}


def line_name(line: str, lang: str) -> str:
    """The shown name of a published line."""
    if line.startswith("thema "):
        n = int(line.split()[1])
        return f"{n}. {theme_name(n, lang)}"
    return label(LINE_LABELS[line], lang)


def write_published(
    s: Sheet, ref: Reference, check: PublishedCheck, reg: Registry, lang: str
) -> None:
    """Write the sheet (after the sheet 'Overzicht', whose cells it refers to)."""

    def t(key: str) -> str:
        return label(key, lang)

    last_col = max(EXPLANATION[1], len(published_columns(ref)))
    s.ws.set_column(0, 0, 52)
    s.ws.set_column(1, last_col, 12)
    s.text(0, 0, t("pub_title"), "title")
    s.text(1, 0, t("pub_subtitle").format(file=ref.file), "subtitle")
    row = _published_table(s, ref, 6, t, lang)
    row = _percentages_table(s, ref, row + 1, t)
    first_cmp = row + 2
    row = _comparisons(s, check, first_cmp, reg, t, lang)
    first_self = row + 2
    last = _self_checks(s, check.self_checks, first_self, t)
    # the summary at the top counts the flags below
    s.text(3, 0, t("pub_count_differences"), "bold")
    s.formula(
        3,
        1,
        f"=COUNTIF({s.local(first_cmp + 2, 5)}:{s.local(max(first_cmp + 2, row - 1), 5)},"
        f'"{t("differs")}")',
        check.differences,
        "count_total" if check.differences == 0 else "flag",
    )
    s.text(4, 0, t("pub_count_flaws"), "bold")
    s.formula(
        4,
        1,
        f"=COUNTIF({s.local(first_self + 2, 5)}:{s.local(max(first_self + 2, last - 1), 5)},"
        f'"{t("flaw")}")',
        check.flaws,
        "count_total" if check.flaws == 0 else "flag",
    )
    for status in (t("differs"), t("flaw")):
        s.ws.conditional_format(
            0,
            5,
            last,
            5,
            {"type": "cell", "criteria": "==", "value": f'"{status}"', "format": s.fmt["flag"]},
        )
    s.ws.freeze_panes(5, 1)
    s.setup_print()
    s.ws.print_area(0, 0, last, last_col)


def _published_table(s: Sheet, ref: Reference, row: int, t: Text, lang: str) -> int:
    """The table as given; registers ("pub", line, column, year)."""
    columns = published_columns(ref)
    s.text(row, 0, f"{t('pub_table')} ({t('keur')})", "section")
    s.row_texts(row + 1, 0, [t("line")] + [f"{c}{y}" for c, y in columns], numeric_from=1)
    values = {
        (str(line), int(year), str(col)): float(v)
        for line, year, col, v in ref.published.select("line", "year", "column", "keur").rows()
    }
    r = row + 2
    for line in LINES:
        if not any((line, y, c) in values for c, y in columns):
            continue
        s.text(r, 0, line_name(line, lang))
        for i, (c, y) in enumerate(columns):
            v = values.get((line, y, c))
            if v is not None:
                s.number(r, 1 + i, v, "keur", ("pub", line, c, y))
        r += 1
    return r


def _percentages_table(s: Sheet, ref: Reference, row: int, t: Text) -> int:
    """The published percentages as given; registers ("pubpct", theme, year)."""
    years = sorted(set(ref.percentages["year"].to_list()))
    if not years:
        return row
    s.text(row, 0, t("pub_percentages"), "section")
    s.row_texts(row + 1, 0, [t("theme")] + [str(y) for y in years], numeric_from=1)
    pct = {
        (int(a), int(b)): float(p)
        for a, b, p in ref.percentages.select("theme", "year", "percent").rows()
    }
    for n in range(1, 7):
        r = row + 1 + n
        s.text(r, 0, f"{t('theme')} {n}")
        for i, y in enumerate(years):
            if (n, y) in pct:
                s.number(r, 1 + i, pct[(n, y)], "pct", ("pubpct", n, y))
    return row + 8


def _status(s: Sheet, row: int, ok: bool, tol: float, good: str, bad: str) -> None:
    s.formula(
        row,
        5,
        f'=IF(ABS({s.local(row, 4)})<{tol},"{good}","{bad}")',
        good if ok else bad,
        "ok" if ok else "text",
    )


def _comparisons(
    s: Sheet, check: PublishedCheck, row: int, reg: Registry, t: Text, lang: str
) -> int:
    s.text(row, 0, t("pub_against_computed"), "section")
    s.row_texts(
        row + 1,
        0,
        [t("line"), t("year"), t("published"), t("computed"), t("difference")],
        numeric_from=1,
    )
    s.text(row + 1, 5, t("status"), "header")
    s.ws.merge_range(row + 1, EXPLANATION[0], row + 1, EXPLANATION[1], "", s.fmt["header"])
    s.text(row + 1, EXPLANATION[0], t("explanation"), "header")
    r = row + 2
    for c in check.comparisons:
        pub_key: tuple[object, ...]
        shown_key: tuple[object, ...]
        if c.kind == "keur":
            name, pub_key = line_name(c.line, lang), ("pub", c.line, "B", c.year)
            shown_key = (*SHOWN_KEYS[c.line], c.year)
            fmt = "keur"
        else:
            n = int(c.line.split()[1])
            name, pub_key = f"{t('theme')} {n} (%)", ("pubpct", n, c.year)
            shown_key, fmt = ("pct", n, c.year), "pct"
        s.text(r, 0, name)
        s.number(r, 1, c.year, "text")
        s.formula(r, 2, f"={reg[pub_key].address.split('!')[1]}", c.published, fmt)
        s.formula(r, 3, f"={reg[shown_key].address}", c.computed, fmt)
        s.formula(r, 4, f"={s.local(r, 2)}-{s.local(r, 3)}", c.difference, fmt)
        _status(s, r, c.ok, EXACT, t("equal"), t("differs"))
        if c.note:
            merged_paragraph(s, r, *EXPLANATION, t(c.note), 36, "para")
        r += 1
    return r


def _rule_name(c: SelfCheck, t: Text) -> str:
    if c.rule == "pct_follows":
        return t("pub_rule_pct_follows").format(theme=c.theme)
    return t(f"pub_rule_{c.rule}")


def _self_checks(s: Sheet, checks: list[SelfCheck], row: int, t: Text) -> int:
    s.text(row, 0, t("pub_self"), "section")
    s.row_texts(
        row + 1,
        0,
        [t("check"), t("column"), t("left"), t("right"), t("difference")],
        numeric_from=2,
    )
    s.text(row + 1, 5, t("status"), "header")
    reg = s.registry
    r = row + 2
    for c in checks:
        col, year = c.column[:1], c.year

        def cell(line: str, col: str = col, year: int = year) -> str:
            return reg[("pub", line, col, year)].address.split("!")[1]

        if c.rule == "themes_sum":
            left = f"=SUM({cell('thema 1')}:{cell('thema 6')})"
            right = f"={cell('totaal lasten')}"
        elif c.rule == "result_identity":
            left = f"={cell('resultaat')}"
            right = f"={cell('baten rijksbijdrage')}-{cell('totaal lasten')}"
            if ("pub", "nog te alloceren", col, year) in reg.cells:
                right += f"-{cell('nog te alloceren')}"
        else:
            pct = {n: reg[("pubpct", n, year)].address.split("!")[1] for n in range(1, 7)}
            if c.rule == "pct_sum":
                left, right = f"=SUM({pct[1]}:{pct[6]})", "=100"
            else:
                theme = c.theme or 1
                amounts = f"SUM({cell('thema 1', 'B')}:{cell('thema 6', 'B')})"
                left = f"={pct[theme]}"
                right = f"=100*{cell(f'thema {theme}', 'B')}/{amounts}"
        fmt = "pct_num1" if c.rule == "pct_follows" else "keur"
        s.text(r, 0, _rule_name(c, t))
        s.text(r, 1, c.column)
        s.formula(r, 2, left, c.left, fmt)
        s.formula(r, 3, right, c.right, fmt)
        s.formula(r, 4, f"={s.local(r, 2)}-{s.local(r, 3)}", c.left - c.right, fmt)
        _status(s, r, c.ok, c.tolerance, "OK", t("flaw"))
        r += 1
    return r
