"""A box of dated lines right after the article: its timeline or its schedule is the article's.

News pages close a story with a box a reader uses as much as the text: "Key dates", "Timeline:
Durban's bottleneck", "UPCOMING BUDGET MEETINGS", one line per event that opens on its date and
says what happened or will happen after a colon or a dash ("1 April 2025 – Rail manager
formally separated", "- Tuesday, Dec. 2, 6 p.m.: Truth in Taxation public hearing"). Its short
lines weigh against it in the region (`region`), as a recipe card's do (`recipe`). A site's
news list looks alike ("Sept. 16, 2025 – Girls soccer blanks Northfield", under "Previous
coverage", "Crime & Courts", "Today in History" or no heading at all), so the box is read only
right after the article's last line, under a heading that names a timeline or a schedule, and
as two or more such lines in a row."""

from __future__ import annotations

import re

from .blocks import Line
from .labels import MAX_HEADING_WORDS, Kind

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+"
# a day: "Tuesday, Sept. 23", "1 April 2025"
_DAY = (
    rf"(?:{_WEEKDAY})?(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}\s+{_MONTH})"
    r"(?:,?\s+\d{4})?"
)
# an hour: "6:30 p.m.", "noon" (the cleaner reads no extractor: `labels._TIME`, any case)
_HOUR = r"(?:\d{1,2}(?:[:.]\d\d)?\s?(?:a\.m\.|p\.m\.|am|pm)|(?i:noon|midday|midnight))"
_OPENS = r"\s?(?::|\s[–—-])\s+\S"  # what opens a line's text: a colon or a dash
# a line's date: "Tuesday, Sept. 23, noon", "1 April 2025", "May 2022", "Mid-November", "2019",
# with an hour or two ("9 a.m. to 1 p.m."), then its text
_ENTRY = re.compile(
    rf"(?:[-•*–]\s+)?(?:{_DAY}|(?:(?:Early|Mid|Late)[-\s])?{_MONTH}(?:\s+\d{{4}})?|(?:1[89]|20)\d\d)"
    rf"(?:,?\s+{_HOUR}(?:\s*(?:to|until|-|–)\s*{_HOUR})?)?{_OPENS}"
)
# a day standing alone over the hours of a timeline ("Sunday, Oct. 18"), and an hour's line
# under it ("2 a.m. – Kidlat enters PAR", "10:20 a.m.: Second landfall")
DAY_LINE = re.compile(_DAY)
HOUR_LINE = re.compile(_HOUR + _OPENS)
# a fixture under its day ("URC: Cardiff v Munster, Cardiff Arms Park, 5.30pm")
FIXTURE_LINE = re.compile(r"\b[A-Z][\w’'.&()-]*\s+(?:v|vs\.?)\s+[A-Z]")
# the heading of the story's own timeline or schedule ("Key dates in the case", "Timeline:
# Durban's bottleneck", "UPCOMING BUDGET MEETINGS", "What happens next"); a site's dated link
# lists ("Previous coverage", "Crime & Courts", "Today in History", "Community Calendar") have
# other headings, or none
_BOX_HEADING = re.compile(
    r"(?i)\b(?:timeline|chronology|key\s+(?:dates|events|moments)|dates?\s+to\s+(?:know|watch)"
    r"|meetings|hearings|what\s+happens\s+next|what['’]s\s+next|next\s+steps|fixtures"
    r"|how\s+we\s+got\s+here|the\s+story\s+so\s+far|milestones|deadlines|key\s+dates)\b"
)
MIN_ENTRIES = 2
MAX_ENTRIES = 40
MAX_ENTRY_LENGTH = 300


def dated_box(lines: list[Line], after: int) -> dict[int, Kind]:
    """{line index: kind} of a box of dated lines under a timeline's or a schedule's heading at
    `after` (the first line past the article): the heading as a heading, each line as a
    paragraph (a day over a timeline's hours too); {} when there is none."""
    if after >= len(lines):
        return {}
    text = lines[after].text
    if (
        len(text.split()) > MAX_HEADING_WORDS
        or text.rstrip().endswith((".", "?", "!"))
        or not _BOX_HEADING.search(text)
    ):
        return {}
    heading, start = after, after + 1
    end, entries, day = start, 0, False
    while end < len(lines) and end - start < MAX_ENTRIES:
        text = lines[end].text
        if _is_entry(text):
            entries += 1
        elif DAY_LINE.fullmatch(text.strip()):
            day = True  # the hours under it are its entries
        elif not (
            day
            and len(text) <= MAX_ENTRY_LENGTH
            and (HOUR_LINE.match(text) or FIXTURE_LINE.search(text))
        ):
            break
        else:
            entries += 1
        end += 1
    if entries < MIN_ENTRIES:
        return {}
    kinds: dict[int, Kind] = {i: "paragraph" for i in range(start, end)}
    if heading is not None:
        kinds[heading] = "heading"
    return kinds


def _is_entry(text: str) -> bool:
    return len(text) <= MAX_ENTRY_LENGTH and _ENTRY.match(text) is not None
