"""register.toml: the organisation's part of the algorithm-register record, as strict models.

Only the organisation can state these fields: its legal basis, its processing register, its
impact assessment, its contact, ... `qa-budget explain --format json|md` fills in the rest from
the scenario and the inputs; `explain --check` says what is still missing or out of date.
Texts are given in Dutch and English (`{ nl = "...", en = "..." }`, or one plain string for
both); a `source` names the decision a field comes from.
"""

from __future__ import annotations

import datetime as dt
from importlib import resources
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field, ValidationError, ValidationInfo, field_validator

from qa_budget.errors import Location, Msg, Problem, msg
from qa_budget.errors import Text as Shown
from qa_budget.fields import Strict

FORMAT_VERSION = 1
LINK = r"^(https://\S+)?$"
MONTH = r"^(\d{4}-(0[1-9]|1[0-2]))?$"
CONTACT = r"^([^@\s]+@[^@\s]+\.[A-Za-z]{2,}|https://\S+)?$"
EXPECTED = {  # what a text of each pattern must look like, for messages
    LINK: "msg_org_link",
    MONTH: "msg_org_month",
    CONTACT: "msg_org_contact",
}


def _blank_is_none(value: Any) -> Any:
    return None if value == "" else value


def _text(value: Any) -> Any:
    return {"nl": value, "en": value} if isinstance(value, str) else value


class Text(Strict):
    """A text in Dutch and English; one plain string in the file stands for both."""

    nl: str = ""
    """The Dutch text."""

    en: str = ""
    """The English text."""

    def get(self, lang: str) -> str:
        """The text in the language asked, without surrounding spaces ('' when not given)."""
        return (self.nl if lang == "nl" else self.en).strip()


Texts = Annotated[Text, BeforeValidator(_text)]
Link = Annotated[str, Field(pattern=LINK)]
Month = Annotated[str, Field(pattern=MONTH)]
Day = Annotated[dt.date | None, BeforeValidator(_blank_is_none)]
Status = Literal["in_development", "in_use", "out_of_use"]
Category = Literal["high_risk_ai", "impactful", "other"]
Outcome = Literal["carried_out", "not_needed", "planned"]


def _not_after_today(day: dt.date | None, info: ValidationInfo, what: str) -> dt.date | None:
    """`what` is the catalogue key of what is dated (a review, a DPIA, a statement)."""
    today = (info.context or {}).get("today")
    if day is not None and today is not None and day > today:
        raise ValueError(msg("msg_org_future", what=msg(what), day=day.isoformat()))
    return day


class Publication(Strict):
    """How the record is published and kept current."""

    category: Annotated[Category | None, BeforeValidator(_blank_is_none)] = None
    """The register's publication category: "high_risk_ai", "impactful" (impactful algorithms)
    or "other"."""

    reviewed: Day = None
    """The date the organisation last reviewed these fields, e.g. 2026-11-02."""

    review_months: Annotated[int, Field(ge=1, le=60)] = 12
    """Review the fields at least every this many months; older reviews make the record stale."""

    @field_validator("reviewed")
    @classmethod
    def _reviewed_not_in_future(cls, day: dt.date | None, info: ValidationInfo) -> dt.date | None:
        return _not_after_today(day, info, "msg_org_the_review")


class Organisation(Strict):
    """Who is responsible for the algorithm and how to reach them."""

    name: Texts = Text()
    """The organisation's full name as the register lists it, e.g. "Universiteit Leiden"."""

    contact: Annotated[str, Field(pattern=CONTACT)] = ""
    """An e-mail address or https link where anyone can ask about the algorithm."""

    website: Link = ""
    """Optional: a public page of the organisation about the allocation (https link)."""


class Use(Strict):
    """Whether and since when the algorithm is in use."""

    value: Annotated[Status | None, BeforeValidator(_blank_is_none)] = None
    """"in_development", "in_use" or "out_of_use"."""

    since: Month = ""
    """The month it was taken into use, e.g. "2022-01"."""

    until: Month = ""
    """The month it was taken out of use (only when out of use)."""

    source: str = ""
    """The decision that took it into use, e.g. "Kadernota 2022-2025"."""


class Article(Strict):
    """One article of a law the process rests on."""

    law: str = ""
    """The law, e.g. "Wet op het hoger onderwijs en wetenschappelijk onderzoek (WHW)"."""

    article: str = ""
    """The article, e.g. "9.2"."""

    link: Link = ""
    """A link to the article, e.g. on wetten.overheid.nl."""

    about: Texts = Text()
    """What the article provides, in a few plain words."""


class LegalBasis(Strict):
    """The legal basis of the process in which the algorithm is used."""

    summary: Texts = Text()
    """The legal basis in plain words, for readers who are not lawyers."""

    articles: list[Article] = Field(default_factory=list)
    """The articles, one table `[[legal_basis.articles]]` each."""

    source: str = ""
    """Where the organisation established this (a decision or advice)."""


class ProcessingRegister(Strict):
    """The entry in the organisation's register of processing activities (GDPR art. 30)."""

    reference: Texts = Text()
    """The entry (name or number) this process belongs to, or why there is none."""

    link: Link = ""
    """Optional: a link to the public part of the processing register."""

    source: str = ""
    """Where this is recorded."""


class ImpactAssessment(Strict):
    """The data protection impact assessment (DPIA), or the reasoned statement that none is
    needed."""

    outcome: Annotated[Outcome | None, BeforeValidator(_blank_is_none)] = None
    """"carried_out", "not_needed" (a reasoned statement that no DPIA is needed) or
    "planned"."""

    date: Day = None
    """The date of the DPIA or the statement (the planned date when planned)."""

    statement: Texts = Text()
    """The outcome of the DPIA, or the reasons why none is needed."""

    shared_with: Texts = Text()
    """With whom and where it was shared, e.g. "gedeeld met de Raad (Universiteitsraad)"."""

    link: Link = ""
    """Optional: a link to the published DPIA or statement."""

    source: str = ""
    """The decision or document that records it."""

    @field_validator("date")
    @classmethod
    def _done_not_in_future(cls, day: dt.date | None, info: ValidationInfo) -> dt.date | None:
        outcome = info.data.get("outcome")
        if outcome == "carried_out":
            return _not_after_today(day, info, "msg_org_the_dpia")
        if outcome == "not_needed":
            return _not_after_today(day, info, "msg_org_the_statement")
        return day


class Considerations(Strict):
    """Why this algorithm and this key: the advantages, the drawbacks, the alternatives."""

    text: Texts = Text()
    """The considerations in plain words."""

    source: str = ""
    """The decision that weighed them."""


class Supplier(Strict):
    """Who builds and maintains the algorithm."""

    name: Texts = Text()
    """The supplier, e.g. "Eigen beheer" / "In-house"."""


class SourceCode(Strict):
    """Where the source code is published."""

    link: Link = ""
    """A link to the source code (https)."""


class Retention(Strict):
    """How long the outputs are kept."""

    outputs: Texts = Text()
    """The retention of the outputs (workbooks, notes, run.json) and of the inputs."""

    source: str = ""
    """The rule or decision it follows."""


class Register(Strict):
    """register.toml: the organisation's part of the algorithm-register record."""

    version: Literal[1]
    """The format version of this file: 1."""

    publication: Publication = Publication()
    """Publication category and review."""

    organisation: Organisation = Organisation()
    """Name and contact."""

    use: Use = Use()
    """Status and start date."""

    legal_basis: LegalBasis = LegalBasis()
    """Legal basis with its articles."""

    processing_register: ProcessingRegister = ProcessingRegister()
    """Processing-register reference."""

    dpia: ImpactAssessment = ImpactAssessment()
    """DPIA, or the reasoned statement that none is needed."""

    considerations: Considerations = Considerations()
    """Why this algorithm, and the alternatives weighed."""

    supplier: Supplier = Supplier()
    """Supplier."""

    source_code: SourceCode = SourceCode()
    """Source-code location."""

    retention: Retention = Retention()
    """Retention of the outputs."""


SECTIONS: tuple[type[Strict], ...] = (
    Register,
    Publication,
    Organisation,
    Use,
    LegalBasis,
    Article,
    ProcessingRegister,
    ImpactAssessment,
    Considerations,
    Supplier,
    SourceCode,
    Retention,
    Text,
)


def _path(loc: tuple[int | str, ...]) -> Shown:
    out = ""
    for part in loc:
        out += f"[{part + 1}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or msg("msg_scn_top")


def _shown(value: Any) -> Shown:
    if isinstance(value, str):
        return f"'{value}'"
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, dt.date | int | float):
        return str(value)
    if isinstance(value, dict):
        return msg("msg_org_a_table")
    return msg("msg_org_a_list") if isinstance(value, list) else "?"


def _message(error: Any) -> tuple[Shown, Msg]:
    """(key path, message) for one validation error, in plain words."""
    kind, got = error["type"], error.get("input")
    loc = tuple(p for p in error["loc"] if not (isinstance(p, str) and "[" in p))
    path = _path(loc)
    shown = _shown(got)
    if kind == "extra_forbidden":
        return path, msg("msg_org_unknown_key")
    if kind == "missing":
        return path, msg("msg_org_missing_key")
    if kind == "literal_error":
        expected = error["ctx"]["expected"].replace(" or ", ", ")
        return path, msg("msg_org_one_of", expected=expected, got=shown)
    if kind == "string_pattern_mismatch":
        return path, msg(EXPECTED[error["ctx"]["pattern"]], got=shown)
    if kind == "string_type":
        return path, msg("msg_org_text", got=shown)
    if kind.startswith(("date_", "datetime_")):
        return path, msg("msg_org_date", got=shown)
    if kind.startswith("int_") or kind in ("less_than_equal", "greater_than_equal"):
        return path, msg("msg_org_months", got=shown)
    if kind == "model_type" and error.get("ctx", {}).get("class_name") == "Text":
        return path, msg("msg_org_text_or_table", got=shown)
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        return path, msg("msg_org_table", got=shown)
    if kind == "list_type":
        return path, msg("msg_org_list", path=path, got=shown)
    if kind == "value_error":
        cause = error["ctx"]["error"]
        found = cause.args[0] if getattr(cause, "args", None) else None
        return path, found if isinstance(found, Msg) else msg("msg_org_other", what=str(cause))
    return path, msg("msg_org_other_got", what=error["msg"], got=shown)


def parse_register(
    data: dict[str, Any], file: str, today: dt.date | None = None
) -> tuple[Register | None, list[Problem]]:
    """Validate register.toml's contents; every problem is located by its key path.

    `today` (when given) refuses a DPIA carried out, a statement made or a review dated after
    it. A `version` other than 1 is reported before anything else is checked.
    """
    version = data.get("version")
    if "version" in data and (version != FORMAT_VERSION or isinstance(version, bool)):
        message = msg("msg_org_version", version=FORMAT_VERSION, got=_shown(version))
        return None, [Problem(Location(file, None, "version"), message)]
    try:
        return Register.model_validate(data, context={"today": today}), []
    except ValidationError as err:
        seen: set[tuple[Shown, Msg]] = set()
        problems = []
        for error in err.errors():
            path, message = _message(error)
            if (path, message) not in seen:
                seen.add((path, message))
                problems.append(Problem(Location(file, None, path), message))
        return None, problems


def template(example: bool) -> bytes:
    """register.toml as `qa-budget init` writes it: empty, or filled for the bundled example."""
    package = "qa_budget.example" if example else __package__ or "qa_budget.register"
    return resources.files(package).joinpath("register.toml").read_bytes()
