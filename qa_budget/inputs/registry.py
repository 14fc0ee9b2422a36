"""Every input workbook, declared once: its file, sheets, reader, checks, and whether a run
needs it. `read.read_inputs` reads them all (each file once, hashed from the bytes parsed);
`check.check_inputs` runs the checks for the years a run computes.

A new input workbook is one declaration below plus its reader in `readers/`. An input that is
not a workbook (register.toml) is declared the same way with `kind="toml"`: its reader takes the
file's bytes and returns one document instead of tables, and `template` gives the file that
`qa-budget init` writes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

import polars as pl

from qa_budget.errors import Problem
from qa_budget.inputs import checks as c
from qa_budget.inputs import checks_indicators as ci
from qa_budget.inputs import checks_optional as co
from qa_budget.inputs.contracts import (
    CENTRAL,
    FUNDS,
    INDICATOR_CONTRACTS,
    PLAN,
    REALISED,
    REALISED_REVENUE,
    STUDENTS,
    UNITS,
    SheetContract,
)
from qa_budget.inputs.contracts_round import PLAN_ROUND
from qa_budget.inputs.readers import LOCATION
from qa_budget.inputs.readers.funds import CENTRAL_SCHEMA, FUNDS_SCHEMA, read_funds
from qa_budget.inputs.readers.indicators import SCHEMAS as INDICATOR_SCHEMAS
from qa_budget.inputs.readers.indicators import read_indicators
from qa_budget.inputs.readers.plans import (
    MEASURE_SCHEMA,
    ROUND_SCHEMA,
    YEARS_SCHEMA,
    read_plan,
    read_previous_plan,
)
from qa_budget.inputs.readers.realised import REVENUE_SCHEMA, SPENDING_SCHEMA, read_realised
from qa_budget.inputs.readers.reference import SHEETS as REFERENCE_SHEETS
from qa_budget.inputs.readers.reference import read_reference
from qa_budget.inputs.readers.register import read_register
from qa_budget.inputs.readers.students import SCHEMA as STUDENTS_SCHEMA
from qa_budget.inputs.readers.students import read_students
from qa_budget.inputs.readers.units import SCHEMA as UNITS_SCHEMA
from qa_budget.inputs.readers.units import read_units
from qa_budget.inputs.tables import named
from qa_budget.register.organisation import template as register_template


@dataclass(frozen=True)
class Context:
    """What a check sees: every table read, the years to check, and the file names."""

    tables: Mapping[str, pl.DataFrame]
    years: list[int]
    files: Mapping[str, str]
    plans: frozenset[str]  # units with a plan workbook
    previous: frozenset[str] = frozenset()  # units with a previous version of their plan
    partial: Mapping[str, pl.DataFrame] = field(default_factory=dict)  # rows read in part

    def __getitem__(self, name: str) -> pl.DataFrame:
        return self.tables[name]

    def named(self, name: str) -> pl.DataFrame:
        """A table with its rows read in part (a cell with an error, reported): for a rule
        that asks whether the inputs name something (a unit, a year), so that one wrong cell
        does not make its row look absent."""
        return named(self.tables, self.partial, name)

    def in_years(self, name: str, named: bool = False) -> pl.DataFrame:
        """A table's rows of the checked years (`named`: with its rows read in part)."""
        table = self.named(name) if named else self.tables[name]
        return table.filter(pl.col("year").is_in(self.years))


@dataclass(frozen=True)
class Check:
    """One rule; skipped when a workbook it needs could not be read at all (its absence is
    reported once, not repeated by every rule that uses it)."""

    rule: Callable[[Context], list[Problem]]
    needs: tuple[str, ...] = ()


@dataclass(frozen=True)
class InputWorkbook:
    """One input workbook (or folder of per-unit workbooks, or a TOML file), declared once."""

    key: str  # the scenario's `inputs.<key>` names its file or folder
    default: str
    sheets: tuple[SheetContract, ...]
    read: Callable[..., Any]  # (Workbook) -> Read, (Workbook, unit) -> Read per unit, or for a
    # TOML file (SourceFile) -> (document or None, problems)
    schemas: Mapping[str, Mapping[str, Any]]  # the tables it produces
    checks: tuple[Check, ...] = ()
    required: bool = True
    per_unit: bool = False  # a folder with one workbook per unit, named <UNIT CODE>.xlsx
    needed_by_run: bool = True  # False: only `monitor` and `validate` stop on its errors
    description: str = ""
    title: str = ""  # the title of its template (`qa-budget init`)
    kind: Literal["workbook", "toml"] = "workbook"
    template: Callable[[bool], bytes] | None = None  # a TOML file's template (example or not)
    init_template: bool = True  # `qa-budget init` writes an empty template of it (per unit)


def _plans_folder(ctx: Context, key: str = "plans") -> str:
    return ctx.files[key].rstrip("/")


WORKBOOKS: tuple[InputWorkbook, ...] = (
    InputWorkbook(
        "units",
        "units.xlsx",
        (UNITS,),
        read_units,
        {"units": UNITS_SCHEMA | LOCATION},
        (
            Check(lambda x: c.check_units_present(x.named("units"), x.files["units"])),
            Check(lambda x: c.check_unit_codes_unique(x["units"])),
        ),
        description="The budget units.",
        title="Eenheden (budget units)",
    ),
    InputWorkbook(
        "students",
        "students.xlsx",
        (STUDENTS,),
        read_students,
        {"students": STUDENTS_SCHEMA},
        (
            Check(
                lambda x: c.check_student_units_known(x["students"], x.named("units")), ("units",)
            ),
            Check(lambda x: c.check_student_rows_unique(x["students"])),
            Check(lambda x: c.check_student_tiers_not_mixed(x["students"])),
        ),
        description="Aggregated EEA-student counts per unit, year and funding tier.",
        title="EER-studenten per eenheid en jaar (aggregated counts only)",
    ),
    InputWorkbook(
        "funds",
        "funds.xlsx",
        (FUNDS, CENTRAL),
        read_funds,
        {"funds": FUNDS_SCHEMA, "central": CENTRAL_SCHEMA},
        (
            Check(lambda x: c.check_funds_years_unique(x["funds"])),
            Check(
                lambda x: c.check_funds_cover_years(x.named("funds"), x.years, x.files["funds"]),
                ("funds",),
            ),
            Check(lambda x: c.check_central_lines_unique(x["central"])),
        ),
        description="The funds per year and the central initiatives.",
        title="Middelen kwaliteitsafspraken en centrale initiatieven",
    ),
    InputWorkbook(
        "plans",
        "plans",
        (PLAN, PLAN_ROUND),
        read_plan,
        {"measures": MEASURE_SCHEMA, "plan_years": YEARS_SCHEMA, "plan_round": ROUND_SCHEMA},
        (
            Check(
                lambda x: c.check_plan_units_known(
                    sorted(x.plans), x.named("units"), _plans_folder(x)
                ),
                ("units",),
            ),
            Check(lambda x: c.check_plan_years(_plan_years(x), x.years, _plans_folder(x))),
            Check(lambda x: c.check_measures_unique(x["measures"])),
            Check(
                lambda x: c.check_students_cover_years(
                    x.named("students"), x["units"], x.years, x.files["students"]
                ),
                ("units", "students"),
            ),
            Check(
                lambda x: c.check_units_have_plans(x["units"], set(x.plans), _plans_folder(x)),
                ("units",),
            ),
            Check(
                lambda x: c.check_plans_have_measures(
                    x.named("measures"), set(x.plans), _plans_folder(x)
                )
            ),
            Check(lambda x: c.check_measures_not_all_zero(x.in_years("measures", named=True))),
            Check(
                lambda x: c.check_plans_have_students(x.in_years("measures"), x.named("students")),
                ("students",),
            ),
            Check(
                lambda x: c.check_years_outside_scenario(
                    x["students"], x["funds"], x["central"], x.years
                )
            ),
            Check(
                lambda x: c.check_plan_years_outside_scenario(
                    _plan_years(x), x.years, _plans_folder(x)
                )
            ),
        ),
        per_unit=True,
        description="One plan workbook per unit: its measures per theme and year.",
        title="Plan: maatregelen per thema en jaar (copy to plans/<UNIT CODE>.xlsx)",
    ),
    InputWorkbook(
        "previous_plans",
        "previous-plans",
        (PLAN, PLAN_ROUND),
        read_previous_plan,
        {
            "previous_measures": MEASURE_SCHEMA,
            "previous_plan_years": YEARS_SCHEMA,
            "previous_plan_round": ROUND_SCHEMA,
        },
        (
            Check(
                lambda x: c.check_plan_units_known(
                    sorted(x.previous), x.named("units"), _plans_folder(x, "previous_plans")
                ),
                ("units",),
            ),
            Check(
                lambda x: c.check_previous_plan_years(
                    _plan_years(x, "previous_plan_years"),
                    x.years,
                    _plans_folder(x, "previous_plans"),
                )
            ),
            Check(lambda x: c.check_measures_unique(x["previous_measures"])),
        ),
        required=False,
        per_unit=True,
        description="The previous version of each unit's plan, to compare the plans with.",
        title="Vorige versie van het plan (optioneel; copy last round's plans/<UNIT>.xlsx)",
        init_template=False,
    ),
    InputWorkbook(
        "realised",
        "realised.xlsx",
        (REALISED, REALISED_REVENUE),
        read_realised,
        {"realised": SPENDING_SCHEMA, "realised_revenue": REVENUE_SCHEMA},
        (
            Check(
                lambda x: co.check_realised_units_known(x["realised"], x.named("units")), ("units",)
            ),
            Check(lambda x: co.check_realised_rows_unique(x["realised"])),
            Check(lambda x: co.check_revenue_years_unique(x["realised_revenue"])),
            Check(lambda x: co.check_realised_cumulative(x["realised"])),
        ),
        required=False,
        needed_by_run=False,
        description="Realised spending (mei, september, definitief) and realised revenue.",
        title="Realisatie: gerapporteerde bestedingen en gerealiseerde baten (optioneel, voor "
        "qa-budget monitor)",
    ),
    InputWorkbook(
        "reference",
        "reference.xlsx",
        tuple(contract for _, contract, _ in REFERENCE_SHEETS),
        read_reference,
        {name: schema for name, _, schema in REFERENCE_SHEETS},
        (
            Check(
                lambda x: co.check_reference_rows_unique(x["published"], ("line", "year", "column"))
            ),
            Check(
                lambda x: co.check_reference_rows_unique(
                    x["published_percentages"], ("theme", "year")
                )
            ),
            Check(lambda x: co.check_reference_rows_unique(x["plan2018"], ("theme", "year"))),
        ),
        required=False,
        description="The published overview and the 2018 plan, to check against.",
        title="Optioneel: gepubliceerde cijfers en het plan van 2018 (optional reference figures)",
    ),
    InputWorkbook(
        "register",
        "register.toml",
        (),
        read_register,
        {},
        required=False,
        needed_by_run=False,
        description="The organisation's part of the algorithm-register record.",
        title="Algoritmeregister: het deel van de organisatie",
        kind="toml",
        template=register_template,
    ),
    InputWorkbook(
        "indicators",
        "indicators.xlsx",
        INDICATOR_CONTRACTS,
        read_indicators,
        INDICATOR_SCHEMAS,
        (
            Check(lambda x: ci.check_indicator_codes_unique(x["indicator_definitions"])),
            Check(lambda x: ci.check_indicator_definitions(x["indicator_definitions"])),
            Check(lambda x: ci.check_values_known(x["indicator_values"], x["indicator_codes"])),
            Check(
                lambda x: ci.check_units_known(x["indicator_values"], x.named("units")), ("units",)
            ),
            Check(lambda x: ci.check_values_unique(x["indicator_values"])),
            Check(
                lambda x: ci.check_value_forms(x["indicator_values"], x["indicator_definitions"])
            ),
            Check(
                lambda x: ci.check_initiatives_known(
                    x["indicator_definitions"], x.named("central")
                ),
                ("funds",),
            ),
            Check(lambda x: ci.check_initiatives_unique(x["indicator_initiatives"])),
            Check(
                lambda x: ci.check_initiatives_known(
                    x["indicator_initiatives"], x.named("central")
                ),
                ("funds",),
            ),
            Check(lambda x: ci.check_reflections(x["indicator_reflections"])),
            Check(
                lambda x: ci.check_units_known(x["indicator_reflections"], x.named("units")),
                ("units",),
            ),
            Check(
                lambda x: ci.check_initiatives_known(
                    x["indicator_reflections"], x.named("central")
                ),
                ("funds",),
            ),
            Check(
                lambda x: ci.check_definitions_have_values(
                    x["indicator_definitions"], x["indicator_codes"]
                )
            ),
        ),
        required=False,
        needed_by_run=False,
        description="Indicators per theme, their yearly values, reflections and who reports "
        "on each common initiative.",
        title="Indicatoren, waarden en reflectie (optioneel, voor qa-budget progress)",
    ),
)
BY_KEY = {w.key: w for w in WORKBOOKS}


def _plan_years(ctx: Context, table: str = "plan_years") -> dict[str, set[int]]:
    """The year columns of every plan that has any."""
    return c.plan_years(ctx[table])
