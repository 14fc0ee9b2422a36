"""The short summary a run prints: per year the key figures, per unit the tariff outcome."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from fractions import Fraction

import polars as pl

from qa_budget.binding import KINDS, binding_kind
from qa_budget.planning.round import RoundStatus
from qa_budget.report.common.planning import (
    decision_text,
    status_text,
    timely_text,
    unknown_text,
)
from qa_budget.report.overview.book import shown_years
from qa_budget.result import Result
from qa_budget.texts import (
    TIERS,
    format_date,
    format_money,
    format_number,
    format_percent,
    label,
)

MAX_UNITS_SHOWN = 20


def summary_lines(result: Result, lang: str = "en") -> Iterator[str]:
    """Lines of text for the terminal, in the language of the outputs."""

    def t(key: str) -> str:
        return label(key, lang)

    def n(value: int) -> str:
        return format_number(value, lang)

    a = result.allocation
    name, title = result.scenario.name, result.scenario.display_title
    yield t("cli_scenario").format(name=name, title=title)
    yield t("cli_key").format(key=result.scenario.key.sentence(lang))
    for note in result.notes:
        yield t("cli_note").format(note=note.text(lang))
    for why in a.infeasible:
        yield t("cli_infeasible").format(why=why.text(lang))
    heads = ("cli_revenue", "cli_allocated", "cli_still", "cli_result")
    yield f"{t('cli_keur'):<8}" + "".join(f"{t(h):>19}" for h in heads)
    for y in shown_years(result.reconciliation, a):
        row = (y.rijksbijdrage, y.allocated, y.still_to_allocate, y.result)
        yield f"{y.year:<8}" + "".join(f"{n(v):>19}" for v in row)
    for year, d in a.oploop.items():  # what was handed out is in the notes above
        if d["per_student"] is not None:
            cents = round(d["per_student"] * 100)
            amount = format_money(int(cents), lang, decimals=True)
            yield t("cli_oploop").format(year=year, amount=amount)
    if a.is_tariff:
        yield from _tariff_lines(result, lang)
    if result.plan_round is not None and result.plan_round.concept:
        r = result.plan_round
        yield t("cli_plans_concept").format(adopted=r.adopted, n=len(r.units))
    if result.decisions:
        yield t("cli_decisions").format(n=len(result.decisions))
    checks = result.reconciliation.checks
    yield t("cli_checks").format(ok=sum(c.ok for c in checks), n=len(checks))


def _tariff_lines(result: Result, lang: str) -> Iterator[str]:
    def t(key: str) -> str:
        return label(key, lang)

    def eur(cents: int) -> str:
        return format_money(cents, lang, decimals=True)

    a = result.allocation
    explicit = getattr(result.scenario.key, "tariffs", None) is not None
    for year, tariffs in a.tariffs.items():
        tiers = ", ".join(
            f"{TIERS[k][lang] if k in TIERS else k} {eur(round(v * 100))}"
            for k, v in tariffs.items()
            if k != "base"
        )
        base = (
            t("cli_tariffs_given").format(factor=format_number(_four(tariffs["base"]), lang))
            if explicit
            else t("cli_tariffs_base").format(amount=eur(round(tariffs["base"] * 100)))
        )
        yield t("cli_tariffs").format(year=year, base=base, tiers=tiers, pool=eur(a.pools[year]))
    last = max(a.tariffs)
    frame = a.units.filter(pl.col("year") == last).with_columns(
        (pl.col("allocation") - pl.col("baseline")).alias("change")
    )
    if frame.height > MAX_UNITS_SHOWN:
        frame = pl.concat(
            [
                frame.sort("change").head(MAX_UNITS_SHOWN // 2),
                frame.sort("change").tail(MAX_UNITS_SHOWN // 2),
            ]
        )
        yield t("cli_largest").format(year=last, n=MAX_UNITS_SHOWN // 2)
    against = t("cli_h_against").format(baseline=a.baseline)
    yield (
        f"{t('cli_h_unit'):<10}{t('cli_h_formula'):>16}{t('cli_h_adjustment'):>14}"
        f"{t('cli_h_allocation'):>16}{against:>22}{'%':>9}  " + t("cli_h_limit").format(year=last)
    )
    for r in frame.iter_rows(named=True):
        change = r["allocation"] - r["baseline"]
        pct = (
            ("+" if change > 0 else "")
            + format_percent(Fraction(100 * change, r["baseline"]), lang, 2)
            if r["baseline"]
            else "-"
        )
        whole = [round(x / 100) for x in (r["formula"], r["adjustment"], r["allocation"], change)]
        shown = [format_number(v, lang) for v in whole]
        shown[3] = ("+" if whole[3] > 0 else "") + shown[3]
        kind = binding_kind(str(r["binding"] or ""), r["unit"], last)
        limit = t(f"limit_{kind}") if kind in KINDS else ""
        yield (
            f"{r['unit']:<10}{shown[0]:>16}{shown[1]:>14}{shown[2]:>16}{shown[3]:>22}{pct:>9}  "
            f"{limit}"
        ).rstrip()


def _four(value: Fraction) -> Decimal:
    """A factor with four decimals."""
    exact = Decimal(value.numerator) / Decimal(value.denominator)
    return exact.quantize(Decimal("0.0001"))


def round_lines(
    status: RoundStatus, names: dict[str, str] | None = None, lang: str = "en"
) -> Iterator[str]:
    """The plan round as a table for the terminal: per unit the version, the date submitted
    (on time, late, missing), the faculty council's decision (consent or not) and the status;
    then the counts, and whether the outputs are a concept (in the language asked)."""

    def t(key: str) -> str:
        return label(key, lang)

    deadline = format_date(status.deadline, lang) if status.deadline else t("cli_round_no_deadline")
    required = t(f"decision_{status.required_decision}")  # the word the workbooks use
    yield t("cli_round_title").format(deadline=deadline, decision=required)
    heads = ("unit", "version", "submitted", "on_time", "decision", "decided", "consent", "status")
    head = [t(f"cli_round_h_{h}").format(decision=required.capitalize()) for h in heads]
    widths = [max(w, len(h) + 1) for h, w in zip(head, (8, 8, 11, 16, 11, 11, 8, 12), strict=True)]
    yield "  " + "".join(f"{h:<{w}}" for h, w in zip(head, widths, strict=True))
    for u in status.units:
        when = timely_text(u, lang)
        cells = (
            u.unit,
            u.version or "-",
            u.submitted.isoformat() if u.submitted else "-",
            when,
            decision_text(u.decision, lang) if u.decision else "-",
            u.decision_date.isoformat() if u.decision_date else "-",
            t("cli_round_yes") if u.consent else t("cli_round_no"),
            status_text(u.status, lang),
        )
        yield "  " + "".join(f"{c:<{w}}" for c, w in zip(cells, widths, strict=True)).rstrip()
    n = len(status.units)
    missing = status.count("missing")
    judged = (
        t("cli_round_count_judged").format(
            on_time=status.count("on_time"), n=n, late=status.count("late")
        )
        if status.deadline
        else t("cli_round_count_submitted").format(submitted=n - missing, n=n)
    )
    yield judged + t("cli_round_count_rest").format(
        missing=missing,
        unknown=unknown_text(status, lang),
        consents=status.consents,
        decision=required,
        adopted=status.adopted,
        n=n,
        end=t("cli_round_concept") if status.concept else ".",
    )
