"""Measure the input limits: how large an accepted workbook may be, how fast a bomb is refused.

Run from the repository root:  .venv/bin/python tools/measure_refusals.py [--rows 100000]

Prints the limits of qa_budget/inputs/safety.py, then
- for students workbooks of growing size (the largest near the inflated-size limit): the file
  size, the inflated size, and the time to check, read and parse the sheet;
- for decompression bombs and an XML entity attack: the file size, what it would inflate to,
  and the time until it is refused (nothing is inflated beyond the limits).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qa_budget.inputs import safety  # noqa: E402
from qa_budget.inputs.contracts import STUDENTS  # noqa: E402
from qa_budget.inputs.workbook import Workbook, read_sheet  # noqa: E402
from tests.corpus.build import deflated_zeros, parts_of, rewrite, write_zip  # noqa: E402
from tests.corpus.files import LAUGHS  # noqa: E402

MiB = 1 << 20


def _students(path: Path, rows: int) -> None:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    ws = wb.add_worksheet(STUDENTS.sheet)
    ws.write_row(0, 0, [c.header for c in STUDENTS.columns])
    units = [f"U{i:04d}" for i in range(1000)]
    for r in range(1, rows + 1):
        ws.write_row(r, 0, [units[r % 1000], 2000 + (r // 3000) % 100, "laag", r % 5000])
    wb.close()


def _inflated(path: Path) -> int:
    with zipfile.ZipFile(path) as zf:
        return sum(i.file_size for i in zf.infolist())


def _duration(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms" if seconds < 1 else f"{seconds:.1f} s"


def _command(inputs: Path) -> tuple[float, str]:
    """Time `qa-budget validate` on an inputs folder, as a user runs it."""
    command = Path(sys.executable).parent / "qa-budget"
    start = time.perf_counter()
    proc = subprocess.run(
        [str(command), "validate", "--inputs", str(inputs)], capture_output=True, text=True
    )
    return time.perf_counter() - start, f"exit {proc.returncode}: {proc.stderr[:70]}…"


def _timed(label: str, path: Path, action: str) -> float:
    start = time.perf_counter()
    if action == "inspect":
        problems = safety.inspect_file(path, path.name)
        outcome = problems[0].message[:90] + "…" if problems else "accepted"
    else:
        book = Workbook.from_path(path, path.name)
        read = read_sheet(book, STUDENTS)
        outcome = f"{len(read.rows):,} rows read, {len(book.problems + read.problems)} problems"
    seconds = time.perf_counter() - start
    size = path.stat().st_size
    print(f"  {label:<34} {size / MiB:>8.2f} MB  {_duration(seconds):>10}  {outcome}")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, nargs="*", default=[1_000, 100_000, 500_000])
    parser.add_argument("--bomb-gib", type=int, default=1, help="what the bomb inflates to")
    args = parser.parse_args()
    print("Limits (qa_budget/inputs/safety.py):")
    print(f"  file on disk          {safety.MAX_FILE_BYTES / MiB:,.0f} MB")
    print(f"  parts in the zip      {safety.MAX_ENTRIES:,}")
    print(f"  inflated, all parts   {safety.MAX_UNCOMPRESSED_BYTES / MiB:,.0f} MB (declared)")
    print(f"  inflation ratio       {safety.MAX_RATIO} x, for a part over 1 MB")
    print(f"  XML prolog            {safety.PROLOG_LIMIT // 1024} KB, no DOCTYPE or ENTITY")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        print("\nAccepted workbooks (check, then read and parse the students sheet):")
        for rows in args.rows:
            path = folder / f"students-{rows}.xlsx"
            _students(path, rows)
            inflated = _inflated(path)
            print(f"  {rows:,} rows: inflates to {inflated / MiB:,.1f} MB")
            _timed("  check only (safety.inspect_file)", path, "inspect")
            _timed("  check + read + parse", path, "read")

        print("\nRefused before reading:")
        base = folder / "base.xlsx"
        _students(base, 10)
        gib = args.bomb_gib * 1024
        start = time.perf_counter()
        bomb_part = deflated_zeros("xl/media/image1.png", gib)
        print(f"  (building a {args.bomb_gib} GiB bomb took {time.perf_counter() - start:.1f} s)")
        honest = folder / "bomb.xlsx"
        write_zip(honest, [*parts_of(base), bomb_part])
        _timed(f"bomb, {args.bomb_gib} GiB declared", honest, "inspect")
        name, packed, crc, _ = bomb_part
        lying = folder / "bomb-lying.xlsx"
        write_zip(lying, [*parts_of(base), (name, packed, crc, 1024)])
        _timed(f"bomb, {args.bomb_gib} GiB declared as 1 KB", lying, "inspect")
        laughs = folder / "laughs.xlsx"
        laughs.write_bytes(base.read_bytes())
        rewrite(
            laughs,
            lambda n, d: (
                (LAUGHS + d.decode().split("?>", 1)[-1]).encode()
                if n == "xl/worksheets/sheet1.xml"
                else d
            ),
        )
        _timed("billion laughs (DOCTYPE)", laughs, "inspect")

        print("\nThe whole command (qa-budget validate, process start included):")
        example = folder / "example"
        subprocess.run(
            [str(Path(sys.executable).parent / "qa-budget"), "init", "--example", str(example)],
            capture_output=True,
            check=True,
        )
        seconds, outcome = _command(example)
        print(f"  {'the bundled example':<34} {_duration(seconds):>10}  {outcome}")
        shutil.copy(honest, example / "students.xlsx")
        seconds, outcome = _command(example)
        print(f"  {'with the bomb as students.xlsx':<34} {_duration(seconds):>10}  {outcome}")


if __name__ == "__main__":
    main()
