"""Find the article's quantitative statements and type them as `Figure`s.

A figure is one quantity the source states about the world (tests/gold/GUIDE.md, "Figures"):
a count, money, a percentage, a multiplier, a rate, a fraction, a duration or a physical
measure. The numbers, their kind, unit, range and sign come from the quantity tagger
(`extract.quantities`); which of them are figures is `extract.figure_numbers`. This module gives
each what it measures (label, period, segment) and groups them. Each keeps the number as
written (`display`, always a substring of its quote) and the exact sentence it sits in as
evidence, so a reader can check it. The rules below are general; no article's facts are written
into this module.

Decisions on the ambiguous cases:

* Not figures (the tagger's and `figure_numbers`' rules): years, dates, times, ordinals, codes,
  names and references with numbers, ages, durations that place an event in time, bare "one",
  vague counts, back-references ("Of these 500,").
* A number with nothing the article says it counts (no label can be read) is not kept.
* Small counts of people ("three envoys and a translator") are figures; the bare article is not.
* Durations are figures with unit "years"/"months"/"weeks"/"days"/...; their `display` includes
  the time word ("three weeks"), as a percent or money display includes its sign or word.
* unit is the kind of measurement: count, percent, percentage points, USD/EUR/GBP/JPY, or a time
  unit. label is what is counted, always in the article's words: the noun phrase after the
  number, else "of the X" / "N% increase in X" / "$N from X", else the clause's subject ("X rose
  by N%"). An elliptical number ("12 seizures at the Eastern border and 40 at the Western
  border") takes the label of the figure it continues, or of an opening partitive ("Of the 30
  applicants, 12 were ..."). "such X" becomes the nearest "<modifier> X" the article writes
  (earlier text first, then the next paragraph), else stays as written.
* qualifier: the hedge right before the number ("at least", "over", "close to", "some", "only",
  "likely", ...) in lower case, or a trailing "or more".
* period: from the figure's own stretch of sentence (up to the next figure), else the nearest in
  its clause, else in its sentence. segment: from its own stretch, else its clause. Either, when
  still missing, comes from the series the figure continues: the last figure of the paragraph
  with the same unit and head noun (a series ends when a sentence states figures of that unit
  about something else), or the figure a partitive refers to. A sentence without figures that
  names a series' noun ("There were more such incidents between ports of entry.") updates that
  series for the sentences after it. Segment patterns: "the <Name> border|coast|sector",
  "at/between ports of entry", "in a <municipality|county|state|...>", "neighboring
  <municipalities|counties|...>", "in <Capitalised Place>"; several combine as "A, B". Period
  patterns: FY/CY labels, "fiscal year <year>", "Q<n> <year>", "since/by/until/before/after
  <year>" (kept with the preposition), "<Month> <year>", "in <year>", else a lone year.
* group: figures of one paragraph with the same unit and the same label (or sharing a label word
  within one sentence) form a table when every member has a period or segment and no two share
  both; the group is the slug of the first member's label. Other figures have group None.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, fields
from itertools import pairwise

from brief.extract.changes import (
    CHANGE_VERBS,
    CHANGED_BY,
    MOVED_COMPARATIVE,
    SESSION_VERBS,
    change_of,
    changed_object,
)
from brief.extract.dates import MONTH_NUMBERS, WEEKDAYS
from brief.extract.figure_numbers import Number, sentence_numbers
from brief.extract.figure_predicates import PHRASE_END, predicate
from brief.extract.folded import folded
from brief.extract.numbers import (
    NUMBER,
    NUMBER_WORDS,
    UNITS,
    parse_number,
)
from brief.extract.quantities import Quantity, read_quantities
from brief.extract.scores import find_records, find_scores, find_votes
from brief.extract.sentences import Sentence, split_sentences
from brief.extract.verbs import IRREGULAR_PAST, is_past_verb
from brief.ids import Names
from brief.limits import MAX_FIGURES, MAX_NUMBERS_READ
from brief.model import Evidence, Figure, Paragraph
from brief.trie import alternation

__all__ = ["extract_figures", "parse_number"]

# --- vocabulary (general English, no article facts) -------------------------------------------

_STOP = frozenset(
    """
    a an the this that these those of on in at to from for by with without into onto over under
    toward towards off vs versus
    between among across through via during since until before after about around against within
    inside outside upon near per and or but nor so yet if then than as because although though
    whether while when where who whom whose which what why how it its they them their theirs he
    him his she her hers we us our you your i me my there here not no also only just most less
    each every all both any either neither some is are was were be been being am has
    have had do does did will would could should may might must can shall said says say told
    according reportedly one another many much few several very too even still already yet ago
    now then today later earlier again
    """.split()
)
_AUX = frozenset("is are was were be been being am has have had do does did will would".split())
_LEAD_SKIP = frozenset({"more", "additional", "further", "extra"})
_COMPARATIVES = frozenset(
    "higher lower more less greater smaller larger fewer above below up down times".split()
)
# Verbs whose object or complement is a measure, of change or of level ("rose", "totalled",
# "cost", "stood"): a number right after one is not a noun phrase of its own.
_MEASURING_VERBS = frozenset(
    """
    increase increases increased rise rises rose risen fall falls fell fallen grow grows grew
    grown drop drops dropped decline declines declined jump jumps jumped climb climbs climbed
    reach reaches reached total totals totaled totalled stand stands stood make makes made earn
    earns earned cost costs spend spends spent represent represents represented account accounts
    accounted suffer suffers suffered decrease decreases decreased surge surges surged
    shrank shrink shrinks shrunk sank sink sinks slid slide slides slumped
    get gets receive receives expect expects cover covers absorb absorbs need needs require
    requires pay pays owe owes employ employs generate generates exceed exceeds hold holds
    """.split()
)
# the period a change is reckoned over, said as an adverb: "grew 9.7 per cent YoY to ₹3,914
# crore", "improved 80 basis points sequentially to 41.2%", "risen by five overnight to 14"
_RECKONING = frozenset(
    "yoy y/y qoq q/q mom m/m y-o-y q-o-q m-o-m year-on-year year-over-year quarter-on-quarter "
    "month-on-month sequentially annually overnight".split()
)
_TRAIL = (
    frozenset(
        """
    by to of for at with in on from about around likely estimated roughly approximately nearly
    almost only just some over under than more less least up including excluding worth between
    versus vs a an record combined
    """.split()
    )
    | _RECKONING
)
# Counts of what a text says rather than of things in the world ("15 tips", "two questions",
# "the five words"): not figures.
_DISCOURSE = frozenset(
    """
    tip way reason thing question problem word indicator step lesson fact takeaway idea option
    choice side secret trick example myth mistake habit answer point-of-view takeaway sentence
    paragraph
    """.split()
)
# Verbs and subjects a complement "that" follows ("a study found that", "it is clear that"):
# after them "that" starts no relative clause.
_THAT_VERBS = frozenset(
    """
    found find finds said say says told show shows shown showed know knew known think thinks
    thought believe believes suggest suggests indicate indicates mean means meant saw seen
    feel feels felt hold holds held argue argues note notes claim claims
    """.split()
)
_PRONOUNS = frozenset("it this that there he she they we you i".split())
# Words that start an adverbial after a clause's subject (not "of", which continues it).
_ADVERBIAL_START = frozenset(
    "in on at for from during since after before with by under over near across right now "
    "this last today yesterday".split()
)
# Nouns whose "on" names what is paid or spent on: "Spending on research and development
# reached $630 million", "The tariff on steel rose to 25%" (a yield's long instrument stays out:
# "The yield on the 10-year Treasury note rose": the yield)
_TAKES_ON = frozenset(
    "spending expenditure expenditures investment investments tax taxes tariff tariffs duty duties"
    " levy levies fee fees subsidy subsidies outlay outlays surcharge surcharges".split()
)
_GENERIC = frozenset({"such", "total", "number", "additional", "more", "other", "further"})
_NOT_CONTENT = _STOP | _GENERIC

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?"
)
_SEMICOLON = re.compile(";")
_DEFINITE = re.compile(
    r"\b(?i:the|these|those|its|their|his|her|our|both|all)\s+(?:(?i:other|first|last|same)\s+)?$"
)
# Between two figures of a list: the first one's noun, then a comma or "and".
_LISTED = re.compile(r"(?:\s+[A-Za-z][\w’'-]*){0,3}\s*(?:,|,?\s+and|,?\s+or)\s+")
RESTATED_WINDOW = 4  # earlier figures of one amount a figure is compared with
SUCH_WINDOW = 5000  # characters searched either way for what "such X" refers to
GROUP_CHARS = 60  # a group's name (its table and chart file name) is at most this long

# --- patterns ----------------------------------------------------------------------------------

_YEAR = r"(?:1[89]|20)\d{2}"


_PARTITIVE = re.compile(
    rf"[\W_]*of\s+(?:the|these|those)\s+(?P<n>{NUMBER})(?P<np>[^,;]*?),", re.IGNORECASE
)

_TOKEN = re.compile(
    r"(?:\s+|(?<=[-–]))((?:[A-Z]\.){2,}|[A-Za-z][\w’'-]*)"
)  # (after a hyphen: "312-unit")
_WORD = re.compile(r"(?:[A-Z]\.){2,}|[A-Za-z][\w’'-]*")
_PREVIOUS_WORD = re.compile(r"([A-Za-z][\w’'-]*)\s+$")
_OF = re.compile(r"\s+of(?:\s+(?:the|these|those|all|its|their))?(?=\s)", re.IGNORECASE)
_OF_WITH = re.compile(
    r"\s+(?:of|with|for)(?:\s+(?:the|these|those|all|its|their))?(?=\s)", re.IGNORECASE
)
# "10 times as many cases", "twice as much water": what is multiplied follows
_AS_MANY = re.compile(r"\s+(?:as\s+(?:many|much)|more)(?=\s)", re.IGNORECASE)
_HAS_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|[a-z]{3,}ed)\b")
_TIMES_WHOSE = re.compile(r"\s+(?:your|their|his|her|its|our|my|the)(?=\s+[a-z])", re.IGNORECASE)
# Time words that follow a rate or a change without being what it measures ("40% year to
# date", "5% a year")
_TIME_NOUNS = frozenset("year years month months week weeks day days quarter quarters".split())
_WHEN_WORDS = (
    _TIME_NOUNS
    | {w.lower() for w in WEEKDAYS}
    | {m for m in MONTH_NUMBERS if len(m) > 3}
    | _RECKONING
)
# A rate with no noun of its own before "per": "3.12 per million hours worked"
_BARE_RATE = re.compile(r"[\d.,]+\s+per\b")
# A rate written with its counted noun inside: "three meals per day", "40 flights a week".
_EVERY_BASE = re.compile(
    r"\S+\s+(?:of|in|out\s+of)\s+every\s+[\d,.]+\s+(?P<noun>[A-Za-z][\w’'-]*(?:\s+[A-Za-z][\w’'-]*)?)$"
)
_RATE_NOUN = re.compile(
    r"\S+\s+(?P<noun>(?!(?:of|in|out)\s)[A-Za-z][\w’'-]*(?:\s+(?!for\s|in\s)[A-Za-z][\w’'-]*){0,2}?)"
    r"\s+(?:per|a|an|each|every|for\s+every|for\s+each|in\s+every)\s"
)
# "12,000 in attendance", "300 in custody": the state counted, a lower-case noun ending its
# phrase (not "5 in Texas", "two in the morning").
_IN_STATE = re.compile(
    r"\s+(?:in|on|under)\s+(attendance|custody|detention|hospital|jail|prison|treatment|"
    r"quarantine|isolation|office|power|service|operation|arrears|care|captivity|exile|hiding)"
    r"(?=\s*[,.;:)]|\s+(?:and|but|which|who)\b)"
)
# a hedge before a number: "the state's roughly 74,000 teachers"
_ABOUT = r"(?:roughly|about|around|some|nearly|almost|approximately)"
_NUMBER_WORD = re.compile(
    rf"\s+(?:(?:last|first|next|past|previous|final|top|{_ABOUT})\s+)?"
    r"([a-z]+|\d{1,3}(?:,\d{3})+|\d+)(?=\s+\w)"
)  # "half of its four chances", "five of its last six games", "60% of the 2,000 people"
# verbs of change with no direction of their own ("The margin improved 80 basis points …")
_MOVED_VERBS = "improved narrowed widened deteriorated moved shifted eased firmed changed swung"
_CHANGE_OR_MOVE = alternation((*CHANGE_VERBS, *_MOVED_VERBS.split()))
# "had risen to 7.2pc … from 5.8pc": the level the change started from
_TO_THEN_FROM = re.compile(r"[^,;.]{0,50}?\s+from\s+(?:about\s+|around\s+)?")
_CHANGED_TO = re.compile(rf"\b(?:{_CHANGE_OR_MOVE})\s+to\s+(?:about\s+)?$", re.IGNORECASE)
# "down from a peak of 5%", "up from 2.4%": the measure said just before, at an earlier time
_FROM_EARLIER = re.compile(
    r"\b(?:up|down|higher|lower|rising|falling|compared)\s+(?:with\s+|to\s+)?from\s+"
    r"(?:(?:a|an|the|its|their)\s+)?(?:(?:record|recent|previous|peak|high|low|year-earlier)\s+)?"
    r"(?:(?:peak|high|low|level|figure|rate|total)\s+of\s+)?$"
    r"|\b(?:up|down)\s+from\s+$"
    # a participle of change right after the comma, with no subject of its own ("…, quickening
    # from 2.31% in August"; not "…, with core inflation easing from 2.9%")
    r"|,\s+(?:quickening|accelerating|slowing|easing|climbing|declining|dropping|increasing"
    r"|decreasing|rebounding|recovering|slipping|narrowing|widening|(?:edging|ticking)\s+(?:up|down))"
    r"\s+from\s+$",
    re.IGNORECASE,
)
_UP_DOWN_AFTER = re.compile(
    r"[^,;.]{0,40}?,\s*(?:up|down)\s+(?:by\s+)?"
    r"|\s+(?:lower|higher)\s+at\s+(?:about\s+|around\s+)?"  # "closed 3.4% lower at ₹1,912.40"
)
# "costs that went up 11%", "prices which rose by 4%": a change told in a relative clause
_RELATIVE_CHANGE = re.compile(
    r"\s+(?:that|which)\s+(?:have\s+|has\s+|had\s+)?"
    rf"(?:went|gone|go|come|came|doubled|tripled|halved|{_CHANGE_OR_MOVE})"
    r"\s+(?:up\s+|down\s+)?(?:by\s+)?(?:about\s+|nearly\s+|some\s+)?$"
)
_HELD_IN = re.compile(
    r"\s+(?:in|behind)\s+((?:federal\s+|state\s+)?(?:prison|jail|custody|detention|bars|office"
    r"|power|orbit|hospital|exile|space))\b",
    re.IGNORECASE,
)
_LENGTH_UNITS = frozenset(
    "km m cm mm miles feet inches yards metres meters nautical miles light-years".split()
)
_AMOUNT_AFTER = re.compile(
    r"\s+(?:(?:the|its|their|a|an)\s+)?(?:[A-Z]{1,3}\s?)?[$€£¥₹]\s?\d[\d,.]*"
    r"(?:\s*(?:million|billion|trillion|bn|m|lakh|crore))?(?=\s)"
)
_COMPARED = re.compile(r"\s+(?:lower|higher|greater|smaller|bigger|larger|reduced|increased)(?=\s)")
# what a source says or data show, before the clause it reports ("Officials said the fire
# had burned", "Figures showed CPI inflation fell to 3.4%")
_SPOKEN = re.compile(
    r"\b(?:said|says|told|reported|according\s+to|showed|shows|found|finds|revealed|reveals"
    r"|indicated|indicates)\b",
    re.IGNORECASE,
)
_DET_NUMBER = re.compile(r"(?:\s+(?:the|its|their|these|those))?\s+([a-z]+)(?=\s+[a-z])")
_TAKES = re.compile(r"\b(?:take|takes|took|taken|taking|spend|spends|spent|need|needs|needed)\b")
_TO_DO = re.compile(
    r"\s+to\s+(?!(?:the|its|their|his|her|this|that|these|those)\b)([a-z]{3,})(?:\s+(?:the|a|an|its|their|his|her))?(?=\s)"
)
_NP_END = re.compile(r"\s*(?:[,.;:)]|$)|\s+(?:of|for|with|in|on|at|from|by|and|or)\b")
_MODEL = re.compile(r"[ \t]+(\d[\w-]*)(?=[ \t]+[A-Z])")  # not a list's number on a line of its own
_DAY_OR_MONTH = frozenset(
    {*MONTH_NUMBERS, *(w.lower() for w in WEEKDAYS), "today", "yesterday", "tomorrow"}
)
_AND_OR = re.compile(r"\s+(?:and|or)(?=\s)")
_GERUND = re.compile(r"\s+([a-z]{2,}ing)\b")
# A short aside right after a number: a conversion "(500 ml)", an abbreviation "(LOW)".
_ASIDE = re.compile(r"\s*\([^()]{1,40}\)")
_OF_PRONOUN = re.compile(r"\s+of\s+(?:them|these|those|whom|which)\b", re.IGNORECASE)
# "$5 million in aid", "$4 billion from (the) X"; "in the region" is a place, not what is counted.
_WORTH_OF = re.compile(r"[’']s\s+(?:worth|supply)(?=\s+of\b)", re.IGNORECASE)
_ON = re.compile(r"\s+on(?:\s+(?:the|its|their|a|an|his|her|our|your))?(?=\s)", re.I)
_OFF = re.compile(r"\s+off(?:\s+(?:the|its|their|a|an|his|her|our|your))?(?=\s)", re.I)
_PREP_DET = re.compile(
    r"\s+(?:in|(?:from|for|on|of|off|to|toward|towards|worth\s+of)(?:\s+(?:the|a|an|its|their))?)"
    r"(?=\s)",
    re.IGNORECASE,
)
_NON_SPACE = re.compile(r"\S+")
# A measure written as a modifier: number, hyphen, singular unit ("40-year", "15.6-inch").
_MODIFIER = re.compile(r"[\w.,]+(?:-(?:thousand|million|billion|trillion))?-[a-z]+(?<!s)")
_CHANGE_NOUN = re.compile(
    # ("an 18.4 per cent year-on-year (YoY) rise in net profit": the change's reckoning between)
    r"(?:\s+(?:year-on-year|year-over-year|yoy|y/y|annual|annuali[sz]ed|quarterly|monthly"
    r"|sequential|on-year)(?:\s+\((?:YoY|y/y|QoQ)\))?){0,2}"
    r"\s+((?:increase|decrease|rise|fall|drop|decline|reduction|growth|jump|gain|cut|share)"
    r"\s+(?:in|of))(?=\s)",
    re.IGNORECASE,
)
_CLAUSE_BOUNDARY = re.compile(
    r"[,;:()\[\]—–“”\"]|\b(?:that|which|who|whom|whose|while|because|since|when|where|if|and"
    r"|but|although|though|as)\b"
)

_NOT_PLACE = (
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|That|These"
    r"|Those|Its|Their|Our|His|Her)\b)"
)
_AREA_SINGULAR = (
    "municipality|county|state|city|province|region|district|town|village|country"
    "|neighborhood|neighbourhood|prefecture|department"
)
_AREA_PLURAL = (
    "municipalities|counties|states|cities|provinces|regions|districts|towns|villages"
    "|countries|areas|communities|neighborhoods|neighbourhoods"
)
# Segment and period patterns start with a literal word where they can ("border", "ports of
# entry", "in", a year), then check the words before it: a pattern that begins with a word
# boundary or a lookahead is tried at every position of the sentence, several times slower.
_BORDER = re.compile(r"(?:border|frontier|coast|sector)\b")
_BORDER_NAME = re.compile(  # "the <Name> border", "the <Two Names> border"
    r"(?<![\w’'-])(?!(?:The|This|That|These|Those|Its|Their|Our|A|An|Each|Every)\b)"
    r"([A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*)?)\s$"
)
_PORTS = re.compile(r"ports?\s+of\s+entry\b")
_PORTS_PREP = re.compile(r"\b((?:at|between|outside|through)\s+(?:an?\s+|the\s+)?(?:[a-z]+\s+)?)$")
_AREA_IN = re.compile(rf"in\s+(?:a|an|the|each|every|one)\s+(?:{_AREA_SINGULAR})\b")
_NEAR = ("neighbo", "nearby", "adjacent", "surrounding", "rural", "urban", "coastal")
_AREA_NEAR = re.compile(rf"\b(?:{'|'.join(_NEAR)})[a-z]*\s+(?:{_AREA_PLURAL})\b")
_PLACE = re.compile(
    rf"[Ii]n(?<![\w][Ii]n)\s+(?:the\s+)?{_NOT_PLACE}[A-Z][a-z’'-]+"
    rf"(?:\s{_NOT_PLACE}[A-Z][a-z’'-]+){{0,2}}\b"
)
# A study's arm: "96 patients (5.3%) in the early group", "among those in the placebo arm"
_ARM = re.compile(
    r"\b(?:in|among|of)\s+(?:those\s+in\s+)?the\s+(?:[\w-]+\s+){1,3}?(?:group|arm|cohort)s?\b"
)
_FACET_ORDER = ["border", "ports", "area", "place", "arm"]
# Where a sentence turns to another basis or place than its opening phrase's
_CONTRAST = re.compile(
    r";|\b(?:but|while|whereas|although|though|bringing|compared)\b|,\s+(?:and\s+)?(?:in|on|for)\s"
)
# A sentence's opening phrase that says on what basis or over what whole its numbers are
# reckoned ("Excluding special items, it earned $1.71 per share", "Including debt, the deal
# values Vantor at $9.1 billion", "Statewide, 43.6% did", "Sequentially, profit rose 6.5%"):
# part of what each number of the sentence measures, its segment
_SCOPE = re.compile(
    r"\W*((?:Excluding|Including|Excl\.|Adjusted\s+for|Net\s+of|Stripping\s+out|Leaving\s+aside"
    r"|Not\s+counting)\s+[^,;:()]{2,50}"
    r"|Statewide|Nationally|Nationwide|Countrywide|Globally|Worldwide|Sequentially|Regionally"
    r"|Citywide|Countywide|Province-wide|Domestically|Internationally"
    r"|(?:Year|Quarter|Month)[\s-]on[\s-](?:year|quarter|month)"
    r"|On\s+an?\s+(?:[\w-]+\s+){0,3}?basis),\s"
)


# Who or what a ranking's number is of, named before its superlative and the number after ", at"
# ("Leitrim remained the least expensive county, at €968 a month", "and Mississippi the lowest,
# at $560"): part of what the number measures, its segment
_RANKED = re.compile(
    r"(?:^|[,;:]\s+|\band\s+)(?P<name>(?!(?:The|A|An|It|Its|This|That|These|Those|Their|He|She"
    r"|They|We|Our|In|On|At|For|By)\b)[A-Z][\w’'.-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w’'.-]*){0,3})"
    r"\s+(?:(?:remained|remains|was|is|were|are|has|had|have|ranked|ranks|came|stood|recorded"
    r"|reported|posted)\s+)?(?:the|a)\s+(?:[\w-]+\s+){0,2}?(?:highest|lowest|most|least|largest"
    r"|smallest|biggest|fastest|slowest|cheapest|dearest|steepest|sharpest|top|bottom|worst"
    r"|best|hardest)\b[^,;:]{0,80}(?:,\s+at|\s+with)\s+(?:about\s+|around\s+|nearly\s+|just\s+)?$"
)


_RANKED_CUES = (", at", " with")
# Who won a share of the vote: "None of the Above (NOTA) got 1.1 per cent of the votes", "The
# BJP won 38.5% of the vote": the party or the candidate is what the share is of
# (a party's or a body's name: "None of the Above (NOTA)", "the Bodoland People's Front (BPF)")
_PARTY = (
    r"(?P<name>(?-i:[A-Z])[\w’'.&-]*"
    r"(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?|the\s+)?(?-i:[A-Z(])[\w’'.&()-]*){0,7})"
)
_VOTE_WINNER = re.compile(
    rf"(?:^|[,;:]\s+|\band\s+|\bwhile\s+)(?:[Tt]he\s+)?{_PARTY}\s+"
    r"(?:won|got|received"
    r"|secured|took|polled|garnered|gained|bagged)\s+(?:about\s+|nearly\s+|just\s+|over\s+"
    r"|almost\s+|around\s+|more\s+than\s+|less\s+than\s+)?$"
)
_VOTES = frozenset("vote votes ballots popular vote".split())
# A gapped clause: "the Congress won 26 seats, the All India United Democratic Front (AIUDF)
# nine and the Bodoland People's Front (BPF) two": a name, then its number, the verb and the
# noun said once before; the name is what the number is of
_GAPPED = re.compile(rf"(?:,|\band)\s+(?:the\s+)?{_PARTY}\s+$")


def _counts_something(phrase: str) -> bool:
    """A digit or a number word in `phrase` ("Including two children"; not "one-off items")."""
    return any(ch.isdigit() for ch in phrase) or any(
        w.lower() in NUMBER_WORDS for w in phrase.split()
    )


_FISCAL_LABEL = re.compile(r"[FC]Y\s?\d{2,4}(?:\s?[-–/]\s?(?:FY)?\d{2,4})?\b")
_CODE_BEFORE = re.compile(r"\b(?:[A-Z]{2,}|\w*\d)\s$")
_YEAR_ANCHOR = re.compile(rf"{_YEAR}(?!\d)")
# What may stand right before a year (searched in a short window ending at the year).
_BEFORE_YEAR: list[tuple[str, re.Pattern[str]]] = [
    ("label", re.compile(r"(?:\b[Ff]iscal(?:\s+[Yy]ears?)?|\bQ[1-4])\s+$")),  # ("fiscal 2023")
    (
        "prep",
        re.compile(
            rf"\b([Ss]ince|[Bb]y|[Uu]ntil|[Tt]hrough|[Bb]efore|[Aa]fter)\s+"
            rf"(?:{_MONTH}\s+)?(?:\d{{1,2}},?\s+)?$"
        ),
    ),
    ("span", re.compile(r"\b(?:[Ff]rom|[Bb]etween)\s+$")),
    ("label", re.compile(rf"\b{_MONTH}\s+(?:\d{{1,2}},?\s+)?$")),
]
_AFTER_YEAR = re.compile(rf"\s*(?:[-–]|to|and)\s*(?:{_YEAR}|\d{{2}})\b")
_YEAR_RANGE_AFTER = re.compile(rf"\s?[-–]\s?(?:{_YEAR}|\d{{2}})\b")


# --- working records ---------------------------------------------------------------------------


@dataclass
class _Fig(Number):
    """A kept number (`figure_numbers.Number`) and what this module works out about it."""

    para: int = 0
    sentence: Sentence | None = None
    label: str = ""
    predicate: str | None = None
    change: str | None = None
    stretch_start: int = 0  # the end of the sentence's previous figure, or its start
    key: str = ""
    period: str | None = None
    facets: dict[str, str] = field(default_factory=dict)
    group: str | None = None
    result: bool = False  # a side's tally in a result (`scores`): label and predicate are set

    @property
    def amount(self) -> float | None:
        return self.value if self.value is not None else self.low


@dataclass(frozen=True)
class _Partitive:
    label: str | None
    ref: _Fig | None
    end: int


Span = tuple[int, int, str]


# --- public ------------------------------------------------------------------------------------


def extract_figures(paragraphs: list[Paragraph], notes: list[str] | None = None) -> list[Figure]:
    """Every quantitative statement of the article, in reading order, with ids f1, f2, ...
    (the first `MAX_FIGURES`: a brief lists what a reader can take in; read from the first
    `MAX_NUMBERS_READ` quantities, so an article of numbers costs no more than that). What a limit
    cut is said in `notes`."""
    texts = [p.text for p in paragraphs]
    found: list[_Fig] = []
    stated = _Stated()
    for index in range(len(paragraphs)):
        found.extend(_paragraph_figures(texts, index, stated, MAX_FIGURES - len(found)))
        if len(found) >= MAX_FIGURES:
            del found[MAX_FIGURES:]
            break
        if stated.read >= MAX_NUMBERS_READ:
            if notes is not None:
                notes.append(
                    f"Numbers: the first {MAX_NUMBERS_READ} quantities of the text were read for "
                    "figures; the rest of the text was not."
                )
            break
    found = _first_mentions(found)
    _assign_groups(found)
    return [
        Figure(
            id=f"f{n}",
            value=f.value,
            low=f.low,
            high=f.high,
            display=f.display,
            unit=f.unit,
            kind=f.kind,
            per=f.per,
            label=f.label,
            predicate=f.predicate,
            change=f.change,
            period=f.period,
            segment=_segment(f.facets),
            qualifier=f.qualifier,
            group=f.group,
            evidence=Evidence(paragraph=paragraphs[f.para].id, quote=f.sentence.text),
        )
        for n, f in enumerate(found, 1)
    ]


class _Stated:
    """The amounts of the figures stated so far, for back-references ("Of these 500,"): a set
    and the latest figure of each amount, so no figure is compared with every earlier one."""

    def __init__(self) -> None:
        self.latest: dict[float, _Fig] = {}
        self.read = 0  # quantities read so far (see `MAX_NUMBERS_READ`)
        self._lower: frozenset[str] | None = None

    def lower_words(self, texts: list[str]) -> frozenset[str]:
        """The words the article writes in lower case (read once, when first asked): a word
        capitalised only at a sentence's start is no name ("Inflation remained …")."""
        if self._lower is None:
            self._lower = frozenset(w for t in texts for w in _WORD.findall(t) if w.islower())
        return self._lower

    def add(self, figs: list[_Fig]) -> None:
        for f in figs:
            if f.amount is not None:
                self.latest[_amount_key(f.amount)] = f

    def __contains__(self, amount: float) -> bool:
        return _amount_key(amount) in self.latest

    def get(self, amount: float) -> _Fig | None:
        return self.latest.get(_amount_key(amount))


def _amount_key(amount: float) -> float:
    return round(amount, 6)


# --- per paragraph -----------------------------------------------------------------------------


@dataclass
class _Context:
    """What a figure's label may be taken from: the figures before it in its sentence and the
    latest figure of each unit in its paragraph (the elliptical "... and 40 at the Western
    border" takes the label of the figure it continues)."""

    prev_end: int  # end of the sentence's previous figure, or the sentence's start
    last_in_sentence: dict[str, _Fig] = field(default_factory=dict)  # unit → latest labelled
    last_labelled: _Fig | None = None  # the sentence's latest labelled figure
    last_in_paragraph: dict[str, _Fig] = field(default_factory=dict)  # unit → latest kept
    previous: _Fig | None = None  # the sentence's previous figure, labelled or not


def _paragraph_figures(texts: list[str], index: int, stated: _Stated, budget: int) -> list[_Fig]:
    """Figures of one paragraph (its sentences until `budget` figures are found); `series`
    carries period/segment between its sentences."""
    text = texts[index]
    series: dict[tuple[str, str], dict[str, str]] = {}
    out: list[_Fig] = []
    in_paragraph: dict[str, _Fig] = {}
    # no more quantities than the figures may still read (`MAX_NUMBERS_READ`): a paragraph of
    # numbers is tagged that far (to that sentence's end), not to its end
    tagged, cut = read_quantities(text, max(0, MAX_NUMBERS_READ - stated.read))
    tagged_starts = [q.start for q in tagged]
    for sent in split_sentences(text) if tagged or _SCORE_HINT.search(text) else ():
        partitive = _partitive(text, sent, stated)
        figs = _with_results(
            text, index, sent, _numbers(text, index, sent, tagged, tagged_starts, partitive, stated)
        )
        if not figs:
            if series:
                _update_series(series, text, sent)
            continue
        periods = _Candidates(_periods(text, sent), text)
        facets = _facets(text, sent)
        by_kind = {k: _Candidates([c for c in facets if c[2][0] == k]) for k in _FACET_ORDER}
        scope = _SCOPE.match(text, sent.start, sent.end)
        semicolons = [m.start() for m in _SEMICOLON.finditer(text, sent.start, sent.end)]
        context = _Context(sent.start, last_in_paragraph=in_paragraph)
        refs = []
        for fig in figs:
            fig.stretch_start = context.prev_end
            refs.append(None if fig.result else _label(texts, index, fig, context, partitive))
            context.prev_end = fig.end
            context.previous = fig
            if fig.label:
                context.last_in_sentence[fig.unit] = fig
                context.last_labelled = fig
        for fig in figs:
            if not fig.label and fig.kind == "count" and fig.unit == "count":
                fig.label = _elided(text, fig) or ""
            if not fig.label and fig.kind not in ("count", "rate"):
                # A money, percent or measure with no noun phrase for it: what the sentence
                # says of it stands as its label ("He has spent Rs 24 lakh ...").
                apposed = _APPOSED_PARTICIPLE.search(
                    text, max(fig.sentence.start, fig.qualifier_start - 40), fig.qualifier_start
                )
                head = apposed and _np_before(text, fig.sentence.start, apposed.start())
                # "The merger, valued at €12bn": what is valued is the noun it is apposed to
                fig.label = text[slice(*head)] if head else _predicate_of(text, fig, False) or ""
        _respectively(text, sent, figs)  # (first: a list's later numbers may have no label)
        for fig in figs:
            fig.label = _trimmed(fig.label)
        kept = [
            (fig, ref)
            for fig, ref in zip(figs, refs, strict=True)
            if fig.label and not (fig.kind == "count" and _head(fig.label) in _DISCOURSE)
        ]
        figs = [fig for fig, _ in kept]  # a bare number that counts nothing is not a figure
        for i, (fig, ref) in enumerate(kept):
            fig.key = _head(fig.label)
            bare = fig.kind == "count" and fig.unit == "count"
            fig.change = change_of(
                text,
                fig.stretch_start,
                fig.qualifier_start,
                fig.words_from,
                sent.end,
                count=bare,
                multiplier=fig.kind == "multiplier",
                money=fig.kind == "money",
                length=fig.unit in _LENGTH_UNITS,
                duration=fig.kind == "duration",
            )
            if (
                fig.change is None
                and i
                and figs[i - 1].change
                and (figs[i - 1].kind, figs[i - 1].unit) == (fig.kind, fig.unit)
                and _LIST_GAP.fullmatch(text, figs[i - 1].end, fig.qualifier_start)
            ):  # "rose 4%, 7% and 2%, respectively": each item of the list changed alike
                fig.change = figs[i - 1].change
            if not fig.result:
                fig.predicate = _predicate_of(text, fig)
            if (
                fig.predicate is None
                and i
                and _LISTED.fullmatch(text, figs[i - 1].end, fig.qualifier_start)
            ):  # "had four points, 10 assists and five rebounds": one predicate for the list
                fig.predicate = figs[i - 1].predicate
            own_end = figs[i + 1].qualifier_start if i + 1 < len(figs) else sent.end
            _place(fig, periods, by_kind, own_end, _clause(semicolons, sent, fig.start))
            if (
                scope
                and fig.start >= scope.end()
                and not _CONTRAST.search(text, scope.end(), fig.start)
                and not _counts_something(scope.group(1))  # "Including two children, 14 …"
            ):
                fig.facets["scope"] = scope.group(1)  # this sentence's only: never inherited
            if (
                any(w in text[max(sent.start, fig.start - 12) : fig.start] for w in _RANKED_CUES)
                and (ranked := _RANKED.search(text[sent.start : fig.start]))
                and ranked.group("name").split()[0].lower() not in stated.lower_words(texts)
            ):  # (the sentence alone: its start is the pattern's; "Inflation" is no name)
                fig.facets["named"] = ranked.group("name")  # (never inherited either)
            elif (
                fig.label
                and fig.label.split()[-1].lower() in _VOTES
                and (won := _VOTE_WINNER.search(text[sent.start : fig.start]))
            ):
                fig.facets["named"] = won.group("name")  # (this sentence's only)
            elif (
                i
                and figs[i - 1].unit == fig.unit
                and (gapped := _GAPPED.search(text, max(sent.start, fig.start - 90), fig.start))
                and not _HAS_VERB.search(text, figs[i - 1].end, gapped.start("name"))
            ):
                fig.facets["named"] = gapped.group("name")  # (this sentence's only)
            _inherit(fig, _state(ref) if ref else None)
            _inherit(fig, series.get(_skey(fig)))
        # A series runs on until a sentence states figures of its unit about something else.
        units = {f.unit for f in figs}
        series = {k: v for k, v in series.items() if k[0] not in units}
        series.update((_skey(f), _state(f)) for f in figs)
        out.extend(figs)
        stated.add(figs)
        in_paragraph.update((f.unit, f) for f in figs)
        if len(out) >= budget:
            break
    if cut:  # the tagger stopped at the numbers left to read: the reading is over
        stated.read = max(stated.read, MAX_NUMBERS_READ)
    return out


_RESPECTIVELY = re.compile(r",?\s+respectively\b")
_LIST_GAP = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
_ITEM = (  # ("students/OAPs"; "Civil Hospital Karachi (CHK)": a name with its short form)
    r"(?:the\s+)?[A-Za-z][\w’'/-]*(?:\s+[A-Za-z][\w’'/-]*){0,2}(?:\s+\([A-Z][\w&.-]{1,9}\))?"
)
# the nouns the numbers go with, in order: "Exports and imports", "men, women and children"
_ITEMS = re.compile(rf"(?<![\w’'-])({_ITEM}(?:\s*,\s*{_ITEM})*,?\s+and\s+{_ITEM})(?:\s+|,\s|\)\s)")
_ITEM_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_ITEM_NOT = frozenset(_STOP) - {"and"}


_ORDINAL_LIST = re.compile(
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|\d+(?:st|nd|rd|th))"
    r"(?:(?:,\s*|\s+and\s+|\s+or\s+)(?:first|second|third|fourth|fifth|sixth|seventh|eighth"
    r"|ninth|tenth|last|\d+(?:st|nd|rd|th)))+(?:\s+(?:in|at|with|on))?",
    re.IGNORECASE,
)


def _respectively(text: str, sent: Sentence, figs: list[_Fig]) -> None:
    """ "Exports and imports grew by 4% and 6%, respectively": each number labelled with its
    own noun, in order. Only a list of numbers that ends at "respectively" and a list of as
    many nouns before it, as the sentence writes them (both verbatim slices)."""
    at = _RESPECTIVELY.search(text, sent.start, sent.end)
    if at is None:
        return
    run = [f for f in figs if f.end <= at.start()]
    first = len(run) - 1  # the list of numbers right before "respectively"
    while first > 0 and _LIST_GAP.fullmatch(text, run[first - 1].end, run[first].qualifier_start):
        first -= 1
    run = run[max(first, 0) :]
    k = len(run)
    if _AGED_BEFORE.search(
        text, max(sent.start, run[0].qualifier_start - 12), run[0].qualifier_start
    ):
        return  # "The two men, aged 34 and 41 respectively": ages that describe, no figures
    if k < 2 or any(
        not _LIST_GAP.fullmatch(text, a.end, b.qualifier_start) for a, b in pairwise(run)
    ):
        return
    lo = max(sent.start, run[0].qualifier_start - 200)
    found = None
    for m in _ITEMS.finditer(text, lo, run[0].qualifier_start):
        if not _ORDINAL_LIST.fullmatch(m.group(1)):
            found = m  # (not "finished second and third in 2:02:48 and 2:03:30": places)
    if found is None:
        # "61% and 24% concerned delays and refunds respectively": the items after the numbers
        found = _ITEMS_BEFORE_RESPECTIVELY.search(text, run[-1].end, at.start())
        if found is None:
            return
    items, pos = [], found.start(1)
    for part in _ITEM_SPLIT.finditer(text, found.start(1), found.end(1)):
        items.append((pos, part.start()))
        pos = part.end()
    items.append((pos, found.end(1)))
    while len(items) > k and (
        re.fullmatch(r"[A-Za-z]+ly", text[items[0][0] : items[0][1]])
        or any(w.lower() in _ITEM_NOT for w in text[items[0][0] : items[0][1]].split())
    ):  # "Regionally, the Capital Region and the Midlands recorded", "As of yesterday, Migori
        items.pop(0)  # and Homa Bay counties had reported": an adverb, an adverbial
    items = [(a + 4, b) if text[a : a + 4].lower() == "the " else (a, b) for a, b in items]
    # "Exports to China, the US and the EU": the list starts after a preposition ("of" is the
    # item's own: "prices of kerosene and light diesel oil")
    first = list(re.finditer(r"\S+", text[items[0][0] : items[0][1]]))
    cut = [w for w in first[:-1] if w.group().lower() in _LIST_PREPOSITIONS]
    if cut:
        items[0] = (items[0][0] + cut[-1].end() + 1, items[0][1])
        if text[items[0][0] : items[0][0] + 4].lower() == "the ":  # "on the Whitmoor"
            items[0] = (items[0][0] + 4, items[0][1])
    # "imports grew", "imports grew by": an item's last words may be the verb after the list
    items = [_item_noun(text, a, b) for a, b in items]

    def stop(word: str) -> bool:  # "US", "IT" are names, not pronouns
        return word.lower() in _ITEM_NOT and not (len(word) > 1 and word.isupper())

    words = [text[a:b].split() for a, b in items]
    if len(items) != k or any(stop(w[0]) or stop(w[-1]) for w in words):
        return
    for fig, (a, b) in zip(run, items, strict=True):
        fig.label = text[a:b]
    # "will drop from 16 and 20 trains a day to 11 and 12 respectively": the levels before,
    # a list of as many numbers right before "to", are the same items'
    before = [f for f in figs if f.end <= run[0].qualifier_start][-k:]
    if (
        len(before) == k
        and _FROM_LIST_TO.fullmatch(text, before[-1].end, run[0].qualifier_start)
        and all(_LIST_GAP.fullmatch(text, a.end, b.qualifier_start) for a, b in pairwise(before))
    ):
        for fig, (a, b) in zip(before, items, strict=True):
            fig.label = text[a:b]
    # "were raised by Rs3.15 and Rs2.90, respectively, to Rs189.40 and Rs169.85": a second
    # list of as many numbers right after it pairs with the same nouns
    after = [f for f in figs if f.qualifier_start >= at.end()]
    lead = _SECOND_LIST.match(text, at.end())
    if lead is None or len(after) < k or after[0].qualifier_start != lead.end():
        return
    second = after[:k]
    if all(_LIST_GAP.fullmatch(text, a.end, b.qualifier_start) for a, b in pairwise(second)):
        for fig, (a, b) in zip(second, items, strict=True):
            fig.label = text[a:b]


_AGED_BEFORE = re.compile(r"\baged\s+$", re.IGNORECASE)
# the list a verb after the numbers takes, right before "respectively": its first item starts
# after the verb ("concerned | delays and refunds")
_ITEMS_BEFORE_RESPECTIVELY = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:the\s+)?"
    r"((?:[\w’'/-]+\s+){0,2}?[\w’'/-]+(?:\s*,\s*(?:[\w’'/-]+\s+){0,2}?[\w’'/-]+)*,?\s+and\s+"
    r"(?:the\s+)?(?:[\w’'/-]+\s+){0,2}?[\w’'/-]+)(?=,?\s*$)"
)
_FROM_LIST_TO = re.compile(r"(?:\s+[a-z]+){0,3}\s+to\s+")
_LIST_PREPOSITIONS = frozenset("to from in for at by with on into".split())
_SECOND_LIST = re.compile(r",?\s+(?:to|from|at|of)\s+")


def _item_noun(text: str, a: int, b: int) -> tuple[int, int]:
    """A listed item without the verb or the preposition read after it ("imports grew by")."""
    words = list(re.finditer(r"\S+", text[a:b]))
    for i in range(1, len(words)):
        word = words[i].group()
        if (
            _verbish(word, alone=True)
            or word.lower() in _MEASURING_VERBS
            or word.lower() in _LIST_PREPOSITIONS  # "women | in rural areas": cut, not mid-phrase
            or word.lower() in _AUX  # "the eurozone | is forecast"
            or word.lower() in IRREGULAR_PAST  # "Conservatives | won"
        ):
            words = words[:i]
            break
    while len(words) > 1 and words[-1].group().lower() in _ITEM_NOT:
        words.pop()
    return a, a + words[-1].end()


# A bare number as a clause's subject, its verb right after it ("and four were hospitalised",
# "at least 14 were later charged"): the noun is elided, and English takes it from the last
# subject before it that did something ("One person died", "Dozens of protesters were
# detained"), in the same sentence.
_ELIDED_VERB = re.compile(
    r"\s+(?:(?:more|others?)\s+)?(?:were|was|had|have|are|remain(?:ed)?)\s+(?:(?:also|later|still"
    r"|then|not|all|since|reportedly|already)\s+)*(?:been\s+)?[a-z]{3,}(?:ed|en|wn)\b"
)
_ANTECEDENT = re.compile(
    r"\b(?P<noun>(?!(?:which|who|that|they|them|these|those|there|this|it|he|she)\b)[a-z]{3,})\s+"
    r"(?:(?:also|later|then|were|was|had|have|are|been)\s+)*(?:[a-z]{3,}ed|died|fled|left|went"
    r"|came|fell|ran|got|hit|shot)\b"
)


def _elided(text: str, fig: _Fig) -> str | None:
    """The noun a bare count's elided head takes from its sentence, or None."""
    if not _ELIDED_VERB.match(text, fig.end):
        return None
    found = None
    for m in _ANTECEDENT.finditer(text, max(fig.sentence.start, fig.start - 160), fig.start):
        found = m
    if found is None or found.group("noun") in _FUNCTION_WORDS:
        return None
    return found.group("noun")


_FUNCTION_WORDS = frozenset(
    "and but the for with from into than then also only just were was had have are been".split()
)


def _predicate_of(text: str, fig: _Fig, complement: bool = True) -> str | None:
    """What the sentence says of the figure (`figure_predicates`): the words before the number
    in its clause, else those after what it counts (its label, when written right after it);
    a label made of it (`complement` False) is the words before the number alone."""
    sent = fig.sentence
    at = text.find(fig.label, fig.end, sent.end) if fig.label else -1
    if 0 <= at <= fig.words_from + 40:
        counted_end = at + len(fig.label)
    else:  # a label resolved elsewhere ("such encounters"): skip the words that name it here
        np = _np_after(text, fig.words_from, sent.end)
        counted_end = np[1] if np else fig.words_from
    found = predicate(
        text, fig.stretch_start, sent.end, fig.qualifier_start, counted_end, complement
    )
    return None if found == fig.label else found


def _place(fig: _Fig, periods, by_kind, own_end: int, clause: tuple[int, int]) -> None:
    """Period and segment from the sentence: see _Candidates.pick. A segment is not taken from
    another clause ("...; damage reached $5 million in <Place>")."""
    fig.period = periods.pick(fig, own_end, clause)
    for kind in _FACET_ORDER:
        hit = by_kind[kind].pick(fig, own_end, clause, sentence=False)
        if hit:
            fig.facets[kind] = hit[1]


def _inherit(fig: _Fig, state: dict[str, str] | None) -> None:
    """Fill what the sentence left open from the series or figure this one continues."""
    if not state:
        return
    if fig.period is None:
        fig.period = state.get("period")
    for kind in _FACET_ORDER:
        if kind not in fig.facets and kind in state:
            fig.facets[kind] = state[kind]


def _skey(fig: _Fig) -> tuple[str, str]:
    return fig.unit, fig.key


def _state(fig: _Fig) -> dict[str, str]:
    state = dict(fig.facets)
    if fig.period:
        state["period"] = fig.period
    return state


def _update_series(series, text: str, sent: Sentence) -> None:
    """A sentence without figures that names a series' noun re-sets its context ("There were
    more such incidents between ports of entry.")."""
    lowered = sent.text.lower()
    if not any(key and key in lowered for _unit, key in series):
        return
    stems = {_stem(w) for w in _WORD.findall(sent.text)}
    keys = [k for k in series if k[1] and k[1] in stems]
    if not keys:
        return
    periods, facets = _periods(text, sent), _facets(text, sent)
    first: dict[str, str] = {}
    for _start, _end, (kind, value) in facets:
        first.setdefault(kind, value)
    for k in keys:
        series[k].update(first)
        if periods:
            series[k]["period"] = periods[0][2]


def _clause(semicolons: list[int], sent: Sentence, pos: int) -> tuple[int, int]:
    """The clause around `pos`: between the semicolons of the sentence around it."""
    i = bisect_left(semicolons, pos)
    start = semicolons[i - 1] + 1 if i else sent.start
    end = semicolons[i] if i < len(semicolons) else sent.end
    return start, end


# A clause of its own after a figure: "and was built", ", which opened", "while".
_NEXT_CLAUSE = re.compile(
    r"\b(?:and|but)\s+(?:was|were|is|are|has|have|had|will|would|did|[a-z]{3,}ed)\b"
    r"|,\s*(?:which|who)\b|\b(?:while|whereas|although|though|because)\b"
    r"|,\s*(?:up|down)\b"  # "2.5%, down from a peak of 4% in May 2020", "14,300, down 8% on 2023"
)


class _Candidates:
    """A sentence's period or segment mentions, (start, end, payload) sorted by start, and the
    pick of one for a figure in log time (a sentence may hold hundreds of figures): mentions do
    not overlap, so the nearest to a figure is one of its neighbours in that order."""

    NEAREST = 3  # neighbours on each side of a figure that may be nearest to it

    def __init__(self, cands: list, text: str | None = None) -> None:
        self.cands = sorted(cands)
        self.starts = [c[0] for c in self.cands]
        self.text = text  # given: a later clause's mention is not the figure's

    def pick(self, fig: _Fig, own_end: int, clause: tuple[int, int], sentence: bool = True):
        """The candidate in the figure's own stretch, else the nearest in its clause, else
        (with `sentence`) the nearest in its sentence."""
        if not self.cands:
            return None
        lo, hi = clause
        i = bisect_left(self.starts, fig.end)
        if i < len(self.cands) and self.starts[i] < min(own_end, hi) and not self._later(fig, i):
            return self.cands[i][2]
        j = bisect_left(self.starts, fig.start)
        near = range(max(0, j - self.NEAREST), min(len(self.cands), j + self.NEAREST + 1))

        def distance(c) -> int:
            return fig.start - c[1] if c[1] <= fig.start else max(0, c[0] - fig.end)

        near = [k for k in near if not self._later(fig, k)]
        in_clause = [self.cands[k] for k in near if lo <= self.cands[k][0] < hi]
        for pool in (in_clause, [self.cands[k] for k in near] if sentence else []):
            if pool:
                return min(pool, key=distance)[2]
        return None

    def _later(self, fig: _Fig, k: int) -> bool:
        """Candidate `k` lies in a clause of its own after the figure ("carries 160,000
        vehicles a day and was built in 1932"): not the figure's."""
        start = self.cands[k][0]
        return (
            self.text is not None
            and start >= fig.end
            and _NEXT_CLAUSE.search(self.text, fig.end, start) is not None
        )


# --- finding numbers ---------------------------------------------------------------------------


def _numbers(
    text: str,
    index: int,
    sent: Sentence,
    tagged: list[Quantity],
    tagged_starts: list[int],
    partitive: _Partitive | None,
    stated: _Stated,
) -> list[_Fig]:
    """The figures of one sentence, in order: the tagger's quantities that are figures
    (`figure_numbers`)."""
    lo, hi = bisect_left(tagged_starts, sent.start), bisect_left(tagged_starts, sent.end)
    room = max(0, MAX_NUMBERS_READ - stated.read)
    quantities = tagged[lo:hi][:room]
    stated.read += len(quantities)
    here = _Stated()  # amounts stated earlier in this sentence
    figs: list[_Fig] = []
    numbers = sentence_numbers(
        text,
        sent.start,
        sent.end,
        quantities,
        partitive.end if partitive else None,
        lambda x: x in stated or x in here,
    )
    for n in numbers:
        fig = _Fig(
            **{f.name: getattr(n, f.name) for f in fields(Number)}, para=index, sentence=sent
        )
        figs.append(fig)
        here.add([fig])
    return figs


_SCORE_HINT = re.compile(r"\d\s?[-–]\s?\d")


def _with_results(text: str, index: int, sent: Sentence, figs: list[_Fig]) -> list[_Fig]:
    """The sentence's figures, its results' sides and its records' tallies (`scores`: "beat
    Malta 6-0" gives Norway's 6 and Malta's 0, "the Falcons (4-7)" their 4 wins
    and 7 losses), in reading order; a number inside a scoreline or a record is that tally only."""
    if not _SCORE_HINT.search(text, sent.start, sent.end):
        return figs
    sides = find_scores(text, sent.start, sent.end)
    votes = [
        v
        for v in find_votes(text, sent.start, sent.end)
        if not any(s.start <= v.start < s.end for s in sides)
    ]
    spans = [(s.result_start, s.result_end) for s in sides + votes]
    tallies = [
        t
        for t in find_records(text, sent.start, sent.end)
        if not any(a <= t.start < b for a, b in spans)
    ]
    if not sides and not tallies and not votes:
        return figs
    spans += [(t.record_start, t.record_end) for t in tallies]
    # the scorelines' own numbers ("38-17"), not the whole result ("Ireland ran in five tries
    # in a 38-17 victory": the tries are a figure of their own)
    lines: dict[tuple[int, int], tuple[int, int]] = {}
    for s in sides + votes:
        a, b = lines.get((s.result_start, s.result_end), (s.start, s.end))
        lines[(s.result_start, s.result_end)] = (min(a, s.start), max(b, s.end))
    taken = [*lines.values(), *((t.record_start, t.record_end) for t in tallies)]
    kept = [f for f in figs if not any(f.start < b and a < f.end for a, b in taken)]
    found = [(s, "score", s.result_start, s.result_end) for s in sides]
    found += [(v, "votes", v.result_start, v.result_end) for v in votes]
    found += [(t, t.unit, t.record_start, t.record_end) for t in tallies]
    for tally, unit, start, end in found:
        kept.append(
            _Fig(
                start=tally.start,
                end=tally.end,
                display=text[tally.start : tally.end],
                value=float(tally.value),
                low=None,
                high=None,
                unit=unit,
                kind="count",
                per=None,
                qualifier=None,
                qualifier_start=tally.start,
                words_from=tally.end,
                para=index,
                sentence=sent,
                label=text[tally.name_start : tally.name_end],
                predicate=text[start:end],
                result=True,
            )
        )
    return sorted(kept, key=lambda f: f.start)


def _partitive(text: str, sent: Sentence, stated: _Stated) -> _Partitive | None:
    """ "Of the 30 X," / "Of these 500," opening a sentence: the breakdown that follows counts
    X (or whatever the earlier figure with that value counted)."""
    m = _PARTITIVE.match(text, sent.start, sent.end)
    if not m:
        return None
    value = parse_number(m.group("n"))
    ref = stated.get(value) if value else None
    np = _np_after(text, m.end("n"), m.end("np"))
    label = text[np[0] : np[1]] if np else (ref.label if ref else None)
    return _Partitive(label=label, ref=ref, end=m.end())


# --- labels ------------------------------------------------------------------------------------


# What a verb of setting puts at the number: "set the utility's return on equity at 9.75%",
# "capped annual rent rises at 3%", "kept its key rate at 4.25%"
_SET_AT = re.compile(
    r"\b(?:set|sets|fixed|fixes|capped|caps|pegged|pegs|kept|keeps|held|holds|priced|prices"
    r"|put|puts|(?-i:estimated|estimates|valued|values|placed|places))"  # "estimated damage … at"
    r"\s+(?:(?:the|its|their|his|her|a|an)\s+)?(?P<np>(?:[^,;:]|,(?=\s+[\w-]+(?:\s+[\w-]+)?\s+and\s))"
    r"{2,80}?)"  # ("damage to roads, bridges and flood-control structures")
    r"(?:,\s+or\s+[A-Z][A-Za-z]{1,7},)?\s+at\s+"  # ("its return on equity, or ROE, at")
    r"(?:(?:about|around|nearly|just|only)\s+)?$",
    re.IGNORECASE,
)
# A possessor between "of the" and a number: "of the Department of Corrections’ 5,480"
_OWNER_BEFORE_NUMBER = re.compile(
    rf"\s+(?:[A-Za-z][\w.&-]*\s+){{0,4}}?[A-Za-z][\w.&-]*(?:['’]s|s['’])(?=\s+(?:{_ABOUT}\s+)?\d)"
)  # (and "of the state's roughly 74,000 teachers")


# An amount is no label: "to P40 billion from P31 billion", "Rs15bn and Rs11bn" (a currency's
# letters before digits read as a word)
_AMOUNT = re.compile(
    r"[A-Z]{0,3}\$?[$€£¥₹]?\s?\d[\d,.]*\s*(?:[mkb]n?|million|billion|trillion|crores?|lakhs?)?",
    re.IGNORECASE,
)


def _label(texts, index, fig: _Fig, context: _Context, partitive) -> _Fig | None:
    """Set fig.label from the sentence (module docstring: label); return the figure whose period
    and segment it should inherit, if any."""
    text, sent, e = texts[index], fig.sentence, fig.words_from
    lo = context.prev_end
    if aside := _ASIDE.match(text, e, sent.end):
        e = aside.end()  # "17 ounces (500 ml) of water": what is measured follows the aside

    def of_phrase():
        worth = _WORTH_OF.match(text, e, sent.end)  # "a year’s worth of expenses"
        m = _OF.match(text, worth.end() if worth else e, sent.end)
        if m is None:
            return None
        at = m.end()
        if owner := _OWNER_BEFORE_NUMBER.match(text, at, sent.end):
            at = owner.end()  # "1,874 of the department’s 5,480 officer posts": the posts
        n = _NUMBER_WORD.match(text, at, sent.end)
        if n and (n.group(1).replace(",", "").isdigit() or n.group(1).lower() in UNITS):
            at = n.end()  # "half of its six shots": a share of what was counted
        elif amount := _AMOUNT_AFTER.match(text, at, sent.end):
            # "a third of the C$3.6 million the tenants had sought": a share of an amount is
            # labelled by what follows the amount, never by its currency's letters
            return _np_after(text, amount.end(), sent.end)
        return _np_after(text, at, sent.end, object_of=True)  # ("10 hours of load-shedding")

    def on_what():  # "save 30% on their energy bills", "a 25% tariff on steel imports"
        m = _ON.match(text, e, sent.end)
        span = _np_after(text, m.end(), sent.end) if m else None
        if span and not text[span[0] : span[1]].split()[-1].islower():
            return None  # "5% on Tuesday", "on Monday": a day, not what it is a share of
        return span

    def off_what():  # "25% off its usual price", "$300 off the list price": a discount
        m = _OFF.match(text, e, sent.end)
        return _np_after(text, m.end(), sent.end) if m else None

    def change():  # "a 30% increase in X"
        m = _CHANGE_NOUN.match(text, e, sent.end)
        tail = _np_after(text, m.end(), sent.end) if m else None
        return (m.start(1), tail[1]) if tail else None

    def in_what():  # "more than 12,000 in attendance": a count of those in a state
        m = _IN_STATE.match(text, e, sent.end)
        return m.span(1) if m else None

    def prep_phrase():  # "$4 billion from X", "$129 for the Founder's Edition", not "in <Place>"
        m = _PREP_DET.match(text, e, sent.end)
        if m is None:
            return None
        at = m.end()
        if (det := _DET_NUMBER.match(text, at, sent.end)) and det.group(1).lower() in UNITS:
            at = det.end()  # "Rs 24 lakh in the four attempts": what the money went on
        # ("£45 million of funding"; not "fined £2,000 for failing to clear the site")
        span = _np_after(text, at, sent.end, object_of=m.group().split()[0].lower() == "of")
        if span and not text[span[0] : span[1]].split()[-1].islower():
            # a name after "in", "to", "from", "on" is a place, a person or a day ("in New
            # York", "to Smith", "on Monday"); "in American farm products" is what money buys,
            # and "$129 for the Founder's Edition" what it buys by name
            words = text[span[0] : span[1]].split()
            day = any(w.rstrip(".,").lower() in _DAY_OR_MONTH for w in words)
            if day or m.group().split()[0].lower() != "for":
                return None
        # "$3 billion on technology and programming", "$40-50 billion in annual purchases of
        # American farm goods"
        return span and _extended(span, any_second=True)

    def after():
        start = e
        if fig.kind == "multiplier" and (many := _AS_MANY.match(text, e, sent.end)):
            start = many.end()
        elif fig.kind == "multiplier" and (whose := _TIMES_WHOSE.match(text, e, sent.end)):
            start = whose.end()  # "25 times your annual expenses": a multiple of them
        elif fig.kind == "percent" and (than := _COMPARED.match(text, e, sent.end)):
            start = than.end()  # "a 15% lower risk of heart disease": the risk
        model = _MODEL.match(text, start, sent.end)  # "400 737 Max jets": the model's jets
        span = _np_after(text, model.end() if model else start, sent.end)
        if span and model:
            span = (model.start(1), span[1])
        if span and text[span[0] : span[1]].split()[0].lower() in _WHEN_WORDS | _NOT_NOUNS_AFTER:
            return None  # "reached 182 Tuesday morning": when, not what; "₹187.45 apiece"
        return span and _extended(span, any_second=False)

    def modified():
        """The noun a measure written as a modifier qualifies ("a nearly four-hour meeting on
        Tuesday", "The three-day strike cost the airline …"): a noun, even in -ing, and no
        verb after it."""
        span = _np_after(text, e, sent.end, object_of=True)
        if span is None:
            return None
        words = list(_NON_SPACE.finditer(text, span[0], span[1]))
        while len(words) > 1 and (
            is_past_verb(words[-1].group().lower()) or words[-1].group().lower() in IRREGULAR_PAST
        ):
            words.pop()
        return span[0], words[-1].end()

    def _extended(span: tuple[int, int], any_second: bool) -> tuple[int, int]:
        """`span` with a coordinated noun ("national security and diplomatic officials": a
        plural head after "and", or any noun when `any_second`) and its "of"/"with"/"for"
        phrase."""
        if both := _AND_OR.match(text, span[1], sent.end):
            more = _np_after(text, both.end(), sent.end, max_words=3)
            if more is None and any_second and (g := _GERUND.match(text, both.end(), sent.end)):
                more = g.span(1)  # "on technology and programming"
            head = text[more[0] : more[1]].split()[-1] if more else ""
            ends = more is not None and _NP_END.match(text, more[1], sent.end) is not None
            # not "has 450 beds and employs 3,200 staff": a number after it makes it a verb
            counts = more is not None and _NUMBER_NEXT.match(text, more[1], sent.end) is not None
            # not "killed two people and destroyed dozens of homes": a verb and its object
            first = text[more[0] : more[1]].split()[0] if more else ""
            counts = counts or (
                more is not None and " " in text[more[0] : more[1]] and _verbish(first, alone=False)
            )
            # not "spent $15 billion on content and plans to spend more": a verb follows
            plural = _plural(head) or (head in _PLURAL_WITHOUT_S and ends)
            if head.islower() and not counts and (ends if any_second else plural):
                span = (span[0], more[1])
        if of := _OF_WITH.match(text, span[1], sent.end):
            # "five counts of fraud", "50 people with binge eating disorder", "a 30-60 per
            # cent chance of dying" (a gerund after "of" is a noun)
            tail = _np_after(text, of.end(), sent.end, max_words=3)
            if tail is None and (g := _GERUND.match(text, of.end(), sent.end)):
                tail = g.span(1)
            span = (span[0], tail[1]) if tail else span
        return span

    def held_in():  # "faces up to 20 years in prison": the span is spent there
        m = _HELD_IN.match(text, e, sent.end)
        return m.span(1) if m and fig.kind == "duration" else None

    def to_do():  # "it took nearly eight hours to complete the series": what took that long
        m = _TO_DO.match(text, e, sent.end)
        if m is None or not _TAKES.search(text, sent.start, fig.start):
            return None  # not "delayed three hours to allow repairs": a purpose, not a task
        tail = _np_after(text, m.end(), sent.end, max_words=3)
        return (m.start(1), tail[1]) if tail else None

    def to_before():  # "raised the minimum wage to £11.44 an hour": what was set
        m = _TO.search(text, max(lo, fig.qualifier_start - 6), fig.qualifier_start)
        span = _np_before(text, lo, m.start(), max_words=3) if m else None
        last = text[span[0] : span[1]].split()[-1] if span else ""
        if span and (
            _verbish(last, alone=True)
            or is_past_verb(last)
            or last.lower() in _MEASURING_VERBS
            or last.lower() in _NOT_TO_NOUNS
            or any(ch.isdigit() for ch in last)  # "go up by R85 to R465": an amount, no noun
        ):
            return None  # "rose to 5%", "closer to 5%", "up to 43": no noun before "to"
        return span

    def from_before():  # "cut its workforce from 5,000 to 3,800": what changed
        m = _FROM.search(text, max(lo, fig.qualifier_start - 8), fig.qualifier_start)
        if m and (verb := _CHANGE_VERB_BEFORE.search(text, max(lo, m.start() - 30), m.start())):
            # "Measles cases in the state rose from 14": the subject of the verb
            return _before(text, lo, verb.start(), drop_verb=True)
        return _np_before(text, lo, m.start(), max_words=3) if m else None

    def object_by():  # "cut hospital admissions by a quarter": what the verb changed
        return changed_object(text, lo, fig.qualifier_start)

    def changed_by():  # "car thefts rose by 340": what changed is the verb's subject
        verb = CHANGED_BY.search(text, max(lo, fig.qualifier_start - 40), fig.qualifier_start)
        span = _before(text, lo, verb.start(), drop_verb=True) if verb else None
        return span and _named_index(text, span, verb.end())

    def of_before():  # "revenue of $4.2 billion", "a budget of $3 million": what it amounts to
        m = _OF_BEFORE.search(text, max(lo, fig.qualifier_start - 12), fig.qualifier_start)
        span = _np_before(text, lo, m.start(), max_words=3) if m else None
        if span and text[span[0] : span[1]].split()[-1].lower() in _AMOUNT_NOUNS:
            return None  # "a total of", "a value of", "a maximum of": no name of what it is
        return span

    def fronted():  # "At $1,299, the laptop is …", "For three years, residents have been …"
        lead = _FRONTED.fullmatch(text, sent.start, fig.qualifier_start)
        if lead is None:
            return None
        word = lead.group("lead").lower()
        if fig.kind == "count" and word == "at":
            return None  # "At 65, Jones is the oldest candidate": an age
        if fig.kind == "duration" and word != "for":
            return None  # "After three days, rescuers found them": when, not how long
        comma = _COMMA.match(text, e, sent.end)
        if comma is None:
            return None
        if fig.kind == "duration":  # what lasted that long: the main clause, in a few words
            words = [m.span() for m in _WORD.finditer(text, comma.end(), sent.end)][:6]
            return (words[0][0], words[-1][1]) if words else None
        det = _DET_START.match(text, comma.end(), sent.end)
        return _np_after(text, (det.end() if det else comma.end()) - 1, sent.end)

    def spent_doing():  # "spent 21.4 hours waiting for a bed": the time is the waiting's
        m = _SPENT_DOING.match(text, e, sent.end)
        return (m.span(1) if m.group(1) else m.span(2)) if m else None

    def set_at():  # "set the utility's return on equity at 9.75%": what was set
        m = _SET_AT.search(text, max(lo, fig.qualifier_start - 90), fig.qualifier_start)
        return m.span("np") if m else None

    def relative():  # "health insurance costs that went up 11%": the relative's antecedent
        window = max(lo, fig.qualifier_start - 60)
        if (
            "that " not in text[window : fig.qualifier_start]
            and "which " not in text[window : fig.qualifier_start]
        ):
            return None  # (a cheap test first: this way is tried for every amount and share)
        rel = _RELATIVE_CHANGE.search(text, window, fig.qualifier_start)
        if rel is None:
            return None
        since = max(text.rfind(",", lo, rel.start()) + 1, lo)
        span = _np_before(text, since, rel.start(), max_words=3)  # (not "face": a verb before)
        for m in _WORD.finditer(text, *span) if span else ():
            w = m.group().lower()  # "We face health insurance costs that": not the verb
            if (
                w in _STOP
                or w in _PRONOUNS
                or w in _COMMON_VERBS
                or _verbish(w, alone=True)
                or is_past_verb(w)
            ):
                span = (m.end(), span[1])
            else:
                break
        return (
            (
                span[0] + len(text[span[0] : span[1]]) - len(text[span[0] : span[1]].lstrip()),
                span[1],
            )
            if span and span[0] < span[1]
            else None
        )

    def moved_points():  # "The Dow fell 312 points", "ended the day 38 points higher"
        higher = MOVED_COMPARATIVE.match(text, e, sent.end)  # (and "ended the week 3% higher")
        if not (_POINTS.match(text, e, sent.end) or (fig.kind == "percent" and higher)):
            return None
        verb = _MOVED_BEFORE.search(text, max(lo, fig.qualifier_start - 30), fig.qualifier_start)
        if verb is None and higher:
            verb = next(reversed(list(_SESSION_VERB.finditer(text, lo, fig.qualifier_start))), None)
        span = _before(text, lo, verb.start(), drop_verb=True) if verb else None
        return span and _named_index(text, span, verb.end())

    def subject(drop_verb: bool):
        # not a count: "Braun, 38," is an age, "…, 5-8 minutes" a step's time
        return lambda: _before(text, lo, fig.qualifier_start, drop_verb, fig.kind != "count")

    if (measured := _measured_in_aside(text, sent.start, fig)) is not None:
        fig.label = measured  # "its detector subsystem, worth about $140 million,", "the
        return None  # universe, some 230 million light-years wide,": the noun the aside sizes
    held = "(" in text[max(sent.start, fig.qualifier_start - 40) : fig.qualifier_start] and (
        _HELD_IN_ASIDE.search(text, max(sent.start, fig.qualifier_start - 80), fig.qualifier_start)
    )  # (a cheap test first: this way is tried for every figure)
    if held and not _SHARE_ONLY.fullmatch(held.group("np")):  # ("one in six (17%)": nobody)
        fig.label = held.group("np")  # "Plains (covering 65 percent of the surface)": the
        return None  # plains' share, said in an aside about them
    if among := _AMONG_LEAD.fullmatch(text, sent.start, fig.qualifier_start):
        fig.label = among.group("np")  # "Among renters under 35, 58 percent spend …": a share
        return None  # of the group the sentence opens on
    if (changed := _changed_to(text, fig, context)) is not None:
        fig.label = changed.label  # "net income fell 3% to $312 million": the same measure
        return None
    prev = context.previous
    if (
        prev is not None
        and prev.label
        and (
            (
                prev.unit == fig.unit
                and _FROM_EARLIER.search(
                    text, max(prev.end, fig.qualifier_start - 40), fig.qualifier_start
                )
            )
            or _UP_DOWN_AFTER.fullmatch(text, prev.words_from, fig.qualifier_start)
            or (
                prev.unit == fig.unit
                and _TO_THEN_FROM.fullmatch(text, prev.words_from, fig.qualifier_start)
                and _CHANGED_TO.search(
                    text, max(sent.start, prev.qualifier_start - 30), prev.qualifier_start
                )
            )  # "had risen to 7.2pc year-on-year in February from 5.8pc in January"
        )
    ):  # "stands at 2.5%, down from a peak of 4%": the same measure, earlier; "averaged
        fig.label = prev.label  # 14,300 last season, down 8%": its change
        return None
    after_at = ", at" in text[max(sent.start, fig.qualifier_start - 24) : fig.qualifier_start]
    if after_at and (
        at := _AT_APPOSED.search(
            text, max(sent.start, fig.qualifier_start - 70), fig.qualifier_start
        )
    ):
        words = at.group("np").split()
        if not any(_verbish(w, alone=True) or is_past_verb(w) for w in words):
            fig.label = at.group("np")  # "the highest attack rate, at 9.6 cases per 100,000":
            return None  # the measure the aside gives a value of
    if (
        after_at
        and (at := _AT_AFTER_CLAUSE.search(text, sent.start, fig.qualifier_start))
        and not _SET_AT.search(text, max(lo, fig.qualifier_start - 90), fig.qualifier_start)
        and (subject_span := _before(text, sent.start, at.start(), drop_verb=True))
    ):  # (not "set the utility's return on equity, or ROE, at 9.75%": what was set)
        words = text[slice(*subject_span)].split()
        while len(words) > 1 and (
            words[-1].endswith("ly")
            or is_past_verb(words[-1].lower())
            or words[-1].lower() in IRREGULAR_PAST
        ):
            words.pop()  # "Prices rose sharply, at 9% a year": the prices
        fig.label = " ".join(words)  # "Inflation eased in March, at 3.1%": the level the
        return None  # clause's subject reached
    if fig.kind == "rate" and (inner := _RATE_NOUN.match(fig.display)):
        fig.label = inner.group("noun")  # "three meals per day": meals
        return None
    if fig.kind == "rate" and (every := _EVERY_BASE.match(fig.display)):
        fig.label = every.group("noun")  # "9.4 of every 100 patients": patients
        return None
    if _MODIFIER.fullmatch(fig.display):
        ways = [modified, after, subject(True)]  # "a 40-year stagnation", "the 16-inch screen"
    elif fronted_span := fronted():
        ways = [lambda: fronted_span]
    elif (
        fig.kind == "rate"
        and _BARE_RATE.match(fig.display)
        and _CHANGED_TO.search(text, max(lo, fig.qualifier_start - 30), fig.qualifier_start)
    ):
        # "The injury frequency rate improved to 3.12 per million hours": a rate with no noun
        # of its own before "per" that a verb moved is its subject's
        ways = [subject(True), after]
    elif fig.kind in ("count", "rate"):
        ways = [
            moved_points,
            after,
            of_phrase,
            in_what,
            of_before,
            from_before,
            object_by,
            changed_by,
        ]
    elif fig.kind in ("percent", "fraction"):
        ways = [
            relative, of_phrase, change, off_what, moved_points, after, of_before, on_what,
            from_before, to_before, set_at, object_by, subject(True),
        ]  # fmt: skip
    elif fig.kind == "duration":
        # ("The median wait rose from 142 days to 311 days": what changed is the subject)
        ways = [of_phrase, held_in, to_do, spent_doing, from_before, changed_by, subject(False)]
    else:
        ways = [
            relative, after, of_before, object_by, changed_by, prep_phrase, from_before,
            to_before, set_at, subject(True),
        ]  # fmt: skip
    span = next(
        (
            found
            for way in ways
            if (found := way()) and not _when(text, found) and not _AMOUNT.fullmatch(text, *found)
        ),
        None,
    )
    if span is None:  # elliptical: "... and 40 at the Western border", "Of the 30 X, 12 ..."
        if partitive and fig.start >= partitive.end and partitive.label:
            fig.label = partitive.label
            return partitive.ref
        previous = context.last_in_sentence.get(fig.unit)
        if previous is None and not _OF_PRONOUN.match(text, e, sent.end):
            previous = context.last_in_paragraph.get(fig.unit) or context.last_labelled
        if previous is not None:
            fig.label = previous.label
            return None
        span = _before(text, lo, fig.qualifier_start, drop_verb=True)  # "the toll rose to 42"
        if span is None and (day := _DAY_ADVERBIAL.search(text, lo, fig.qualifier_start)):
            # "Voters rejected the levy on Nov. 4, 53% to 47%": the clause before the day
            span = _before(text, lo, day.start(), drop_verb=True)
    label = text[span[0] : span[1]] if span else ""  # nothing counted: dropped by the caller
    if (
        label
        and _COMPARISON_ONLY.fullmatch(label)
        and (
            earlier := context.last_in_sentence.get(fig.unit)
            or context.last_in_paragraph.get(fig.unit)
        )
    ):  # "That was down from 9,400 hours", "well above the 2,100 hours": what was measured
        fig.label = earlier.label  # before, at another time
        return None
    if (
        (not label or _TIME_LABEL.fullmatch(label))
        and (lead := _APPOSED_SUBJECT.match(text, sent.start, fig.qualifier_start))
        and lead.end() <= fig.qualifier_start
    ):
        # "Nvidia shares, up 90% this year, closed at $950": the subject before the apposition
        # the figure before it sat in (not "year", the apposition's last word)
        label = text[lead.start("np") : lead.end("np")]
    if (
        label
        and _says_nothing(label)
        and label.lower() not in _SHIFTS
        and (lead := _APPOSED_SUBJECT.match(text, sent.start, fig.qualifier_start))
    ):
        # "Net interest income (NII), the difference between …, grew 9.7 per cent": the
        # subject before the apposition, not the verb after it
        label = text[lead.start("np") : lead.end("np")]
    if label and _says_nothing(label):
        # "…, a jump of 25 percent", "down 1.8%", "The merger, valued at €12bn": a change, a
        # direction or a verb is not what is measured; the measure is what the sentence's
        # figure before it measures ("fell to $70, a jump of …"), else the clause's subject
        earlier = context.last_labelled
        if earlier is not None and not _says_nothing(earlier.label) and label.lower() in _SHIFTS:
            fig.label = earlier.label
            return None
        found = _before(text, sent.start, fig.qualifier_start, drop_verb=True)
        if span and text[: span[0]].endswith(", "):  # "The merger, valued at": the apposed noun
            found = _np_before(text, sent.start, span[0] - 2)
        if found and not _says_nothing(text[found[0] : found[1]]):
            label = text[found[0] : found[1]]
    if label.lower().startswith("such "):
        label = _resolve_such(texts, index, fig.start, label) or label
    fig.label = label
    return None


# An index's points moved: "fell 312 points", "up 1.8 points", "38 points higher" (what moved
# is the verb's subject: an index, a party's vote), not a count of points scored
_POINTS = re.compile(r"\s+(?:index\s+)?points?\b", re.IGNORECASE)
_MOVED_BEFORE = re.compile(
    # (not "added 31 points", "lost 9 points", "gained 3 points": points scored or dropped)
    r"\b(?:up|down|rose|fell|climbed|jumped|slipped|slid|tumbled"
    r"|advanced|declined|surged|plunged|rallied)\s+(?:by\s+)?(?:(?:about|nearly|almost|some"
    r"|more\s+than)\s+)?$",
    re.IGNORECASE,
)
_INDEX_NUMBER = re.compile(r"\s+\d{2,4}\b(?=\s+[a-z])")
_SESSION_VERB = re.compile(rf"\b(?:{alternation(SESSION_VERBS)}|was|were|is|are)\b")


def _named_index(text: str, span: tuple[int, int], end: int) -> tuple[int, int]:
    """`span` with the number that ends its name ("The FTSE 250 has closed up", "the Nikkei 225
    rose by"): the subject's words stop at digits."""
    named = _INDEX_NUMBER.match(text, span[1], end)
    return (span[0], named.end()) if named else span


# A day told right before a number after a comma ("… on Nov. 4, 53% to 47%")
_DAY_ADVERBIAL = re.compile(
    r"\s+(?:on|in)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|[A-Z][a-z]{2,8}\.?\s+\d{1,2}"
    r"|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?,\s*$"
)
# Words a label cannot end on: what comes after them was cut ("Ofgem reviews the cap every",
# "The Government has", "mean age was", "allocations for the")
_OPEN_END = frozenset(
    """
    a an the of to in on at by for with from and or but than as that which who whose is are was
    were has have had be been being every each least additional its their his her our this these
    those
    """.split()
)


def _trimmed(label: str) -> str:
    """`label` without the words it cannot end on, unless nothing else is left."""
    words = label.split(" ")
    while len(words) > 1 and words[-1].lower() in _OPEN_END and not words[-1].isupper():
        words.pop()
    return " ".join(words)


# A gerund phrase after a time ("28,400 hours waiting outside emergency departments"): what
# the time was spent on, up to its clause's end or a purpose ("to hand over …")
_SPENT_DOING = re.compile(
    # ("spent six weeks away from home": where the time was spent)
    r"\s+(away\s+from\s+(?:(?:their|his|her|its|the)\s+)?[a-z][\w-]*)(?=[,;.]|\s|$)|"
    r"\s+((?!(?:during|including|according|following|regarding|concerning|excluding|starting"
    r"|beginning|morning|evening|nothing|something|anything|everything|being)\b)[a-z]{2,}ing\b"
    rf"[^,;:()\[\]—–“”\"0-9.]{{0,60}}?)(?={PHRASE_END}|\.|\s(?:to|in|on|at|last|this|next"
    r"|each|every|per|a\s+(?:day|week|month|year))\b|$)"
)
# A label that says only how a number compares ("down", "well above the"): no label at all
_COMPARISON_ONLY = re.compile(
    r"(?:(?:up|down|well|far|just|above|below|higher|lower|than|from|compared|with|against"
    r"|versus|vs|v|the|a|an)\b\.?\s*)+",
    re.IGNORECASE,
)
_APPOSED_PARTICIPLE = re.compile(r",\s+(?:[a-z]+ed\s+(?:at|to|by|for|from)|up|down|off)\s+$")
# A label of one word that says how a number moved, not what it measures.
_SHIFTS = frozenset(
    "increase decrease jump rise drop decline fall gain cut reduction hike surge".split()
    + "up down off".split()
)


# A share in words: "one in six", "two out of five", "a third", "half", "three-quarters"
_SHARE_WORDS = (
    r"(?i:(?:(?:one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\s+of)\s+"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+)"
    r"|(?:an?|one|two|three)[\s-]+(?:half|halves|thirds?|quarters?|fifths?)|half))"
)
_SHARE_ONLY = re.compile(rf"(?:(?i:than)\s+)?{_SHARE_WORDS}")
_HELD_IN_ASIDE = re.compile(
    # (not the unit of a number before it: "17 ounces (500 ml)", "$1.2 million (…)")
    r"(?:^|(?<=[\s,;]))(?<!\d\s)"
    # "Two in five parents (40%)", "a third of respondents (31%)": the share restated is of them
    rf"(?:{_SHARE_WORDS}\s+(?:of\s+(?:the\s+|its\s+|their\s+)?)?)?"
    r"(?!(?:and|or|but|the|a|an|of|in|on|at|to)\b)"
    r"(?P<np>[A-Za-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,2})\s+\((?:(?:covering|accounting\s+for"
    r"|representing|making\s+up|comprising)\s+)?"
    r"(?:(?:about|roughly|nearly|some|almost|over|under|more\s+than)\s+)?$"
)
_AMONG_LEAD = re.compile(
    r"\s*Among\s+(?:the\s+)?(?P<np>[^,;:]{2,60}?),\s+"
    # "Among middle school teachers, the figure was 33%": the group's figure, said again
    r"(?:the\s+(?:figure|rate|share|proportion|percentage|number)\s+(?:was|is|were|stood\s+at"
    r"|rose\s+to|fell\s+to)\s+)?"
    r"(?:(?:about|nearly|roughly|some|almost"
    r"|just|only|more\s+than|fewer\s+than|less\s+than|over|under)\s+)?"
)
# ", at 9.6 cases per 100,000", ", at about $3 a litre": a value given to the noun before, or
# to the clause's subject ("Inflation eased in March, at 3.1%")
_AT_AFTER_CLAUSE = re.compile(r",\s+at\s+(?:(?:about|around|nearly|roughly|some|just|almost)\s+)?$")
_AT_APPOSED = re.compile(
    r"\b(?:the|its|their|a|an)\s+(?P<np>(?:[a-z][\w’'-]*\s+){0,3}[a-z][\w’'-]*)"
    + _AT_AFTER_CLAUSE.pattern
)
_TIME_LABEL = re.compile(r"(?i:years?|months?|weeks?|days?|quarters?)")
# A subject, an apposition between commas, then the clause's verb: "Nvidia shares, up 90% this
# year, closed at"
_APPOSED_SUBJECT = re.compile(
    r"(?:The\s+)?(?P<np>[A-Za-z][\w’'&.-]*(?:\s+[A-Za-z][\w’'&.-]*){0,5})"
    r"(?:\s+\([A-Z][\w&.-]{1,12}\))?,\s+(?:up|down|off"  # "Net interest income (NII), the …,"
    # "Unemployment, currently 5.1%, is expected": an adverb opens the aside
    r"|[a-z]+ed|a|an|the|which|who|[a-z]{4,}ly|now|still)\b[^,;:]{1,80},\s+"
    r"(?:[a-z]+ly\s+|now\s+|still\s+)?"
    r"(?:is|are|was|were|has|have|had|closed|rose|fell|grew|shrank|ended|traded|stood|sits?"
    r"|[a-z]{3,}ed)\b"
)


# An aside that sizes the noun before it: "…subsystem, worth about $140 million,", "a tax
# abatement worth $6.2 million" (before the number) or "…universe, some 230 million
# light-years wide," (after it)
_WORTH_ASIDE = re.compile(
    r",?\s+(?:(?:now|currently|then)\s+)?(?:worth|valued\s+at|estimated\s+at|costing|priced\s+at)\s+(?:(?:about|around|some|nearly|roughly"
    r"|almost|over|more\s+than|up\s+to|an\s+estimated|at\s+least)\s+)?$"
)
_SIZE_ASIDE_BEFORE = re.compile(r",\s+(?:(?:some|about|around|nearly|roughly|almost)\s+)?$")
_SIZE_AFTER = re.compile(r"\s+(?:wide|long|high|deep|tall|thick|across|in\s+diameter)\s*[,)]")


_OF_HEAD = re.compile(r"(?<![\w’'-])[A-Za-z][\w’'-]*\s+of\s+$")


def _measured_in_aside(text: str, start: int, fig: _Fig) -> str | None:
    at = fig.qualifier_start
    aside = _WORTH_ASIDE.search(text, max(start, at - 40), at)
    if aside is None and _SIZE_AFTER.match(text, fig.end):
        aside = _SIZE_ASIDE_BEFORE.search(text, max(start, at - 12), at)
    if aside is None:
        return None
    np = _np_before(text, start, aside.start())
    if np is None:
        return None
    # "Exports of gold worth $3.5 billion": what is measured is the head the "of" phrase is of
    head = _OF_HEAD.search(text, max(start, np[0] - 40), np[0])
    return text[head.start() if head else np[0] : np[1]]


# Endings only adverbs have ("currently", "eventually", "approximately"; not "family", "rally").
_ADVERB_ENDINGS = ("ently", "antly", "ously", "ively", "ually", "ately", "edly", "fully", "ingly")


def _says_nothing(label: str) -> bool:
    """A one-word label that is a change, a direction or a participle ("jump", "down",
    "valued")."""
    word = label.strip().lower()
    if " " in word:
        verb, _, particle = word.partition(" ")
        # "went up", "came down": a verb and its direction
        return particle in ("up", "down", "off", "out") and (
            is_past_verb(verb) or verb in ("go", "goes", "went", "gone", "come", "comes", "came")
        )
    return (
        word in _SHIFTS
        or word in ("lower", "higher", "go", "goes", "come", "reach", "reaches", "hit", "top")
        or word
        in ("now", "still", "already", "once", "that's", "that’s", "it's", "it’s", "this", "it")
        or word.endswith(_ADVERB_ENDINGS)  # "currently", "eventually": when, not what
        or is_past_verb(word)
    )
    # ("sleeping" is a gerund: a thing)


# (and "go", "move": "A 31-day pass will go from $72 to $85", "moved from 12 to 15")
_CHANGE_VERB_BEFORE = re.compile(
    r"\b(?:"
    + alternation((*_MEASURING_VERBS, *"go goes went gone going move moves moved moving".split()))
    + r")\s*$",
    re.IGNORECASE,
)
# "fell 3% to $312 million", "rose from 14 in 2023 to 212 last year": a second number after
# "to" is the new level of what the first measured; at most a time phrase between them.
_TO_GAP = re.compile(
    r"(?:\s+(?:in|during|on)\s+[^\d,;]{0,20}?\d{0,4}"
    # "rose 12% from a year earlier to $4.2 billion", "up 5% year on year to"
    r"|\s+(?:from|over|on|versus|vs\.?|compared\s+with)\s+(?:a|the|last|the\s+previous)\s+"
    r"(?:year|quarter|month|week)(?:\s+(?:earlier|ago|before))?"
    r"|\s+(?:year|quarter|month)[\s-]on[\s-](?:year|quarter|month)"
    rf"|\s+(?:{alternation(_RECKONING)}|yesterday|today|so\s+far))?"  # "by five overnight"
    r"\s+to\s+",
    re.IGNORECASE,
)
_FROM_BEFORE_NUMBER = re.compile(r"\bfrom\s+$", re.IGNORECASE)
# a change with no direction of its own: "The margin improved 80 basis points sequentially to"
_MOVED_BY = re.compile(rf"\b(?:{alternation(_MOVED_VERBS.split())})\s+(?:by\s+)?$", re.IGNORECASE)


def _changed_to(text: str, fig: _Fig, context: _Context) -> _Fig | None:
    """The figure whose measure `fig` gives the new level of: the sentence's previous figure,
    when it follows a verb of change or "from" and `fig` follows it after "to"."""
    prev = context.previous
    if prev is None or not prev.label or prev.sentence is not fig.sentence:
        return None
    if not _TO_GAP.fullmatch(text, prev.words_from, fig.qualifier_start):
        return None
    lead = text[max(prev.stretch_start, prev.qualifier_start - 40) : prev.qualifier_start]
    if CHANGED_BY.search(lead) or _FROM_BEFORE_NUMBER.search(lead) or _MOVED_BY.search(lead):
        return prev
    return None


# A number in a phrase fronted before the main clause: "At $1,299 (£1,099), the laptop …".
_FRONTED = re.compile(
    r"\s*[\"“]?(?P<lead>At|For|With|Over|After|Within|In|Of)\s+(?:(?:about|nearly|roughly|just|some|more"
    r"\s+than|almost|around|over|under)\s+)?"
)
_COMMA = re.compile(r"(?:\s*\([^()]{1,40}\))?\s*,\s+")
_DET_START = re.compile(r"(?i:the|a|an|its|their|his|her|this|that|these|those)\s+")


# A noun phrase that says when, not what ("$3.41 last week", "topped $2 trillion for the first
# time", "revenue of $4.2 billion for the third quarter"): no label.
_OF_BEFORE = re.compile(r"\s+of\s+$")
_FROM = re.compile(r"\s+from\s+$")
_TO = re.compile(r"\s+to\s+$")
_NOT_TO_NOUNS = (
    frozenset(
        "up down close closer near nearer equal similar comparable higher lower more less due set "
        "expected able likely amounting corresponding next".split()
    )
    | _RECKONING
)
_NUMBER_NEXT = re.compile(r"\s+(?:about\s+|nearly\s+|some\s+|more\s+than\s+)?[$€£]?\d")
_AMOUNT_NOUNS = frozenset(
    "value total average maximum minimum baseline level sum figure amount number peak high low "
    "record rate range estimate tally tune".split()
)
# The calendar's words, from the date tagger's own lists; "may" alone is the modal.
_CALENDAR = alternation(_DAY_OR_MONTH)
_WHEN = re.compile(
    r"(?:(?:the\s+)?(?:last|next|this|that|previous|same|past|coming|first|second|third|fourth"
    rf"|final)\s+(?:week|month|year|quarter|time|day|weekend|season|half|decade|century|winter"
    rf"|summer|spring|autumn|fall|{_CALENDAR})s?"
    rf"|(?:the\s+)?(?:fiscal\s+)?year|year[\s-]to[\s-]date|(?!may$){_CALENDAR})",
    re.IGNORECASE,
)


def _when(text: str, span: tuple[int, int]) -> bool:
    return _WHEN.fullmatch(text, *span) is not None


def _np_after(
    text: str, pos: int, end: int, max_words: int = 4, object_of: bool = False
) -> tuple[int, int] | None:
    """The noun phrase starting right after `pos`: words up to a function word, punctuation or a
    plural noun ("such incidents", "U.N. observers", "detained suspects"). With `object_of`, a
    preposition's object, a word in -ing alone is a noun ("£45 million of funding")."""
    spans: list[tuple[int, int]] = []
    while len(spans) < max_words and (m := _TOKEN.match(text, pos, end)):
        word = m.group(1)
        low = word.lower()
        if not spans and low in _LEAD_SKIP:
            pos = m.end()
            continue
        acronym = len(word) > 1 and word.isupper()  # "seven US firms": not the pronoun
        named = low in UNITS and spans and text[slice(*spans[-1])].lower() == "big"
        if (low in _STOP and not acronym) or low in _COMPARATIVES or (low in UNITS and not named):
            break  # (but "the big four banks": a name's number)
        spans.append(m.span(1))
        pos = m.end()
        if _plural(word):
            # "a 0.5% local sales tax", "the jobs report": a plural that modifies a measure (not
            # "40% of respondents report that": a plural subject and its verb)
            head = _TOKEN.match(text, pos, end)
            if (
                head
                and low in _MODIFYING_PLURALS
                and head.group(1).lower() in _COMPOUND_HEADS
                and len(spans) < max_words
            ):
                spans.append(head.span(1))
            elif listed := _PLURAL_LIST.match(text, pos, end):
                spans.append((listed.end() - len(listed.group("last")), listed.end()))
                # "1,150 valves, pumps and connectors": the list the number counts
            break
    while spans and _verbish(
        text[spans[-1][0] : spans[-1][1]], alone=len(spans) == 1 and not object_of
    ):
        spans.pop()
    if not spans or text[spans[0][0] : spans[-1][1]].lower() == "such":
        return None
    return spans[0][0], spans[-1][1]


_POST_MODIFIER = frozenset("of on in for at among across with".split())
_NOT_NOUNS_AFTER = frozenset("apiece each overall altogether respectively combined".split())
_PLURAL_LIST = re.compile(
    r"(?:,\s+[a-z][\w-]*s){1,4},?\s+(?:and|or)\s+(?P<last>[a-z][\w-]*s)\b(?![\w’'-])"
)
# plurals that modify a noun after them, and the measures they modify: "sales tax", "jobs
# report", "earnings growth"
# verbs in the present that stand before an object ("Families face energy bills that rose")
_COMMON_VERBS = frozenset(
    "face faces have has see sees pay pays get gets need needs take takes want wants buy buys "
    "hold holds own owns use uses expect expects report reports".split()
)
_MODIFYING_PLURALS = frozenset(
    "sales jobs earnings arms goods savings claims exports imports securities services "
    "profits assets orders".split()
)
_COMPOUND_HEADS = frozenset(
    "tax taxes rate rates figures data report deal trade volume volumes growth price prices "
    "index tariff tariffs levy target targets market quota cap limit bill revenue revenues "
    "income surplus deficit backlog gap ratio".split()
)


def _before(
    text: str, start: int, stop: int, drop_verb: bool, apposition: bool = False
) -> tuple[int, int] | None:
    """The subject of the clause that ends at the number ("crime rates increase by N%",
    "the total number of X was likely N"); with `drop_verb` False, the clause's predicate is kept
    ("effects persist for at least one year"). With `apposition`, a number right after a comma
    ("the average household, around $60,000 a year") measures the noun phrase before it."""
    boundary, relative, before = start, None, start
    aside_end = -1
    for m in _CLAUSE_BOUNDARY.finditer(text, start, stop):
        if m.start() < aside_end:
            continue
        if m.group() in "()" and _ACRONYM_PARENS.search(
            text, max(start, m.start() - 12), m.end() + 12
        ):
            continue  # "Ireland's Data Protection Commission (DPC) fined it": one name
        if (
            m.group() == "("
            and (close := text.find(")", m.end(), stop)) >= 0
            and _WORD.search(text, close + 1, stop)
        ):
            # "Damage caused by Typhoon Delfin (international name: Hanwol) has reached": an
            # aside in brackets inside the subject ends no clause
            aside_end = close + 1
            continue
        if (
            m.group() == "and"
            and _clause_start(text, boundary)
            and not _has_verb(text, boundary, m.start())
            and not _VERB_AFTER_AND.match(text, m.end())
            and _NOUNS_ONLY.fullmatch(text, boundary, m.start())
        ):
            continue  # "The base fare on buses and the light rail will rise": one subject
        before, boundary = m.start(), m.end()
        relative = m.group() if m.group() in ("that", "which", "who") else None
    for m in _SPOKEN.finditer(text, boundary, stop):
        if len(_WORD.findall(text, m.end(), stop)) >= 2:
            boundary = m.end()  # "Officials said the fire had burned": the fire's clause
    words = [m.span() for m in _WORD.finditer(text, boundary, stop)]
    if (
        apposition
        and not words
        and text[before:boundary] == ","
        and _HAS_VERB.search(text, start, before)
    ):
        # not "Last year, $5 million was raised": a fronted adverbial has no clause before it
        return _np_before(text, start, before)

    def low(i: int) -> str:
        return text[words[i][0] : words[i][1]].lower()

    def stop(i: int) -> bool:  # "US", "IT": names in capitals, not pronouns
        word = text[words[i][0] : words[i][1]]
        return word.lower() in _STOP and not (len(word) > 1 and word.isupper())

    if (
        drop_verb
        and len(words) == 1
        and low(0).endswith("ing")
        and text[before:boundary] == ","
        and _HAS_VERB.search(text, start, before)
    ):
        # "The index has fallen fast, hitting 3% on Friday": a participle after a comma
        # says what the main clause's subject did
        main = start
        for m in _CLAUSE_BOUNDARY.finditer(text, start, before):
            main = m.end()
        head = []
        for m in _WORD.finditer(text, main, before):
            word = m.group().lower()
            if word in _AUX or _verbish(word, alone=True) or (head and word in _STOP):
                break
            if word not in _STOP:
                head.append(m.span())
        if head and len(head) <= 6:
            return head[0][0], head[-1][1]

    popped_verb = False
    while words:
        w = low(-1)
        verb = w in _AUX or w in _MEASURING_VERBS or is_past_verb(text[slice(*words[-1])])
        if drop_verb and verb and popped_verb and len(words) == 1 and w in _MEASURING_VERBS:
            break  # "Costs fell 2%", "Profits rose": a noun that could be a verb, before one
        if w in _TRAIL or (drop_verb and verb):
            popped_verb = popped_verb or (drop_verb and verb)
            words.pop()
        elif (
            drop_verb
            and w in _OBJECT_PRONOUNS
            and len(words) > 1
            and (_verbish(low(-2), True) or low(-2) in IRREGULAR_PAST)
        ):
            del words[-2:]  # "The Commission fined it €265m": who fined, not "fined it"
        else:
            break
    if (
        drop_verb
        and not words
        and text[before:boundary] == ","
        and (aside := _ASIDE_BEFORE.search(text, max(start, before - 150), before)) is not None
    ):
        # "Kinship Relief's own appeal, launched on 7 March, sought £4.5 million": the subject
        # stands before the aside that parts it from its verb
        return _before(text, start, aside.start(), drop_verb)
    aux = next((i for i in range(1, len(words)) if low(i) in _AUX), None) if drop_verb else None
    if aux is not None and not any(
        _verbish(low(i), alone=True) or is_past_verb(text[slice(*words[i])])
        for i in range(aux + 1, len(words))
    ):  # "free cash flow was negative at": the subject, not its predicate; not "Amazon is
        del words[aux:]  # offering the sensor for", where the object is what is priced
    if drop_verb and words and low(0) in _FRONTED_ADVERBIAL:
        # "In January last year the rate stood at 4.6 per cent": the subject starts at its
        # determiner, after the adverbial fronted before it
        det = next(
            (
                i
                for i in range(len(words) - 1, 0, -1)
                if low(i) in _SUBJECT_DETERMINERS and low(i - 1) not in _POST_MODIFIER
            ),
            None,
        )
        if det is not None and not any(_verbish(low(i), alone=False) for i in range(det)):
            del words[:det]
    while words and (stop(0) or low(0) in _AUX):
        words.pop(0)
    if drop_verb:
        # "the pollution index in Lagos right now is 150", "Acme shares closed in New
        # York on Tuesday at $185.25": the subject ends where its adverbials start
        cut = next(
            (
                i
                for i in range(1, len(words))
                if low(i) in _ADVERBIAL_START
                and not (low(i) == "on" and low(i - 1) in _TAKES_ON and i + 1 < len(words))
            ),
            None,
        )
        if cut is not None and _short_form_of(text, words, cut):
            cut = None  # "Assets under management (AUM) grew": one name, its short form after it
        if (
            cut is not None
            and low(cut) in ("before", "after")
            and cut + 1 < len(words)
            and low(cut + 1) in _RECKONED_BEFORE_OR_AFTER
        ):
            cut = None  # "Profit after tax rose", "earnings before interest": one measure
        if cut is not None:
            del words[cut:]
            while len(words) > 1 and _verbish(low(-1), alone=False):
                words.pop()  # (a noun in -ing stays: "Federal spending on roads")
    if (
        drop_verb
        and not relative
        and len(words) > 6
        and (k := next((i for i in range(1, 4) if _head_of(low, i, len(words))), None)) is not None
        and not any(_verbish(low(j), alone=False) for j in range(k))
        and not any(low(i) in _AUX for i in range(len(words)))
    ):
        # "The yield on the 10-year Treasury note", "Approval of the president's handling of
        # the economy": the head comes first, then what it is of or on
        words = words[: k + 6]
        if (j := next((i for i in range(k + 2, len(words)) if low(i) == "and"), None)) is not None:
            del words[j:]  # "Repairs to the track and to rail car …": the first conjunct
        while len(words) > 1 and (stop(len(words) - 1) or low(-1) in _POST_MODIFIER):
            words.pop()  # "… handling of the": not ending on a function word
    else:
        words = words[-6:]
    while words and (stop(0) or low(0) in _AUX):
        words.pop(0)
    if relative and all(_verbish(text[a:b], alone=True) for a, b in words):
        # "wait times that exceeded two hours": the relative clause's subject is its
        # antecedent, the noun phrase right before "that" (or ", which")
        head_end = before  # back over the blanks and the comma before "which" (no copy)
        while head_end > start and text[head_end - 1] in " ,":
            head_end -= 1
        antecedent = _before(text, start, max(start, head_end), drop_verb=False)
        found = text[antecedent[0] : antecedent[1]].lower().split() if antecedent else []
        if found and not (
            _verbish(found[-1], alone=True)
            or found[-1] in _MEASURING_VERBS | _THAT_VERBS
            or found[0].replace("’", "'").split("'")[0] in _PRONOUNS
        ):  # not "a study found that", "it’s clear that": no relative there
            spans = [m.span() for m in _WORD.finditer(text, *antecedent)]
            verbs = [i for i, (a, b) in enumerate(spans) if _verbish(text[a:b], alone=True)]
            k = verbs[-1] + 1 if verbs else 0  # the object of "reported ... wait times that"
            while k < len(spans) - 1 and text[slice(*spans[k])].lower() in _STOP:
                k += 1
            return spans[k][0], antecedent[1]
    first = words[0][0] if words else 0
    while len(words) > 1 and text[words[0][0] - 1 : words[0][0]] == "-":
        if digits := _DIGITS_BEFORE.search(text, start, words[0][0] - 1):
            first = digits.start()  # "A 31-day pass will go from": the pass, as written
            break
        words.pop(0)  # "a well-known fixed rate": not from the middle of "well-known"
        first = words[0][0]
    if not words:
        return None
    end = words[-1][1]
    if text[end : end + 1] == ")" and text.count("(", first, end) > text.count(")", first, end):
        end += 1  # "Data Protection Commission (DPC)": the acronym's bracket closed
    elif text.count("(", first, end) > text.count(")", first, end):
        # "fleet of jets (the largest in Asia) grew": the subject stops before its aside
        end = text.rfind("(", first, end)
        while end > first and text[end - 1] == " ":
            end -= 1
        if end <= first:
            return None
    return first, end


_DETERMINERS = frozenset("the a an its their his her our this these those".split())
# what an accounting measure is reckoned before or after ("profit before tax")
_RECKONED_BEFORE_OR_AFTER = frozenset(
    "tax taxes taxation interest exceptionals depreciation".split()
)
_FRONTED_ADVERBIAL = frozenset("in on at during after before since by last this".split())
_SUBJECT_DETERMINERS = frozenset("the its their his her our".split())
# a verb right after "and": "cable and is expected", "died and four were": two predicates
_VERB_AFTER_AND = re.compile(
    r"\s+(?:(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|did|does"
    r"|do)\b|[a-z]+ed\b(?!\s+[a-z]{3,}s\s+[a-z]))"  # (not "and allied sectors get": an adjective)
)


def _head_of(low, i: int, n: int) -> bool:
    """Word i of a subject starts what follows its head noun: "of", "on", … or "to" before a
    determiner ("Repairs to the track"; not "lawmakers to require")."""
    return low(i) in _POST_MODIFIER or (low(i) == "to" and i + 1 < n and low(i + 1) in _DETERMINERS)


def _clause_start(text: str, at: int) -> bool:
    """`at` starts a clause: the text's start, or right after a sentence's end or a mark."""
    before = text[max(0, at - 12) : at].rstrip()
    return (
        not before
        or before[-1] in '.!?;:,(—–"“”'
        or _AFTER_COMMA_AND.search(before) is not None  # ", and seniors and riders will pay"
    )


_AFTER_COMMA_AND = re.compile(r"[,;:]\s*(?:and|but|or|so|while)$")


def _has_verb(text: str, start: int, end: int) -> bool:
    """A verb in text[start:end] (an auxiliary, an "-ed" form, an irregular past, a verb of
    measure: "Sales rose and profit climbed"), read generously: a clause, when in doubt."""
    return bool(_HAS_VERB.search(text, start, end)) or any(
        (w := m.group().lower()) in IRREGULAR_PAST or w in _MEASURING_VERBS or w.endswith("ed")
        for m in _WORD.finditer(text, start, end)
    )


# An aside between commas right before a verb: a participle's phrase or a relative clause
# ("…, launched on 7 March,", "…, which organized the turnout,")
_ASIDE_BEFORE = re.compile(
    r",\s+(?:(?:which|who)\s+[^;:]{3,140}?|[a-z]+ed\b[^,;:]{0,100}|(?:based|founded|led)\b[^,;:]{0,100})$"
)
# A stretch of at most six words, no adverb among them and none a common verb of the simple
# present ("The base fare on buses", "Clothing"; not "Unemployment remains stubbornly high",
# "Food prices keep climbing"): only nouns and their modifiers
_NOUNS_ONLY = re.compile(
    r"\s*(?:(?![\w’'-]*ly\b)(?!(?:remains?|keeps?|stays?|seems?|looks?|continues?|grows?"
    r"|goes|comes|makes|takes|gets|holds|sits|stands)\b)[\w’'.-]+\s+){0,5}"
    r"(?![\w’'-]*ly\b)[\w’'.-]+\s*"
)
_ACRONYM_PARENS = re.compile(r"\(\s*[A-Z][A-Z0-9&.-]{1,9}(?:-[a-z]{1,4})?\s*\)")  # "(CASM-ex)"
_OBJECT_PRONOUNS = frozenset("it them him her us me".split())
_CLOSING_QUOTES = frozenset(['"', "”", "’"])
_OPENING_QUOTES = frozenset(['"', "“", "‘"])
_DIGITS_BEFORE = re.compile(r"(?<![\w.,])\d+$")


_SHORT_FORM_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z&]{1,7})\)")


def _short_form_of(text: str, words: list[tuple[int, int]], cut: int) -> bool:
    """The words from the subject's start past `cut` are a name its short form in brackets
    spells ("Assets under management (AUM)", "Return on equity (ROE)")."""
    for n in range(cut + 1, min(len(words), cut + 3) + 1):
        after = _SHORT_FORM_AFTER.match(text, words[n - 1][1])
        if after:
            initials = "".join(text[a] for a, _ in words[:n]).upper()
            return initials.endswith(after.group(1).upper()) and len(after.group(1)) >= n - 1
    return False


_SUPERLATIVE_WORDS = frozenset(
    "highest lowest largest biggest smallest hottest coldest wettest driest longest shortest "
    "most least first last".split()
)


def _np_before(text: str, start: int, end: int, max_words: int = 5) -> tuple[int, int] | None:
    """The noun phrase that ends at `end`: words back to a function word, a verb or a clause
    mark ("in line with [the average US household]")."""
    spans = [m.span() for m in _WORD.finditer(text, max(start, end - 80), end)]
    quoted = bool(spans) and text[spans[-1][1] : end].strip() in _CLOSING_QUOTES
    if not spans or (text[spans[-1][1] : end].strip() and not quoted):
        return None  # punctuation between: no noun phrase ends there
    k = len(spans)
    while k > 0 and len(spans) - k < max_words:
        word = text[slice(*spans[k - 1])]
        adjective = k >= 2 and text[slice(*spans[k - 2])].lower() in _SUPERLATIVE_WORDS
        if (word.lower() in _STOP and not word.isupper()) or (
            _verbish(word, alone=True) and not adjective  # "the highest recorded temperature"
        ):
            break
        if quoted and k < len(spans) and text[spans[k - 1][1] : spans[k][0]].strip():
            break  # a term in quotation marks ends at its opening mark
        k -= 1
    if k >= len(spans):
        return None
    first = spans[k][0]
    if quoted and text[first - 1 : first] in _OPENING_QUOTES:
        return first - 1, end  # 'a "withdrawal tax" of 20 per cent': the term, marks and all
    return first, spans[-1][1]


def _resolve_such(texts: list[str], index: int, pos: int, label: str) -> str | None:
    """ "such X" → the nearest "<modifier> X" the article itself writes: earlier in the paragraph,
    then earlier paragraphs, then the next paragraph, within `SUCH_WINDOW` characters either way
    (a back-reference reaches a few sentences, and the search costs no more than that). None when
    there is none."""
    noun = label.split(None, 1)[1]
    budget = SUCH_WINDOW
    for i in range(index, -1, -1):
        end = pos if i == index else len(texts[i])
        start = max(0, end - budget)
        hits = _modified(texts[i], noun, start, end)
        if hits:
            return hits[-1]
        budget -= end - start
        if budget <= 0:
            break
    if index + 1 < len(texts):
        hits = _modified(texts[index + 1], noun, 0, SUCH_WINDOW)
        return hits[0] if hits else None
    return None


def _modified(text: str, noun: str, start: int, end: int) -> list[str]:
    """Every "<modifier> noun" in text[start:end], in order."""
    hits = []
    at = text.find(noun, start, end)
    while at >= 0:
        after = at + len(noun)
        if not text[after : after + 1].isalnum() and (
            w := _PREVIOUS_WORD.search(text, max(0, at - 40), at)
        ):
            word = w.group(1).lower()
            if word not in _STOP and word not in _GENERIC and word not in UNITS:
                hits.append(text[w.start(1) : after])
        at = text.find(noun, after, end)
    return hits


# plurals not in -s, for a second conjunct: "46,700 farmers and fisherfolk"
_PLURAL_WITHOUT_S = frozenset(
    "people children men women staff police personnel folk fisherfolk cattle livestock poultry"
    " sheep deer fish geese mice teeth feet".split()
)


def _plural(word: str) -> bool:
    low = word.lower()
    return (
        len(word) > 3
        and low.endswith("s")
        and not word.isupper()
        and not low.endswith(("ss", "us", "is", "’s", "'s"))
        and low not in _SINGULAR_IN_S
    )


# nouns in -s that name one thing: "2,146 suspected measles cases" goes on past "measles"
_SINGULAR_IN_S = frozenset(
    "measles mumps rabies diabetes herpes scabies shingles rickets news series species "
    "physics economics politics athletics mathematics headquarters".split()
)


def _verbish(word: str, alone: bool) -> bool:
    """A trailing verb ("three used the ...", "which gave"); "-ing" only alone, as "human
    trafficking" is a noun phrase."""
    return word.islower() and (
        word.endswith(("ed", "ly", *(("ing",) if alone else ()))) or is_past_verb(word)
    )


def _stem(word: str) -> str:
    w = word.lower().strip("’'")
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def _head(label: str) -> str:
    """The head noun: the last word before a postmodifier ("counts of fraud", "people with
    BED", "indicators for growth"), else the last word."""
    words = _WORD.findall(label)
    for i, w in enumerate(words[1:], 1):
        if w.lower() in ("of", "with", "for"):
            words = words[:i]
            break
    return _stem(words[-1]) if words else ""


def _content(label: str) -> frozenset[str]:
    return frozenset(_stem(w) for w in _WORD.findall(label) if w.lower() not in _NOT_CONTENT)


# --- periods and segments ----------------------------------------------------------------------


def _periods(text: str, sent: Sentence) -> list[Span]:
    """Period mentions of a sentence as (start, end, display): "FY2019", "FY2018-20", "fiscal
    year 2019", "Q3 2020", "since 2019" (the preposition kept), "2014 to 2017", "2018-20",
    "March 2022", "March 3, 2022", or a year."""
    found: list[Span] = []
    if "Y" in sent.text:
        labels = _FISCAL_LABEL.finditer(text, sent.start, sent.end)
        found += [(m.start(), m.end(), m.group()) for m in labels]
    if _PART_CUE.search(text, sent.start, sent.end):
        found += [
            (m.start(), m.end(), m.group().rstrip("."))
            for m in _PART_PERIOD.finditer(text, sent.start, sent.end)
            # a month alone is the period of the number right before it ("3.4% in December"),
            # not of every figure of its sentence ("employs 3,000 people, plans to list in March")
            if not _BARE_MONTH.match(m.group())
            or _NUMBER_JUST_BEFORE.search(text, max(sent.start, m.start() - 28), m.start())
        ]
    taken = sent.start
    for m in _YEAR_ANCHOR.finditer(text, sent.start, sent.end):
        s, e = m.span()
        before, after = text[s - 1 : s], text[e : e + 1]
        if s < taken or any(a <= s < b for a, b, _ in found):
            continue
        if (before and (before.isalnum() or before in "’'‘/.,-")) or (
            after and (after.isalnum() or after in "%/")
        ):
            continue
        if _CODE_BEFORE.search(text, max(sent.start, s - 12), s):
            continue  # "RTX 2080": a model number
        start, shown = s, m.group()
        window = max(sent.start, s - 40)
        for how, pattern in _BEFORE_YEAR:
            if hit := pattern.search(text, window, s):
                if how == "prep":
                    shown = f"{hit.group(1).lower()} {text[hit.end(1) : e].lstrip()}"
                    start = hit.start()
                elif how == "label":
                    start, shown = hit.start(), text[hit.start() : e]
                elif tail := _AFTER_YEAR.match(text, e, sent.end):
                    e = tail.end()
                    shown = text[s:e]
                break
        else:
            if tail := _YEAR_RANGE_AFTER.match(text, e, sent.end):
                e = tail.end()
                shown = text[s:e]
        found.append((start, e, shown))
        taken = e
    if "0s" in sent.text:  # a decade: "In the 2010s, the average was 270bn tonnes a year"
        for m in _DECADE.finditer(text, sent.start, sent.end):
            if not any(a < m.end() and m.start() < b for a, b, _ in found):
                found.append((m.start(), m.end(), m.group()))
    if _RELATIVE_CUE.search(text, sent.start, sent.end):
        for m in _RELATIVE_PERIOD.finditer(text, sent.start, sent.end):
            if not any(a < m.end() and m.start() < b for a, b, _ in found):
                found.append((m.start(), m.end(), m.group()))
    if _SPAN_CUE.search(text, sent.start, sent.end):
        for m in _SPAN_PERIOD.finditer(text, sent.start, sent.end):
            if not any(a < m.end() and m.start() < b for a, b, _ in found):
                found.append((m.start(), m.end(), m.group()))
    return sorted(found)


# "cost US$3.2bn over two years", "lost 15 percent over 68 weeks": the span a measure is taken
# over (`figure_numbers`: no figure of its own), shown as written.
_SPAN_CUE = folded(r"\b(?:over|during|across)\s")
_SPAN_PERIOD = re.compile(
    r"(?<!\bjust\s)(?<!\bwell\s)\b(?:over|during|across)\s+(?:the\s+)?(?:(?:past|last|previous"
    r"|first|next|following)\s+)?(?:[\w-]+\s+)?(?:days|weeks|months|quarters|years|decades)\b",
    re.IGNORECASE,
)


# A part of a year, with or without its year: "in the second quarter", "the June quarter",
# "the final quarter of 2025", "the first three months of the year", "the year to June 2025",
# "the year ending March 2020" (a year inside it is part of it, not a period of its own).
_PART_CUE = folded(
    r"\b(?:quarter|half|months\s+of|year\s+(?:to|ending|ended)\s"
    r"|in\s(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))"
)
_PART_PERIOD = re.compile(
    r"\b(?:the\s+)?(?:(?:first|second|third|fourth|final|last|latest|same|corresponding"
    rf"|(?-i:{_MONTH})(?:[-–](?-i:{_MONTH}))?)\s+(?:quarter|half)"
    rf"|(?<=\bin\s)(?-i:{_MONTH})(?!\s*\d)"
    r"|first\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+months"
    rf"|(?:financial\s+|fiscal\s+)?year\s+(?:to|ending|ended)\s+(?:\d{{1,2}}\s+)?(?-i:{_MONTH})"
    rf"(?:\s+\d{{1,2}}(?!\d),?)?)(?:\s+(?:of\s+)?(?:the\s+)?(?:(?:fiscal|financial|calendar)\s+)?"
    rf"(?:year\b|fiscal\b|{_YEAR}(?:[-–/]\d{{2,4}})?(?!\d)))?",
    re.IGNORECASE,
)

# "212 last year", "112 million tonnes this year": a period said relative to publication,
# shown as written (its calendar dates are the date tagger's: a figure keeps the words).
_DECADE = re.compile(r"\b(?:the\s+)?(?:1[89]|20)\d0s\b")
_RELATIVE_CUE = folded(r"\b(?:last|this|next|past|previous|to[\s-]date)\b")
_RELATIVE_PERIOD = re.compile(
    r"\b(?:last|this|next|the\s+past|the\s+previous)\s+(?:fiscal\s+|financial\s+|calendar\s+)?"
    r"(?:year|quarter|decade)\b"
    # "up about 40% year to date", "so far this year" (the latter read above as "this year")
    r"|\byear[\s-]to[\s-]date\b",
    re.IGNORECASE,
)


def _facets(text: str, sent: Sentence) -> list[tuple[int, int, tuple[str, str]]]:
    """Segment mentions of a sentence as (start, end, (kind, text)); see the module docstring."""
    out = []
    lowered = sent.text.lower()
    lo, hi = sent.start, sent.end
    if "border" in lowered or "frontier" in lowered or "coast" in lowered or "sector" in lowered:
        for m in _BORDER.finditer(text, lo, hi):
            if name := _BORDER_NAME.search(text, max(lo, m.start() - 40), m.start()):
                out.append((name.start(1), m.end(), ("border", text[name.start(1) : m.end()])))
    if "of entry" in lowered:
        for m in _PORTS.finditer(text, lo, hi):
            if prep := _PORTS_PREP.search(text, max(lo, m.start() - 40), m.start()):
                out.append((prep.start(1), m.end(), ("ports", text[prep.start(1) : m.end()])))
    areas = list(_AREA_IN.finditer(text, lo, hi))
    if any(word in lowered for word in _NEAR):
        areas += _AREA_NEAR.finditer(text, lo, hi)
    out += [(m.start(), m.end(), ("area", m.group())) for m in areas]
    out += [(m.start(), m.end(), ("place", m.group())) for m in _PLACE.finditer(text, lo, hi)]
    if "group" in lowered or "arm" in lowered or "cohort" in lowered:
        out += [(m.start(), m.end(), ("arm", m.group())) for m in _ARM.finditer(text, lo, hi)]
    return sorted(out)


def _segment(facets: dict[str, str]) -> str | None:
    parts = [facets[k] for k in ("scope", "named", *_FACET_ORDER) if k in facets]
    return ", ".join(parts) or None


# --- restatements ---------------------------------------------------------------------------


def _first_mentions(figs: list[_Fig]) -> list[_Fig]:
    """One figure per quantity (GUIDE): a later figure with the same amount and unit that
    counts the same thing (same head noun; any money or measure of that exact amount) and is
    not placed elsewhere (no other period or segment) restates an earlier one and is dropped.
    Figures of one sentence are never merged ("3 and 3"). Each amount keeps its few latest
    figures, so the check stays linear."""
    seen: dict[tuple, list[_Fig]] = {}
    out = []
    for f in figs:
        key = (f.unit, f.value, f.low, f.high)
        earlier = seen.setdefault(key, [])
        if not any(_restates(f, g) for g in earlier):
            out.append(f)
        earlier.append(f)
        del earlier[:-RESTATED_WINDOW]
    return out


def _restates(f: _Fig, g: _Fig) -> bool:
    if f.sentence is g.sentence or (f.para == g.para and f.sentence.start == g.sentence.start):
        return False
    if f.kind not in ("money", "measure"):
        # A count restated is definite ("the other 28 people", "these 14 providers"): "10
        # assists" in two sentences of a box score are two players' figures.
        text = f.sentence.text
        at = f.qualifier_start - f.sentence.start
        if not (
            f.key
            and f.key == g.key
            and (_DEFINITE.search(text, max(0, at - 20), at) or _distinctive(f))
        ):
            return False
    fp, gp = _period_key(f.period), _period_key(g.period)
    if fp and gp and fp != gp:
        return False
    fs, gs = _segment(f.facets), _segment(g.facets)
    return not (fs and gs and fs != gs)


# "3.4% in December" restated as "3.4% in the year to December": a twelve-month measure is named
# by the month it ends in either way.
_YEAR_TO = re.compile(r"^(?:the\s+)?(?:financial\s+|fiscal\s+)?year\s+(?:to|ending|ended)\s+", re.I)
_BARE_MONTH = re.compile(rf"{_MONTH}$")
_NUMBER_JUST_BEFORE = re.compile(r"\d[\d,.]*\s*(?:%|per\s?cent|[a-zA-Z]{1,12})?\s+in\s+$")


def _period_key(period: str | None) -> str:
    """The period two mentions of one amount are compared by; empty for none or a month with no
    year, which says when a thing happened more often than what a figure measures over ("the
    €95 million gap, at the meeting in February")."""
    key = _YEAR_TO.sub("", period or "")
    return "" if _BARE_MONTH.match(key) else key.lower()


def _distinctive(f: _Fig) -> bool:
    """An amount no two things of one kind share by chance in an article: 1,000 or more, or with
    a fraction ("1.34 million households", "7.4%" said again are the same figure); "10
    assists" of two players are two."""
    value = f.value if f.value is not None else f.high
    return value is not None and (abs(value) >= 1000 or value != int(value))


# --- groups ------------------------------------------------------------------------------------


def _assign_groups(figs: list[_Fig]) -> None:
    """Figures of one measure across periods/segments share a group (one table, later a chart).

    Two figures of a paragraph with the same unit join when their labels have the same content
    words, or share one within a sentence; each joins the first figure it matches on either key
    (the same groups as comparing every pair, in one pass)."""
    parent = list(range(len(figs)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first: dict[tuple, int] = {}
    for i, f in enumerate(figs):
        content = _content(f.label)
        if not content:
            continue
        keys = [(f.para, f.unit, f.change, content)]  # a change is never charted with a level
        keys += [(f.para, f.sentence.start, f.unit, f.change, word) for word in content]
        for key in keys:
            j = first.setdefault(key, i)
            parent[root(i)] = root(j)
    members: dict[int, list[_Fig]] = {}
    for i, f in enumerate(figs):
        members.setdefault(root(i), []).append(f)
    names = Names()
    for group in members.values():
        keys = [(f.period, _segment(f.facets)) for f in group]
        if len(group) < 2 or len(set(keys)) != len(keys) or (None, None) in keys:
            continue
        base = _slug(re.sub(r"^such\s+", "", group[0].label, flags=re.IGNORECASE)) or "figures"
        base = base[:GROUP_CHARS].rstrip("-") or "figures"
        name = names.unique(base)
        for f in group:
            f.group = name


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower().replace("’", "").replace("'", "")).strip("-")
