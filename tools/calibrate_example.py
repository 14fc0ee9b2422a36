"""Generate the bundled example's units, EEA-student counts and unit plans (qa_budget/example/).

The example is synthetic but calibrated to the published 2022-2024 plan:

* Students: each unit has a 2022 head count and a yearly growth (per mille); the rounding
  residual of each year goes to the largest unit (FSW) so that the university totals are
  exactly 31,464 / 31,503 / 31,670. Each unit's count is split over the funding tiers
  laag/hoog/top by fixed per-mille shares (largest remainder).
* Plans: each unit has a theme share profile. The unit x theme matrix is fitted by
  iterative proportional fitting in integer cents: row targets are the allocations
  (EUR 500 x EEA students) times a small per-unit planning margin, rescaled to the
  published faculty plan total; column targets are the published theme totals.
  Cells are rounded to whole euros, the residual of each column goes onto its largest cell,
  so every theme total is exact. Each cell is split over its measures by fixed weights
  (a weight 0 means the measure does not run that year), and a few fixed cent shifts
  between measures of one cell exercise cent handling without changing any total.

Deterministic, stdlib only, integer cents. Run from the repo root:
    python3 tools/calibrate_example.py
"""

from __future__ import annotations

import csv
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "qa_budget" / "example"
YEARS = (2022, 2023, 2024)
THEMES = (1, 2, 3, 4, 5, 6)
EUR_PER_STUDENT_CENTS = 500_00
STUDENT_TARGETS = {2022: 31_464, 2023: 31_503, 2024: 31_670}
THEME_TARGETS_CENTS = {  # published theme totals of the faculty plans, EUR x 100
    1: (8_040_900_00, 8_084_400_00, 8_233_000_00),
    2: (3_022_900_00, 2_847_200_00, 2_683_000_00),
    3: (1_683_000_00, 1_795_000_00, 1_986_000_00),
    4: (1_838_800_00, 1_813_000_00, 1_826_000_00),
    5: (1_306_000_00, 1_303_000_00, 1_191_000_00),
    6: (0, 0, 0),
}

UNITS = [  # code, name_nl, name_en, kind
    ("ARCH", "Faculteit Archeologie", "Faculty of Archaeology", "faculteit"),
    ("FGW", "Faculteit Geesteswetenschappen", "Faculty of Humanities", "faculteit"),
    (
        "FGGA",
        "Faculteit Governance and Global Affairs",
        "Faculty of Governance and Global Affairs",
        "faculteit",
    ),
    ("FdR", "Faculteit der Rechtsgeleerdheid", "Leiden Law School", "faculteit"),
    (
        "FSW",
        "Faculteit der Sociale Wetenschappen",
        "Faculty of Social and Behavioural Sciences",
        "faculteit",
    ),
    ("FWN", "Faculteit der Wiskunde en Natuurwetenschappen", "Faculty of Science", "faculteit"),
    (
        "LUMC",
        "Leids Universitair Medisch Centrum",
        "Leiden University Medical Center",
        "interfacultair",
    ),
    ("ICLON", "ICLON (lerarenopleiding)", "ICLON (teacher training)", "interfacultair"),
]
CODES = [u[0] for u in UNITS]

# unit: (EEA students 2022, growth per mille per year, tier shares per mille {tier: share})
STUDENTS = {
    "ARCH": (610, -10, {"laag": 300, "hoog": 700}),
    "FGW": (5_560, -12, {"laag": 950, "hoog": 50}),
    "FGGA": (3_040, 15, {"laag": 1000}),
    "FdR": (5_890, 4, {"laag": 1000}),
    "FSW": (6_534, -3, {"laag": 920, "hoog": 80}),
    "FWN": (5_320, 12, {"laag": 150, "hoog": 850}),
    "LUMC": (4_210, 5, {"hoog": 300, "top": 700}),
    "ICLON": (300, 25, {"laag": 1000}),
}
RESIDUAL_UNIT = "FSW"

# unit: (planning margin per mille on the allocation, theme share profile in %)
PROFILES = {
    "ARCH": (1020, {1: 35, 2: 30, 3: 30, 4: 5}),
    "FGW": (1010, {1: 52, 2: 22, 3: 10, 4: 12, 5: 4}),
    "FGGA": (1000, {1: 55, 2: 20, 3: 10, 4: 10, 5: 5}),
    "FdR": (1015, {1: 35, 2: 10, 3: 12, 4: 10, 5: 33}),
    "FSW": (995, {1: 55, 2: 18, 3: 10, 4: 12, 5: 5}),
    "FWN": (1010, {1: 50, 2: 20, 3: 10, 4: 15, 5: 5}),
    "LUMC": (1000, {1: 60, 2: 15, 3: 10, 4: 15}),
    "ICLON": (990, {2: 55, 4: 45}),
}

# unit: [(measure, theme, weights 2022/2023/2024 within its unit-theme cell)]
MEASURES = {
    "ARCH": [
        ("Kleinschalig veldwerkonderwijs", 1, (3, 3, 3)),
        ("Scriptieklassen voor alle specialisaties", 1, (2, 2, 2)),
        ("Honours- en excellentietrajecten", 2, (1, 1, 1)),
        ("Flexibele minoren en keuzeruimte", 2, (1, 1, 1)),
        ("Uitbreiding mentoraat eerstejaars", 3, (2, 2, 2)),
        ("Studieadviseur en loopbaanbegeleiding", 3, (1, 1, 1)),
        ("Docentprofessionalisering BKO/SKO", 4, (1, 1, 1)),
    ],
    "FGW": [
        ("Extra docenten voor kleinschalig werkgroeponderwijs", 1, (5, 5, 5)),
        ("Taalverwerving in kleine groepen", 1, (3, 3, 3)),
        ("Scriptiebegeleiding in kleine groepen", 1, (2, 2, 2)),
        ("Honours- en excellentietrajecten", 2, (3, 3, 3)),
        ("Interdisciplinaire minoren en tweede specialisatie", 2, (2, 2, 2)),
        ("Uitbreiding mentoraat eerstejaars", 3, (1, 1, 1)),
        ("Docentprofessionalisering BKO/SKO", 4, (1, 2, 2)),
        ("Onderwijsvernieuwingsprojecten docenten", 4, (0, 1, 1)),
        ("Coördinator studiesucces", 5, (1, 1, 1)),
    ],
    "FGGA": [
        ("Extra docenten voor kleinschalig werkgroeponderwijs", 1, (3, 3, 3)),
        ("Projectonderwijs met externe partners", 1, (1, 1, 1)),
        ("Honours- en excellentietrajecten", 2, (1, 1, 1)),
        ("Studentbegeleiding en tutoraat", 3, (1, 1, 1)),
        ("Docentprofessionalisering BKO/SKO", 4, (1, 1, 1)),
        ("Coördinator studiesucces", 5, (1, 1, 1)),
    ],
    "FdR": [
        ("Formatieve toetsing en feedback", 1, (3, 3, 3)),
        ("Kleinschalig onderwijs in de bachelor", 1, (2, 2, 2)),
        ("Pleitoefeningen en moot courts", 2, (1, 1, 1)),
        ("Uitbreiding studieadvies en mentoraat", 3, (1, 1, 1)),
        ("Docentprofessionalisering BKO/SKO", 4, (1, 1, 1)),
        ("Studiesuccesprogramma eerste jaar", 5, (3, 3, 3)),
        ("Coördinator studiesucces", 5, (1, 1, 1)),
        ("Academische vaardigheden en schrijfcentrum", 5, (2, 2, 2)),
    ],
    "FSW": [
        ("Extra docenten voor kleinschalig werkgroeponderwijs", 1, (3, 3, 3)),
        ("Kleinschalig methoden- en statistiekonderwijs", 1, (2, 2, 2)),
        ("Honours- en excellentietrajecten", 2, (1, 1, 1)),
        ("Keuzetracks en verdiepingsonderwijs", 2, (2, 1, 1)),
        ("Uitbreiding mentoraat eerstejaars", 3, (1, 1, 1)),
        ("Docentprofessionalisering BKO/SKO", 4, (1, 1, 1)),
        ("Coördinator studiesucces", 5, (1, 1, 1)),
    ],
    "FWN": [
        ("Extra docenten voor practica en werkcolleges", 1, (3, 3, 4)),
        ("Kleinschalig onderzoeksonderwijs", 1, (2, 2, 2)),
        ("Extra studentassistenten bij practica", 1, (1, 1, 0)),
        ("Honours- en excellentietrajecten", 2, (1, 1, 1)),
        ("Uitbreiding mentoraat eerstejaars", 3, (1, 1, 1)),
        ("Docentprofessionalisering BKO/SKO", 4, (2, 2, 2)),
        ("Teaching fellows en onderwijsinnovatie", 4, (1, 1, 1)),
        ("Coördinator studiesucces", 5, (1, 1, 1)),
    ],
    "LUMC": [
        ("Kleinschalig klinisch vaardigheidsonderwijs", 1, (3, 3, 3)),
        ("Extra docenten voor werkgroeponderwijs", 1, (2, 2, 2)),
        ("Formatieve toetsing en feedback", 1, (1, 1, 1)),
        ("Honours- en excellentietrajecten", 2, (1, 1, 1)),
        ("Studentbegeleiding en mentoraat", 3, (1, 1, 1)),
        ("Docentprofessionalisering BKO/SKO", 4, (1, 1, 1)),
    ],
    "ICLON": [
        ("Flexibele leerroutes", 2, (2, 2, 2)),
        ("Maatwerktrajecten zij-instromers", 2, (1, 1, 1)),
        ("Professionalisering opleidingsdocenten", 4, (1, 1, 1)),
        ("Begeleiding schoolopleiders", 4, (1, 1, 1)),
    ],
}

# (unit, from measure, to measure, year, cents): shift cents within one unit-theme cell
CENT_SHIFTS = [
    (
        "FGW",
        "Honours- en excellentietrajecten",
        "Interdisciplinaire minoren en tweede specialisatie",
        2022,
        45,
    ),
    ("FdR", "Studiesuccesprogramma eerste jaar", "Coördinator studiesucces", 2023, 17),
    (
        "FWN",
        "Extra docenten voor practica en werkcolleges",
        "Extra studentassistenten bij practica",
        2023,
        55,
    ),
    ("ICLON", "Flexibele leerroutes", "Maatwerktrajecten zij-instromers", 2024, 80),
]


def split(total: int, weights: dict[str, int]) -> dict[str, int]:
    """Split an integer over keys by weights, largest remainder (ties: first key)."""
    wsum = sum(weights.values())
    base = {k: total * w // wsum for k, w in weights.items()}
    order = sorted(weights, key=lambda k: -(total * weights[k] % wsum))
    for k in order[: total - sum(base.values())]:
        base[k] += 1
    return base


def students() -> dict[tuple[str, int], dict[str, int]]:
    totals: dict[tuple[str, int], int] = {}
    for code, (base, growth, _) in STUDENTS.items():
        for i, year in enumerate(YEARS):
            totals[code, year] = base * (1000 + growth) ** i // 1000**i
    for year in YEARS:
        residual = STUDENT_TARGETS[year] - sum(totals[c, year] for c in CODES)
        assert abs(residual) < 100, (year, residual)
        totals[RESIDUAL_UNIT, year] += residual
    return {key: split(n, STUDENTS[key[0]][2]) for key, n in totals.items()}


def fit_year(rows: dict[str, int], cols: dict[int, int]) -> dict[tuple[str, int], int]:
    """Iterative proportional fitting in integer cents; columns exact in whole euros."""
    cell = {(u, t): rows[u] * share for u in CODES for t, share in PROFILES[u][1].items()}
    for _ in range(200):
        for t in THEMES:
            keys = [k for k in cell if k[1] == t]
            s = sum(cell[k] for k in keys)
            for k in keys:
                cell[k] = (2 * cell[k] * cols[t] + s) // (2 * s)
        dev = 0
        for u in CODES:
            keys = [k for k in cell if k[0] == u]
            s = sum(cell[k] for k in keys)
            dev = max(dev, abs(s - rows[u]))
            for k in keys:
                cell[k] = (2 * cell[k] * rows[u] + s) // (2 * s)
        if dev <= 100_00:  # every row within EUR 100 of its target
            break
    else:
        raise AssertionError("proportional fitting did not converge")
    euros = {k: (v + 50) // 100 * 100 for k, v in cell.items()}
    for t in THEMES:
        keys = [k for k in euros if k[1] == t]
        if keys:
            euros[max(keys, key=lambda k: euros[k])] += cols[t] - sum(euros[k] for k in keys)
    return euros


def plans(alloc: dict[tuple[str, int], int]) -> dict[tuple[str, str, int], int]:
    amounts: dict[tuple[str, str, int], int] = {}
    for i, year in enumerate(YEARS):
        cols = {t: THEME_TARGETS_CENTS[t][i] for t in THEMES}
        weighted = {u: alloc[u, year] * PROFILES[u][0] for u in CODES}
        rows = split(sum(cols.values()), weighted)
        cell = fit_year(rows, cols)
        for (u, t), cents in cell.items():
            ms = {m: w[i] for m, th, w in MEASURES[u] if th == t}
            assert ms and sum(ms.values()) > 0, (u, t, year)
            for m, euros in split(cents // 100, ms).items():
                amounts[u, m, year] = euros * 100
    for u, src, dst, year, cents in CENT_SHIFTS:
        amounts[u, src, year] -= cents
        amounts[u, dst, year] += cents
    return amounts


def fmt(cents: int) -> str:
    return f"{cents // 100}.{cents % 100:02d}"


def write(name: str, header: list[str], rows: list[list[object]]) -> None:
    with open(OUT / name, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    stud = students()
    alloc = {k: sum(v.values()) * EUR_PER_STUDENT_CENTS for k, v in stud.items()}
    amounts = plans(alloc)
    theme_of = {(u, m): t for u in CODES for m, t, _ in MEASURES[u]}

    write("units.csv", ["code", "name_nl", "name_en", "kind"], [list(u) for u in UNITS])
    write(
        "students.csv",
        ["unit", "year", "tier", "count"],
        [[u, y, tier, n] for u in CODES for y in YEARS for tier, n in stud[u, y].items() if n > 0],
    )
    write(
        "measures.csv",
        ["unit", "measure", "theme", "year", "amount"],
        [
            [u, m, t, y, fmt(amounts[u, m, y])]
            for u in CODES
            for m, t, _ in MEASURES[u]
            for y in YEARS
        ],
    )

    # --- assertions -------------------------------------------------------------------
    for i, y in enumerate(YEARS):
        assert sum(sum(stud[u, y].values()) for u in CODES) == STUDENT_TARGETS[y], y
        for t in THEMES:
            got = sum(a for (u, m, yy), a in amounts.items() if yy == y and theme_of[u, m] == t)
            assert got == THEME_TARGETS_CENTS[t][i], (t, y, got)
    assert all(a >= 0 for a in amounts.values())
    assert all(a == 0 or a >= 10_000_00 for a in amounts.values()), "implausibly small measure"
    assert sum(1 for a in amounts.values() if a % 100) >= 5
    plan = {(u, y): sum(amounts[u, m, y] for m, _, _ in MEASURES[u]) for u in CODES for y in YEARS}
    for u in CODES:
        names = [m for m, _, _ in MEASURES[u]]
        assert 4 <= len(names) <= 9 and len(set(names)) == len(names), u
        assert all(t in range(1, 6) for _, t, _ in MEASURES[u]), u
        for m in names:
            assert any(amounts[u, m, y] for y in YEARS), (u, m)
        for y in YEARS:
            assert stud[u, y], (u, y)
            assert abs(plan[u, y] - alloc[u, y]) * 100 <= 4 * alloc[u, y], (u, y)
            if y > YEARS[0]:  # head count changes by at most 4 % a year
                assert abs(alloc[u, y] - alloc[u, y - 1]) * 100 <= 4 * alloc[u, y - 1], (u, y)
    for u in ("FGGA", "FGW", "FSW", "FWN", "LUMC"):
        for y in YEARS:
            t1 = sum(amounts[u, m, y] for m, t, _ in MEASURES[u] if t == 1)
            assert 40 * plan[u, y] <= 100 * t1 <= 70 * plan[u, y], (u, y)

    # --- report -------------------------------------------------------------------------
    print(
        f"{'unit':6} {'year':4} {'students':>8} {'allocation':>14} {'plan':>14} {'diff %':>7}"
        f" {'th1 %':>6}"
    )
    for u in CODES:
        for y in YEARS:
            n, a, p = sum(stud[u, y].values()), alloc[u, y], plan[u, y]
            t1 = sum(amounts[u, m, y] for m, t, _ in MEASURES[u] if t == 1)
            print(
                f"{u:6} {y} {n:>8,} {fmt(a):>14} {fmt(p):>14} {(p - a) * 100 / a:>+7.2f}"
                f" {t1 * 100 / p:>6.1f}"
            )
    for y in YEARS:
        n = sum(sum(stud[u, y].values()) for u in CODES)
        a = sum(alloc[u, y] for u in CODES)
        p = sum(plan[u, y] for u in CODES)
        print(f"{'total':6} {y} {n:>8,} {fmt(a):>14} {fmt(p):>14} {(p - a) * 100 / a:>+7.2f}")
    print(
        "all targets met; wrote",
        ", ".join(f"{OUT / n}" for n in ("units.csv", "students.csv", "measures.csv")),
    )


if __name__ == "__main__":
    main()
