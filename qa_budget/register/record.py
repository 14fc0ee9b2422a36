"""The algorithm-register record of a computed scenario, with the register's own field names.

The engine's part (purpose and impact, how the key works, the data used, the decision chain,
human intervention, risks) comes from the Result; the organisation's part from register.toml.
Field names, order and maximum lengths follow the Dutch algorithm register's publication
standard 1.0.0 (docs/register.schema.json mirrors them). Every number is in the language's
format; no field holds program text.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from qa_budget.binding import binding_lines
from qa_budget.errors import Msg
from qa_budget.published import check_run
from qa_budget.register.organisation import Register
from qa_budget.result import Result
from qa_budget.texts import (
    count_units,
    format_date,
    format_money,
    format_month,
    format_number,
    label,
)
from qa_budget.version import __version__

STANDARD_VERSION = "1.0.0"

# Every field of the standard, in its order, with its maximum length (None: no limit given).
FIELDS: dict[str, int | None] = {
    "name": 100,
    "description_short": 350,
    "organization": 100,
    "category": None,
    "status": None,
    "begin_date": 7,
    "end_date": 7,
    "contact_email": 500,
    "website": 500,
    "publication_category": None,
    "goal": 2500,
    "proportionality": 2500,
    "human_intervention": 2500,
    "risks": 2500,
    "lawful_basis": 2500,
    "lawful_basis_grouping": None,
    "process_index_url": 500,
    "impacttoetsen": 2500,
    "impacttoetsen_grouping": None,
    "source_data": 2500,
    "methods_and_models": 5000,
    "provider": 200,
    "publiccode": 500,
    "lang": None,
    "standard_version": None,
    "tags": 2500,
}


@dataclass(frozen=True)
class Finding:
    """Why a record is not publishable yet: a field missing, stale or too long."""

    kind: str  # "missing", "stale" or "too_long"
    key: str  # the key in register.toml (or the record's field, when too long)
    what: Msg  # what is wrong and how to fix it, in words of the catalogue

    @property
    def message(self) -> str:
        """What is wrong, in English."""
        return self.what.text("en")

    def text(self, lang: str = "en") -> str:
        """'missing   use.since: what belongs there' in the language (nl: 'ontbreekt')."""
        return f"{label(f'msg_finding_{self.kind}', lang):9} {self.key}: {self.what.text(lang)}"

    def __str__(self) -> str:
        return self.text("en")


@dataclass(frozen=True)
class RegisterRecord:
    """A register record in one language, and what stops it being published (if anything)."""

    fields: dict[str, Any]  # the record, by the register's field names, ready for JSON
    lang: str
    file: str  # register.toml as named in the inputs folder
    findings: tuple[Finding, ...] = ()

    @property
    def publishable(self) -> bool:
        """True when no organisation field is missing or stale and every field fits."""
        return not self.findings

    def to_json(self) -> str:
        """The record as JSON (UTF-8 text, indented, one newline at the end)."""
        return json.dumps(self.fields, indent=2, ensure_ascii=False) + "\n"


def _sourced(text: str, source: str, lang: str) -> str:
    """A text with the decision it comes from, e.g. '... Bron: Kadernota 2022-2025.'."""
    if not text or not source.strip():
        return text
    return f"{_sentence(text)} {label('reg_source', lang).format(source=source.strip())}"


def _join(*parts: str) -> str:
    return " ".join(p.strip() for p in parts if p and p.strip())


def _sentence(text: str) -> str:
    text = text.strip()
    return text if not text or text.endswith((".", "!", "?")) else text + "."


def _years(years: list[int]) -> str:
    if len(years) > 1 and years == list(range(years[0], years[-1] + 1)):
        return f"{years[0]}-{years[-1]}"
    return ", ".join(str(y) for y in years)


def _goal(result: Result, org: Register | None, lang: str) -> str:
    units = result.inputs.units.height
    lines = [
        label("reg_goal_year", lang).format(
            year=f.year,
            revenue=format_money(f.rijksbijdrage, lang),
            units=count_units(units, lang),
            allocated=format_money(f.unit_allocations, lang),
            central=format_money(f.central_charged, lang),
            still=format_money(f.still_to_allocate, lang),
        )
        for f in result.reconciliation.years
    ]
    text = _join(label("reg_goal", lang).format(title=result.scenario.display_title), *lines)
    if org is not None and org.use.since:
        since = label("reg_goal_since", lang).format(since=format_month(org.use.since, lang))
        if org.use.value == "out_of_use" and org.use.until:
            until = format_month(org.use.until, lang)
            since += " " + label("reg_goal_until", lang).format(until=until)
        text = _join(text, _sourced(since, org.use.source, lang))
    return text


def _binding(result: Result, lang: str) -> str:
    return "; ".join(binding_lines(result.scenario.key, result.allocation, lang))


def _methods(result: Result, lang: str) -> str:
    a = result.allocation
    optimiser = ""
    if a.models:
        optimiser = label("reg_methods_optimiser", lang).format(
            solver=a.solver, binding=_binding(result, lang)
        )
    return (
        label("reg_methods", lang)
        .format(
            title=result.scenario.display_title,
            key=result.scenario.key.explanation(lang),
            optimiser=optimiser,
            rounding=label("reg_methods_rounding", lang),
        )
        .replace("  ", " ")
    )


def _risks(result: Result, lang: str) -> str:
    if result.reference is not None:
        check = check_run(result.reference, result.reconciliation, result.allocation)
        published = label("reg_risks_published", lang).format(
            file=result.reference.file, differences=check.differences, flaws=check.flaws
        )
    else:
        published = label("reg_risks_no_reference", lang)
    checks = len(result.reconciliation.checks)
    return label("reg_risks", lang).format(checks=checks, published=published)


def _data(result: Result, org: Register | None, lang: str) -> str:
    students = result.inputs.students
    counts = [c for c in students["count"].to_list() if c > 0]
    text = label("reg_data", lang).format(
        counts=format_number(students.height, lang),
        units=students["unit"].n_unique(),
        years=_years(result.inputs.years),
        smallest=format_number(min(counts, default=0), lang),
    )
    if org is None:
        return text
    register = org.processing_register
    reference = _sourced(register.reference.get(lang), register.source, lang)
    retention = _sourced(org.retention.outputs.get(lang), org.retention.source, lang)
    if reference:
        text = _join(
            text, _sentence(label("reg_data_processing", lang).format(reference=reference))
        )
    if retention:
        text = _join(text, _sentence(label("reg_data_retention", lang).format(retention=retention)))
    return text


def _lawful_basis(org: Register, lang: str) -> str:
    basis = org.legal_basis
    articles = [
        label("reg_article", lang).format(law=a.law, article=a.article)
        + (f" ({a.about.get(lang)})" if a.about.get(lang) else "")
        for a in basis.articles
        if a.law and a.article
    ]
    listed = f"{label('reg_articles', lang)} {'; '.join(articles)}." if articles else ""
    return _sourced(_join(_sentence(basis.summary.get(lang)), listed), basis.source, lang)


def _impact(org: Register, lang: str) -> str:
    dpia = org.dpia
    if dpia.outcome is None:
        return ""
    text = label(f"reg_dpia_{dpia.outcome}", lang).format(
        date=format_date(dpia.date, lang) if dpia.date else "",
        statement=_sentence(dpia.statement.get(lang)),
        shared_with=dpia.shared_with.get(lang).rstrip("."),
    )
    return _sourced(text.replace("  ", " ").strip(), dpia.source, lang)


def _organisation_fields(org: Register, lang: str) -> dict[str, Any]:
    """The fields that come from register.toml alone; empty ones are left out."""
    fields: dict[str, Any] = {
        "organization": org.organisation.name.get(lang),
        "status": label(f"reg_status_{org.use.value}", lang) if org.use.value else "",
        "begin_date": org.use.since,
        "end_date": org.use.until,
        "contact_email": org.organisation.contact,
        "website": org.organisation.website,
        "publication_category": (
            label(f"reg_publication_{org.publication.category}", lang)
            if org.publication.category
            else ""
        ),
        "lawful_basis": _lawful_basis(org, lang),
        "lawful_basis_grouping": [
            {"title": label("reg_article", lang).format(law=a.law, article=a.article)}
            | ({"link": a.link} if a.link else {})
            for a in org.legal_basis.articles
            if a.law and a.article
        ],
        "process_index_url": org.processing_register.link,
        "impacttoetsen": _impact(org, lang),
        "impacttoetsen_grouping": (
            [
                {
                    "title": label(
                        "reg_dpia_statement_title"
                        if org.dpia.outcome == "not_needed"
                        else "reg_dpia_title",
                        lang,
                    ),
                    "link": org.dpia.link,
                }
            ]
            if org.dpia.link
            else []
        ),
        "provider": (
            label("reg_provider", lang).format(
                name=org.supplier.name.get(lang), version=__version__
            )
            if org.supplier.name.get(lang)
            else ""
        ),
        "publiccode": org.source_code.link,
    }
    return {k: v for k, v in fields.items() if v}


def record_fields(result: Result, org: Register | None, lang: str = "nl") -> dict[str, Any]:
    """The record's fields in the standard's order; organisation fields not (yet) given in
    register.toml are left out."""
    considerations = ""
    if org is not None:
        text = org.considerations.text.get(lang)
        considerations = _sourced(_sentence(text), org.considerations.source, lang)
    fields: dict[str, Any] = {
        "name": label("reg_name", lang),
        "description_short": label("reg_description_short", lang),
        "category": [label("reg_category", lang)],
        "goal": _goal(result, org, lang),
        "proportionality": _join(considerations, label("reg_proportionality_compare", lang)),
        "human_intervention": label("reg_human_intervention", lang),
        "risks": _risks(result, lang),
        "source_data": _data(result, org, lang),
        "methods_and_models": _methods(result, lang),
        "lang": label("reg_lang", lang),
        "standard_version": STANDARD_VERSION,
        "tags": label("reg_tags", lang),
    }
    if org is not None:
        fields |= _organisation_fields(org, lang)
    return {name: fields[name] for name in FIELDS if name in fields}
