"""The messages about a sheet's shape (hidden, merged, headerless, empty rows), person-level
data, plan-round rows, pm amounts, reported spending and the years to check."""

from __future__ import annotations

_NO_COUNT_WITHOUT_SEEING = {
    "nl": "die zouden meetellen terwijl niemand ze ziet",
    "en": "which would be counted although nobody sees it",
}
_PRIVACY_END = {
    "nl": "zoals de privacy-eisen van de universiteitsraad vragen. Het bestand is nergens "
    "bewaard of gekopieerd en er is niets geschreven. Vervang het door de {what} (sjabloon: "
    "qa-budget init) en verwijder kopieën met persoonsgegevens die u niet meer nodig hebt",
    "en": "as the university council's privacy requirements demand. The file was not stored or "
    "copied anywhere and nothing was written. Replace it by the {what} (template: qa-budget "
    "init) and delete copies with personal data you no longer need",
}

INPUT_SHAPES: dict[str, dict[str, str]] = {
    # the shape of a sheet
    "msg_shape_hidden_sheet": {
        "nl": "het blad is verborgen; qa-budget leest alleen wat in Excel te zien is: maak het "
        "zichtbaar (rechtsklik op een bladtab › Zichtbaar maken) en controleer de inhoud",
        "en": "the sheet is hidden; qa-budget reads only what can be seen in Excel: unhide it "
        "(right-click a sheet tab › Unhide) and check its contents",
    },
    "msg_shape_hidden_row": {
        "nl": f"{{rows}} is verborgen maar bevat gegevens, {_NO_COUNT_WITHOUT_SEEING['nl']}; "
        "maak de rij zichtbaar (of wis het filter) en verwijder wat niet mag meetellen",
        "en": f"{{rows}} is hidden but holds data, {_NO_COUNT_WITHOUT_SEEING['en']}; unhide (or "
        "clear the filter) and delete what should not count",
    },
    "msg_shape_hidden_rows": {
        "nl": f"{{rows}} zijn verborgen maar bevatten gegevens, "
        f"{_NO_COUNT_WITHOUT_SEEING['nl']}; maak de rijen zichtbaar (of wis het filter) en "
        "verwijder wat niet mag meetellen",
        "en": f"{{rows}} are hidden but hold data, {_NO_COUNT_WITHOUT_SEEING['en']}; unhide (or "
        "clear the filter) and delete what should not count",
    },
    "msg_shape_hidden_column": {
        "nl": f"kolom {{letters}} is verborgen maar bevat gegevens, "
        f"{_NO_COUNT_WITHOUT_SEEING['nl']}; maak de kolom zichtbaar en verwijder wat niet mag "
        "meetellen",
        "en": f"column {{letters}} is hidden but holds data, {_NO_COUNT_WITHOUT_SEEING['en']}; "
        "unhide it and delete what should not count",
    },
    "msg_shape_merged": {
        "nl": "cellen {cells} zijn samengevoegd; alleen de eerste cel van een samengevoegd "
        "bereik heeft een waarde, de andere lezen als leeg. Maak het samenvoegen ongedaan "
        "(Start › Samenvoegen en centreren) en typ de waarde in elke cel",
        "en": "cells {cells} are merged; only the first cell of a merged range holds a value, "
        "the others read as empty. Unmerge them (Home › Merge & Center) and type the value in "
        "every cell",
    },
    "msg_shape_a_value": {"nl": "een waarde", "en": "a value"},
    "msg_shape_values": {
        "nl": "waarden (hier en in nog {more})",
        "en": "values (here and in {more} more)",
    },
    "msg_shape_no_header": {
        "nl": "kolom {letters} heeft geen kop maar bevat {what}, die qa-budget zou negeren; geef "
        "de kolom haar kop uit het sjabloon, of maak haar leeg",
        "en": "column {letters} has no header but holds {what}, which qa-budget would ignore; "
        "give the column its header from the template, or clear it",
    },
    "msg_shape_empty_row": {
        "nl": "{rows} is leeg, maar rijen eronder bevatten gegevens; hij wordt gelezen als deel "
        "van de tabel: controleer dat hij erbij hoort (een totaalrij zou dubbel tellen)",
        "en": "{rows} is empty, but rows below hold data; it is read as part of the table: "
        "check that it belongs to it (a total row would be counted twice)",
    },
    "msg_shape_empty_rows": {
        "nl": "{rows} zijn leeg, maar rijen eronder bevatten gegevens; ze worden gelezen als "
        "deel van de tabel: controleer dat ze erbij horen (een totaalrij zou dubbel tellen)",
        "en": "{rows} are empty, but rows below hold data; they are read as part of the table: "
        "check that they belong to it (a total row would be counted twice)",
    },
    # person-level data
    "msg_person_student_numbers": {"nl": "studentnummers", "en": "student numbers"},
    "msg_person_emails": {"nl": "e-mailadressen", "en": "e-mail addresses"},
    "msg_person_births": {
        "nl": "geboortedata of leeftijden",
        "en": "dates of birth or ages",
    },
    "msg_person_nationalities": {"nl": "nationaliteiten", "en": "nationalities"},
    "msg_person_bsn": {
        "nl": "burgerservicenummers, BSN",
        "en": "citizen service numbers, BSN",
    },
    "msg_person_names": {"nl": "namen", "en": "names"},
    "msg_person_addresses": {"nl": "adressen", "en": "addresses"},
    "msg_person_phones": {"nl": "telefoonnummers", "en": "telephone numbers"},
    "msg_person_gender": {"nl": "geslacht", "en": "gender"},
    "msg_person_bank": {"nl": "bankrekeningnummers", "en": "bank account numbers"},
    "msg_person_ids": {
        "nl": "een ander getal op elke rij (studentnummers of andere persoonsnummers)",
        "en": "a distinct number per row (student numbers or other personal identifiers)",
    },
    "msg_person_dates": {
        "nl": "een andere datum op bijna elke rij (geboortedata?)",
        "en": "a different date on nearly every row (dates of birth?)",
    },
    "msg_person_header": {
        "nl": "kolom '{header}' bevat gegevens over individuele personen ({what})",
        "en": "column '{header}' holds data about individual persons ({what})",
    },
    "msg_person_column": {
        "nl": "kolom {letters} bevat {what}",
        "en": "column {letters} holds {what}",
    },
    "msg_person_one_per_student": {
        "nl": "{n} rijen (rijen {rows}) hebben een aantal 1 voor dezelfde eenheid, hetzelfde "
        "jaar en niveau: dit lijkt één rij per student, geen aantal",
        "en": "{n} rows (rows {rows}) hold a count of 1 for the same unit, year and tier: this "
        "looks like one row per student, not a count",
    },
    "msg_person_refused_students": {
        "nl": "geweigerd: deze werkmap bevat gegevens over individuele studenten (zie hierboven). "
        "qa-budget neemt alleen opgetelde aantallen aan (EER-studenten per eenheid, jaar en "
        "niveau), " + _PRIVACY_END["nl"].format(what="aantallen"),
        "en": "refused: this workbook holds data about individual students (see above). "
        "qa-budget takes aggregated counts only (EEA students per unit, year and tier), "
        + _PRIVACY_END["en"].format(what="counts"),
    },
    "msg_person_refused_indicators": {
        "nl": "geweigerd: deze werkmap bevat gegevens over individuele personen (zie hierboven). "
        "qa-budget neemt alleen indicatorwaarden aan die over groepen zijn opgeteld (per "
        "eenheid of voor de universiteit als geheel, met het aantal personen waarop ze "
        "berusten), " + _PRIVACY_END["nl"].format(what="opgetelde waarden"),
        "en": "refused: this workbook holds data about individual persons (see above). "
        "qa-budget takes indicator values aggregated over groups only (per unit or for the "
        "university as a whole, with the number of persons they are based on), "
        + _PRIVACY_END["en"].format(what="aggregated values"),
    },
}

INPUT_READS: dict[str, dict[str, str]] = {
    # amounts and pm
    "msg_rd_negative": {
        "nl": "verwacht: een bedrag van 0 of meer; gevonden: {value}{hint}",
        "en": "expected an amount of 0 or more, got {value}{hint}",
    },
    "msg_rd_hint_since_january": {
        "nl": "; meld de besteding sinds 1 januari",
        "en": "; report the spending since 1 January",
    },
    "msg_rd_moment": {
        "nl": "verwacht: één van {moments}; gevonden: '{got}'",
        "en": "expected one of {moments}, got '{got}'",
    },
    "msg_rd_pm_decider": {
        "nl": "noem wie erover beslist (bijv. CvB)",
        "en": "name who decides on it (e.g. CvB)",
    },
    "msg_rd_pm_decide_by": {
        "nl": "geef de datum waarop het besluit uiterlijk valt",
        "en": "give the date by which the decision is due",
    },
    "msg_rd_pm_amount": {"nl": "het bedrag is pm", "en": "the amount is pm"},
    "msg_plan_pm_amount": {
        "nl": "het bedrag van de maatregel voor {year} is pm",
        "en": "the measure's amount for {year} is pm",
    },
    "msg_rd_pm_empty": {
        "nl": "'{header}' is leeg; {what}: {need}",
        "en": "'{header}' is empty; {what}: {need}",
    },
    "msg_rd_pm_no_column": {
        "nl": "{what}, maar het blad heeft geen kolom {headers}; voeg haar toe (het sjabloon "
        "heeft haar) en {needs}",
        "en": "{what}, but the sheet has no column {headers}; add it (the template has it), "
        "then {needs}",
    },
    "msg_rd_pm_no_columns": {
        "nl": "{what}, maar het blad heeft geen kolom {headers}; voeg ze toe (het sjabloon "
        "heeft ze) en {needs}",
        "en": "{what}, but the sheet has no column {headers}; add them (the template has "
        "them), then {needs}",
    },
    # plans and the plan round
    "msg_plan_no_years": {
        "nl": "geen jaarkolommen gevonden; de kopregel moet één kolom per jaar hebben, met het "
        "jaar als kop (bijv. 2024)",
        "en": "no year columns found; the header row must have one column per year, headed by "
        "the year (e.g. 2024)",
    },
    "msg_round_second_row": {
        "nl": "een tweede rij (de eerste is rij {first}); het blad heeft één rij, de versie in "
        "deze werkmap: houd de huidige (een eerdere versie hoort in de map previous-plans)",
        "en": "a second row (the first is row {first}); the sheet holds one row, the version in "
        "this workbook: keep the current one (an earlier version goes in the previous-plans "
        "folder)",
    },
    "msg_round_no_submitted": {
        "nl": "'Ingediend op' is leeg; een plan met status {status} is ingediend: geef de datum "
        "waarop het is ingediend",
        "en": "'Ingediend op' is empty; a plan with status {status} has been submitted: give the "
        "date it was submitted",
    },
    "msg_round_no_decision_date": {
        "nl": "'Datum besluit' is leeg; geef de datum van de {decision} van de faculteitsraad",
        "en": "'Datum besluit' is empty; give the date of the faculty council's {decision}",
    },
    "msg_round_date_not_decided": {
        "nl": "een datum van besluit, maar bij 'Besluit faculteitsraad' staat nog niet; vul het "
        "besluit in (instemming of advies) of maak de datum leeg",
        "en": "a date of decision, but 'Besluit faculteitsraad' says nog niet; fill in the "
        "decision (instemming or advies) or clear the date",
    },
    # register.toml as a file
    "msg_reg_not_utf8": {
        "nl": "geen UTF-8-tekst; sla het op als UTF-8-tekst (een teksteditor doet dat)",
        "en": "not UTF-8 text; save it as UTF-8 text (a plain-text editor does)",
    },
    "msg_reg_toml": {"nl": "geen geldige TOML: {error}", "en": "not valid TOML: {error}"},
    # the years to check
    "msg_check_no_budget_years": {
        "nl": "geen begrotingsjaren: het blad heeft geen rijen, en zonder scenario komen de te "
        "controleren jaren daarvandaan; voeg één rij per begrotingsjaar toe",
        "en": "no budget years: the sheet has no rows, and without a scenario the years to check "
        "come from it; add one row per budget year",
    },
    "msg_check_monitoring_years": {
        "nl": "de monitoring toont de begroting van elk jaar met gerealiseerde cijfers (of "
        "gevraagd met --year) dat het scenario niet doorrekent, hier {years}: elk daarvan heeft "
        "een rij op funds.xlsx › Middelen nodig en een kolom in elk plan",
        "en": "monitoring shows the budget of every year with realised figures (or asked for "
        "with --year) that the scenario does not compute, here {years}: each needs a row on "
        "funds.xlsx › Middelen and a column in every plan",
    },
}
