"""Scenario files (TOML): strict pydantic models, loading, and the JSON Schema for editors."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import stat
import tomllib
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Any, Literal, get_args

from pydantic import Field, PrivateAttr, ValidationError, field_validator

from qa_budget.errors import Msg, QaBudgetError, ScenarioError, msg
from qa_budget.fields import (
    CHANGE,
    NAME_PATTERN,
    NOT_TEXT_PCT,
    Flag,
    Money,
    Strict,
    Whole,
    YearOrAll,
    toml_text,
)
from qa_budget.keys import KEYS, Key, TariffKey, UniformKey
from qa_budget.scenario_errors import rule, scenario_messages, shown

__all__ = ["Key", "Scenario", "TariffKey", "UniformKey", "load_scenario"]

KINDS = tuple(str(get_args(k.model_fields["kind"].annotation)[0]) for k in KEYS)
Override = tuple[str, Any, Any]  # key path, old value (or NOT_SET), new value


def _change_in_bounds(values: dict[str, Any]) -> dict[str, Any]:
    for year, value in values.items():
        if isinstance(value, str) and not -100 <= Decimal(value.rstrip("%")) <= 1000:
            raise rule("msg_scn_change_bounds", year=year, value=value)
    return values


class Revenue(Strict):
    """What-if on the revenue: override the funds of a year (absolute EUR or a percentage)."""

    rijksbijdrage: dict[YearOrAll, Money | Annotated[str, Field(pattern=CHANGE)]] = Field(
        default_factory=dict
    )
    """Per year (or "all"): a new amount in EUR, or a change such as "+3%"."""

    kadernota: dict[YearOrAll, Money | Annotated[str, Field(pattern=CHANGE)]] = Field(
        default_factory=dict
    )
    """Per year (or "all"): a new amount in EUR, or a change such as "-1.5%"."""

    @field_validator("rijksbijdrage", "kadernota")
    @classmethod
    def _bounded(cls, values: dict[str, Any]) -> dict[str, Any]:
        return _change_in_bounds(values)


class Oploop(Strict):
    """Allocate (part of) the still-to-allocate amount, keeping the ratio between unit and
    central allocation, and the central themes, as the council agreed."""

    share_pct: Annotated[Decimal, Field(gt=0, le=100), NOT_TEXT_PCT] = Decimal(100)
    """Share of `part` to hand out each year, in % (100: all of it, exactly)."""

    part: Literal["total", "kadernota", "rijksbijdrage"] = "total"
    """What the share applies to: "total" (the whole still-to-allocate amount), "kadernota"
    (kadernota minus allocated: the rise of the funds the key does not hand out yet), or
    "rijksbijdrage" (rijksbijdrage minus kadernota: the revenue update since the kadernota)."""

    reference_year: Whole | None = None
    """Year whose ratio between unit and central allocation is kept (default: each year's own
    ratio)."""


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

    realised: str = "realised.xlsx"
    """Workbook with the realised spending and revenue (sheets 'Realisatie' and 'Baten');
    optional: read by `qa-budget monitor` and `validate`, never needed by a run."""

    indicators: str = "indicators.xlsx"
    """Workbook with the indicators, their values per year and the reflection texts; optional:
    read by `qa-budget progress`, the faculty-board workbooks and the council pack."""

    previous_plans: str = "previous-plans"
    """Folder with the previous version of each unit's plan (<UNIT CODE>.xlsx, laid out as a
    plan), to compare the plans with; optional: compared when the folder exists."""


class Checks(Strict):
    """Thresholds for warnings, and what a run accepts."""

    plan_deviation_pct: Annotated[Decimal, Field(ge=0, le=1000), NOT_TEXT_PCT] = Decimal(10)
    """Warn when a unit's planned spending in a year differs from its allocation by more than
    this percentage of the allocation."""

    allow_unfunded_plans: Flag = False
    """A unit that plans spending in a year but is allocated nothing (no EEA students counted,
    or a key that gives it nothing) stops the run, unless this is true."""


class Monitoring(Strict):
    """Thresholds that flag under- and overspending in `qa-budget monitor` (signals, not errors).

    A unit, theme or total is flagged when its forecast for the year lies more than the
    percentage below (underspending) or above (overspending) its budget, and the difference
    is at least `min_difference_eur`. Spending without a budget is always overspending."""

    underspend_pct: Annotated[Decimal, Field(ge=0, le=100), NOT_TEXT_PCT] = Decimal(10)
    """Flag underspending when the forecast is more than this percentage below the budget."""

    overspend_pct: Annotated[Decimal, Field(ge=0, le=1000), NOT_TEXT_PCT] = Decimal(10)
    """Flag overspending when the forecast is more than this percentage above the budget."""

    min_difference_eur: Money = Decimal(0)
    """Leave differences smaller than this amount in EUR unflagged (0: flag every one)."""


class Indicators(Strict):
    """How indicator values are shown: the privacy of small groups."""

    min_group_size: Annotated[Whole, Field(ge=1, le=1000)] = 10
    """Suppress every indicator value based on fewer persons than this (its n), in every
    output, with the reason; the council asks for data at a sufficiently high level of
    aggregation."""


class PlanRound(Strict):
    """The round in which the units submit their plans: the deadline and the decision of the
    faculty council that a plan needs."""

    deadline: dt.date | None = None
    """The last day a plan counts as submitted on time, e.g. 2021-06-30 ("before 1 July");
    not set: timeliness is not judged."""

    required_decision: Literal["instemming", "advies"] = "instemming"
    """The faculty council's decision a plan needs: "instemming" (consent) or "advies"
    (advice; consent counts too)."""


Level = Literal["off", "warning", "error"]


class Rules(Strict):
    """Policy rules, each checked on the Controles sheet and explained when broken: "off"
    (not checked), "warning" (reported, the run goes on) or "error" (the run stops)."""

    theme6_not_charged: Level = "off"
    """Theme 6 (educational facilities) is not charged to the quality funds: no plan measure
    and no charged central line under theme 6."""

    common_initiatives: Level = "off"
    """Every central line charged to the funds names its responsible unit (e.g. SOZ, ICLON,
    HA) and meets the four criteria for common initiatives (ja in the four columns)."""

    unit_budgets_kept: Level = "off"
    """No unit's allocation falls below its previous allocation (see `budgets_against`); the
    amount short is reported, for any key."""

    budgets_against: Literal["previous_year", "baseline"] = "previous_year"
    """What a unit's previous allocation is: "previous_year" (its allocation the year
    before, from the second year on) or "baseline" (its allocation under the key's baseline
    scenario, for keys that have one)."""


class Scenario(Strict):
    """An allocation scenario: the years, the distribution key and the inputs it uses."""

    name: Annotated[str, Field(pattern=NAME_PATTERN)]
    """Short name; the outputs go to <out>/<name>/. Letters, digits, '-', '_' and '.'."""

    title: str = ""
    """Title shown on the workbooks, e.g. "Uniform EUR 500 per EEA student"."""

    description: str = ""
    """A sentence or two in plain language on what this scenario is for."""

    years: Annotated[list[Annotated[Whole, Field(ge=2000, le=2100)]], Field(min_length=1)]
    """The budget years to compute, e.g. [2022, 2023, 2024]."""

    base: Annotated[str, Field(pattern=NAME_PATTERN)] | None = None
    """Scenario this one starts from (file name without .toml, same folder); its keys are
    taken over and the keys given here override them (each override is logged)."""

    key: Key
    """The distribution key."""

    revenue: Revenue = Revenue()
    """Revenue what-if: overrides of the rijksbijdrage or kadernota per year."""

    oploop: Oploop | None = None
    """Allocate (part of) the still-to-allocate amount (see docs/scenarios.md)."""

    inputs: InputFiles = InputFiles()
    """Input file names (defaults follow `qa-budget init`)."""

    checks: Checks = Checks()
    """Warning thresholds."""

    monitoring: Monitoring = Monitoring()
    """Thresholds for the under- and overspending signals of `qa-budget monitor`."""

    indicators: Indicators = Indicators()
    """The minimum group size below which indicator values are suppressed."""

    plan_round: PlanRound = PlanRound()
    """The plan round: the deadline for submitting plans and the decision they need."""

    rules: Rules = Rules()
    """Policy rules checked on every run (all off unless named here)."""

    @field_validator("years")
    @classmethod
    def _years_unique_ascending(cls, years: list[int]) -> list[int]:
        if sorted(set(years)) != years:
            raise rule("msg_scn_years_order")
        return years

    _overrides: list[Override] = PrivateAttr(default_factory=list)
    _source: Path | None = PrivateAttr(default=None)

    @property
    def overrides(self) -> list[str]:
        """Keys taken over from the base scenario and overridden here, as 'key: old -> new'
        (values as written in a scenario file)."""
        return [
            f"{path}: {'(not set)' if isinstance(old, NotSet) else toml_text(old)} -> "
            f"{toml_text(new)}"
            for path, old, new in self._overrides
        ]

    @property
    def override_items(self) -> list[Override]:
        """The same as (key path, old value or NOT_SET, new value), to say in words."""
        return list(self._overrides)

    @property
    def source(self) -> Path:
        """The scenario file (for messages); baseline and base scenarios sit beside it."""
        return self._source or Path(f"{self.name}.toml")

    @property
    def folder(self) -> Path:
        """The folder the scenario file is in (baseline and base scenarios are looked up there)."""
        return self.source.parent

    @classmethod
    def from_toml(cls, path: Path | str) -> Scenario:
        """A scenario from its TOML file (see `load_scenario`)."""
        return load_scenario(path)

    @property
    def display_title(self) -> str:
        """The title, or the name when no title is given."""
        return self.title or self.name


def parse_scenario(data: dict[str, Any], source: Path | str) -> Scenario:
    """Validate a scenario mapping; errors name the key path."""
    try:
        return Scenario.model_validate(data)
    except ValidationError as err:
        raise ScenarioError(source, scenario_messages(err, KINDS)) from None


MAX_SCENARIO_BYTES = 1 << 20  # a scenario file is a page of settings


def _read_text(path: Path) -> str:
    """A scenario file's text: a regular file, read once, of bounded size (never a pipe or a
    device, which could block or never end)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise ScenarioError(path, [msg("msg_scn_not_found")]) from None
    except (OSError, ValueError) as err:
        raise ScenarioError(path, [msg("msg_scn_unreadable", error=_reason(err))]) from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise ScenarioError(path, [msg("msg_scn_not_regular")])
        data = os.read(fd, MAX_SCENARIO_BYTES + 1)
    except OSError as err:
        raise ScenarioError(path, [msg("msg_scn_unreadable", error=_reason(err))]) from None
    finally:
        os.close(fd)
    if len(data) > MAX_SCENARIO_BYTES:
        raise ScenarioError(path, [msg("msg_scn_too_large")])
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        found = msg("msg_scn_not_utf8", reason=err.reason, byte=err.start)
        raise ScenarioError(path, [found]) from None


def _reason(err: Exception) -> str:
    return str(getattr(err, "strerror", None) or err)


def _read_toml(path: Path) -> dict[str, Any]:
    text = _read_text(path)
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise ScenarioError(path, [msg("msg_scn_toml", error=err)]) from None
    except RecursionError:
        raise ScenarioError(path, [msg("msg_scn_nested")]) from None


class NotSet:
    """The old value of a key the base scenario did not set (a new key, not a change)."""

    def __repr__(self) -> str:
        return "(not set)"


NOT_SET = NotSet()


def _merge(
    base: dict[str, Any], over: dict[str, Any], log: list[Override], prefix: str = ""
) -> None:
    """Override `base` with `over` in place, tables key by key; log every changed key.

    A table whose `kind` changes (a uniform key replaced by a tariff key) is replaced whole.
    """
    for key, value in over.items():
        path = f"{prefix}{key}"
        old = base.get(key)
        if (
            isinstance(value, dict)
            and isinstance(old, dict)
            and value.get("kind", old.get("kind")) == old.get("kind")
        ):
            _merge(old, value, log, f"{path}.")
            continue
        if old != value:
            log.append((path, old if key in base else NOT_SET, value))
        base[key] = value


IDENTITY = ("name", "title", "description", "base")


def _resolve(path: Path, seen: tuple[Path, ...]) -> tuple[dict[str, Any], list[Override]]:
    data = _read_toml(path)
    base_name = data.get("base")
    if base_name is None:
        return data, []
    if not isinstance(base_name, str) or not re.match(NAME_PATTERN, base_name):
        raise ScenarioError(
            path,
            [msg("msg_scn_base_name", got=shown(base_name))],
        )
    base_path = path.parent / f"{base_name}.toml"
    if base_path.resolve() in seen:
        chain = " -> ".join(p.stem for p in (*seen, base_path.resolve()))
        raise ScenarioError(path, [msg("msg_scn_base_circle", chain=chain)])
    if not base_path.exists():
        raise ScenarioError(path, [msg("msg_scn_base_missing", path=base_path)])
    merged, log = _resolve(base_path, (*seen, base_path.resolve()))
    merged = dict(merged)
    for key in IDENTITY:
        merged.pop(key, None)  # a scenario's identity is never inherited
    own = {k: v for k, v in data.items() if k in IDENTITY}
    _merge(merged, {k: v for k, v in data.items() if k not in IDENTITY}, log)
    merged |= own
    return merged, log


def load_scenario(path: Path | str, _chain: tuple[str, ...] = ()) -> Scenario:
    """Read and validate a scenario TOML file, following `base` when given, and load the
    baseline scenario a tariff key names (from the same folder), so that computing it reads
    no file."""
    path = Path(path)
    data, log = _resolve(path, (path.resolve(),))
    data.setdefault("name", path.stem)
    scenario = parse_scenario(data, path)
    scenario._overrides = log
    scenario._source = path
    name = getattr(scenario.key, "baseline", None)
    if not isinstance(name, str):
        return scenario
    if name in _chain or name == scenario.name:
        chain = " -> ".join((*_chain, scenario.name, name))
        raise ScenarioError(path, [msg("msg_scn_baseline_circle", chain=chain)])
    baseline_path = scenario.folder / f"{name}.toml"
    if not baseline_path.exists():
        raise ScenarioError(path, [_baseline_missing(name, path)])
    baseline = load_scenario(baseline_path, (*_chain, scenario.name))
    key = scenario.key.model_copy(update={"baseline": baseline})
    loaded = scenario.model_copy(update={"key": key})
    loaded._overrides, loaded._source = log, path
    return loaded


def _numbers_as_numbers(node: Any) -> Any:
    """The schema as a scenario file is read: an exact number (a Decimal) is a number, never a
    text in quotes (pydantic offers both, as JSON would carry a Decimal), and its default is a
    number too (10, not "10")."""
    if isinstance(node, list):
        return [_numbers_as_numbers(n) for n in node]
    if not isinstance(node, dict):
        return node
    out = {k: _numbers_as_numbers(v) for k, v in node.items()}
    options = out.get("anyOf")
    if isinstance(options, list) and any(o.get("type") == "number" for o in options):
        kept = [o for o in options if o != {"type": "string"}]
        if len(kept) == 1:
            del out["anyOf"]
            out.update(kept[0])
        else:
            out["anyOf"] = kept
        default = out.get("default")
        if isinstance(default, str):
            number = Decimal(default)
            out["default"] = int(number) if number == number.to_integral() else float(number)
    return out


def scenario_json_schema() -> str:
    """The JSON Schema of the scenario format, as written to docs/scenario.schema.json."""
    schema = _numbers_as_numbers(Scenario.model_json_schema())
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "qa-budget scenario"
    return json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def resolved_scenario(scenario: Scenario) -> dict[str, Any]:
    """The scenario with every default filled in, as plain JSON data."""
    data: dict[str, Any] = json.loads(scenario.model_dump_json())
    return data


def with_previous_plans(scenario: Scenario, folder: str) -> Scenario:
    """The scenario reading the previous plan versions from `folder` (relative to the inputs
    folder), as `--previous-plans` asks; the change is logged as an override."""
    old = scenario.inputs.previous_plans
    if folder == old:
        return scenario
    changed = scenario.model_copy(
        update={"inputs": scenario.inputs.model_copy(update={"previous_plans": folder})}
    )
    changed._overrides = [*scenario.override_items, ("inputs.previous_plans", old, folder)]
    changed._source = scenario._source
    return changed


def previous_plans_given(scenario: Scenario, folder: Path, inputs_dir: Path) -> Scenario:
    """`--previous-plans DIR`: the folder given relative to the current folder, recorded
    relative to the inputs folder (as every input is named); it must exist."""
    if not folder.is_dir():
        raise QaBudgetError(msg("msg_scn_previous_plans", folder=folder))
    try:
        name = Path(os.path.relpath(folder, inputs_dir)).as_posix()
    except ValueError:  # another drive
        name = str(folder.resolve())
    return with_previous_plans(scenario, name)


SHOWN_SCENARIOS = 8  # scenario files named in a message about a missing one


def _baseline_missing(name: str, path: Path) -> Msg:
    """key.baseline of the scenario file `path` names no scenario file: which file was looked
    for, in which folder (the scenario's own), and the other scenarios that are there."""
    folder = path.parent
    shown = str(folder.resolve()) if str(folder) == "." else str(folder)
    try:
        there = sorted(p.stem for p in folder.glob("*.toml") if p.is_file() and p.name != path.name)
    except OSError:
        there = []
    if not there:
        found: Msg = msg("msg_scn_baseline_none_there")
    else:
        names = ", ".join(there[:SHOWN_SCENARIOS]) + (", …" if len(there) > SHOWN_SCENARIOS else "")
        found = msg("msg_scn_baseline_there", names=names)
    return msg(
        "msg_scn_baseline_missing", name=name, file=f"{name}.toml", folder=shown, found=found
    )
