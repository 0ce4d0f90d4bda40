"""Choose the article: the densest contiguous stretch of prose in the dump.

An article is one stretch of paragraphs; menus, link lists and footers around it are runs of
short lines. Each line gets a weight (prose counts for, short and repeated lines against) and
the dense stretches are those with the largest totals (maximum-sum subarrays). Small
interruptions inside the article (an ad label, two related links) cost less than the
paragraphs after them gain, so a stretch bridges them; a long menu or a sidebar does not get
bridged. Of the stretches, the first heavy one is the article: comments come after it. A
paragraph of several sentences cut off from the stretch by a few standalone labels (an ad
label, a related link, a heading) is still the article's: see `widen`.
"""

from __future__ import annotations

from collections import Counter

from .features import SHORT, Features, foreign
from .labels import among_short, is_paragraph, short_sentence

BARRIER = float("-inf")

# Weights, in units of "one line of boilerplate". A prose line counts one unit per PROSE_UNIT
# characters, so a long paragraph outweighs a handful of ad labels between two paragraphs,
# while a menu of twenty items outweighs a stray teaser.
PROSE_UNIT = 80
PROSE_CAP = 500
W_SHORT_SENTENCE = 0.3
W_NUMBERED = 1.0
W_MEDIUM_SENTENCE = 0.2
W_MEDIUM = -0.3
W_SHORT = -0.5
W_SHORT_RUN = -0.5  # extra, scaled by the share of short lines in the line's run
W_REPEATED = -1.0
W_REPEATED_PROSE = -0.5
W_OTHER_SCRIPT = -1.0
FIRST_RATIO = 0.5  # see `choose_region`
MAX_EARLIER = 8
# Lines a paragraph of running text may be cut off from the stretch by: an ad label,
# a stray fragment and a heading. The public corpus is unchanged by it (F1 0.957 with 2 to 4;
# 10 takes in comments); in a 10,000-seed fuzz run it keeps 13 of 23 seeds' lost paragraphs.
BRIDGE = 3


def main_script(feats: list[Features]) -> str | None:
    """The writing system of most prose in the dump (by length)."""
    weight: Counter[str] = Counter()
    for f in feats:
        if f.prose and f.script:
            weight[f.script] += f.length
    return weight.most_common(1)[0][0] if weight else None


def line_weight(f: Features, script: str | None, strict: bool = True) -> float:
    """How much a line speaks for being inside the article (positive) or outside (negative).

    With `strict`, prose inside a run of mostly short lines (captions, teasers) counts for
    nothing; see `labels.is_paragraph`.
    """
    if foreign(f, script):
        return W_OTHER_SCRIPT
    if f.prose:
        if f.repeat > 1:
            return W_REPEATED_PROSE
        if strict and among_short(f):
            return 0.0
        return min(f.length, PROSE_CAP) / PROSE_UNIT
    if f.repeat > 1:
        return W_REPEATED
    if f.numbered:
        return W_NUMBERED
    if short_sentence(f):
        return W_SHORT_SENTENCE
    if f.length < SHORT:
        return W_SHORT + W_SHORT_RUN * f.run_short
    if f.sentence:
        return W_MEDIUM_SENTENCE
    return W_MEDIUM


def best_region(weights: list[float]) -> tuple[int, int] | None:
    """[start, end) of the maximum-sum stretch; None when no stretch has a positive sum.

    A weight of BARRIER (-inf) can never be inside the stretch.
    """
    best, best_span = 0.0, None
    total, start = 0.0, 0
    for i, w in enumerate(weights):
        if total <= 0:
            total, start = 0.0, i
        total += w
        if total > best:
            best, best_span = total, (start, i + 1)
    return best_span


def choose_region(weights: list[float]) -> tuple[int, int] | None:
    """The article's stretch: the first dense stretch that weighs at least FIRST_RATIO of the
    heaviest one.

    Pages put the article before its comments, related stories and sidebars; a long comment
    thread can outweigh a short article, but rarely by more than twice.
    """
    span = best_region(weights)
    if span is None:
        return None
    threshold = FIRST_RATIO * sum(weights[span[0] : span[1]])
    for _ in range(MAX_EARLIER):
        earlier = best_region(weights[: span[0]])
        if earlier is None or sum(weights[earlier[0] : earlier[1]]) < threshold:
            break
        span = earlier
    return span


def widen(
    span: tuple[int, int],
    feats: list[Features],
    weights: list[float],
    script: str | None,
    strict: bool = True,
) -> tuple[int, int]:
    """The stretch widened, on either side, over paragraphs of running text (a whole sentence
    of RUNNING_WORDS words and more after it: not a standfirst, a caption, a teaser or a line of
    results) that at most BRIDGE non-prose lines set apart from it.

    Each such line costs about a unit in `line_weight`, so a short paragraph behind an ad
    label, a stray link and a heading weighs less than its gap; yet a page does not put a
    paragraph of the article's running text among its labels, and a menu or a link list is
    longer than that. A feed footer (BARRIER) is never crossed.
    """

    def paragraph(i: int) -> bool:
        f = feats[i]
        return f.prose and f.running and weights[i] != BARRIER and is_paragraph(f, script, strict)

    def gap(i: int) -> bool:
        return not feats[i].prose and weights[i] != BARRIER

    start, end = span
    while True:
        i = start - 1
        while i >= 0 and start - i <= BRIDGE and gap(i):
            i -= 1
        if not (0 <= i < start - 1 and paragraph(i)):
            break
        start = i
    while True:
        i = end
        while i < len(feats) and i - end < BRIDGE and gap(i):
            i += 1
        if not (end < i < len(feats) and paragraph(i)):
            break
        end = i + 1
    return start, end
