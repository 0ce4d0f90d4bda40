"""Which of a sentence's quantities are figures, and how each reads on the figures page.

The numbers themselves come from the quantity tagger (`extract.quantities`: value or range,
kind, unit, a rate's denominator, sign). This module keeps those that measure or count something
in the world (tests/gold/GUIDE.md, "Figures") and leaves out, by rules of English:

* ages ("a 15-year-old", "Noel, 31, said"): a description of a person, not a measure;
* durations that place an event in time rather than measure it ("three weeks before",
  "five years ago", "over the past two years", "with 55 seconds left");
* bare "one" (a pronoun or an article far more often than a count) unless a qualifier or a
  partitive breakdown makes it a count ("at least one case", "Of the 30, ... one ...");
* vague counts ("one or more", "several thousand");
* numbers that name rather than count: a number right after another ("400 737 jets"), a bare
  number before a singular noun or a capitalised name ("the 777 program", "5.1 surround
  sound"), a count glued to a word by a hyphen ("four-door", "3-pointer"), a hyphenated
  measure before a name ("the 12-inch Notebook Pro"), citation markers ("(10, 11)");
* back-references ("Of these 500,", "The six left") to an amount already stated.

Each figure keeps the number as written (`display`, the tagger's span) and its unit as a reader
says it: "count", "percent", "USD", "times", "km", "miles", "years", "USD per month".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from brief.extract.dates import MONTH_NUMBERS, REPAID_IN, TIME_OF_DAY, WEEKDAYS
from brief.extract.folded import folded
from brief.extract.quantities import Quantity
from brief.extract.units import MEASURE_WORDS, TIME_WORDS
from brief.trie import alternation

# Hedges right before a number, longest first ("at least", "close to", "some").
_QUALIFIERS = sorted(
    (
        q.strip()
        for q in """
    at least|at most|more than|less than|fewer than|no more than|no less than|no fewer than|
    not more than|not less than|over|under|close to|some|nearly|almost|about|approximately|
    approx.|around|roughly|up to|only|just|just over|just under|well over|well above|as many as|
    as much as|as few as|upwards of|in excess of|an estimated|estimated|likely|above|below|
    exactly|precisely|an average of
    """.replace("\n", "").split("|")
    ),
    key=len,
    reverse=True,
)
_QUALIFIER = folded(r"(?<![\w-])(" + "|".join(re.escape(q) for q in _QUALIFIERS) + r")\s+$")
_TRAILING_QUALIFIER = re.compile(r"\s+(or\s+(?:more|fewer|less|so))\b", re.IGNORECASE)
_BACKREF = re.compile(r"\b(?:the|these|those)\s+$", re.IGNORECASE)
# A duration that places an event in time: "three weeks before", "five years ago", "two days
# later", "55 seconds left" ...
_MONTH = alternation(MONTH_NUMBERS)
_ANCHOR_AFTER = re.compile(
    r"\s*(?:ago|before|after|later|earlier|prior|since|left|remaining|from\s+now|hence|back)\b"
    # a statistic's reference period: "in the three months to January", "the 12 months ended
    # June 30"
    rf"|\s+(?:to|ending|ended|through)\s+(?:the\s+end\s+of\s+)?(?:{_MONTH})\b",
    re.IGNORECASE,
)
_CHILDREN = re.compile(r"\s+(?:young\s+)?(?:children|kids|sons|daughters|boys|girls)\b", re.I)
_PARENT_OF = re.compile(
    r"\b(?:mother|father|parent|mom|mum|dad|grandmother|grandfather|grandparent)\s+of\s+$",
    re.IGNORECASE,
)
# An age as a threshold for people: "adults over 60", "everyone over 50", "children under 5"
_AGE_THRESHOLD = re.compile(
    r"\b(?:adults|people|persons|everyone|anyone|those|men|women|children|kids|patients|residents"
    r"|workers|employees|drivers|voters|seniors|teens|girls|boys|individuals|Americans"
    # people named by what they do: "renters under 35", "applicants over 60"
    r"|(?!(?:numbers|orders|offers|answers|letters|papers|others|waters|centers|centres|meters"
    r"|filters|computers|users)\b)[a-z]{3,}(?:ers|ants|ents|ists|ians))\s+(?:aged\s+)?"
    r"(?:over|under|above|below|older\s+than|younger\s+than)\s+(?:the\s+age\s+of\s+)?$",
    re.IGNORECASE,
)
# "in three days", "within two weeks" with no past verb before it is a point in time to come
# ("completed in three days" measures how long the work took).
_IN_TIME = re.compile(r"\b(?:in|within)\s+(?:(?:about|around|some|just|only)\s+)?$", re.IGNORECASE)
_PAST = re.compile(
    r"\b(?:[a-z]{3,}ed|was|were|had|took|made|went|came|gave|held|won(?![’']t)|lost|began|spent|ran|"
    r"did|built|sold|grew|fell|rose|paid|left|kept|got|became|brought|saw|found|met)\b"
)
# ... "the past two years", "in the next three days", "the first six months".
# "for nine hours before acquitting", "closed for six hours after a crash": a span measured,
# whatever it was before or after; not "for the past two years" (a span's anchor, `_ANCHOR_BEFORE`)
_FOR_SPAN = re.compile(
    r"\b(?:for|lasted|lasting|stretched|ran|took|spent|waited|continued)\s+(?:(?:at\s+least|about"
    r"|nearly|almost|around|roughly|some|more\s+than|over|up\s+to|just|only)\s+)?$",
    re.IGNORECASE,
)
# An age at which something happened ("retired at age 43", "until you've reached age 59"):
# a measure; "so stupid at age 54", "a 15-year-old" describe someone.
_AGE_AT = re.compile(
    r"\b(?:(?:retired|died|started|began|joined|graduated|quit|married|became|debuted|founded"
    r"|elected|diagnosed|enlisted|emigrated)\b[^.,;:]{0,40}?\bat"
    r"|reached|reaching|turned|turning)\s+(?:the\s+)?age\s+(?:of\s+)?$",
    re.IGNORECASE,
)
_ANCHOR_BEFORE = re.compile(
    r"\b(?:past|last|next|previous|coming|recent|following|final|first|preceding|ensuing)"
    r"\s+(?:(?:few|several)\s+)?$",
    re.IGNORECASE,
)
# "X is (just) one of N Y" says what X is; "only one of five applicants was admitted" counts.
_CLASSIFIES = re.compile(
    r"\b(?:is|are|was|were|be|been|remains?|as)\s+(?:(?:just|only|but|still|also)\s+)?$",
    re.IGNORECASE,
)
_VAGUE_BEFORE = re.compile(r"\b(?:several|a\s+few|few|many|some|hundreds\s+of)\s+$", re.IGNORECASE)
_RANGE_GAP = re.compile(r"\s*(?:[-–—]|to)\s*", re.IGNORECASE)
_AND_GAP = re.compile(r"\s+and\s+")
_BETWEEN_BEFORE = re.compile(r"\b(?i:between)\s+$")
# "rose 95 cents to $79.68", "will rise by ₱35 to ₱645": a change, then the level it reached
_CHANGED_BY_BEFORE = re.compile(
    r"\b(?:rose|rise|rises|rising|fell|fall|falls|falling|increased?|decreased?|raised?|"
    r"lowered?|cut|dropped|drop|gained|lost|climbed|jumped|slid|up|down|higher|lower)\s+"
    r"(?:by\s+)?(?:about\s+|some\s+|nearly\s+|almost\s+|roughly\s+|around\s+)?$",
    re.IGNORECASE,
)
# "from 15% to 30%" after a verb of change: two levels; not after "ranging"/"varying", a range
_FROM_BEFORE = re.compile(
    r"(?<!\branging\s)(?<!\branged\s)(?<!\branges\s)(?<!\bvarying\s)\bfrom\s+(?:\S+\s+)?$",
    re.IGNORECASE,
)
_OUT_OF = re.compile(r"\s+(?:out\s+of|in)\s+", re.IGNORECASE)  # "eight out of ten", "one in five"
_HEDGE = (
    r"(?:about|roughly|around|approximately|some|nearly|almost|or|just\s+(?:over|under)"
    r"|(?:more|less|fewer)\s+than)"
)
_IN_PARENS = re.compile(rf"\s*\(\s*(?:{_HEDGE}\s+)?", re.IGNORECASE)
# "fell $1.84, or 2.3%,", "$1,850 a month, or roughly $22,000 a year": the same amount again
# (after a count, what it counts may come first: "shed 412 points, or 1.1%")
_OR_RESTATED = re.compile(rf"(?P<counted>(?:\s+[a-z]+){{0,3}}),\s+or\s+(?:{_HEDGE}\s+)?")
_OF_AFTER = re.compile(r"\s+of\b")
_NOT_SAME_AFTER = re.compile(
    r"\s+(?:more|less|fewer|higher|lower|above|below|up|down|over|under|than|if|unless)\b"
)
_OR_TWO = re.compile(r"\b(an?)\s+([a-z]+)\s+or\s+$", re.IGNORECASE)
# "two people familiar with the talks": anonymous sources, not a count of anything reported.
_SOURCES = re.compile(
    r"\s+(?:people|persons?|sources?|officials?|individuals?)\s+(?:who\s+(?:are|were)\s+)?"
    r"(?:familiar|briefed|close|with\s+(?:direct\s+)?knowledge|who\s+(?:spoke|asked|requested"
    r"|declined|insisted)|speaking|requesting|not\s+authori[sz]ed)\b",
    re.IGNORECASE,
)
# "three delegates told Reuters", "two sources told The Associated Press": how many spoke to
# the reporter, unnamed (a count of what they report would follow its own noun)
_TOLD_REPORTER = re.compile(
    r"\s+(?:[A-Z][\w+-]*\s+)?(?:people|sources?|officials?|delegates?|diplomats?|insiders?"
    r"|traders?|bankers?|executives?|lawmakers?|aides?)\s+told\s+(?:the\s+|The\s+)?[A-Z]"
)
# A ticker symbol with its exchange ("RCM-T", "VNTR.N", "AAPL:US") and a signed move glued
# after it: the badge a quote widget sets into the text
_TICKER_BADGE = re.compile(r"\b[A-Z]{1,5}[-.:][A-Z]{1,2}\s+$")
_COMPARATIVE_AFTER = re.compile(r"\s+(?:[a-z]+er|more|less|as|than|the)\b", re.IGNORECASE)
_NEXT_WORD = re.compile(r"\s+((?:[A-Z]\.){2,}|[A-Za-z][\w’'-]*)")
_WORD_RE = re.compile(r"[A-Za-z][\w’'-]*")
# Function words and verbs that may follow a count ("three were", "four more", "3 on the").
_AFTER_COUNT = frozenset(
    """
    a an the this that these those of on in at to from for by with without into onto over under
    between among across through via during since until before after about around against within
    and or but nor so yet if then than as because while when where who whom whose which what
    is are was were be been being am has have had do does did will would could should may might
    must can shall more less other others additional further each apiece percent per times
    were altogether total overall all both alone too also again left remain remained apart
    """.split()
)
_DETERMINER = re.compile(r"\b(?i:the|a|an|its|his|her|their|our|this|that)\s+$")
_PLURAL_NOUNS = frozenset("people men women children persons police staff cattle".split())
# "(10, 11)", "[4–6]": a parenthesis of bare numbers is a citation or note marker.
_MARKERS = re.compile(r"[(\[]\s*\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\s*[)\]]")
_WORD_UNITS = frozenset(
    {u for u, _dim in MEASURE_WORDS.values() if u in MEASURE_WORDS}
    | set(TIME_WORDS.values())
    | {"degree", "cent", "percentage point", "basis point"}
)
_IRREGULAR = {"inch": "inches", "foot": "feet", "century": "centuries",
              "millennium": "millennia", "penny": "pence"}  # fmt: skip


@dataclass
class Number:
    """A quantity kept as a figure: where it is, its amount and how it reads."""

    start: int
    end: int
    display: str
    value: float | None
    low: float | None
    high: float | None
    unit: str
    kind: str
    per: str | None
    qualifier: str | None
    qualifier_start: int  # where the hedge starts (or the number, without one)
    words_from: int  # where the words after the number (its label) may start


def shown_unit(q: Quantity) -> str:
    """The unit as the figures page prints it: "count", "percent", "USD", "times", "km",
    "miles", "years", "percentage points", "fraction"; a rate adds "per <denominator>"."""
    if q.kind == "fraction":
        base = "fraction"
    elif q.kind == "multiplier":
        base = "times"
    elif q.kind in ("count", "rate"):
        base = "times" if q.unit == "times" else "count"
    else:
        base = _plural(q.unit or "count")
    if not q.per:
        return base
    return f"per {q.per}" if base == "count" else f"{base} per {q.per}"


def _plural(unit: str) -> str:
    if unit in _IRREGULAR:
        return _IRREGULAR[unit]
    if unit in _WORD_UNITS or unit == "percentage point":
        return unit + "s"
    return unit


def sentence_numbers(
    text: str,
    start: int,
    end: int,
    quantities: list[Quantity],
    partitive_end: int | None,
    was_stated,
) -> list[Number]:
    """The figures among the tagger's quantities of one sentence (`text[start:end]`), in
    order. `partitive_end` is where an opening "Of the 30 X," ends (its shares may be "one");
    `was_stated(amount)` tells whether an amount was stated before (for back-references)."""
    if _NOBODY.match(text, start):
        return []  # "Nobody guarantees 9%": a claim about no one measures nothing
    quantities = _joined(text, start, quantities)
    if (
        quantities
        and quantities[0].kind in ("money", "measure", "duration")
        and _THAT_IS.fullmatch(text, start, quantities[0].start)
        and _DIGIT.search(text, max(0, start - 300), start)
    ):  # "… 38,000 pounds a day. That is roughly 19 tons": the amount before, converted
        quantities = quantities[1:]
    out: list[Number] = []
    markers = (
        [m.span() for m in _MARKERS.finditer(text, start, end)]
        if "(" in text[start:end] or "[" in text[start:end]
        else []
    )
    previous_end = -1
    measured_end = -1  # the end of the sentence's last measure (a share, an amount, a rate)
    accumulated = False
    for q in quantities:
        after_number = previous_end >= 0 and text[previous_end : q.start].strip() == ""
        previous_end = q.end
        if (
            q.kind == "duration"
            and measured_end >= 0
            and (period := _PERIOD_OF_BEFORE.search(text, max(start, q.start - 48), q.start))
            and (
                period.group("best") is not None  # a superlative's window, however hedged
                or not _OVER_QUALIFIER.search(text, max(start, q.start - 30), q.start)
            )
            and not _BREAK.search(text, measured_end, q.start)
            and (
                period.group("window") is None or (q.unit in ("hour", "day") and accumulated)
            )  # (not "will cover the 508km route in about two hours", "makes the crossing in two
            # hours", "sold in two days": a journey's or a deed's time, measured)
        ):
            continue  # "lost 15 percent of their weight over 68 weeks": that figure's period
        if q.kind not in ("duration", "count"):
            # (a count's span is a figure of its own: "nine witnesses testifying over three
            # days" says how long the hearings ran)
            measured_end = q.end
            # an amount of something that fell or built up ("320mm of rain in 24 hours")
            accumulated = q.kind == "measure" and text.startswith(" of ", q.end)
        if after_number and q.kind == "count":
            continue  # "400 737 jets": a number right after another names a model
        if (
            q.kind == "duration"
            and q.unit in ("second", "minute", "hour")
            and _INTO.match(text, q.end)
        ):
            # "a walkout about 40 minutes into the speech": when in it, not how long (but "a
            # year and a half into the trade war" says how long that has lasted)
            continue
        if any(a <= q.start < b for a, b in markers):
            continue
        number = _keep(text, start, end, q, partitive_end, was_stated)
        if number is not None:
            out.append(number)
    return out


_INTO = re.compile(r"\s+into\s+(?:the|a|an|his|her|its|their|our|my|your)\b")
_NOBODY = re.compile(r"[“\"‘']?(?:Nobody|No\s+one|No-one)\b")
_HEDGE = r"(?:roughly|about|around|approximately|some|nearly|almost|close\s+to)"
_THAT_IS = re.compile(rf"(?:That|This)(?:\s+is|’s|'s)\s+{_HEDGE}\s+\$?")
_EQUIVALENT = re.compile(rf"\bthe\s+equivalent\s+of\s+(?:{_HEDGE}\s+)?[$€£]?$")
_DIGIT = re.compile(r"\d")


def _joined(text: str, start: int, quantities: list[Quantity]) -> list[Quantity]:
    """How numbers are written across the tagger's quantities: a range with its unit written
    twice ("80% to 90%", not "from 15% to 30%", a change); "eight out of ten" and "one in
    five" (fractions); "a year or two" (a range of one to two; "an app or two" is vague); a
    conversion in
    parentheses ("3,200 miles (5,150 km)", "$12.9bn (£10bn)") restates the amount before it."""
    out: list[Quantity] = []
    for q in quantities:
        prev = out[-1] if out else None
        gap = text[prev.end : q.start] if prev else ""
        if prev and q.high is None and prev.high is None and prev.value is not None:
            between = _AND_GAP.fullmatch(gap) and _BETWEEN_BEFORE.search(
                text, max(start, prev.start - 12), prev.start
            )  # "between 3% and 5%": a range, its unit written twice
            if (
                (_RANGE_GAP.fullmatch(gap) or between)
                and (prev.kind, prev.unit, prev.per) == (q.kind, q.unit, q.per)
                and q.kind not in ("count", "rate")
                and q.value is not None
                and prev.value < q.value
                and not _FROM_BEFORE.search(text, max(start, prev.start - 24), prev.start)
                and not (
                    gap.strip().lower() == "to"
                    and _CHANGED_BY_BEFORE.search(text, max(start, prev.start - 30), prev.start)
                )
            ):
                out[-1] = replace(
                    prev, end=q.end, text=text[prev.start : q.end], value=None, low=prev.value,
                    high=q.value,
                )  # fmt: skip
                continue
            if (
                _OUT_OF.fullmatch(gap)
                and prev.kind == q.kind == "count"
                and prev.unit is None
                and q.value
                and 0 < prev.value < q.value
            ):
                out[-1] = replace(
                    prev, end=q.end, text=text[prev.start : q.end], value=prev.value / q.value,
                    kind="fraction",
                )  # fmt: skip
                continue
            if (
                _IN_PARENS.fullmatch(gap)
                and text[q.end : q.end + 1] == ")"
                and prev.kind == q.kind
                and prev.kind in ("money", "measure")
                and prev.dimension == q.dimension
            ):
                continue  # a conversion: the same amount again
            if (
                prev.kind in ("money", "measure", "duration")
                and q.kind in (prev.kind, "count")
                and _EQUIVALENT.search(text, max(prev.end, q.start - 40), q.start)
            ):
                continue  # "7,950 hours, the equivalent of about 331 full days" (or "of 4,000
                # football pitches"): the amount before, converted
            restated = _OR_RESTATED.fullmatch(gap)
            if (
                restated
                and (prev.kind == "count" or not restated["counted"])
                and _restated(text, prev, q)
            ):
                continue
            if restated and len(out) > 1 and _spread(text, out[-2], prev, q):
                continue  # "$41 billion over 10 years, or roughly $4.1 billion a year"
        two = q.kind in ("count", "rate") and q.value == 2 and q.high is None
        if two and (m := _OR_TWO.search(text, max(start, q.start - 30), q.start)):
            unit = TIME_WORDS.get(m.group(2).lower())
            if unit is None:
                continue  # "an app or two": vague
            q = Quantity(
                kind="duration", start=m.start(), end=q.start + 3,
                text=text[m.start() : q.start + 3], low=1.0, high=2.0, unit=unit,
            )  # fmt: skip
        out.append(q)
    return _one_share(text, out)


# Between a share and its restatement: what the first counts ("of the officers hired in
# fiscal 2024"), then an apposition's opening: a bracket, a dash, ", or".
_SHARE_APPOSED = re.compile(
    r"(?:\s+(?:of\s+)?(?:(?!(?:were|was|are|is|had|have|has|will|would)\b)[^()—–,;:.\s]+\s*){1,8}?)?"
    r"(?:\s*\(|\s*[—–]|,\s+or)\s*"
    r"(?:(?:about|roughly|around|approximately|nearly|almost|some|just\s+(?:over|under)"
    r"|(?:more|less)\s+than)\s+)?",
    re.IGNORECASE,
)
# A percentage said of another whole after it: "— 35% in the north", "52% of whom"
_SHARE_OF_OTHER = re.compile(r"\s+(?:of|in|among|for)\b")


def _one_share(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """A share said twice, as a fraction and as a percentage in apposition ("Two in five
    parents (40%)", "nearly half of the officers — 48% —", "12 per cent of patients, or
    roughly one in eight"), is one quantity: the percentage, the more exact. The two agree
    within three points (a fraction is a rounding), or they are two shares."""
    drop: set[int] = set()
    for i in range(1, len(quantities)):
        a, b = quantities[i - 1], quantities[i]
        kinds = (a.kind, b.kind)
        if kinds not in (("fraction", "percent"), ("percent", "fraction")):
            continue
        share, percent = (a, b) if a.kind == "fraction" else (b, a)
        if share.value is None or percent.value is None or percent.high is not None:
            continue
        if abs(share.value * 100 - percent.value) > 3:
            continue
        if _SHARE_APPOSED.fullmatch(text, a.end, b.start) and not (
            percent is b and _SHARE_OF_OTHER.match(text, b.end)
        ):  # (not "a third of trusts — 35% in the north", "half — 52% of whom are women")
            drop.add(id(share))
    return [q for q in quantities if id(q) not in drop] if drop else quantities


TIME_UNITS = frozenset(TIME_WORDS.values())


def _spread(text: str, total: Quantity, span: Quantity, q: Quantity) -> bool:
    """`q` is `total` spread over the `span` it is said over ("$41 billion over 10 years, or
    roughly $4.1 billion a year"): the same money per unit of time, and the arithmetic agrees."""
    if total.kind != "money" or q.kind != "money" or span.kind != "duration" or q.per is None:
        return False
    if total.value is None or not span.value or q.value is None or total.unit != q.unit:
        return False
    if not _OVER_GAP.fullmatch(text, total.end, span.start) or span.unit != q.per:
        return False
    return abs(total.value / span.value - q.value) <= 0.15 * q.value


_OVER_GAP = re.compile(r"\s+(?:over|across|during|in)\s+(?:the\s+next\s+|the\s+)?")


def _restated(text: str, prev: Quantity, q: Quantity) -> bool:
    """After ", or", the amount before said again: as a bare share ("fell $1.84, or 2.3%"; not
    "1,200 jobs, or about 8% of its workforce", a share of something else) or in another unit
    or period of the same money ("$1,850 a month, or roughly $22,000 a year"), a span in
    another unit of time ("311 days, or more than ten months")."""
    if _NOT_SAME_AFTER.match(text, q.end):
        # "or 15% more than in 2022", "or 3% below its IPO price": a change or a gap;
        # "or 18 months if he cooperates": an alternative
        return False
    if q.kind == "percent":
        return prev.kind != "percent" and not _OF_AFTER.match(text, q.end)
    if q.kind == prev.kind == "duration":
        return q.unit != prev.unit  # "311 days, or more than ten months"
    if q.kind == prev.kind == "measure":
        # "18,420 acres, or nearly 29 square miles": the same extent in another unit
        return bool(q.dimension) and q.dimension == prev.dimension and q.unit != prev.unit
    if q.kind != "money" or prev.kind != "money" or q.high is not None:
        return False
    if q.per == prev.per:
        return q.unit != prev.unit  # "Rs 1,250 crore, or roughly $142 million"
    # "$1,850 a month, or $22,000 a year"; not "$486 million, or $1.42 a share", a measure
    # of its own
    return q.per in TIME_UNITS and (prev.per is None or prev.per in TIME_UNITS)


_ABBR_ECHO = re.compile(r"\s*\([A-Z][A-Za-z]*-?(\d+)\)")
_NAMED_NUMBER = re.compile(
    r"\b(?i:the\s+)?(?i:number|figure|digit)\s+$"
    r"|\b(?i:a|an)\s+[a-z]+\s+numbered\s+$"  # "a footnote numbered 62" (not "the crowd numbered")
)
# Superlatives by name ("interest", "arrest", "protest" end in -est too)
_SUPERLATIVE = re.compile(
    r"\s+(?:most|least|largest|biggest|smallest|highest|lowest|greatest|richest|poorest"
    r"|oldest|youngest|newest|latest|fastest|slowest|strongest|weakest|wealthiest|busiest"
    r"|deadliest|longest|shortest|closest)\b"
)
# "the first two", "its last three": which of them, by their place in a series (not "41 of
# the first 42 shots", a share of them)
_WHICH_ONES_BEFORE = re.compile(
    r"(?<!\bof\s)\b(?i:the|its|their|his|her)\s+(?i:first|last|next|previous|past|latest)\s+$"
)
# a number to call: "call NHS 24 on 111", "dial 911", "ring the helpline on 1070"
_DIALLED_BEFORE = re.compile(
    r"\b(?i:call|dial|phone|ring|text|contact)\s+(?:[^\s.;:!?]+\s+){1,4}?(?i:on|at)\s+$"
    r"|\b(?i:dial|dialling|dialing)\s+$|\b(?i:text|sms)\s+(?:[^\s.;:!?]+\s+){1,4}?(?i:to)\s+$"
)  # (not "call on 12 states to act": whom they call on)
_NUMBERED_BEFORE = re.compile(r"(?:\b(?-i:No|Nos)\.?|§{1,2})\s*$")  # (and "Stat. § 100.18")
_INDEX_BASE_BEFORE = re.compile(r"\b(?i:a|the|its)\s+(?i:base)\s+(?:(?i:of|value\s+of)\s+)?$")
_ALL_BEFORE = re.compile(r"\b(?i:all|both)\s+$")  # "for all three.": those named before
_AND_OLDER = re.compile(
    r"\s+(?:and|or)\s+(?:older|younger|over|under|up|above)\b(?!\s+(?:to\s+)?[\d$€£])"
)
_THE_BEFORE = re.compile(r"(?:\b(?i:the|its|their)|\w['’]s)\s+$")
# A number of a list right before "one" ("two and one cases"), not a year or an age
_NUMBER_LISTED_BEFORE = re.compile(
    r"(?<![\w.,])(?:\d[\d,.]*|zero|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$",
    re.IGNORECASE,
)
_YEAR_LIKE = re.compile(r"(?:1[89]|20)\d\d\b")
_AGED_NEAR = re.compile(r"\baged?\b", re.IGNORECASE)
# "one night", "one day": a point in time unless `_SPAN_BEFORE` makes it a span.
_ONE_TIME = frozenset(
    f"one {w}" for w in "day night morning afternoon evening week weekend summer winter".split()
)
# "for one day", "lasted one day", "takes one week" measure a span; elsewhere ("One night, …",
# "ambushed her in a hospital one night") "one day" is a point in time.
_SPAN_BEFORE = re.compile(
    r"\b(?i:for|in|within|over|after|than|only|just|about|lasts?|lasted|lasting|takes?|took"
    r"|taken|taking|stays?|stayed|spends?|spent|remains?|remained|waits?|waited|runs?|ran"
    r"|slept|sleeps?)\s+$"
)
_WORD_AFTER = re.compile(r"\s+[^\W\d_]")
# "zero" in an idiom ("zero tolerance", "zero shame"; not "zero growth", "zero rainfall")
_MASS_NOUN_AFTER = re.compile(
    r"\s+(?:tolerance|shame|sum|hour|respect|trust|doubt|regard|patience|sympathy|interest\s+in)\b"
    r"(?![-–])"
)
_JUST_THE = re.compile(r"\b(?i:the)\s+$")
# bodies, then their verb or the clause's end: "the two companies had come to", "the two
# chains said" (not "the three counties nearest the refinery": which ones; people arrested,
# hurt or held are counted: "the two men were held")
_PARTIES_AFTER = re.compile(
    r"\s+(?:companies|firms|countries|nations|sides|groups|parties|chains"
    r"|banks|governments|teams|clubs|agencies|states|airlines|carriers)"
    r"(?=\s*[,.;:]|\s+(?:said|say|says|had|have|has|will|would|are|were|agreed|signed|share"
    r"|shared|met|meet|announced|plan|planned|also|both|did|do)\b)"
)
_PER_BEFORE = re.compile(r"\bper\s+$", re.IGNORECASE)
# "41 child care slots for every 100 children": the base of a count told before it in the
# clause; not "one doctor for every 1,000 people" nor "for every 55 patients treated, one
# stroke is prevented", where the number after "every" is what is told
_COUNT_FOR_EVERY = re.compile(
    r"(?<![\w.,])(?!1\b)\d[\d,.]*\s+(?:[\w’'-]+\s+){0,5}?(?i:for|in)\s+every\s+$"
)
_BIG_BEFORE = re.compile(r"\b(?i:the)\s+(?i:big)\s+$")
# "funding one year at a time": how a thing is done, no span of anything
_AT_A_TIME = re.compile(r"\s+at\s+a\s+time\b", re.IGNORECASE)
# "at the 38km mark", "the 90-minute mark": a point on the way, not a length
_MARK_AFTER = re.compile(r"\s+(?:mark|marker)\b", re.IGNORECASE)
_REACHED_BEFORE = re.compile(
    r"\b(?:pass(?:ed|es)?|top(?:ped|s)?|cross(?:ed|es)?|hit|reach(?:ed|es)?|broke|breach(?:ed|es)?"
    r"|surpass(?:ed|es)?|exceed(?:ed|s)?|past|above|below|over|under|beyond)\s+the\s+$",
    re.IGNORECASE,
)


# "lost 15 percent of their weight over 68 weeks", "rose 1.2%, its best day in three weeks":
# a duration after a measure of its clause is the span it is measured over, not a figure (after
# a superlative, the window of the record: "1.8 per cent, the lowest in almost three years").
_PERIOD_OF_BEFORE = re.compile(
    r"\b(?:(?:over|during|across|at)\s+(?:the\s+)?(?:(?:past|last|previous|first|next|following)\s+)?"
    r"|(?:in|within)\s+the\s+(?:past|last|previous|first|next|following)\s+"
    # "dumped 320mm of rain in 24 hours": the window a reading is taken over (hours or days:
    # "doubled in 18 months", "saved it in 31 years" say how long something took)
    r"|\b(?P<window>in)\s+"
    r"|(?P<best>best|worst|highest|lowest|biggest|largest|smallest|strongest|weakest|fastest"
    r"|slowest|steepest|sharpest|deepest|longest|shortest|greatest|heaviest|hottest|coldest"
    r"|wettest|driest)"
    r"(?:\s+[a-z-]+){0,3}\s+in\s+)(?:(?:about|around|some|nearly|almost|just"
    r"|more\s+than|well\s+over|over|under|less\s+than)\s+)?$",
    re.IGNORECASE,
)
# "in just over two hours": "over" qualifies the amount ("more than"), it spans nothing
_OVER_QUALIFIER = re.compile(
    r"\b(?:just|well|slightly|little|in|for|of|than|at|to|by)\s+over\s+$", re.IGNORECASE
)
_BREAK = re.compile(
    r"[;:]|,\s+(?:and|but|while|which|who)\b|\s(?:and|but)\s+(?:[a-z]+ed|was|were)\b"
)
# What a span names the kind of when it is written before it: a ticket, a place that never
# closes ("a 31-day pass", "a 24-hour diner"); not a term of cover ("a 90-day warranty")
_PRODUCT_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+)?(?i:pass|passes|tickets?|diners?|stores?|shops?|pharmac(?:y|ies)|gyms?"
    r"|hotlines?|helplines?|licen[cs]es?|passports?|visas?"
    # a course or a mortgage by its length ("a four-year public university", "the five-year
    # fix"; a plan's horizon is its measure: "a five-year plan")
    r"|universit(?:y|ies)|colleges?|degrees?|fix|fixes|fixed)\b"
    # (a penalty's length is a figure: "a five-year visa ban", "a three-year licence suspension")
    r"(?!\s+(?:ban|bans|suspension|suspensions|revocation|disqualification)\b)"
    r"(?!\s+(?:strike|strikes|closure|closures|shutdown|walkout|protest|blockade|lockdown|boycott)\b)"
)
_INSTRUMENT_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?i:treasury|treasuries|bonds?|notes?|yields?|bills?|gilts?|bunds?"
    r"|mortgages?|swaps?|paper|debt)\b"
)
# "the five-year average", "a 20-year low", "within the four-hour target": the base a number
# is compared with, named by its span; after a superlative, the window of a change ("their
# steepest one-day drop")
# a span that names no duration of the noun ("a 100-year decision", "a once-in-a-decade choice")
_NO_SPAN_AFTER = re.compile(r"\s+(?:decision|decisions|choice|choices|question|mistake)\b")
_BENCHMARK_AFTER = re.compile(
    # ("the 20-day volume-weighted average price", "the 18-week referral-to-treatment standard")
    r"\s+(?:[a-z]+\s+|[a-z]+(?:-[a-z]+)+\s+(?:[a-z]+\s+)?)?"  # (a word, or a compound and one)
    r"(?:average|mean|median|target|high|low|record|peak|standard)s?"
    r"\b(?![-–])"
    r"(?!\s+(?:contract|deal|label|loan|level|number)\b|\s+of\s+(?!(?:(?:about|around|nearly|some"
    r"|roughly|almost|just\s+over|more\s+than|over|under)\s+)?[$€£¥₹]?\d))"
    # "the four-year graduation rate", "the 30-day mortality rate": the window a rate is
    # reckoned over
    r"|\s+(?:[a-z]+\s+)?(?:graduation|mortality|survival|retention|completion|recurrence"
    r"|relapse|readmission|default|return|growth|inflation)\s+rates?\b"
)
# "losses of up to £39m over a rolling three-year period": the window of another figure
# (an amount or a share is reckoned over it; "tracked 20 billion particles over a
# 13.8-billion-year period" is how long the run spans)
_OVER_PERIOD_BEFORE = re.compile(
    r"(?:[$€£¥₹]\s?\d|\d\s?(?:%|per\s?cent))(?:[^.;:]|\.\d){0,40}"  # ("£39.5m over a …")
    r"\b(?i:over|across)\s+(?:a|the)\s+(?:rolling\s+)?$"
)
_PERIOD_AFTER = re.compile(r"\s+(?:period|window|span)\b")
# "rain in the 24 hours to 9am on Sunday", "the 12 hours ending 8.30 am": the window a reading
# covers, named by the hour or the day it ends at (the reading is the figure)
_WINDOW_THE = re.compile(r"\bthe\s+(?:past\s+|previous\s+|last\s+|preceding\s+)?$", re.I)
_READING_WINDOW_END = re.compile(
    r"\s+(?:to|ending(?:\s+at)?|until|till|up\s+to)\s+(?:(?:about|around)\s+)?"
    rf"(?:\d{{1,2}}\s+o['’]clock\b|{TIME_OF_DAY}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)"
)
_STATISTIC_WINDOW_END = re.compile(
    r"\s+(?:that\s+|which\s+)?(?:ended|ending|ends|to|through|up\s+to)\s+(?:the\s+end\s+of\s+)?"
    rf"(?:{'|'.join(MONTH_NUMBERS)})\b",
    re.IGNORECASE,
)
_WINDOW_AFTER = re.compile(
    r"\s+(?:drop|fall|decline|slide|loss|gain|rise|jump|rally|increase|decrease)s?\b"
)
_SUPERLATIVE_BEFORE = re.compile(r"\b(?:[a-z]+est|most|biggest|worst|best)\s+$", re.IGNORECASE)
_CONFIDENCE = re.compile(r"\s*(?:CI\b|(?i:confidence|credible)\s+(?:interval|level))")
# A number to call: "calling 311", "dial 999", "the 988 hotline".
_CALL_BEFORE = re.compile(
    r"\b(?i:call|calls|calling|dial|dials|dialing|dialling|phone|text|texting)\s+(?:(?i:us)\s+)?"
    r"(?:(?i:at|on)\s+)?$"
    # "the ministry's toll-free helpline on 158": a line's number
    r"|\b(?i:hotline|helpline)\s+(?:(?i:on|at|is|number)\s+)?$"  # ("the dengue helpline 1033")
    # "should contact their GP or NHS 24 on 111": a service reached on a number
    r"|\b(?i:contact|contacts|contacting|ring|ringing)\b[^.;:]{1,40}\s(?i:on|at)\s+$"
)
_PLURAL_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?[a-z]{2,}s\b")  # "phone 300 voters": a count
_HOTLINE_AFTER = re.compile(
    r"\s+(?i:hotline|helpline)\b"
    # an emergency number's service: "the new 911 dispatch center", "999 calls"
    r"|(?<=\b(?:911|999|112|988|311|211|111))\s+(?i:dispatch\w*|calls?|callers?|operators?"
    r"|system|line|service)\b"
)


_THRESHOLD_BEFORE = re.compile(
    r"\b(?:(?:where|having|who|failing|missing)\s+(?:at\s+least|(?:more|fewer)\s+than)"
    r"|with\s+at\s+least)\s+$",  # (not "with more than 400 active volcanoes": how many it has)
    re.IGNORECASE,
)
# A span that defines what is counted: "11 delays of more than 30 minutes", "305,050 patients
# waiting more than 52 weeks" (the count is the figure; the span says which ones)
_SPAN_THRESHOLD_BEFORE = re.compile(
    r"(?:(?<![\w.,-])\d[\d,]*\s+(?:[a-z-]+\s+)?[a-z]+s\s+of"  # ("11 delays of")
    # many who waited: "patients who have waited more than 52 weeks", "312 had waited longer
    # than 65 weeks" (not "A 91-year-old woman waited more than 40 hours": her wait, measured)
    r"|(?:\b[a-z]{3,}s|\bpeople|\d[\d,]*)\s+(?:who\s+|that\s+)?(?:(?:have|had|has)\s+)?"
    r"(?:been\s+)?(?:waiting|waited))"
    r"\s+(?:for\s+)?(?:more|longer|less|fewer)\s+than\s+$",
    re.IGNORECASE,
)
_WITH_BEFORE = re.compile(r"\b(?i:with|having)\s+$")
_SHARE_BEFORE = re.compile(
    r"%|\bper\s?cent\b|\b(?:one|two|three|\d+)\s+(?:in|out\s+of)\s+\w+", re.I
)
_OR_MORE_AFTER = re.compile(r"\s+or\s+(?:more|fewer)\b", re.IGNORECASE)


def _keep(text, start, end, q: Quantity, partitive_end, was_stated) -> Number | None:
    """`q` as a figure, or None when it is not one (module docstring)."""
    s, e = q.start, q.end
    if q.kind == "age" and not _AGE_AT.search(text, max(start, s - 70), s):
        return None  # "a 15-year-old": a description; "retired at age 43" is a measure
    bare = q.kind == "count" and q.unit is None and q.per is None
    if (
        bare
        and q.text.isdigit()
        and len(q.text) >= 3
        and (
            (_CALL_BEFORE.search(text, max(start, s - 60), s) and not _PLURAL_AFTER.match(text, e))
            or _HOTLINE_AFTER.match(text, e, end)
        )
    ):
        return None  # "by calling 311", "the 988 hotline": a number to call, not a count
    if (
        q.kind == "duration"
        and (
            _ANCHOR_AFTER.match(text, e, end) or _ANCHOR_BEFORE.search(text, max(start, s - 24), s)
        )
        and not _FOR_SPAN.search(text, max(start, s - 24), s)
    ):
        return None  # "three weeks before the vote"; not "deliberated for nine hours before"
    if (
        q.kind == "duration"
        and q.unit in ("day", "week", "month", "year")
        and q.value is not None
        and q.value == int(q.value)
        and _IN_TIME.search(text, max(start, s - 8), s)
        and not _PAST.search(text, start, s)
        and not REPAID_IN.search(text, max(start, s - 30), s)  # a loan's term is how long
    ):
        return None  # "These teams meet again in three days": when, not how long
    if (
        q.kind == "duration"
        and _WINDOW_THE.search(text, max(start, s - 16), s)
        and _READING_WINDOW_END.match(text, e, end)
    ):
        return None  # "in the 24 hours to 9am": the window of a reading, not a duration
    if (
        q.kind == "duration"
        and q.unit in ("week", "month", "year")
        and _WINDOW_THE.search(text, max(start, s - 16), s)
        and _STATISTIC_WINDOW_END.match(text, e, end)
    ):
        return None  # "214 breaks in the 12 months that ended Sept. 30": a tally's period
    if q.kind == "duration" and "-" in q.text and _INSTRUMENT_AFTER.match(text, e, end):
        return None  # "the 10-year Treasury note", "a 30-year mortgage": the instrument's name
    if q.kind == "duration" and "-" in q.text and _NO_SPAN_AFTER.match(text, e, end):
        return None  # "This is a 100-year decision": what is at stake, no span of it
    if q.kind == "duration" and "-" in q.text and _PRODUCT_AFTER.match(text, e, end):
        return None  # "a 31-day pass", "the 24-hour diner": the kind of product, not a span
    if (
        q.kind == "duration"
        and "-" in q.text
        and (
            _BENCHMARK_AFTER.match(text, e, end)
            or (
                _WINDOW_AFTER.match(text, e, end)
                and _SUPERLATIVE_BEFORE.search(text, max(start, s - 24), s)
            )
        )
    ):
        return None  # "the five-year average", "its steepest one-day drop": a base, a window
    if (
        q.kind == "duration"
        and "-" in q.text
        and _PERIOD_AFTER.match(text, e, end)
        and _OVER_PERIOD_BEFORE.search(text, max(start, s - 80), s)
    ):
        return None  # "may lose up to £39m over a rolling three-year period": a window
    if bare and s >= start + 2 and text[s - 1] == "-" and text[s - 2].isalpha():
        return None  # "net-zero", "under-five mortality": a word's part, not a count
    if (
        q.kind == "percent"
        and q.text[:1] in "+−-"
        and _TICKER_BADGE.search(text, max(start, q.start - 12), q.start)
    ):
        return None  # "Red Cedar Minerals Inc. RCM-T +31.05%": a quote widget's badge
    if q.kind == "percent" and _CONFIDENCE.match(text, e, end):
        return None  # "95% CI": the interval's convention (its bounds are figures)
    if bare and (
        _THRESHOLD_BEFORE.search(text, max(start, s - 40), s)
        or (_WITH_BEFORE.search(text, max(start, s - 8), s) and _OR_MORE_AFTER.match(text, e, end))
    ):
        return None  # "households where at least one adult works", "families with three or
        # more children": a threshold that defines a group, not a count of anything
    if (
        q.kind == "duration"
        and _SPAN_THRESHOLD_BEFORE.search(text, max(start, s - 40), s)
        and not _SHARE_BEFORE.search(text, max(start, s - 80), s)
    ):
        return None  # "11 delays of more than 30 minutes": which delays, not how long (a
        # share's is a percentile, measured: "one in 10 patients waited longer than 17.5 hours")
    if bare and _appositive_age(text, start, s, e):
        return None
    if (
        (bare or q.text.isdigit())
        and _AGE_THRESHOLD.search(text, max(start, s - 40), s)
        and not _PLURAL_AFTER.match(text, e)  # "Retailers under 50 employees": a size
    ):
        return None  # "approved for adults over 60": whom it is for, not a count
    if bare and _PARENT_OF.search(text, max(start, s - 30), s) and not _CHILDREN.match(text, e):
        return None  # "the father of three was killed": a description of a person
    if (
        q.kind == "duration"
        and q.text.lower() in _ONE_TIME
        and not _SPAN_BEFORE.search(text[max(start, s - 12) : s])
    ):
        return None  # "One night, …", "ambushed her one night": when, not how long
    if (
        bare
        and (_THE_BEFORE.search(text, max(start, s - 8), s) or _ALL_BEFORE.search(text, start, s))
        and not _WORD_AFTER.match(text, e, end)
    ):
        # "a harmony between the two": a pronoun for things named before; "take away the
        # 31": a route or a list's entry by its number
        return None
    if bare and not _counts(text, start, end, q):
        return None
    if (bare or q.kind == "money") and (
        _PER_BEFORE.search(text, max(start, s - 5), s)
        or _COUNT_FOR_EVERY.search(text, max(start, s - 70), s)
    ):
        # "GPs per 100,000 people fell from 71 to 63", "$1.18 per $100 of assessed value",
        # "41 child care slots for every 100 children"
        return None  # a rate's denominator
    if bare and q.text.isalpha() and _BIG_BEFORE.search(text, max(start, s - 10), s):
        return None  # "three of the big four banks", "the Big Three carmakers": a name
    if q.kind == "duration" and q.value == 1 and _AT_A_TIME.match(text, e, end):
        return None  # (not "detained for up to 72 hours at a time": a limit)
    if (
        q.kind in ("measure", "duration")
        and _MARK_AFTER.match(text, e, end)
        and _THE_BEFORE.search(text, max(start, s - 8), s)
        and not _REACHED_BEFORE.search(text, max(start, s - 24), s)
    ):  # (not "passed the 40C mark": a threshold reached, a figure)
        return None
    if q.low == 0:
        return None  # "0-60 mph": a scale, not an amount
    if _glued_x_name(text, end, q):
        return None  # "777x jets": a model name
    if bare and _SOURCES.match(text, e, end):
        return None  # "two people familiar with the matter"
    if bare and q.value is not None and q.value < 10 and _TOLD_REPORTER.match(text, e, end):
        return None  # "three delegates told Reuters": unnamed sources, counted
    if bare and (echo := _ABBR_ECHO.match(text, e, end)) and echo.group(1) == q.text:
        return None  # "glucagon-like peptide 1 (GLP-1)": the number of a name
    if bare and _NAMED_NUMBER.search(text, max(start, s - 30), s):
        return None  # "the number eight is lucky": a number named, not a count
    if bare and _NUMBERED_BEFORE.search(text, max(start, s - 6), s):
        return None  # "A No 10 spokesperson", "rail car No. 2218": a number as a name
    if bare and _DIALLED_BEFORE.search(text, max(start, s - 50), s):
        return None  # "should call NHS 24 on 111", "dial 911": a number to call
    if (
        bare
        and _INDEX_BASE_BEFORE.search(text, max(start, s - 16), s)
        and not _PLURAL_AFTER.match(text, e, end)
    ):
        return None  # "against a base of 100 in 2015": an index's convention, not a measure
    if bare and _AND_OLDER.match(text, e, end):
        return None  # "members 60 and older": the bound of a group, not a count
    if (
        bare
        and q.kind == "count"
        and "." not in q.text
        and q.value is not None
        and q.value <= 10  # "the first two", not "The last 2,500 American troops left"
        and _WHICH_ONES_BEFORE.search(text, max(start, s - 24), s)
    ):
        return None  # "the first two infected patients", "the last two models": which ones
    if (
        bare
        and q.text.lower() in ("two", "three")
        and _JUST_THE.search(text, max(start, s - 5), s)
        and _PARTIES_AFTER.match(text, e, end)
    ):
        return None  # "the two companies said", "The two countries share a border": the
        # parties the story is about, named by how many they are
    if bare and q.text.lower() == "zero" and _MASS_NOUN_AFTER.match(text, e, end):
        return None  # "zero shame", "zero tolerance": an idiom, nothing counted
    if bare and _SUPERLATIVE.match(text, e, end) and _THE_BEFORE.search(text, max(start, s - 8), s):
        return None  # "the two largest economies": which ones, not how many
    if (bare or q.kind == "duration") and _in_short_quote(text, start, end, s, e):
        return None  # "the “three amigos”", "“five years of drift”": a name, a term, a jibe
    if (
        bare
        and q.value is not None
        and 1 <= q.value <= 110
        and _AT_AGED.search(text, max(start, s - 6), s)
        and text[e : e + 1] == ","
    ):
        return None  # "In 1956, at 19, she took a job": her age then, a description
    if (
        q.kind == "measure"
        and "-" in q.text
        and (_before_name(text, e, end) or _NAME_BEFORE.search(text, max(start, s - 30), s))
    ):
        return None  # "the 12-inch Notebook Pro", "the Tablet Pro 12.9-inch": a model's name
    if s > start and text[s - 1] == "(" and _SHORT_FORM_CODE.fullmatch(text, s, e + 1):
        return None  # "the Twelfth Malaysia Plan (12MP)": a name's short form, no quantity
    if q.kind == "measure" and _CONTAINER_BEFORE.search(text, max(start, s - 20), s):
        return None  # "GH¢3,625 per bag of 64 kilogrammes": the container's size, its kind
    if _BEST_OF.search(text, max(start, s - 9), s):
        return None  # "a best-of-three series": the format's name
    if (
        (q.unit == "times" and _OUT_OF_AFTER.match(text, e, end))
        or _TIMES_OUT_OF.search(text, max(start, s - 16), s)
    ) and _POLL_CONVENTION.search(text, start, end):
        return None  # "…, 19 times out of 20": a poll's confidence, said as a convention (not
        # "converts penalties eight times out of 10", a rate)
    if q.kind == "measure" and "-" in q.text and _CONTAINER_AFTER.match(text, e, end):
        return None  # "a 20-litre jerrican of water sells for Sh50": the kind of container
    if _UNDER_AGE_BEFORE.search(text, max(start, s - 30), s) and (
        q.kind in ("count", "age")
        or (q.kind == "duration" and q.unit in ("year", "month", "week") and q.high is None)
    ):
        return None  # "every child under four", "children aged 9 months to 14 years", "a
        # claimant aged under 25": an age band, whom it is for, not a count or a span
    if (
        bare
        and _OWN_RECOMMENDATIONS.search(text, max(start, s - 20), s)
        and _RECS_AFTER.match(text, e, end)
    ):
        return None  # "GAO is making four recommendations": the report's parts, not a count
    if q.dimension == "length" and (
        _RACE.match(text, e, end)
        or _before_event_name(text, e, end)
        or _RACE_BEFORE.search(text, max(start, s - 10), s)
    ):
        return None  # "the 200 metre backstroke", "the 400 metre Individual Medley": a race
    if q.kind in ("duration", "measure") and _capitalised_unit(q.text):
        return None  # "60 Minutes": a unit word written as a name
    qmatch = _QUALIFIER.search(text, max(start, s - 30), s)
    qualifier = qmatch.group(1).lower() if qmatch else None
    is_one = bare and q.text.lower() == "one"
    words_from = e
    if (
        bare
        and q.text[:1].isdigit()
        and text[e : e + 1] in "-–"
        and _COUNTED_PART.match(text, e + 1)
    ):
        words_from = e + 1  # "a 312-unit apartment complex": units of the apartment complex
    if tail := _TRAILING_QUALIFIER.match(text, e, end):
        if is_one:
            return None  # "one or more": vague
        qualifier = qualifier or tail.group(1).lower()
        words_from = tail.end()
    one_of = is_one and re.match(r"\s+of\b", text[e : e + 4]) is not None
    # "two and one cases": a number of a list of numbers, not an article
    listed = (
        is_one
        and not one_of
        and (before := _NUMBER_LISTED_BEFORE.search(text, max(start, s - 24), s)) is not None
        and not _YEAR_LIKE.match(before.group())
        and not _AGED_NEAR.search(text, max(start, s - 30), s)
    )
    if is_one and not qualifier and not listed:
        in_partitive = partitive_end is not None and s >= partitive_end
        if not in_partitive or one_of:
            return None  # "one study", "one of the ..."
    if is_one and re.match(r"\s+of\b", text[e : e + 4]) and _CLASSIFIES.search(text, start, s):
        return None  # "the flu is just one of three illnesses": what it is, not how many
    amount = q.value if q.value is not None else q.low
    if (
        q.high is None
        and _BACKREF.search(text, max(start, s - 8), s)
        and amount is not None
        and was_stated(amount)
    ):
        return None  # "Of these 500,", "The six left"
    if bare and _VAGUE_BEFORE.search(text, max(start, s - 14), s) and not q.text[0].isdigit():
        return None  # "several thousand teachers"
    return Number(
        start=s,
        end=e,
        display=q.text,
        value=q.value,
        low=q.low,
        high=q.high,
        unit=shown_unit(q),
        kind=q.kind,
        per=q.per,
        qualifier=qualifier,
        qualifier_start=qmatch.start() if qmatch else s,
        words_from=words_from,
    )


def _glued_x_name(text: str, end: int, q: Quantity) -> bool:
    """ "3x faster" is a multiplier; "777x jets" names a model."""
    e = q.end
    return (
        q.kind == "multiplier"
        and q.text.endswith(("x", "X"))
        and bool(_NEXT_WORD.match(text, e, end))
        and not _COMPARATIVE_AFTER.match(text, e, end)
    )


def _in_short_quote(text: str, start: int, end: int, s: int, e: int) -> bool:
    """A number inside a quoted phrase of a few words ("“three amigos”"): a title or term."""
    opened = text.rfind("“", start, s)
    if opened >= 0 and text.rfind("”", opened, s) < 0:
        closed = text.find("”", e, end)
    elif text.count('"', start, s) % 2:
        opened, closed = text.rfind('"', start, s), text.find('"', e, end)
    else:
        return False
    return closed >= 0 and len(_WORD_RE.findall(text, opened, closed)) <= 4


_AT_AGED = re.compile(r"(?:^|[,;(—]\s*)(?i:at)\s+$")
# "the director, who turned 34 this spring,": a person's age told in a relative clause
_WHO_AGED = re.compile(r"\bwho\s+(?:(?:just|recently)\s+)?(?:turned|turns|is|was)\s+$")
_AGE_CLAUSE_END = re.compile(r"\s*(?:[,;.)—]|\s(?:this|last|on|in)\b)")


def _appositive_age(text: str, start: int, s: int, e: int) -> bool:
    """ "Noel, 31, is charged", "Noel, who turned 31 this week,": a bare whole number set off
    by commas after a name, or the whole complement of "who is", is an age."""
    digits = text[s:e]
    if (
        _WHO_AGED.search(text, max(start, s - 30), s)
        and _AGE_CLAUSE_END.match(text, e)
        and digits.isdigit()
        and 0 < int(digits) < 120
    ):
        return True
    name_then = re.search(
        r"\b([A-Z][a-z’'.-]+)\s*,\s*(?:then|now|aged|age)\s+$", text[max(start, s - 30) : s]
    )
    if (
        name_then
        and not _NOT_EVENT.fullmatch(name_then.group(1))  # "on Monday, then 31": a count
        and re.match(r"\s*[,;.)]", text[e:])
        and digits.isdigit()
        and 0 < int(digits) < 120
    ):
        return True  # "among them Mrs. Roe, then 49.": her age at the time
    if not re.match(r",\s*$", text[max(start, s - 2) : s]) or not re.match(r"\s*[,;)]", text[e:]):
        return False
    name = re.search(r"([A-Z][\w’'.-]*)\s*,\s*$", text[max(start, s - 40) : s])
    return bool(name) and digits.isdigit() and 0 < int(digits) < 120


_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}['’]?s")
_COUNTED_PART = re.compile(
    r"(?:unit|room|bed|storey|story|seat|member|page|classroom|cell|berth|gate"
    r"|pump|turbine|screen|store|branch|school|home|house|site)\s+[a-z]"
)


def _counts(text: str, start: int, end: int, q: Quantity) -> bool:
    """A bare number reads as a count: not glued to a word by a hyphen ("four-door"), not a
    model or version before a name or a singular noun ("737 Max jet", "the 777 program",
    "5.1 surround sound")."""
    e = q.end
    if re.match(r"[-–][A-Za-z]", text[e : e + 2]):
        # "a 312-unit apartment complex", "a 40-bed hospital": what the thing has that many
        # of, in digits; "four-door", "two-bedroom", "two-lane" are kinds, not counts
        return q.text[:1].isdigit() and bool(_COUNTED_PART.match(text, e + 1))
    if q.value == 1 or q.value is None:
        return True
    if q.value == 0:  # "zero deaths", "zero growth"; not "net zero by 2040", "absolute zero."
        nxt = _NEXT_WORD.match(text, e, end)
        return nxt is not None and nxt.group(1).lower() not in _AFTER_COUNT
    words = []
    pos = e
    while len(words) < 3 and (m := _NEXT_WORD.match(text, pos, end)):
        word = m.group(1)
        if word.lower() in ("and", "or") and words and words[-1][0].isupper():
            pos = m.end()  # "38 WhatsApp and Telegram groups": names of one kind, then it
            continue
        if word.lower() in _AFTER_COUNT:
            break
        words.append(word)
        pos = m.end()
        if _is_plural(word):
            return True
    if not words:
        return True
    first = words[0]
    if _NOT_EVENT.fullmatch(first) and first.istitle() and first not in ("I", "May"):
        return True  # "reached 182 Tuesday morning": a count, then when
    if first[0].isupper():
        return False  # "737 Max jet", "Fortune 500 Company"
    decimal = "." in q.text and q.text.replace(".", "").isdigit()
    determined = _DETERMINER.search(text, max(start, q.start - 8), q.start)
    singular = not first.endswith(("ed", "ing", "ly"))
    return not (singular and (decimal or determined))


def _is_plural(word: str) -> bool:
    if _ACRONYM_PLURAL.fullmatch(word):
        return True  # "340 ADUs", "12 SUVs", "three NGOs"
    low = word.lower()
    if low in _PLURAL_NOUNS:
        return True
    return len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is", "’s", "'s"))


def _capitalised_unit(shown: str) -> bool:
    words = _WORD_RE.findall(shown)
    word = words[-1] if words else ""
    return (
        len(word) > 2
        and word[0].isupper()
        and word[1:].islower()
        and (word.lower() in MEASURE_WORDS or word.lower() in TIME_WORDS)
        and word.lower() not in _NAMED_UNITS
    )


# Units named after people, capitalised wherever they are written: never a name's word.
_NAMED_UNITS = frozenset("fahrenheit celsius kelvin".split())


# A distance before one of these names a race, not a length run ("won the 800 metre freestyle").
_RACE = re.compile(
    r"\s+(?:freestyle|backstroke|breaststroke|butterfly|medley|relay|dash|hurdles|sprint"
    r"|steeplechase|individual\s+medley|(?:semi-?)?finals?|heats?|race"
    # "her own 1,500 metres world record", "the 100m title": the race's record or title
    r"|(?:world|national|olympic|european|meet|personal|course)\s+(?:record|best|title)|title)\b",
    re.IGNORECASE,
)
# "the women's 10,000 metres", "the men's 400m": a race by its entrants' division
_RACE_BEFORE = re.compile(r"\b(?:women|men|boys|girls)['’]s\s+$", re.IGNORECASE)
_NOT_EVENT = re.compile(
    rf"(?:{'|'.join(WEEKDAYS)}|{'|'.join(m.capitalize() for m in MONTH_NUMBERS if len(m) > 3)}"
    r"|May|I|North|South|East|West"
    r"|Northeast|Northwest|Southeast|Southwest|N|S|E|W|NE|NW|SE|SW|NNE|ENE|ESE|SSE|SSW|WSW|WNW"
    r"|NNW)\b"
)


def _before_event_name(text: str, e: int, end: int) -> bool:
    """A distance written before a name ("400 metre Individual Medley"), not a day's."""
    m = _NEXT_WORD.match(text, e, end)
    return bool(m) and m.group(1)[0].isupper() and not _NOT_EVENT.match(m.group(1))


# A capitalised word right before a hyphenated measure, not the sentence's first: a name
# the measure is part of ("iPad Pro 12.9-inch").
_NAME_BEFORE = re.compile(r"(?<=\w\s)[A-Za-z]*[A-Z][\w’'-]*\s+$")
# "is making four recommendations", "agreed with all four recommendations": what a report
# makes is its own structure (not "implemented 18 of the 31 recommendations we made")
_OWN_RECOMMENDATIONS = re.compile(
    r"\b(?:making|makes|make|made|offers?|offered|sets?\s+out|setting\s+out|contains?|includes?"
    r"|(?:(?:agreed|concurred)\s+with|accepted)"
    r"\s+(?:all\s+|the\s+|each\s+of\s+the\s+){0,2})\s*$"
)
_RECS_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?recommendations\b")
_BEST_OF = re.compile(r"(?i:\bbest[- ]of[- ])$")
_SHORT_FORM_CODE = re.compile(r"\d{1,3}[A-Z]{1,4}\)")
# Containers sold or filled by size: "a 20-litre jerrican", "a bag of 64 kilogrammes"
_CONTAINERS = (
    r"(?:jerrican|jerry\s?can|can|bottle|jug|bag|sack|drum|tin|jar|cup|carton|pack|tub|bucket"
    r"|container|tank|box|bale|crate)s?\b"
)
_CONTAINER_BEFORE = re.compile(rf"\b{_CONTAINERS}\s+of\s+$", re.I)
_OUT_OF_AFTER = re.compile(r"\s+out\s+of\s+(?:\d+|ten|twenty|a\s+hundred)\b", re.IGNORECASE)
_TIMES_OUT_OF = re.compile(r"\btimes\s+out\s+of\s+$", re.IGNORECASE)
_POLL_CONVENTION = re.compile(r"\b(?:margin\s+of\s+error|accurate\s+(?:to\s+)?within)\b", re.I)
_CONTAINER_AFTER = re.compile(rf"\s+(?:plastic\s+|glass\s+|metal\s+)?{_CONTAINERS}", re.I)
_UNDER_AGE_BEFORE = folded(
    r"\b(?:child|children|kids?|babies|baby|infants?|pupils|people|adults)\s+(?:aged\s+)?"
    r"(?:under|over|below|above)\s+$"
    # "aged under 25", "aged 9 months to 14 years", "aged 34 and 41"
    r"|\baged\s+(?:(?:over|under|above|below|between|from|up\s+to)\s+)?"
    r"(?:\d{1,3}(?:\s+(?:months?|years?|weeks?))?\s+(?:to|and|or|-)\s+)?$"
)


def _before_name(text: str, e: int, end: int) -> bool:
    m = _NEXT_WORD.match(text, e, end)
    return bool(m) and m.group(1)[0].isupper()
