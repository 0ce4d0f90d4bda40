"""Write generated files to a folder atomically: all of them, or none.

Files go to a fresh sibling folder first, which then replaces the old one in two renames, so
a failure midway leaves the previous output untouched.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path


def write_tree(out: Path, files: dict[str, str]) -> None:
    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    try:
        for rel, content in files.items():
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
