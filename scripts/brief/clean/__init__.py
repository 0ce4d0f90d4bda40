"""The article cleaner: from a whole-page text dump to the article's title, headings and
paragraphs, each kept verbatim with its line number.

    from brief.clean import clean
    cleaned = clean(text)  # -> brief.model.Cleaned; raises NoArticleError

The stages are small pure functions, each in its own module: `blocks` (lines and their runs),
`layout` (hard-wrapped lines joined, runs rebuilt where the dump lost its blank lines),
`features` (per-line signals), `footer` (feed footer), `comments` (where the comment thread
begins), `region` (the article's stretch),
`labels` (paragraphs and headings inside it) and `title` (the headline above it).
"""

from __future__ import annotations

import re

from brief.errors import NoArticleError
from brief.model import Block, Cleaned

from .blocks import Line
from .boilerplate import furniture
from .comments import comment_thread_start
from .dated_box import dated_box
from .features import Features, compute, foreign
from .footer import find_feed_footers, footer_of
from .labels import Kind, among_short, has_text, label_region
from .layout import lines_of
from .recipe import recipe_card
from .region import BARRIER, choose_region, line_weight, main_script, widen
from .title import find_title

__all__ = ["clean"]

# The shortest article in the public corpus has 42 words over several sentences; a lone
# headline left over from a sidebar has one sentence. Below both limits there is no article.
MIN_WORDS = 30
MIN_SENTENCE_ENDS = 2
_WORD = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"[.!?。！？…](?=\s|$|[\"'”’»)])")


def _require_enough_text(paragraphs: list[str]) -> None:
    words = sum(len(_WORD.findall(p)) for p in paragraphs)
    ends = sum(len(_SENTENCE_END.findall(p)) for p in paragraphs)
    if words < MIN_WORDS and ends < MIN_SENTENCE_ENDS:
        raise NoArticleError(
            f"no article found: the best candidate is {words} words in {len(paragraphs)} "
            "block(s), too little to be an article"
        )


def _dump_lines(lines: list[Line]) -> int:
    """Non-blank lines of the dump these lines hold (a joined hard-wrapped line holds several)."""
    return sum(line.span for line in lines)


def clean(text: str) -> Cleaned:
    """The article in `text`: title (when found), headings and paragraphs in dump order."""
    lines = lines_of(text)
    feats = compute(lines)
    footers = find_feed_footers(lines)
    script = main_script(feats)
    first_prose = next((i for i, f in enumerate(feats) if f.prose), len(lines))
    thread = comment_thread_start(lines, first_prose)
    # Strict first; if that finds no prose paragraph, let prose that shares its run with short
    # lines count too (pages whose text sits in one <br>-broken block); a region of short
    # sentences only is the last resort.
    found: list[dict[int, Kind]] = []
    for strict in (True, False):
        weights = [line_weight(f, script, strict) for f in feats]
        for footer in footers:  # the article ends at its feed footer
            weights[footer.index] = BARRIER
        if thread is not None:  # and before its comments
            weights[thread:] = [BARRIER] * (len(weights) - thread)
        span = choose_region(weights)
        if span:
            span = widen(span, feats, weights, script, strict)
        kinds = label_region(lines, feats, *span, script, strict) if span else {}
        paragraphs = [feats[i] for i, kind in kinds.items() if kind == "paragraph"]
        if any(f.prose for f in paragraphs):
            break
        if any(has_text(f) for f in paragraphs):
            found.append(kinds)
    else:
        if not found:
            raise NoArticleError(
                f"no article found: none of the dump's {_dump_lines(lines)} non-blank lines reads "
                "as running text"
            )
        kinds = found[0]
    kinds.update(recipe_card(lines, max(kinds) + 1))  # a recipe's card after the post
    kinds.update(dated_box(lines, max(kinds) + 1))  # its timeline or schedule after it
    teasers = _drop_teaser_lists(lines, kinds)  # first: a bio closes the article before them
    dropped = {**_drop_furniture(lines, kinds), **teasers}
    body = sorted(kinds)
    _require_enough_text([lines[i].text for i in body if kinds[i] == "paragraph"])
    footer = footer_of(footers, body[-1])
    title = find_title(lines, feats, body, footer.title if footer else None)
    blocks = []
    if title is not None:
        blocks.append(Block(kind="title", text=lines[title].text, line=lines[title].lineno))
    for i in body:
        blocks.append(Block(kind=kinds[i], text=lines[i].text, line=lines[i].lineno))
    total = _dump_lines(lines)
    kept = _dump_lines([lines[i] for i in body]) + (lines[title].span if title is not None else 0)
    return Cleaned(
        blocks=blocks,
        lines_total=total,
        lines_dropped=total - kept,
        publisher=footer.publisher if footer else None,
        dropped_text=_dropped_text(
            feats, set(kinds) | {title}, (body[0], body[-1] + 1), script, dropped
        ),
    )


def _drop_furniture(lines: list[Line], kinds: dict[int, Kind]) -> dict[int, str]:
    """Take captions, promotions and the closing bio out of `kinds` (see `boilerplate`; a short
    caption may have been read as a heading); return why each went. An article made of nothing
    else keeps them: a brief needs some text."""
    paragraphs = [i for i in sorted(kinds) if kinds[i] == "paragraph"]
    reasons = {}
    after = 0  # the article's paragraphs after this block that are not furniture themselves:
    for i in sorted(kinds, reverse=True):  # two bios then a copyright line all close it
        reason = furniture(lines[i].text, after)
        if reason is not None:
            reasons[i] = reason
        elif kinds[i] == "paragraph":
            after += 1
    if all(i in reasons for i in paragraphs):
        return {}
    for i in reasons:
        del kinds[i]
    return reasons


# A page's list of other stories, named by its heading: "Most Popular", "Most read",
# "Trending", "Related coverage", "Read more", "More from …", "Recommended for you".
_TEASER_HEADING = re.compile(
    r"(?:most\s+(?:popular|read|viewed|shared|emailed|commented)|trending(?:\s+now)?|top\s+stories"
    r"|popular(?:\s+now|\s+stories)?|read\s+(?:more|next)|related(?:\s+(?:coverage|stories"
    r"|articles|content|links|reading))?|recommended"
    r"(?:\s+for\s+you)?|you\s+may\s+also\s+like|editor['’]?s\s+picks?|what\s+to\s+read\s+next)"
    r"\s*:?",
    re.IGNORECASE,
)
TEASER_WORDS = 15  # a teaser is a headline: a short line


def _drop_teaser_lists(lines: list[Line], kinds: dict[int, Kind]) -> dict[int, str]:
    """Take out of `kinds` a run of short lines kept right under a heading that names a list of
    other stories ("Most Popular", then "1. Harbor Street to close …"): the page's teasers,
    numbered as an article's list would be. Return why each went."""
    reasons: dict[int, str] = {}
    body = sorted(kinds)
    for n, i in enumerate(body):
        j = i - 1
        while j >= 0 and not lines[j].text.strip():
            j -= 1
        if j < 0 or j in kinds or not _TEASER_HEADING.fullmatch(lines[j].text.strip()):
            continue
        if any(len(lines[k].text.split()) > TEASER_WORDS for k in body[n:]):
            continue  # the article goes on after it: a box inside it, left as it is
        for k in body[n:]:
            reasons[k] = OUTSIDE
        break
    for k in reasons:
        del kinds[k]
    return reasons


# Why a line that reads like text was not kept, in the order the reasons are tested.
OUTSIDE = "outside the article's stretch of text (comments, related stories, sidebars)"
REPEATED = "repeated elsewhere on the page (teasers, captions, boilerplate)"
FOREIGN = "in another writing system than the article"
AMONG_SHORT = "among short lines (a caption and its credit, a teaser, a list)"
OTHER = "not shaped like a paragraph or a heading"


def _dropped_text(
    feats: list[Features],
    kept: set,
    span: tuple[int, int],
    script: str | None,
    reasons: dict[int, str],
) -> dict[str, int]:
    """How many dropped lines read like text (prose, or a sentence standing alone), by reason:
    the Source & method page says what the cleaner left out, so nothing goes silently."""
    counts: dict[str, int] = {}
    for i, f in enumerate(feats):
        if i in reasons:  # page furniture inside the stretch
            reason = reasons[i]
        elif i in kept or not has_text(f):
            continue
        elif not span[0] <= i < span[1]:
            reason = OUTSIDE
        elif f.repeat > 1:
            reason = REPEATED
        elif foreign(f, script):
            reason = FOREIGN
        elif among_short(f):
            reason = AMONG_SHORT
        else:
            reason = OTHER
        counts[reason] = counts.get(reason, 0) + 1
    return counts
