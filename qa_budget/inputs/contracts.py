"""The table contracts: which workbooks, sheets and columns the inputs have, and what each holds.

The same contracts drive the readers, the templates written by `qa-budget init` and the
documentation in docs/inputs.md, so the three cannot drift apart.
"""

from __future__ import annotations

from qa_budget.inputs.contracts_round import (
    CRITERIA,
    CRITERIA_HEADERS,
    CRITERIA_KEYS,
    DECIDE_BY,
    DECIDER,
    DECISION_ALIASES,
    DECISIONS,
    PLAN_ROUND,
    STATUS_ALIASES,
    STATUSES,
)
from qa_budget.inputs.sheet_contract import Column as Column
from qa_budget.inputs.sheet_contract import SheetContract as SheetContract

UNIT_KINDS = ("faculteit", "interfacultair")
TIERS = ("laag", "hoog", "top")
TIER_ALIASES = {"low": "laag", "high": "hoog"}
SOURCES = ("kwaliteitsafspraken", "NPO", "overig")
SOURCE_ALIASES = {"mka": "kwaliteitsafspraken", "other": "overig"}
CHARGED_SOURCE = "kwaliteitsafspraken"
UNIT_KIND_ALIASES = {"faculty": "faculteit", "interfaculty": "interfacultair"}
INDICATOR_KINDS = ("waarde", "percentage", "verhouding", "schaal")
"""How an indicator is computed: a value as measured; a percentage (a value 0-100, or 100 ×
numerator / denominator); a ratio (numerator / denominator, e.g. students per fte staff); a
mean ± standard deviation on a scale (e.g. 1-5), with the number of respondents."""
INDICATOR_KIND_ALIASES = {
    "value": "waarde",
    "percent": "percentage",
    "%": "percentage",
    "ratio": "verhouding",
    "scale": "schaal",
    "mean": "schaal",
    "gemiddelde": "schaal",
}
_MONTHS_NL = (
    "januari februari maart april mei juni juli augustus september oktober november december"
)
_MONTHS_EN = "January February March April May June July August September October November December"
MONTHS = {"nl": tuple(_MONTHS_NL.split()), "en": tuple(_MONTHS_EN.split())}
"""Month names, for a day of the year (an indicator's reference date) in either language."""
NO_TARGET = ("geen", "none", "geen streefwaarde", "no target")
"""What the target cell says when no target is set (the first is written by the templates)."""


def listed_values(kind: str) -> tuple[tuple[str, ...], dict[str, str]]:
    """The allowed values of a list column (tier, source, unit kind, decision, plan status)
    and their aliases."""
    return {
        "tier": (TIERS, TIER_ALIASES),
        "source": (SOURCES, SOURCE_ALIASES),
        "unit_kind": (UNIT_KINDS, UNIT_KIND_ALIASES),
        "indicator_kind": (INDICATOR_KINDS, INDICATOR_KIND_ALIASES),
        "decision": (DECISIONS, DECISION_ALIASES),
        "plan_status": (STATUSES, STATUS_ALIASES),
    }[kind]


CODE_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$"
MIN_YEAR, MAX_YEAR = 2000, 2100
MAX_AMOUNT_EUR = 10**12  # far above any budget line, far below what integer cents can hold
MAX_COUNT = 10_000_000  # far above the students of any university
MAX_NUMBER = 10**12  # far above any indicator value or part
MAX_DECIMALS = 3  # decimals an indicator is shown with, at most


UNITS = SheetContract(
    file_key="units",
    sheet="Eenheden",
    purpose="The budget units (faculties and interfaculty units) that receive an allocation.",
    columns=(
        Column(
            "code",
            "Code",
            "code",
            width=10,
            help="Short unique code, e.g. FGW; also the "
            "file name of the unit's plan (plans/FGW.xlsx). Letters, digits, '-' and '_'.",
        ),
        Column("name_nl", "Naam", "text", width=46, help="Name in Dutch."),
        Column(
            "name_en",
            "Name (en)",
            "text",
            required=False,
            width=46,
            help="Name in English (optional; the Dutch name is used when empty).",
        ),
        Column(
            "kind",
            "Soort",
            "unit_kind",
            width=16,
            help="faculteit (faculty) or interfacultair (interfaculty unit).",
        ),
    ),
)

STUDENTS = SheetContract(
    file_key="students",
    sheet="Studenten",
    purpose="Aggregated EEA-student counts per unit and year, from the student administration. "
    "Counts only: never names, student numbers or any other data about persons.",
    columns=(
        Column("unit", "Eenheid", "code", width=10, help="Unit code from units.xlsx."),
        Column("year", "Jaar", "year", width=8, help="Budget year, e.g. 2024."),
        Column(
            "tier",
            "Bekostigingsniveau",
            "tier",
            required=False,
            width=20,
            help="Funding tier laag / hoog / top (low / high / top), or empty when the "
            "count is not split by tier. Do not mix split and unsplit rows for one unit "
            "and year.",
        ),
        Column(
            "count",
            "EER-studenten",
            "count",
            width=14,
            help="Number of enrolled EEA students: a whole number, 0 or more.",
        ),
    ),
)

FUNDS = SheetContract(
    file_key="funds",
    sheet="Middelen",
    purpose="The quality-agreement funds per year, from central finance.",
    columns=(
        Column("year", "Jaar", "year", width=8, help="Budget year."),
        Column(
            "kadernota",
            "Kadernota (EUR)",
            "money",
            width=18,
            help="Amount fixed ex ante in the budget framework (kadernota), in EUR.",
        ),
        Column(
            "rijksbijdrage",
            "Rijksbijdrage (EUR)",
            "money",
            width=20,
            help="Current estimate of the funds in the government contribution "
            "(rijksbijdrage), in EUR.",
        ),
    ),
)

CENTRAL = SheetContract(
    file_key="funds",
    sheet="Centraal",
    purpose="University-wide (central) initiatives, one row per budget line and year.",
    columns=(
        Column("theme", "Thema", "theme", width=8, help="Theme 1-6 of the sector agreement."),
        Column("initiative", "Initiatief", "text", width=28, help="Name of the initiative."),
        Column("line", "Regel", "text", width=52, help="Budget line within the initiative."),
        Column("year", "Jaar", "year", width=8, help="Budget year."),
        Column(
            "amount",
            "Bedrag (EUR)",
            "money_pm",
            width=14,
            help="Amount in EUR, or pm when the amount waits for a decision (then fill in "
            "'Besluit door' and 'Besluit uiterlijk'); a pm line is listed, not counted.",
        ),
        Column(
            "source",
            "Bron",
            "source",
            width=20,
            help="kwaliteitsafspraken (charged to these funds), NPO or overig (other "
            "source: shown for information, not charged).",
        ),
        DECIDER,
        DECIDE_BY,
        Column(
            "responsible",
            "Verantwoordelijk",
            "text",
            required=False,
            width=16,
            help="The unit responsible for the common initiative (e.g. SOZ, ICLON, HA); "
            "checked by the scenario's rule on common initiatives.",
        ),
        *(
            Column(
                key,
                header,
                "yes_no",
                required=False,
                width=13,
                help=f"ja when the initiative meets criterion {n} for common initiatives: {text}.",
            )
            for n, (key, header, text) in enumerate(
                zip(CRITERIA_KEYS, CRITERIA_HEADERS, CRITERIA, strict=True), 1
            )
        ),
    ),
)

PLAN = SheetContract(
    file_key="plans",
    sheet="Maatregelen",
    purpose="A unit's plan: its measures, each under one main theme, with an amount per year. "
    "One workbook per unit, named <UNIT CODE>.xlsx in the plans folder.",
    columns=(
        Column(
            "measure",
            "Maatregel",
            "text",
            width=56,
            help="Name of the measure, unique within the plan.",
        ),
        Column(
            "theme",
            "Thema",
            "theme",
            width=8,
            help="Main theme 1-6 (a measure serving several themes goes under its main one).",
        ),
        DECIDER,
        DECIDE_BY,
        Column(
            "note",
            "Toelichting",
            "text",
            required=False,
            width=40,
            help="Optional explanation; not used in the computation.",
            trailing=True,
        ),
    ),
    year_columns=True,
    pm_years=True,
)

CONTRACTS: tuple[SheetContract, ...] = (UNITS, STUDENTS, FUNDS, CENTRAL, PLAN, PLAN_ROUND)

# --- The optional reference workbook (reference.xlsx): published figures to check against ---

PUBLISHED_LINES = (
    "thema 1",
    "thema 2",
    "thema 3",
    "thema 4",
    "thema 5",
    "thema 6",
    "totaal lasten",
    "nog te alloceren",
    "resultaat",
    "baten rijksbijdrage",
    "baten kadernota",
)
PUBLISHED_LINE_ALIASES = {f"theme {t}": f"thema {t}" for t in range(1, 7)} | {
    "total spending": "totaal lasten",
    "still to allocate": "nog te alloceren",
    "result": "resultaat",
    "revenue rijksbijdrage": "baten rijksbijdrage",
    "revenue kadernota": "baten kadernota",
}
BUDGET_COLUMNS = ("B", "R")
BUDGET_COLUMN_ALIASES = {"begroting": "B", "budget": "B", "realisatie": "R", "realised": "R"}

PUBLISHED = SheetContract(
    file_key="reference",
    sheet="Gepubliceerd",
    purpose="Optional. The published overview table in k EUR, one row per line, year and "
    "column, to check the computed figures and the table itself against.",
    columns=(
        Column(
            "line",
            "Regel",
            "published_line",
            width=22,
            help="thema 1 ... thema 6, totaal lasten, nog te alloceren, resultaat, "
            "baten rijksbijdrage or baten kadernota.",
        ),
        Column("year", "Jaar", "year", width=8, help="Year of the published column."),
        Column(
            "column",
            "Soort",
            "budget_column",
            required=False,
            width=8,
            help="B (budget; the default when empty) or R (realised).",
        ),
        Column(
            "keur",
            "Bedrag (k EUR)",
            "keur",
            width=16,
            help="The figure as published, in k EUR (may be negative, e.g. a result).",
        ),
    ),
)

PUBLISHED_PERCENTAGES = SheetContract(
    file_key="reference",
    sheet="Percentages",
    purpose="Optional. The published theme percentages (budget), one row per theme and year.",
    columns=(
        Column("theme", "Thema", "theme", width=8, help="Theme 1-6."),
        Column("year", "Jaar", "year", width=8, help="Budget year."),
        Column(
            "percent",
            "Percentage",
            "percent",
            width=12,
            help="The published share of the theme in total spending, in % (0-100).",
        ),
    ),
)

PLAN2018 = SheetContract(
    file_key="reference",
    sheet="Plan2018",
    purpose="Optional. The theme percentages of the original 2018 plan, one row per theme and "
    "year, to set the new plan against in the council comparison.",
    columns=(
        Column("theme", "Thema", "theme", width=8, help="Theme 1-6."),
        Column("year", "Jaar", "year", width=8, help="Year of the 2018 plan."),
        Column(
            "percent",
            "Percentage",
            "percent",
            width=12,
            help="The 2018 plan's share of the theme, in % (0-100).",
        ),
    ),
)

REFERENCE_CONTRACTS = (PUBLISHED, PUBLISHED_PERCENTAGES, PLAN2018)

# --- Monitoring: realised.xlsx (optional) ---------------------------------------------------

MOMENTS = ("mei", "september", "definitief")
"""The reporting moments of a year, in order: cumulative spending to the end of April (reported
in May), to the end of August (reported in September), and the final figures of the whole year
(reported in March of the next year)."""
MOMENT_ORDER = {m: i for i, m in enumerate(MOMENTS)}
MOMENT_ALIASES = {"may": "mei", "sep": "september", "sept": "september", "final": "definitief"}
MOMENT_MONTHS = {"mei": 4, "september": 8, "definitief": 12}
CENTRAL_UNIT = "CENTRAAL"
"""Code under which the central initiatives report their realised spending."""

REALISED = SheetContract(
    file_key="realised",
    sheet="Realisatie",
    purpose="Realised spending per unit, year and theme, as reported at each moment: "
    "mei and september (interim, cumulative since 1 January) and definitief (the whole year, "
    f"reported in March). The central initiatives report under the code {CENTRAL_UNIT}.",
    columns=(
        Column(
            "unit",
            "Eenheid",
            "code",
            width=10,
            help=f"Unit code from units.xlsx, or {CENTRAL_UNIT} for the central initiatives.",
        ),
        Column("year", "Jaar", "year", width=8, help="The budget year the spending belongs to."),
        Column("theme", "Thema", "theme", width=8, help="Theme 1-6 of the sector agreement."),
        Column(
            "moment",
            "Moment",
            "text",
            width=14,
            help="mei (spending 1 January - 30 April), september (1 January - 31 August) or "
            "definitief (the whole year, final).",
        ),
        Column(
            "amount",
            "Bedrag (EUR)",
            "money",
            width=16,
            help="Spending in EUR from 1 January to the end of the period (cumulative), 0 or more.",
        ),
        Column(
            "note",
            "Toelichting",
            "text",
            required=False,
            width=48,
            help="Optional explanation of a deviation from the plan; shown in the monitoring.",
        ),
    ),
)

REALISED_REVENUE = SheetContract(
    file_key="realised",
    sheet="Baten",
    purpose="The realised quality-agreement funds in the government contribution (rijksbijdrage) "
    "per year, known after the year closes; from central finance.",
    columns=(
        Column("year", "Jaar", "year", width=8, help="Budget year; one row per year."),
        Column(
            "revenue",
            "Rijksbijdrage gerealiseerd (EUR)",
            "money",
            width=30,
            help="The realised funds of the year in EUR (the R column 'Baten conform "
            "rijksbijdrage').",
        ),
    ),
)

CONTRACTS = (*CONTRACTS, REALISED, REALISED_REVENUE)

# --- Indicators: indicators.xlsx (optional; for `qa-budget progress`) -------------------------


def _text(key: str, header: str, help: str, width: int = 30, required: bool = False) -> Column:
    return Column(key, header, "text", required=required, width=width, help=help)


INDICATORS = SheetContract(
    file_key="indicators",
    sheet="Indicatoren",
    purpose="The indicators measured yearly, one row per indicator: what it measures, under "
    "which theme, how it is computed, and its target (or explicitly none).",
    columns=(
        Column("code", "Code", "code", width=10, help="Short unique code, e.g. SSR."),
        _text("name_nl", "Indicator", "Name in Dutch, as the report shows it.", 46, True),
        _text("name_en", "Indicator (en)", "Name in English (the Dutch name when empty).", 46),
        Column("theme", "Thema", "theme", width=8, help="Theme 1-6 the indicator belongs to."),
        Column(
            "kind",
            "Berekening",
            "indicator_kind",
            width=14,
            help="waarde (a value as measured); percentage (a value 0-100, or 100 × Teller / "
            "Noemer); verhouding (Teller / Noemer, e.g. students per fte staff: computed by "
            "qa-budget); schaal (mean ± standard deviation on a scale from Minimum to Maximum).",
        ),
        _text(
            "measure_nl", "Meeteenheid", "Unit of measure, e.g. fte, aantal, %, score.", 18, True
        ),
        _text("measure_en", "Meeteenheid (en)", "Unit of measure in English.", 18),
        _text(
            "numerator_nl",
            "Teller",
            "verhouding / percentage: what the numerator is, e.g. studenten.",
            18,
        ),
        _text("numerator_en", "Teller (en)", "The numerator in English.", 18),
        _text(
            "denominator_nl",
            "Noemer",
            "verhouding / percentage: what the denominator is, e.g. fte staf.",
            18,
        ),
        _text("denominator_en", "Noemer (en)", "The denominator in English.", 18),
        Column(
            "minimum",
            "Minimum",
            "number",
            required=False,
            width=10,
            help="schaal: the lowest point of the scale (required). Otherwise optional: a "
            "value below it is an error (a percentage lies between 0 and 100).",
        ),
        Column(
            "maximum",
            "Maximum",
            "number",
            required=False,
            width=10,
            help="schaal: the highest point of the scale, e.g. 5 (required). Otherwise "
            "optional: a value above it is an error.",
        ),
        Column(
            "decimals",
            "Decimalen",
            "decimals",
            required=False,
            width=10,
            help=f"Decimals shown in the report, 0-{MAX_DECIMALS} (1 when empty).",
        ),
        Column(
            "reference_date",
            "Peildatum",
            "day_month",
            required=False,
            width=14,
            help="The day of the year it is measured on, e.g. 1 oktober (or 1-10).",
        ),
        _text("source_nl", "Bron", "Where the figure comes from and how it is counted.", 40, True),
        _text("source_en", "Bron (en)", "The source in English.", 40),
        Column(
            "target",
            "Streefwaarde",
            "target",
            width=14,
            help="The target as a number, or geen when no target is set: never empty, so that "
            "'no target' is a decision.",
        ),
        _text(
            "initiative",
            "Initiatief",
            "For an indicator of a common (central) initiative: its name as on "
            "funds.xlsx › Centraal. Its values are university-wide.",
            28,
        ),
    ),
)

INDICATOR_VALUES = SheetContract(
    file_key="indicators",
    sheet="Waarden",
    purpose="The measured values: one row per indicator, year and unit (or the university as a "
    "whole). Aggregated figures only: never data about individual persons.",
    columns=(
        Column("code", "Code", "code", width=10, help="Code of the indicator (sheet Indicatoren)."),
        Column("year", "Jaar", "year", width=8, help="The year measured, e.g. 2020."),
        Column(
            "unit",
            "Eenheid",
            "code",
            required=False,
            width=10,
            help="Unit code from units.xlsx for a unit's value; empty for the university as a "
            "whole.",
        ),
        Column(
            "value",
            "Waarde",
            "number",
            required=False,
            help="waarde, percentage: the value. verhouding: only when Teller and Noemer are "
            "not known (the report marks it as given).",
        ),
        Column(
            "numerator",
            "Teller",
            "number",
            required=False,
            help="verhouding, percentage: the numerator (with Noemer; the value is computed).",
        ),
        Column(
            "denominator",
            "Noemer",
            "number",
            required=False,
            help="verhouding, percentage: the denominator, more than 0.",
        ),
        Column("mean", "Gemiddelde", "number", required=False, help="schaal: the mean score."),
        Column(
            "sd",
            "Standaarddeviatie",
            "number",
            required=False,
            width=18,
            help="schaal: the standard deviation of the scores.",
        ),
        Column(
            "n",
            "n (personen)",
            "persons",
            required=False,
            help="The number of persons the value is based on (respondents, students, staff); "
            "required for schaal. A value based on fewer persons than the scenario's minimum "
            "group size is suppressed in every output.",
        ),
    ),
)

REFLECTIONS = SheetContract(
    file_key="indicators",
    sheet="Reflectie",
    purpose="A short reflection on the development, per year and theme: of the university, of "
    "a unit, or of a common initiative (its responsible unit's report).",
    columns=(
        Column("year", "Jaar", "year", width=8, help="The year reported on."),
        Column(
            "theme",
            "Thema",
            "theme",
            required=False,
            width=8,
            help="Theme 1-6; empty for a reflection on the year as a whole (or, for a common "
            "initiative, on the initiative).",
        ),
        Column(
            "unit",
            "Eenheid",
            "code",
            required=False,
            width=10,
            help="Unit code from units.xlsx; empty for the university as a whole.",
        ),
        _text(
            "initiative",
            "Initiatief",
            "For a common initiative: its name as on funds.xlsx › Centraal.",
            28,
        ),
        _text(
            "text_nl", "Tekst", "The reflection in Dutch (a new line starts a paragraph).", 80, True
        ),
        _text("text_en", "Tekst (en)", "The reflection in English (for --lang en).", 80),
    ),
)

INITIATIVES = SheetContract(
    file_key="indicators",
    sheet="Initiatieven",
    purpose="The unit responsible for each common (central) initiative, which reports on it.",
    columns=(
        _text(
            "initiative",
            "Initiatief",
            "The initiative's name as on funds.xlsx › Centraal.",
            36,
            True,
        ),
        _text(
            "responsible_nl",
            "Verantwoordelijk",
            "The responsible unit, e.g. SOZ or ICLON.",
            40,
            True,
        ),
        _text("responsible_en", "Verantwoordelijk (en)", "The responsible unit in English.", 40),
    ),
)

INDICATOR_CONTRACTS = (INDICATORS, INDICATOR_VALUES, REFLECTIONS, INITIATIVES)
