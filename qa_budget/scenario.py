"""Scenario files (TOML): strict pydantic models, loading, and the JSON Schema for editors."""

from __future__ import annotations

import json
import tomllib
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationError,
    field_validator,
    model_validator,
)

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


Tier = Literal["laag", "hoog", "top"]
Weight = Annotated[Decimal, Field(gt=0, le=1000)]
Money = Annotated[Decimal, Field(ge=0, le=10**11, decimal_places=2)]
Pct = Annotated[Decimal, Field(ge=0, le=100)]
YEAR_OR_ALL = r"^(all|\d{4})$"


class TariffKey(Strict):
    """Tariff differentiation: different amounts per student by funding tier (and unit)."""

    kind: Literal["tariff"]
    """Distribution key kind: "tariff" (amounts per student differ by funding tier)."""

    weights: dict[Tier, Weight] | None = None
    """Relative weight per funding tier, e.g. {laag = 1, hoog = 1.5, top = 3}. The base tariff
    (EUR per weighted student) follows from the pool. Give `weights` or `tariffs`."""

    tariffs: dict[Tier, Money] | None = None
    """Explicit EUR per student per funding tier, e.g. {laag = 450, hoog = 675, top = 1350}.
    Their ratios act as weights; the default pool is then the formula total."""

    unit_weights: dict[str, Weight] = {}
    """Optional extra weight per unit code (multiplies the tier weights), e.g. {LUMC = 1.2}."""

    pool: Literal["baseline", "amount", "kadernota_minus_central", "formula"] | None = None
    """What to distribute over the units each year: "baseline" (the baseline scenario's unit
    total; default with `weights`), "amount" (`pool_amount`), "kadernota_minus_central" (the
    kadernota minus central initiatives charged), or "formula" (tariffs × students; default
    with `tariffs`)."""

    pool_amount: dict[Annotated[str, Field(pattern=YEAR_OR_ALL)], Money] = {}
    """With pool = "amount": EUR per year, e.g. {2024 = 15800000}, or {all = 15800000}."""

    baseline: Annotated[str, Field(pattern=NAME_PATTERN)] = "uniform-500"
    """Scenario (file name without .toml, in the same folder) that floors, caps and the pool
    are measured against."""

    objective: Literal["tariff_ratios", "min_max_change", "closest_to_weights"] = "tariff_ratios"
    """"tariff_ratios": every unit gets base tariff × its weighted students, clamped to its
    floor and cap; the base tariff moves so the pool is spent exactly. "min_max_change": first
    make the largest relative change against the baseline as small as possible, then, within
    that band, distribute by tariff ratios as above. "closest_to_weights": make the largest
    relative deviation from the target amounts (the pool shared by weighted students) as small
    as possible, then distribute within that band by tariff ratios; it gives the same
    allocation as "tariff_ratios" (docs/scenarios.md), computed another way."""

    max_loss_pct: Pct | None = None
    """Floor: no unit gets less than the baseline minus this percentage."""

    max_gain_pct: Pct | None = None
    """Cap: no unit gets more than the baseline plus this percentage."""

    max_loss_eur: Money | None = None
    """Floor in EUR: no unit loses more than this amount against the baseline."""

    max_gain_eur: Money | None = None
    """Cap in EUR: no unit gains more than this amount against the baseline."""

    max_yearly_change_pct: Pct | None = None
    """Limit on a unit's change from one scenario year to the next, in % of the earlier year."""

    @model_validator(mode="after")
    def _consistent(self) -> TariffKey:
        if (self.weights is None) == (self.tariffs is None):
            raise ValueError("give either `weights` or `tariffs` (not both, not neither)")
        if self.pool == "formula" and self.tariffs is None:
            raise ValueError('pool = "formula" needs explicit `tariffs`')
        if (self.pool == "amount") != bool(self.pool_amount):
            raise ValueError('pool = "amount" goes together with `pool_amount` (and only then)')
        return self

    @property
    def pool_kind(self) -> str:
        """The pool, with its default filled in."""
        return self.pool or ("formula" if self.tariffs is not None else "baseline")

    @property
    def tier_weights(self) -> dict[str, Decimal]:
        """Weights per tier (the tariffs themselves when explicit tariffs are given)."""
        chosen = self.weights if self.weights is not None else self.tariffs
        assert chosen is not None
        return {str(tier): value for tier, value in chosen.items()}

    @property
    def has_limits(self) -> bool:
        """True when any floor, cap or yearly limit is set."""
        return any(
            v is not None
            for v in (
                self.max_loss_pct,
                self.max_gain_pct,
                self.max_loss_eur,
                self.max_gain_eur,
                self.max_yearly_change_pct,
            )
        )


Key = Annotated[UniformKey | TariffKey, Field(discriminator="kind")]
CHANGE = r"^[+-]?\d+(\.\d+)?%$"


class Revenue(Strict):
    """What-if on the revenue: override the funds of a year (absolute EUR or a percentage)."""

    rijksbijdrage: dict[
        Annotated[str, Field(pattern=YEAR_OR_ALL)], Money | Annotated[str, Field(pattern=CHANGE)]
    ] = {}
    """Per year (or "all"): a new amount in EUR, or a change such as "+3%"."""

    kadernota: dict[
        Annotated[str, Field(pattern=YEAR_OR_ALL)], Money | Annotated[str, Field(pattern=CHANGE)]
    ] = {}
    """Per year (or "all"): a new amount in EUR, or a change such as "-1.5%"."""


class Oploop(Strict):
    """Allocate (part of) the still-to-allocate amount, keeping the ratio between unit and
    central allocation, and the central themes, as the council agreed."""

    share_pct: Annotated[Decimal, Field(gt=0, le=100)] = Decimal(100)
    """Share of `part` to hand out each year, in % (100: all of it, exactly)."""

    part: Literal["total", "kadernota", "rijksbijdrage"] = "total"
    """What the share applies to: "total" (the whole still-to-allocate amount), "kadernota"
    (kadernota minus allocated: the rise of the funds the key does not hand out yet), or
    "rijksbijdrage" (rijksbijdrage minus kadernota: the revenue update since the kadernota)."""

    reference_year: int | None = None
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


class Checks(Strict):
    """Thresholds for warnings (never errors)."""

    plan_deviation_pct: Annotated[Decimal, Field(ge=0, le=1000)] = Decimal(10)
    """Warn when a unit's planned spending in a year differs from its allocation by more than
    this percentage of the allocation."""


class Monitoring(Strict):
    """Thresholds that flag under- and overspending in `qa-budget monitor` (signals, not errors).

    A unit, theme or total is flagged when its forecast for the year lies more than the
    percentage below (underspending) or above (overspending) its budget, and the difference
    is at least `min_difference_eur`. Spending without a budget is always overspending."""

    underspend_pct: Annotated[Decimal, Field(ge=0, le=100)] = Decimal(10)
    """Flag underspending when the forecast is more than this percentage below the budget."""

    overspend_pct: Annotated[Decimal, Field(ge=0, le=1000)] = Decimal(10)
    """Flag overspending when the forecast is more than this percentage above the budget."""

    min_difference_eur: Money = Decimal(0)
    """Leave differences smaller than this amount in EUR unflagged (0: flag every one)."""


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

    @field_validator("years")
    @classmethod
    def _years_unique_ascending(cls, years: list[int]) -> list[int]:
        if sorted(set(years)) != years:
            raise ValueError("years must be ascending and without repeats, e.g. [2022, 2023, 2024]")
        return years

    _overrides: list[str] = PrivateAttr(default_factory=list)
    _source: Path | None = PrivateAttr(default=None)

    @property
    def overrides(self) -> list[str]:
        """Keys taken over from the base scenario and overridden here, as 'key: old -> new'."""
        return list(self._overrides)

    @property
    def source(self) -> Path:
        """The scenario file (for messages); baseline and base scenarios sit beside it."""
        return self._source or Path(f"{self.name}.toml")

    @property
    def folder(self) -> Path:
        """The folder the scenario file is in (baseline and base scenarios are looked up there)."""
        return self.source.parent

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


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ScenarioError(path, ["file not found"]) from None
    except (OSError, UnicodeDecodeError) as err:
        raise ScenarioError(path, [f"cannot read the file: {err}"]) from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise ScenarioError(path, [f"not valid TOML: {err}"]) from None


def _merge(base: dict[str, Any], over: dict[str, Any], log: list[str], prefix: str = "") -> None:
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
            log.append(f"{path}: {repr(old) if key in base else '(not set)'} -> {value!r}")
        base[key] = value


IDENTITY = ("name", "title", "description", "base")


def _resolve(path: Path, seen: tuple[Path, ...]) -> tuple[dict[str, Any], list[str]]:
    data = _read_toml(path)
    base_name = data.get("base")
    if base_name is None:
        return data, []
    if not isinstance(base_name, str):
        raise ScenarioError(path, [f"key 'base': expected a scenario name, got {base_name!r}"])
    base_path = path.parent / f"{base_name}.toml"
    if base_path.resolve() in seen:
        chain = " -> ".join(p.stem for p in (*seen, base_path.resolve()))
        raise ScenarioError(
            path, [f"key 'base': scenarios start from each other in a circle ({chain})"]
        )
    if not base_path.exists():
        raise ScenarioError(path, [f"key 'base': no scenario file {base_path}"])
    merged, log = _resolve(base_path, (*seen, base_path.resolve()))
    merged = dict(merged)
    for key in IDENTITY:
        merged.pop(key, None)  # a scenario's identity is never inherited
    own = {k: v for k, v in data.items() if k in IDENTITY}
    _merge(merged, {k: v for k, v in data.items() if k not in IDENTITY}, log)
    merged |= own
    return merged, log


def load_scenario(path: Path) -> Scenario:
    """Read and validate a scenario TOML file (following `base` when given)."""
    data, log = _resolve(path, (path.resolve(),))
    data.setdefault("name", path.stem)
    scenario = parse_scenario(data, path)
    scenario._overrides = log
    scenario._source = path
    return scenario


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
