"""The messages of the commands: how a problem is framed (error, warning, how many), where it
was found (sheet, row, column), and the command's own lines (written, nothing written)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # where: file › sheet › cell
    "loc_sheet": {"nl": "blad '{sheet}'", "en": "Sheet '{sheet}'"},
    "loc_row": {"nl": "rij {n}", "en": "row {n}"},
    "loc_rows": {"nl": "rijen {first}-{last}", "en": "rows {first}-{last}"},
    "loc_column": {"nl": "kolom {letters}", "en": "column {letters}"},
    "msg_word_and": {"nl": "en", "en": "and"},
    "msg_word_or": {"nl": "of", "en": "or"},
    # how many
    "msg_input_error": {"nl": "1 fout in de invoer gevonden", "en": "1 input error found"},
    "msg_input_errors": {"nl": "{n} fouten in de invoer gevonden", "en": "{n} input errors found"},
    "msg_rule_breach": {
        "nl": "1 beleidsregel geschonden",
        "en": "1 policy rule breach found",
    },
    "msg_rule_breaches": {
        "nl": "{n} beleidsregels geschonden",
        "en": "{n} policy rule breaches found",
    },
    "msg_rule_finding": {"nl": "regel {rule}: {finding}", "en": "rule {rule}: {finding}"},
    # the framing of the command line
    "msg_cli_error_line": {"nl": "fout: {what}", "en": "error: {what}"},
    "msg_cli_warning_line": {"nl": "waarschuwing: {what}", "en": "warning: {what}"},
    "msg_cli_more_warnings": {
        "nl": "waarschuwing: … nog {more} van deze soort: {n} {what}",
        "en": "warning: … {more} more like these: {n} {what}",
    },
    "msg_cli_input_errors": {
        "nl": "{what}; er is niets geschreven. Los de problemen hierboven op en start opnieuw "
        "(`qa-budget validate` controleert zonder te rekenen).",
        "en": "{what} — nothing was written. Fix the problems above and run again "
        "(`qa-budget validate` checks without running).",
    },
    "msg_cli_rule_errors": {
        "nl": "{what}; er is niets geschreven. De [rules] van het scenario maken hier fouten "
        'van: pas de invoer of het scenario aan, of zet de regel op "warning" om toch te '
        "rekenen.",
        "en": "{what} — nothing was written. The scenario's [rules] make these errors: change "
        'the inputs or the scenario, or set the rule to "warning" to run anyway.',
    },
    "msg_cli_scenario": {"nl": "Scenario {path}:", "en": "Scenario {path}:"},
    "msg_cli_error": {"nl": "Fout: {what}", "en": "Error: {what}"},
    "msg_realised_year_no_budget": {
        "nl": "een rapportage over {year} ({n} rij(en)), maar {year} heeft geen begroting in "
        "{funds} (blad Middelen): klopt het jaar? Zo ja, voeg een rij voor {year} toe aan "
        "{funds} en een kolom aan de plannen",
        "en": "a report on {year} ({n} row(s)), but {year} has no budget in {funds} (sheet "
        "Middelen): is the year right? If so, add a row for {year} to {funds} and a column to "
        "the plans",
    },
    "msg_year_without_figures": {
        "nl": "er zijn geen cijfers van {year}: {funds} heeft begrotingen van {budgets} en "
        "{file} meldt over {reported}; kies een van die jaren, of voeg {year} toe aan {funds} "
        "en de plannen",
        "en": "there are no figures for {year}: {funds} has budgets for {budgets} and {file} "
        "reports on {reported}; choose one of those years, or add {year} to {funds} and the "
        "plans",
    },
    "msg_cli_internal": {"nl": "Interne fout: {what}", "en": "Internal error: {what}"},
    "msg_cli_bug": {
        "nl": "Dit is een fout in qa-budget, niet in uw invoer. Start opnieuw met "
        "`qa-budget --debug ...` voor de traceback en meld de fout.",
        "en": "This is a bug in qa-budget, not in your inputs. Rerun with "
        "`qa-budget --debug ...` for the traceback and report it.",
    },
    "msg_many_plan_deviation": {
        "nl": "eenheid-jaren waarvan de geplande besteding verder van de toewijzing ligt dan de "
        "drempel (elke eenheid en elk jaar staat in overview.xlsx, blad Toewijzing)",
        "en": "unit-years whose planned spending is further from the allocation than the "
        "threshold (every unit and year is in overview.xlsx, sheet Toewijzing)",
    },
    "msg_many_no_count": {
        "nl": "eenheid-jaren hebben geen aantal EER-studenten (zij krijgen niets bij een "
        "verdeling per student; zie students.xlsx)",
        "en": "unit-years have no EEA-student count (they receive nothing under a "
        "per-student key; see students.xlsx)",
    },
    "msg_many_plan_without_students": {
        "nl": "eenheid-jaren plannen bestedingen zonder EER-studenten",
        "en": "unit-years plan spending without EEA students",
    },
    "msg_many_zero_measure": {
        "nl": "maatregelen hebben in elk jaar bedrag 0",
        "en": "measures have amount 0 in every year",
    },
    "msg_status_written": {"nl": "geschreven", "en": "written"},
    "msg_status_unchanged": {"nl": "ongewijzigd", "en": "unchanged"},
    "msg_cli_files_in": {
        "nl": "{n} bestanden in {folder} ({first} ... {last})",
        "en": "{n} files in {folder} ({first} ... {last})",
    },
    "msg_cli_wrote_example": {
        "nl": "Het meegeleverde voorbeeld staat in {folder}. Volgende stap: qa-budget validate "
        "--inputs {inputs}",
        "en": "Wrote the bundled example to {folder}. Next: qa-budget validate --inputs {inputs}",
    },
    "msg_cli_wrote_templates": {
        "nl": "Lege sjablonen staan in {folder}. Volgende stap: qa-budget validate --inputs "
        "{inputs}",
        "en": "Wrote empty templates to {folder}. Next: qa-budget validate --inputs {inputs}",
    },
    "msg_cli_ok": {"nl": "OK: geen fouten in {folder}", "en": "OK: no errors in {folder}"},
    "msg_cli_ok_warning": {
        "nl": "OK: geen fouten in {folder}, 1 waarschuwing om naar te kijken",
        "en": "OK: no errors in {folder}, 1 warning to look at",
    },
    "msg_cli_ok_warnings": {
        "nl": "OK: geen fouten in {folder}, {n} waarschuwingen om naar te kijken",
        "en": "OK: no errors in {folder}, {n} warnings to look at",
    },
    "msg_cli_no_lp": {
        "nl": "Geen LP-model om te exporteren: de verdeelsleutel van dit scenario heeft geen "
        "optimalisatie nodig.",
        "en": "No LP to export: this scenario's key needs no optimiser.",
    },
    "msg_cli_two_scenarios": {
        "nl": "geef ten minste twee scenariobestanden: eerst het basisscenario, dan de andere",
        "en": "give at least two scenario files: the baseline, then the others",
    },
    "msg_cli_years_form": {
        "nl": "--years: verwacht jaren zoals 2025-2028 of 2025,2026; gevonden: '{text}'",
        "en": "--years: expected years like 2025-2028 or 2025,2026, got '{text}'",
    },
    "msg_cli_years_reversed": {
        "nl": "--years: het eerste jaar van '{text}' komt na het laatste; geef de jaren "
        "oplopend, bijv. --years {fixed}",
        "en": "--years: the first year of '{text}' comes after the last; give the years in "
        "ascending order, e.g. --years {fixed}",
    },
    "msg_cli_years_range": {
        "nl": "--years: verwacht jaren van 2000 tot en met 2100; gevonden: '{text}'",
        "en": "--years: expected years from 2000 to 2100, got '{text}'",
    },
    "msg_cli_years_order": {
        "nl": "--years: geef de jaren oplopend en elk jaar één keer; gevonden: '{text}'",
        "en": "--years: give the years in ascending order, each once, got '{text}'",
    },
    "msg_cli_unit_year": {
        "nl": "--unit en --year horen bij elkaar",
        "en": "--unit and --year go together",
    },
    "msg_cli_unit_format": {
        "nl": "een spoor (--unit en --year) is een tekst; --format {fmt} geldt voor het "
        "registerrecord: laat een van beide weg",
        "en": "a trace (--unit and --year) is a text; --format {fmt} is for the register "
        "record: leave out one of them",
    },
    "msg_cli_check_unit": {
        "nl": "--check beoordeelt het registerrecord; laat --unit en --year weg",
        "en": "--check judges the register record; leave out --unit and --year",
    },
    "msg_cli_not_publishable": {
        "nl": "Niet publiceerbaar: {n} punten in {file} te verbeteren (zie docs/register.md).",
        "en": "Not publishable: {n} points in {file} to fix (see docs/register.md).",
    },
    "msg_cli_not_publishable_one": {
        "nl": "Niet publiceerbaar: {n} punt in {file} te verbeteren (zie docs/register.md).",
        "en": "Not publishable: {n} point in {file} to fix (see docs/register.md).",
    },
    "msg_cli_publishable": {
        "nl": "Publiceerbaar: elk veld van {file} is ingevuld ({lang}) en actueel.",
        "en": "Publishable: every field of {file} is filled in ({lang}) and current.",
    },
    "msg_cli_record_unpublishable": {
        "nl": "waarschuwing: het record is nog niet publiceerbaar ({n} punten); "
        "`qa-budget explain {scenario} --check` somt ze op",
        "en": "warning: the record is not publishable yet ({n} points); "
        "`qa-budget explain {scenario} --check` lists them",
    },
    "msg_cli_record_unpublishable_one": {
        "nl": "waarschuwing: het record is nog niet publiceerbaar ({n} punt); "
        "`qa-budget explain {scenario} --check` noemt het",
        "en": "warning: the record is not publishable yet ({n} point); "
        "`qa-budget explain {scenario} --check` lists it",
    },
    "msg_cli_verify_failed": {
        "nl": "Verificatie MISLUKT: de uitvoer is niet wat deze invoer en dit scenario opleveren.",
        "en": "Verification FAILED: the outputs are not what these inputs and this scenario "
        "produce.",
    },
    "msg_cli_verified": {
        "nl": "Geverifieerd: invoer ongewijzigd, elk uitvoerbestand gelijk aan een nieuwe run.",
        "en": "Verified: inputs unchanged, every output identical to a fresh run.",
    },
}
