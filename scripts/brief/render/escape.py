"""Escaping for seed text placed into generated Markdown and HTML.

Every value a template prints is escaped by default (see `render.environment`): seed text is
hostile, and Markdown turns punctuation into live markup (links, HTML, snippet includes, attribute
lists, abbreviations). `md` backslash-escapes every ASCII punctuation mark (the site enables
`pymdownx.escapeall`, so each escape is a literal character) and turns `& < > "` into entities,
so the text renders exactly as written and nothing in it can become markup.
"""

from __future__ import annotations

import html
import re
import string

from markupsafe import Markup

_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}
_PUNCTUATION = frozenset(string.punctuation) - set(_ENTITIES)
# Invisible controls would let text hide or reorder itself (bidi overrides) or break lines.
_SPACE = re.compile(r"\s+")  # a newline would end a Markdown block or table row
_DROP = {ord(c): None for c in "\x00\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"}


def md(value: object) -> Markup:
    """Markdown-inline-safe text: renders as exactly `value`, never as markup."""
    text = _SPACE.sub(" ", str(value).translate(_DROP))
    out = []
    for ch in text:
        if ch in _ENTITIES:
            out.append(_ENTITIES[ch])
        elif ch in _PUNCTUATION:
            out.append("\\" + ch)
        else:
            out.append(ch)
    return Markup("".join(out))


def attr(value: object) -> Markup:
    """HTML-attribute-safe text (for title=, aria-label=, content=)."""
    return Markup(html.escape(_SPACE.sub(" ", str(value).translate(_DROP)).strip(), quote=True))
