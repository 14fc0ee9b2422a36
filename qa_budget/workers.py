"""Worker processes for large batches (reading thousands of plans, writing thousands of
faculty workbooks): started fresh (spawn), as many as there are cores (at most 4), and ended
with the run that started them, even when it is killed."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


def count() -> int:
    """The number of worker processes a large batch gets."""
    return min(os.cpu_count() or 1, 4)


def die_with_parent() -> None:
    """End this worker when the process that started it ends (Linux: PR_SET_PDEATHSIG)."""
    import ctypes
    import signal

    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # 1 = PR_SET_PDEATHSIG


def parallel_map(work: Callable[[T], R], jobs: Iterable[T]) -> Iterator[R]:
    """`map(work, jobs)` over worker processes, results in the order of the jobs."""
    with ProcessPoolExecutor(
        count(), mp_context=get_context("spawn"), initializer=die_with_parent
    ) as pool:
        yield from pool.map(work, jobs)
