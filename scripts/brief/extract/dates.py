"""The date tagger: dates in a sentence, normalised to ISO (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).

Explicit dates ("7 March 2019", "Sept. 3, 2001", "May 2019", "2019", "mid-2020") are read as
written; a year range ("2018-19", "2015–2018") or a fiscal year ("FY2019", "fiscal year 2019")
dates by its first year. With the publication date (`published`), dates the text gives relative
to it are resolved too: "Oct. 3" and "in March" (no year), weekdays ("on Tuesday", "last
Friday"), "yesterday", "last week", "earlier this month", "last year", "three days ago". A
weekday or a date without a year follows the clause's tense: a past event takes the most recent
such day on or before publication, a scheduled one ("will meet on Friday", "is set for
Friday") the next one on or after it. Without a publication date they are left undated, never
guessed, and nothing depends on today's date.

Cases are sorted by date and shown with the source's own wording, so each mention keeps both:
`iso` for sorting and `text` for display, with its lead-in ("In", "at various points in").
How a date is used matters as much as its value, so a mention also reports the preposition
before it (`lead`: "since 2015" is a span, not an event) and any determiner before it
(`determiner`: "the 1999 … earthquake" dates a noun phrase rather than the clause).

Measured against dateparser 1.2 (`search_dates` with the publication date as its base): 17 ms
a sentence (an article of 100 sentences would take most of a second, the whole converter's
budget is 50 ms), "may" the verb read as May, "is set for Friday" resolved to the Friday
before, "last month" given a day it does not state. So this module is the project's own:
one linear pass of a few patterns per sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from brief.extract.folded import folded
from brief.extract.numbers import UNITS
from brief.extract.verbs import IRREGULAR_PAST, is_past_verb
from brief.trie import alternation

# A pattern's match, the text it is in and the publication date -> the ISO date, or None.
Resolver = Callable[..., str | None]

MONTH_NUMBERS = {
    name: number
    for number, names in enumerate(
        (
            "january jan",
            "february feb",
            "march mar",
            "april apr",
            "may",
            "june jun",
            "july jul",
            "august aug",
            "september sep sept",
            "october oct",
            "november nov",
            "december dec",
        ),
        1,
    )
    for name in names.split()
}
#: The months by their full names (and "sept"), as an alternation: not "may", "jan"
LONG_MONTHS = "|".join(m for m in MONTH_NUMBERS if len(m) > 3)

# Month names are matched capitalised only: "may" the verb must not read as a month.
_FULL_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
_SHORT_MONTHS = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
_MONTH = rf"(?P<m>(?:{_FULL_MONTHS})|(?:{_SHORT_MONTHS})\.?)"
# A plausible year, not part of a code ("FY2019" is read below), a range or a decimal/count.
_YEAR = r"(?P<y>1[89]\d\d|20\d\d)(?![\w%]|[.,/–-]\d)"
_DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
_QUALIFIER = r"(?:(?P<q>early|mid-|mid|late)\s*)?"
_RANGE_END = r"(?:1[89]\d\d|20\d\d|\d\d)(?![\w%]|[.,/]\d)"

# Tried in order; a later pattern never claims text an earlier one matched.
# "6 and 7 May", "Nov. 12 and 13": two days of one event, dated by the first (`GUIDE.md`)
_AND_DAY = r"(?:\s*(?:and|&)\s*[0-3]?\d(?:st|nd|rd|th)?)?"
_PATTERNS = (
    re.compile(rf"\b{_MONTH}\s+{_DAY}{_AND_DAY},?\s+{_YEAR}"),
    re.compile(rf"\b{_DAY}{_AND_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}"),
    re.compile(rf"\b{_QUALIFIER}{_MONTH},?\s+(?:of\s+)?{_YEAR}"),
    # Fiscal years and year ranges date by their first year.
    re.compile(
        r"\b(?:FY\s?|[Ff]iscal\s+(?:[Yy]ears?\s+)?)(?P<y>1[89]\d\d|20\d\d)(?![\w%]|[.,/]\d)"
        # "fiscal years 2018 through 2022", "FY2019-21": one period, not a year after it
        rf"(?:(?:\s?[–-]\s?|\s+(?:through|thru|to)\s+)(?:FY\s?)?{_RANGE_END})?"
    ),
    re.compile(
        rf"(?<![\w$€£.,/’'-])(?P<y>1[89]\d\d|20\d\d)(?:\s?[–-]\s?|\s+(?:through|thru)\s+)"
        rf"{_RANGE_END}"
    ),
    re.compile(rf"(?<![\w$€£.,/’'-]){_QUALIFIER}{_YEAR}"),
)
# "3–9 November 2025", "Nov. 3-9, 2025": a span of days, dated by its first; with no year,
# read by tense as a day is
_TO_DAY = r"(?:\s*[–-]\s*|\s+(?:to|until|through)\s+)[0-3]?\d(?!\d)"
_DAY_RANGES = (
    re.compile(rf"\b{_DAY}{_TO_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}"),
    re.compile(rf"\b{_MONTH}\s+{_DAY}{_TO_DAY},?\s+{_YEAR}"),
)
_NO_YEAR = r"(?!,?\s+(?:1[89]|20)\d\d)(?!\w)"
_DAY_RANGES_ALONE = (
    re.compile(rf"\b{_DAY}{_TO_DAY}\s+(?:of\s+)?{_MONTH}{_NO_YEAR}"),
    re.compile(rf"\b{_MONTH}\s+{_DAY}{_TO_DAY}{_NO_YEAR}"),
)
# "the spring of 2019", "summer 2018": a season dates to its first month (`GUIDE.md`: a date
# given as a season or a range takes its first month or year). Tried before the bare year
# above claims the year.
_SEASON_YEAR = re.compile(
    # not after "the": "since the spring of 2017" is the year's, read with its lead-in
    rf"(?<!\bthe )(?<!\bThe )\b(?P<s>[Ss]pring|[Ss]ummer|[Ff]all|[Aa]utumn|[Ww]inter)\s*,?\s+"
    rf"(?:of\s+)?{_YEAR}"
)

# Each with the cue (a group of `_CUES`) it cannot match without, or None: a sentence with a
# year but no month name is not searched by the three patterns that need one.
# "in the third quarter of 2019", "Q3 2019", "the first half of 2020": the first month.
_QUARTER = re.compile(
    r"(?<![Ff]iscal\s)(?<![Ff]iscal\s\s)\b(?:(?:the\s+)?(?<![Ff]iscal\s)(?P<qn>first|second|third|fourth|1st"
    r"|2nd|3rd|4th)\s+(?P<qu>quarter|half)"
    r"\s+(?:of\s+)?|Q(?P<qd>[1-4])\s+)(?P<y>1[89]\d\d|20\d\d)(?![\w%]|[.,/–-]\d)"
)
_ORDINALS = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
}
# "September and October 2023", "from March to May 2020", "June–August 2019": a range of months
# dates to its first month, in the year written after the last (`GUIDE.md`).
_MONTH_RANGE = re.compile(
    rf"\b{_MONTH}\s*(?:and|or|to|through|thru|until|[–-])\s*"
    rf"(?P<m2>{_FULL_MONTHS}|(?:{_SHORT_MONTHS})\.?),?\s+(?:of\s+)?{_YEAR}"
)
# A date in figures: "28.08.2024" (dots: day first, as the countries that write them do),
# "15/11/2024", "11/15/2024" (slashes: the order only a day over 12 tells; else not guessed)
_NUMERIC_DATE = re.compile(
    r"(?<![\w.,/-])(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d\d)"
    r"(?![\w/-]|[.,]\d)"
)
_VERSION_BEFORE = re.compile(
    r"\b(?i:version|v|build|release|section|rule|clause|no|number|chapter|paragraph|para)\.?\s*$"
)
_ABSOLUTE = (
    ("quarter", _QUARTER),
    ("month", _MONTH_RANGE),
    ("month", _DAY_RANGES[0]),
    ("month", _DAY_RANGES[1]),
    ("month", _PATTERNS[0]),
    ("month", _PATTERNS[1]),
    ("month", _PATTERNS[2]),
    ("fiscal", _PATTERNS[3]),
    ("range", _PATTERNS[4]),
    ("season", _SEASON_YEAR),
    (None, _NUMERIC_DATE),
    (None, _PATTERNS[5]),
)

# Fiscal years and ranges name a period (a statistic's), never the day of an event.
_PERIODS = (_PATTERNS[3], _PATTERNS[4])

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# A month alone: an abbreviation only with its stop ("in Mar" is rare, "Mar" a verb too).
_MONTH_NAME = rf"(?P<m>{_FULL_MONTHS}|(?:{_SHORT_MONTHS})\.)"
_NUMBER = rf"(?P<n>\d{{1,2}}|an?|{alternation(UNITS)})"
# Dates given relative to the publication date; read only when it is known. A month alone
# needs a lead-in ("in May", "last March", "early June"): "May" the modal, "March" the verb and
# names ("Theresa May") stand alone.
_MONTH_ALONE = re.compile(
    r"\b(?P<mod>[Ii]n|[Ll]ast|[Nn]ext|[Tt]his|[Ss]ince|[Ee]arly|[Mm]id-?|[Ll]ate|[Uu]ntil|[Bb]y|"
    # "from December"; not "a letter from May", "a tip-off from June Lee", "from April Records"
    # (a month's name is a person's or a firm's as often)
    r"[Dd]uring|[Ff]rom(?!\s+May\b)(?!\s+[A-Z][a-z]+\.?\s+[A-Z0-9])|[Tt]he\s+(?:end|beginning|start|middle)\s+of"
    # "in the last week of May", "the first half of June", "the second fortnight of March"
    r"|[Tt]he\s+(?:first|second|third|fourth|last|final|closing|opening)\s+(?:week|fortnight|half"
    r"|days?)\s+of)(?:\s+|(?<=[Mm]id-))(?:early\s+|mid-?\s*|late\s+)?"  # "Mid-November"
    rf"{_MONTH_NAME}(?!\s*\d)(?!\w)"
    # "from March to May": a span of months, no day an event is dated by
    rf"(?!\s*(?:to|through|until|till|[-–])\s*(?:early\s+|mid-?\s*|late\s+)?(?:{_FULL_MONTHS})\b)"
)
# The simple present of a timetable: "the session that starts in January", "the service launches
# today", "the retailer reports earnings Wednesday": with a date, it schedules an event.
TIMETABLE = (
    # not after a determiner: "the reports", "its launches", "new faces" are nouns
    r"(?:(?<!\bthe )(?<!\bThe )(?<!\ba )(?<!\bits )(?<!\bIts )(?<!\btheir )(?<!\bhis )"
    r"(?<!\bher )(?<!\bour )(?<!\bnew )(?<!\bthese )(?<!\bThese )(?<!\bsome )(?<!\bmany )"
    r"(?:starts|begins|opens|resumes|kicks\s+off|takes?\s+effect|applies|takes\s+place|meets|hosts|"
    r"debuts|premieres|testifies|arrives|goes\s+on\s+sale|expires|lapses|returns|reopens|closes"
    r"|concludes|adjourns|convenes|reconvenes"
    # a body's sittings in the plural: "before sessions resume on Nov. 10", "when classes begin"
    # (not "did not resume until June 3": a past told)
    r"|(?<!\bnot )(?<!\bdid )(?<!n't )(?<!n’t )(?<!\bto )(?<!\bcould )(?<!\bwould )(?<!\bmight )"
    r"(?<!\bshould )(?<!\bmust )(?<!\bwill )(?<!\bcan )(?<!\bmay )(?<!\bremain )(?<!\bstay )"
    r"(?:resume|reconvene|convene|adjourn|reopen|begin)(?![\w-])"
    # "start" and "open" after a plural, as written ("Applications open Jan 5", "The Black
    # Caps start the second Test on Thursday"; not "an open letter", "a slow start")
    r"|(?<=[a-z]s\s)(?-i:start|open)(?![\w-]))"
    # an election day: "Voters go to the polls on Friday" (not "went")
    r"|\b(?:go|goes|head|heads)\s+to\s+the\s+polls\b"
    # words that are plural nouns as often ("news reports", "new faces"): only after a name
    # or a pronoun as their subject ("Acme reports earnings Wednesday", "it launches")
    r"|(?:\b(?!(?i:news|media|press|police|earlier|recent|local|official|initial|early|later"
    r"|the|a|an|its|their|his|her|our|these|those|some|many|new)\b)"
    # (a capital as written: the patterns that hold TIMETABLE may ignore case)
    r"(?-i:[A-Z])[\w’'.-]*|\b(?:it|he|she))\s+(?:launches|votes|reports|faces|visits|releases)"
    # a fixture: a team's name and a present verb before its opponent ("Rovers travel to
    # Dunmore on Saturday", "Saltmere host Kilbride on Wednesday", "Leeds plays Arsenal on
    # Saturday"), capitals as written; a day or a month is no opponent ("Leeds plays Saturday")
    r"|\b(?-i:(?!(?:They|We|You|I|The|A|An|It|This|These|Those)\b)[A-Z][\w’'.-]*\s+"
    r"(?:travels?\s+to|hosts?|plays?|faces?|visits?)"
    rf"(?=\s+(?!(?:{'|'.join(WEEKDAYS)}|{_FULL_MONTHS}|Today|Tonight|Tomorrow)\b)[A-Z])"
    # "Ireland open their Six Nations campaign", "Munster begin their season": a side's own
    r"|\b(?-i:(?!(?:They|We|You|I|The|A|An|It|This|These|Those)\b)[A-Z][\w’'.-]*\s+)"
    r"(?:open|begin|start|launch|resume)\s+(?:their|its)\s+(?:[\w’'-]+\s+){0,3}"
    r"(?:campaign|season|tour|defence|defense)\b))"
)
# "launch day is Tuesday", "the hearing is on Friday": a present copula right before the date
# states a schedule.
_IS_DATE = re.compile(r"\b(?:is|are)\s+(?:on\s+)?$")
_ATTRIBUTIVE_MONTH = re.compile(
    rf"(?<=\s)(?!May\b){_MONTH_NAME}(?=\s+[a-z][a-z-]+\b(?!\s+\d))"
    # a month that names a period's figures is no date of an event ("September quarter")
    r"(?!\s+(?:quarter|half|figures|data|numbers|results|earnings|sales|totals?|average)\b)"
)
_DETERMINED = re.compile(r"\b(?i:the|a|an|its|their|his|her|this|last|next)\s+(?:[a-z-]+\s+)?$")
# (not an adjective right after a determiner or a number: "for 7,000 subsidised flats", "the
# proposed route")
_PAST_ED = re.compile(
    r"(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bits\s)(?<!\btheir\s)(?<![\d%]\s)(?<!\ball\s)"
    r"(?<!\bevery\s)(?<!\beach\s)(?<!\bmany\s)(?<!\bmost\s)(?<!\bsome\s)(?<!\bother\s)"
    r"\b[a-z]{3,}ed\b"
)  # (`_ATTRIBUTIVE` in a lookbehind: "of all affected districts" is an adjective)
# Cues that a day is still to come, beyond "will": a schedule said in the present ("is set to
# rise"), a dividend "payable on", a future in the past after a verb of saying ("said it would
# hold"), an obligation ("must file by"), a postponement ("adjourned the case until"). These
# make the day firm: the next such day, however far.
_TO_COME_FIRM = (
    r"|\b(?:is|are)\s+(?:set|scheduled|due|slated|poised)\s+to\b"
    r"|\bpayable\b"
    r"|\b(?:must|needs?\s+to|required\s+to)\b(?!\s+(?:not\s+)?have\b)"
    r"|\b(?:adjourned|adjourns|postponed|postpones|deferred|remanded)\b[^.;]{0,60}?"
    r"\b(?:until|till|to)\s*$"
    # a plan or an expectation said in the present: "markets expect a cut on", "plans to"
    r"|(?<!\bits\s)(?<!\btheir\s)(?<!\bthe\s)\b(?:expects?|plans?|intends?|aims?)\s+(?:to|an?|the)\b"
    # a proceeding someone faces: "faces a disciplinary hearing on Wednesday"
    r"|\b(?:faces|face|awaits|await)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:hearing|trial|vote|sentencing|appeal|inquest|ballot|tribunal)\b"
)
# A weaker cue: the setting of an event ("set sentencing for"): the day is to come, but the
# setting may be reported long after (the nearer day).
_TO_COME_WEAK = (
    r"|(?<!originally\s)(?<!initially\s)(?<!previously\s)(?<!first\s)"
    r"\b(?:set|scheduled|called|slated)\s+"
    r"(?:the\s+|a\s+|an\s+)?(?:sentencing|hearing|trial|vote|date|deadline|election|meeting|ballot"
    r"|referendum|debate|session|summit)"
    r"\s+(?:[\w’'-]+\s+){0,2}?(?:for|on)\b"
)
_TO_COME = _TO_COME_FIRM + _TO_COME_WEAK
# What makes a schedule firm (the next such day, however far): "will", "shall", "’ll", "next".
_FIRM = re.compile(
    r"\b(?:will|shall|won['’]t|next|going\s+to)\b|['’]ll\b"
    # a timetable's present: "the program expires June 30", "the session starts Jan. 5"
    rf"|\b{TIMETABLE}\b" + _TO_COME_FIRM,
    # a schedule or plan said in the present ("is set to rise", "expects a cut on"), a setting
    # ("set sentencing for"), a future in the past ("said it would hold"), an obligation
    # ("must file by"), a postponement ("adjourned the case until"): the day is still to come
    re.IGNORECASE,
)
# A clause that schedules rather than reports: its date is the next one, not the last.
_FUTURE = re.compile(
    r"\b(?:will|shall|won['’]t|(?:is|are|was|were)\s+(?:now\s+|still\s+|also\s+)?(?:set|scheduled"
    r"|slated|due|expected|"
    r"planned|poised|going)\s+to|(?:set|scheduled|slated|planned|due)\s+(?:for|on)|"
    # "with observations scheduled to begin in June": a participle, with no copula
    r"(?:scheduled|slated)\s+to|"
    # "with payments to start on Friday": what is to happen, in an absolute phrase
    r"(?<=\bwith\s)(?:[\w’'-]+\s+){1,4}?to\s+(?:be\s+)?(?=[a-z]{3,}\b)|"
    # "scheduled an evidentiary hearing for Jan. 13": a thing set for a day
    r"(?:scheduled|set|slated)\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:for|on)(?=\s*$)|"
    rf"plan(?:s|ned)?\s+to|upcoming|next|{TIMETABLE})\b"
    # "deliveries are due this spring" (not "is due in large part to")
    r"|\b(?:is|are)\s+due\b(?!\s+to\b|\s+in\s+(?:\w+\s+)?part\b)"
    # "haven't yet qualified for", "has yet to name": what has not happened yet is to come
    r"|(?:n['’]t|\bnot)\s+yet\b|\byet\s+to\b"
    r"|['’]ll\b"
    # a possibility to come: "prices could fall in April" (not "could have fallen")
    # ("may" in lower case: "Sales in May fell" names the month)
    r"|\b(?:could|might|(?-i:may))\s+(?:not\s+|also\s+|still\s+|even\s+)?(?!have\b)[a-z]{2,}\b"
    # what someone should do is to come: "member states should close the gap in February"
    r"|\b(?:should|must|ought\s+to)\s+(?:not\s+|also\s+|still\s+|now\s+)?(?!have\b|be\b)[a-z]{2,}\b"
    + _TO_COME,
    re.IGNORECASE,
)
# A word (lower case) that each of `_FUTURE`'s alternatives holds: a clause with none of them
# has no cue, which a plain test tells (most clauses before a date have none) before the scan
_FUTURE_WORDS = (
    "will", "shall", "won", "set", "schedul", "slated", "due", "expect", "plan", "poised",
    "going", "with", "upcoming", "next", "start", "begin", "open", "resum", "kick", "take",
    "appl", "meet", "host", "debut", "premier", "testif", "arriv", "goes", "expir", "laps",
    "return", "clos", "conclud", "adjourn", "conven", "launch", "vote", "report", "face",
    "visit", "releas", "travel", "play", "yet", "ll", "could", "might", "may", "should", "must",
    "ought", "payable", "need", "required", "postpon", "defer", "remand", "intend", "aim",
    "await", "called", "polls",
)  # fmt: skip
# "a scheduled Dec. 15 increase", "the planned March launch": the date of a plan.
_PLANNED = folded(
    r"\b(?:scheduled|planned|expected|proposed|upcoming|looming|impending|come)\s+$"
    # "who set a Nov. 18 hearing", "scheduled the March 3 vote": a day set is to come
    r"|\b(?:set|sets|scheduled|schedules)\s+(?:a|an|the|its|their|his|her)\s+$"
    # "has fixed February 3 for hearing" (court English): a day fixed is to come
    r"|\b(?:fixed|fixes)\s+$"
    # "as the district prepares for a Nov. 4 referendum": what is being prepared for
    r"|\b(?:prepares|prepare|preparing|gears\s+up|gearing\s+up)\s+for\s+(?:a|an|the|its|their)\s+$"
)  # and "Come November 19, buyers will …": when the day comes
# A clause so far only a noun phrase ("The Spending Review on 11 June will set …"): the date
# is in the subject, which takes the tense of the verb after it
_SUBJECT_SO_FAR = re.compile(
    r"(?:^|[,;:(—]\s*)[“\"]?(?:The|This|Its|Their|Our)\s+(?:[A-Z][\w’'-]*\s+){1,4}"
    r"(?:(?:on|in|at)\s+)?$"
)  # (a named occasion, "The Spending Review"; not "The crash on Sunday will be investigated")
# A word of a clause besides the lead-in of a date ("on", "the"): the clause says something.
_SAYS = re.compile(r"\b(?!(?:on|in|at|by|the|of)\b)[A-Za-z]{2,}")
# A lower-case verb right after "and" ("and close on July 7"), with no subject of its own.
# A time of day: "9:30 a.m.", "6pm", "noon" (shared with the cases' schedule lines and the
# figures' reading windows)
TIME_OF_DAY = r"(?:\d{1,2}(?:[:.]\d\d)?\s?(?:a\.m\.|p\.m\.|(?:am|pm)\b)|noon\b|midday\b|midnight\b)"
# A short form in brackets after a name: "(EGM)", "(Nersa)", "(NMDPRA)"
SHORT_FORM = r"\(\s*[A-Z][A-Za-z&.\-]{1,11}\s*\)"
# Where, as a name after a preposition of place: " in KwaMasilela", " at the Civic Centre"
PLACE_PHRASE = r"\s+(?:in|at|near|outside)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
_BARE_VERB = re.compile(
    r"\s+(?:then\s+|later\s+|also\s+)?([a-z]{3,})\s+(?:[a-z]+\s+){0,3}?(?:on|in|by)\s"
)
_TIMETABLE_ONLY = re.compile(TIMETABLE)
_TIMETABLE_AFTER = re.compile(
    r"(?:[A-Z][a-z]{2,8}\.)?[^.;:,]{0,40}?\b(?:will|starts|begins|opens|takes\s+place"
    r"|is\s+(?:set|scheduled|due))\b"
)
_WOULD = re.compile(r"\b(?:would|[’']d)\s+(?!have\b)[a-z]+")
_SAID = re.compile(
    r"\b(?:said|says|told|announced|confirmed|added|warned|promised|pledged|wrote"
    r"|did\s+(?:say|announce|confirm|warn|promise|pledge))\b"
)
# What is prepared for, its date right after: "ahead of an OPEC+ meeting on", "in the run-up to
# the vote on" (`_AHEAD_CUES`: the words without which it cannot match, a plain test first)
_AHEAD_OF = re.compile(
    r"\b(?:ahead\s+of|in\s+time\s+for|in\s+the\s+run-up\s+to|in\s+preparation\s+for)\s+"
    r"(?:the|a|an|its|their|his|her)\s+(?:[\w’'+-]+\s+){0,4}?(?:(?:on|in|at)\s+)?$",
    re.IGNORECASE,
)
_AHEAD_CUES = ("ahead", "Ahead", "time for", "run-up", "preparation")
# "before the committee", "after its launch": a noun phrase with no verb of its own up to the
# date ("before the polls closed on Monday" is a clause)
_PREPOSITION_OBJECT = re.compile(
    r"\s+(?:(?:the|a|an|his|her|its|their|this|that|these|those)\s+(?:[\w’'-]+\s+){0,4}?"
    # a name's own "of" or "on" ("the legislature's standing committee on public accounts on")
    r"(?:(?:of|on|for)\s+(?:the\s+)?(?:[\w’'-]+\s+){1,3}?)?"
    r"|(?:them|him|her|us|me|you)\s+"  # "to appear before them on"
    # a bare plural after "before": "will go before voters on" (after "after", a time: "after
    # protests on Oct. 5")
    r"|(?<=before\s)[a-z]{3,}s\s+)(?:(?:on|in|at|by|during)(?:\s+the)?)?\s*$"
)
# "that" before a noun and the date's preposition: a determiner ("will make that decision on")
_THAT_NOUN = re.compile(r"\s+([a-z]{2,}(?:ss|[a-rt-z]))\s+(?:on|in|at|by|for|during)\s*")
# (a singular noun: "that officers on 3 October ignored" starts a clause)
# After "and": a name and a preposition, nothing of a clause of its own ("Denver and
# Reykjavik in", "France and Germany on"), or a place after its own preposition ("will hold
# meetings in Ashford next Wednesday and in KwaMasilela on 26 March")
_NAME_PAIR = re.compile(
    r"\s+(?:(?:in|at|near|outside)\s+)?(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}"
    # "… Physical Activity and Ageing in Lisbon on": a name, then where, then the date
    r"(?:\s+(?:in|at|of)\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}){0,2}"
    r"(?:\s+(?:in|on|at|by|from|during))?\s+$"
)
# Nouns after "and", then at most two phrases of place, and the date: no clause of their own
# (no word in "-s" or "-ed", which could be its verb: "and the council meets on")
_NOUN_PAIR = re.compile(
    r"\s+(?:(?:the|a|an|its|their|his|her|our)\s+)?(?:(?![a-z-]*(?:s|ed)\b)[a-z-]+\s+){1,3}"
    r"(?:(?:at|in|for|of)\s+(?:(?:the|a|an|its|their)\s+)?(?:(?![a-z-]*(?:s|ed)\b)[a-z-]+\s+){1,2}){0,2}"
    r"(?:(?:on|in|at|by)\s+)?"
)
_WORDS = re.compile(r"[a-z]+")
_PRESENT = re.compile(r"\b(?:is|are)\b")
_PAST_AUXILIARY = re.compile(r"\b(?:was|were|had|did)\b")


def _present_only(text: str, start: int, end: int) -> bool:
    """The sentence around a day (to the nearest ". " or ";" either side) has "is" or "are"
    and no past form before the day, nor a past auxiliary anywhere."""
    lo = max(text.rfind(". ", 0, start), text.rfind(";", 0, start)) + 1
    stops = [i for i in (text.find(". ", end), text.find(";", end)) if i >= 0]
    sentence = text[lo : min(stops) if stops else len(text)]
    return (
        _PRESENT.search(sentence) is not None
        and _PAST_AUXILIARY.search(sentence) is None
        and not _past_form(text[lo:start], 0)
    )


def _past_in(clause: str) -> bool:
    return any(is_past_verb(w) for w in _WORDS.findall(clause))


# (a comma inside a number, "10,000 applicants", breaks nothing)
# After "and": a noun phrase and the date's preposition, with no verb of its own ("and new
# medium-term targets on"); not "and police arrested two men on" (a past form), "and closes on"
_NOUN_CONJUNCT = re.compile(
    r"\s+(?:(?:the|a|an|its|their|his|her|new|other|further|more)\s+)?(?:[a-z][\w-]*\s+){0,3}?"
    r"(?:[a-z][\w-]*s|[a-z]+-[a-z]+\s+[a-z]+)\s+(?:on|in|by|from)?\s*"  # ("throw-in time")
    # "will discuss the report and its plan at its meeting in public on 26 June": an object
    # and where it is taken up, no verb of its own
    r"|\s+(?:the|a|an|its|their|his|her)\s+(?:(?!(?:is|are|was|were|will|would|has|have|had"
    r"|be|can|could|may|might|must|should)\b)[a-z][\w-]*\s+){1,3}"
    r"(?:(?:at|of|for|with|in|to)\s+(?:(?:the|a|an|its|their|his|her)\s+)?"
    r"(?:(?!(?:is|are|was|were|will|would|has|have|had|be)\b)[a-z][\w-]*\s+){1,2}){1,2}"
    # "will meet tenant groups and representatives of the Irish Property Owners' Association
    # on Friday": people of a named body, no verb of their own
    r"|\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*s\s+of\s+(?:the\s+)?(?:[A-Z][\w’'.&-]*\s+){1,6}"
    r"(?:(?:on|in|at|by)\s+)?"
)
_CLAUSE_BREAK = re.compile(
    r"(?<!\d),|,(?!\d)|[;:—–()\"“”]|\b(?:and|but|that|which|who|after|before|while)\b"
)
_SHORT_FORM = re.compile(SHORT_FORM)  # no clause break: "a general meeting (EGM) on"
# A prepositional aside between commas right before the date's own lead-in: no clause of its own
_ASIDE = re.compile(
    r"\s*(?:in|for|at|on|with|over|as|among)\s+(?:[\w’'-]+\s+){0,5}[\w’'-]+,\s*"
    r"(?:from|in|on|by|until|since|during|at)?\s*"
    # a participle's phrase ("will publish its next report, covering the first half of the
    # year, in April")
    r"|\s*[a-z]{3,}ing\s+(?:[\w’'-]+\s+){0,6}[\w’'-]+,\s*(?:from|in|on|by|until|at)?\s*"
    # a figure's comparison ("a dividend of 1.10 euros, up from 0.68 euros for 2024, at")
    r"|\s*(?:up|down)\s+from\s+[^,;:]{1,60}?,\s*"
    # a place's region or state after its name ("in Ilagan City, Isabela, on Friday")
    r"|\s*(?-i:[A-Z])[\w’'.-]*(?:\s+(?-i:[A-Z])[\w’'.-]*){0,2},\s*(?:from|in|on|at)?\s*"
)
# a verbless phrase that names a past thing of its own: ", with the last cut in August", ", at
# the plant it bought in May" (its own time, not the clause's)
_TOLD_BEFORE = re.compile(
    r"\b(?:last|previous|prior|earlier|past|former|first|latest|recent|it|they|he|she|we|who"
    r"|which|that)\b",
    re.IGNORECASE,
)
_WITH_PHRASE = re.compile(
    r"\s*(?:with|at|during|for)\s+(?:the|a|an|its|their|his|her|our)\s+"
    r"(?:(?!(?:is|are|was|were|had|has|will|would|to|be|being)\b)(?![a-z-]+ed\b)[a-z-]+\s+){0,4}"
    r"(?:(?:on|in|at|by)\s+)?"
)
# A participle's plan and a modal's duty: to come unless the sentence tells them as past
_PLAN_OR_DUTY = re.compile(r"(?:scheduled|slated|should|must|ought)\b", re.IGNORECASE)
_TOLD_AS_PAST = re.compile(
    r"\b(?:originally|initially|previously)\b"
    r"|\b(?:was|were|had\s+been)\s+(?:[a-z]+ly\s+)?(?:postponed|cancell?ed|delayed|scrapped|"
    r"called\s+off|pushed\s+back|put\s+off|dropped|shelved)\b"
    r"|\b[a-z]{3,}ed\s+that\b|\b(?:said|told|wrote|thought|felt|knew|held|ruled|agreed)\s+that\b",
    re.IGNORECASE,
)
TENSE_WINDOW = 140  # characters before a date in which its clause's tense is read
NEAR_TENSE = 80  # … a "will" further back than this only when no past form comes between

_LEAD = folded(
    r"(?:\b(?:at|during)\s+(?:various|different|several|multiple)\s+(?:points|times)\s+in"
    r"|\b(?:in|by|before|until|after|since|from|at|through|toward|towards)\s+the\s+(?:spring|"
    r"summer|fall|autumn|winter|course|end|middle|start|beginning|first\s+half|second\s+half)"
    r"\s+of"
    r"|\b(?:in|on|during|since|until|till|before|after|by|from|through|throughout|around"
    r"|as\s+of)(?:\s+(?:at\s+least|as\s+early\s+as|as\s+late\s+as))?"
    # an end with a time of day before its day: "until 8 p.m. Wednesday"
    r"|\b(?:until|till|through)\s+(?:\d{1,2}(?::\d\d)?\s?[ap]\.?m\.?|noon|midnight))\s+$"
)
_ANY_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_DETERMINER = folded(r"(?:\b(?:the|a|an|this|that|its|their|his|her)|[’']s)\s+$")
# How far before a date its lead-in or determiner is looked for: the longest lead-in ("towards
# the second half of ") is 31 characters. A window keeps the work per date constant.
LEAD_WINDOW = 60


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int  # where `text` starts (the lead-in included)
    end: int
    core_start: int  # where the date itself starts
    iso: str
    text: str  # the source's wording, e.g. "In March 2019", "at various points in 2018"
    lead: str | None  # lowercased preposition before the date ("in", "since", ...)
    determiner: str | None  # "the", "an", ... right before the date: an attributive date
    period: bool = False  # a fiscal year or a range of years: a statistic's span, not an event


def find_dates(
    text: str,
    published: date | None = None,
    anchor: str | None = None,
    day_anchor: str | None = None,
) -> list[DateMention]:
    """Return the dates in `text` (`_find_dates`): the same text read again with the same
    anchors (a sentence by the cases extractor, then by `brief tag`'s dates) is read once."""
    return list(_read_dates(str(text), published, anchor, day_anchor))


@lru_cache(maxsize=64)
def _read_dates(
    text: str, published: date | None, anchor: str | None, day_anchor: str | None
) -> tuple[DateMention, ...]:
    return tuple(_find_dates(text, published, anchor, day_anchor))


def _find_dates(
    text: str,
    published: date | None = None,
    anchor: str | None = None,
    day_anchor: str | None = None,
) -> list[DateMention]:
    """Return the dates in `text`, in reading order; with `published`, relative ones too; with
    `anchor` (the ISO date of the story's last dated event before `text`), those relative to it
    ("the next day", "hours later", "that night"); with `day_anchor` (the story's last day),
    days are counted from it when `anchor` is a year or a month of background."""
    found: list[tuple[int, int, str, bool]] = []  # sorted, disjoint; last: a period
    patterns: list[tuple[re.Pattern[str], Resolver]] = []
    if anchor and _THAT_YEAR_CUE.search(text):
        text = _Told(text, int(anchor[:4]))  # "In July of that year": the story's last year
    year = _ANY_YEAR.search(text) is not None
    cues = _cues(text) if year or published is not None else set()
    if year:
        patterns += [(pattern, _absolute) for cue, pattern in _ABSOLUTE if cue in cues or not cue]
    if published is not None:
        patterns += [(pattern, resolve) for cue, pattern, resolve in _RELATIVE if cue in cues]
    if (year or published is not None) and any(w in text for w in _HOLIDAY_CUES):
        patterns.insert(0, (_HOLIDAY, _holiday))  # before its year is read alone
    low = text.lower()
    if any(word in low for word in _ANAPHORIC_WORDS):
        # relative to the last day named before it in this text, else to the story's
        patterns.append((_ANAPHORIC, None))
    elif _LONG_COUNT.search(low):
        patterns.append((_COUNTED_NEAR, None))  # "three years after": the counts alone
    for pattern, resolve in patterns:
        if resolve is None:
            days = [(start, iso) for start, end, iso, _ in found if len(iso) == 10]
            ends = [end for start, end, iso, _ in found if len(iso) == 10]

            def resolve(match, text, _published, days=days, ends=ends):
                i = bisect_left(days, (match.start(), ""))
                apposed = bool(i) and bool(_APPOSED.fullmatch(text, ends[i - 1], match.start()))
                if (match.group("rel") or match.group("hours")) and not _counts_back(
                    text, match.start(), apposed, bool(i)
                ):
                    return None
                if not i and _LONG_UNIT.fullmatch(match.group("unit") or ""):
                    return None  # months or years from the story's day: too far to count from
                if match.group("rel") and (
                    _DATED_REST.match(text, match.end()) or _PLANNED_REST.match(text, match.end())
                ):
                    return None  # "four years after they filed suit in the summer of 2021"
                story = anchor
                if not match.group("then") and day_anchor and (not anchor or len(anchor) < 10):
                    story = day_anchor  # "two weeks earlier": from the story's last day, not
                    # from a year of background told since; "at the time": that year
                nearest = days[i - 1][1] if i else story
                return _from_anchor(match, nearest, text) if nearest else None

        # A pattern's own matches never overlap; a later pattern never claims text an earlier
        # one matched (an overlap test by bisection: a text may hold thousands of dates).
        starts = [start for start, *_ in found]
        new = []
        for match in pattern.finditer(text):
            start, end = _core(match)
            i = bisect_left(starts, end)
            if i and found[i - 1][1] > start:
                continue
            if i < len(starts) and starts[i] < end:
                continue
            if iso := resolve(match, text, published):
                new.append((start, end, iso, pattern in _PERIODS))
        found = sorted(found + new) if new else found
    return [_mention(text, *row) for row in _named_days(text, _shared_year(text, found))]


_RANGE_JOIN = re.compile(
    r"\s*(?:to|until|till|through|and(?:\s+again)?|-|–)\s*(?:(?:in|on)\s+)?", re.IGNORECASE
)
_YEAR_TOLD = re.compile(r"\d{4}|\byear\b", re.IGNORECASE)


def _shared_year(text: str, found: list[tuple[int, int, str, bool]]):
    """A day or a month without a year that opens a range or a pair whose end states one
    ("from 2 February to 27 March next year", "from Dec. 20 to Jan. 5, 2026", "in June and
    again in November last year") is in that year, or the one before when it falls later in the
    year than the end: the year said once serves both."""
    out = list(found)
    for k in range(len(out) - 1):
        (s1, e1, iso1, p1), (s2, e2, iso2, _) = out[k], out[k + 1]
        if len(iso1) not in (7, 10) or len(iso2) != len(iso1) or _YEAR_TOLD.search(text, s1, e1):
            continue
        if not _YEAR_TOLD.search(text, s2, e2) or not _RANGE_JOIN.fullmatch(text, e1, s2):
            continue
        year = int(iso2[:4]) - (iso1[5:] > iso2[5:])
        if year != int(iso1[:4]):
            out[k] = (s1, e1, f"{year:04d}{iso1[4:]}", p1)
    return out


# "on Wednesday, 25 June", "Tuesday Nov. 19": a weekday that names the day a date then gives
_WEEKDAY_ONLY = re.compile(rf"(?:{'|'.join(WEEKDAYS)})", re.IGNORECASE)
_APPOSITION = re.compile(r",?\s*|\s*\(\s*")  # (and "on Friday (Oct. 23)")
_ANY_DIGIT = re.compile(r"\d")
_APPOSED = re.compile(
    r"(?:\s+(?:night|morning|afternoon|evening))?\s*[,—–(]\s*(?:about\s+|just\s+|only\s+)?"
)
_COUNTED_FROM = re.compile(r"(?:after|before|later|earlier|ago)$", re.IGNORECASE)


def _named_days(text: str, found: list[tuple[int, int, str, bool]]):
    """A weekday right before a full date is that date's name, not a day of its own: one
    mention, from the weekday, dated by the date (which says more)."""
    out: list[tuple[int, int, str, bool]] = []
    for row in found:
        if (
            out
            and len(row[2]) == 10
            and _WEEKDAY_ONLY.fullmatch(text, out[-1][0], out[-1][1])
            and _APPOSITION.fullmatch(text, out[-1][1], row[0])
            and _ANY_DIGIT.search(text, row[0], row[1])  # a date, not "a day after"
            and not _COUNTED_FROM.search(text, row[0], row[1])  # nor "42 days after"
        ):
            end = (
                row[1] + 1
                if "(" in text[out[-1][1] : row[0]] and text[row[1] : row[1] + 1] == ")"
                else row[1]
            )
            out[-1] = (out[-1][0], end, row[2], row[3])
        else:
            out.append(row)
    return out


def _core(match: re.Match[str]) -> tuple[int, int]:
    """The date's own span: a month's lead-in ("in", "since") is left to `_mention`, which
    reads it as the date's preposition; "last", "early" stay part of the date."""
    mod = match.groupdict().get("mod")
    if mod and mod.lower() in _LEAD_WORDS and match.re is _MONTH_ALONE:
        return match.start("m"), match.end()
    return match.span()


_LEAD_WORDS = {"in", "since", "until", "by", "during", "from"}


def _past_form(clause: str, at: int) -> bool:
    """A past tense or a participle in `clause` after `at` ("caused", "found", "killed"); not
    an adjective right after a determiner or a number ("7,000 subsidised flats")."""
    return bool(_PAST_ED.search(clause, at)) or any(
        is_past_verb(w[0]) and not _ATTRIBUTIVE.search(clause, max(0, w.start() - 8), w.start())
        for w in _WORDS.finditer(clause, at)
    )


_ATTRIBUTIVE = re.compile(
    r"(?:\b(?:the|a|an|its|their|his|her|our|all|every|each|many|most|some|other|these|those)"
    r"|[\d%])\s$"
)  # ("of all affected districts": an adjective, no past verb)


def _future(text: str, start: int) -> bool:
    """The clause before the date (back to its last break, at most TENSE_WINDOW characters)
    schedules rather than reports. A break with nothing said after it ("on Wednesday, 25
    June": the same day twice) is no clause; nor is a verb coordinated without its own
    subject or tense ("will open next Monday and close on July 7": "will" governs both)."""
    window = text[max(0, start - TENSE_WINDOW) : start]
    if any(cue in window for cue in _AHEAD_CUES) and _AHEAD_OF.search(window):
        # "Oil prices rose on Monday, ahead of an OPEC+ meeting on Sunday", "will mail its
        # circular in April, ahead of a special meeting on May 14": what is prepared for has
        # not happened yet, whatever the tense of the clause before
        return True
    if _fronted_future(text, start):
        return True
    if "(" in window:  # "an extraordinary general meeting (EGM) on": a name's short form
        window = _SHORT_FORM.sub(lambda m: " " * len(m.group()), window)
    breaks = list(_CLAUSE_BREAK.finditer(window))
    while breaks:
        if (
            breaks[-1].group() == ","
            and _WITH_PHRASE.fullmatch(window, breaks[-1].end())
            and not _TOLD_BEFORE.search(window, breaks[-1].end())
        ):
            # "A first vote is set for Oct. 28, with the final vote Nov. 11", "plans to propose
            # a dividend …, up from 0.68 euros, at its annual general meeting on May 21": a
            # verbless phrase takes the tense of the clause it hangs on (blanked, so an aside
            # before it is read as one: ", up from 0.68 euros,")
            at = breaks.pop().end()  # (the comma kept: it closes the aside before it)
            window = window[:at] + " " * (len(window) - at)
            continue
        if not _SAYS.search(window, breaks[-1].end()) or (
            # "will receive an update, in most cases over the air, from December": an aside
            breaks[-1].group() == "," and _ASIDE.fullmatch(window, breaks[-1].end())
        ):
            breaks.pop()
            continue
        break
    if (
        breaks
        and breaks[-1].group().lower() in ("and", "or", "but")
        and (bare := _BARE_VERB.match(window, breaks[-1].end()))
        and not is_past_verb(bare.group(1))
        and not _past_in(window[breaks[-1].end() :])  # "… and police arrested two men on"
    ):
        breaks.pop()
    while (
        breaks
        and (
            (
                breaks[-1].group().lower() in ("and", "or")
                and (
                    _NAME_PAIR.match(window, breaks[-1].end())
                    or _NOUN_PAIR.fullmatch(window, breaks[-1].end())
                )
                and not _past_in(window[breaks[-1].end() :])
            )  # "flights between Denver and Reykjavik in May": names, not a clause; "will
            # adopt its budget and tax rate at a meeting Monday": nouns, no verb of their own
            or (
                breaks[-1].group().lower() in ("before", "after")
                and _PREPOSITION_OBJECT.match(window, breaks[-1].end())
                and not _past_in(window[breaks[-1].end() :])
            )  # "will testify before the committee on March 3": a preposition, not a clause
            or (
                breaks[-1].group().lower() == "that"
                and (noun := _THAT_NOUN.fullmatch(window, breaks[-1].end()))
                and not is_past_verb(noun.group(1))
            )  # "We will make that decision on 19 March": a determiner, not a clause
            or (
                breaks[-1].group().lower() == "and"
                and _NOUN_CONJUNCT.fullmatch(window, breaks[-1].end())
                and not _past_in(window[breaks[-1].end() :])
                and not any(w in IRREGULAR_PAST for w in window[breaks[-1].end() :].split())
                and not _told_after(text, start)
            )  # "would publish full-year results and new targets on 4 March": one object
            # (not "… and leaders of the EU on Friday agreed to …": the date's own verb after it)
        )
    ):
        breaks.pop()
    clause = window[breaks[-1].end() :] if breaks else window
    low = clause.lower()
    cue = _FUTURE.search(clause) if any(word in low for word in _FUTURE_WORDS) else None
    if cue is not None and len(clause) - cue.start() > NEAR_TENSE:
        cue = next(reversed(list(_FUTURE.finditer(clause))))  # the nearest cue to the date
    if cue is not None and _PLAN_OR_DUTY.match(cue.group()) and _TOLD_AS_PAST.search(text):
        # "The vote, scheduled to take place in March, was postponed", "The contract stipulated
        # that the builder should finish in June": a plan or a duty told in the past
        cue = None
    if cue is not None and len(clause) - cue.start() > NEAR_TENSE and _past_form(clause, cue.end()):
        # "will refund customers for the blackout caused by the ice storm on Monday": far from
        # the date, "will" governs it only when no past form comes between ("will present the
        # findings at the Conference on Physical Activity and Ageing in Lisbon on Sept. 23")
        cue = None
    if (
        cue is not None
        and _TIMETABLE_ONLY.fullmatch(cue.group())
        and (_past_in(clause) or _PAST_AUXILIARY.search(text, start, start + 40))
    ):
        # "Housing starts fell in May", "Housing starts in March were the weakest": a noun,
        # and the clause reports
        cue = None
    # "haven't yet qualified for the December debate"; not "have not yet named the victim
    # killed Monday", where the date is another past verb's
    if (
        cue is not None
        and "yet" in cue.group().lower()
        and len(_PAST_ED.findall(clause, cue.end())) > 1
    ):
        cue = None
    if (
        cue is None
        and (
            _DETERMINER.search(window) or (_SUBJECT_SO_FAR.search(window) and not _past_in(clause))
        )
        and (after := _TIMETABLE_AFTER.match(text, start))
    ):
        # "The Oct. 1 meeting begins at 6 p.m.": a date in the subject takes the tense of the
        # verb after its noun phrase
        cue = after
    if cue is None and _LISTED_FOR.search(clause):
        return True  # "posted the case for final hearing on December 9": the hearing is to come
    if (
        cue is None
        and (ordered := _ORDERED_TO.search(clause))
        and not _past_form(clause, ordered.end())
    ):
        # "which she ordered him to do on Jan. 9", "was told to report on Monday": what
        # someone is ordered to do is to come (unless said done since)
        return True
    if cue is None and _WOULD.search(clause) and _SAID.search(text, max(0, start - 200), start):
        # a future in the past ("said it would hold a vote on 14 November", "Aramco said on
        # Tuesday it would raise its supply … in April"): to come when it was said, perhaps
        # past by publication, so never firm (`_FIRM`): a yearless day is the nearer one
        return True
    return (
        cue is not None
        or _PLANNED.search(window) is not None
        or _IS_DATE.search(window) is not None
    )


# A date that opens its sentence, after a lead-in word at most ("On Friday, …", "Beginning
# November 1, …"), and its comma: a fronted adverbial, which takes the tense of the main clause
# after it ("On Friday, the council will vote")
_FRONTED_LEAD = re.compile(
    r"[\"“‘']?(?:(?:on|in|by|from|beginning|starting|as\s+of|until|come|effective)\s+"
    # "After the board's approval on Nov 28, …": an event's noun phrase and its day
    r"|(?:after|before|following|ahead\s+of|once)\s+(?:the|a|an|its|their|his|her)\s+"
    r"(?:[\w’'-]+\s+){0,4}?(?:(?:on|in|at)\s+)?)?",
    re.IGNORECASE,
)
_FRONTED_REST = re.compile(r"[^,.;:!?]{1,40},\s+(?P<main>[^,.;:!?]{1,120})")
FRONTED_REACH = 40  # characters from a sentence's start to a fronted date
# The main clause's own verb to come: "will", "is due to", "are set to", "is expected to" (not
# "could", "would": "On Monday, officials could not be reached" reports; nor a past copula)
_FIRM_FUTURE = re.compile(
    r"\b(?:will|shall)\b|['’]ll\b|\b(?:is|are)\s+(?:now\s+|still\s+|also\s+)?(?:due|set"
    r"|scheduled|slated|expected|poised|going)\s+to\b",
    re.IGNORECASE,
)
# what opens a clause inside the subject or after the main verb: "a man who is due to", "a law
# that will", "on hopes that OPEC will"
_INNER_CLAUSE = re.compile(
    r"\b(?:who|whom|whose|that|which|when|where|if|as|because|before|after|while|whether)\b",
    re.IGNORECASE,
)


def _fronted_future(text: str, start: int) -> bool:
    """The date opens its sentence and the main clause after it is to come: its verb a firm
    future (`_FIRM_FUTURE`) with no past form and no inner clause before it ("Beginning
    November 1, New Mexico will drop income limits"; not "On Friday, officials said they will
    appeal", "On Friday, oil prices rose on hopes that OPEC will curb output", "In July, a law
    that will cap rents was signed")."""
    lo = max(0, start - FRONTED_REACH)
    opens = [
        m.end() for m in _SENTENCE_START.finditer(text, lo, start + 2) if m.end() <= start
    ]  # (to past the date's first letter, which the sentence start looks ahead at)
    if not opens or not _FRONTED_LEAD.fullmatch(text, opens[-1], start):
        return False
    rest = _FRONTED_REST.match(text, start)
    if rest is None:
        return False
    main = rest.group("main")
    cue = _FIRM_FUTURE.search(main)
    if cue is None:
        return False
    return not (_INNER_CLAUSE.search(main, 0, cue.start()) or _tells_past(main[: cue.start()]))


def _told_after(text: str, start: int) -> bool:
    """A past verb in the words right after the date, before any comma ("on Friday agreed to
    extend sanctions"): the date's clause tells its own past."""
    after = text[start : start + 60].split(",", 1)[0]
    return _tells_past(after.split(None, 1)[1] if " " in after.strip() else "")  # (the date's
    # first word is no verb)


def _tells_past(clause: str) -> bool:
    """A past form in `clause` (`_past_form`), a past auxiliary, or an irregular past that is a
    noun as often ("rose", "hit", "beat"): where a clause of its own is sure, it tells the past;
    not an adjective after a determiner ("the revised estimate"), nor a name ("the Fed")."""
    return (
        _PAST_AUXILIARY.search(clause) is not None
        or _past_form(clause, 0)
        or any(
            w.group() in IRREGULAR_PAST
            and not _ATTRIBUTIVE.search(clause, max(0, w.start() - 8), w.start())
            for w in _LOWER_WORD.finditer(clause)
        )
    )


_LOWER_WORD = re.compile(r"(?<![\w’'])[a-z]+\b")  # a word in lower case (not the end of "Fed")


# Holidays on a fixed day of the calendar: "on Christmas Day 2021", "on Boxing Day", "on New
# Year's Eve". "Christmas" alone only after a preposition of time ("on Christmas", "over
# Christmas"): "the Christmas shopping season" is no day. Moveable feasts (Easter,
# Thanksgiving) and national days whose date depends on the country are not read.
_HOLIDAYS = {
    "christmas day": (12, 25), "christmas eve": (12, 24), "christmas night": (12, 25),
    "christmas morning": (12, 25), "christmas": (12, 25), "boxing day": (12, 26),
    "new year's day": (1, 1), "new year's eve": (12, 31), "valentine's day": (2, 14),
    "halloween": (10, 31), "the fourth of july": (7, 4), "bastille day": (7, 14),
    "st patrick's day": (3, 17), "st. patrick's day": (3, 17), "armistice day": (11, 11),
    "remembrance day": (11, 11), "veterans day": (11, 11),
}  # fmt: skip
_HOLIDAY_CUES = (
    "Christmas", "Boxing", "New Year", "Valentine", "Halloween", "Fourth of July", "Bastille",
    "Patrick", "Armistice", "Remembrance", "Veterans",
)  # fmt: skip
_HOLIDAY = re.compile(
    r"(?P<h>Christmas\s+(?:Day|Eve|night|morning)|(?:(?<=\bon\s)|(?<=\bat\s)|(?<=\bover\s)|(?<=\buntil\s)|(?<=\bby\s)|(?<=\bsince\s))"
    r"Christmas(?!\s+[a-z]|-)"
    r"|Boxing\s+Day|New\s+Year['’]s\s+(?:Day|Eve)|Valentine['’]s\s+Day|Halloween(?!\s+[a-z]|-)"
    r"|the\s+Fourth\s+of\s+July|Bastille\s+Day|St\.?\s+Patrick['’]s\s+Day|Armistice\s+Day"
    r"|Remembrance\s+Day|Veterans\s+Day)(?!['’]s)\b(?:,?\s+(?P<y>(?:19|20)\d\d)\b)?"
)


def _holiday(match: re.Match[str], text: str, published: date | None) -> str | None:
    """A fixed holiday: its day in the year written, else by tense from publication."""
    name = " ".join(match.group("h").lower().replace("’", "'").split())
    month, day = _HOLIDAYS[name]
    if match.group("y"):
        return date(int(match.group("y")), month, day).isoformat()
    if published is None:
        return None
    future = _future(text, match.start())
    for year in (published.year, published.year + 1 if future else published.year - 1):
        when = date(year, month, day)
        if (when >= published) if future else (when <= published):
            return when.isoformat()
    return None


# "on Aug. 9 of that year", "in May of the same year": the year the text last named
_THAT_YEAR = re.compile(
    r",?\s+(?:of\s+)?(?:(?P<same>that|the\s+same|that\s+same)|the\s+(?P<shift>following|next"
    r"|previous|preceding))\s+year\b",
    re.I,
)
_SHIFT = {"following": 1, "next": 1, "previous": -1, "preceding": -1}
_NAMED_YEAR = re.compile(r"(?<![\d,.$€£-])\b(?:1[89]|20)\d\d\b(?![.,]?\d)")


class _Told(str):
    """A text read after others: `year` is the year of the story's last dated event before it,
    which "of that year" points back to when the text itself names none."""

    year: int

    def __new__(cls, text: str, year: int) -> _Told:
        told = super().__new__(cls, text)
        told.year = year
        return told


_THAT_YEAR_CUE = re.compile(r"\b(?:that|same|following|next|previous|preceding)\s+year\b", re.I)


def _that_year(match: re.Match[str], text: str) -> int | None:
    """The year "of that year" (or "of the following year") after `match` points back to: the
    last year written before it in the text (or the one after or before it), else the year of
    the story's last dated event before the text (`_Told`), or 0 where neither is known (the
    date is then not resolved, never guessed); None where none follows."""
    that = _THAT_YEAR.match(text, match.end())
    if not that:
        return None
    year = _last_named_year(match, text)
    if not year:
        return 0
    # "took office on Jan. 3 of the following year": the year after the one last named
    return year + (_SHIFT[that.group("shift").lower()] if that.group("shift") else 0)


def _last_named_year(match: re.Match[str], text: str) -> int:
    """The last year written before `match` (within 600 characters), else the year of the
    story's last dated event before the text (`_Told`), else 0."""
    years = _NAMED_YEAR.findall(text, max(0, match.start() - 600), match.start())
    if years:
        return int(years[-1])
    return text.year if isinstance(text, _Told) else 0


# A sentence that opens on its year: "In 2019, …", "Last year, …" (then a comma)
_FRAME_YEAR = re.compile(
    r"(?:In\s+(?P<y>(?:1[89]|20)\d\d)|(?P<rel>Last|This)\s+year)\s*,\s", re.IGNORECASE
)
_SENTENCE_START = re.compile(r"(?:^|[.!?][\"”’']?\s+)(?=[\"“‘']?[A-Z])")


def _framed_year(match: re.Match[str], text: str, published: date) -> int | None:
    """The year a sentence opens on, for a month without one later in it ("Last year, a bill
    died when the session ended in April": April of last year); None for a month to come
    ("In 2019, it said it will list in April" is no April of 2019)."""
    lo = max(0, match.start() - 300)
    starts = [m.end() for m in _SENTENCE_START.finditer(text, lo, match.start())]
    if not starts or (starts[-1] == lo and lo > 0):
        return None
    frame = _FRAME_YEAR.match(text, starts[-1], match.start())
    if frame is None or _future(text, match.start()):
        return None
    if frame.group("y"):
        return int(frame.group("y"))
    return published.year - (frame.group("rel").lower() == "last")


def _month_day(match: re.Match[str], text: str, published: date) -> str | None:
    """ "Oct. 3", "3 October": the latest such day on or before publication, or for a
    scheduled event the next on or after it; "of that year": the year last named."""
    month = MONTH_NUMBERS[match.group("m").rstrip(".").lower()]
    day = int(match.group("d"))
    if (year := _that_year(match, text)) is not None:
        return f"{year}-{month:02d}-{day:02d}" if year and _valid(year, month, day) else None
    if (year := _framed_year(match, text, published)) and _valid(year, month, day):
        return f"{year}-{month:02d}-{day:02d}"  # "In 2019, … ended on April 3"
    if named := _DAY_NAMED.search(text, max(0, match.start() - 14), match.start()):
        # "Thursday, June 13": the calendar says which year, whatever the tense
        wanted = WEEKDAYS.index(named.group(1).capitalize())
        years = [
            y
            for y in (published.year - 1, published.year, published.year + 1)
            if _valid(y, month, day) and date(y, month, day).weekday() == wanted
        ]
        if len(years) == 1 and abs((date(years[0], month, day) - published).days) <= 183:
            return date(years[0], month, day).isoformat()  # (news tells of its own half-year)
    future = _future(text, match.start())
    if future and not _FIRM.search(text, max(0, match.start() - TENSE_WINDOW), match.start()):
        # "an increase planned for Oct. 15", "scheduled for Dec. 12": a plan may lie either
        # side of publication; the nearer day is meant (news does not plan a year ahead
        # without saying so)
        return _nearest(published, month, day)
    if not future and _present_only(text, match.start(), match.end()):
        # "The Budget on 26 November is the moment to act": a sentence in the present, with
        # no past form before the day, neither reports nor schedules it; the nearer day
        return _nearest(published, month, day)
    for year in (published.year, published.year + 1 if future else published.year - 1):
        try:
            when = date(year, month, day)
        except ValueError:
            return None
        if (when >= published) if future else (when <= published):
            return when.isoformat()
    return None


_LISTING = (
    r"\b(?:posted|listed|fixed|adjourned|deferred|postponed|put\s+off|put\s+down)\b[^.;]{0,60}?"
    r"\b(?:for|to|till|until)\s"
)
_LISTED_FOR = re.compile(
    _LISTING + r"+(?:the\s+|a\s+|its\s+)?(?:[a-z]+\s+){0,2}?"
    r"(?:hearing|trial|judgment|ruling|sentencing|arguments|vote|debate|meeting|session)?"
    r"(?:\s+(?:on|at|in))?\s*$"
)


def listed_for(clause: str) -> bool:
    """ "posted the case for final hearing on": a court's or a body's listing sets a day to come
    (for cases: a scheduled event, not a prediction)."""
    return _LISTED_FOR_ANY.search(clause) is not None


_LISTED_FOR_ANY = re.compile(_LISTING)
_ORDER = (
    r"(?:\b(?:ordered|told|directed|required|instructed|summoned)"
    # an appeal the writer makes now: what it asks for is to come ("We urge the Chancellor to
    # use the Spring Statement on 3 March"; not "Police are urging witnesses to come forward
    # after the stabbing on Saturday", where the day is the stabbing's)
    r"|(?<=\b[Ww]e\s)(?:urge|call\s+on|ask))\s+"
    # whom, with no clause of its own between ("told the BBC he hopes to return": his hope)
    r"(?:(?!(?:he|she|it|they|we|I|you|that|the\s+company|hopes?|expects?|plans?|wants?"
    r"|intends?|aims?|is|are|was|were|would|will|had|has)\b)[\w’']+\s+){0,5}?to\s+"
    r"(?!have\b)[a-z]+\b"
)
_ORDERED_TO = re.compile(
    _ORDER + r"(?=(?:\s+(?!(?:after|since|following|when)\b)[\w’',.-]+){0,6}\s*$)"
)  # (not "… to come forward after the stabbing on Saturday": the day another event's)
_ORDERED_ANY = re.compile(_ORDER)


def ordered_to(clause: str) -> bool:
    """ "summoned the minister to appear before them on Thursday": what someone is ordered to
    do is to come (for cases: scheduled, not a prediction)."""
    return _ORDERED_ANY.search(clause) is not None


# ("Thursday, June 13", "Friday (Oct. 23)")
_DAY_NAMED = re.compile(rf"\b({'|'.join(WEEKDAYS)})(?:,?\s+(?:the\s+)?|\s*\(\s*)$", re.IGNORECASE)


def _valid(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _nearest(published: date, month: int, day: int) -> str | None:
    candidates = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    if not candidates:
        return None
    return min(candidates, key=lambda d: (abs((d - published).days), d)).isoformat()


def _weekday_of_week(match: re.Match[str], text: str, published: date) -> str | None:
    """ "on Thursday next week": the Thursday of the week after publication's (weeks start on
    Monday); "Friday last week": of the week before."""
    monday = published - timedelta(days=published.weekday())
    step = 7 if match.group("week").lower() == "next" else -7
    return (monday + timedelta(days=step + WEEKDAYS.index(match.group("w")))).isoformat()


# a day's name before a weekday: "Black Friday", "Cyber Monday", "Good Friday", "Ash Wednesday"
_NAMED_DAY = re.compile(
    r"(?:Black|Cyber|Good|Holy|Ash|Super|Bloody|Palm|Maundy|Easter|Shrove|Giving|Blue)\s$"
)


def _weekday_week(match: re.Match[str], text: str, published: date) -> str | None:
    """ "Sunday week": a week after the coming Sunday (said on a Sunday, a week today); the date
    written after it, when there is one, says which."""
    if _NAMED_DAY.search(text, max(0, match.start() - 8), match.start()):
        return None  # "Black Friday week": a season's name
    month = MONTH_NUMBERS.get((match.group("wm") or match.group("wm2") or "").lower())
    if month:
        day = int(match.group("wd") or match.group("wd2"))
        for year in (published.year, published.year + 1):
            if _valid(year, month, day) and date(year, month, day) >= published:
                return date(year, month, day).isoformat()
    target = WEEKDAYS.index(match.group("w"))
    ahead = (target - published.weekday()) % 7
    return (published + timedelta(days=ahead + 7)).isoformat()


def _weekday(match: re.Match[str], text: str, published: date) -> str | None:
    """ "on Tuesday", "last Friday", "next Monday"; "on Mondays" is a habit, not a day; "Black
    Friday", "Good Friday" are named days, not the weekday."""
    if _NAMED_DAY.search(text, max(0, match.start("w") - 8), match.start("w")):
        return None
    target = WEEKDAYS.index(match.group("w"))
    mod = (match.group("mod") or "").lower()
    if match.group(0).endswith("s") and not mod:
        return None
    future = mod in ("next", "coming") or (mod != "last" and _future(text, match.start()))
    if future:
        ahead = (target - published.weekday()) % 7 or (7 if mod == "next" else 0)
        return (published + timedelta(days=ahead)).isoformat()
    back = (published.weekday() - target) % 7 or (7 if mod in ("last", "past") else 0)
    return (published - timedelta(days=back)).isoformat()


_DAY_WORDS = {
    "yesterday": -1,
    "last night": -1,  # news: the evening before publication
    "today": 0,
    "tonight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "tomorrow": 1,
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
    "a week today": 7,
    "a week tomorrow": 8,
    "a fortnight today": 14,
}


def _weekend(match: re.Match[str], text: str, published: date) -> str:
    """ "over the weekend", "last weekend", "this weekend": the month of that weekend's Saturday
    (the text names no day), the one before publication unless the clause schedules it."""
    mod = (match.group("mod") or "").lower()
    future = mod in ("next", "coming") or (mod == "this" and _future(text, match.start()))
    if future:
        saturday = published + timedelta(days=(5 - published.weekday()) % 7 or 7)
    else:
        saturday = published - timedelta(days=(published.weekday() - 5) % 7 or 7)
    return saturday.isoformat()[:7]


def _recent(match: re.Match[str], text: str, published: date) -> str:
    """ "in recent days", "over the past few days": the month of the days just before it;
    "in recent weeks", "in the past few months": only their year is sure (weeks may reach into
    the month before)."""
    unit = match.group("u").lower()
    if unit == "days":
        return (published - timedelta(days=3)).isoformat()[:7]
    return str((published - timedelta(days=14 if unit == "weeks" else 60)).year)


def _word_day(match: re.Match[str], text: str, published: date) -> str:
    word = " ".join(match.group("w").lower().split())
    days = _DAY_WORDS[word]
    if word.startswith(("a week", "a fortnight")) and _SINCE_AFTER.match(text, match.end()):
        days = -days  # "It is a week today since the floods": a week ago
    return (published + timedelta(days=days)).isoformat()


_SINCE_AFTER = re.compile(r"\s+since\b")


def _unit(match: re.Match[str], text: str, published: date) -> str | None:
    """ "last week", "earlier this month", "next year"; not "the last year before COVID-19",
    "its last year of operation": the year of a span, said by what bounds it."""
    if _SPAN_OWNER.search(text, max(0, match.start() - 6), match.start()) and _SPAN_BOUND.match(
        text, match.end()
    ):
        return None
    mod = match.group("mod").lower().split()[0]
    step = {"last": -1, "past": -1, "next": 1}.get(mod, 0)
    return _shifted(published, match.group("u"), step)


_SPAN_OWNER = re.compile(r"\b(?:the|its|their|his|her)\s+$", re.IGNORECASE)
_SPAN_BOUND = re.compile(r"\s+(?:before|of|when|that|in\s+which|in\s+office)\b")


def _relative_quarter(match: re.Match[str], text: str, published: date) -> str:
    """ "last quarter" in an article of 23 Oct 2025: July 2025, the quarter's first month
    (`GUIDE.md`: a range takes its first month)."""
    step = {"last": -1, "previous": -1, "next": 1}.get(match.group("mod").lower(), 0)
    index = published.year * 4 + (published.month - 1) // 3 + step
    return f"{index // 4}-{index % 4 * 3 + 1:02d}"


def _ago(match: re.Match[str], text: str, published: date) -> str:
    """ "three days ago", "a year ago"."""
    n = match.group("n").lower()
    count = int(n) if n.isdigit() else UNITS.get(n, 1)  # "a", "an": one
    unit = match.group("u").lower()
    if unit == "decade":  # "a decade ago": the year ten years before, no finer
        return str(published.year - 10 * count)
    return _shifted(published, unit, -count)


# "loans payable in three years", "bonds maturing in 10 years": a term, how long, not when
REPAID_IN = re.compile(
    r"\b(?:(?:re)?payable|repaid|paid\s+back|paid\s+off)\s+(?:with)?in\s+(?:(?:about|around|some)\s+)?$"
    r"|\b(?:matur(?:e|es|ing)|redeemable|amorti[sz]ed)\s+in\s+$",
    re.IGNORECASE,
)


def _in_time(match: re.Match[str], text: str, published: date) -> str | None:
    """ "in three days", "in two weeks" in a clause that schedules: that many units after
    publication, as precise as the unit says; None in a clause that does not schedule."""
    if REPAID_IN.search(text, max(0, match.start() - 30), match.start("n")):
        return None
    if not _FIRM.search(text, max(0, match.start() - TENSE_WINDOW), match.start()) or not _future(
        text, match.start()
    ):
        return None
    n = match.group("n").lower()
    count = int(n) if n.isdigit() else UNITS.get(n, 1)  # "a", "an": one
    return _shifted(published, match.group("u").lower(), count)


def _month_of_year(match: re.Match[str], text: str, published: date) -> str:
    """ "May of this year", "March of last year"."""
    number = MONTH_NUMBERS[match.group("m").rstrip(".").lower()]
    step = {"last": -1, "next": 1}.get(match.group("mod"), 0)
    return f"{published.year + step}-{number:02d}"


def _that_month(match: re.Match[str], text: str, published: date) -> str | None:
    """ "that December": the month in the year last written before it (else the story's last
    year, `_Told`); None where neither is known."""
    year = _last_named_year(match, text)
    number = MONTH_NUMBERS[match.group("m").rstrip(".").lower()]
    return f"{year}-{number:02d}" if year else None


def _day_of_year(match: re.Match[str], text: str, published: date) -> str | None:
    """ "on 3 March last year", "Nov. 12 next year": the day in the year the words name."""
    month = MONTH_NUMBERS[match.group("m").rstrip(".").lower()]
    year = published.year + {"last": -1, "next": 1}.get(match.group("mod"), 0)
    day = int(match.group("d"))
    return f"{year}-{month:02d}-{day:02d}" if _valid(year, month, day) else None


_NOT_A_NAME = frozenset(
    "in at on by during since until after before last next this early late mid the a of".split()
)


def _owning_month(match: re.Match[str], text: str, published: date) -> str | None:
    """ "October’s conference": the month by tense; None after a capitalised word, where the
    month is a name ("Theresa May’s", "Sen. May’s")."""
    if match.group("m") == "May":
        return None  # "May’s deal": the name is likelier than the month
    before = text[max(0, match.start() - 30) : match.start()].split()
    if before and before[-1][:1].isupper() and before[-1].lower() not in _NOT_A_NAME:
        return None
    return _month(match, text, published)


def _month(match: re.Match[str], text: str, published: date) -> str | None:
    """ "in March", "last December", "early June": by modifier, else by tense; "in May of that
    year": the year last named."""
    number = MONTH_NUMBERS[match.group("m").rstrip(".").lower()]
    mod = (match.groupdict().get("mod") or "").lower().rstrip("-")
    if mod not in ("last", "next", "this") and (year := _that_year(match, text)) is not None:
        return f"{year}-{number:02d}" if year else None
    if mod not in ("last", "next", "this") and (year := _framed_year(match, text, published)):
        return f"{year}-{number:02d}"
    if mod == "last":
        year = published.year if number < published.month else published.year - 1
    elif mod == "next":
        year = published.year if number > published.month else published.year + 1
    elif mod != "this" and _future(text, match.start()):
        year = published.year if number >= published.month else published.year + 1
    else:
        year = published.year if number <= published.month else published.year - 1
    return f"{year}-{number:02d}"


_SEASON_START = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}


def _season(match: re.Match[str], text: str, published: date) -> str:
    """ "last spring": the latest spring begun before publication; "next winter" the next one
    to begin; "this summer", "in the fall" by tense; dated to the season's first month."""
    start = _SEASON_START[match.group("s").lower()]
    mod = match.group("mod").lower().split()[0]
    begun = start <= published.month
    if mod == "last":
        year = published.year if start < published.month else published.year - 1
    elif mod == "next" or (mod != "this" and _future(text, match.start())):
        year = published.year if not begun else published.year + 1
    elif mod == "this":
        # "this winter" in January to March is the winter begun last December; a season not
        # yet begun is this year's if the clause schedules it, else the last one
        if begun:
            year = published.year
        elif start == 12 and published.month <= 3:
            year = published.year - 1
        else:
            year = published.year if _future(text, match.start()) else published.year - 1
    else:
        year = published.year if begun else published.year - 1
    return f"{year}-{start:02d}"


def _attributive_month(match: re.Match[str], text: str, published: date) -> str | None:
    """ "the December debate": only after a determiner (`_DETERMINED`), resolved as "in
    December" is (by tense)."""
    if not _DETERMINED.search(text, max(0, match.start() - 30), match.start()):
        return None
    return _month(match, text, published)


def _absolute(match: re.Match[str], text: str, published: date | None) -> str | None:
    if _PHONE_GROUP.match(text, match.end()) and match.group().isdigit():
        return None  # "call 1900 555 010": a year's digits in a phone number
    if match.re is _MONTH_RANGE:
        first = MONTH_NUMBERS[match.group("m").rstrip(".").lower()]
        last = MONTH_NUMBERS[match.group("m2").rstrip(".").lower()]
        year = int(match.group("y")) - (first > last)  # "December to February 2020": 2019-12
        return f"{year}-{first:02d}"
    if match.re is _QUARTER:
        n = int(match.group("qd")) if match.group("qd") else _ORDINALS[match.group("qn").lower()]
        months = 6 if match.group("qu") and match.group("qu").lower() == "half" else 3
        return f"{match.group('y')}-{(n - 1) * months + 1:02d}"
    if match.re is _SEASON_YEAR:
        return f"{match.group('y')}-{_SEASON_START[match.group('s').lower()]:02d}"
    if match.re is _NUMERIC_DATE:
        if _VERSION_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            return None  # "Version 1.2.2024", "Section 3.1.2020": a number's parts
        a, b, year = int(match.group("a")), int(match.group("b")), int(match.group("y"))
        if match.group("sep") == "." or b <= 12 < a:
            day, month = a, b
        elif a <= 12 < b:
            day, month = b, a
        else:
            return None  # "04/05/2024": either order
        return f"{year}-{month:02d}-{day:02d}" if _valid(year, month, day) else None
    return _iso(match)


_PHONE_GROUP = re.compile(r"(?: \d{3,4}){2}\b(?![.,]\d)| 0\d{2,3}\b")


# The words each date pattern cannot match without (a necessary condition, loose: "night"
# for "last night"): read from the sentence's words in one pass and a table, so a sentence with
# none of them (most sentences) is not searched by the patterns at all. Month and weekday
# names count only capitalised, as the patterns read them.
_WORD = re.compile(r"[A-Za-z]+")
_CASED_CUES = {
    **{m: "month" for m in (*_FULL_MONTHS.split("|"), *_SHORT_MONTHS.split("|"))},
    **{w + s: "weekday" for w in WEEKDAYS for s in ("", "s")},
}
_CUE_WORDS = {
    **dict.fromkeys(
        "yesterday today tomorrow tonight night morning afternoon evening".split(), "day"
    ),
    "weekend": "weekend",
    **{u + s: "unit" for u in ("day", "week", "month", "year", "decade") for s in ("", "s")},
    **dict.fromkeys("spring summer fall autumn winter".split(), "season"),
    **dict.fromkeys(("fy", "fiscal"), "fiscal"),
    **dict.fromkeys(("quarter", "half", "q"), "quarter"),
    "from": "from",
    "ago": "ago",
}
_RANGE_MARKS = ("-", "–", "thr")  # a year range's dash, "through" or "thru"


def _cues(text: str) -> set[str]:
    """The cues (`_ABSOLUTE`, `_RELATIVE`) that `text` holds."""
    cues = {_CASED_CUES.get(word) or _CUE_WORDS.get(word.lower()) for word in _WORD.findall(text)}
    if any(mark in text for mark in _RANGE_MARKS):
        cues.add("range")
    return cues


_RELATIVE: tuple[tuple[str, re.Pattern[str], Resolver], ...] = (
    # "on 3 March last year", "Nov. 12 next year", then "May of this year", "in July last
    # year" (before "this year" is read alone)
    (
        "month",
        re.compile(rf"\b{_MONTH}\s+{_DAY}{_AND_DAY},?\s+(?P<mod>this|last|next)\s+year\b(?!['’]s)"),
        _day_of_year,
    ),
    (
        "month",
        re.compile(
            rf"\b{_DAY}{_AND_DAY}\s+(?:of\s+)?{_MONTH},?\s+(?P<mod>this|last|next)\s+year\b(?!['’]s)"
        ),
        _day_of_year,
    ),
    (
        "month",
        re.compile(rf"\b{_MONTH_NAME}\s+(?:of\s+)?(?P<mod>this|last|next)\s+year\b(?!['’]s)"),
        _month_of_year,
    ),
    # "from 12 to 21 June": a range of days, dated by its first (`GUIDE.md`)
    (
        "from",
        re.compile(
            rf"(?<=\b[Ff]rom\s){_DAY}\s*(?:to|until|through|[-–])\s*[0-3]?\d(?:st|nd|rd|th)?\s+"
            rf"(?:of\s+)?{_MONTH}(?!,?\s+(?:1[89]|20)\d\d)(?!\w)"
        ),
        _month_day,
    ),
    # "on Sunday week" (British and Irish): the Sunday after the coming one, however the
    # date after it is written ("on Sunday week, November 30")
    (
        "weekday",
        re.compile(
            rf"\b(?P<w>{'|'.join(WEEKDAYS)})\s+week\b(?!['’]s)"
            r"(?:,\s+(?P<wm>[A-Z][a-z]{2,8})\.?\s+(?P<wd>\d{1,2})(?:st|nd|rd|th)?\b"
            r"|,\s+(?P<wd2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<wm2>[A-Z][a-z]{2,8})\b)?"
        ),
        _weekday_week,
    ),
    ("month", _DAY_RANGES_ALONE[0], _month_day),
    ("month", _DAY_RANGES_ALONE[1], _month_day),
    ("month", re.compile(rf"\b{_MONTH}\s+{_DAY}(?![\d,]*\s*(?:1[89]|20)\d\d)(?!\w)"), _month_day),
    (
        "month",
        re.compile(rf"\b{_DAY}{_AND_DAY}\s+(?:of\s+)?{_MONTH}(?!,?\s+(?:1[89]|20)\d\d)(?!\w)"),
        _month_day,
    ),
    # "on Thursday next week", "Friday last week": that week's day
    (
        "weekday",
        re.compile(rf"\b(?P<w>{'|'.join(WEEKDAYS)})\s+(?P<week>next|last)\s+week\b"),
        _weekday_of_week,
    ),
    (
        "weekday",
        re.compile(
            r"\b(?:(?P<mod>last|next|this|past|coming)\s+)?"
            rf"(?P<w>{'|'.join(WEEKDAYS)})s?\b"
        ),
        _weekday,
    ),
    # Not the noun: "where tomorrow is realized", "today's children", "the world of today".
    (
        "day",
        re.compile(
            r"\b(?<!\bof\s)(?<!\bthan\s)(?<!\bwhere\s)(?<!\bthe\s)(?<!\bThe\s)(?<!\bhis\s)"
            r"(?<!\bher\s)(?<!\btheir\s)(?<!\bour\s)(?<!\bmy\s)(?<!\bits\s)(?<!\ba\s)"
            r"(?<!\bone\s)(?<!\bthis\s)(?<!\byour\s)"
            r"(?P<w>[Tt]he\s+day\s+before\s+yesterday|[Tt]he\s+day\s+after\s+tomorrow"
            r"|a\s+week\s+(?:today|tomorrow)|a\s+fortnight\s+today"  # (British: a week from today)
            r"|[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight|[Ll]ast\s+night"
            r"|[Tt]his\s+(?:morning|afternoon|evening))\b"
            # not "today's children"; "Yesterday's vote", "tomorrow's final" name an event's day
            r"(?!(?<=[Tt]oday)['’]s|(?<=[Tt]omorrow)['’]s|(?<=morning)['’]s|(?<=afternoon)['’]s"
            r"|(?<=evening)['’]s"
            r"|\s+and\s+tomorrow\b)"
        ),
        _word_day,
    ),
    (
        "weekend",
        re.compile(
            r"\b(?:(?:[Oo]ver|[Dd]uring|[Oo]n|[Aa]t)\s+the\s+weekend|"
            r"(?P<mod>[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast|[Cc]oming)\s+weekend)\b"
        ),
        _weekend,
    ),
    (
        "unit",
        re.compile(
            r"\b(?:in|over|during)\s+(?:the\s+)?(?:recent|past|last)\s+(?:few\s+|several\s+)?"
            r"(?P<u>days|weeks|months)\b",
            re.IGNORECASE,
        ),
        _recent,
    ),
    (
        "unit",
        re.compile(
            # not "the previous week", "the following week": anaphoric, relative to the story's
            # last date rather than the publication's (`_ANAPHORIC`)
            r"\b(?P<mod>(?:[Ee]arlier|[Ll]ater)\s+this|[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast)"
            r"\s+(?P<u>week|month|year)\b"
        ),
        _unit,
    ),
    # "last quarter", "this quarter", "next quarter": a calendar quarter, as its first month
    (
        "quarter",
        re.compile(r"\b(?P<mod>[Ll]ast|[Nn]ext|[Tt]his|[Pp]revious)\s+quarter\b(?!['’]s)"),
        _relative_quarter,
    ),
    ("ago", re.compile(rf"(?i:\b{_NUMBER}\s+(?P<u>day|week|month|year|decade)s?\s+ago\b)"), _ago),
    # "will vote in two weeks", "is set to open in three days": from publication, when the
    # clause schedules (in the past or a habit, "in three days" is how long something took)
    (
        "unit",
        re.compile(
            # (not "for the first time in six years", "the worst in 20 years": a span back)
            rf"(?i:\bin(?<!\btime\sin)(?<!\bfirst\sin)(?<!\bwithin\sin)"
            rf"(?<!\bhighest\sin)(?<!\blowest\sin)(?<!\bworst\sin)(?<!\bbest\sin)"
            rf"\s+(?:(?:about|around|just|roughly|some)\s+)?{_NUMBER}"
            r"\s+(?P<u>day|week|month|year)s?\b(?:['’]\s+time\b)?)"
            r"(?!['’]|\s+(?:of|after|before|since)\b|\s+from\s+(?!now\b))"
        ),
        _in_time,
    ),
    # "arrive in July 2031 and make its first pass that December": the month of the year named
    ("month", re.compile(rf"\b[Tt]hat\s+{_MONTH_NAME}(?!\s*\d)(?!\w)"), _that_month),
    ("month", _MONTH_ALONE, _month),
    # "the December debate", "a key September conversation": a month alone before a noun,
    # after a determiner (and at most one adjective); never "May" (the modal, a name)
    ("month", _ATTRIBUTIVE_MONTH, _attributive_month),
    # "last spring", "this summer", "in the fall" (not "the fall of Rome"): the season's year
    (
        "season",
        re.compile(
            r"\b(?P<mod>[Ll]ast|[Tt]his|[Nn]ext|[Ee]arly|[Ll]ate|(?:[Ii]n|[Dd]uring|[Oo]ver)\s+the)"
            r"\s+(?:early\s+|late\s+)?(?P<s>spring|summer|fall|autumn|winter)\b"
            r"(?!\s+(?:of|in|to|from|by)\b)"  # "the late fall in prices" is no season
        ),
        _season,
    ),
    # "October’s conference": a month that owns a noun, unless a name's ("Theresa May’s")
    ("month", re.compile(rf"\b{_MONTH_NAME}(?=['’]s\s)"), _owning_month),
)


# Dates relative to the story's last date, not to publication: "at the time", "that day",
# "later that night", "the day's", "hours later", "the next day", "a day earlier", "two days
# later", "the previous week". Only with an anchor (`find_dates`), and those counted in days
# only from a day; "the day before the vote", "at the time of the call", "a quarter of the
# day's calories" are another event's or none, and "36 hours later" may be another day.
# The words `_ANAPHORIC` cannot match without (each of its phrases holds one), lower case.
_ANAPHORIC_WORDS = (
    "time", "day", "morning", "afternoon", "evening", "night", "hours", "week", "days",
)  # fmt: skip
# months and years count only from a day ("three years after", "a year later"): read them for
# `_ANAPHORIC` with a word of counting, as most sentences with "year" count nothing
_LONG_COUNT = re.compile(r"\b(?:months?|years?)\s+(?:later|earlier|after|before)\b")
# A count of units before or after a day: `_ANAPHORIC`'s and `_COUNTED`'s one form.
_COUNT = (
    # (not "3.1 days after", a median's decimals; nor "22 months later than planned", a delay)
    r"(?<![\d.])(?P<cnt>a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|\d{{1,3}})\s+(?P<unit>{units})\s+(?:(?P<dir>later|earlier)(?!\s+than\b)"
    r"|(?P<rel>after|before)(?=\s+[a-z]))"
)
_ANAPHORIC = folded(
    r"\b(?:(?P<then>at\s+the\s+time(?!\s+of\b))|(?P<same>(?:(?:earlier|later)\s+)?(?:that(?:\s+same)?"
    r"|the\s+same)"
    r"\s+(?:day|morning|afternoon|evening|night)"
    r"|(?<!\bof\s)the\s+day['’]s"
    r"|(?:(?:a\s+)?(?:few|couple(?:\s+of)?|several|two|three)\s+)?hours\s+"
    r"(?:later|earlier))"
    r"|(?P<next>the\s+(?:next|following)\s+(?:day|morning|afternoon|evening|night)"
    r"|a\s+(?:day|night)\s+later)"
    r"|(?P<prev>the\s+(?:previous|prior)\s+(?:day|morning|evening|night)"
    r"|a\s+day\s+(?:earlier|before)|the\s+day\s+before(?=\s*[,.;:!?)—]|$))"
    # "two days later"; "resigned on Friday, a day after the newspaper published …": the clause
    # after "after" happened that many days before the day just named ("hours after": the same
    # day). One alternative for both, as each is tried at every word.
    r"|" + _COUNT.format(units=r"days?|weeks?|months?|years?") +
    # (not "in the hours before he died": a span before that clause's own time)
    r"|(?P<hours>(?<!\bthe\s)(?:(?:a\s+)?(?:few|couple(?:\s+of)?|several|two|three)\s+)?hours"
    r"\s+(?:after|before)"
    r"(?=\s+[a-z]))"
    r"|(?P<week>the\s+(?:previous|following)\s+week))\b"
)


# `_ANAPHORIC`'s counts alone ("three years after <clause>", "a year later"), its other groups
# never matching, for a text whose only cue is a month or a year counted
_COUNTED = re.compile(
    r"(?P<then>(?!))?(?P<same>(?!))?(?P<next>(?!))?(?P<prev>(?!))?(?P<hours>(?!))?(?P<week>(?!))?"
    r"\b" + _COUNT.format(units=r"months?|years?") + r"\b",
    re.IGNORECASE,
)


class _CountsNear:
    """`_COUNTED` tried only where `_LONG_COUNT` found a unit counted (a whole-text scan of a
    pattern that opens on a number word costs a sentence as much as all of `_ANAPHORIC`)."""

    def finditer(self, text: str):
        low = text.lower()
        end = -1
        for unit in _LONG_COUNT.finditer(low):
            m = _COUNTED.search(text, max(0, unit.start() - 16), unit.end() + 4)
            if m is not None and m.start() > end:
                end = m.end()
                yield m


_COUNTED_NEAR = _CountsNear()
# "a year before her term was set to end": what was planned then, and will not happen
_PLANNED_REST = re.compile(
    r"[^.;:,—–()]*?\b(?:was|were)\s+(?:set|due|scheduled|expected|supposed)\s+to\b"
)
_LONG_UNIT = re.compile(r"(?i:months?|years?)")
# The rest of the clause dates itself: "… after they filed suit in the summer of 2021" (not
# "… for the first time since 2014", a span)
_DATED_REST = re.compile(
    r"[^.;:,—–()]*?\b(?:in|on|during)\s+(?:[\w.]+\s+){0,3}(?:1[89]|20)\d\d\b"
    # "three weeks after the 3 August elections", "four weeks after a wildfire forced the
    # evacuation … on May 3", "five years after the 2017-18 drought": the event's own date is
    # written, so the count is not the date
    rf"|\s+the\s+(?:\d{{1,2}}\s+(?i:{LONG_MONTHS})|(?i:{LONG_MONTHS})\s+\d{{1,2}}"
    r"|(?:1[89]|20)\d\d(?:[-–]\d\d)?)\b"
    rf"|[^.;:—–()]{{0,80}}?\bon\s+(?i:{LONG_MONTHS})\.?\s+\d{{1,2}}\b"
)
# A number before the match makes it another span: "36 hours later", "Twenty-two days later".
_NUMBER_BEFORE = re.compile(
    r"(?:\d|-|\b(?:ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    r"|hundred|four|five|six|seven|eight|nine))\s*$",
    re.IGNORECASE,
)


def _counts_back(text: str, at: int, apposed: bool, named: bool) -> bool:
    """ "a day after <clause>" dates that clause from the day of the clause it follows: a day
    named before it in the sentence ("resigned on Friday, a day after the paper published",
    "play out Wednesday night … just 75 days before primary voting begins"), else the story's
    day when that clause is told in the past ("The vote came a day after the judge denied").
    Not when it opens its clause ("Two days after the shooting, the suspect surrendered": the
    clause it dates is the one that follows) or follows a present or a future ("takes effect
    90 days after the governor signs it")."""
    if apposed:
        return True
    if _CLAUSE_OPEN.search(text, max(0, at - 12), at):
        return False
    if named:
        return True
    before = text[max(0, at - TENSE_WINDOW) : at]
    return _past_in(before) and not _future(text, at)


_CLAUSE_OPEN = re.compile(r"(?:^\s*|[;:]\s*|\b(?:and|but|then)\s+)$")


def _from_anchor(match: re.Match[str], iso: str, text: str) -> str | None:
    """The date the anaphoric `match` names from `iso` (the story's last date): the same one
    for "at the time"; for the others a day (for a week, its month), when `iso` is a day."""
    if _NUMBER_BEFORE.search(text, max(0, match.start() - 12), match.start()):
        return None
    if match.group("then"):
        return iso
    if len(iso) != 10:
        return None  # "In March …; the next day": which day is not said
    anchor = date.fromisoformat(iso)
    if match.group("same") or match.group("hours"):
        return anchor.isoformat()
    if (n := match.group("cnt")) and match.group("rel"):
        count = UNITS.get(n.lower()) or (1 if n.lower() in ("a", "one") else int(n))
        return _moved(anchor, count if match.group("rel").lower() == "before" else -count,
                      match.group("unit"))  # fmt: skip
    if match.group("next"):
        return (anchor + timedelta(days=1)).isoformat()
    if match.group("prev"):
        return (anchor - timedelta(days=1)).isoformat()
    if n := match.group("cnt"):
        count = UNITS.get(n.lower()) or (1 if n.lower() in ("a", "one") else int(n))
        return _moved(
            anchor, count if match.group("dir").lower() == "later" else -count, match.group("unit")
        )
    step = -1 if "previous" in match.group("week").lower() else 1
    return (anchor + timedelta(weeks=step)).isoformat()[:7]


def _moved(anchor: date, count: int, unit: str) -> str:
    """`anchor` moved by `count` days or weeks (a day), months (a month) or years (a year):
    "three months after" a day names a month, not a day, as the text is no more precise."""
    unit = unit.lower()
    if unit.startswith("day"):
        return (anchor + timedelta(days=count)).isoformat()
    if unit.startswith("week"):
        return (anchor + timedelta(weeks=count)).isoformat()
    if unit.startswith("month"):
        months = anchor.year * 12 + anchor.month - 1 + count
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    return f"{anchor.year + count:04d}"


def _shifted(published: date, what: str, step: int) -> str:
    """The day, week (as its month), month or year `step` units from the publication date, as
    precise as the unit says."""
    if what == "day":
        return (published + timedelta(days=step)).isoformat()
    if what == "week":
        return (published + timedelta(weeks=step)).isoformat()[:7]
    if what == "month":
        index = published.year * 12 + published.month - 1 + step
        return f"{index // 12}-{index % 12 + 1:02d}"
    return str(published.year + step)


def _iso(match: re.Match[str]) -> str | None:
    groups = match.groupdict()
    year = groups["y"]
    month = groups.get("m")
    if not month:
        return year
    number = MONTH_NUMBERS[month.rstrip(".").lower()]
    day = groups.get("d")
    if not day:
        return f"{year}-{number:02d}"
    if not 1 <= int(day) <= 31:
        return None
    return f"{year}-{number:02d}-{int(day):02d}"


def _mention(text: str, start: int, end: int, iso: str, period: bool) -> DateMention:
    window = max(0, start - LEAD_WINDOW)
    determiner = _DETERMINER.search(text, window, start)
    if determiner:
        word = determiner.group().strip().lower()
        return DateMention(start, end, start, iso, text[start:end], None, word, period)
    lead = _LEAD.search(text, window, start)
    if lead:
        words = lead.group().lower().split()
        word = "as of" if words[0] == "as" else words[0]
        season = next((_SEASON_START[w] for w in words if w in _SEASON_START), None)
        if season and len(iso) == 4:
            iso = f"{iso}-{season:02d}"  # "in the spring of 2018": the season's first month
        return DateMention(
            lead.start(), end, start, iso, text[lead.start() : end], word, None, period
        )
    return DateMention(start, end, start, iso, text[start:end], None, None, period)
