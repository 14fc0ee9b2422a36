"""The messages about register.toml, the organisation's part of the algorithm-register record:
keys, types and dates that do not fit its format."""

from __future__ import annotations

REGISTER_MESSAGES: dict[str, dict[str, str]] = {
    "msg_org_version": {
        "nl": "deze qa-budget leest register.toml versie {version}; gevonden: {got}",
        "en": "this qa-budget reads register.toml version {version}, got {got}",
    },
    "msg_org_unknown_key": {
        "nl": "onbekende sleutel (controleer de spelling; zie docs/register.md)",
        "en": "unknown key (check the spelling; see docs/register.md)",
    },
    "msg_org_missing_key": {"nl": "sleutel ontbreekt", "en": "missing key"},
    "msg_org_one_of": {
        "nl": "verwacht: één van {expected}; gevonden: {got}",
        "en": "expected one of {expected}, got {got}",
    },
    "msg_org_link": {
        "nl": "verwacht: een link die begint met https:// (of leeg); gevonden: {got}",
        "en": "expected a link starting with https:// (or empty), got {got}",
    },
    "msg_org_month": {
        "nl": "verwacht: een maand zoals 2022-01 (of leeg); gevonden: {got}",
        "en": "expected a month like 2022-01 (or empty), got {got}",
    },
    "msg_org_contact": {
        "nl": "verwacht: een e-mailadres of een link die begint met https:// (of leeg); "
        "gevonden: {got}",
        "en": "expected an e-mail address or a link starting with https:// (or empty), got {got}",
    },
    "msg_org_text": {"nl": "verwacht: tekst; gevonden: {got}", "en": "expected text, got {got}"},
    "msg_org_date": {
        "nl": "verwacht: een datum zoals 2021-05-17; gevonden: {got}",
        "en": "expected a date like 2021-05-17, got {got}",
    },
    "msg_org_months": {
        "nl": "verwacht: een geheel getal van 1 tot en met 60; gevonden: {got}",
        "en": "expected a whole number from 1 to 60, got {got}",
    },
    "msg_org_text_or_table": {
        "nl": 'verwacht: tekst, of een tabel {{ nl = "...", en = "..." }}; gevonden: {got}',
        "en": 'expected text, or a table {{ nl = "...", en = "..." }}, got {got}',
    },
    "msg_org_table": {
        "nl": "verwacht: een tabel; gevonden: {got}",
        "en": "expected a table, got {got}",
    },
    "msg_org_list": {
        "nl": "verwacht: een lijst van tabellen ([[{path}]]); gevonden: {got}",
        "en": "expected a list of tables ([[{path}]]), got {got}",
    },
    "msg_org_other": {"nl": "{what}", "en": "{what}"},
    "msg_org_other_got": {"nl": "{what}; gevonden: {got}", "en": "{what}, got {got}"},
    "msg_org_a_table": {"nl": "een tabel", "en": "a table"},
    "msg_org_a_list": {"nl": "een lijst", "en": "a list"},
    "msg_org_future": {
        "nl": "{what} kan niet in de toekomst gedateerd zijn; gevonden: {day}",
        "en": "{what} cannot be dated in the future, got {day}",
    },
    "msg_org_the_review": {"nl": "de herziening", "en": "the review"},
    "msg_org_the_dpia": {"nl": "een uitgevoerde DPIA", "en": "a DPIA that was carried out"},
    "msg_org_the_statement": {
        "nl": "een afgelegde verklaring",
        "en": "a statement that was made",
    },
}

# what stops a register record being published (explain --check)
FINDINGS: dict[str, dict[str, str]] = {
    "msg_finding_missing": {"nl": "ontbreekt", "en": "missing"},
    "msg_finding_stale": {"nl": "verouderd", "en": "stale"},
    "msg_finding_too_long": {"nl": "te lang", "en": "too long"},
    "msg_finding_review": {
        "nl": "laatst herzien op {reviewed}, meer dan {months} maanden voor {on}; herzie elk "
        "veld en vul de nieuwe datum in",
        "en": "last reviewed on {reviewed}, more than {months} months before {on}; review every "
        "field and set the new date",
    },
    "msg_finding_planned_dpia": {
        "nl": "een DPIA gepland op {day}, een datum die voorbij is; leg de uitkomst vast "
        '(outcome = "carried_out", met de datum) of plan haar opnieuw',
        "en": "a DPIA planned for {day}, a date that has passed; record its outcome "
        '(outcome = "carried_out", with its date) or plan it anew',
    },
    "msg_finding_out_of_use": {
        "nl": "buiten gebruik sinds {until}, maar dit scenario rekent {year} door",
        "en": "out of use since {until}, but this scenario computes {year}",
    },
    "msg_finding_too_long_text": {
        "nl": "{n} tekens; het register staat er {limit} toe: kort de teksten in",
        "en": "{n} characters; the register allows {limit}: shorten the texts",
    },
    "msg_finding_no_file": {
        "nl": "geen {file} in de invoermap; `qa-budget init NIEUWE-MAP` schrijft een sjabloon "
        "om te kopiëren en in te vullen (docs/register.md)",
        "en": "no {file} in the inputs folder; `qa-budget init NEW-FOLDER` writes a template to "
        "copy and fill in (docs/register.md)",
    },
}

# what belongs in each field of register.toml (the fields' docstrings, in both languages)
ABOUT: dict[str, dict[str, str]] = {
    "msg_about_publication_category": {
        "nl": 'De publicatiecategorie in het register: "high_risk_ai", "impactful" (impactvolle '
        'algoritmes) of "other".',
        "en": 'The register\'s publication category: "high_risk_ai", "impactful" (impactful '
        'algorithms) or "other".',
    },
    "msg_about_publication_reviewed": {
        "nl": "De datum waarop de organisatie deze velden het laatst heeft herzien, bijv. "
        "2026-11-02.",
        "en": "The date the organisation last reviewed these fields, e.g. 2026-11-02.",
    },
    "msg_about_organisation_name": {
        "nl": "De volledige naam van de organisatie zoals het register haar noemt, bijv. "
        '"Universiteit Leiden".',
        "en": 'The organisation\'s full name as the register lists it, e.g. "Universiteit Leiden".',
    },
    "msg_about_organisation_contact": {
        "nl": "Een e-mailadres of https-link waar iedereen vragen over het algoritme kan stellen.",
        "en": "An e-mail address or https link where anyone can ask about the algorithm.",
    },
    "msg_about_use_value": {
        "nl": '"in_development", "in_use" of "out_of_use".',
        "en": '"in_development", "in_use" or "out_of_use".',
    },
    "msg_about_use_since": {
        "nl": 'De maand waarin het in gebruik is genomen, bijv. "2022-01".',
        "en": 'The month it was taken into use, e.g. "2022-01".',
    },
    "msg_about_use_until": {
        "nl": "De maand waarin het buiten gebruik is gesteld (alleen als het buiten gebruik is).",
        "en": "The month it was taken out of use (only when out of use).",
    },
    "msg_about_legal_basis_summary": {
        "nl": "De wettelijke grondslag in gewone woorden, voor lezers die geen jurist zijn.",
        "en": "The legal basis in plain words, for readers who are not lawyers.",
    },
    "msg_about_legal_basis_articles": {
        "nl": "De artikelen, elk een tabel `[[legal_basis.articles]]`.",
        "en": "The articles, one table `[[legal_basis.articles]]` each.",
    },
    "msg_about_legal_basis_articles_law": {
        "nl": 'De wet, bijv. "Wet op het hoger onderwijs en wetenschappelijk onderzoek (WHW)".',
        "en": 'The law, e.g. "Wet op het hoger onderwijs en wetenschappelijk onderzoek (WHW)".',
    },
    "msg_about_legal_basis_articles_article": {
        "nl": 'Het artikel, bijv. "9.2".',
        "en": 'The article, e.g. "9.2".',
    },
    "msg_about_processing_register_reference": {
        "nl": "De vermelding (naam of nummer) waar dit proces onder valt, of waarom er geen is.",
        "en": "The entry (name or number) this process belongs to, or why there is none.",
    },
    "msg_about_dpia_outcome": {
        "nl": '"carried_out", "not_needed" (een gemotiveerde verklaring dat geen DPIA nodig is) '
        'of "planned".',
        "en": '"carried_out", "not_needed" (a reasoned statement that no DPIA is needed) or '
        '"planned".',
    },
    "msg_about_dpia_date": {
        "nl": "De datum van de DPIA of de verklaring (de geplande datum als ze gepland is).",
        "en": "The date of the DPIA or the statement (the planned date when planned).",
    },
    "msg_about_dpia_statement": {
        "nl": "De uitkomst van de DPIA, of de redenen waarom er geen nodig is.",
        "en": "The outcome of the DPIA, or the reasons why none is needed.",
    },
    "msg_about_dpia_shared_with": {
        "nl": 'Met wie en waar ze is gedeeld, bijv. "gedeeld met de Raad (Universiteitsraad)".',
        "en": 'With whom and where it was shared, e.g. "gedeeld met de Raad (Universiteitsraad)".',
    },
    "msg_about_considerations_text": {
        "nl": "De afwegingen in gewone woorden.",
        "en": "The considerations in plain words.",
    },
    "msg_about_supplier_name": {
        "nl": 'De leverancier, bijv. "Eigen beheer" / "In-house".',
        "en": 'The supplier, e.g. "Eigen beheer" / "In-house".',
    },
    "msg_about_source_code_link": {
        "nl": "Een link naar de broncode (https).",
        "en": "A link to the source code (https).",
    },
    "msg_about_retention_outputs": {
        "nl": "De bewaartermijn van de uitvoer (werkboeken, notities, run.json) en van de invoer.",
        "en": "The retention of the outputs (workbooks, notes, run.json) and of the inputs.",
    },
}
