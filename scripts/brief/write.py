"""Write generated files to a folder atomically: all of them, or none (`write_tree`); and one
cache file atomically, best effort (`store`).

`write_tree` keeps `out` whole whatever happens, a kill included:

- Files go to a fresh staging folder beside `out` (`.<name>.staging-<random>`), which then
  trades places with `out` in one atomic exchange (Linux `renameat2` with `RENAME_EXCHANGE`),
  so at every instant `out` is the whole old output or the whole new one. Where the exchange is
  unsupported, two renames (`out` → `.<name>.old`, staging → `out`) leave a moment without `out`.
- Each build first repairs what a killed one left: it removes stale staging folders and the
  `.old` folder, and puts `.old` back as `out` when a kill came between the two renames.
- Builds into one `out` take turns: each holds an exclusive `flock` on `.<name>.lock` beside
  `out` (removed when done) from the repair to the swap; one that must wait says so.

Only a folder this module wrote may be replaced: each output holds a `MARKER` file, and an
existing folder without it (hand-written `docs/`, the project root, a typo) is refused before
anything is touched, so `brief build --out docs` can never delete hand-written pages.
"""

from __future__ import annotations

import ctypes
import errno
import fcntl
import os
import re
import secrets
import shutil
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from brief.errors import BriefError

MARKER = ".brief-generated"
MARKER_TEXT = "Written by `brief build`; the whole folder is replaced on the next build.\n"
_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


def _checkpoint(step: str) -> None:
    """Called between the steps of `write_tree`; the kill tests stop a build here."""


def check_replaceable(out: Path) -> None:
    """Refuse an output folder that exists, is not empty and was not written by `write_tree`."""
    if out.is_symlink() or (out.exists() and not out.is_dir()):
        raise BriefError(f"{out}: output exists and is not a folder; refusing to replace it")
    if out.is_dir() and any(out.iterdir()) and not (out / MARKER).is_file():
        raise BriefError(
            f"{out}: folder was not written by `brief build` (no {MARKER}); refusing to replace "
            "it, choose an empty or new --out folder"
        )


def write_tree(
    out: Path, files: dict[str, str], *, on_wait: Callable[[], None] | None = None
) -> None:
    """Replace `out` with exactly `files` (relative path → text), atomically (see the module).
    `on_wait` is called once if another build into `out` holds the lock."""
    out = out.absolute()
    check_replaceable(out)
    out = out.resolve()
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        with build_lock(out, on_wait):
            _checkpoint("locked")
            _repair(out)
            check_replaceable(out)  # the build that held the lock may have changed it
            _replace(out, files)
    except OSError as err:
        where = err.filename or out
        raise BriefError(f"{where}: cannot write the output ({err.strerror or err})") from None


@contextmanager
def build_lock(out: Path, on_wait: Callable[[], None] | None = None) -> Iterator[None]:
    """Hold the exclusive lock on building into `out`, waiting for it (after calling `on_wait`)
    if another build holds it. The lock file is removed on release; a waiter that then holds the
    removed file's lock notices (its inode is no longer the path's) and locks the new one."""
    out = out.absolute().resolve()
    path = out.parent / f".{out.name}.lock"
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o644)
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                if on_wait is not None:
                    on_wait()
                    on_wait = None
                fcntl.flock(fd, fcntl.LOCK_EX)
            if _is_file_at(fd, path):
                break
        except BaseException:
            os.close(fd)
            raise
        os.close(fd)
    try:
        yield
    finally:
        os.unlink(path)
        os.close(fd)


def _is_file_at(fd: int, path: Path) -> bool:
    try:
        named = os.stat(path, follow_symlinks=False)
    except FileNotFoundError:
        return False
    opened = os.fstat(fd)
    return (named.st_dev, named.st_ino) == (opened.st_dev, opened.st_ino)


def _old(out: Path) -> Path:
    return out.with_name(f".{out.name}.old")


def _staging(out: Path) -> Path:
    return out.with_name(f".{out.name}.staging-{secrets.token_hex(8)}")


def _repair(out: Path) -> None:
    """Undo what a killed build into `out` left (the caller holds the lock, so no live build
    owns these): stale staging folders, and `.old` (put back as `out` if `out` is missing)."""
    staging = re.compile(re.escape(f".{out.name}.staging-") + r"[0-9a-f]{16}")
    for entry in out.parent.iterdir():
        if staging.fullmatch(entry.name) and entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry)
    old = _old(out)
    if not _ours(old):
        return
    if os.path.lexists(out):
        _discard(old, out)
    else:
        old.rename(out)


def _ours(folder: Path) -> bool:
    """A folder `write_tree` made (marked) or an empty one: the only kind it moves or removes."""
    if folder.is_symlink() or not folder.is_dir():
        return False
    return (folder / MARKER).is_file() or not any(folder.iterdir())


def _discard(folder: Path, out: Path) -> None:
    """Remove `folder`, first renamed as a staging folder: a kill midway leaves a folder that
    the next build removes, never a half-deleted `.old`."""
    doomed = _staging(out)
    folder.rename(doomed)
    shutil.rmtree(doomed)


def _replace(out: Path, files: dict[str, str]) -> None:
    staging = _staging(out)
    staging.mkdir()
    try:
        for rel, content in {**files, MARKER: MARKER_TEXT}.items():
            target = (staging / rel).resolve()
            if staging not in target.parents:
                raise ValueError(f"refusing to write outside the output folder: {rel}")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(content, encoding="utf-8", newline="\n")
        _checkpoint("staged")
        if not os.path.lexists(out):
            staging.rename(out)
        elif _exchange(staging, out):
            _checkpoint("exchanged")  # staging now holds the old output, removed below
        else:
            old = _old(out)
            out.rename(old)
            staging.rename(out)
            _checkpoint("renamed")
            _discard(old, out)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically; False where the system cannot (not Linux, glibc < 2.28, a
    file system without `RENAME_EXCHANGE`), so the caller falls back to two renames."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (AttributeError, OSError):
        return False
    renameat2.argtypes = (ctypes.c_int, ctypes.c_char_p) * 2 + (ctypes.c_uint,)
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):
        return False
    raise OSError(code, os.strerror(code), str(b))


def store(path: Path, content: str) -> None:
    """Write one cache file atomically (readers see the old file or the whole new one). Best
    effort: a cache that cannot be written only costs time."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        temporary.write_text(content, encoding="utf-8")
        os.replace(temporary, path)
    except OSError:
        pass
