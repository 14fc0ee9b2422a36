"""The warnings of a run and of validate: the plan round (late, not submitted, no consent),
overdue decisions, and what the progress report misses (values, reflections, responsible
units)."""

from __future__ import annotations

WARNINGS: dict[str, dict[str, str]] = {
    # the plan round
    "msg_round_no_status": {
        "nl": "{unit}: geen status in de planronde (geen blad Planronde, of een leeg blad); "
        "voeg het blad uit het sjabloon toe (qa-budget init) met de versie, de data, het "
        "besluit van de faculteitsraad en de status",
        "en": "{unit}: no plan round status (no sheet Planronde, or an empty one); add the sheet "
        "from the template (qa-budget init) with the version, the dates, the faculty council's "
        "decision and the status",
    },
    "msg_versions_not_raised": {
        "nl": "{unit}: de vorige versie in {folder} heeft versie {before}, dit plan versie {now}: "
        "niet hoger. Staan de mappen verwisseld, of is het versienummer niet opgehoogd?",
        "en": "{unit}: the previous version in {folder} is version {before}, this plan version "
        "{now}: not higher. Are the folders swapped, or was the version number not raised?",
    },
    "msg_round_not_submitted": {
        "nl": "{unit}: het plan is nog niet ingediend (status concept)",
        "en": "{unit}: the plan is not submitted yet (status draft)",
    },
    "msg_round_late_one": {
        "nl": "{unit}: ingediend op {submitted}, 1 dag na de uiterste datum {deadline}",
        "en": "{unit}: submitted on {submitted}, 1 day after the deadline {deadline}",
    },
    "msg_round_late": {
        "nl": "{unit}: ingediend op {submitted}, {days} dagen na de uiterste datum {deadline}",
        "en": "{unit}: submitted on {submitted}, {days} days after the deadline {deadline}",
    },
    "msg_round_no_consent": {
        "nl": "{unit}: de faculteitsraad heeft zijn {required} niet gegeven (besluit: "
        "{decision}); de planronde vraagt om {required}",
        "en": "{unit}: the faculty council has not given its {required} (decision: "
        "{decision}); the round asks for {required}",
    },
    # open decisions
    "msg_decision_overdue": {
        "nl": "het besluit over '{name}' ({years}, pm) had uiterlijk {due} moeten vallen "
        "({decider}); vul het besloten bedrag in, of een nieuwe datum",
        "en": "the decision on '{name}' ({years}, pm) was due by {due} ({decider}); enter the "
        "amount decided, or a new date",
    },
    # gaps in the progress report
    "msg_gap_value": {
        "nl": "{code} heeft geen waarde voor {year} ({scope})",
        "en": "{code} has no value for {year} ({scope})",
    },
    "msg_gap_university": {"nl": "universiteit", "en": "university"},
    "msg_gap_reflection": {
        "nl": "geen reflectie voor {year} op thema {theme}",
        "en": "no reflection for {year} on theme {theme}",
    },
    "msg_gap_responsible": {
        "nl": "initiatief '{name}' heeft geen verantwoordelijke eenheid",
        "en": "initiative '{name}' has no responsible unit",
    },
}
