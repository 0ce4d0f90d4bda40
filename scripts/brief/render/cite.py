"""Citations of the ORIGINAL article, from the brief's source metadata (authors, title,
publisher, published date, url): APA and Chicago for the "Cite this article" box, and BibTeX,
RIS and CSL-JSON files for reference managers.

The work is cited as a web page (APA 7 "webpage on a website", Chicago author-date bibliography
style for a web page; BibTeX `@misc`, RIS `ELEC`, CSL `webpage`), since all a seed tells us is
that the article was published online. Missing metadata is left out, never invented.
Personal names are parsed by `nameparser` (particles such as "van der" stay with the family
name, generational suffixes such as "Jr." are kept, titles and degrees dropped); an author that
reads as an organisation, or a single word, is cited as written, never split.
Citation strings come back as plain text pieces; the template escapes them.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass

from nameparser import HumanName
from slugify import slugify

from brief.model import Source

_MONTHS = (
    "January February March April May June July August September October November December"
).split()
_BIBTEX_SPECIAL = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "%": r"\%",
    "&": r"\&",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "^": r"\^{}",
    "~": r"\~{}",
}
_ISO = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")
# Suffixes that are part of a name in every style guide; other suffixes (degrees, "Ret.") are not.
_GENERATIONAL = re.compile(r"(?i)^(jr|sr|[ivx]{1,4})\.?$")
# Words that make an author an organisation ("RAND Corporation", "Editorial Staff").
_ORGANISATION = re.compile(
    r"(?i)\b(agency|association|board|bureau|center|centre|college|commission|committee|"
    r"corporation|council|department|desk|editors?|editorial|foundation|group|inc|institute|"
    r"journal|ltd|ministry|news|office|project|service|staff|team|university)\b"
)


@dataclass(frozen=True)
class Name:
    given: str
    family: str  # the whole name when `literal`
    suffix: str = ""
    literal: bool = False  # an organisation or a one-word name: never split or abbreviated

    @property
    def initials(self) -> str:
        parts = []
        for word in self.given.split():
            parts.append("-".join(p[0] + "." for p in word.split("-") if p))
        return " ".join(parts)


@dataclass(frozen=True)
class Citation:
    """A styled citation as pieces: (text, italic)."""

    pieces: tuple[tuple[str, bool], ...]

    @property
    def text(self) -> str:
        return "".join(t for t, _ in self.pieces)


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


@functools.lru_cache(maxsize=256)
def name(author: str) -> Name:
    """An author's name parts (cached: every citation format of a brief parses the same names,
    and nameparser takes ~0.5 ms a name)."""
    author = _one_line(author)
    if len(author.split()) < 2 or _ORGANISATION.search(author):
        return Name("", author, literal=True)
    parsed = HumanName(author)
    given = " ".join(p for p in (parsed.first, parsed.middle) if p)
    family = parsed.last or parsed.first
    suffixes = [s.strip() for s in parsed.suffix.split(",") if _GENERATIONAL.match(s.strip())]
    if not family or not given:
        return Name("", author, literal=True)
    return Name(given, family, ", ".join(suffixes))


def _inverted(n: Name) -> str:
    """Family, Given, Suffix — Chicago's first author, BibTeX's and RIS's form."""
    if n.literal:
        return n.family
    return ", ".join(p for p in (n.family, n.given, n.suffix) if p)


def _direct(n: Name) -> str:
    if n.literal:
        return n.family
    return " ".join(p for p in (n.given, n.family) if p) + (f", {n.suffix}" if n.suffix else "")


def _date(source: Source) -> tuple[str, int | None, int | None] | None:
    m = _ISO.match(source.published or "")
    if not m:
        return None
    year, month, day = m.groups()
    return year, int(month) if month else None, int(day) if day else None


def apa(source: Source) -> Citation:
    names = [name(a) for a in source.authors]
    authors = [
        ", ".join(p for p in (n.family, n.initials, n.suffix) if p) if not n.literal else n.family
        for n in names
    ]
    if len(authors) > 1:
        authors_text = ", ".join(authors[:-1]) + ", & " + authors[-1]
    else:
        authors_text = authors[0] if authors else ""
    date = _date(source)
    if date is None:
        when = "(n.d.)."
    else:
        year, month, day = date
        when = f"({year}" + (f", {_MONTHS[month - 1]}" if month else "")
        when += (f" {day}" if day and month else "") + ")."
    title = _one_line(source.title)
    pieces: list[tuple[str, bool]] = []
    if authors_text:
        pieces += [(f"{authors_text} {when} ", False), (title, True), (". ", False)]
    else:
        pieces += [(title, True), (f". {when} ", False)]
    if source.publisher:
        pieces.append((f"{_one_line(source.publisher)}. ", False))
    if source.url:
        pieces.append((source.url, False))
    return Citation(tuple(_strip_end(pieces)))


def chicago(source: Source) -> Citation:
    names = [name(a) for a in source.authors]
    people = []
    for n, person in enumerate(names):
        people.append(_inverted(person) if n == 0 else _direct(person))
    if len(people) > 1:
        authors_text = ", ".join(people[:-1]) + ", and " + people[-1]
    else:
        authors_text = people[0] if people else ""
    title = _one_line(source.title)
    pieces: list[tuple[str, bool]] = []
    if authors_text:
        pieces.append((f"{authors_text}. ", False))
    pieces.append((f"“{title}.” ", False))
    if source.publisher:
        pieces.append((f"{_one_line(source.publisher)}. ", False))
    date = _date(source)
    if date is not None:
        year, month, day = date
        if month and day:
            pieces.append((f"{_MONTHS[month - 1]} {day}, {year}. ", False))
        elif month:
            pieces.append((f"{_MONTHS[month - 1]} {year}. ", False))
        else:
            pieces.append((f"{year}. ", False))
    if source.url:
        pieces.append((f"{source.url}.", False))
    return Citation(tuple(_strip_end(pieces)))


def _strip_end(pieces: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    if pieces:
        text, italic = pieces[-1]
        pieces[-1] = (text.rstrip(), italic)
    return pieces


def key(source: Source) -> str:
    """A citation key: first author's family name, year, first title word (ASCII)."""
    first = slugify(name(source.authors[0]).family, separator="") if source.authors else ""
    date = _date(source)
    word = next((w for w in slugify(source.title).split("-") if len(w) > 3), "article")
    return (first or "anon") + (date[0] if date else "") + word


def _bib(text: str) -> str:
    return "".join(_BIBTEX_SPECIAL.get(ch, ch) for ch in _one_line(text))


def _bib_name(n: Name) -> str:
    """BibTeX's "von Last, Jr, First"; an organisation is braced so it is never split."""
    if n.literal:
        return "{" + _bib(n.family) + "}"
    return ", ".join(_bib(p) for p in (n.family, n.suffix, n.given) if p)


def bibtex(source: Source) -> str:
    fields = [
        (
            "author",
            " and ".join(_bib_name(n) for n in map(name, source.authors)),
        )
    ]
    fields.append(("title", "{" + _bib(source.title) + "}"))
    if source.publisher:
        fields.append(("publisher", _bib(source.publisher)))
    date = _date(source)
    if date:
        fields.append(("year", date[0]))
        if date[1]:
            fields.append(("month", _MONTHS[date[1] - 1][:3].lower()))
        fields.append(("date", source.published or ""))
    if source.url:
        fields.append(("url", _bib(source.url)))
    body = ",\n".join(f"  {k} = {{{v}}}" for k, v in fields if v)
    return f"@misc{{{key(source)},\n{body}\n}}\n"


def ris(source: Source) -> str:
    lines = [("TY", "ELEC")]
    lines += [("AU", _inverted(n)) for n in map(name, source.authors)]
    lines.append(("TI", source.title))
    if source.publisher:
        lines.append(("PB", source.publisher))
    date = _date(source)
    if date:
        year, month, day = date
        lines.append(("PY", year))
        lines.append(
            ("DA", "/".join([year, f"{month:02d}" if month else "", f"{day:02d}" if day else ""]))
        )
    if source.url:
        lines.append(("UR", source.url))
    lines.append(("ER", ""))
    return "".join(f"{tag}  - {_one_line(value)}".rstrip() + "\n" for tag, value in lines)


def _csl_name(n: Name) -> dict[str, str]:
    if n.literal:
        return {"literal": n.family}
    return {"family": n.family, "given": n.given} | ({"suffix": n.suffix} if n.suffix else {})


def csl_json(source: Source) -> str:
    item: dict[str, object] = {
        "id": key(source),
        "type": "webpage",
        "title": _one_line(source.title),
    }
    if source.authors:
        item["author"] = [_csl_name(n) for n in map(name, source.authors)]
    if source.publisher:
        item["container-title"] = _one_line(source.publisher)
        item["publisher"] = _one_line(source.publisher)
    date = _date(source)
    if date:
        item["issued"] = {"date-parts": [[int(p) for p in date if p is not None]]}
    if source.url:
        item["URL"] = source.url
    return json.dumps([item], indent=2, ensure_ascii=False) + "\n"


def scholar_date(source: Source) -> str | None:
    """Google Scholar wants YYYY/MM/DD (or YYYY)."""
    date = _date(source)
    if date is None:
        return None
    year, month, day = date
    return "/".join(
        [year] + ([f"{month:02d}"] if month else []) + ([f"{day:02d}"] if day and month else [])
    )
