"""Worker processes from the library: a script that calls the API gets the same results with
or without the `if __name__ == "__main__":` guard, and never runs twice."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = """
import qa_budget.inputs.read as read
from qa_budget.workers import count
read.PARALLEL_FROM = 2  # the example's eight plans count as a large folder
print("start", count(), flush=True)
{call}
"""
CALL = "print('measures', read.read_inputs({folder!r}).tables['measures'].height, flush=True)"


def _run(tmp_path: Path, body: str, env: dict[str, str] | None = None) -> list[str]:
    script = tmp_path / "script.py"
    script.write_text(body)
    import os

    done = subprocess.run(
        [sys.executable, str(script)],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


def test_script_without_guard_runs_once_in_this_process(example: Path, tmp_path: Path) -> None:
    lines = _run(tmp_path, SCRIPT.format(call=CALL.format(folder=str(example))))
    assert lines[0] == "start 1"  # no workers: they would run the script again
    assert len([line for line in lines if line.startswith("start")]) == 1
    assert lines[1].startswith("measures ") and int(lines[1].split()[1]) > 0


@pytest.mark.skipif(sys.platform != "linux", reason="worker count follows the usable cores")
def test_script_with_guard_gets_workers_and_the_same_tables(example: Path, tmp_path: Path) -> None:
    guarded = SCRIPT.format(
        call="if __name__ == '__main__':\n    " + CALL.format(folder=str(example))
    )
    with_workers = _run(tmp_path, guarded, {"QA_BUDGET_WORKERS": "2"})
    serial = _run(tmp_path, guarded, {"QA_BUDGET_WORKERS": "1"})
    assert with_workers[0] == "start 2" and serial[0] == "start 1"
    # each worker imports the script as a module: 'start' again, but the work only here
    assert len([line for line in with_workers if line.startswith("start")]) == 3
    assert [line for line in with_workers if line.startswith("measures")] == [serial[-1]]


DIGEST = """
import hashlib
s = read.read_inputs({folder!r})
h = hashlib.sha256()
for name in sorted(s.tables):
    h.update(name.encode() + s.tables[name].write_csv().encode())
for name in sorted(s.partial):
    h.update(name.encode() + s.partial[name].write_csv().encode())
h.update(repr((s.hashes, sorted(s.present), sorted(s.unreadable), s.unit_files)).encode())
h.update(repr(sorted((k, [str(p) for p in v]) for k, v in s.problems.items())).encode())
print('digest', h.hexdigest(), sum(len(v) for v in s.problems.values()), flush=True)
"""


@pytest.mark.skipif(sys.platform != "linux", reason="worker count follows the usable cores")
def test_workers_read_every_table_and_problem_as_one_process_does(
    example: Path, tmp_path: Path
) -> None:
    # the plans are read in workers while this process reads the other workbooks: every table,
    # every row read in part, every hash and every problem (one plan broken on purpose) the
    # same as when one process reads everything
    import shutil

    folder = tmp_path / "broken"
    shutil.copytree(example, folder)
    (folder / "plans" / "FSW.xlsx").write_bytes(b"not a workbook")
    body = "\n    ".join(DIGEST.format(folder=str(folder)).strip().splitlines())
    guarded = SCRIPT.format(call="if __name__ == '__main__':\n    " + body)
    with_workers = _run(tmp_path, guarded, {"QA_BUDGET_WORKERS": "2"})
    serial = _run(tmp_path, guarded, {"QA_BUDGET_WORKERS": "1"})
    assert with_workers[0] == "start 2" and serial[0] == "start 1"
    digests = [
        [line for line in lines if line.startswith("digest")] for lines in (with_workers, serial)
    ]
    assert digests[0] == digests[1] and len(digests[0]) == 1
    assert int(digests[0][0].split()[2]) > 0  # the broken plan's problem is there


STOPS = """
import time
import qa_budget.inputs.read as read
read.PARALLEL_FROM, read.CHUNK = 2, 1  # the example's eight plans, one job each
original = read._Reading.read_one

def slow_or_failing(self, spec, path, name, *args):
    if spec.per_unit:
        time.sleep(3)  # a plan takes long in the workers
    elif spec.key == "students":
        raise RuntimeError("students.xlsx cannot be read")  # fails here, while they work
    return original(self, spec, path, name, *args)

read._Reading.read_one = slow_or_failing
if __name__ == "__main__":
    start = time.monotonic()
    try:
        read.read_inputs({folder!r})
    except RuntimeError:
        print("stopped after", round(time.monotonic() - start, 1), flush=True)
"""


@pytest.mark.skipif(sys.platform != "linux", reason="worker count follows the usable cores")
def test_an_error_while_the_workers_read_stops_without_reading_every_plan(
    example: Path, tmp_path: Path
) -> None:
    # eight plans of 3 s on two workers take 12 s; an error in this process meanwhile drops
    # the plans not yet begun and ends once the two being read are done (3 s, with start-up)
    lines = _run(tmp_path, STOPS.format(folder=str(example)), {"QA_BUDGET_WORKERS": "2"})
    stopped = [float(line.split()[-1]) for line in lines if line.startswith("stopped after")]
    assert len(stopped) == 1 and stopped[0] < 9, lines
