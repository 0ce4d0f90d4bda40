"""Payload families: seeds of any requested size, each built to make one part of a text pipeline
do more than linear work (or fail) if it can.

A family is a function `size -> text`: a page dump of about `size` bytes (UTF-8) with a little
page noise and a title around a body, so that the cleaner finds an article and the payload
reaches the extractors, the renderer and the site build. Bodies repeat one construction, numbered
or varied so that a pass which compares each item with every earlier one (dates, figures, cases,
abbreviations, places, people) cannot shortcut on duplicates. Words are invented or generic: no
fact of any article.

Used by `scripts/adversarial.py` (timings per family and size) and, at small sizes, by the fuzz
run (`tests.fuzz.seeds`) as hostile fragments.
"""

from __future__ import annotations

import itertools
import random
import string
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from ..hostile.corpus import FRAGMENTS, NOISE, prose, sentence

TITLE = "A Review of Border Agency Reporting Practice"
MONTHS = (
    "January February March April May June July August September October November December"
).split()
ORDINALS = (
    "First Second Third Fourth Fifth Sixth Seventh Eighth Ninth Tenth Eleventh Twelfth "
    "Thirteenth Fourteenth Fifteenth Sixteenth Seventeenth Eighteenth Nineteenth Twentieth"
).split()
_SYLLABLES = "ka lo mir ven tas or bel du rin sa quo zel fa nor ti gam pe hul".split()
# Characters that end a line for str.splitlines() but not for a plain "\n" split.
LINE_SEPARATORS = ("\u2028", "\u2029", "\x85", "\x0c", "\x0b", "\x1c", "\x1d", "\x1e")


def _rng() -> random.Random:
    return random.Random(0)  # every family is deterministic


def invented(n: int, syllables: int = 3) -> str:
    """The n-th invented word (distinct for distinct n), capitalised: "Kalomir", "Lovenbel"."""
    parts = []
    base = len(_SYLLABLES)
    for _ in range(syllables):
        parts.append(_SYLLABLES[n % base])
        n //= base
    word = "".join(parts) + ("".join(_SYLLABLES[int(d)] for d in str(n)) if n else "")
    return word.capitalize()


def letters(n: int, width: int = 3) -> str:
    """The n-th upper-case letter string of `width` letters: AAA, AAB, … ZZZ (then repeats)."""
    out = []
    for _ in range(width):
        out.append(string.ascii_uppercase[n % 26])
        n //= 26
    return "".join(reversed(out))


def page(body: Iterator[str], size: int, *, separator: str = "\n\n") -> str:
    """A page dump of about `size` bytes: menu noise, the title, an opening paragraph, blocks of
    `body` (joined by `separator`) until the size is reached, a closing paragraph, footer noise.
    """
    rng = _rng()
    head = "\n".join(NOISE[:5]) + f"\n\n{TITLE}\n\n{prose(rng, 4)}\n\n"
    foot = f"\n\n{prose(rng, 3)}\n\n" + "\n".join(NOISE[5:]) + "\n"
    return head + fill(body, size - len(head) - len(foot), separator) + foot


def fill(parts: Iterator[str], size: int, separator: str = "") -> str:
    """Join items of `parts` with `separator` until the joined text holds `size` bytes."""
    out, total, sep = [], 0, len(separator.encode())
    for part in parts:
        out.append(part)
        total += len(part.encode()) + sep
        if total >= size:
            break
    return separator.join(out)


def paragraphs(sentences: Iterator[str], per: int = 4) -> Iterator[str]:
    """Group a stream of sentences into paragraphs of `per` sentences."""
    while True:
        yield " ".join(itertools.islice(sentences, per))


def one_paragraph(unit: Iterator[str], size: int, end: str = "") -> str:
    """A page whose body is one paragraph (one line) of `unit` repeated to the size."""
    rng = _rng()
    head = "\n".join(NOISE[:5]) + f"\n\n{TITLE}\n\n{prose(rng, 4)}\n\n"
    foot = f"\n\n{prose(rng, 3)}\n\n" + "\n".join(NOISE[5:]) + "\n"
    opening = "The review recorded what follows: "
    body = fill(unit, size - len(head) - len(foot) - len(opening) - len(end))
    return head + opening + body + end + foot


# --- the families --------------------------------------------------------------------------------


def dates_run(size: int) -> str:
    """ "In July 2024, " repeated in one paragraph: a date finder that rescans the text before
    each date is quadratic."""
    return one_paragraph(itertools.repeat("In July 2024, "), size, "agents met.")


def percent_run(size: int) -> str:
    """ "12 percent of 1,000 " repeated: figure labelling that compares each figure with every
    earlier one is quadratic."""
    return one_paragraph(itertools.repeat("12 percent of 1,000 "), size, "were counted.")


def same_case(size: int) -> str:
    """One dated case sentence repeated, between varied prose (identical paragraphs would be
    dropped as page furniture): case merging that compares across the article."""
    case = "In July 2024, three men were detained by agents near the border while crossing it."
    rng = _rng()
    return page((f"{sentence(rng)} {case} {sentence(rng)}" for _ in itertools.count()), size)


def _realistic() -> Iterator[str]:
    rng = _rng()
    for n in itertools.count():
        if n % 12 == 11:
            yield f"{invented(n, 2)} Region and the {rng.choice(MONTHS)} Review"
            continue
        month, year = MONTHS[n % 12], 1990 + n % 35
        yield (
            f"{sentence(rng)} In {month} {year}, agents recorded {1000 + n * 7:,} encounters "
            f"in the {invented(n)} district, up {n % 90 + 1} percent from the year before. "
            f"{sentence(rng)}"
        )


def realistic(size: int) -> str:
    """A plausible article of many paragraphs, each with a date and a figure, headings every
    twelve paragraphs: plain volume."""
    return page(_realistic(), size)


def abbreviations(size: int) -> str:
    """ "The Agency of Xyz Affairs (XYZ) said …" with distinct three-letter terms (17,576, then
    repeated): the site's abbreviation tooltips are one regex alternation of every term."""

    def defined() -> Iterator[str]:
        for n in itertools.count():
            term = letters(n)
            words = " ".join(c + invented(n + i, 1).lower() for i, c in enumerate(term))
            yield f"The {words} ({term}) said the review was late."

    return page(paragraphs(defined(), 5), size)


def _series(middle: Callable[[int], str]) -> Iterator[str]:
    rng = _rng()
    for n in itertools.count():
        yield (
            f"{sentence(rng)} Encounters numbered 1,000 in 2021, {middle(n)} in 2022 and 3,000 "
            "in 2023."
        )


def huge_number(size: int) -> str:
    """A figure series holding a number of 71+ digits: chart axes computed from it (pygal) have
    looped for ever while memory grew. Run only under a time and memory cap."""
    return page(_series(lambda n: "9" * (71 + n % 5)), size)


def overflow_number(size: int) -> str:
    """A 401-digit number in a figure series: float conversion overflows."""
    return page(_series(lambda n: "1" + "0" * 400), size)


def long_label(size: int) -> str:
    """A 240-character token in a figure label: the chart's file name, made from the label, was
    longer than a file system allows."""

    def series() -> Iterator[str]:
        for n in itertools.count():
            token = (invented(n) + "x" * 240)[:240]
            yield (
                f"Encounters with {token} rose from 1,000 in 2021 to 2,000 in 2022 and 3,000 "
                "in 2023."
            )

    return page(series(), size)


def line_separators(size: int) -> str:
    """Paragraphs with a lone line separator inside (U+2028, U+2029, U+0085, form feed,
    vertical tab, file/group/record separators, "\\n"): one line for a "\\n" split, two for
    str.splitlines()."""

    def broken() -> Iterator[str]:
        rng = _rng()
        for n in itertools.count():
            sep = (*LINE_SEPARATORS, "\n")[n % (len(LINE_SEPARATORS) + 1)]
            yield f"{sentence(rng)} {sentence(rng)[:-1]}{sep}continued here. {sentence(rng)}"

    return page(broken(), size)


def same_headings(size: int) -> str:
    """Many headings with the same text: anchors made unique by counting earlier ones."""

    def sections() -> Iterator[str]:
        rng = _rng()
        while True:
            yield "Background"
            yield prose(rng, 2)

    return page(sections(), size)


def endless_paragraph(size: int) -> str:
    """One paragraph without a sentence end: sentence splitting and per-sentence passes get
    the whole text as one sentence."""
    rng = _rng()
    words = (sentence(rng)[:-1].lower() for _ in itertools.count())
    return one_paragraph((w + " and " for w in words), size, "so it went")


def long_token(size: int) -> str:
    """One token of the whole size (no space), after a real opening paragraph."""
    return one_paragraph(itertools.repeat("abcdefghij" * 100), size, ".")


def menu_lines(size: int) -> str:
    """Thousands of short menu-like lines around a short article: line scoring and region
    finding over many blocks."""
    rng = _rng()
    article = "\n\n".join([TITLE, *(prose(rng, 4) for _ in range(6))])
    menu = (f"{invented(n, 2)} {NOISE[n % len(NOISE)]}" for n in itertools.count())
    half = max(0, (size - len(article)) // 2)
    return f"{fill(menu, half, chr(10))}\n\n{article}\n\n{fill(menu, half, chr(10))}\n"


def nested_brackets(size: int) -> str:
    """One paragraph of brackets and quotes nested as deep as the size allows."""
    overhead = len(one_paragraph(iter(["the core"]), 0, " was noted.").encode())
    reps = max(1, (size - overhead) // 22)  # 22 bytes of UTF-8 per six levels, both sides
    opening, closing = "(“[‘{«" * reps, "»}’]”)" * reps
    return one_paragraph(iter([f"{opening} the core {closing}"]), size, " was noted.")


def such_references(size: int) -> str:
    """Many "such X" back-references: each resolved by searching earlier text for "<modifier>
    X"."""

    def text() -> Iterator[str]:
        for n in itertools.count():
            yield (
                f"Agents recorded {n + 12} {invented(n).lower()} incidents in {1990 + n % 35}. "
                f"There were {n + 20} more such incidents at the crossing."
            )

    return page(paragraphs(text(), 2), size)


def partitives(size: int) -> str:
    """Many "Of the N …," partitive breakdowns."""

    def text() -> Iterator[str]:
        for n in itertools.count():
            yield (
                f"Of the {n + 30} {invented(n).lower()} applicants, {n + 12} were admitted and "
                f"{n % 17 + 1} were refused."
            )

    return page(paragraphs(text(), 3), size)


def _events() -> Iterator[str]:
    for n in itertools.count():
        yield (
            f"On {n % 28 + 1} {MONTHS[n % 12]} {1950 + n % 75}, agents detained {n % 9 + 2} men "
            f"near {invented(n)}. "
        )


def dated_events(size: int) -> str:
    """Many distinct dated events in one paragraph."""
    return one_paragraph(_events(), size, "The record ends there.")


def place_names(size: int) -> str:
    """Many distinct capitalised place names ("in Xyzburg"), each a case."""

    def text() -> Iterator[str]:
        for n in itertools.count():
            yield (
                f"In {MONTHS[n % 12]} {1990 + n % 35}, two men were detained in "
                f"{invented(n)}burg near {invented(n + 7)} Falls."
            )

    return page(paragraphs(text(), 3), size)


def numbers_sentence(size: int) -> str:
    """Many numbers in one sentence."""
    units = (f"{n * 37 % 100000:,} in {1900 + n % 125}, " for n in itertools.count(1))
    return one_paragraph(units, size, "and then none")


def digit_runs(size: int) -> str:
    """Long runs of digits and commas: "1,000,000,…,000" numbers of about 1,200 digits."""
    rng = _rng()

    def text() -> Iterator[str]:
        for n in itertools.count():
            run = f"{n + 1}," + "000," * (300 + n % 7) + "000"
            yield f"{sentence(rng)} The total was {run} encounters in {1990 + n % 35}."

    return page(text(), size)


def recommendations(size: int) -> str:
    """Many "First, … Second, …" recommendations under a recommendations heading."""

    def text() -> Iterator[str]:
        yield "Policy Recommendations"
        for n in itertools.count():
            yield (
                f"{ORDINALS[n % len(ORDINALS)]}, the {invented(n)} Council should publish "
                f"its {invented(n + 1).lower()} data every quarter and review it yearly."
            )

    return page(text(), size)


def people(size: int) -> str:
    """Many different people named in cases ("Kalomir Venta, a 34-year-old, was detained")."""

    def text() -> Iterator[str]:
        for n in itertools.count():
            yield (
                f"In {MONTHS[n % 12]} {1990 + n % 35}, {invented(n, 2)} {invented(n + 3)}, a "
                f"{20 + n % 50}-year-old, was detained by agents. Mr. {invented(n + 3)} said "
                "he had been misled."
            )

    return page(paragraphs(text(), 2), size)


def bylines(size: int) -> str:
    """Many lines that look like bylines and datelines around the title and the article."""

    def lines() -> Iterator[str]:
        for n in itertools.count():
            yield f"By {invented(n, 2)} {invented(n + 1)}"
            yield f"{MONTHS[n % 12]} {n % 28 + 1}, {1990 + n % 35}"
            yield f"Updated {n % 28 + 1} {MONTHS[n % 12]} {1990 + n % 35} | {n % 9 + 1} min read"

    rng = _rng()
    article = "\n\n".join([TITLE, "By Ana Example", *(prose(rng, 4) for _ in range(6))])
    half = max(0, (size - len(article)) // 2)
    return f"{fill(lines(), half, chr(10))}\n{article}\n\n{fill(lines(), half, chr(10))}\n"


def markup(size: int) -> str:
    """Raw HTML, live Markdown and template syntax in every paragraph (escaping volume)."""

    def text() -> Iterator[str]:
        rng = _rng()
        for n in itertools.count():
            fragment = FRAGMENTS[n % len(FRAGMENTS)]
            yield f"{fragment} {sentence(rng)} It quoted {fragment} in its notes."

    return page(text(), size)


def controls(size: int) -> str:
    """Bidi overrides, zero-width and combining characters throughout the prose (not C0
    controls, as a seed dense with those is refused as binary, legitimately)."""
    marks = "\u202e\u202c\u2066\u2069\u200b\u200d\ufeff\u0301"

    def text() -> Iterator[str]:
        rng = _rng()
        for n in itertools.count():
            words = sentence(rng).split()
            yield " ".join(w + marks[(n + i) % len(marks)] for i, w in enumerate(words))

    return page(paragraphs(text(), 3), size)


def unbalanced_quotes(size: int) -> str:
    """Opening quotes and brackets that never close, in every sentence of one paragraph."""
    rng = _rng()
    units = (f"“{sentence(rng)} (" for _ in itertools.count())
    return one_paragraph(units, size, "the end.")


def parentheses(size: int) -> str:
    """One long sentence with a candidate abbreviation "(ABC)" every few words: each
    parenthesis looks back over the sentence for its long form."""

    def units() -> Iterator[str]:
        for n in itertools.count():
            term = letters(n)
            words = " ".join(c + invented(n + i, 1).lower() for i, c in enumerate(term))
            yield f"the {words} ({term}) met, "

    return one_paragraph(units(), size, "and the review was late.")


def hard_wrapped(size: int) -> str:
    """The realistic article hard-wrapped at 72 columns, without blank lines, CRLF line ends:
    wrap detection and paragraph recovery over many lines."""
    text = realistic(size)
    out = []
    for line in text.split("\n"):
        if not line:
            continue
        while len(line) > 72:
            cut = line.rfind(" ", 0, 72)
            cut = cut if cut > 0 else 72
            out.append(line[:cut])
            line = line[cut + 1 :]
        out.append(line)
    return "\r\n".join(out) + "\r\n"


@dataclass(frozen=True)
class Family:
    name: str
    make: Callable[[int], str]
    risky: bool = False  # needs a memory cap (has eaten all memory before)

    @property
    def about(self) -> str:
        doc = self.make.__doc__ or ""
        return " ".join(doc.split()).split(": ")[0].rstrip(".")


FAMILIES: dict[str, Family] = {
    f.name: f
    for f in (
        Family("dates-run", dates_run),
        Family("percent-run", percent_run),
        Family("same-case", same_case),
        Family("realistic", realistic),
        Family("abbreviations", abbreviations),
        Family("huge-number", huge_number, risky=True),
        Family("overflow-number", overflow_number, risky=True),
        Family("long-label", long_label),
        Family("line-separators", line_separators),
        Family("same-headings", same_headings),
        Family("endless-paragraph", endless_paragraph),
        Family("long-token", long_token),
        Family("menu-lines", menu_lines),
        Family("nested-brackets", nested_brackets),
        Family("such-references", such_references),
        Family("partitives", partitives),
        Family("dated-events", dated_events),
        Family("place-names", place_names),
        Family("numbers-sentence", numbers_sentence),
        Family("digit-runs", digit_runs, risky=True),
        Family("recommendations", recommendations),
        Family("people", people),
        Family("bylines", bylines),
        Family("markup", markup),
        Family("controls", controls),
        Family("unbalanced-quotes", unbalanced_quotes),
        Family("parentheses", parentheses),
        Family("hard-wrapped", hard_wrapped),
    )
}
