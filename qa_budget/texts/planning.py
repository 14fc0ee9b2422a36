"""The texts of the plan round: status and consent, plan versions, open decisions, rules."""

from __future__ import annotations

PLANNING_SHEETS: dict[str, dict[str, str]] = {
    "plan_round": {"nl": "Planronde", "en": "Plan round"},
    "plan_versions": {"nl": "Planversies", "en": "Plan versions"},
    "open_decisions": {"nl": "Open besluiten", "en": "Open decisions"},
    "plan_matrix": {"nl": "Plannen per eenheid", "en": "Plans by unit"},
    "common_initiatives": {"nl": "Gemeensch. initiatieven", "en": "Common initiatives"},
}

ROUND: dict[str, dict[str, str]] = {
    "concept_mark": {
        "nl": "CONCEPT — niet alle plannen zijn vastgesteld",
        "en": "DRAFT — not all plans are adopted",
    },
    "concept_status": {"nl": "Concept", "en": "Draft"},
    "round_title": {"nl": "Planronde", "en": "Plan round"},
    "round_rule": {
        "nl": "Termijn: ingediend uiterlijk {deadline}. Vereist: {decision} van de faculteitsraad.",
        "en": "Deadline: submitted by {deadline}. Required: the faculty council's {decision}.",
    },
    "round_rule_open": {
        "nl": "Het scenario noemt geen termijn ([plan_round] deadline): of een plan op tijd is, "
        "wordt niet beoordeeld. Vereist: {decision} van de faculteitsraad.",
        "en": "The scenario sets no deadline ([plan_round] deadline): whether a plan is on time "
        "is not judged. Required: the faculty council's {decision}.",
    },
    "round_counts": {
        "nl": "{on_time} van {n} plannen op tijd, {late} te laat, {missing} ontbrekend{unknown}; "
        "{consent} van {n} met {decision}; {adopted} van {n} vastgesteld.",
        "en": "{on_time} of {n} plans on time, {late} late, {missing} missing{unknown}; {consent} "
        "of {n} with {decision}; {adopted} of {n} adopted.",
    },
    "round_concept": {
        "nl": "Niet alle plannen zijn vastgesteld: elke pagina van de werkboeken van deze "
        "berekening is als concept gemarkeerd.",
        "en": "Not all plans are adopted: every page of this run's workbooks is marked as a draft.",
    },
    "round_adopted": {
        "nl": "Alle plannen zijn vastgesteld.",
        "en": "All plans are adopted.",
    },
    "round_version": {"nl": "Versie", "en": "Version"},
    "round_submitted": {"nl": "Ingediend op", "en": "Submitted"},
    "round_timely": {"nl": "Tijdig", "en": "On time"},
    "round_decision": {"nl": "Besluit faculteitsraad", "en": "Faculty council's decision"},
    "round_decision_date": {"nl": "Datum besluit", "en": "Date of decision"},
    "round_consent": {"nl": "Vereist besluit gegeven", "en": "Required decision given"},
    "round_contact": {"nl": "Contactpersoon", "en": "Contact"},
    "round_on_time": {"nl": "op tijd", "en": "on time"},
    "round_late": {"nl": "te laat ({days} d)", "en": "late ({days} d)"},
    "round_missing": {"nl": "ontbreekt", "en": "missing"},
    "round_count_unknown": {
        "nl": ", {n} zonder blad Planronde (onbekend)",
        "en": ", {n} without a Planronde sheet (unknown)",
    },
    "round_not_judged": {"nl": "ingediend", "en": "submitted"},
    "round_no_plan": {"nl": "geen plan", "en": "no plan"},
    "round_unknown": {"nl": "onbekend", "en": "unknown"},
    "decision_instemming": {"nl": "instemming", "en": "consent"},
    "decision_advies": {"nl": "advies", "en": "advice"},
    "decision_nog_niet": {"nl": "nog niet", "en": "not yet"},
    "status_concept": {"nl": "concept", "en": "draft"},
    "status_ingediend": {"nl": "ingediend", "en": "submitted"},
    "status_vastgesteld": {"nl": "vastgesteld", "en": "adopted"},
    "fac_round_line": {
        "nl": "Plan versie {version}: {submitted}; besluit faculteitsraad: {decision}; status: "
        "{status}.",
        "en": "Plan version {version}: {submitted}; faculty council's decision: {decision}; "
        "status: {status}.",
    },
    "fac_round_submitted": {
        "nl": "ingediend op {date} ({timely})",
        "en": "submitted on {date} ({timely})",
    },
    "fac_round_submitted_late": {
        "nl": "ingediend op {date}, {days} dagen te laat",
        "en": "submitted on {date}, {days} days late",
    },
    "fac_round_submitted_late_one": {
        "nl": "ingediend op {date}, 1 dag te laat",
        "en": "submitted on {date}, 1 day late",
    },
    "fac_round_not_submitted": {"nl": "nog niet ingediend", "en": "not yet submitted"},
    "fac_round_decided": {"nl": "{decision} op {date}", "en": "{decision} on {date}"},
    "fac_round_none": {
        "nl": "De planronde van dit plan is onbekend: het planwerkboek heeft geen blad Planronde.",
        "en": "This plan's round is unknown: the plan workbook has no sheet Planronde.",
    },
}

VERSIONS: dict[str, dict[str, str]] = {
    "ver_title": {
        "nl": "Het plan tegenover de vorige versie",
        "en": "The plan against its previous version",
    },
    "ver_title_university": {
        "nl": "De plannen tegenover hun vorige versie",
        "en": "The plans against their previous versions",
    },
    "ver_subtitle": {
        "nl": "Vorige versie: {before}; deze versie: {now}. Bedragen in EUR, {years}; aandelen "
        "van het plan.",
        "en": "Previous version: {before}; this version: {now}. Amounts in EUR, {years}; "
        "shares of the plan.",
    },
    "ver_subtitle_university": {
        "nl": "De plannen van de eenheden met een vorige versie ({units} van {n}), opgeteld; "
        "de centrale initiatieven horen bij geen plan. Bedragen in EUR; aandelen van de plannen.",
        "en": "The plans of the units with a previous version ({units} of {n}), added up; the "
        "central initiatives belong to no plan. Amounts in EUR; shares of the plans.",
    },
    "ver_without": {
        "nl": "Zonder vorige versie (niet vergeleken): {units}.",
        "en": "Without a previous version (not compared): {units}.",
    },
    "ver_none": {
        "nl": "Er is geen vorige versie van dit plan ({file} ontbreekt): er valt niets te "
        "vergelijken.",
        "en": "There is no previous version of this plan ({file} is missing): there is nothing "
        "to compare.",
    },
    "ver_unknown_version": {"nl": "versie onbekend", "en": "version unknown"},
    "ver_version": {"nl": "versie {version}", "en": "version {version}"},
    "ver_period": {"nl": "{years}", "en": "{years}"},
    "ver_previous": {"nl": "Vorige versie", "en": "Previous version"},
    "ver_current": {"nl": "Deze versie", "en": "This version"},
    "ver_share_previous": {"nl": "Aandeel vorige", "en": "Share before"},
    "ver_share_current": {"nl": "Aandeel nu", "en": "Share now"},
    "ver_points": {"nl": "Verschuiving (procentpunt)", "en": "Shift (points)"},
    "ver_words": {"nl": "In woorden", "en": "In words"},
    "ver_shift_none": {
        "nl": "De verdeling over de thema's blijft gelijk.",
        "en": "The split over the themes stays the same.",
    },
    "ver_shift_nothing": {
        "nl": "Een van beide versies plant niets: er is geen verschuiving tussen thema's te tonen.",
        "en": "One of the two versions plans nothing: there is no shift between themes to show.",
    },
    "ver_shift_minimal": {
        "nl": "Een minimale verschuiving van {from_} naar {to}: {moves}.",
        "en": "A minimal shift from {from_} to {to}: {moves}.",
    },
    "ver_shift_modest": {
        "nl": "Een bescheiden verschuiving van {from_} naar {to}: {moves}.",
        "en": "A modest shift from {from_} to {to}: {moves}.",
    },
    "ver_shift_clear": {
        "nl": "Een duidelijke verschuiving van {from_} naar {to}: {moves}.",
        "en": "A clear shift from {from_} to {to}: {moves}.",
    },
    "ver_more_minimal": {
        "nl": (
            "Een minimale verschuiving"
            " in de aandelen: meer geld voor {to} en voor geen thema minder; {moves}."
        ),
        "en": "A minimal shift in the shares: more money for {to} and less for none; {moves}.",
    },
    "ver_less_minimal": {
        "nl": (
            "Een minimale verschuiving"
            " in de aandelen: minder geld voor {from_} en voor geen thema meer; {moves}."
        ),
        "en": "A minimal shift in the shares: less money for {from_} and more for none; {moves}.",
    },
    "ver_more_modest": {
        "nl": (
            "Een bescheiden verschuiving"
            " in de aandelen: meer geld voor {to} en voor geen thema minder; {moves}."
        ),
        "en": "A modest shift in the shares: more money for {to} and less for none; {moves}.",
    },
    "ver_less_modest": {
        "nl": (
            "Een bescheiden verschuiving"
            " in de aandelen: minder geld voor {from_} en voor geen thema meer; {moves}."
        ),
        "en": "A modest shift in the shares: less money for {from_} and more for none; {moves}.",
    },
    "ver_more_clear": {
        "nl": (
            "Een duidelijke verschuiving"
            " in de aandelen: meer geld voor {to} en voor geen thema minder; {moves}."
        ),
        "en": "A clear shift in the shares: more money for {to} and less for none; {moves}.",
    },
    "ver_less_clear": {
        "nl": (
            "Een duidelijke verschuiving"
            " in de aandelen: minder geld voor {from_} en voor geen thema meer; {moves}."
        ),
        "en": "A clear shift in the shares: less money for {from_} and more for none; {moves}.",
    },
    "ver_move": {
        "nl": "het aandeel van thema {theme} gaat van {before} naar {now}",
        "en": "the share of theme {theme} goes from {before} to {now}",
    },
    "ver_theme": {"nl": "thema {theme}", "en": "theme {theme}"},
    "ver_themes": {"nl": "thema's {themes}", "en": "themes {themes}"},
    "ver_and": {"nl": "en", "en": "and"},
    "ver_new": {"nl": "Nieuw: {themes}.", "en": "New: {themes}."},
    "ver_gone": {
        "nl": "Niet meer in het plan: {themes}.",
        "en": "No longer in the plan: {themes}.",
    },
    "ver_total_from_nothing": {
        "nl": "Het plan groeit van {before} naar {now}.",
        "en": "The plan grows from {before} to {now}.",
    },
    "ver_total_up": {
        "nl": "Het plan groeit van {before} naar {now} ({pct}).",
        "en": "The plan grows from {before} to {now} ({pct}).",
    },
    "ver_total_down": {
        "nl": "Het plan krimpt van {before} naar {now} ({pct}).",
        "en": "The plan shrinks from {before} to {now} ({pct}).",
    },
    "ver_total_same": {
        "nl": "Het plan blijft {now}.",
        "en": "The plan stays at {now}.",
    },
    "ver_measures": {
        "nl": "Maatregelen: toegevoegd, gewijzigd en gestopt",
        "en": "Measures: added, changed and stopped",
    },
    "ver_measures_count": {
        "nl": "{added} toegevoegd, {changed} gewijzigd, {stopped} gestopt, {same} ongewijzigd.",
        "en": "{added} added, {changed} changed, {stopped} stopped, {same} unchanged.",
    },
    "ver_measure": {"nl": "Maatregel", "en": "Measure"},
    "ver_change": {"nl": "Wijziging", "en": "Change"},
    "ver_theme_before": {"nl": "Thema vorige", "en": "Theme before"},
    "ver_theme_now": {"nl": "Thema nu", "en": "Theme now"},
    "ver_signal": {"nl": "Signaal", "en": "Signal"},
    "ver_added": {"nl": "toegevoegd", "en": "added"},
    "ver_changed": {"nl": "gewijzigd", "en": "changed"},
    "ver_stopped": {"nl": "gestopt", "en": "stopped"},
    "ver_running_stopped": {
        "nl": "lopende maatregel verdwijnt: afgebouwd of elders bekostigd?",
        "en": "a running measure disappears: wound down, or paid from elsewhere?",
    },
    "ver_flagged_list": {
        "nl": "Lopende maatregelen die verdwijnen (afgebouwd of elders bekostigd?): {measures}.",
        "en": "Running measures that disappear (wound down, or paid from elsewhere?): {measures}.",
    },
    "ver_theme_moved": {
        "nl": "van thema {before} naar {now}",
        "en": "from theme {before} to {now}",
    },
    "ver_pm": {"nl": "pm in {years}", "en": "pm in {years}"},
    "ver_no_changes": {
        "nl": "Geen maatregel toegevoegd, gewijzigd of gestopt.",
        "en": "No measure added, changed or stopped.",
    },
    "ver_by_unit": {"nl": "Per eenheid", "en": "By unit"},
    "ver_flagged": {"nl": "Gemarkeerd", "en": "Flagged"},
    "ver_all_changes": {
        "nl": "Alle maatregelen die erbij komen, wijzigen of stoppen",
        "en": "Every measure added, changed or stopped",
    },
    "ver_plan2018": {
        "nl": "Tegenover het oorspronkelijke plan van 2018 (gepubliceerde percentages)",
        "en": "Against the original 2018 plan (published percentages)",
    },
    "ver_plan2018_text": {
        "nl": "{year}, alle uitgaven (plannen en centrale initiatieven) tegenover het plan van "
        "2018: {words}",
        "en": "{year}, all spending (plans and central initiatives) against the 2018 plan: {words}",
    },
    "ver_none_given": {
        "nl": "Er zijn geen vorige versies van de plannen opgegeven (map {folder}).",
        "en": "No previous versions of the plans were given (folder {folder}).",
    },
}

DECISIONS: dict[str, dict[str, str]] = {
    "dec_title": {"nl": "Open besluiten (pm)", "en": "Open decisions (pm)"},
    "dec_subtitle": {
        "nl": "Bedragen die op een besluit wachten (pm). Ze tellen niet mee in de bedragen van "
        "deze berekening; de datum is de afgesproken uiterste datum van het besluit.",
        "en": "Amounts that wait for a decision (pm). They are not counted in this run's "
        "amounts; the date is the agreed date by which the decision is due.",
    },
    "dec_kind": {"nl": "Soort", "en": "Kind"},
    "dec_central": {"nl": "centraal", "en": "central"},
    "dec_measure": {"nl": "maatregel", "en": "measure"},
    "dec_what": {"nl": "Initiatief of maatregel", "en": "Initiative or measure"},
    "dec_years": {"nl": "Jaren", "en": "Years"},
    "dec_decider": {"nl": "Besluit door", "en": "Decided by"},
    "dec_by": {"nl": "Besluit uiterlijk", "en": "Decision due by"},
    "dec_effect": {"nl": "Effect op nog te alloceren", "en": "Effect on still to allocate"},
    "dec_effect_unknown": {
        "nl": "onbekend: lager met het bedrag waartoe besloten wordt",
        "en": "unknown: lower by the amount decided",
    },
    "dec_effect_none_other_source": {
        "nl": "geen: niet ten laste van de kwaliteitsmiddelen",
        "en": "none: not charged to the quality funds",
    },
    "dec_effect_none_plan": {
        "nl": "geen: de maatregel wordt betaald uit de toewijzing van de eenheid; alleen haar "
        "resultaat verandert (onbekend tot het bedrag vaststaat)",
        "en": "none: the measure is paid from the unit's allocation; only the unit's result "
        "changes (unknown until the amount is decided)",
    },
    "dec_none": {
        "nl": "Geen open besluiten: elk bedrag is ingevuld.",
        "en": "No open decisions: every amount is filled in.",
    },
}

RULES: dict[str, dict[str, str]] = {
    "rules_title": {"nl": "Beleidsregels", "en": "Policy rules"},
    "rules_subtitle": {
        "nl": "De regels die het scenario noemt ([rules]); een gebroken regel wordt hieronder "
        "uitgelegd.",
        "en": "The rules the scenario names ([rules]); a broken rule is explained below it.",
    },
    "rule": {"nl": "Regel", "en": "Rule"},
    "rule_level": {"nl": "Niveau", "en": "Level"},
    "rule_level_off": {"nl": "uit", "en": "off"},
    "rule_level_warning": {"nl": "waarschuwing", "en": "warning"},
    "rule_level_error": {"nl": "fout", "en": "error"},
    "rule_ok": {"nl": "OK", "en": "OK"},
    "rule_broken": {"nl": "GEBROKEN", "en": "BROKEN"},
    "rule_off": {"nl": "niet gecontroleerd", "en": "not checked"},
    "rule_name_theme6_not_charged": {
        "nl": "Thema 6 (onderwijsfaciliteiten) niet ten laste van de kwaliteitsmiddelen",
        "en": "Theme 6 (educational facilities) not charged to the quality funds",
    },
    "rule_name_common_initiatives": {
        "nl": "Gemeenschappelijke initiatieven: verantwoordelijk onderdeel en de vier criteria",
        "en": "Common initiatives: a responsible unit and the four criteria",
    },
    "rule_name_unit_budgets_kept": {
        "nl": "Budgetten van de eenheden behouden: geen toewijzing onder de vorige",
        "en": "Unit budgets kept: no allocation below the previous one",
    },
    "rule_theme6_measure": {
        "nl": "{unit}: maatregel '{measure}' staat onder thema 6, {amount} in {years}",
        "en": "{unit}: measure '{measure}' is under theme 6, {amount} in {years}",
    },
    "rule_theme6_central": {
        "nl": "centrale regel '{initiative} › {line}' staat onder thema 6 en komt ten laste van "
        "de middelen, {amount} in {years}",
        "en": "central line '{initiative} › {line}' is under theme 6 and charged to the funds, "
        "{amount} in {years}",
    },
    "rule_common_responsible": {
        "nl": "'{initiative}': geen verantwoordelijk onderdeel in de kolom Verantwoordelijk "
        "(rij {rows})",
        "en": "'{initiative}': no responsible unit in the column Verantwoordelijk (row {rows})",
    },
    "rule_common_criteria": {
        "nl": "'{initiative}': criterium {criteria} niet op elke regel met ja afgevinkt",
        "en": "'{initiative}': criterion {criteria} not ticked ja on every line",
    },
    "rule_budgets_short_year": {
        "nl": "{unit} {year}: toewijzing {current}, {short} minder dan het jaar ervoor "
        "({previous})",
        "en": "{unit} {year}: allocation {current}, {short} less than the year before ({previous})",
    },
    "rule_budgets_short_base": {
        "nl": "{unit} {year}: toewijzing {current}, {short} minder dan in het basisscenario "
        "({previous})",
        "en": "{unit} {year}: allocation {current}, {short} less than under the baseline "
        "({previous})",
    },
    "rule_budgets_first_year": {
        "nl": "{year}: geen vorig jaar in deze berekening, dus niet vergeleken",
        "en": "{year}: no previous year in this run, so not compared",
    },
}

MATRIX: dict[str, dict[str, str]] = {
    "mx_title": {
        "nl": "De plannen per eenheid over de thema's",
        "en": "The plans by unit over the themes",
    },
    "mx_subtitle": {
        "nl": "Per eenheid het aandeel van elk thema in haar plan (%); de centrale initiatieven "
        "horen bij geen eenheid.",
        "en": "Per unit the share of each theme in its plan (%); the central initiatives belong "
        "to no unit.",
    },
    "mx_theme1_one": {
        "nl": "Thema 1: {unit} besteedt er {share} van zijn plan aan.",
        "en": "Theme 1: {unit} spends {share} of its plan on it.",
    },
    "mx_theme1": {
        "nl": "Thema 1: {count} van {n} eenheden besteden er 40% of meer van hun plan aan; het "
        "aandeel loopt van {low} ({low_unit}) tot {high} ({high_unit}).",
        "en": "Theme 1: {count} of {n} units spend 40% or more of their plan on it; the share "
        "runs from {low} ({low_unit}) to {high} ({high_unit}).",
    },
    "ci_title": {
        "nl": "Bestedingen gemeenschappelijke initiatieven (zoals bijlage 3)",
        "en": "Spending on the common initiatives (as annex 3)",
    },
    "ci_subtitle": {
        "nl": "Per thema de initiatieven met hun regels, subtotaal per initiatief en totaal per "
        "thema (EUR). pm: wacht op een besluit, telt niet mee. Regels uit een andere bron dan "
        "de kwaliteitsmiddelen staan erbij maar tellen niet mee in de totalen.",
        "en": "Per theme the initiatives with their lines, a subtotal per initiative and a "
        "total per theme (EUR). pm: waits for a decision, not counted. Lines from another "
        "source than the quality funds are shown but not counted in the totals.",
    },
    "ci_responsible": {"nl": "Verantwoordelijk", "en": "Responsible"},
    "ci_subtotal": {"nl": "Subtotaal {initiative}", "en": "Subtotal {initiative}"},
    "ci_total_theme": {"nl": "Totaal thema {theme}", "en": "Total theme {theme}"},
    "ci_none": {"nl": "Geen centrale initiatieven.", "en": "No central initiatives."},
    "th_all_years": {
        "nl": "Thema's in % over alle getoonde jaren (B = begroting, R = realisatie)",
        "en": "Themes in % over every year shown (B = budget, R = realised)",
    },
}

PLANNING: dict[str, dict[str, str]] = ROUND | VERSIONS | DECISIONS | RULES | MATRIX
