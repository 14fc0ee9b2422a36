"""Whether a register record can be published: organisation fields missing or stale, fields too
long for the register. One small function per rule; `findings` runs them all."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from pydantic import BaseModel

from qa_budget.errors import Day, Msg, Number, msg
from qa_budget.register.organisation import Register, Text
from qa_budget.register.record import FIELDS, Finding, RegisterRecord, record_fields
from qa_budget.result import Result


def _about(key: str) -> Msg:
    """What belongs in a field (its docstring, in the catalogue): 'legal_basis.articles[2].law'
    is told by msg_about_legal_basis_articles_law."""
    return msg("msg_about_" + re.sub(r"\[\d+\]", "", key).replace(".", "_"))


def _missing(key: str, model: BaseModel, name: str, lang: str) -> list[Finding]:
    value = getattr(model, name)
    about = _about(key)
    if isinstance(value, Text):
        empty, key = not value.get(lang), f"{key} ({lang})"
    else:
        empty = value is None or value == "" or value == []
    return [Finding("missing", key, about)] if empty else []


def missing_fields(org: Register, lang: str) -> list[Finding]:
    """Every field the record needs that is empty in register.toml (texts in `lang`), in the
    order of the file."""
    use, basis, dpia = org.use, org.legal_basis, org.dpia
    required: list[tuple[str, BaseModel, str]] = [
        ("publication.category", org.publication, "category"),
        ("publication.reviewed", org.publication, "reviewed"),
        ("organisation.name", org.organisation, "name"),
        ("organisation.contact", org.organisation, "contact"),
        ("use.value", use, "value"),
        ("use.since", use, "since"),
    ]
    if use.value == "out_of_use":
        required.append(("use.until", use, "until"))
    required += [
        ("legal_basis.summary", basis, "summary"),
        ("legal_basis.articles", basis, "articles"),
    ]
    for i, article in enumerate(basis.articles, start=1):
        required += [
            (f"legal_basis.articles[{i}].law", article, "law"),
            (f"legal_basis.articles[{i}].article", article, "article"),
        ]
    required += [
        ("processing_register.reference", org.processing_register, "reference"),
        ("dpia.outcome", dpia, "outcome"),
    ]
    if dpia.outcome is not None:
        required += [("dpia.date", dpia, "date"), ("dpia.statement", dpia, "statement")]
    if dpia.outcome in ("carried_out", "not_needed"):
        required.append(("dpia.shared_with", dpia, "shared_with"))
    required += [
        ("considerations.text", org.considerations, "text"),
        ("supplier.name", org.supplier, "name"),
        ("source_code.link", org.source_code, "link"),
        ("retention.outputs", org.retention, "outputs"),
    ]
    return [f for key, model, name in required for f in _missing(key, model, name, lang)]


def _months_later(day: dt.date, months: int) -> dt.date:
    """The same day `months` later (the month's last day when it is shorter)."""
    year, month = divmod(day.month - 1 + months, 12)
    year, month = day.year + year, month + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def stale_review(org: Register, years: list[int], on: dt.date) -> list[Finding]:
    """A review older than the review interval."""
    p = org.publication
    if p.reviewed is None or _months_later(p.reviewed, p.review_months) >= on:
        return []
    message = msg(
        "msg_finding_review", reviewed=Day(p.reviewed), months=p.review_months, on=Day(on)
    )
    return [Finding("stale", "publication.reviewed", message)]


def stale_planned_dpia(org: Register, years: list[int], on: dt.date) -> list[Finding]:
    """A DPIA planned for a date that has passed."""
    d = org.dpia
    if d.outcome != "planned" or d.date is None or d.date >= on:
        return []
    message = msg("msg_finding_planned_dpia", day=Day(d.date))
    return [Finding("stale", "dpia.date", message)]


def stale_out_of_use(org: Register, years: list[int], on: dt.date) -> list[Finding]:
    """A record that says the algorithm went out of use before the years it computes."""
    u = org.use
    if u.value != "out_of_use" or not u.until or not years or int(u.until[:4]) >= years[-1]:
        return []
    message = msg("msg_finding_out_of_use", until=u.until, year=years[-1])
    return [Finding("stale", "use.until", message)]


STALE: tuple[Callable[[Register, list[int], dt.date], list[Finding]], ...] = (
    stale_review,
    stale_planned_dpia,
    stale_out_of_use,
)


def too_long(fields: dict[str, Any]) -> list[Finding]:
    """Texts longer than the register allows."""
    out = []
    for name, limit in FIELDS.items():
        value = fields.get(name)
        if limit is not None and isinstance(value, str) and len(value) > limit:
            message = msg("msg_finding_too_long_text", n=Number(len(value)), limit=Number(limit))
            out.append(Finding("too_long", name, message))
    return out


def findings(
    result: Result, org: Register | None, fields: dict[str, Any], lang: str, file: str, on: dt.date
) -> list[Finding]:
    """Everything that stops the record being published, in the order of register.toml."""
    if org is None:
        message = msg("msg_finding_no_file", file=file)
        return [Finding("missing", file, message), *too_long(fields)]
    years = result.inputs.years
    out = missing_fields(org, lang)
    for rule in STALE:
        out += rule(org, years, on)
    return out + too_long(fields)


def build_record(
    result: Result, org: Register | None, lang: str, file: str, on: dt.date
) -> RegisterRecord:
    """The record of a computed scenario in one language, with what stops its publication."""
    fields = record_fields(result, org, lang)
    return RegisterRecord(fields, lang, file, tuple(findings(result, org, fields, lang, file, on)))
