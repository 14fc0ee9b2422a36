"""The texts of the indicators and the progress report (voortgangsrapportage), and of the
indicators pages of the faculty-board workbook and the council pack."""

from __future__ import annotations

PROGRESS: dict[str, dict[str, str]] = {
    # figures
    "ind_no_value": {"nl": "geen waarde", "en": "no value"},
    "ind_suppressed": {"nl": "onderdrukt (n < {n})", "en": "suppressed (n < {n})"},
    "ind_suppressed_reason": {
        "nl": "Onderdrukt: gebaseerd op minder dan {n} personen (de minimale groepsgrootte van "
        "het scenario), om de privacy van kleine groepen te beschermen.",
        "en": "Suppressed: based on fewer than {n} persons (the scenario's minimum group size), "
        "to protect the privacy of small groups.",
    },
    "ind_no_target": {"nl": "geen", "en": "none"},
    "ind_given": {
        "nl": "opgegeven waarde; teller en noemer niet bekend",
        "en": "value as given; numerator and denominator not known",
    },
    "ind_scale_parts": {
        "nl": "gemiddelde {mean}, standaarddeviatie {sd}, n = {n}",
        "en": "mean {mean}, standard deviation {sd}, n = {n}",
    },
    "ind_n": {"nl": "n = {n}", "en": "n = {n}"},
    "ind_university": {"nl": "Universiteit", "en": "University"},
    "ind_in_english_missing": {
        "nl": "(alleen in het Nederlands opgegeven)",
        "en": "(given in Dutch only)",
    },
    # table headers
    "ind_indicator": {"nl": "Indicator", "en": "Indicator"},
    "ind_code": {"nl": "Code", "en": "Code"},
    "ind_measure": {"nl": "Meeteenheid", "en": "Unit of measure"},
    "ind_target": {"nl": "Streefwaarde", "en": "Target"},
    "ind_scope": {"nl": "Voor", "en": "For"},
    "ind_value": {"nl": "Waarde", "en": "Value"},
    "ind_how": {"nl": "Berekening", "en": "How computed"},
    "ind_numerator": {"nl": "Teller", "en": "Numerator"},
    "ind_denominator": {"nl": "Noemer", "en": "Denominator"},
    "ind_sd": {"nl": "Standaarddeviatie", "en": "Standard deviation"},
    "ind_n_head": {"nl": "n (personen)", "en": "n (persons)"},
    "ind_status": {"nl": "Status", "en": "Status"},
    "ind_reference_date": {"nl": "Peildatum", "en": "Reference date"},
    "ind_source": {"nl": "Bron", "en": "Source"},
    "ind_status_value": {"nl": "gemeten", "en": "measured"},
    "ind_status_computed": {"nl": "berekend uit teller en noemer", "en": "computed from its parts"},
    "ind_status_given": {"nl": "opgegeven (delen niet bekend)", "en": "given (parts not known)"},
    "ind_status_suppressed": {"nl": "onderdrukt", "en": "suppressed"},
    "ind_kind_waarde": {"nl": "waarde", "en": "value"},
    "ind_kind_percentage": {"nl": "percentage", "en": "percentage"},
    "ind_kind_verhouding": {"nl": "verhouding", "en": "ratio"},
    "ind_kind_schaal": {"nl": "gemiddelde ± sd op een schaal", "en": "mean ± sd on a scale"},
    # the progress report
    "pr_title": {
        "nl": "Voortgangsrapportage kwaliteitsafspraken {year}",
        "en": "Progress report on the quality agreements {year}",
    },
    "pr_subtitle": {
        "nl": "Middelen kwaliteitsafspraken: besteding en indicatoren per thema, universitair en "
        "per eenheid, met de gemeenschappelijke initiatieven",
        "en": "Quality-agreement funds: spending and indicators per theme, for the university "
        "and per unit, with the common initiatives",
    },
    "pr_summary": {"nl": "Samenvatting", "en": "Summary"},
    "pr_summary_final": {
        "nl": "In {year} is {realised} besteed aan de zes thema's van de kwaliteitsafspraken, "
        "tegenover een begroting van {budget} ({pct} van de begroting). De tabellen geven de "
        "besteding per thema; daarna volgen per thema de indicatoren met hun ontwikkeling sinds "
        "{first} en de reflectie.",
        "en": "In {year}, {realised} was spent on the six themes of the quality agreements, "
        "against a budget of {budget} ({pct} of the budget). The tables give the spending per "
        "theme; then, per theme, the indicators with their development since {first} and the "
        "reflection.",
    },
    "pr_summary_interim": {
        "nl": "Voor {year} zijn nog geen definitieve bestedingen gerapporteerd (laatste "
        "rapportage: {moment}); de begroting is {budget}. Per eenheid staan de bestedingen tot "
        "nu toe. Per thema volgen de indicatoren met hun ontwikkeling sinds {first} en de "
        "reflectie.",
        "en": "No final spending has been reported for {year} yet (latest report: {moment}); "
        "the budget is {budget}. The spending to date is given per unit. Per theme follow the "
        "indicators with their development since {first} and the reflection.",
    },
    "pr_summary_unreported": {
        "nl": "Voor {year} is nog geen besteding gerapporteerd; de begroting is {budget}. Per "
        "thema volgen de indicatoren met hun ontwikkeling sinds {first} en de reflectie.",
        "en": "No spending has been reported for {year} yet; the budget is {budget}. Per theme "
        "follow the indicators with their development since {first} and the reflection.",
    },
    "pr_summary_indicators": {
        "nl": "{count} indicatoren worden jaarlijks gemeten; voor {untargeted} ervan is geen "
        "streefwaarde vastgesteld.",
        "en": "{count} indicators are measured yearly; for {untargeted} of them no target has "
        "been set.",
    },
    "pr_money": {"nl": "Besteding per thema", "en": "Spending per theme"},
    "pr_money_note": {
        "nl": "Bedragen in k EUR, zoals in de bijlage van de jaarrekening (B = begroting, R = "
        "realisatie): elke kolom telt op tot het getoonde totaal (grootste-restmethode). "
        "Realisatie: de definitieve rapportages van de eenheden en de centrale initiatieven.",
        "en": "Amounts in k EUR, as in the annex of the annual accounts (B = budget, R = "
        "realised): every column adds up to its shown total (largest-remainder method). "
        "Realised: the final reports of the units and the central initiatives.",
    },
    "pr_money_note_interim": {
        "nl": "Bedragen in k EUR, zoals in de bijlage van de jaarrekening (B = begroting): de "
        "kolom telt op tot het getoonde totaal (grootste-restmethode). Er is nog geen "
        "definitieve rapportage over dit jaar, dus nog geen realisatie (R).",
        "en": "Amounts in k EUR, as in the annex of the annual accounts (B = budget): the "
        "column adds up to its shown total (largest-remainder method). There is no final report "
        "on this year yet, so no realised figures (R) yet.",
    },
    "pr_missing_reports": {
        "nl": "Zonder definitieve rapportage (niet in de realisatie): {units}.",
        "en": "Without a final report (not in the realised figures): {units}.",
    },
    "pr_budget": {"nl": "Begroting", "en": "Budget"},
    "pr_realised": {"nl": "Realisatie", "en": "Realised"},
    "pr_realised_pct": {"nl": "Realisatie in %", "en": "Realised in %"},
    "pr_moment": {"nl": "Rapportage", "en": "Report"},
    "pr_theme_money": {
        "nl": "Begroting {budget}, realisatie {realised} ({pct} van de begroting).",
        "en": "Budget {budget}, realised {realised} ({pct} of the budget).",
    },
    "pr_theme_money_plain": {
        "nl": "Begroting {budget}, realisatie {realised}.",
        "en": "Budget {budget}, realised {realised}.",
    },
    "pr_moment_mei": {"nl": "mei", "en": "May"},
    "pr_moment_september": {"nl": "september", "en": "September"},
    "pr_moment_definitief": {"nl": "definitief", "en": "final"},
    "pr_theme_money_interim": {
        "nl": "Begroting {budget}; nog geen definitieve realisatie.",
        "en": "Budget {budget}; no final realised figure yet.",
    },
    "pr_indicators": {"nl": "Indicatoren", "en": "Indicators"},
    "pr_no_indicators": {
        "nl": "Voor dit thema zijn geen indicatoren vastgesteld.",
        "en": "No indicators have been set for this theme.",
    },
    "pr_computation": {"nl": "Berekening en bron", "en": "Computation and source"},
    "pr_reflection": {"nl": "Reflectie", "en": "Reflection"},
    "pr_reflection_note": {
        "nl": "De reflecties tot en met {year} uit indicators.xlsx › Reflectie: van de "
        "universiteit, de eenheden en de gemeenschappelijke initiatieven.",
        "en": "The reflections up to {year} from indicators.xlsx › Reflectie: of the university, "
        "the units and the common initiatives.",
    },
    "pr_no_reflection": {
        "nl": "[Geen reflectie opgegeven voor {year}.]",
        "en": "[No reflection given for {year}.]",
    },
    "pr_no_reflection_themes": {
        "nl": "[Geen reflectie opgegeven voor {year} bij thema {themes}.]",
        "en": "[No reflection given for {year} on theme {themes}.]",
    },
    "pr_chart": {
        "nl": "Figuur {number}. {name}, {first}-{last} ({measure}).",
        "en": "Figure {number}. {name}, {first}-{last} ({measure}).",
    },
    "pr_chart_scale": {
        "nl": " De strepen geven het gemiddelde ± de standaarddeviatie.",
        "en": " The bars show the mean ± the standard deviation.",
    },
    "pr_chart_target": {
        "nl": " De stippellijn is de streefwaarde {target}.",
        "en": " The dashed line is the target {target}.",
    },
    "pr_chart_gap": {
        "nl": " Jaren zonder waarde of met een onderdrukte waarde hebben geen punt.",
        "en": " Years without a value or with a suppressed value have no point.",
    },
    "pr_initiatives": {"nl": "Gemeenschappelijke initiatieven", "en": "Common initiatives"},
    "pr_initiatives_intro": {
        "nl": "De universiteitsbrede initiatieven, per verantwoordelijk onderdeel: de begroting "
        "van {year}, de eigen indicatoren en het verslag van het onderdeel. De besteding wordt "
        "per thema gerapporteerd onder {central}.",
        "en": "The university-wide initiatives, per responsible unit: the budget of {year}, "
        "their own indicators and the responsible unit's report. Their spending is reported "
        "per theme under {central}.",
    },
    "pr_no_initiatives": {
        "nl": "In {year} zijn er geen gemeenschappelijke initiatieven begroot.",
        "en": "No common initiatives were budgeted in {year}.",
    },
    "pr_responsible": {"nl": "Verantwoordelijk: {name}", "en": "Responsible: {name}"},
    "pr_no_responsible": {
        "nl": "[Verantwoordelijk onderdeel niet opgegeven in indicators.xlsx › Initiatieven]",
        "en": "[Responsible unit not given in indicators.xlsx › Initiatieven]",
    },
    "pr_initiative_budget": {
        "nl": "Thema {theme}. Begroting {year} ten laste van de middelen: {amount}.",
        "en": "Theme {theme}. Budget {year} charged to the funds: {amount}.",
    },
    "pr_not_charged": {
        "nl": "niet ten laste van de middelen ({source})",
        "en": "not charged to the funds ({source})",
    },
    "pr_central_money": {
        "nl": "Begroting en besteding centrale initiatieven (CENTRAAL)",
        "en": "Budget and spending of the central initiatives (CENTRAAL)",
    },
    "pr_units": {"nl": "Per eenheid", "en": "Per unit"},
    "pr_units_intro": {
        "nl": "Per eenheid de begroting en besteding per thema in EUR (afgerond op hele euro's, "
        "zodat elke kolom optelt), de eigen indicatoren en de reflectie uit het facultaire "
        "onderwijsjaarverslag.",
        "en": "Per unit the budget and spending per theme in EUR (rounded to whole euros so "
        "that every column adds up), its own indicators and the reflection from the faculty's "
        "annual education report.",
    },
    "pr_unit_no_indicators": {
        "nl": "Geen indicatoren op het niveau van deze eenheid.",
        "en": "No indicators at the level of this unit.",
    },
    "pr_no_report": {"nl": "geen rapportage", "en": "no report"},
    "pr_about": {"nl": "Verantwoording", "en": "About this report"},
    "pr_about_text": {
        "nl": "Deze rapportage is gemaakt met qa-budget {version} uit het scenario {scenario} "
        "en de invoerbestanden met vingerafdruk {fingerprint}. Begroting: de plannen van de "
        "eenheden en de centrale initiatieven ten laste van de middelen. Realisatie: "
        "realised.xlsx. Indicatoren en reflecties: {file}. Een verhouding wordt door qa-budget "
        "exact berekend uit teller en noemer en afgerond (half naar boven) op het getoonde "
        "aantal decimalen; de delen staan bij de berekening. Waarden gebaseerd op minder dan "
        "{n} personen worden niet getoond.",
        "en": "This report was made with qa-budget {version} from the scenario {scenario} and "
        "the input files with fingerprint {fingerprint}. Budget: the units' plans and the "
        "central initiatives charged to the funds. Realised: realised.xlsx. Indicators and "
        "reflections: {file}. A ratio is computed by qa-budget exactly from its numerator and "
        "denominator and rounded (half up) to the decimals shown; the parts are given with "
        "the computation. Values based on fewer than {n} persons are not shown.",
    },
    "pr_header": {
        "nl": "Voortgangsrapportage kwaliteitsafspraken {year}",
        "en": "Progress report quality agreements {year}",
    },
    "pr_page": {"nl": "pagina", "en": "page"},
    "pr_of": {"nl": "van", "en": "of"},
    "pr_book_subtitle": {
        "nl": "Dezelfde tabellen als het Word-document; getallen als getallen.",
        "en": "The same tables as the Word document; figures as numbers.",
    },
    "pr_trend": {"nl": "Ontwikkeling", "en": "Development"},
    "pr_about_short": {
        "nl": "Uit indicators.xlsx › Indicatoren: wat elke indicator meet, hoe hij wordt "
        "berekend, de peildatum, de bron en de streefwaarde.",
        "en": "From indicators.xlsx › Indicatoren: what each indicator measures, how it is "
        "computed, its reference date, source and target.",
    },
    # faculty board and council
    "fac_ind_title": {"nl": "Indicatoren van {unit}", "en": "Indicators of {unit}"},
    "fac_ind_subtitle": {
        "nl": "Uit indicators.xlsx; de universitaire waarde ter vergelijking. Waarden van minder "
        "dan {n} personen zijn onderdrukt.",
        "en": "From indicators.xlsx; the university's value for comparison. Values of fewer "
        "than {n} persons are suppressed.",
    },
    "cmp_ind_title": {
        "nl": "Indicatoren naast de middelen per thema",
        "en": "Indicators beside the money per theme",
    },
    "cmp_ind_subtitle": {
        "nl": "Per thema de lasten (plannen + centraal) van het basisscenario {base} in EUR en "
        "de universitaire indicatoren met hun waarden per jaar.",
        "en": "Per theme the spending (plans + central) of the baseline {base} in EUR and the "
        "university's indicators with their values per year.",
    },
}

PROGRESS_SHEETS: dict[str, dict[str, str]] = {
    "pr_money": {"nl": "Besteding", "en": "Spending"},
    "pr_units": {"nl": "Per eenheid", "en": "Per unit"},
    "pr_indicators": {"nl": "Indicatoren", "en": "Indicators"},
    "pr_definitions": {"nl": "Definities", "en": "Definitions"},
    "pr_trends": {"nl": "Ontwikkeling", "en": "Development"},
    "pr_reflection": {"nl": "Reflectie", "en": "Reflection"},
    "pr_initiatives": {"nl": "Initiatieven", "en": "Initiatives"},
    "fac_indicators": {"nl": "Indicatoren", "en": "Indicators"},
    "cmp_indicators": {"nl": "Indicatoren", "en": "Indicators"},
}
