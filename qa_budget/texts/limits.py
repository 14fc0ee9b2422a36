"""The texts of a key's parameters and limits in words: floors and caps, where they bound,
the pool and the objective of a tariff key (no identifiers, no constraint ids)."""

from __future__ import annotations

LIMITS: dict[str, dict[str, str]] = {
    # the kinds of limit, as a council member calls them
    "limit_floor": {"nl": "vloer", "en": "floor"},
    "limit_cap": {"nl": "plafond", "en": "cap"},
    "limit_yearly-floor": {"nl": "jaargrens (daling)", "en": "yearly limit (fall)"},
    "limit_yearly-cap": {"nl": "jaargrens (stijging)", "en": "yearly limit (rise)"},
    "limit_band": {"nl": "band", "en": "band"},
    # what each limit says
    "limit_loss": {
        "nl": "maximaal {amount} verlies t.o.v. {baseline}",
        "en": "at most {amount} loss against {baseline}",
    },
    "limit_gain": {
        "nl": "maximaal {amount} winst t.o.v. {baseline}",
        "en": "at most {amount} gain against {baseline}",
    },
    "limit_fall": {
        "nl": "maximaal {amount} daling t.o.v. het jaar ervoor",
        "en": "at most {amount} fall against the year before",
    },
    "limit_rise": {
        "nl": "maximaal {amount} stijging t.o.v. het jaar ervoor",
        "en": "at most {amount} rise against the year before",
    },
    "limit_band_baseline": {
        "nl": "de grootste verandering t.o.v. {baseline}, zo klein mogelijk gemaakt",
        "en": "the largest change against {baseline}, made as small as possible",
    },
    "limit_band_targets": {
        "nl": "de grootste afwijking van de doelbedragen (het te verdelen bedrag naar gewogen "
        "studenten), zo klein mogelijk gemaakt",
        "en": "the largest deviation from the target amounts (the pool shared by weighted "
        "students), made as small as possible",
    },
    "limit_and": {"nl": " en ", "en": " and "},
    "limit_baseline_uniform": {
        "nl": "uniform {amount} per EER-student",
        "en": "uniform {amount} per EEA student",
    },
    # where the limits bound
    "bound_units": {
        "nl": "bij {n} van de {of} eenheden bereikt ({units}) in {years}",
        "en": "reached for {n} of the {of} units ({units}) in {years}",
    },
    "bound_many": {
        "nl": "bij {n} van de {of} eenheden bereikt in {years}",
        "en": "reached for {n} of the {of} units in {years}",
    },
    "bound_nowhere": {"nl": "nergens bereikt", "en": "not reached anywhere"},
    "bound_unit": {"nl": "bereikt in {years}", "en": "reached in {years}"},
    "bound_unit_not": {
        "nl": "niet bereikt: de toewijzing volgt hier de formule",
        "en": "not reached: the allocation follows the formula here",
    },
    "bound_no_limits": {
        "nl": "geen: de sleutel kent geen vloer of plafond",
        "en": "none: the key has no floor or cap",
    },
    # a tariff key's parameters
    "param_weights": {"nl": "gewichten {weights}", "en": "weights {weights}"},
    "param_tariffs": {
        "nl": "tarieven per student {tariffs}",
        "en": "tariffs per student {tariffs}",
    },
    "param_unit_weights": {
        "nl": "extra gewicht per eenheid {weights}",
        "en": "extra weight per unit {weights}",
    },
    "param_pool": {"nl": "te verdelen: {pool}", "en": "pool: {pool}"},
    "param_objective": {"nl": "doel: {objective}", "en": "objective: {objective}"},
    "param_limit": {"nl": "{name}: {text}", "en": "{name}: {text}"},
    "pool_baseline": {
        "nl": "wat {baseline} aan de eenheden toewijst",
        "en": "what {baseline} allocates to the units",
    },
    "pool_amount": {
        "nl": "een vast bedrag per jaar ({amounts})",
        "en": "a fixed amount a year ({amounts})",
    },
    "pool_every_year": {"nl": "elk jaar", "en": "every year"},
    "pool_kadernota_minus_central": {
        "nl": "de kadernota min de centrale initiatieven",
        "en": "the kadernota minus the central initiatives",
    },
    "pool_formula": {
        "nl": "wat de tarieven kosten (tarief × studenten)",
        "en": "what the tariffs cost (tariff × students)",
    },
    "objective_tariff_ratios": {
        "nl": "de verhoudingen tussen de tarieven behouden",
        "en": "keep the ratios between the tariffs",
    },
    "objective_min_max_change": {
        "nl": "de grootste verandering t.o.v. het basisscenario zo klein mogelijk",
        "en": "the largest change against the baseline as small as possible",
    },
    "objective_closest_to_weights": {
        "nl": "zo dicht mogelijk bij de gewichten",
        "en": "as close as possible to the weights",
    },
    "param_amount_per_student": {
        "nl": "bedrag per EER-student {amount}",
        "en": "amount per EEA student {amount}",
    },
    "param_explicit": {
        "nl": "bedragen per eenheid en jaar zoals het scenario ze noemt ({n} eenheden)",
        "en": "amounts per unit and year as the scenario gives them ({n} units)",
    },
    "param_plan_deviation": {
        "nl": "signaal bij een plan dat meer dan {pct} van de toewijzing afwijkt",
        "en": "a plan that differs from the allocation by more than {pct} is flagged",
    },
}
