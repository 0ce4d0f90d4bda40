"""Places, organisations and hedges in a span of text, each exactly as the source writes them.

Rules, chosen to need no gazetteer:
- place: a capitalised name after a locative preposition ("in Lyon", "into the … area",
  "in A, B, and C"), or a capitalised name before a lowercase place noun ("the … border",
  "… area"); months, demonyms ("on the Danes"), proper adjectives ("on the X ferries"),
  acronyms and organisation names are not places.
- organisation: a capitalised name followed by its (ACRONYM); a capitalised name whose head is
  an institution word ("… Department of …", "… Institute"); any other all-caps acronym. A bare
  acronym already spelled out in the same span is not repeated.
- hedge: the source's qualifying phrases ("possible ties", "said to have ties", "believed to
  have entered", "remains unclear"), kept so an item never reads stronger than the source.
"""

from __future__ import annotations

import re
from functools import lru_cache

from brief.extract.folded import folded
from brief.extract.people import FUNCTION_WORDS, is_demonym

_MONTHS = frozenset(
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)
_PLACE_NOUNS = (
    r"area|border|borders|region|province|county|district|valley|coast|coastline|sector|"
    r"basin|peninsula|frontier|corridor|highlands|mountains|desert|city|suburbs|outskirts"
)
_ORG_HEADS = (
    r"Department|Ministry|Agency|Bureau|Office|Service|Services|Police|Patrol|Guard|Army|Navy|"
    r"Corps|Force|Forces|Court|Commission|Committee|Council|Parliament|Senate|Assembly|"
    r"University|Institute|Association|Organization|Organisation|Foundation|Company|"
    r"Corporation|Bank|Party|Front|Brigade|Cartel|Authority|Administration|Union|League|"
    r"Network|Group|Agencies|Directorate|Inspectorate"
)
_NAME = r"[A-Z][a-zà-ÿ]+(?:[-’'][A-Z]?[a-zà-ÿ]+)*"
_NAME_RUN = rf"{_NAME}(?:\s+(?:(?:of|de|del|la|le|upon|on)\s+)?{_NAME})*"
_PLACE_AFTER_PREP = re.compile(
    rf"\b(?i:in|inside|into|near|at|from|via|on|outside|across|through|throughout|around|"
    rf"toward|towards)\s+(?:the\s+)?(?P<name>{_NAME_RUN}(?:\s+(?:{_PLACE_NOUNS})\b)?)"
    rf"(?P<more>(?:,\s+(?:and\s+)?{_NAME_RUN}|\s+and\s+{_NAME_RUN})*)"
)
_NAME_RUN_RE = re.compile(_NAME_RUN)
# "an investigation into the Bidens", "a probe into Burisma": "into" after an inquiry is about
# a subject, not a place.
_INQUIRY = frozenset(
    "investigation investigations inquiry inquiries probe probes look looked looking "
    "research study studies review reviews insight insights".split()
)
_LAST_WORD = re.compile(r"(\w+)\W*$")
_NEXT_WORD = re.compile(r"\s+([a-z][\w’'-]*)")
_PLACE_BEFORE_NOUN = re.compile(rf"\b(?P<name>{_NAME_RUN}\s+(?:{_PLACE_NOUNS}))\b")
# "the island of Rhodes", "the city of Lyon": the name follows a place noun and "of".
_PLACE_OF = re.compile(
    rf"\b(?i:island|islands|city|town|village|port|state|province|region|county|district|"
    rf"republic|municipality|capital|kingdom)\s+of\s+(?P<name>{_NAME_RUN})"
)

_ORG_WORD = r"(?:(?:\w+-)?(?:[A-Z]\.){2,}|[A-Z][\w’'&-]*)"
_ORG_CONNECTOR = r"(?:of|and|for|on|the|de|du|des|la|del|&)"
_ORG_WITH_ACRONYM = re.compile(
    rf"{_ORG_WORD}(?:\s+(?:{_ORG_CONNECTOR}\s+)*{_ORG_WORD})*\s+\((?P<acr>[A-Z][A-Za-z0-9&-]*"
    rf"[A-Z0-9])\)"
)
_ORG_WITH_HEAD = re.compile(
    rf"(?:{_ORG_WORD}\s+){{1,4}}(?:{_ORG_HEADS})\b"
    rf"(?:\s+(?:of|for|on)\s+(?:the\s+)?{_ORG_WORD}(?:\s+(?:and\s+)?{_ORG_WORD})*)?"
    rf"(?!\s+[A-Z(])"
)
_ORG_HEAD = re.compile(rf"\b(?:{_ORG_HEADS})\b")
_ACRONYM = re.compile(r"(?<![\w.])[A-Z][A-Z&]{1,}(?:-[A-Z0-9]+)*\b(?!\.\w)")
_NOT_ORG_ACRONYMS = frozenset(
    "US USA UK CEO CFO CTO GDP TV OK AM PM ID DNA AI FY PHD NB II III IV VI VII VIII IX XI XX "
    "AD BC".split()
)
_LEADING_FUNCTION = re.compile(
    r"^(?:(?:The|A|An|In|On|At|As|By|For|From|Of|To|With|While|When|After|Before|This|That|"
    r"And|But|Or|If)\s+)+"
)

_HEDGES = folded(
    r"\b(?:(?:not\s+)?(?:said|believed|thought|reported|alleged|suspected|understood|feared"
    r"|rumou?red|presumed|claimed)\s+to\s+(?:have\s+[\w’'-]+|be|[\w’'-]+)"
    r"|(?:possible|possibly|potential|potentially|alleged|allegedly|suspected|reportedly|"
    r"apparent|apparently|likely|probably|presumably|purported|purportedly|unconfirmed|"
    r"unverified|perhaps|seemingly)(?:\s+(?:very|more|most|highly|also))?\s+[\w’'-]+"
    r"|(?:may|might|could)\s+have\s+[\w’'-]+"
    r"|(?:appears?|appeared|seems?|seemed)\s+to\s+[\w’'-]+"
    r"|(?:remains?|remained|is|was|it\s+is)\s+(?:still\s+)?(?:unclear|uncertain|unknown)"
    r"|(?:unclear|uncertain)\s+(?:if|whether))"
)


def find_places(text: str) -> list[str]:
    """Place names in `text`, in reading order, deduplicated."""
    organizations = find_organizations(text)
    found: list[tuple[int, str]] = []
    for match in _PLACE_AFTER_PREP.finditer(text):
        if _adjective_use(text, match.end("name")):
            continue  # "on the Greek ferries": a proper adjective, not a place
        if _inquiry_into(text, match):
            continue
        found.append((match.start("name"), match.group("name")))
        more = match.group("more")
        if more:
            offset = match.start("more")
            for part in _NAME_RUN_RE.finditer(more):
                found.append((offset + part.start(), part.group()))
    for match in _PLACE_OF.finditer(text):
        found.append((match.start("name"), match.group("name")))
    for match in _PLACE_BEFORE_NOUN.finditer(text):
        name = _LEADING_FUNCTION.sub("", match.group("name"))
        found.append((match.end() - len(name), name))
    places: list[str] = []
    for _, name in sorted(found):
        words = name.split()
        demonym = len(words) == 1 and name.endswith("s") and is_demonym(name)
        if words[0] in _MONTHS or demonym or any(name in o for o in organizations):
            continue
        if _ORG_HEAD.search(name) or name in places:
            continue
        if any(name in p for p in places):
            continue
        places = [p for p in places if p not in name] + [name]
    return places


def _inquiry_into(text: str, match: re.Match[str]) -> bool:
    if match.group().split(None, 1)[0].lower() != "into":
        return False
    before = _LAST_WORD.search(text, 0, match.start())
    return before is not None and before.group(1).lower() in _INQUIRY


def _adjective_use(text: str, end: int) -> bool:
    following = _NEXT_WORD.match(text, end)
    word = following.group(1) if following else ""
    return bool(word) and word not in FUNCTION_WORDS and not word.endswith("ly")


def find_organizations(text: str) -> list[str]:
    """Organisation names and acronyms in `text`, in reading order, deduplicated."""
    return list(_organizations(text))


@lru_cache(maxsize=4096)
def _organizations(text: str) -> tuple[str, ...]:
    found: list[tuple[int, str]] = []
    spelled: set[str] = set()
    for match in _ORG_WITH_ACRONYM.finditer(text) if "(" in text else ():
        name = _LEADING_FUNCTION.sub("", match.group())
        if name.startswith("(") or match.group("acr") in _NOT_ORG_ACRONYMS:
            continue
        found.append((match.end() - len(name), name))
        spelled.add(match.group("acr"))
    for match in _ORG_WITH_HEAD.finditer(text) if _ORG_HEAD.search(text) else ():
        name = _LEADING_FUNCTION.sub("", match.group())
        if len(name.split()) >= 2 and not any(name in f for _, f in found):
            found.append((match.end() - len(name), name))
    for match in _ACRONYM.finditer(text):
        acronym = match.group()
        if acronym in _NOT_ORG_ACRONYMS or acronym in spelled or text.isupper():
            continue
        if not any(s <= match.start() < s + len(f) for s, f in found):
            found.append((match.start(), acronym))
    organizations: list[str] = []
    for _, name in sorted(found):
        if name not in organizations:
            organizations.append(name)
    return tuple(organizations)


def find_hedges(text: str) -> list[str]:
    """The source's hedge phrases in `text`, exact and deduplicated."""
    hedges: list[str] = []
    for match in _HEDGES.finditer(text):
        if match.group() not in hedges:
            hedges.append(match.group())
    return hedges
