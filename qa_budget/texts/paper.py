"""The texts of workbooks read on paper: the cost of floors and caps (against the same pool
without them) beside the change against the baseline, the result explained, the faculty
board's chart and measures, and the long layouts of the overview's allocation and tariffs."""

from __future__ import annotations

PAPER: dict[str, dict[str, str]] = {
    # council pack: the scenarios by their titles
    "cmp_header": {
        "nl": "Vergelijking van {n} verdeelscenario's, basis {base} ({years})",
        "en": "Comparison of {n} allocation scenarios, baseline {base} ({years})",
    },
    "cmp_against_base": {"nl": "Verschil met basis", "en": "Change against baseline"},
    "cmp_against_base_pct": {"nl": "Verschil met basis (%)", "en": "Change against baseline (%)"},
    "cmp_per_scenario": {"nl": "Bedragen per scenario", "en": "Amounts per scenario"},
    "cmp_minus_base": {
        "nl": "{title}: verschil met basis",
        "en": "{title}: change against baseline",
    },
    "cmp_limit_cost_line": {
        "nl": "Vangnet en plafond: verschoven tussen eenheden",
        "en": "Floors and caps: moved between units",
    },
    # the result, in words
    "cmp_result_line": {
        "nl": "Resultaat (toegewezen − geplande lasten)",
        "en": "Result (allocated − planned spending)",
    },
    "cmp_result_note": {
        "nl": "Nog te alloceren = baten min toegewezen; negatief: er wordt meer toegewezen dan "
        "er binnenkomt. Resultaat = toegewezen min geplande lasten; positief: meer toegewezen "
        "dan de plannen uitgeven; negatief: de plannen gebruiken eigen reserves. Een positief "
        "resultaat is geen goed nieuws als nog te alloceren negatief is.",
        "en": "Still to allocate = revenue minus allocated; negative: more is allocated than "
        "comes in. Result = allocated minus planned spending; positive: more allocated than "
        "the plans spend; negative: the plans draw on reserves. A positive result is no good "
        "news when still to allocate is negative.",
    },
    "cmp_overallocated_result": {
        "nl": "Let op: {title} wijst in {years} meer toe dan de baten volgens de rijksbijdrage "
        "(nog te alloceren {still}). Het positieve resultaat ({result}) is daarom geen "
        "overschot: het komt doordat meer wordt uitgedeeld dan er binnenkomt.",
        "en": "Note: {title} allocates more than the revenue per rijksbijdrage in {years} (still "
        "to allocate {still}). Its positive result ({result}) is therefore no surplus: it comes "
        "from handing out more than comes in.",
    },
    "cmp_still_reading": {
        "nl": "Nog te alloceren = baten min toegewezen; negatief: meer toegewezen dan er "
        "binnenkomt. Resultaat = toegewezen min geplande lasten; positief: meer toegewezen dan "
        "de plannen uitgeven; negatief: de plannen geven meer uit dan is toegewezen (uit eigen "
        "reserves). Een verschil is steeds het scenario min het basisscenario.",
        "en": "Still to allocate = revenue minus allocated; negative: more allocated than comes "
        "in. Result = allocated minus planned spending; positive: more allocated than the plans "
        "spend; negative: the plans spend more than is allocated (from reserves). A difference "
        "is always the scenario minus the baseline.",
    },
    # council pack: floors and caps
    "lim_title": {
        "nl": "Vangnet en plafond: wat ze kosten en wie ze betalen",
        "en": "Floors and caps: what they cost and who pays for them",
    },
    "lim_intro": {
        "nl": "Twee vergelijkingen die iets anders meten. (1) Effect van vangnet en plafond = "
        "de toewijzing min de toewijzing zonder vangnet en plafond: dezelfde pot, met dezelfde "
        "sleutel verdeeld, maar zonder vangnet en plafond. Positief: de eenheid krijgt "
        "erbij (door haar eigen vloer, of doordat andere eenheden aan hun plafond zitten); "
        "negatief: de eenheid geeft op (door haar eigen plafond, of doordat andere eenheden "
        "door hun vloer worden beschermd). Samen is dat nul: wat de ene eenheden erbij krijgen, "
        "geven de andere op; dat zijn de kosten. "
        "(2) Verandering t.o.v. het basisscenario ({base}) = de toewijzing min de toewijzing "
        "onder het basisscenario: wat de eenheid wint of verliest door dit scenario. Een eenheid "
        "kan erbij krijgen door vangnet en plafond en toch verliezen ten opzichte van het "
        "basisscenario.",
        "en": "Two comparisons that measure different things. (1) Effect of floors and caps = "
        "the allocation minus the allocation without floors and caps: the same pool, shared "
        "by the same key, but without floors and caps. Positive: the unit gains (by "
        "its own floor, or because other units are held at their caps); negative: the unit "
        "gives up (by its own cap, or because other units are protected by their floors). "
        "Together they add up to zero: what some units gain, the others give up; that is the "
        "cost. (2) Change against the baseline ({base}) "
        "= the allocation minus the allocation under the baseline: what the unit gains or loses "
        "with this scenario. A unit can gain by floors and caps and still lose against the "
        "baseline.",
    },
    "lim_headline": {
        "nl": "{years}: vangnet en plafond verschuiven {cost} ({pct} van de te verdelen pot) "
        "tussen de eenheden, ten opzichte van dezelfde pot zonder vangnet en plafond. Geven "
        "op: {payers}. Krijgen erbij: {protected}.",
        "en": "{years}: floors and caps move {cost} ({pct} of the pool) between the units, "
        "against the same pool without floors and caps. Giving up: {payers}. Gaining: "
        "{protected}.",
    },
    "lim_headline_none": {
        "nl": "{years}: vangnet en plafond binden nergens; de toewijzing is gelijk aan die "
        "zonder vangnet en plafond. Niemand geeft iets op.",
        "en": "{years}: no floor or cap binds; the allocation equals the one without floors and "
        "caps. Nobody gives anything up.",
    },
    "lim_and_more": {"nl": "en {n} andere", "en": "and {n} others"},
    "lim_nobody": {"nl": "geen", "en": "none"},
    "lim_without": {
        "nl": "Zonder vangnet en plafond (zelfde pot, zelfde sleutel)",
        "en": "Without floors and caps (same pool, same key)",
    },
    "lim_with": {
        "nl": "Met vangnet en plafond (toewijzing)",
        "en": "With floors and caps (allocation)",
    },
    "lim_effect": {
        "nl": "(1) Effect van vangnet en plafond",
        "en": "(1) Effect of floors and caps",
    },
    "lim_baseline": {
        "nl": "Toewijzing onder het basisscenario",
        "en": "Allocation under the baseline",
    },
    "lim_change": {
        "nl": "(2) Verandering t.o.v. basisscenario",
        "en": "(2) Change against the baseline",
    },
    "lim_change_pct": {
        "nl": "(2) Verandering t.o.v. basisscenario (%)",
        "en": "(2) Change against the baseline (%)",
    },
    "lim_role": {"nl": "Rol bij vangnet en plafond", "en": "Role in floors and caps"},
    "lim_protected": {"nl": "krijgt erbij", "en": "gains"},
    "lim_pays": {"nl": "geeft op", "en": "gives up"},
    "lim_untouched": {"nl": "niet geraakt", "en": "not affected"},
    "lim_gained": {
        "nl": "Eenheden die erbij krijgen",
        "en": "Units that gain",
    },
    "lim_given_up": {
        "nl": "Andere eenheden geven op (de kosten)",
        "en": "Other units give up (the cost)",
    },
    "lim_together": {"nl": "Samen", "en": "Together"},
    "lim_undefined": {
        "nl": "In {years} heeft geen eenheid gewogen studenten: de sleutel kan de pot dan niet "
        "verdelen, dus er is geen toewijzing zonder vangnet en plafond om mee te vergelijken; "
        "die jaren ontbreken hier.",
        "en": "In {years} no unit has weighted students: the key cannot share the pool then, so "
        "there is no allocation without floors and caps to compare with; those years are left "
        "out here.",
    },
    "lim_none": {
        "nl": "{title} kent geen vangnet of plafond: elke eenheid krijgt precies het bedrag van "
        "de verdeelsleutel. Niemand geeft iets op en niemand krijgt iets erbij.",
        "en": "{title} has no floor or cap: every unit receives exactly the amount of the key. "
        "Nobody gives anything up and nobody gains.",
    },
    "method_limits_text": {
        "nl": "ten opzichte van dezelfde pot met dezelfde sleutel zonder vangnet en plafond: "
        "samen {cost} opgegeven door {payers} en gekregen door {protected} ({years}); dat zijn "
        "de kosten van vangnet en plafond. De verandering t.o.v. het basisscenario is een andere "
        "vergelijking.",
        "en": "against the same pool shared by the same key without floors and caps: {cost} "
        "together given up by {payers} and gained by {protected} ({years}); that is the cost of "
        "floors and caps. The change against the baseline is another comparison.",
    },
    "count_unit_one": {"nl": "{n} eenheid", "en": "{n} unit"},
    "count_units": {"nl": "{n} eenheden", "en": "{n} units"},
    "method_limits_unit_gain": {
        "nl": "{unit} krijgt er door vangnet en plafond samen {amount} bij ({years}), ten "
        "opzichte van dezelfde pot met dezelfde sleutel zonder vangnet en plafond; de andere "
        "eenheden geven dat samen op. De verandering t.o.v. het basisscenario is een andere "
        "vergelijking.",
        "en": "{unit} gains {amount} together from floors and caps ({years}), against the same "
        "pool shared by the same key without floors and caps; the other units give it up "
        "together. The change against the baseline is another comparison.",
    },
    "method_limits_unit_pay": {
        "nl": "{unit} geeft door vangnet en plafond samen {amount} op ({years}), ten opzichte "
        "van dezelfde pot met dezelfde sleutel zonder vangnet en plafond; dat gaat naar de "
        "andere eenheden. De verandering t.o.v. het basisscenario is een andere vergelijking.",
        "en": "{unit} gives up {amount} together for floors and caps ({years}), against the "
        "same pool shared by the same key without floors and caps; it goes to the other units. "
        "The change against the baseline is another comparison.",
    },
    "method_limits_unit_even": {
        "nl": "vangnet en plafond geven {unit} in sommige jaren iets erbij en nemen er in andere "
        "evenveel af: per saldo EUR 0 ({years}), ten opzichte van dezelfde pot met dezelfde "
        "sleutel zonder vangnet en plafond",
        "en": "floors and caps give {unit} something in some years and take as much in others: "
        "EUR 0 on balance ({years}), against the same pool shared by the same key without "
        "floors and caps",
    },
    "method_limits_unit_none": {
        "nl": "geen effect voor {unit}: de toewijzing is elk jaar gelijk aan die zonder vangnet "
        "en plafond",
        "en": "no effect for {unit}: the allocation equals the one without floors and caps in "
        "every year",
    },
    "method_limits_none": {
        "nl": "binden nergens: de toewijzing is gelijk aan die zonder vangnet en plafond",
        "en": "bind nowhere: the allocation equals the one without floors and caps",
    },
    # the monitoring section: which year, as of which report
    "mon_when": {
        "nl": "Jaar {year}, stand {moment} (de laatste rapportage).",
        "en": "Year {year}, as of the {moment} report (the latest).",
    },
    "mon_when_none": {
        "nl": "Jaar {year}; nog geen rapportage.",
        "en": "Year {year}; no report yet.",
    },
    # faculty board: the measures with the plan's explanation
    "fac_measure_note": {"nl": "Toelichting (uit het plan)", "en": "Explanation (from the plan)"},
    # faculty board: the chart of the plan against the allocation
    "fac_chart_title": {
        "nl": "Plan per thema tegenover de toewijzing (EUR)",
        "en": "Plan by theme against the allocation (EUR)",
    },
    "fac_chart_plan": {"nl": "Plan, alle thema's", "en": "Plan, all themes"},
    # the overview's tariff sheet
    "tar_title": {"nl": "Tarieven", "en": "Tariffs"},
    "tar_per_student": {"nl": "EUR per student", "en": "EUR per student"},
    "tar_base": {
        "nl": "basistarief (per gewogen student)",
        "en": "base tariff (per weighted student)",
    },
    "tar_tier": {"nl": "bekostigingsniveau {tier}", "en": "funding tier {tier}"},
    "tar_pool": {"nl": "te verdelen pot (EUR)", "en": "pool (EUR)"},
    "tar_units_note": {
        "nl": "Per jaar en eenheid, bedragen in EUR. Basistarief × gewogen studenten: het bedrag "
        "bij het basistarief waarmee de pot met vangnet en plafond precies wordt verdeeld; een "
        "eenheid op haar vangnet of plafond krijgt dat bedrag niet. Zonder vangnet en plafond: "
        "dezelfde pot met dezelfde sleutel verdeeld, zonder vangnet en plafond. Effect van "
        "vangnet en plafond = toewijzing min die toewijzing; samen nul. Basisscenario: "
        "{baseline}.",
        "en": "Per year and unit, amounts in EUR. Base tariff × weighted students: the amount at "
        "the base tariff that spends the pool with the floors and caps; a unit at its floor or "
        "cap does not receive it. Without floors and caps: the same pool shared by the same key "
        "without floors and caps. Effect of floors and caps = the allocation minus that "
        "allocation; together zero. Baseline: {baseline}.",
    },
    "tar_weighted": {"nl": "Gewogen studenten", "en": "Weighted students"},
    "tar_formula": {
        "nl": "Basistarief × gewogen studenten",
        "en": "Base tariff × weighted students",
    },
    "tar_binding": {"nl": "Bindt", "en": "Binds"},
    # faculty board: the tariff lines
    "fac_unconstrained": {
        "nl": "Zonder vangnet en plafond (zelfde pot, zelfde sleutel)",
        "en": "Without floors and caps (same pool, same key)",
    },
    "fac_limit_effect": {
        "nl": "Effect van vangnet en plafond (+ krijgt erbij, − geeft op)",
        "en": "Effect of floors and caps (+ gains, − gives up)",
    },
    "fac_limits_note": {
        "nl": "Effect van vangnet en plafond: de toewijzing min wat dezelfde pot met dezelfde "
        "sleutel zonder vangnet en plafond zou geven (wat de eenheid erbij krijgt of opgeeft). "
        "Verschil met het basisscenario: een andere vergelijking, met de toewijzing onder het "
        "basisscenario.",
        "en": "Effect of floors and caps: the allocation minus what the same pool shared by "
        "the same key without floors and caps would give (what the unit gains or gives up). "
        "Change against the baseline: another comparison, with the allocation under the "
        "baseline.",
    },
}

PAPER_SHEETS: dict[str, dict[str, str]] = {}
