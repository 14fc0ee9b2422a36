"""The texts of `qa-budget explain`: the method note and the parameters (the register record's
texts are in `texts/register.py`)."""

from __future__ import annotations

EXPLAIN_HEADINGS: dict[str, dict[str, str]] = {
    "explain_title": {"nl": "Toelichting op de methode", "en": "Method note"},
    "explain_key": {"nl": "Verdeelsleutel", "en": "Distribution key"},
    "explain_params": {"nl": "Parameters van dit scenario", "en": "Parameters of this scenario"},
    "explain_optimiser": {"nl": "Optimalisatie", "en": "Optimiser"},
    "explain_rounding": {"nl": "Afronding", "en": "Rounding"},
    "explain_data": {"nl": "Gebruikte gegevens", "en": "Data used"},
    "explain_decides": {"nl": "Wie beslist", "en": "Who decides"},
    "explain_results": {"nl": "Uitkomsten", "en": "Outcomes"},
    "explain_notes": {
        "nl": "Wat dit scenario verandert",
        "en": "What this scenario changes",
    },
}

EXPLAIN_TEXTS: dict[str, dict[str, str]] = {
    "explain_optimiser_text": {
        "nl": "Per jaar lost een lineair programma ({solver}) het basistarief op, met "
        "per beleidsregel een eigen groep voorwaarden (het te verdelen bedrag, de vloer, het "
        "plafond, het aandeel per eenheid). Grenzen in deze uitkomst: {binding}. De uitkomst "
        "is gecontroleerd met exacte rekenkunde en in centen afgerond.",
        "en": "Each year a linear programme ({solver}) solves for the base tariff, "
        "with one family of constraints per policy line (the pool, the floor, the cap, each "
        "unit's share). Limits in this outcome: {binding}. The outcome is checked in exact "
        "arithmetic and rounded to cents.",
    },
    "explain_no_optimiser_text": {
        "nl": "Deze sleutel heeft geen optimalisatie nodig: de toewijzing volgt direct uit de "
        "aantallen.",
        "en": "This key needs no optimiser: the allocation follows directly from the counts.",
    },
    "explain_rounding_text": {
        "nl": "Alle bedragen worden exact in centen berekend. Bedragen in k EUR worden getoond "
        "met de grootste-restmethode, zodat elke kolom optelt tot het getoonde totaal en "
        "percentages tot 100; bij gelijke resten gaat de eenheid voor die eerst komt.",
        "en": "All amounts are computed exactly in cents. Amounts in k EUR are shown with the "
        "largest-remainder method, so every column adds up to its shown total and "
        "percentages to 100; equal remainders go to the line that comes first.",
    },
    "explain_data_text": {
        "nl": "Alleen geaggregeerde aantallen EER-studenten per eenheid, jaar en "
        "bekostigingsniveau (een van nationaliteit afgeleide indicator, op groepsniveau); "
        "geen gegevens over personen. Verder: de middelen per jaar, de centrale "
        "initiatieven en de plannen van de eenheden (maatregelen per thema).",
        "en": "Only aggregated counts of EEA students per unit, year and funding tier (a "
        "nationality-derived indicator, at group level); no data about persons. "
        "Further: the funds per year, the central initiatives and the units' plans "
        "(measures per theme).",
    },
    "explain_decides_text": {
        "nl": "Het programma rekent; mensen besluiten. Het College van Bestuur besluit over de "
        "verdeling (in de kadernota), de Universiteitsraad stemt in met het kader (de "
        "verdeelsleutel en de hoofdlijnen van de begroting) en elke faculteitsraad stemt in met "
        "het plan van de eigen faculteit. Elke uitkomst kan met `qa-budget verify` worden "
        "nagerekend.",
        "en": "The tool computes; people decide. The Executive Board decides on the allocation "
        "(in the budget framework, kadernota), the University Council consents to the framework "
        "(the distribution key and the main lines of the budget) and each faculty council "
        "consents to its own faculty's plan. Every outcome can be recomputed with "
        "`qa-budget verify`.",
    },
}

# How one unit's figure came about (`qa-budget explain --unit U --year Y`), line by line.
EXPLAIN_TRACE: dict[str, dict[str, str]] = {
    "trace_students": {"nl": "EER-studenten{tier}: {count}", "en": "EEA students{tier}: {count}"},
    "trace_uniform": {
        "nl": "studenten × bedrag per student = {students} × {amount} = {allocation}",
        "en": "students × amount per student = {students} × {amount} = {allocation}",
    },
    "trace_explicit": {
        "nl": "bedrag zoals het scenario het noemt: {amount}",
        "en": "amount given in the scenario: {amount}",
    },
    "trace_weighted": {"nl": "gewogen studenten = {parts}", "en": "weighted students = {parts}"},
    "trace_unit_weight": {"nl": ", × gewicht eenheid {weight}", "en": ", × unit weight {weight}"},
    "trace_base_tariff": {
        "nl": "basistarief {year}: {tariff} per gewogen student (te verdelen {pool})",
        "en": "base tariff {year}: {tariff} per weighted student (pool {pool})",
    },
    "trace_formula": {
        "nl": "formulebedrag = basistarief × gewogen studenten = {amount}",
        "en": "formula amount = base tariff × weighted students = {amount}",
    },
    "trace_baseline": {
        "nl": "basisscenario ({baseline}): {amount}",
        "en": "baseline ({baseline}): {amount}",
    },
    "trace_top_up": {
        "nl": "{limit} bereikt: aangevuld met {amount} tot {allocation}",
        "en": "{limit} reached: topped up by {amount} to {allocation}",
    },
    "trace_skim": {
        "nl": "{limit} bereikt: {amount} afgeroomd tot {allocation}",
        "en": "{limit} reached: {amount} skimmed to {allocation}",
    },
    "trace_no_limit": {
        "nl": "geen vloer of plafond bereikt: het formulebedrag blijft staan",
        "en": "no floor or cap reached: the formula amount stands",
    },
    "trace_effect": {
        "nl": "tegenover dezelfde pot met dezelfde sleutel zonder vangnet en plafond ({free}) "
        "is het effect van vangnet en plafond {effect}: het cijfer van de werkmappen (de "
        "aanvulling of afroming hierboven meet tegen het basistarief van dit scenario, dat door "
        "vangnet en plafond zelf lager of hoger uitvalt)",
        "en": "against the same pool shared by the same key without floors and caps ({free}) "
        "the effect of floors and caps is {effect}: the figure in the workbooks (the top-up or "
        "skim above is measured against this scenario's base tariff, which floors and caps "
        "themselves move)",
    },
    "trace_rounding": {
        "nl": "afronding: exacte bedragen naar hele centen met de grootste-restmethode, het te "
        "verdelen bedrag tot op de cent besteed -> {allocation}",
        "en": "rounding: exact amounts to whole cents by largest remainder, the pool spent to "
        "the cent -> {allocation}",
    },
    "trace_change": {
        "nl": "verschil met {baseline}: {amount} ({pct})",
        "en": "change against {baseline}: {amount} ({pct})",
    },
    "trace_oploop": {"nl": "oploop: + {amount}", "en": "oploop: + {amount}"},
    "trace_allocation": {
        "nl": "toewijzing {unit} {year}: {amount}",
        "en": "allocation {unit} {year}: {amount}",
    },
}

EXPLAIN: dict[str, dict[str, str]] = EXPLAIN_HEADINGS | EXPLAIN_TEXTS | EXPLAIN_TRACE
