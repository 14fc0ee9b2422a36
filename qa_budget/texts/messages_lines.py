"""The lines of the commands that are not problems: the plan-round table that validate prints,
the report of verify (ok or differing, cell by cell) and the findings of explain --check."""

from __future__ import annotations

ROUND_LINES: dict[str, dict[str, str]] = {
    "cli_round_title": {
        "nl": "Planronde: uiterste datum {deadline}; vereist: {decision} van de faculteitsraad",
        "en": "Plan round: deadline {deadline}; required: the faculty council's {decision}",
    },
    "cli_round_no_deadline": {
        "nl": "geen, niet gegeven in het scenario",
        "en": "none set in the scenario",
    },
    "cli_round_h_unit": {"nl": "Eenheid", "en": "Unit"},
    "cli_round_h_version": {"nl": "Versie", "en": "Version"},
    "cli_round_h_submitted": {"nl": "Ingediend", "en": "Submitted"},
    "cli_round_h_on_time": {"nl": "Op tijd", "en": "On time"},
    "cli_round_h_decision": {"nl": "Besluit", "en": "Decision"},
    "cli_round_h_decided": {"nl": "Besloten", "en": "Decided"},
    "cli_round_h_consent": {"nl": "{decision} gegeven", "en": "{decision} given"},
    "cli_round_h_status": {"nl": "Status", "en": "Status"},
    "cli_round_yes": {"nl": "ja", "en": "yes"},
    "cli_round_no": {"nl": "nee", "en": "no"},
    "cli_round_count_judged": {
        "nl": "{on_time} van {n} plannen op tijd, {late} te laat, ",
        "en": "{on_time} of {n} plans on time, {late} late, ",
    },
    "cli_round_count_submitted": {
        "nl": "{submitted} van {n} plannen ingediend, ",
        "en": "{submitted} of {n} plans submitted, ",
    },
    "cli_round_count_rest": {
        "nl": "{missing} ontbrekend{unknown}; {decision} gegeven voor {consents} van {n}; "
        "{adopted} van {n} vastgesteld{end}",
        "en": "{missing} missing{unknown}; {decision} given for {consents} of {n}; {adopted} of "
        "{n} adopted{end}",
    },
    "cli_round_concept": {
        "nl": ": de werkboeken zijn gemarkeerd als CONCEPT.",
        "en": ": the workbooks are marked DRAFT.",
    },
}

VERIFY_LINES: dict[str, dict[str, str]] = {
    "msg_verify_ok": {"nl": "ok        {what}", "en": "ok        {what}"},
    "msg_verify_bad": {"nl": "AFWIJKING {what}", "en": "MISMATCH  {what}"},
    "msg_verify_input_ok": {"nl": "invoer {name}", "en": "input {name}"},
    "msg_verify_input_missing": {
        "nl": "invoer {name}: ontbreekt in {folder}",
        "en": "input {name}: missing from {folder}",
    },
    "msg_verify_input_changed": {
        "nl": "invoer {name}: gewijzigd sinds de berekening (SHA-256 wijkt af)",
        "en": "input {name}: changed since the run (SHA-256 differs)",
    },
    "msg_verify_output_missing": {
        "nl": "uitvoer {name}: ontbreekt",
        "en": "output {name}: missing",
    },
    "msg_verify_output_changed": {
        "nl": "uitvoer {name}: gewijzigd na de berekening (SHA-256 wijkt af van run.json)",
        "en": "output {name}: changed after the run (SHA-256 differs from run.json)",
    },
    "msg_verify_output_ok": {
        "nl": "uitvoer {name}: gelijk aan een nieuwe berekening",
        "en": "output {name}: identical to a fresh run",
    },
    "msg_verify_output_differs": {
        "nl": "uitvoer {name}: wijkt af van een nieuwe berekening",
        "en": "output {name}: differs from a fresh run",
    },
    "msg_verify_output_cell": {"nl": "uitvoer {name} › {what}", "en": "output {name} › {what}"},
    "msg_verify_cell": {
        "nl": "{sheet} › {ref}: {was} in het bestand, {now} opnieuw berekend",
        "en": "{sheet} › {ref}: {was} in the file, {now} recomputed",
    },
    "msg_verify_empty": {"nl": "leeg", "en": "empty"},
    "msg_verify_sheets": {
        "nl": "bladen {was} in plaats van {now}",
        "en": "sheets {was} instead of {now}",
    },
    "msg_verify_bytes": {
        "nl": "de bytes wijken af (geen cel wijkt af)",
        "en": "bytes differ (no cell differs)",
    },
    "msg_verify_scenario_missing": {
        "nl": "scenario {path}: niet gevonden (vanuit {here}); geef het met --scenario",
        "en": "scenario {path}: not found (from {here}); give it with --scenario",
    },
    "msg_verify_scenario_given_missing": {
        "nl": "scenario {path}: niet gevonden",
        "en": "scenario {path}: not found",
    },
    "msg_verify_inputs_missing": {
        "nl": "invoermap {folder} uit run.json: niet gevonden, vanuit {here} noch vanuit een map "
        "boven de uitvoermap; verifieer vanuit de map waarin de berekening liep, of geef de "
        "invoermap met --inputs",
        "en": "inputs folder {folder} from run.json: not found, from {here} or from a folder "
        "above the output folder; verify from the folder the run was started in, or give the "
        "inputs folder with --inputs",
    },
    "msg_verify_inputs_given_missing": {
        "nl": "invoermap {folder}: niet gevonden",
        "en": "inputs folder {folder}: not found",
    },
    "msg_verify_kept": {
        "nl": "{names}: gemaakt met qa-budget monitor of progress van deze invoer en dit "
        "scenario (niet cel voor cel nagerekend)",
        "en": "{names}: made with qa-budget monitor or progress from these inputs and this "
        "scenario (not recomputed cell by cell)",
    },
    "msg_verify_inputs_found_above": {
        "nl": "invoermap {recorded} (uit run.json) gevonden als {path}",
        "en": "inputs folder {recorded} (from run.json) found as {path}",
    },
    "msg_verify_scenario_found_above": {
        "nl": "scenario {recorded} (uit run.json) gevonden als {path}",
        "en": "scenario {recorded} (from run.json) found as {path}",
    },
    "msg_verify_scenario_differs": {
        "nl": "scenario {path}: wijkt af van het scenario in run.json",
        "en": "scenario {path}: differs from the one recorded in run.json",
    },
    "msg_verify_outdated": {
        "nl": "verouderd {name}: gemaakt vóór de laatste wijziging van de invoer of het "
        "scenario; maak het opnieuw (qa-budget monitor, qa-budget progress)",
        "en": "outdated {name}: made before the inputs or the scenario last changed; make it "
        "again (qa-budget monitor, qa-budget progress)",
    },
    "msg_verify_stale": {
        "nl": "uitvoer {name}: niet door deze berekening geschreven (een eenheid die niet meer "
        "in units.xlsx staat?)",
        "en": "output {name}: not written by this run (a unit no longer in units.xlsx?)",
    },
    "msg_verify_not_recomputed": {
        "nl": "de berekening kan niet opnieuw worden gemaakt: {why}",
        "en": "the run cannot be recomputed: {why}",
    },
}
