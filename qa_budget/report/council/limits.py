"""Council pack, floors and caps: what they cost — each unit's allocation against the same pool
shared by the same key without floors and caps, which the other units pay — and, beside it,
each unit's change against the baseline scenario, numbered and labelled so that nobody takes
one for the other."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from qa_budget.money import cents_to_float
from qa_budget.report.common.method import years_text
from qa_budget.report.common.page import fit_row, merged_paragraph, wrapped_texts
from qa_budget.report.common.sheet import Sheet
from qa_budget.report.council.data import Pack, ratio
from qa_budget.texts import format_money, format_number

HEADS = (
    "lim_without",
    "lim_with",
    "lim_effect",
    "lim_baseline",
    "lim_change",
    "lim_change_pct",
    "lim_role",
)
WIDTHS = (9, 42, 17, 17, 17, 17, 17, 15, 15)
WITHOUT, WITH, EFFECT, BASE, CHANGE, PCT, ROLE = range(2, 9)
LISTED = 4  # units named in the headline before "and n others"


def _eur(cents: int) -> float:
    return cents_to_float(cents)


def limits_sheet(s: Sheet, p: Pack) -> int:
    """Per scenario: the headline cost, then a table for all years together and one per year;
    a sentence for a scenario without floors or caps. Returns the last row written."""
    t = p.t
    for c, w in enumerate(WIDTHS):
        s.ws.set_column(c, c, w)
    width = sum(WIDTHS)
    s.text(0, 0, t("lim_title"), "title")
    merged_paragraph(s, 1, 0, ROLE, t("lim_intro").format(base=p.titles[0]), width, "note")
    row = 3
    for i, run in enumerate(p.runs):
        s.text(row, 0, p.titles[i], "section")
        row += 1
        if "limit_effect" not in run.allocation.units.columns:
            merged_paragraph(s, row, 0, ROLE, t("lim_none").format(title=p.titles[i]), width)
            row += 2
            continue
        years = p.limit_years(i)
        missing = [y for y in p.years if y not in years]
        if missing:
            text = t("lim_undefined").format(years=years_text(missing))
            merged_paragraph(s, row, 0, ROLE, text, width, "note")
            row += 1
        if not years:
            row += 1
            continue
        merged_paragraph(s, row, 0, ROLE, _headline(p, i, years), width, "bold_wrap")
        section = row - 1 - (1 if missing else 0)
        row += 2
        periods: list[list[int]] = ([years] if len(years) > 1 else []) + [[y] for y in years]
        for k, period in enumerate(periods):
            top = row
            row = _block(s, p, i, row, period)
            s.keep_together(section if k == 0 else top, row)
            row += 2
    return row - 2


def _sums(p: Pack, i: int, code: str, years: list[int]) -> tuple[int, int, int]:
    """(without floors and caps, their effect, baseline) of a unit over some years, in cents."""
    free = sum(p.value(i, code, y, "unconstrained") for y in years)
    effect = sum(p.value(i, code, y, "limit_effect") for y in years)
    base = sum(p.value(i, code, y, "baseline") for y in years)
    return free, effect, base


def _listed(items: list[str], none: str, more: str) -> str:
    shown = items[:LISTED]
    rest = len(items) - len(shown)
    if not shown:
        return none
    return ", ".join(shown) + (f" {more.format(n=rest)}" if rest else "")


def _pct(part: int, whole: int, lang: str) -> str:
    """A share in whole-tenths of a percent, in the language's format (4,2%)."""
    value = Decimal(float(Fraction(100 * part, whole))).quantize(Decimal("0.1")) if whole else 0
    return f"{format_number(Decimal(value), lang)}%"


def _headline(p: Pack, i: int, years: list[int]) -> str:
    """What the floors and caps cost over the years, who pays and who is protected."""
    t, lang = p.t, p.lang
    sums = {c: _sums(p, i, c, years) for c in p.codes}
    payers = sorted((c for c in p.codes if sums[c][1] < 0), key=lambda c: sums[c][1])
    protected = sorted((c for c in p.codes if sums[c][1] > 0), key=lambda c: -sums[c][1])
    if not payers:
        return t("lim_headline_none").format(years=years_text(years))
    cost = -sum(sums[c][1] for c in payers)
    pool = sum(sums[c][0] for c in p.codes)
    named = [f"{c} ({format_money(-sums[c][1], lang, decimals=False)})" for c in payers]
    return t("lim_headline").format(
        years=years_text(years),
        cost=format_money(cost, lang, decimals=False),
        pct=_pct(cost, pool, lang),
        payers=_listed(named, t("lim_nobody"), t("lim_and_more")),
        protected=_listed(protected, t("lim_nobody"), t("lim_and_more")),
    )


def _block(s: Sheet, p: Pack, i: int, top: int, years: list[int]) -> int:
    """One period's table: per unit without / with floors and caps, (1) their effect, the
    baseline, (2) the change against it, the role; sorted from the most protected unit to
    the one that pays most. Returns the last row written."""
    t, names = p.t, p.unit_names
    s.text(top, 0, f"{years_text(years)} ({t('eur')})", "bold")
    heads = [t("unit"), t("name"), *(t(h) for h in HEADS)]
    s.row_texts(top + 1, 0, heads, numeric_from=2)
    s.text(top + 1, ROLE, heads[-1], "header")
    fit_row(s, top + 1, [(h, WIDTHS[c]) for c, h in enumerate(heads)])
    sums = {c: _sums(p, i, c, years) for c in p.codes}
    order = sorted(p.codes, key=lambda c: (-sums[c][1], p.position[c]))
    first = top + 2
    protected, pays, untouched = t("lim_protected"), t("lim_pays"), t("lim_untouched")
    for k, code in enumerate(order):
        row = first + k
        free, effect, base = sums[code]
        alloc = free + effect

        def at(col: int, row: int = row) -> str:
            return s.local(row, col)

        s.text(row, 0, code, "wrap")
        wrapped_texts(s, row, [(1, names[code], WIDTHS[1])])
        s.number(row, WITHOUT, _eur(free), "eur0")
        s.number(row, WITH, _eur(alloc), "eur0")
        s.formula(row, EFFECT, f"={at(WITH)}-{at(WITHOUT)}", _eur(effect), "eur0_signed")
        s.number(row, BASE, _eur(base), "eur0")
        s.formula(row, CHANGE, f"={at(WITH)}-{at(BASE)}", _eur(alloc - base), "eur0_signed")
        s.formula(
            row,
            PCT,
            f'=IF({at(BASE)}=0,"",{at(CHANGE)}/{at(BASE)})',
            ratio(alloc - base, base),
            "pct1_signed",
        )
        s.formula(
            row,
            ROLE,
            f'=IF({at(EFFECT)}>0,"{protected}",IF({at(EFFECT)}<0,"{pays}","{untouched}"))',
            protected if effect > 0 else pays if effect < 0 else untouched,
            "text",
        )
    last = first + len(order) - 1
    return _totals(s, p, i, years, first, last, sums)


def _totals(
    s: Sheet,
    p: Pack,
    i: int,
    years: list[int],
    first: int,
    last: int,
    sums: dict[str, tuple[int, int, int]],
) -> int:
    """Together (the effect adds up to zero), what the protected units gain and what the
    others give up: the cost, registered per year for the summary."""
    t = p.t
    total = last + 1

    def column(col: int) -> str:
        return f"{s.local(first, col)}:{s.local(last, col)}"

    free = sum(v[0] for v in sums.values())
    effect = sum(v[1] for v in sums.values())
    base = sum(v[2] for v in sums.values())
    s.text(total, 1, t("lim_together"), "bold")
    for col, cents, fmt in (
        (WITHOUT, free, "eur0_total"),
        (WITH, free + effect, "eur0_total"),
        (EFFECT, effect, "eur0_signed_total"),
        (BASE, base, "eur0_total"),
        (CHANGE, free + effect - base, "eur0_signed_total"),
    ):
        s.formula(total, col, f"=SUM({column(col)})", _eur(cents), fmt)
    change, baseline = s.local(total, CHANGE), s.local(total, BASE)
    s.formula(
        total,
        PCT,
        f'=IF({baseline}=0,"",{change}/{baseline})',
        ratio(free + effect - base, base),
        "pct1_signed_total",
    )
    gained = sum(v[1] for v in sums.values() if v[1] > 0)
    s.text(total + 1, 1, t("lim_gained"), "bold")
    s.formula(total + 1, EFFECT, f'=SUMIF({column(EFFECT)},">0")', _eur(gained), "eur0_signed")
    s.text(total + 2, 1, t("lim_given_up"), "bold")
    key = ("lim_cost", i, years[0]) if len(years) == 1 else None
    s.formula(
        total + 2,
        EFFECT,
        f'=-SUMIF({column(EFFECT)},"<0")',
        _eur(gained - effect),
        "eur0_total",
        key,
    )
    return total + 2
