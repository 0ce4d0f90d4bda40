"""Markdown extension for generated brief pages (`brief.render.markdown_ext` in mkdocs.yml).

Jobs, none of which lets seed text pass through a Markdown or HTML parser:

- **Seed text.** `escape.md` wraps every seed value that holds punctuation, already HTML-escaped,
  in `<brief-text>…</brief-text>`. Before Markdown parses the page, each such span becomes one
  entry of Markdown's raw-HTML stash (a placeholder in the text), so the value is finished HTML
  that no Markdown rule can touch, and Markdown's work does not grow with its length.
- **Text fragments.** An evidence link is written `[…](text.md#p7){ data-brief-fragment="…" }`:
  MkDocs checks and rewrites `text.md#p7` as usual (the anchor must exist), then this extension
  appends the URL text fragment (`#p7:~:text=…`) and drops the data attribute. The attribute value
  is percent-encoded by `text_fragment` (only `[A-Za-z0-9%,]`), so it is inert in Markdown.
- **Raw HTML regions.** The item-dense parts of a page (timeline, tables, cards, and the Full
  text page's paragraphs with their anchors and back-links) are written as
  HTML between the lines `<!-- brief:html -->` and `<!-- /brief:html -->`. Each region becomes
  one stash entry before any HTML parser runs: Python-Markdown would otherwise parse each
  item's list, links and attribute lists, and both it and MkDocs parse every raw tag with
  `html.parser` (about 30 µs a tag; most of an item-dense page's Markdown time). The region's
  `id`s are handed to MkDocs' anchor list, so links to them are still checked. Seed text
  cannot open or close a region: it is escaped, `<` included.
- **Links in raw HTML.** A link in a region to another page or file is written
  `<a data-brief-link="text.md#p7" data-brief-fragment="…">`; after Markdown has restored its raw
  HTML, this extension has MkDocs resolve and check the target (MkDocs' own link processor, the
  one every Markdown link goes through) and writes the `href`, with the text fragment. Seed text
  cannot forge such a tag: it is escaped, `"` and `<` included. Without MkDocs the target is
  kept as written.
- **Abbreviations.** A page may carry lines `brief-abbr: TERM EXPANSION`, both parts
  percent-encoded. They are removed, and in each piece of text (a seed value, or the text of one
  element: heading, paragraph, link, table cell; not code or an existing `<abbr>`) the first
  whole-word occurrence of each term becomes `<abbr title="…">`, the title escaped. One scan per
  piece with one pattern of all the page's terms (a trie, cached per term list); the first
  occurrence only, so a page's size stays in proportion to its text.
- **Tables** each get a `<div class="brief-table">` of their own. At load Material's script moves
  every table into a scroll wrapper, and its rule `.md-typeset table:not([class]) + *` then has
  the browser restyle everything the table's parent holds: the whole article, when the table sits
  directly in it (Lighthouse main-thread time, `make audit`). In its own box only the table is.
"""

from __future__ import annotations

import functools
import html
import re
import xml.etree.ElementTree as etree
from urllib.parse import quote, unquote

from markdown import Extension
from markdown.postprocessors import Postprocessor
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor

from brief.render.escape import SEED_CLOSE, SEED_OPEN
from brief.trie import alternation

FRAGMENT_ATTR = "data-brief-fragment"
LINK_ATTR = "data-brief-link"
HTML_OPEN, HTML_CLOSE = "<!-- brief:html -->", "<!-- /brief:html -->"
_ID = re.compile(r'\sid="([^"<>]+)"')
ABBR_PREFIX = "brief-abbr:"
TABLE_BOX = "brief-table"
MAX_TERM = 100  # characters: a longer "abbreviation" gets no tooltip
_FRAGMENT_VALUE = re.compile(r"[A-Za-z0-9%,]+")
_SEED = re.compile(re.escape(SEED_OPEN) + "([^<]*)" + re.escape(SEED_CLOSE))
_SKIP = {"code", "pre", "kbd", "abbr", "script", "style", "svg"}
_WORDS_WHOLE = 8  # a quote up to this many words is matched whole; longer: start,end
_WORDS_EDGE = 5


_STILL_SAFE = {ord(c): f"%{ord(c):02X}" for c in "-._~"}  # unreserved: `quote` keeps them


def _encode(text: str) -> str:
    """Every character but ASCII letters and digits percent-encoded (UTF-8): text directives
    need - , & encoded, and the value is then inert in Markdown and attribute syntax too."""
    return quote(text, safe="").translate(_STILL_SAFE)


def text_fragment(quote_text: str) -> str:
    """The `text=` directive value for a quote: whole, or first and last words for long ones."""
    words = quote_text.split()
    if len(words) <= _WORDS_WHOLE:
        return _encode(" ".join(words))
    start = " ".join(words[:_WORDS_EDGE])
    end = " ".join(words[-_WORDS_EDGE:])
    return _encode(start) + "," + _encode(end)


def abbr_line(term: str, expansion: str) -> str:
    return f"{ABBR_PREFIX} {quote(term, safe='')} {quote(expansion, safe='')}"


class Tooltips:
    """A page's abbreviations and the one pattern that finds them, in plain text or in
    HTML-escaped text (a seed value)."""

    def __init__(self, store: dict[str, str]) -> None:
        self.titles = {term: html.escape(exp, quote=True) for term, exp in store.items()}
        escaped = {html.escape(term, quote=True): term for term in store}
        self.by_escaped = escaped
        self.plain = term_pattern(tuple(sorted(store)))
        self.escaped = term_pattern(tuple(sorted(escaped)))

    def html(self, escaped_text: str) -> str:
        """HTML-escaped text with the first occurrence of each term as an `<abbr>`."""
        done: set[str] = set()

        def wrap(m: re.Match[str]) -> str:
            shown = m.group()
            if shown in done:
                return shown
            done.add(shown)
            return f'<abbr title="{self.titles[self.by_escaped[shown]]}">{shown}</abbr>'

        return self.escaped.sub(wrap, escaped_text) if self.titles else escaped_text


@functools.lru_cache(maxsize=16)
def term_pattern(terms: tuple[str, ...]) -> re.Pattern[str]:
    """Any of `terms` as a whole word (not inside a longer word or a hyphenated one), the
    longest where several start at one place: one scan of a text finds them all."""
    if not terms:
        return re.compile(r"(?!)")
    return re.compile(r"(?<![\w-])(?:" + alternation(terms) + r")(?![\w-])")


class _SeedText(Preprocessor):
    """Collect the page's abbreviation lines, then stash every seed span (module docstring)."""

    def __init__(self, md, state: dict):
        super().__init__(md)
        self.state = state

    def run(self, lines: list[str]) -> list[str]:
        store: dict[str, str] = {}
        kept = []
        for line in lines:
            if not line.startswith(ABBR_PREFIX):
                kept.append(line)
                continue
            parts = line.split()
            if len(parts) == 3 and parts[0] == ABBR_PREFIX:
                term, expansion = unquote(parts[1]).strip(), unquote(parts[2]).strip()
                if term and expansion and len(term) <= MAX_TERM and "\n" not in term:
                    store[term] = " ".join(expansion.split())
        tooltips = self.state["tooltips"] = Tooltips(store)
        stash = self.md.htmlStash

        def stashed(m: re.Match[str]) -> str:
            return stash.store(tooltips.html(m.group(1)))

        lines = [_SEED.sub(stashed, line) if SEED_OPEN in line else line for line in kept]
        return self._regions(lines) if HTML_OPEN in lines else lines

    def _regions(self, lines: list[str]) -> list[str]:
        """Each raw HTML region as one stash entry, a block of its own (module docstring); an
        unclosed region is left to Markdown."""
        out: list[str] = []
        region: list[str] | None = None
        ids = self.state.setdefault("ids", set())
        for line in lines:
            if region is None:
                if line == HTML_OPEN:
                    region = []
                else:
                    out.append(line)
            elif line == HTML_CLOSE:
                block = "\n".join(region)
                ids.update(_ID.findall(block))
                out += ["", self.md.htmlStash.store(block), ""]
                region = None
            else:
                region.append(line)
        return out + (region or [])


class _Tree(Treeprocessor):
    def __init__(self, md, state: dict):
        super().__init__(md)
        self.state = state

    def run(self, root: etree.Element) -> None:
        for a in root.iter("a"):
            value = a.attrib.pop(FRAGMENT_ATTR, None)
            href = a.get("href", "")
            if value and _FRAGMENT_VALUE.fullmatch(value) and "#" in href and ":~:" not in href:
                a.set("href", f"{href}:~:text={value}")
        tooltips = self.state.get("tooltips")
        if tooltips is not None and tooltips.titles:
            _wrap(root, tooltips)
        _box_tables(root)


def _wrap(el: etree.Element, tooltips: Tooltips) -> None:
    """Tooltips in the text of `el` and, recursively, of its children (module docstring)."""
    if el.tag in _SKIP:
        return
    done: set[str] = set()
    children: list[etree.Element] = []
    el.text, before = _split(el.text, tooltips, done)
    children += before
    for child in list(el):
        _wrap(child, tooltips)
        child.tail, after = _split(child.tail, tooltips, done)
        children += [child, *after]
    if len(children) != len(el):
        el[:] = children


def _split(text: str | None, tooltips: Tooltips, done: set[str]):
    """(text before the first tooltip, [abbr elements, each with the text after it as tail])."""
    if not text:
        return text, []
    out: list[etree.Element] = []
    head, last = None, 0
    for m in tooltips.plain.finditer(text):
        term = m.group()
        if term in done:
            continue
        done.add(term)
        piece = text[last : m.start()]
        if out:
            out[-1].tail = piece
        else:
            head = piece
        abbr = etree.Element("abbr", {"title": html.unescape(tooltips.titles[term])})
        abbr.text = term
        out.append(abbr)
        last = m.end()
    if not out:
        return text, []
    out[-1].tail = text[last:]
    return head, out


def _box_tables(root: etree.Element) -> None:
    for parent in list(root.iter()):
        if parent.tag == "div" and parent.get("class") == TABLE_BOX:
            continue
        if not any(child.tag == "table" for child in parent):
            continue
        children = []
        for child in parent:
            if child.tag == "table":
                box = etree.Element("div", {"class": TABLE_BOX})
                box.tail, child.tail = child.tail, None
                box.append(child)
                child = box
            children.append(child)
        parent[:] = children


# Our raw link: the target (a relative path we built, `escape`d by `_url`) and an optional
# fragment, in this order (`_macros.j2`).
_RAW_LINK = re.compile(
    "<a " + LINK_ATTR + r'="([^"<>]*)"(?: ' + FRAGMENT_ATTR + r'="([A-Za-z0-9%,]+)")?'
)


class _RegionAnchors(Treeprocessor):
    """The ids of the page's raw HTML regions, added to those MkDocs found (when it runs
    us), so that a link to one is checked like a link to a heading."""

    def __init__(self, md, state: dict):
        super().__init__(md)
        self.state = state

    def run(self, root: etree.Element) -> None:
        found = getattr(_mkdocs_part(self.md, "mkdocs_extract_anchors"), "present_anchor_ids", None)
        if self.state.get("ids") and isinstance(found, set):
            found.update(self.state["ids"])


def _mkdocs_part(md, name: str):
    """MkDocs' own tree processor `name` on this page (None outside MkDocs): the registry has
    no `get`."""
    if name not in md.treeprocessors:
        return None
    return md.treeprocessors[name]


class _RawLinks(Postprocessor):
    """The `href` of each raw-HTML link we wrote (module docstring)."""

    def run(self, text: str) -> str:
        if LINK_ATTR not in text:
            return text
        resolve = getattr(_mkdocs_part(self.md, "relpath"), "path_to_url", None)

        def href(m: re.Match[str]) -> str:
            url = html.unescape(m.group(1))
            if resolve is not None:
                url = resolve(url)
            if m.group(2) and "#" in url and ":~:" not in url:
                url = f"{url}:~:text={m.group(2)}"
            return f'<a href="{html.escape(url, quote=True)}"'

        return _RAW_LINK.sub(href, text)


class BriefExtension(Extension):
    def extendMarkdown(self, md) -> None:
        state: dict = {}
        # After NormalizeWhitespace (30), before raw HTML blocks are read (html_block, 20).
        md.preprocessors.register(_SeedText(md, state), "brief_seed_text", 25)
        # After MkDocs' link rewriting ("relpath", priority 0) and Markdown's unescaping.
        md.treeprocessors.register(_Tree(md, state), "brief_tree", -10)
        # After MkDocs collects the tree's ids (mkdocs_extract_anchors, 5).
        md.treeprocessors.register(_RegionAnchors(md, state), "brief_region_anchors", 4)
        # After raw HTML is restored (raw_html, 30) and ampersands (amp_substitute, 20).
        md.postprocessors.register(_RawLinks(md), "brief_raw_links", 10)


def makeExtension(**kwargs) -> BriefExtension:
    return BriefExtension(**kwargs)
