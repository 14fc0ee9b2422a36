"""A long command tells its stages on stderr: live on a terminal, one line per finished stage
with --progress, nothing in a script unless asked; stdout (the summary) never changes."""

from __future__ import annotations

import io
from pathlib import Path

from qa_budget.stage_lines import CLEAR, StageLines
from qa_budget.stages import listening, stage, tick
from tests.conftest import SCENARIO, WHAT_IF, cli


def _lines(text: str) -> list[str]:
    return [
        line for line in text.splitlines() if not line.startswith(("warning:", "waarschuwing:"))
    ]


def test_run_with_progress_tells_each_stage_with_its_count(example: Path, tmp_path: Path) -> None:
    plain = cli("run", SCENARIO, "--inputs", example, "--out", tmp_path / "a")
    told = cli("run", SCENARIO, "--inputs", example, "--out", tmp_path / "b", "--progress")
    assert plain.code == told.code == 0, told.text
    assert _lines(plain.err) == []  # not a terminal, not asked: silent
    lines = _lines(told.err)
    starts = [line.split(" (")[0].split(":")[0] for line in lines]
    assert starts == [
        "Plannen gelezen",  # plans/
        "Plannen gelezen",  # previous-plans/
        "Invoer gelezen",
        "Berekend",
        "Overzicht geschreven",
        "Werkboeken voor de faculteitsbesturen geschreven",
        "Uitvoer geschreven",
    ]
    # the example has 8 units: 8 plans, 8 previous plans, 8 faculty workbooks
    assert lines[0].startswith("Plannen gelezen (plans/): 8 (")
    assert lines[5].startswith("Werkboeken voor de faculteitsbesturen geschreven: 8 (")
    assert all(line.endswith(" s)") for line in lines)
    # the summary on stdout is the same, apart from the output folder named in it
    assert plain.out.replace(str(tmp_path / "a"), "OUT") == told.out.replace(
        str(tmp_path / "b"), "OUT"
    )


def test_compare_tells_each_scenario_in_english(example: Path, tmp_path: Path) -> None:
    out = tmp_path / "o"
    told = cli(
        "compare", SCENARIO, WHAT_IF, "--inputs", example, "--out", out, "--lang", "en",
        "--progress",
    )  # fmt: skip
    assert told.code == 0, told.text
    lines = _lines(told.err)
    assert [line.split(" (")[0] for line in lines if line.startswith("Computed")] == [
        "Computed",
        "Computed",
    ]
    assert any(line.startswith("Computed (uniform-500) (") for line in lines)
    assert any(line.startswith("Computed (uniform-550) (") for line in lines)
    assert lines[-1].startswith("Comparison written (")
    quiet = cli(
        "compare", SCENARIO, WHAT_IF, "--inputs", example, "--out", out, "--force",
        "--no-progress",
    )  # fmt: skip
    assert quiet.code == 0 and _lines(quiet.err) == []


def test_a_terminal_sees_a_counting_line_redrawn_at_most_every_interval() -> None:
    """A fake clock in whole seconds: 20 ticks, one a second (0 ... 19 s, 0 ... 1,900 of 2,000
    done); with a 2 s interval the line is drawn at 0, 2, 4, ... 18 s (10 times, never at every
    tick); the finished stage at 25 s replaces it with its count and time."""
    now = [0.0]
    out = io.StringIO()
    lines = StageLines("nl", out, live=True, interval=2, clock=lambda: now[0])
    with listening(lines):
        for i in range(20):
            now[0] = float(i)
            tick("faculty", i * 100, 2000)
        now[0] = 25.0
        tick("faculty", 2000, 2000)
    drawn = out.getvalue().split(CLEAR)[1:]
    counts = [d for d in drawn if d.startswith("Werkboeken voor de faculteitsbesturen schrijven")]
    assert [c.rsplit(" ", 1)[1] for c in counts] == [f"{i * 100}/2000" for i in range(0, 20, 2)]
    assert drawn[-1] == "Werkboeken voor de faculteitsbesturen geschreven: 2.000 (25,0 s)\n"


def test_without_a_listener_the_library_is_silent(capsys: object) -> None:
    with stage("compute"):
        tick("faculty", 1, 2)
    assert capsys.readouterr() == ("", "")  # type: ignore[attr-defined]
