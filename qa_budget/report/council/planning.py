"""Council pack, the plan round: the plans against their previous versions (the university,
every unit in words, every measure added, changed or stopped, and all spending against the 2018
plan), the plans by unit over the themes, and the common initiatives as annex 3 lays them out.
Taken from the baseline scenario: every scenario compared reads the same plans."""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

import polars as pl

from qa_budget.display import theme_shares
from qa_budget.money import cents_to_float
from qa_budget.planning.versions import ADDED, CHANGED, STOPPED, PlanVersions, UnitVersions
from qa_budget.report.common.page import merged_paragraph, wrapped_texts
from qa_budget.report.common.planning import pct_text, shift_sentence, total_sentence
from qa_budget.report.common.sheet import Sheet
from qa_budget.report.common.versions import measures_table, theme_block
from qa_budget.report.council.data import Pack
from qa_budget.texts import THEME_NUMBERS, label, years_text

WIDTHS = (9, 50, 15, 15, 15, 13, 13, 14, 36)


def _versions_of(v: UnitVersions) -> str:
    before = v.version_before or "?"
    now = v.version_now or "?"
    return f"{before} → {now}"


def _unit_words(v: UnitVersions, lang: str) -> str:
    together = v.themes[0]
    counts = label("ver_measures_count", lang).format(
        added=sum(m.kind == ADDED for m in v.measures),
        changed=sum(m.kind == CHANGED for m in v.measures),
        stopped=sum(m.kind == STOPPED for m in v.measures),
        same=v.unchanged,
    )
    text = f"{shift_sentence(together, lang)} {total_sentence(together, lang)} {counts}"
    flagged = [m.measure for m in v.stopped_running]
    if flagged:
        text += " " + label("ver_flagged_list", lang).format(measures=", ".join(flagged))
    return text


def versions_sheet(s: Sheet, p: Pack) -> tuple[int, int]:
    """The plans against their previous versions. Returns the last row and column."""
    t, lang, run = p.t, p.lang, p.runs[0]
    versions: PlanVersions | None = run.versions
    for col, w in enumerate(WIDTHS):
        s.ws.set_column(col, col, w)
    width, last_col = sum(WIDTHS), len(WIDTHS) - 1
    s.text(0, 0, t("ver_title_university"), "title")
    row = 2
    if versions is None:
        folder = run.sources.files.get("previous_plans", "previous-plans")
        merged_paragraph(s, row, 0, last_col, t("ver_none_given").format(folder=folder), width)
        row += 2
    else:
        row = _university(s, p, versions, row, width, last_col)
    if run.plan2018:
        s.text(row, 0, t("ver_plan2018"), "section")
        row += 1
        for c in run.plan2018:
            text = t("ver_plan2018_text").format(
                year=years_text(c.years), words=shift_sentence(c, lang)
            )
            merged_paragraph(s, row, 0, last_col, text, width * 0.8)
            row += 1
        row += 1
    if versions is not None and any(v.measures for v in versions.units):
        s.text(row, 0, t("ver_all_changes"), "section")
        changes = [m for v in versions.units for m in v.measures]
        row = measures_table(s, row + 1, changes, versions.years, t, unit=True)
    s.ws.freeze_panes(1, 0)
    return row - 1, last_col


def _university(
    s: Sheet, p: Pack, versions: PlanVersions, row: int, width: int, last_col: int
) -> int:
    t, lang = p.t, p.lang
    compared = len(versions.units)
    subtitle = t("ver_subtitle_university").format(units=compared, n=len(p.codes))
    merged_paragraph(s, 1, 0, last_col, subtitle, width, "subtitle")
    if versions.without_previous:
        text = t("ver_without").format(units=", ".join(versions.without_previous))
        merged_paragraph(s, row, 0, last_col, text, width, "note")
        row += 1
    together = versions.university[0]
    words = f"{shift_sentence(together, lang)} {total_sentence(together, lang)}"
    merged_paragraph(s, row, 0, last_col, words, width * 0.8, "bold_wrap")
    row += 2
    for c in versions.university:
        row = theme_block(s, row, c, t, lang)
    s.text(row, 0, t("ver_by_unit"), "section")
    s.row_texts(row + 1, 0, [t("unit"), t("name"), t("round_version")])
    s.text(row + 1, 3, t("ver_words"), "header")
    s.ws.merge_range(row + 1, 3, row + 1, last_col, t("ver_words"), s.fmt["header"])
    row += 2
    for v in versions.units:
        s.text(row, 0, v.unit, "top")
        s.text(row, 1, p.unit_names.get(v.unit, v.unit), "wrap")
        s.text(row, 2, _versions_of(v), "top")
        merged = sum(WIDTHS[3:])
        s.ws.merge_range(row, 3, row, last_col, "", s.fmt["wrap"])
        text = _unit_words(v, lang)
        s.text(row, 3, text, "wrap")
        s.ws.set_row(row, 15 * max(1, -(-len(text) // int(merged * 1.05))))
        row += 1
    return row + 1


# --- The plans by unit over the themes --------------------------------------------------------


def _matrix(
    frame: pl.DataFrame, codes: Sequence[str], years: Sequence[int]
) -> dict[str, dict[int, int]]:
    sums = (
        frame.filter(pl.col("year").is_in(list(years)))
        .group_by("unit", "theme")
        .agg(pl.col("amount").sum())
    )
    found = {(u, t): int(a) for u, t, a in sums.iter_rows()}
    return {u: {t: found.get((u, t), 0) for t in THEME_NUMBERS} for u in codes}


def matrix_sheet(s: Sheet, p: Pack) -> tuple[int, int]:
    """Per unit the share of each theme in its plan (the years together, then each year):
    an amounts block and a shares block of formulas over it. Returns the last row, column."""
    t = p.t
    measures = p.runs[0].inputs.measures
    s.ws.set_column(0, 0, 9)
    s.ws.set_column(1, 1, 42)
    s.ws.set_column(2, 8, 14)
    s.text(0, 0, t("mx_title"), "title")
    merged_paragraph(s, 1, 0, 8, t("mx_subtitle"), 40 + 9 + 7 * 12, "note")
    together = _matrix(measures, p.codes, p.years)
    merged_paragraph(s, 2, 0, 8, _theme1_sentence(together, p), 40 + 9 + 7 * 12, "bold_wrap")
    row = 4
    periods = [list(p.years)] + ([[y] for y in p.years] if len(p.years) > 1 else [])
    for years in periods:
        amounts = together if years == list(p.years) else _matrix(measures, p.codes, years)
        row = _matrix_block(s, p, row, years, amounts)
    return row - 2, 8


def _theme1_sentence(amounts: dict[str, dict[int, int]], p: Pack) -> str:
    shares = {u: Fraction(a[1], sum(a.values())) for u, a in amounts.items() if sum(a.values())}
    if not shares:
        return ""
    low = min(shares, key=lambda u: shares[u])
    high = max(shares, key=lambda u: shares[u])
    if len(shares) == 1:  # one unit: its own share, not a range from itself to itself
        return p.t("mx_theme1_one").format(unit=low, share=pct_text(shares[low], p.lang, 0))
    return p.t("mx_theme1").format(
        count=sum(v >= Fraction(2, 5) for v in shares.values()),
        n=len(shares),
        low=pct_text(shares[low], p.lang, 0),
        low_unit=low,
        high=pct_text(shares[high], p.lang, 0),
        high_unit=high,
    )


def _matrix_block(
    s: Sheet, p: Pack, top: int, years: list[int], amounts: dict[str, dict[int, int]]
) -> int:
    t, lang = p.t, p.lang
    heads = [t("unit"), f"{years_text(years)} ({t('eur')})"]
    heads += [f"{n}. {label(f'theme_short_{n}', lang)}" for n in THEME_NUMBERS] + [t("total")]
    s.row_texts(top, 0, heads, numeric_from=2)
    s.ws.set_row(top, 45)
    first = top + 1
    for i, code in enumerate(p.codes):
        row = first + i
        s.text(row, 0, code, "wrap")
        wrapped_texts(s, row, [(1, p.unit_names[code], 42)])
        for n in THEME_NUMBERS:
            s.number(row, 1 + n, cents_to_float(amounts[code][n]), "eur0")
        s.formula(
            row,
            8,
            f"=SUM({s.local(row, 2)}:{s.local(row, 7)})",
            cents_to_float(sum(amounts[code].values())),
            "eur0",
        )
    shares_top = first + len(p.codes) + 1
    s.row_texts(shares_top, 0, [t("unit"), f"{years_text(years)} (%)", *heads[2:]], numeric_from=2)
    s.ws.set_row(shares_top, 45)
    for i, code in enumerate(p.codes):
        row = shares_top + 1 + i
        total = sum(amounts[code].values())
        s.text(row, 0, code, "wrap")
        wrapped_texts(s, row, [(1, p.unit_names[code], 42)])
        for n, share in theme_shares(amounts[code]).items():  # adding up to 100%
            s.number(row, 1 + n, float(share), "pct1")
        s.formula(
            row,
            8,
            f"=SUM({s.local(row, 2)}:{s.local(row, 7)})",
            1.0 if total else 0.0,
            "pct1",
        )
    return shares_top + len(p.codes) + 3


# --- The common initiatives (annex 3) ---------------------------------------------------------


def initiatives_sheet(s: Sheet, p: Pack) -> tuple[int, int]:
    """Per theme the central initiatives, their lines (responsible unit, source), a subtotal per
    initiative and a total per theme, for the compared years. Returns the last row, column."""
    t, years = p.t, p.years
    central = p.runs[0].inputs.central.filter(pl.col("year").is_in(years))
    last_col = 4 + len(years)
    for col, w in enumerate((7, 28, 56, 16, 20)):
        s.ws.set_column(col, col, w)
    s.ws.set_column(5, last_col, 14)
    s.text(0, 0, t("ci_title"), "title")
    merged_paragraph(s, 1, 0, last_col, t("ci_subtitle"), 127 + 14 * len(years), "note")
    heads = [t("theme"), t("initiative"), t("line"), t("ci_responsible"), t("source")]
    s.row_texts(3, 0, heads + [str(y) for y in years], numeric_from=5)
    row = 4
    if central.is_empty():
        s.text(row, 0, t("ci_none"), "note")
        return row, last_col
    for (theme,), lines in (
        central.sort("theme").partition_by("theme", as_dict=True, maintain_order=True).items()
    ):
        subtotals: list[tuple[int, dict[int, int]]] = []
        pm_years: set[int] = set()
        for (initiative,), rows in lines.partition_by(
            "initiative", as_dict=True, maintain_order=True
        ).items():
            row, at, values, pm = _initiative(s, p, row, int(str(theme)), str(initiative), rows)
            subtotals.append((at, values))
            pm_years |= pm
        s.text(row, 1, t("ci_total_theme").format(theme=theme), "bold")
        for c, year in enumerate(years):
            col = 5 + c
            value = sum(values[year] for _, values in subtotals)
            if value == 0 and year in pm_years:
                s.text(row, col, "pm", "pm")
                continue
            cells = ",".join(s.local(at, col) for at, _ in subtotals)
            s.formula(row, col, f"=SUM({cells})", cents_to_float(value), "eur0_total")
        row += 2
    return row - 2, last_col


def _initiative(
    s: Sheet, p: Pack, row: int, theme: int, initiative: str, rows: pl.DataFrame
) -> tuple[int, int, dict[int, int], set[int]]:
    """One initiative: its lines, then its subtotal of the lines charged to the funds (pm and
    lines from another source are shown, not counted). Returns the next row, the subtotal's
    row, the subtotal per year (cents) and the years with a pm line."""
    t, years = p.t, p.years
    ids = ("line", "source", "responsible", "charged")
    charged_rows: list[int] = []
    pm_years: set[int] = set()
    for key, line in rows.partition_by(*ids, as_dict=True, maintain_order=True).items():
        name, source, responsible, charged = key
        s.number(row, 0, theme, "top")
        texts = (initiative, str(name), str(responsible or ""), str(source))
        wrapped_texts(s, row, list(zip((1, 2, 3, 4), texts, (28, 56, 16, 20), strict=True)))
        for c, year in enumerate(years):
            cell = line.filter(pl.col("year") == year)
            if cell.is_empty():
                continue
            if bool(cell["pm"][0]):
                s.text(row, 5 + c, "pm", "pm")
                pm_years.add(year)
            else:
                s.number(row, 5 + c, cents_to_float(int(cell["amount"][0])), "eur0")
        if charged:
            charged_rows.append(row)
        row += 1
    s.text(row, 2, t("ci_subtotal").format(initiative=initiative), "bold")
    values = {
        year: int(rows.filter((pl.col("year") == year) & pl.col("charged"))["amount"].sum())
        for year in years
    }
    for c, year in enumerate(years):
        col = 5 + c
        if values[year] == 0 and year in pm_years:
            s.text(row, col, "pm", "pm")
        elif charged_rows:
            cells = ",".join(s.local(r, col) for r in charged_rows)
            s.formula(row, col, f"=SUM({cells})", cents_to_float(values[year]), "eur0_total")
        else:
            s.number(row, col, cents_to_float(values[year]), "eur0_total")
    return row + 1, row, values, pm_years
