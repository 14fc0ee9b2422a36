"""Safe writing: every file goes to a temporary file beside its target and is renamed into place.

A set of outputs is committed together: when any target exists with other content and
overwriting was not allowed, nothing is written at all; when a rename fails midway, the files
already replaced are put back, so a failing run leaves earlier outputs as they were.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from qa_budget.errors import OutputError


def _same_bytes(a: Path, b: Path) -> bool:
    return a.stat().st_size == b.stat().st_size and a.read_bytes() == b.read_bytes()


class OutputSet:
    """Files staged as temporaries, renamed into place together by `commit`."""

    def __init__(self, force: bool = False) -> None:
        self.force = force
        self._staged: list[tuple[Path, Path]] = []  # (temporary, target)

    def stage_path(self, target: Path) -> Path:
        """A fresh temporary path beside `target` to write the content to."""
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise OutputError(f"cannot create the folder {target.parent}: {err.strerror}") from None
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        os.close(fd)
        self._staged.append((Path(tmp), target))
        return Path(tmp)

    def write_bytes(self, target: Path, data: bytes) -> None:
        """Stage a file with the given content."""
        self.stage_path(target).write_bytes(data)

    def discard(self) -> None:
        """Remove every staged temporary."""
        for tmp, _ in self._staged:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
        self._staged.clear()

    def commit(self) -> list[tuple[Path, str]]:
        """Rename every staged file into place; returns (target, 'written'|'unchanged')."""
        try:
            conflicts = [
                t
                for tmp, t in self._staged
                if t.exists() and not self.force and not _same_bytes(tmp, t)
            ]
            if conflicts:
                names = ", ".join(str(t) for t in conflicts)
                raise OutputError(
                    f"{names} already exist{'s' if len(conflicts) == 1 else ''} "
                    "with other content; nothing was written. Rerun with --force "
                    "to overwrite, or choose another --out folder"
                )
            done: list[tuple[Path, str]] = []
            placed: list[tuple[Path, Path | None]] = []  # (target, backup of what it replaced)
            try:
                for tmp, target in self._staged:
                    if target.exists() and _same_bytes(tmp, target):
                        tmp.unlink()
                        done.append((target, "unchanged"))
                        continue
                    backup = None
                    if target.exists():
                        backup = target.with_name(f".{target.name}.{os.getpid()}.bak")
                        os.replace(target, backup)
                    placed.append((target, backup))
                    os.replace(tmp, target)
                    done.append((target, "written"))
            except OSError:
                _roll_back(placed)
                raise
            for _, backup in placed:
                if backup is not None:
                    with contextlib.suppress(FileNotFoundError):
                        backup.unlink()
            self._staged.clear()
            return done
        finally:
            self.discard()


def _roll_back(placed: list[tuple[Path, Path | None]]) -> None:
    """Undo a half-done commit: put every replaced file back, remove every new one."""
    for target, backup in reversed(placed):
        with contextlib.suppress(OSError):  # put back as much as can be put back
            if backup is None:
                target.unlink(missing_ok=True)
            elif backup.exists():
                os.replace(backup, target)
