"""Seed text placed in generated Markdown renders as the same visible text, never as markup."""

from __future__ import annotations

import html
import re

import pytest
from brief.render.escape import attr, md

from .conftest import site_markdown

HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<!-- swallow the rest",
    "[x](javascript:alert(1))",
    "<https://evil.example/>",
    "![img](https://evil.example/x.png)",
    "[ref]: https://evil.example/",
    "# Heading at line start",
    "- list item",
    "1. numbered",
    "| a | b |",
    "```fenced```",
    '!!! note "Admonition"',
    "text {: onclick=alert(1) }",
    "*[HTML]: Hyper Text",
    "footnote[^1]",
    '--8<-- "/etc/passwd"',
    "{{ config }} {% if 1 %} ${HOME}",
    "**bold** _em_ ~~strike~~ ==mark== ^^ins^^",
    "a & b < c > d \" e ' f",
    "Back\\slash \\* escaped",
    "U.S. $13 billion, 10-20 percent, were103",
]


@pytest.fixture(scope="module")
def render():
    return site_markdown()


def _visible(rendered: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", rendered)).strip()


@pytest.mark.parametrize("text", HOSTILE)
def test_escaped_text_renders_verbatim_as_paragraph(render, text):
    out = render(str(md(text)))
    assert out.startswith("<p>") and out.endswith("</p>")
    assert out.count("<") == 2, out  # only the <p> pair: no element came from the text
    assert _visible(out) == text


@pytest.mark.parametrize("text", HOSTILE)
def test_escaped_text_renders_verbatim_in_heading_and_table(render, text):
    heading = render(f"## {md(text)} {{ #h1 }}")
    assert '<h2 id="h1">' in heading
    assert _visible(heading).rstrip("¶") == text
    table = render(f"| A | B |\n| --- | --- |\n| {md(text)} | x |")
    assert _visible(table.split("<tbody>")[1]).startswith(text)


def test_attribute_escaping_closes_nothing():
    assert str(attr('"><script>')) == "&quot;&gt;&lt;script&gt;"


def test_bidi_overrides_and_nul_are_dropped():
    assert str(md("abc\u202edef\x00")) == "abcdef"


def test_md_wraps_text_with_punctuation_as_escaped_html_and_leaves_the_rest():
    """`md`: a value with ASCII punctuation is HTML-escaped (and "]", so "](" never comes from
    a seed) inside `<brief-text>`, which the site's extension stashes as finished HTML; a value
    of letters, digits and spaces cannot be Markdown syntax and stays as it is."""
    import string

    text = string.printable + "\\\\*\\&amp; é “q” \u200b\u2028 😀 " + "".join(HOSTILE)
    shown = " ".join(text.split())
    out = str(md(text))
    assert out == "<brief-text>" + html.escape(shown).replace("]", "&#93;") + "</brief-text>"
    assert "<" not in out[len("<brief-text>") : -len("</brief-text>")]
    assert str(md("Plain words 42 é “q”")) == "Plain words 42 é “q”"
