"""Council pack, per unit: allocation under each scenario against the baseline (winners and
losers sorted) and the effective amount per EEA student; each scenario under its title."""

from __future__ import annotations

from dataclasses import dataclass

from qa_budget.money import cents_to_float
from qa_budget.report.common.page import fit_row, merged_paragraph, wrapped_texts
from qa_budget.report.common.sheet import Sheet
from qa_budget.report.council.data import Pack, ratio


@dataclass(frozen=True)
class Block:
    """Where a block of the per-unit sheet is: its header row and its unit rows."""

    header: int
    first: int
    last: int  # last unit row


ALLOC_WIDTH, DIFF_WIDTH, PCT_WIDTH, OUTCOME_WIDTH = 16, 15, 11, 10
NAME_WIDTH = 42  # a faculty's full name on one line; a longer name wraps


def _eur(cents: int) -> float:
    return cents_to_float(cents)


def _period(p: Pack, year: int | None) -> str:
    return str(year) if year is not None else f"{p.years[0]}-{p.years[-1]}"


def alloc_col(i: int) -> int:
    """The allocation column of scenario i on the per-unit sheet: the baseline's first, then
    per alternative its allocation, change against the baseline (EUR, %) and outcome."""
    return 2 if i == 0 else 3 + 4 * (i - 1)


def last_col(p: Pack) -> int:
    """The last column of the per-unit sheet."""
    return alloc_col(len(p.runs) - 1) + 3


def by_unit(s: Sheet, p: Pack) -> Block:
    """Blocks: all compared years together, then each year; returns the all-years block."""
    t, codes = p.t, p.codes
    s.ws.set_column(0, 0, 9)
    s.ws.set_column(1, 1, NAME_WIDTH)
    s.ws.set_column(2, 2, ALLOC_WIDTH)
    for j in p.alternatives:
        col = alloc_col(j)
        for c, w in enumerate((ALLOC_WIDTH, DIFF_WIDTH, PCT_WIDTH, OUTCOME_WIDTH)):
            s.ws.set_column(col + c, col + c, w)
    text = t("cmp_units_subtitle").format(base=p.titles[0], first=p.titles[1])
    end = last_col(p)
    s.text(0, 0, t("cmp_units_title"), "title")
    width = 45 + ALLOC_WIDTH + (len(p.runs) - 1) * (ALLOC_WIDTH + DIFF_WIDTH + PCT_WIDTH + 10)
    merged_paragraph(s, 1, 0, end, text, width, "note")
    height = len(codes) + 5
    tops = {y: 3 + height * (1 + i) for i, y in enumerate(p.years)}
    for year, top in tops.items():
        _unit_block(s, p, top, year)
    return _unit_block(s, p, 3, None)


def _group_header(s: Sheet, p: Pack, row: int) -> None:
    """Two header rows: each scenario's title over its columns, then what each column holds."""
    t, end = p.t, last_col(p)
    s.text(row, 0, "", "header")
    s.text(row, 1, "", "header")
    s.text(row, 2, p.titles[0], "header_right")
    cells = [(p.titles[0], float(ALLOC_WIDTH))]
    for j in p.alternatives:
        col = alloc_col(j)
        s.ws.merge_range(row, col, row, col + 3, "", s.fmt["header"])
        s.text(row, col, p.titles[j], "header")
        cells.append((p.titles[j], float(ALLOC_WIDTH + DIFF_WIDTH + PCT_WIDTH + OUTCOME_WIDTH)))
    fit_row(s, row, cells)
    heads = [t("unit"), t("name"), t("allocation")]
    for _ in p.alternatives:
        heads += [t("allocation"), t("cmp_against_base"), t("cmp_against_base_pct")]
        heads += [t("cmp_outcome")]
    s.row_texts(row + 1, 0, heads, numeric_from=2)
    for j in p.alternatives:
        s.text(row + 1, alloc_col(j) + 3, t("cmp_outcome"), "header")
    widths = [9.0, 36.0, float(ALLOC_WIDTH)]
    widths += [float(w) for w in (ALLOC_WIDTH, DIFF_WIDTH, PCT_WIDTH, OUTCOME_WIDTH)] * (
        len(p.runs) - 1
    )
    fit_row(s, row + 1, list(zip(heads, widths, strict=True)))
    assert len(heads) == end + 1


def _unit_block(s: Sheet, p: Pack, top: int, year: int | None) -> Block:
    t, n, names = p.t, len(p.runs), p.unit_names
    s.text(top, 0, f"{t('allocation')} {_period(p, year)} ({t('eur')})", "section")
    _group_header(s, p, top + 1)
    first = top + 3

    def change(code: str) -> tuple[int, int]:
        return (-(p.allocation(1, code, year) - p.allocation(0, code, year)), p.position[code])

    order = sorted(p.codes, key=change)
    for k, code in enumerate(order):
        row = first + k
        s.text(row, 0, code, "wrap")
        wrapped_texts(s, row, [(1, names[code], NAME_WIDTH)])
        for i in range(n):
            value = _eur(p.allocation(i, code, year))
            key = ("alloc", i, code, year)
            if year is None:
                cells = "+".join(p.reg[("alloc", i, code, y)].address for y in p.years)
                s.formula(row, alloc_col(i), f"={cells}", value, "eur0", key)
            else:
                s.number(row, alloc_col(i), value, "eur0", key)
        for j in p.alternatives:
            col = alloc_col(j)
            base, alt = p.allocation(0, code, year), p.allocation(j, code, year)
            s.formula(
                row,
                col + 1,
                f"={s.local(row, col)}-{s.local(row, 2)}",
                _eur(alt - base),
                "eur0_signed",
                ("diff", j, code, year),
            )
            s.formula(
                row,
                col + 2,
                f'=IF({s.local(row, 2)}=0,"",{s.local(row, col + 1)}/{s.local(row, 2)})',
                ratio(alt - base, base),
                "pct1_signed",
            )
            _outcome(s, p, row, col + 1, col + 3, alt - base)
    last = first + len(order) - 1
    _total_row(s, p, first, last, year)
    s.keep_together(top, last + 1)
    return Block(top + 2, first, last)


def _total_row(s: Sheet, p: Pack, first: int, last: int, year: int | None) -> None:
    """Sums of the allocations and differences; the % of the total difference."""
    n, total = len(p.runs), last + 1
    s.text(total, 1, p.t("total"), "bold")

    def change(j: int) -> int:
        return sum(p.allocation(j, c, year) - p.allocation(0, c, year) for c in p.codes)

    for i in range(n):
        cents = sum(p.allocation(i, c, year) for c in p.codes)
        col = alloc_col(i)
        _sum(s, total, col, first, last, cents, "eur0_total", ("total_alloc", i, year))
    for j in p.alternatives:
        col = alloc_col(j) + 1
        _sum(s, total, col, first, last, change(j), "eur0_signed_total", ("total_diff", j, year))
        diff, base = s.local(total, col), s.local(total, 2)
        s.formula(
            total,
            col + 1,
            f'=IF({base}=0,"",{diff}/{base})',
            ratio(change(j), sum(p.allocation(0, c, year) for c in p.codes)),
            "pct1_signed_total",
        )


def _sum(
    s: Sheet, row: int, col: int, first: int, last: int, cents: int, fmt: str, key: object
) -> None:
    formula = f"=SUM({s.local(first, col)}:{s.local(last, col)})"
    s.formula(row, col, formula, _eur(cents), fmt, key)  # type: ignore[arg-type]


def _outcome(s: Sheet, p: Pack, row: int, diff_col: int, col: int, change: int) -> None:
    win, lose, same = p.t("cmp_wins"), p.t("cmp_loses"), p.t("cmp_same")
    d = s.local(row, diff_col)
    s.formula(
        row,
        col,
        f'=IF({d}>0,"{win}",IF({d}<0,"{lose}","{same}"))',
        win if change > 0 else lose if change < 0 else same,
        "text",
    )


def per_student(s: Sheet, p: Pack) -> int:
    """Per year: EEA students and the effective amount per student under each scenario."""
    t, n, names = p.t, len(p.runs), p.unit_names
    s.ws.set_column(0, 0, 9)
    s.ws.set_column(1, 1, NAME_WIDTH)
    s.ws.set_column(2, 1 + 2 * n, 15)
    s.text(0, 0, t("cmp_student_title"), "title")
    merged_paragraph(s, 1, 0, 1 + 2 * n, t("cmp_student_subtitle"), 45 + 30 * n, "note")
    top = 3
    for year in p.years:
        s.text(top, 0, f"{year}", "section")
        s.text(top + 1, 0, "", "header")
        s.text(top + 1, 1, "", "header")
        for i, title in enumerate(p.titles):
            s.ws.merge_range(top + 1, 2 + 2 * i, top + 1, 3 + 2 * i, "", s.fmt["header"])
            s.text(top + 1, 2 + 2 * i, title, "header")
        fit_row(s, top + 1, [(title, 30.0) for title in p.titles])
        heads = [t("unit"), t("name")]
        for _ in p.titles:
            heads += [t("students"), t("cmp_eur_per_student")]
        s.row_texts(top + 2, 0, heads, numeric_from=2)
        fit_row(s, top + 2, [(h, 15.0) for h in heads[2:]])
        first = top + 3
        for k, code in enumerate(p.codes):
            row = first + k
            s.text(row, 0, code, "wrap")
            wrapped_texts(s, row, [(1, names[code], NAME_WIDTH)])
            for i in range(n):
                col = 2 + 2 * i
                students = p.value(i, code, year, "students")
                s.number(row, col, students, "count")
                alloc = p.reg[("alloc", i, code, year)]
                s.formula(
                    row,
                    col + 1,
                    f'=IF({s.local(row, col)}=0,"",{alloc.address}/{s.local(row, col)})',
                    ratio(p.allocation(i, code, year), 100 * students),
                    "eur",
                )
        total = first + len(p.codes)
        s.text(total, 1, t("cmp_university"), "bold")
        for i in range(n):
            col = 2 + 2 * i
            students = sum(p.value(i, c, year, "students") for c in p.codes)
            s.formula(
                total,
                col,
                f"=SUM({s.local(first, col)}:{s.local(total - 1, col)})",
                students,
                "count_total",
            )
            cents = sum(p.allocation(i, c, year) for c in p.codes)
            units_total = p.reg[("total_alloc", i, year)]
            s.formula(
                total,
                col + 1,
                f'=IF({s.local(total, col)}=0,"",{units_total.address}/{s.local(total, col)})',
                ratio(cents, 100 * students),
                "eur_total",
            )
        s.keep_together(top, total)
        top = total + 2
    return top - 2
