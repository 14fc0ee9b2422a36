"""Plan versions in the workbooks: a theme block (previous and current amount, the difference
and the shift in points as formulas, both shares as shown, adding up to 100%) and the table of
measures added, changed and stopped. Used by the faculty-board workbook and the council pack."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from qa_budget.money import cents_to_float
from qa_budget.planning.versions import ADDED, CHANGED, MeasureChange, ThemeComparison
from qa_budget.report.common.sheet import Sheet
from qa_budget.texts import THEME_NUMBERS, theme_name, years_text

Text = Callable[[str], str]
BLOCK_COLUMNS = 8  # theme, name, previous, current, difference, share before, now, points


def theme_block(s: Sheet, top: int, c: ThemeComparison, t: Text, lang: str) -> int:
    """One period: per theme the previous and current amount, the difference, both shares and
    the shift in percentage points; a total row. Returns the next free row."""
    heads = [
        t("theme"),
        years_text(c.years),
        t("ver_previous"),
        t("ver_current"),
        t("difference"),
        t("ver_share_previous"),
        t("ver_share_current"),
        t("ver_points"),
    ]
    s.row_texts(top, 0, heads, numeric_from=2)
    s.ws.set_row(top, 30)
    first, total = top + 1, top + 1 + len(THEME_NUMBERS)
    before, now = c.previous_amounts or {}, c.current_amounts or {}
    b_total, n_total = c.previous_total, c.current_total
    # the shares as shown (0.1%) add up to 100% (largest remainder); the points are theirs
    shown_before, shown_now = c.shown_previous, c.shown_current
    for i, theme in enumerate(THEME_NUMBERS):
        row = first + i
        s.number(row, 0, theme, "text")
        s.text(row, 1, theme_name(theme, lang))
        s.number(row, 2, cents_to_float(before.get(theme, 0)), "eur0")
        s.number(row, 3, cents_to_float(now.get(theme, 0)), "eur0")
        s.formula(
            row,
            4,
            f"={s.local(row, 3)}-{s.local(row, 2)}",
            cents_to_float(now.get(theme, 0) - before.get(theme, 0)),
            "eur0_signed",
        )
        s.number(row, 5, float(shown_before[theme]), "pct1")
        s.number(row, 6, float(shown_now[theme]), "pct1")
        s.formula(
            row,
            7,
            f"=100*({s.local(row, 6)}-{s.local(row, 5)})",
            float(100 * (shown_now[theme] - shown_before[theme])),
            "pp1_signed",
        )
    s.text(total, 1, t("total"), "bold")
    for col, value, fmt in (
        (2, cents_to_float(b_total), "eur0_total"),
        (3, cents_to_float(n_total), "eur0_total"),
        (4, cents_to_float(n_total - b_total), "eur0_signed_total"),
        (5, 1.0 if b_total else 0.0, "pct1"),
        (6, 1.0 if n_total else 0.0, "pct1"),
    ):
        s.formula(total, col, f"=SUM({s.local(first, col)}:{s.local(total - 1, col)})", value, fmt)
    s.keep_together(top, total)
    return total + 2


def change_texts(m: MeasureChange, t: Text) -> tuple[str, str]:
    """The kind of change and its signal (a theme move, pm years, a running measure that
    disappears)."""
    kind = {ADDED: t("ver_added"), CHANGED: t("ver_changed")}.get(m.kind, t("ver_stopped"))
    signals = []
    if m.kind == CHANGED and m.theme_before != m.theme_now:
        signals.append(t("ver_theme_moved").format(before=m.theme_before, now=m.theme_now))
    if m.pm:
        signals.append(t("ver_pm").format(years=", ".join(str(y) for y in m.pm)))
    if m.running:
        signals.append(t("ver_running_stopped"))
    return kind, "; ".join(signals)


def measures_table(
    s: Sheet,
    top: int,
    changes: Sequence[MeasureChange],
    years: Sequence[int],
    t: Text,
    unit: bool,
    col: int = 0,
) -> int:
    """The measures added, changed and stopped: name, change, theme before and now, the
    amounts over the compared years and the difference, the signal (flagged when a running
    measure disappears). `unit`: a first column with the unit (the council's list); `col`:
    the first column. The measure column is about 50 characters wide, the signal 36. Returns
    the next free row."""
    lead = [t("unit")] if unit else []
    period = years_text(years)
    heads = [
        *lead,
        t("ver_measure"),
        t("ver_change"),
        t("ver_theme_before"),
        t("ver_theme_now"),
        f"{t('ver_previous')} {period}",
        f"{t('ver_current')} {period}",
        t("difference"),
        t("ver_signal"),
    ]
    s.row_texts(top, col, heads[:-1], numeric_from=len(lead) + 2)
    s.text(top, col + len(heads) - 1, heads[-1], "header")
    s.ws.set_row(top, 45)
    x = col + len(lead)
    for i, m in enumerate(changes):
        row = top + 1 + i
        if unit:
            s.text(row, col, m.unit, "top")
        kind, signal = change_texts(m, t)
        s.text(row, x, m.measure, "wrap")
        s.text(row, x + 1, kind, "wrap")
        if m.theme_before is not None:
            s.number(row, x + 2, m.theme_before, "top")
        if m.theme_now is not None:
            s.number(row, x + 3, m.theme_now, "top")
        before, now = sum(m.before.values()), sum(m.now.values())
        s.number(row, x + 4, cents_to_float(before), "eur0_top")
        s.number(row, x + 5, cents_to_float(now), "eur0_top")
        s.formula(
            row,
            x + 6,
            f"={s.local(row, x + 5)}-{s.local(row, x + 4)}",
            cents_to_float(now - before),
            "eur0_signed_top",
        )
        s.text(row, x + 7, signal, "flag" if m.running else "wrap")
        s.ws.set_row(row, 15 * max(-(-len(m.measure) // 52), -(-len(signal) // 38), 1))
    s.keep_together(top, top + len(changes))
    return top + 2 + len(changes)
