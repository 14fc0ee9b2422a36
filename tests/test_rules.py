"""The scenario's policy rules: each checked, explained on the Controles sheet when broken, and
an error that stops the run when the scenario says so."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from tests.builders import compute_file
from tests.conftest import ROOT, cli
from tests.round_inputs import CENTRAL_ROWS, JA, PLANS, write_round
from tests.workbooks import values


def test_kept_budgets_are_reported_with_the_amount_short(tmp_path: Path) -> None:
    folder = tmp_path / "inputs"
    scenario = write_round(folder)
    result = compute_file(scenario, folder)
    kept = next(r for r in result.rules if r.rule == "unit_budgets_kept")
    # A: 100 students in 2025 (EUR 50,000), 90 in 2026 (EUR 45,000): EUR 5,000 short.
    # B: 60 and 60: kept. 2025 has no previous year in the run.
    assert [f.text("en") for f in kept.findings] == [
        "A 2026: allocation EUR 45,000, EUR 5,000 less than the year before (EUR 50,000)"
    ]
    assert [n.text("nl") for n in kept.notes] == [
        "2025: geen vorig jaar in deze berekening, dus niet vergeleken"
    ]
    warned = [str(w) for w in result.warnings if "unit_budgets_kept" in str(w)]
    assert warned == [
        f"{scenario} › rules.unit_budgets_kept | rule unit_budgets_kept: A 2026: allocation "
        "EUR 45,000, EUR 5,000 less than the year before (EUR 50,000)"
    ]


def test_the_controles_sheet_lists_every_rule(tmp_path: Path) -> None:
    folder = tmp_path / "inputs"
    scenario = write_round(folder)
    out = tmp_path / "out"
    assert cli("run", scenario, "--inputs", folder, "--out", out).code == 0
    rows = values(out / "round" / "overview.xlsx", "Controles")
    start = rows.index(next(r for r in rows if r[0] == "Beleidsregels"))
    table = [r for r in rows[start + 4 :] if r[0]]
    assert [(r[0], r[2], r[3]) for r in table[:1]] == [
        ("Thema 6 (onderwijsfaciliteiten) niet ten laste van de kwaliteitsmiddelen", "fout", "OK")
    ]
    assert (table[1][0], table[1][2], table[1][3]) == (
        "Gemeenschappelijke initiatieven: verantwoordelijk onderdeel en de vier criteria",
        "waarschuwing",
        "OK",
    )
    assert (table[2][2], table[2][3]) == ("waarschuwing", "GEBROKEN")
    assert table[3][0] == (
        "  A 2026: toewijzing EUR 45.000, EUR 5.000 minder dan het jaar ervoor (EUR 50.000)"
    )


def test_theme_6_at_error_stops_the_run_with_the_row(tmp_path: Path) -> None:
    folder = tmp_path / "inputs"
    plans = {**PLANS, "B": [*PLANS["B"], ["Studieplekken", 6, Decimal(2000), None]]}
    central = [*CENTRAL_ROWS, [6, "Faciliteiten", "Zalen", 2026, Decimal(1000),
                               "kwaliteitsafspraken", None, None, "VG", *JA]]  # fmt: skip
    scenario = write_round(folder, plans=plans, central=central)
    out = tmp_path / "out"
    result = cli("run", scenario, "--inputs", folder, "--out", out, "--lang", "en")
    assert result.code == 1
    assert (
        "error: funds.xlsx › Sheet 'Centraal' › row 5 | rule theme6_not_charged: central line "
        "'Faciliteiten › Zalen' is under theme 6 and charged to the funds, EUR 1,000 in 2026"
        in result.err
    )
    assert (
        "error: plans/B.xlsx › Sheet 'Maatregelen' › row 4 | rule theme6_not_charged: B: "
        "measure 'Studieplekken' is under theme 6, EUR 2,000 in 2025" in result.err
    )
    assert "2 policy rule breaches found — nothing was written" in result.err
    assert not out.exists()


def test_common_initiatives_name_a_responsible_unit_and_meet_the_criteria(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "inputs"
    central = [
        [*CENTRAL_ROWS[0][:8], None, "ja", "ja", "nee", None],
        [*CENTRAL_ROWS[1][:8], "HA", "ja", "ja", "ja", "ja"],
        CENTRAL_ROWS[2],
    ]
    scenario = write_round(folder, central=central)
    result = compute_file(scenario, folder)
    common = next(r for r in result.rules if r.rule == "common_initiatives")
    assert [f.text("en") for f in common.findings] == [
        "'Docentontwikkeling': no responsible unit in the column Verantwoordelijk (row 2)",
        "'Docentontwikkeling': criterion 3, 4 not ticked ja on every line",
    ]
    assert str(common.findings[0].location) == "funds.xlsx › Sheet 'Centraal' › row 2"


def test_kept_budgets_against_the_baseline_for_a_tariff_key(example: Path) -> None:
    scenario = ROOT / "scenarios" / "tariff-tiers.toml"
    result = compute_file(scenario, example)
    kept = next(r for r in result.rules if r.rule == "unit_budgets_kept")
    units = result.allocation.units
    losers = units.filter(units["allocation"] < units["baseline"])
    assert len(kept.findings) == losers.height > 0
    for f, row in zip(kept.findings, losers.iter_rows(named=True), strict=True):
        assert f.params["short"] == row["baseline"] - row["allocation"]
        assert f.key == "rule_budgets_short_base"
