"""Results of contests: "Norway beat Malta 6-0", "a 3-1 victory against Chile",
"Peru's 4-0 rout of Bolivia", "Lakeside d. Riverview 70-44", "lost 24-17 to the Bears".

`GUIDE.md` counts a score in a result as a figure; the quantity tagger leaves a pair like "6-0"
alone (a falling pair is no range). A scoreline is a result only where the clause says so: a
result verb or noun next to it ("beat", "d.", "drew", "victory", "rout", "loss"), or a named
opponent right after it ("3-0 against Andorra"). Set and period scores written as a
series ("6-4, 7-6 (5)") and in-game scores ("serving at 5-4") are not results.

One figure per side (the project's convention, tests/gold/README.md): each side's tally,
labelled with the side's name as the sentence writes it. English writes the winner's tally
first ("lost 24-17 to the Bears": the Bears scored 24), so the higher number goes to the
winner, whom the result word names; with no result word, the sides take the numbers in the
order they are written. A side the sentence does not name ("they lost 24-17", "an 88-79 loss at
Carver") is named by the result as written, with its venue ("at Carver" names the home side or
a ground: which, English does not say), when the result word stands next to the score.

A season's record is a tally of results ("the Falcons (4-7)", "improved to 13-2", "a 4-7
record", "At 5-8, including 1-4 in the league, the Falcons …"): `find_records` gives one
figure per tally (wins, losses, ties), labelled with the side, and a split of the record
("1-4 in the league", "5-1 at home") with its segment. A pair is a record only where English
says so: in parentheses right after a side's name, after a verb of standing ("improved to",
"fell to"), before "record", "mark" or "overall", or opening a sentence with "At" before its
subject; and only in a sentence about contests (a word of results, seasons or play: "win",
"season", "playoffs", "points"), as "Mortgage rates slipped to 6-7", "Seniors (15-18)", "In
Citizens United (5-4)" and "At 6-4, Jones is the tallest" are ranges, splits and heights.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from brief.extract.dates import MONTH_NUMBERS

_SCORE = re.compile(r"(?<![\w.,:/’'-])(\d{1,3})\s?[-–]\s?(\d{1,3})(?![\w%/’'-]|[.,:]\d)")
# a set or period score of a series: "6-4, 7-6 (5)", "7-6 (5)"
_SERIES_AFTER = re.compile(r"\s?\(\d{1,2}\)|\s*,\s*\d{1,2}\s?[-–]\s?\d{1,2}\b")
_SERIES_BEFORE = re.compile(r"\d{1,2}\s?[-–]\s?\d{1,2}(?:\s?\(\d{1,2}\))?\s*,\s*$")
_NAME = r"(?:[A-Z][\w’'.&-]*)(?:\s+(?:(?:of|de|van|von|da|del|la)\s+)?[A-Z][\w’'.&-]*)*"
# verbs whose subject won, lost or drew, before the score ("beat Malta 6-0")
_WIN_VERB = (
    r"beat|beats|beating|beaten|defeated|defeats|defeating|d\.|downed|downs|topped|tops|"
    r"edged|edges|routed|routs|thrashed|blanked|crushed|outlasted|overcame|upset|upsets|"
    r"held\s+off|holds?\s+off|won|wins|clinched|clinches|got\s+past|gets\s+past|swept|"
    # a count where the first side had more: "outshot the Lakers 38-30"
    r"outshot|outshoots|outscored|outscores|outrebounded|outgained"
)
_LOSS_VERB = r"lost|loses|losing|fell|falls"
_DRAW_VERB = r"drew|draws|drawing|tied|ties|tying"
_WIN_NOUN = r"win|victory|triumph|rout|romp|thrashing|shutout|sweep|run"
_LOSS_NOUN = r"loss|defeat"
_DRAW_NOUN = r"draw|tie|stalemate"
_VERB = re.compile(
    rf"(?<![\w-])(?i:(?P<win>{_WIN_VERB})|(?P<loss>{_LOSS_VERB})|(?P<draw>{_DRAW_VERB}))"
    rf"(?:\s+(?:to|with|against|at)\b)?(?:\s+(?:the\s+)?(?P<other>{_NAME}))?\s+$"
)
# the verb may stand a few words before the score: "beat the Ghana 2-1", "clinched 3-0"
_VERB_ANYWHERE = re.compile(
    rf"(?<![\w-])(?:(?P<win>{_WIN_VERB})|(?P<loss>{_LOSS_VERB})|(?P<draw>{_DRAW_VERB}))(?![\w-])",
    re.IGNORECASE,
)
# a result noun right after the score ("a 3-1 victory"), or after one word that says how it was
# won ("a 2-1 overtime win", "a 5-2 road loss"), or right before it ("victory, 112-107")
_NOUN_AFTER = re.compile(
    # (only a word that tells how a game was won: a unit between, "a 10-15 kg loss", "a 2-3 pct
    # loss", "a 5-10 kilometre run", makes a range)
    r"(?:\s+(?:overtime|home|road|away|shootout|penalty|comeback|narrow|convincing|dramatic"
    r"|opening|season-opening|first-round|semifinal|quarterfinal|final|upset|extra-time|playoff"
    r"|group-stage|league|cup|derby|straight-sets|come-from-behind))?"
    rf"\s+(?:(?P<win>{_WIN_NOUN})|(?P<loss>{_LOSS_NOUN})|(?P<draw>{_DRAW_NOUN}))\b",
    re.IGNORECASE,
)
_NOUN_BEFORE = re.compile(
    rf"\b(?:(?P<win>{_WIN_NOUN})|(?P<loss>{_LOSS_NOUN})|(?P<draw>{_DRAW_NOUN}))\s*,?\s*$",
    re.IGNORECASE,
)
# the opponent named after the score or its noun: "against Chile", "over the Hawks" (not
# "at" or "in", which name a venue as often as a side)
_OPPONENT = re.compile(
    rf"(?i:\s+(?:{_WIN_NOUN}|{_LOSS_NOUN}|{_DRAW_NOUN}))?\s*,?\s+"
    rf"(?i:against|over|of|to|vs\.?|versus|with)\s+(?:the\s+)?(?P<other>{_NAME})"
)
# A side the sentence names by what it is, in lower case: "the men's basketball team", "the
# women's team", "the visitors".
_TEAM = r"(?:the\s+)?(?:[a-z][\w’'-]*\s+){0,3}(?:team|squad|side|club|visitors|hosts)\b"
_NAMES = re.compile(rf"{_NAME}|{_TEAM}")
# capitalised words that open a sentence or a phrase but name no side
_NOT_NAMES = frozenset(
    "The A An And But Or So Yet Instead However Meanwhile Then Now Still Also In On At After "
    "Before With When While Since Although Though This That These Those It He She They We You "
    "I Its Their His Her Our Your There Here Earlier Later Last Next Monday Tuesday Wednesday "
    "Thursday Friday Saturday Sunday Group Game Match Round Week Leg Set Stage Heat".split()
)
WINDOW = 90  # characters before a score in which its verb and its first side are looked for
_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:while|and|but|whereas)\b|\s[—–]\s")


@dataclass(frozen=True)
class Side:
    """One side's tally in a result: where its number is, and the side's name."""

    start: int
    end: int
    value: int
    name_start: int
    name_end: int
    result_start: int  # the result as the sentence says it: first side's name .. its end
    result_end: int


def find_scores(text: str, start: int = 0, end: int | None = None) -> list[Side]:
    """The sides of every result in `text[start:end]` (one sentence), in reading order."""
    end = len(text) if end is None else end
    out: list[Side] = []
    floor = start  # a side is never looked for before the previous result
    for m in _SCORE.finditer(text, start, end):
        if _SERIES_AFTER.match(text, m.end(), end) or _SERIES_BEFORE.search(
            text, max(start, m.start() - 12), m.start()
        ):
            floor = m.end()  # a set score's verb and sides are its own, not the next score's
            continue
        sides = _sides(text, m, max(floor, _clause_start(text, floor, m.start())), end)
        if sides:
            out.extend(sides)
            floor = max(s.name_end for s in sides)
    return sorted(out, key=lambda s: s.start)


def _clause_start(text: str, start: int, at: int) -> int:
    lo = max(start, at - WINDOW)
    last = lo
    for b in _CLAUSE_BREAK.finditer(text, lo, at):
        last = b.end()
    return last


def _sides(text: str, m: re.Match[str], lo: int, end: int) -> list[Side]:
    before = text[lo : m.start()]
    result = None
    other_at: tuple[int, int] | None = None
    cue: tuple[int, int] | None = None  # the result word, where it stands before the score
    said: tuple[int, int] | None = None  # the result word and the score, next to each other
    verb = _VERB.search(before)
    if verb and _PASSIVE.search(before, 0, verb.start()):
        return []  # "The motion was defeated 312-290": a vote's tally, the subject the loser
    if verb:  # "beat Malta 6-0", "d. Riverview 70-44", "lost 24-17"
        result, cue = (
            _which(verb),
            (
                lo + verb.start(),
                lo + verb.start() + len(verb.group(1) or verb.group(2) or verb.group(3)),
            ),
        )
        said = (cue[0], m.end())
        if verb.group("other"):
            other_at = (lo + verb.start("other"), lo + verb.end("other"))
    elif noun := _NOUN_AFTER.match(text, m.end(), end):  # "a 3-1 victory against Chile"
        result, said = _which(noun), (m.start(), noun.end())
    elif noun := _NOUN_BEFORE.search(before):  # "victory, 112-107 over the Hawks"
        result, cue = _which(noun), (lo + noun.start(), lo + noun.start())
        said = (cue[0], m.end())
    elif anywhere := list(_VERB_ANYWHERE.finditer(before)):  # "beat the Ghana 2-1"
        last = anywhere[-1]
        result, cue = _which(last), (lo + last.start(), lo + last.end())
    if other_at is None:
        after = _OPPONENT.match(text, m.end(), end)
        if after is not None:
            other_at = (after.start("other"), after.end("other"))
            result = result or "written"  # "3-0 against Andorra": order as written
        elif cue is not None and cue[1] > cue[0]:
            other_at = _first_name(text, cue[1], m.start())  # "beat the Ghana 2-1"
    if result is None:
        return []
    other_at = other_at and _trimmed(text, *other_at)
    first = _last_name(text, lo, cue[0] if cue else m.start())
    if first is not None and first == other_at:
        return []
    if first is None or other_at is None:
        # a side the sentence does not name ("they lost 24-17", "an 88-79 loss at Carver")
        # is named by the result as written, when the result word stands next to the score
        if said is None or (said[1] == m.end() and _NOT_A_TALLY_AFTER.match(text, m.end(), end)):
            return []  # "fell 2-3 percent": a range
        venue = _VENUE.match(text, said[1], end)  # "at Dunmore": a venue or a side, as written
        said = _trimmed(text, said[0], venue.end()) if venue else said
        if said is None:
            return []
        first, other_at = first or said, other_at or said
    a, b = int(m.group(1)), int(m.group(2))
    # the higher tally goes to the winner: the first side of a win, the other of a loss
    if result in ("written", "draw") or a == b or (a > b) == (result == "win"):
        first_number, other_number = 1, 2
    else:
        first_number, other_number = 2, 1
    result_start = min(first[0], other_at[0])
    result_end = max(m.end(), other_at[1], first[1])
    return [
        Side(m.start(k), m.end(k), int(m.group(k)), *name, result_start, result_end)
        for k, name in ((first_number, first), (other_number, other_at))
    ]


_PASSIVE = re.compile(r"\b(?:was|were|been|be|being|is|are)\s+$")
_VENUE = re.compile(
    rf"\s+(?:at|in)\s+(?!(?:{'|'.join(m.capitalize() for m in MONTH_NUMBERS)})\b)(?:the\s+)?{_NAME}"
)  # (a month is no ground: "a 2-1 win in March")


def _which(cue: re.Match[str]) -> str:
    return next(k for k in ("win", "loss", "draw") if cue.group(k))


def _first_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    m = re.compile(rf"\s+(?:the\s+)?({_NAME})").match(text, start, end)
    return (m.start(1), m.end(1)) if m else None


def _last_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The last name before `end` in the clause: the first side ("Peru's 4-0 rout")."""
    found = None
    for m in _NAMES.finditer(text, start, end):
        trimmed = _trimmed(text, m.start(), m.end())
        if trimmed is not None:
            found = trimmed
    return found


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A name without opening words that name nothing ("The", "Instead") or a possessive."""
    words = list(re.finditer(r"\S+", text[start:end]))
    while words and words[0].group().strip(",") in _NOT_NAMES:
        words.pop(0)
    if not words:
        return None
    s, e = start + words[0].start(), start + words[-1].end()
    if text[e - 1] == "." and "." not in text[start + words[-1].start() : e - 1]:
        e -= 1  # "at Romania." ends the sentence; "U.S." keeps its stops
    for suffix in ("’s", "'s", "’", "'"):
        if text.endswith(suffix, s, e):
            e -= len(suffix)
            break
    return (s, e) if e > s else None


_RECORD = r"(?P<w>\d{1,3})[-–](?P<l>\d{1,3})(?:[-–](?P<t>\d{1,3}))?(?![\w%/’'-]|[.,:]\d)"
# "Lakeside (1-0-2):", "the Falcons (4-7) lost"
_RECORD_IN_PARENS = re.compile(rf"\s\({_RECORD}(?=\s*[),;])")
_NAME_BEFORE = re.compile(rf"(?:^|(?<=\s))(?:{_NAME}|{_TEAM})$")
_LABEL_COLON = re.compile(r"\s*\)\s*:")  # a box score's line: "Westfield (2-1): Lee 9 points."
# A name of at most four words (bounded: "Moved Moved Moved …" tries each start once)
_SHORT_NAME = r"(?:[A-Z][\w’'.&-]*)(?:\s+(?:(?:of|de|van|von|da|del|la)\s+)?[A-Z][\w’'.&-]*){0,3}"
# Words of contests: a record is only read in a sentence that has one.
_CONTEST = re.compile(
    r"\b(?:wins?|won|winning|loss(?:es)?|lost|losing|ties|tied|beat|defeat(?:ed|s)?|victor(?:y|ies)"
    r"|season|playoffs?|postseason|standings|league|conference|division|games?|matches|"
    r"points?|goals?|assists?|rebounds?|saves?|scored|streak|title|championship|tournament|coach"
    r"|team|record|overall|(?:semi|quarter)?finals?|series|seeds?|seeded)\b",
    re.IGNORECASE,
)
_STANDING_VERB = (
    r"improved|improves|improving|moved|moves|moving|fell|falls|falling|dropped|drops|"
    r"dropping|slipped|slips|slipping|climbed|climbs|climbing|went|goes|evened|evens"
)
# "improved to 13-2", "the win moved the Kings to 13-2"
_RECORD_AFTER_VERB = re.compile(
    rf"(?<![\w-])(?i:{_STANDING_VERB})\s+(?:(?:the\s+)?(?P<name>{_SHORT_NAME})\s+)?to\s+{_RECORD}"
)
# "a 4-7 record", "4-7 overall"
_RECORD_BEFORE_WORD = re.compile(
    rf"(?<![\w.,:/’'(-]){_RECORD}(?=\s+(?:record|mark|overall)\b)", re.IGNORECASE
)
# "At 4-7, …, the Falcons would …": the record opens the sentence, its side is the subject
_RECORD_OPENING = re.compile(rf"\s*[“\"‘']?At\s+{_RECORD}\s*,")
_SUBJECT = re.compile(rf",\s+(?:the\s+)?(?P<name>{_SHORT_NAME})\s+[a-z’']")
# a split of a record: "(including) 1-4 in the league", "and 0-2 in the division", "5-1 at home"
_SPLIT = re.compile(
    rf"\s*,?\s+(?:(?:including|and)\s+)?{_RECORD}\s+"
    rf"(?P<seg>in\s+(?:the\s+)?{_SHORT_NAME}|at\s+home|on\s+the\s+road|away)"
)
_TALLIES = ("wins", "losses", "ties")
# what follows a record: punctuation or a function word, never a noun it would be a range of
# ("fell to 3-4 percent", "5-10 years")
_RECORD_END = re.compile(
    r"\s*(?:[).,;:!?—–]|$)|\s+(?:record|mark|overall|on|in|at|with|after|since|this|and|for|"
    r"under|against|when|as|while|but|so|to|before|heading|entering|going|including)\b"
)


@dataclass(frozen=True)
class Tally:
    """One number of a record: its place, value and unit (wins, losses, ties), the side's
    name, and the record as the sentence says it (with its split: "1-4 in the league")."""

    start: int
    end: int
    value: int
    unit: str
    name_start: int
    name_end: int
    record_start: int
    record_end: int


def find_records(text: str, start: int = 0, end: int | None = None) -> list[Tally]:
    """The tallies of every win-loss record in `text[start:end]` (one sentence), in order."""
    end = len(text) if end is None else end
    if not _CONTEST.search(text, start, end):
        return []
    found: list[tuple[re.Match[str], tuple[int, int]]] = []
    for m in _RECORD_IN_PARENS.finditer(text, start, end):
        lo = max(start, m.start() - WINDOW)  # the name right before it, looked for nearby only
        before = _NAME_BEFORE.search(text[lo : m.start()])
        name = before and _trimmed(text, lo + before.start(), lo + before.end())
        opens = name is not None and not text[start : name[0]].strip(" “\"‘'")
        if (
            opens
            and " " not in text[name[0] : name[1]]
            and not _LABEL_COLON.match(text, m.end())
            and m.group("t") is None  # "Marlow (17-15-4) will face": a three-way tally
        ):
            continue  # "Children (5-10) can play": one capitalised word opening a sentence
        if name is not None:
            found.append((m, name))
    for m in _RECORD_AFTER_VERB.finditer(text, start, end):
        if m.group("name"):
            name = _trimmed(text, m.start("name"), m.end("name"))
        else:
            name = _last_name(text, _clause_start(text, start, m.start()), m.start())
        if name is not None:
            found.append((m, name))
    for m in _RECORD_BEFORE_WORD.finditer(text, start, end):
        name = _last_name(text, _clause_start(text, start, m.start()), m.start())
        if name is not None:
            found.append((m, name))
    opening = _RECORD_OPENING.match(text, start, end)
    if opening is not None:
        subject = _SUBJECT.search(text, opening.end() - 1, end)
        name = _trimmed(text, subject.start("name"), subject.end("name")) if subject else None
        if name is not None:
            found.append((opening, name))
    out: list[Tally] = []
    taken: set[int] = set()
    for m, name in sorted(found, key=lambda f: f[0].start("w")):
        record_end = m.end("t") if m.group("t") else m.end("l")
        if m.start("w") in taken or not _RECORD_END.match(text, record_end, end):
            continue
        taken.add(m.start("w"))
        out += _tallies(m, name, m.start("w"), record_end)
        at = m.end()
        while (split := _SPLIT.match(text, at, end)) is not None:
            taken.add(split.start("w"))
            out += _tallies(split, name, split.start("w"), split.end("seg"))
            at = split.end()
    return out


def _tallies(m: re.Match[str], name: tuple[int, int], start: int, end: int) -> list[Tally]:
    return [
        Tally(m.start(k), m.end(k), int(m.group(k)), unit, *name, start, end)
        for k, unit in zip("wlt", _TALLIES, strict=True)
        if m.group(k) is not None
    ]


# --- votes -------------------------------------------------------------------------------------

# A vote's tally is a result too: "passed the Senate 52-48", "voted 5-2 to ban", "by a vote of
# 6-3", "a 6-3 ruling". English writes the majority first; each side is a figure (unit
# `votes`), labelled with the body that voted as the sentence names it.
_VOTE_NOUN_AFTER = re.compile(
    r"\s+(?:vote|votes|ruling|decision|majority|verdict|tally)\b", re.IGNORECASE
)
_VOTE_BEFORE = re.compile(
    r"\b(?:passed|approved|rejected|confirmed|voted|votes|adopted|ratified|overturned|upheld"
    r"|ruled|endorsed|cleared|struck\s+down|vote\s+of|margin\s+of|tally\s+of)\b[^.;:!?]{0,50}$",
    re.IGNORECASE,
)
# a word of votes in the sentence: without one, "defeated Leeds 3-1" is a game's result
_VOTE_CONTEXT = re.compile(
    r"\b(?:vote[sd]?|voting|bill|measure|motion|amendment|resolution|ordinance|referendum"
    r"|Senate|House|Congress|Parliament|council|board|committee|court|justices|legislature"
    r"|assembly|lawmakers|senators|members|shareholders|jury|commission|panel)\b",
    re.IGNORECASE,
)
_BODY = re.compile(
    r"\b(?:the\s+)?(?P<body>(?:[A-Z][\w.&’'-]*\s+){0,3}(?:Senate|House|Congress|Parliament"
    r"|Assembly|Council|Board|Committee|Commission|Legislature|Bundestag|Knesset|Duma)"
    # a court votes only as a bench ("the Supreme Court", "the appeals court"), not as a venue
    r"|(?:[Ss]upreme|[Aa]ppeals?|[Hh]igh|[Cc]onstitutional|[Ff]ederal|[Dd]istrict|[Ss]tate)\s+[Cc]ourt"
    r"|(?:city\s+|county\s+|town\s+|school\s+|state\s+|full\s+)?(?:council|board"
    r"|committee|panel|commission|legislature|assembly|jury|justices|lawmakers|senators"
    r"|members|shareholders|voters))\b"
)
# a pair that is a range of a unit: "a 3-5 percent raise", "3-4 hours"
_NOT_A_TALLY_AFTER = re.compile(
    r"\s*(?:%|per\s?cent|percent|percentage|points?|years?|months?|weeks?|days?|hours?|minutes?"
    r"|[a-z]+s\b(?<!votes)(?<!ruling))",
    re.IGNORECASE,
)


def find_votes(text: str, start: int = 0, end: int | None = None) -> list[Side]:
    """The two sides of every vote's tally in `text[start:end]` (one sentence): the majority
    first, both labelled with the voting body (or, naming none, the vote's word)."""
    end = len(text) if end is None else end
    if not _VOTE_CONTEXT.search(text, start, end):
        return []
    out: list[Side] = []
    for m in _SCORE.finditer(text, start, end):
        if (
            _NOT_A_TALLY_AFTER.match(text, m.end(), end)
            or _SERIES_AFTER.match(text, m.end(), end)
            or _SERIES_BEFORE.search(text, max(start, m.start() - 12), m.start())
        ):
            continue  # "a 3-5 percent raise", "6-2, 6-3": a range or a set score, no vote
        lo = _clause_start(text, start, m.start())
        noun = _VOTE_NOUN_AFTER.match(text, m.end(), end)
        cue = _VOTE_BEFORE.search(text, lo, m.start())
        if noun is None and cue is None:
            continue
        body = None
        for b in _BODY.finditer(text, lo, m.start()):
            body = (b.start("body"), b.end("body"))
        if body is None:
            b = _BODY.search(text, m.end(), min(end, m.end() + 40))
            body = (b.start("body"), b.end("body")) if b else None
        if body is not None:
            body = _trimmed(text, *body)  # "The Supreme Court": the court
        if body is None:
            body = (noun.start() + 1, noun.end()) if noun else None
        if body is None:
            continue
        result_start = min(body[0], cue.start() if cue else m.start())
        result_end = max(m.end(), noun.end() if noun else m.end(), body[1])
        out += [
            Side(m.start(k), m.end(k), int(m.group(k)), *body, result_start, result_end)
            for k in (1, 2)
        ]
    return out
