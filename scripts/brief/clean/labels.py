"""Inside the chosen region, tell paragraphs and headings from leftovers (ad labels, captions).

A paragraph is a prose-shaped line, or a short sentence standing on its own. A heading is a
short line that is not a sentence, stands between blank lines (an h2/h3 in the page), occurs
once, and sits right between two paragraphs. Items of a numbered list are kept too, and so
are those of a list a colon introduces and semicolons punctuate (`_punctuated_list`) or
bullets mark (`_bulleted_list`). Everything
else in the region (ad labels, captions and credits, related links) is dropped.
"""

from __future__ import annotations

import re
from typing import Literal

from .blocks import Line
from .features import Features, foreign

Kind = Literal["heading", "paragraph"]

MAX_HEADING_WORDS = 15
MAX_HEADING_LENGTH = 120
MIN_SENTENCE_WORDS = 3
SUBHEADING_WORDS = 4  # a heading stacked on a subheading: both short, as section titles are
# A section title: opens on a capital, has a lower-case letter (not an ad's "ADVERTISEMENT"),
# no digit ("4 min") and no ellipsis ("Loading...")
_TITLE_LIKE = re.compile(r"[A-Z](?=[^\d]*[a-z])[^\d.…]*")
# Page furniture that stacks above a subheading: ad labels, players, picture credits
_FURNITURE_WORDS = re.compile(
    r"\b(?:advertisement|advertising|sponsored|loading|listen|image|images|photo|picture"
    r"|credit|source|video|watch|getty|reuters|afp|media|story\s+continues|skip|statement)\b",
    re.IGNORECASE,
)
# Prose in a run of lines counts only when prose is the majority of the run: measured on the
# tuning pages, prose sharing a run half-and-half or less with short lines was a caption and
# its credit, a teaser, a bio, a cookie or newsletter notice (2 article lines out of ~70).
RUN_PROSE = 0.51


def among_short(f: Features) -> bool:
    """Prose in a run of mostly short lines: a caption with its credit, a teaser in a link
    list, a bio in a footer (`features.run_weight`: a long prose line weighs more)."""
    return f.prose and f.run_prose < RUN_PROSE


def is_paragraph(f: Features, script: str | None, strict: bool = True) -> bool:
    """Prose in the article's own script that the page does not repeat.

    Prose in a run of mostly short lines is a caption with its credit, a teaser in a link
    list or a bio in a footer, not a paragraph (unless `strict` is off: the fallback for
    pages whose only text sits in such a run). A short sentence counts when it stands alone
    (a one-line paragraph such as "A spokesperson declined to comment.").
    """
    if foreign(f, script) or f.repeat > 1:
        return False
    if f.prose:
        return not among_short(f) or not strict
    return short_sentence(f)


def has_text(f: Features) -> bool:
    """Running text, as opposed to a list item: what makes a region an article."""
    return f.prose or short_sentence(f)


def short_sentence(f: Features) -> bool:
    """A short line standing alone and ending like a sentence (or introducing a list), or
    running text standing alone whatever it ends with (`features.is_running`)."""
    return f.standalone and (f.sentence or f.intro or f.running) and f.words >= MIN_SENTENCE_WORDS


# "Label: text" (Related: ..., Photo: ..., Read more: ...) is a link or a credit, not a heading.
_LABEL = re.compile(r"^\W*\w+(?:[ \u00a0]\w+)?\s*:\s+\S")
# Handles and addresses belong to bylines and share boxes.
_HANDLE = re.compile(r"@\w|https?://|www\.", re.IGNORECASE)
# A count in brackets at the end ("View all (23)", "Comments (4)", "Photos [12]") labels a
# button or a tab: headings do not count their contents.
_COUNT = re.compile(r"[(\[]\s*\d[\d,.]*\s*[)\]]$")


def is_heading_text(text: str) -> bool:
    """Text a section heading can have: not a labelled link or credit, no handle or URL, no
    count of items."""
    return not (_LABEL.search(text) or _HANDLE.search(text) or _COUNT.search(text.rstrip()))


def is_heading_shaped(f: Features) -> bool:
    """A short, single, unpunctuated line standing on its own."""
    return (
        f.standalone
        and f.repeat == 1
        and not f.sentence
        and 0 < f.words <= MAX_HEADING_WORDS
        and f.length <= MAX_HEADING_LENGTH
        and f.script is not None
    )


def label_region(
    lines: list[Line],
    feats: list[Features],
    start: int,
    end: int,
    script: str | None,
    strict: bool = True,
) -> dict[int, Kind]:
    """{line index: kind} for the kept lines of region [start, end).

    Numbered list items are kept whatever their length (as headings when heading-shaped:
    "3. Take inventory"). Another heading must have a paragraph right before and right after
    it: a line between a heading and a paragraph is more often an image caption than a
    second heading.
    """
    kinds: dict[int, Kind] = {}
    for i in range(start, end):
        if is_paragraph(feats[i], script, strict):
            kinds[i] = "paragraph"
    for i in range(start, end):
        f = feats[i]
        if f.numbered and f.repeat == 1 and i not in kinds and not foreign(f, script):
            kinds[i] = "heading" if is_heading_shaped(f) else "paragraph"
    for i in range(start, end):
        f = feats[i]
        if f.intro and f.words >= 2 and (i in kinds or _item(f, script)):
            items = (
                _punctuated_list(lines, feats, i + 1, end, script)
                or _dated_list(lines, feats, i + 1, end, script)
                or _bulleted_list(lines, feats, i + 1, end, script, f.prose)
            )
            for j in items:
                kinds[j] = "paragraph"
            if items and i not in kinds:  # "It includes:" run together with its items
                kinds[i] = "paragraph"
    for i in range(start, end):
        if i not in kinds and kinds.get(i - 1) == "paragraph":
            for j in _run_of(_TIMED_ITEM, lines, feats, i, end, script):
                kinds[j] = "paragraph"
    for i in range(start, end):
        f = feats[i]
        if (
            i not in kinds
            and kinds.get(i - 1) == "paragraph"
            and kinds.get(i + 1) == "paragraph"
            and is_heading_shaped(f)
            and is_heading_text(lines[i].text)
            and not foreign(f, script)
        ):
            kinds[i] = "heading"
    for i in range(start, end - 1):
        # a heading and its subheading ("Recommendations" / "For Congress") between two
        # paragraphs: two short heading lines in a row, each at most SUBHEADING_WORDS words
        pair = (i, i + 1)
        if (
            kinds.get(i - 1) == "paragraph"
            and kinds.get(i + 2) == "paragraph"
            and all(
                j not in kinds
                and is_heading_shaped(feats[j])
                and feats[j].words <= SUBHEADING_WORDS
                and is_heading_text(lines[j].text)
                and _TITLE_LIKE.fullmatch(lines[j].text.strip())
                and not _FURNITURE_WORDS.search(lines[j].text)
                and not foreign(feats[j], script)
                for j in pair
            )
        ):
            kinds[i] = kinds[i + 1] = "heading"
    return kinds


# An item of a list the sentence before introduces with a colon, punctuated as English lists
# are: "…;" (or "…; and", "…; or") after each item but the last, which ends the sentence.
_ITEM_GOES_ON = re.compile(r"[;；](?:\s+(?:and|or))?$")
MIN_LIST_ITEMS = 2  # items ending in ";" before the last: one alone is no list


def _punctuated_list(
    lines: list[Line], feats: list[Features], start: int, end: int, script: str | None
) -> range:
    """The lines from `start` that are the items of a list introduced by the line before it
    ("The package includes:" then "120 new nurse posts;", "40 mobile clinics;", "a helpline."),
    or an empty range. However short, they are the article's text, and so is the line that
    introduces them: English punctuates a menu or a link list this way nowhere."""
    j = start
    while j < end and _ITEM_GOES_ON.search(lines[j].text) and _item(feats[j], script):
        j += 1
    if j - start < MIN_LIST_ITEMS or j >= end or not _item(feats[j], script):
        return range(0)
    return range(start, j + 1) if feats[j].sentence else range(0)  # the last item ends it


# A line of a schedule or a log a colon introduces: it opens on its day ("Sunday, May 4, 9:30
# a.m. to 1 p.m.: Grace Fellowship Church, …", "12 October 2025 – Gale-force winds close port")
_DATED_ITEM = re.compile(
    r"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b"
    r"|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b)"
)


def _dated_list(
    lines: list[Line], feats: list[Features], start: int, end: int, script: str | None
) -> range:
    """The lines from `start` that each open on a day, after a line that introduces them with
    a colon ("Anyone who was at the following locations … may have been exposed:"): a
    schedule's or a log's entries, the article's text however short (a site's news list is
    introduced by a heading, not by a sentence with a colon)."""
    return _run_of(_DATED_ITEM, lines, feats, start, end, script)


# A line of a schedule: a day, its hours and a colon ("Saturday, May 10, 9 a.m. to 2 p.m.:
# Millbrook High School gym"); no menu or teaser list gives hours. (The cleaner reads no
# extractor, so the time of day is written here as `extract.dates.TIME_OF_DAY` writes it.)
_TIME = r"(?:\d{1,2}(?:[:.]\d\d)?\s?(?:a\.m\.|p\.m\.|(?:am|pm)\b)|noon\b|midday\b|midnight\b)"
_TIMED_ITEM = re.compile(
    _DATED_ITEM.pattern + rf"(?:,\s+\d{{4}})?,?\s+{_TIME}(?:\s*(?:to|until|-|–)\s*{_TIME})?\s?:\s"
)


# A promotion's lead-in: its bullets sell the site, not the article's point
_PROMO = re.compile(
    r"\b(?:newsletters?|subscri\w*|sign\s+up|download|our\s+app|follow\s+us|podcasts?)\b",
    re.IGNORECASE,
)
# A bulleted item that says something: a marker, then four words or more
_BULLETED = re.compile(r"[-–•*▪●◦]\s+\S+(?:\s+\S+){3}")
_BULLETED_LOWER = re.compile(r"[-–•*▪●◦]\s+[a-z]")


def _bulleted_list(
    lines: list[Line],
    feats: list[Features],
    start: int,
    end: int,
    script: str | None,
    after_text: bool,
) -> range:
    """The bulleted lines from `start` that finish the sentence the line before introduces
    with a colon ("Among them, the trust must:" then "- ensure medicines … are stored
    safely"): two or more items of four words or more, after running text (`after_text`)
    or each going on in lower case, as no menu's or teaser list's entries do."""
    run = _run_of(_BULLETED, lines, feats, start, end, script)
    if run and _PROMO.search(lines[start - 1].text):
        return range(0)  # "You can get our business newsletter every morning with:"
    if not run or after_text:
        return run
    return run if all(_BULLETED_LOWER.match(lines[j].text) for j in run) else range(0)


def _run_of(
    item: re.Pattern[str],
    lines: list[Line],
    feats: list[Features],
    start: int,
    end: int,
    script: str | None,
) -> range:
    """The lines from `start` that each match `item`, two or more of them (a schedule's
    lines, `_TIMED_ITEM`, stand after a paragraph with no introduction)."""
    j = start
    while j < end and item.match(lines[j].text) and _item(feats[j], script):
        j += 1
    return range(start, j) if j - start >= MIN_LIST_ITEMS else range(0)


def _item(f: Features, script: str | None) -> bool:
    return f.words >= 1 and f.repeat == 1 and not foreign(f, script)
