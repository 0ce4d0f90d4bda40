"""Write generated files to a folder atomically: all of them, or none (`write_tree`); and one
cache file atomically, best effort (`store`).

Files go to a fresh sibling folder first, which then replaces the old one in two renames, so
a failure midway leaves the previous output untouched.

Only a folder this module wrote may be replaced: each output holds a `MARKER` file, and an
existing folder without it (hand-written `docs/`, the project root, a typo) is refused before
anything is touched, so `brief build --out docs` can never delete hand-written pages.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from brief.errors import BriefError

MARKER = ".brief-generated"
MARKER_TEXT = "Written by `brief build`; the whole folder is replaced on the next build.\n"


def check_replaceable(out: Path) -> None:
    """Refuse an output folder that exists, is not empty and was not written by `write_tree`."""
    if out.is_symlink() or (out.exists() and not out.is_dir()):
        raise BriefError(f"{out}: output exists and is not a folder; refusing to replace it")
    if out.is_dir() and any(out.iterdir()) and not (out / MARKER).is_file():
        raise BriefError(
            f"{out}: folder was not written by `brief build` (no {MARKER}); refusing to replace "
            "it, choose an empty or new --out folder"
        )


def write_tree(out: Path, files: dict[str, str]) -> None:
    out = out.absolute()
    check_replaceable(out)
    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    try:
        for rel, content in {**files, MARKER: MARKER_TEXT}.items():
            target = (staging / rel).resolve()
            if staging not in target.parents:
                raise ValueError(f"refusing to write outside the output folder: {rel}")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(content, encoding="utf-8", newline="\n")
        old = None
        if out.exists():
            old = out.with_name(f".{out.name}.old")
            shutil.rmtree(old, ignore_errors=True)
            out.rename(old)
        staging.rename(out)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


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
