"""Unique names: ids, anchors, group and folder names built from seed text, which may repeat;
and content-based ids for paragraphs and extracted items.

A taken name gets the next free "-2", "-3", …, counted per base, so a thousand equal headings
cost a thousand steps rather than half a million (a scan from "-2" each time).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache


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


# (the sign first: a pattern that opens on a lookbehind is tried at every character)
_MINUS = re.compile(r"[-−](?<![\w.][-−])(?=\d)")


class _KeepTable(dict):
    """`str.translate` table: letters, digits and combining marks kept, anything else a space;
    filled in per character on first sight, so a long text costs one C-level pass instead of
    a Python call per character."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        kept = ch if unicodedata.category(ch)[0] in "LNM" else " "
        self[code] = kept
        return kept


_KEEP = _KeepTable()


@lru_cache(maxsize=256)  # a paragraph's text keys its own id and each item quoted from it
def content_key(text: str) -> str:
    """`text` reduced to what a better cleaner would not change: compatibility forms folded,
    case folded, punctuation and spacing gone ("U.S.—led" and "U.S. – led" agree); letters,
    digits and combining marks kept (Devanagari's vowel signs are part of its words), and a
    minus sign ("-0.5%" is not "0.5%")."""
    text = _MINUS.sub(" minus ", unicodedata.normalize("NFKC", text).casefold())
    kept = text.translate(_KEEP)
    return " ".join(kept.split())


def content_id(prefix: str, *parts: str) -> str:
    """`prefix-` and 8 hex digits of a hash of the parts' content keys: an id that follows the
    content, not its position, so a link or a reference to it survives a better cleaner or
    extractor that adds or drops other items. Equal contents get the same id; callers make
    them unique with `Names` ("-2", "-3", …, in reading order)."""
    key = "\x1f".join(content_key(part) for part in parts)
    return f"{prefix}-{hashlib.blake2b(key.encode('utf-8'), digest_size=4).hexdigest()}"
