"""Templates a controller can fill in, and documentation that keeps up with the code."""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
from pydantic import BaseModel

from qa_budget.inputs.contracts import CONTRACTS, INDICATOR_CONTRACTS, REFERENCE_CONTRACTS
from qa_budget.scenario import (
    Checks,
    Indicators,
    InputFiles,
    Monitoring,
    Oploop,
    PlanRound,
    Revenue,
    Rules,
    Scenario,
    TariffKey,
    UniformKey,
    load_scenario,
    scenario_json_schema,
)
from tests.conftest import ROOT, cli


def test_templates_have_instructions_validation_and_frozen_header(tmp_path: Path) -> None:
    folder = tmp_path / "t"
    assert cli("init", folder, "--years", "2025-2027").code == 0
    wb = openpyxl.load_workbook(folder / "students.xlsx")
    assert wb.sheetnames == ["Toelichting", "Studenten"]
    ws = wb["Studenten"]
    assert [c.value for c in ws[1]] == ["Eenheid", "Jaar", "Bekostigingsniveau", "EER-studenten"]
    assert ws.freeze_panes == "A2"
    rules = {str(dv.sqref).split(":")[0]: dv for dv in ws.data_validations.dataValidation}
    assert rules["D2"].type == "whole" and rules["D2"].operator == "greaterThanOrEqual"
    assert rules["C2"].type == "list" and "laag" in rules["C2"].formula1
    plan = openpyxl.load_workbook(folder / "plans" / "_sjabloon.xlsx")["Maatregelen"]
    assert [c.value for c in plan[1]] == [
        "Maatregel",
        "Thema",
        2025,
        2026,
        2027,
        "Besluit door",
        "Besluit uiterlijk",
        "Toelichting",
    ]
    plan_rules = {str(dv.sqref).split(":")[0]: dv for dv in plan.data_validations.dataValidation}
    assert plan_rules["B2"].type == "list" and plan_rules["B2"].formula1 == '"1,2,3,4,5,6"'
    assert plan_rules["C2"].type == "custom" and "pm" in plan_rules["C2"].formula1  # or pm
    assert plan_rules["G2"].type == "date"
    rounds = openpyxl.load_workbook(folder / "plans" / "_sjabloon.xlsx")["Planronde"]
    assert [c.value for c in rounds[1]] == [
        "Versie",
        "Ingediend op",
        "Besluit faculteitsraad",
        "Datum besluit",
        "Status",
        "Contactpersoon",
    ]
    assert not (folder / "previous-plans").exists()  # the plan template serves
    assert plan.column_dimensions["A"].width > 40


def test_a_filled_in_template_runs(tmp_path: Path) -> None:
    """A new user types a tiny university into the empty templates and runs it."""
    folder = tmp_path / "mine"
    assert cli("init", folder, "--years", "2025-2025").code == 0
    wb = openpyxl.load_workbook(folder / "units.xlsx")
    wb["Eenheden"].append(["A", "Alfa", None, "faculteit"])
    wb["Eenheden"].append(["B", "Beta", "Beta (en)", "interfacultair"])
    wb.save(folder / "units.xlsx")
    wb = openpyxl.load_workbook(folder / "students.xlsx")
    for row in (["A", 2025, None, 100], ["B", 2025, "laag", 30], ["B", 2025, "top", 20]):
        wb["Studenten"].append(row)
    wb.save(folder / "students.xlsx")
    wb = openpyxl.load_workbook(folder / "funds.xlsx")
    wb["Middelen"].append([2025, 100000, 110000.5])
    wb["Centraal"].append(
        [4, "Docentontwikkeling", "Cursussen", 2025, 10000, "kwaliteitsafspraken"]
    )
    wb["Centraal"].append([3, "Welzijn", "Mentoraat", 2025, 5000, "NPO"])
    wb.save(folder / "funds.xlsx")
    for unit, rows in {
        "A": [["Kleinschalig", 1, 40000], ["Mentoraat", 3, 12000.25]],
        "B": [["Differentiatie", 2, 24000]],
    }.items():
        wb = openpyxl.load_workbook(folder / "plans" / "_sjabloon.xlsx")
        for r in rows:
            wb["Maatregelen"].append(r)
        wb.save(folder / "plans" / f"{unit}.xlsx")
    scenario = tmp_path / "s.toml"
    scenario.write_text(
        'name = "s"\nyears = [2025]\n[key]\nkind = "uniform"\namount_per_student = 500\n'
    )
    result = cli("run", scenario, "--inputs", folder, "--out", tmp_path / "out")
    assert result.code == 0, result.text
    ws = openpyxl.load_workbook(tmp_path / "out" / "s" / "overview.xlsx", data_only=True)[
        "Nog te alloceren"
    ]
    values = {r[0]: r[1] for r in ws.iter_rows(min_row=5, max_row=14, values_only=True)}
    # By hand: units 150 students x 500 = 75,000; central charged 10,000 (NPO line not charged);
    # allocated 85,000; still to allocate 110,000.50 - 85,000 = 25,000.50;
    # rijksbijdrage - kadernota = 10,000.50; kadernota - allocated = 15,000;
    # spending 40,000 + 12,000.25 + 24,000 + 10,000 = 86,000.25; result -1,000.25.
    assert values["Toewijzing eenheden"] == 75000
    assert values["Centrale initiatieven ten laste van de middelen"] == 10000
    assert values["Toegewezen"] == 85000
    assert values["Nog te alloceren"] == 25000.5
    assert values["Bijstelling rijksbijdrage t.o.v. kadernota"] == 10000.5
    assert values["Kadernota nog niet toegewezen"] == 15000
    assert values["Totaal lasten"] == 86000.25
    assert values["Resultaat"] == -1000.25


def test_json_schema_in_docs_is_current() -> None:
    assert (ROOT / "docs" / "scenario.schema.json").read_text() == scenario_json_schema()
    assert cli("schema").out == scenario_json_schema()


def test_the_schema_judges_numbers_as_the_loader_does() -> None:
    """An editor using docs/scenario.schema.json accepts every shipped scenario and refuses a
    number in quotes, as loading the file does (the schema offered a text for every exact
    number, and "10" as the default of plan_deviation_pct)."""
    import json
    import tomllib

    import jsonschema

    schema = json.loads((ROOT / "docs" / "scenario.schema.json").read_text())
    validator = jsonschema.Draft202012Validator(schema)
    for path in sorted((ROOT / "scenarios").glob("*.toml")):
        data = json.loads(json.dumps(tomllib.loads(path.read_text()), default=str))  # dates
        if "base" in data:  # a part of a scenario: checked as merged by the loader
            continue
        assert list(validator.iter_errors(data)) == [], path.name
    quoted = tomllib.loads((ROOT / "scenarios" / "uniform-500.toml").read_text())
    quoted["key"]["amount_per_student"] = "500"
    assert list(validator.iter_errors(quoted)) != []
    checks = schema["$defs"]["Checks"]["properties"]["plan_deviation_pct"]
    assert checks["type"] == "number" and checks["default"] == 10


def test_every_scenario_field_is_documented() -> None:
    text = (ROOT / "docs" / "scenarios.md").read_text()
    models: list[type[BaseModel]] = [
        Scenario,
        UniformKey,
        TariffKey,
        Revenue,
        Oploop,
        InputFiles,
        Checks,
        Monitoring,
        Indicators,
        PlanRound,
        Rules,
    ]
    for model in models:
        for name in model.model_fields:
            assert f"`{name}`" in text, f"{model.__name__}.{name} is not in docs/scenarios.md"


def test_every_input_column_is_documented() -> None:
    text = (ROOT / "docs" / "inputs.md").read_text()
    for contract in CONTRACTS + REFERENCE_CONTRACTS + INDICATOR_CONTRACTS:
        assert f"`{contract.sheet}`" in text, contract.sheet
        for column in contract.columns:
            assert f"`{column.header}`" in text, column.header


def test_shipped_scenarios_load() -> None:
    paths = sorted((ROOT / "scenarios").glob("*.toml"))
    assert paths
    for path in paths:
        assert load_scenario(path).name == path.stem


def test_readme_documents_every_command_and_the_two_make_targets() -> None:
    readme = (ROOT / "README.md").read_text()
    assert "make demo" in readme and "make test" in readme
    listing = cli("--help").out.split("Commands:")[1]
    commands = re.findall(r"^  (\w+)\s", listing, flags=re.M)
    assert commands
    for command in commands:
        assert f"qa-budget {command}" in readme, command
