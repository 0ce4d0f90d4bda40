"""Page furniture that sits inside the article's stretch: photo captions with their credit,
calls to subscribe or follow, and at the article's end the author's bio and the reporting
credits. Each is a rule of how web pages are written, not of one site: a caption ends with its
credit in brackets, a promotion addresses the reader with a newsletter, an app or a channel,
a bio names a writer's trade. Prose that merely mentions these things is longer, or does not
open or end the way they do.
"""

from __future__ import annotations

import re

CAPTION = "a photo caption or credit"
PROMOTION = "a call to subscribe, follow or download"
BIO = "the author's bio or the reporting credits"

# "(Photo by Kevin Mazur/Getty Images)", "(Image credit: NASA)", "(AP Photo/Jane Doe)" closing
# the block, or a block opening "Photo: …".
_CREDIT_END = re.compile(
    r"\((?=[^()]{0,80}\b(?:photos?|images?|pictures?|credits?|photographs?|illustrations?)\b)"
    r"[^()]{1,120}\)\s*$",
    re.IGNORECASE,
)
_CREDIT_START = re.compile(
    r"^(?:photos?|images?|pictures?|photographs?|illustrations?)(?:\s+credit)?\s*:", re.I
)
# "… last week.Credit...Anna Roe/The Daily" or "… Credit: Jane Roe": a credit anywhere; "….
# Photograph by Jane Roe" after the caption's sentence; "… campaign. (example.com)" closing it.
_CREDIT_LABEL = re.compile(
    r"(?:^|[\s.…])(?:photo\s+|image\s+)?credits?\s*(?::|\.{2,}|…)\s*\S"
    r"|[.!?]\s*(?:photo(?:graph)?s?|images?|illustrations?)\s+(?:by|courtesy\s+of)\s"
    r"|\((?:courtesy\b[^()]{0,80}|file|screenshot|handout|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6})\)\s*$"
    # "… Nov. 19, 2019. (Jane Roe/AP)": a photographer and an agency close the block
    r"|[.!?]\s*\([A-Z][\w.'’ -]{1,60}/[A-Z][\w.&' -]{1,40}\)\s*$",
    re.I,
)
_PROMO = re.compile(
    r"^(?:subscribe|sign\s+up|follow|download|join|click|get|like|listen|catch\s+up)\b"
    r"(?=.*\b(?:newsletters?|youtube|channel|podcast|app|e-?mails?|here|us\s+on)\b)"
    r"|\b(?:subscribe|sign\s+up)\s+(?:to|for)\s+(?:our|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:newsletters?|e-?mails?|channel|podcast)\b"
    r"|\bclick\s+here\b|\bactivation\s+link\b|\bfollow\s+us\s+on\b",
    re.IGNORECASE,
)
PROMO_CHARS = 300  # a promotion is a line or two; a paragraph that mentions a newsletter is not
_ROLE = (
    r"(?:reporter|writer|editor|correspondent|journalist|columnist|contributor|producer|"
    r"author|fellow|blogger|freelancer)"
)
_BIO = re.compile(
    r"^(?:[A-Z][\w.'’-]+\s+){1,4}(?:is|was|has\s+been|serves\s+as)\s+(?:a|an|the)\s+"
    rf"(?:[\w,.'’-]+\s+){{0,8}}?{_ROLE}s?\b"
)
_CREDITS = re.compile(
    r"\b(?:contributed\s+to\s+this\s+(?:report|story|article)|(?:additional\s+)?reporting\s+by)\b",
    re.IGNORECASE,
)
CREDITS_CHARS = 300
TAIL = 3  # the bio and the credits are among the article's last blocks
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")


def furniture(text: str, from_end: int) -> str | None:
    """Why the block `text` is page furniture (one of the reasons above), or None; `from_end`
    counts the article's blocks after it (0: the last)."""
    if _CREDIT_END.search(text) or _CREDIT_START.match(text) or _CREDIT_LABEL.search(text):
        return CAPTION
    short = len(text) <= PROMO_CHARS and len(_SENTENCE_END.findall(text)) <= 2
    if short and _PROMO.search(text):
        return PROMOTION
    if from_end < TAIL and (
        _BIO.match(text) or (len(text) <= CREDITS_CHARS and _CREDITS.search(text))
    ):
        return BIO
    return None
