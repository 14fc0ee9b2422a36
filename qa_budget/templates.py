"""Input templates written by `qa-budget init`: empty, or filled with the bundled example.

Templates are real workbooks a controller can fill in without a manual: an instruction sheet,
a frozen header row, column widths, number formats and data validation on every column.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from qa_budget.inputs.contracts import (
    BUDGET_COLUMNS,
    CENTRAL,
    FUNDS,
    INDICATOR_CONTRACTS,
    INDICATOR_KINDS,
    MAX_COUNT,
    MAX_DECIMALS,
    MAX_NUMBER,
    MAX_YEAR,
    MIN_YEAR,
    MOMENTS,
    PUBLISHED_LINES,
    REALISED,
    REALISED_REVENUE,
    SOURCES,
    STUDENTS,
    TIERS,
    UNIT_KINDS,
    UNITS,
    Column,
    SheetContract,
)
from qa_budget.output.atomic import OutputFolder, OutputSet
from qa_budget.report.common.sheet import new_workbook

VALIDATED_ROWS = 2000  # rows below the header that carry data validation
INSTRUCTIONS = "Toelichting"


def _validation(column: Column) -> dict[str, Any] | None:
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
    columns: list[Column] = [c for c in contract.columns if c.key != "note"]
    columns += [
        Column(f"y{y}", str(y), "money", required=False, width=14, help="Amount in EUR.")
        for y in years
    ]
    columns += [c for c in contract.columns if c.key == "note"]
    formats = {"money": money, "count": whole, "year": whole, "theme": whole}
    formats |= {"keur": wb.add_format({"num_format": "#,##0;-#,##0"}), "percent": whole}
    number = wb.add_format({"num_format": "General"})
    formats |= {"number": number, "target": number, "persons": whole, "decimals": whole}
    for col, c in enumerate(columns):
        ws.set_column(col, col, c.width, formats.get(c.kind, text))
        header = int(c.header) if c.key.startswith("y") and c.header.isdigit() else c.header
        ws.write(0, col, header, header_fmt)
        if c.help:
            ws.write_comment(0, col, c.help, {"x_scale": 2})
        rule = _validation(c)
        if rule:
            ws.data_validation(1, col, VALIDATED_ROWS, col, rule)
    ws.freeze_panes(1, 0)
    for r, values in enumerate(rows, start=1):
        for col, value in enumerate(values):
            if value is None or value == "":
                continue
            c = columns[col]
            if c.kind in ("money",):
                ws.write_number(r, col, float(value), money)
            elif isinstance(value, Decimal):
                ws.write_number(r, col, float(value), number)
            elif isinstance(value, int):
                ws.write_number(r, col, value, whole)
            else:
                ws.write_string(r, col, str(value))


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


def _eur(text: str) -> Decimal:
    return Decimal(text)


def example_rows() -> dict[str, Any]:
    """The bundled example's rows per workbook, in the templates' column order."""
    from qa_budget.example import load_table

    units = [[u["code"], u["name_nl"], u["name_en"], u["kind"]] for u in load_table("units")]
    students = [
        [s["unit"], int(s["year"]), s["tier"] or None, int(s["count"])]
        for s in load_table("students")
    ]
    funds = [
        [int(f["year"]), _eur(f["kadernota"]), _eur(f["rijksbijdrage"])]
        for f in load_table("funds")
    ]
    central = [
        [
            int(c["theme"]),
            c["initiative"],
            c["line"],
            int(c["year"]),
            _eur(c["amount"]),
            c["source"],
        ]
        for c in load_table("central")
    ]
    plans: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    years: set[int] = set()
    for m in load_table("measures") + load_table("measures_history"):
        entry = plans[m["unit"]].setdefault(m["measure"], {"theme": int(m["theme"]), "y": {}})
        entry["y"][int(m["year"])] = _eur(m["amount"])
        years.add(int(m["year"]))
    realised = [
        [r["unit"], int(r["year"]), int(r["theme"]), r["moment"], _eur(r["amount"]), r["note"]]
        for r in load_table("realised")
    ]
    revenue = [[int(r["year"]), _eur(r["amount"])] for r in load_table("revenue_realised")]
    return {
        "units": {UNITS.sheet: units},
        "students": {STUDENTS.sheet: students},
        "funds": {FUNDS.sheet: funds, CENTRAL.sheet: central},
        "plans": plans,
        "years": sorted(years),
        "reference": reference_rows(),
        "realised": {REALISED.sheet: realised, REALISED_REVENUE.sheet: revenue},
        "indicators": indicator_rows(),
    }


def indicator_rows() -> dict[str, list[list[Any]]]:
    """The example's indicators.xlsx rows: the seed's 2019 indicator table and the 2020
    student-staff ratio, the reflections and the units responsible for the initiatives."""
    from qa_budget.example import load_table

    tables = ("indicators", "indicator_values", "reflections", "initiatives")

    def cell(text: str, kind: str) -> Any:
        if text == "":
            return None
        if kind in ("theme", "year", "decimals", "persons"):
            return int(text)
        return Decimal(text) if kind == "number" else text

    return {
        contract.sheet: [[cell(r[c.key], c.kind) for c in contract.columns] for r in load_table(t)]
        for t, contract in zip(tables, INDICATOR_CONTRACTS, strict=True)
    }


def reference_rows() -> dict[str, list[list[Any]]]:
    """The example's reference.xlsx rows: the published annex 1 and the 2018 plan."""
    from qa_budget.example import load_table

    def pct(name: str) -> list[list[Any]]:
        return [[int(r["theme"]), int(r["year"]), int(r["percent"])] for r in load_table(name)]

    published = [
        [r["line"], int(r["year"]), r["column"], int(r["keur"])] for r in load_table("published")
    ]
    return {
        "Gepubliceerd": published,
        "Percentages": pct("published_percentages"),
        "Plan2018": pct("plan2018"),
    }


def write_inputs(
    folder: Path, *, example: bool, years: list[int], force: bool = False
) -> list[tuple[Path, str]]:
    """Write every input of the registry into a folder: empty templates, or the bundled
    example. All files are written together or not at all (see OutputSet)."""
    from qa_budget.inputs.registry import WORKBOOKS

    data: dict[str, Any] = example_rows() if example else {"plans": {}, "years": list(years)}
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
            per_unit = data["plans"] or {"_sjabloon": {}}
            for unit, measures in per_unit.items():
                rows = [
                    [name, m["theme"], *[m["y"].get(y) for y in years]]
                    for name, m in measures.items()
                ]
                title = (
                    f"Plan {unit}: maatregelen per thema en jaar"
                    if unit != "_sjabloon"
                    else spec.title
                )
                write_template(
                    outputs,
                    folder / spec.default / f"{unit}.xlsx",
                    spec.sheets,
                    {spec.sheets[0].sheet: rows},
                    title,
                    years=years,
                )
        return outputs.commit()
    finally:
        outputs.discard()
