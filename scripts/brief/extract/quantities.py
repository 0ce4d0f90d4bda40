"""The quantity tagger: every quantity a sentence states, typed and normalised.

`tag_quantities(text)` reads each number the way English writes it (digits, words, fractions,
scales, Indian lakh/crore) with what makes it a quantity: a currency before or after it, a
percent sign, a unit of measure, time or age, "times" for a multiplier, a range's other end,
a rate's denominator ("a year", "per 100,000 people") and its sign. Numbers that name rather
than count are left out: years, dates, times of day, ordinals, codes and model numbers ("F-35",
"Boeing 737", "COVID-19"), references ("Section 230", "No. 5", "page 12"), phone numbers and
list markers. One concern only: what a figure is *about* (its label, period, segment) is the
figures extractor's job.

Why our own: quantulum3 0.10, the maintained library for this, takes about 5 s per article
(this command must read 1,000 sentences a second), reports years, dates and "9/11" as
quantities and averages ranges ("10-20 percent" → 15); Recognizers-Text (last release 2019) and
quantulum3 also score below the targets on the public CQE test sets. This module is one linear
pass: a candidate pattern over the text, then anchored patterns in short windows around each
number, so a 1 MB paragraph costs well under a second.

Kinds: count, money, percent, multiplier, age, duration, measure (with its `dimension`:
length, area, volume, mass, speed, temperature, energy, data, ...), fraction ("two-thirds"),
and rate (a count with a denominator, "12 deaths per 100,000 people"; money, measures and
percents with a denominator keep their kind and carry `per`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from brief.extract.changes import CHANGE_VERBS
from brief.extract.dates import MONTH_NUMBERS, WEEKDAYS
from brief.extract.folded import folded, lowered
from brief.extract.numbers import NUMBER_WORDS, UNITS, digits_value, parse_number, word_number
from brief.extract.sentences import split_sentences
from brief.extract.units import (
    AMBIGUOUS_WORDS,
    CODES,
    CUBIC,
    CURRENCY_WORDS,
    DOLLAR_PREFIXES,
    LOWER_CODES,
    MEASURE_SYMBOLS,
    MEASURE_WORDS,
    MILLION_CODES,
    NATIONAL,
    PER_NORMAL,
    PER_NOUNS,
    SQUARE,
    SYMBOLS,
    TIME_WORDS,
    singular,
    words_pattern,
)
from brief.limits import MAX_QUANTITIES_READ
from brief.trie import alternation


@dataclass(frozen=True, slots=True)
class Quantity:
    """One quantity: `value`, or `low`/`high` for a range; `start`/`end` index `text`."""

    kind: str
    start: int
    end: int
    text: str
    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    per: str | None = None
    dimension: str | None = None
    sign: str | None = None


# --- numbers -------------------------------------------------------------------------------------

_SCALE_WORDS = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
                "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7, "bn": 1e9, "mn": 1e6,
                "tn": 1e12, "mln": 1e6, "bln": 1e9, "mil": 1e6, "bil": 1e9}  # fmt: skip
_VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 0.125}
_FRACTION_WORDS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4,
                   "quarters": 4, "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5,
                   "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8, "tenth": 10,
                   "tenths": 10}  # fmt: skip
# Denominators of written fractions ("3/4", "10 1/2"); "9/11" and "24/7" are names.
_DENOMINATORS = frozenset({2, 3, 4, 5, 6, 8, 10, 12, 16, 32, 64, 100})
# The longest number in words ("nine hundred and ninety-nine thousand nine hundred and
# ninety-nine") has 12 words after its first.
_WORD_NUMBER = word_number(max_words=12)
_SCALE = r"(?:dozen|thousand|million|billion|trillion|lakhs?|crores?)\b"
_DIGITS = (
    r"(?<![\d.,])(?:\d{1,2}(?:,\d\d)+,\d{3}(?!\d)|\d{1,3}(?:,\d{3})+(?!\d)"
    r"|\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?!\d)"
    # thousands grouped by plain spaces, as WHO and South African pages write them ("60 000
    # doses", "R1 200 million"): not a phone's groups ("+41 41 544 78", "057 935 1100") nor a
    # count before a model's number ("400 737 Max")
    r"|(?<![+\d]\s)(?<!\+)[1-9]\d{0,2}(?:\s\d{3})+(?![\d\w]|\s\d|\s(?-i:[A-Z]))"
    r"|\d+)(?:\.\d+)?"
)
_CANDIDATE = re.compile(
    # a race time: "3:49.04" (with hundredths) or "2:03:23" (hours, minutes, seconds), never
    # a time of day ("10:30" is one)
    r"(?P<clock>(?<![\d:.,])(?:\d{1,2}:[0-5]\d:[0-5]\d(?:\.\d{1,3})?|\d{1,2}:[0-5]\d\.\d{1,3})"
    r"(?![\d:]|\.\d|\s?[ap]\.?m\b))"
    r"|(?P<frac>(?<![\d/.,])\d{1,2}/\d{1,3}(?![\d/]))"
    rf"|(?P<dig>{_DIGITS})(?:(?P<mixed>\s\d{{1,2}}/\d{{1,3}}(?![\d/]))|(?P<vul>[½¼¾⅓⅔⅛]))?"
    r"|(?P<vul1>[½¼¾⅓⅔⅛])"
    rf"|(?P<part>(?:\b(?:an?|one)\s+)?\b(?:half|quarter)(?:\s+of)?(?:\s+an?)?(?=\s+{_SCALE})"
    rf"|\b(?:three|3)\s+quarters(?:\s+of)?(?:\s+an?)?(?=\s+{_SCALE}))"
    # "a half-percentage-point cut", "a quarter-point rise": a share of a point, of a rate
    r"|(?P<point>\b(?:three-quarters?|half|quarter)-(?:of-a-)?(?:percentage-)?point\b)"
    rf"|(?P<fw>\b(?P<fwn>{alternation(UNITS)}|an?)[\s-]+(?P<fwd>{alternation(_FRACTION_WORDS)})\b"
    r"(?!-(?:of-a-)?(?:percentage-)?point\b))"
    rf"|(?P<word>{_WORD_NUMBER})(?P<andhalf>\s+and\s+a\s+half\b)?"
    r"|(?P<twice>\b(?:twice|thrice)\b)"
    # a change said by its verb: "Rents have doubled", "sales tripled", "calls were halved"
    r"|(?P<times>(?<![\w-])(?:(?:doubl|tripl|quadrupl|halv)(?:ed|ing)\b(?![-\w]|\s+(?:down|up|back)\b)"
    # the base form before what it multiplies: "a goal to triple global capacity", "more than
    # double the 15 million received by …", "double what it was" (not "a double murder")
    r"|(?:doubl|tripl|quadrupl)e(?=\s+(?:the|its|their|his|her|our|that|this|what|global"
    r"|world|national|annual|current)\b)))"
    r"|(?P<fold>\b(?:two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand)fold\b)"
    r"|(?P<half>\bhalf\b)(?![-’'])"
    r"|(?P<aone>\ban?)(?=\s+(?:year|month|week|day|hour|minute|decade|century)s?\b"
    r"(?!-\w|[’'](?!s\s+(?:worth|supply)\b)\w))",  # not "a year-end", "a day's walk"
    re.IGNORECASE,
)
# "a year" is a duration's number only after a word that measures a span ("for more than a
# year", "over a decade", "lasted a week"), not "a year ago", "once a year", "in a year"
_A_SPAN_BEFORE = re.compile(
    r"\b(?:for|over|than|lasting|lasted|lasts|took|takes|spent|spends|spend)\s+"
    r"(?:(?:about|nearly|almost|roughly|around|just|only|barely)\s+)?$",
    re.IGNORECASE,
)
_WORTH = re.compile(
    r"\s+(?:year|month|week|day|hour|minute|decade)[’']s\s+(?:worth|supply)\b", re.IGNORECASE
)
# A duration written in two units, "3 minutes and 40 seconds", "2 years, 3 months": one
# quantity, counted in the smaller unit (220 seconds, 27 months).
# "6 feet 2 inches" too (74 inches).
_SMALLER = {"year": ("month", 12), "week": ("day", 7), "day": ("hour", 24),
            "hour": ("minute", 60), "minute": ("second", 60), "foot": ("inch", 12)}  # fmt: skip
_COMPOUND = re.compile(
    r"(?P<sep>\s*,\s*|\s+and\s+|\s+)(?P<n>\d{1,2}(?:\.\d+)?|[a-z]+(?:-[a-z]+)?)\s+"
    r"(?P<u>months?|days?|hours?|hrs?|minutes?|mins?|seconds?|secs?|inch(?:es)?)\b"
    # not a rate ("7 days, 10 hours a day"), a time before or after, or its own noun phrase
    r"(?!\s+(?:ago|later|earlier|a|an|per|each|every|of)\b)",
    re.IGNORECASE,
)


def _compound(text: str, q: _Q) -> None:
    smaller = _SMALLER.get(q.unit or "")
    m = _COMPOUND.match(text, q.end) if smaller else None
    if m is None or _BETWEEN.search(text, max(0, q.start - 16), q.start):
        return  # "between 1 hour and 45 minutes": a range
    if "," in m.group("sep") and q.unit != "year":
        return  # "In the 90 minutes, 20 seconds of …": a comma joins only "2 years, 3 months"
    word = m.group("u").lower()
    if (TIME_WORDS.get(word) or MEASURE_WORDS.get(word, ("",))[0]) != smaller[0]:
        return
    n = m.group("n")
    value = float(n) if n[0].isdigit() else parse_number(n.lower())
    if value is None or value >= smaller[1]:
        return  # "two hours 90 minutes" is no compound
    q.value = q.value * smaller[1] + value
    q.unit = smaller[0]
    q.end = m.end()


_AND_A_HALF = re.compile(r"\s+and\s+a\s+half\b", re.IGNORECASE)
# "half" alone is a fraction where it measures a share: after a word of approximation ("about
# half", "more than half", not "about half an hour") or before "of" with no determiner or
# adjective before it ("half of school districts", not "the upper half of the screen")
_HALF_APPROXIMATED = re.compile(
    r"\b(?:about|nearly|almost|roughly|around|approximately|some|over|under|exactly|only|"
    r"just|than)\s+$",
    re.IGNORECASE,
)
_HALF_OF = re.compile(r"\s+of\s")
# A share as the size of a change: "by (roughly) a third", then the clause goes on or ends.
_BY_BEFORE_SHARE = re.compile(
    r"\b(?:" + alternation(CHANGE_VERBS) + r")"
    r"\s+(?:[\w’'-]+\s+){0,4}?by\s+(?:(?:roughly|about|nearly|almost|around|more\s+than|over"
    r"|some|just|only|at\s+least)\s+)?$",
    re.IGNORECASE,
)
_SHARE_ENDS = re.compile(
    r"\s*(?:[.,;:!?)—–]|$)|\s+(?:in|on|since|from|to|over|compared|this|last|year|between|after"
    r"|before|during|while|and|but|as|than|when|within)\b",
    re.IGNORECASE,
)
# A share compared with something: "a fifth more than", "a third below the peak".
_SHARE_COMPARED = re.compile(
    r"\s+(?:(?:more|less|fewer|higher|lower|larger|smaller|bigger)\s+than|below|above)\b", re.I
)
_HALF_SHARE_NEXT = re.compile(
    r"\s*(?:[.,;:!?)]|$)|\s+(?:of|the|a|an|its|their|his|her|our|your|all|these|those|them|were"
    r"|was|are|is|have|had|has|said|say|came|went|did|do|do\s+not|don[’']t|will|would|could"
    r"|\d)\b|\s+[a-z]+ed\b",
    re.IGNORECASE,
)
_HALF_AN = re.compile(r"\s+an?\b", re.IGNORECASE)
_HALF_DETERMINED = re.compile(
    r"\b(?:the|a|an|first|second|third|last|final|upper|lower|top|bottom|back|front|other|"
    r"latter|former|this|that|each|either|every|one|its|his|her|their|our|your|my|"
    r"western|eastern|northern|southern)\s+$",
    re.IGNORECASE,
)

# Where a candidate may start: a digit or a word that can begin a number. Found first with this
# simple pattern (about 0.1 s a megabyte), as trying the whole candidate pattern at every
# position of a text costs ten times more.
_START_WORDS = alternation(
    [*NUMBER_WORDS, "a", "an", "half", "quarter", "twice", "thrice"]
    + [f"{v}{e}" for v in ("doubl", "tripl", "quadrupl", "halv") for e in ("ed", "ing")]
    + ["double", "triple", "quadruple"]
    + [f"{w}fold" for w in "two three four five six seven eight nine ten twenty hundred".split()]
    + ["thousandfold"]
)
_START = re.compile(r"[\d½¼¾⅓⅔⅛]+|(?i:\b(?:" + _START_WORDS + r")\b)")
# The same, case-sensitive, over the lower-cased text: a third faster (`folded` says why)
_START_LOW = re.compile(r"[\d½¼¾⅓⅔⅛]+|\b(?:" + _START_WORDS + r")\b")


def _core_value(m: re.Match[str]) -> float | None:
    """The value of a candidate as matched (before any scale word after it)."""
    g = m.lastgroup
    t = m.group()
    if m.group("clock"):
        seconds = 0.0
        for part in t.split(":"):
            seconds = seconds * 60 + float(part)
        return round(seconds, 3)
    if m.group("frac"):
        a, b = t.split("/")
        return int(a) / int(b) if 0 < int(a) < int(b) and int(b) in _DENOMINATORS else None
    if m.group("dig") is not None:
        d = m.group("dig")
        value = digits_value(re.sub(r"[\s\u00a0\u202f\u2009]", "", d))
        if value is None:
            return None
        if m.group("mixed"):
            a, b = m.group("mixed").split("/")
            if not 0 < int(a) < int(b) or int(b) not in _DENOMINATORS:
                return None
            value += int(a) / int(b)
        elif m.group("vul"):
            value += _VULGAR[m.group("vul")]
        return value
    if m.group("vul1"):
        return _VULGAR[t]
    if m.group("part") is not None:
        low = t.lower()
        return 0.75 if "quarters" in low else 0.25 if "quarter" in low else 0.5
    if m.group("fw") is not None:
        n = m.group("fwn").lower()
        count = 1 if n in ("a", "an") else UNITS[n]
        return count / _FRACTION_WORDS[m.group("fwd").lower()]
    if m.group("point") is not None:
        low = t.lower()
        return 0.75 if low.startswith("three") else 0.25 if low.startswith("quarter") else 0.5
    if m.group("half") is not None:
        return 0.5
    if m.group("aone") is not None:
        return 1.0
    if m.group("twice") is not None:
        return 2.0 if t.lower() == "twice" else 3.0
    if m.group("times") is not None:
        return {"d": 2.0, "t": 3.0, "q": 4.0, "h": 0.5}[t[0].lower()]
    if m.group("fold") is not None:
        return parse_number(t.lower()[:-4])
    if g == "andhalf" or m.group("word") is not None:
        value = parse_number(m.group("word"))
        if value is not None and m.group("andhalf"):
            value += 0.5
        return value
    return None


# --- context patterns -----------------------------------------------------------------------------

_SCALE_AFTER = re.compile(
    r"(?:\s+|(?<=\d))(?P<w>thousand|million|billion|trillion|lakhs?|crores?|bn|mn|tn|mln|bln)\b"
    # Malaysia's and Singapore's papers glue "mil" and "bil": "RM60mil", "RM8.3bil"
    r"|(?<=\d)(?P<w3>mil|bil)\b"
    # a compound modifier: "a 4.5-billion-year span", "a 20-million-dollar deal", "a
    # ₹4,862-crore budget", "a $5-billion fund", "the P881.3-billion 2026 budget"
    r"|-(?P<w2>thousand|million|billion|trillion|lakhs?|crores?)(?=-[a-z]|\s+[a-z]|\s+\d{4}\s+[a-z])"
    r"|(?<=\d)(?P<ab>[mMkKbB])(?![\w’'])",
    re.IGNORECASE,
)
_FROM_JUST_BEFORE = re.compile(r"\b(?i:from)\s+$")
_RANGE_SEP = re.compile(r"-to-|\s*[-–—]\s*|\s+(?:to|and|through|or)\s+", re.IGNORECASE)
_BY_BEFORE = re.compile(r"\bby\s+(?:[^\w\s]|[ACRS]\$|(?-i:[A-Z][A-Za-z]{0,2}))?\s?$", re.IGNORECASE)
# A change told in the past or as it happens ("rose from 5 to 9", "has grown from", "is going
# from"); not the present of a range ("prices go from $999 to $1,499", "grow from 5 to 10 feet")
_CHANGED_FROM = re.compile(
    r"\b(?:went|going|gone|rose|rising|risen|fell|falling|fallen|grew|growing|grown|jumped|climbed"
    r"|dropped|declined|increased|decreased|moved|changed|surged|soared|plunged|slipped|shrank"
    r"|shrunk|swelled|raised|lowered|boosted|expanded|reduced|upgraded"
    # a transitive change ("Raise the allowance from £4.25 to £6 a week", "raising fees from
    # $100 to $250", "is cutting the rate from"): a level and the one it is moved to, never a
    # range (not "Tax cuts for those earning from £50,000 to £100,000", "Salaries increase from
    # $50,000 to $70,000 with experience": words that are nouns as often, or a range described)
    r"|raise|raises|raising|lift|lifts|lifting|reduce|reduces|reducing|lower|lowers|lowering"
    r"|cutting|boosting|increasing|decreasing"
    r"|(?:(?<=^)|(?<=[.;:]\s)|(?<=\d[.)]\s)|(?<=^[-•*]\s))(?-i:Cut|Boost|Increase|Decrease)"
    # a change to come: "will rise from £9,250 to £9,535 a year", "voted to raise fees from"
    r"|(?:will|would|to|could|must|should)\s+(?:[a-z]+ly\s+)?(?:rise|raise|increase|grow|fall|drop|cut|reduce"
    r"|lower|lift|boost|climb|decline|go|move|expand))\s+(?:[\w’'-]+\s+){0,5}?"
    r"from\s+(?:\S{0,3}\s?)?$",
    re.IGNORECASE,
)
_MONEY_AFTER = re.compile(
    r"\s*(?:[A-Z]{0,3}[$€£¥₹]|[NPR](?=\d))?\s?(\d[\d,]*(?:\.\d+)?)\s*(million|billion|bn|m)?\b"
)


def _close_money_bounds(text: str, q, at: int) -> bool:
    """ "by $1.9 billion to $2.6 billion a year", "by P20 to P40 a kilo": two amounts of money
    within 2.5 times of each other after "by" bound one change (a count is a change and the
    level it reached: "The death toll rose by 5 to 12")."""
    if q.value is None or _currency_before(text, q.start) is None:
        return False
    m = _MONEY_AFTER.match(text, at)
    if m is None:
        return False
    word = (m.group(2) or "").lower()
    scale = 1e6 if word == "m" else _SCALE_WORDS.get(word, 1)
    return q.value < float(m.group(1).replace(",", "")) * scale <= 2.5 * q.value


_PERCENT_ONCE = re.compile(r"\d+(?:\.\d+)?\s*(?:%|per\s?cent\b|percent\b)")
_BETWEEN = re.compile(r"\b(?:between|from|ages?|aged)\s+(?:\S{1,4}\s?)?$", re.IGNORECASE)
_RESPECTIVELY_AHEAD = re.compile(r"[^.;]*\brespectively\b")

_CODE_RE = "|".join(sorted(CODES, key=len, reverse=True))
_LOWER_CODE_RE = "|".join(sorted(LOWER_CODES, key=len, reverse=True))
_MCODE_RE = "|".join(MILLION_CODES)
_SYMBOL_RE = "|".join(re.escape(s) for s in sorted(SYMBOLS, key=len, reverse=True) if s != "¢")
_DOLLAR_PREFIX_RE = "|".join(
    re.escape(p) for p in sorted(DOLLAR_PREFIXES, key=len, reverse=True) if len(p) > 1
).replace(r"\.", r"\.?")
# A currency written before the number, ending right at it ("$", "US$ ", "C $ ", "Rs. ", "USD").
_CURRENCY_BEFORE = re.compile(
    rf"(?:(?<![A-Za-z’'])(?i:(?P<dp>{_DOLLAR_PREFIX_RE}))\s?\$|(?<![A-Za-z’'])(?P<dp1>[ACRS])\$|(?P<sym>{_SYMBOL_RE})"
    rf"|(?<![A-Za-z])(?P<mcode>{_MCODE_RE})|(?<![A-Za-z])(?P<code>{_CODE_RE}|{_LOWER_CODE_RE})"
    r"|(?<![A-Za-z])(?P<rs>Rs|rs|Rs\.|rs\.))\s?$"
)
_CODE_WORDS = frozenset(
    {*CODES, *MILLION_CODES, *LOWER_CODES, *(c.upper() for c in LOWER_CODES), "Rs", "rs"}
)
# (not "plus or minus 2.0 points", "±3": a margin, its size)
_SIGN_BEFORE = re.compile(
    r"(?:(?<![\w.,±%])[-−–+]|(?<!(?i:plus\sor\s))(?i:\bminus\s+|\bnegative\s+))$"
)
_SPACED_MINUS = re.compile(r"(?:^|[\s(])[-−]\s$")

_NATIONALITY = alternation({a for a, _ in NATIONAL}).replace(r"\ ", r"\s+")
_CURRENCY_WORD = alternation([*CURRENCY_WORDS, *AMBIGUOUS_WORDS]).replace(r"\ ", r"\s+")
_CURRENCY_AFTER = re.compile(
    rf"(?:\s?-\s?|\s+)?(?:(?P<nat>{_NATIONALITY})\s+)?(?P<cw>{_CURRENCY_WORD})(?![\w-])"
    rf"|\s?(?P<code>(?-i:{_CODE_RE}|{_MCODE_RE})|{_LOWER_CODE_RE})(?![A-Za-z])"
    rf"|\s?(?P<sym>{_SYMBOL_RE}|¢)(?!\s?\d)",
    re.IGNORECASE,
)
_PERCENT = re.compile(
    r"\s?(?:%|per\s?cent\b|pct\b|percentage\s+points?\b|basis\s+points?\b|bps\b|pc\b(?!\w))"
    r"|-(?:percentage|basis)-points?\b"  # "a 25-basis-point cut"
    r"|\s(?:percentage|basis)-points?\b"  # "a 3 percentage-point drop"
    # "dropped 6 points to 41%": points of a percentage, the level said right after
    r"|\s+points?\b(?=\s+(?:to|from)\s+(?:about\s+|nearly\s+)?\d[\d.]*\s?(?:%|per\s?cent|percent))",
    re.IGNORECASE,
)
_AGE_AFTER = re.compile(
    r"(?:\s?-\s?|\s+)(?P<u>years?|months?|weeks?|days?|yrs?)(?:\s?-\s?|\s+)olds?\b"
    r"|\s+(?P<u2>years?|months?|weeks?|days?)\s+of\s+age\b|\s+(?P<yo>yo|y\.o\.)(?!\w)",
    re.IGNORECASE,
)
_AGE_BEFORE = re.compile(r"\b(?:aged?|ages)\s+(?:of\s+)?(?:between\s+)?$", re.IGNORECASE)
_TIME_AFTER = re.compile(rf"(?:\s?-\s?|\s+)(?P<u>{alternation(TIME_WORDS)})\b", re.IGNORECASE)
_TEMP_AFTER = re.compile(
    r"\s?(?P<deg>°|º|˚|(?i:degrees?|deg\b\.?))\s?"
    r"(?P<scale>(?i:celsius|celcius|centigrade|centigrate|fahrenheit|farenheit|kelvin)\b"
    r"|[CFK](?![\w])|(?i:[cf])(?![\w'’]))?"
    r"|\s+(?P<word>(?i:celsius|celcius|centigrade|centigrate|fahrenheit|farenheit|kelvin))\b"
)
_MEASURE_WORD = re.compile(
    rf"(?:\s?-\s?|\s+)(?P<sq>(?i:square|sq\.?|cubic|cu\.?)(?:\s+|-))?"  # "9,500-square-foot"
    rf"(?P<w>(?i:{words_pattern(MEASURE_WORDS)}))"
    r"(?![\w])"
)
_MEASURE_SYMBOL = re.compile(
    rf"(?P<open>\s?[(\[{{<])?\s?(?P<sq>(?:sq\.?|cu\.?)\s?)?"
    rf"(?P<s>{alternation(MEASURE_SYMBOLS)})(?P<pow>[23²³])?(?![\w’'])(?(open)[)\]}}>])"
)
_INCH = re.compile(r"\s?(?:in\b\.?|[\"″”])")
_FEET_BEFORE = re.compile(r"(?:ft|feet|foot|['’′])\s*$", re.IGNORECASE)
_TIMES = re.compile(r"(?:\s?-\s?|\s+)times\b|(?<=\d)x(?![\w])", re.IGNORECASE)
_COMPARATIVE = re.compile(
    r"\s+(?:as|the|that|this|its|their|his|her|our|your|my|what|more|less|fewer|higher|lower|greater"
    r"|larger|bigger|smaller|faster|slower|longer|shorter|over|above|below|[a-z]+er\s+than)\b",
    re.IGNORECASE,
)
_NOT_A_BASE = frozenset(
    "in on at by for from to and or of the a an with since during last this than as".split()
)
_PER = re.compile(
    r"(?:\s?-\s?|\s+)(?P<how>per|a|an|each|every|for\s+every|for\s+each|in\s+every|of\s+every"
    r"|out\s+of\s+every)(?:\s?-\s?|\s+)"
    r"(?:(?P<n>\d[\d,]*(?:\.\d+)?)\s+)?"
    r"(?P<w>(?:(?:cubic|square|sq\.?|cu\.?)\s+)?[A-Za-z][a-z]*(?:\s+of\s+age)?)(?![\w-])"
    r"|\s?/\s?(?P<sw>h|hr|s|ms|min|day|yr|year|month|week|d|kWh|MWh|GWh|kg|km|tonne|litre"
    r"|liter|bbl|barrel|share|\$|US\$)(?![\w$])"  # ("15.9 cents/kWh", "N1,535/$": a rate)
    # "$2.3 billion annually", "20 tonnes daily"
    r"|\s+(?P<adv>annually|yearly|monthly|weekly|daily|hourly)\b",
    re.IGNORECASE,
)
_PER_ADVERB = {"annually": "year", "yearly": "year", "monthly": "month", "weekly": "week",
               "daily": "day", "hourly": "hour"}  # fmt: skip
_MONTH = alternation([*MONTH_NUMBERS, "sept"]).replace("(?:", "(?:")
_MONTH_BEFORE = re.compile(rf"\b(?i:{_MONTH})\.?\s+(?:the\s+)?$")
_DAY_PAIR = re.compile(r"\s*(?:and|&)\s*[0-3]?\d(?:st|nd|rd|th)?\b")
_DAY_PAIR_BEFORE = re.compile(
    rf"\b(?i:{_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s+(?:and|or|to|through|until)\s+|\s*[-–&]\s*)$"
)
# a number paired with a code of digits and a capital ("42A", "7B"): a route's, a flat's,
# a form's (not "3 and 4G networks": a lower-case word after it is a unit's or a noun's)
_CODE_PAIR_AFTER = re.compile(r"\s*(?:,|and|or|&)\s*(?!\d[GK]\b)\d{1,4}[A-Z]\b(?!['’])")
_CODE_PAIR_BEFORE = re.compile(r"(?<![\w.])(?!\d[GK]\b)\d{1,4}[A-Z]\s*(?:,|and|or|&)\s*$")
# (not "4G", "5G", "4K": a network's or a screen's generation, no code)
_DAY_PAIR_END = re.compile(r",\s*\d{4}\b|\s*[.;:)!?,]|\s*$|\s+(?:at|when|while|as)\b")
_MONTH_AFTER = re.compile(rf"(?:st|nd|rd|th)?\s+(?:of\s+)?(?i:{_MONTH})\b")
_TIME_OF_DAY = re.compile(r"\s?(?:[ap]\.m\.|[ap]m\b|[AP]M\b|o['’]clock\b)")
# Words a number after them names rather than counts ("Section 230", "No. 5", "page 12"),
# looked up as the word right before the number (one space between, or none after "#").
_REFERENCE_WORDS = frozenset(
    "section sec. article art. chapter ch. title page pages p. pp. paragraph para. clause rule "
    "route highway interstate exit flight room suite apartment apt. gate platform terminal seat "
    "row table figure fig. appendix part phase level grade category class stage tier vol. volume "
    "issue no. nos. number resolution item line verse episode season scene version type model "
    "channel bus district ward precinct unit lot box case ticket code amendment act bill junction "
    "pier berth footnote endnote exhibit docket hull "
    "proposition measure annex schedule step week day round game lap hole division "
    "recommendation finding objective question priority task criterion principle pillar "
    "module lesson "
    # plural: "tables 1000 and 1011", "sections 3 and 4"
    "tables figures sections articles chapters clauses paragraphs appendices annexes exhibits "
    "routes flights rooms gates items lines episodes amendments recommendations".split()
)
# singular words whose "N and M" names two of them ("route 20 and 51"); not "week 10 and 145
# in week 11", "game 1 and 52 in game 2", where the second number counts
_PAIRED_SINGULAR = frozenset(
    "route line bus platform gate channel flight room suite section article chapter clause "
    "paragraph exit highway interstate pier berth ward district precinct terminal".split()
)
_REFERENCE_WORD = re.compile(r"\b[A-Za-z]+\.?$")
_THE_BEFORE = re.compile(r"\b(?:the|this|that)\s+$", re.IGNORECASE)
_MOVED_AFTER = re.compile(
    r"(?:\s*%|\s+per\s?cent|\s+percent)?(?:\s+[a-z]+)?"
    r"\s+(?:higher|lower|up|down|ahead|behind|clear|better|worse)\b"
)
_DIGITS = re.compile(r"[\d,.]*\d")


def _digits_end(text: str, s: int) -> int:
    """Where the digits that start at `s` end."""
    m = _DIGITS.match(text, s)
    return m.end() if m else s


_GROUP_OF = re.compile(r"\bGroup\s+of\s*$")
_PAIRED_REFERENCE = re.compile(
    r"\b(?P<w>[A-Za-z]+)\s+\d[\d,.]*[A-Z]?(?:,\s*\d[\d,.]*[A-Z]?)*,?\s+(?:and|or|to|through)\s*$"
)
_ADDRESS = re.compile(
    # (a direction first: "211 W. Main St.", "1500 North Oak Avenue")
    r"\s+(?:(?:[NSEW]|NE|NW|SE|SW)\.?\s+)?(?:[A-Z][a-z]+\s+){1,3}(?:Street|St\b|Avenue|Ave\b"
    r"|Road|Rd\b|Boulevard|Blvd\b|Lane"
    r"|Drive|Way|Place|Court|Square|Terrace|Parkway)"
)
_WORD_BEFORE = re.compile(r"([A-Za-z][\w&’'.-]*)\s$")
_PREV_WORD = re.compile(r"([A-Za-z][\w’'-]*)[\s,]*$")
_NEXT_WORD = re.compile(r"\s+([A-Za-z][\w’'-]*)")
# Lower-case words up to a plural one: what a count after a possessive counts ("30 launch titles").
_NEXT_PLURAL = re.compile(r"(?:\s+[a-z][\w-]*){0,2}?\s+[a-z][\w-]*[^s\W]s\b")
_GLUED_WORD = re.compile(r"[A-Za-z]+$")
_FIRST_WORD = re.compile(r"[A-Za-z]+")
_LETTERS = re.compile(r"[A-Za-z°µμ/²³]+")
_CHAIN = re.compile(r"[\w./:+-]*")
_PRONOUN_AFTER = re.compile(
    r"\s+(?:is|was|can|could|should|must|would|will|may|might|has|had|does|did|needs|another"
    r"|else|who|that|which)\b",
    re.IGNORECASE,
)
_PRONOUN_BEFORE = re.compile(
    r"\b(?:the|this|that|which|any|every|each|no|another|a|an|new|old|big|small|little|right"
    r"|wrong|last|next|same|other|such|someone|everyone|every)\s+$",
    re.IGNORECASE,
)
_CENTS = re.compile(
    rf"(?:\s+and)?\s+(?P<n>\d{{1,2}}|{_WORD_NUMBER})(?P<c>\s+cents?\b)?",
    re.IGNORECASE,
)
# "a year ago", "a year earlier": a point in time, not a rate's denominator
_AGO = re.compile(r"\s+(?:ago|earlier|before|later)\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?)\]]|$)")
_TO = re.compile(r"\s+to\s+", re.IGNORECASE)
_FROM_END = re.compile(r"\bfrom\s+\S{0,3}$", re.IGNORECASE)
_RESPECTIVE = re.compile(r"\s*(?:,\s*(?:and|or)?|and|or|to|[-–])\s*", re.IGNORECASE)

_YEAR_PREPS = frozenset(
    "in since by from until till through during of the before after and to or between early "
    "late mid fiscal year summer winter spring autumn fall".split()
)
_NOT_NAMES = frozenset(
    [*(w.capitalize() for w in MONTH_NUMBERS), "Sept", *WEEKDAYS, "I", "A", "An", "The"]
)
# Words that may open a sentence before a number ("About 300 people", "ALL 5 solutions"); any
# other capitalised word right before a bare number makes it part of a name ("Boeing 737").
_FUNCTION_WORDS = frozenset(
    """
    a an the this that these those of on in at to from for by with into over under between among
    across through during since until before after about around within near per and or but nor
    so yet if then than as because although though while when where who which what it its they
    their he his she her we our you your i my there here not no also only just most less more
    fewer each every all both any some many much few several another nearly almost roughly
    approximately exactly perhaps maybe still even now today another up down out some just
    around estimated an only additional another further least at another total of plus minus
    like unlike including except whereas whether once
    """.split()
)
_SENTENCE_OPENERS = frozenset("\"“‘'([{—–-:;.!?•*")
_GLUE_OK = frozenset(
    "were was are is be been of to by and or than about over under with in at for from had have "
    "has nearly almost some only reached totaled total".split()
)


# --- the tagger -----------------------------------------------------------------------------------


def tag_quantities(text: str) -> list[Quantity]:
    """Every quantity in `text`, in reading order (see the module docstring); in a text of
    more than `MAX_QUANTITIES_READ` numbers, those among the first that many."""
    return read_quantities(text, MAX_QUANTITIES_READ)[0]


def read_quantities(text: str, wanted: int) -> tuple[list[Quantity], bool]:
    """`_read_quantities`, each text read once however many extractors ask (`brief tag` tags
    a sentence's quantities, then its figures read them again)."""
    text = str(text)
    cached = _READ.get(text)
    if cached is not None and (not cached[1] or cached[2] == wanted):
        return list(cached[0]), cached[1]  # (a text read to its end serves any `wanted`)
    found, more = _read_quantities(text, wanted)
    if len(_READ) >= _READ_KEPT:
        _READ.pop(next(iter(_READ)))
    _READ[text] = (tuple(found), more, wanted)
    return found, more


_READ: dict[str, tuple[tuple[Quantity, ...], bool, int]] = {}
_READ_KEPT = 64  # texts remembered, oldest forgotten first


def _read_quantities(text: str, wanted: int) -> tuple[list[Quantity], bool]:
    """The quantities of `text` up to the end of the sentence that holds its `wanted`-th, and
    whether it holds more (a caller that takes no more than `wanted` need not tag the rest;
    the sentence is read to its end, so a unit written once for a list, "5, 6 and 7 percent",
    still reaches every number of it); at most `MAX_QUANTITIES_READ` numbers in any case."""
    found: list[_Q] = []
    cut = False
    pos = 0
    read = 0
    stop = len(text) if wanted > 0 else 0
    low = lowered(text)
    for start in _START_LOW.finditer(low) if low is not None else _START.finditer(text):
        if start.start() < pos or (m := _CANDIDATE.match(text, start.start())) is None:
            continue
        if (
            (digits := m.group("dig")) is not None
            and " " in digits
            and _names_a_number_before(text, m.start())
        ):
            # "On May 15 200 workers …", "in round 3 200 riders": a day or a name's number,
            # then a count, not thousands grouped by a space
            m = _CANDIDATE.match(text, m.start(), m.start("dig") + digits.index(" ")) or m
        read += 1
        if read > MAX_QUANTITIES_READ:
            cut = True
            break  # limits.MAX_QUANTITIES_READ: a text of numbers is read that far
        q, end = _read(text, m)
        pos = max(end, m.start() + 1)
        if q is None:
            continue
        if q.start >= stop:
            cut = True  # a quantity past those the caller takes
            break
        found.append(q)
        if len(found) == wanted:  # read on to the end of this quantity's sentence
            stop = next((s.end for s in split_sentences(text) if s.end >= end), len(text))
    _distribute(text, found)
    _cents_of(text, found)
    return [q.freeze(text) for q in found], cut


_SENTENCE_STOP = re.compile(r"[.!?](?=\s+[A-Z\"“])")


def _cents_of(text: str, found: list[_Q]) -> None:
    """ "WTI rose 95 cents to $79.68", "down 47 cents a litre, to R21.09": cents of the money
    their sentence names, as that money (0.95 USD), so a change and its level share a unit;
    cents alone in their sentence stay cents (whose they are is not said)."""
    for i, q in enumerate(found):
        if q.unit != "cent" or q.value is None:
            continue
        near = [
            m
            for m in found[max(0, i - 3) : i + 4]
            if m.kind == "money"
            and m.unit not in (None, "cent", "penny")
            and not m.unit.startswith("M")
            and not _SENTENCE_STOP.search(text, min(m.end, q.end), max(m.start, q.start))
        ]
        if near:
            nearest = min(near, key=lambda m: abs(m.start - q.start))
            q.unit, q.value = nearest.unit, q.value / 100


@dataclass
class _Q:
    """A quantity being read: mutable while its context is looked at."""

    start: int
    end: int
    value: float
    high: float | None = None
    kind: str = "count"
    unit: str | None = None
    per: str | None = None
    dimension: str | None = None
    sign: str | None = None
    prefixed: bool = False  # its currency is written before it ("$5"): not shared by others
    pending: str | None = None  # a glued "m"/"k"/"b": million or metre, read with the unit

    def freeze(self, text: str) -> Quantity:
        ranged = self.high is not None
        return Quantity(
            kind=self.kind,
            start=self.start,
            end=self.end,
            text=text[self.start : self.end],
            value=None if ranged else self.value,
            low=self.value if ranged else None,
            high=self.high,
            unit=self.unit,
            per=self.per,
            dimension=self.dimension,
            sign=self.sign,
        )


def _skip_chain(text: str, e: int) -> int:
    """The end of the code or identifier a number is part of ("1111-2222-33", "10:30")."""
    return _CHAIN.match(text, e).end()


def _read(text: str, m: re.Match[str]) -> tuple[_Q | None, int]:
    """The quantity a candidate starts, or None; and where reading may go on."""
    s, e = m.span()
    is_digits = m.group("dig") is not None or m.group("frac") is not None
    value = _core_value(m)
    if value is None and m.group("word") is not None:
        # "one two-hour meeting": a run of number words that is not one number; its first
        # word is read alone, the rest after it.
        first = _FIRST_WORD.match(text, s)
        m = _CANDIDATE.match(text, s, first.end()) if first else None
        if m is None:
            return None, first.end() if first else e
        s, e = m.span()
        value = _core_value(m)
    if value is None:
        return None, _skip_chain(text, e) if is_digits else e
    if is_digits and _names_on_the_left(text, s):
        return None, _skip_chain(text, e)
    if is_digits and (chain := _chained(text, m)):
        return None, chain
    if not is_digits and _word_not_number(text, m):
        return None, e
    if (
        not is_digits
        and _SCALE_ALONE.fullmatch(m.group())
        and _DIGIT_BEFORE.search(text, max(0, s - 4), s)
    ):
        return None, e  # "R2.5 billion": the scale of a number read as a code, not "a billion"
    q = _Q(s, e, value)
    scale, e = _scale(text, e, q)
    q.end = e
    # A range: "12-20", "between 3 and 5", "eight to 10 feet", "$5 to $10 million".
    high_end = _range(text, q, m, scale)
    if high_end is False:
        return None, _skip_chain(text, q.end)  # "7-6": a score
    currency_before = _currency_before(text, q.start)
    _unit(text, q, currency_before, scale)
    if q.kind == "duration" and q.high is None and (half := _AND_A_HALF.match(text, q.end)):
        q.value += 0.5  # "a year and a half", "two hours and a half"
        q.end = half.end()
    if q.kind in ("duration", "measure") and q.high is None:
        _compound(text, q)
    _left(text, q, currency_before)
    if q.kind == "drop" or (q.kind == "count" and q.unit is None and _not_a_quantity(text, q, m)):
        return None, max(q.end, e)
    return q, q.end


def _names_on_the_left(text: str, s: int) -> bool:
    """Digits glued to a word ("FY2019", "G20"), after a code's hyphen ("COVID-19", "F-35"), an
    apostrophe ("’87"), a "#", or a reference word ("Section 230", "No. 5", "page 12")."""
    before = text[s - 1 : s]
    if before.isalpha() and _glued_currency(text, s) is not None:
        return False  # "R12.5 million": rand; "Sh4.2bn", "N1,535", "P9.5 billion"
    if before.isalpha():
        glued = _GLUED_WORD.search(text, max(0, s - 12), s)
        if glued is None:
            return True  # glued to a letter outside A-Z ("À0"): a code, never money
        word = glued.group()
        money = word in CODES or word in MILLION_CODES or word.lower() in (*LOWER_CODES, "rs")
        return not (money or word.lower() in _GLUE_OK)
    if before and before in "-–/.:_’'‘#" and text[s - 2 : s - 1].isalnum():
        return True
    if before in ("’", "'", "‘", "#"):
        return True
    if not _word_ends_before(text, s):
        return False
    j = s - 1 if text[s - 1 : s] in (" ", "\u00a0") else s
    if text[j - 1 : j] == "#":
        return True
    word = _REFERENCE_WORD.search(text, max(0, j - 16), j)
    if word is not None and word.group().lower() in _REFERENCE_WORDS:
        # not "ended the day 38 points higher": the day, then how far its level moved
        return not (
            _THE_BEFORE.search(text, max(0, word.start() - 6), word.start())
            and _MOVED_AFTER.match(text, _digits_end(text, s))
        )
    if _GROUP_OF.search(text, max(0, j - 12), j):
        return True  # "the Group of 77", "the Group of Seven": a body's name
    # "tables 1000 and 1011", "sections 3 to 5", "route 20 and 51": the second of a pair of
    # references
    pair = _PAIRED_REFERENCE.search(text, max(0, j - 40), j)
    if pair is None:
        return False
    word = pair.group("w").lower()
    return word in _REFERENCE_WORDS and (word.endswith("s") or word in _PAIRED_SINGULAR)


def _word_ends_before(text: str, s: int) -> bool:
    """A word, "#" or a sign may end right before `s` (one space between): the backward
    patterns are only tried then, as most numbers follow a space after a digit or nothing."""
    j = s - 1 if text[s - 1 : s] in (" ", "\u00a0") else s
    c = text[j - 1 : j]
    return bool(c) and not c.isdigit() and not c.isspace()


# Digit groups separated by single spaces, no separators inside: a phone number's shape.
_SPACED_GROUPS = re.compile(r"\d{2,5}(?: \d{2,5}){1,4}(?![\d,.]?\d)")


def _chained(text: str, m: re.Match[str]) -> int | None:
    """Where an identifier ends, when the number is one: "192.168.0.1", "10:30", "3/4/2020",
    "555-1234", "1111-2222-3333", "03-7619", "1990s", "3rd", "11a"."""
    _s, e = m.span()
    nxt = text[e : e + 2]
    if nxt[:1] == " " and nxt[1:2].isdigit() and (run := _SPACED_GROUPS.match(text, _s)):
        groups = run.group().split()
        if len(groups) >= 3 or any(g.startswith("0") for g in groups):
            return run.end()  # "0800 555 0192", "1900 555 010": a phone number
    if nxt[:1] in (".", ":", "/") and nxt[1:2].isdigit():
        return _skip_chain(text, e)
    if nxt[:1] in ("-", "–") and nxt[1:2].isdigit():
        j = e + 1
        while j < len(text) and text[j].isdigit():
            j += 1
        second = text[e + 1 : j]
        first = m.group()
        if text[j : j + 1] in ("-", "–") and text[j + 1 : j + 2].isdigit():
            return _skip_chain(text, j)  # three groups or more: a code
        if second.startswith("0") or (len(first) == 3 and len(second) == 4 and first.isdigit()):
            return _skip_chain(text, j)  # "03-7619", "555-1234"
    if nxt[:1] == "(" and re.match(r"\(\w{1,3}\)", text[e : e + 5]):
        return _skip_chain(text, e + text[e:].find(")") + 1)  # "401(k)"
    if m.group("dig") and m.group().startswith("0") and len(m.group()) > 1 and "." not in m.group():
        return _skip_chain(text, e)  # "007"
    if nxt[:1].isalpha() and (lm := _LETTERS.match(text, e)):
        letters = lm.group()
        after = text[e + len(letters) : e + len(letters) + 1]
        if after.isalnum() or (
            after in ("-",) and text[e + len(letters) + 1 : e + len(letters) + 2].isalnum()
        ):
            return _skip_chain(text, e)  # "24703L202", "5G-enabled"
        if not _glued_unit(letters) and not _minor_unit(text, m.start(), e):
            return _skip_chain(text, e)  # "3rd", "1990s", "11a"
    return None


def _glued_unit(letters: str) -> bool:
    """Letters right after digits that are a unit, a scale or a currency ("5km", "$13bn")."""
    low = letters.lower()
    return (
        letters in MEASURE_SYMBOLS
        or letters.rstrip("23²³") in MEASURE_SYMBOLS
        or low in MEASURE_WORDS
        or low in _SCALE_WORDS
        or letters in ("m", "M", "k", "K", "b", "B", "x", "yo", "C", "F")
        or letters in CODES
        or letters in MILLION_CODES
        or low in LOWER_CODES
        or low in CURRENCY_WORDS
        or low in TIME_WORDS
        or low in ("pc", "pct", "bps", "am", "pm", "kmph", "kph", "mph", "kmh")
        or ("/" in letters and letters.split("/")[0] in MEASURE_SYMBOLS)
    )


def _word_not_number(text: str, m: re.Match[str]) -> bool:
    """Number words that are not numbers: a capitalised one inside a sentence is a name
    ("Channel Four", "Formula One"); "a third" is a fraction only before "of"."""
    s, e = m.span()
    t = m.group()
    if t[0].isupper() and not _sentence_start(text, s):
        return True
    if m.group("fw") is not None and m.group("fwn").lower() in ("a", "an"):
        if _SHARE_COMPARED.match(text, e):
            return False  # "(and) a third below the 2010 peak", "a fifth more than"
        if re.search(r"\band\s+$", text[max(0, s - 5) : s]):
            return True  # "a cup and a half of flour": the half of an amount, not a share
        if re.match(r"\s+of\b", text[e : e + 5]):
            return False  # "a third of" yes, "a third time" no
        if _BY_BEFORE_SHARE.search(text, max(0, s - 70), s) and _SHARE_ENDS.match(text, e):
            return False  # "dropped by a third", "cut by roughly a quarter"; not "by a third party"
        return not _SHARE_COMPARED.match(text, e)  # "a fifth more than last year"
    if m.group("aone") is not None:
        # "for more than a year"; "a year’s worth of expenses" measures too
        return not (_A_SPAN_BEFORE.search(text, max(0, s - 24), s) or _WORTH.match(text, e))
    if m.group("half") is not None:
        before = text[max(0, s - 20) : s]
        if _HALF_AN.match(text, e):
            return True  # "half an hour": a duration's number, not a share
        if _HALF_APPROXIMATED.search(before):
            # "about half came out", "more than half the staff"; not "only half true", "half
            # joking", "half past nine": an adverb before an adjective, a verb or "past"
            return not _HALF_SHARE_NEXT.match(text, e)
        return not (_HALF_OF.match(text, e) and not _HALF_DETERMINED.search(before))
    return False


def _sentence_start(text: str, s: int) -> bool:
    j = s
    while j > 0 and text[j - 1] in " \t\n\u00a0":
        j -= 1
    return j == 0 or text[j - 1] in _SENTENCE_OPENERS


_MONEY_JUST_BEFORE = re.compile(r"(?:RM|S?\$|£|€)\s?$")


def _scale(text: str, e: int, q: _Q) -> tuple[str | None, int]:
    """Scale words after the number ("2.5 million", "35 lakh", "5 lakh crore", "$13bn"); a
    bare "m"/"k"/"b" is returned as pending, for `_unit` to decide (metres or millions)."""
    scale = None
    while sm := _SCALE_AFTER.match(text, e):
        if sm.group("ab"):
            q.pending = sm.group("ab")  # decided with the currency
            return scale, e
        if sm.group("w3") and not _MONEY_JUST_BEFORE.search(text, max(0, q.start - 4), q.start):
            return scale, e  # "a 5mil film": a scale glued so only after money ("RM60mil")
        word = (sm.group("w") or sm.group("w2") or sm.group("w3")).lower()
        q.value *= _SCALE_WORDS[word]
        scale = word
        e = sm.end()
    return scale, e


def _range(text: str, q: _Q, m: re.Match[str], scale: str | None):
    """Extend `q` to a range when another number follows through "-", "to", "through" or
    ("between"/"from" before) "and"; False for a falling hyphen pair ("7-6", a score)."""
    sep = _RANGE_SEP.match(text, q.end)
    per_cent_low = False
    if not sep and text.startswith("%", q.end):
        # "6%-8% a year", "6% to 8%": a range of percentages, each written with its sign
        sep = _RANGE_SEP.match(text, q.end + 1)
        per_cent_low = sep is not None
    if not sep:
        return None
    word = sep.group().strip().lower().strip("-") or "-"
    if per_cent_low and (
        word not in ("-", "–", "—", "to")
        or _FROM_JUST_BEFORE.search(text, max(0, q.start - 6), q.start)
    ):
        return None  # (not "from 15% to 30%": a level, then the one it went to)
    if (
        word == "to"
        and _BY_BEFORE.search(text, max(0, q.start - 8), q.start)
        and not _PERCENT_ONCE.match(text, sep.end())
        and not _close_money_bounds(text, q, sep.end())
    ):
        return None  # "down by 30 to 126", "The death toll rose by 5 to 12": a change, then the
        # level it reached (not "rise by 3 to 5 per cent": a range, its unit written once)
    if word == "to" and _CHANGED_FROM.search(text, max(0, q.start - 60), q.start):
        return None  # "going from 300 to 326ppi", "rose from 5 to 9": two levels, not a range
    if word == "and" and not _BETWEEN.search(text, max(0, q.start - 16), q.start):
        return None
    if word == "and" and _RESPECTIVELY_AHEAD.match(text, q.end, q.end + 160):
        return None  # "from 16 and 20 trains a day to 11 and 12 respectively": a list of two
    j = sep.end()
    cur = _CURRENCY_BEFORE_AT.match(text, j)
    if cur is None and (glued := _glued_currency(text, q.start)) is not None:
        # "between N82 and N95": the high end in the low end's letters
        letters = _GLUED_LETTERS.match(text, j)
        cur = letters if letters and letters.group() == text[glued[1] : q.start] else None
    k = cur.end() if cur else j
    m2 = _CANDIDATE.match(text, k)
    if not m2 or (m2.group("dig") is None and m2.group("word") is None):
        return None
    if m.group("dig") is not None and m2.group("word") is not None and word in ("-", "–", "—"):
        return None
    if m2.group("dig") is not None and _chained(text, m2):
        return None
    high = _core_value(m2)
    if high is None or (per_cent_low and not text.startswith("%", m2.end())):
        return None
    probe = _Q(m2.start(), m2.end(), high)
    scale2, end2 = _scale(text, m2.end(), probe)
    high = probe.value
    low = q.value
    if (
        scale2
        and not scale
        and scale2 in _SCALE_WORDS
        and not q.pending
        and (cur is None or low < 1000)
    ):
        low *= _SCALE_WORDS[scale2]  # "10-15 million", "$10 to $15 million": the scale is
        # written once (not "Rs 40,000 to Rs 72 lakh", where each amount is written whole)
    if _is_year_pair(m.group(), m2.group(), text, q, end2):
        return None
    if cur is not None and _a_year(m.group()) and _currency_before(text, q.start) is None:
        return None  # "from $1.6 trillion in 2025 to $2.7 trillion": a year, then an amount
    if (
        word == "to"
        and cur is None
        and not scale2
        and _currency_before(text, q.start) is not None
        and _counted_noun(text, end2)
        and not _currency_word_after(text, end2)  # "from $45 to 3,100 dollars": its unit
    ):
        return None  # "grants of US$45 to 3,100 families": a sum, then whom it went to
    if word == "or" and not (
        (high <= low * 1.5 or (high - low == 1 and low == int(low) and high == int(high)))
        and low < high
        and cur is None
        and not scale
        and not scale2
    ):
        # "five or six years", "3 or 4 percent": about that, a range; "$50 or $100", "1 or
        # 10": alternatives, each its own
        return None
    if high <= low:
        return (
            False
            if word in ("-", "–", "—")
            and not (scale or scale2)
            and _unitless(text, end2)
            and low == int(low)
            else None
        )
    q.value = low
    q.high = high
    q.end = end2
    q.pending = probe.pending  # "$5-10m": the glued scale is read with the currency
    return True


def _unitless(text: str, e: int) -> bool:
    """No percent or currency after a falling pair: "6-4" is a score, "-" not a range."""
    return not _PERCENT.match(text, e) and not _CURRENCY_AFTER.match(text, e)


def _a_year(a: str) -> bool:
    return len(a) == 4 and a.isdigit() and 1800 <= int(a) <= 2100


def _is_year_pair(a: str, b: str, text: str, q: _Q, end2: int) -> bool:
    """ "2018-19", "2015–2018", "from 2010 to 2015": years, not a range of counts; nor is a
    year then a count ("from 1,000 in 2021 to 20,000 in 2022")."""
    if not _a_year(a):
        return False
    return _a_year(b) or (len(b) == 2 and b.isdigit()) or "," in b


_CURRENCY_BEFORE_AT = re.compile(
    rf"(?:(?i:(?:{_DOLLAR_PREFIX_RE}))\s?\$|[ACRS]\$|{_SYMBOL_RE}|(?:{_CODE_RE})\s?|Rs\.?\s?)\s?"
)


# The rand, "R" glued to the number, only in the shapes of money: a scale ("R12.5 million"),
# cents ("R87.20"), thousands ("R1,500") or a rate ("R150 a month"); not "Audi R8", "the R32".
_RAND_NUMBER = re.compile(
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w])|\d{1,3}(?:[ \u00a0]\d{3})+(?:\.\d+)?(?![\w]|\s\d)"
    r"|\d+\.\d\d(?![\d\w])"
    r"|\d+(?:\.\d+)?\s?(?:million|billion|trillion|bn|m)\b"
    r"|\d+(?:\.\d+)?(?=\s+(?:a|an|per)\s+(?:month|year|week|day|hour|person|litre|kilogram|kg)\b)"
)
_CAPITALISED_BEFORE = re.compile(r"(?<![.!?:])\s+[A-Z][\w-]*\s+$")


# Other currencies written as letters glued to the number, in the same shapes: the naira
# ("N1,535"), the Philippine peso ("P9.5 billion"), the shillings ("Sh4.2bn", "KSh 500" is a
# code-like prefix too). A lone "N" or "P" needs a scale or thousands: "N95", "P2" are names.
_GLUED_CURRENCIES = (
    ("KSh", "KES"), ("Ksh", "KES"), ("TSh", "TZS"), ("USh", "UGX"), ("Sh", "KES"),
    ("RM", "MYR"), ("GH¢", "GHS"), ("GH₵", "GHS"), ("Tk", "BDT"), ("Rp", "IDR"),
    ("R", "ZAR"), ("N", "NGN"), ("P", "PHP"),
)  # fmt: skip
_GLUED_LETTERS = re.compile(
    "(?:" + "|".join(re.escape(letters) for letters, _ in _GLUED_CURRENCIES) + r")(?=\d)"
)  # (longest first, as the table lists them)
# The shillings' prefixes, which no English word spells, also before a space: "KSh 93.2
# million", "Kshs. 500", "TSh 2,000", "USh 50,000"
_SHILLINGS = {"ksh": "KES", "kshs": "KES", "tsh": "TZS", "tshs": "TZS", "ush": "UGX", "ushs": "UGX",
              "tk": "BDT", "rp": "IDR"}  # fmt: skip
# (and the taka's "Tk 500 crore", the rupiah's "Rp 2.5 trillion")
_SPACED_SHILLING = re.compile(
    r"(?<![\w’'&-])([KTU][Ss]hs?\.?|Tk\.?|Rp\.?)[ \u00a0]$"
)  # (not "TSH 10 mIU/L")
_DAY_BEFORE = re.compile(rf"(?:\b(?i:{_MONTH})\.?|\d)\s+$")


def _names_a_number_before(text: str, s: int) -> bool:
    """A month, a number or a reference word (`_REFERENCE_WORDS`: "round", "page") right
    before `s`: the digits after it are that day's or that name's, not a thousands group."""
    if _DAY_BEFORE.search(text, max(0, s - 12), s):
        return True
    word = _REFERENCE_WORD.search(text, max(0, s - 16), max(0, s - 1))
    return word is not None and word.group().lower() in _REFERENCE_WORDS


_ANY_NUMBER = re.compile(r"\d")
_SCALED_NUMBER = re.compile(
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w])|\d+(?:\.\d+)?\s?(?:million|billion|trillion|bn|m)\b"
    # "P881.3-billion budget", and a price to the cent: "N9.26", "N68.45" (not "N95", a mask)
    r"|\d+(?:\.\d+)?-(?:million|billion|trillion)\b|\d+\.\d\d(?![\d\w])"
    # a price by its unit ("N945 per litre", "N945/litre", "N500 per drop") or paired with one
    # written the same way ("from N865 to N945", "by N35 to N855")
    r"|\d+(?:\.\d+)?(?=\s*/\s*(?:litre|liter|kg|kilo)\b|\s+(?:a|an|per)\s+(?:litre|liter|kilogram"
    r"|kg|kilo|drop|trip|bag|tin|loaf|unit|kWh|month|year|week|day|hour|person)\b)"
)
# ... or paired with one written the same way after "from", "between" or "by" ("from N865 to
# N945", "between N82 and N95", "by N35 to N855"; not "N95 or N99 respirators", the "N7 and N11"
# roads, "P6 and P7" school years)
_PAIRED_PRICE = re.compile(r"\d\d+(?:\.\d+)?(?=\s+(?:to|and)\s+[NP]\d[\d,]*\d)")  # (not "P1 to P3")
# ... or a pair whose second amount has a price's unit ("at N985 and N990 per litre", "by P2 to
# P14 per kilo")
_PAIR_PRICED = re.compile(
    r"\d[\d,]*(?:\.\d+)?(?=\s+(?:to|and)\s+[NP]\d[\d,]*(?:\.\d+)?\s*(?:/\s*|\s+(?:a|an|per)\s+)"
    r"(?:litre|liter|kilogram|kg|kilo|drop|trip|bag|unit|kWh)\b)"
)
_TWO_DIGITS = re.compile(r"\d[\d,]*\d")
_PAIR_LEAD = re.compile(r"\b(?:from|between|by)\s+$", re.IGNORECASE)
_PAIR_HIGH = re.compile(r"\b(?i:from|between|by|at)\s+[NP]\d[\d,.]*\s+(?:to|and)\s+$")


def _glued_currency(text: str, s: int) -> tuple[str, int] | None:
    """(code, start) of a currency's letters glued to the number at `s` ("R12.5 million"):
    standalone letters (not the end of a word or a code), the number in a shape of money,
    and no capitalised name right before ("Audi R8")."""
    for letters, code in _GLUED_CURRENCIES:
        at = s - len(letters)
        if at < 0 or text[at:s] != letters:
            continue
        if at and (text[at - 1].isalnum() or text[at - 1] in "’'&-"):
            return None
        shape = (
            _ANY_NUMBER  # no word is spelled "Sh" before digits: "sells for Sh50, up from Sh20"
            if letters in ("Sh", "KSh", "Ksh", "TSh", "USh", "RM", "GH¢", "GH₵", "Tk", "Rp")
            else _RAND_NUMBER
            if letters == "R"
            else _SCALED_NUMBER
        )
        paired = letters in ("N", "P") and (
            (
                _PAIRED_PRICE.match(text, s) is not None
                and _PAIR_LEAD.search(text, max(0, at - 10), at) is not None
            )
            or _PAIR_PRICED.match(text, s) is not None
            or (
                _TWO_DIGITS.match(text, s) is not None
                and _PAIR_HIGH.search(text, max(0, at - 30), at) is not None
            )
        )
        if (shape.match(text, s) is None and not paired) or _CAPITALISED_BEFORE.search(
            text, max(0, at - 24), at
        ):
            return None
        return code, at
    return None


def _currency_before(text: str, s: int) -> tuple[str, int] | None:
    """(code, start) of a currency written right before `s`."""
    if (text[s - 1 : s].isalpha() or text[s - 1 : s] in "¢₵") and (
        glued := _glued_currency(text, s)
    ) is not None:
        return glued
    if not _word_ends_before(text, s):
        return None
    if (spaced := _SPACED_SHILLING.search(text, max(0, s - 8), s)) is not None:
        return _SHILLINGS[spaced.group(1).lower().rstrip(".")], spaced.start()  # "KSh 93.2 million"
    j = s - 1 if text[s - 1 : s] in (" ", "\u00a0") else s
    if text[j - 1 : j].isascii() and text[j - 1 : j].isalpha():
        # Most numbers follow a word: only a currency code can end there ("USD 5").
        k = j - 1
        while k > max(0, j - 8) and text[k - 1 : k].isascii() and text[k - 1 : k].isalpha():
            k -= 1
        if text[k:j] not in _CODE_WORDS:
            return None
    cm = _CURRENCY_BEFORE.search(text, max(0, s - 8), s)
    if not cm:
        return None
    if cm.group("dp") or cm.group("dp1"):
        key = (cm.group("dp") or cm.group("dp1")).lower()
        code = DOLLAR_PREFIXES.get(key) or DOLLAR_PREFIXES.get(key.rstrip(".")) or "USD"
        return code, cm.start()
    if cm.group("sym"):
        return SYMBOLS[cm.group("sym")], cm.start()
    if cm.group("mcode"):
        return "M" + MILLION_CODES[cm.group("mcode")], cm.start()
    if cm.group("code"):
        code = cm.group("code").upper()
        return ("CNY" if code == "RMB" else code), cm.start()
    return "INR", cm.start()


_BARRELS_A_DAY = re.compile(r"\s?(?:bpd|b/d|bopd)\b")  # (lower case: "BPD" is a police force)


def _unit(text: str, q: _Q, currency_before, scale: str | None) -> None:
    """What follows the number: percent, currency, age, time, temperature, measure, times."""
    if ":" in text[q.start : q.end]:
        q.kind, q.unit = "duration", "second"  # a race time, in seconds
        return
    if text[q.start : q.end].lower().endswith("point"):
        q.kind, q.unit = "percent", "percentage point"  # "a half-percentage-point cut"
        return
    e = q.end
    pending = q.pending
    if pending:
        e += 1
    # Money written after the number ("5 dollars", "75 USD million", "115USD", "10 €").
    cm = _CURRENCY_AFTER.match(text, e)
    code = None
    if cm and cm.group("cw"):
        word = singular(cm.group("cw"))
        nat = cm.group("nat")
        if word in AMBIGUOUS_WORDS:
            code = (
                AMBIGUOUS_WORDS[word]
                if nat or (scale and pending is None) or cm.group("cw").lower() == "reais"
                else None
            )
        elif word in ("pound",) and not (nat or scale or currency_before) and pending is None:
            code = None  # "25 pounds": a weight unless a scale or "sterling" says money
            if re.match(r"\s+sterling\b", text[cm.end() : cm.end() + 10], re.I):
                code = "GBP"
        else:
            key = (re.sub(r"\s+", " ", nat.lower()), word) if nat else None
            code = NATIONAL.get(key) if key else None
            code = code or CURRENCY_WORDS.get(word) or CURRENCY_WORDS.get(cm.group("cw").lower())
    elif cm and cm.group("code"):
        c = cm.group("code")
        code = "M" + MILLION_CODES[c] if c in MILLION_CODES else c.upper()
        code = "CNY" if code == "RMB" else code
    elif cm and cm.group("sym") and not currency_before:
        code = SYMBOLS[cm.group("sym")]
    if code:
        q.end = cm.end()
        if re.match(r"\s+sterling\b", text[q.end : q.end + 10], re.I):
            q.end = text.index("sterling", q.end) + 8
        sm = _SCALE_AFTER.match(text, q.end)  # "75 USD million"
        if sm and sm.group("w"):
            q.value *= _SCALE_WORDS[sm.group("w").lower()]
            q.high = q.high * _SCALE_WORDS[sm.group("w").lower()] if q.high else None
            q.end = sm.end()
        _money(q, code, pending)
        _cents(text, q, cm.group("cw") is not None or cm.group("code") is not None)
        _per(text, q)
        return
    if currency_before:
        q.end = e
        _money(q, currency_before[0], pending)
        q.prefixed = True
        # "$10 dollars": a currency word repeated after the sign belongs to the same amount.
        if (again := _CURRENCY_AFTER.match(text, q.end)) and again.group("cw"):
            q.end = again.end()
        _per(text, q)
        return
    if pending:
        if pending in "mM" and _counted_noun(text, e):
            q.value *= 1e6  # "5m people"
            q.end = e
        elif pending in "kK":
            if not _counted_noun(text, e):
                q.kind = "drop"
                return
            q.value *= 1e3
            q.end = e
        elif pending in "bB" or (pending == "M" and q.value >= 1000):
            q.kind = "drop"  # "Vega Pro 7100M": a model's code (the metre is "m")
            return
        elif pending == "M":  # "Downloads topped 50M": millions, never metres
            q.value *= 1e6
            q.end = e
        else:  # "1.8m tall": metres
            q.end = e
            _measure(q, "m", "length")
            _per(text, q)
            return
    if pm := _PERCENT.match(text, q.end):
        word = pm.group().strip().lower().lstrip("-")
        q.kind = "percent"
        if word.startswith(("basis", "bp")):
            q.unit = "basis point"
        else:
            q.unit = "percentage point" if "point" in word else "percent"
        q.end = pm.end()
        _per(text, q)
        return
    if am := _AGE_AFTER.match(text, q.end):
        q.kind = "age"
        u = (am.group("u") or am.group("u2") or "year").lower()
        q.unit = TIME_WORDS.get(u, "year")
        q.end = am.end()
        return
    if tm := _TEMP_AFTER.match(text, q.end):
        scale_word = (tm.group("scale") or tm.group("word") or "").lower()
        unit = {"c": "°C", "f": "°F", "k": "K"}.get(scale_word[:1]) if scale_word else "degree"
        if scale_word.startswith("cent"):
            unit = "°C"
        if tm.group("deg") or scale_word:
            _measure(q, unit, "temperature" if unit != "degree" else _degree_kind(text, q))
            q.end = tm.end()
            return
    if tm := _TIME_AFTER.match(text, q.end):
        q.kind = "duration"
        q.unit = TIME_WORDS[tm.group("u").lower()]
        q.end = tm.end()
        _per(text, q)
        return
    if mm := _MEASURE_WORD.match(text, q.end):
        unit, dim = MEASURE_WORDS[re.sub(r"[\s-]+", " ", mm.group("w").lower())]
        unit, dim = _power(mm.group("sq"), None, unit, dim)
        q.end = mm.end()
        _measure(q, unit, dim)
        _per(text, q)
        return
    if (
        (gm := _minor_unit(text, q.start, q.end)) is not None
        and q.kind == "count"
        and q.value is not None
        and q.value < 1000  # (a price in pence, not "1080p", a resolution)
    ):
        # "27.03p per kWh", "40c a litre": pence or cents glued to a price of so much a unit
        _money(q, "penny" if gm.group("u") == "p" else "cent", None)
        q.end = gm.end("u")
        _per(text, q)
        return
    if (gm := _GLUED_DEGREE.match(text, q.end)) is not None:
        # "1.2C above pre-industrial levels": a temperature where the text speaks of heat; a
        # code elsewhere ("the 5C bus")
        if _degree_kind(text, q) != "temperature":
            q.kind = "drop"
            return
        q.end = gm.end()
        _measure(q, "°C" if gm.group().startswith("C") else "°F", "temperature")
        return
    if bm := _BARRELS_A_DAY.match(text, q.end):
        q.end = bm.end()  # "4.31 million bpd": the oil trade's rate, barrels per day
        _measure(q, "barrel", "volume")
        q.per = "day"
        return
    if (ms := _MEASURE_SYMBOL.match(text, q.end)) and _symbol_ok(text, q, ms):
        unit, dim = MEASURE_SYMBOLS[ms.group("s")]
        unit, dim = _power(ms.group("sq"), ms.group("pow"), unit, dim)
        q.end = ms.end()
        _measure(q, unit, dim)
        if "/" not in ms.group("s") and unit not in ("mph", "km/h", "m/s"):
            _per(text, q)
        return
    if _FEET_BEFORE.search(text, max(0, q.start - 6), q.start) and (im := _INCH.match(text, q.end)):
        q.end = im.end()
        _measure(q, "inch", "length")  # "12 ft 2 in", "5'10\""
        return
    if (
        (im := re.compile(r"\s?[\"″]").match(text, q.end))
        and '"' not in text[max(0, q.start - 80) : q.start]
        and re.match(r"\s+[a-z]", text[im.end() : im.end() + 2])
    ):
        q.end = im.end()
        _measure(q, "inch", "length")  # 'a 10" screen'
        return
    if tm := _TIMES.match(text, q.end):
        if _COMPARATIVE.match(text, tm.end()) or tm.group().endswith("x"):
            q.kind = "multiplier"
            q.unit = "times"
            q.end = tm.end()
            return
        q.end = tm.end()
        q.unit = "times"  # "three times already": how often, a count
        _per(text, q)
        return
    if text[q.start : q.end].lower().endswith("fold"):
        q.kind, q.unit = "multiplier", "times"
        return
    if text[q.start : q.end].lower().startswith(("doubl", "tripl", "quadrupl")):
        q.kind, q.unit = "multiplier", "times"  # "Rents have doubled": two times what they were
        return
    if text[q.start : q.end].lower().startswith("halv"):
        q.kind, q.unit, q.sign = "fraction", None, None  # "halved service calls": to a half
        return
    if text[q.start : q.end].lower() in ("twice", "thrice"):
        if _COMPARATIVE.match(text, q.end):
            q.kind, q.unit = "multiplier", "times"
        else:
            q.kind = "drop"  # "visited twice": how often, not a stated quantity
        return
    if (
        q.kind == "count"
        and re.search(r"[a-z]", text[q.start : q.end].lower())
        and re.search(
            r"(?:half|third|quarter|fourth|fifth|sixth|eighth|tenth)s?$",
            text[q.start : q.end],
            re.I,
        )
    ):
        q.kind, q.unit = "fraction", None
        return
    _per(text, q)


_GLUED_ONLY = frozenset({"MP"})  # symbols that are also common abbreviations when spaced


def _symbol_ok(text: str, q: _Q, ms: re.Match[str]) -> bool:
    """Unit symbols that are also letters or words ("m", "t", "in" is not here, "l"): only
    glued to the number or spaced before a boundary, never before a word ("5 m people")."""
    s = ms.group("s")
    if s in _GLUED_ONLY and ms.start("s") > q.end:
        return False  # "200 MP seats" are Members of Parliament; "12MP" is megapixels
    if len(s) == 1 and ms.start("s") > q.end and s in "mtlLgJWV":
        return (
            not re.match(r"\.?\s?[A-Za-z]", text[ms.end() : ms.end() + 3])
            or re.match(r"\s?[x×]\s", text[ms.end() : ms.end() + 3]) is not None
        )
    return True


_SCALE_ALONE = re.compile(r"(?i:thousand|million|billion|trillion|lakhs?|crores?)")
_DIGIT_BEFORE = re.compile(r"\d\s*$")
_GLUED_DEGREE = re.compile(r"[CF](?![\w’'-])")
# A minor unit glued to a price only with what it is a price of after it ("27.03p per kWh",
# "53.80p a day", "40c/litre"), or after a move or a price's words ("rose 3p to 74.5p", "a 5p
# charge", "at 189.9c"): "1080p" or "3p" alone are other things
_GLUED_MINOR = re.compile(r"(?P<u>[pc])(?=\s+(?:a|an|per)\s+[A-Za-z]|/[A-Za-z])")
_MINOR_AFTER = re.compile(r"(?P<u>[pc])(?![\w’'-])")
_PRICE_WORDS_BEFORE = folded(
    r"\b(?:rose|fell|rising|falling|up|down|gained|lost|added|shed|dropped|climbed|jumped|slid"
    r"|to|from|at|by|a|an|of|cost|costs|charge|charges)\s+$"
)


def _minor_unit(text: str, start: int, end: int) -> re.Match[str] | None:
    """The "p" or "c" glued to the number at `start`-`end` when it is pence or cents (see
    `_GLUED_MINOR`); its group "u" is the letter."""
    glued = _GLUED_MINOR.match(text, end)
    if glued is None and _PRICE_WORDS_BEFORE.search(text, max(0, start - 12), start):
        glued = _MINOR_AFTER.match(text, end)
    return glued


def _degree_kind(text: str, q: _Q) -> str:
    """ "30 degrees" alone: a temperature when the sentence speaks of heat, else an angle."""
    window = text[max(0, q.start - 120) : q.end + 60].lower()
    heat = ("temperat", "thermostat", "hot", "cold", "warm", "heat", "cool", "weather", "fever",
            "celsius", "fahrenheit", "freez", "boil", "degrees outside", "outside",
            "pre-industrial", "climate")  # fmt: skip
    return "temperature" if any(w in window for w in heat) else "angle"


def _power(sq: str | None, pw: str | None, unit: str, dim: str) -> tuple[str, str]:
    """ "square miles", "sq km", "km2", "m³": areas and volumes of a length unit."""
    cubic = (sq or "").lower().startswith("cu") or ((pw or "") in "3³" and pw)
    square = (sq or "").lower().startswith("s") or ((pw or "") in "2²" and pw)
    if dim == "length" and cubic and unit in CUBIC:
        return CUBIC[unit], "volume"
    if dim == "length" and square and unit in SQUARE:
        return SQUARE[unit], "area"
    return unit, dim


def _measure(q: _Q, unit: str, dim: str) -> None:
    q.kind, q.unit, q.dimension = "measure", unit, dim
    if unit == "mph":
        q.unit, q.per, q.dimension = "mile", "hour", "speed"
    elif unit == "km/h":
        q.unit, q.per, q.dimension = "km", "hour", "speed"
    elif unit == "m/s":
        q.unit, q.per, q.dimension = "m", "second", "speed"


def _money(q: _Q, code: str, pending: str | None) -> None:
    """Money in `code`; "MUSD" is a million dollars; a glued "m"/"k"/"b" after money is a
    scale ("$5m", "£3k", "$2B")."""
    if code.startswith("M") and code[1:] in CODES and len(code) == 4:
        code = code[1:]
        q.value *= 1e6
        q.high = q.high * 1e6 if q.high is not None else None
    if pending:
        factor = {"m": 1e6, "k": 1e3, "b": 1e9}[pending.lower()]
        q.value *= factor
        q.high = q.high * factor if q.high is not None else None
    q.kind, q.unit = "money", code
    if code == "cent":
        q.unit = "cent"
    elif code == "penny":
        q.unit = "penny"


def _cents(text: str, q: _Q, worded: bool) -> None:
    """ "3 dollars 50 cents", "15 dollars and 50.", "thirteen dollars forty-five": the cents
    written after a currency word belong to the amount."""
    if not worded or q.high is not None or q.value != int(q.value):
        return
    cm = _CENTS.match(text, q.end)
    if not cm:
        return
    cents = parse_number(cm.group("n"))
    if cents is None or not 0 < cents < 100:
        return
    if not cm.group("c") and not _CLAUSE_END.match(text, cm.end()):
        return
    q.value += cents / 100
    q.end = cm.end()


def _per(text: str, q: _Q) -> None:
    """A rate's denominator: "a year", "per day", "per 100,000 people", "/h", "a share"."""
    at = q.end
    if q.kind == "count" and _counted_noun(text, at):
        at = _NEXT_WORD.match(text, at).end()  # "5 deaths per 100,000 people"
    pm = _PER.match(text, at)
    if not pm or ((pm.group("how") or "").lower() in ("a", "an") and _AGO.match(text, pm.end())):
        return
    if pm.group("sw"):
        sw = pm.group("sw")
        q.per = (
            "USD"
            if sw in ("$", "US$")
            else sw
            if sw in ("kWh", "MWh", "GWh")
            else PER_NORMAL.get(sw.lower(), sw.lower())
        )
    elif pm.group("adv"):
        q.per = _PER_ADVERB[pm.group("adv").lower()]
    else:
        how = pm.group("how").lower()
        if how.startswith(("for", "in", "of", "out")):
            # "35 killings for every 100,000 people", "9.4 of every 100 patients": a rate's base,
            # as "per" says it (not "one for every 90 people": the 90 is what is told, people to
            # each one)
            if not pm.group("n") or q.value == 1:
                return
            how = "per"
        word = pm.group("w").lower()
        if word.endswith(" of age"):
            return
        if how == "per" and pm.group("n") and word in _NOT_A_BASE:
            # "from 27 per 1,000 in fiscal 2022": the base's noun left unsaid, told before
            q.per, q.end = pm.group("n"), pm.end("n")
            if q.kind == "count":
                q.kind = "rate"
            return
        base = TIME_WORDS.get(word) or PER_NORMAL.get(word) or word
        if how != "per" and (word not in PER_NOUNS or pm.group("n")):
            return
        if how == "per" and word in ("cent", "centum"):
            return
        end = pm.end()
        if how == "per" and base == word and word not in TIME_WORDS and word not in PER_NOUNS:
            word, end = _compound_base(text, word, end, counted=bool(pm.group("n")))
            base = word
        q.per = f"{pm.group('n')} {word}" if pm.group("n") else base
        q.end = end
        if q.kind == "count":
            q.kind = "rate"
        if q.kind == "measure" and q.dimension == "length" and q.per in TIME_WORDS.values():
            q.dimension = "speed"
        return
    q.end = pm.end()
    if q.kind == "count":
        q.kind = "rate"
    if q.kind == "measure" and q.dimension == "length" and q.per in TIME_WORDS.values():
        q.dimension = "speed"


_BASE_WORD = re.compile(r"\s+([a-z]{2,})\b(?![-’'])")
_BASE_END = re.compile(r"\s*(?:[,.;:)]|$)|\s+(?:which|that|who|than|compared|up|down)\b")


def _compound_base(text: str, word: str, end: int, counted: bool) -> tuple[str, int]:
    """A base of several words: "cents per available seat mile", "per 1,000 live births",
    "per educational assistant". Taken only when the run ends the phrase (at punctuation, a
    preposition or a relative word), so a verb after the base ("per household rose") is never
    read into it, and never past a word ending in -ing or -ed ("per vehicle entering"). A base
    without a number is singular ("per household"), so a word in -s ends it only after one."""
    words, at, best = [word], end, None
    # a modifier opens a compound ("available seat mile", "live births"), as a unit's noun
    # closes one ("kilowatt hour", "flight hours"); else a word after the base may be the
    # clause's verb ("Benefits of $300 per child start in January")
    bound = counted or _MODIFIER.search(word) is not None or word in _MODIFIERS
    for _ in range(2):
        if counted and (
            (words[-1].endswith("s") and not words[-1].endswith("ss"))
            or words[-1] in ("people", "children", "men", "women")
        ):
            break  # "per 100 patients left": a counted plural ends the base; a verb follows
        m = _BASE_WORD.match(text, at)
        if not m or m.group(1) in _FUNCTION_WORDS or m.group(1).endswith(("ing", "ed", "ly")):
            break
        words.append(m.group(1))
        at = m.end()
        closed = _BASE_END.match(text, at)
        after = _BASE_WORD.match(text, at)
        ends = closed or (
            after is not None
            and (
                after.group(1) in _FUNCTION_WORDS
                or after.group(1) in ("last", "next", "this", "per")
                or after.group(1).endswith("ing")
            )
            and (bound or singular(words[-1]) in _UNIT_NOUNS)
        )
        if ends and (counted or not words[-1].endswith("s") or words[-1].endswith("ss")):
            best = (" ".join(words), at)
    return best or (word, end)


_MODIFIER = re.compile(r"(?:able|ible|al|ive|ic|ary|ous|ful|ed)$")
_MODIFIERS = frozenset("live full-time part-time adult occupied".split())
# nouns that close a compound base: a unit of time, distance or count of use
_UNIT_NOUNS = frozenset(
    "hour day night week month year mile kilometre kilometer km seat room bed head passenger "
    "visitor guest flight trip journey user customer household person".split()
)


def _counted_noun(text: str, e: int) -> bool:
    """A plural noun right after: "5m people", "10k followers"."""
    nm = _NEXT_WORD.match(text, e)
    if not nm:
        return False
    w = nm.group(1).lower()
    return w in ("people", "men", "women", "children") or (
        len(w) > 3 and w.endswith("s") and not w.endswith("ss")
    )


def _currency_word_after(text: str, e: int) -> bool:
    """A currency's name right after `e` ("3,100 dollars"): the amount's unit, no counted noun."""
    nm = _NEXT_WORD.match(text, e)
    return bool(nm) and nm.group(1).lower() in CURRENCY_WORDS


def _left(text: str, q: _Q, currency_before) -> None:
    """Currency sign and sign before the number, and "aged 45"."""
    if currency_before:
        q.start = currency_before[1]
    sm = _SIGN_BEFORE.search(text, max(0, q.start - 9), q.start)
    if sm is None and q.dimension == "temperature":
        sm = _SPACED_MINUS.search(text, max(0, q.start - 3), q.start)  # "- 20 degrees"
    if sm:
        sign = "+" if sm.group().strip() == "+" else "-"
        q.sign = sign
        if sign == "-":
            q.value = -q.value
            if q.high is not None:
                q.high = -q.high
                q.value, q.high = q.high, q.value
                q.value, q.high = min(q.value, q.high), max(q.value, q.high)
        q.start = sm.start() + (1 if sm.group()[:1] in " (" else 0)
    if q.kind in ("count", "duration") and _AGE_BEFORE.search(text, max(0, q.start - 16), q.start):
        q.kind = "age"
        q.unit = q.unit or "year"


_ONE_IN = re.compile(
    r"\s+(?:in|out\s+of)\s+(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|twenty|fifty|a\s+hundred|a\s+thousand)\b)",
    re.IGNORECASE,
)


def _not_a_quantity(text: str, q: _Q, m: re.Match[str]) -> bool:
    """A bare number that names, dates or lists rather than counts."""
    s, e = m.span()
    if q.kind == "drop":
        return True
    t = m.group()
    is_digits = m.group("dig") is not None
    if (
        t.lower() == "one"
        and not _ONE_IN.match(text, e)  # "that one in five teachers": a share
        and (_PRONOUN_AFTER.match(text, e) or _PRONOUN_BEFORE.search(text, max(0, s - 12), s))
    ):
        return True  # a pronoun: "no one", "the one", "one can" (not "that one mile")
    if is_digits and q.high is None and _is_year(text, q, t):
        return True
    if (
        is_digits
        and q.value == int(q.value)
        and 1 <= q.value <= 31
        and q.high is None
        and (_MONTH_BEFORE.search(text, max(0, s - 14), s) or _MONTH_AFTER.match(text, e))
    ):
        return True  # "March 3", "3 March", "on may 19"
    if (
        is_digits
        and 1 <= q.value <= 31
        and q.high is None
        and (pair := _DAY_PAIR.match(text, e))
        and _MONTH_AFTER.match(text, pair.end())
        and text[pair.end() :].lstrip()[:1].isupper()
    ):
        return True  # "on 6 and 7 May": the first of two days
    if (
        is_digits
        and 1 <= q.value <= 31
        and q.high is None
        and _DAY_PAIR_BEFORE.search(text, max(0, s - 24), s)
        and _DAY_PAIR_END.match(text, e)  # (not "on July 1 and 14 on July 8", "and 12 more")
    ):
        return True  # "between September 8 and 22": the second of two days
    if (
        is_digits
        and q.high is None
        and (_CODE_PAIR_AFTER.match(text, e) or _CODE_PAIR_BEFORE.search(text, max(0, s - 12), s))
    ):
        return True  # "the 42 and 42A", "routes 7B and 12": codes, as the lettered one is
    if (
        q.kind == "count"
        and q.high is not None
        and 1 <= q.value < q.high <= 31
        and _MONTH_AFTER.match(text, q.end)
        and text[q.end :].lstrip()[:1].isupper()  # not "10 to 20 may have been killed"
    ):
        return True  # "from 12 to 21 June": days of a month, not a range of counts
    if is_digits and _TIME_OF_DAY.match(text, q.end):
        return True  # "2 pm", "10 a.m."
    if is_digits and re.match(r"\s?\)", text[e : e + 2]) and "(" not in text[max(0, s - 3) : s]:
        return True  # "1 ) explains ...": a list marker
    if is_digits and re.match(r"[\])]", text[q.end : q.end + 1]) and text[s - 1 : s] in "[(":
        return True  # "[2]", "(18)": a citation or note marker
    if is_digits and s == _line_start(text, s) and re.match(r"[.)]\s", text[e : e + 2]):
        return True  # "1. Fund it."
    if is_digits and _ADDRESS.match(text, q.end):
        return True  # "123 Random Street"
    if is_digits and (w := _WORD_BEFORE.search(text, max(0, s - 30), s)):
        word = w.group(1)
        if (
            any(c.isupper() for c in word)
            and word not in _NOT_NAMES
            and word.rstrip(".") not in CODES
            and word.lower() not in _FUNCTION_WORDS
            and word.lower() not in NUMBER_WORDS
            and not _TALLIED.match(text, q.end)
            and not (
                word.endswith(("’s", "'s", "s’", "s'"))  # (and "Corrections’ 5,480 posts")
                and ((q.value is not None and q.value < 100) or "," in text[q.start : q.end])
                and _NEXT_PLURAL.match(text, q.end)
            )
        ):
            # "Boeing 737", "Windows 11", "PA 23456"; not "Tolivert 25 points", nor a name's
            # count ("Jupiter’s 79 moons", "Apple's 1,200 stores"; "Levi's 501 jeans" is a model)
            return True
    return False


# What a name's number tallies in a result or a box score ("Tolivert 25 points", "Osaro 3
# goals", "Smith 12 rebounds"): a count of the person's, not a model number.
_TALLIED = re.compile(
    r"\s+(?:points?|goals?|assists?|rebounds?|yards?|touchdowns?|tackles?|strikeouts?|wickets?|"
    r"birdies?|"
    # words that are verbs too ("Windows 10 blocks the update"): only where a stat line goes on
    r"(?:saves?|steals?|blocks?|sacks?|runs?|hits?|aces?|laps?|votes?|seats?)"
    r"(?=\s*(?:[,;.)]|and\b|$)))\b"
)


def _line_start(text: str, s: int) -> int:
    j = s
    while j > 0 and text[j - 1] in " \t":
        j -= 1
    return j if j == 0 or text[j - 1] == "\n" else -1


_YEARS_LEVELS = re.compile(r"\s+(?:levels?|prices|dollars|values|terms)\b")
_COMPARED_TO_BEFORE = re.compile(
    r"\b(?:below|above|to|from|of|than|pre|in|at\s+least)[\s-]+$", re.I
)


def _is_year(text: str, q: _Q, t: str) -> bool:
    """A bare four-digit 1800-2100 number is a year unless it reads as a count ("about 1500
    troops": a lower-case word before it that is not a preposition, and a plural noun after)."""
    if not _a_year(t):
        return False
    pw = _PREV_WORD.search(text, max(0, q.start - 30), q.start)
    prev = pw.group(1) if pw else ""
    counted = _counted_noun(text, q.end)
    if prev.lower() in ("a", "an", "its", "their", "his", "her", "our") or (
        _YEARS_LEVELS.match(text, q.end)
        and _COMPARED_TO_BEFORE.search(text, max(0, q.start - 12), q.start)
    ):  # (not "traded at 1900 levels": an index's level)
        return True  # "a 2035 emissions target", "its 2025 earnings guidance" (not "a 1500
        # troops"), "below 2005 levels"
    return prev.lower() in _YEAR_PREPS or not prev.islower() or not counted


def _distribute(text: str, found: list[_Q]) -> None:
    """ "5 and 7 percent, respectively", "3, 4 or 5 km", "from 20 to 15 percent": a unit written
    once after a list of numbers belongs to each of them."""
    for i in range(len(found) - 2, -1, -1):
        a, b = found[i], found[i + 1]
        if a.kind != "count" or a.unit is not None or a.per is not None or b.prefixed:
            continue
        if b.kind in ("count", "rate") or b.unit is None:
            continue
        if not _RESPECTIVE.fullmatch(text, a.end, b.start):
            continue
        a.kind, a.unit, a.dimension = b.kind, b.unit, b.dimension
    for a, b in pairwise(found):
        # "from $2 to $3.50 an hour": the old level is a rate of the same denominator
        if (
            a.per is None
            and b.per is not None
            and (a.kind, a.unit) == (b.kind, b.unit)
            and _TO.fullmatch(text, a.end, b.start)
            and _FROM_END.search(text, max(0, a.start - 6), a.start)
        ):
            a.per = b.per
