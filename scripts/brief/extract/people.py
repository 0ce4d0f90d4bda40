"""Find groups of people in a sentence: how many, of which nationality, in the source's words.

A group is an optional determiner, an optional quantity ("three", "more than a dozen", "some
40", "a"), up to three modifiers and a head: a demonym ("Norwegians", "a Swede"), a demonym
before a person noun ("a Chilean student") or a person noun ("five … volunteers"). Groups join
by "and" ("two Norwegians and a Swede" counts 3), take a nationality apposition ("…, all
Peruvians") and a partitive ("One of the three …", whose count stays the whole group's).
"The five" alone is an anaphor with a count. Groups are what cases are matched on across
paragraphs, so `definite` records whether the group points back to people already named.

Demonyms are recognised by shape, not by a list of countries: a capitalised word ending in
-an/-ian/-ean, -ese, -ish, -i, -ek, -ik, -ak or -ot (plural or not), plus a few irregular
forms (Thai, Swiss, Dutch, Greek, ...). The shape rule covers countries without a table and
keeps misspellings as written; false friends are kept out three ways: the word must sit in a
people group, must not be a known non-demonym of the same shape (country names, common names,
Christian, Civilian, ...), and must never occur in lowercase in the article (`common`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from brief.extract.numbers import digits_value

NUMBER_WORDS = {
    word: value
    for value, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
} | {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_SCALES = {"dozen": 12, "hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9}
_VAGUE = frozenset("several many few dozens hundreds thousands scores numerous".split())
_QUALIFIERS = tuple(
    tuple(q.split())
    for q in (
        "more than",
        "fewer than",
        "less than",
        "at least",
        "at most",
        "close to",
        "up to",
        "as many as",
        "over",
        "under",
        "about",
        "around",
        "approximately",
        "roughly",
        "nearly",
        "almost",
        "some",
    )
)
_QUALIFIER_STARTS = frozenset(q[0] for q in _QUALIFIERS)
_DETERMINERS = frozenset("the these those this that".split())
_STARTS = _DETERMINERS | _QUALIFIER_STARTS | _VAGUE | {"a", "an"}
_PARTITIVE = frozenset("one each some most all both none".split())

PERSON_NOUNS = frozenset(
    """
    people persons person individual individuals man men woman women child children boy boys
    girl girls teenager teenagers adult adults family families migrant migrants immigrant
    immigrants refugee refugees asylum-seeker asylum-seekers national nationals citizen citizens
    resident residents tourist tourists traveler travelers traveller travellers passenger
    passengers climber climbers hiker hikers skier skiers student students worker workers
    soldier soldiers troops servicemember servicemembers officer officers agent agents
    operative operatives fighter fighters militant militants member members suspect suspects
    smuggler smugglers civilian civilians victim victims journalist journalists sailor sailors
    fisherman fishermen pilgrim pilgrims alien aliens detainee detainees prisoner prisoners
    hostage hostages activist activists protester protesters protestors volunteer volunteers
    doctor doctors nurse nurses patient patients crew crewmembers diplomat diplomats
    personnel staff guards pilots
    """.split()
)

_PERSON_TAILS = frozenset(w for w in PERSON_NOUNS if len(w) >= 5 and w.endswith("s"))
_TAIL_LENGTHS = sorted({len(w) for w in _PERSON_TAILS})


@lru_cache(maxsize=4096)  # asked of every word of every group, the same words again and again
def is_person_noun(word: str) -> bool:
    """A noun for people: listed, a compound ending in a listed plural ("firefighters",
    "farmworkers"), or an agent noun in -ists ("economists"); lower-case input."""
    if word in PERSON_NOUNS:
        return True
    if word.endswith("ists") and len(word) > 6:
        return True
    return any(len(word) > n + 2 and word[-n:] in _PERSON_TAILS for n in _TAIL_LENGTHS)


_GROUP_NOUNS = frozenset("group band party pair trio family cell crew team contingent".split())

# Words that end a modifier run: function words and auxiliaries, never part of a people phrase.
FUNCTION_WORDS = frozenset(
    """
    the a an of to in on at by for with from into onto via and or but nor as than that which
    who whom whose what where when while if because since after before until though although
    was were is are be been being am have has had do does did will would shall should can
    could may might must not no all there their they them it its he him his she her we our
    us you your i me my also then so such only just very too said says
    """.split()
)

# Same shape as a demonym but not one (general knowledge, not article facts).
_NOT_DEMONYMS = frozenset(
    """
    iran oman sudan japan taiwan bhutan vatican yucatan michigan afghanistan human woman
    man christian republican lutheran anglican episcopalian presbyterian libertarian
    samaritan partisan artisan veteran civilian guardian physician technician musician
    politician historian librarian comedian pedestrian median titan caravan ian brian adrian
    julian sebastian ryan dan alan dean sean evan ivan logan morgan megan susan vivian
    nairobi delhi hawaii mumbai helsinki tbilisi mali fiji haiti malawi brunei burundi
    djibouti mississippi missouri miami cincinnati patriot parish publish finish establish
    """.split()
)
_IRREGULAR_DEMONYMS = frozenset(
    """
    turk thai swiss french dutch czech pole scot dane finn swede kurd arab serb croat brit
    briton filipino filipina argentine inuit basque welsh kazakh kyrgyz turkmen lao maori roma
    uyghur uighur hmong greek pashtun
    """.split()
)
_DEMONYM_SUFFIXES = ("an", "ese", "ish", "i", "ek", "ik", "ak", "ot")

_NUMBER = re.compile(r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\w-])")
_TOKEN = re.compile(rf"(?:\w+-)?(?:[A-Z]\.){{2,}}|\d+(?:/\d+)+|{_NUMBER.pattern}|\w+(?:[’'-]\w+)*")


# A proper name opening a clause: capitalised words, dotted initials ("U.N.").
_NAME_WORD = r"(?:(?:\w+-)?(?:[A-Z]\.){2,}|[A-Z][\w’'.-]*\w)"
_NAMED = re.compile(rf"({_NAME_WORD}(?:\s+{_NAME_WORD})+)\s+[a-z]")
_NOT_NAME_STARTS = frozenset(
    """
    The A An In On At As By For From Of To With While When After Before This That These Those
    It Its If But And Or Most Many Some All Several Only Even Over Under Since Until During
    """.split()
)


@dataclass(frozen=True, slots=True)
class Group:
    start: int
    end: int
    text: str
    count: int | None
    nationalities: tuple[str, ...]  # demonyms as written
    definite: bool  # "the/these/this … ", "The five", "This group of …": points back


class _Parsed(NamedTuple):
    start: int
    end: int
    count: int | None
    nationalities: tuple[str, ...]
    definite: bool
    next: int  # index of the first token after the group


class _Tok(NamedTuple):
    text: str
    low: str
    start: int
    end: int


def is_demonym(word: str, common: frozenset[str] = frozenset()) -> bool:
    """True when `word` has the shape of a nationality word (see module docstring)."""
    if not word[:1].isupper() or word.isupper() or not word.replace("-", "").isalpha():
        return False
    low = word.lower()
    base = low[:-1] if low.endswith("s") and not low.endswith(("ss", "ese")) else low
    if low in common or base in common or base in _NOT_DEMONYMS or low in _NOT_DEMONYMS:
        return False
    if base in _IRREGULAR_DEMONYMS or low in _IRREGULAR_DEMONYMS:
        return True
    return len(base) >= 4 and base.endswith(_DEMONYM_SUFFIXES) and not base.endswith("stan")


def demonym_stem(word: str) -> str:
    """Singular, lowercased form, so "Peruvians" and "Peruvian" match."""
    low = word.lower()
    return low[:-1] if low.endswith("s") and not low.endswith(("ss", "ese")) else low


def tokens(text: str) -> list[_Tok]:
    return [_Tok(m.group(), m.group().lower(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def find_groups(
    text: str, common: frozenset[str] = frozenset(), skip: tuple[tuple[int, int], ...] = ()
) -> list[Group]:
    """Return the people groups of `text` in reading order; `skip` spans (dates, sorted) are
    ignored."""
    toks = _outside(tokens(text), skip) if skip else tokens(text)
    groups: list[Group] = []
    i = 0
    while i < len(toks):
        parsed = _parse(text, toks, i, common) if _can_start(toks[i]) else None
        if parsed is None:
            i += 1
            continue
        group, j = parsed
        groups.append(_with_partitive(text, toks, i, group))
        i = j
    return groups


def _outside(toks: list[_Tok], skip: tuple[tuple[int, int], ...]) -> list[_Tok]:
    """The tokens that start outside the sorted spans `skip` (one pass over both)."""
    out, k = [], 0
    for tok in toks:
        while k < len(skip) and skip[k][1] <= tok.start:
            k += 1
        if k == len(skip) or tok.start < skip[k][0]:
            out.append(tok)
    return out


def _can_start(tok: _Tok) -> bool:
    """Cheap filter: a group opens with a determiner, a quantity or a capitalised word."""
    return (
        tok.low in _STARTS
        or tok.low in NUMBER_WORDS
        or tok.text[:1].isupper()
        or bool(_NUMBER.fullmatch(tok.text))
        or _compound(tok.low) is not None
    )


def _adjacent(text: str, a: _Tok, b: _Tok) -> bool:
    return text[a.end : b.start].isspace()


def _parse(text: str, toks: list[_Tok], i: int, common: frozenset[str]):
    """Parse one group starting at token i; return (Group, next index) or None."""
    parsed = _parse_simple(text, toks, i, common)
    if parsed is None:
        return None
    start, end, count, nats, definite, j = parsed
    # Apposition naming the nationality: "four volunteers, all Peruvians".
    comma = j + 1 < len(toks) and text[toks[j - 1].end : toks[j].start].strip() == ","
    if comma and toks[j].low in ("all", "both", "each", "most"):
        k = j + 1
        if k < len(toks) and not is_demonym(toks[k].text, common) and toks[k].low.isalpha():
            k += 1
        if k < len(toks) and is_demonym(toks[k].text, common):
            nats, end, j = (*nats, toks[k].text), toks[k].end, k + 1
    # Coordination: "two Norwegians and a Swede", "two Danes, a Finn and four Poles".
    while j + 1 < len(toks):
        gap = text[toks[j - 1].end : toks[j].start].strip()
        if toks[j].low == "and" and gap in ("", ","):
            nxt = j + 1
        elif gap == "," and toks[j].low not in FUNCTION_WORDS:
            nxt = j
        else:
            break
        more = _parse_simple(text, toks, nxt, common)
        if more is None or more.count is None or more.definite:
            break
        end, j = more.end, more.next
        count = count + more.count if count is not None else None
        nats = (*nats, *more.nationalities)
    return Group(start, end, text[start:end], count, nats, definite), j


def _parse_simple(text: str, toks: list[_Tok], i: int, common: frozenset[str]) -> _Parsed | None:
    """Determiner? quantity? modifiers{0,3} head."""
    j, n = i, len(toks)
    definite = toks[j].low in _DETERMINERS
    if definite:
        j += 1
    j, count, article = _quantity(toks, j)
    after_quantity = j
    nats: list[str] = []
    head_end = None
    for _ in range(4):
        if j >= n or (j > i and not _adjacent(text, toks[j - 1], toks[j])):
            break
        tok = toks[j]
        if is_demonym(tok.text, common):
            nats.append(tok.text)
            nxt = toks[j + 1] if j + 1 < n and _adjacent(text, tok, toks[j + 1]) else None
            if nxt and is_person_noun(nxt.low):
                head_end, j = nxt.end, j + 2
                break
            plural = tok.low.endswith("s") and not tok.low.endswith(("ss", "ese"))
            counted = count is not None or definite  # "a Swede", "the Swede"; not a bare "Swede"
            if plural or (counted and (nxt is None or nxt.low in FUNCTION_WORDS)):
                head_end, j = tok.end, j + 1
                break
            j += 1  # a demonym modifying something else: keep looking for a person noun
            continue
        if is_person_noun(tok.low):
            head_end, j = tok.end, j + 1
            break
        if tok.low in _GROUP_NOUNS and j + 2 < n and toks[j + 1].low == "of":
            inner = _parse_simple(text, toks, j + 2, common)
            if inner is None:
                return None
            head_end, nats, j = inner.end, list(inner.nationalities), inner.next
            count = inner.count if inner.count is not None else count
            break
        if tok.low in FUNCTION_WORDS or tok.low in NUMBER_WORDS or tok.text[:1].isdigit():
            break
        j += 1  # a modifier: "young", "U.N.", "NGO", "South"
    if head_end is None:
        # "The five returned …": a definite bare number points back to a counted group.
        j = after_quantity
        if definite and count is not None and not article and j < n:
            prev, nxt = toks[j - 1], toks[j]
            if (
                not _adjacent(text, prev, nxt)
                or nxt.low in FUNCTION_WORDS
                or nxt.low.endswith("ed")
            ):
                return _Parsed(toks[i].start, prev.end, count, (), True, j)
        return None
    if count is None and not definite and not nats:
        return None  # "potential terrorists": no number, no nationality, no reference
    if article and not nats and toks[j - 1].low.endswith("s"):
        return None  # "a … migrants": the article belongs to another noun, not one person
    return _Parsed(toks[i].start, head_end, count, tuple(nats), definite, j)


def _quantity(toks: list[_Tok], j: int):
    """Read a quantity at token j: (next index, count or None, is it just "a/an")."""
    n = len(toks)
    if j < n and toks[j].low in _QUALIFIER_STARTS:
        for qualifier in _QUALIFIERS:
            words = tuple(t.low for t in toks[j : j + len(qualifier)])
            if words == qualifier and j + len(qualifier) < n:
                j += len(qualifier)
                break
    if j >= n:
        return j, None, False
    tok = toks[j]
    value: float | None = None
    if _NUMBER.fullmatch(tok.text):
        value = digits_value(tok.text)
        if value is None:
            return j, None, False
    elif tok.low in NUMBER_WORDS or _compound(tok.low) is not None:
        value = NUMBER_WORDS.get(tok.low, _compound(tok.low))
    elif tok.low in ("a", "an"):
        if j + 1 < n and toks[j + 1].low in _SCALES:
            return j + 2, _SCALES[toks[j + 1].low], False
        return j + 1, 1, True
    elif tok.low in _VAGUE:
        j += 1
        if j < n and toks[j].low == "of":
            j += 1
        return j, None, False
    if value is None:
        return j, None, False
    j += 1
    if j < n and toks[j].low in _SCALES:
        value *= _SCALES[toks[j].low]
        j += 1
    return j, int(value), False


def _compound(word: str) -> int | None:
    """ "twenty-five" → 25."""
    tens, _, unit = word.partition("-")
    if unit and tens in NUMBER_WORDS and unit in NUMBER_WORDS and NUMBER_WORDS[tens] >= 20:
        return NUMBER_WORDS[tens] + NUMBER_WORDS[unit]
    return None


def _with_partitive(text: str, toks: list[_Tok], idx: int, group: Group) -> Group:
    """Extend "the three Danes" (starting at token `idx`) to "One of the three Danes"; the
    count stays the group's."""
    if idx < 2 or toks[idx - 1].low != "of" or not group.definite:
        return group
    quant = toks[idx - 2]
    if not (quant.low in NUMBER_WORDS or quant.low in _PARTITIVE or _NUMBER.fullmatch(quant.text)):
        return group
    start = quant.start
    if idx >= 3 and toks[idx - 3].low in ("some", "about", "around", "nearly", "over"):
        start = toks[idx - 3].start
    count = group.count
    if count is None and _NUMBER.fullmatch(quant.text):
        value = digits_value(quant.text)
        count = int(value) if value is not None else None
    return Group(start, group.end, text[start : group.end], count, group.nationalities, True)


def named_subject(clause: str) -> str | None:
    """A multiword proper name opening the clause ("Ana Ruiz was …"), or None."""
    match = _NAMED.match(clause)
    first = match.group(1).split()[0] if match else ""
    if not match or first in _NOT_NAME_STARTS or first.lower() in NUMBER_WORDS:
        return None
    return match.group(1)
