"""Plan versions compared: hand-calculated themes, shares, shift and measure changes; the words;
the faculty and council sheets read back; --previous-plans recorded for verify."""

from __future__ import annotations

import json
import re
from fractions import Fraction
from pathlib import Path

import openpyxl
import pytest

from qa_budget.planning.versions import against_percentages, by_amounts
from qa_budget.report.common.planning import shift_sentence, total_sentence
from tests.builders import compute_file
from tests.conftest import cli
from tests.round_inputs import PLANS, PREVIOUS, write_round
from tests.workbooks import find_row, values


@pytest.fixture
def round_inputs(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "inputs"
    return write_round(folder), folder


def test_unit_a_against_its_previous_version(round_inputs: tuple[Path, Path]) -> None:
    scenario, folder = round_inputs
    versions = compute_file(scenario, folder).versions
    assert versions is not None
    assert versions.without_previous == ("B",)
    a = versions.unit("A")
    assert a is not None and versions.unit("B") is None
    together = a.themes[0]
    # By hand, 2025 + 2026 in EUR: previous theme 1 = Oud project 5,000 + 5,000 = 10,000,
    # theme 2 = Kleinschalig 20,000 + 20,000 = 40,000, theme 3 = Mentoraat 20,000: 70,000.
    # Current theme 1 = Kleinschalig 60,000, theme 2 = Nieuw project 5,000, theme 3 20,000:
    # 85,000.
    assert together.years == (2025, 2026)
    assert dict(together.previous_amounts or {}) == {1: 10000_00, 2: 40000_00, 3: 20000_00,
                                                     4: 0, 5: 0, 6: 0}  # fmt: skip
    assert dict(together.current_amounts or {}) == {1: 60000_00, 2: 5000_00, 3: 20000_00,
                                                    4: 0, 5: 0, 6: 0}  # fmt: skip
    assert together.previous_shares[1] == Fraction(1, 7)
    assert together.current_shares[1] == Fraction(12, 17)
    # theme 1: 100 × (12/17 − 1/7) = 100 × 67/119 = 56.30 points; theme 2: 100 × (1/17 − 4/7)
    # = −51.26; theme 3: 100 × (4/17 − 2/7) = −5.04: a clear shift in the shares. Theme 3
    # keeps its 20,000 (its share falls because the plan grows): the money moves from theme 2
    # (40,000 -> 5,000) to theme 1 (10,000 -> 60,000), theme 3 gives nothing.
    assert together.points(1) == Fraction(6700, 119)
    shift = together.shift
    assert (shift.size, shift.rises, shift.falls) == ("clear", (1,), (2, 3))
    assert (shift.gained, shift.lost) == ((1,), (2,))
    assert shift_sentence(together, "en") == (
        "A clear shift from theme 2 to theme 1: the share of theme 1 goes from 14.3% "
        "to 70.6%; the share of theme 2 goes from 57.1% to 5.9%."
    )
    assert total_sentence(together, "nl") == (
        "Het plan groeit van EUR 70.000 naar EUR 85.000 (+21,4%)."
    )
    # per year: 2026 alone, previous 35,000, current 45,000
    assert [c.years for c in a.themes] == [(2025, 2026), (2025,), (2026,)]
    assert a.themes[2].previous_total == 35000_00 and a.themes[2].current_total == 45000_00


def test_the_measures_added_changed_and_stopped(round_inputs: tuple[Path, Path]) -> None:
    scenario, folder = round_inputs
    versions = compute_file(scenario, folder).versions
    assert versions is not None
    a = versions.unit("A")
    assert a is not None
    changes = {m.measure: m for m in a.measures}
    assert set(changes) == {"Kleinschalig", "Nieuw project", "Oud project"}
    moved = changes["Kleinschalig"]
    assert (moved.kind, moved.theme_before, moved.theme_now) == ("changed", 2, 1)
    assert moved.change == 20000_00  # 60,000 now − 40,000 before
    added = changes["Nieuw project"]
    assert (added.kind, added.theme_now, dict(added.now)) == ("added", 2, {2025: 0, 2026: 5000_00})
    stopped = changes["Oud project"]
    # it had 5,000 in 2025, the first compared year (the previous version has no 2024): running
    assert (stopped.kind, stopped.running, stopped.change) == ("stopped", True, -10000_00)
    assert a.stopped_running == (stopped,)
    assert a.unchanged == 1  # Mentoraat: same theme, same amounts


def test_a_stopped_measure_that_had_ended_is_not_flagged() -> None:
    import polars as pl

    from qa_budget.planning.versions import measure_changes

    def plan(rows: list[tuple[str, int, int, int]]) -> pl.DataFrame:
        schema = {"measure": pl.String, "theme": pl.Int64, "year": pl.Int64,
                  "amount": pl.Int64, "pm": pl.Boolean}  # fmt: skip
        data = [(m, t, y, a, False) for m, t, y, a in rows]
        return pl.DataFrame(data, schema=schema, orient="row")

    previous = plan([("Afgerond", 1, 2024, 0), ("Afgerond", 1, 2025, 500), ("Loopt", 2, 2024, 900),
                     ("Loopt", 2, 2025, 900)])  # fmt: skip
    changes, same = measure_changes("X", previous, plan([]), [2025])
    # the version has a 2024 column: running means an amount in 2024, the year before
    assert [(c.measure, c.running) for c in changes] == [("Afgerond", False), ("Loopt", True)]
    assert same == 0


def themes(*amounts: int) -> dict[int, int]:
    """Amounts per theme 1-6 (the themes not given: 0)."""
    return {t: amounts[t - 1] if t <= len(amounts) else 0 for t in range(1, 7)}


def test_shift_sizes_and_words() -> None:
    same = by_amounts([2025], themes(50, 50), themes(100, 100))
    assert same.shift.size == "none"
    assert shift_sentence(same, "nl") == "De verdeling over de thema's blijft gelijk."
    # 50.5% against 50%: half a point, a minimal shift from theme 2 to theme 1
    minimal = by_amounts([2025], themes(500, 500), themes(505, 495))
    assert shift_sentence(minimal, "nl") == (
        "Een minimale verschuiving van thema 2 naar thema 1: het aandeel van thema 1 gaat van "
        "50,0% naar 50,5%; het aandeel van thema 2 gaat van 50,0% naar 49,5%."
    )
    # 3 points, spread: theme 1 +3, themes 2 and 3 -1.5 each: both named
    modest = by_amounts([2025], themes(400, 300, 300), themes(430, 285, 285))
    assert (modest.shift.size, modest.shift.falls) == ("modest", (2, 3))
    assert shift_sentence(modest, "en").startswith("A modest shift from themes 2 and 3 to theme 1")
    # theme 1 grows from 400 to 600, themes 2 and 4 keep 300: shares 40/30/30 -> 50/25/25, a
    # clear shift in the shares, but no theme gives money: more for theme 1, less for none
    grows = by_amounts([2025], themes(400, 300, 0, 300), themes(600, 300, 0, 300))
    assert (grows.shift.falls, grows.shift.gained, grows.shift.lost) == ((2, 4), (1,), ())
    assert shift_sentence(grows, "nl") == (
        "Een duidelijke verschuiving in de aandelen: meer geld voor thema 1 en voor geen thema "
        "minder; het aandeel van thema 1 gaat van 40,0% naar 50,0%; het aandeel van thema 2 gaat "
        "van 30,0% naar 25,0%."
    )
    # the other way: themes 2 and 4 cut from 300 to 200, theme 1 keeps 400: 40/30/30 ->
    # 50/25/25 again, now less money for themes 2 and 4 and more for none
    cut = by_amounts([2025], themes(400, 300, 0, 300), themes(400, 200, 0, 200))
    assert (cut.shift.gained, cut.shift.lost) == ((), (2, 4))
    assert shift_sentence(cut, "en").startswith(
        "A clear shift in the shares: less money for themes 2 and 4 and more for none; "
    )
    # only more, for every theme: 100/100/100 -> 110/110/200 (shares a third each -> 26.2,
    # 26.2, 47.6): all three get more and are named, not only theme 3 whose share rises; the
    # thirds are quoted as the table shows them, adding up to 100: 33.4, 33.3, 33.3 (the first
    # gets the tenth left over)
    more = by_amounts([2025], themes(100, 100, 100), themes(110, 110, 200))
    assert shift_sentence(more, "en") == (
        "A clear shift in the shares: more money for themes 1, 2 and 3 and less for none; the "
        "share of theme 3 goes from 33.3% to 47.6%; the share of theme 1 goes from 33.4% to 26.2%."
    )
    # only less, for both: 100/100 -> 90/50 (shares 50/50 -> 64.3/35.7): both named
    less = by_amounts([2025], themes(100, 100), themes(90, 50))
    assert shift_sentence(less, "en") == (
        "A clear shift in the shares: less money for themes 1 and 2 and more for none; the "
        "share of theme 1 goes from 50.0% to 64.3%; the share of theme 2 goes from 50.0% to 35.7%."
    )
    # a previous version that planned nothing: the plan grows from EUR 0, without a percentage
    # (it said "(+—)")
    nothing = by_amounts([2025], themes(), themes(300000_00))
    assert total_sentence(nothing, "nl") == "Het plan groeit van EUR 0 naar EUR 300.000."
    # the published 2018 plan gives shares only: the sentence speaks of shares, as before
    shares = against_percentages([2025], {1: 40, 2: 30, 4: 30},
                                 themes(600, 300, 0, 300))  # fmt: skip
    assert shares.shift.gained is None
    assert shift_sentence(shares, "en").startswith("A clear shift from themes 2 and 4 to theme 1")
    new = by_amounts([2025], themes(100), themes(90, 0, 10))
    assert shift_sentence(new, "en").endswith("New: theme 3.")


def test_the_faculty_sheet_reads_back(round_inputs: tuple[Path, Path], tmp_path: Path) -> None:
    scenario, folder = round_inputs
    out = tmp_path / "out"
    assert cli("run", scenario, "--inputs", folder, "--out", out, "--lang", "en").code == 0
    rows = values(out / "round" / "faculty" / "A.xlsx", "Plan versions")
    assert rows[1][0] == (
        "Previous version: version unknown; this version: version 2. Amounts in EUR, 2025-2026; "
        "shares of the plan."
    )
    assert rows[3][0].startswith("A clear shift from theme 2 to theme 1")
    head = rows.index(find_row(rows, "Theme"))
    assert rows[head][1] == "2025-2026"
    theme1 = rows[head + 1]
    assert theme1[2:5] == (10000, 60000, 50000)
    # shares as shown, adding up to 100.0%: 10,000 of 70,000 is 14.29% (shown 14.3%, the other
    # 60,000 85.7%); 60,000 of 85,000 is 70.59% (70.6%, the other 25,000 29.4%); the points
    # are those of the shown shares: 70.6 - 14.3 = 56.3
    assert theme1[5] == pytest.approx(0.143) and theme1[6] == pytest.approx(0.706)
    assert theme1[7] == pytest.approx(56.3)
    total = rows[head + 7]
    assert total[1:5] == ("Total", 70000, 85000, 15000)
    measures = rows.index(find_row(rows, "Measure", 1))
    stopped = find_row(rows[measures:], "Oud project", 1)
    assert stopped[2:8] == ("stopped", 1, None, 10000, 0, -10000)
    assert stopped[8] == "a running measure disappears: wound down, or paid from elsewhere?"
    moved = find_row(rows[measures:], "Kleinschalig", 1)
    assert moved[8] == "from theme 2 to 1"
    # B has no previous version: the sheet says so
    rows_b = values(out / "round" / "faculty" / "B.xlsx", "Plan versions")
    assert rows_b[2][0] == (
        "There is no previous version of this plan (previous-plans/B.xlsx is missing): there "
        "is nothing to compare."
    )


def test_previous_plans_from_the_command_line_are_recorded_and_verified(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "inputs"
    scenario = write_round(folder)
    (folder / "previous-plans").rename(tmp_path / "round-2024")
    out = tmp_path / "out"
    assert cli("run", scenario, "--inputs", folder, "--out", out).code == 0
    record = json.loads((out / "round" / "run.json").read_text())
    assert not any("round-2024" in name for name in record["inputs_sha256"])
    assert (
        "Planversies" not in openpyxl.load_workbook(out / "round" / "faculty" / "A.xlsx").sheetnames
    )
    ran = cli("run", scenario, "--inputs", folder, "--out", out, "--force",
              "--previous-plans", tmp_path / "round-2024")  # fmt: skip
    assert ran.code == 0, ran.text
    assert (
        "let op: Map met de vorige versie van elk plan: previous-plans → ../round-2024" in ran.out
    )
    record = json.loads((out / "round" / "run.json").read_text())
    assert record["scenario"]["inputs"]["previous_plans"] == "../round-2024"
    assert "../round-2024/A.xlsx" in record["inputs_sha256"]
    checked = cli("verify", out / "round")
    assert checked.code == 0, checked.text
    missing = cli("run", scenario, "--inputs", folder, "--out", out, "--force",
                  "--previous-plans", tmp_path / "nowhere", "--lang", "en")  # fmt: skip
    assert missing.code == 1 and "no such folder" in missing.err


def test_a_bad_previous_plan_is_a_located_error(tmp_path: Path) -> None:
    folder = tmp_path / "inputs"
    scenario = write_round(folder, previous={"A": [["Kleinschalig", 2, 20000, 20000]],
                                             "Z": [["Iets", 1, 1, 1]]})  # fmt: skip
    result = cli("validate", "--inputs", folder, "--scenario", scenario, "--lang", "en")
    assert result.code == 1
    assert (
        "error: previous-plans/Z.xlsx | no unit 'Z' in units.xlsx; a plan workbook is named "
        "after its unit's code, e.g. plans/FGW.xlsx" in result.err
    )


def test_a_previous_version_numbered_higher_is_a_warning(
    round_inputs: tuple[Path, Path],
) -> None:
    # A's current plan is version 2 (tests/round_inputs.py); its previous version said version
    # 4: the folders may be swapped, or the number was not raised
    import shutil

    scenario, folder = round_inputs
    previous = folder / "previous-plans" / "A.xlsx"
    shutil.copy(folder / "plans" / "A.xlsx", previous)
    wb = openpyxl.load_workbook(previous)
    wb["Planronde"]["A2"] = 4
    wb.save(previous)
    result = cli("validate", "--inputs", folder, "--scenario", scenario, "--lang", "en")
    assert result.code == 0, result.text
    assert (
        "plans/A.xlsx › Sheet 'Planronde' | A: the previous version in previous-plans is "
        "version 4, this plan version 2: not higher." in result.err
    )


def test_a_previous_version_without_a_later_year_is_compared_over_the_years_it_has(
    tmp_path: Path,
) -> None:
    # The revised plan of A reaches 2026; its previous version was made for 2025 only. The
    # versions are compared over 2025 with a warning, not refused. By hand, 2025 in EUR:
    # previous theme 1 Oud project 5,000, theme 2 Kleinschalig 20,000, theme 3 Mentoraat
    # 10,000 (35,000); current theme 1 Kleinschalig 30,000, theme 3 Mentoraat 10,000, Nieuw
    # project nothing in 2025 (40,000).
    folder = tmp_path / "inputs"
    previous = {
        "A": [["Kleinschalig", 2, 20000], ["Mentoraat", 3, 10000], ["Oud project", 1, 5000]]
    }
    scenario = write_round(folder, previous=previous, previous_years=[2025])
    out = tmp_path / "out"
    done = cli("run", scenario, "--inputs", folder, "--out", out, "--lang", "en")
    assert done.code == 0, done.err
    assert (
        "warning: previous-plans/A.xlsx › Sheet 'Maatregelen' › row 1 | no column for 2026; the "
        "versions are compared over 2025, the years every previous version gives"
    ) in done.err
    versions = compute_file(scenario, folder).versions
    assert versions is not None and versions.years == (2025,)
    a = versions.unit("A")
    assert a is not None and [c.years for c in a.themes] == [(2025,)]
    assert dict(a.themes[0].previous_amounts or {}) == {1: 5000_00, 2: 20000_00, 3: 10000_00,
                                                        4: 0, 5: 0, 6: 0}  # fmt: skip
    assert a.themes[0].current_total == 40000_00
    rows = values(out / "round" / "faculty" / "A.xlsx", "Plan versions")
    assert "Amounts in EUR, 2025;" in rows[1][0]
    # a previous version without any year of the scenario: nothing to compare, an error
    other = tmp_path / "other"
    scenario = write_round(other, previous=previous, previous_years=[2024])
    done = cli("run", scenario, "--inputs", other, "--out", tmp_path / "out2", "--lang", "en")
    assert done.code != 0 and not (tmp_path / "out2" / "round").exists()
    assert (
        "error: previous-plans/A.xlsx › Sheet 'Maatregelen' › row 1 | this previous version has "
        "no column for any of the scenario's years (2025-2026), so there is nothing to compare"
    ) in done.err


def test_previous_versions_with_a_gap_or_no_year_in_common(tmp_path: Path) -> None:
    # A three-year scenario 2025-2027; A's previous version gives 2025 and 2027, not 2026:
    # compared over "2025, 2027" (not "2025-2027", which would promise 2026 too)
    folder = tmp_path / "gap"
    plans = {"A": PLANS["A"], "B": [["Differentiatie", 2, 20000, 20000, 20000]]}
    years = [2025, 2026, 2027]
    scenario = write_round(folder, plans=plans, previous_years=[2025, 2027], years=years)
    done = cli("run", scenario, "--inputs", folder, "--out", tmp_path / "o", "--lang", "en")
    assert done.code == 0, done.err
    assert "no column for 2026; the versions are compared over 2025, 2027" in done.err
    rows = values(tmp_path / "o" / "round" / "faculty" / "A.xlsx", "Plan versions")
    assert "Amounts in EUR, 2025, 2027;" in rows[1][0]
    # A gives only 2025, B only 2026: each has a scenario year, but none in common
    apart = tmp_path / "apart"
    both = {**PREVIOUS, "B": [["Differentiatie", 2, 20000, 20000]]}
    scenario = write_round(apart, previous=both, previous_years={"A": [2025], "B": [2026]})
    done = cli("validate", "--scenario", scenario, "--inputs", apart, "--lang", "en")
    assert done.code != 0
    assert (
        "error: previous-plans/ | the previous versions have no scenario year in common (A: "
        "2025; B: 2026)"
    ) in done.err
    assert "previous-plans/A.xlsx" not in done.err and "previous-plans/B.xlsx" not in done.err


def test_the_sentence_quotes_the_shares_the_table_shows(example_run: Path) -> None:
    # the sentence above a plan-versions table quotes two shares; they are the table's, as
    # shown (largest remainder): ARCH's theme 4 read "naar 4,5%" above a cell showing 4,4%
    quoted = re.compile(r"het aandeel van thema (\d) gaat van ([\d,]+)% naar ([\d,]+)%")
    checked = 0
    for book in sorted((example_run / "faculty").glob("*.xlsx")):
        wb = openpyxl.load_workbook(book)
        if "Planversies" not in wb.sheetnames:
            continue
        rows = list(wb["Planversies"].iter_rows(values_only=True))
        sentence = rows[3][0] or ""
        head = next(i for i, r in enumerate(rows) if r[0] == "Thema")
        shown = {r[0]: (r[5], r[6]) for r in rows[head + 1 : head + 7]}
        for theme, before, now in quoted.findall(sentence):
            cells = shown[int(theme)]
            assert (before, now) == tuple(f"{100 * v:.1f}".replace(".", ",") for v in cells), (
                book.name,
                sentence,
                cells,
            )
            checked += 1
    assert checked >= 4
