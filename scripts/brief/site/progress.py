"""Progress of a long multi-seed conversion, on stderr (stdout stays the command's own output).

On a terminal: one bar redrawn in place. Otherwise (CI, a log file, a pipe): a plain line about
every tenth of the way. Short runs (fewer than `MIN_ITEMS` seeds, e.g. `mkdocs serve` of a few
briefs) print nothing. `BRIEF_PROGRESS=0` turns it off, `BRIEF_PROGRESS=1` forces it on.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator, Sequence
from typing import TextIO, TypeVar

T = TypeVar("T")
ENV = "BRIEF_PROGRESS"
MIN_ITEMS = 10
BAR_WIDTH = 30


def _enabled(total: int) -> bool:
    setting = os.environ.get(ENV, "").strip()
    if setting in {"0", "false", "no", "off"}:
        return False
    return setting in {"1", "true", "yes", "on"} or total >= MIN_ITEMS


def track(
    items: Sequence[T], label: str = "converting", stream: TextIO | None = None
) -> Iterator[T]:
    """Yield `items`, reporting how many are done."""
    total = len(items)
    if not _enabled(total):
        yield from items
        return
    out = stream or sys.stderr
    tty = out.isatty() and os.environ.get("TERM") != "dumb"
    step = max(1, total // 10)
    start = time.monotonic()
    for done, item in enumerate(items, 1):
        yield item
        elapsed = time.monotonic() - start
        if tty:
            filled = BAR_WIDTH * done // total
            bar = "█" * filled + "·" * (BAR_WIDTH - filled)
            out.write(f"\r{label} {bar} {done}/{total} {elapsed:.1f}s")
            if done == total:
                out.write("\n")
        elif done % step == 0 or done == total:
            out.write(f"{label}: {done}/{total} ({elapsed:.1f}s)\n")
        out.flush()
