"""Plain-language explanations of a run: the method note, the algorithm-register record, and the
step-by-step trace of one unit's figure."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import polars as pl
from pydantic import BaseModel

from qa_budget.errors import QaBudgetError
from qa_budget.money import format_eur
from qa_budget.result import Result
from qa_budget.scenario import Scenario
from qa_budget.version import __version__

TO_COMPLETE = {
    "nl": "(in te vullen door de organisatie)",
    "en": "(to be completed by the organisation)",
}

# Dutch wording of every scenario parameter (the English comes from the models' docstrings).
PARAMETERS_NL: dict[str, str] = {
    "name": "Korte naam van het scenario; de uitvoer komt in <out>/<naam>/.",
    "title": "Titel op de werkboeken.",
    "description": "Korte omschrijving in gewone taal van waar het scenario voor is.",
    "years": "De begrotingsjaren die worden berekend.",
    "base": "Scenario waarvan dit scenario uitgaat; de sleutels hier overschrijven die van de "
    "basis.",
    "key.kind": "Soort verdeelsleutel: uniform (gelijk bedrag per EER-student) of tarief "
    "(tariefdifferentiatie naar bekostigingsniveau).",
    "key.amount_per_student": "Bedrag in EUR per EER-student per jaar.",
    "key.weights": "Gewicht per bekostigingsniveau (laag / hoog / top).",
    "key.tariffs": "Vast tarief in EUR per student per bekostigingsniveau.",
    "key.unit_weights": "Extra gewicht per eenheid (vermenigvuldigt de niveaugewichten).",
    "key.pool": "Wat elk jaar over de eenheden wordt verdeeld (basisscenario, vast bedrag, "
    "kadernota min centraal, of tarieven × studenten).",
    "key.pool_amount": "Het te verdelen bedrag per jaar (bij pool = amount).",
    "key.baseline": "Het scenario waartegen vloeren, plafonds en veranderingen worden gemeten.",
    "key.objective": "Doel van de optimalisatie: tariefverhoudingen behouden "
    "(tariff_ratios), de grootste relatieve verandering minimaliseren "
    "(min_max_change), of zo dicht mogelijk bij de gewichten (closest_to_weights).",
    "key.max_loss_pct": "Vloer: geen eenheid verliest meer dan dit percentage.",
    "key.max_gain_pct": "Plafond: geen eenheid wint meer dan dit percentage.",
    "key.max_loss_eur": "Vloer: geen eenheid verliest meer dan dit bedrag in EUR.",
    "key.max_gain_eur": "Plafond: geen eenheid wint meer dan dit bedrag in EUR.",
    "key.max_yearly_change_pct": "Grens op de verandering per eenheid van jaar op jaar, in %.",
    "revenue.rijksbijdrage": "Wat-als op de rijksbijdrage per jaar (bedrag of percentage).",
    "revenue.kadernota": "Wat-als op het kadernotabedrag per jaar (bedrag of percentage).",
    "oploop": "Het nog te alloceren bedrag (deels) toewijzen; niet gezet: niets extra toegewezen.",
    "oploop.share_pct": "Deel van het gekozen bedrag (oploop.part) dat wordt toegewezen, in %.",
    "oploop.part": "Waarop het deel slaat: het hele nog te alloceren bedrag (total), kadernota "
    "min toegewezen (kadernota: de oploop van de middelen die de sleutel nog niet toewijst) of "
    "rijksbijdrage min kadernota (rijksbijdrage: de bijstelling sinds de kadernota).",
    "oploop.reference_year": "Jaar waarvan de verhouding eenheden : centraal behouden blijft.",
    "inputs.units": "Werkboek met de budgeteenheden.",
    "inputs.students": "Werkboek met de EER-studentaantallen.",
    "inputs.funds": "Werkboek met de middelen en centrale initiatieven.",
    "inputs.plans": "Map met één planwerkboek per eenheid.",
    "checks.plan_deviation_pct": "Waarschuw als het plan van een eenheid meer dan dit "
    "percentage van de toewijzing afwijkt.",
    "inputs.realised": "Werkboek met de gerealiseerde bestedingen en baten (voor de monitoring).",
    "monitoring.underspend_pct": "Monitoring: signaleer onderbesteding als de prognose meer dan "
    "dit percentage onder de begroting ligt.",
    "monitoring.overspend_pct": "Monitoring: signaleer overbesteding als de prognose meer dan "
    "dit percentage boven de begroting ligt.",
    "monitoring.min_difference_eur": "Monitoring: verschillen kleiner dan dit bedrag in EUR "
    "worden niet gesignaleerd.",
}


def _field_docs(model: type[BaseModel], prefix: str = "") -> dict[str, str]:
    out: dict[str, str] = {}
    for name, f in model.model_fields.items():
        path = f"{prefix}{name}"
        out[path] = (f.description or "").replace("\n", " ")
    return out


def parameter_docs(scenario: Scenario, lang: str) -> dict[str, str]:
    """Description of every parameter path of this scenario, in the language asked."""
    if lang == "nl":
        return PARAMETERS_NL
    docs = _field_docs(type(scenario))
    docs.update(_field_docs(type(scenario.key), "key."))
    docs.update(_field_docs(type(scenario.inputs), "inputs."))
    docs.update(_field_docs(type(scenario.checks), "checks."))
    docs.update(_field_docs(type(scenario.revenue), "revenue."))
    docs.update(_field_docs(type(scenario.monitoring), "monitoring."))
    from qa_budget.scenario import Oploop

    docs.update(_field_docs(Oploop, "oploop."))
    return docs


def parameters(scenario: Scenario, mode: str = "python") -> list[tuple[str, Any]]:
    """Every parameter of the scenario as resolved (after inheritance and defaults)."""
    data = scenario.model_dump(mode=mode)
    out: list[tuple[str, Any]] = []
    for key, value in data.items():
        if isinstance(value, dict) and key in (
            "key",
            "inputs",
            "checks",
            "revenue",
            "oploop",
            "monitoring",
        ):
            for sub, v in value.items():
                out.append((f"{key}.{sub}", v))
        else:
            out.append((key, value))
    return out


def _binding_summary(result: Result) -> list[str]:
    """Binding constraints grouped per year and policy line, e.g. '2024: floor (FGW, FSW)'."""
    units = result.allocation.units
    if "binding" not in units.columns:
        return []
    out = []
    for year in result.inputs.years:
        rows = units.filter((pl.col("year") == year) & (pl.col("binding") != ""))
        kinds: dict[str, list[str]] = {}
        for unit, binding in rows.select("unit", "binding").iter_rows():
            kinds.setdefault(binding.rsplit(f"-{unit}-", 1)[0], []).append(unit)
        out += [f"{year}: {k} ({', '.join(us)})" for k, us in kinds.items()]
    return out


T: dict[str, dict[str, str]] = {
    "title": {"nl": "Toelichting op de methode", "en": "Method note"},
    "key": {"nl": "Verdeelsleutel", "en": "Distribution key"},
    "params": {"nl": "Parameters van dit scenario", "en": "Parameters of this scenario"},
    "optimiser": {"nl": "Optimalisatie", "en": "Optimiser"},
    "rounding": {"nl": "Afronding", "en": "Rounding"},
    "data": {"nl": "Gebruikte gegevens", "en": "Data used"},
    "decides": {"nl": "Wie beslist", "en": "Who decides"},
    "results": {"nl": "Uitkomsten", "en": "Outcomes"},
}

TEXT: dict[str, dict[str, str]] = {
    "optimiser": {
        "nl": "Per jaar lost een lineair programma ({solver}) het basistarief op, met "
        "per beleidsregel een eigen groep restricties (pool, vloer, plafond, aandeel). "
        "Bindende restricties in deze uitkomst: {binding}. De uitkomst is gecontroleerd "
        "met exacte rekenkunde en in centen afgerond.",
        "en": "Each year a linear programme ({solver}) solves for the base tariff, "
        "with one family of constraints per policy line (pool, floor, cap, share). "
        "Binding constraints in this outcome: {binding}. The outcome is checked in exact "
        "arithmetic and rounded to cents.",
    },
    "no_optimiser": {
        "nl": "Deze sleutel heeft geen optimalisatie nodig: de toewijzing volgt direct uit de "
        "aantallen.",
        "en": "This key needs no optimiser: the allocation follows directly from the counts.",
    },
    "rounding": {
        "nl": "Alle bedragen worden exact in centen berekend. Bedragen in k EUR worden getoond "
        "met de grootste-restmethode, zodat elke kolom optelt tot het getoonde totaal en "
        "percentages tot 100; bij gelijke resten gaat de eenheid voor die eerst komt.",
        "en": "All amounts are computed exactly in cents. Amounts in k EUR are shown with the "
        "largest-remainder method, so every column adds up to its shown total and "
        "percentages to 100; equal remainders go to the line that comes first.",
    },
    "data": {
        "nl": "Alleen geaggregeerde aantallen EER-studenten per eenheid, jaar en "
        "bekostigingsniveau (een van nationaliteit afgeleide indicator, op groepsniveau); "
        "geen gegevens over personen. Verder: de middelen per jaar, de centrale "
        "initiatieven en de plannen van de eenheden (maatregelen per thema).",
        "en": "Only aggregated counts of EEA students per unit, year and funding tier (a "
        "nationality-derived indicator, at group level); no data about persons. "
        "Further: the funds per year, the central initiatives and the units' plans "
        "(measures per theme).",
    },
    "decides": {
        "nl": "Het programma rekent; het College van Bestuur besluit en de Universiteitsraad "
        "stemt in. Elke uitkomst kan met `qa-budget verify` worden nagerekend.",
        "en": "The tool computes; the Executive Board decides and the University Council "
        "consents. Every outcome can be recomputed with `qa-budget verify`.",
    },
}


def method_note(result: Result, lang: str = "nl") -> list[tuple[str, str]]:
    """The method note as (heading, text) sections."""
    s, a = result.scenario, result.allocation
    what = s.key.explanation(lang)
    docs = parameter_docs(s, lang)
    params = "\n".join(
        f"- {path} = {json_value(v)}: {docs.get(path, '')}" for path, v in parameters(s)
    )
    if a.models:
        binding = "; ".join(_binding_summary(result)) or ("geen" if lang == "nl" else "none")
        optimiser = TEXT["optimiser"][lang].format(solver=a.solver, binding=binding)
    else:
        optimiser = TEXT["no_optimiser"][lang]
    outcomes = "\n".join(f"- {f.year}: " + _outcome(f, lang) for f in result.reconciliation.years)
    sections = [
        (T["key"][lang], what + (f" ({a.method})" if lang == "en" else "")),
        (T["params"][lang], params),
        (T["optimiser"][lang], optimiser),
        (T["rounding"][lang], TEXT["rounding"][lang]),
        (T["data"][lang], TEXT["data"][lang]),
        (T["decides"][lang], TEXT["decides"][lang]),
        (T["results"][lang], outcomes),
    ]
    if result.notes:
        sections.append(
            ("Notes" if lang == "en" else "Opmerkingen", "\n".join(f"- {n}" for n in result.notes))
        )
    return sections


def _outcome(f: Any, lang: str) -> str:
    if lang == "nl":
        return (
            f"baten {format_eur(f.rijksbijdrage)}, toegewezen {format_eur(f.allocated)} "
            f"(eenheden {format_eur(f.unit_allocations)}, centraal "
            f"{format_eur(f.central_charged)}), nog te alloceren "
            f"{format_eur(f.still_to_allocate)}, resultaat {format_eur(f.result)}"
        )
    return (
        f"revenue {format_eur(f.rijksbijdrage)}, allocated {format_eur(f.allocated)} "
        f"(units {format_eur(f.unit_allocations)}, central {format_eur(f.central_charged)}), "
        f"still to allocate {format_eur(f.still_to_allocate)}, result {format_eur(f.result)}"
    )


def json_value(v: Any) -> str:
    """A parameter value as written in a scenario file."""
    if isinstance(v, str):
        return f'"{v}"'
    if v is None:
        return "(not set)"
    if isinstance(v, Decimal):
        return f"{v.normalize():f}"
    if isinstance(v, dict):
        if not v:
            return "{}"
        return "{ " + ", ".join(f"{k} = {json_value(x)}" for k, x in v.items()) + " }"
    if isinstance(v, list):
        return "[" + ", ".join(json_value(x) for x in v) + "]"
    return str(v)


def markdown(result: Result, lang: str = "nl") -> str:
    """The method note as Markdown."""
    s = result.scenario
    lines = [f"# {T['title'][lang]}: {s.display_title}", ""]
    if s.description:
        lines += [s.description, ""]
    for heading, text in method_note(result, lang):
        lines += [f"## {heading}", "", text, ""]
    lines.append(f"qa-budget {__version__}")
    return "\n".join(lines) + "\n"


REGISTER_FIELDS = (
    "name",
    "short_description",
    "organisation",
    "theme",
    "status",
    "goal_and_impact",
    "considerations",
    "human_intervention",
    "risk_management",
    "legal_basis",
    "processing_register",
    "impact_assessment",
    "data",
    "technical_operation",
    "supplier",
    "source_code",
)


def register_record(result: Result, lang: str = "nl") -> dict[str, Any]:
    """A record with the fields of the Dutch algorithm register standard (docs/register.md)."""
    todo = TO_COMPLETE[lang]
    s, a = result.scenario, result.allocation
    sections = dict(method_note(result, lang))
    nl = lang == "nl"
    record = {
        "name": f"qa-budget: {s.display_title}",
        "short_description": (s.description or a.method),
        "organisation": todo,
        "theme": "Onderwijs en wetenschap" if nl else "Education and science",
        "status": todo,
        "goal_and_impact": (
            "Verdeling van de middelen kwaliteitsafspraken over de budgeteenheden en "
            "universiteitsbrede initiatieven; bepaalt hoeveel elke faculteit ontvangt voor "
            "onderwijskwaliteit."
            if nl
            else "Distribution of the quality-agreement funds over the budget units and "
            "university-wide initiatives; determines how much each faculty receives for "
            "education quality."
        ),
        "considerations": todo,
        "human_intervention": sections[T["decides"][lang]],
        "risk_management": todo,
        "legal_basis": todo,
        "processing_register": todo,
        "impact_assessment": todo,
        "data": sections[T["data"][lang]],
        "technical_operation": sections[T["key"][lang]]
        + " "
        + sections[T["optimiser"][lang]]
        + " "
        + sections[T["rounding"][lang]],
        "supplier": "qa-budget " + __version__ + (" (eigen beheer)" if nl else " (in-house)"),
        "source_code": todo,
        "parameters": dict(parameters(s, mode="json")),
    }
    assert set(REGISTER_FIELDS) <= set(record)
    return record


def unit_trace(result: Result, unit: str, year: int, lang: str = "en") -> Iterator[str]:
    """How one unit's allocation in one year came about, step by step, with every number."""
    a = result.allocation
    try:
        r = a.row(unit, year)
    except KeyError:
        units = ", ".join(a.units["unit"].unique(maintain_order=True).to_list())
        years = ", ".join(str(y) for y in result.inputs.years)
        raise QaBudgetError(
            f"no figure for unit '{unit}' in {year}; units: {units}; years: {years}"
        ) from None
    tiers = result.inputs.students.filter((pl.col("unit") == unit) & (pl.col("year") == year))
    yield f"{unit} {year} — {a.method}"
    for t in tiers.iter_rows(named=True):
        yield f"  EEA students{' ' + t['tier'] if t['tier'] else ''}: {t['count']:,}"
    yield from result.scenario.key.trace(a, result.inputs, unit, year)
    oploop = int(r.get("oploop") or 0)
    if oploop:
        yield f"  oploop: + {format_eur(oploop)}"
    yield f"  allocation {unit} {year}: {format_eur(r['allocation'])}"
