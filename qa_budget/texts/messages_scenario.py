"""The words of a scenario file's validation errors: what each kind of error expected (the
validator's error types, worded), and the scenario format's own rules."""

from __future__ import annotations

SCENARIO_MESSAGES: dict[str, dict[str, str]] = {
    # what was expected, by the kind of error
    "msg_scn_kind_missing": {
        "nl": "sleutel '{path}' ontbreekt; die is verplicht: {values}",
        "en": "missing key '{path}': {values}",
    },
    "msg_scn_decimals": {
        "nl": "een getal met ten hoogste {n} decimalen",
        "en": "a number with at most {n} decimals",
    },
    "msg_scn_decimal_one": {
        "nl": "een getal met ten hoogste 1 decimaal",
        "en": "a number with at most 1 decimal",
    },
    "msg_scn_whole_digits": {
        "nl": "een getal met ten hoogste {n} cijfers voor de komma",
        "en": "a number with at most {n} digits before the decimal point",
    },
    "msg_scn_digits": {
        "nl": "een getal van ten hoogste {n} cijfers",
        "en": "a number of at most {n} digits",
    },
    "msg_scn_finite": {
        "nl": "een eindig getal (geen inf of nan)",
        "en": "a finite number (not inf or nan)",
    },
    "msg_scn_exact_date": {
        "nl": "een datum zonder tijd, zoals 2024-06-30",
        "en": "a date without a time, such as 2024-06-30",
    },
    "msg_scn_at_most": {"nl": "ten hoogste {n} elementen", "en": "at most {n} items"},
    "msg_scn_text_at_least": {
        "nl": "een tekst van ten minste {n} tekens",
        "en": "a text of at least {n} characters",
    },
    "msg_scn_text_at_most": {
        "nl": "een tekst van ten hoogste {n} tekens",
        "en": "a text of at most {n} characters",
    },
    "msg_scn_multiple_of": {
        "nl": "een veelvoud van {n}",
        "en": "a multiple of {n}",
    },
    "msg_scn_pattern": {
        "nl": "een tekst in de vorm die docs/scenarios.md bij deze sleutel beschrijft",
        "en": "a text in the form docs/scenarios.md gives for this key",
    },
    "msg_scn_invalid": {
        "nl": "een waarde zoals docs/scenarios.md bij deze sleutel beschrijft",
        "en": "a value as docs/scenarios.md describes for this key",
    },
    # the scenario format's own rules
    "msg_scn_years_order": {
        "nl": "de jaren moeten oplopen en elk jaar één keer voorkomen, bijv. [2022, 2023, 2024]",
        "en": "years must be ascending and without repeats, e.g. [2022, 2023, 2024]",
    },
    "msg_scn_change_bounds": {
        "nl": "de wijziging voor '{year}' ({value}) ligt buiten -100% .. +1000%; een wat-als "
        "op de middelen verschuift ze met een realistisch percentage",
        "en": "the change for '{year}' ({value}) is outside -100% .. +1000%; a what-if on the "
        "funds moves them by a realistic percentage",
    },
    "msg_scn_baseline_kind": {
        "nl": "verwacht: de naam van een scenario, of (in Python) een Scenario",
        "en": "expected a scenario name, or (in Python) a Scenario",
    },
    "msg_scn_weights_or_tariffs": {
        "nl": "geef `weights` of `tariffs` (niet allebei, niet geen van beide)",
        "en": "give either `weights` or `tariffs` (not both, not neither)",
    },
    "msg_scn_formula_tariffs": {
        "nl": 'pool = "formula" vraagt om expliciete `tariffs`',
        "en": 'pool = "formula" needs explicit `tariffs`',
    },
    "msg_scn_amount_pool": {
        "nl": 'pool = "amount" hoort bij `pool_amount` (en alleen dan)',
        "en": 'pool = "amount" goes together with `pool_amount` (and only then)',
    },
}
