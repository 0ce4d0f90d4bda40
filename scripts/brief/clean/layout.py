"""Give a dump back the line layout the later stages read: one block per line, and blank
lines between paragraphs.

The cleaner reads a line as one block (a paragraph, a heading, a menu item) and a run of lines
without a blank between them as a list (`blocks`). Two common ways a text dump loses that:

- **Hard wrapping**: every long line folded into lines of at most W columns (`fold -s`,
  `textwrap`, e-mail). A greedy wrapper breaks a line only where the next word would not fit,
  so a break is a wrap when the line plus the next word would run past W. W, and whether the
  wrapper measured characters, bytes or columns, are read off the dump itself: the width that
  explains the most breaks while (almost) no line is longer (`find_wrap`). A dump that was
  not wrapped has many lines longer than any such width (its paragraphs), so it is left
  alone. How the wrapper treated the space at a break (kept at the end of the line, dropped)
  and whether it cut inside words (`fold` without -s) is read off the dump too, and says
  which breaks are its own and what stood there (`is_wrap`, `joiner`).
- **No blank lines**: then a run holds the whole dump (or a long stretch of it) and says
  nothing about its blocks. Such a run is rebuilt from the lines' shape: a prose line stands
  alone (a paragraph), the lines between two prose lines form one run (a heading stands
  alone between two paragraphs, a menu stays a run of short lines).

Each function is a pure function of its input, and a dump with its blank-line layout intact
and no wrapping comes out unchanged.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from .blocks import (
    PARAGRAPH_SEPARATOR,
    Line,
    Row,
    goes_on_lower,
    paragraphs,
    raw_lines,
    split_lines,
    with_runs,
)
from .features import (
    RUNNING_WORDS,
    effective_length,
    ends_like_sentence,
    inner_punctuation,
    is_prose,
    is_running,
    word_count,
)

# Wrap widths considered, in columns: narrower is a list of short items, wider is a paragraph.
MIN_WIDTH = 30
MAX_WIDTH = 250
MIN_WRAPS = 2  # breaks a width must explain to be the dump's wrap width
# Lines longer than the width, per explained break, that a wrapped dump may have (a long
# address or a line the wrapper could not break); an unwrapped dump has its paragraphs.
OVER_SHARE = 0.25
MIN_FILL = 0.5  # a wrapped line fills at least this share of the width
# A wrapper breaks after a sentence's end about as often as sentences end, one word in 15 or
# so; lines that mostly end with one are one sentence each, not wrapped.
ENDED_SHARE = 0.5
# A wrapper that keeps the space leaves it on every wrapped line, and page dumps strip their
# lines, so the breaks that merely fit the width without one are the page's own.
KEEP_SHARE = 0.5  # see `find_wrap`
# A wrapper that cuts words fills every line but a paragraph's last; one that breaks at spaces
# and drops them (textwrap) fills a line exactly about one time in six, which looks the same as
# a cut (no space on either side). So cut lines must outnumber lines short of the width by this
# much: a textwrap dump whose few lines happen to fill it (and a long token, which every
# wrapper cuts) is not read as cut, which would glue its words together.
CUT_ODDS = 3

# A run this long lost its blank lines: page dumps separate every paragraph and heading, and
# their longest runs are menus and lists (up to ~200 short lines, which rebuilding keeps).
BLANK_FREE_RUN = 40

# Scripts written without spaces between words (Chinese, Japanese, fullwidth forms): a wrapper
# may break before any of their characters.
_SPACELESS = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef"
# The first word of a line as wrappers see it: up to an ASCII space or tab (a no-break space
# does not break; Chinese or Japanese text without spaces is one long word, which a wrapper
# cuts at the width when it is longer).
_FIRST_WORD = re.compile(r"[^ \t]*")
_LAST_WORD = re.compile(r"[^ \t]*$")
_BLANK = re.compile(r"[ \t]")
_SPACELESS_CHAR = re.compile(rf"[{_SPACELESS}]")


def _utf8_bytes(text: str) -> int:
    return len(text.encode("utf-8", "surrogatepass"))


# How wrappers measure a line: characters (textwrap, editors), UTF-8 bytes (coreutils fold on
# multibyte text), terminal columns (a Chinese, Japanese or Korean character takes two).
MEASURES: tuple[Callable[[str], int], ...] = (len, _utf8_bytes, effective_length)


def first_word(text: str) -> str:
    """The line's first word as a wrapper sees it (see _FIRST_WORD)."""
    return _FIRST_WORD.match(text.lstrip(" \t")).group(0)


def wrapped(line: Line) -> str:
    """The line as the wrapper saw it after a break: whitespace before its text that is no
    wrapper's blank (a no-break space, an ideographic space) is a word of its own to it."""
    return (line.lead + line.text).lstrip(" \t")


def wrap_span(
    line: str, following: str, measure: Callable[[str], int] = len, lead: int = 0
) -> tuple[int, int]:
    """[lo, hi]: the widths at which a greedy wrapper would break between these two lines.

    A width W explains the break when the line (after its `lead` indentation) fits, its length
    at most W, and the next word would not: the line, a space and the word reach W (`fold -s`
    also breaks when the word would end exactly at W and a blank follows).
    """
    n = lead + measure(line)
    return n, n + 1 + measure(first_word(following))


@dataclass(frozen=True, slots=True)
class Wrap:
    """How a dump was hard-wrapped."""

    width: int  # the widest a wrapped line may be
    measure: Callable[[str], int]  # how the wrapper measured a line, one of MEASURES
    keeps_space: bool  # it left the space of each break at the end of the line (`fold -s`)
    cuts_words: bool  # it cut lines at the width, inside words or not (`fold`)


Span = tuple[int, int] | None  # see `wrap_span`; None between lines of different runs


def fitted(line: Line) -> str:
    """The line as the wrapper fitted it into the width: whitespace at its end fills the line
    too, except the blank a wrapper that keeps it leaves at the break."""
    trail = line.trail[:-1] if line.trail[-1:] in (" ", "\t") else line.trail
    return line.text + trail


def first_words(lines: Sequence[Line]) -> list[str]:
    return [first_word(wrapped(line)) for line in lines]


def spans(
    lines: Sequence[Line], sizes: list[int], firsts: list[str], measure: Callable[[str], int]
) -> list[Span]:
    """The `wrap_span` of each break between consecutive lines (None across runs), from each
    line's size in `measure` and its first word (computed once per dump and measure)."""
    return [
        (
            measure(lines[i].lead) + sizes[i],
            measure(lines[i].lead) + sizes[i] + 1 + measure(firsts[i + 1]),
        )
        if lines[i + 1].run == lines[i].run
        else None
        for i in range(len(lines) - 1)
    ]


def best_width(lines: Sequence[Line], breaks: list[Span], sizes: list[int]) -> tuple[int, int]:
    """(score, width): the width explaining the most `breaks` (the lines' `spans`), less the
    lines longer than it (`sizes`: their lengths in the measure), among the widths that at
    least MIN_WRAPS breaks support and that few lines exceed (OVER_SHARE); the narrowest of
    equals. (0, 0) when there is none."""
    votes = [0] * (MAX_WIDTH + 2)
    for span in breaks:
        if span is not None:
            lo, hi = max(span[0], MIN_WIDTH), min(span[1], MAX_WIDTH)
            if lo <= hi:
                votes[lo] += 1
                votes[hi + 1] -= 1
    over = [0] * (MAX_WIDTH + 2)
    for line, size in zip(lines, sizes, strict=True):
        over[min(len(line.lead) + size, MAX_WIDTH + 1)] += 1
    longer = sum(over[MIN_WIDTH + 1 :])  # lines longer than the width being tried
    count = 0
    best = (0, 0)
    for width in range(MIN_WIDTH, MAX_WIDTH + 1):
        count += votes[width]
        if count >= MIN_WRAPS and longer <= OVER_SHARE * count and count - longer > best[0]:
            best = (count - longer, width)
        longer -= over[width + 1]
    return best


def find_wrap(lines: Sequence[Line]) -> Wrap | None:
    """How the dump was hard-wrapped, or None when it was not.

    For each measure, the width is its `best_width`; breaks after a complete sentence must be
    a minority of those it explains (ENDED_SHARE). The wrapper cut words (`fold` without
    -s) when, at the most common length of the lines the width explains (the width it cut
    at), it cut inside a word at CUT_ODDS times more full lines of several words than it broke
    such lines short of the width; then the measure's full lines count twice (a cut is exact
    only in the wrapper's own measure). The measure explaining the most breaks wins.

    The wrapper keeps the break's space when KEEP_SHARE of the breaks the width explains after
    a line with a space in it end in whitespace: then a line ending without one ended in the
    page too, unless it is one word cut at the width (see `is_cut`).

    A measure that gives every line (with the whitespace at its ends) the size an earlier one
    gave is skipped: it agrees on every part of every line too (ASCII text has as many bytes
    as characters; text without wide characters as many columns), so it would find the same,
    and cannot win a tie.
    """
    best: tuple[int, Wrap] | None = None
    firsts = first_words(lines)
    seen: list[list[int]] = []
    for measure in MEASURES:
        sizes = [measure(fitted(line)) for line in lines]
        whole = [measure(line.lead + line.text + line.trail) for line in lines]
        if whole in seen:
            continue
        seen.append(whole)
        breaks = spans(lines, sizes, firsts, measure)
        score, width = best_width(lines, breaks, sizes)
        if not width:
            continue
        explained = [
            (lines[i], lines[i + 1])
            for i, span in enumerate(breaks)
            if span is not None and MIN_FILL * width <= span[0] <= width <= span[1]
        ]
        ended = sum(ends_like_sentence(line.text) for line, _ in explained)
        if not explained or ended > ENDED_SHARE * len(explained):
            continue
        lengths = Counter(measure(line.lead + line.text + line.trail) for line, _ in explained)
        cut_at = max(lengths, key=lambda n: (lengths[n], n))
        # Lines of several words tell how the wrapper treats words: every wrapper cuts a word
        # longer than a line (a URL, a hostile token), so lines of one word say nothing, and a
        # line repeated (a long run of one short word) says it once.
        distinct = {pair[0].text: pair for pair in explained if _BLANK.search(pair[0].text)}
        worded = list(distinct.values())
        full = [is_full(line, following, cut_at, measure) for line, following in worded]
        cuts = sum(f and in_word(*pair) for f, pair in zip(full, worded, strict=True))
        cuts_words = cuts > CUT_ODDS * full.count(False)
        if cuts_words:
            score, width = score + sum(full), cut_at
        if best is None or score > best[0]:
            spaced = [bool(line.trail) for line, _ in explained if _BLANK.search(line.text)]
            keeps = sum(spaced) >= KEEP_SHARE * len(spaced)
            best = (score, Wrap(width, measure, keeps, cuts_words))
    return None if best is None else best[1]


def is_full(line: Line, following: Line, width: int, measure: Callable[[str], int] = len) -> bool:
    """The line, with the whitespace at its ends, fills the width: it fits, and the next
    character would not have.

    A byte-wise cut inside a character, mended by `read.decode`, moves the character's first
    bytes to the start of the next line: so the line may end short of the width, before that
    character, and its first character may hold bytes the line before had: it counts as one.
    """
    ends = measure(line.lead + line.trail)
    fitted = measure(line.text[1:]) + 1 + ends
    return fitted <= width < measure(line.text + following.text[0]) + ends


def in_word(line: Line, following: Line) -> bool:
    """The break between the two lines falls inside a word: no whitespace on either side,
    letters or digits on both."""
    return (
        not line.trail
        and not following.lead
        and line.text[-1].isalnum()
        and following.text[0].isalnum()
    )


def fits(
    line: str,
    following: str,
    width: int,
    measure: Callable[[str], int] = len,
    fill: float = MIN_FILL,
    lead: int = 0,
) -> bool:
    """A greedy wrapper at `width` would break here: the line fills the width as far as the
    next word allowed. Before a word longer than the width, which the wrapper puts on a line
    of its own however short the line before it, the line must fill at least `fill` of the
    width (a short line before an address is more often a label than a wrapped line); a word
    that fits a line breaks only a line that nearly fills it already. See `wrap_span`."""
    lo, hi = wrap_span(line, following, measure, lead)
    floor = fill * width if hi - lo - 1 > width else 0
    return floor <= lo <= width <= hi


def is_cut(line: str, following: str, width: int, measure: Callable[[str], int] = len) -> bool:
    """A word longer than the width cut where the width ran out: the line is one word, and the
    next character would not have fitted."""
    return not _BLANK.search(line) and measure(line) <= width < measure(line + following[:1])


def is_wrap(line: Line, following: Line, wrap: Wrap) -> bool:
    """The break between two lines of a run is the wrapper's, not the page's.

    A line that ends in whitespace was cut by the wrapper (page dumps strip their lines), so
    it need not fill the width: `fold -s` breaks Chinese or Japanese text at its last space,
    however early. A wrapper that keeps the space breaks without one only inside a word too
    long for a line.
    """
    if following.run != line.run:
        return False
    lead = wrap.measure(line.lead)
    if line.trail:
        return fits(fitted(line), wrapped(following), wrap.width, wrap.measure, 0, lead)
    if wrap.cuts_words:
        return is_full(line, following, wrap.width, wrap.measure)
    if wrap.keeps_space:
        return is_cut(line.text, following.text, wrap.width, wrap.measure)
    return fits(line.text, wrapped(following), wrap.width, wrap.measure, MIN_FILL, lead)


_HYPHEN_END = re.compile(r"\w-$")
_WORD_START = re.compile(r"^\w")


def joiner(line: Line, following: Line, wrap: Wrap) -> str:
    """What stood at a wrapped break: one space, unless the wrapper left no whitespace on
    either side of it and cut inside a word: a wrapper that cuts words at the width, a cut
    after a hyphen ("head-" / "hunting"), next to a character of a spaceless script (Chinese,
    Japanese), or inside a word longer than the width (a word that fits on a line is never
    broken)."""
    if line.trail or following.lead:
        return " "
    if wrap.cuts_words:
        return ""
    if _HYPHEN_END.search(line.text) and _WORD_START.match(following.text):
        return ""
    if _SPACELESS_CHAR.match(line.text[-1]) or _SPACELESS_CHAR.match(following.text[0]):
        return ""
    word = _LAST_WORD.search(line.text).group(0) + first_word(following.text)
    return "" if wrap.measure(word) > wrap.width else " "


def unwrap(lines: Sequence[Line], wrap: Wrap) -> list[Line]:
    """The lines with every wrapped line joined to the next one (see `joiner`)."""
    groups: list[list[Line]] = []
    for i, line in enumerate(lines):
        if i and is_wrap(lines[i - 1], line, wrap):
            groups[-1].append(line)
        else:
            groups.append([line])
    rows: list[Row] = []
    for group in groups:
        first, last = group[0], group[-1]
        parts = [first.text]
        for before, line in pairwise(group):
            parts += (joiner(before, line, wrap), line.text)
        span = sum(line.span for line in group)
        rows.append((first.lineno, "".join(parts), first.run, span, first.lead, last.trail))
    return with_runs(rows)


def blank_free_runs(lines: Sequence[Line]) -> set[int]:
    """Runs too long to be one list: BLANK_FREE_RUN lines or more, so the dump lost its blank
    lines there (all of them, or around one part of the page); or the whole dump when it is one
    run (a page dump sets its paragraphs apart, however short it is)."""
    sizes = Counter(line.run for line in lines)
    if len(sizes) == 1:
        return set(sizes)
    return {run for run, size in sizes.items() if size >= BLANK_FREE_RUN}


def prose_line(text: str) -> bool:
    """Shaped like running text (see `features.is_prose`)."""
    return is_prose(
        effective_length(text), word_count(text), ends_like_sentence(text), inner_punctuation(text)
    )


def runs_by_shape(lines: Sequence[Line], runs: set[int]) -> list[Line]:
    """The lines with the given runs rebuilt from the lines' shape: each prose line alone (a
    paragraph), the lines between two prose lines together (one heading alone, a menu as a run
    of short lines)."""
    prose = [line.run in runs and prose_line(line.text) for line in lines]
    rows: list[Row] = []
    part = 0
    for i, line in enumerate(lines):
        if i and (prose[i] or prose[i - 1]):
            part += 1
        run = (line.run, part) if line.run in runs else line.run
        rows.append((line.lineno, line.text, run, line.span, line.lead, line.trail))
    return with_runs(rows)


# Words that do not end a block of text: a line ending with one was broken mid-sentence.
_CONTINUES = frozenset(
    "a an the of to in into on at by for from with and or but nor as than that which whose".split()
)


_LIST_ITEM = re.compile(r"\s*(?:\(?\d{1,2}[.)]|\(?[a-z][.)]|[-–•*▪●◦])\s")

# Punctuation that continues what comes before it and so never starts a block of text.
_NO_START = frozenset(",;:)]}")


def broken(line: Line, following: Line) -> bool:
    """A line break inside a paragraph: a lone break a dump keeps from the page (a `<br>`, a
    line separator, a form feed) rather than one between blocks. The next line starts with
    punctuation that continues text (a comma, a colon, a closing bracket), or goes on in lower
    case (a sentence starts with a capital, so even after a full stop; not "eBay", "iPhone" or
    "de Blasio", which may start one); or the line does not end like a sentence or a clause and
    ends with a word that cannot end a block ("the", "of", "and"), or it is running text cut
    short (it holds a whole sentence and more after it) and the next line ends the sentence it
    started (a caption followed by a byline is not joined: the byline is no sentence)."""
    if following.run != line.run or PARAGRAPH_SEPARATOR in (line.text[-1], following.text[0]):
        return False
    first = following.text[0]
    if first in _NO_START:
        return True
    if goes_on_lower(following.text) and line.text[-1] not in ";:":
        return True
    if ends_like_sentence(line.text):
        return False
    last = line.text.rsplit(None, 1)[-1]
    if (
        last.lower() in _CONTINUES
        and (first.isalnum() or first in "\"'“‘(")
        and not (_LIST_ITEM.match(line.text) and _LIST_ITEM.match(following.text))
    ):  # (not "4. … within 30 days; and" then "5. That …": items of one list)
        return True
    return (
        line.run_len < BLANK_FREE_RUN  # a dump without blank lines ends paragraphs so
        and line.text[-1] not in ":\uff1a"  # "…, he said:" introduces a quote or a list
        and is_running(line.text, word_count(line.text))
        and word_count(following.text) >= RUNNING_WORDS
        and ends_like_sentence(following.text)
    )


def rejoin(lines: Sequence[Line]) -> list[Line]:
    """The lines with every `broken` line joined to the next by one space."""
    if not any(broken(a, b) for a, b in pairwise(lines)):
        return list(lines)
    groups: list[list[Line]] = []
    for i, line in enumerate(lines):
        if i and broken(lines[i - 1], line):
            groups[-1].append(line)
        else:
            groups.append([line])
    rows: list[Row] = []
    for group in groups:
        first, last = group[0], group[-1]
        text = " ".join(line.text for line in group)
        span = sum(line.span for line in group)
        rows.append((first.lineno, text, first.run, span, first.lead, last.trail))
    return with_runs(rows)


# Whitespace a wrapper carried; \x1c-\x1f count too, as `str.strip` drops them.
_BLANKS = re.compile(r"\s+")


def wrapper_blanks(raw: Sequence[str], wrap: Wrap) -> tuple[frozenset[int], frozenset[int]]:
    """Line numbers (1-based) of the blank lines a space-keeping wrapper made, as (carried,
    leading). `fold -s` breaks after the last blank that fits, so it puts blanks on a line of
    their own in two places: those that did not fit after a full line (carried over), and
    those before a word too long to follow them (an indentation before a long token: leading).
    Either looks like a paragraph break. Read so only when every blank line of the dump is
    one or the other: a dump whose paragraphs are set apart has blank lines after short lines
    and before ordinary words, and one of them may follow a full line by chance."""
    none: tuple[frozenset[int], frozenset[int]] = (frozenset(), frozenset())
    if not wrap.keeps_space:
        return none
    carried, leading = set(), set()
    for n in range(1, len(raw)):
        if raw[n].strip():
            continue
        if not _BLANKS.fullmatch(raw[n]):
            return none
        before, after = raw[n - 1], raw[n + 1] if n + 1 < len(raw) else ""
        if before.strip() and wrap.measure(before) >= wrap.width:
            carried.add(n + 1)
        elif after.strip() and wrap.measure(raw[n] + first_word(after)) > wrap.width:
            leading.add(n + 1)
        else:
            return none
    return frozenset(carried), frozenset(leading)


def lines_of(text: str) -> list[Line]:
    """The dump's lines as the later stages read them: split (`blocks.split_lines`, again
    without the blank lines a wrapper made, see `wrapper_blanks`), then `restore`d."""
    lines = split_lines(text)
    wrap = find_wrap(lines)
    if wrap is not None:
        carried, leading = wrapper_blanks(raw_lines(text), wrap)
        if carried or leading:
            lines = split_lines(text, carried, leading)
    return rebuild(lines, wrap)


def restore(lines: Sequence[Line]) -> list[Line]:
    """The dump's lines with wrapped lines joined, lines broken inside a sentence joined, the
    runs of a dump that lost its blank lines rebuilt from the lines' shape, and then cut at
    paragraph separators (a wrapper counts one as a character of its line; a dump without
    blank lines is told by its whole runs)."""
    return rebuild(lines, find_wrap(lines))


def rebuild(lines: Sequence[Line], wrap: Wrap | None) -> list[Line]:
    """`restore` with the dump's wrap already known (`find_wrap`, None when not wrapped)."""
    restored = rejoin(unwrap(lines, wrap) if wrap else list(lines))
    runs = blank_free_runs(restored)
    return paragraphs(runs_by_shape(restored, runs) if runs else restored)
