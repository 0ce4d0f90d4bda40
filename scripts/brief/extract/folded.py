"""Case-insensitive patterns that scan fast.

Python's `re` compares every character case-folded under IGNORECASE and loses its quick scan
for a pattern's first characters, so the extractors' long word alternations ran two to four
times slower than the same pattern, case-sensitive, over the lower-cased text. `Folded` scans
that way and hands back a real match of the case-insensitive pattern on the text itself (its
groups are the source's words as written), so callers see exactly what `re` would give them.

A folded pattern is written in lower case (checked when it is compiled): over lower-cased text
an upper-case letter would never match. A text whose lower-casing changes its length ("İ")
is read by the case-insensitive pattern itself, so positions never shift.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from functools import lru_cache

# Letters that IGNORECASE matches to a Latin letter but that lower-casing keeps apart.
_ODD_CASES = frozenset("ıſ")


@lru_cache(maxsize=16)  # a sentence is searched by many patterns in a row
def lowered(text: str) -> str | None:
    """The lower-cased text, or None when it would not line up with the text character for
    character as IGNORECASE sees them."""
    low = text.lower()
    if len(low) != len(text) or not _ODD_CASES.isdisjoint(low):
        return None
    return low


class Folded:
    """`re.compile(pattern, flags | re.IGNORECASE)` with the same `search`, `match`,
    `fullmatch`, `finditer` and `findall` results, found faster."""

    __slots__ = ("_fast", "_slow", "flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        bare = re.sub(r"\\[A-Za-z]|\(\?P[<=]\w+>?", "", pattern)  # escapes, group names
        if re.search(r"[A-Z]", bare) or "(?-i" in pattern:
            raise ValueError(f"a folded pattern is written in lower case: {pattern[:60]!r}")
        self.pattern = pattern
        self.flags = flags | re.IGNORECASE
        self._fast = re.compile(pattern, flags)
        self._slow = re.compile(pattern, flags | re.IGNORECASE)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        low = lowered(text)
        if low is None:
            return self._slow.search(text, pos, endpos)
        found = self._fast.search(low, pos, endpos)
        if found is None:
            return None
        return self._slow.match(text, found.start(), endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        low = lowered(text)
        if low is not None and self._fast.match(low, pos, endpos) is None:
            return None
        return self._slow.match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        low = lowered(text)
        if low is not None and self._fast.fullmatch(low, pos, endpos) is None:
            return None
        return self._slow.fullmatch(text, pos, endpos)

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        low = lowered(text)
        if low is None:
            yield from self._slow.finditer(text, pos, endpos)
            return
        for found in self._fast.finditer(low, pos, endpos):
            yield self._slow.match(text, found.start(), endpos)

    def findall(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list:
        if self._slow.groups:
            return self._slow.findall(text, pos, endpos)  # groups' text as written
        return [m.group() for m in self.finditer(text, pos, endpos)]


def folded(pattern: str, flags: int = 0) -> Folded:
    """A case-insensitive pattern, written in lower case, that scans the lower-cased text."""
    return Folded(pattern, flags)
