"""The library as a user of Python meets it: the README's example runs, scenarios built in
Python (a baseline may be a Scenario object), results as polars tables, every key one module."""

from __future__ import annotations

import os
import re
import shutil
from decimal import Decimal
from pathlib import Path

import polars as pl
import pytest

import qa_budget as qa
from qa_budget.errors import InputErrors
from qa_budget.keys import KEYS, ExplicitKey, TariffKey, UniformKey
from qa_budget.scenario import Checks
from tests.conftest import ROOT, SCENARIO, cli


def _readme_example() -> str:
    text = (ROOT / "README.md").read_text()
    section = text.split("## As a Python library", 1)[1]
    found = re.search(r"```python\n(.*?)```", section, re.S)
    assert found is not None
    return found.group(1)


def test_the_readme_example_runs(example: Path, tmp_path: Path) -> None:
    work = tmp_path / "work"
    shutil.copytree(example, work / "inputs")
    shutil.copytree(ROOT / "scenarios", work / "scenarios")
    here = os.getcwd()
    os.chdir(work)
    try:
        namespace: dict[str, object] = {}
        exec(compile(_readme_example(), "README.md", "exec"), namespace)
    finally:
        os.chdir(here)
    allocations = namespace["allocations"]
    assert isinstance(allocations, pl.DataFrame)
    assert allocations.columns == ["unit", "year", "students", "amount"]
    # 2024: 31,670 EEA students x EUR 500 = EUR 15,835,000.00, exactly
    total = allocations.filter(pl.col("year") == 2024)["amount"].sum()
    assert Decimal(str(total)) == Decimal("15835000.00")
    assert (work / "outputs" / "comparison" / "uniform-500--tiers-in-python.xlsx").exists()
    assert (work / "outputs" / "uniform-500" / "run.json").exists()
    monitoring = namespace["monitoring"]
    assert isinstance(monitoring, qa.Monitoring) and monitoring.year == 2021
    record = namespace["record"]
    assert isinstance(record, qa.RegisterRecord)
    assert record.fields["organization"] == "Universiteit Leiden"


def test_a_baseline_given_as_an_object_equals_the_one_from_its_file(example: Path) -> None:
    base = qa.load_scenario(SCENARIO)
    inputs = qa.read_inputs(example)
    by_object = qa.Scenario(
        name="t",
        years=[2022, 2023, 2024],
        key=TariffKey(kind="tariff", weights={"laag": 1, "hoog": 1.5, "top": 3}, baseline=base),
    )
    from_file = qa.load_scenario(ROOT / "scenarios" / "tariff-tiers.toml")
    a = qa.compute(by_object, inputs).allocations
    b = qa.compute(
        from_file.model_copy(
            update={"key": from_file.key.model_copy(update={"max_loss_pct": None})}
        ),
        inputs,
    ).allocations
    assert a.equals(b)


def test_a_baseline_given_only_by_name_in_python_is_explained(example: Path) -> None:
    scenario = qa.Scenario(
        name="t",
        years=[2022],
        key=TariffKey(kind="tariff", weights={"laag": 1}, baseline="uniform-500"),
    )
    with pytest.raises(qa.errors.ScenarioError, match="only a name; load the scenario"):
        qa.compute(scenario, qa.read_inputs(example))


def test_compute_reads_nothing(example: Path) -> None:
    scenario = qa.load_scenario(SCENARIO)
    inputs = qa.read_inputs(example, scenario.inputs)
    shutil.rmtree(example)  # every file was read into the InputSet
    result = qa.compute(scenario, inputs)
    assert result.reconciliation.year(2024).still_to_allocate == 321_000_000
    assert "realised.xlsx" in result.hashes and result.monitoring is not None


def test_the_explicit_key_allocates_what_it_is_given(example: Path, tmp_path: Path) -> None:
    # FGW gets EUR 3,000,000.00 in 2022 and EUR 3,100,000.50 in the other years; the
    # rest nothing. Unit allocations 2023 = 3,100,000.50; still to allocate = 18,222,700.00
    # (rijksbijdrage 2023, funds.xlsx) - 3,100,000.50 - central 1,496,000.00 = 13,626,699.50.
    key = ExplicitKey(
        kind="explicit",
        amounts={"FGW": {"2022": Decimal("3000000"), "all": Decimal("3100000.50")}},
    )
    allow = Checks(allow_unfunded_plans=True)  # the other units plan, but get nothing here
    scenario = qa.Scenario(name="fixed", years=[2022, 2023, 2024], key=key, checks=allow)
    result = qa.compute(scenario, qa.read_inputs(example))
    fgw = result.allocations.filter(pl.col("unit") == "FGW")
    assert [str(a) for a in fgw["amount"]] == ["3000000.00", "3100000.50", "3100000.50"]
    f = result.reconciliation.year(2023)
    assert f.unit_allocations == 310_000_050
    assert f.still_to_allocate == 1_362_669_950
    assert all(c.ok for c in result.reconciliation.checks)
    # the same key from a scenario file, through the command
    path = tmp_path / "fixed.toml"
    path.write_text(
        'name = "fixed"\nyears = [2022, 2023, 2024]\n[key]\nkind = "explicit"\n'
        "[checks]\nallow_unfunded_plans = true\n"
        "[key.amounts]\nFGW = { 2022 = 3000000, all = 3100000.50 }\n"
    )
    ran = cli("run", path, "--inputs", example, "--out", tmp_path / "out", "--lang", "en")
    assert ran.code == 0, ran.text
    assert "amounts given in the scenario" in ran.out or "explicit" in ran.out
    bad = tmp_path / "bad.toml"
    bad.write_text(path.read_text().replace("FGW =", "XYZ ="))
    refused = cli("run", bad, "--inputs", example, "--out", tmp_path / "out2", "--lang", "en")
    assert refused.code == 1
    assert "key 'key.amounts': unknown unit XYZ" in refused.err


@pytest.mark.parametrize("key_class", KEYS, ids=lambda k: k.__name__)
def test_every_key_implements_the_interface(key_class: type, example: Path) -> None:
    examples = {
        UniformKey: UniformKey(kind="uniform", amount_per_student=Decimal(500)),
        TariffKey: TariffKey(
            kind="tariff",
            weights={"laag": 1, "hoog": 2, "top": 3},
            baseline=qa.load_scenario(SCENARIO),
        ),
        ExplicitKey: ExplicitKey(kind="explicit", amounts={"FGW": {"all": Decimal(1)}}),
    }
    key = examples[key_class]
    scenario = qa.Scenario(
        name="k", years=[2024], key=key, checks=Checks(allow_unfunded_plans=True)
    )
    result = qa.compute(scenario, qa.read_inputs(example))
    for lang in ("nl", "en"):
        assert len(key.sentence(lang)) > 20 and len(key.explanation(lang)) > 40
    assert key.sentence("nl") != key.sentence("en")
    assert result.allocation.totals[2024] == result.allocation.total(2024)
    assert key.trace(result.allocation, result.inputs, "FGW", 2024)


def test_a_wrong_argument_says_what_to_give(example: Path) -> None:
    """Misuse of the library is told where it comes in: what was given and what to give (it
    was an AttributeError from inside the checks, a KeyError 'fr', or a year '2021' said to
    have no figures while realised.xlsx reports on it)."""
    scenario = qa.load_scenario(SCENARIO)
    inputs = qa.read_inputs(example, scenario.inputs)
    with pytest.raises(
        TypeError, match=r"scenario must be of type Scenario, not str: load one with"
    ):
        qa.compute(str(SCENARIO), inputs)  # type: ignore[arg-type]
    with pytest.raises(
        TypeError, match=r"inputs must be of type InputSet, not NoneType: read them"
    ):
        qa.compute(scenario, None)  # type: ignore[arg-type]
    result = qa.compute(scenario, inputs)
    with pytest.raises(TypeError, match=r"year must be a whole number such as 2024, not '2021'"):
        qa.monitor(result, year="2021")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"year must be a whole number"):
        qa.progress(result, year=True)
    with pytest.raises(ValueError, match=r"lang must be 'nl' or 'en', not 'fr'"):
        qa.register_record(result, "fr")
    with pytest.raises(ValueError, match=r"lang must be 'nl' or 'en', not 'de'"):
        qa.write(result, example.parent / "out", lang="de")
    assert not (example.parent / "out").exists()


def test_years_as_numbers_and_problems_in_the_error_text(example: Path) -> None:
    # a pool per year given with numbers for years, as Python writes them; the file writes the
    # same keys as texts
    key = TariffKey(
        kind="tariff", weights={"laag": 1}, pool="amount", pool_amount={2022: 18_000_000}
    )
    assert key.pool_amount == {"2022": Decimal(18_000_000)}
    # str() of input errors lists them (it was only "1 input error found")
    (example / "units.xlsx").write_bytes(b"not a workbook")
    scenario = qa.load_scenario(SCENARIO)
    with pytest.raises(InputErrors) as caught:
        qa.compute(scenario, qa.read_inputs(example, scenario.inputs))
    lines = str(caught.value).splitlines()
    assert lines[0].endswith("found") and len(lines) >= 2
    assert lines[1].startswith("  units.xlsx")
