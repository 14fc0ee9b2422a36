"""The texts the command prints where it shows figures: the summary of a run, of a comparison
and of a progress report, in the language of the outputs (`--lang`)."""

from __future__ import annotations

CLI: dict[str, dict[str, str]] = {
    "cli_scenario": {"nl": "Scenario {name}: {title}", "en": "Scenario {name}: {title}"},
    "cli_key": {"nl": "Verdeelsleutel: {key}", "en": "Key: {key}"},
    "cli_note": {"nl": "  let op: {note}", "en": "  note: {note}"},
    "cli_infeasible": {
        "nl": "ONHAALBAAR, het dichtstbijzijnde haalbare plan is geschreven: {why}",
        "en": "INFEASIBLE, closest feasible plan written: {why}",
    },
    "cli_keur": {"nl": "k EUR", "en": "k EUR"},
    "cli_revenue": {"nl": "Baten", "en": "Revenue"},
    "cli_allocated": {"nl": "Toegewezen", "en": "Allocated"},
    "cli_still": {"nl": "Nog te alloceren", "en": "Still to allocate"},
    "cli_result": {"nl": "Resultaat", "en": "Result"},
    "cli_oploop": {
        "nl": "Oploop {year}: bedrag per EER-student daarna {amount}",
        "en": "Oploop {year}: implied amount per EEA student after it {amount}",
    },
    "cli_tariffs": {
        "nl": "Tarieven {year}: {base}; {tiers}; te verdelen {pool}",
        "en": "Tariffs {year}: {base}; {tiers}; pool {pool}",
    },
    "cli_tariffs_given": {
        "nl": "de gegeven tarieven × {factor}",
        "en": "the given tariffs × {factor}",
    },
    "cli_tariffs_base": {
        "nl": "basis {amount} per gewogen student",
        "en": "base {amount} per weighted student",
    },
    "cli_largest": {
        "nl": "{year}: de {n} grootste verliezen en winsten (alle in overview.xlsx)",
        "en": "{year}: the {n} largest losses and gains (all in overview.xlsx)",
    },
    "cli_h_unit": {"nl": "Eenheid", "en": "Unit"},
    "cli_h_formula": {"nl": "Formule", "en": "Formula"},
    "cli_h_adjustment": {"nl": "Aanvulling", "en": "Top-up/skim"},
    "cli_h_allocation": {"nl": "Toewijzing", "en": "Allocation"},
    "cli_h_against": {"nl": "t.o.v. {baseline}", "en": "vs {baseline}"},
    "cli_h_limit": {"nl": "Grens bereikt ({year})", "en": "Limit reached ({year})"},
    "cli_plans_concept": {
        "nl": "Plannen: {adopted} van {n} vastgesteld; de werkboeken zijn op elke pagina als "
        "CONCEPT gemarkeerd.",
        "en": "Plans: {adopted} of {n} adopted; the workbooks are marked DRAFT on every page.",
    },
    "cli_decisions": {
        "nl": "Open besluiten: {n} bedrag(en) pm, niet meegeteld; met wie besluit en wanneer "
        "in overview.xlsx.",
        "en": "Open decisions: {n} amount(s) pm, not counted; listed with who decides and by "
        "when in overview.xlsx.",
    },
    "cli_checks": {
        "nl": "Controles: {ok} van {n} verbanden kloppen tot op de cent (baten = toewijzing "
        "eenheden + centraal + nog te alloceren).",
        "en": "Checks: {ok}/{n} identities hold to the cent (revenue = unit allocations + "
        "central + still to allocate).",
    },
    "cli_published": {
        "nl": "Gepubliceerde tabel ({file}): {differences} cijfer(s) wijken af van de "
        "berekende, {flaws} fout(en) in de tabel zelf (gemarkeerd in overview.xlsx).",
        "en": "Published table ({file}): {differences} figure(s) differ from the computed "
        "ones, {flaws} flaw(s) in the table itself (flagged in overview.xlsx).",
    },
    "cli_compared": {
        "nl": "Basisscenario: {baseline}; vergeleken: {others}",
        "en": "Baseline: {baseline}; compared: {others}",
    },
    "cli_unit_allocations": {
        "nl": "Toewijzing eenheden, k EUR",
        "en": "Unit allocations, k EUR",
    },
    "cli_progress": {
        "nl": "Voortgangsrapportage {year} van scenario {name}: {indicators} indicatoren, "
        "{figures} cijfers tot en met {year}, {gaps} leemte(n) gemarkeerd in het verslag",
        "en": "Progress report {year} of scenario {name}: {indicators} indicators, {figures} "
        "figures up to {year}, {gaps} gap(s) marked in the report",
    },
}
