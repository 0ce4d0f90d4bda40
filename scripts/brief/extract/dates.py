"""Find dates in a sentence and normalise them to ISO (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).

Cases are sorted by date and shown with the source's own wording, so each mention keeps both:
`iso` for sorting and `text` for display, with its lead-in ("In", "at various points in").
How a date is used matters as much as its value, so a mention also reports the preposition
before it (`lead`: "since 2015" is a span, not an event) and any determiner before it
(`determiner`: "the 1999 … earthquake" dates a noun phrase rather than the clause).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

MONTH_NUMBERS = {
    name: number
    for number, names in enumerate(
        (
            "january jan",
            "february feb",
            "march mar",
            "april apr",
            "may",
            "june jun",
            "july jul",
            "august aug",
            "september sep sept",
            "october oct",
            "november nov",
            "december dec",
        ),
        1,
    )
    for name in names.split()
}

# Month names are matched capitalised only: "may" the verb must not read as a month.
_MONTH = (
    r"(?P<m>(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
)
# A plausible year, not part of a code ("FY2019"), a range ("2018-19") or a decimal/count.
_YEAR = r"(?P<y>1[89]\d\d|20\d\d)(?![\w%]|[.,/–-]\d)"
_DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
_QUALIFIER = r"(?:(?P<q>early|mid-|mid|late)\s*)?"

# Tried in order; a later pattern never claims text an earlier one matched.
_PATTERNS = (
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}"),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}"),
    re.compile(rf"\b{_QUALIFIER}{_MONTH},?\s+(?:of\s+)?{_YEAR}"),
    re.compile(rf"(?<![\w$€£.,/’'-]){_QUALIFIER}{_YEAR}"),
)

_LEAD = re.compile(
    r"(?:\b(?:at|during)\s+(?:various|different|several|multiple)\s+(?:points|times)\s+in"
    r"|\b(?:in|by|before|until|after|since|from|at|through|toward|towards)\s+the\s+(?:spring|"
    r"summer|fall|autumn|winter|course|end|middle|start|beginning|first\s+half|second\s+half)"
    r"\s+of"
    r"|\b(?:in|on|during|since|until|till|before|after|by|from|through|throughout|around"
    r"|as\s+of))\s+$",
    re.IGNORECASE,
)
_ANY_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_DETERMINER = re.compile(r"(?:\b(?:the|a|an|this|that|its|their|his|her)|[’']s)\s+$", re.I)
# How far before a date its lead-in or determiner is looked for: the longest lead-in ("towards
# the second half of ") is 31 characters. A window keeps the work per date constant.
LEAD_WINDOW = 60


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int  # where `text` starts (the lead-in included)
    end: int
    core_start: int  # where the date itself starts
    iso: str
    text: str  # the source's wording, e.g. "In March 2019", "at various points in 2018"
    lead: str | None  # lowercased preposition before the date ("in", "since", ...)
    determiner: str | None  # "the", "an", ... right before the date: an attributive date


def find_dates(text: str) -> list[DateMention]:
    """Return the dates in `text`, in reading order."""
    if not _ANY_YEAR.search(text):
        return []
    found: list[tuple[int, int, str]] = []  # sorted, disjoint
    for pattern in _PATTERNS:
        # A pattern's own matches never overlap; a later pattern never claims text an earlier
        # one matched (an overlap test by bisection: a text may hold thousands of dates).
        starts = [start for start, _, _ in found]
        new = []
        for match in pattern.finditer(text):
            start, end = match.span()
            i = bisect_left(starts, end)
            if i and found[i - 1][1] > start:
                continue
            if iso := _iso(match):
                new.append((start, end, iso))
        found = sorted(found + new) if new else found
    return [_mention(text, start, end, iso) for start, end, iso in found]


def _iso(match: re.Match[str]) -> str | None:
    groups = match.groupdict()
    year = groups["y"]
    month = groups.get("m")
    if not month:
        return year
    number = MONTH_NUMBERS[month.rstrip(".").lower()]
    day = groups.get("d")
    if not day:
        return f"{year}-{number:02d}"
    if not 1 <= int(day) <= 31:
        return None
    return f"{year}-{number:02d}-{int(day):02d}"


def _mention(text: str, start: int, end: int, iso: str) -> DateMention:
    window = max(0, start - LEAD_WINDOW)
    determiner = _DETERMINER.search(text, window, start)
    if determiner:
        word = determiner.group().strip().lower()
        return DateMention(start, end, start, iso, text[start:end], None, word)
    lead = _LEAD.search(text, window, start)
    if lead:
        words = lead.group().lower().split()
        word = "as of" if words[0] == "as" else words[0]
        return DateMention(lead.start(), end, start, iso, text[lead.start() : end], word, None)
    return DateMention(start, end, start, iso, text[start:end], None, None)
