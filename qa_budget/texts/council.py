"""The texts of the council's comparison pack."""

from __future__ import annotations

COUNCIL: dict[str, dict[str, str]] = {
    "cmp_title": {
        "nl": "Vergelijking van verdeelscenario's",
        "en": "Comparison of allocation scenarios",
    },
    "cmp_intro": {
        "nl": "Basisscenario: {base}. Jaren {years}. Bedragen in EUR; een verschil is steeds het "
        "scenario min het basisscenario. {differs} De bladen hierna geven de cijfers per "
        "eenheid, per student, per thema en voor de hele universiteit; het blad Methode legt "
        "elk scenario uit.",
        "en": "Baseline: {base}. Years {years}. Amounts in EUR; a difference is always the "
        "scenario minus the baseline. {differs} The next sheets give the figures per unit, per "
        "student, per theme and for the university as a whole; the sheet Method explains each "
        "scenario.",
    },
    "cmp_only_key": {
        "nl": "Alle scenario's rekenen met dezelfde invoer; alleen de verdeelsleutel verschilt.",
        "en": "All scenarios use the same inputs; only the distribution key differs.",
    },
    "cmp_key_and_whatif": {
        "nl": "Alle scenario's lezen dezelfde invoer, maar niet alle rekenen met dezelfde "
        "middelen: naast de verdeelsleutel verschilt een wat-als op de baten of de oploop "
        "(per scenario hieronder).",
        "en": "All scenarios read the same inputs, but not all count with the same funds: "
        "beside the distribution key, a what-if on the revenue or the oploop differs (per "
        "scenario below).",
    },
    "cmp_scenarios": {"nl": "De scenario's", "en": "The scenarios"},
    "cmp_baseline": {"nl": "basis", "en": "baseline"},
    "cmp_alternative": {"nl": "alternatief", "en": "alternative"},
    "cmp_key_figures": {"nl": "Kerncijfers", "en": "Key figures"},
    "cmp_winners": {
        "nl": "Wie wint, wie verliest: {alt} tegenover {base}, {years} samen",
        "en": "Who gains, who loses: {alt} against {base}, {years} together",
    },
    "cmp_overallocated": {
        "nl": "Let op: {name} wijst in {years} meer toe dan de baten volgens de rijksbijdrage "
        "(nog te alloceren is negatief).",
        "en": "Note: {name} allocates more than the revenue per rijksbijdrage in {years} (still "
        "to allocate is negative).",
    },
    "cmp_gains": {"nl": "Grootste stijging", "en": "Largest gains"},
    "cmp_losses": {"nl": "Grootste daling", "en": "Largest losses"},
    "cmp_no_gains": {"nl": "geen eenheid gaat erop vooruit", "en": "no unit gains"},
    "cmp_no_losses": {"nl": "geen eenheid gaat erop achteruit", "en": "no unit loses"},
    "cmp_units_title": {"nl": "Toewijzing per eenheid", "en": "Allocation per unit"},
    "cmp_units_subtitle": {
        "nl": "Per eenheid de toewijzing onder elk scenario en het verschil met het "
        "basisscenario {base} (EUR en %). Gesorteerd van grootste winnaar naar grootste "
        "verliezer onder {first}; eerst alle jaren samen, dan per jaar.",
        "en": "Per unit the allocation under each scenario and the difference with the "
        "baseline {base} (EUR and %). Sorted from the largest winner to the largest loser under "
        "{first}; first all years together, then per year.",
    },
    "cmp_outcome": {"nl": "Uitkomst", "en": "Outcome"},
    "cmp_wins": {"nl": "wint", "en": "gains"},
    "cmp_loses": {"nl": "verliest", "en": "loses"},
    "cmp_same": {"nl": "gelijk", "en": "same"},
    "cmp_student_title": {
        "nl": "Effectief bedrag per EER-student",
        "en": "Effective amount per EEA student",
    },
    "cmp_student_subtitle": {
        "nl": "Toewijzing gedeeld door het aantal EER-studenten, per eenheid, jaar en scenario "
        "(EUR). Onder een uniforme sleutel is dat voor elke eenheid hetzelfde bedrag.",
        "en": "Allocation divided by the number of EEA students, per unit, year and scenario "
        "(EUR). Under a uniform key it is the same amount for every unit.",
    },
    "cmp_eur_per_student": {"nl": "EUR per student", "en": "EUR per student"},
    "cmp_university": {"nl": "Universiteit (alle eenheden)", "en": "University (all units)"},
    "cmp_themes_title": {
        "nl": "Thema's: nieuw plan tegenover het plan van 2018",
        "en": "Themes: the new plan against the 2018 plan",
    },
    "cmp_themes_subtitle": {
        "nl": "Verdeling van de geplande lasten (plannen eenheden plus centrale initiatieven) "
        "over de zes thema's, in % van het totaal. Nieuw plan = scenario {base}; plan 2018 uit "
        "reference.xlsx › Plan2018.",
        "en": "Split of the planned spending (unit plans plus central initiatives) over the six "
        "themes, in % of the total. New plan = scenario {base}; 2018 plan from reference.xlsx "
        "› Plan2018.",
    },
    "cmp_mix": {"nl": "Themaverdeling per jaar (%)", "en": "Theme mix per year (%)"},
    "cmp_new_plan": {"nl": "nieuw plan", "en": "new plan"},
    "cmp_plan2018": {"nl": "plan 2018", "en": "2018 plan"},
    "cmp_against_2018": {
        "nl": "Nieuw plan min plan 2018 (procentpunten)",
        "en": "New plan minus 2018 plan (percentage points)",
    },
    "cmp_no_plan2018": {
        "nl": "Geen plan 2018 voor deze jaren in reference.xlsx › Plan2018.",
        "en": "No 2018 plan for these years in reference.xlsx › Plan2018.",
    },
    "cmp_mix_per_scenario": {
        "nl": "Themaverdeling per scenario (%)",
        "en": "Theme mix per scenario (%)",
    },
    "cmp_mix_same": {
        "nl": "De themaverdeling is in elk scenario gelijk: zij volgt uit de plannen en de "
        "centrale initiatieven, niet uit de verdeelsleutel.",
        "en": "The theme mix is the same in every scenario: it follows from the plans and the "
        "central initiatives, not from the distribution key.",
    },
    "cmp_still_title": {
        "nl": "Nog te alloceren en resultaat per scenario",
        "en": "Still to allocate and result per scenario",
    },
    "cmp_charts_title": {"nl": "Grafieken", "en": "Charts"},
    "chart_allocation": {
        "nl": "Toewijzing per eenheid per scenario, {years} (EUR)",
        "en": "Allocation per unit per scenario, {years} (EUR)",
    },
    "chart_change": {
        "nl": "Verschil met het basisscenario {base}, {years} (EUR)",
        "en": "Change against the baseline {base}, {years} (EUR)",
    },
    "chart_themes": {
        "nl": "Themaverdeling per jaar: nieuw plan en plan 2018",
        "en": "Theme mix per year: new plan and 2018 plan",
    },
    "cmp_method_title": {"nl": "Methode per scenario", "en": "Method per scenario"},
    "cmp_reading": {"nl": "Hoe te lezen", "en": "How to read"},
    "cmp_reading_text": {
        "nl": "Het eerste scenario ({base}) is het basisscenario; elk verschil is een ander "
        "scenario min dat basisscenario. Alle bedragen zijn exact tot op de cent berekend en "
        "worden in hele euro's getoond. Cijfers met formules rekenen zichzelf na in Excel of "
        "LibreOffice. De themaverdeling volgt uit de plannen, niet uit de verdeelsleutel.",
        "en": "The first scenario ({base}) is the baseline; every difference is another "
        "scenario minus that baseline. All amounts are computed exactly to the cent and shown "
        "in whole euros. Figures with formulas check themselves in Excel or LibreOffice. The "
        "theme mix follows from the plans, not from the distribution key.",
    },
    "theme_short_1": {"nl": "Kleinschalig onderwijs", "en": "Small-scale education"},
    "theme_short_2": {"nl": "Differentiatie", "en": "Differentiation"},
    "theme_short_3": {"nl": "Begeleiding", "en": "Student guidance"},
    "theme_short_4": {"nl": "Docenten", "en": "Lecturers"},
    "theme_short_5": {"nl": "Studiesucces", "en": "Study success"},
    "theme_short_6": {"nl": "Faciliteiten", "en": "Facilities"},
}

COUNCIL_SHEETS: dict[str, dict[str, str]] = {
    "cmp_summary": {"nl": "Samenvatting", "en": "Summary"},
    "cmp_units": {"nl": "Per eenheid", "en": "By unit"},
    "cmp_students": {"nl": "Per student", "en": "Per student"},
    "cmp_floors": {"nl": "Vangnet en plafond", "en": "Floors and caps"},
    "cmp_themes": {"nl": "Thema's", "en": "Themes"},
    "cmp_still": {"nl": "Nog te alloceren", "en": "Still to allocate"},
    "cmp_charts": {"nl": "Grafieken", "en": "Charts"},
    "cmp_method": {"nl": "Methode", "en": "Method"},
}
