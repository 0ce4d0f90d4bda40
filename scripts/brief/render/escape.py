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
# Invisible controls would let text hide or reorder itself (bidi overrides), break lines, or
# forge Python-Markdown's internal placeholders (STX/ETX around a stash index): every C0/C1
# control except tab, LF and CR (whitespace, collapsed below) and the bidi embeddings,
# overrides and isolates are dropped. Zero-width characters, emoji and combining marks are text.
_SPACE = re.compile(r"\s+")  # a newline would end a Markdown block or table row
_DROP = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# Backslash first, so the backslashes added for the other marks are not escaped again.
_BACKSLASHED = ("\\", *sorted(_PUNCTUATION - {"\\"}))


def plain(value: object) -> str:
    """The text a page shows for `value`: dropped controls, whitespace runs as one space.

    Most values need neither: printable text (no control, no whitespace but the ASCII space)
    without a double space is returned as it is, skipping two Unicode regex scans."""
    text = str(value)
    if text.isprintable() and "  " not in text:
        return text
    return _SPACE.sub(" ", _DROP.sub("", text))


def md(value: object) -> Markup:
    """Markdown-inline-safe text: renders as exactly `value`, never as markup.

    One `str.replace` per mark present (C speed; this runs for every printed value) instead of
    a loop over characters; the result is the same character by character."""
    text = plain(value)
    for ch in _BACKSLASHED:
        if ch in text:
            text = text.replace(ch, "\\" + ch)
    for ch, entity in _ENTITIES.items():  # "&" first: the entities' own "&" stays as is
        if ch in text:
            text = text.replace(ch, entity)
    return Markup(text)


# Punctuation that could start inline Markdown or split a table row, as numeric entities.
_ATTR_ENTITIES = {ord(c): f"&#{ord(c)};" for c in "`*_{}[]()!|~^+$\\"}


def attr(value: object) -> Markup:
    """Text for raw HTML: attribute values (title=, href=, datetime=) and element content.

    Besides `& < > " '`, the punctuation that builds inline Markdown (links, emphasis, code,
    attribute lists, table cells) becomes a numeric entity: Python-Markdown processes the text
    between and even inside inline HTML tags on a Markdown line, so `<code>[x](javascript:…)
    </code>` would otherwise become a live link. Browsers decode the entities, in attributes too.
    """
    text = html.escape(plain(value).strip(), quote=True)
    return Markup(text.translate(_ATTR_ENTITIES))


_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def terminal(value: object, *, keep: str = "") -> str:
    """Text safe to print on a terminal: control characters (escape sequences, line breaks,
    bidi overrides) shown as `\\xNN`/`\\uNNNN` instead of acting; `keep` lists ones to keep."""

    def show(m: re.Match[str]) -> str:
        ch = m.group()
        return ch if ch in keep else ch.encode("unicode_escape").decode("ascii")

    return _CONTROLS.sub(show, str(value))
