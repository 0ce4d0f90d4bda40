"""Escaping for seed text placed into generated Markdown and HTML.

Every value a template prints is escaped by default (see `render.environment`): seed text is
hostile, and Markdown turns punctuation into live markup (links, HTML, snippet includes, attribute
lists, abbreviations). `md` keeps seed text out of Markdown's reach altogether: a value that holds
any ASCII punctuation is HTML-escaped and wrapped in `<brief-text>…</brief-text>`, and the site's
Markdown extension (`markdown_ext`) hands each such span to Markdown as one opaque piece of
finished HTML before Markdown parses the page. So the text renders exactly as written, nothing in
it can become markup, and Markdown does no work per character of it (with per-character escapes,
Markdown's inline parser took time quadratic in a paragraph's length). A value of letters,
digits and spaces only cannot form Markdown syntax and is printed as it is.
"""

from __future__ import annotations

import html
import re
import string

from markupsafe import Markup

SEED_OPEN, SEED_CLOSE = "<brief-text>", "</brief-text>"
# HTML-escaped; "]" too, so that "](" (a link we built, rewritten by `pages._for_print`) never
# comes from a seed. The result holds no "<": a closing tag cannot be forged.
_SEED_ENTITIES = str.maketrans(
    {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;", "]": "&#93;"}
)
# Invisible controls would let text hide or reorder itself (bidi overrides), break lines, or
# forge Python-Markdown's internal placeholders (STX/ETX around a stash index): every C0/C1
# control except tab, LF and CR (whitespace, collapsed below) and the bidi embeddings,
# overrides and isolates are dropped. Zero-width characters, emoji and combining marks are text.
_SPACE = re.compile(r"\s+")  # a newline would end a Markdown block or table row
_DROP = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_ANY_PUNCTUATION = re.compile("[" + re.escape(string.punctuation) + "]")


def plain(value: object) -> str:
    """The text a page shows for `value`: dropped controls, whitespace runs as one space.

    Most values need neither: printable text (no control, no whitespace but the ASCII space)
    without a double space is returned as it is, skipping two Unicode regex scans."""
    text = str(value)
    if text.isprintable() and "  " not in text:
        return text
    return _SPACE.sub(" ", _DROP.sub("", text))


def md(value: object) -> Markup:
    """Markdown-inline-safe text: renders as exactly `value`, never as markup (see the module
    docstring). Only for element content: an attribute value takes `attr`."""
    text = plain(value)
    if not _ANY_PUNCTUATION.search(text):
        return Markup(text)
    return Markup(SEED_OPEN + text.translate(_SEED_ENTITIES) + SEED_CLOSE)


def text(value: object) -> Markup:
    """As `md`, but always wrapped, punctuation or not: text for a raw HTML region (a Full
    text paragraph, a card's quote), where Markdown never sees it, so even text without
    punctuation must arrive as one finished, escaped piece (`markdown_ext`)."""
    return Markup(SEED_OPEN + plain(value).translate(_SEED_ENTITIES) + SEED_CLOSE)


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
