"""Generate the previous version of every unit's plan (qa_budget/example/previous_measures.csv):
the 2018 plans as they stood for 2022-2024 before the 2021 revision (herijking).

What is published of them: the university-wide theme percentages of the original 2018 plan
(Plan2018: 42/25/10/13/9/0 in 2022 and 2023, 43/24/10/13/9/0 in 2024, each rounded half-up;
they add to 99). What annex 2 of the source says per unit is how the plans moved:

* ARCH: the supervision and feedback work moves from theme 4 to theme 1 (thesis classes).
* FGW: the plan is rationalised: measures spread over several themes now sit under their main
  theme, mostly theme 1 (here: thesis supervision 3 -> 1, language acquisition 2 -> 1).
* FGGA: BSK folds its theme-2 measures into theme 1 (a modest shift 2 -> 1: here the
  restructuring measure is merged into the theme-1 measures); ISGA gives up a digitalisation
  project for SPOCs (a minimal shift 1 -> 5).
* FdR: Honours College Law (theme 2) is no longer paid from these funds; more on themes 3, 4, 5;
  a study-success coordinator is added.
* FSW: the Living Lab is paid from regular funds; interactive seminars grow by more than 10%.
* FWN: theme 1 about the same in total, relatively more on themes 2 and 3; small initiatives
  added (here: teaching fellows).
* LUMC: theme 1 doubled, theme 3 four times, theme 4 doubled, the rest unchanged; new
  sub-projects (here: formative testing).
* ICLON: its projects continue.

Every unit but FGW is set from its current plan by those rules. FGW, whose rationalisation the
source names as the main cause of the shift at university level, is fitted: its previous theme
amounts are what the university's theme shares leave after the other units, the shares being
exactly 42.2/25.2/10.2/13.2/9.2 (2024: 43.2/24.2/...), which round half-up to every published
Plan2018 percentage (the fit is iterative proportional fitting, so more units could share it).
Cells are whole euros (the residual of each theme goes to its largest cell), split over the
measures in proportion to their current amounts. Deterministic, stdlib only. Run after
calibrate_example.py, from the repo root:
    python3 tools/calibrate_previous.py
"""

from __future__ import annotations

import csv
from collections import defaultdict
from fractions import Fraction
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "qa_budget" / "example"
YEARS = (2022, 2023, 2024)
THEMES = (1, 2, 3, 4, 5)
SHARES = {  # per mille of the previous university total, per theme
    2022: (422, 252, 102, 132, 92),
    2023: (422, 252, 102, 132, 92),
    2024: (432, 242, 102, 132, 92),
}
PLAN2018 = {2022: (42, 25, 10, 13, 9), 2023: (42, 25, 10, 13, 9), 2024: (43, 24, 10, 13, 9)}
FIXED = ("ARCH", "FGGA", "FdR", "FSW", "FWN", "ICLON", "LUMC")
FITTED = ("FGW",)

# (unit, measure): its theme in the previous version, where it differs from now
MOVED = {
    ("ARCH", "Scriptieklassen voor alle specialisaties"): 4,
    ("FGW", "Scriptiebegeleiding in kleine groepen"): 3,
    ("FGW", "Taalverwerving in kleine groepen"): 2,
}
ADDED = {  # in the current plan only
    ("FdR", "Coördinator studiesucces"),
    ("FWN", "Teaching fellows en onderwijsinnovatie"),
    ("LUMC", "Formatieve toetsing en feedback"),
}
STOPPED = {  # (unit, measure): (theme, EUR per year) in the previous version only
    ("FGGA", "Digitaliseringsproject onderwijs"): (1, 45_000),
    ("FGGA", "Herstructurering programma's en loopbaanoriëntatie (BSK)"): (2, 60_000),
    ("FdR", "Honourscollege Law"): (2, 190_000),
    ("FSW", "Living Lab (Active Learning Spaces)"): (1, 60_000),
}
GROWN = {("FSW", "Extra docenten voor kleinschalig werkgroeponderwijs"): Fraction(100, 112)}
FACTORS = {  # unit: previous / current per theme, after the moves above (fixed units)
    "FdR": {
        1: Fraction(95, 100),
        2: 1,
        3: Fraction(70, 100),
        4: Fraction(80, 100),
        5: Fraction(90, 100),
    },
    "FGGA": {
        1: Fraction(95, 100),
        2: 1,
        3: Fraction(97, 100),
        4: Fraction(97, 100),
        5: Fraction(80, 100),
    },
    # LUMC theme 1: formative testing (1/6 of the theme now) is new, the rest x 3/5 = half
    "LUMC": {1: Fraction(3, 5), 2: 1, 3: Fraction(1, 4), 4: Fraction(1, 2), 5: 1},
    "FWN": {1: 1, 2: Fraction(80, 100), 3: Fraction(75, 100), 4: 1, 5: 1},
    "ARCH": {1: 1, 2: Fraction(97, 100), 3: Fraction(95, 100), 4: 1, 5: 1},
    "FGW": {1: 1, 2: 1, 3: 1, 4: 1, 5: 1},
    "FSW": {1: 1, 2: Fraction(95, 100), 3: 1, 4: 1, 5: 1},
    "ICLON": {1: 1, 2: Fraction(97, 100), 3: 1, 4: Fraction(97, 100), 5: 1},
}


def current() -> tuple[dict[tuple[str, str, int], int], dict[tuple[str, str], int], list[str]]:
    """The current plans: euros per (unit, measure, year), the theme per measure, units."""
    amounts: dict[tuple[str, str, int], int] = {}
    themes: dict[tuple[str, str], int] = {}
    units: list[str] = []
    with open(OUT / "measures.csv", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            cents = round(float(r["amount"]) * 100)
            amounts[r["unit"], r["measure"], int(r["year"])] = cents // 100
            themes[r["unit"], r["measure"]] = int(r["theme"])
            if r["unit"] not in units:
                units.append(r["unit"])
    return amounts, themes, units


Amounts = dict[tuple[str, str, int], int]
Seeds = dict[tuple[str, str], tuple[int, dict[int, Fraction]]]


def seeds(amounts: Amounts, themes: dict[tuple[str, str], int]) -> Seeds:
    """The previous measures before fitting: (unit, measure) -> (theme, {year: euros})."""
    out: Seeds = {}
    for (u, m), t in themes.items():
        if (u, m) in ADDED:
            continue
        theme = MOVED.get((u, m), t)
        grown = GROWN.get((u, m), Fraction(1))
        out[u, m] = (theme, {y: amounts[u, m, y] * grown * FACTORS[u][t] for y in YEARS})
    for (u, m), (t, euros) in STOPPED.items():
        out[u, m] = (t, {y: Fraction(euros) for y in YEARS})
    return out


def largest_remainder(values: dict[str, Fraction], total: int) -> dict[str, int]:
    """Whole euros adding to `total`: floors, then the largest remainders (ties: first key)."""
    floors = {k: int(v) for k, v in values.items()}
    order = sorted(values, key=lambda k: -(values[k] - floors[k]))
    for k in order[: total - sum(floors.values())]:
        floors[k] += 1
    return floors


def fit(year: int, seed: Seeds) -> dict[tuple[str, int], int]:
    """Unit x theme cells in whole euros: fixed units as seeded, the others fitted so the
    university's theme totals are the target shares of the total (a multiple of EUR 500)."""
    cells: dict[tuple[str, int], Fraction] = defaultdict(Fraction)
    for (u, _), (t, by_year) in seed.items():
        cells[u, t] += by_year[year]
    total = sum(cells.values())
    total = int(total / 500) * 500
    cols = {t: total * SHARES[year][i] // 1000 for i, t in enumerate(THEMES)}
    free = {t: cols[t] - sum(cells[u, t] for u in FIXED) for t in THEMES}
    rows = {u: sum(cells[u, t] for t in THEMES) for u in FITTED}
    scale = sum(free.values()) / sum(rows.values())
    rows = {u: v * scale for u, v in rows.items()}
    x = {(u, t): float(cells[u, t]) for u in FITTED for t in THEMES}
    for _ in range(500):
        for t in THEMES:
            s = sum(x[u, t] for u in FITTED)
            for u in FITTED:
                x[u, t] *= float(free[t]) / s if s else 0.0
        for u in FITTED:
            s = sum(x[u, t] for t in THEMES)
            for t in THEMES:
                x[u, t] *= float(rows[u]) / s
    for u in FITTED:
        for t in THEMES:
            cells[u, t] = Fraction(x[u, t])
    out: dict[tuple[str, int], int] = {}
    for t in THEMES:
        column = {u: cells[u, t] for u in (*FIXED, *FITTED) if cells[u, t] > 0}
        out |= {(u, t): v for u, v in largest_remainder(column, cols[t]).items()}
    return out


def main() -> None:
    amounts, themes, units = current()
    seed = seeds(amounts, themes)
    result: dict[tuple[str, str, int], int] = {}
    for year in YEARS:
        cells = fit(year, seed)
        for (u, t), euros in cells.items():
            weights = {m: s[1][year] for (uu, m), s in seed.items() if uu == u and s[0] == t}
            scaled = {m: w * euros / sum(weights.values()) for m, w in weights.items()}
            for m, v in largest_remainder(scaled, euros).items():
                result[u, m, year] = v
    order = [(u, m) for u in units for (uu, m) in seed if uu == u]
    with open(OUT / "previous_measures.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["unit", "measure", "theme", "year", "amount"])
        for u, m in order:
            for y in YEARS:
                w.writerow([u, m, seed[u, m][0], y, f"{result[u, m, y]}.00"])
    check(result, seed, amounts, themes)
    print("all targets met; wrote", OUT / "previous_measures.csv")


def check(
    result: Amounts, seed: Seeds, amounts: Amounts, themes: dict[tuple[str, str], int]
) -> None:
    """Every published Plan2018 percentage, and the shifts annex 2 names."""

    def prev(u: str, t: int, y: int) -> int:
        return sum(
            v for (uu, m, yy), v in result.items() if (uu, yy) == (u, y) and seed[u, m][0] == t
        )

    def now(u: str, t: int, y: int) -> int:
        return sum(
            v for (uu, m, yy), v in amounts.items() if (uu, yy) == (u, y) and themes[u, m] == t
        )

    for y in YEARS:
        total = sum(v for (_, _, yy), v in result.items() if yy == y)
        for i, t in enumerate(THEMES):
            share = Fraction(sum(prev(u, t, y) for u in {k[0] for k in seed}), total) * 100
            assert int(share + Fraction(1, 2)) == PLAN2018[y][i], (y, t, float(share))
        assert abs(Fraction(prev("LUMC", 1, y), now("LUMC", 1, y)) - Fraction(1, 2)) < Fraction(
            1, 20
        )
        assert abs(Fraction(prev("LUMC", 3, y), now("LUMC", 3, y)) - Fraction(1, 4)) < Fraction(
            1, 40
        )
        assert abs(Fraction(prev("FWN", 1, y), now("FWN", 1, y)) - 1) < Fraction(1, 20)
        assert prev("FdR", 2, y) > now("FdR", 2, y) and prev("FGW", 1, y) < now("FGW", 1, y) / 2
    assert all(v >= 0 for v in result.values())


if __name__ == "__main__":
    main()
