"""Progress of a long command: the stage it is in and how far (files read, workbooks written).

The library only tells; a listener set with `listening` hears it (the command prints it on
stderr, `qa_budget.cli_progress`). Without a listener every call here is a no-op, so the
library stays silent. Worker processes do not tell: their parent counts what comes back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

# (stage, done, total): total 0 when a stage has no count; done == total when it is finished
Listener = Callable[[str, int, int], None]
_LISTENER: ContextVar[Listener | None] = ContextVar("qa_budget_stage_listener", default=None)

STAGES = ("read", "read_plans", "compute", "overview", "faculty", "write", "council")


@contextmanager
def listening(listener: Listener) -> Iterator[None]:
    """Tell `listener` the stages and counts of what runs inside the block."""
    token = _LISTENER.set(listener)
    try:
        yield
    finally:
        _LISTENER.reset(token)


def tick(stage: str, done: int, total: int) -> None:
    """`done` of `total` items of `stage` are finished (the listener decides what to show)."""
    listener = _LISTENER.get()
    if listener is not None:
        listener(stage, done, total)


@contextmanager
def stage(name: str) -> Iterator[None]:
    """A stage without a count: told when it starts (0, 0) and when it ends (1, 1)."""
    tick(name, 0, 0)
    yield
    tick(name, 1, 1)
