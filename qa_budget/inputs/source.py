"""Reading an input file once: its bytes, their SHA-256, and whether it may be parsed at all.

Every parser works on these bytes (never on the path again), so the hash recorded in run.json
is the hash of exactly what was parsed, even when the file changes on disk during a run.
"""

from __future__ import annotations

import hashlib
import os
import stat
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from qa_budget.errors import Location, Msg, Problem, msg
from qa_budget.inputs.safety import MAX_FILE_BYTES, opened, too_large


@dataclass(frozen=True)
class SourceFile:
    """One input file as read: display name (relative to the inputs folder), bytes, hash.

    `data` is None when the file could not be read or was refused before parsing; `problems`
    then say why (errors), or carry warnings that come with a readable file (macros).
    """

    name: str
    path: Path
    data: bytes | None
    sha256: str | None
    problems: tuple[Problem, ...] = field(default_factory=tuple)
    container: zipfile.ZipFile | None = None  # the checked zip container of a workbook

    @property
    def ok(self) -> bool:
        """True when the bytes may be given to a parser."""
        return self.data is not None


def not_found(path: Path) -> Msg:
    """The message for a missing input file."""
    return msg("msg_file_not_found", path=path)


def unreadable(err: OSError) -> Msg:
    """The message for a file the system will not let us read."""
    return msg("msg_file_unreadable", error=err.strerror or err)


def _refused(name: str, path: Path, message: Msg, data: bytes | None = None) -> SourceFile:
    digest = hashlib.sha256(data).hexdigest() if data is not None else None
    return SourceFile(name, path, None, digest, (Problem(Location(name), message),))


def read_source(path: Path, name: str, workbook: bool = True) -> SourceFile:
    """Read `path` once (a regular file of at most the input size limit) and, for a workbook,
    inspect it before any parser sees it (a text file such as register.toml is parsed as is)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        return _refused(name, path, not_found(path))
    except OSError as err:
        return _refused(name, path, unreadable(err))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            return _refused(
                name,
                path,
                msg("msg_file_not_regular" if workbook else "msg_file_not_regular_text"),
            )
        if info.st_size > MAX_FILE_BYTES:
            return _refused(name, path, too_large(info.st_size))
        chunks = []
        left = MAX_FILE_BYTES + 1
        while left > 0 and (chunk := os.read(fd, min(left, 1 << 20))):
            chunks.append(chunk)
            left -= len(chunk)
    except OSError as err:
        return _refused(name, path, unreadable(err))
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > MAX_FILE_BYTES:  # it grew while being read
        return _refused(name, path, too_large(len(data)))
    digest = hashlib.sha256(data).hexdigest()
    if not workbook:
        return SourceFile(name, path, data, digest)
    found, container = opened(data, path.suffix, name)
    if container is None:
        return SourceFile(name, path, None, digest, tuple(found))
    return SourceFile(name, path, data, digest, tuple(found), container)
