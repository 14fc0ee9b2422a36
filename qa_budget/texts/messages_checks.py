"""The messages of the checks across rows and tables: a code used twice, a unit that is not
in units.xlsx, a year without a row, a plan far from its allocation."""

from __future__ import annotations

CHECKS: dict[str, dict[str, str]] = {
    "msg_chk_code_twice": {
        "nl": "eenheidscode '{code}' staat al in rij {first}; codes moeten uniek zijn",
        "en": "unit code '{code}' already appears in row {first}; codes must be unique",
    },
    "msg_chk_unit_unknown": {
        "nl": "eenheid '{unit}' staat niet in units.xlsx; voeg haar daar toe of verbeter de code",
        "en": "unit '{unit}' is not in units.xlsx; add it there or correct the code",
    },
    "msg_chk_tier": {"nl": ", niveau {tier}", "en": ", tier {tier}"},
    "msg_chk_count_twice": {
        "nl": "een tweede aantal voor {unit} {year}{tier} (het eerste staat in rij {first}); "
        "houd één rij",
        "en": "a second count for {unit} {year}{tier} (the first is in row {first}); keep one row",
    },
    "msg_chk_tiers_mixed": {
        "nl": "{unit} {year} heeft rijen met en zonder bekostigingsniveau; verdeel het aantal "
        "over laag/hoog/top of geef één rij zonder niveau",
        "en": "{unit} {year} has rows with and without a funding tier; either split the count "
        "over laag/hoog/top or give one row without tier",
    },
    "msg_chk_no_count": {
        "nl": "geen aantal EER-studenten voor {unit} in {year}: de eenheid krijgt niets bij een "
        "verdeling per student",
        "en": "no EEA-student count for {unit} in {year}: it receives no allocation under a "
        "per-student key",
    },
    "msg_chk_year_twice": {
        "nl": "jaar {year} staat al in rij {first}; houd één rij per jaar",
        "en": "year {year} already appears in row {first}; keep one row per year",
    },
    "msg_chk_funds_year": {
        "nl": "geen rij voor jaar {year}; het scenario heeft de bedragen van kadernota en "
        "rijksbijdrage nodig van elk jaar dat het doorrekent",
        "en": "no row for year {year}; the scenario needs the kadernota and rijksbijdrage "
        "amounts of every year it computes",
    },
    "msg_chk_line_twice": {
        "nl": "regel '{line}' van '{initiative}' voor {year} staat al in rij {first}",
        "en": "line '{line}' of '{initiative}' for {year} already appears in row {first}",
    },
    "msg_chk_plan_unit": {
        "nl": "geen eenheid '{unit}' in units.xlsx; een planwerkmap heet naar de code van de "
        "eenheid, bijv. plans/FGW.xlsx",
        "en": "no unit '{unit}' in units.xlsx; a plan workbook is named after its unit's code, "
        "e.g. plans/FGW.xlsx",
    },
    "msg_chk_plan_year": {
        "nl": "geen kolom voor jaar {year}; {why}voeg een kolom toe met kop {year} (lege cellen "
        "tellen als 0)",
        "en": "no column for year {year}; {why}add a column headed {year} (empty cells count as 0)",
    },
    "msg_chk_previous_years": {
        "nl": "geen kolom voor {years}; de versies worden vergeleken over {compared}, de jaren "
        "die elke vorige versie geeft",
        "en": "no column for {years}; the versions are compared over {compared}, the years every "
        "previous version gives",
    },
    "msg_chk_why": {"nl": "{why}: ", "en": "{why}: "},
    "msg_chk_previous_no_year": {
        "nl": "deze vorige versie heeft geen kolom voor een van de jaren van het scenario "
        "({years}), dus er valt niets te vergelijken; geef de jaren die de versie plande een "
        "kolom met het jaar als kop, of haal de versie uit de map",
        "en": "this previous version has no column for any of the scenario's years ({years}), "
        "so there is nothing to compare; give the years the version planned a column headed "
        "by the year, or take the version out of the folder",
    },
    "msg_chk_previous_apart": {
        "nl": "de vorige versies hebben geen jaar van het scenario gemeen ({given}), terwijl de "
        "versies worden vergeleken over de jaren die elke versie geeft; geef elke versie een "
        "kolom voor dezelfde jaren",
        "en": "the previous versions have no scenario year in common ({given}), while the "
        "versions are compared over the years every version gives; give every version a "
        "column for the same years",
    },
    "msg_chk_overallocated": {
        "nl": "het scenario wijst in {year} {allocated} toe, {over} meer dan de baten volgens de "
        "rijksbijdrage ({revenue}): nog te alloceren is negatief en het verschil komt ten laste "
        "van de reserves. Is dat niet de bedoeling, verlaag dan het bedrag per student of de "
        "centrale budgetten",
        "en": "the scenario allocates {allocated} in {year}, {over} more than the revenue per "
        "rijksbijdrage ({revenue}): still to allocate is negative and the difference is drawn "
        "from reserves. If that is not intended, lower the amount per student or the central "
        "budgets",
    },
    "msg_chk_no_units": {
        "nl": "units.xlsx noemt geen enkele eenheid: zonder eenheden valt er niets toe te "
        "wijzen. Vul per budgeteenheid een rij in vanaf rij 2 (code, naam, soort)",
        "en": "units.xlsx names no unit at all: without units there is nothing to allocate. "
        "Fill in a row per budget unit from row 2 on (code, name, kind)",
    },
    "msg_chk_plan_empty": {
        "nl": "het plan van {unit} bevat geen enkele maatregel: de geplande besteding telt in "
        "elk jaar als 0. Vul de maatregelen in vanaf rij 2, of haal het plan weg als de "
        "eenheid (nog) geen plan heeft",
        "en": "the plan of {unit} holds no measure at all: its planned spending counts as 0 in "
        "every year. Fill in the measures from row 2 on, or remove the plan when the unit has "
        "no plan (yet)",
    },
    "msg_chk_no_plan": {
        "nl": "geen plan voor eenheid {unit}: haar geplande besteding telt als 0",
        "en": "no plan for unit {unit}: its planned spending counts as 0",
    },
    "msg_chk_measure_twice": {
        "nl": "maatregel '{measure}' staat al in rij {first}; geef elke maatregel een eigen naam "
        "of voeg de rijen samen",
        "en": "measure '{measure}' already appears in row {first}; give each measure its own "
        "name or merge the rows",
    },
    "msg_chk_measure_zero": {
        "nl": "maatregel '{measure}' heeft in elk jaar bedrag 0",
        "en": "measure '{measure}' has amount 0 in every year",
    },
    "msg_chk_plan_no_students": {
        "nl": "{unit} plant {amount} in {year} maar heeft dat jaar geen EER-studenten",
        "en": "{unit} plans {amount} in {year} but has no EEA students that year",
    },
    "msg_chk_plan_more": {
        "nl": "{unit} plant {plan} in {year}, {diff} ({pct}%) meer dan de toewijzing van "
        "{allocation} ({key}); drempel {threshold}%",
        "en": "{unit} plans {plan} in {year}, {diff} ({pct}%) more than its allocation of "
        "{allocation} ({key}); threshold {threshold}%",
    },
    "msg_chk_plan_less": {
        "nl": "{unit} plant {plan} in {year}, {diff} ({pct}%) minder dan de toewijzing van "
        "{allocation} ({key}); drempel {threshold}%",
        "en": "{unit} plans {plan} in {year}, {diff} ({pct}%) less than its allocation of "
        "{allocation} ({key}); threshold {threshold}%",
    },
    "msg_chk_row_ignored": {
        "nl": "rij {rows} voor {year} wordt genegeerd: het scenario rekent {years} door",
        "en": "row {rows} for {year} is ignored: the scenario computes {years}",
    },
    "msg_chk_rows_ignored": {
        "nl": "rijen {rows} voor {year} worden genegeerd: het scenario rekent {years} door",
        "en": "rows {rows} for {year} are ignored: the scenario computes {years}",
    },
    "msg_chk_of_plans": {"nl": " van {n} plannen ({units})", "en": " of {n} plans ({units})"},
    "msg_chk_column_ignored": {
        "nl": "de kolom voor {outside}{plans} wordt genegeerd: het scenario rekent {years} door",
        "en": "the column for {outside}{plans} is ignored: the scenario computes {years}",
    },
    "msg_chk_columns_ignored": {
        "nl": "de kolommen voor {outside}{plans} worden genegeerd: het scenario rekent {years} "
        "door",
        "en": "the columns for {outside}{plans} are ignored: the scenario computes {years}",
    },
    "msg_chk_unfunded": {
        "nl": "{unit} plant {plan} in {year} maar krijgt niets toegewezen: {why}, of zet "
        "checks.allow_unfunded_plans = true in het scenario als dat zo bedoeld is",
        "en": "{unit} plans {plan} in {year} but is allocated nothing: {why}, or set "
        "checks.allow_unfunded_plans = true in the scenario when this is intended",
    },
    "msg_chk_unfunded_no_count": {
        "nl": "er zijn in {year} geen EER-studenten voor geteld; vul het aantal in",
        "en": "no EEA students are counted for it in {year}; add its count",
    },
    "msg_chk_unfunded_key": {
        "nl": "de verdeelsleutel geeft haar niets; controleer de sleutel",
        "en": "the key gives it nothing; check the key",
    },
    # realised.xlsx and reference.xlsx
    "msg_opt_unit_unknown": {
        "nl": "eenheid '{unit}' staat niet in units.xlsx; voeg haar daar toe of verbeter de code "
        "({central} rapporteert de centrale initiatieven)",
        "en": "unit '{unit}' is not in units.xlsx; add it there or correct the code ({central} "
        "reports the central initiatives)",
    },
    "msg_opt_amount_twice": {
        "nl": "een tweede bedrag voor {unit} {year} thema {theme} ({moment}); het eerste staat "
        "in rij {first}. Houd één rij: bedragen zijn cumulatief vanaf 1 januari, geen "
        "aanvullingen",
        "en": "a second amount for {unit} {year} theme {theme} ({moment}); the first is in row "
        "{first}. Keep one row: amounts are cumulative since 1 January, not additions",
    },
    "msg_opt_lower": {
        "nl": "{unit} {year} thema {theme}: het bedrag van {moment} is lager dan dat van "
        "{before} (rij {row}); bedragen zijn cumulatief vanaf 1 januari en horen niet te dalen",
        "en": "{unit} {year} theme {theme}: the {moment} amount is lower than the {before} "
        "amount (row {row}); amounts are cumulative since 1 January, so they should not go down",
    },
    "msg_opt_figure_twice": {
        "nl": "{what} staat al in rij {first}; één cijfer per {keys}",
        "en": "{what} already appears in row {first}; one figure per {keys}",
    },
    # indicators.xlsx
    "msg_ind_form_waarde": {"nl": "een waarde (Waarde)", "en": "a value (Waarde)"},
    "msg_ind_form_percentage": {
        "nl": "een waarde (Waarde) of Teller en Noemer",
        "en": "a value (Waarde) or Teller and Noemer",
    },
    "msg_ind_form_verhouding": {
        "nl": "Teller en Noemer (of, als die niet bekend zijn, de waarde in Waarde)",
        "en": "Teller and Noemer (or, when they are not known, the value in Waarde)",
    },
    "msg_ind_form_schaal": {
        "nl": "Gemiddelde, Standaarddeviatie en n",
        "en": "Gemiddelde, Standaarddeviatie and n",
    },
    "msg_ind_code_twice": {
        "nl": "indicatorcode '{code}' staat al in rij {first}",
        "en": "indicator code '{code}' already appears in row {first}",
    },
    "msg_ind_scale_minimum": {
        "nl": "'{header}' is leeg; indicator {code} wordt op een schaal gemeten (schaal): geef "
        "het laagste punt van de schaal (bijv. 1 en 5)",
        "en": "'{header}' is empty; indicator {code} is measured on a scale (schaal): give the "
        "lowest point of the scale (e.g. 1 and 5)",
    },
    "msg_ind_scale_maximum": {
        "nl": "'{header}' is leeg; indicator {code} wordt op een schaal gemeten (schaal): geef "
        "het hoogste punt van de schaal (bijv. 1 en 5)",
        "en": "'{header}' is empty; indicator {code} is measured on a scale (schaal): give the "
        "highest point of the scale (e.g. 1 and 5)",
    },
    "msg_ind_max_min": {
        "nl": "het maximum {high} van indicator {code} ligt niet boven het minimum {low}",
        "en": "the maximum {high} of indicator {code} is not above its minimum {low}",
    },
    "msg_ind_target": {
        "nl": "de streefwaarde {target} van indicator {code} ligt buiten {range}",
        "en": "the target {target} of indicator {code} lies outside {range}",
    },
    "msg_ind_range": {"nl": "het bereik {low}-{high}", "en": "its range {low}-{high}"},
    "msg_ind_minimum": {"nl": "het minimum {low}", "en": "its minimum {low}"},
    "msg_ind_maximum": {"nl": "het maximum {high}", "en": "its maximum {high}"},
    "msg_ind_unknown": {
        "nl": "indicator '{code}' staat niet op het blad Indicatoren; definieer hem daar of "
        "verbeter de code",
        "en": "indicator '{code}' is not on the sheet Indicatoren; define it there or correct "
        "the code",
    },
    "msg_ind_unit_unknown": {
        "nl": "eenheid '{unit}' staat niet in units.xlsx; verbeter de code, of laat de cel leeg "
        "voor de universiteit als geheel",
        "en": "unit '{unit}' is not in units.xlsx; correct the code, or leave the cell empty "
        "for the university as a whole",
    },
    "msg_ind_university": {"nl": "universiteit", "en": "university"},
    "msg_ind_value_twice": {
        "nl": "een tweede waarde van {code} voor {year} ({unit}); de eerste staat in rij "
        "{first}; houd één rij",
        "en": "a second value of {code} for {year} ({unit}); the first is in row {first}; keep "
        "one row",
    },
    "msg_ind_filled": {
        "nl": "'{header}' is ingevuld, maar indicator {code} wordt berekend als {kind}: die "
        "vraagt {form}; maak de cel leeg of verbeter de code",
        "en": "'{header}' is filled, but indicator {code} is computed as {kind}: it takes "
        "{form}; empty the cell or correct the code",
    },
    "msg_ind_empty": {
        "nl": "'{header}' is leeg; indicator {code} ({kind}) vraagt {form}",
        "en": "'{header}' is empty; indicator {code} ({kind}) takes {form}",
    },
    "msg_ind_no_n": {
        "nl": "'{header}' is leeg; een gemiddelde score van indicator {code} heeft het aantal "
        "respondenten nodig, zodat kleine groepen kunnen worden weggelaten",
        "en": "'{header}' is empty; a mean score of indicator {code} needs the number of "
        "respondents, so that small groups can be suppressed",
    },
    "msg_ind_half": {
        "nl": "'{header}' is leeg terwijl '{given}' is ingevuld; indicator {code} wordt "
        "berekend als Teller / Noemer: geef beide (of geen van beide, en de waarde in Waarde)",
        "en": "'{header}' is empty while '{given}' is given; indicator {code} is computed as "
        "Teller / Noemer: give both (or neither, and the value in Waarde)",
    },
    "msg_ind_both": {
        "nl": "zowel de waarde als Teller en Noemer zijn ingevuld voor {code}; de waarde wordt "
        "berekend uit Teller / Noemer: maak 'Waarde' leeg",
        "en": "both the value and Teller and Noemer are given for {code}; the value is "
        "computed from Teller / Noemer: empty 'Waarde'",
    },
    "msg_ind_no_value": {
        "nl": "geen waarde voor {code}: geef {form}",
        "en": "no value for {code}: give {form}",
    },
    "msg_ind_initiative_unit": {
        "nl": "indicator {code} hoort bij het gemeenschappelijke initiatief '{initiative}': de "
        "waarden gelden voor de hele universiteit; maak de cel van de eenheid leeg",
        "en": "indicator {code} belongs to the common initiative '{initiative}': its values "
        "are university-wide; empty the unit cell",
    },
    "msg_ind_negative": {
        "nl": "verwacht: 0 of meer; gevonden: {value}",
        "en": "expected 0 or more, got {value}",
    },
    "msg_ind_zero_denominator": {
        "nl": "de noemer is 0; verwacht: meer dan 0",
        "en": "the denominator is 0; expected more than 0",
    },
    "msg_ind_mean": {
        "nl": "het gemiddelde {mean} van {code} ligt buiten de schaal {low}-{high}",
        "en": "the mean {mean} of {code} lies outside its scale {low}-{high}",
    },
    "msg_ind_sd": {
        "nl": "de standaarddeviatie {sd} van {code} is onmogelijk op de schaal {low}-{high}: "
        "zij ligt tussen 0 en {most}",
        "en": "the standard deviation {sd} of {code} is impossible on the scale {low}-{high}: "
        "it lies between 0 and {most}",
    },
    "msg_ind_quotient": {
        "nl": "{times}{num} / {den} = {value}",
        "en": "{times}{num} / {den} = {value}",
    },
    "msg_ind_the_value": {"nl": "de waarde {value}", "en": "the value {value}"},
    "msg_ind_outside": {
        "nl": "{what} van {code} ligt buiten {range}",
        "en": "{what} of {code} lies outside {range}",
    },
    "msg_ind_no_values": {
        "nl": "indicator {code} heeft geen waarden op het blad Waarden; de rapportage toont "
        "hem zonder waarden",
        "en": "indicator {code} has no values on the sheet Waarden; the report shows it "
        "without values",
    },
    "msg_ind_initiative": {
        "nl": "initiatief '{name}' staat niet op funds.xlsx › Centraal{hint}; gebruik de naam "
        "die daar staat",
        "en": "initiative '{name}' is not on funds.xlsx › Centraal{hint}; use the name given there",
    },
    "msg_ind_initiative_twice": {
        "nl": "initiatief '{name}' staat al in rij {first}",
        "en": "initiative '{name}' already appears in row {first}",
    },
    "msg_ind_reflection_both": {
        "nl": "een reflectie gaat over een eenheid of over een gemeenschappelijk initiatief, "
        "niet over beide; maak een van de twee cellen leeg",
        "en": "a reflection is of a unit or of a common initiative, not both; empty one of the "
        "two cells",
    },
    "msg_ind_theme": {"nl": "thema {theme}", "en": "theme {theme}"},
    "msg_ind_whole_year": {"nl": "het jaar als geheel", "en": "the year as a whole"},
    "msg_ind_reflection_twice": {
        "nl": "een tweede reflectie voor {year}, {theme}, {who}; de eerste staat in rij {first}",
        "en": "a second reflection for {year}, {theme}, {who}; the first is in row {first}",
    },
}
