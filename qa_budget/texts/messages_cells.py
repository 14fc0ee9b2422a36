"""The messages about one input file or cell: what a cell should hold and what it holds, a
header that does not match the template, a file that is not a readable workbook."""

from __future__ import annotations

_RESAVE = {
    "nl": "open het in Excel en sla het op als 'Excel-werkmap (.xlsx)'",
    "en": "open it in Excel and save it as 'Excel Workbook (.xlsx)'",
}

CELLS: dict[str, dict[str, str]] = {
    # expected ..., got ...
    "msg_cell_expected": {
        "nl": "verwacht: {what}; gevonden: {found}{hint}",
        "en": "expected {what}, got {found}{hint}",
    },
    "msg_cell_empty": {
        "nl": "'{header}' is leeg; verwacht: {what}",
        "en": "'{header}' is empty; expected {what}",
    },
    "msg_found_true": {"nl": "WAAR", "en": "TRUE"},
    "msg_found_false": {"nl": "ONWAAR", "en": "FALSE"},
    "msg_found_date": {"nl": "een datum/tijd ({value})", "en": "a date/time ({value})"},
    "msg_found_fraction": {"nl": "het niet-gehele getal {value}", "en": "the fraction {value}"},
    "msg_found_non_finite": {"nl": "een ongeldig getal", "en": "a non-finite number"},
    "msg_found_no_such_day": {
        "nl": "'{value}': die dag bestaat niet",
        "en": "'{value}': no such day",
    },
    "msg_found_number": {"nl": "het getal {value}", "en": "the number {value}"},
    "msg_found_date_outside": {
        "nl": "{date} (buiten {low}-{high})",
        "en": "{date} (outside {low}-{high})",
    },
    "msg_hint_number_as_text": {
        "nl": "; het getal is als tekst ingevoerd: maak er een getalcel van (in Excel: het "
        "waarschuwingsteken › Converteren naar getal)",
        "en": "; the number is typed as text: make it a number cell (in Excel: the warning "
        "sign › Convert to Number)",
    },
    "msg_hint_digits": {
        "nl": "; typ het met de cijfers 0-9 als getalcel",
        "en": "; type it with the digits 0-9 as a number cell",
    },
    "msg_hint_dutch_notation": {
        "nl": "; dit lijkt Nederlandse notatie als tekst: typ het als getalcel, bijv. {example} "
        "(Excel toont het dan volgens uw instellingen)",
        "en": "; this looks like Dutch notation: type it as a number cell, e.g. {example}",
    },
    "msg_hint_currency": {
        "nl": "; typ het getal zonder valutateken",
        "en": "; type the number without the currency sign",
    },
    "msg_hint_date_format": {
        "nl": "; geef de cel de opmaak datum (Excel toont een datum die als gewoon getal is "
        "opgeslagen als getal)",
        "en": "; format the cell as a date (Excel shows a date stored as a plain number)",
    },
    "msg_hint_decimal_point": {
        "nl": "; controleer het getal (ontbreekt er een decimaalteken?)",
        "en": "; check the number (a missing decimal point?)",
    },
    "msg_cell_formula_error": {
        "nl": "de cel bevat de formulefout {error}; herstel de formule of typ de waarde in",
        "en": "the cell holds the formula error {error}; fix the formula or type the value",
    },
    "msg_cell_uncalculated": {
        "nl": "de cel bevat een formule ({formula}) zonder berekende waarde: de werkmap is "
        "opgeslagen door een programma dat niet rekent; open hem in Excel, laat hem rekenen en "
        "sla hem op",
        "en": "the cell holds a formula ({formula}) without a calculated value: the workbook "
        "was saved by a program that did not calculate it; open it in Excel, let it calculate "
        "and save it",
    },
    "msg_cell_rounded": {
        "nl": "bedrag {value} heeft meer dan twee decimalen; afgerond op centen",
        "en": "amount {value} has more than two decimals; rounded to cents",
    },
    "msg_plan_negative": {
        "nl": "verwacht: een bedrag van 0 of meer; gevonden: {value}; een plan noemt bestedingen",
        "en": "expected an amount of 0 or more, got {value}; a plan lists spending",
    },
    # what a cell should hold
    "msg_what_one_of": {"nl": "een van {values}", "en": "one of {values}"},
    "msg_what_text": {"nl": "een tekst", "en": "a text"},
    "msg_what_code": {"nl": "een eenheidscode", "en": "a unit code"},
    "msg_what_code_chars": {
        "nl": "een eenheidscode van letters A-Z zonder accenten, cijfers, '-' en '_' (de code "
        "wordt ook een bestandsnaam: plans/<CODE>.xlsx)",
        "en": "a unit code of the letters A-Z without accents, digits, '-' and '_' (the code "
        "is also a file name: plans/<CODE>.xlsx)",
    },
    "msg_what_count": {
        "nl": "een geheel aantal studenten (0 of meer)",
        "en": "a whole number of students (0 or more)",
    },
    "msg_what_count_most": {
        "nl": "ten hoogste {most} studenten",
        "en": "at most {most} students",
    },
    "msg_what_year": {"nl": "een jaar", "en": "a year"},
    "msg_what_year_range": {"nl": "een jaar ({low}-{high})", "en": "a year ({low}-{high})"},
    "msg_what_theme": {"nl": "een themanummer 1-6", "en": "a theme number 1-6"},
    "msg_what_money": {"nl": "een bedrag in EUR", "en": "an amount in EUR"},
    "msg_what_amount": {"nl": "een bedrag in EUR", "en": "an amount in EUR"},
    "msg_what_money_pm": {"nl": "een bedrag in EUR, of pm", "en": "an amount in EUR, or pm"},
    "msg_what_amount_number": {
        "nl": "een bedrag in EUR als getal",
        "en": "an amount in EUR as a number",
    },
    "msg_what_amount_pm": {
        "nl": "een bedrag in EUR als getal, of pm voor een bedrag dat op een besluit wacht",
        "en": "an amount in EUR as a number, or pm for an amount that waits for a decision",
    },
    "msg_what_amount_most": {
        "nl": "een bedrag in EUR van ten hoogste {most}",
        "en": "an amount in EUR of at most {most}",
    },
    "msg_what_date": {"nl": "een datum zoals 2022-06-30", "en": "a date such as 2022-06-30"},
    "msg_what_yes_no": {"nl": "ja of nee", "en": "ja or nee"},
    "msg_what_published_line": {
        "nl": "een regel zoals 'thema 1' of 'resultaat'",
        "en": "a line such as 'thema 1' or 'resultaat'",
    },
    "msg_what_keur": {"nl": "een bedrag in k EUR", "en": "a figure in k EUR"},
    "msg_what_percent": {"nl": "een percentage", "en": "a percentage"},
    "msg_what_percent_range": {"nl": "een percentage (0-100)", "en": "a percentage (0-100)"},
    "msg_what_as_number": {"nl": "{what} als getal", "en": "{what} as a number"},
    "msg_what_number": {"nl": "een getal", "en": "a number"},
    "msg_what_at_most": {"nl": "{what} van ten hoogste {most}", "en": "{what} of at most {most}"},
    "msg_what_target": {
        "nl": "een getal, of '{none}' als er geen streefwaarde is",
        "en": "a number, or '{none}' when there is no target",
    },
    "msg_what_persons": {
        "nl": "een geheel aantal personen (1 of meer)",
        "en": "a whole number of persons (1 or more)",
    },
    "msg_what_persons_range": {
        "nl": "een geheel aantal personen (1-{most})",
        "en": "a whole number of persons (1-{most})",
    },
    "msg_what_decimals": {
        "nl": "een aantal decimalen (0-{most})",
        "en": "a number of decimals (0-{most})",
    },
    "msg_what_day_month": {
        "nl": "een dag van het jaar, bijv. 1 oktober of 1-10",
        "en": "a day of the year, e.g. 1 oktober or 1-10",
    },
    # the header row
    "msg_header_year_twice": {
        "nl": "jaar {year} staat twee keer in de kopregel",
        "en": "year {year} appears twice in the header",
    },
    "msg_header_did_you_mean": {
        "nl": " (bedoelt u '{header}'?)",
        "en": " (did you mean '{header}'?)",
    },
    "msg_header_year_columns": {"nl": "jaarkolommen", "en": "year columns"},
    "msg_header_unexpected": {
        "nl": "onverwachte kolom '{text}'{hint}; verwacht: {expected}",
        "en": "unexpected column '{text}'{hint}; expected {expected}",
    },
    "msg_header_twice": {
        "nl": "kolom '{header}' staat twee keer in de kopregel",
        "en": "column '{header}' appears twice",
    },
    "msg_header_missing": {
        "nl": "kolom '{header}' ontbreekt in de kopregel; het sjabloon heeft hem (qa-budget init)",
        "en": "column '{header}' is missing from the header row; the template has it "
        "(qa-budget init)",
    },
    "msg_sheet_missing": {
        "nl": "blad '{sheet}' ontbreekt{hint}; de werkmap heeft: {names}",
        "en": "sheet '{sheet}' is missing{hint}; the workbook has: {names}",
    },
    "msg_sheet_found_as": {
        "nl": " (gevonden: '{found}'; hernoem het tot '{sheet}')",
        "en": " (found '{found}': rename it to '{sheet}')",
    },
    "msg_header_empty": {
        "nl": "de kopregel is leeg; de eerste rij moet de kolomnamen van het sjabloon bevatten",
        "en": "the header row is empty; the first row must hold the column names of the template",
    },
    # the workbook and its sheets
    "msg_book_unreadable": {
        "nl": "geen leesbare Excel-werkmap ({error}); open hem in Excel en sla hem opnieuw op "
        "als 'Excel-werkmap (.xlsx)'",
        "en": "not a readable Excel workbook ({error}); open it in Excel and save it again as "
        "'Excel Workbook (.xlsx)'",
    },
    "msg_book_layout": {
        "nl": "de opmaak van het blad is niet te lezen ({error}); de werkmap is mogelijk "
        "beschadigd: open hem in Excel en sla hem opnieuw op",
        "en": "the sheet's layout cannot be read ({error}); the workbook may be damaged: open "
        "it in Excel and save it again",
    },
    "msg_book_sheet": {
        "nl": "het blad is niet te lezen ({error})",
        "en": "the sheet cannot be read ({error})",
    },
    "msg_book_far": {
        "nl": "een waarde ver buiten de tabel: de waarden van het blad beslaan {rows} rijen × "
        "{cols} kolommen, meer dan de {most} cellen die een invoertabel mag hebben; wis de "
        "inhoud van deze cel (en van elke andere cel na de tabel) en sla de werkmap opnieuw op",
        "en": "a value far outside the table: the sheet's values span {rows} rows × {cols} "
        "columns, more than the {most} cells an input table can have; delete the contents of "
        "this cell (and of any other cell after the table) and save the workbook again",
    },
    # the file
    "msg_file_not_found": {
        "nl": "bestand niet gevonden; verwacht op {path} (`qa-budget init` schrijft sjablonen)",
        "en": "file not found; expected it at {path} (run `qa-budget init` for templates)",
    },
    "msg_folder_missing": {
        "nl": "de map {folder} ontbreekt; verwacht op {path}",
        "en": "the {folder} folder is missing; expected it at {path}",
    },
    "msg_folder_is_file": {
        "nl": "{folder} is een bestand, geen map; de werkmappen per eenheid horen in een map "
        "{folder} op {path} (een werkmap per eenheid, genoemd naar haar code)",
        "en": "{folder} is a file, not a folder; the workbooks per unit go in a folder {folder} "
        "at {path} (one workbook per unit, named after its code)",
    },
    "msg_plan_second": {
        "nl": "een tweede plan voor eenheid {unit} (het andere is {other}); houd één "
        "planwerkmap per eenheid",
        "en": "a second plan for unit {unit} (the other is {other}); keep one plan workbook "
        "per unit",
    },
    "msg_file_unreadable": {
        "nl": "het bestand is niet te lezen ({error}); controleer de toegangsrechten",
        "en": "the file cannot be read ({error}); check access",
    },
    "msg_file_not_regular": {
        "nl": "dit is geen gewoon bestand (een map, pipe of apparaat); verwacht: een werkmap",
        "en": "this is not a regular file (a folder, pipe or device); expected a workbook",
    },
    "msg_file_not_regular_text": {
        "nl": "dit is geen gewoon bestand (een map, pipe of apparaat); verwacht: een tekstbestand",
        "en": "this is not a regular file (a folder, pipe or device); expected a text file",
    },
    "msg_size_mb": {"nl": "{n} MB", "en": "{n} MB"},
    "msg_size_kb": {"nl": "{n} KB", "en": "{n} KB"},
    "msg_file_too_large": {
        "nl": "het bestand is {size}, meer dan de grens van {most} voor een invoerwerkmap; "
        "invoerwerkmappen bevatten kleine tabellen met totalen: verwijder andere bladen, "
        "afbeeldingen of gegevens",
        "en": "the file is {size}, more than the limit of {most} for an input workbook; input "
        "workbooks hold small aggregated tables: remove other sheets, images or data from it",
    },
    "msg_file_suffix": {
        "nl": "verwacht: een Excel-werkmap (.xlsx); gevonden: een '{suffix}'-bestand; sla het "
        "op als 'Excel-werkmap (.xlsx)'",
        "en": "expected an Excel workbook (.xlsx), got a '{suffix}' file; save it as 'Excel "
        "Workbook (.xlsx)'",
    },
    "msg_file_empty": {
        "nl": "het bestand is leeg (0 bytes), geen Excel-werkmap; " + _RESAVE["nl"],
        "en": "the file is empty (0 bytes), not an Excel workbook; " + _RESAVE["en"],
    },
    "msg_file_password": {
        "nl": "de werkmap is met een wachtwoord beveiligd (versleuteld); qa-budget kan hem niet "
        "lezen en vraagt nooit om wachtwoorden. Open hem in Excel, verwijder het wachtwoord "
        "(Bestand › Info › Werkmap beveiligen › Versleutelen met wachtwoord: leegmaken) en sla "
        "hem op als .xlsx",
        "en": "the workbook is password-protected (encrypted); qa-budget cannot read it and "
        "never asks for passwords. Open it in Excel, remove the password (File › Info › "
        "Protect Workbook › Encrypt with Password: clear it) and save it as .xlsx",
    },
    "msg_file_xls": {
        "nl": "dit is een oude Excel 97-2003-werkmap (.xls), die qa-budget niet leest; "
        + _RESAVE["nl"],
        "en": "this is a legacy Excel 97-2003 workbook (.xls), which qa-budget does not read; "
        + _RESAVE["en"],
    },
    "msg_file_ole": {
        "nl": "dit is een ouder Office-bestand (OLE-formaat), geen Excel-werkmap; " + _RESAVE["nl"],
        "en": "this is an older Office file (OLE format), not an Excel workbook; " + _RESAVE["en"],
    },
    "msg_file_pdf": {
        "nl": "dit is een PDF-document, geen Excel-werkmap; gebruik het Excel-bestand zelf",
        "en": "this is a PDF document, not an Excel workbook; use the Excel file itself",
    },
    "msg_file_xml": {
        "nl": "dit is een XML- of HTML-bestand (bijv. 'XML-spreadsheet 2003' of een webpagina), "
        "geen Excel-werkmap; " + _RESAVE["nl"],
        "en": "this is an XML or HTML file (e.g. 'XML Spreadsheet 2003' or a web page), not an "
        "Excel workbook; " + _RESAVE["en"],
    },
    "msg_file_text": {
        "nl": "dit is een tekstbestand (bijv. CSV), geen Excel-werkmap; " + _RESAVE["nl"],
        "en": "this is a text file (e.g. CSV), not an Excel workbook; " + _RESAVE["en"],
    },
    "msg_file_unknown": {
        "nl": "dit is geen Excel-werkmap (onbekende inhoud); " + _RESAVE["nl"],
        "en": "this is not an Excel workbook (unknown content); " + _RESAVE["en"],
    },
    "msg_file_damaged": {
        "nl": "de werkmap is beschadigd: de zip-container is niet te lezen (mogelijk afgebroken "
        "bij downloaden of kopiëren); haal een nieuwe kopie, of " + _RESAVE["nl"],
        "en": "the workbook is damaged: its zip container cannot be read (it may be truncated "
        "by an interrupted download or copy); get a fresh copy, or " + _RESAVE["en"],
    },
    "msg_file_macros": {
        "nl": "een werkmap met macro's: alleen de celwaarden zijn gelezen; de macro's zijn niet "
        "uitgevoerd (qa-budget voert nooit macro's uit). Sla hem op als 'Excel-werkmap (.xlsx)' "
        "om ze te verwijderen",
        "en": "a macro-enabled workbook: only its cell values were read; its macros were not "
        "run (qa-budget never runs macros). Save it as 'Excel Workbook (.xlsx)' to drop them",
    },
    "msg_zip_parts": {
        "nl": "de werkmap heeft {n} onderdelen, meer dan de grens van {most}; geweigerd vóór het "
        "lezen (een werkmap met invoertabellen heeft er enkele tientallen)",
        "en": "the workbook has {n} parts, more than the limit of {most}; refused before "
        "reading (a workbook of input tables has a few dozen)",
    },
    "msg_zip_twice": {
        "nl": "de zip-inhoudsopgave van de werkmap noemt het onderdeel '{part}' twee keer; "
        "geweigerd vóór het lezen (het bestand is bewerkt of beschadigd); " + _RESAVE["nl"],
        "en": "the workbook's zip directory lists the part '{part}' twice; refused before "
        "reading (the file was tampered with or damaged); " + _RESAVE["en"],
    },
    "msg_zip_encrypted": {
        "nl": "de onderdelen van de werkmap zijn versleuteld; qa-budget vraagt nooit om "
        "wachtwoorden: verwijder het wachtwoord in Excel en sla hem op als .xlsx",
        "en": "the workbook's parts are encrypted; qa-budget never asks for passwords: remove "
        "the password in Excel and save it as .xlsx",
    },
    "msg_zip_ratio": {
        "nl": "het onderdeel '{part}' zou {ratio} keer zo groot worden ({packed} naar {size}), "
        "meer dan de grens van {most} keer; geweigerd vóór het lezen (een decompressiebom?)",
        "en": "the part '{part}' would inflate {ratio} times ({packed} to {size}), more than "
        "the limit of {most} times; refused before reading (a decompression bomb?)",
    },
    "msg_zip_total": {
        "nl": "de werkmap zou uitpakken tot {size}, meer dan de grens van {most}; geweigerd vóór "
        "het lezen (een decompressiebom, of veel meer dan de invoertabellen)",
        "en": "the workbook would inflate to {size}, more than the limit of {most}; refused "
        "before reading (a decompression bomb, or far more than the input tables)",
    },
    "msg_zip_is": {
        "nl": "dit is {what}, geen Excel-werkmap; " + _RESAVE["nl"],
        "en": "this is {what}, not an Excel workbook; " + _RESAVE["en"],
    },
    "msg_zip_kind_xlsb": {
        "nl": "een binaire Excel-werkmap (.xlsb)",
        "en": "an Excel binary workbook (.xlsb)",
    },
    "msg_zip_kind_ods": {
        "nl": "een OpenDocument-bestand (.ods)",
        "en": "an OpenDocument file (.ods)",
    },
    "msg_zip_kind_word": {"nl": "een Word-document", "en": "a Word document"},
    "msg_zip_kind_powerpoint": {
        "nl": "een PowerPoint-presentatie",
        "en": "a PowerPoint presentation",
    },
    "msg_zip_kind_zip": {
        "nl": "een zip-bestand zonder werkmap erin",
        "en": "a zip file without a workbook in it",
    },
    "msg_zip_part_damaged": {
        "nl": "het onderdeel '{part}' is beschadigd of pakt niet uit tot de opgegeven grootte "
        "({error}); geweigerd (een decompressiebom of een beschadigd bestand); haal een nieuwe "
        "kopie, of " + _RESAVE["nl"],
        "en": "the part '{part}' is damaged or does not inflate to its declared size ({error}); "
        "refused (a decompression bomb or a damaged file); get a fresh copy, or " + _RESAVE["en"],
    },
    "msg_zip_part_larger": {
        "nl": "het onderdeel '{part}' bevat meer dan de opgegeven grootte; geweigerd (een "
        "decompressiebom of een beschadigd bestand)",
        "en": "the part '{part}' holds more than its declared size; refused (a decompression "
        "bomb or a damaged file)",
    },
    "msg_zip_prolog": {
        "nl": "het XML-onderdeel '{part}' begint zijn inhoud niet binnen {kb} KB; geweigerd vóór "
        "het lezen",
        "en": "the XML part '{part}' does not start its content within {kb} KB; refused before "
        "reading",
    },
    "msg_zip_doctype": {
        "nl": "het XML-onderdeel '{part}' bevat een DOCTYPE- of ENTITY-declaratie, die Excel "
        "nooit schrijft; geweigerd vóór het lezen (entiteituitbreiding en externe entiteiten "
        "kunnen het geheugen uitputten of andere bestanden lezen); " + _RESAVE["nl"],
        "en": "the XML part '{part}' holds a DOCTYPE or ENTITY declaration, which Excel never "
        "writes; refused before reading (entity expansion and external entities can exhaust "
        "memory or read other files); " + _RESAVE["en"],
    },
    "msg_zip_no_element": {
        "nl": "het XML-onderdeel '{part}' begint niet met een XML-element; de werkmap is "
        "beschadigd; " + _RESAVE["nl"],
        "en": "the XML part '{part}' does not start with an XML element; the workbook is "
        "damaged; " + _RESAVE["en"],
    },
}
