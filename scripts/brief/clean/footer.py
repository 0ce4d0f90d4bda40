"""The WordPress feed footer: "The post <title> appeared first on <site>."

Feeds append this line to the end of every item's content, so when a dump holds it, it is
metadata, not article text: it names the article's title and the site that published it,
and it marks where the article ends.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .blocks import Line

_FEED_FOOTER = re.compile(r"^The post (.+) appeared first on (.+?)\.?$")


@dataclass(frozen=True, slots=True)
class FeedFooter:
    """A feed footer line and what it names."""

    index: int  # index of the footer among the dump's non-blank lines
    title: str
    publisher: str


def parse_feed_footer(text: str) -> tuple[str, str] | None:
    """(title, publisher) when the line is a feed footer, else None."""
    m = _FEED_FOOTER.match(text.strip())
    if not m:
        return None
    title, publisher = m.group(1).strip(), m.group(2).strip()
    if not title or not publisher:
        return None
    return title, publisher


def find_feed_footers(lines: list[Line]) -> list[FeedFooter]:
    """Every feed footer in the dump (an aggregator page may show several items)."""
    footers = []
    for line in lines:
        parsed = parse_feed_footer(line.text)
        if parsed:
            footers.append(FeedFooter(line.index, *parsed))
    return footers


def footer_of(footers: list[FeedFooter], last_body: int) -> FeedFooter | None:
    """The footer that closes the article: the first one after its last line, if any."""
    return next((f for f in footers if f.index > last_body), None)
