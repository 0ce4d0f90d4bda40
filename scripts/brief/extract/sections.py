"""Group the cleaned body into sections and give every paragraph its stable id.

Paragraph ids are `p1`, `p2`, … in reading order: they are the anchors evidence links land on,
so they depend only on the article's own paragraph order.
"""

from __future__ import annotations

from slugify import slugify

from brief.ids import Names
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
            paragraphs.append(Paragraph(id=f"p{count}", text=block.text))
    flush()
    return sections
