"""The register record as a page for the council (`qa-budget explain --format md`): the same
fields and texts as the JSON record, under the titles the register shows, in one language."""

from __future__ import annotations

from typing import Any

from qa_budget.register.record import FIELDS, RegisterRecord
from qa_budget.texts import label
from qa_budget.version import __version__

# Fields that only register.toml can fill; the page says so when one is still empty.
ORGANISATION_FIELDS = (
    "organization",
    "status",
    "begin_date",
    "contact_email",
    "publication_category",
    "lawful_basis",
    "impacttoetsen",
    "provider",
    "publiccode",
)


def _value(value: Any) -> str:
    if isinstance(value, list) and value and isinstance(value[0], dict):
        return "\n".join(
            f"- {item['title']}" + (f": {item['link']}" if item.get("link") else "")
            for item in value
        )
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def markdown(record: RegisterRecord) -> str:
    """The page: title, what it is, what stops its publication (if anything), every field."""
    lang, fields = record.lang, record.fields
    lines = [
        f"# {label('reg_page_title', lang)}: {fields['name']}",
        "",
        label("reg_page_intro", lang).format(standard=fields["standard_version"], file=record.file),
        "",
    ]
    if record.findings:
        head = label("reg_page_not_publishable", lang)
        lines += [f"**{head.format(count=len(record.findings), file=record.file)}**", ""]
        lines += [f"- {label(f'reg_page_{f.kind}', lang)}: {f.key}" for f in record.findings]
        lines.append("")
    empty = label("reg_page_empty", lang).format(file=record.file)
    for name in FIELDS:
        if name in fields:
            text = _value(fields[name])
        elif name in ORGANISATION_FIELDS:
            text = empty
        else:
            continue
        lines += [f"## {label(f'reg_title_{name}', lang)}", "", text, ""]
    lines.append(f"qa-budget {__version__}")
    return "\n".join(lines) + "\n"
