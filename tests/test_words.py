"""Words are tested like numbers: every workbook and document the product writes, in Dutch and
in English, read back cell by cell, with no Python text, no identifiers, no word of the other
language and no number written the other language's way (the rules are in tests/words.py)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import ROOT, SCENARIO, WHAT_IF, cli
from tests.words import format_vocabulary, problems, texts_of, user_texts

CAPPED = ROOT / "scenarios" / "tariff-tiers-capped.toml"
SCENARIOS = sorted((ROOT / "scenarios").glob("*.toml"))
LANGS = ("nl", "en")


@dataclass
class Products:
    """Everything written in one language, and the texts the user gave."""

    lang: str
    files: list[Path]
    allowed: set[str]
    templates: set[Path]  # the input templates: they name the input format's (Dutch) words


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
    _ok("compare", SCENARIO, CAPPED, WHAT_IF, *io)
    _ok("monitor", SCENARIO, *io)
    _ok("monitor", CAPPED, "--year", "2022", "--moment", "september", *io)
    _ok("progress", SCENARIO, "--year", "2020", *io)
    files += sorted(out.rglob("*.xlsx")) + sorted(out.rglob("*.docx"))
    notes = base / "explain"
    notes.mkdir()
    for scenario in (SCENARIO, CAPPED):
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
    return Products(lang, files, user_texts(inputs, SCENARIOS), set(templates))


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
