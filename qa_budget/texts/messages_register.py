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
