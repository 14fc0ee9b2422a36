"""The texts of the input templates (`qa-budget init --lang nl|en`): titles, instructions and
data-validation messages.

The input format itself is Dutch (sheet names, column headers and list values such as laag,
definitief or instemming are what the readers look for) and is described in English in the
contracts (`inputs/contracts.py`, which also write docs/inputs.md). `HELP_NL` holds the same
descriptions in Dutch, by sheet ('Eenheden') and by sheet and column ('Eenheden.code'); a test
keeps it complete.
"""

from __future__ import annotations

INPUTS: dict[str, dict[str, str]] = {
    "tpl_title_units": {"nl": "Eenheden (budgeteenheden)", "en": "Units (budget units)"},
    "tpl_title_students": {
        "nl": "EER-studenten per eenheid en jaar (alleen aantallen)",
        "en": "EEA students per unit and year (aggregated counts only)",
    },
    "tpl_title_funds": {
        "nl": "Middelen kwaliteitsafspraken en centrale initiatieven",
        "en": "Quality-agreement funds and central initiatives",
    },
    "tpl_title_plans": {
        "nl": "Plan: maatregelen per thema en jaar (kopieer naar plans/<CODE EENHEID>.xlsx)",
        "en": "Plan: measures per theme and year (copy to plans/<UNIT CODE>.xlsx)",
    },
    "tpl_title_plan_of": {
        "nl": "Plan {unit}: maatregelen per thema en jaar",
        "en": "Plan {unit}: measures per theme and year",
    },
    "tpl_title_previous_plans": {
        "nl": "Vorige versie van het plan (optioneel; kopieer plans/<EENHEID>.xlsx van de "
        "vorige ronde)",
        "en": "Previous version of the plan (optional; copy last round's plans/<UNIT>.xlsx)",
    },
    "tpl_title_realised": {
        "nl": "Realisatie: gerapporteerde bestedingen en gerealiseerde baten (optioneel, voor "
        "qa-budget monitor)",
        "en": "Realised: reported spending and realised revenue (optional, for qa-budget monitor)",
    },
    "tpl_title_reference": {
        "nl": "Optioneel: gepubliceerde cijfers en het plan van 2018",
        "en": "Optional: published figures and the 2018 plan",
    },
    "tpl_title_register": {
        "nl": "Algoritmeregister: het deel van de organisatie",
        "en": "Algorithm register: the organisation's part",
    },
    "tpl_title_indicators": {
        "nl": "Indicatoren, waarden en reflectie (optioneel, voor qa-budget progress)",
        "en": "Indicators, values and reflection (optional, for qa-budget progress)",
    },
    "tpl_instructions": {"nl": "Toelichting", "en": "Instructions"},
    "tpl_sheet": {"nl": "Blad '{sheet}'", "en": "Sheet '{sheet}'"},
    "tpl_optional": {"nl": " (optioneel)", "en": " (optional)"},
    "tpl_year": {"nl": "<jaar>", "en": "<year>"},
    "tpl_year_columns": {
        "nl": "Eén kolom per begrotingsjaar, met het jaar als kop{shown}: het bedrag in EUR "
        "voor dat jaar; een lege cel telt als 0.",
        "en": "One column per budget year, headed by the year{shown}: the amount in EUR for "
        "that year; an empty cell counts as 0.",
    },
    "tpl_year_help": {"nl": "Bedrag in EUR.", "en": "Amount in EUR."},
    "tpl_year_help_pm": {
        "nl": "Bedrag in EUR, of pm (wacht op een besluit).",
        "en": "Amount in EUR, or pm (waits for a decision).",
    },
    "tpl_note_amounts": {
        "nl": "Bedragen: in EUR als getal (cijfers, geen EUR-teken en geen punten voor de "
        "duizendtallen); centen mogen.",
        "en": "Amounts: in EUR as a number (digits, no EUR sign and no separators for the "
        "thousands); cents are allowed.",
    },
    "tpl_note_header": {
        "nl": "Laat de kopregel zoals hij is; voeg regels eronder toe. Lege regels tellen niet "
        "mee. De bladnamen, kolomkoppen en keuzewaarden (zoals laag, definitief, instemming) "
        "zijn die van het invoerformaat: laat ze in het Nederlands.",
        "en": "Leave the header row as it is; add rows below it. Empty rows are ignored. The "
        "sheet names, column headers and list values (such as laag, definitief, instemming) are "
        "those of the input format: keep them in Dutch.",
    },
    "tpl_note_validate": {
        "nl": "Controleer de werkboeken met `qa-budget validate`: elk probleem wordt gemeld met "
        "bestand, blad en cel.",
        "en": "Run `qa-budget validate` to check the workbooks: every problem is reported with "
        "its file, sheet and cell.",
    },
    # data-validation messages
    "tpl_v_count": {"nl": "Een geheel getal, 0 of meer.", "en": "A whole number, 0 or more."},
    "tpl_v_money": {
        "nl": "Een bedrag in EUR als getal, 0 of meer (geen EUR-teken).",
        "en": "An amount in EUR as a number, 0 or more (no EUR sign).",
    },
    "tpl_v_number": {
        "nl": "Een getal (geen tekst, geen meeteenheid).",
        "en": "A number (no text, no unit of measure).",
    },
    "tpl_v_money_pm": {
        "nl": "Een bedrag in EUR als getal, 0 of meer (geen EUR-teken), of pm als het bedrag "
        "op een besluit wacht.",
        "en": "An amount in EUR as a number, 0 or more (no EUR sign), or pm when the amount "
        "waits for a decision.",
    },
    "tpl_v_date": {"nl": "Een datum, bijvoorbeeld 2022-06-30.", "en": "A date, e.g. 2022-06-30."},
    "tpl_v_year": {
        "nl": "Een jaar tussen {low} en {high}.",
        "en": "A year between {low} and {high}.",
    },
}

HELP_NL: dict[str, str] = {
    # Eenheden
    "Eenheden": "De budgeteenheden (faculteiten en interfacultaire eenheden) die een toewijzing "
    "krijgen.",
    "Eenheden.code": "Korte, unieke code, bijvoorbeeld FGW; ook de bestandsnaam van het plan van "
    "de eenheid (plans/FGW.xlsx). Letters, cijfers, '-' en '_'.",
    "Eenheden.name_nl": "Naam in het Nederlands.",
    "Eenheden.name_en": "Naam in het Engels (optioneel; leeg: de Nederlandse naam).",
    "Eenheden.kind": "faculteit of interfacultair (interfacultaire eenheid).",
    # Studenten
    "Studenten": "Aantallen EER-studenten per eenheid en jaar, van de studentenadministratie. "
    "Alleen aantallen: nooit namen, studentnummers of andere gegevens over personen.",
    "Studenten.unit": "Code van de eenheid uit units.xlsx.",
    "Studenten.year": "Begrotingsjaar, bijvoorbeeld 2024.",
    "Studenten.tier": "Bekostigingsniveau laag / hoog / top, of leeg als het aantal niet naar "
    "niveau is gesplitst. Meng voor één eenheid en jaar geen gesplitste en ongesplitste regels.",
    "Studenten.count": "Aantal ingeschreven EER-studenten: een geheel getal, 0 of meer.",
    # Middelen, Centraal
    "Middelen": "De middelen kwaliteitsafspraken per jaar, van Financiën.",
    "Middelen.year": "Begrotingsjaar.",
    "Middelen.kadernota": "Bedrag dat vooraf in de kadernota is vastgelegd, in EUR.",
    "Middelen.rijksbijdrage": "Huidige schatting van de middelen in de rijksbijdrage, in EUR.",
    "Centraal": "Universiteitsbrede (centrale) initiatieven, één regel per begrotingsregel en "
    "jaar.",
    "Centraal.theme": "Thema 1-6 van het sectorakkoord.",
    "Centraal.initiative": "Naam van het initiatief.",
    "Centraal.line": "Begrotingsregel binnen het initiatief.",
    "Centraal.year": "Begrotingsjaar.",
    "Centraal.amount": "Bedrag in EUR, of pm als het bedrag op een besluit wacht (vul dan "
    "'Besluit door' en 'Besluit uiterlijk' in); een pm-regel wordt getoond, niet meegeteld.",
    "Centraal.source": "kwaliteitsafspraken (ten laste van deze middelen), NPO of overig (een "
    "andere bron: ter informatie, niet ten laste).",
    "Centraal.decider": "Bij pm: wie over het bedrag besluit, bijvoorbeeld CvB.",
    "Centraal.decide_by": "Bij pm: de datum waarop het besluit er moet zijn, bijvoorbeeld "
    "2022-06-30.",
    "Centraal.responsible": "De eenheid die verantwoordelijk is voor het gemeenschappelijke "
    "initiatief (bijvoorbeeld SOZ, ICLON, HA); gecontroleerd door de scenarioregel voor "
    "gemeenschappelijke initiatieven.",
    "Centraal.criterion1": "ja als het initiatief voldoet aan criterium 1 voor "
    "gemeenschappelijke initiatieven: het dient een van de zes thema's en verbetert aantoonbaar "
    "de kwaliteit van het onderwijs.",
    "Centraal.criterion2": "ja als het initiatief voldoet aan criterium 2 voor "
    "gemeenschappelijke initiatieven: het sluit aan bij de plannen van de faculteiten en komt "
    "direct of indirect ten goede aan studenten.",
    "Centraal.criterion3": "ja als het initiatief voldoet aan criterium 3 voor "
    "gemeenschappelijke initiatieven: het vult aan wat faculteiten en universiteit al doen.",
    "Centraal.criterion4": "ja als het initiatief voldoet aan criterium 4 voor "
    "gemeenschappelijke initiatieven: het is doelmatig en doeltreffend, met de meerwaarde van "
    "samenwerken.",
    # Maatregelen, Planronde
    "Maatregelen": "Het plan van een eenheid: haar maatregelen, elk onder één hoofdthema, met "
    "een bedrag per jaar. Eén werkboek per eenheid, met de naam <CODE EENHEID>.xlsx in de map "
    "plans.",
    "Maatregelen.measure": "Naam van de maatregel, uniek binnen het plan.",
    "Maatregelen.theme": "Hoofdthema 1-6 (een maatregel voor meer thema's valt onder het "
    "belangrijkste).",
    "Maatregelen.decider": "Bij pm: wie over het bedrag besluit, bijvoorbeeld CvB.",
    "Maatregelen.decide_by": "Bij pm: de datum waarop het besluit er moet zijn, bijvoorbeeld "
    "2022-06-30.",
    "Maatregelen.note": "Optionele toelichting; telt niet mee in de berekening.",
    "Planronde": "De plaats van het plan in de begrotingsronde: de versie, wanneer het is "
    "ingediend, het besluit van de faculteitsraad en de status. Eén regel: de versie in dit "
    "werkboek.",
    "Planronde.version": "De versie van het plan, bijvoorbeeld 2.",
    "Planronde.submitted": "De datum waarop het plan bij het College is ingediend (leeg: nog "
    "niet).",
    "Planronde.decision": "instemming, advies of nog niet.",
    "Planronde.decision_date": "De datum van het besluit van de faculteitsraad (bij instemming "
    "of advies).",
    "Planronde.status": "concept, ingediend of vastgesteld.",
    "Planronde.contact": "Wie vragen over het plan beantwoordt (een functie of een functionele "
    "mailbox is genoeg).",
    # Realisatie, Baten
    "Realisatie": "Gerealiseerde bestedingen per eenheid, jaar en thema, zoals gerapporteerd op "
    "elk moment: mei en september (tussentijds, cumulatief vanaf 1 januari) en definitief (het "
    "hele jaar, gerapporteerd in maart). De centrale initiatieven rapporteren onder de code "
    "CENTRAAL.",
    "Realisatie.unit": "Code van de eenheid uit units.xlsx, of CENTRAAL voor de centrale "
    "initiatieven.",
    "Realisatie.year": "Het begrotingsjaar waar de bestedingen bij horen.",
    "Realisatie.theme": "Thema 1-6 van het sectorakkoord.",
    "Realisatie.moment": "mei (bestedingen 1 januari - 30 april), september (1 januari - 31 "
    "augustus) of definitief (het hele jaar).",
    "Realisatie.amount": "Bestedingen in EUR van 1 januari tot het einde van de periode "
    "(cumulatief), 0 of meer.",
    "Realisatie.note": "Optionele toelichting op een afwijking van het plan; getoond in de "
    "monitoring.",
    "Baten": "De gerealiseerde middelen kwaliteitsafspraken in de rijksbijdrage per jaar, bekend "
    "na afloop van het jaar; van Financiën.",
    "Baten.year": "Begrotingsjaar; één regel per jaar.",
    "Baten.revenue": "De gerealiseerde middelen van het jaar in EUR (de R-kolom 'Baten conform "
    "rijksbijdrage').",
    # Gepubliceerd, Percentages, Plan2018
    "Gepubliceerd": "Optioneel. De gepubliceerde overzichtstabel in k EUR, één regel per regel, "
    "jaar en kolom, om de berekende cijfers en de tabel zelf mee te controleren.",
    "Gepubliceerd.line": "thema 1 ... thema 6, totaal lasten, nog te alloceren, resultaat, "
    "baten rijksbijdrage of baten kadernota.",
    "Gepubliceerd.year": "Jaar van de gepubliceerde kolom.",
    "Gepubliceerd.column": "B (begroting; leeg is B) of R (realisatie).",
    "Gepubliceerd.keur": "Het cijfer zoals gepubliceerd, in k EUR (mag negatief zijn, "
    "bijvoorbeeld een resultaat).",
    "Percentages": "Optioneel. De gepubliceerde themapercentages (begroting), één regel per "
    "thema en jaar.",
    "Percentages.theme": "Thema 1-6.",
    "Percentages.year": "Begrotingsjaar.",
    "Percentages.percent": "Het gepubliceerde aandeel van het thema in de totale lasten, in % "
    "(0-100).",
    "Plan2018": "Optioneel. De themapercentages van het oorspronkelijke plan van 2018, één regel "
    "per thema en jaar, om het nieuwe plan in de vergelijking voor de Universiteitsraad tegenover "
    "te zetten.",
    "Plan2018.theme": "Thema 1-6.",
    "Plan2018.year": "Jaar van het plan van 2018.",
    "Plan2018.percent": "Het aandeel van het thema in het plan van 2018, in % (0-100).",
    # Indicatoren, Waarden, Reflectie, Initiatieven
    "Indicatoren": "De indicatoren die jaarlijks worden gemeten, één regel per indicator: wat ze "
    "meet, onder welk thema, hoe ze wordt berekend en de streefwaarde (of uitdrukkelijk geen).",
    "Indicatoren.code": "Korte, unieke code, bijvoorbeeld SSR.",
    "Indicatoren.name_nl": "Naam in het Nederlands, zoals het verslag die toont.",
    "Indicatoren.name_en": "Naam in het Engels (leeg: de Nederlandse naam).",
    "Indicatoren.theme": "Thema 1-6 waar de indicator bij hoort.",
    "Indicatoren.kind": "waarde (een waarde zoals gemeten); percentage (een waarde 0-100, of "
    "100 × Teller / Noemer); verhouding (Teller / Noemer, bijvoorbeeld studenten per fte staf: "
    "berekend door qa-budget); schaal (gemiddelde ± standaarddeviatie op een schaal van Minimum "
    "tot Maximum).",
    "Indicatoren.measure_nl": "Meeteenheid, bijvoorbeeld fte, aantal, %, score.",
    "Indicatoren.measure_en": "Meeteenheid in het Engels.",
    "Indicatoren.numerator_nl": "verhouding / percentage: wat de teller is, bijvoorbeeld "
    "studenten.",
    "Indicatoren.numerator_en": "De teller in het Engels.",
    "Indicatoren.denominator_nl": "verhouding / percentage: wat de noemer is, bijvoorbeeld fte "
    "staf.",
    "Indicatoren.denominator_en": "De noemer in het Engels.",
    "Indicatoren.minimum": "schaal: het laagste punt van de schaal (verplicht). Anders "
    "optioneel: een waarde eronder is een fout (een percentage ligt tussen 0 en 100).",
    "Indicatoren.maximum": "schaal: het hoogste punt van de schaal, bijvoorbeeld 5 (verplicht). "
    "Anders optioneel: een waarde erboven is een fout.",
    "Indicatoren.decimals": "Aantal decimalen in het verslag, 0-3 (leeg: 1).",
    "Indicatoren.reference_date": "De dag van het jaar waarop wordt gemeten, bijvoorbeeld 1 "
    "oktober (of 1-10).",
    "Indicatoren.source_nl": "Waar het cijfer vandaan komt en hoe het wordt geteld.",
    "Indicatoren.source_en": "De bron in het Engels.",
    "Indicatoren.target": "De streefwaarde als getal, of geen als er geen streefwaarde is: nooit "
    "leeg, zodat 'geen streefwaarde' een besluit is.",
    "Indicatoren.initiative": "Voor een indicator van een gemeenschappelijk (centraal) "
    "initiatief: de naam zoals op funds.xlsx › Centraal. De waarden gelden voor de hele "
    "universiteit.",
    "Waarden": "De gemeten waarden: één regel per indicator, jaar en eenheid (of de universiteit "
    "als geheel). Alleen geaggregeerde cijfers: nooit gegevens over personen.",
    "Waarden.code": "Code van de indicator (blad Indicatoren).",
    "Waarden.year": "Het gemeten jaar, bijvoorbeeld 2020.",
    "Waarden.unit": "Code van de eenheid uit units.xlsx voor de waarde van een eenheid; leeg "
    "voor de universiteit als geheel.",
    "Waarden.value": "waarde, percentage: de waarde. verhouding: alleen als Teller en Noemer "
    "niet bekend zijn (het verslag meldt dat de waarde is gegeven).",
    "Waarden.numerator": "verhouding, percentage: de teller (met Noemer; de waarde wordt "
    "berekend).",
    "Waarden.denominator": "verhouding, percentage: de noemer, meer dan 0.",
    "Waarden.mean": "schaal: de gemiddelde score.",
    "Waarden.sd": "schaal: de standaarddeviatie van de scores.",
    "Waarden.n": "Het aantal personen waarop de waarde berust (respondenten, studenten, staf); "
    "verplicht bij schaal. Een waarde van minder personen dan de minimale groepsgrootte van het "
    "scenario wordt in elke uitvoer onderdrukt.",
    "Reflectie": "Een korte reflectie op de ontwikkeling, per jaar en thema: van de "
    "universiteit, van een eenheid of van een gemeenschappelijk initiatief (het verslag van de "
    "verantwoordelijke eenheid).",
    "Reflectie.year": "Het jaar waarover wordt gerapporteerd.",
    "Reflectie.theme": "Thema 1-6; leeg voor een reflectie op het jaar als geheel (of, bij een "
    "gemeenschappelijk initiatief, op het initiatief).",
    "Reflectie.unit": "Code van de eenheid uit units.xlsx; leeg voor de universiteit als geheel.",
    "Reflectie.initiative": "Voor een gemeenschappelijk initiatief: de naam zoals op "
    "funds.xlsx › Centraal.",
    "Reflectie.text_nl": "De reflectie in het Nederlands (een nieuwe regel begint een alinea).",
    "Reflectie.text_en": "De reflectie in het Engels (voor --lang en).",
    "Initiatieven": "De eenheid die verantwoordelijk is voor elk gemeenschappelijk (centraal) "
    "initiatief en erover rapporteert.",
    "Initiatieven.initiative": "De naam van het initiatief zoals op funds.xlsx › Centraal.",
    "Initiatieven.responsible_nl": "De verantwoordelijke eenheid, bijvoorbeeld SOZ of ICLON.",
    "Initiatieven.responsible_en": "De verantwoordelijke eenheid in het Engels.",
}
