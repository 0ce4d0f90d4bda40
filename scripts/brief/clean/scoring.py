"""The cleaner as the scorer calls it: `score.py ... --func brief.clean.scoring:body_only`."""

from __future__ import annotations

from brief.errors import NoArticleError

from . import clean


def body_only(text: str) -> str:
    """The article body (headings and paragraphs, no title) joined by blank lines; "" if none."""
    try:
        cleaned = clean(text)
    except NoArticleError:
        return ""
    return "\n\n".join(block.text for block in cleaned.body)
