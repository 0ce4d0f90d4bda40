"""Markdown extension for generated brief pages (`brief.render.markdown_ext` in mkdocs.yml).

Three jobs, all done on the element tree after Markdown and MkDocs have finished with it, so no
seed text ever passes through a Markdown or HTML parser:

- **Text fragments.** An evidence link is written `[…](text.md#p7){ data-brief-fragment="…" }`:
  MkDocs checks and rewrites `text.md#p7` as usual (the anchor must exist), then this extension
  appends the URL text fragment (`#p7:~:text=…`) and drops the data attribute. The attribute value
  is percent-encoded by `text_fragment` (only `[A-Za-z0-9%,]`), so it is inert in Markdown.
- **Abbreviations.** A page may carry one block of lines `brief-abbr: TERM EXPANSION`, both parts
  percent-encoded. The block is removed, and every whole-word occurrence of a term in the page's
  text (headings, links and tables too; not code or an existing `<abbr>`) becomes
  `<abbr title="…">`, the title set as an element attribute (serialised with escaping), never
  spliced in as markup.
- **Tables** each get a `<div class="brief-table">` of their own. At load Material's script moves
  every table into a scroll wrapper, and its rule `.md-typeset table:not([class]) + *` then has
  the browser restyle everything the table's parent holds: the whole article, when the table sits
  directly in it (Lighthouse main-thread time, `make audit`). In its own box only the table is.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from urllib.parse import quote, unquote

from markdown import Extension
from markdown.blockprocessors import BlockProcessor
from markdown.treeprocessors import Treeprocessor

FRAGMENT_ATTR = "data-brief-fragment"
ABBR_PREFIX = "brief-abbr:"
TABLE_BOX = "brief-table"
_FRAGMENT_VALUE = re.compile(r"[A-Za-z0-9%,]+")
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


class _AbbrBlock(BlockProcessor):
    def __init__(self, parser, store: dict[str, str]):
        super().__init__(parser)
        self.store = store

    def test(self, parent, block: str) -> bool:
        return block.startswith(ABBR_PREFIX)

    def run(self, parent, blocks: list[str]) -> bool:
        block = blocks.pop(0)
        for line in block.splitlines():
            parts = line.split()
            if len(parts) == 3 and parts[0] == ABBR_PREFIX:
                term, expansion = unquote(parts[1]).strip(), unquote(parts[2]).strip()
                if term and expansion and "\n" not in term:
                    self.store[term] = " ".join(expansion.split())
        return True


class _Tree(Treeprocessor):
    def __init__(self, md, store: dict[str, str]):
        super().__init__(md)
        self.store = store

    def run(self, root: etree.Element) -> None:
        for a in root.iter("a"):
            value = a.attrib.pop(FRAGMENT_ATTR, None)
            href = a.get("href", "")
            if value and _FRAGMENT_VALUE.fullmatch(value) and "#" in href and ":~:" not in href:
                a.set("href", f"{href}:~:text={value}")
        if self.store:
            terms = sorted(self.store, key=len, reverse=True)
            pattern = re.compile(
                r"(?<![\w-])(?:" + "|".join(re.escape(t) for t in terms) + r")(?![\w-])"
            )
            self._wrap(root, pattern)
        _box_tables(root)

    def _wrap(self, el: etree.Element, pattern: re.Pattern[str]) -> None:
        if el.tag in _SKIP:
            return
        for child in list(el):
            self._wrap(child, pattern)
            if child.tail:
                self._split(el, child, child.tail, pattern, tail=True)
        if el.text:
            self._split(el, None, el.text, pattern, tail=False)

    def _split(self, parent, child, text: str, pattern, *, tail: bool) -> None:
        matches = list(pattern.finditer(text))
        if not matches:
            return
        pieces = []
        last = 0
        for m in matches:
            abbr = etree.Element("abbr", {"title": self.store[m.group(0)]})
            abbr.text = m.group(0)
            pieces.append((text[last : m.start()], abbr))
            last = m.end()
        before = pieces[0][0]
        if tail:
            child.tail = before
            index = list(parent).index(child) + 1
        else:
            parent.text = before
            index = 0
        for n, (_, abbr) in enumerate(pieces):
            abbr.tail = pieces[n + 1][0] if n + 1 < len(pieces) else text[last:]
            parent.insert(index + n, abbr)


def _box_tables(root: etree.Element) -> None:
    for parent in list(root.iter()):
        if parent.tag == "div" and parent.get("class") == TABLE_BOX:
            continue
        for index, child in enumerate(list(parent)):
            if child.tag == "table":
                box = etree.Element("div", {"class": TABLE_BOX})
                box.tail, child.tail = child.tail, None
                parent.remove(child)
                box.append(child)
                parent.insert(index, box)


class BriefExtension(Extension):
    def extendMarkdown(self, md) -> None:
        store: dict[str, str] = {}
        md.parser.blockprocessors.register(_AbbrBlock(md.parser, store), "brief_abbr", 105)
        # After MkDocs' link rewriting ("relpath", priority 0) and Markdown's unescaping.
        md.treeprocessors.register(_Tree(md, store), "brief_tree", -10)


def makeExtension(**kwargs) -> BriefExtension:
    return BriefExtension(**kwargs)
