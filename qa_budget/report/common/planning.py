"""The plan round in the workbooks of every audience: the round of every unit (Planronde), the
open decisions (Open besluiten), a unit's own status in one line, and a theme shift in words."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from fractions import Fraction

from qa_budget.money import round_half_up
from qa_budget.planning.decisions import OpenDecision
from qa_budget.planning.round import LATE, RoundStatus, UnitRound, decision_key
from qa_budget.planning.versions import NONE, NOTHING, ThemeComparison
from qa_budget.report.common.page import merged_paragraph, wrapped_texts
from qa_budget.report.common.sheet import Sheet
from qa_budget.texts import format_money, format_number, label

Text = Callable[[str], str]


def pct_text(share: Fraction, lang: str, digits: int = 1) -> str:
    """A share as a percentage in the language's notation: '47,2%' or '47.2%'."""
    text = f"{float(share * 100):.{digits}f}%"
    return text.replace(".", ",") if lang == "nl" else text


def date_text(date: dt.date | None, lang: str) -> str:
    """A date as the language writes it: 30-6-2021 or 2021-06-30."""
    if date is None:
        return "—"
    return f"{date.day}-{date.month}-{date.year}" if lang == "nl" else date.isoformat()


def decision_text(decision: str | None, lang: str) -> str:
    """instemming / advies / nog niet in the language asked."""
    if decision is None:
        return label("round_unknown", lang)
    return label(decision_key(decision), lang)


def unknown_text(status: RoundStatus, lang: str) -> str:
    """', 1 zonder blad Planronde (onbekend)' when plans lack the sheet, else nothing."""
    n = status.count("unknown")
    return label("round_count_unknown", lang).format(n=n) if n else ""


def status_text(status: str | None, lang: str) -> str:
    """concept / ingediend / vastgesteld in the language asked."""
    return label(f"status_{status}", lang) if status else label("round_unknown", lang)


def timely_text(u: UnitRound, lang: str) -> str:
    """On time, late (days), missing, submitted (no deadline), or no plan."""
    if u.file is None:
        return label("round_no_plan", lang)
    return label(f"round_{u.timeliness}", lang).format(days=u.days_late)


def _write_date(
    s: Sheet, row: int, col: int, date: dt.date | None, lang: str, top: bool = False
) -> None:
    if date is None:
        s.text(row, col, "—", "top" if top else "text")
    else:
        fmt = s.fmt[f"date_{lang}" + ("_top" if top else "")]
        s.ws.write_datetime(row, col, dt.datetime(date.year, date.month, date.day), fmt)


def round_sheet(
    s: Sheet, status: RoundStatus, names: dict[str, str], t: Text, lang: str, contact: bool
) -> tuple[int, int]:
    """Per unit the version, the date submitted and whether on time, the faculty council's
    decision and its date, whether the required decision is given, the status (and, for
    finance staff, the contact). Returns the last row and column written."""
    heads = [
        t("unit"),
        t("name"),
        t("round_version"),
        t("round_submitted"),
        t("round_timely"),
        t("round_decision"),
        t("round_decision_date"),
        t("round_consent"),
        t("status"),
    ] + ([t("round_contact")] if contact else [])
    widths = [9, 40, 9, 13, 14, 18, 13, 13, 13] + ([30] if contact else [])
    for col, w in enumerate(widths):
        s.ws.set_column(col, col, w)
    last_col = len(heads) - 1
    total = sum(widths)
    required = decision_text(status.required_decision, lang)
    s.text(0, 0, t("round_title"), "title")
    rule = (
        t("round_rule").format(deadline=date_text(status.deadline, lang), decision=required)
        if status.deadline
        else t("round_rule_open").format(decision=required)
    )
    merged_paragraph(s, 1, 0, last_col, rule, total, "note")
    n = len(status.units)
    counts = t("round_counts").format(
        on_time=status.count("on_time"),
        late=status.count("late"),
        missing=status.count("missing"),
        unknown=unknown_text(status, lang),
        consent=status.consents,
        adopted=status.adopted,
        decision=required,
        n=n,
    )
    merged_paragraph(s, 2, 0, last_col, counts, total, "bold_wrap")
    verdict = t("round_concept") if status.concept else t("round_adopted")
    merged_paragraph(s, 3, 0, last_col, verdict, total, "flag" if status.concept else "para")
    s.row_texts(5, 0, heads)
    s.ws.set_row(5, 30)
    for i, u in enumerate(status.units):
        row = 6 + i
        flag = "flag_text"
        s.text(row, 0, u.unit)
        s.text(row, 1, names.get(u.unit, u.unit))
        _number_or_text(s, row, 2, u.version or "—")
        _write_date(s, row, 3, u.submitted, lang)
        late = u.timeliness == LATE or u.timeliness == "missing"
        s.text(row, 4, timely_text(u, lang), flag if late else "text")
        s.text(row, 5, decision_text(u.decision, lang), "text" if u.consent else flag)
        _write_date(s, row, 6, u.decision_date, lang)
        s.text(row, 7, t("yes") if u.consent else t("no"), "text" if u.consent else flag)
        s.text(row, 8, status_text(u.status, lang), "text" if u.adopted else flag)
        if contact:
            s.text(row, 9, u.contact or "")
    s.ws.freeze_panes(6, 1)
    return 5 + n, last_col


def decisions_sheet(
    s: Sheet, decisions: Sequence[OpenDecision], t: Text, lang: str
) -> tuple[int, int]:
    """Every amount that waits for a decision: what, who decides, by when, and its effect on
    still to allocate. Returns the last row and column written."""
    heads = [
        t("dec_kind"),
        t("unit"),
        t("dec_what"),
        t("line"),
        t("theme"),
        t("dec_years"),
        t("dec_decider"),
        t("dec_by"),
        t("dec_effect"),
    ]
    widths = [11, 9, 34, 34, 7, 12, 24, 14, 40]
    for col, w in enumerate(widths):
        s.ws.set_column(col, col, w, s.fmt["wrap"] if col in (2, 3, 6, 8) else None)
    s.text(0, 0, t("dec_title"), "title")
    merged_paragraph(s, 1, 0, len(heads) - 1, t("dec_subtitle"), sum(widths), "note")
    s.row_texts(3, 0, heads)
    s.ws.set_row(3, 30)
    if not decisions:
        s.text(4, 0, t("dec_none"), "note")
        return 4, len(heads) - 1
    for i, d in enumerate(decisions):
        row = 4 + i
        s.text(row, 0, t("dec_central") if d.kind == "central" else t("dec_measure"), "wrap")
        s.text(row, 1, d.unit or "", "wrap")
        _number_or_text(s, row, 4, str(d.theme), top=True)
        _number_or_text(s, row, 5, ", ".join(str(y) for y in d.years), top=True)
        _write_date(s, row, 7, d.decide_by, lang, top=True)
        texts = (d.name, d.line or "", d.decider, t(f"dec_effect_{d.effect}"))
        wrapped_texts(
            s, row, [(c, text, widths[c]) for c, text in zip((2, 3, 6, 8), texts, strict=True)]
        )
    s.ws.freeze_panes(4, 0)
    return 3 + len(decisions), len(heads) - 1


def _number_or_text(s: Sheet, row: int, col: int, value: str, top: bool = False) -> None:
    """A version, a theme or a single year as the number it is (a spreadsheet program flags a
    number stored as text), aligned left like a label; anything else ('2b', '2025, 2026', '—')
    as text."""
    if value.isdigit() and value.isascii() and len(value) < 10:
        s.number(row, col, int(value), "left")
    else:
        s.text(row, col, value, "wrap" if top else "text")


def unit_round_line(u: UnitRound, lang: str) -> str:
    """One unit's place in the round in one sentence, for its own workbook."""
    if u.status is None:
        return label("fac_round_none", lang)
    if u.submitted is None or u.status == "concept":
        submitted = label("fac_round_not_submitted", lang)
    elif u.timeliness == LATE:  # in a sentence, not the table's "te laat (15 d)" in brackets
        key = "fac_round_submitted_late" + ("_one" if u.days_late == 1 else "")
        submitted = label(key, lang).format(
            date=date_text(u.submitted, lang), days=format_number(u.days_late, lang)
        )
    else:
        submitted = label("fac_round_submitted", lang).format(
            date=date_text(u.submitted, lang), timely=timely_text(u, lang)
        )
    decision = decision_text(u.decision, lang)
    if u.decision_date is not None:
        decision = label("fac_round_decided", lang).format(
            decision=decision, date=date_text(u.decision_date, lang)
        )
    return label("fac_round_line", lang).format(
        version=u.version,
        submitted=submitted,
        decision=decision,
        status=status_text(u.status, lang),
    )


# --- A theme shift in words -------------------------------------------------------------------


def _themes(themes: Sequence[int], lang: str) -> str:
    """'theme 2', or 'themes 2, 4 and 5'."""
    if len(themes) == 1:
        return label("ver_theme", lang).format(theme=themes[0])
    listed = ", ".join(str(t) for t in themes[:-1]) + f" {label('ver_and', lang)} {themes[-1]}"
    return label("ver_themes", lang).format(themes=listed)


def euros(cents: int, lang: str) -> str:
    """An amount in whole euros (rounded half-up) in the language's notation."""
    return format_money(round_half_up(cents, 100) * 100, lang, decimals=False)


def shift_sentence(c: ThemeComparison, lang: str) -> str:
    """The shift between themes in a sentence a board reads, e.g. 'A modest shift from theme 2
    to theme 1: the share of theme 1 goes from 40.1% to 45.0%; the share of theme 2 goes from
    25.0% to 20.1%.' (the themes that move a point or more; the largest rise and fall in
    figures). Where the amounts are known, a theme is said to give only when its amount
    shrinks: when no theme gets less, 'A modest shift in the shares: more money for theme 1
    and less for none; ...'."""
    shift = c.shift
    if shift.size in (NONE, NOTHING):
        text = label(f"ver_shift_{shift.size}", lang)
    else:
        gained = shift.rises if shift.gained is None else shift.gained
        lost = shift.falls if shift.lost is None else shift.lost
        # the shares quoted: the named theme whose share rises most and the one whose share
        # falls most (when no theme is named as getting less: the largest fall of a share)
        up = max(gained, key=c.points) if gained else shift.rises[0]
        down = min(lost, key=c.points) if lost else shift.falls[0]
        moves = "; ".join(
            label("ver_move", lang).format(
                theme=t,
                before=pct_text(c.shown_previous[t], lang),  # as the table shows them
                now=pct_text(c.shown_current[t], lang),
            )
            for t in (up, down)
        )
        # money moves from one theme to another only when one gets less and another more;
        # else the shares move because themes get more (or less) money, and the sentence says so
        key = "ver_shift" if gained and lost else "ver_more" if gained else "ver_less"
        text = label(f"{key}_{shift.size}", lang).format(
            from_=_themes(sorted(lost), lang) if lost else "",
            to=_themes(sorted(gained), lang) if gained else "",
            moves=moves,
        )
    if shift.new:
        text += " " + label("ver_new", lang).format(themes=_themes(shift.new, lang))
    if shift.gone:
        text += " " + label("ver_gone", lang).format(themes=_themes(shift.gone, lang))
    return text


def total_sentence(c: ThemeComparison, lang: str) -> str:
    """How the plan's total moves: grows, shrinks or stays, with the percentage."""
    before, now = c.previous_total, c.current_total
    money = {"before": euros(before, lang), "now": euros(now, lang)}
    if before == now:
        return label("ver_total_same", lang).format(**money)
    if not before:  # from nothing: no percentage to give
        return label("ver_total_from_nothing", lang).format(**money)
    pct = pct_text(Fraction(now - before, before), lang)
    key = "ver_total_up" if now > before else "ver_total_down"
    return label(key, lang).format(pct=("+" if now > before else "") + pct, **money)
