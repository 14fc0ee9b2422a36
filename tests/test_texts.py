"""One catalogue of texts (qa_budget/texts.py): complete in both languages, and used by key."""

from __future__ import annotations

import re
import string
from pathlib import Path

from qa_budget.texts import LABELS, SHEETS, THEMES
from tests.conftest import ROOT, Demo
from tests.workbooks import values


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_text_in_both_languages_with_the_same_placeholders() -> None:
    for catalogue in (LABELS, SHEETS, THEMES):
        for key, texts in catalogue.items():
            assert set(texts) == {"nl", "en"}, key
            assert all(t.strip() for t in texts.values()), key
            assert _fields(texts["nl"]) == _fields(texts["en"]), key


def test_sheet_names_fit_excel() -> None:
    for key, names in SHEETS.items():
        for name in names.values():
            assert 0 < len(name) <= 31 and not set(name) & set("[]:*?/\\"), key


def test_every_key_used_in_the_writers_is_in_the_catalogue() -> None:
    used: set[str] = set()
    for path in (ROOT / "qa_budget").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        used |= set(re.findall(r"""\bt\(\s*["']([a-z0-9_]+)["']""", text))
        used |= set(re.findall(r"""\blabel\(\s*["']([a-z0-9_]+)["']""", text))
    assert used, "no keys found"
    missing = sorted(k for k in used if k not in LABELS)
    assert missing == []


def test_english_overview_has_no_dutch_check_texts(demo: Demo) -> None:
    checks = values(demo.run("en") / "overview.xlsx", "Checks")
    rules = checks.index(next(r for r in checks if r[0] == "Policy rules"))
    names = [r[0] for r in checks[4 : rules - 1] if r[0]]
    assert names and all(n.startswith(("EUR:", "k EUR:", "%:")) for n in names)
    assert {r[5] for r in checks[4 : rules - 1] if r[0]} == {"OK"}
    rule_names = [r[0] for r in checks[rules + 4 :] if r[0] and not r[0].startswith(" ")]
    assert rule_names == [
        "Theme 6 (educational facilities) not charged to the quality funds",
        "Common initiatives: a responsible unit and the four criteria",
        "Unit budgets kept: no allocation below the previous one",
    ]
    dutch = values(demo.run("nl") / "overview.xlsx", "Controles")
    assert any("toewijzing eenheden" in str(r[0]) for r in dutch)


def test_theme_names_follow_the_language(demo: Demo) -> None:
    en = [r[1] for r in values(demo.run("en") / "overview.xlsx", "Overview")[4:10]]
    assert en[0] == "More intensive and small-scale education"
    assert Path(demo.run("en") / "faculty" / "FGW.xlsx").exists()
    rows = values(demo.run("en") / "faculty" / "FGW.xlsx", "Plan by theme")
    assert any(r[1] == "Room for lecturers to professionalise" for r in rows)


def test_the_catalogue_has_each_key_once_in_both_languages() -> None:
    from qa_budget.texts import LABELS, PARTS

    seen: dict[str, str] = {}
    for part, texts in PARTS.items():
        for key, value in texts.items():
            assert key not in seen, f"{key} in both {seen[key]} and {part}"
            seen[key] = part
            assert set(value) == {"nl", "en"}, key
            assert value["nl"].strip() and value["en"].strip(), key
    assert len(LABELS) == len(seen)


def test_values_per_year_put_all_last_and_call_it_the_other_years() -> None:
    # a pool of 18,000,000.55 in 2030 and 18,500,000 in every other year read "2030 ..., de
    # overige jaren ..." (it read "2030 ..., elk jaar ...", with "all" where it was typed)
    from qa_budget.texts import by_year

    assert by_year({"all": 1, "2030": 2}, "nl") == [("2030", 2), ("de overige jaren", 1)]
    assert by_year({"all": 1, "2030": 2}, "en") == [("2030", 2), ("the other years", 1)]
    assert by_year({"all": 1}, "nl") == [("alle jaren", 1)]
    assert by_year({"2031": 1, "2030": 2}, "en") == [("2031", 1), ("2030", 2)]  # as typed
