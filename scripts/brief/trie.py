"""A regular expression for a list of words, nested by shared prefix (a trie).

"t(?:w(?:o|elve|enty)|hree)" instead of "two|twelve|twenty|three": a position that starts no
word fails at its first character, so scanning text costs about the same whatever the number of
words (a flat alternation tries every word at every position: thousands of abbreviations made
one page's tooltip pass take minutes). Longer words are tried before their prefixes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def alternation(words: Iterable[str]) -> str:
    """A pattern matching any of `words` (not empty strings), longest first at each branch."""
    return _nested(sorted({w for w in words if w}))


def _nested(words: list[str]) -> str:
    """`words`, sorted and distinct, as a nested alternation; "" marks a word ending here."""
    if words == [""]:
        return ""
    heads: dict[str, list[str]] = {}
    optional = "" in words
    for w in words:
        if w:
            heads.setdefault(w[0], []).append(w[1:])
    parts = [re.escape(c) + _nested(rest) for c, rest in heads.items()]
    body = parts[0] if len(parts) == 1 and not optional else "(?:" + "|".join(parts) + ")"
    return body + "?" if optional else body
