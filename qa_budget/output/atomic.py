"""Safe writing: every output set is whole, whatever happens.

- `OutputFolder` (a run's `<out>/<scenario>/`, the folder `init` writes): the new set is written
  into a fresh sibling folder, completed (files of the old folder that are not products of this
  kind of run, such as monitoring.xlsx, are carried over), then switched into place by renaming
  folders; an interrupted switch is completed or rolled back by the next write. Products of an
  earlier run that this one no longer makes (the workbook of a removed unit) go with the old
  folder.
- `OutputSet` (single files: a comparison workbook, monitoring.xlsx, exported models): each file
  is written beside its target and renamed into place; a failing set is rolled back.

Nothing is overwritten without `force` (identical content is 'unchanged'); nothing is written
through a link: the folders are created fresh and renames replace directory entries. Files get
the user's usual permissions (umask). Leftovers of crashed runs are removed. Every failure to
write is an OutputError naming the path.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import os
import re
import secrets
import shutil
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

from qa_budget.errors import OutputError, msg

Written = list[tuple[Path, str]]
_STAGING, _OLD, _TMP = ".staging-", ".old-", ".tmp"


def _same_bytes(a: Path, b: Path) -> bool:
    return a.stat().st_size == b.stat().st_size and a.read_bytes() == b.read_bytes()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


_LEFTOVER = re.compile(r"\.([0-9]+)(-[0-9a-f]+)?\.(tmp|bak)$")


def _pid_of(name: str, marker: str) -> int | None:
    """The process id in a staging or old folder's name (after `marker`), or None."""
    tail = name.rsplit(marker, 1)[-1]
    digits = tail.split("-", 1)[0]
    return int(digits) if digits.isdigit() else None


def _leftover_pid(name: str) -> int | None:
    """The process id in a temporary or backup file's name, or None."""
    found = _LEFTOVER.search(name)
    return int(found.group(1)) if found else None


_REASONS = {  # the system's error numbers, in the catalogue's words
    errno.ENOSPC: "msg_out_reason_full",
    errno.EDQUOT: "msg_out_reason_quota",
    errno.EACCES: "msg_out_reason_permission",
    errno.EPERM: "msg_out_reason_permission",
    errno.EROFS: "msg_out_reason_read_only",
    errno.ENAMETOOLONG: "msg_out_reason_long_name",
    errno.EISDIR: "msg_out_reason_folder_in_way",
    errno.ENOTDIR: "msg_out_reason_file_in_way",
    errno.EEXIST: "msg_out_reason_file_in_way",
    errno.ENOENT: "msg_out_reason_gone",
}


def failure(path: Path, err: BaseException) -> OutputError:
    """An OutputError that says what could not be written and why, in plain words (in the
    language the message is shown in)."""
    code = getattr(err, "errno", None)
    for inner in err.args:  # a writer library's error that wraps the system's
        if code is None and isinstance(inner, OSError):
            code, err = inner.errno, inner
    key = _REASONS.get(code or -1)
    reason = (
        msg(key)
        if key is not None
        else msg("msg_out_reason_other", error=getattr(err, "strerror", None) or type(err).__name__)
    )
    return OutputError(msg("msg_out_failed", path=path, reason=reason))


def file_on_path(folder: Path) -> Path | None:
    """The file (not a folder) that stands where `folder` or one of its parents should be,
    or None."""
    for place in (folder, *folder.parents):
        if place.exists():
            return None if place.is_dir() else place
    return None


@contextlib.contextmanager
def writing(path: Path) -> Iterator[None]:
    """Turn any failure while writing (OS errors, a writer library's own errors) into an
    OutputError naming the path."""
    try:
        yield
    except OutputError:
        raise
    except (OSError, RuntimeError, ValueError) as err:
        raise failure(path, err) from None
    except Exception as err:  # xlsxwriter's FileCreateError and kin are not OSErrors
        if type(err).__module__.startswith(("xlsxwriter", "zipfile")):
            raise failure(path, err) from None
        raise


def _mkdirs(folder: Path) -> None:
    """Create a folder (and its parents) like `mkdir -p`, refusing a file in the way."""
    with writing(folder):
        if folder.is_symlink() and not folder.is_dir():
            raise OutputError(msg("msg_out_dangling", folder=folder))
        file = file_on_path(folder)
        if file is not None:
            raise OutputError(msg("msg_out_file_on_path", folder=folder, file=file))
        folder.mkdir(parents=True, exist_ok=True)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two directory entries in one step (Linux renameat2 RENAME_EXCHANGE); False when
    the system cannot, so the caller falls back to two renames."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, exchange = -100, 2
    rc = renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), exchange)
    return bool(rc == 0)


def _remove(path: Path) -> None:
    """Remove a file, a link or a folder tree without following links."""
    with contextlib.suppress(FileNotFoundError):
        if path.is_symlink() or not path.is_dir():
            path.unlink()
        else:
            shutil.rmtree(path)


def recover(folder: Path) -> None:
    """Complete or roll back what a crashed write left beside `folder`, and remove leftovers
    of dead processes (staging folders, old folders, temporary and backup files)."""
    parent = folder.parent
    if not parent.is_dir():
        return
    prefix = f".{folder.name}"
    for entry in sorted(parent.iterdir()):
        name = entry.name
        if not name.startswith(prefix):
            continue
        for marker in (_STAGING, _OLD):
            pid = _pid_of(name, marker) if name.startswith(prefix + marker) else None
            if pid is None or _alive(pid):
                continue
            if marker == _OLD and not folder.exists() and not folder.is_symlink():
                os.replace(entry, folder)  # crashed between the two renames: put it back
            else:
                with contextlib.suppress(OSError):  # a leftover that will not go is no output
                    _remove(entry)
    if folder.is_dir() and not folder.is_symlink():
        for sub in [folder, *(p for p in folder.rglob("*") if p.is_dir() and not p.is_symlink())]:
            clean_leftovers(sub)


def _read_only_folders(folder: Path) -> list[Path]:
    """The folders of an output set (links not followed) whose entries this process may not
    remove or rename: replacing the set would leave the old one behind."""
    if not folder.is_dir() or folder.is_symlink():
        return []
    fixed = []
    for root, dirs, _ in os.walk(folder, followlinks=False):
        if not os.access(root, os.W_OK | os.X_OK):
            fixed.append(Path(root))
        dirs[:] = sorted(d for d in dirs if not (Path(root) / d).is_symlink())
    return fixed


def clean_leftovers(folder: Path) -> None:
    """Remove temporary and backup files that dead processes left in a folder."""
    with contextlib.suppress(OSError):
        for entry in folder.iterdir():
            pid = _leftover_pid(entry.name) if entry.name.startswith(".") else None
            if pid is not None and not _alive(pid) and not entry.is_dir():
                _remove(entry)


class OutputFolder:
    """A folder of outputs switched into place as a whole (see the module docstring).

    `products(relative_name)` says which files a write of this kind makes: those are replaced
    (or dropped when this write no longer makes them); every other file is carried over.
    """

    def __init__(self, folder: Path, products: Callable[[str], bool], force: bool = False):
        self.folder = folder
        self.products = products
        self.force = force
        self.staged: set[str] = set()
        _mkdirs(folder.parent)
        with writing(folder):
            recover(folder)
            if folder.exists() and (folder.is_symlink() or not folder.is_dir()):
                key = "msg_out_link" if folder.is_symlink() else "msg_out_file"
                raise OutputError(msg(key, folder=folder))
            token = secrets.token_hex(4)
            self.staging = folder.parent / f".{folder.name}{_STAGING}{os.getpid()}-{token}"
            self.staging.mkdir()

    def _relative(self, target: Path) -> str:
        try:
            return target.relative_to(self.folder).as_posix()
        except ValueError:
            raise OutputError(msg("msg_out_outside", target=target, folder=self.folder)) from None

    def stage_path(self, target: Path) -> Path:
        """Where to write the new content of `target` (a path inside the folder)."""
        relative = self._relative(target)
        self.staged.add(relative)
        path = self.staging / relative
        _mkdirs(path.parent)
        return path

    def write_bytes(self, target: Path, data: bytes) -> None:
        """Stage a file with the given content."""
        path = self.stage_path(target)
        with writing(target), path.open("xb") as fh:
            fh.write(data)

    def _old_contents(self) -> tuple[dict[str, Path], list[str]]:
        """The current folder in one walk (links are never followed): its regular files by
        relative name, and its symbolic links (a folder or a file), by relative name. A link
        is never written through and never carried over: with --force the new set takes its
        place, and one that is not an output is reported as removed."""
        files: dict[str, Path] = {}
        links: list[str] = []
        if not self.folder.is_dir():
            return files, links
        for root, dirs, names in os.walk(self.folder, followlinks=False):
            here = Path(root)
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            for name in dirs:
                if (here / name).is_symlink():
                    links.append((here / name).relative_to(self.folder).as_posix())
            for name in names:
                path = here / name
                if name.startswith("."):
                    continue
                mode = path.lstat().st_mode
                if stat.S_ISLNK(mode):
                    links.append(path.relative_to(self.folder).as_posix())
                elif stat.S_ISREG(mode):
                    files[path.relative_to(self.folder).as_posix()] = path
        return files, sorted(links)

    def commit(self) -> Written:
        """Switch the new set into place; returns (path, 'written' | 'unchanged' | 'removed')."""
        try:
            with writing(self.folder):
                return self._commit()
        finally:
            self.discard()

    def _commit(self) -> Written:
        old, links = self._old_contents()
        done: Written = []
        changed, dropped = [], []
        for relative in sorted(self.staged):
            target = self.folder / relative
            if relative in old and _same_bytes(self.staging / relative, old[relative]):
                done.append((target, "unchanged"))
            else:
                changed.append(relative)
                done.append((target, "written"))
        for relative, path in old.items():
            if relative in self.staged:
                continue
            if self.products(relative):
                dropped.append(relative)
                done.append((self.folder / relative, "removed"))
            else:  # carried over: a hard link where possible, else a copy
                copy = self.staging / relative
                _mkdirs(copy.parent)
                try:
                    os.link(path, copy, follow_symlinks=False)
                except OSError:
                    shutil.copy2(path, copy, follow_symlinks=False)
        if links and not self.force:
            names = ", ".join(str(self.folder / r) for r in links[:5])
            more = msg("msg_out_more", n=len(links) - 5) if len(links) > 5 else ""
            raise OutputError(msg("msg_out_inner_link", names=names, more=more))
        conflicts = [r for r in changed if r in old] + dropped
        if conflicts and not self.force:
            names = ", ".join(str(self.folder / r) for r in conflicts[:5])
            more = msg("msg_out_more", n=len(conflicts) - 5) if len(conflicts) > 5 else ""
            key = "msg_out_exists" if len(conflicts) == 1 else "msg_out_exist"
            raise OutputError(msg(key, names=names, more=more))
        # a link is never carried over: the outputs take its place, or it is gone (said)
        done += [
            (self.folder / r, "removed")
            for r in links
            if r not in self.staged and not any(x.startswith(r + "/") for x in self.staged)
        ]
        if not changed and not dropped and not links and self.folder.is_dir():
            return done  # every file identical: the folder stays as it is
        fixed = _read_only_folders(self.folder)
        if fixed:  # the old set could not be taken away after the switch: refuse before it
            raise OutputError(msg("msg_out_read_only_set", folder=self.folder, fixed=fixed[0]))
        self._switch()
        return done

    def _switch(self) -> None:
        if not self.folder.exists():
            os.rename(self.staging, self.folder)
            return
        if _exchange(self.staging, self.folder):
            _remove(self.staging)  # now holds the old set
            return
        old = self.folder.parent / f".{self.folder.name}{_OLD}{os.getpid()}"
        os.rename(self.folder, old)
        try:
            os.rename(self.staging, self.folder)
        except OSError:
            os.rename(old, self.folder)
            raise
        _remove(old)

    def discard(self) -> None:
        """Remove the staging folder (what is left of it); what cannot be removed is left for
        the next write to try again, never in the way of this one's result."""
        with contextlib.suppress(OSError):
            _remove(self.staging)


class OutputSet:
    """Single files staged beside their targets, renamed into place together by `commit`."""

    def __init__(self, force: bool = False) -> None:
        self.force = force
        self._staged: list[tuple[Path, Path]] = []  # (temporary, target)

    def stage_path(self, target: Path) -> Path:
        """A fresh temporary path beside `target` to write the content to."""
        _mkdirs(target.parent)
        with writing(target):
            clean_leftovers(target.parent)
            if target.is_dir() and not target.is_symlink():
                raise OutputError(msg("msg_out_folder_in_way", target=target))
            token = secrets.token_hex(4)
            tmp = target.with_name(f".{target.name}.{os.getpid()}-{token}{_TMP}")
            tmp.touch(exist_ok=False)  # fails now, not later, when the name cannot exist
            tmp.unlink()
        self._staged.append((tmp, target))
        return tmp

    def write_bytes(self, target: Path, data: bytes) -> None:
        """Stage a file with the given content."""
        tmp = self.stage_path(target)
        with writing(target), tmp.open("xb") as fh:
            fh.write(data)

    def discard(self) -> None:
        """Remove every staged temporary."""
        for tmp, _ in self._staged:
            with contextlib.suppress(OSError):
                tmp.unlink()
        self._staged.clear()

    def commit(self) -> Written:
        """Rename every staged file into place; returns (target, 'written'|'unchanged')."""
        try:
            with writing(self._staged[0][1] if self._staged else Path(".")):
                return self._commit()
        finally:
            self.discard()

    def _commit(self) -> Written:
        def exists(t: Path) -> bool:
            return t.is_file() and not t.is_symlink()

        conflicts = [
            t
            for tmp, t in self._staged
            if (t.exists() or t.is_symlink())
            and not self.force
            and not (exists(t) and _same_bytes(tmp, t))
        ]
        if conflicts:
            names = ", ".join(str(t) for t in conflicts)
            key = "msg_out_exists" if len(conflicts) == 1 else "msg_out_exist"
            raise OutputError(msg(key, names=names, more=""))
        done: Written = []
        placed: list[tuple[Path, Path | None]] = []  # (target, backup of what it replaced)
        try:
            for tmp, target in self._staged:
                if exists(target) and _same_bytes(tmp, target):
                    done.append((target, "unchanged"))
                    continue
                backup = None
                if target.exists() or target.is_symlink():
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
                _remove(backup)
        return done


def _roll_back(placed: list[tuple[Path, Path | None]]) -> None:
    """Undo a half-done commit: put every replaced file back, remove every new one."""
    for target, backup in reversed(placed):
        with contextlib.suppress(OSError):  # put back as much as can be put back
            if backup is None:
                target.unlink(missing_ok=True)
            elif backup.exists() or backup.is_symlink():
                os.replace(backup, target)
