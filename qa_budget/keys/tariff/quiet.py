"""Keep solver libraries off stdout: a command's stdout is its own output (JSON stays JSON).

Solver libraries print from compiled code (HiGHS prints a banner when an instance is made,
whatever its options), below Python's `sys.stdout`. While a solver runs, file descriptor 1 is
pointed at the null device; C's buffers are flushed before it is restored, so nothing printed
in the meantime reaches the real stdout later.
"""

from __future__ import annotations

import contextlib
import ctypes
import io
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager


def _flush_c_stdio() -> None:
    with contextlib.suppress(OSError, AttributeError):  # a libc without fflush: nothing to do
        ctypes.CDLL(None).fflush(None)


@contextmanager
def quiet_stdout() -> Iterator[None]:
    """Discard whatever is written to stdout inside the block (file descriptor 1 and Python's
    sys.stdout alike)."""
    sys.stdout.flush()
    _flush_c_stdio()
    try:
        saved = os.dup(1)
    except OSError:  # no stdout at all (closed): nothing to protect
        yield
        return
    null = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(null, 1)
        with contextlib.redirect_stdout(io.StringIO()):  # and what a library prints in Python
            yield
    finally:
        sys.stdout.flush()
        _flush_c_stdio()
        os.dup2(saved, 1)
        os.close(saved)
        os.close(null)
