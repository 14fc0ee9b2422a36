"""Theme and tier names, the lines of the published overview, and sheet names."""

from __future__ import annotations

THEMES: dict[int, dict[str, str]] = {
    1: {
        "nl": "Intensiever en kleinschaliger onderwijs",
        "en": "More intensive and small-scale education",
    },
    2: {"nl": "Onderwijsdifferentiatie", "en": "Educational differentiation"},
    3: {
        "nl": "Meer en betere begeleiding van studenten",
        "en": "More and better student guidance",
    },
    4: {
        "nl": "Ruimte voor docenten om te professionaliseren",
        "en": "Room for lecturers to professionalise",
    },
    5: {
        "nl": "Studiesucces incl. doorstroom, toegankelijkheid, gelijke kansen",
        "en": "Study success incl. progression, accessibility, equal opportunity",
    },
    6: {
        "nl": "Passende en goede onderwijsfaciliteiten",
        "en": "Appropriate and good educational facilities",
    },
}
THEME_NUMBERS = tuple(THEMES)

TIERS: dict[str, dict[str, str]] = {
    "laag": {"nl": "laag", "en": "low"},
    "hoog": {"nl": "hoog", "en": "high"},
    "top": {"nl": "top", "en": "top"},
}

COMMON: dict[str, dict[str, str]] = {
    # overview lines (as in the published annex)
    "theme": {"nl": "Thema", "en": "Theme"},
    "description": {"nl": "Omschrijving", "en": "Description"},
    "total_spending": {"nl": "Totaal lasten", "en": "Total spending"},
    "still_to_allocate": {"nl": "Nog te alloceren", "en": "Still to allocate"},
    "result": {"nl": "Resultaat", "en": "Result"},
    "revenue_rijksbijdrage": {
        "nl": "Baten conform rijksbijdrage",
        "en": "Revenue per current rijksbijdrage",
    },
    "revenue_kadernota": {
        "nl": "Baten conform kadernota, middelen kwaliteitsafspraken (ex ante)",
        "en": "Revenue per kadernota, quality-agreement funds (ex ante)",
    },
    "allocated": {"nl": "Toegewezen", "en": "Allocated"},
    "unit_allocations": {"nl": "Toewijzing eenheden", "en": "Allocation to units"},
    "central_charged": {
        "nl": "Centrale initiatieven ten laste van de middelen",
        "en": "Central initiatives charged to the funds",
    },
    "rk_update": {
        "nl": "Bijstelling rijksbijdrage t.o.v. kadernota",
        "en": "Rijksbijdrage update since the kadernota",
    },
    "k_unallocated": {
        "nl": "Kadernota nog niet toegewezen",
        "en": "Kadernota not yet allocated",
    },
    "percentages": {"nl": "Verdeling over de thema's (%)", "en": "Split over the themes (%)"},
    "total": {"nl": "Totaal", "en": "Total"},
    "faculty_plans": {"nl": "Plannen eenheden", "en": "Unit plans"},
    "central": {"nl": "Centraal", "en": "Central"},
    "unit": {"nl": "Eenheid", "en": "Unit"},
    "name": {"nl": "Naam", "en": "Name"},
    "students": {"nl": "EER-studenten", "en": "EEA students"},
    "per_student": {"nl": "Bedrag per student", "en": "Amount per student"},
    "allocation": {"nl": "Toewijzing", "en": "Allocation"},
    "planned": {"nl": "Gepland", "en": "Planned"},
    "plan_minus_allocation": {"nl": "Plan min toewijzing", "en": "Plan minus allocation"},
    "initiative": {"nl": "Initiatief", "en": "Initiative"},
    "line": {"nl": "Regel", "en": "Line"},
    "source": {"nl": "Bron", "en": "Source"},
    "charged": {"nl": "Ten laste", "en": "Charged"},
    "yes": {"nl": "ja", "en": "yes"},
    "no": {"nl": "nee", "en": "no"},
    "check": {"nl": "Controle", "en": "Check"},
    "year": {"nl": "Jaar", "en": "Year"},
    "left": {"nl": "Links", "en": "Left"},
    "right": {"nl": "Rechts", "en": "Right"},
    "difference": {"nl": "Verschil", "en": "Difference"},
    "status": {"nl": "Status", "en": "Status"},
    "keur": {"nl": "bedragen in k EUR", "en": "amounts in k EUR"},
    "eur": {"nl": "bedragen in EUR", "en": "amounts in EUR"},
}

SHEETS: dict[str, dict[str, str]] = {
    "overview": {"nl": "Overzicht", "en": "Overview"},
    "themes_eur": {"nl": "Thema's in EUR", "en": "Themes in EUR"},
    "still_to_allocate": {"nl": "Nog te alloceren", "en": "Still to allocate"},
    "allocation": {"nl": "Toewijzing", "en": "Allocation"},
    "central": {"nl": "Centrale initiatieven", "en": "Central initiatives"},
    "checks": {"nl": "Controles", "en": "Checks"},
    "provenance": {"nl": "Herkomst", "en": "Provenance"},
    "tariffs": {"nl": "Tarieven", "en": "Tariffs"},
    "oploop": {"nl": "Oploop", "en": "Oploop"},
    "infeasible": {"nl": "Onhaalbaar", "en": "Infeasible"},
}


# --- Texts of the workbooks: overview, published table, faculty board, method -----------------
# Placeholders in braces are filled in with str.format by the writers.
