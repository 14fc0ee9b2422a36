"""The texts of the overview and faculty-board workbooks."""

from __future__ import annotations

REPORT: dict[str, dict[str, str]] = {
    # overview
    "overview_title": {"nl": "Kwaliteitsafspraken — {title}", "en": "Quality agreements — {title}"},
    "overview_overallocated": {
        "nl": "Let op: in {years} wijst het scenario meer toe dan de baten volgens de "
        "rijksbijdrage (nog te alloceren is negatief); het verschil komt ten laste van de "
        "reserves.",
        "en": "Note: in {years} the scenario allocates more than the revenue per rijksbijdrage "
        "(still to allocate is negative); the difference is drawn from reserves.",
    },
    "overview_subtitle": {
        "nl": "bedragen in k EUR; B = begroting. Afgerond met de grootste-restmethode: elke "
        "kolom telt op tot het getoonde totaal (exacte bedragen in EUR op de andere bladen).",
        "en": "amounts in k EUR; B = budget. Rounded with the largest-remainder "
        "method: every column adds up to its shown total (exact amounts in EUR on the other "
        "sheets).",
    },
    "eur_exact": {
        "nl": "bedragen in EUR, exact tot op de cent",
        "en": "amounts in EUR, exact to the cent",
    },
    "central_subtitle": {
        "nl": "bedragen in EUR; ten laste = ja: betaald uit de middelen kwaliteitsafspraken; "
        "nee: andere bron (ter informatie getoond, niet ten laste gebracht)",
        "en": "amounts in EUR; charged = yes: paid from the quality-agreement funds; no: "
        "another source (shown for information, not charged)",
    },
    "checks_subtitle": {
        "nl": "Elke identiteit, met formules berekend uit de andere bladen; controles in EUR "
        "kloppen tot op de cent, controles in k EUR op de getoonde hele getallen.",
        "en": "Every identity, computed by formulas from the other sheets; EUR checks must "
        "hold to the cent, k-EUR checks to the shown whole numbers.",
    },
    "fail": {"nl": "FOUT", "en": "FAIL"},
    "chk_revenue": {
        "nl": "EUR: rijksbijdrage = toewijzing eenheden + centraal ten laste + nog te alloceren",
        "en": "EUR: rijksbijdrage = unit allocations + central charged + still to allocate",
    },
    "chk_still": {
        "nl": "EUR: nog te alloceren = (rijksbijdrage − kadernota) + (kadernota − toegewezen)",
        "en": "EUR: still to allocate = (rijksbijdrage − kadernota) + (kadernota − allocated)",
    },
    "chk_spending": {
        "nl": "EUR: lasten = plannen eenheden + centraal ten laste",
        "en": "EUR: spending = unit plans + central charged",
    },
    "chk_result": {
        "nl": "EUR: resultaat = rijksbijdrage − lasten − nog te alloceren",
        "en": "EUR: result = rijksbijdrage − spending − still to allocate",
    },
    "chk_k_revenue": {
        "nl": "k EUR: baten = lasten + nog te alloceren + resultaat (zoals getoond)",
        "en": "k EUR: revenue = spending + still to allocate + result (as shown)",
    },
    "chk_k_allocated": {
        "nl": "k EUR: toegewezen = toewijzing eenheden + centraal (zoals getoond)",
        "en": "k EUR: allocated = unit allocations + central (as shown)",
    },
    "chk_k_still": {
        "nl": "k EUR: nog te alloceren = de som van zijn twee delen (zoals getoond)",
        "en": "k EUR: still to allocate = its two parts (as shown)",
    },
    "chk_pct": {
        "nl": "%: de themapercentages tellen op tot 100",
        "en": "%: theme percentages add up to 100",
    },
    "provenance_title": {"nl": "Herkomst", "en": "Provenance"},
    "scenario": {"nl": "Scenario", "en": "Scenario"},
    "years": {"nl": "Jaren", "en": "Years"},
    "prov_scenario_file": {"nl": "scenariobestand", "en": "scenario file"},
    "prov_title": {"nl": "titel", "en": "title"},
    "prov_key": {"nl": "verdeelsleutel", "en": "distribution key"},
    "prov_rounding": {"nl": "afronding", "en": "rounding"},
    "prov_rounding_text": {
        "nl": "exacte centen; k EUR getoond met de grootste-restmethode, zodat kolommen optellen",
        "en": "exact cents; k EUR shown with largest-remainder rounding so columns add up",
    },
    "prov_fingerprint": {
        "nl": "vingerafdruk invoer (SHA-256 over de bestanden)",
        "en": "inputs fingerprint (SHA-256 over the files)",
    },
    "prov_input_files": {"nl": "invoerbestanden (SHA-256)", "en": "input files (SHA-256)"},
    "fingerprint": {"nl": "invoer SHA-256", "en": "inputs SHA-256"},
    # published against computed
    "pub_title": {"nl": "Gepubliceerd tegenover berekend", "en": "Published against computed"},
    "pub_subtitle": {
        "nl": "Bron: {file}. Berekend = zoals getoond op het blad Overzicht (k EUR, "
        "grootste-restmethode; hele percentages). Afwijkingen en gebreken zijn gemarkeerd.",
        "en": "Source: {file}. Computed = as shown on the sheet Overview (k EUR, "
        "largest-remainder method; whole percentages). Differences and flaws are flagged.",
    },
    "pub_count_differences": {
        "nl": "Gepubliceerde cijfers die afwijken van de berekende",
        "en": "Published figures that differ from the computed ones",
    },
    "pub_count_flaws": {
        "nl": "Gebreken in de gepubliceerde tabel zelf",
        "en": "Flaws in the published table itself",
    },
    "pub_table": {"nl": "De gepubliceerde tabel", "en": "The published table"},
    "pub_percentages": {
        "nl": "De gepubliceerde themapercentages (%)",
        "en": "The published theme percentages (%)",
    },
    "pub_against_computed": {
        "nl": "Gepubliceerd naast berekend (begroting, berekende jaren)",
        "en": "Published beside computed (budget, computed years)",
    },
    "pub_self": {
        "nl": "De gepubliceerde tabel tegen zichzelf",
        "en": "The published table against itself",
    },
    "published": {"nl": "Gepubliceerd", "en": "Published"},
    "computed": {"nl": "Berekend", "en": "Computed"},
    "explanation": {"nl": "Toelichting", "en": "Explanation"},
    "column": {"nl": "Kolom", "en": "Column"},
    "equal": {"nl": "gelijk", "en": "equal"},
    "differs": {"nl": "wijkt af", "en": "differs"},
    "flaw": {"nl": "gebrek", "en": "flaw"},
    "pub_note_column": {
        "nl": "de gepubliceerde kolom telt niet op (zie hieronder); de berekende wel",
        "en": "the published column does not add up (see below); the computed one does",
    },
    "pub_note_rounding": {
        "nl": "afronding (1 k EUR)",
        "en": "rounding (1 k EUR)",
    },
    "pub_note_real": {
        "nl": "meer dan een afrondingsverschil: controleer de invoer",
        "en": "more than a rounding difference: check the inputs",
    },
    "pub_note_pct_amounts": {
        "nl": "volgt niet uit de gepubliceerde bedragen",
        "en": "does not follow from the published amounts",
    },
    "pub_note_pct_sum": {
        "nl": "gepubliceerde percentages tellen niet op tot 100",
        "en": "published percentages do not add up to 100",
    },
    "pub_note_pct_rounding": {
        "nl": "afronding (grootste-restmethode, telt op tot 100)",
        "en": "rounding (largest remainder, adds up to 100)",
    },
    "pub_rule_themes_sum": {
        "nl": "som van de thema's = totaal lasten",
        "en": "sum of the themes = total spending",
    },
    "pub_rule_result_identity": {
        "nl": "resultaat = baten rijksbijdrage − totaal lasten − nog te alloceren",
        "en": "result = revenue rijksbijdrage − total spending − still to allocate",
    },
    "pub_rule_pct_sum": {
        "nl": "de percentages tellen op tot 100",
        "en": "the percentages add up to 100",
    },
    "pub_rule_pct_follows": {
        "nl": "percentage thema {theme} volgt uit de bedragen (binnen 1 procentpunt)",
        "en": "percentage of theme {theme} follows from the amounts (within 1 point)",
    },
    # method (plain language)
    "method_uniform": {
        "nl": "Elke eenheid krijgt een gelijk bedrag van {amount} per EER-student per jaar.",
        "en": "Every unit receives the same amount of {amount} per EEA student per year.",
    },
    "method_tariff": {
        "nl": "Tariefdifferentiatie naar bekostigingsniveau ({weights}): elke eenheid krijgt het "
        "basistarief × haar gewogen studenten, binnen haar vloer en plafond ({limits}); "
        "te verdelen: {pool}; doel: {objective}.",
        "en": "Tariff differentiation by funding tier ({weights}): every unit receives the base "
        "tariff × its weighted students, within its floor and cap ({limits}); pool: {pool}; "
        "objective: {objective}.",
    },
    "method_no_limits": {"nl": "geen vloeren of plafonds", "en": "no floors or caps"},
    "key_uniform_explained": {
        "nl": "Elke eenheid krijgt per jaar een vast bedrag van {amount} per ingeschreven "
        "EER-student (studenten uit de Europese Economische Ruimte, de door de overheid "
        "bekostigde studenten). Toewijzing = aantal EER-studenten × {amount}.",
        "en": "Every unit receives a fixed {amount} per enrolled EEA student per year (students "
        "from the European Economic Area, the students the government funds). "
        "Allocation = EEA students × {amount}.",
    },
    "key_tariff_explained": {
        "nl": "Tariefdifferentiatie: studenten tellen zwaarder naarmate hun opleiding een "
        "hoger bekostigingsniveau heeft ({weights}). Elke eenheid krijgt het "
        "basistarief × haar gewogen studenten, maar nooit minder dan haar vloer en nooit "
        "meer dan haar plafond; het basistarief wordt zo gekozen dat het te verdelen "
        "bedrag precies wordt besteed.",
        "en": "Tariff differentiation: students count more heavily as their programme's funding "
        "tier is higher ({weights}). Every unit receives the base tariff × its "
        "weighted students, but never less than its floor nor more than its cap; the base "
        "tariff is set so that the pool is spent exactly.",
    },
    "key_tariff_weights": {"nl": "gewichten", "en": "weights"},
    "key_tariff_tariffs": {"nl": "tarieven per student", "en": "tariffs per student"},
    "key_tariff_limits": {
        "nl": "Grenzen ten opzichte van het scenario {baseline}: {limits}.",
        "en": "Limits against the scenario {baseline}: {limits}.",
    },
    "key_limit_loss_pct": {
        "nl": "geen eenheid verliest meer dan {value}",
        "en": "no unit loses more than {value}",
    },
    "key_limit_gain_pct": {
        "nl": "geen eenheid wint meer dan {value}",
        "en": "no unit gains more than {value}",
    },
    "key_limit_loss_eur": {
        "nl": "geen eenheid verliest meer dan {value}",
        "en": "no unit loses more than {value}",
    },
    "key_limit_gain_eur": {
        "nl": "geen eenheid wint meer dan {value}",
        "en": "no unit gains more than {value}",
    },
    "key_limit_yearly_pct": {
        "nl": "geen eenheid verandert meer dan {value} van jaar op jaar",
        "en": "no unit changes more than {value} from one year to the next",
    },
    "key_explicit_explained": {
        "nl": "Elke eenheid krijgt per jaar het bedrag dat het scenario voor haar noemt; de "
        "bedragen zijn vastgesteld, niet berekend uit aantallen studenten.",
        "en": "Every unit receives each year the amount the scenario gives it; the amounts are "
        "decided, not computed from student counts.",
    },
    "method_explicit": {
        "nl": "Elke eenheid krijgt het bedrag dat het scenario voor haar per jaar noemt.",
        "en": "Every unit receives the amount the scenario gives it for each year.",
    },
    "method_oploop": {
        "nl": "Daarna is {share}% van het nog te alloceren bedrag toegewezen, met behoud van de "
        "verhouding eenheden : centraal.",
        "en": "Then {share}% of the still-to-allocate amount was handed out, keeping the ratio "
        "units : central.",
    },
    "method_key": {"nl": "Verdeelsleutel", "en": "Distribution key"},
    "method_parameters": {"nl": "Parameters", "en": "Parameters"},
    "method_parameters_uniform": {
        "nl": "bedrag per EER-student {amount}; signaal bij een plan dat meer dan {pct}% "
        "van de toewijzing afwijkt",
        "en": "amount per EEA student {amount}; a plan that differs from the allocation by "
        "more than {pct}% is flagged",
    },
    "method_binding": {"nl": "Grenzen: waar bereikt", "en": "Limits: where reached"},
    "fac_limits": {
        "nl": "Vloer en plafond van de verdeelsleutel voor {unit}:",
        "en": "The key's floor and cap for {unit}:",
    },
    "method_adjustment": {"nl": "Vangnet en plafond", "en": "Floors and caps"},
    "method_no_adjustment": {
        "nl": "geen: elke eenheid krijgt precies het bedrag van de verdeelsleutel",
        "en": "none: every unit receives exactly the amount of the key",
    },
    "method_data": {"nl": "Gegevens", "en": "Data"},
    "method_data_text": {
        "nl": "Alleen geaggregeerde aantallen EER-studenten per eenheid, jaar en "
        "bekostigingsniveau; geen gegevens over personen. Bedragen worden exact in centen "
        "berekend.",
        "en": "Only aggregated counts of EEA students per unit, year and funding tier; no data "
        "about persons. Amounts are computed exactly in cents.",
    },
    # faculty board
    "fac_baseline": {"nl": "Toewijzing in het basisscenario", "en": "Allocation in the baseline"},
    "fac_change": {"nl": "Verschil met het basisscenario", "en": "Change against the baseline"},
    "fac_change_pct": {
        "nl": "Verschil met het basisscenario (%)",
        "en": "Change against the baseline (%)",
    },
    "fac_deviation_pct": {
        "nl": "Plan min toewijzing, in % van de toewijzing",
        "en": "Plan minus allocation, as % of the allocation",
    },
    "fac_signal": {
        "nl": "Signaal: het verschil komt ...",
        "en": "Signal: the difference is ...",
    },
    "theme_name": {"nl": "Thema (naam)", "en": "Theme (name)"},
    "fac_signal_more": {"nl": "uit eigen reserves", "en": "from own reserves"},
    "fac_signal_less": {"nl": "blijft onbesteed", "en": "left unspent"},
    "fac_signal_equal": {"nl": "in balans", "en": "balanced"},
    "fac_signal_note": {
        "nl": "Plant de eenheid meer uit te geven dan zij toegewezen krijgt, dan betaalt zij het "
        "verschil uit eigen reserves; plant zij minder, dan blijft het verschil onbesteed. Een "
        "afwijking van meer dan {pct}% van de toewijzing is geel gemarkeerd.",
        "en": "When the unit plans to spend more than it is allocated, it pays the difference "
        "from its own reserves; when it plans less, the difference is left unspent. A "
        "difference of more than {pct}% of the allocation is marked yellow.",
    },
    "fac_summary_more": {
        "nl": "Samengevat: over {years} krijgt {unit} {alloc} toegewezen en plant het {plan} uit "
        "te geven. Het verschil van {diff} ({pct} van de toewijzing) betaalt {unit} uit eigen "
        "reserves.",
        "en": "In short: over {years} {unit} is allocated {alloc} and plans to spend {plan}. It "
        "pays the difference of {diff} ({pct} of the allocation) from its own reserves.",
    },
    "fac_summary_less": {
        "nl": "Samengevat: over {years} krijgt {unit} {alloc} toegewezen en plant het {plan} uit "
        "te geven. Het verschil van {diff} ({pct} van de toewijzing) blijft onbesteed.",
        "en": "In short: over {years} {unit} is allocated {alloc} and plans to spend {plan}. The "
        "difference of {diff} ({pct} of the allocation) is left unspent.",
    },
    "fac_summary_equal": {
        "nl": "Samengevat: over {years} krijgt {unit} {alloc} toegewezen en plant het precies "
        "dat bedrag uit te geven ({plan}; verschil {diff}, {pct}).",
        "en": "In short: over {years} {unit} is allocated {alloc} and plans to spend exactly "
        "that ({plan}; difference {diff}, {pct}).",
    },
    "fac_themes_title": {"nl": "Plan per thema", "en": "Plan by theme"},
    "fac_themes_subtitle": {
        "nl": "Het plan van de eenheid per thema (EUR en %), naast de verdeling van de "
        "universiteit als geheel (alle plannen en centrale initiatieven); verschil in "
        "procentpunten (pp).",
        "en": "The unit's plan by theme (EUR and %), beside the split of the university as a "
        "whole (all plans and central initiatives); difference in percentage points (pp).",
    },
    "fac_plan_eur": {"nl": "plan (EUR)", "en": "plan (EUR)"},
    "fac_plan_pct": {"nl": "plan (%)", "en": "plan (%)"},
    "fac_university_pct": {"nl": "universiteit (%)", "en": "university (%)"},
    "fac_difference_pp": {"nl": "verschil (pp)", "en": "difference (pp)"},
    "fac_measures_title": {"nl": "Maatregelen zoals ingediend", "en": "Measures as submitted"},
    "fac_measures_subtitle": {
        "nl": "Bedragen in EUR, zoals in het plan van de eenheid; een maatregel staat onder "
        "zijn hoofdthema. Wijzigingen: dien een nieuw plan in (plans/_sjabloon.xlsx).",
        "en": "Amounts in EUR, as in the unit's plan; a measure is listed under its main "
        "theme. Changes: submit a new plan (plans/_sjabloon.xlsx).",
    },
    "fac_no_measures": {
        "nl": "Geen plan ingediend: de geplande lasten tellen als 0.",
        "en": "No plan submitted: the planned spending counts as 0.",
    },
    "measure": {"nl": "Maatregel", "en": "Measure"},
    "fac_method_title": {"nl": "Toelichting", "en": "About this workbook"},
    "fac_method_subtitle": {
        "nl": "Hoe de toewijzing tot stand komt, in gewone taal.",
        "en": "How the allocation comes about, in plain language.",
    },
    "fac_reading": {"nl": "Lezen", "en": "Reading"},
    "fac_reading_text": {
        "nl": "De bladen zijn beveiligd (zonder wachtwoord) zodat er niet per ongeluk in wordt "
        "getypt. Cijfers met formules rekenen zichzelf na. De vingerafdruk in de voettekst "
        "noemt de invoerbestanden waaruit de werkmap is gemaakt.",
        "en": "The sheets are protected (without a password) so that nobody types in them by "
        "accident. Figures with formulas check themselves. The fingerprint in the footer names "
        "the input files the workbook was made from.",
    },
}

REPORT_SHEETS: dict[str, dict[str, str]] = {
    "published": {"nl": "Gepubliceerd", "en": "Published"},
    "fac_allocation": {"nl": "Toewijzing en plan", "en": "Allocation and plan"},
    "fac_themes": {"nl": "Plan per thema", "en": "Plan by theme"},
    "fac_measures": {"nl": "Maatregelen", "en": "Measures"},
    "monitoring": {"nl": "Monitoring", "en": "Monitoring"},
    "fac_method": {"nl": "Toelichting", "en": "About"},
}
