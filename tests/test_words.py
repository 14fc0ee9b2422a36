"""Words are tested like numbers: every workbook and document the product writes, in Dutch and
in English, read back cell by cell, with no Python text, no identifiers, no word of the other
language and no number written the other language's way (the rules are in tests/words.py)."""

from __future__ import annotations

import shutil
import time
from dataclasses import dataclass
from pathlib import Path

import openpyxl
import polars as pl
import pytest

from qa_budget.allocation import Allocation
from qa_budget.binding import binding_lines
from qa_budget.keys import TariffKey
from qa_budget.report.common.sheet import MAX_CELL, fit_cell
from tests.conftest import ROOT, SCENARIO, WHAT_IF, cli
from tests.words import Text, format_vocabulary, problems, texts_of, user_texts

CAPPED = ROOT / "scenarios" / "tariff-tiers-capped.toml"
# floors of 1% loss cannot all hold with a pool of EUR 15 million (uniform-500 hands out more)
INFEASIBLE = """name = "infeasible"
base = "tariff-tiers"
[key]
max_loss_pct = 1
pool = "amount"
pool_amount = { all = 15000000 }
"""
EXPLICIT = """name = "explicit-amounts"
base = "uniform-500"
[key]
kind = "explicit"
amounts = { FGW = { all = 2700000 }, LUMC = { 2024 = 2100000, all = 2000000 } }
[checks]
allow_unfunded_plans = true
"""
LANGS = ("nl", "en")


@dataclass
class Products:
    """Everything written in one language, and the texts the user gave."""

    lang: str
    files: list[Path]
    allowed: set[str]
    templates: set[Path]  # the input templates: they name the input format's (Dutch) words
    out: Path  # the outputs folder


def _ok(*args: str | Path) -> str:
    done = cli(*args)
    assert done.code == 0, done.text
    return done.out


def _make(base: Path, lang: str) -> Products:
    inputs = base / "inputs"
    out = base / "out"
    files: list[Path] = []
    _ok("init", base / "templates", "--lang", lang)
    _ok("init", "--example", inputs, "--lang", lang)
    templates = sorted((base / "templates").rglob("*.xlsx")) + sorted(inputs.rglob("*.xlsx"))
    files += templates
    io = ("--inputs", inputs, "--out", out, "--lang", lang)
    _ok("run", SCENARIO, *io)
    _ok("run", CAPPED, *io)
    scenarios = base / "scenarios"  # the shipped ones, and two that only this test needs
    shutil.copytree(ROOT / "scenarios", scenarios)
    (scenarios / "infeasible.toml").write_text(INFEASIBLE, encoding="utf-8")
    (scenarios / "explicit-amounts.toml").write_text(EXPLICIT, encoding="utf-8")
    for name in ("oploop", "tariff-min-change", "tariff-explicit", "explicit-amounts"):
        _ok("run", scenarios / f"{name}.toml", *io, "--no-faculty")
    _ok("run", scenarios / "infeasible.toml", *io, "--no-faculty", "--allow-infeasible")
    _ok("compare", SCENARIO, CAPPED, WHAT_IF, *io)
    _ok("monitor", SCENARIO, *io)
    _ok("monitor", CAPPED, "--year", "2022", "--moment", "september", *io)
    _ok("progress", SCENARIO, "--year", "2020", *io)
    files += sorted(out.rglob("*.xlsx")) + sorted(out.rglob("*.docx"))
    notes = base / "explain"
    notes.mkdir()
    for scenario in (
        SCENARIO,
        CAPPED,
        scenarios / "oploop.toml",
        scenarios / "explicit-amounts.toml",
    ):
        for fmt in ("note", "md"):
            text = _ok("explain", scenario, "--inputs", inputs, "--lang", lang, "--format", fmt)
            path = notes / f"{scenario.stem}.{fmt}.txt"
            path.write_text(text, encoding="utf-8")
            files.append(path)
        trace = _ok(
            "explain",
            scenario,
            "--inputs",
            inputs,
            "--lang",
            lang,
            "--unit",
            "FGW",
            "--year",
            "2023",
        )
        path = notes / f"{scenario.stem}.trace.txt"
        path.write_text(trace, encoding="utf-8")
        files.append(path)
    allowed = user_texts(inputs, sorted(scenarios.glob("*.toml")))
    return Products(lang, files, allowed, set(templates), out)


@pytest.fixture(scope="module", params=LANGS)
def products(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Products:
    return _make(tmp_path_factory.mktemp(f"words-{request.param}"), request.param)


def test_every_product_is_written(products: Products) -> None:
    names = {p.name for p in products.files}
    expected = {
        "overview.xlsx",
        "FGW.xlsx",
        "monitoring.xlsx",
        "progress-2020.docx",
        "progress-2020.xlsx",
        "uniform-500--tariff-tiers-capped--uniform-550.xlsx",
        "_sjabloon.xlsx",
        "students.xlsx",
        "realised.xlsx",
        "tariff-tiers-capped.md.txt",
        "uniform-500.trace.txt",
    }
    assert expected <= names


def test_every_text_is_in_one_language_without_machinery(products: Products) -> None:
    found: list[str] = []
    vocabulary = format_vocabulary()
    for path in products.files:
        words = vocabulary if path in products.templates else set()
        found += problems(texts_of(path), products.lang, products.allowed, words)
    assert found == [], f"{len(found)} texts:\n" + "\n".join(found[:200])


def test_the_rules_find_what_they_are_for() -> None:
    """Each rule catches its kind of text (and lets the right text through)."""

    def found(text: str, lang: str = "nl", allowed: frozenset[str] = frozenset()) -> list[str]:
        return problems([Text("x", text)], lang, set(allowed))

    assert found("kind = tariff, weights = {'laag': Decimal('1')}")
    assert found("tariffs = None") and found("True") and found("[]")
    assert found("doel: tariff_ratios") and found("floor-FGW-2022: FGW 2022")
    assert found("missing") and found("under")  # a status or signal code as a cell
    assert found("Toewijzing per unit")  # English in Dutch
    assert found("Allocation per eenheid", "en")  # Dutch in English
    assert found("baten EUR 17,259,100.00") and found("EUR 8.240.000", "en")
    assert found("1,5%", "en") and found("1.5%")
    assert not found("vloer: maximaal 5% verlies t.o.v. uniform EUR 500; bij 6 van de 8 eenheden")
    assert not found("floor: at most 5% loss against uniform EUR 500", "en")
    assert not found("Faculty of Humanities", allowed=frozenset({"Faculty of Humanities"}))
    assert not found("qa-budget 0.1.0 · invoer SHA-256 1cea44cd4b8391b")


def test_a_text_longer_than_a_cell_is_shortened_visibly() -> None:
    units = "; ".join(f"vloer: FGEO{i} 2024" for i in range(3000))  # 63,890 characters
    shown = fit_cell(units)
    assert len(units) > MAX_CELL >= len(shown) > MAX_CELL - 30
    assert shown.endswith(" …") and shown[:-2] == units[: len(shown) - 2]
    assert shown[:-2].endswith("2024")  # cut between two entries, not inside one
    assert fit_cell("kort") == "kort"


def test_binding_limits_are_counted_in_words_at_2000_units() -> None:
    """2,000 units × 10 years, every unit at its floor in every year and a cap in one year for
    a quarter of them: one short line per kind, counted, no unit named, in well under a second."""
    units = [f"U{i:04d}" for i in range(2000)]
    years = list(range(2022, 2032))
    rows = [
        (u, y, f"floor-{u}-{y}" if (i % 4 or y != 2022) else f"cap-{u}-{y}")
        for i, u in enumerate(units)
        for y in years
    ]
    frame = pl.DataFrame(rows, schema=["unit", "year", "binding"], orient="row")
    allocation = Allocation(units=frame, method="")
    key = TariffKey(kind="tariff", weights={"laag": 1}, max_loss_pct=5, max_gain_pct=8)
    start = time.perf_counter()
    lines = binding_lines(key, allocation, "nl")
    assert time.perf_counter() - start < 1.0
    assert lines == [
        "vloer (maximaal 5% verlies t.o.v. uniform-500): bij 2.000 van de 2.000 eenheden "
        "bereikt in 2022-2031",
        "plafond (maximaal 8% winst t.o.v. uniform-500): bij 500 van de 2.000 eenheden "
        "bereikt in 2022",
    ]
    english = binding_lines(key, allocation, "en")
    assert english[1] == (
        "cap (at most 8% gain against uniform-500): reached for 500 of the 2,000 units in 2022"
    )


def test_a_tariff_scenario_says_for_each_unit_whether_its_limits_bound(
    products: Products,
) -> None:
    """tariff-tiers-capped: a unit at its floor loses exactly 5% against uniform-500, a unit at
    its cap gains exactly 10%; the council's method sheet names exactly those units, and a unit
    at neither is told that its limits did not bind (never that the key has none)."""
    nl = products.lang == "nl"
    book = products.out / "tariff-tiers-capped" / "overview.xlsx"
    rows = list(openpyxl.load_workbook(book, data_only=True)["Tarieven" if nl else "Tariffs"]
                .iter_rows(values_only=True))  # fmt: skip
    # one block per year: a header row (Eenheid/Unit ...) and a row per unit, the change
    # against the baseline in % in column J (index 9)
    change: dict[str, list[float]] = {}
    block = False
    for r in rows:
        if r[0] in ("Eenheid", "Unit"):
            block = True
        elif block and r[0]:
            change.setdefault(str(r[0]), []).append(float(r[9]))
        else:
            block = False
    assert all(len(c) == 3 for c in change.values()), change
    floor = sorted(u for u, c in change.items() if all(abs(x + 0.05) < 1e-9 for x in c))
    cap = sorted(u for u, c in change.items() if all(abs(x - 0.10) < 1e-9 for x in c))
    neither = sorted(set(change) - set(floor) - set(cap))
    assert floor and cap and neither
    pack = products.out / "comparison" / "uniform-500--tariff-tiers-capped--uniform-550.xlsx"
    method = openpyxl.load_workbook(pack, data_only=True)["Methode" if nl else "Method"]
    limits = [r[1] for r in method.iter_rows(values_only=True) if r[0] in (
        "Grenzen: waar bereikt", "Limits: where reached")]  # fmt: skip
    order = [u for u in change if u in floor]
    said = f"bij {len(floor)} van de 8 eenheden bereikt ({', '.join(order)}) in 2022-2024"
    if not nl:
        said = f"reached for {len(floor)} of the 8 units ({', '.join(order)}) in 2022-2024"
    assert said in limits[1]
    for unit in neither:
        faculty = openpyxl.load_workbook(products.out / "tariff-tiers-capped" / "faculty" /
                                         f"{unit}.xlsx", data_only=True)  # fmt: skip
        texts = [str(v) for ws in faculty.worksheets for r in ws.iter_rows(values_only=True)
                 for v in r if isinstance(v, str)]  # fmt: skip
        assert not any("geen vloer of plafond" in t or "no floor or cap" in t for t in texts)
        assert any(t.startswith(("niet bereikt: vloer", "not reached: floor")) for t in texts)
