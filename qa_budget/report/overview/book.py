"""The university overview workbook (overview.xlsx): the published annex, reproduced and proven.

Sheets: the overview in k EUR laid out as the published annex; still to allocate in EUR;
spending per theme in EUR; allocation per unit; central initiatives; the plan round; the open
decisions; checks (identities and policy rules); a published table against the computed figures
(when reference.xlsx is given); provenance. Every page carries a header and footer; a run on
plans that are not all adopted is marked a concept on every page and in the file properties.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import polars as pl

from qa_budget.allocation import Allocation
from qa_budget.display import ShownYear, shown_year
from qa_budget.published import check_published
from qa_budget.reconcile import Reconciliation
from qa_budget.report.common.method import key_sentence
from qa_budget.report.common.page import (
    add_report_formats,
    concept_mark,
    document_properties,
    finish_pages,
    inputs_fingerprint,
)
from qa_budget.report.common.planning import decisions_sheet, round_sheet
from qa_budget.report.common.provenance import write_provenance
from qa_budget.report.common.sheet import Registry, Sheet, new_workbook
from qa_budget.report.overview.annex import overview_sheet
from qa_budget.report.overview.checks import checks_sheet
from qa_budget.report.overview.details import (
    allocation_sheet,
    central_sheet,
    still_to_allocate_sheet,
    themes_sheet,
)
from qa_budget.report.overview.published import write_published
from qa_budget.report.overview.tariffs import write_infeasible, write_oploop, write_tariffs
from qa_budget.result import Result
from qa_budget.texts import label, sheet_name
from qa_budget.version import __version__


def shown_years(rec: Reconciliation, allocation: Allocation) -> list[ShownYear]:
    """The k-EUR figures of every year, as the overview shows them."""
    out = []
    for f in rec.years:
        units = allocation.units.filter(pl.col("year") == f.year)
        out.append(shown_year(f, dict(units.select("unit", "allocation").iter_rows())))
    return out


def write_overview(
    path: Path, result: Result, provenance: dict[str, Any], lang: str = "nl"
) -> None:
    """Write overview.xlsx to `path` (a staged temporary)."""
    scenario, inputs, allocation = result.scenario, result.inputs, result.allocation
    rec, reference = result.reconciliation, result.reference
    wb = new_workbook(path)
    fmt = add_report_formats(wb)
    reg = Registry()
    shown = shown_years(rec, allocation)

    def t(key: str) -> str:
        return label(key, lang)

    names = (
        "overview",
        "still_to_allocate",
        "themes_eur",
        "allocation",
        "central",
        "plan_round",
        "open_decisions",
        "checks",
        *(("published",) if reference is not None else ()),
        "provenance",
    )
    sheets = {k: Sheet(wb, sheet_name(k, lang), reg, fmt) for k in names}
    overview_sheet(sheets["overview"], scenario, rec, shown, inputs, t, lang)
    still_to_allocate_sheet(sheets["still_to_allocate"], rec, t)
    themes_sheet(sheets["themes_eur"], rec, t, lang)
    method = key_sentence(scenario, allocation, lang)
    allocation_sheet(sheets["allocation"], inputs, allocation, rec, t, lang, method)
    central_sheet(sheets["central"], inputs, rec, t)
    unit_names = dict(
        zip(inputs.units["code"].to_list(), inputs.units[f"name_{lang}"].to_list(), strict=True)
    )
    if result.plan_round is not None:
        round_sheet(sheets["plan_round"], result.plan_round, unit_names, t, lang, contact=True)
    sheets["plan_round"].setup_print()
    decisions_sheet(sheets["open_decisions"], result.decisions, t, lang)
    sheets["open_decisions"].setup_print()
    if allocation.is_tariff:
        tariffs = Sheet(wb, sheet_name("tariffs", lang), reg, fmt)
        write_tariffs(tariffs, scenario, inputs, allocation, t, lang, method)
    if allocation.oploop:
        write_oploop(Sheet(wb, sheet_name("oploop", lang), reg, fmt), allocation, lang)
    if allocation.infeasible:
        write_infeasible(Sheet(wb, sheet_name("infeasible", lang), reg, fmt), allocation, lang)
    checks_sheet(sheets["checks"], rec, shown, reg, t, result.rules, lang)
    if reference is not None:
        check = check_published(reference, rec, shown)
        write_published(sheets["published"], reference, check, reg, lang)
    write_provenance(sheets["provenance"], t("provenance_title"), provenance)
    sheets["provenance"].setup_print()
    sheets["overview"].ws.activate()
    concept = concept_mark(result.concept, lang)
    title = t("overview_title").format(title=scenario.display_title)
    footer = (
        f"{t('fingerprint')} {inputs_fingerprint(result.hashes)[:16]} · {scenario.name} · "
        f"qa-budget {__version__}"
    )
    finish_pages(reg.sheets, title, footer, concept)
    document_properties(wb, title, concept)
    wb.close()
