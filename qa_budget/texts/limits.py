"""The texts of a key's parameters and limits in words: floors and caps, where they bound,
the pool and the objective of a tariff key (no identifiers, no constraint ids)."""

from __future__ import annotations

LIMITS: dict[str, dict[str, str]] = {
    # the kinds of limit, as a council member calls them
    "limit_floor": {"nl": "vloer", "en": "floor"},
    "limit_cap": {"nl": "plafond", "en": "cap"},
    "limit_yearly-floor": {"nl": "jaargrens omlaag", "en": "yearly limit down"},
    "limit_yearly-cap": {"nl": "jaargrens omhoog", "en": "yearly limit up"},
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
    "bound_unit_not": {"nl": "niet bereikt: {limits}", "en": "not reached: {limits}"},
    "bound_unit_free": {
        "nl": "in {years} bereikt de eenheid geen grens en volgt de toewijzing de formule",
        "en": "in {years} the unit reaches no limit and the allocation follows the formula",
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
    "pool_amount_named": {
        "nl": "een vast bedrag per jaar, zoals '{name}' het noemt",
        "en": "a fixed amount a year, as '{name}' gives it",
    },
    "pool_amount": {
        "nl": "een vast bedrag per jaar ({amounts})",
        "en": "a fixed amount a year ({amounts})",
    },
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

# the overview's sheets of a tariff scenario and of the oploop
TARIFF_SHEETS: dict[str, dict[str, str]] = {
    "opl_title": {"nl": "Oploop", "en": "Oploop"},
    "opl_intro": {
        "nl": "Nog te alloceren bedrag toegewezen, met behoud van de verhouding tussen "
        "eenheden en centraal en van de centrale thema's (EUR)",
        "en": "Still to allocate handed out, keeping the ratio between unit and central "
        "allocation and the central themes (EUR)",
    },
    "opl_before": {
        "nl": "nog te alloceren vóór de oploop",
        "en": "still to allocate before the oploop",
    },
    "opl_applies": {"nl": "het deel slaat op: {part}", "en": "the share applies to: {part}"},
    "opl_handed_out": {"nl": "toegewezen", "en": "handed out"},
    "opl_units": {"nl": "waarvan aan de eenheden", "en": "of which to the units"},
    "opl_central": {
        "nl": "waarvan aan de centrale initiatieven",
        "en": "of which to the central initiatives",
    },
    "opl_per_student": {
        "nl": "bedrag per EER-student daarna (eenheden)",
        "en": "implied amount per EEA student (units)",
    },
    "opl_ratio_year": {
        "nl": "verhouding behouden: die van het jaar",
        "en": "ratio kept: that of year",
    },
}

# why floors and caps cannot all hold (`--allow-infeasible`, the exit code 3 message)
INFEASIBLE: dict[str, dict[str, str]] = {
    "inf_family_max_loss": {
        "nl": "de vloeren (maximaal verlies t.o.v. het basisscenario)",
        "en": "the floors (maximum loss against the baseline)",
    },
    "inf_family_max_gain": {
        "nl": "de plafonds (maximale winst t.o.v. het basisscenario)",
        "en": "the caps (maximum gain against the baseline)",
    },
    "inf_family_yearly": {
        "nl": "de grenzen op de verandering van jaar op jaar",
        "en": "the limits on the change from one year to the next",
    },
    "inf_family_band": {"nl": "de grenzen van de band", "en": "the band's limits"},
    "inf_short_max_loss": {"nl": "de vloeren ({rule})", "en": "the floors ({rule})"},
    "inf_short_max_gain": {"nl": "de plafonds ({rule})", "en": "the caps ({rule})"},
    "inf_rule_max_loss": {
        "nl": "geen eenheid verliest meer dan {amount} t.o.v. {baseline}",
        "en": "no unit loses more than {amount} against {baseline}",
    },
    "inf_rule_max_gain": {
        "nl": "geen eenheid wint meer dan {amount} t.o.v. {baseline}",
        "en": "no unit gains more than {amount} against {baseline}",
    },
    "inf_crossed": {
        "nl": "voor {unit} vragen {floors} minstens {floor}, terwijl {caps} hoogstens {cap} "
        "toestaan",
        "en": "for {unit}, {floors} need at least {floor}, while {caps} allow at most {cap}",
    },
    "inf_floors_short": {
        "nl": "{families} vragen {need}, het te verdelen bedrag is {pool} — {short} te weinig",
        "en": "{families} need {need}, the pool is {pool} — short by {short}",
    },
    "inf_caps_short": {
        "nl": "{families} staan hoogstens {allow} toe, het te verdelen bedrag is {pool} — {rest} "
        "kan niet worden toegewezen",
        "en": "{families} allow at most {allow}, the pool is {pool} — {rest} cannot be handed out",
    },
    "inf_none": {
        "nl": "geen toewijzing houdt zich aan elke vloer en elk plafond en besteedt precies het "
        "te verdelen bedrag",
        "en": "no allocation meets every floor and cap and spends the pool exactly",
    },
    "inf_alt_max_loss": {
        "nl": "een maximaal verlies van {amount}",
        "en": "a maximum loss of {amount}",
    },
    "inf_alt_max_gain": {
        "nl": "een maximale winst van {amount}",
        "en": "a maximum gain of {amount}",
    },
    "inf_alt_yearly": {
        "nl": "een jaargrens van {amount}",
        "en": "a yearly change limit of {amount}",
    },
    "inf_alt_pool": {"nl": "een te verdelen bedrag van {amount}", "en": "a pool of {amount}"},
    "inf_or": {"nl": " of ", "en": " or "},
    "inf_alternatives_all": {
        "nl": "Haalbare alternatieven, doorgerekend voor alle jaren {years}: {alternatives}.",
        "en": "Feasible alternatives, computed for every year {years}: {alternatives}.",
    },
    "inf_alternatives_year": {
        "nl": "Haalbaar voor {year} alleen (met elk ervan loopt een later jaar alsnog vast; "
        "verander dan meer dan één grens): {alternatives}.",
        "en": "Feasible for {year} only (with each of them a later year still fails; change "
        "more than one limit then): {alternatives}.",
    },
    "inf_alternatives_own": {
        "nl": "Voor {year} zelf ook haalbaar: {alternatives} (een bedrag van dat jaar; de "
        "latere jaren zijn daarmee niet doorgerekend).",
        "en": "For {year} itself also feasible: {alternatives} (an amount of that year; the "
        "later years were not computed with it).",
    },
    "inf_alternatives": {
        "nl": "Haalbare alternatieven: {alternatives}.",
        "en": "Feasible alternatives: {alternatives}.",
    },
    "inf_title": {
        "nl": "NIET HAALBAAR ZOALS GEVRAAGD — het dichtstbijzijnde haalbare plan",
        "en": "NOT FEASIBLE AS ASKED — closest feasible plan",
    },
    "inf_intro": {
        "nl": "De cijfers in dit werkboek gebruiken voor deze jaren het eerste alternatief "
        "hieronder; ze zijn niet het scenario zoals gevraagd.",
        "en": "The figures in this workbook use the first alternative below for these years; "
        "they are not the scenario as asked.",
    },
    "inf_used": {"nl": "Gebruikt: {alternative}", "en": "Used: {alternative}"},
}
