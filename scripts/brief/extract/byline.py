"""Find the article's publication date and its authors in the page's header: the few lines
around the headline and the first paragraph where pages print the dateline and the byline.

    found = byline_of(seed.text, cleaned)  # -> Byline(published="2019-11-20", authors=(...))

Only what the dump states is taken, and missing beats wrong:

- **Where.** Only the header is read: the lines between the title and the first paragraph,
  then the few lines right after the first paragraph that the cleaner did not keep as article
  text (captions, a byline set below a standfirst), then at most `ABOVE` lines above the title
  (nearest first). A date (a byline) above the title is refused when another dated line
  (byline) sits near it above the title: a list of dated teasers, an archive calendar.
  Article text, menus, archives and news lists elsewhere in the page are never read.
- **Date.** A full date (day, month and four-digit year) on a short line that does not read as
  prose: "July 2, 2018", "Nov. 20, 2019 5:52 AM EST", "20 November 2019", "2019-11-20",
  "2019-11-19T12:48:14Z", "11.14.2019", "27/09/2018", "2019年11月20日", with month names in
  English and a few other European languages. Month-and-year alone ("March 2010"), two-digit
  years ("11/12/19") and relative dates ("22 hours ago") are not dates of publication. A
  dateline without a year ("Nov 18"), which sites print for the current year's posts, takes the
  year of the page's copyright line ("© 2019"), and only when that line names one year. A date
  labelled as an update ("Updated", "Last updated", "Modified") is skipped: `published` is the
  *first* publication; a line with only an update date gives no date.
- **Numeric order.** "11.14.2019" can only be month-first and "13.11.2019" day-first. When
  both numbers are 12 or less ("11.12.2019") the page decides: any other date in the dump with
  the same separator whose order is certain settles it; with no such evidence, or conflicting
  evidence, the date is left out rather than guessed (no US-order default).
- **Authors.** Only from an explicit byline: a segment that starts "By", "Posted by", "Written
  by"... (or a line "By" alone, followed by the name on the next line). The text after it is
  cut at the first date, separator ("|", " - "), e-mail, digit or lowercase word, then split
  on commas, ";", "and" and "&". Role descriptions ("Staff Writer", ", AP National Political
  Writer", glued as in "JamesStaff Writer") and credentials ("MS", "PhD") are dropped; a
  name printed twice in a row (link text and label) is kept once. Every remaining part must be
  name-shaped (two to five capitalised words, particles such as "van" or "de" allowed, no
  organisation word such as "Staff", "News" or "Press"); if one is not, no author is taken.
  An organisation after ALL-CAPS names ("ERIC TUCKER Associated Press") is cut at the change
  of case; after ordinary names it is not clearly separate, so the byline is refused.
- **Case.** Names printed in ALL CAPS are a typographic style, so they are set in title case
  for citations ("MARY CLARE JALONICK" → "Mary Clare Jalonick"); other names are kept exactly
  as printed. Title-casing cannot restore inner capitals ("MCCOY" → "Mccoy").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from brief.clean.blocks import split_lines
from brief.clean.boilerplate import CAPTION, TAIL, furniture
from brief.model import Cleaned

ABOVE = 3  # lines read above the title (or above the first paragraph when there is no title)
BELOW = 3  # lines read after the first paragraph
LIST_GUARD = 8  # a dated line this close above a candidate above the title marks a list
MAX_LINE = 200  # longer lines are text, not a dateline or a byline
MAX_WORDS = 25
PROSE_WORDS = 5  # this many lowercase words outside the dates: a sentence, not a dateline
PROSE_WIDE = 20  # the same for scripts written without spaces
LABELLED_REACH = 8  # lines read above the header and after the article for a labelled dateline
SHORT_LINE = 6  # words: a release's place line between its label and its headline
_DIGIT = re.compile(r"\d")
_DATELINE_LABEL = re.compile(
    r"\b(?:published|posted|original|updated|modified|released)\b|^\s*(?:first|last)\s+\w+\s*:"
    r"|\brelease\s+date\b|^\s*for\s+immediate\s+release\b",
    re.IGNORECASE,
)
# A press release's label on a line of its own: the date under it is the release's
_RELEASE_LINE = re.compile(
    r"\s*(?:for\s+immediate\s+release|(?:press|news|media)\s+release|embargoed(?:\s+until)?)"
    r"\s*:?\s*",
    re.IGNORECASE,
)

# --- dates -----------------------------------------------------------------------------------

_MONTH_NAMES = {
    1: "january jan janvier janv januar jän enero ene gennaio gen janeiro januari",
    2: "february feb février févr fevrier fevr februar febrero febbraio fevereiro fev februari",
    3: "march mar mars märz maerz marzo março marco maart mrt",
    4: "april apr avril avr abril abr aprile",
    5: "may mai mayo maggio mag maio mei",
    6: "june jun juin juni junio giugno giu junho",
    7: "july jul juillet juil juli julio luglio lug julho",
    8: "august aug août aout agosto ago augustus",
    9: "september sep sept septembre setiembre settembre set setembro",
    10: "october oct octobre oktober okt octubre ottobre ott outubro out",
    11: "november nov novembre noviembre novembro",
    12: "december dec décembre decembre déc dezember dez diciembre dic dicembre dezembro",
}
MONTHS = {name: number for number, names in _MONTH_NAMES.items() for name in names.split()}
_MONTH = "(?P<m>" + "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th|er|º|\.)?"
# A four-digit year, not part of a longer number; a time glued to it ("20194:29 AM") is allowed.
_YEAR = r"(?P<y>(?:19|20)\d\d)(?=\d{1,2}:\d\d|[^\d]|$)"

_DATE_PATTERNS = (
    # Nov. 20, 2019 · November 20th, 2019 · Nov 20 2019 · November 20 15:23 2019
    re.compile(
        rf"(?<![^\W\d_]){_MONTH}\s+{_DAY},?\s+(?:\d{{1,2}}:\d\d(?:\s*[ap]\.?m\.?)?\s+)?{_YEAR}",
        re.IGNORECASE,
    ),
    # 20 November 2019 · 19 NOV 2019 · 20. November 2019 · 20 de noviembre de 2019
    re.compile(rf"(?<![\d.]){_DAY}\s*(?:de\s+)?{_MONTH},?\s+(?:de\s+)?{_YEAR}", re.IGNORECASE),
    # 2019-11-20 · 2019-11-19T12:48:14Z · 2019.11.20 · 2019/11/20
    re.compile(
        r"(?<![\d.])(?P<y>(?:19|20)\d\d)(?P<s>[-./])(?P<m>[01]?\d)(?P=s)(?P<d>[0-3]?\d)(?!\d)"
    ),
    # 11.14.2019 · 27/09/2018 · 20-11-2019 (order settled by `numeric_orders`)
    re.compile(rf"(?<![\d.,/-])(?P<a>[0-3]?\d)(?P<s>[-./])(?P<b>[0-3]?\d)(?P=s){_YEAR}"),
    # 2019年11月20日 · 2019년 11월 20일
    re.compile(
        r"(?P<y>(?:19|20)\d\d)\s*[年년]\s*(?P<m>[01]?\d)\s*[月월]\s*(?P<d>[0-3]?\d)\s*[日일]"
    ),
)
_NUMERIC = _DATE_PATTERNS[3]
# A dateline without a year ("Nov 18", "18 November, 5:30 PM"): pages print the current year's
# dates so. Read only on a dateline-shaped header line, and dated by the page's copyright year.
_YEARLESS = (
    re.compile(rf"(?<![^\W\d_]){_MONTH}\s+{_DAY}(?![\d:.,/-]*\d)", re.IGNORECASE),
    re.compile(rf"(?<![\d.]){_DAY}\s+{_MONTH}(?![^\W\d_])", re.IGNORECASE),
)
_ENGLISH_WORDS = frozenset("set out ago gen mag".split())  # month abbreviations elsewhere
_ANY_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# A copyright line's year, or the end of its range: "© 2019 NewAge", "Copyright 2005-2019".
_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|\bcopyright\b)\D{0,12}?(?:(?:19|20)\d\d\s*[-–]\s*)?(?P<y>(?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)
_UPDATE = re.compile(
    r"\b(?:updated?|modified|edited|revised|aktualisiert|actualizado|atualizado|aggiornato|"
    r"mis à jour|bijgewerkt)\b",
    re.IGNORECASE,
)
_TIME = re.compile(r"\b\d{1,2}:\d\d(?::\d\d)?\b")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
# A lowercase word and a full stop end the line: "… officials had left."
_SENTENCE_END = re.compile(r"(?<![^\W\d_])[a-z]{2,}[.!?][\"'”’)]?$")
_WIDE = re.compile(r"[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff]")
# Lowercase words a dateline holds without being a sentence.
_DATELINE_WORDS = frozenset(
    "am pm a.m. p.m. at on by of the de del le du et est edt cst cdt pst pdt gmt bst ist utc "
    "mst mdt hst ct pt min read".split()
)


@dataclass(frozen=True, slots=True)
class DateFound:
    start: int
    end: int
    iso: str | None  # None: a numeric date whose order the page cannot settle
    updated: bool  # labelled as an update, not the first publication


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


# "/2019/11/18/", "/2019-11-18-", "/20191118/" in a URL's path: news sites file an article
# under its day. Only a path segment that is the date or starts with it, never the host or the
# query, and never month and year alone.
_URL_DATE = re.compile(r"/((?:19|20)\d\d)([/-]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)")


def url_date(url: str | None) -> str | None:
    """The day a URL's path files the article under, as ISO, or None: the last resort for
    the publication date, after the sidecar and the dump's own dateline (htmldate reads URLs
    the same way)."""
    if not url:
        return None
    path = re.sub(r"^[a-z][a-z0-9+.-]*://[^/]*", "", url.split("?", 1)[0].split("#", 1)[0])
    m = _URL_DATE.search(path)
    return _valid(int(m.group(1)), int(m.group(3)), int(m.group(4))) if m else None


def numeric_orders(page: str) -> dict[str, str]:
    """The order of the page's numeric dates, per separator: "dmy" or "mdy" when some date
    with that separator has a first (or second) number above 12 and none says otherwise."""
    seen: dict[str, set[str]] = {}
    for m in _NUMERIC.finditer(page):
        a, b = int(m.group("a")), int(m.group("b"))
        if 12 < a <= 31 and 1 <= b <= 12:
            seen.setdefault(m.group("s"), set()).add("dmy")
        elif 12 < b <= 31 and 1 <= a <= 12:
            seen.setdefault(m.group("s"), set()).add("mdy")
    return {sep: orders.pop() for sep, orders in seen.items() if len(orders) == 1}


class PageOrders(Mapping[str, str]):
    """`numeric_orders` of a page, worked out only when a date needs it: scanning a whole dump
    for numeric dates was the slowest step of a conversion, and most headers need none."""

    def __init__(self, page: str):
        self._page = page
        self._orders: dict[str, str] | None = None

    def _get(self) -> dict[str, str]:
        if self._orders is None:
            self._orders = numeric_orders(self._page)
        return self._orders

    def __getitem__(self, key: str) -> str:
        return self._get()[key]

    def __iter__(self):
        return iter(self._get())

    def __len__(self) -> int:
        return len(self._get())


def find_dates(line: str, orders: Mapping[str, str] | None = None) -> list[DateFound]:
    """The full dates in a line, in reading order. `orders` (from `numeric_orders` of the
    whole dump) settles numeric dates whose numbers are both 12 or less; without it the line
    settles them itself, or they stay undated (`iso` None)."""
    if len(line) > MAX_LINE or not re.search(r"(?:19|20)\d\d", line):
        return []
    if orders is None:
        orders = numeric_orders(line)
    spans: list[tuple[int, int, str | None]] = []
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(line):
            start, end = m.span()
            if any(start < e and s < end for s, e, _ in spans):
                continue
            spans.append((start, end, _iso(m, orders)))
    spans.sort()
    found = []
    previous_end = 0
    for start, end, iso in spans:
        updated = bool(_UPDATE.search(line[previous_end:start]))
        found.append(DateFound(start, end, iso, updated))
        previous_end = end
    return found


def _iso(m: re.Match[str], orders: Mapping[str, str]) -> str | None:
    groups = m.groupdict()
    year = int(groups["y"])
    if groups.get("a") is not None:  # numeric day/month in an order to settle
        a, b = int(groups["a"]), int(groups["b"])
        if a > 12:
            order = "dmy"
        elif b > 12:
            order = "mdy"
        elif a == b:
            order = "dmy"  # same either way
        else:
            order = orders.get(groups["s"])
        if order is None:
            return None
        day, month = (a, b) if order == "dmy" else (b, a)
        return _valid(year, month, day)
    month_text = groups["m"]
    month = int(month_text) if month_text.isdigit() else MONTHS.get(month_text.casefold())
    return _valid(year, month, int(groups["d"])) if month else None


def _leftover(line: str, dates: Sequence[DateFound]) -> str:
    """The line without its dates and times: what a dateline labels them with."""
    parts, previous = [], 0
    for d in dates:
        parts.append(line[previous : d.start])
        previous = d.end
    parts.append(line[previous:])
    return _TIME.sub(" ", " ".join(parts))


def reads_as_prose(line: str, dates: Sequence[DateFound] = ()) -> bool:
    """Too long, too many words, ending like a sentence, or (outside its dates) enough
    lowercase words or characters of a spaceless script to be a sentence rather than a dateline
    or a byline."""
    if len(line) > MAX_LINE or len(line.split()) > MAX_WORDS or _SENTENCE_END.search(line):
        return True
    rest = _leftover(line, dates)
    lower = [w for w in _WORD.findall(rest) if w[0].islower() and w not in _DATELINE_WORDS]
    return len(lower) >= PROSE_WORDS or len(_WIDE.findall(rest)) >= PROSE_WIDE


def published_in(
    line: str, orders: Mapping[str, str] | None = None, updated: bool = False
) -> str | None:
    """The publication date a dateline states, as an ISO date: the first full date not
    labelled as an update (with `updated`, the first one that is: "Updated 3:27 am, November
    20, 2019"); None for prose, undated lines and lines without such a date."""
    dates = find_dates(line, orders)
    if not dates or reads_as_prose(line, dates):
        return None
    return next((d.iso for d in dates if d.updated == updated and d.iso), None)


# --- authors ---------------------------------------------------------------------------------

_SEGMENTS = re.compile(r"\s+[|·•]\s*|\s*[|·•]\s+|\s+[-–—]\s+")
_BY = re.compile(
    r"^(?:(?:posted|written|words|story|text|article|reported|report|published|photos?)\s+)?"
    r"by\b\s*:?\s*",
    re.IGNORECASE,
)
_CUT = re.compile(r"[\d@(\[<{/\\|•·]|\s[-–—]\s|https?:")
_CONJUNCTIONS = frozenset("and & und et y e".split())
_PARTS = re.compile(r"\s*(?:[,;]|\s(?:and|&|und|et|y|e)\s)\s*")
_PARTICLES = frozenset(
    "van von de der den del della dei di da das do dos du la le les ten ter bin ibn al el y".split()
)
_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())
_ROLE_WORDS = frozenset(
    "writer writers reporter reporters correspondent correspondents editor editors "
    "contributor contributors columnist columnists journalist journalists photographer "
    "photographers producer producers analyst critic".split()
)
# Words that make a byline name an organisation, a desk or a role rather than a person.
_ORG_WORDS = frozenset(
    "staff team desk bureau newsroom news press agency agencies wire wires service services "
    "media times post journal daily weekly magazine online network group editorial "
    "associated reuters afp ap upi inc ltd llc comments comment share follow admin "
    "monday tuesday wednesday thursday friday saturday sunday today yesterday".split()
)
_GLUED_ROLE = re.compile(
    r"(?<=[^\W\d_])(?:(?:Senior|Staff|Contributing|Special|Chief|National|Political|Sports|"
    r"Associate|Managing|Deputy|Science|Business|Health|Tech|Foreign)\s?)*"
    r"(?:Writer|Reporter|Correspondent|Editor|Contributor|Columnist|Journalist)s?\b.*$"
)
_NAME_WORD = re.compile(r"^[^\W\d_](?:[^\W\d_]|['’.-](?=[^\W\d_])|\.$)*\.?$")
_CREDENTIAL = re.compile(r"^(?:[A-Z][A-Za-z]?\.?){1,4}$")


def _cut(rest: str, orders: Mapping[str, str] | None) -> str:
    """The byline's names: `rest` up to its first date, separator, digit or lowercase word."""
    dates = find_dates(rest, orders)
    if dates:
        rest = rest[: dates[0].start]
    m = _CUT.search(rest)
    if m:
        rest = rest[: m.start()]
    rest = _GLUED_ROLE.sub("", rest.strip())
    words = []
    for word in rest.split():
        bare = word.rstrip(",;:")
        if bare[:1].islower() and bare not in _PARTICLES and bare not in _CONJUNCTIONS:
            break
        words.append(word)
    return " ".join(words).strip(" ,;:&")


def _case_boundary(words: list[str]) -> list[str]:
    """ALL-CAPS name words followed by other words ("ERIC TUCKER Associated Press"): the
    change of case separates the name from what follows it."""
    caps = 0
    for word in words:
        letters = [ch for ch in word if ch.isalpha()]
        if not (len(letters) >= 2 and all(ch.isupper() for ch in letters)):
            break
        caps += 1
    return words[:caps] if 2 <= caps < len(words) else words


def _once(words: list[str]) -> list[str]:
    """A name printed twice in a row ("Sean Martin Sean Martin") once."""
    half = len(words) // 2
    if len(words) % 2 == 0 and half >= 2 and words[:half] == words[half:]:
        return words[:half]
    return words


def is_name(words: Sequence[str]) -> bool:
    """Two to five words shaped like a person's name: capitalised words (particles such as
    "van" or "de" aside), no digits or symbols, no organisation, role or weekday word."""
    if not 2 <= len(words) <= 5:
        return False
    capitalised = 0
    for word in words:
        folded = word.casefold()
        if folded in _ORG_WORDS or folded in _ROLE_WORDS or not _NAME_WORD.match(word):
            return False
        if word[0].isupper():
            capitalised += 1
        elif folded not in _PARTICLES:
            return False
    return capitalised >= 2


def title_case(name: str) -> str:
    """An ALL-CAPS name in title case ("MARY O'NEIL-SMITH" → "Mary O'Neil-Smith", "JOHN MCCOY"
    → "John McCoy"); a name with any lowercase letter is returned as printed. Only "Mc" gets an
    inner capital: "Mac" starts as many names without one (Mack, Macy, Machado) as with one."""
    if any(ch.islower() for ch in name):
        return name
    titled = re.sub(r"[^\W\d_]+", lambda m: m.group()[0] + m.group()[1:].lower(), name)
    return _MC.sub(lambda m: "Mc" + m.group(1).upper(), titled)


_MC = re.compile(r"\bMc([^\W\d_])")


def authors_in(rest: str, orders: Mapping[str, str] | None = None) -> list[str] | None:
    """The authors named by the text after "By": None when it names nothing (no byline),
    [] when it is a byline that cannot be read with confidence, else the names."""
    names = _cut(rest, orders)
    if not names:
        return None
    authors: list[str] = []
    for part in _PARTS.split(names):
        words = part.split()
        if not words:
            continue
        if len(words) == 1 and words[0].casefold() in _SUFFIXES:
            if not authors:
                return []
            authors[-1] = f"{authors[-1]}, {words[0]}"  # "…, Jr."
            continue
        if len(words) == 1 and _CREDENTIAL.match(words[0]) and sum(c.isupper() for c in part) > 1:
            continue  # "MS", "RD", "PhD"
        if any(w.casefold() in _ROLE_WORDS for w in words):
            continue  # "Staff Writer", "AP National Political Writer"
        words = _once(_case_boundary(words))
        if not is_name(words):
            return []
        name = title_case(" ".join(words))
        if name not in authors:
            authors.append(name)
    return authors


def byline_authors(
    line: str, following: str | None = None, orders: Mapping[str, str] | None = None
) -> list[str] | None:
    """Authors of a byline line (None when the line is no byline; [] when unsure).
    `following` is the next line, read when the line is only "By"."""
    if reads_as_prose(line):
        return None
    for segment in _SEGMENTS.split(line.strip()):
        m = _BY.match(segment)
        if not m:
            continue
        rest = segment[m.end() :]
        if not rest.strip():
            if following is None or reads_as_prose(following):
                return None
            rest = following
        return authors_in(rest, orders)
    return None


# --- the header ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Byline:
    published: str | None = None  # ISO date of first publication
    authors: tuple[str, ...] = ()
    # `published` is a dateline without a year dated by the copyright line: a weaker source
    # than the day a page's address files it under
    yearless: bool = False


def header_lines(
    count: int, title: int | None, first: int, kept: set[int]
) -> tuple[list[int], list[int]]:
    """Indices of the header's lines, in the order they are read: (between the title and the
    first paragraph, then just after it), and the lines above the title, nearest first."""
    top = title if title is not None and title < first else first
    near = [i for i in range(top + 1, first) if i not in kept]
    near += [i for i in range(first + 1, min(count, first + 1 + BELOW)) if i not in kept]
    above = [i for i in range(top - 1, max(-1, top - 1 - ABOVE), -1) if i not in kept]
    return near, above


def _repeated(texts: Sequence[str], i: int, top: int, same: Callable[[str], bool]) -> bool:
    """Another line of the same kind near line i above the title (from LIST_GUARD lines above
    it to the title): i is one item of a list (dated teasers, an archive), not the header."""
    return any(same(texts[j]) for j in range(max(0, i - LIST_GUARD), top) if j != i)


def find_byline(
    texts: Sequence[str], title: int | None, first: int, kept: set[int], last: int | None = None
) -> Byline:
    """The header's publication date and byline authors. `texts` are the dump's non-blank
    lines, `title` and `first` the indices of the title (None if none) and the first article
    line, `kept` the indices of lines kept as article text."""
    if not 0 <= first < len(texts):
        return Byline()
    orders = PageOrders("\n".join(texts))
    near, above = header_lines(len(texts), title, first, kept)
    top = title if title is not None and title < first else first
    last = first if last is None else last

    def dated(text: str) -> bool:
        return bool(find_dates(text, orders))

    def byline(text: str) -> bool:
        return byline_authors(text, None, orders) is not None

    published: str | None = None
    authors: list[str] | None = None
    labelled = _labelled_lines(texts, top, last, kept)
    for i in near + above:
        is_above = i < top
        if (
            published is None
            and not (is_above and _repeated(texts, i, top, dated))
            and not _caption(texts[i])
        ):
            published = published_in(texts[i], orders)
            if published is None and not is_above and i + 1 in near and not _caption(texts[i + 1]):
                # a dateline set on two lines ("November 20" / "15:23 2019")
                published = published_in(texts[i] + " " + texts[i + 1], orders)
        if authors is None and not (is_above and _repeated(texts, i, top, byline)):
            following = texts[i + 1] if i + 1 < len(texts) and i + 1 not in kept else None
            authors = byline_authors(texts[i], following, orders)
        if published is not None and authors is not None:
            break
    # A dateline that says what it dates ("First Published:", "Original", "Updated") is
    # read further out: pages print it a few lines above the headline or right after the
    # article. A first-publication date wins; failing one, the update date of the header
    # (the article was published that day or earlier: the nearest date the page states).
    for i in labelled:
        published = published or published_in(texts[i], orders)
    if published is None and (update := _first_update(texts, near + above + labelled, orders)):
        # a numeric first-publication date settled by it, else the update date itself
        published = _settled_by_update(texts, labelled, update) or update
    header = near if title is not None and title < first else near + above
    if published is None and (inferred := _yearless(texts, header, kept)) is not None:
        return Byline(published=inferred, authors=tuple(authors or ()), yearless=True)
    return Byline(published=published, authors=tuple(authors or ()))


def _first_update(texts: Sequence[str], lines: Sequence[int], orders) -> str | None:
    """The first update date the lines state, captions aside ("Updated 3:27 am, Nov. 20")."""
    return next(
        (
            u
            for i in lines
            if not _caption(texts[i]) and (u := published_in(texts[i], orders, True))
        ),
        None,
    )


UPDATE_REACH = 31  # days: a first publication this close before the page's update


def _settled_by_update(texts: Sequence[str], labelled: Sequence[int], update: str) -> str | None:
    """A first-publication date written in numbers either way round ("First published on:
    02-05-2026") read the way that falls on or shortly before the page's update date ("Updated:
    May 3, 2026"): 2 May, not 5 February; None when neither or both do."""
    updated = dt.date.fromisoformat(update)
    for i in labelled:
        if _UPDATE.search(texts[i]):
            continue
        for m in _NUMERIC.finditer(texts[i]):
            a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("y"))
            fits = {
                iso
                for day, month in ((a, b), (b, a))
                if (iso := _valid(year, month, day))
                and 0 <= (updated - dt.date.fromisoformat(iso)).days <= UPDATE_REACH
            }
            if len(fits) == 1:
                return fits.pop()
    return None


def _caption(line: str) -> bool:
    """A photo's caption ("Smoke rises over Detroit Lake, Ore., Sunday, Sept. 14, 2025. (AP
    Photo/Craig Roe)"): the day the photo was taken, no dateline of the article."""
    return furniture(line, TAIL) == CAPTION


def _mentions_year_near(texts: Sequence[str], kept: set[int], year: int) -> bool:
    wanted = {str(year - 1), str(year), str(year + 1)}
    return any(m.group() in wanted for i in kept for m in _ANY_YEAR.finditer(texts[i]))


def copyright_year(texts: Sequence[str]) -> int | None:
    """The year the page's copyright lines state (the end of a range), when they agree on one:
    the year the page was made, which a dateline without a year is in."""
    years = {int(m.group("y")) for text in texts for m in _COPYRIGHT.finditer(text)}
    return years.pop() if len(years) == 1 else None


def _yearless(texts: Sequence[str], near: Sequence[int], kept: set[int]) -> str | None:
    """The publication date of a header dateline printed without a year ("By Nathan Birch" /
    "Nov 18"): sites leave out the current year, so it is the year of the page's copyright
    line. Only in the header (never above a title, where teasers are), only one such date
    there, and only with a single copyright year: else none."""
    found = []
    for i in near:
        line = texts[i]
        if len(line) > MAX_LINE or _ANY_YEAR.search(line) or _UPDATE.search(line):
            continue  # (an update date is no publication date, with or without its year)
        dates = [
            m
            for pattern in _YEARLESS
            for m in pattern.finditer(line)
            if m.group("m")[0].isupper() and m.group("m").casefold() not in _ENGLISH_WORDS
        ]
        if len(dates) != 1:
            continue
        spans = [DateFound(m.start(), m.end(), None, False) for m in dates]
        if (
            reads_as_prose(line, spans)
            or len(_WORD.findall(_leftover(line, spans))) > 6
            or ":" in line[: dates[0].start()]  # "Event: March 3 at City Hall": a label's date
        ):
            continue
        found.append(dates[0])
    if len(found) != 1:
        return None
    year = copyright_year(texts)
    if year is None or not _mentions_year_near(texts, kept, year):
        # a footer prints the year the page was made, which may be long after the article:
        # the article's own text must name that year or the one before (or after)
        return None
    m = found[0]
    return _valid(year, MONTHS[m.group("m").casefold()], int(m.group("d")))


def _labelled_lines(texts: Sequence[str], top: int, last: int, kept: set[int]) -> list[int]:
    """Lines labelled as a publication or update dateline within LABELLED_REACH lines above
    the header's top and after the article's last line, nearest first."""
    above = range(top - 1, max(-1, top - 1 - LABELLED_REACH), -1)
    below = range(last + 1, min(len(texts), last + 1 + LABELLED_REACH))
    # a release's label stacked with its date, above the headline and once there (a list of
    # releases labels every entry so, and sits after the article as often): "Press Release" /
    # "November 14, 2025" under it, or "13 November 2025" / "News release" over it
    labels = sorted(i for i in above if _RELEASE_LINE.fullmatch(texts[i]))
    stacks = [i for i in labels if i - 1 not in labels]  # "Press Release" / "FOR IMMEDIATE …"
    releases = []
    if len(stacks) == 1:  # one stack of labels: the line under it, else the one over it when
        # only the release's own short lines stand between the label and the headline (a place,
        # "Reading time: 4 min"; not a teaser's headline, as a list of other releases has)
        releases = [max(labels) + 1]
        if all(
            len(texts[j].split()) <= SHORT_LINE or _DIGIT.search(texts[j])
            for j in range(max(labels) + 1, top)
        ):
            releases.append(stacks[0] - 1)
    labelled = [i for i in (*above, *below) if i not in kept and _DATELINE_LABEL.search(texts[i])]
    # a line that says it is the publication date ("Published: 14 October 2025") first
    return labelled + [i for i in above if i in releases and i < top and i not in kept]


def kept_lines(texts: Sequence[str], starts: Sequence[tuple[int, str]]) -> set[int]:
    """Indices of the dump lines a kept block holds, from (index of its first line, its text):
    the cleaner may join a hard-wrapped paragraph's lines into one block, so the lines after
    the first belong to it too as long as their text is part of the block's."""
    kept = set()
    for start, block in starts:
        kept.add(start)
        i = start + 1
        while i < len(texts) and texts[i] in block:
            kept.add(i)
            i += 1
    return kept


def byline_of(text: str, cleaned: Cleaned) -> Byline:
    """The header facts of a dump, around the article the cleaner found in it."""
    lines = split_lines(text)
    texts = [line.text for line in lines]
    index = {line.lineno: line.index for line in lines}
    body = [index[b.line] for b in cleaned.body if b.line in index]
    if not body:
        return Byline()
    title = next((index.get(b.line) for b in cleaned.blocks if b.kind == "title"), None)
    kept = kept_lines(texts, [(index[b.line], b.text) for b in cleaned.blocks if b.line in index])
    return find_byline(texts, title, body[0], kept, body[-1])
