"""Unique names: ids, anchors, group and folder names built from seed text, which may repeat.

A taken name gets the next free "-2", "-3", …, counted per base, so a thousand equal headings
cost a thousand steps rather than half a million (a scan from "-2" each time).
"""

from __future__ import annotations

from collections.abc import Iterable


class Names:
    """Names handed out so far (`taken` to start with)."""

    def __init__(self, taken: Iterable[str] = ()) -> None:
        self.taken = set(taken)
        self.next: dict[str, int] = {}

    def unique(self, base: str) -> str:
        """`base`, or `base-N` with the smallest N from 2 not taken yet; now taken."""
        candidate = base
        if candidate in self.taken:
            n = self.next.get(base, 2)
            candidate = f"{base}-{n}"
            while candidate in self.taken:
                n += 1
                candidate = f"{base}-{n}"
            self.next[base] = n + 1
        self.taken.add(candidate)
        return candidate
