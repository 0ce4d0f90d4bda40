"""Per-line signals that hold across sites and languages.

Nothing here knows a site or a word list. The signals are the length of a line, whether it is
shaped like a sentence (inner and terminal punctuation, no teaser ellipsis), the writing
system it uses, whether it counts as an item of a numbered list, how often it repeats in the
dump, and what the other lines of its run (lines without a blank between them) look like.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .blocks import Line

SHORT = 40  # below this effective length a line is a label, a link or a menu item

# Ideographs, kana and hangul: one such character carries about as much as two Latin letters,
# and Chinese or Japanese do not put spaces between words.
_WIDE = re.compile(r"[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")
_CLOSERS = "\"'\u201d\u2019\u00bb)\\]"  # closing quotes and brackets after an end mark
# Sentence-final punctuation (Latin, CJK, Arabic, Devanagari, Urdu), then closers.
_TERMINAL = re.compile(rf"[.!?\u2026\u3002\uff01\uff1f\u061f\u0964\u06d4][{_CLOSERS}]*$")
_TRUNCATED = re.compile(rf"(?:\u2026|\.\.)[{_CLOSERS}]*$")
# Inner punctuation that prose uses and menus rarely do: clause marks, and a sentence end
# followed by more text.
_INNER = re.compile(r"[,;\u3001\uff0c\u060c]|[.!?\u3002\uff01\uff1f]\s+\S")
# A sentence's end followed by more text, inside a line: running text.
SENTENCE_INSIDE = re.compile(r"\w[.!?…][\"'”’)\]]*\s+\S")
RUNNING_WORDS = 8
_LIST_NUMBER = re.compile(r"^\(?(\d{1,2})[.):]\s+\S")
SEQUENCE_REACH = 40  # non-blank lines within which the next item number must follow

# Scripts, by Unicode block, for the script-consistency signal.
_SCRIPTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("latin", re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")),
    ("cyrillic", re.compile(r"[\u0400-\u04ff]")),
    ("greek", re.compile(r"[\u0370-\u03ff]")),
    ("arabic", re.compile(r"[\u0600-\u06ff\u0750-\u077f]")),
    ("hebrew", re.compile(r"[\u0590-\u05ff]")),
    ("indic", re.compile(r"[\u0900-\u0dff]")),
    ("thai", re.compile(r"[\u0e00-\u0e7f]")),
    ("hangul", re.compile(r"[\u1100-\u11ff\uac00-\ud7af]")),
    ("cjk", re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")),
)
_WIDE_SCRIPTS = ("hangul", "cjk")
SCRIPT_SAMPLE = 300  # characters of a line that decide its script
MIXED_SHARE = 0.25  # a line using the article's script this much is not foreign
_ASCII_LETTER = re.compile(r"[A-Za-z]")
# A line with a letter or a digit says something; one of only punctuation and symbols (a rule
# of dashes, a row of stars) is decoration, which does not make prose beside it a caption.
_WORDED = re.compile(r"[^\W_]")


# --- one line ----------------------------------------------------------------------------


def effective_length(text: str) -> int:
    """Length in Latin-letter equivalents: wide (CJK, kana, hangul) characters count twice."""
    return len(text) if text.isascii() else len(text) + len(_WIDE.findall(text))


def word_count(text: str) -> int:
    """Words, counting spaceless scripts as one word per two wide characters."""
    spaced = len(text.split())
    wide = 0 if text.isascii() else len(_WIDE.findall(text))
    return max(spaced, wide // 2) if wide else spaced


def is_truncated(text: str) -> bool:
    """Ends with an ellipsis ("…", ".."): a teaser cut to length, in any language."""
    return _TRUNCATED.search(text) is not None


def ends_like_sentence(text: str) -> bool:
    """Ends with sentence-final punctuation (maybe inside quotes), not with an ellipsis."""
    return _TERMINAL.search(text) is not None and not is_truncated(text)


def inner_punctuation(text: str) -> int:
    """Clause punctuation and inner sentence breaks: many in prose, few in menus and titles."""
    return len(_INNER.findall(text))


def is_running(text: str, words: int) -> bool:
    """Holds a whole sentence of RUNNING_WORDS words or more and the start of another (a
    heading, a menu item, a teaser, a label or a byline does not), whatever it ends with:
    running text cut short or followed by a stray fragment still reads as text."""
    if words < RUNNING_WORDS:
        return False
    inside = SENTENCE_INSIDE.search(text)
    return inside is not None and word_count(text[: inside.start() + 1]) >= RUNNING_WORDS


def is_prose(length: int, words: int, sentence: bool, inner: int) -> bool:
    """Shaped like running text: long enough and punctuated like sentences."""
    if length >= 120:
        return inner >= 1 or sentence
    if length >= 50:
        return sentence and (inner >= 1 or words >= 8)
    return False


def script_shares(text: str) -> dict[str, float]:
    """Share of the line's letters in each writing system; a wide (CJK, hangul) character
    counts twice, as in `effective_length`. Empty when the line has no letters.

    The first SCRIPT_SAMPLE characters decide, which is plenty and keeps long lines cheap.
    """
    text = text[:SCRIPT_SAMPLE]
    if text.isascii():
        return {"latin": 1.0} if _ASCII_LETTER.search(text) else {}
    counts = {}
    for name, pattern in _SCRIPTS:
        n = len(pattern.findall(text))
        if n:
            counts[name] = n * (2 if name in _WIDE_SCRIPTS else 1)
    total = sum(counts.values())
    return {name: n / total for name, n in counts.items()}


_LATIN_ONLY = ("latin", frozenset({"latin"}))
_NO_SCRIPT: tuple[None, frozenset[str]] = (None, frozenset())


def scripts_of(text: str) -> tuple[str | None, frozenset[str]]:
    """(the line's main writing system, every one with MIXED_SHARE of its letters or more), as
    `script_shares` gives them; ASCII lines, most of any dump, without counting."""
    if text[:SCRIPT_SAMPLE].isascii() and _ASCII_LETTER.search(text, 0, SCRIPT_SAMPLE):
        return _LATIN_ONLY
    shares = script_shares(text)
    if not shares:
        return _NO_SCRIPT
    main = max(shares, key=shares.__getitem__)
    return main, frozenset(name for name, x in shares.items() if x >= MIXED_SHARE)


def script_of(text: str) -> str | None:
    """The writing system most of the line's letters belong to (None when it has no letters)."""
    shares = script_shares(text)
    return max(shares, key=shares.__getitem__) if shares else None


def list_number(text: str) -> int | None:
    """The item number of a line like "3. Take inventory" or "3) Lego set", else None.

    The item must have two words or more after its number: "3. x" is a pager, not a list item.
    """
    m = _LIST_NUMBER.match(text)
    if not m or len(text.split()) < 3:
        return None
    return int(m.group(1))


# --- the whole dump ----------------------------------------------------------------------


def in_numbered_sequence(lines: list[Line]) -> list[bool]:
    """Lines that are items of a numbered list (1, 2, 3 ... in order, each near the last).

    A listicle's items or a report's numbered sections keep counting through the article;
    menus and link lists almost never number their entries.
    """
    numbers = [list_number(line.text) for line in lines]
    marked = [False] * len(lines)
    for i, n in enumerate(numbers):
        if n is None:
            continue
        for j in range(i + 1, min(len(lines), i + 1 + SEQUENCE_REACH)):
            if numbers[j] == n + 1:
                marked[i] = marked[j] = True
                break
    return marked


def repeats(lines: list[Line]) -> list[int]:
    """How many times each line's exact text occurs in the dump (boilerplate repeats)."""
    counts = Counter(line.text for line in lines)
    return [counts[line.text] for line in lines]


@dataclass(frozen=True, slots=True)
class Features:
    """The signals of one line."""

    length: int  # effective length
    words: int
    sentence: bool  # ends like a sentence
    intro: bool  # ends with a colon, introducing what follows
    inner: int  # inner punctuation marks
    script: str | None  # the main writing system of the line
    scripts: frozenset[str]  # every writing system with MIXED_SHARE of its letters or more
    repeat: int  # occurrences of the exact text in the dump
    standalone: bool  # between blank lines (a p/h/blockquote in the page)
    numbered: bool  # an item of a numbered list, see `in_numbered_sequence`
    prose: bool  # shaped like running text, see `is_prose`
    running: bool  # holds a whole sentence and more after it, see `is_running`
    run_short: float  # share of short lines among the worded lines of its run (menus: ~1)
    run_prose: float  # share of prose lines among the worded lines of its run (see _WORDED)


def foreign(f: Features, script: str | None) -> bool:
    """Written in another script than the article (a sidebar in another language); a line
    that mixes in names in another script ("Kindle for PCの設定") is not foreign."""
    return bool(f.scripts and script and script not in f.scripts)


# Captions, teasers and bios are short: a prose line of LONG_PROSE_WORDS words or more is
# text, even where a dump without blank lines runs it together with the page's menus or
# footer links, and it weighs in its run's shares as the sentences it holds (about one per 20
# words), so the short lines beside it do not outvote it.
LONG_PROSE_WORDS = 120


def run_weight(words: int) -> int:
    """How many lines a prose line counts for in its run's shares (`Features.run_prose`)."""
    return words // 20 if words >= LONG_PROSE_WORDS else 1


def compute(lines: list[Line]) -> list[Features]:
    """Features for every line of the dump."""
    lengths = [effective_length(line.text) for line in lines]
    words = [word_count(line.text) for line in lines]
    sentence = [ends_like_sentence(line.text) for line in lines]
    inner = [inner_punctuation(line.text) for line in lines]
    prose = [is_prose(*row) for row in zip(lengths, words, sentence, inner, strict=True)]
    scripts = [scripts_of(line.text) for line in lines]
    reps = repeats(lines)
    numbered = in_numbered_sequence(lines)
    short_in_run: Counter[int] = Counter()
    prose_in_run: Counter[int] = Counter()
    worded_in_run: Counter[int] = Counter()
    for line, n, w, p in zip(lines, lengths, words, prose, strict=True):
        worded = _WORDED.search(line.text) is not None
        weight = run_weight(w) if p else 1
        short_in_run[line.run] += n < SHORT and worded
        prose_in_run[line.run] += weight if p else 0
        worded_in_run[line.run] += weight if worded else 0
    return [
        Features(
            length=lengths[i],
            words=words[i],
            sentence=sentence[i],
            intro=line.text.endswith((":", "\uff1a")),
            inner=inner[i],
            script=scripts[i][0],
            scripts=scripts[i][1],
            repeat=reps[i],
            standalone=line.run_len == 1,
            numbered=numbered[i],
            prose=prose[i],
            running=is_running(line.text, words[i]),
            run_short=short_in_run[line.run] / (worded_in_run[line.run] or line.run_len),
            run_prose=prose_in_run[line.run] / (worded_in_run[line.run] or line.run_len),
        )
        for i, line in enumerate(lines)
    ]
