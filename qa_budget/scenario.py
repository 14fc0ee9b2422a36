"""Scenario files (TOML): strict pydantic models, loading, and the JSON Schema for editors."""

from __future__ import annotations

import json
import tomllib
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from qa_budget.errors import ScenarioError
from qa_budget.money import eur_to_cents

NAME_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"


class Strict(BaseModel):
    """Base of every scenario model: unknown keys are errors, values are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True, use_attribute_docstrings=True)


class UniformKey(Strict):
    """The adopted key: one amount per EEA student per year, the same for every unit."""

    kind: Literal["uniform"]
    """Distribution key kind: "uniform" (the same amount per EEA student for every unit)."""

    amount_per_student: Annotated[Decimal, Field(gt=0, le=1_000_000, decimal_places=2)]
    """Amount in EUR per EEA student per year (cents allowed), e.g. 500."""

    @property
    def amount_cents(self) -> int:
        """The amount per student in cents."""
        return eur_to_cents(self.amount_per_student)


Key = Annotated[UniformKey, Field(discriminator="kind")]


class InputFiles(Strict):
    """Which input workbooks to read, relative to the inputs folder (--inputs)."""

    units: str = "units.xlsx"
    """Workbook with the budget units (sheet 'Eenheden')."""

    students: str = "students.xlsx"
    """Workbook with EEA-student counts per unit, year and tier (sheet 'Studenten')."""

    funds: str = "funds.xlsx"
    """Workbook with the funds per year and the central initiatives."""

    plans: str = "plans"
    """Folder with one plan workbook per unit, named <UNIT CODE>.xlsx."""


class Checks(Strict):
    """Thresholds for warnings (never errors)."""

    plan_deviation_pct: Annotated[Decimal, Field(ge=0, le=1000)] = Decimal(10)
    """Warn when a unit's planned spending in a year differs from its allocation by more than
    this percentage of the allocation."""


class Scenario(Strict):
    """An allocation scenario: the years, the distribution key and the inputs it uses."""

    name: Annotated[str, Field(pattern=NAME_PATTERN)]
    """Short name; the outputs go to <out>/<name>/. Letters, digits, '-', '_' and '.'."""

    title: str = ""
    """Title shown on the workbooks, e.g. "Uniform EUR 500 per EEA student"."""

    description: str = ""
    """A sentence or two in plain language on what this scenario is for."""

    years: Annotated[list[Annotated[int, Field(ge=2000, le=2100)]], Field(min_length=1)]
    """The budget years to compute, e.g. [2022, 2023, 2024]."""

    key: Key
    """The distribution key."""

    inputs: InputFiles = InputFiles()
    """Input file names (defaults follow `qa-budget init`)."""

    checks: Checks = Checks()
    """Warning thresholds."""

    @field_validator("years")
    @classmethod
    def _years_unique_ascending(cls, years: list[int]) -> list[int]:
        if sorted(set(years)) != years:
            raise ValueError("years must be ascending and without repeats, e.g. [2022, 2023, 2024]")
        return years

    @property
    def display_title(self) -> str:
        """The title, or the name when no title is given."""
        return self.title or self.name


def _format_validation_error(err: ValidationError) -> list[str]:
    messages = []
    for e in err.errors():
        loc = [str(p) for i, p in enumerate(e["loc"]) if not (i and e["loc"][i - 1] == "key")]
        path = ".".join(loc) or "(top level)"
        if e["type"] == "extra_forbidden":
            messages.append(f"unknown key '{path}' (check the spelling; see docs/scenarios.md)")
        elif e["type"] == "missing":
            messages.append(f"missing key '{path}'")
        else:
            got = e.get("input")
            shown = "" if isinstance(got, dict) else f", got {got!r}"
            messages.append(f"key '{path}': {e['msg']}{shown}")
    return messages


def parse_scenario(data: dict[str, Any], source: Path | str) -> Scenario:
    """Validate a scenario mapping; errors name the key path."""
    try:
        return Scenario.model_validate(data)
    except ValidationError as err:
        raise ScenarioError(source, _format_validation_error(err)) from None


def load_scenario(path: Path) -> Scenario:
    """Read and validate a scenario TOML file."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ScenarioError(path, ["file not found"]) from None
    except (OSError, UnicodeDecodeError) as err:
        raise ScenarioError(path, [f"cannot read the file: {err}"]) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise ScenarioError(path, [f"not valid TOML: {err}"]) from None
    data.setdefault("name", path.stem)
    return parse_scenario(data, path)


def scenario_json_schema() -> str:
    """The JSON Schema of the scenario format, as written to docs/scenario.schema.json."""
    schema = Scenario.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "qa-budget scenario"
    return json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def resolved_scenario(scenario: Scenario) -> dict[str, Any]:
    """The scenario with every default filled in, as plain JSON data."""
    data: dict[str, Any] = json.loads(scenario.model_dump_json())
    return data
