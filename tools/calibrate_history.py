"""Generate the bundled example's earlier years 2019-2021 and its realised figures.

The published annex has budget (B) columns 2019-2021 and realised (R) columns 2019-2020 in
k EUR (tests/reference/bijlage1_*.csv). This script writes exact amounts in integer cents that
reproduce them, into qa_budget/example/:

* funds.csv, rows 2019-2021: kadernota = rijksbijdrage = the published revenue (B columns show
  the same figure on both lines).
* central.csv, row 2021: the theme-6 budget of 2021 (162 k EUR) as a central facilities line;
  the unit plans carry themes 1-5.
* measures_history.csv: the plans' columns 2019-2021. Per year the unit x theme matrix is
  fitted as for 2022-2024 (tools/calibrate_example.py: iterative proportional fitting in
  integer cents, whole euros, the residual of each theme on its largest cell): row targets are
  each unit's 2022 head count taken back by its yearly growth, times its planning margin;
  column targets are the exact theme amounts below. Cells are split over the unit's measures
  of that theme by their 2022 weights, with a few measures starting later.
* realised.csv: the definitive reports 2019 and 2020 (each theme's realised total split over the
  units in proportion to their budget times a fixed pace per unit and theme, largest remainder
  in cents), and the interim reports of 2021: May and September, cumulative, at a pace per unit
  and theme; ARCH has not reported in 2021, ICLON only in May.
* revenue_realised.csv: the realised rijksbijdrage 2019 and 2020.

The exact theme amounts are chosen so that rounding each line on its own, half-up (as the
published table was made), gives every published figure; where that table does not add up
(B2019: themes 7,057, total 7,056; R2020: themes 7,994, total 7,993) the largest-remainder
rounding of qa-budget shows the published total and result, and one theme 1 lower (the one
with the smallest remainder): B2019 theme 4 (1,103.7 -> 1,103) and R2020 theme 3 (985.6 -> 985).

Deterministic, stdlib only, integer cents. Run from the repo root after calibrate_example.py:
    python3 tools/calibrate_history.py
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from calibrate_example import (
    CODES,
    MEASURES,
    OUT,
    PROFILES,
    STUDENTS,
    THEMES,
    fit_year,
    fmt,
    split,
    write,
)

YEARS = (2019, 2020, 2021)
CENTRAL = "CENTRAAL"
KEUR = 100_000

# year: (kadernota, rijksbijdrage), cents; published B2019-B2021: 6,981 / 7,729 / 13,333 k EUR
FUNDS = {
    2019: (6_981_000_00, 6_981_000_00),
    2020: (7_729_000_00, 7_729_000_00),
    2021: (13_333_000_00, 13_333_000_00),
}
# realised rijksbijdrage, cents; published R2019 6,416, R2020 7,877 k EUR
REVENUE_REALISED = {2019: 6_415_987_45, 2020: 7_876_912_30}

# budget per theme (plans + central), cents
BUDGET = {
    2019: (2_435_700_00, 2_659_700_00, 398_700_00, 1_103_700_00, 457_800_00, 0),
    2020: (2_823_800_00, 2_544_300_00, 764_100_00, 826_700_00, 752_200_00, 0),
    2021: (5_563_900_00, 2_591_200_00, 2_417_800_00, 1_419_100_00, 1_589_900_00, 162_000_00),
}
CENTRAL_LINES = [  # theme, initiative, line, year, cents, source
    (
        6,
        "Onderwijsfaciliteiten",
        "Inrichting studieplekken en onderwijsruimten",
        2021,
        162_000_00,
        "kwaliteitsafspraken",
    )
]
# realised per theme (definitive reports of all units), cents
REALISED = {
    2019: (2_464_213_37, 2_542_871_05, 393_792_60, 949_318_44, 345_904_91, 0),
    2020: (3_024_815_20, 2_258_690_75, 985_640_10, 886_712_35, 836_781_60, 0),
}
# the published annex, k EUR: (B themes, B total, B result, R themes, R total, R result)
PUBLISHED = {
    2019: ((2436, 2660, 399, 1104, 458, 0), 7056, -75, (2464, 2543, 394, 949, 346, 0), 6696, -280),
    2020: ((2824, 2544, 764, 827, 752, 0), 7711, 18, (3025, 2259, 986, 887, 837, 0), 7993, -116),
    2021: ((5564, 2591, 2418, 1419, 1590, 162), 13744, -411, None, None, None),
}

# (unit, measure): weights 2019/2020/2021 within its unit-theme cell (default: the 2022 weight)
HISTORY_WEIGHTS = {
    ("FdR", "Academische vaardigheden en schrijfcentrum"): (0, 2, 2),
    ("FWN", "Teaching fellows en onderwijsinnovatie"): (0, 0, 1),
    ("LUMC", "Formatieve toetsing en feedback"): (0, 1, 1),
    ("FSW", "Keuzetracks en verdiepingsonderwijs"): (3, 3, 2),
}

# 2021 interim reports: pace per mille of the pro-rata budget at September (May: 9/10 of it).
# Default 950-1039 (within 10% of the plan); these are off plan, with the unit's explanation:
PACE_2021 = {
    ("FdR", 5): (550, "Vacature coördinator studiesucces pas per 1 september vervuld"),
    ("FGW", 3): (1130, "Mentoraat uitgebreid naar tweedejaars"),
    ("FWN", 2): (820, "Honourstraject een semester later gestart"),
    ("LUMC", 1): (1180, "Extra practicumgroepen door hogere instroom"),
    ("ICLON", 2): (950, None),  # May only: 855 per mille of the pro-rata budget
    (CENTRAL, 6): (600, "Aanbesteding inrichting onderwijsruimten vertraagd"),
}
NOT_REPORTED_2021 = {"ARCH": (), "ICLON": ("september",)}  # unit: moments missing (() = all)


def round_half_up(cents: int, unit: int) -> int:
    q, r = divmod(abs(cents), unit)
    q += 2 * r >= unit
    return q if cents >= 0 else -q


def largest_remainder(values: list[int], unit: int, target: int) -> list[int]:
    """Whole `unit`s adding to target: floors, then the largest remainders (ties: first)."""
    floors = [v // unit for v in values]
    order = sorted(range(len(values)), key=lambda i: (-(values[i] - floors[i] * unit), i))
    for i in order[: target - sum(floors)]:
        floors[i] += 1
    return floors


def shown(themes: tuple[int, ...], revenue: int) -> tuple[list[int], int, int]:
    """The qa-budget display: revenue half-up; spending + result to it; themes to spending."""
    spending = sum(themes)
    rev = round_half_up(revenue, KEUR)
    spend_k, result_k = largest_remainder([spending, revenue - spending], KEUR, rev)
    return largest_remainder(list(themes), KEUR, spend_k), spend_k, result_k


def row_targets(year: int, total: int) -> dict[str, int]:
    """Unit totals: the 2022 head count taken back by the yearly growth, times the margin."""
    back = 2022 - year
    weights = {}
    for u in CODES:
        base, growth, _ = STUDENTS[u]
        weights[u] = base * 1000**back // (1000 + growth) ** back * PROFILES[u][0]
    return split(total, weights)


def weight(unit: str, measure: str, w2022: int, i: int) -> int:
    return HISTORY_WEIGHTS.get((unit, measure), (w2022, w2022, w2022))[i]


def history_plans() -> dict[tuple[str, str, int], int]:
    amounts: dict[tuple[str, str, int], int] = {}
    for i, year in enumerate(YEARS):
        central = {
            t: sum(c[4] for c in CENTRAL_LINES if c[3] == year and c[0] == t) for t in THEMES
        }
        cols = {t: BUDGET[year][t - 1] - central[t] for t in THEMES}
        cell = fit_year(row_targets(year, sum(cols.values())), cols)
        for (u, t), cents in cell.items():
            ms = {m: weight(u, m, w[0], i) for m, th, w in MEASURES[u] if th == t}
            assert sum(ms.values()) > 0, (u, t, year)
            for m, euros in split(cents // 100, ms).items():
                amounts[u, m, year] = euros * 100
    return amounts


def pace(unit: str, theme: int, year: int) -> int:
    """A fixed, plausible pace per mille (950-1039) for a unit, theme and year."""
    return 950 + ([*CODES, CENTRAL].index(unit) * 29 + theme * 41 + year * 7) % 90


def budget_cells(amounts: dict[tuple[str, str, int], int], year: int) -> dict[tuple[str, int], int]:
    cells: dict[tuple[str, int], int] = {}
    for u in CODES:
        for m, t, _ in MEASURES[u]:
            cells[u, t] = cells.get((u, t), 0) + amounts[u, m, year]
    for t, _, _, y, cents, _ in CENTRAL_LINES:
        if y == year:
            cells[CENTRAL, t] = cells.get((CENTRAL, t), 0) + cents
    return {k: v for k, v in cells.items() if v}


def realised(amounts: dict[tuple[str, str, int], int]) -> list[list[object]]:
    rows: list[list[object]] = []
    order = [*CODES, CENTRAL]
    for year, targets in REALISED.items():
        cells = budget_cells(amounts, year)
        for t in THEMES:
            units = {u: cells[u, t] * pace(u, t, year) for u in order if (u, t) in cells}
            if not units:
                assert targets[t - 1] == 0
                continue
            for u, cents in split(targets[t - 1], units).items():
                rows.append([u, year, t, "definitief", cents, None])
    cells = budget_cells(amounts, 2021)
    for moment, months, share in (("mei", 4, 900), ("september", 8, 1000)):
        for u in order:
            missing = NOT_REPORTED_2021.get(u)
            if missing is not None and (not missing or moment in missing):
                continue
            for t in THEMES:
                if (u, t) not in cells:
                    continue
                p, note = PACE_2021.get((u, t), (pace(u, t, 2021), None))
                cents = cells[u, t] * months * p * share // (12 * 1000 * 1000)
                rows.append([u, 2021, t, moment, cents, note if moment == "september" else None])
    order_of = {m: i for i, m in enumerate(("mei", "september", "definitief"))}
    rows.sort(key=lambda r: (r[1], order_of[str(r[3])], order.index(str(r[0])), r[2]))
    return rows


def keep_other_years(name: str) -> tuple[list[str], list[list[str]]]:
    with open(OUT / name, encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        year = header.index("year")
        return header, [r for r in reader if int(r[year]) not in YEARS]


def main() -> None:
    amounts = history_plans()
    rows = realised(amounts)

    header, funds = keep_other_years("funds.csv")
    write(
        "funds.csv",
        header,
        [[str(y), fmt(k), fmt(r)] for y, (k, r) in FUNDS.items()] + funds,
    )
    header, central = keep_other_years("central.csv")
    write(
        "central.csv",
        header,
        [
            [str(t), i, ln, str(y), fmt(c), s] + [""] * (len(header) - 6)  # no pm, no criteria
            for t, i, ln, y, c, s in CENTRAL_LINES
        ]
        + central,
    )
    write(
        "measures_history.csv",
        ["unit", "measure", "theme", "year", "amount"],
        [
            [u, m, t, y, fmt(amounts[u, m, y])]
            for u in CODES
            for m, t, _ in MEASURES[u]
            for y in YEARS
        ],
    )
    write(
        "realised.csv",
        ["unit", "year", "theme", "moment", "amount", "note"],
        [[*r[:4], fmt(int(str(r[4]))), r[5] or ""] for r in rows],
    )
    write(
        "revenue_realised.csv",
        ["year", "amount"],
        [[y, fmt(c)] for y, c in REVENUE_REALISED.items()],
    )

    # --- assertions ---------------------------------------------------------------------
    for year in YEARS:
        cells = budget_cells(amounts, year)
        themes = tuple(sum(v for (_, t), v in cells.items() if t == th) for th in THEMES)
        assert themes == BUDGET[year], year
        plan_total = sum(a for (u, m, y), a in amounts.items() if y == year)
        assert plan_total == sum(BUDGET[year]) - sum(c[4] for c in CENTRAL_LINES if c[3] == year)
        b_themes, b_total, b_result, r_themes, r_total, r_result = PUBLISHED[year]
        revenue = FUNDS[year][1]
        # rounding each line on its own, half-up, gives every published figure
        assert tuple(round_half_up(c, KEUR) for c in themes) == b_themes, year
        assert round_half_up(sum(themes), KEUR) == b_total, year
        assert round_half_up(revenue - sum(themes), KEUR) == b_result, year
        # the shown (largest-remainder) column keeps the published total and result
        k_themes, k_total, k_result = shown(themes, revenue)
        assert (k_total, k_result) == (b_total, b_result), year
        differs = [t for t in THEMES if k_themes[t - 1] != b_themes[t - 1]]
        assert differs == ([4] if year == 2019 else []), (year, k_themes)
        if r_themes is None:
            continue
        final = [r for r in rows if r[1] == year and r[3] == "definitief"]
        rt = tuple(sum(int(str(r[4])) for r in final if r[2] == t) for t in THEMES)
        assert rt == REALISED[year], year
        assert {r[0] for r in final} == {u for (u, _) in cells}, year  # every unit reported
        rev = REVENUE_REALISED[year]
        assert tuple(round_half_up(c, KEUR) for c in rt) == r_themes, year
        assert round_half_up(sum(rt), KEUR) == r_total, year
        assert round_half_up(rev - sum(rt), KEUR) == r_result, year
        k_themes, k_total, k_result = shown(rt, rev)
        assert (k_total, k_result) == (r_total, r_result), year
        differs = [t for t in THEMES if k_themes[t - 1] != r_themes[t - 1]]
        assert differs == ([3] if year == 2020 else []), (year, k_themes)
    assert all(a >= 0 for a in amounts.values())
    assert all(a == 0 or a >= 5_000_00 for a in amounts.values()), "implausibly small measure"
    interim = {(r[0], r[2]): r for r in rows if r[1] == 2021 and r[3] == "september"}
    may = {(r[0], r[2]): r for r in rows if r[1] == 2021 and r[3] == "mei"}
    for key, r in interim.items():
        assert int(str(r[4])) >= int(str(may[key][4])), key  # cumulative
    assert not any(r[0] == "ARCH" and r[1] == 2021 for r in rows)
    assert ("ICLON", 2) in may and ("ICLON", 2) not in interim

    # --- report -------------------------------------------------------------------------
    for year in YEARS:
        cells = budget_cells(amounts, year)
        units = {u: sum(v for (uu, _), v in cells.items() if uu == u) for u in [*CODES, CENTRAL]}
        print(year, "budget", fmt(sum(cells.values())), {u: fmt(v) for u, v in units.items() if v})
    print(
        f"{len(rows)} realised rows; wrote funds.csv, central.csv, measures_history.csv, "
        "realised.csv, revenue_realised.csv in",
        OUT,
    )


if __name__ == "__main__":
    main()
