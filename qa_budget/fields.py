"""The base of every scenario-file model (strict, immutable) and the value types they share."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field
from pydantic_core import PydanticCustomError

NAME_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"
YEAR_OR_ALL = r"^(all|[0-9]{4})$"
CHANGE = r"^[+-]?[0-9]{1,4}(\.[0-9]{1,6})?%$"  # a what-if change of the funds: "+3%", "-1.5%"


def _refuse_text(kind: str, what: str) -> Any:
    """A check that refuses a number typed in quotes ("480") or a truth value: a scenario file
    writes its numbers without quotes, so that what it says is what it means."""

    def check(value: Any) -> Any:
        if isinstance(value, str | bool):
            raise PydanticCustomError(kind, what)
        return value

    return check


# after a number's limits in Annotated, so that the schema shows them
NOT_TEXT = BeforeValidator(_refuse_text("number_text", "a number without quotes"))
NOT_TEXT_PCT = BeforeValidator(_refuse_text("percent_text", "a percentage as a number"))
Whole = Annotated[int, Field(strict=True)]  # not "2024" in quotes, not 2024.0, not true
Flag = Annotated[bool, Field(strict=True)]  # true or false, not "true" or 1
Weight = Annotated[Decimal, Field(gt=0, le=1000), NOT_TEXT]
Money = Annotated[Decimal, Field(ge=0, le=10**11, decimal_places=2), NOT_TEXT]
Pct = Annotated[Decimal, Field(ge=0, le=100), NOT_TEXT_PCT]


def _year_key(value: Any) -> Any:
    """A year given as a number in Python ({2022: ...}) is the key "2022" a TOML file has."""
    return str(value) if isinstance(value, int) and not isinstance(value, bool) else value


YearOrAll = Annotated[str, Field(pattern=YEAR_OR_ALL), BeforeValidator(_year_key)]
Name = Annotated[str, Field(pattern=NAME_PATTERN)]


class Strict(BaseModel):
    """Base of every scenario model: unknown keys are errors, values are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True, use_attribute_docstrings=True)


def toml_text(value: Any) -> str:
    """A value as written in a TOML file: "text", 1.5, [2022, 2023], { laag = 1, top = 3 }."""
    if isinstance(value, str):
        return f'"{value}"'
    if value is None:
        return "(not set)"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return f"{value.normalize():f}"
    if isinstance(value, dict):
        if not value:
            return "{}"
        return "{ " + ", ".join(f"{k} = {toml_text(x)}" for k, x in value.items()) + " }"
    if isinstance(value, list):
        return "[" + ", ".join(toml_text(x) for x in value) + "]"
    return str(value)
