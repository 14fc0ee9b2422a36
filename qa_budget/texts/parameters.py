"""The texts of a scenario's parameters: what each one is, and its values in words (for the
method note of `qa-budget explain` and the notes that say what a scenario changed)."""

from __future__ import annotations

PARAMETERS: dict[str, dict[str, str]] = {
    "param.name": {
        "nl": "Korte naam (de map van de uitvoer)",
        "en": "Short name (the folder of the outputs)",
    },
    "param.title": {"nl": "Titel op de werkboeken", "en": "Title on the workbooks"},
    "param.description": {"nl": "Omschrijving", "en": "Description"},
    "param.years": {"nl": "Begrotingsjaren", "en": "Budget years"},
    "param.base": {"nl": "Gaat uit van het scenario", "en": "Starts from the scenario"},
    "param.key": {"nl": "Verdeelsleutel", "en": "Distribution key"},
    "param.key.kind": {"nl": "Soort verdeelsleutel", "en": "Kind of distribution key"},
    "param.key.amount_per_student": {
        "nl": "Bedrag per EER-student per jaar",
        "en": "Amount per EEA student per year",
    },
    "param.key.amounts": {"nl": "Bedragen per eenheid en jaar", "en": "Amounts per unit and year"},
    "param.key.weights": {"nl": "Gewicht per bekostigingsniveau", "en": "Weight per funding tier"},
    "param.key.tariffs": {
        "nl": "Tarief per student per bekostigingsniveau",
        "en": "Tariff per student per funding tier",
    },
    "param.key.unit_weights": {"nl": "Extra gewicht per eenheid", "en": "Extra weight per unit"},
    "param.key.pool": {
        "nl": "Wat elk jaar over de eenheden wordt verdeeld",
        "en": "What is shared over the units each year",
    },
    "param.key.pool_amount": {"nl": "Te verdelen bedrag per jaar", "en": "Pool per year"},
    "param.key.baseline": {
        "nl": "Basisscenario (waartegen vloer, plafond en verandering worden gemeten)",
        "en": "Baseline scenario (that floors, caps and changes are measured against)",
    },
    "param.key.objective": {"nl": "Doel van de optimalisatie", "en": "Objective of the optimiser"},
    "param.key.max_loss_pct": {
        "nl": "Vloer: maximaal verlies t.o.v. het basisscenario",
        "en": "Floor: largest loss against the baseline",
    },
    "param.key.max_gain_pct": {
        "nl": "Plafond: maximale winst t.o.v. het basisscenario",
        "en": "Cap: largest gain against the baseline",
    },
    "param.key.max_loss_eur": {
        "nl": "Vloer: maximaal verlies in euro",
        "en": "Floor: largest loss in euros",
    },
    "param.key.max_gain_eur": {
        "nl": "Plafond: maximale winst in euro",
        "en": "Cap: largest gain in euros",
    },
    "param.key.max_yearly_change_pct": {
        "nl": "Jaargrens: grootste verandering van jaar op jaar",
        "en": "Yearly limit: largest change from one year to the next",
    },
    "param.revenue.rijksbijdrage": {
        "nl": "Wat-als op de rijksbijdrage",
        "en": "What-if on the rijksbijdrage",
    },
    "param.revenue.kadernota": {"nl": "Wat-als op de kadernota", "en": "What-if on the kadernota"},
    "param.oploop": {
        "nl": "Toewijzen van het nog te alloceren bedrag (oploop)",
        "en": "Handing out the still-to-allocate amount (oploop)",
    },
    "param.oploop.share_pct": {
        "nl": "Oploop: deel dat wordt toegewezen",
        "en": "Oploop: share handed out",
    },
    "param.oploop.part": {
        "nl": "Oploop: waarop het deel slaat",
        "en": "Oploop: what the share applies to",
    },
    "param.oploop.reference_year": {
        "nl": "Oploop: jaar waarvan de verhouding eenheden : centraal blijft",
        "en": "Oploop: year whose ratio units : central is kept",
    },
    "param.inputs.units": {
        "nl": "Werkboek met de budgeteenheden",
        "en": "Workbook with the budget units",
    },
    "param.inputs.students": {
        "nl": "Werkboek met de EER-studentaantallen",
        "en": "Workbook with the EEA-student counts",
    },
    "param.inputs.funds": {
        "nl": "Werkboek met de middelen en centrale initiatieven",
        "en": "Workbook with the funds and central initiatives",
    },
    "param.inputs.plans": {
        "nl": "Map met één plan per eenheid",
        "en": "Folder with one plan per unit",
    },
    "param.inputs.realised": {
        "nl": "Werkboek met de gerealiseerde bestedingen (monitoring)",
        "en": "Workbook with the realised spending (monitoring)",
    },
    "param.inputs.indicators": {
        "nl": "Werkboek met de indicatoren (voortgangsrapportage)",
        "en": "Workbook with the indicators (progress report)",
    },
    "param.inputs.previous_plans": {
        "nl": "Map met de vorige versie van elk plan",
        "en": "Folder with the previous version of each plan",
    },
    "param.checks.plan_deviation_pct": {
        "nl": "Signaal bij een plan dat meer van de toewijzing afwijkt dan",
        "en": "Flag a plan that differs from the allocation by more than",
    },
    "param.checks.allow_unfunded_plans": {
        "nl": "Plannen van eenheden zonder toewijzing toegestaan",
        "en": "Plans of units without an allocation allowed",
    },
    "param.monitoring.underspend_pct": {
        "nl": "Monitoring: onderbesteding gesignaleerd bij meer dan",
        "en": "Monitoring: underspending flagged beyond",
    },
    "param.monitoring.overspend_pct": {
        "nl": "Monitoring: overbesteding gesignaleerd bij meer dan",
        "en": "Monitoring: overspending flagged beyond",
    },
    "param.monitoring.min_difference_eur": {
        "nl": "Monitoring: kleinere verschillen niet gesignaleerd dan",
        "en": "Monitoring: smaller differences not flagged than",
    },
    "param.indicators.min_group_size": {
        "nl": "Indicatoren: waarden van minder personen onderdrukt dan",
        "en": "Indicators: values of fewer persons suppressed than",
    },
    "param.plan_round.deadline": {
        "nl": "Planronde: laatste dag om op tijd in te dienen",
        "en": "Plan round: last day to submit on time",
    },
    "param.plan_round.required_decision": {
        "nl": "Planronde: besluit van de faculteitsraad dat een plan nodig heeft",
        "en": "Plan round: the faculty council's decision a plan needs",
    },
    "param.rules.theme6_not_charged": {
        "nl": "Regel: thema 6 (onderwijsfaciliteiten) niet ten laste van de kwaliteitsmiddelen",
        "en": "Rule: theme 6 (educational facilities) not charged to the quality funds",
    },
    "param.rules.common_initiatives": {
        "nl": "Regel: gemeenschappelijke initiatieven noemen een verantwoordelijke en voldoen "
        "aan de vier criteria",
        "en": "Rule: common initiatives name who is responsible and meet the four criteria",
    },
    "param.rules.unit_budgets_kept": {
        "nl": "Regel: geen eenheid krijgt minder dan haar vorige toewijzing",
        "en": "Rule: no unit receives less than its previous allocation",
    },
    "param.rules.budgets_against": {
        "nl": "Regel: de vorige toewijzing is die van",
        "en": "Rule: the previous allocation is that of",
    },
}

PARAMETER_VALUES: dict[str, dict[str, str]] = {
    "value.not_set": {"nl": "niet gezet", "en": "not set"},
    "value.none": {"nl": "geen", "en": "none"},
    "value.every_year": {"nl": "alle jaren", "en": "every year"},
    "value.other_years": {"nl": "de overige jaren", "en": "the other years"},
    "value.persons": {"nl": "{n} personen", "en": "{n} persons"},
    "value.kind.uniform": {
        "nl": "gelijk bedrag per EER-student",
        "en": "the same amount per EEA student",
    },
    "value.kind.tariff": {
        "nl": "tariefdifferentiatie naar bekostigingsniveau",
        "en": "tariff differentiation by funding tier",
    },
    "value.kind.explicit": {
        "nl": "bedragen per eenheid zoals het scenario ze noemt",
        "en": "amounts per unit as the scenario gives them",
    },
    "value.oploop.total": {
        "nl": "het hele nog te alloceren bedrag",
        "en": "the whole still-to-allocate amount",
    },
    "value.oploop.kadernota": {
        "nl": "kadernota min toegewezen (de oploop van de middelen)",
        "en": "kadernota minus allocated (the rise of the funds)",
    },
    "value.oploop.rijksbijdrage": {
        "nl": "rijksbijdrage min kadernota (de bijstelling sinds de kadernota)",
        "en": "rijksbijdrage minus kadernota (the update since the kadernota)",
    },
    "value.level.off": {"nl": "uit", "en": "off"},
    "value.level.warning": {"nl": "waarschuwing", "en": "warning"},
    "value.level.error": {"nl": "fout (de berekening stopt)", "en": "error (the run stops)"},
    "value.against.previous_year": {"nl": "het jaar ervoor", "en": "the year before"},
    "value.against.baseline": {"nl": "het basisscenario", "en": "the baseline scenario"},
    "value.decision.instemming": {"nl": "instemming", "en": "consent (instemming)"},
    "value.decision.advies": {"nl": "advies", "en": "advice (advies)"},
    "value.yes": {"nl": "ja", "en": "yes"},
    "value.no": {"nl": "nee", "en": "no"},
    "value.change": {"nl": "{old} → {new}", "en": "{old} → {new}"},
}

NOTES: dict[str, dict[str, str]] = {
    "note_revenue_rijksbijdrage": {
        "nl": "rijksbijdrage {year}: {old} -> {new} ({change})",
        "en": "rijksbijdrage {year}: {old} -> {new} ({change})",
    },
    "note_revenue_kadernota": {
        "nl": "kadernota {year}: {old} -> {new} ({change})",
        "en": "kadernota {year}: {old} -> {new} ({change})",
    },
    "note_oploop": {
        "nl": "oploop {year}: {handed_out} van {part} ({base}) toegewezen: eenheden {units}, "
        "centraal {central}",
        "en": "oploop {year}: {handed_out} of {part} {base} handed out: units {units}, central "
        "{central}",
    },
    "note_oploop_capped": {
        "nl": "oploop {year}: {handed_out} van {part} ({base}) toegewezen: eenheden {units}, "
        "centraal {central} (begrensd tot het hele nog te alloceren bedrag, "
        "{still_to_allocate}: de rijksbijdrage ligt onder de kadernota)",
        "en": "oploop {year}: {handed_out} of {part} {base} handed out: units {units}, central "
        "{central} (limited to the whole still to allocate, {still_to_allocate}: the "
        "rijksbijdrage is below the kadernota)",
    },
    "note_oploop_no_units": {
        "nl": "oploop {year}: niets toegewezen: geen eenheid krijgt dit jaar een toewijzing van "
        "de verdeelsleutel (geen EER-studenten), dus het deel van de eenheden kan niet naar "
        "verhouding worden verdeeld en de verhouding kan niet blijven; {still_to_allocate} "
        "blijft nog te alloceren",
        "en": "oploop {year}: nothing handed out: no unit has an allocation under the key this "
        "year (no EEA students), so the units' part cannot be spread in proportion to it and "
        "the ratio cannot be kept; {still_to_allocate} stays still to allocate",
    },
    "note_part_total": {"nl": "het nog te alloceren bedrag", "en": "still to allocate"},
    "note_part_kadernota": {"nl": "kadernota min toegewezen", "en": "kadernota minus allocated"},
    "note_part_rijksbijdrage": {
        "nl": "rijksbijdrage min kadernota",
        "en": "rijksbijdrage minus kadernota",
    },
}
