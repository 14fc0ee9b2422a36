"""Council pack, per unit: allocation under each scenario against the baseline (winners and
losers sorted), the effective amount per EEA student, and the cost of floors and caps."""

from __future__ import annotations

from dataclasses import dataclass

from qa_budget.money import cents_to_float
from qa_budget.report.common.method import has
from qa_budget.report.common.page import merged_paragraph
from qa_budget.report.common.sheet import Sheet
from qa_budget.report.council.data import Pack, ratio, span


@dataclass(frozen=True)
class Block:
    """Where a block of the per-unit sheet is: its header row and its unit rows."""

    header: int
    first: int
    last: int  # last unit row


def _eur(cents: int) -> float:
    return cents_to_float(cents)


def _period(p: Pack, year: int | None) -> str:
    return str(year) if year is not None else f"{p.years[0]}-{p.years[-1]}"


def by_unit(s: Sheet, p: Pack) -> Block:
    """Blocks: all compared years together, then each year; returns the all-years block."""
    t, n, codes = p.t, len(p.runs), p.codes
    s.ws.set_column(0, 0, 9)
    s.ws.set_column(1, 1, 42)
    s.ws.set_column(2, 1 + n + 2 * (n - 1) + 1, 15)
    s.text(0, 0, t("cmp_units_title"), "title")
    text = t("cmp_units_subtitle").format(base=p.names[0], first=p.names[1])
    merged_paragraph(s, 1, 0, 1 + n + 2 * (n - 1) + 1, text, 51 + 15 * 3 * n, "note")
    height = len(codes) + 4
    tops = {y: 3 + height * (1 + i) for i, y in enumerate(p.years)}
    for year, top in tops.items():
        _unit_block(s, p, top, year)
    return _unit_block(s, p, 3, None)


def _unit_block(s: Sheet, p: Pack, top: int, year: int | None) -> Block:
    t, n, names = p.t, len(p.runs), p.unit_names
    s.text(top, 0, f"{t('allocation')} {_period(p, year)} ({t('eur')})", "section")
    heads = [t("unit"), t("name"), *p.names]
    for j in p.alternatives:
        heads += [f"{p.names[j]} − {p.names[0]}", f"{p.names[j]} − {p.names[0]} (%)"]
    s.row_texts(top + 1, 0, heads, numeric_from=2)
    s.text(top + 1, len(heads), t("cmp_outcome"), "header")
    s.ws.set_row(top + 1, 30)
    first = top + 2

    def change(code: str) -> tuple[int, int]:
        return (-(p.allocation(1, code, year) - p.allocation(0, code, year)), p.position[code])

    order = sorted(p.codes, key=change)
    for k, code in enumerate(order):
        row = first + k
        s.text(row, 0, code)
        s.text(row, 1, names[code])
        for i in range(n):
            value = _eur(p.allocation(i, code, year))
            key = ("alloc", i, code, year)
            if year is None:
                cells = "+".join(p.reg[("alloc", i, code, y)].address for y in p.years)
                s.formula(row, 2 + i, f"={cells}", value, "eur0", key)
            else:
                s.number(row, 2 + i, value, "eur0", key)
        for j in p.alternatives:
            col = 2 + n + 2 * (j - 1)
            base, alt = p.allocation(0, code, year), p.allocation(j, code, year)
            s.formula(
                row,
                col,
                f"={s.local(row, 2 + j)}-{s.local(row, 2)}",
                _eur(alt - base),
                "eur0_signed",
                ("diff", j, code, year),
            )
            s.formula(
                row,
                col + 1,
                f'=IF({s.local(row, 2)}=0,"",{s.local(row, col)}/{s.local(row, 2)})',
                ratio(alt - base, base),
                "pct1_signed",
            )
        _outcome(
            s,
            p,
            row,
            2 + n,
            2 + n + 2 * (n - 1),
            p.allocation(1, code, year) - p.allocation(0, code, year),
        )
    last = first + len(order) - 1
    _total_row(s, p, first, last, year)
    return Block(top + 1, first, last)


def _total_row(s: Sheet, p: Pack, first: int, last: int, year: int | None) -> None:
    """Sums of the allocations and differences; the % of the total difference."""
    n, total = len(p.runs), last + 1
    s.text(total, 1, p.t("total"), "bold")

    def change(j: int) -> int:
        return sum(p.allocation(j, c, year) - p.allocation(0, c, year) for c in p.codes)

    for i in range(n):
        cents = sum(p.allocation(i, c, year) for c in p.codes)
        _sum(s, total, 2 + i, first, last, cents, "eur0_total", ("total", 2 + i, year))
    for j in p.alternatives:
        col = 2 + n + 2 * (j - 1)
        _sum(s, total, col, first, last, change(j), "eur0_signed_total", ("total", col, year))
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
    s.ws.set_column(1, 1, 42)
    s.ws.set_column(2, 1 + 2 * n, 15)
    s.text(0, 0, t("cmp_student_title"), "title")
    merged_paragraph(s, 1, 0, 1 + 2 * n, t("cmp_student_subtitle"), 51 + 30 * n, "note")
    top = 3
    for year in p.years:
        s.text(top, 0, f"{year}", "section")
        heads = [t("unit"), t("name")]
        for name in p.names:
            heads += [f"{name}: {t('students')}", f"{name}: {t('cmp_eur_per_student')}"]
        s.row_texts(top + 1, 0, heads, numeric_from=2)
        s.ws.set_row(top + 1, 30)
        first = top + 2
        for k, code in enumerate(p.codes):
            row = first + k
            s.text(row, 0, code)
            s.text(row, 1, names[code])
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
            units_total = p.reg[("total", 2 + i, year)]
            s.formula(
                total,
                col + 1,
                f'=IF({s.local(total, col)}=0,"",{units_total.address}/{s.local(total, col)})',
                ratio(cents, 100 * students),
                "eur_total",
            )
        top = total + 2
    return top - 2


def floors_and_caps(s: Sheet, p: Pack) -> int:
    """Per scenario: who is topped up and who pays (the `adjustment` column), or a sentence."""
    t, names = p.t, p.unit_names
    s.ws.set_column(0, 0, 9)
    s.ws.set_column(1, 1, 42)
    s.ws.set_column(2, 3 + len(p.years), 15)
    s.text(0, 0, t("cmp_floors_title"), "title")
    width = 51 + 15 * (len(p.years) + 2)
    merged_paragraph(s, 1, 0, 3 + len(p.years), t("cmp_floors_subtitle"), width, "note")
    row = 3
    for i, run in enumerate(p.runs):
        s.text(row, 0, f"{run.scenario.name} — {run.scenario.display_title}", "section")
        if not has(run.allocation, "adjustment"):
            text = t("cmp_no_floors").format(name=run.scenario.name)
            merged_paragraph(s, row + 1, 0, 3 + len(p.years), text, width)
            row += 3
            continue
        heads = [t("unit"), t("name")] + [str(y) for y in p.years] + [t("total"), t("cmp_role")]
        s.row_texts(row + 1, 0, heads, numeric_from=2)
        first = row + 2

        def adjustment(code: str, i: int = i) -> int:
            return sum(p.value(i, code, y, "adjustment") for y in p.years)

        order = sorted(p.codes, key=lambda c: (-adjustment(c), p.position[c]))
        end = 2 + len(p.years)
        for k, code in enumerate(order):
            r = first + k
            s.text(r, 0, code)
            s.text(r, 1, names[code])
            for c, y in enumerate(p.years):
                s.number(r, 2 + c, _eur(p.value(i, code, y, "adjustment")), "eur0_signed")
            s.formula(
                r,
                end,
                f"=SUM({s.local(r, 2)}:{s.local(r, end - 1)})",
                _eur(adjustment(code)),
                "eur0_signed",
            )
            up, down, none = t("cmp_topped_up"), t("cmp_pays"), t("cmp_untouched")
            a = adjustment(code)
            s.formula(
                r,
                end + 1,
                f'=IF({s.local(r, end)}>0,"{up}",IF({s.local(r, end)}<0,"{down}","{none}"))',
                up if a > 0 else down if a < 0 else none,
                "text",
            )
        last = first + len(order) - 1
        for k, (key, criterion) in enumerate(
            (("cmp_top_ups", ">0"), ("cmp_skims", "<0"), ("cmp_net", ""))
        ):
            r = last + 1 + k
            s.text(r, 1, t(key), "bold")
            for col in range(2, end + 1):
                cells = span(s, first, col, last, col).split("!")[1]
                values = [
                    sum(p.value(i, code, y, "adjustment") for y in p.years)
                    if col == end
                    else p.value(i, code, p.years[col - 2], "adjustment")
                    for code in order
                ]
                wanted = [
                    v
                    for v in values
                    if (criterion == ">0" and v > 0)
                    or (criterion == "<0" and v < 0)
                    or not criterion
                ]
                formula = f'=SUMIF({cells},"{criterion}")' if criterion else f"=SUM({cells})"
                s.formula(r, col, formula, _eur(sum(wanted)), "eur0_signed_total")
        row = last + 6
    return row - 2
