"""Worker processes for large batches (reading thousands of plans, writing thousands of
faculty workbooks): started fresh (spawn), as many as there are usable cores (at most 4), and
ended with the run that started them, even when it is killed.

A spawned worker imports the program's main module again. The `qa-budget` command, `python -m
qa_budget`, an interactive session and a script whose work sits under `if __name__ ==
"__main__":` allow that; a script without that guard would run again in every worker, so it
gets no workers (the results are the same, only slower). `QA_BUDGET_WORKERS=N` sets the number
(1: none).
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


MAX_WORKERS = 4
_GUARD = re.compile(r"""^if\s+__name__\s*==\s*['"]__main__['"]\s*:""", re.MULTILINE)


def count() -> int:
    """The number of worker processes a large batch gets (1: work in this process)."""
    setting = os.environ.get("QA_BUDGET_WORKERS", "").strip()
    if setting.isdigit() and setting.isascii():
        return max(1, min(int(setting), 32))
    if not _main_may_be_imported():
        return 1
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        usable = os.cpu_count() or 1
    return min(usable, MAX_WORKERS)


def _main_may_be_imported() -> bool:
    """True when a spawned worker can import the main module without running its work."""
    main = sys.modules.get("__main__")
    path = getattr(main, "__file__", None)
    if path is None:  # an interactive session, python -c: nothing is imported again
        return True
    spec = getattr(main, "__spec__", None)
    if spec is not None and spec.name.endswith("__main__"):  # python -m package: skipped
        return True
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            return _GUARD.search(fh.read(1 << 20)) is not None
    except OSError:
        return False


def die_with_parent() -> None:
    """End this worker when the process that started it ends (Linux: PR_SET_PDEATHSIG)."""
    import ctypes
    import signal

    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # 1 = PR_SET_PDEATHSIG


def parallel_map(work: Callable[[T], R], jobs: Iterable[T]) -> Iterator[R]:
    """`map(work, jobs)` over worker processes, results in the order of the jobs."""
    with started(work, jobs) as results:
        yield from results


@contextlib.contextmanager
def started(work: Callable[[T], R], jobs: Iterable[T]) -> Iterator[Iterator[R]]:
    """`map(work, jobs)` over worker processes, every job handed out on entering: the caller
    does other work meanwhile and reads the results (in the order of the jobs) within."""
    with ProcessPoolExecutor(
        count(), mp_context=get_context("spawn"), initializer=die_with_parent
    ) as pool:
        try:
            yield pool.map(work, jobs)
        except BaseException:  # an error or Ctrl-C here: the jobs not yet begun are dropped
            pool.shutdown(wait=False, cancel_futures=True)
            raise
