"""Split a page dump into its non-blank lines, keeping the dump's blank-line layout.

The dumps come from HTML: every block element starts a line, and only p, h1-h6 and blockquote
are set apart by a blank line. So a line standing between blank lines was most likely a
paragraph or a heading, while a *run* of lines without blanks was a list, a menu or a table.
Each `Line` records its run, which the later stages use as a cheap, language-free signal.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Hashable, Sequence
from dataclasses import dataclass

# Every separator a dump can hold has one meaning here:
# - the dump's own line end ends a line: \n or \r\n, or, in a dump that uses neither, a lone
#   \r (old Macs) or NEL U+0085 (the newline of EBCDIC text), whichever it uses more. In a dump
#   that ends its lines otherwise, a lone \r or NEL is a stray break inside a line (a page's
#   `<br>` copied from another program), as below;
# - the paragraph separator U+2029 ends a paragraph: it counts as a blank line, once hard-wrapped
#   lines are joined (a wrapper counts it as a character of the line: `paragraphs`);
# - the others break a line *inside* a paragraph and stay in its text (the page shows them as a
#   space): the line separator U+2028 is by definition one, Word writes a vertical tab for a
#   manual line break, a PDF's text a form feed at a page break, and file/group/record
#   separators (U+001C-U+001E) mark nothing in a page. `str.splitlines` would split on all of
#   them and cut a paragraph into pieces that no longer read as text.
_BREAKS = {
    "\n": re.compile(r"(?:\r\n|\n)"),
    "\r": re.compile(r"\r(?!\n)"),
    "\x85": re.compile(r"\x85"),
}
PARAGRAPH_SEPARATOR = "\u2029"
# Characters that show nothing and are not whitespace to `str.strip`: zero-width space,
# non-joiner and joiner, word joiner, byte-order mark (zero-width no-break space).
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
# Whitespace a line is stripped of: all of it but U+2029, which marks where a paragraph ends.
_WHITESPACE = "".join(
    c for c in map(chr, range(0x3001)) if c.isspace() and c != PARAGRAPH_SEPARATOR
)


# A word that goes on a text in lower case: lower-case letters only, in any script (a sentence
# may start "eBay", "iPhone", "pH"), and not a name's particle ("de Blasio").
_NAME_PARTICLE = re.compile(
    r"(?:de|da|van|von|der|den|di|du|le|la|al|el|bin|ibn|del|della|dos|das|ter|ten)\s+[A-Z]"
)
_FIRST_WORD = re.compile(r"[^\W\d_]+")


def goes_on_lower(text: str, pos: int = 0) -> bool:
    """The word at `pos` continues a text in lower case (see above)."""
    word = _FIRST_WORD.match(text, pos)
    return word is not None and word.group().islower() and not _NAME_PARTICLE.match(text, pos)


@dataclass(frozen=True, slots=True)
class Line:
    """One non-blank line of the dump."""

    index: int  # position among the non-blank lines, 0-based
    lineno: int  # 1-based line number in the dump
    text: str  # the line, without surrounding whitespace (see `strip`)
    run: int  # id of the run of consecutive non-blank lines it belongs to
    run_len: int  # number of lines in that run (1 = stands between blank lines)
    run_pos: int  # position inside the run, 0-based
    span: int = 1  # dump lines joined into this line (a hard-wrapped paragraph, see `layout`)
    lead: str = ""  # the whitespace before the text in the dump's line (indentation)
    trail: str = ""  # the whitespace after it (some wrappers leave a space there)


# (lineno, text, run key, span, lead, trail): a `Line` before its runs are counted; the run
# key is any value equal for the lines of one run.
Row = tuple[int, str, Hashable, int, str, str]


def strip(text: str) -> str:
    """The text without the whitespace and invisible characters at its ends: a line holding
    only a zero-width space or a byte-order mark is as blank as an empty one."""
    stripped = text.strip(_WHITESPACE)
    while stripped and (stripped[0] in _INVISIBLE or stripped[-1] in _INVISIBLE):
        stripped = stripped.strip(_INVISIBLE).strip(_WHITESPACE)
    return stripped


def line_end(text: str) -> str:
    """The dump's own line end (see `_BREAKS`): LF (after a CR or not) when it has one."""
    if "\n" in text:
        return "\n"
    return "\r" if text.count("\r") >= text.count("\x85") else "\x85"


def raw_lines(text: str) -> list[str]:
    """The dump's lines as they are, split at its own line end."""
    return _BREAKS[line_end(text)].split(text)


@functools.lru_cache(maxsize=2)
def split_lines(
    text: str, carried: frozenset[int] = frozenset(), leading: frozenset[int] = frozenset()
) -> tuple[Line, ...]:
    """The dump's non-blank lines with their line numbers and runs.

    Lines are numbered by the dump's own line ends (CRLF counts as one, see `_BREAKS`), so a
    kept line can be found again in the seed. Cached for the last dumps: the cleaner and
    the byline reader both read a dump's lines (`Line` is frozen, the result a tuple).

    `carried` and `leading` hold the line numbers of blank lines that are not blank lines of
    the page but blanks a wrapper put on a line of their own (see `layout.wrapper_blanks`):
    those it carried over from the line before join that line's trailing whitespace, those it
    left before a word too long to follow them join the next line's leading whitespace, and
    neither ends a run.
    """
    rows: list[Row] = []
    run = -1
    previous_blank = True
    lead_in = ""
    for lineno, raw in enumerate(raw_lines(text), 1):
        stripped = strip(raw)
        if lineno in carried and rows and not previous_blank:
            *head, trail = rows[-1]
            rows[-1] = (*head, trail + raw)
            continue
        if lineno in leading:
            lead_in += raw
            continue
        if not stripped:
            previous_blank, lead_in = True, ""
            continue
        if previous_blank:
            run += 1
        previous_blank = False
        lead = raw.find(stripped)
        row = (lineno, stripped, run, 1, lead_in + raw[:lead], raw[lead + len(stripped) :])
        rows.append(row)
        lead_in = ""
    return tuple(with_runs(rows))


def with_runs(rows: list[Row]) -> list[Line]:
    """`Line`s from rows in dump order (each run's rows together), runs counted and numbered
    from 0 in order."""
    sizes: dict[int, int] = {}
    for row in rows:
        sizes[row[2]] = sizes.get(row[2], 0) + 1
    ids = {r: n for n, r in enumerate(sizes)}
    lines: list[Line] = []
    pos = 0
    for i, (lineno, stripped, r, span, lead, trail) in enumerate(rows):
        pos = pos + 1 if i and rows[i - 1][2] == r else 0
        lines.append(Line(i, lineno, stripped, ids[r], sizes[r], pos, span, lead, trail))
    return lines


def paragraphs(lines: Sequence[Line]) -> list[Line]:
    """The lines cut at each paragraph separator U+2029, which ends a run as a blank line does
    (a piece left blank is dropped). A line's first piece keeps its span."""
    if not any(PARAGRAPH_SEPARATOR in line.text for line in lines):
        return list(lines)
    rows: list[Row] = []
    part = -1
    for i, line in enumerate(lines):
        if not i or lines[i - 1].run != line.run:
            part += 1
        pieces = line.text.split(PARAGRAPH_SEPARATOR)
        span = line.span
        for n, piece in enumerate(pieces):
            part += n > 0
            text = strip(piece)
            if text:
                lead = line.lead if n == 0 else ""
                trail = line.trail if n == len(pieces) - 1 else ""
                rows.append((line.lineno, text, part, span, lead, trail))
                span = 0
    return with_runs(rows)
