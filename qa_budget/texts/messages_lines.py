"""The lines of the commands that are not problems: the plan-round table that validate prints,
the report of verify (ok or differing, cell by cell) and the findings of explain --check."""

from __future__ import annotations

ROUND_LINES: dict[str, dict[str, str]] = {
    "cli_round_title": {
        "nl": "Planronde: uiterste datum {deadline}; de {decision} van de faculteitsraad is "
        "vereist",
        "en": "Plan round: deadline {deadline}; the faculty council's {decision} is required",
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
    "cli_round_h_consent": {"nl": "Instemming", "en": "Consent"},
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
        "nl": "{missing} ontbreken; instemming gegeven voor {consents} van {n}; {adopted} van "
        "{n} vastgesteld{end}",
        "en": "{missing} missing; consent given for {consents} of {n}; {adopted} of {n} adopted "
        "(vastgesteld){end}",
    },
    "cli_round_concept": {
        "nl": ": de werkboeken zijn gemarkeerd als CONCEPT.",
        "en": ": the workbooks are marked CONCEPT.",
    },
}
