"""Split a page dump into its non-blank lines, keeping the dump's blank-line layout.

The dumps come from HTML: every block element starts a line, and only p, h1-h6 and blockquote
are set apart by a blank line. So a line standing between blank lines was most likely a
paragraph or a heading, while a *run* of lines without blanks was a list, a menu or a table.
Each `Line` records its run, which the later stages use as a cheap, language-free signal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Line breaks of every kind: \n, \r\n, lone \r, and the Unicode separators str.splitlines knows.
_BREAK = re.compile(r"\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")


@dataclass(frozen=True, slots=True)
class Line:
    """One non-blank line of the dump."""

    index: int  # position among the non-blank lines, 0-based
    lineno: int  # 1-based line number in the dump
    text: str  # the line, without surrounding whitespace
    run: int  # id of the run of consecutive non-blank lines it belongs to
    run_len: int  # number of lines in that run (1 = stands between blank lines)
    run_pos: int  # position inside the run, 0-based


def split_lines(text: str) -> list[Line]:
    """The dump's non-blank lines with their line numbers and runs.

    Lines are numbered as the dump's reader sees them (CRLF and lone CR count as one break),
    so a kept line can be found again in the seed.
    """
    rows: list[tuple[int, str, int]] = []
    run = -1
    previous_blank = True
    for lineno, raw in enumerate(_BREAK.split(text), 1):
        stripped = raw.strip()
        if not stripped:
            previous_blank = True
            continue
        if previous_blank:
            run += 1
        previous_blank = False
        rows.append((lineno, stripped, run))
    sizes: dict[int, int] = {}
    for _, _, r in rows:
        sizes[r] = sizes.get(r, 0) + 1
    lines: list[Line] = []
    pos = 0
    for i, (lineno, stripped, r) in enumerate(rows):
        pos = pos + 1 if i and rows[i - 1][2] == r else 0
        lines.append(Line(i, lineno, stripped, r, sizes[r], pos))
    return lines
