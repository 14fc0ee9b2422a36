"""The plan round: each plan's status, consent and timeliness; validate's table and warnings;
the concept mark on every page; located errors for bad Planronde and pm cells."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import openpyxl
import pytest

from qa_budget.api import validate
from tests.builders import compute_file
from tests.conftest import SCENARIO, cli
from tests.round_inputs import PLANS, ROUNDS, write_round
from tests.workbooks import values

D = dt.date


@pytest.fixture
def round_inputs(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "inputs"
    return write_round(folder), folder


def test_the_round_per_unit(round_inputs: tuple[Path, Path]) -> None:
    scenario, folder = round_inputs
    status = compute_file(scenario, folder).plan_round
    assert status is not None
    a, b = status.unit("A"), status.unit("B")
    # A: submitted 2025-07-03, deadline 2025-06-30: 3 days late; instemming as required.
    assert (a.timeliness, a.days_late, a.consent, a.adopted) == ("late", 3, True, True)
    # B: submitted 2025-06-28, on time; advies where instemming is required: no consent;
    # status ingediend, so not every plan is adopted and the run is a concept.
    assert (b.timeliness, b.consent, b.adopted) == ("on_time", False, False)
    assert (status.count("on_time"), status.count("late"), status.consents) == (1, 1, 1)
    assert status.concept


def test_advice_is_enough_when_the_scenario_asks_for_advice(
    round_inputs: tuple[Path, Path],
) -> None:
    scenario, folder = round_inputs
    scenario.write_text(scenario.read_text().replace('= "instemming"', '= "advies"'))
    status = compute_file(scenario, folder).plan_round
    assert status is not None and status.unit("B").consent and status.unit("A").consent


def test_validate_prints_the_round_and_warns_per_unit(round_inputs: tuple[Path, Path]) -> None:
    scenario, folder = round_inputs
    result = cli("validate", "--inputs", folder, "--scenario", scenario, "--lang", "en")
    assert result.code == 0, result.text
    lines = result.out.splitlines()
    assert lines[0] == (
        "Plan round: deadline 30 June 2025; required: the faculty council's consent"
    )
    row_a = next(x for x in lines if x.startswith("  A "))
    assert row_a.split() == ["A", "2", "2025-07-03", "late", "(3", "d)", "consent",
                             "2025-06-20", "yes", "adopted"]  # fmt: skip
    row_b = next(x for x in lines if x.startswith("  B "))
    assert row_b.split() == ["B", "1", "2025-06-28", "on", "time", "advice", "2025-06-25", "no",
                             "submitted"]  # fmt: skip
    assert (
        "1 of 2 plans on time, 1 late, 0 missing; consent given for 1 of 2; 1 of 2 adopted: "
        "the workbooks are marked DRAFT." in lines
    )
    assert (
        "warning: plans/A.xlsx › Sheet 'Planronde' › B2 | A: submitted on 3 July 2025, 3 days "
        "after the deadline 30 June 2025" in result.err
    )
    assert (
        "warning: plans/B.xlsx › Sheet 'Planronde' › C2 | B: the faculty council has not given "
        "its consent (decision: advice); the round asks for consent" in result.err
    )


def test_where_advice_is_required_the_table_counts_advice(
    round_inputs: tuple[Path, Path],
) -> None:
    # B gave advice, A consent; with advice required both gave what the round asks for: the
    # column and the count say "advice" (they said "consent given for 2 of 2", which B did not
    # give), and the title reads without the article Dutch would get wrong ("de advies")
    scenario, folder = round_inputs
    scenario.write_text(scenario.read_text().replace('"instemming"', '"advies"'))
    for lang, title, count in (
        ("en", "required: the faculty council's advice", "advice given for 2 of 2"),
        ("nl", "vereist: advies van de faculteitsraad", "advies gegeven voor 2 van 2"),
    ):
        result = cli("validate", "--inputs", folder, "--scenario", scenario, "--lang", lang)
        assert result.code == 0, result.text
        lines = result.out.splitlines()
        assert lines[0].endswith(title), lines[0]
        assert ("Advice given" if lang == "en" else "Advies gegeven") in lines[1]
        assert any(count in x for x in lines), result.out


def test_validate_without_a_scenario_judges_no_deadline(round_inputs: tuple[Path, Path]) -> None:
    _, folder = round_inputs
    result = cli("validate", "--inputs", folder, "--lang", "en")
    assert result.code == 0, result.text
    assert "deadline none set in the scenario" in result.out
    assert "2 of 2 plans submitted, 0 missing" in result.out
    assert "days after the deadline" not in result.err


def test_a_plan_without_a_planronde_sheet_is_a_warning_and_a_concept(tmp_path: Path) -> None:
    folder = tmp_path / "inputs"
    scenario = write_round(folder, rounds={"A": [ROUNDS["A"]]})  # B: an empty Planronde
    wb = openpyxl.load_workbook(folder / "plans" / "A.xlsx")
    del wb["Planronde"]  # an older plan workbook: no sheet at all
    wb.save(folder / "plans" / "A.xlsx")
    found = validate(folder, scenario)
    messages = [str(w) for w in found.warnings]
    assert (
        "plans/A.xlsx › Sheet 'Planronde' | A: no plan round status (no sheet Planronde, or an "
        "empty one); add the sheet from the template (qa-budget init) with the version, the "
        "dates, the faculty council's decision and the status" in messages
    )
    assert found.plan_round.unit("A").status is None
    assert found.plan_round.unit("B").timeliness == "unknown"  # the plan is there; its round is not
    assert found.plan_round.concept


def test_overdue_decisions_are_warned_by_validate_only(round_inputs: tuple[Path, Path]) -> None:
    scenario, folder = round_inputs
    # B's pm measure is due 2026-01-15 and the central pm line 2026-03-01: on 2026-02-01 only
    # the first has passed.
    found = validate(folder, scenario, today=D(2026, 2, 1))
    overdue = [str(w) for w in found.warnings if "was due by" in str(w)]
    assert overdue == [
        "plans/B.xlsx › Sheet 'Maatregelen' › row 3 | the decision on 'Docentteams' (2026, pm) "
        "was due by 15 January 2026 (Faculteitsbestuur B); enter the amount decided, or a new "
        "date"
    ]
    assert not [w for w in validate(folder, scenario, today=D(2026, 1, 15)).warnings
                if "was due by" in str(w)]  # fmt: skip


def test_every_page_of_a_concept_run_says_so(
    round_inputs: tuple[Path, Path], tmp_path: Path
) -> None:
    scenario, folder = round_inputs
    out = tmp_path / "out"
    assert cli("run", scenario, "--inputs", folder, "--out", out, "--lang", "en").code == 0
    other = scenario.with_name("round-b.toml")
    other.write_text(scenario.read_text().replace('name = "round"', 'name = "round-b"'))
    assert cli("compare", scenario, other, "--inputs", folder, "--out", out).code == 0
    draft, concept = (
        "DRAFT — not all plans are adopted",
        "CONCEPT — niet alle plannen zijn vastgesteld",
    )
    books = [
        (out / "round" / "overview.xlsx", draft),
        (out / "round" / "faculty" / "A.xlsx", draft),
        (out / "round" / "faculty" / "B.xlsx", draft),
        (out / "comparison" / "round--round-b.xlsx", concept),
    ]
    assert json.loads((out / "round" / "run.json").read_text())["concept"] is True
    for book, mark in books:
        wb = openpyxl.load_workbook(book)
        for ws in wb.worksheets:
            assert ws.oddHeader.center.text == mark, (book.name, ws.title)
            assert ws.oddFooter.right.text == "&P / &N", (book.name, ws.title)
        assert wb.properties.title.startswith(f"{mark}: ")
        assert wb.properties.keywords == mark


def test_an_adopted_round_has_no_concept_mark(tmp_path: Path) -> None:
    folder = tmp_path / "inputs"
    adopted = {u: [[*r[:2], "instemming", r[3], "vastgesteld", r[5]]] for u, r in ROUNDS.items()}
    scenario = write_round(folder, rounds=adopted)
    out = tmp_path / "out"
    assert cli("run", scenario, "--inputs", folder, "--out", out).code == 0
    wb = openpyxl.load_workbook(out / "round" / "overview.xlsx")
    assert all(ws.oddHeader.center.text in (None, "") for ws in wb.worksheets)
    assert not wb.properties.keywords
    rows = values(out / "round" / "overview.xlsx", "Planronde")
    assert rows[3][0] == "Alle plannen zijn vastgesteld."


def test_the_round_sheets_read_back(round_inputs: tuple[Path, Path], tmp_path: Path) -> None:
    scenario, folder = round_inputs
    out = tmp_path / "out"
    assert cli("run", scenario, "--inputs", folder, "--out", out).code == 0
    rows = values(out / "round" / "overview.xlsx", "Planronde")
    head = rows[5]
    assert head[:9] == ("Eenheid", "Naam", "Versie", "Ingediend op", "Tijdig",
                        "Besluit faculteitsraad", "Datum besluit", "Vereist besluit gegeven",
                        "Status")  # fmt: skip
    a, b = rows[6], rows[7]
    assert a[:3] == ("A", "Alfa", 2) and a[3].date() == D(2025, 7, 3)  # the version a number
    assert a[4:6] == ("te laat (3 d)", "instemming") and a[7:10] == (
        "ja",
        "vastgesteld",
        "Beleid A",
    )
    assert b[4:6] == ("op tijd", "advies") and b[7:9] == ("nee", "ingediend")
    assert rows[2][0] == (
        "1 van 2 plannen op tijd, 1 te laat, 0 ontbrekend; 1 van 2 met instemming; 1 van 2 "
        "vastgesteld."
    )
    faculty = values(out / "round" / "faculty" / "B.xlsx", "Toewijzing en plan")
    assert faculty[2][0] == (
        "Plan versie 1: ingediend op 28-6-2025 (op tijd); besluit faculteitsraad: advies op "
        "25-6-2025; status: ingediend."
    )
    # A came in on 3 July, three days after the deadline of 30 June: said in the sentence,
    # not as the table's "te laat (3 d)" inside brackets
    late = values(out / "round" / "faculty" / "A.xlsx", "Toewijzing en plan")[2][0]
    assert late.startswith("Plan versie 2: ingediend op 3-7-2025, 3 dagen te laat; besluit ")
    assert "((" not in late and "))" not in late


# --- Bad Planronde and pm cells: located, all together, nothing written -----------------------


def test_bad_round_and_pm_cells_are_located_errors_all_at_once(tmp_path: Path) -> None:
    folder = tmp_path / "inputs"
    plans = {
        "A": PLANS["A"],
        "B": [PLANS["B"][0], ["Docentteams", 4, 10000, "pm", None, "zomer 2026"]],
    }
    rounds = {
        "A": [ROUNDS["A"], ["3", None, "instemming", None, "klaar", None]],
        "B": [["1", None, "advies", None, "vastgesteld", None]],
    }
    central = [
        [4, "Docentontwikkeling", "Cursussen", 2025, "n.v.t.", "kwaliteitsafspraken"],
        [4, "Docentontwikkeling", "Cursussen", 2026, "pm", "kwaliteitsafspraken", "CvB"],
    ]
    scenario = write_round(folder, plans=plans, rounds=rounds, central=central)
    out = tmp_path / "out"
    result = cli("run", scenario, "--inputs", folder, "--out", out, "--lang", "en")
    assert result.code == 1
    expected = [
        "funds.xlsx › Sheet 'Centraal' › E2 | expected an amount in EUR as a number, or pm for an "
        "amount that waits for a decision, got 'n.v.t.'",
        "funds.xlsx › Sheet 'Centraal' › H3 | 'Besluit uiterlijk' is empty; the amount is pm: "
        "give the date by which the decision is due",
        "plans/A.xlsx › Sheet 'Planronde' › E3 | expected one of concept / ingediend / "
        "vastgesteld, got 'klaar'",
        "plans/A.xlsx › Sheet 'Planronde' › row 3 | a second row (the first is row 2); the sheet "
        "holds one row, the version in this workbook: keep the current one (an earlier version "
        "goes in the previous-plans folder)",
        "plans/B.xlsx › Sheet 'Maatregelen' › F3 | expected a date such as 2022-06-30, got "
        "'zomer 2026'",
        "plans/B.xlsx › Sheet 'Maatregelen' › E3 | 'Besluit door' is empty; the measure's amount "
        "for 2026 is pm: name who decides on it (e.g. CvB)",
        "plans/B.xlsx › Sheet 'Planronde' › B2 | 'Ingediend op' is empty; a plan with status "
        "vastgesteld has been submitted: give the date it was submitted",
        "plans/B.xlsx › Sheet 'Planronde' › D2 | 'Datum besluit' is empty; give the date of the "
        "faculty council's advice",
    ]
    for line in expected:
        assert f"error: {line}" in result.err, line
    assert result.err.count("error: ") == len(expected)
    assert not out.exists()


def test_a_pm_amount_without_the_decision_columns_names_the_cell(tmp_path: Path) -> None:
    folder = tmp_path / "inputs"
    scenario = write_round(folder)
    wb = openpyxl.load_workbook(folder / "plans" / "B.xlsx")
    ws = wb["Maatregelen"]
    ws.delete_cols(5, 2)  # an older plan: no 'Besluit door', no 'Besluit uiterlijk'
    wb.save(folder / "plans" / "B.xlsx")
    result = cli("validate", "--inputs", folder, "--scenario", scenario, "--lang", "en")
    assert result.code == 1
    assert (
        "error: plans/B.xlsx › Sheet 'Maatregelen' › D3 | the measure's amount for 2026 is pm, "
        "but the sheet has no column 'Besluit door' and 'Besluit uiterlijk'; add them (the "
        "template has them), then name who decides on it (e.g. CvB) and give the date by which "
        "the decision is due" in result.err
    )


def test_the_example_round_shows_a_late_unit_and_one_without_consent(
    example: Path, tmp_path: Path
) -> None:
    found = validate(example, SCENARIO)
    status = found.plan_round
    late = [u.unit for u in status.units if u.timeliness == "late"]
    without = [u.unit for u in status.units if not u.consent]
    assert (late, status.unit("ICLON").days_late, without) == (["ICLON"], 9, ["LUMC"])
    assert status.adopted == 7 and status.concept
    # monitor writes from the same run: its pages are marked too (monitoring.xlsx is Dutch)
    out = tmp_path / "out"
    assert cli("monitor", SCENARIO, "--inputs", example, "--out", out).code == 0
    wb = openpyxl.load_workbook(out / "uniform-500" / "monitoring.xlsx")
    for ws in wb.worksheets:
        assert ws.oddHeader.center.text == "CONCEPT — niet alle plannen zijn vastgesteld"
        assert ws.oddFooter.right.text == "&P / &N"


def test_every_sheet_of_a_concept_faculty_workbook_says_so(example_run: Path) -> None:
    """The example is a concept run with indicators and monitoring: the faculty workbooks
    have the sheets the round inputs do not give (Indicatoren, Monitoring), each marked."""
    mark = "CONCEPT — niet alle plannen zijn vastgesteld"
    titles = set()
    for book in sorted((example_run / "faculty").glob("*.xlsx")):
        wb = openpyxl.load_workbook(book)
        for ws in wb.worksheets:
            titles.add(ws.title)
            assert ws.oddHeader.center.text == mark, (book.name, ws.title)
    assert {"Indicatoren", "Monitoring"} <= titles


def test_open_decisions_give_themes_and_single_years_as_numbers(example_run: Path) -> None:
    # the example's pm lines (funds.xlsx › Centraal: Wellbeing officers, theme 3, 2022; the
    # LUMC measure with pm in 2023 and 2024): a theme and a single year are numbers, as a
    # spreadsheet program expects them; two years stay a text
    rows = values(example_run / "overview.xlsx", "Open besluiten")
    head = rows.index(next(r for r in rows if r[0] == "Soort"))
    decisions = [r for r in rows[head + 1 :] if r[0]]
    wellbeing = next(r for r in decisions if r[3] == "Wellbeing officers")
    assert wellbeing[4:6] == (3, 2022)
    lumc = next(r for r in decisions if r[1] == "LUMC")
    assert lumc[4:6] == (3, "2023, 2024")
    # a plan measure leaves still to allocate as it is: it is paid from the unit's allocation,
    # whatever the plan's total against it (the words claimed that the unit plans within it)
    assert lumc[-1] == (
        "geen: de maatregel wordt betaald uit de toewijzing van de eenheid; alleen haar "
        "resultaat verandert (onbekend tot het bedrag vaststaat)"
    )


def test_a_plan_without_its_planronde_sheet_is_unknown_not_missing(example: Path) -> None:
    # plans/FGW.xlsx is there (and used), only its Planronde sheet is gone: when and how it was
    # submitted is unknown; it is not a missing plan (it was counted as one)
    path = example / "plans" / "FGW.xlsx"
    wb = openpyxl.load_workbook(path)
    del wb["Planronde"]
    wb.save(path)
    result = cli("validate", "--inputs", example, "--scenario", SCENARIO, "--lang", "en")
    assert result.code == 0, result.text
    row = next(x for x in result.out.splitlines() if x.startswith("  FGW "))
    assert row.split()[:4] == ["FGW", "-", "-", "unknown"]
    assert (
        "6 of 8 plans on time, 1 late, 0 missing, 1 without a Planronde sheet (unknown); "
        in result.out
    )


def test_days_late_are_written_as_the_workbook_writes_them(tmp_path: Path) -> None:
    # 30 June 2025 + 1,000 days = 26 March 2028: the warning says "1.000 dagen" like the
    # faculty workbook (it said "1000 dagen")
    folder = tmp_path / "inputs"
    late = {"A": [["2", D(2028, 3, 26), "instemming", D(2025, 6, 20), "vastgesteld", None]]}
    scenario = write_round(folder, rounds={**{u: [r] for u, r in ROUNDS.items()}, **late})
    done = cli("validate", "--inputs", folder, "--scenario", scenario)
    assert "A: ingediend op 26 maart 2028, 1.000 dagen na de uiterste datum 30 juni 2025" in (
        done.err
    )
    assert cli("run", scenario, "--inputs", folder, "--out", tmp_path / "o").code == 0
    line = values(tmp_path / "o" / "round" / "faculty" / "A.xlsx", "Toewijzing en plan")[2][0]
    assert "ingediend op 26-3-2028, 1.000 dagen te laat;" in line


def test_a_plans_folder_that_is_a_file(tmp_path: Path) -> None:
    # plans/ as a file stops the run and says what it is; previous-plans as a file is a
    # warning (the versions are optional) instead of being passed over in silence
    folder = tmp_path / "inputs"
    scenario = write_round(folder)
    import shutil

    shutil.rmtree(folder / "previous-plans")
    (folder / "previous-plans").write_text("not a folder")
    done = cli("run", scenario, "--inputs", folder, "--out", tmp_path / "o", "--lang", "en")
    assert done.code == 0, done.err
    assert "warning: previous-plans | previous-plans is a file, not a folder;" in done.err
    shutil.rmtree(folder / "plans")
    (folder / "plans").write_text("not a folder")
    done = cli("validate", "--inputs", folder, "--scenario", scenario, "--lang", "en")
    assert done.code != 0
    assert "error: plans | plans is a file, not a folder; the workbooks per unit go in a " in (
        done.err
    )


def test_compare_prints_the_warnings_once(round_inputs: tuple[Path, Path], tmp_path: Path) -> None:
    # the comparison printed no warning at all; now those of the shared inputs appear once (A
    # is late in both scenarios) and a scenario's own appear with its file
    scenario, folder = round_inputs
    other = scenario.with_name("round-b.toml")
    other.write_text(scenario.read_text().replace('name = "round"', 'name = "round-b"'))
    done = cli("compare", scenario, other, "--inputs", folder, "--out", tmp_path, "--lang", "en")
    assert done.code == 0, done.err
    late = (
        "warning: plans/A.xlsx › Sheet 'Planronde' › B2 | A: submitted on 3 July 2025, 3 days "
        "after the deadline 30 June 2025"
    )
    assert done.err.count(late) == 1
    run = cli("run", scenario, "--inputs", folder, "--out", tmp_path / "r", "--lang", "en")
    assert run.err.count(late) == 1
