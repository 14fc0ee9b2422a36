"""Input templates written by `qa-budget init`: empty, or filled with the bundled example.

Templates are real workbooks a controller can fill in without a manual: an instruction sheet,
a frozen header row, column widths, number formats and data validation on every column.
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

VALIDATED_ROWS = 2000  # rows below the header that carry data validation
INSTRUCTIONS = "Toelichting"


def _validation(column: Column, cell: str) -> dict[str, Any] | None:
    """The data validation of a column; `cell` is its first data cell (for a formula)."""
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
            "error_message": column.help[:255],
        }
    if kind == "count":
        return {
            "validate": "integer",
            "criteria": ">=",
            "value": 0,
            "error_title": column.header,
            "error_message": "A whole number, 0 or more.",
        }
    if kind == "money":
        return {
            "validate": "decimal",
            "criteria": ">=",
            "value": 0,
            "error_title": column.header,
            "error_message": "An amount in EUR as a number, 0 or more (no EUR sign).",
        }
    if kind in ("persons", "decimals"):
        low, high = (1, MAX_COUNT) if kind == "persons" else (0, MAX_DECIMALS)
        return {
            "validate": "integer",
            "criteria": "between",
            "minimum": low,
            "maximum": high,
            "error_title": column.header,
            "error_message": column.help[:255],
        }
    if kind == "number":
        return {
            "validate": "decimal",
            "criteria": "between",
            "minimum": -MAX_NUMBER,
            "maximum": MAX_NUMBER,
            "error_title": column.header,
            "error_message": "A number (no text, no unit of measure).",
        }
    if kind == "money_pm":
        return {
            "validate": "custom",
            "value": f'=OR(AND(ISNUMBER({cell}),{cell}>=0),LOWER(TRIM({cell}))="pm")',
            "error_title": column.header,
            "error_message": "An amount in EUR as a number, 0 or more (no EUR sign), or pm when "
            "the amount waits for a decision.",
        }
    if kind == "date":
        return {
            "validate": "date",
            "criteria": "between",
            "minimum": dt.date(MIN_YEAR, 1, 1),
            "maximum": dt.date(MAX_YEAR, 12, 31),
            "error_title": column.header,
            "error_message": "A date, e.g. 2022-06-30.",
        }
    if kind in ("keur", "percent"):
        low, high = (-(10**9), 10**9) if kind == "keur" else (0, 100)
        return {
            "validate": "decimal",
            "criteria": "between",
            "minimum": low,
            "maximum": high,
            "error_title": column.header,
            "error_message": column.help[:255],
        }
    if kind == "year":
        return {
            "validate": "integer",
            "criteria": "between",
            "minimum": MIN_YEAR,
            "maximum": MAX_YEAR,
            "error_title": column.header,
            "error_message": f"A year between {MIN_YEAR} and {MAX_YEAR}.",
        }
    return None


def _write_instructions(
    wb: Any, contracts: Sequence[SheetContract], title: str, years: Sequence[int] | None
) -> None:
    ws = wb.add_worksheet(INSTRUCTIONS)
    bold = wb.add_format({"bold": True})
    big = wb.add_format({"bold": True, "font_size": 14})
    wrap = wb.add_format({"text_wrap": True, "valign": "top"})
    ws.set_column(0, 0, 24)
    ws.set_column(1, 1, 90)
    ws.write(0, 0, title, big)
    row = 2
    for contract in contracts:
        ws.write(row, 0, f"Blad '{contract.sheet}'", bold)
        ws.write(row, 1, contract.purpose, wrap)
        row += 1
        for c in contract.columns:
            need = "" if c.required else " (optioneel)"
            ws.write(row, 0, c.header + need)
            ws.write(row, 1, c.help, wrap)
            row += 1
        if contract.year_columns:
            shown = ", ".join(str(y) for y in years or [])
            ws.write(row, 0, "<jaar>")
            ws.write(
                row,
                1,
                "One column per budget year, headed by the year"
                + (f" ({shown})" if shown else "")
                + ": the amount in EUR for that year; an empty cell counts as 0.",
                wrap,
            )
            row += 1
        row += 1
    notes = [
        "Bedragen: in EUR als getal (cijfers, geen EUR-teken of punten als duizendtallen); "
        "centen mogen. Amounts: EUR as numbers; cents allowed.",
        "Leave the header row as it is; add rows below it. Empty rows are ignored.",
        "Run `qa-budget validate` to check the workbooks: every problem is reported with its "
        "file, sheet and cell.",
    ]
    for note in notes:
        ws.write(row, 1, note, wrap)
        row += 1


def _write_data_sheet(
    wb: Any, contract: SheetContract, rows: Sequence[Sequence[Any]], years: Sequence[int] = ()
) -> None:
    ws = wb.add_worksheet(contract.sheet)
    header_fmt = wb.add_format(
        {"bold": True, "bg_color": "#DDEBF7", "border": 1, "text_wrap": True, "valign": "top"}
    )
    money = wb.add_format({"num_format": "#,##0.00"})
    whole = wb.add_format({"num_format": "0"})
    text = wb.add_format({"num_format": "@"})
    date = wb.add_format({"num_format": "yyyy-mm-dd"})
    columns = template_columns(contract, years)
    formats = {"money": money, "money_pm": money, "count": whole, "year": whole, "theme": whole}
    formats |= {"keur": wb.add_format({"num_format": "#,##0;-#,##0"}), "percent": whole}
    formats |= {"date": date}
    number = wb.add_format({"num_format": "General"})
    formats |= {"number": number, "target": number, "persons": whole, "decimals": whole}
    for col, c in enumerate(columns):
        ws.set_column(col, col, c.width, formats.get(c.kind, text))
        header = int(c.header) if c.key.startswith("y") and c.header.isdigit() else c.header
        ws.write(0, col, header, header_fmt)
        if c.help:
            ws.write_comment(0, col, c.help, {"x_scale": 2})
        rule = _validation(c, xl_rowcol_to_cell(1, col))
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


def template_columns(contract: SheetContract, years: Sequence[int] = ()) -> list[Column]:
    """The columns of a template sheet in order: the fixed columns, one per year (a plan), then
    the trailing ones (who decides on a pm amount, by when, the explanation)."""
    if not contract.year_columns:
        return list(contract.columns)
    kind = "money_pm" if contract.pm_years else "money"
    help = "Amount in EUR" + (", or pm (waits for a decision)." if contract.pm_years else ".")
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
) -> Path:
    """Stage one input workbook: instructions first, then each contract's sheet with rows."""
    wb = new_workbook(outputs.stage_path(path))
    _write_instructions(wb, contracts, title, years)
    for contract in contracts:
        _write_data_sheet(
            wb, contract, data.get(contract.sheet, []), years if contract.year_columns else ()
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
    folder: Path, *, example: bool, years: list[int], force: bool = False
) -> list[tuple[Path, str]]:
    """Write every input of the registry into a folder: empty templates, or the bundled
    example. All files are written together or not at all (see OutputFolder)."""
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
                write_template(outputs, folder / spec.default, spec.sheets, rows, spec.title)
                continue
            per_unit = data.get(spec.key) or ({"_sjabloon": {}} if spec.init_template else {})
            found = {
                y for p in per_unit.values() for m in p.get("measures", {}).values() for y in m["y"]
            }
            spec_years = sorted(found) or years  # each folder with the years its plans have
            for unit, plan in per_unit.items():
                template = unit == "_sjabloon"
                title = spec.title if template else f"Plan {unit}: maatregelen per thema en jaar"
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
                )
        return outputs.commit()
    finally:
        outputs.discard()
