"""The texts of the algorithm-register record (`qa-budget explain --format json|md|--check`).

Field titles follow the Dutch algorithm register's publication standard; the engine's texts are
written in plain language (B1), as the register asks.
"""

from __future__ import annotations

# Titles of the register's fields, as the register shows them (nl) and in English.
REGISTER_TITLES: dict[str, dict[str, str]] = {
    "reg_title_name": {"nl": "Naam", "en": "Name"},
    "reg_title_description_short": {"nl": "Korte omschrijving", "en": "Short description"},
    "reg_title_organization": {"nl": "Organisatie", "en": "Organisation"},
    "reg_title_category": {"nl": "Thema", "en": "Theme"},
    "reg_title_status": {"nl": "Status", "en": "Status"},
    "reg_title_begin_date": {"nl": "Begindatum", "en": "Start date"},
    "reg_title_end_date": {"nl": "Einddatum", "en": "End date"},
    "reg_title_contact_email": {"nl": "Contactgegevens", "en": "Contact"},
    "reg_title_website": {"nl": "Link naar publiekspagina", "en": "Link to public page"},
    "reg_title_publication_category": {"nl": "Publicatiecategorie", "en": "Publication category"},
    "reg_title_goal": {"nl": "Doel en impact", "en": "Goal and impact"},
    "reg_title_proportionality": {"nl": "Afwegingen", "en": "Considerations"},
    "reg_title_human_intervention": {"nl": "Menselijke tussenkomst", "en": "Human intervention"},
    "reg_title_risks": {"nl": "Risicobeheer", "en": "Risk management"},
    "reg_title_lawful_basis": {"nl": "Wettelijke basis", "en": "Legal basis"},
    "reg_title_lawful_basis_grouping": {
        "nl": "Verwijzingen wettelijke basis",
        "en": "References to the legal basis",
    },
    "reg_title_process_index_url": {
        "nl": "Link naar verwerkingsregister",
        "en": "Link to the processing register",
    },
    "reg_title_impacttoetsen": {
        "nl": "Toelichting op impacttoetsen",
        "en": "Notes on impact assessments",
    },
    "reg_title_impacttoetsen_grouping": {
        "nl": "Verwijzingen impacttoetsen",
        "en": "References to impact assessments",
    },
    "reg_title_source_data": {"nl": "Gegevens", "en": "Data"},
    "reg_title_methods_and_models": {"nl": "Technische werking", "en": "Technical operation"},
    "reg_title_provider": {"nl": "Leverancier", "en": "Supplier"},
    "reg_title_publiccode": {"nl": "Link naar broncode", "en": "Link to source code"},
    "reg_title_lang": {"nl": "Taal", "en": "Language"},
    "reg_title_standard_version": {
        "nl": "Versie publicatiestandaard",
        "en": "Version of the publication standard",
    },
    "reg_title_tags": {"nl": "Zoektermen", "en": "Search terms"},
}

# Values of the register's lists.
REGISTER_VALUES: dict[str, dict[str, str]] = {
    "reg_category": {"nl": "Onderwijs en wetenschap", "en": "Education and science"},
    "reg_status_in_development": {"nl": "In ontwikkeling", "en": "In development"},
    "reg_status_in_use": {"nl": "In gebruik", "en": "In use"},
    "reg_status_out_of_use": {"nl": "Buiten gebruik", "en": "Out of use"},
    "reg_publication_high_risk_ai": {
        "nl": "Hoog-risico AI-systeem",
        "en": "High-risk AI system",
    },
    "reg_publication_impactful": {"nl": "Impactvolle algoritmes", "en": "Impactful algorithms"},
    "reg_publication_other": {"nl": "Overige algoritmes", "en": "Other algorithms"},
    "reg_lang": {"nl": "nld", "en": "eng"},
    "reg_tags": {
        "nl": "kwaliteitsafspraken, studievoorschotmiddelen, verdeelsleutel, EER-studenten, "
        "begroting, kadernota, faculteiten",
        "en": "quality agreements, funds, distribution key, EEA students, budget, budget "
        "framework, faculties",
    },
}

# The engine's part of the record.
REGISTER_ENGINE: dict[str, dict[str, str]] = {
    "reg_name": {
        "nl": "Verdelen van de middelen kwaliteitsafspraken over de faculteiten",
        "en": "Allocating the quality-agreement funds to the faculties",
    },
    "reg_description_short": {
        "nl": "Dit rekenprogramma (qa-budget) berekent hoeveel geld uit de middelen "
        "kwaliteitsafspraken elke faculteit en interfacultaire eenheid krijgt om de kwaliteit "
        "van het onderwijs te verbeteren. Het rekent met het aantal EER-studenten per eenheid. "
        "Het programma rekent alleen; mensen besluiten.",
        "en": "This program (qa-budget) computes how much of the quality-agreement funds each "
        "faculty and interfaculty unit receives to improve the quality of education. It uses "
        "the number of EEA students per unit. The program only computes; people decide.",
    },
    "reg_goal": {
        "nl": "Doel: de middelen kwaliteitsafspraken op een vaste, uitlegbare manier verdelen over "
        "de faculteiten, de interfacultaire eenheden en de universiteitsbrede initiatieven. Met "
        "dat geld voeren zij hun plannen uit op de zes thema's van het sectorakkoord, zoals "
        "kleinschaliger onderwijs en betere begeleiding van studenten. Impact: de uitkomst "
        "bepaalt hoeveel geld elke eenheid krijgt. Studenten en docenten merken dat via de "
        "maatregelen die de eenheden ervan betalen. Het programma neemt geen besluit over een "
        "persoon. Dit record beschrijft het scenario '{title}':",
        "en": "Goal: to allocate the quality-agreement funds in a fixed, explainable way to the "
        "faculties, the interfaculty units and the university-wide initiatives. With that money "
        "they carry out their plans on the six themes of the sector agreement, such as "
        "small-scale education and better student guidance. Impact: the outcome decides how "
        "much money each unit receives. Students and lecturers notice it through the measures "
        "the units pay for with it. The program takes no decision about any person. This record "
        "describes the scenario '{title}':",
    },
    "reg_goal_year": {
        "nl": "{year}: middelen {revenue}; naar {units} {allocated}; naar "
        "universiteitsbrede initiatieven {central}; nog niet toegewezen {still}.",
        "en": "{year}: funds {revenue}; to {units} {allocated}; to university-wide "
        "initiatives {central}; not yet allocated {still}.",
    },
    "reg_goal_since": {
        "nl": "In gebruik sinds {since}.",
        "en": "In use since {since}.",
    },
    "reg_goal_until": {
        "nl": "Buiten gebruik sinds {until}.",
        "en": "Out of use since {until}.",
    },
    "reg_proportionality_compare": {
        "nl": "Andere verdelingen, zoals tariefdifferentiatie naar bekostigingsniveau, kunnen met "
        "hetzelfde programma worden doorgerekend en naast elkaar aan de Universiteitsraad worden "
        "voorgelegd.",
        "en": "Other allocations, such as tariff differentiation by funding tier, can be "
        "computed with the same program and put side by side before the University Council.",
    },
    "reg_human_intervention": {
        "nl": "Het programma rekent; het besluit niets. Het besluit verloopt zo: (1) het College "
        "van Bestuur besluit over de verdeling en legt die vast in de kadernota; (2) de "
        "Universiteitsraad stemt in met het kader: de verdeelsleutel en de hoofdlijnen van de "
        "begroting; (3) elke faculteitsraad stemt in met het plan van de eigen faculteit (de "
        "facultaire aanvulling op het bestedingsplan). Medewerkers van Financiën rekenen de "
        "scenario's door, controleren de uitkomsten en leggen ze met een toelichting voor. Het "
        "programma besluit nooit welke verdeelsleutel of welk bedrag per student wordt gekozen, "
        "welke scenario's worden voorgelegd of welke maatregelen een faculteit neemt, en het "
        "besluit niets over studenten of medewerkers: het kent geen personen. Het College kan "
        "elke uitkomst aanpassen of verwerpen; een aangepaste verdeling wordt als nieuw scenario "
        "doorgerekend, bijvoorbeeld met vaste bedragen per eenheid. Elke uitkomst is per eenheid "
        "en jaar stap voor stap na te gaan.",
        "en": "The program computes; it decides nothing. The decision runs as follows: (1) the "
        "Executive Board decides on the allocation and lays it down in the budget framework "
        "(kadernota); (2) the University Council consents to the framework: the distribution key "
        "and the main lines of the budget; (3) each faculty council consents to its own "
        "faculty's plan (the faculty's supplement to the spending plan). Finance staff compute "
        "the scenarios, check the outcomes and present them with an explanation. The program "
        "never decides which distribution key or which amount per student is chosen, which "
        "scenarios are presented or which measures a faculty takes, and it decides nothing about "
        "students or staff: it knows no persons. The Board can change or reject any outcome; a "
        "changed allocation is computed as a new scenario, for example with fixed amounts per "
        "unit. Every outcome can be followed step by step per unit and year.",
    },
    "reg_risks": {
        "nl": "Risico: reken- of afrondingsfouten. Beheersing: alle bedragen worden exact in "
        "centen berekend; elke uitkomst wordt gecontroleerd op de vaste verbanden tussen de "
        "cijfers (zoals resultaat = baten min lasten min nog te alloceren); in deze uitkomst "
        "kloppen alle {checks} controles. Afgeronde bedragen tellen op tot hun totaal "
        "(grootste-restmethode). Risico: verschil met de gepubliceerde cijfers. Beheersing: "
        "{published} Risico: ongemerkte wijzigingen in invoer of uitvoer. Beheersing: elke "
        "berekening legt een vingerafdruk (SHA-256) van elk invoerbestand vast; het commando "
        "qa-budget verify rekent de berekening opnieuw uit en noemt elk gewijzigd bestand en "
        "elke gewijzigde cel. Risico: discriminatie en privacy, omdat EER-status van "
        "nationaliteit is afgeleid. Beheersing: alleen aantallen per eenheid worden gebruikt; "
        "bestanden met gegevens over personen worden geweigerd; het geld gaat naar eenheden, "
        "nooit naar personen. Risico: een uitkomst die niemand kan uitleggen. Beheersing: het "
        "programma schrijft een toelichting in gewone taal en legt elke uitkomst per eenheid "
        "stap voor stap uit; de Universiteitsraad krijgt scenario's naast elkaar te zien.",
        "en": "Risk: errors in computing or rounding. Control: every amount is computed exactly "
        "in cents; every outcome is checked against the fixed relations between the figures "
        "(such as result = revenue minus spending minus still to allocate); in this outcome all "
        "{checks} checks hold. Rounded amounts add up to their total (largest-remainder method). "
        "Risk: a difference with the published figures. Control: {published} Risk: unnoticed "
        "changes to inputs or outputs. Control: every run records a fingerprint (SHA-256) of "
        "every input file; the command qa-budget verify computes the run again and names every "
        "changed file and every changed cell. Risk: discrimination and privacy, because EEA "
        "status derives from nationality. Control: only counts per unit are used; files with "
        "data about persons are refused; the money goes to units, never to persons. Risk: an "
        "outcome nobody can explain. Control: the program writes a note in plain language and "
        "explains every unit's outcome step by step; the University Council sees scenarios side "
        "by side.",
    },
    "reg_risks_published": {
        "nl": "elk gepubliceerd cijfer ({file}) wordt naast het berekende gezet; hier wijken "
        "{differences} cijfers af en breekt de gepubliceerde tabel {flaws} keer haar eigen "
        "rekenregels, en dat wordt gemeld.",
        "en": "every published figure ({file}) is set beside the computed one; here {differences} "
        "figures differ and the published table breaks its own arithmetic {flaws} times, and "
        "this is reported.",
    },
    "reg_risks_no_reference": {
        "nl": "met de gepubliceerde tabel als invoer (reference.xlsx) wordt elk gepubliceerd "
        "cijfer naast het berekende gezet; bij deze berekening was die tabel er niet.",
        "en": "with the published table as an input (reference.xlsx) every published figure is "
        "set beside the computed one; this run had no such table.",
    },
    "reg_data": {
        "nl": "Het programma gebruikt alleen geaggregeerde aantallen EER-studenten per eenheid, "
        "jaar en bekostigingsniveau, van de studentenadministratie. EER-status is van "
        "nationaliteit afgeleid en wordt alleen als aantal gebruikt. In deze berekening: "
        "{counts} aantallen voor {units} eenheden in {years}; de kleinste groep telt {smallest} "
        "studenten. Er geldt geen minimale groepsgrootte: de gegevens zijn aantallen per "
        "eenheid, en het programma weigert elk bestand met gegevens over personen "
        "(studentnummers, namen, geboortedata, nationaliteit, adressen) of met één rij per "
        "student, nog voordat het wordt gelezen. Verder gebruikt het de middelen per jaar "
        "(kadernota en rijksbijdrage), de universiteitsbrede initiatieven en de plannen van de "
        "eenheden (maatregelen per thema en jaar).",
        "en": "The program uses only aggregated counts of EEA students per unit, year and funding "
        "tier, from the student administration. EEA status derives from nationality and is used "
        "only as a count. In this run: {counts} counts for {units} units in {years}; the "
        "smallest group counts {smallest} students. No minimum group size applies: the data are "
        "counts per unit, and the program refuses every file with data about persons (student "
        "numbers, names, dates of birth, nationality, addresses) or with one row per student, "
        "before it is read. It further uses the funds per year (budget framework and government "
        "contribution), the university-wide initiatives and the units' plans (measures per theme "
        "and year).",
    },
    "reg_data_processing": {
        "nl": "Verwerkingsregister: {reference}",
        "en": "Processing register: {reference}",
    },
    "reg_data_retention": {
        "nl": "Bewaren: {retention}",
        "en": "Retention: {retention}",
    },
    "reg_methods": {
        "nl": "Scenario '{title}'. Verdeelsleutel: {key} {optimiser} {rounding} Het programma "
        "volgt vaste regels en is niet zelflerend: dezelfde invoer geeft altijd dezelfde "
        "uitkomst. Invoer: Excel-werkboeken met de aantallen, de middelen en de plannen; "
        "uitvoer: werkboeken voor Financiën, de faculteiten en de Universiteitsraad, met een "
        "toelichting.",
        "en": "Scenario '{title}'. Distribution key: {key} {optimiser} {rounding} The program "
        "follows fixed rules and does not learn: the same inputs always give the same outcome. "
        "Inputs: Excel workbooks with the counts, the funds and the plans; outputs: workbooks "
        "for finance staff, the faculties and the University Council, with an explanation.",
    },
    "reg_methods_optimiser": {
        "nl": "Per jaar berekent een lineair programma ({solver}) het basistarief binnen de "
        "grenzen; de uitkomst wordt met exacte rekenkunde gecontroleerd. Grenzen die de "
        "uitkomst bepalen: {binding}.",
        "en": "Each year a linear programme ({solver}) computes the base tariff within the "
        "limits; the outcome is checked in exact arithmetic. Limits that decide the outcome: "
        "{binding}.",
    },
    "reg_methods_rounding": {
        "nl": "Bedragen worden exact in centen berekend; afgeronde bedragen tellen op tot hun "
        "totaal.",
        "en": "Amounts are computed exactly in cents; rounded amounts add up to their total.",
    },
    "reg_source": {"nl": "Bron: {source}.", "en": "Source: {source}."},
    "reg_article": {"nl": "{law}, artikel {article}", "en": "{law}, article {article}"},
    "reg_articles": {"nl": "Artikelen:", "en": "Articles:"},
    "reg_dpia_title": {
        "nl": "Data Protection Impact Assessment (DPIA)",
        "en": "Data Protection Impact Assessment (DPIA)",
    },
    "reg_dpia_statement_title": {
        "nl": "Verklaring dat geen DPIA nodig is",
        "en": "Statement that no DPIA is needed",
    },
    "reg_dpia_carried_out": {
        "nl": "Er is een DPIA uitgevoerd op {date}. {statement} De DPIA is {shared_with}.",
        "en": "A DPIA was carried out on {date}. {statement} The DPIA was {shared_with}.",
    },
    "reg_dpia_not_needed": {
        "nl": "Er is geen DPIA uitgevoerd. {statement} Deze verklaring dateert van {date} en is "
        "{shared_with}.",
        "en": "No DPIA was carried out. {statement} This statement dates from {date} and was "
        "{shared_with}.",
    },
    "reg_dpia_planned": {
        "nl": "Een DPIA is gepland voor {date}. {statement}",
        "en": "A DPIA is planned for {date}. {statement}",
    },
    "reg_provider": {"nl": "{name} (qa-budget {version})", "en": "{name} (qa-budget {version})"},
}

# The page for the council (`--format md`) and the publishability check.
REGISTER_PAGE: dict[str, dict[str, str]] = {
    "reg_page_title": {"nl": "Algoritmeregister", "en": "Algorithm register"},
    "reg_page_intro": {
        "nl": "Dit is het record voor het algoritmeregister, zoals het kan worden gepubliceerd "
        "(publicatiestandaard {standard}). Het deel van de organisatie komt uit {file}; de rest "
        "is berekend uit het scenario en de invoer.",
        "en": "This is the record for the algorithm register as it can be published "
        "(publication standard {standard}). The organisation's part comes from {file}; the rest "
        "is computed from the scenario and the inputs.",
    },
    "reg_page_not_publishable": {
        "nl": "Nog niet te publiceren: in {file} is dit nog niet in orde ({count}):",
        "en": "Not publishable yet: in {file} this is not in order yet ({count}):",
    },
    "reg_page_missing": {"nl": "ontbreekt", "en": "missing"},
    "reg_page_stale": {"nl": "verouderd", "en": "stale"},
    "reg_page_too_long": {"nl": "te lang", "en": "too long"},
    "reg_page_empty": {
        "nl": "(nog niet ingevuld in {file})",
        "en": "(not yet filled in in {file})",
    },
}

REGISTER: dict[str, dict[str, str]] = (
    REGISTER_TITLES | REGISTER_VALUES | REGISTER_ENGINE | REGISTER_PAGE
)

MONTHS: dict[str, tuple[str, ...]] = {
    "nl": (
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}
