"""The messages of a scenario file and of a run: a key the scenario format does not know or
that has the wrong kind of value, a scenario that cannot be computed, outputs that cannot be
written."""

from __future__ import annotations

_OTHER_OUT = {
    "nl": "kies een andere map met --out",
    "en": "choose another --out folder",
}

RUN: dict[str, dict[str, str]] = {
    # the scenario file
    "msg_scn_not_found": {"nl": "bestand niet gevonden", "en": "file not found"},
    "msg_scn_unreadable": {
        "nl": "het bestand is niet te lezen: {error}",
        "en": "cannot read the file: {error}",
    },
    "msg_scn_not_regular": {
        "nl": "geen gewoon bestand (een map, pipe of apparaat); verwacht: een .toml-bestand",
        "en": "not a regular file (a folder, pipe or device); expected a .toml file",
    },
    "msg_scn_too_large": {
        "nl": "groter dan 1 MB; een scenariobestand is een pagina met instellingen",
        "en": "larger than 1 MB; a scenario file is a page of settings",
    },
    "msg_scn_not_utf8": {
        "nl": "geen UTF-8-tekst ({reason} bij byte {byte}); sla het bestand op als UTF-8",
        "en": "not UTF-8 text ({reason} at byte {byte})",
    },
    "msg_scn_toml": {
        "nl": "geen geldige TOML (de melding van de TOML-lezer: {error})",
        "en": "not valid TOML: {error}",
    },
    "msg_scn_nested": {
        "nl": "geen scenario: de tabellen of lijsten zijn te diep genest voor instellingen",
        "en": "not a scenario: its tables or lists are nested too deeply to be settings",
    },
    "msg_scn_top": {"nl": "(bovenste niveau)", "en": "(top level)"},
    "msg_scn_unknown_key": {
        "nl": "onbekende sleutel '{path}' (controleer de spelling; zie docs/scenarios.md)",
        "en": "unknown key '{path}' (check the spelling; see docs/scenarios.md)",
    },
    "msg_scn_missing_key": {
        "nl": "sleutel '{path}' ontbreekt; die is verplicht",
        "en": "missing key '{path}'",
    },
    "msg_scn_key": {"nl": "sleutel '{path}': {what}{got}", "en": "key '{path}': {what}{got}"},
    "msg_scn_expected": {"nl": "verwacht: {what}", "en": "expected {what}"},
    "msg_scn_got": {"nl": "; gevonden: {value}", "en": ", got {value}"},
    "msg_scn_whole_number": {"nl": "een geheel getal", "en": "a whole number"},
    "msg_scn_number": {"nl": "een getal", "en": "a number"},
    "msg_scn_number_unquoted": {
        "nl": "een getal zonder aanhalingstekens",
        "en": "a number without quotes",
    },
    "msg_scn_percent": {
        "nl": "een percentage als getal, zonder %-teken en zonder aanhalingstekens (bijv. 10)",
        "en": "a percentage as a number, without a % sign and without quotes (e.g. 10)",
    },
    "msg_scn_whole_number_unquoted": {
        "nl": "een geheel getal zonder aanhalingstekens",
        "en": "a whole number without quotes",
    },
    "msg_scn_bool_unquoted": {
        "nl": "true of false zonder aanhalingstekens",
        "en": "true or false without quotes",
    },
    "msg_scn_text": {"nl": "een tekst tussen aanhalingstekens", "en": "a text in quotes"},
    "msg_scn_bool": {"nl": "true of false", "en": "true or false"},
    "msg_scn_table": {"nl": "een tabel van sleutels", "en": "a table of keys"},
    "msg_scn_list": {"nl": "een lijst", "en": "a list"},
    "msg_scn_date": {"nl": "een datum zoals 2024-06-30", "en": "a date such as 2024-06-30"},
    "msg_scn_amount": {
        "nl": "een bedrag in EUR als getal (bijv. 21000000)",
        "en": "an amount in EUR as a number (e.g. 21000000)",
    },
    "msg_scn_change": {
        "nl": 'een verandering zoals "+3%" of "-1.5%"',
        "en": 'a change such as "+3%" or "-1.5%"',
    },
    "msg_scn_year_or_all": {
        "nl": 'een jaar zoals 2024, of "all"',
        "en": 'a year such as 2024, or "all"',
    },
    "msg_scn_name": {
        "nl": "een naam van letters, cijfers, '-', '_' en '.' (hoogstens 64)",
        "en": "a name of letters, digits, '-', '_' and '.' (at most 64)",
    },
    "msg_scn_ge": {"nl": "een getal van {limit} of meer", "en": "a number of {limit} or more"},
    "msg_scn_gt": {"nl": "een getal groter dan {limit}", "en": "a number greater than {limit}"},
    "msg_scn_le": {"nl": "een getal van {limit} of minder", "en": "a number of {limit} or less"},
    "msg_scn_lt": {"nl": "een getal kleiner dan {limit}", "en": "a number less than {limit}"},
    "msg_scn_at_least": {"nl": "ten minste {n} elementen", "en": "at least {n} items"},
    "msg_scn_base_name": {
        "nl": "sleutel 'base': verwacht: de naam van een scenariobestand in dezelfde map "
        "(letters, cijfers, '-', '_' en '.'); gevonden: {got}",
        "en": "key 'base': expected the name of a scenario file in the same folder (letters, "
        "digits, '-', '_' and '.'), got {got}",
    },
    "msg_scn_base_circle": {
        "nl": "sleutel 'base': scenario's gaan in een kring van elkaar uit ({chain})",
        "en": "key 'base': scenarios start from each other in a circle ({chain})",
    },
    "msg_scn_base_missing": {
        "nl": "sleutel 'base': geen scenariobestand {path}",
        "en": "key 'base': no scenario file {path}",
    },
    "msg_scn_baseline_missing": {
        "nl": "sleutel 'key.baseline': geen scenario '{name}'; gezocht naar {file} in de map "
        "{folder} (de map van dit scenario){found}",
        "en": "key 'key.baseline': no scenario '{name}'; looked for {file} in the folder "
        "{folder} (this scenario's folder){found}",
    },
    "msg_scn_baseline_there": {
        "nl": "; daar staan: {names}",
        "en": "; the scenarios there: {names}",
    },
    "msg_scn_baseline_none_there": {
        "nl": "; daar staat geen enkel scenario",
        "en": "; there is no scenario there",
    },
    "msg_scn_baseline_circle": {
        "nl": "sleutel 'key.baseline': de basisscenario's vormen een kring ({chain})",
        "en": "key 'key.baseline': baselines form a circle ({chain})",
    },
    "msg_scn_previous_plans": {
        "nl": "--previous-plans {folder}: deze map bestaat niet; geef de map met de vorige "
        "versie van het plan van elke eenheid (<CODE EENHEID>.xlsx)",
        "en": "--previous-plans {folder}: no such folder; give the folder with the previous "
        "version of each unit's plan (<UNIT CODE>.xlsx)",
    },
    # a scenario that cannot be computed
    "msg_key_unknown_unit": {
        "nl": "sleutel '{name}': onbekende eenheid {units} (niet in units.xlsx)",
        "en": "key '{name}': unknown unit {units} (not in units.xlsx)",
    },
    "msg_key_pool_amount": {
        "nl": "sleutel 'key.pool_amount': geen bedrag voor {year} (geef het jaar, of 'all')",
        "en": "key 'key.pool_amount': no amount for {year} (give the year, or 'all')",
    },
    "msg_key_baseline_name": {
        "nl": "sleutel 'key.baseline': '{name}' is alleen een naam; lees het scenario met "
        "load_scenario (dat leest het basisscenario ernaast), of geef het basisscenario zelf",
        "en": "key 'key.baseline': '{name}' is only a name; load the scenario with "
        "load_scenario (it reads the baseline file beside it), or give the baseline Scenario "
        "itself",
    },
    "msg_key_baseline_inputs": {
        "nl": "sleutel 'key.baseline': het basisscenario '{name}' leest andere invoerbestanden "
        "dan dit scenario; een scenario en zijn basisscenario delen hun invoer",
        "en": "key 'key.baseline': the baseline scenario '{name}' reads other input files than "
        "this one; a scenario and its baseline share their inputs",
    },
    "msg_key_baseline_years": {
        "nl": "sleutel 'key.baseline': het basisscenario '{name}' rekent {years} niet door",
        "en": "key 'key.baseline': the baseline scenario '{name}' does not compute {years}",
    },
    "msg_rules_budgets_against": {
        "nl": "sleutel 'rules.budgets_against': \"baseline\", maar deze verdeelsleutel heeft "
        'geen basisscenario; gebruik "previous_year"',
        "en": "key 'rules.budgets_against': \"baseline\", but this key has no baseline "
        'scenario; use "previous_year"',
    },
    "msg_adj_revenue_year": {
        "nl": "sleutel 'revenue': jaar {year} is geen van de jaren van het scenario {years}",
        "en": "key 'revenue': year {year} is not one of the scenario's years {years}",
    },
    "msg_adj_reference_year": {
        "nl": "sleutel 'oploop.reference_year': {year} is geen van de jaren van het scenario "
        "{years}",
        "en": "key 'oploop.reference_year': {year} is not one of the scenario's years {years}",
    },
    "msg_adj_oploop_takes": {
        "nl": "oploop {year}: de verhouding van {ref} vasthouden zou geld weghalen bij {side} "
        "({taken}); kies een ander referentiejaar of een groter aandeel",
        "en": "oploop {year}: keeping the ratio of {ref} would take money from {side} "
        "({taken}); choose another reference year or a larger share",
    },
    "msg_adj_side_units": {"nl": "de eenheden", "en": "the units"},
    "msg_adj_side_central": {"nl": "de centrale initiatieven", "en": "the central initiatives"},
    "msg_adj_oploop_central": {
        "nl": "oploop {year}: er zijn geen centrale initiatieven ten laste van de middelen "
        "waarvan het extra centrale geld de thema's zou kunnen volgen",
        "en": "oploop {year}: there are no central initiatives charged to the funds whose "
        "themes the extra central money could follow",
    },
    "msg_tariff_no_tier": {
        "nl": "een tariefscenario weegt studenten naar bekostigingsniveau, maar dit aantal "
        "heeft geen niveau; verdeel het over laag / hoog / top",
        "en": "a tariff scenario weighs students by funding tier, but this count has no tier; "
        "split it over laag / hoog / top",
    },
    "msg_tariff_no_weight": {
        "nl": "het scenario geeft geen gewicht voor niveau '{tier}'; voeg het toe aan "
        "key.weights (of key.tariffs)",
        "en": "the scenario gives no weight for tier '{tier}'; add it to key.weights (or "
        "key.tariffs)",
    },
    "msg_solver_unknown": {
        "nl": "onbekende solver '{name}'; kies uit {solvers}",
        "en": "unknown solver '{name}'; choose one of {solvers}",
    },
    "msg_solver_missing": {
        "nl": "de solver {name} is in deze installatie niet beschikbaar",
        "en": "the {name} solver is not available in this installation",
    },
    "msg_solve_no_allocation": {
        "nl": "{year}: geen verdeling binnen de vloeren en plafonds besteedt het te verdelen "
        "bedrag van {pool}; controleer de grenzen van het scenario",
        "en": "{year}: no allocation within the floors and caps spends the pool of {pool}; "
        "check the limits of the scenario",
    },
    "msg_solve_no_tariff": {
        "nl": "{year}: geen basistarief besteedt het te verdelen bedrag van {pool} binnen de "
        "vloeren en plafonds; controleer de grenzen van het scenario",
        "en": "{year}: no base tariff spends the pool of {pool} within the floors and caps; "
        "check the limits of the scenario",
    },
    "msg_left_out_indicators": {
        "nl": "deze werkmap bevat fouten, dus de werkboeken voor de faculteitsbesturen en het "
        "raadspakket tonen geen indicatoren; de fouten volgen (ook `qa-budget validate` somt ze "
        "op)",
        "en": "this workbook has errors, so the faculty-board workbooks and the council pack "
        "show no indicators; the errors follow (`qa-budget validate` lists them too)",
    },
    "msg_left_out_realised": {
        "nl": "deze werkmap bevat fouten, dus de werkboeken voor de faculteitsbesturen en het "
        "raadspakket tonen geen monitoring; de fouten volgen (`qa-budget monitor` en "
        "`qa-budget validate` stoppen erop)",
        "en": "this workbook has errors, so the faculty-board workbooks and the council pack "
        "show no monitoring; the errors follow (`qa-budget monitor` and `qa-budget validate` "
        "stop on them)",
    },
    "msg_left_out_history": {
        "nl": "de werkboeken voor de faculteitsbesturen en het raadspakket tonen geen "
        "monitoring: de begroting van de jaren met gerealiseerde cijfers heeft fouten; ze "
        "volgen (`qa-budget monitor` stopt erop)",
        "en": "the faculty-board workbooks and the council pack show no monitoring: the budget "
        "of the years with realised figures has errors; they follow (`qa-budget monitor` stops "
        "on them)",
    },
    "msg_left_out_register": {
        "nl": "dit bestand bevat fouten; deze run gebruikt het niet, maar het registerrecord "
        "(`qa-budget explain --format json`) wacht op hun herstel; de fouten volgen",
        "en": "this file has errors; this run does not use it, but the register record "
        "(`qa-budget explain --format json`) waits for them to be fixed; the errors follow",
    },
    "msg_file_not_found_template": {
        "nl": "bestand niet gevonden; verwacht op {path} (`qa-budget init` schrijft het sjabloon)",
        "en": "file not found; expected it at {path} (`qa-budget init` writes the template)",
    },
    "msg_explain_no_figure": {
        "nl": "geen cijfer voor eenheid '{unit}' in {year}; eenheden: {units}; jaren: {years}",
        "en": "no figure for unit '{unit}' in {year}; units: {units}; years: {years}",
    },
    # comparing
    "msg_cmp_two": {
        "nl": "geef ten minste twee scenario's: het basisscenario, dan de andere",
        "en": "give at least two scenarios: the baseline, then others",
    },
    "msg_cmp_same_name": {
        "nl": "heeft dezelfde naam '{name}' als {other}; vergelijk verschillende scenario's",
        "en": "has the same name '{name}' as {other}; compare different scenarios",
    },
    "msg_cmp_other_units": {
        "nl": "leest andere eenheden dan {base}; vergelijk op één lijst van eenheden",
        "en": "reads other units than {base}; compare on one list of units",
    },
    "msg_cmp_no_year": {
        "nl": "heeft geen jaar gemeen met {base}; er valt niets te vergelijken",
        "en": "has no year in common with {base}; nothing to compare",
    },
    # writing
    "msg_reference_empty": {
        "nl": "reference.xlsx bevat geen enkel gepubliceerd cijfer: er is niets om mee te "
        "vergelijken, dus de vergelijking met de gepubliceerde tabel blijft achterwege. Vul de "
        "bladen in, of haal het bestand weg",
        "en": "reference.xlsx holds no published figure at all: there is nothing to compare "
        "with, so the comparison with the published table is left out. Fill in its sheets, or "
        "remove the file",
    },
    "msg_status_removed": {"nl": "verwijderd", "en": "removed"},
    "msg_status_stale": {"nl": "verouderd", "en": "outdated"},
    "msg_cli_stale": {
        "nl": "verouderd: gemaakt vóór de laatste wijziging van de invoer of het scenario en "
        "daarom behouden zoals het was; maak het opnieuw (qa-budget monitor, qa-budget "
        "progress) of verwijder het",
        "en": "outdated: made before the inputs or the scenario last changed, and kept as it "
        "was; make it again (qa-budget monitor, qa-budget progress) or remove it",
    },
    "msg_out_exists": {
        "nl": "{names}{more} bestaat al met andere inhoud; er is niets geschreven. Start opnieuw "
        "met --force om te overschrijven, of " + _OTHER_OUT["nl"],
        "en": "{names}{more} already exists with other content; nothing was written. Rerun "
        "with --force to overwrite, or " + _OTHER_OUT["en"],
    },
    "msg_out_exist": {
        "nl": "{names}{more} bestaan al met andere inhoud; er is niets geschreven. Start opnieuw "
        "met --force om te overschrijven, of " + _OTHER_OUT["nl"],
        "en": "{names}{more} already exist with other content; nothing was written. Rerun "
        "with --force to overwrite, or " + _OTHER_OUT["en"],
    },
    "msg_out_more": {"nl": " en nog {n}", "en": " and {n} more"},
    "msg_out_dangling": {
        "nl": "kan niet schrijven in {folder}: het is een koppeling naar niets",
        "en": "cannot write into {folder}: it is a link to nowhere",
    },
    "msg_out_inner_link": {
        "nl": "{names}{more} in de uitvoermap is een koppeling; er is niets geschreven. "
        "qa-budget schrijft nooit via een koppeling: start opnieuw met --force om hem te "
        "vervangen door de eigen uitvoer (waar hij naar wijst blijft onaangeroerd), of "
        + _OTHER_OUT["nl"],
        "en": "{names}{more} in the output folder is a link; nothing was written. qa-budget "
        "never writes through a link: rerun with --force to replace it with the outputs "
        "themselves (what it points to stays untouched), or " + _OTHER_OUT["en"],
    },
    "msg_out_link": {
        "nl": "kan de uitvoer niet schrijven in {folder}: het is een koppeling, geen map; "
        "verplaats hem of " + _OTHER_OUT["nl"],
        "en": "cannot write the outputs into {folder}: it is a link, not a folder; move it "
        "away or " + _OTHER_OUT["en"],
    },
    "msg_out_file": {
        "nl": "kan de uitvoer niet schrijven in {folder}: het is een bestand, geen map; "
        "verplaats het of " + _OTHER_OUT["nl"],
        "en": "cannot write the outputs into {folder}: it is a file, not a folder; move it "
        "away or " + _OTHER_OUT["en"],
    },
    "msg_out_outside": {
        "nl": "{target} ligt buiten de uitvoermap {folder}",
        "en": "{target} is outside the output folder {folder}",
    },
    "msg_out_folder_in_way": {
        "nl": "kan {target} niet schrijven: een map met die naam staat in de weg; verplaats "
        "hem of " + _OTHER_OUT["nl"],
        "en": "cannot write {target}: a folder of that name is in the way; move it away or "
        + _OTHER_OUT["en"],
    },
    "msg_out_progress": {
        "nl": "kan de voortgangsrapportage niet schrijven in {folder}: {error}; er is niets "
        "geschreven",
        "en": "cannot write the progress report in {folder}: {error}; nothing was written",
    },
    "msg_out_is_inputs": {
        "nl": "de uitvoermap {out} is de invoermap {inputs}; qa-budget schrijft nooit in zijn "
        "invoer. Kies een andere map met --out, bijv. --out outputs",
        "en": "the output folder {out} is the inputs folder {inputs}; qa-budget never writes "
        "into its inputs. Choose another --out folder, e.g. --out outputs",
    },
    "msg_out_in_inputs": {
        "nl": "de uitvoermap {out} ligt in de invoermap {inputs}; qa-budget schrijft nooit in "
        "zijn invoer. Kies een andere map met --out, bijv. --out outputs",
        "en": "the output folder {out} is inside the inputs folder {inputs}; qa-budget never "
        "writes into its inputs. Choose another --out folder, e.g. --out outputs",
    },
    # verifying
    "msg_verify_not_found": {
        "nl": "{path} niet gevonden: wijs verify een map aan die `qa-budget run` heeft "
        "geschreven (outputs/<scenario>/)",
        "en": "{path} not found: point verify at a folder written by `qa-budget run` "
        "(outputs/<scenario>/)",
    },
    "msg_verify_not_record": {
        "nl": "{path} is geen runverslag ({error})",
        "en": "{path} is not a run record ({error})",
    },
    "msg_verify_old_record": {
        "nl": "{path} is geen runverslag van deze versie van qa-budget (controleer: {where}); "
        "reken het scenario opnieuw door",
        "en": "{path} is not a run record written by this version of qa-budget (check: "
        "{where}); run the scenario again",
    },
}
