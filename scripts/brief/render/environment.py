"""The Jinja2 environment that turns a brief into Markdown pages.

Escaping is the default, not a filter to remember: `finalize` passes every printed value through
`escape.md` unless it is already `Markup` (produced by `attr`, `md`, or `|e` for HTML contexts).
Templates are loaded from the package only; seed text is data, never compiled as a template.
"""

from __future__ import annotations

import functools
import os
import re
from pathlib import Path
from urllib.parse import quote

from jinja2 import Environment, FileSystemBytecodeCache, PackageLoader, StrictUndefined
from markupsafe import Markup
from slugify import slugify

from brief.render import escape
from brief.render.markdown_ext import text_fragment

_ANCHOR = re.compile(r"[A-Za-z][A-Za-z0-9_-]*")


def _finalize(value: object) -> object:
    if isinstance(value, Markup):
        return value
    if value is None:
        return ""
    return escape.md(value)


def _url(value: object) -> Markup:
    """A link target we built (relative path + anchor); percent-encode anything unexpected."""
    return Markup(quote(str(value), safe="/#:~=.-_"))


def _anchor(value: object) -> Markup:
    """An HTML id / CSS class we generated; anything else is slugified so it stays inert."""
    text = str(value)
    return Markup(text if _ANCHOR.fullmatch(text) else slugify(text) or "x")


def _trusted(value: object) -> Markup:
    """Our own generated Markdown (never seed text)."""
    return Markup(str(value))


def _fragment(quote_text: object) -> Markup:
    """The URL text-fragment value of an evidence quote (percent-encoded: [A-Za-z0-9%,] only)."""
    return Markup(text_fragment(str(quote_text)))


def _link(page: str, anchor: str = "") -> Markup:
    """Our relative link to `page#anchor` (the printable page rewrites those to its own
    copies: `pages._for_print`)."""
    return _url(f"{page}#{anchor}" if anchor else page)


def _capfirst(text: str) -> str:
    """A verbatim slice shown as a heading: its first letter capitalised, no other word changed
    ("the United States must …" → "The United States must …")."""
    for i, ch in enumerate(text):
        if ch.isalpha():
            return text[:i] + ch.upper() + text[i + 1 :] if ch.islower() else text
    return text


@functools.cache
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("brief.render", "templates"),
        autoescape=True,  # macros return Markup; finalize does the (Markdown) escaping
        undefined=StrictUndefined,
        finalize=_finalize,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        md=escape.md,
        text=escape.text,
        attr=escape.attr,
        url=_url,
        anchor=_anchor,
        trusted=_trusted,
        fragment=_fragment,
        capfirst=_capfirst,
    )
    env.globals["link"] = _link
    return env


class _CompiledTemplates(FileSystemBytecodeCache):
    """Compiled templates in the build cache: compiling them costs ~0.09 s a process, more than
    half of converting a one-seed site. Jinja checks each file against the template's current
    source and the Python version, so an edited template is compiled again, never served stale.
    Best effort, like the rest of the build cache: a file that cannot be written costs time."""

    def dump_bytecode(self, bucket) -> None:
        try:
            os.makedirs(self.directory, exist_ok=True)
            super().dump_bytecode(bucket)
        except OSError:
            pass


def keep_compiled(folder: Path | None) -> None:
    """Keep compiled templates in `folder` across processes (None: compile in each process).

    The folder is trusted like the source tree (it holds code Jinja runs): see
    `brief.site.cache`."""
    environment().bytecode_cache = None if folder is None else _CompiledTemplates(str(folder))
