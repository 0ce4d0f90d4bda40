"""Group the cleaned body into sections and give every paragraph its stable id.

A paragraph's id (`p-` and a hash of its text, see `ids.content_id`) is the anchor evidence
links land on: it follows the paragraph's words, so a link to it survives a better cleaner that
adds or drops other paragraphs. Readers see its position instead ("paragraph 7", `number`).
Section and paragraph anchors share the Full text page, so they are made unique together.
"""

from __future__ import annotations

from slugify import slugify

from brief.ids import Names, content_id
from brief.model import Block, Paragraph, Section

OPENING = "opening"


def build_sections(body: list[Block]) -> list[Section]:
    sections: list[Section] = []
    heading: str | None = None
    paragraphs: list[Paragraph] = []
    used = Names({OPENING})
    section_id = OPENING
    count = 0

    def flush() -> None:
        if heading is not None or paragraphs:
            sections.append(Section(id=section_id, heading=heading, paragraphs=list(paragraphs)))

    for block in body:
        if block.kind == "heading":
            flush()
            heading, paragraphs = block.text, []
            section_id = used.unique(slugify(block.text, max_length=60) or "section")
        elif block.kind == "paragraph":
            count += 1
            pid = used.unique(content_id("p", block.text))
            paragraphs.append(Paragraph(id=pid, number=count, text=block.text))
    flush()
    return sections
