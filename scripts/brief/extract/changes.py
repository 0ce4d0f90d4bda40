"""Whether a figure measures a change rather than a level, from the words around its number.

"Shares closed at $185.25, up 0.35%": $185.25 is a level, 0.35% a rise. A reader who takes a
change for a level is misled ("homicide rates 80%"), and a chart that mixes the two compares
unlike things, so each figure says which it is (`GUIDE.md`: `change`):

- **increase** / **decrease**: a verb or adverb of motion governs the number ("rose 12%",
  "fell by a third", "up 0.35%", "down by 30 to 126": 30 is the change, 126 the new level), or
  the number measures a motion noun ("a 30% increase", "a $2 billion cut", "25% off", "$600 off
  the list price");
- **difference**: the number says how far one thing is from another ("15% higher than",
  "one hour more than the old model", "half an inch larger").

"rose to $87.50", "increased from 1,061 to 1,128" state levels: "to" and "from" stand between
the verb and the number. A verb such as "made up" or "cut" takes a count as its object ("made
up 65 percent of", "cut 500 jobs"), so those count only with "by" ("cut by 20%").
"""

from __future__ import annotations

import re

from brief.extract.folded import folded
from brief.trie import alternation

_RISE = (
    "rose rise rises rising risen increased increase increases increasing grew grow grows"
    " growing grown climbed climb climbs climbing jumped jump jumps jumping surged surge surges"
    " surging soared soar soars soaring gained gain gains gaining rallied rally rallies advanced"
    " widened widen widens expanded expand expands spiked spike spikes"
    # a currency's moves: "the naira appreciated by 2%", "strengthening by N13"
    " appreciated appreciate appreciates appreciating strengthened strengthen strengthens"
    " strengthening"
)
_FALL = (
    "fell fall falls falling fallen dropped drop drops dropping declined decline declines"
    " declining decreased decrease decreases decreasing slid slide slides sliding slipped slip"
    " slips slipping sank sink sinks sinking plunged plunge plunges plunging tumbled tumble"
    " tumbles tumbling dipped dip dips dipping shrank shrink shrinks shrinking shrunk lost lose"
    " loses losing slumped slump slumps plummeted plummet plummets eased ease eases narrowed"
    " narrow narrows contracted contract contracts retreated"
    " depreciated depreciate depreciates depreciating weakened weaken weakens weakening"
)
# Verbs whose direct object is usually a count of things, not the size of a change: they give
# a change only with "by" ("cut by 20%", not "cut 500 jobs"; "raised by $2", not "raised $2").
_BY_ONLY_RISE = "raised raise raises raising boosted boost boosts lifted lift lifts hiked hike"
_BY_ONLY_FALL = (
    "cut cuts cutting reduced reduce reduces reducing lowered lower lowers lowering slashed"
    " slash slashes trimmed trim trims"
)
_WORD = {w: "increase" for w in _RISE.split()} | {w: "decrease" for w in _FALL.split()}
_BY_WORD = {w: "increase" for w in _BY_ONLY_RISE.split()}
_BY_WORD |= {w: "decrease" for w in _BY_ONLY_FALL.split()}
# "gained 3%" is a change; "gained 5,000 followers", "lost 5 games" count what was won or lost.
_PERCENT_ONLY = frozenset("gained gain gains gaining lost lose loses losing".split())

_VERB_BEFORE = folded(
    r"\b(?P<verb>" + alternation(tuple(_WORD) + tuple(_BY_WORD)) + r")\s+(?P<by>by\s+)?$"
)
# "reduced costs by 12%", "expanded its fleet by 30 percent": the verb, its object, "by".
# "reduced costs by 12%", "expanded its fleet by 30 percent": a verb (past, or a base form after
# a modal or "to"), its object, "by"; not "the lower house by 52 votes", "signed by 40 nations".
_OBJECT_VERBS = (
    "raised increased boosted lifted expanded grew cut reduced lowered slashed trimmed"
    " decreased shrank widened narrowed"
)
_OBJECT_BASE = "raise increase boost lift expand grow cut reduce lower slash trim decrease shrink"
_VERB_OBJECT_BY = folded(
    r"\b(?:(?P<verb>" + alternation(tuple(_OBJECT_VERBS.split())) + r")"
    r"|(?:will|would|to|must|should|could|can|may|might)\s+(?:[a-z]+ly\s+)?(?P<base>"
    + alternation(tuple(_OBJECT_BASE.split()))
    + r"))\s+(?:(?:its|their|his|her|our|the|a|an)\s+)?(?P<object>(?:[\w’'-]+\s+){1,4}?)by\s+$"
)


# A verb of change right before the number, with or without "by" ("car thefts rose by 340"):
# what changed is the verb's subject.
# Every form of every verb of change, for other taggers ("dropped by a third").
CHANGE_VERBS = (*_WORD, *_BY_WORD)
CHANGED_BY = re.compile(r"\b(?:" + alternation(tuple(_WORD)) + r")\s+(?:by\s+)?$", re.IGNORECASE)


_OBJECT_DIRECTION = {
    w: (
        "decrease"
        if w in set("cut reduce lower slash trim decrease shrink".split())
        else "increase"
    )
    for w in _OBJECT_BASE.split()
}


def _object_by(before: str) -> re.Match[str] | None:
    """ "verb object by" ending `before`, the object not a passive's ("a contract signed by")."""
    m = _VERB_OBJECT_BY.search(before)
    if m is None:
        return None
    last = m.group("object").split()[-1].lower()
    return None if last.endswith(("ed", "en")) and last not in _WORD else m


def changed_object(text: str, start: int, number_start: int) -> tuple[int, int] | None:
    """The span of what a verb changed "by" the number ("cut hospital admissions by a
    quarter": hospital admissions), when the number ends such a phrase."""
    lo = max(start, number_start - 60)
    m = _object_by(text[lo:number_start])
    if m is None:
        return None
    a = lo + m.start("object")
    return a, a + len(m.group("object").rstrip())


# "up 0.35%", "down by 30": the adverb of a market report, after a comma or a verb of being
# or trading; "made up 65 percent of", "shot down 3 drones" are particles of other verbs.
_ADVERB_BEFORE = folded(
    r"(?:^|[,;(—–]|\b(?:is|are|was|were|be|been|being|closed|ended|finished|opened|traded"
    r"|trading|edged|inched|moved|also|now|still"
    # a market report's subjects: "shares up 4%", "energy down 3%"
    r"|shares|stocks?|index|prices?|sales|exports|imports|revenues?|profits?|earnings|output"
    r"|production|inflation|rates?|costs?|yields?|volumes?|energy|food|fuel|demand|spending"
    r"|wages|pay|turnout|attendance|enrolment|enrollment))\s*(?P<dir>up|down)\s+(?:by\s+)?$"
)
_NOUNS_RISE = (
    "increase increases rise rises gain gains jump jumps surge growth hike hikes boost climb"
    " advance rebound spike expansion"
)
_NOUNS_FALL = (
    "decrease decreases drop drops decline declines fall falls cut cuts reduction reductions"
    " slump dip discount discounts markdown slide plunge retreat contraction"
)
_NOUN = {w: "increase" for w in _NOUNS_RISE.split()} | {w: "decrease" for w in _NOUNS_FALL.split()}
# "a drop of almost 40%", "growth of 0.2%", "a rise of 3.5 percentage points", "a difference
# of 70 percent": the noun the number measures, with "of", right before it.
_NOUN_OF_BEFORE = folded(
    r"\b(?P<noun>" + alternation((*_NOUN, "difference", "gap")) + r")\s+of\s+$"
)
# "a 30% increase", "a 5 percent annual pay rise", "a $2 billion spending cut": up to two
# modifiers between the number and the noun, none a function word ("30% of the increase" is a
# share of a change).
_MODIFIER = (
    r"(?!(?:of|the|a|an|in|on|to|for|and|or|its|their|his|her|this|that|expect|expects|say"
    r"|says|said|want|wants|see|sees|think|thinks|predict|predicts|forecast|forecasts|fear"
    r"|fears|year)\s)(?!\w+(?:ed|ing)\s)(?:[a-z]+-){0,2}[a-z]+\s+(?:\((?:YoY|y/y|QoQ)\)\s+)?"
)
_NOUN_AFTER = re.compile(
    rf"\s+(?:{_MODIFIER}){{0,2}}(?P<noun>" + alternation(tuple(_NOUN)) + r")\b(?![-’'])"
)
# "$40 billion of tax cuts": the amount of a change, named after it ("30% of the increase",
# with its article, is a share of one)
_OF_NOUN_AFTER = re.compile(
    # (or of a noun that holds them: "a 2.2 million bpd layer of voluntary cuts", "a $40
    # billion package of tax cuts")
    rf"(?:\s+(?:layer|package|round|tranche|set|wave)s?)?\s+of\s+(?!such\s|these\s|those\s)"
    rf"(?:{_MODIFIER}){{0,2}}"
    r"(?P<noun>cuts|reductions|decreases|declines|increases|hikes)\b(?![-’'])"
)
_OFF_AFTER = re.compile(r"\s+off\b(?!\s+(?:the\s+)?(?:coast|shore|field|court|bench|ice)\b)")
_COMPARATIVES = (
    "higher lower larger smaller bigger faster slower cheaper dearer longer shorter taller wider"
    " narrower greater better worse heavier lighter thinner thicker warmer colder hotter cooler"
    " deeper shallower richer poorer older younger stronger weaker louder quieter brighter"
    " above below"
)
_COMPARATIVE_AFTER = re.compile(r"\s+(?:" + alternation(tuple(_COMPARATIVES.split())) + r")\b")
# "four more than his career average", "two fewer than last year": "more" with "than" only
# ("hired 100 more people" counts the people).
_MORE_THAN = re.compile(r"\s+(?:more|less|fewer)\s+(?:[\w’'-]+\s+){0,3}?than\b", re.IGNORECASE)
_MORE_AFTER = re.compile(r"\s+(?:more|less|fewer)\b", re.IGNORECASE)  # "41% more likely"
# A comparative against an earlier time: "fewer than a year earlier", "higher than in 2024",
# "more than last year", "lower than the previous quarter".
_THAN_EARLIER = re.compile(
    r"\s+(?:(?P<down>fewer|less|lower|smaller|cheaper|shorter|below)|more|higher|larger|bigger"
    r"|greater|above)\s+(?:[\w-]+\s+)?(?:than|on)\s+(?:in\s+|at\s+|during\s+)?"
    r"(?:a\s+year\s+(?:earlier|ago|before)|(?:the\s+)?(?:last|previous|prior|same)\s+"
    r"(?:year|quarter|month|week|season|period)|(?:19|20)\d\d\b|(?:a|one|two|three|five|ten)"
    r"\s+(?:years?|months?|decades?)\s+(?:earlier|ago|before)"
    # "7.4 percent bigger than this year's budget", "higher than its 2025 budget"
    r"|(?:this|last)\s+year['’]s\s+(?:\S+\s+){0,2}?(?:budget|allocation|spending|figure|total|level)"
    r"|(?:its|their)\s+(?:19|20)\d\d\b)",
    re.IGNORECASE,
)
_OF_SHARE = re.compile(
    r"\s+of\s+(?:the\s+)?(?:popular\s+)?(?:vote|votes|ballots?|seats|market)\b", re.IGNORECASE
)
# "the town's 20-year decline": a span's length modifying the noun, not the change's size
_SPAN_MODIFIER = re.compile(r".*\d-(?:year|month|week|day|hour|minute|decade|century)s?", re.I)
_REACH = 40  # characters read before the number for its verb or adverb
# A session's close or end before the number ("closed", "ended the day"), a comparative after it
# with nothing compared ("38 points higher"); the figures' labels read the same words
SESSION_VERBS = ("closed", "ended", "finished", "opened", "settled", "traded")
_SESSION_BEFORE = re.compile(
    rf"\b(?:{alternation(SESSION_VERBS)})(?:\s+(?:the\s+)?(?:day|week|month"
    r"|year|session|quarter))?\s+(?:(?:about|nearly|almost|some|just)\s+)?$",
    re.IGNORECASE,
)
MOVED_COMPARATIVE = re.compile(
    r"(?:\s+(?:index\s+)?points?)?\s+(?P<dir>higher|lower)\b(?!\s+than\b)", re.IGNORECASE
)


_CHANGE_VERB_NUMBER = re.compile(
    r"(?P<up>doubled|doubles|doubling|tripled|triples|tripling|quadrupled|quadruples)"
    r"|(?P<down>halved|halves|halving)",
    re.IGNORECASE,
)


def change_of(
    text: str,
    start: int,
    number_start: int,
    number_end: int,
    end: int,
    count: bool = False,
    multiplier: bool = False,
    money: bool = False,
    length: bool = False,
    duration: bool = False,
) -> str | None:
    """ "increase", "decrease" or "difference" when the number at `number_start:number_end`
    (from its hedge, "about", to the end of its unit) measures a change, else None; `start`
    and `end` bound its sentence. A bare `count` changes only "by" it ("rose by 12", not
    "dropped three games"), a motion noun after it is what it counts ("three cuts"), and a
    comparative needs "than" ("two older sisters"). A `multiplier` ("three times higher") is
    a ratio, not a change, unless its number is a verb ("doubled", "halved")."""
    if multiplier or _CHANGE_VERB_NUMBER.fullmatch(text, number_start, number_end):
        verb = _CHANGE_VERB_NUMBER.fullmatch(text, number_start, number_end)
        if verb is None:
            return None
        return "increase" if verb.group("up") else "decrease"
    before = text[max(start, number_start - _REACH) : number_start]
    if m := _VERB_BEFORE.search(before):
        verb = m.group("verb").lower()
        if verb in _BY_WORD:
            return _BY_WORD[verb] if m.group("by") else None
        if (
            verb in _PERCENT_ONLY
            and (count or money)
            and not _is_percent(text, number_start, number_end)
        ):
            return None  # "lost five seats", "lost $40 million" (a loss); "lost 15.2 kg" is one
        if count and not m.group("by"):
            return None  # "dropped three games", "lost five seats": what was dropped or lost
        if length and not m.group("by"):
            return None  # "The ferry sank 3 miles off the coast", "jumped 7.1 metres": motion
        if verb in _PERCENT_ONLY and _OF_SHARE.match(text, number_end, end):
            return None  # "gained 30% of the vote": a share won, a level
        return _WORD[verb]
    if m := _object_by(before):
        verb = (m.group("verb") or m.group("base")).lower()
        return _WORD.get(verb) or _BY_WORD.get(verb) or _OBJECT_DIRECTION[verb]
    if not length and (m := _NOUN_OF_BEFORE.search(before)):  # not "a fall of 30 feet"
        noun = m.group("noun").lower()
        return "difference" if noun in ("difference", "gap") else _NOUN[noun]
    if (m := _ADVERB_BEFORE.search(before)) and not (count and "by" not in m.group()):
        return "increase" if m.group("dir").lower() == "up" else "decrease"
    span = _SPAN_MODIFIER.fullmatch(text, number_start, number_end) is not None
    if (
        not count
        and not span
        and (
            m := _NOUN_AFTER.match(text, number_end, end)
            or (
                not duration
                and not _is_percent(text, number_start, number_end)  # "86% of austerity cuts"
                and _OF_NOUN_AFTER.match(text, number_end, end)
            )
        )
    ):  # ("10 hours of power cuts": how long they lasted)
        return _NOUN[m.group("noun").lower()]
    if (moved := MOVED_COMPARATIVE.match(text, number_end, end)) and _SESSION_BEFORE.search(before):
        # "The FTSE 100 ended the day 38 points higher", "closed 3% lower": a level's move
        # over the session, not a gap between two things
        return "increase" if moved.group("dir").lower() == "higher" else "decrease"
    if (money or _is_percent(text, number_start, number_end)) and _OFF_AFTER.match(
        text, number_end, end
    ):
        return "decrease"  # "$600 off", "25% off"; not "20 km off Lampedusa"
    if (
        _MORE_THAN.match(text, number_end, end)
        or (not count and not length and _COMPARATIVE_AFTER.match(text, number_end, end))
        or (
            _is_percent(text, number_start, number_end) and _MORE_AFTER.match(text, number_end, end)
        )
    ):
        # "12,000 fewer than a year earlier", "9% more than in 2024": one thing at two times is
        # a change, its direction the comparative's; "15% higher than in cities": a difference
        if over_time := _THAN_EARLIER.match(text, number_end, end):
            return "decrease" if over_time.group("down") else "increase"
        return "difference"  # "15% higher than", "41% more likely", "four more than"
    return None


def _is_percent(text: str, number_start: int, number_end: int) -> bool:
    shown = text[number_start:number_end].lower()
    return "%" in shown or "percent" in shown or "per cent" in shown or "point" in shown
