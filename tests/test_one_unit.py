"""A university of one budget unit, typed into the templates: the words count it as one
("naar 1 eenheid", not "1 eenheden"), and the council's sentence on theme 1 gives the unit's
own share, not a range from itself to itself."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from tests.builders import write
from tests.conftest import cli

SCENARIO = 'name = "een"\nyears = [2030]\n[key]\nkind = "uniform"\namount_per_student = 500\n'


def _university(folder: Path) -> None:
    # ALF: 1,000 EEA students x EUR 500 = EUR 500,000; its plan EUR 230,000 on theme 1 of
    # EUR 500,000 in all: 46%
    write(
        folder,
        {
            "years": [2030],
            "units": [["ALF", "Faculteit Alfa", None, "faculteit"]],
            "students": [["ALF", 2030, None, 1000]],
            "funds": [[2030, 60_000_000, 60_000_000]],  # in cents, as the builder takes them
            "central": [],
            "plans": {
                "ALF": {
                    "Kleine groepen": {"theme": 1, "y": {2030: 23_000_000}},
                    "Begeleiding": {"theme": 3, "y": {2030: 27_000_000}},
                }
            },
        },
    )


def test_one_unit_is_counted_as_one(tmp_path: Path) -> None:
    _university(tmp_path / "in")
    scenario = tmp_path / "een.toml"
    scenario.write_text(SCENARIO)
    other = tmp_path / "twee.toml"
    other.write_text(SCENARIO.replace('"een"', '"twee"').replace("500\n", "550\n"))
    record = cli("explain", scenario, "--inputs", tmp_path / "in", "--format", "md")
    assert record.code == 0, record.text
    assert "2030: middelen EUR 600.000; naar 1 eenheid EUR 500.000;" in record.out
    english = cli(
        "explain", scenario, "--inputs", tmp_path / "in", "--format", "md", "--lang", "en"
    )
    assert "2030: funds EUR 600,000; to 1 unit EUR 500,000;" in english.out
    out = tmp_path / "out"
    assert cli("compare", scenario, other, "--inputs", tmp_path / "in", "--out", out).code == 0
    (pack,) = (out / "comparison").glob("*.xlsx")
    texts = [
        v
        for ws in openpyxl.load_workbook(pack).worksheets
        for row in ws.iter_rows(values_only=True)
        for v in row
        if isinstance(v, str) and v.startswith("Thema 1: ")
    ]
    assert texts == ["Thema 1: ALF besteedt er 46% van zijn plan aan."]
