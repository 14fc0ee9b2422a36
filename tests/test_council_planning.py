"""The council pack's plan-round sheets on the bundled example, read back and held against the
source document: annex 3's subtotals, the "40% tot zelfs 70%" of theme 1 (§3.2), and the 2018
plan's published percentages reproduced by the previous plan versions."""

from __future__ import annotations

from fractions import Fraction

import pytest

from tests.builders import compute_file
from tests.conftest import SCENARIO, Demo, reference
from tests.workbooks import find_row, values


def _published(line: str) -> dict[int, str]:
    row = next(r for r in reference("bijlage3_central_initiatives.csv") if r["line"] == line)
    return {y: row[str(y)] for y in (2022, 2023, 2024)}


def test_common_initiatives_give_the_subtotals_of_annex_3(demo: Demo) -> None:
    rows = values(demo.pack(), "Gemeensch. initiatieven")
    checks = {
        "Subtotaal Teacher support desk (TSD)": "Subtotaal TSD",
        "Subtotaal Docentontwikkeling (DO)": "Subtotaal DO",
    }
    for shown, published in checks.items():
        row = find_row(rows, shown, 2)
        for c, year in enumerate((2022, 2023, 2024)):
            # k EUR as published (each rounded on its own), against the exact EUR shown
            assert abs(row[5 + c] / 1000 - int(_published(published)[year])) < 0.5, (shown, year)
    theme4 = find_row(rows, "Totaal thema 4", 1)
    assert [round(v / 1000) for v in theme4[5:8]] == [
        int(v) for v in _published("Totaal docentontwikkeling").values()
    ]
    theme3 = find_row(rows, "Totaal thema 3", 1)
    # 2022 is pm in annex 3 (paid from NPO funds); 2023 and 2024 are 422 and 429 k EUR
    assert theme3[5] == "pm" and _published("Totaal studiebegeleiding")[2022] == "pm"
    assert [round(v / 1000) for v in theme3[6:8]] == [422, 429]
    officers = [r for r in rows if r[2] == "Wellbeing officers"]
    assert (officers[0][3], officers[0][4], officers[0][5]) == ("SOZ", "NPO", "pm")


def test_five_faculties_spend_40_to_70_percent_on_theme_1(demo: Demo) -> None:
    rows = values(demo.pack(), "Plannen per eenheid")
    assert rows[2][0] == (
        "Thema 1: 5 van 8 eenheden besteden er 40% of meer van hun plan aan; het aandeel loopt "
        "van 0% (ICLON) tot 61% (LUMC)."
    )
    shares = rows.index(next(r for r in rows if r[1] == "2022-2024 (%)"))
    block = {r[0]: r for r in rows[shares + 1 : shares + 9]}
    # source §3.2: "Vijf faculteiten (FGGA, FGW, FSW, FWN en LUMC) besteden 40% tot zelfs 70%"
    many = {u for u, r in block.items() if r[2] >= 0.4}
    assert many == {"FGGA", "FGW", "FSW", "FWN", "LUMC"}
    assert all(block[u][2] <= 0.7 for u in many)
    assert all(sum(r[2:8]) == pytest.approx(1) for r in block.values() if r[8])


def test_the_previous_versions_give_the_published_2018_percentages(demo: Demo) -> None:
    versions = compute_file(SCENARIO, demo.inputs).versions
    assert versions is not None and len(versions.units) == 8
    published = {int(r["theme"]): r for r in reference("plan2018_published_percentages.csv")}
    for comparison in versions.university[1:]:  # each year
        (year,) = comparison.years
        for theme, share in comparison.previous_shares.items():
            percent = 100 * share
            shown = int(percent + Fraction(1, 2))  # half-up, as the 2018 plan was published
            expected = int(published[theme][str(year)]) if theme in published else 0
            assert shown == expected, (year, theme, float(percent))


def test_the_council_reads_every_unit_in_words(demo: Demo) -> None:
    rows = values(demo.pack("en"), "Plan versions")
    by_unit = [r for r in rows if isinstance(r[2], str) and "→" in r[2]]  # versions "1 → 2"
    assert [r[0] for r in by_unit] == ["ARCH", "FdR", "FGGA", "FGW", "FSW", "FWN", "ICLON", "LUMC"]
    words = {r[0]: r[3] for r in by_unit}
    # FGGA: theme 2 goes from EUR 1,101,629 to 921,629; theme 1's share rises (55.0% ->
    # 56.3%) while its amount falls (2,612,832 -> 2,608,245): the money goes to themes 3, 4
    # and 5, most to theme 5 (153,056 -> 191,320)
    assert words["FGGA"].startswith(
        "A modest shift from theme 2 to theme 5: the share of theme 5 goes from 3.2% to 4.1%; "
        "the share of theme 2 goes from 23.2% to 19.9%."
    )
    # FSW over 2022-2024: theme 1 +173,595 (the Living Lab stopped, seminars grew) and theme 2
    # +87,517, no theme less: both named, though only theme 2's share rises a point or so
    assert words["FSW"].startswith(
        "A minimal shift in the shares: more money for themes 1 and 2 and less for none;"
    )
    # LUMC keeps theme 2 at EUR 943,276 and gives more to themes 1, 3 and 4: no theme gives
    assert words["LUMC"].startswith(
        "A clear shift in the shares: more money for themes 1, 3 and 4 and less for none;"
    )
    assert (
        "Honourscollege Law" in words["FdR"] and "Running measures that disappear" in words["FdR"]
    )
    assert words["ICLON"].startswith("The split over the themes stays the same.")
    plan2018 = [r[0] for r in rows if str(r[0]).startswith("2022, all spending")]
    assert plan2018 == [
        "2022, all spending (plans and central initiatives) against the 2018 plan: A clear "
        "shift from themes 2 and 5 to themes 1 and 4: the share of theme 1 goes from 42.0% to "
        "47.9%; the share of theme 2 goes from 25.0% to 18.0%."
    ]
