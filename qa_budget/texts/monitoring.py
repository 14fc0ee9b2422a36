"""The texts of monitoring: monitoring.xlsx, the monitoring sheet of the faculty-board and
council workbooks, and the lines `qa-budget monitor` prints. Placeholders in braces are filled
in by the writers; amounts and percentages come formatted in the language."""

from __future__ import annotations

MONITORING_WORDS: dict[str, dict[str, str]] = {
    # reporting moments (pr_moment_* in progress.py are the short words: mei / May ...)
    "mon_moment_mei": {
        "nl": "mei (uitgaven januari-april)",
        "en": "May (spending January-April)",
    },
    "mon_moment_september": {
        "nl": "september (uitgaven januari-augustus)",
        "en": "September (spending January-August)",
    },
    "mon_moment_definitief": {
        "nl": "definitief, in maart (heel het jaar)",
        "en": "final, in March (the whole year)",
    },
    "mon_moment_none": {"nl": "nog geen rapportage", "en": "no report yet"},
    # signals and statuses
    "mon_signal_under": {"nl": "onderbesteding", "en": "underspending"},
    "mon_signal_over": {"nl": "overbesteding", "en": "overspending"},
    "mon_status_reported": {"nl": "gerapporteerd ({moment})", "en": "reported ({moment})"},
    "mon_status_late": {"nl": "te laat (laatste: {moment})", "en": "late (latest: {moment})"},
    "mon_status_missing": {"nl": "ontbreekt", "en": "no report"},
    "mon_status_none_due": {"nl": "nog geen rapportage", "en": "no report yet"},
    "mon_none": {"nl": "geen", "en": "none"},
    "mon_central": {"nl": "Centrale initiatieven", "en": "Central initiatives"},
    "mon_theme_n": {"nl": "Thema {theme}", "en": "Theme {theme}"},
    "mon_report": {"nl": "Rapportage", "en": "Report"},
    "mon_without_budget": {"nl": "zonder begroting", "en": "without budget"},
    # Signalen
    "mon_signals_title": {
        "nl": "Monitoring {year}: welke eenheden lopen achter op welk thema",
        "en": "Monitoring {year}: which units are behind on which theme",
    },
    "mon_signals_intro": {
        "nl": "Stand: {moment}. Prognose {year} in % van de begroting, per eenheid en thema. "
        "Rood: onderbesteding (meer dan {under} onder de begroting); oranje: overbesteding "
        "(meer dan {over} erboven){floor}. Prognose = laatste rapportage × 12 / maanden "
        "(mei × 3, september × 1,5). ? = geen rapportage (in de totalen telt dan de begroting "
        "als prognose).",
        "en": "Position: {moment}. Forecast {year} as % of the budget, per unit and theme. "
        "Red: underspending (more than {under} below the budget); orange: overspending (more "
        "than {over} above it){floor}. Forecast = latest report × 12 / months (May × 3, "
        "September × 1.5). ? = no report (the totals then count the budget as the forecast).",
    },
    "mon_floor": {
        "nl": "; verschillen onder {amount} niet",
        "en": "; differences below {amount} not flagged",
    },
    "mon_signals": {"nl": "Signalen", "en": "Signals"},
    "mon_signal_line": {
        "nl": "thema {theme}: {signal}: {what} {forecast} = {pct} van de begroting {budget} "
        "(verschil {difference}).",
        "en": "theme {theme}: {signal}: {what} {forecast} = {pct} of the budget {budget} "
        "(difference {difference}).",
    },
    "mon_signal_line_no_budget": {
        "nl": "thema {theme}: {signal}: {what} {forecast} zonder begroting.",
        "en": "theme {theme}: {signal}: {what} {forecast} without a budget.",
    },
    "mon_pending": {
        "nl": "; een gepland bedrag wacht op een besluit (pm) en telt daarom nog niet mee in de "
        "begroting",
        "en": "; a planned amount waits for a decision (pm) and so does not count in the budget "
        "yet",
    },
    "mon_forecast_word": {"nl": "prognose", "en": "forecast"},
    "mon_realised_word": {"nl": "realisatie", "en": "realised"},
    "mon_note": {"nl": " Toelichting: {note}", "en": " Note: {note}"},
    "mon_no_signals": {
        "nl": "Geen onder- of overbesteding boven de drempels.",
        "en": "No under- or overspending beyond the thresholds.",
    },
    "mon_behind": {"nl": "Niet (tijdig) gerapporteerd", "en": "Not reported (on time)"},
    "mon_missing": {
        "nl": "geen rapportage over {year}; de begroting is als prognose aangehouden",
        "en": "no report on {year}; the budget is taken as the forecast",
    },
    "mon_missing_no_plan": {
        "nl": "geen plan en geen rapportage over {year}, wel een toewijzing van {allocation}",
        "en": "no plan and no report on {year}, though allocated {allocation}",
    },
    "mon_late": {
        "nl": "laatste rapportage: {moment}; de prognose is daarop gebaseerd",
        "en": "latest report: {moment}; the forecast is based on it",
    },
    "mon_behind_line": {
        "nl": "{name}: {what} (verwacht: {due}).",
        "en": "{name}: {what} (due: {due}).",
    },
    "mon_all_reported": {
        "nl": "Alle {n} eenheden met een toewijzing of een plan over {year} hebben gerapporteerd.",
        "en": "All {n} units with an allocation or a plan for {year} have reported.",
    },
    "mon_nothing_due": {
        "nl": "Nog geen rapportage verwacht: geen enkele eenheid heeft over {year} gerapporteerd.",
        "en": "No report due yet: no unit has reported on {year}.",
    },
    # Per eenheid
    "mon_units_title": {
        "nl": "Begroting en realisatie {year} per eenheid en thema",
        "en": "Budget and realised {year} per unit and theme",
    },
    "mon_units_intro": {
        "nl": "Stand: {moment}; {eur}. Begroting = plan van de eenheid (CENTRAAL: centrale "
        "initiatieven ten laste van de middelen). Gerealiseerd = de laatste rapportage "
        "(cumulatief vanaf 1 januari). Filter op Signaal of Status.",
        "en": "Position: {moment}; {eur}. Budget = the unit's plan (CENTRAAL: central "
        "initiatives charged to the funds). Realised = the latest report (cumulative from 1 "
        "January). Filter on Signal or Status.",
    },
    "mon_h_budget_eur": {"nl": "Begroting (EUR)", "en": "Budget (EUR)"},
    "mon_h_realised_to_date": {
        "nl": "Gerealiseerd t/m rapportage (EUR)",
        "en": "Realised up to the report (EUR)",
    },
    "mon_h_spent_pct": {"nl": "% besteed", "en": "% spent"},
    "mon_h_forecast_eur": {"nl": "Prognose jaar (EUR)", "en": "Forecast for the year (EUR)"},
    "mon_h_difference_eur": {
        "nl": "Verschil prognose − begroting (EUR)",
        "en": "Forecast − budget (EUR)",
    },
    "mon_h_forecast_pct": {
        "nl": "Prognose in % van begroting",
        "en": "Forecast as % of the budget",
    },
    "mon_h_signal": {"nl": "Signaal", "en": "Signal"},
    "mon_h_note": {"nl": "Toelichting", "en": "Note"},
    # Per thema
    "mon_themes_title": {
        "nl": "Begroting en realisatie {year} per thema",
        "en": "Budget and realised {year} per theme",
    },
    "mon_themes_intro": {
        "nl": "Stand: {moment}; {eur}; sommen van het blad '{sheet}'.",
        "en": "Position: {moment}; {eur}; sums of the sheet '{sheet}'.",
    },
    "mon_h_budget": {"nl": "Begroting", "en": "Budget"},
    "mon_h_realised": {"nl": "Gerealiseerd", "en": "Realised"},
    "mon_h_forecast": {"nl": "Prognose jaar", "en": "Forecast for the year"},
    "mon_h_forecast_pct_short": {"nl": "Prognose %", "en": "Forecast %"},
    # Rapportages
    "mon_reports_title": {"nl": "Rapportages {year}", "en": "Reports {year}"},
    "mon_reports_intro": {
        "nl": "Per eenheid het gerapporteerde totaal per moment ({eur}, cumulatief vanaf 1 "
        "januari); verwacht tot en met: {moment}.",
        "en": "Per unit the total reported at each moment ({eur}, cumulative from 1 January); "
        "due up to and including: {moment}.",
    },
    "mon_h_budget_year": {"nl": "Begroting {year}", "en": "Budget {year}"},
    "mon_h_latest": {"nl": "Laatste rapportage", "en": "Latest report"},
}

MONITORING_TABLES: dict[str, dict[str, str]] = {
    # B-R overzicht, B-R in EUR
    "mon_br_title": {
        "nl": "Kwaliteitsafspraken: begroting (B) en realisatie (R)",
        "en": "Quality agreements: budget (B) and realised (R)",
    },
    "mon_eur_exact": {"nl": "bedragen in EUR, tot op de cent", "en": "amounts in EUR, to the cent"},
    "mon_br_intro": {
        "nl": "{amounts}. B = begroting (plannen + centrale initiatieven), R = realisatie "
        "(definitieve rapportages){rounding}.",
        "en": "{amounts}. B = budget (plans + central initiatives), R = realised (final "
        "reports){rounding}.",
    },
    "mon_br_rounding": {
        "nl": "; afgerond met de grootste-restmethode, zodat elke kolom optelt",
        "en": "; rounded with the largest-remainder method, so that every column adds up",
    },
    "mon_br_result_note": {
        "nl": "Resultaat: B = baten − lasten − nog te alloceren; R = gerealiseerde baten − "
        "gerealiseerde lasten (nog te alloceren is een begrotingsregel zonder realisatie).",
        "en": "Result: B = revenue − spending − still to allocate; R = realised revenue − "
        "realised spending (still to allocate is a budget line without a realised figure).",
    },
    "mon_br_kadernota_note": {
        "nl": "Baten conform kadernota: in de R-kolom het bedrag van de begroting van dat jaar.",
        "en": "Revenue per kadernota: the R column repeats the budget figure of that year.",
    },
    "mon_br_incomplete": {
        "nl": "{column} is onvolledig: geen definitieve rapportage van {units}.",
        "en": "{column} is incomplete: no final report from {units}.",
    },
    "mon_br_no_revenue": {
        "nl": "{column}: geen gerealiseerde baten op realised.xlsx › Baten; baten en resultaat "
        "blijven leeg.",
        "en": "{column}: no realised revenue on realised.xlsx › Baten; revenue and result stay "
        "empty.",
    },
    "mon_br_rounding_intro": {
        "nl": "Afronding: waar de regels los afgerond (zoals in een gepubliceerde tabel) niet "
        "optellen tot het totaal, wijkt een getoond getal 1 k EUR af van zijn eigen afronding; "
        "per kolom welke:",
        "en": "Rounding: where the lines rounded one by one (as in a published table) do not "
        "add up to the total, a shown figure differs by 1 k EUR from its own rounding; per "
        "column which:",
    },
    "mon_round_theme": {
        "nl": "thema {theme} {shown} (los afgerond {alone})",
        "en": "theme {theme} {shown} (rounded alone {alone})",
    },
    "mon_round_spending": {
        "nl": "totaal lasten {shown} (los afgerond {alone})",
        "en": "total spending {shown} (rounded alone {alone})",
    },
    "mon_round_still": {
        "nl": "nog te alloceren {shown} (los afgerond {alone})",
        "en": "still to allocate {shown} (rounded alone {alone})",
    },
    "mon_round_kadernota": {
        "nl": "baten conform kadernota {shown} (los afgerond {alone}; getoond zoals toewijzing "
        "en nog niet toegewezen kadernota samen optellen)",
        "en": "revenue as in the kadernota {shown} (rounded alone {alone}; shown as the "
        "allocation and the kadernota not yet allocated add up)",
    },
    "mon_round_result": {
        "nl": "resultaat {shown} (los afgerond {alone})",
        "en": "result {shown} (rounded alone {alone})",
    },
    "mon_round_themes_sum": {
        "nl": "de thema's los afgerond tellen op tot {sums}, het totaal los afgerond is {total}",
        "en": "the themes rounded alone add up to {sums}, the total rounded alone is {total}",
    },
    "mon_round_lines": {
        "nl": "de regels los afgerond tellen niet op tot het getoonde totaal",
        "en": "the lines rounded alone do not add up to the shown total",
    },
    "mon_round_note": {
        "nl": "{column}: {why}; getoond {lines}.",
        "en": "{column}: {why}; shown {lines}.",
    },
    # Controles
    "mon_checks_intro": {
        "nl": "Elke controle wordt met formules uit de andere bladen berekend; controles in EUR "
        "kloppen tot op de cent, controles in k EUR tot op de getoonde hele getallen.",
        "en": "Every identity, computed by formulas from the other sheets; EUR checks hold to "
        "the cent, k-EUR checks to the shown whole numbers.",
    },
    "mon_check_budget": {
        "nl": "EUR: de begroting per eenheid telt op tot de begroting per thema",
        "en": "EUR: the budget per unit adds up to the budget per theme",
    },
    "mon_check_forecast": {
        "nl": "EUR: de prognose per eenheid telt op tot de prognose per thema",
        "en": "EUR: the forecast per unit adds up to the forecast per theme",
    },
    "mon_check_budget_br": {
        "nl": "EUR: de begroting per eenheid = totaal lasten {column} van de B/R-tabel",
        "en": "EUR: the budget per unit = total spending {column} of the B/R table",
    },
    "mon_check_themes": {
        "nl": "{unit} {column}: totaal lasten = de zes thema's",
        "en": "{unit} {column}: total spending = the six themes",
    },
    "mon_check_revenue": {
        "nl": "{unit} {column}: baten = lasten + nog te alloceren + resultaat",
        "en": "{unit} {column}: revenue = spending + still to allocate + result",
    },
    "mon_check_final": {
        "nl": "{column}: elke eenheid met een begroting heeft haar definitieve cijfers "
        "gerapporteerd",
        "en": "{column}: every unit with a budget reported its final figures",
    },
    "mon_attention": {"nl": "LET OP", "en": "ATTENTION"},
    # the monitoring sheet of the faculty-board and council workbooks
    "mon_section_title": {
        "nl": "Monitoring {year}: begroting tegen realisatie",
        "en": "Monitoring {year}: budget against realised",
    },
    "mon_section_intro": {
        "nl": "Stand: {moment}. Uit realised.xlsx (laatste rapportage); prognose = laatste "
        "stand × 12 / maanden. Signaal: onder- of overbesteding boven de drempels van het "
        "scenario.",
        "en": "Position: {moment}. From realised.xlsx (latest report); forecast = latest "
        "figure × 12 / months. Signal: under- or overspending beyond the scenario's "
        "thresholds.",
    },
    "mon_h_realised_eur": {"nl": "Gerealiseerd (EUR)", "en": "Realised (EUR)"},
    "mon_h_moment": {"nl": "Moment", "en": "Moment"},
    "mon_h_forecast_minus_budget": {
        "nl": "Prognose min begroting",
        "en": "Forecast minus budget",
    },
    "mon_h_spent_pct_short": {"nl": "Besteed %", "en": "Spent %"},
    # provenance of monitoring.xlsx
    "mon_prov_year": {"nl": "Jaar", "en": "Year"},
    "mon_prov_moment": {"nl": "Rapportage verwacht tot en met", "en": "Reports due up to"},
    "mon_prov_forecast": {"nl": "Prognose", "en": "Forecast"},
    "mon_prov_forecast_text": {
        "nl": "laatste rapportage × 12 / maanden (mei × 3, september × 1,5); geen rapportage: "
        "de begroting",
        "en": "latest report × 12 / months (May × 3, September × 1.5); no report: the budget",
    },
    "mon_prov_thresholds": {"nl": "Drempels", "en": "Thresholds"},
    "mon_prov_thresholds_text": {
        "nl": "onderbesteding: meer dan {under} onder, overbesteding: meer dan {over} boven de "
        "begroting; verschillen onder {amount} worden niet gesignaleerd",
        "en": "underspending: more than {under} below, overspending: more than {over} above "
        "the budget; differences below {amount} are not flagged",
    },
    # the lines `qa-budget monitor` prints
    "mon_cli_head": {
        "nl": "Monitoring {year} van scenario {name}: {moment}",
        "en": "Monitoring {year} of scenario {name}: {moment}",
    },
    "mon_cli_due": {"nl": "rapportages verwacht t/m {moment}", "en": "reports due up to {moment}"},
    "mon_cli_signal": {
        "nl": "{unit} thema {theme}: {signal}, {what} {forecast} = {pct} van de begroting {budget}",
        "en": "{unit} theme {theme}: {signal}, {what} {forecast} = {pct} of the budget {budget}",
    },
    "mon_cli_signal_no_budget": {
        "nl": "{unit} thema {theme}: {signal}, {what} {forecast} zonder begroting",
        "en": "{unit} theme {theme}: {signal}, {what} {forecast} without a budget",
    },
    "mon_cli_no_signals": {
        "nl": "geen onder- of overbesteding boven de drempels",
        "en": "no under- or overspending beyond the thresholds",
    },
    "mon_cli_missing": {"nl": "{unit}: geen rapportage", "en": "{unit}: no report"},
    "mon_cli_late": {
        "nl": "{unit}: te laat, laatste rapportage {moment}",
        "en": "{unit}: late, latest report {moment}",
    },
    "mon_cli_columns": {"nl": "B/R-kolommen: {columns}", "en": "B/R columns: {columns}"},
}

MONITORING: dict[str, dict[str, str]] = MONITORING_WORDS | MONITORING_TABLES

MONITORING_SHEETS: dict[str, dict[str, str]] = {
    "mon_signals": {"nl": "Signalen", "en": "Signals"},
    "mon_units": {"nl": "Per eenheid", "en": "Per unit"},
    "mon_themes": {"nl": "Per thema", "en": "Per theme"},
    "mon_br": {"nl": "B-R overzicht", "en": "B-R overview"},
    "mon_br_eur": {"nl": "B-R in EUR", "en": "B-R in EUR"},
    "mon_reports": {"nl": "Rapportages", "en": "Reports"},
}
