"""Where a page's comment thread begins: nothing from there on is the article.

Blogs and news sites print readers' comments below the article, each under a header such as
"Ana on September 12, 2018 at 4:47 pm said:" or "ana_r says:" over a time stamp, often after a
heading "34 responses to “<title>”". Comments are prose, and a long thread can outweigh a short
article, so the stretch of prose alone cannot tell them apart; these headers can. A header
needs a time stamp (on its line, or a date, time or "ago" on the next), so an article's own
"The minister said:" before a quotation is not one.
"""

from __future__ import annotations

import re

from .blocks import Line

_TIME = r"\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?"
_YEAR = r"(?:19|20)\d\d"
# "Ana on September 12, 2018 at 4:47 pm said:": one line, at most 15 words, its time stamp
# right before the verb (an article's "The report, published on 4 May 2019, said:" has none).
_HEADER = re.compile(
    rf"^(?!(?:the|a|an|this|that|its|his|her|their)\b)(?:\S+\s+){{1,6}}?on\s+\S.{{2,40}}?"
    rf"(?:{_YEAR}).{{0,12}}?{_TIME}\s+(?:said|says|wrote|writes)\s*:$",
    re.I,
)
# "ana_r says:" on its own line, its stamp on the next one.
_NAME_SAYS = re.compile(
    r"^(?!(?:the|a|an|this|that|its|his|her|their)\b)(?:\S+\s+){0,3}\S+\s+(?:says|said|wrote)\s*:$",
    re.I,
)
# The stamp line is a date and a time and nothing else: "September 17, 2018 at 6:34 am".
MONTH_ABBREVIATIONS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
_STAMP = re.compile(
    rf"^(?:(?:{MONTH_ABBREVIATIONS})[a-z]*\.?\s+\d{{1,2}},?\s+{_YEAR}(?:\s+(?:at\s+)?{_TIME})?"
    rf"|\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}(?:\s+(?:at\s+)?{_TIME})?"
    r"|\d+\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+ago)$",
    re.I,
)
# WordPress' thread heading: "34 responses to “Title”", "12 thoughts on “Title”".
_THREAD = re.compile(
    r"^\d+\s+(?:thoughts?|responses?|repl(?:y|ies)|comments?)\s+(?:on|to)\s+[“\"‘'].", re.I
)


def is_comment_start(text: str, following: str = "") -> bool:
    """`text` (one line; `following`, the next non-blank one) opens a comment or the thread."""
    text = text.strip()
    if len(text) > 200:
        return False
    if _HEADER.match(text) or _THREAD.match(text):
        return True
    return bool(_NAME_SAYS.match(text) and _STAMP.match(following.strip()))


def comment_thread_start(lines: list[Line], after: int) -> int | None:
    """Index of the first line after index `after` that opens the comment thread, or None."""
    for i in range(after + 1, len(lines)):
        following = lines[i + 1].text if i + 1 < len(lines) else ""
        if is_comment_start(lines[i].text, following):
            return i
    return None
