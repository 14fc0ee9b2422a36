"""Input templates written by `qa-budget init`: empty, or filled with the bundled example.

Templates are real workbooks a controller can fill in without a manual: an instruction sheet,
a frozen header row, column widths, number formats and data validation on every column. The
instructions, the header comments and the validation messages are in the language asked; the
sheet names, column headers and list values are the input format's (Dutch) in both.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from xlsxwriter.utility import xl_rowcol_to_cell

from qa_budget.inputs.contracts import (
    BUDGET_COLUMNS,
    INDICATOR_KINDS,
    MAX_COUNT,
    MAX_DECIMALS,
    MAX_NUMBER,
    MAX_YEAR,
    MIN_YEAR,
    MOMENTS,
    PLAN,
    PUBLISHED_LINES,
    SOURCES,
    TIERS,
    UNIT_KINDS,
    Column,
    SheetContract,
)
from qa_budget.inputs.contracts_round import DECISIONS, PLAN_ROUND, STATUSES
from qa_budget.output.atomic import OutputFolder, OutputSet
from qa_budget.report.common.sheet import new_workbook
from qa_budget.texts import label
from qa_budget.texts.inputs import HELP_NL

VALIDATED_ROWS = 2000  # rows below the header that carry data validation
INSTRUCTIONS = "Toelichting"  # the instruction sheet's name in a Dutch template


def help_text(contract: SheetContract, column: Column | None, lang: str) -> str:
    """What a sheet (column None) or a column holds, in the language asked."""
    if lang == "en":
        return contract.purpose if column is None else column.help
    key = contract.sheet if column is None else f"{contract.sheet}.{column.key}"
    if column is not None and column.key.startswith("y") and column.header.isdigit():
        return column.help  # a year column of a plan: written in the language already
    return HELP_NL.get(key, "")


def _validation(
    column: Column, cell: str, contract: SheetContract, lang: str
) -> dict[str, Any] | None:
    """The data validation of a column; `cell` is its first data cell (for a formula)."""

    def t(key: str) -> str:
        return label(key, lang)

    explained = help_text(contract, column, lang)[:255]
    kind = "moment" if column.key == "moment" else column.kind
    lists = {
        "moment": list(MOMENTS),
        "tier": list(TIERS),
        "source": list(SOURCES),
        "unit_kind": list(UNIT_KINDS),
        "theme": [1, 2, 3, 4, 5, 6],
        "published_line": list(PUBLISHED_LINES),
        "budget_column": list(BUDGET_COLUMNS),
        "indicator_kind": list(INDICATOR_KINDS),
        "decision": list(DECISIONS),
        "plan_status": list(STATUSES),
        "yes_no": ["ja", "nee"],
    }
    if kind in lists:
        return {
            "validate": "list",
            "source": lists[kind],
            "ignore_blank": True,
            "error_title": column.header,
            "error_message": explained,
        }
    if kind == "count":
        return {
            "validate": "integer",
            "criteria": ">=",
            "value": 0,
            "error_title": column.header,
            "error_message": t("tpl_v_count"),
        }
    if kind == "money":
        return {
            "validate": "decimal",
            "criteria": ">=",
            "value": 0,
            "error_title": column.header,
            "error_message": t("tpl_v_money"),
        }
    if kind in ("persons", "decimals"):
        low, high = (1, MAX_COUNT) if kind == "persons" else (0, MAX_DECIMALS)
        return {
            "validate": "integer",
            "criteria": "between",
            "minimum": low,
            "maximum": high,
            "error_title": column.header,
            "error_message": explained,
        }
    if kind == "number":
        return {
            "validate": "decimal",
            "criteria": "between",
            "minimum": -MAX_NUMBER,
            "maximum": MAX_NUMBER,
            "error_title": column.header,
            "error_message": t("tpl_v_number"),
        }
    if kind == "money_pm":
        return {
            "validate": "custom",
            "value": f'=OR(AND(ISNUMBER({cell}),{cell}>=0),LOWER(TRIM({cell}))="pm")',
            "error_title": column.header,
            "error_message": t("tpl_v_money_pm"),
        }
    if kind == "date":
        return {
            "validate": "date",
            "criteria": "between",
            "minimum": dt.date(MIN_YEAR, 1, 1),
            "maximum": dt.date(MAX_YEAR, 12, 31),
            "error_title": column.header,
            "error_message": t("tpl_v_date"),
        }
    if kind in ("keur", "percent"):
        low, high = (-(10**9), 10**9) if kind == "keur" else (0, 100)
        return {
            "validate": "decimal",
            "criteria": "between",
            "minimum": low,
            "maximum": high,
            "error_title": column.header,
            "error_message": explained,
        }
    if kind == "year":
        return {
            "validate": "integer",
            "criteria": "between",
            "minimum": MIN_YEAR,
            "maximum": MAX_YEAR,
            "error_title": column.header,
            "error_message": t("tpl_v_year").format(low=MIN_YEAR, high=MAX_YEAR),
        }
    return None


def _write_instructions(
    wb: Any,
    contracts: Sequence[SheetContract],
    title: str,
    years: Sequence[int] | None,
    lang: str,
) -> None:
    def t(key: str) -> str:
        return label(key, lang)

    ws = wb.add_worksheet(t("tpl_instructions"))
    bold = wb.add_format({"bold": True})
    big = wb.add_format({"bold": True, "font_size": 14})
    wrap = wb.add_format({"text_wrap": True, "valign": "top"})
    ws.set_column(0, 0, 24)
    ws.set_column(1, 1, 90)
    ws.write_string(0, 0, title, big)
    row = 2
    for contract in contracts:
        ws.write_string(row, 0, t("tpl_sheet").format(sheet=contract.sheet), bold)
        ws.write_string(row, 1, help_text(contract, None, lang), wrap)
        row += 1
        for c in contract.columns:
            need = "" if c.required else t("tpl_optional")
            ws.write_string(row, 0, c.header + need)
            ws.write_string(row, 1, help_text(contract, c, lang), wrap)
            row += 1
        if contract.year_columns:
            shown = f" ({', '.join(str(y) for y in years)})" if years else ""
            ws.write_string(row, 0, t("tpl_year"))
            ws.write_string(row, 1, t("tpl_year_columns").format(shown=shown), wrap)
            row += 1
        row += 1
    for note in ("tpl_note_amounts", "tpl_note_header", "tpl_note_validate"):
        ws.write_string(row, 1, t(note), wrap)
        row += 1


def _write_data_sheet(
    wb: Any,
    contract: SheetContract,
    rows: Sequence[Sequence[Any]],
    years: Sequence[int] = (),
    lang: str = "nl",
) -> None:
    ws = wb.add_worksheet(contract.sheet)
    header_fmt = wb.add_format(
        {"bold": True, "bg_color": "#DDEBF7", "border": 1, "text_wrap": True, "valign": "top"}
    )
    money = wb.add_format({"num_format": "#,##0.00"})
    whole = wb.add_format({"num_format": "0"})
    text = wb.add_format({"num_format": "@"})
    date = wb.add_format({"num_format": "yyyy-mm-dd"})
    columns = template_columns(contract, years, lang)
    formats = {"money": money, "money_pm": money, "count": whole, "year": whole, "theme": whole}
    formats |= {"keur": wb.add_format({"num_format": "#,##0;-#,##0"}), "percent": whole}
    formats |= {"date": date}
    number = wb.add_format({"num_format": "General"})
    formats |= {"number": number, "target": number, "persons": whole, "decimals": whole}
    for col, c in enumerate(columns):
        ws.set_column(col, col, c.width, formats.get(c.kind, text))
        header = int(c.header) if c.key.startswith("y") and c.header.isdigit() else c.header
        ws.write(0, col, header, header_fmt)
        explained = help_text(contract, c, lang)
        if explained:
            ws.write_comment(0, col, explained, {"x_scale": 2})
        rule = _validation(c, xl_rowcol_to_cell(1, col), contract, lang)
        if rule:
            ws.data_validation(1, col, VALIDATED_ROWS, col, rule)
    ws.freeze_panes(1, 0)
    for r, values in enumerate(rows, start=1):
        for col, value in enumerate(values):
            if value is None or value == "":
                continue
            c = columns[col]
            if isinstance(value, dt.date):
                ws.write_datetime(r, col, value, date)
            elif c.kind in ("money", "money_pm") and not isinstance(value, str):
                ws.write_number(r, col, float(value), money)
            elif isinstance(value, Decimal):
                ws.write_number(r, col, float(value), number)
            elif isinstance(value, int):
                ws.write_number(r, col, value, whole)
            else:
                ws.write_string(r, col, str(value))


def template_columns(
    contract: SheetContract, years: Sequence[int] = (), lang: str = "en"
) -> list[Column]:
    """The columns of a template sheet in order: the fixed columns, one per year (a plan), then
    the trailing ones (who decides on a pm amount, by when, the explanation)."""
    if not contract.year_columns:
        return list(contract.columns)
    kind = "money_pm" if contract.pm_years else "money"
    help = label("tpl_year_help_pm" if contract.pm_years else "tpl_year_help", lang)
    return (
        [c for c in contract.columns if not c.trailing]
        + [Column(f"y{y}", str(y), kind, required=False, width=14, help=help) for y in years]
        + [c for c in contract.columns if c.trailing]
    )


def write_template(
    outputs: OutputSet | OutputFolder,
    path: Path,
    contracts: Sequence[SheetContract],
    data: dict[str, Sequence[Sequence[Any]]],
    title: str,
    years: Sequence[int] = (),
    lang: str = "nl",
) -> Path:
    """Stage one input workbook: instructions first, then each contract's sheet with rows."""
    wb = new_workbook(outputs.stage_path(path))
    _write_instructions(wb, contracts, title, years, lang)
    for contract in contracts:
        _write_data_sheet(
            wb,
            contract,
            data.get(contract.sheet, []),
            years if contract.year_columns else (),
            lang,
        )
    wb.worksheets()[1].activate()
    wb.close()
    return path


def plan_rows(plan: dict[str, Any], years: Sequence[int]) -> dict[str, list[list[Any]]]:
    """A plan's rows per sheet, in the template's column order: the measures (name, theme, an
    amount or pm per year, who decides on a pm amount and by when, the explanation) and the
    Planronde row."""
    measures = [
        [
            name,
            m["theme"],
            *[m["y"].get(y) for y in years],
            m.get("decider"),
            m.get("decide_by"),
            m.get("note"),
        ]
        for name, m in plan["measures"].items()
    ]
    return {PLAN.sheet: measures, PLAN_ROUND.sheet: plan.get("round", [])}


def write_inputs(
    folder: Path, *, example: bool, years: list[int], force: bool = False, lang: str = "nl"
) -> list[tuple[Path, str]]:
    """Write every input of the registry into a folder: empty templates, or the bundled
    example, with instructions in Dutch (nl) or English (en). All files are written together
    or not at all (see OutputFolder)."""
    from qa_budget.inputs.registry import WORKBOOKS

    if example:
        from qa_budget.example.rows import example_rows

        data: dict[str, Any] = example_rows()
    else:
        data = {"plans": {}, "years": list(years)}
    years = data["years"]
    outputs = OutputFolder(folder, lambda relative: False, force=force)
    try:
        for spec in WORKBOOKS:
            if spec.template is not None:  # a text file (register.toml), not a workbook
                outputs.write_bytes(folder / spec.default, spec.template(example))
                continue
            if not spec.per_unit:
                rows = data.get(spec.key, {})
                title = label(f"tpl_title_{spec.key}", lang)
                write_template(outputs, folder / spec.default, spec.sheets, rows, title, lang=lang)
                continue
            per_unit = data.get(spec.key) or ({"_sjabloon": {}} if spec.init_template else {})
            found = {
                y for p in per_unit.values() for m in p.get("measures", {}).values() for y in m["y"]
            }
            spec_years = sorted(found) or years  # each folder with the years its plans have
            for unit, plan in per_unit.items():
                template = unit == "_sjabloon"
                title = (
                    label(f"tpl_title_{spec.key}", lang)
                    if template
                    else label("tpl_title_plan_of", lang).format(unit=unit)
                )
                sheets: dict[str, Sequence[Sequence[Any]]] = {}
                if not template:
                    sheets |= plan_rows(plan, spec_years)
                write_template(
                    outputs,
                    folder / spec.default / f"{unit}.xlsx",
                    spec.sheets,
                    sheets,
                    title,
                    years=spec_years,
                    lang=lang,
                )
        return outputs.commit()
    finally:
        outputs.discard()
