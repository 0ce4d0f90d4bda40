"""Alterations of a page dump that keep its article: the ways a dump gets re-saved, wrapped or
stripped on its way to the converter. Each takes the dump's text and returns the bytes of the
altered file (some alterations are byte-wise, like coreutils `fold`)."""

from __future__ import annotations

import textwrap
from collections.abc import Callable


def fold(text: str, width: int = 80, spaces: bool = True) -> bytes:
    """coreutils `fold -w WIDTH` (`-s` when `spaces`): it counts bytes, breaks after the last
    blank that fits (with -s) or else at the width, inside a character if need be."""
    out = []
    for line in text.encode("utf-8").split(b"\n"):
        while len(line) > width:
            blank = max(line.rfind(b" ", 0, width), line.rfind(b"\t", 0, width)) if spaces else -1
            cut = blank + 1 if blank >= 0 else width
            out.append(line[:cut])
            line = line[cut:]
        out.append(line)
    return b"\n".join(out)


def no_blank_lines(text: str) -> str:
    """`awk 'NF'`: every line holding only whitespace removed."""
    return "\n".join(line for line in text.split("\n") if line.strip())


def wrap_by_textwrap(text: str, width: int = 70) -> str:
    """Python's `textwrap.fill` on each line: drops the space at a break, breaks after hyphens."""
    return "\n".join(
        textwrap.fill(line, width) if line.strip() else line for line in text.split("\n")
    )


def _utf8(change: Callable[[str], str]) -> Callable[[str], bytes]:
    return lambda text: change(text).encode("utf-8")


ALTERATIONS: dict[str, Callable[[str], bytes]] = {
    "fold-s-80": lambda text: fold(text, 80),
    "fold-s-60": lambda text: fold(text, 60),
    "fold-s-120": lambda text: fold(text, 120),
    "fold-80-cutting-words": lambda text: fold(text, 80, spaces=False),
    "textwrap-70": _utf8(wrap_by_textwrap),
    "no-blank-lines": _utf8(no_blank_lines),
    "fold-s-80-no-blank-lines": lambda text: fold(no_blank_lines(text), 80),
    "crlf": _utf8(lambda text: text.replace("\n", "\r\n")),
    "old-mac-cr": _utf8(lambda text: text.replace("\n", "\r")),
    "tab-indented": _utf8(lambda text: "\n".join("\t" + line for line in text.split("\n"))),
    "nbsp-indented": _utf8(lambda text: "\n".join("\u00a0 " + line for line in text.split("\n"))),
    "trailing-spaces": _utf8(lambda text: "\n".join(line + "  " for line in text.split("\n"))),
    "invisible-blank-lines": _utf8(
        lambda text: "\n".join(line or "\u200b" for line in text.split("\n"))
    ),
    "bom": lambda text: b"\xef\xbb\xbf" + text.encode("utf-8"),
    "utf-16": lambda text: text.encode("utf-16"),
    "bom-crlf-indented-folded-no-blank-lines": lambda text: (
        b"\xef\xbb\xbf"
        + fold("\n".join("  " + line for line in no_blank_lines(text).split("\n")), 80).replace(
            b"\n", b"\r\n"
        )
    ),
}

# Alterations that change characters inside lines: compared after whitespace normalisation.
INNER = {
    "nbsp-between-sentences": _utf8(lambda text: text.replace(". ", ".\u00a0")),
    "tabs-between-sentences": _utf8(lambda text: text.replace(". ", ".\t")),
}
