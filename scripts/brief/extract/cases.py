"""Extract the article's dated cases: incidents involving people, and background events.

Every rule is general (lexicons of English words, no article facts):

1. Mentions. A sentence mentions an event when a date in it (`dates.find_dates`) is used
   - adverbially ("In March 2019, …", "… in 1998"); its clause must hold an event verb
     (custody/movement verbs such as detained, crossed, released; or others such as attacked,
     testified, passed, peaked). Several adverbial dates in one sentence ("elected in 1998,
     re-elected in 2002, and jailed … in 2005") give one mention each, on its own clause:
     one case per dated event. Dates after "since", "until", "before", "by", "from" … mark
     spans, not events, and are skipped.
   - attributively, before an event noun ("the 1999 … earthquake", "a May 2019 arrest of …");
     the mention is that noun phrase.
2. Incident or context. A mention is an incident when (a) its clause names people counted or
   identified by nationality (`people.find_groups`), (b) its event is about custody or
   movement (a verb such as detained, crossed, entered, released, rescued in the clause; or
   the dated noun itself: arrest, rescue, crossing …) and (c) it shares a content word with
   the article's topic (word stems found in at least a quarter of the paragraphs; every word
   counts in articles under four paragraphs). Everything else — attacks, testimony, laws,
   peaks, a named person's arrest — is context.
3. Coreference. A mention joins an existing case instead of opening one when the people agree
   and the dates agree (equal, or one a prefix of the other). People agree when they share
   count and demonym stem ("five Peruvians" = "five young Peruvian students"), or, inside the
   paragraph where the case was last mentioned, through a definite anaphor that agrees in
   count ("The five") or demonym ("the Peruvians", "This group of …"). Mentions without
   people join only an identical date with the same event word.
4. Follow-up sentences. An undated sentence is evidence for the case whose people it names
   (rule 3); failing that, it continues the paragraph's latest case when it refers back with a
   pronoun (they, he, she) or a demonstrative phrase ("this case", "this rescue operation").
5. Fields, all in the source's words. summary: the dated sentence, or its clause / noun phrase
   when the sentence holds several events. people, count, nationalities: the mention's main
   group (first with a demonym, else first counted), else a proper name opening the clause.
   places: place names of the dated clauses and of the outcome, minus the article's setting
   (a place named in two thirds of the paragraphs, and at least five). organizations and
   hedges: from every evidence sentence. outcome (incidents only): the last clause of the
   evidence that starts with a follow-up verb (released, re-arrested, deported, turned over,
   charged …), cut before the next subordinate clause.
6. Order. Cases sort by ISO date (so "2019" precedes "2019-08"), ties by first appearance;
   ids c1, c2, … follow that order.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache

from brief.clean.dated_box import DAY_LINE, FIXTURE_LINE, HOUR_LINE
from brief.extract.dates import (
    LONG_MONTHS,
    MONTH_NUMBERS,
    PLACE_PHRASE,
    SHORT_FORM,
    TIME_OF_DAY,
    TIMETABLE,
    WEEKDAYS,
    DateMention,
    find_dates,
    listed_for,
    ordered_to,
)
from brief.extract.entities import find_hedges, find_organizations, find_places
from brief.extract.folded import folded
from brief.extract.numbers import UNITS
from brief.extract.people import NUMBER_WORDS, Group, demonym_stem, find_groups, named_subject
from brief.extract.sentences import split_sentences
from brief.extract.verbs import IRREGULAR, is_past_verb
from brief.limits import MAX_CASES, MAX_DATES_READ
from brief.model import Case, Evidence, Paragraph
from brief.trie import alternation

_CUSTODY_VERBS = (
    r"detained|re-?arrested|arrested|apprehended|captured|seized|intercepted|caught|stopped|"
    r"crossed|crossing|entered|entering|breached|infiltrated|smuggled|rescued|kidnapped|"
    r"abducted|evacuated|escaped|fled|arrived|landed|deported|released|expelled|repatriated|"
    r"turned\s+over|handed\s+over|taken\s+into\s+custody|jailed|imprisoned|charged|extradited"
)
_OTHER_VERBS = (
    r"attacked|killed|killing|bombed|shot|murdered|massacred|stormed|invaded|exploded|struck|"
    r"raided|assaulted|testified|passed|signed|enacted|adopted|ratified|approved|voted|"
    r"announced|launched|founded|elected|appointed|resigned|sentenced|convicted|ruled|peaked|"
    r"died|occurred|happened|took\s+place|erupted|crashed|declared|banned|designated|staged|"
    r"began|started|ended|opened"
)
_CUSTODY_NOUNS = (
    r"arrests?|re-arrests?|detentions?|captures?|rescues?|crossings?|deportations?|"
    r"kidnappings?|abductions?|escapes?|evacuations?|extraditions?"
)
_OTHER_NOUNS = (
    r"attacks?|bombings?|shootings?|raids?|invasion|war|election|coup|massacre|earthquake|"
    r"floods?|crash|strikes?|protests?|riots?|uprising|revolution|assassination|explosion|"
    r"hurricane|tsunami|referendum|summit|ceasefire|killings?|murders?|siege|hijacking|"
    r"ambush|offensive|fire|storm|disaster|incident|"
    # what news dates besides violence: meetings, statements, decisions, deals, launches
    r"calls?|meetings?|hearings?|debates?|speech|visits?|trip|talks|conference|votes?|"
    r"rulings?|verdicts?|trial|announcement|statements?|testimony|interview|deals?|"
    r"agreements?|treaty|launch|release|allegations?|lawsuits?|settlement|merger|"
    r"acquisition|offering|rally|ceremony|funeral|match|final|concert|premiere|resignation|"
    r"indictment|conviction|sentencing|raid|outbreak|recall|shutdown|layoffs?|bankruptcy|"
    r"presentation|event|briefing|appearance|ban|rollout|unveiling|introduction|debut|founding|"
    r"passage|decisions?|judgments?|"
    # a contest's result: "Monday night's loss to the Bears", "Saturday's victory"
    r"victory|defeat|loss|game|"
    # disasters, failures and crises ("the 2008 financial crisis", "the Jan. 5 blowout"), and
    # a statute, dated by its enactment ("the 2011 statute"; not "law", as often "law school")
    r"crisis|scare|collapse|blowout|stoppage|walkout|epidemic|pandemic|runoff|blast|"
    r"spill|derailment|accident|collision|eruption|wildfire|blackout|outage|default|crackdown|"
    r"takeover|breach|hack|cyberattack|landslide|inauguration|statute|"
    r"playoffs?|tournament|championships?|semifinals?|quarterfinals?|"
    # an election by another name: "the 1980 race", "the 2019 polls"
    r"races?|elections|polls|by-elections?"
)


def _forms(alternation: str, phrases: bool = False) -> list[str]:
    """The words an alternation of the lexicons above matches, for a trie: "arrests?" gives
    "arrest" and "arrests", "re-?arrested" both spellings; a phrase gives its first word, or
    with `phrases` the phrase, its words split by single spaces (`_trie` reads them as
    `\\s+`)."""
    words = []
    for part in alternation.split("|"):
        part = part.replace(r"\s+", " ") if phrases else part.split(r"\s+")[0]
        for hyphen in ("-", "") if "-?" in part else ("",):
            word = part.replace("-?", hyphen)
            words += [word[:-2], word[:-1]] if word.endswith("s?") else [word]
    assert all(re.fullmatch(r"[a-z -]+", w) for w in words), words
    return words


def _trie(*lexicons: str) -> str:
    """The lexicons' words and phrases as one trie (`brief.trie`), for patterns that run on
    every sentence: a flat alternation of them, case-insensitive, tried every word at every
    position (about ten times slower on a text of short sentences)."""
    words = (w for lexicon in lexicons for w in _forms(lexicon, phrases=True))
    return alternation(words).replace("\\ ", r"\s+")


_CUSTODY_VERB = folded(rf"\b(?:{_trie(_CUSTODY_VERBS)})\b")
_LEXICON_VERB = folded(rf"\b(?:{_trie(_CUSTODY_VERBS, _OTHER_VERBS)})\b")
# Any finite verb of a dated clause makes it an event in news: "X said on Monday", "was
# charged Tuesday", "will testify Thursday". English marks the past with -ed or an irregular
# form (lower case: a capitalised "-ed" word is a name), and a scheduled event with "will".
_FINITE = re.compile(
    rf"(?<![\w’'-])(?:[a-z]{{3,}}ed|{IRREGULAR})(?![\w’'-])|\bwill\s+(?:not\s+)?[a-z]+"
    # "is due to open in December", "are set to vote on Friday": a schedule's verb
    r"|\b(?:is|are)\s+(?:due|set|scheduled|slated|poised)\s+to\s+[a-z]+"
    r"|\bpayable(?=\s+(?:on|from)\b)"  # "a dividend … payable on April 15"
    # "with completion due in 2028" (not "originally due in 2017": superseded)
    r"|(?<!originally\s)(?<!initially\s)(?<!previously\s)\bdue(?=\s+(?:in|on|this|next|later)\b)"
    r"(?!\s+in\s+(?:\w+\s+)?part\b)"  # (not "due in large part to fuel prices")
    # a birth told as the clause's own news ("She was born March 2, 1937"), not "born in 1941"
    # describing someone in apposition
    r"|\b(?:was|were)\s+born\b"
    # an obituary's opening participle: "Born Eleanor Sutherland on May 3, 1934, in Port Arthur"
    r"|^\W*Born(?=\s+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)[A-Z]\w*\b)"
    # the emphatic past, "did announce on 25 February" (not "did" as the verb: "did for", "did
    # the work", "did so")
    r"|\bdid\s+(?!(?:not|never|for|the|and|but|its|his|her|their|this|that|with|well|what)\b)"
    r"[a-z]{3,}"
)
# "before finding its way into all models in 2016", "by selling the company in 2011": a gerund
# after a conjunction of time or means is the dated clause's event.
_GERUND_EVENT = re.compile(r"\b(?:before|after|by|upon|while|since)\s+(?P<v>[a-z]{3,}ing)\b")
# A clause whose verb measures (rose 5 percent, made $13 billion, numbered 40, will be 3.5%)
# states a figure over a period, not an event (`GUIDE.md`): "in 2021 cartels made $13 billion".
_PHRASE_BREAK = re.compile(r"[,;:—–]\s")
_MEASURE_VERB = re.compile(
    r"\b(?:rose|fell|grew|increased|decreased|declined|dropped|jumped|climbed|slipped|surged|"
    r"plunged|soared|tumbled|doubled|tripled|halved|made|earned|totall?ed|averaged|numbered|"
    r"accounted|cost|spent|lost|gained)\b"
    # "recorded benzene concentrations averaging 48 micrograms", "waited an average of 4.8
    # days": a statistic's level
    r"|\b(?:averaging|an\s+average\s+of)(?=\s+(?:about\s+|nearly\s+|some\s+)?"
    r"(?:[A-Z]{1,3}\$?\s?|[$€£¥₹₦]\s?)?\d)"
    # "peaked at 11 degree heating weeks": a level reached
    r"|\bpeaked(?=\s+at\s+(?:about\s+|nearly\s+|around\s+)?[$€£¥₹]?\d)"
    # "had 212 officers on June 30": a level held on a day
    r"|\bhad(?=\s+(?:about\s+|nearly\s+|just\s+|only\s+|some\s+)?\d[\d,]*\s+[a-z])"
    # "will be 3.5%": a level to come; not "will be closed for 14 weeks from October 7"
    r"|\bwill\s+be(?=\s+(?:about\s+|nearly\s+|around\s+|some\s+|at\s+least\s+)?[$€£¥₹]?\d)"
    # a level reached or a count recorded only with the number as its object: "hit 16%",
    # "recorded 12 incidents", not "hit Japan with 100 mph winds", "reached a deal with 27"
    r"|\b(?:hit|hitting|reached|reaching|recorded|registered|counted|logged|tallied)"
    r"(?=\s+(?:(?:a|an|the)\s+)?(?:(?:record|new|nearly|about|almost|some|more\s+than|over)\s+)*"
    r"[$€£¥₹]?\s?\d)"
    # a level a statistic moved to or stayed at, with the number right after: "eased to 2.4
    # per cent", "held at 6.2%", "stood at 4%", "saw 3,412 patients", "was 64.2 per cent"
    r"|\b(?:eased|slowed|edged|inched|slid|sank|dipped|rebounded|recovered|narrowed|widened)"
    r"(?=\s+(?:(?:back\s+)?to\s+|by\s+)?(?:about\s+|nearly\s+|some\s+)?[$€£¥₹]?\d)"
    # a market's level on a day: "closed at ₦1,478.50 to the dollar", "settled at $82.10"
    r"|\b(?:clos(?:ed|ing)|settl(?:ed|ing)|trad(?:ed|ing)|sold|selling|finish(?:ed|ing)|end(?:ed|ing))"
    r"(?=\s+(?:the\s+day\s+)?at\s+(?:about\s+|around\s+|nearly\s+)?(?:[$€£¥₹₦]\s?\d|N\d|\d[\d.,]*"
    r"\s?(?:%|per\s?cent|percent|million|billion)))"
    r"|\b(?:held|stood|remained|hovered|stayed)(?=\s+(?:steady\s+|unchanged\s+|flat\s+)?"
    r"(?:at|around|near)\s+(?:about\s+|nearly\s+)?(?:[$€£¥₹]\s?\d|\d[\d.,]*\s?(?:%|per\s?cent"
    r"|percent|million|billion)))"
    # "saw 3,412 patients last week": a count over a period; not "saw 40,000 people march"
    r"|\bsaw(?=\s+(?:a\s+record\s+|more\s+than\s+|nearly\s+|about\s+|some\s+)?\d[\d,.]*\s+"
    r"[a-z]+s\s+(?:last|this|in|during|over|a|per|each|every)\b)"
    r"|\b(?:was|were|is|are)(?=\s+(?:about\s+|nearly\s+|just\s+|only\s+)?(?:\d[\d.,]*\s*"
    r"(?:%|per\s?cent\b|percent\b|°\s?[CF]?|[CF]\b|degrees\b|million\b|billion\b"
    # "The average handover was 47 minutes in May": a level, in time
    r"|(?:minutes|hours|days|weeks)\b(?!\s+(?:late|early|ago|before|after|later)\b))"
    r"|(?:[A-Z]{1,3})?[$€£¥₹₦]\s?\d))"  # "was C$688,400 in September": a level, in money
)
# A date that ends a statistic's period or dates a base level, not an event: "in the four weeks
# to May 24", "in the three months to June", "(up) from 2.8 per cent in April".
_PERIOD_OF = re.compile(
    r"(?:\b(?:days?|weeks?|months?|quarters?|years?|periods?|half)(?:\s*,?\s+(?:which|that))?"
    r"\s+(?:to|ending|ended|ends|through)"
    # "the fiscal year that begins July 1": a budget period's first day, no event
    r"|\b(?:fiscal|financial|budget|tax)\s+years?(?:\s*,?\s+(?:which|that))?"
    r"\s+(?:begins|began|starts|started|beginning|starting|runs\s+from)(?:\s+on)?"
    r"|\bfrom\s+(?:about\s+|nearly\s+)?(?:[$€£¥₹]|Rs\.?\s?|[A-Z]{3}\s)?\d[\d.,]*\s*"
    r"(?:%|per\s?cent|percent|million|billion|lakh|crore|bn|m)?(?:\s+in)?)\s+$",
    re.IGNORECASE,
)
# (a time of day, "10:30 p.m." or "2 a.m.", is no quantity)
MEASURE_REACH = 30  # characters after a measuring verb in which its quantity is looked for
OBJECT_REACH = 16  # characters after any verb in which a counted object is looked for
# What may stand between a verb and the number it counts: a hedge or a determiner ("carried
# more than 12 million", "lost a third"), not a preposition ("peaked in 2015, with 2,100 deaths")
_OBJECT_GAP = re.compile(
    r"(?:\s+(?:out|back|off))?"  # "paid out about $8.1 billion last year": a verb's particle
    r"\s+(?:(?:more|less|fewer)\s+than\s+|about\s+|nearly\s+|almost\s+|some\s+|over\s+"
    r"|roughly\s+|around\s+|at\s+least\s+|up\s+to\s+|an?\s+estimated\s+|the\s+|a\s+|an\s+"
    r"|its\s+|their\s+|all\s+)*[$€£¥₹]?",
    re.IGNORECASE,
)
# "reported on Tuesday that unemployment rose to 33.5%": the report is dated, the measure is
# what it said
_REPORTED_THAT = re.compile(
    r"(?:said|reported|announced|showed|found|estimated|revealed|confirmed|disclosed|published)"
    r"\b[^.;]{0,60}?\bthat\b"
)
_OTHER_CLAUSE = re.compile(
    r";|,\s+(?:though|although|but|while|whereas|and|as|when|because|after|before)\b"
)
_QUANTITY = re.compile(
    r"(?<![\d:])\d(?!\d*(?::\d\d|\s?(?i:[ap]\.?m)\b))|%|\bpercent\b"
    r"|\b(?:million|billion|trillion|dozens?|hundreds?|twice|thrice)\b"
    r"|\b(?:one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\s+of)\s+(?:two|three|four"
    r"|five|six|seven|eight|nine|ten|\d+)\b"  # "one in four new car sales": a share
)


def _event_verb(
    text: str,
    start: int = 0,
    end: int | None = None,
    undated: str | None = None,
    at: int | None = None,
    day: bool = False,
) -> re.Match[str] | None:
    """The event verb of a dated clause: one of the lexicons', else any finite verb; None
    when there is none or the clause states a measure. `undated` is the text with its dates
    blanked (same offsets): a year is no quantity ("dropped in 2017" is an event). `at` is
    where the date is: a measure counts only when its verb is the one nearest before the date
    (or, the date fronted, the first after it): "spent only 61% of its budget, according to
    an audit report tabled in October" dates the tabling."""
    end = len(text) if end is None else end
    if at is not None:
        # within NEAREST_REACH before the date (a constant window: a text of dates reads each
        # date's neighbourhood, never its whole clause again)
        lo = max(start, at - NEAREST_REACH)
        nearest = _last(_VERB_BEFORE_DATE.finditer(text, lo, max(lo, at)))
        # (to a little past the date: a measure's lookahead may read beyond it)
        measured = _last(
            m for m in _MEASURE_VERB.finditer(text, lo, min(end, at + 40)) if m.start() < at
        )
        # "sales growth in 2019 will be 3.5%": a date in the subject of a measure after it
        follows = _MEASURE_VERB.search(text, at, min(end, at + 40))
        if follows is not None and (
            _PHRASE_END.search(text, at, follows.start())
            or _COORDINATED.search(text, at, follows.start())
        ):
            follows = None  # "bought the site in 2009 … and spent $3.7 million": another verb's
        if nearest is not None and _COMPARED.match(text, nearest.start()):
            return None  # "compared with 2.61 billion euros in 2024": a base, no event
        if (
            nearest is not None
            and (measured is None or measured.end() <= nearest.start())
            and follows is None
        ):
            return nearest  # the verb that governs the date measures nothing: an event
    found = (
        _LEXICON_VERB.search(text, start, end)
        or _FINITE.search(text, start, end)
        or _GERUND_EVENT.search(text, start, end)
        or (_COPULA.search(text, start, end) and _EVENT_NOUN.search(text, start, end))
    )
    if found is None:
        return None
    measure = _MEASURE_VERB.search(text, start, end)
    counted = text if undated is None else undated
    # the quantity is the verb's object, right after it ("made $13 billion", "rose by more
    # than 5%"), not one later in the clause ("made landfall … with winds of 120 mph")
    quantity = _QUANTITY.search(counted, measure.end(), end) if measure is not None else None
    states_a_measure = (
        quantity is not None
        and quantity.start() < measure.end() + MEASURE_REACH
        # "made its closest pass, flying 102 km above it": the number is another phrase's
        and not _PHRASE_BREAK.search(counted, measure.end(), quantity.start())
    )
    if (
        states_a_measure
        and found.start() < measure.start()
        and (
            (
                (brk := _OTHER_CLAUSE.search(text, found.end(), measure.start()))
                and (at is None or at < brk.start())  # the date in the event verb's clause
            )
            or _REPORTED_THAT.match(text, found.start(), measure.start())
        )
    ):
        # "Acme reported its results on Wednesday, while net income fell 3%": the measure is
        # another clause's, the event verb's clause is dated
        states_a_measure = False
    if (
        states_a_measure
        and day
        and _DAY_MOVE.fullmatch(measure.group())
        and not _TO_LEVEL.search(counted, measure.end(), quantity.start())
    ):
        return found  # a move on one day is an event: "Shares fell 18% on Thursday"
    if states_a_measure and not _CUSTODY_VERB.search(text, start, end):
        return None
    return found


_MONTH_ONLY = re.compile(rf"(?i:{LONG_MONTHS})")
_COORDINATED = re.compile(r"\s(?:and|but|then)\s")
_COMPARED = re.compile(r"(?i:compared)\s+(?:with|to)\b")
# A change, not a level reached ("hitting 16%", "rose to 41%", "closed at $185"): on one day,
# what moved is an event the day names.
_DAY_MOVE = re.compile(
    r"(?:rose|fell|jumped|dropped|climbed|slid|slumped|plunged|plummeted|soared|surged|tumbled"
    r"|gained|lost|sank|rallied|dipped|spiked|crashed|declined|increased|decreased)",
    re.IGNORECASE,
)
_TO_LEVEL = re.compile(r"\b(?:to|at)\b")
_VERB_BEFORE_DATE = re.compile(
    rf"\b(?i:{_trie(_CUSTODY_VERBS, _OTHER_VERBS)})\b|{_FINITE.pattern}"
)  # a lexicon's verb (any case) or a finite verb: `_LEXICON_VERB` and `_FINITE` in one scan


def _no_event_date(sentence: str, d: DateMention) -> bool:
    """The date ends a statistic's period or dates a base level, ends a span "between … and",
    is a comparison's base, a superseded plan's or a counterfactual's: no event's date. Each
    pattern runs only when its words occur just before the date (plain substring tests first:
    a text of dates runs these for every one of them)."""
    near = sentence[max(0, d.start - 80) : d.start].lower()
    lo40, lo45 = max(0, d.start - 40), max(0, d.start - 45)
    if d.text.lower() == "at the time" and _SAID_THEN.search(sentence, lo40, d.start):
        return True  # "the company said at the time": who said what, when the sentence's event was
    if _CURRENT_SPAN.fullmatch(d.text) and _ORDINAL_COUNT.search(sentence, lo45, d.start):
        return True  # "the third walkout by its pilots this year": a count over the year so far
    if d.text.isdigit() and _NAMED_STATUTE.search(sentence, max(0, d.start - 16), d.start):
        return True  # "under the Child Poverty Act 2010": the year is the law's name's
    if (
        "as" in near
        and _AS_OF_BEFORE.search(sentence, lo40, d.start)
        and not _REPORTED_LEVEL.search(sentence)
    ):
        return True  # "as of noon on Tuesday, 21 rivers were above the danger level"
    if (
        d.text.lower().startswith("the end of")
        and _FRONTED_AT.fullmatch(sentence, 0, d.start)
        and _STOCK_AFTER.match(sentence, d.end)
    ):
        return True  # "At the end of April, 61,240 patients were waiting": a stock on a day
    if (
        "so far" in near
        and d.text.lower().startswith("this ")
        and _SO_FAR.search(sentence, max(0, d.start - 12), d.start)
    ):
        return True  # "have pulled a net $1.3 billion so far this month": a total to date
    if d.text.lower().startswith("the end of") and _LEVEL_AT_END.search(sentence, lo45, d.start):
        return True  # "landlords fell to 98,540 at the end of June": a level on a day
    if d.lead == "from" and _TO_BEFORE_FROM.search(sentence, lo40, d.start):
        return True  # "would slip to 2027 from late 2026": a change's base
    if "from" in near and _BASE_LEVEL_BEFORE.search(sentence, lo45, d.start):
        return True  # "85,412 were housed, up from 62,190 evacuees on Monday night": a base
    if "what" in near and _MULTIPLE_OF.search(sentence, max(0, d.start - 70), d.start):
        return True  # "close to ten times what was built last year": a comparison's base
    if "some" in near and _INDEFINITE.search(sentence, lo40, d.start):
        return True  # "will be reviewed at some point next year": no time set
    if _BORN_FRONTED.match(sentence) and d.start < sentence.find(","):
        return True  # "Born in Soweto on 3 March 1961, the new chairwoman …": who she is
    if any(w in near for w in _NORMATIVE_CUES) and _NORMATIVE.search(sentence, lo45, d.start):
        return True  # "No one should die from it in 2025": what ought to be, no event
    if any(w in near for w in _PERIOD_CUES) and _PERIOD_OF.search(sentence, lo40, d.start):
        return True
    if "between" in near and _BETWEEN_AND.search(sentence, lo45, d.start):
        return True
    if any(w in near for w in _COMPARED_CUES) and _COMPARED_WITH.search(sentence, lo40, d.start):
        return True
    if (
        any(w in near for w in _SUPERSEDED_CUES)
        and (superseded := _SUPERSEDED.search(sentence, max(0, d.start - 70), d.start))
        and (superseded.group("kept") or _MOVED.search(sentence))
    ):
        return True
    return any(w in near for w in _COUNTERFACTUAL_CUES) and bool(
        _COUNTERFACTUAL.search(sentence, max(0, d.start - 80), d.start)
    )


_PERIOD_CUES = ("day", "week", "month", "quarter", "year", "period", "half", "from")
_SO_FAR = re.compile(r"\bso\s+far\s+$", re.IGNORECASE)
# a level a measure moved to or stood at, then "at" the day it was reckoned on
_LEVEL_AT_END = re.compile(
    r"\b(?:fell|rose|dropped|climbed|increased|decreased|declined|grew|stood|reached"
    r"|totall?ed)\s+(?:to\s+|at\s+)?(?:about\s+|around\s+|nearly\s+|some\s+|almost\s+)?"
    r"[$€£¥₹]?\d[\d,.]*(?:\s*(?:%|[a-z]+))?\s+at\s+$"
)
_SAID_THEN = re.compile(
    r"\b(?:said|says|told\s+(?:\w+\s+){0,2}?|wrote|added|noted|explained|warned)\s+$"
)
# (the year only: "began their second strike this week" dates that strike)
_CURRENT_SPAN = re.compile(r"(?i:(?:so\s+far\s+)?this\s+year)")
# an ordinal noun phrase up to the date, no verb of its own ("its third walkout this year",
# "the fifth such attack this month"); not "the first flights resumed this week"
_ORDINAL_COUNT = re.compile(
    r"\b(?:the|its|their|his|her|a)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth"
    r"|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:[a-z-]+\s+){0,3}?(?:(?:by|of|for|at|in|on|against)"
    r"\s+(?:[A-Za-z’'.-]+\s+){1,4}?)?(?:so\s+far\s+)?$"
)
_MULTIPLE_OF = re.compile(
    r"\b(?:times|double|triple|twice|half|as\s+(?:much|many)\s+as)\s+what\s+[^,;:.]{0,45}$"
)
_NAMED_STATUTE = re.compile(
    r"\b(?:Act|Acts|Regulations|Order|Rules|Measure|Ordinance|Law|Decree|Code),?\s+$"
)
# "As of 8am on Tuesday, 85,412 people were housed": the time a level is told at, no event
_FRONTED_AT = re.compile(r"\W*(?:At|By)\s+")
_STOCK_AFTER = re.compile(
    r",\s+(?:about\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|a\s+total\s+of\s+)?"
    r"[$€£₹]?\d[\d,.]*(?:\s+(?:million|billion|lakh|crore))?\s+(?:[a-z-]+\s+){0,3}?"
    # a state held, not an act done to them ("12 people were killed" is an event)
    r"(?:(?:were|was|are|is)\s+(?:still\s+)?(?:waiting|living|on|in|out|without|awaiting"
    r"|unemployed|registered|enrolled|employed|homeless|vacant|open|pending|outstanding)\b"
    r"|had\b|have\b|remained\b|stood\b)"
)
_AS_OF_BEFORE = re.compile(
    r"\bas\s+(?:of|at)\s+(?:(?:\d{1,2}(?:[:.]\d\d)?\s?(?:a\.?m\.?|p\.?m\.?)|noon|midday|midnight)\s+)?$",
    re.IGNORECASE,
)
# "…, up from 62,190 evacuees on Monday night": the day a change's base level was told at
_BASE_LEVEL_BEFORE = re.compile(
    r"\b(?:up|down|rising|falling|rose|fell|increased|decreased)\s+from\s+(?:about\s+|some\s+)?"
    r"[$€£₹]?\d[\d,.]*\s*(?:%|per\s?cent|[a-z][a-z-]*(?:\s[a-z][a-z-]*)?)?\s+$",
    re.IGNORECASE,
)
# "…, raising it to 2027 from late 2026": the base a change is counted from, after its new level
_TO_BEFORE_FROM = re.compile(
    r"\bto\s+(?:[$€£₹]?\d|(?:early|mid|late|the\s+end\s+of)\s)[^,;]{0,25}?\s+$", re.IGNORECASE
)
# a report's verb makes "as of" the day of a statement: "As of 6 p.m. on Tuesday, the council
# placed the death toll at seven"
_REPORTED_LEVEL = re.compile(
    r"\b(?:said|says|reported|placed|put|recorded|confirmed|announced|counted)\b", re.IGNORECASE
)
_INDEFINITE = re.compile(r"\bat\s+some\s+(?:point|stage|time)\s+(?:in\s+|during\s+)?$")
# (not an obituary's "Born Eleanor Grace Sutherland on May 3, 1934, …": a birth name, the
# life's first event)
_BORN_FRONTED = re.compile(
    r"\s*[“\"]?Born\b(?!\s+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)[A-Z])"
)  # ("Born Aug. 4, 1961, in Honolulu, Obama …": a month, no birth name)
_NORMATIVE_CUES = ("should", "must", "ought")
# "should die from it in 2025": the clause's verb is what ought to be (a clause break between
# them ends its reach: "Officials said the centre must close, and it did so in June")
_NORMATIVE = re.compile(
    r"\b(?:should|must|ought\s+to)\s+(?!have\b)(?:not\s+)?[^,;:.]{0,40}$"
)  # (not "the fire must have started on Tuesday": a deduction about what happened)
_COMPARED_CUES = ("than", "compared", "versus", "vs", "same")
_SUPERSEDED_CUES = ("originally", "initially", "previously", "first", "had been")
_COUNTERFACTUAL_CUES = ("if", "have", "had")


NEAREST_REACH = 120  # characters before a date in which the verb that governs it is looked for


def _last(matches) -> re.Match[str] | None:
    """The last of an iterator of matches, or None."""
    last = None
    for last in matches:  # noqa: B007 (the loop only walks to the end)
        pass
    return last


_A_SIZED_THING = re.compile(r"\ban?\s+(?:[\w-]+\s+)?[$€£¥₹]?\s*$", re.IGNORECASE)


# Before a counted object: whom it was paid or given to ("paid Kolibri about €38m") or the
# total it is a measure of ("reported an operating margin of 29 per cent", "a profit of").
_TOTAL_OF = re.compile(
    r"\s+(?P<whom>[A-Z][\w’'-]+|him|her|them|us)(?=\s+(?:(?:about|nearly|some|roughly|more|over)\s+)?"
    r"[$€£¥₹]?\d)"
    r"|\s+(?:an?|the|its|their)?\s*(?:[a-z-]+\s+)?(?:margin|profit|loss|revenue|revenues|total"
    r"|turnover|deficit|surplus|income|average|sum|share|sales|earnings|output)\s+of(?=\s)"
)
# what a sum paid to someone was made of: "paid Kolibri about €38m in commissions", a tally
# (not "awarded Johnson $4.7 million in damages": an award, one event)
_IN_KIND = re.compile(
    r"[\w.,]*(?:\s+(?:million|billion|trillion))?\s+in\s+(?:[a-z-]+\s+)?"
    r"(?!damages\b|fines\b|penalties\b|costs\b|restitution\b)[a-z-]+s\b"
)
# the verbs after which "X's total of", "Y €38m in commissions" tally a period
_TALLY_VERB = re.compile(
    r"\b(?:reported|posted|recorded|had|made|earned|booked|generated|logged|saw|paid|gave"
    r"|spent|received|collected|raised)\s*$"
)
# a relative clause that tells what happened at the date before it: "since 2019, when …"
_WHEN_CLAUSE = re.compile(
    r",\s+when\s+(?!(?:[\w’'-]+\s+){1,4}?(?:is|are|was|were|had\s+been)\b)"  # not a state
)
_SCORELINE = re.compile(r"\d{1,3}\s?[-–]\s?\d")
# "earlier this year": a point in a year, no span a tally runs over ("cut 500 jobs earlier
# this year" is an act; "carried 12.5 million passengers last year" a year's tally)
_POINT_IN_YEAR = re.compile(r"(?i:(?:earlier|later)\s+(?:this|that|last|in\s+the)\s+year)")
# A counted object fronted before its clause's subject ("the 29.8 million they carried in
# 2019"), or a share or a large tally that the dated verb's participle qualifies ("31 per cent
# of smartphones sold in the bloc last year")
_COUNTED_BEFORE = re.compile(
    r"\d(?:[\d.,]*\d)?\s*(?:%|per\s?cent|percent|million|billion|[a-z]+s)?\s+(?:that\s+|which\s+)?"
    r"(?:they|it|he|she|we|you)\s+$"
    # (a share or a tally that is an object: "accounted for roughly 31 per cent of smartphones
    # sold", not a subject: "About 52 percent of voters approved", "Some 1.5 million marched")
    r"|\b(?:for|of|to|than|at|by|with|was|were|is|are)\s+(?:(?:about|roughly|nearly|some|almost|around)\s+)?"
    r"\d(?:[\d.,]*\d)?\s*(?:%|per\s?cent|percent|million|billion)\s+(?:of\s+(?:the\s+|all\s+)?)?"
    r"(?:[a-z-]+\s+)?[a-z-]+s\s+$"
    # the base a measure is taken against: "lost 41% of the volume they held in 2000"
    r"|\b(?:the|its|their)\s+(?:[a-z-]+\s+)?(?:volume|level|amount|number|value|size|total|share"
    r"|area|population|output|mass|extent|capacity)\s+(?:that\s+|which\s+)?(?:they|it|he|she|we)"
    r"\s+$"
)
_AGAINST = re.compile(r"\b(?:against|versus|vs\.?)\s+(?:the\s+)?[A-Z]")
_SCORED = re.compile(r"\b(?:scored|netted|posted|tallied|notched|had)\s*$")


def _noun_before_date(sentence: str, lo: int, at: int) -> re.Match[str] | None:
    """`_NOUN_BEFORE_DATE` before `at`, a law noun's exceptions read past the date ("the draft
    2025 budget" is a draft of a budget, not a draft)."""
    noun = _NOUN_BEFORE_DATE.search(sentence, lo, at)
    if noun is None or _EVENT_NOUN.fullmatch(noun.group("noun")):
        return noun
    law = _LAW_NOUN.match(sentence, noun.start("noun"))
    return noun if law is not None and law.end() == noun.end("noun") else None


def _tallied_over(
    date: DateMention, end: int, fields: str, undated: str, event: re.Match[str]
) -> bool:
    """A year's, a quarter's or a month's tally: a quantity the verb counts over it ("carried
    12.5 million passengers in 2023"), a change against another period right after it ("last
    year, up 21 percent from 2021"), occurrences counted ("three times last year"). `end` is
    where the date ends in `fields`."""
    changed = _CHANGE_ON.match(fields, end) is not None
    if len(date.iso) == 7 and changed:
        return True  # "at N1,240 in September, up 3.8 per cent from August"
    if not (
        (len(date.iso) == 4 and not _POINT_IN_YEAR.fullmatch(date.text))
        or _QUARTER.search(date.text)
        or (len(date.iso) == 7 and _OVER_SPAN.match(date.text))
    ):
        return False
    at = end - len(date.text)
    return (
        changed
        or _counted_after(fields, undated, event.end(), date)
        or _OCCURRENCES.search(fields, max(event.end(), at - 30), max(event.end(), at)) is not None
        or _COUNTED_BEFORE.search(undated, max(0, event.start() - 40), event.start()) is not None
    )


# "were listed … last year, up 21 percent from 2021": a level compared with another year's, a
# statistic of the year
_CHANGE_ON = re.compile(  # right after the year: not another clause's change
    r",?\s+(?:up|down)\s+(?:(?:about|nearly|some|almost|around|more\s+than)\s+)?\d[\d.,]*\s*"
    r"(?:%|per\s?cent|percent)\s+(?:from|on|over|compared)\b"
)


# occurrences counted between the verb and its year: "after cutting it three times last year"
_OCCURRENCES = re.compile(
    r"\b(?:twice|thrice|(?:two|three|four|five|six|seven|eight|nine|ten|several|many|\d+)\s+times)"
    r"\b(?!\s+(?:as|more|less|higher|lower|larger|smaller|what|the)\b)"
)


def _counted_after(text: str, undated: str, at: int, date: DateMention) -> bool:
    """A quantity right after the verb at `at` (its object: "carried 12.5 million", "destroyed
    more than 1,200", "paid Kolibri about €38m", "reported an operating margin of 29 per
    cent"), the dates blanked, in the date's own clause."""
    quantity = _QUANTITY.search(undated, at)
    if quantity is None:
        return False
    total = _TOTAL_OF.match(undated, at)
    if total is not None and not _TALLY_VERB.search(undated, max(0, at - 16), at):
        total = None  # "approved a total of $1.9 trillion", "sold its share of 12 percent": acts
    if total is None and _A_SIZED_THING.search(undated, at, quantity.start()):
        return False  # "created a $300 million fund": a thing of that size, not a tally
    gap = total.end() if total else at
    if quantity.start() >= gap + OBJECT_REACH or not _OBJECT_GAP.fullmatch(
        undated, gap, quantity.start()
    ):
        return False
    if total is not None and total.group("whom") and not _IN_KIND.match(undated, quantity.end()):
        return False  # "fined Corvane €42 million": a penalty; "paid X €38m in commissions"
    if _SCORELINE.match(undated, quantity.start()):
        return False  # "beat Malta 6-0 in 2019": a result, one game's
    lo, hi = sorted((quantity.start(), date.start))
    if _SCORED.search(text, max(0, at - 12), at) and _AGAINST.search(
        text, quantity.end(), max(quantity.end(), date.start)
    ):
        return False  # "scored 38 against Ellery College in 2014": one game's, an event
    return _OTHER_CLAUSE.search(text, lo, hi) is None  # "won 15 games, though … since 1965"


def _has_verb(text: str, start: int, end: int) -> bool:
    """An event verb of any kind in text[start:end] (no test of what it measures): cheap."""
    return bool(_LEXICON_VERB.search(text, start, end) or _FINITE.search(text, start, end))


# Any word of an event (verb or noun): a sentence without one dates no event. A trie (one
# test per character), as this runs on every sentence of the article; read in the lower-cased
# sentence (a case-blind pattern costs about three times as much).
_EVENT_WORD = re.compile(
    r"\b(?:"
    + alternation(
        w
        for lexicon in (_CUSTODY_VERBS, _OTHER_VERBS, _CUSTODY_NOUNS, _OTHER_NOUNS)
        for w in _forms(lexicon)
    )
    + r")\b"
)
# "was under attack last month", "the vote was on Tuesday": a copula and an event noun
_COPULA = re.compile(r"\b(?:was|were|is|are)\b")
_EVENT_NOUN = re.compile(  # a trie, as `_EVENT_WORD`: tried on every clause with a copula
    r"\b(?:" + alternation(w for n in (_CUSTODY_NOUNS, _OTHER_NOUNS) for w in _forms(n)) + r")\b",
    re.IGNORECASE,
)
_CUSTODY_NOUN = re.compile(rf"(?:{_CUSTODY_NOUNS})", re.IGNORECASE)
# A law named by its year, and a sports draft: "the 2022 law", "The Clean Air Act of 1970", "the
# 2017 NFL draft"; not "law school", "an act of war", "the draft 2025 budget" (a draft of it)
_LAW_NOUNS = (
    r"law(?!\s+(?:school|schools|firm|firms|enforcement|student|students|professor|degree|office"
    r"|clerk|partner|review|graduate|library)\b)"
    r"|act(?!\s+of\s+(?:god|war|terror|terrorism|kindness|violence|defiance|faith)\b)"
    r"|draft(?!\s+(?:(?:19|20)\d\d\s+)?(?:budget|bill|law|resolution|plan|report|version|text"
    r"|agreement|deal|proposal|rules?|regulations?|spending|constitution|legislation)\b)"
)
_LAW_NOUN = re.compile(rf"(?i:{_LAW_NOUNS})")
_LAW_CUE = re.compile(r"\b(?:[Aa]ct|[Ll]aw|[Dd]raft)\b")
_NOUN_BEFORE_DATE = re.compile(
    # (up to three words between: "The Clean Air Act of 1970")
    r"\b(?:his|her|their|its|the|this|that|a|an)\s+(?:[a-z-]+\s+){0,3}?"
    rf"(?P<noun>{_CUSTODY_NOUNS}|{_OTHER_NOUNS}|{_LAW_NOUNS})"
    # (a name of up to six words and its short form: "a decision by the National Energy
    # Regulator of South Africa (Nersa) on 30 January")
    r"(?:\s+(?:of|in|at|by|against|to|from)\s+(?:the\s+)?[A-Z][\w’'.-]*"
    rf"(?:\s+(?:(?:of|for|and)\s+)?[A-Z][\w’'.-]*){{0,5}}(?:\s+{SHORT_FORM})?)?"
    r"(?:\s+of)?\s+$",  # "the attacks of September 11, 2001"
    re.IGNORECASE,
)
# "a 2021 study by the same group, which found", "a 2019 audit by the state auditor": what a
# year before it dates is its release, an event (`GUIDE.md`: releases); so is a rescue law's
_RELEASED_NOUNS = (
    r"(?:study|audit|survey|review|inquiry|census|stimulus|bailout|(?:consent\s+)?decree)"
)
_RELEASED_NOUN = re.compile(_RELEASED_NOUNS, re.IGNORECASE)  # ("the 2030 census": what it is for)
_NOT_BETWEEN = r"(?!(?:of|on|in|at|to|for|by|with|and|or|the|a|an|that|which|was|were)\b)"
# "before the 2027 fire season": a deadline's edge, no event's date (but "ahead of the Nov. 4
# election" names the election's day)
_OCCASION_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:elections?|polls?|votes?|referendum|ballot|meeting|summit|hearing"
    r"|trial|conference|launch|opening|deadline|budget|final)\b",
    re.IGNORECASE,
)
_DEADLINE_BEFORE = re.compile(
    r"\b(?i:before|by|until|till|ahead\s+of)\s+(?:the|its|their|this|next)\s+$"
)
# "its advice on a 2035 target", "the 2050 net zero goal": a goal's horizon, no event's date
_GOAL_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:targets?|goals?|horizon|ambitions?|pledges?|vision|agenda"
    r"|roadmap|forecasts?|projections?|outlook)\b",
    re.IGNORECASE,
)
_EVENT_NOUN_AFTER = re.compile(  # (a comma after a full date: "the Oct. 7, 2023, attack")
    rf",?\s+(?:{_NOT_BETWEEN}[\w’'.-]+\s+){{0,3}}?(?P<noun>{_CUSTODY_NOUNS}|{_OTHER_NOUNS}"
    rf"|{_LAW_NOUNS}|{_RELEASED_NOUNS})\b",
    re.IGNORECASE,
)
# "in the December 2019 issue", "at its 2019 summit": a dated noun after a preposition sets the
# clause's event in time, as an adverbial date does; "the 2019 report found" does not.
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|on|at|during)\s+(?:the|a|an|its|their|his|her)\s+$", re.IGNORECASE
)
_BARE_YEAR = re.compile(r"\d{4}")
_MONTH_ALONE_TEXT = re.compile(rf"(?:{'|'.join(MONTH_NUMBERS)})\.?", re.IGNORECASE)
_NAME_AFTER = re.compile(r"\s+[A-Z][\w-]*")
_POSSESSIVE_NOUN = re.compile(
    r"(?:\s+(?:morning|afternoon|evening|night))?['’]s\s+(?:[\w’'-]+\s+){0,2}?"
    rf"(?P<noun>{_CUSTODY_NOUNS}|{_OTHER_NOUNS})\b",
    re.IGNORECASE,
)
_SAME_AGAIN = re.compile(r"\b(?:again|that day|the same day|that night)\b", re.IGNORECASE)
_PAST_WORDING = re.compile(r"\b(?:last|earlier|ago|yesterday|past|recent)\b", re.IGNORECASE)
_NEGATED = re.compile(r"(?:n[’']t|\bnot|\bnever)\b[^,;.]*$")
# "had not met since", "hasn't been seen since": the negated verb right before "since" (not
# "hikers who did not carry maps have been rescued since", a relative clause's).
# "did not meet", "has never visited", "won't attend": the event verb negated ("had not met
# since 1965" is kept: the last meeting was then).
_NEGATED_VERB = re.compile(
    r"(?:\b(?:did|does|do|has|have|had|was|were|is|are|will|would|could)(?:n[’']t|\s+not|\s+never)"
    r"|\bnever|\bwon[’']t|\bcan[’']t|\bcannot|\bfail(?:ed|s)?\s+to)"
    r"\s+(?:yet\s+|even\s+|be\s+|been\s+)?$"
)
# "not only arrested … but also charged": no negation
_NOT_ONLY = re.compile(r"\bnot\s+(?:only|just|merely|simply)\b", re.IGNORECASE)


def _own_phrase(text: str, at: int, length: int) -> tuple[int, int]:
    """The stretch of `text` around a date between the clause marks either side of it, at most
    45 characters each way: "held on the third Monday of April every year", not "the festival,
    which draws thousands every year, was cancelled on March 15"."""
    lo, hi = max(0, at - 45), min(len(text), at + length + 45)
    for m in _PHRASE_END.finditer(text, lo, at):
        lo = m.end()
    stop = _PHRASE_END.search(text, at + length, hi)
    return lo, stop.start() if stop else hi


# The same right before the date, whatever verb the clause's search found first.
_NEGATED_AT = re.compile(
    r"(?:\b(?:did|does|do|was|were|will)(?:n[’']t|\s+not)|\bnever|\bwon[’']t)\s+[a-z]+"
    r"(?:\s+[a-z]+){0,2}\s+$"  # "did not announce the results on 25 February"
)
# A habit or a calendar rule, not one event: "every year", "each month", "annually", "on the
# third Monday of April".
_HABIT = re.compile(
    r"\b(?:every|each)\s+(?:year|month|week|day|spring|summer|fall|autumn|winter|morning|night"
    r"|evening|weekend|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February"
    r"|March|April|May|June|July|August|September|October|November|December)\b"
    r"|\b(?:annually|yearly)\b"
    r"|\bon\s+the\s+(?:first|second|third|fourth|last)\s+(?:Monday|Tuesday|Wednesday|Thursday"
    r"|Friday|Saturday|Sunday|day|weekend)\s+of\s+(?:every|each|the\s+month|(?-i:[A-Z]))",
    re.IGNORECASE,
)
_NOT_SINCE = re.compile(r"(?:n[’']t|\bnot|\bnever)(?:\s+[a-z]+){1,2}\s+$")
_FIRST_SINCE = re.compile(r"\bfirst(?:\s+[\w-]+){1,4}\s+$")
_SUPERLATIVE_SINCE = re.compile(
    # "the third fire at the complex since January": a count over the span, no event then
    r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
    r"\b(?:(?!\b(?:has|have|had|is|are|was|were|been|being)\b)[^,;:]){0,40}$"
    r"|\b(?:highest|lowest|biggest|largest|smallest|worst|best|deadliest|strongest|weakest|most"
    r"|least|fastest|slowest|longest|shortest|steepest|sharpest)\b[^,;:]{0,40}$",
    re.IGNORECASE,
)
# "have nearly tripled since 2008", "has governed Japan since 1955", "had been living there
# since 2016": an active perfect or a progressive runs over the span from the date; no event
# is dated (unlike a passive's resulting state: "have been grounded since March").
_SPAN_SINCE = re.compile(
    r"\b(?:has|have|had|[’']s|[’']ve|[’']d)\s+(?:(?:not|never|also|only|nearly|almost|largely"
    r"|mostly|steadily|continuously|more\s+than|[a-z]+ly)\s+)*(?:been\s+(?:[a-z]+ly\s+)?[a-z]{3,}ing"
    r"|(?!been\b)[a-z]{3,}ed|grown|risen|fallen|held|kept|led|run|stood|lived|ruled|served"
    r"|worked|remained|stayed)\b[^,;:()—–]{0,60}$"
)
_HEDGED = re.compile(
    r"\b(?:(?:could|might|may|would)\b|should\s+be\s+able|(?:worr(?:y|ies|ied)|fears?|feared|hopes?|hoped|predicts?|"
    r"predicted|expects?|expected|forecasts?|reckons?|anticipates?)"
    r"\s+(?:that\b|to\b)?)"
)
_WILL = re.compile(r"\bwill\s+(?:not\s+)?[a-z]+\b")
_SCHEDULE_TO = re.compile(r"\b(?:due|set|scheduled|slated|poised)\s+to\b")
_INFINITIVE_CONJUNCT = re.compile(r"(?:^\s*|\b(?:and|or)\s+)to\s+(?!be\b)[a-z]{3,}\b")
_WOULD_VERB = re.compile(r"\bwould\s+(?:not\s+)?[a-z]+\b")
_UNLESS = folded(
    r"\bunless\b|(?<!\beven\s)(?<!\bas\s)(?<!\basked\s)(?<!\bwondered\s)(?<!\bsee\s)\bif\b"
)
_AND_VERB = re.compile(r"\s*(?:and|or)\s+(?:then\s+)?(?!(?:on|in|at|by|the|also|not)\b)[a-z]{3,}\b")
_PUT_OFF = re.compile(
    r"\b(?:adjourned|adjourns|postponed|postpones|deferred|delayed|suspended|remanded)\b"
)
# A past that did not happen: "If the regulator had acted in 2019", "should have raised rates
# in 2022": no event.
_COUNTERFACTUAL = re.compile(
    r"(?:^|[,;:]\s*|\b(?:and|but)\s+)[\"“‘']?[Ii]f\b[^,;]{0,60}?\bhad\s+(?:not\s+|never\s+)?[a-z]+(?:ed|en|wn|ne)\b"
    r"[^,;]*$"
    r"|\b(?:should|could|would)\s+(?:not\s+|never\s+)?have\s+[a-z]+(?:ed|en|wn|ne)\b[^,;]*$"
    # the inverted conditional: "Had Congress passed the bill in 2019, …"
    r"|(?:^|[,;:]\s*)[\"“‘']?Had\s+(?:not\s+)?[\w’'.-]+(?:\s+[\w’'.-]+){0,4}?\s+(?:not\s+)?[a-z]+(?:ed|en|wn|ne)\b"
    r"[^,;]*$"
)
# The end of a span "between January 2021 and March 2024": no event of its own.
# A comparison's base, not an event: "1.1% smaller than a year ago", "compared with 2019".
_COMPARED_WITH = re.compile(
    r"\bthan\s+(?:in\s+|on\s+|at\s+)?$"  # "smaller than a year ago", "than in March"
    r"|\b(?:compared\s+(?:with|to)|versus|vs\.?)\s+(?:[^\s,;]+\s+){0,2}?(?:in\s+|on\s+)?"
    # "compared with 640 in the same period last year"
    r"(?:the\s+same\s+(?:period|week|month|quarter|time)\s+(?:of\s+)?)?$"
    # "down 12 per cent on the same month last year": a British comparison's base
    r"|\b(?:on|from|over)\s+the\s+same\s+(?:period|week|month|quarter|time|day)\s+(?:of\s+)?$",
    re.IGNORECASE,
)
# A plan the text says was replaced: "originally scheduled for December 4" (then postponed).
_SUPERSEDED = re.compile(
    r"\b(?:originally|initially|previously|first|had\s+been)\s+(?:scheduled|planned|set|slated"
    r"|due)\s+(?:for|on|to\s+\w+(?:\s+(?:on|in))?)\s+$"
    # "were originally due to be completed in the second half of 2024": a plan the word
    # "originally" says was not kept, with or without its change told
    r"|\b(?P<kept>originally|initially)\s+(?:scheduled|planned|set|slated|due|expected)\s+to\s+"
    r"(?:be\s+)?\w+(?:\s+(?:on|in|by))?\s+(?:(?:the|early|late|mid)\s+)?(?:[\w-]+\s+(?:half|part)"
    r"\s+of\s+)?$",
    re.IGNORECASE,
)
_PASSIVE_AFTER_WILL = re.compile(r"(?<=\bbe)\s+[a-z]+ed\b|(?<=\bremain)\s+[a-z]+ed\b")
_PAST_ED_WORD = re.compile(r"\b[a-z]{3,}ed\b")
_MOVED = re.compile(
    r"\b(?:postponed|delayed|moved|pushed\s+back|rescheduled|cancell?ed|called\s+off|brought"
    r"\s+forward|now|will\s+(?:now\s+)?(?:be\s+held|take\s+place|open|start|begin))\b",
    re.IGNORECASE,
)
_BETWEEN_BEFORE = re.compile(r"\b[Bb]etween\s+$")
_BETWEEN_AND = re.compile(r"\b[Bb]etween\s+[^,;]{2,30}?\s+and\s+$")
_HEDGE_ENDS = re.compile(r"\band\s+(?:will|shall|is|are)\b|;|,\s*(?:and|but)\b")
_MODAL_HEDGE = re.compile(r"could|might|may|would|should")
_SAID_BEFORE = re.compile(
    r"\b(?:said|says|told\s+\w+|announced|confirmed|did\s+(?:announce|confirm|say))\b"
)
_THAT_OPENS = re.compile(r"\s*that\s")  # the clause of what was said: "…, that bills would"
_HEDGE_WORD = re.compile(r"\b(?:likely|probably|possibly|perhaps|if|unless)\b")
# The words a timetable's present needs, found first by one trie (the full pattern, with its
# look-behinds, costs ten times more on a sentence that has none)
_TIMETABLE_CUE = re.compile(
    r"\b(?:"
    + alternation(
        "starts begins opens resumes kicks takes take meets hosts debuts premieres testifies "
        "arrives goes launches votes reports faces visits releases travel travels host play "
        "plays face visit expires lapses returns reopens closes concludes applies campaign "
        "season adjourns convenes reconvenes resume reconvene convene adjourn reopen "
        "begin start open sits go heads head polls".split()
    )
    + r")\b"
)
_TIMETABLE = re.compile(rf"\b{TIMETABLE}\b")
_NEXT = re.compile(r"(?i:next|this\s+coming|later\s+this)\b")
_SCHEDULED = re.compile(
    r"\b(?:will|shall|won[’']t|scheduled|set\s+(?:[\w-]+\s+){0,2}?(?:to|for)|due|payable|planned"
    r"|slated|upcoming|expected|"
    r"(?:is|are|was|were)\s+(?:to|going\s+to)|is|are|to\s+be|starts|begins|"
    rf"{TIMETABLE})\b",
    re.IGNORECASE,
)
_WRITTEN_YEAR = re.compile(r"(?:(?:early|mid-?|late)\s*)?\d{4}", re.IGNORECASE)
_MONTH_SPAN = re.compile(r"[a-z]\.?\s*(?:to|through|thru|until|[–-])\s*[A-Z]")
_YEAR_DASH = re.compile(r"\d\s?[–-]\s?\d")
_DAY_SPAN = re.compile(r"\d\s*(?:to|until|through)\s*\d")
_RANGE_TO = re.compile(r"\s*(?:to|through|until|till|[-–—])\s*")
_SPAN_LEADS = frozenset({"until", "till", "before", "after", "by", "from", "as of"})
_CLAUSE_BREAK = re.compile(r"[,;]\s+(?:(?:and|but|or)\s+)?")
_PHRASE_END = re.compile(
    r"(?<!\d),|,(?!\d{3}\b)|[;:()—–]"
)  # not "40,000"; a "." is an abbreviation
_OPENING = re.compile(
    r"^(?:(?:[A-Z][a-z]+ly|Most\s+recently|Furthermore|However|Meanwhile|Moreover|Later|"
    r"Earlier|Then|Also|Still)\s*,\s*)+"
)

_OUTCOME = folded(
    r"\b(?:re-?arrested|released|freed|deported|expelled|removed|repatriated|returned|"
    r"turned\s+over|handed\s+over|transferred|charged|indicted|convicted|sentenced|jailed|"
    r"imprisoned|acquitted|extradited|paroled|hospitali[sz]ed|airlifted|flown|granted)\b"
)
_OUTCOME_END = re.compile(
    r"\s+(?:after|before|when|while|because|since|until|although|though|whereas|that|which|"
    r"who|where|if|unless)\b"
    r"|,\s+(?:but|while|which|who|although|though|since|because|after|before|when|where)\b"
    r"|\s*[;:—–]|(?<![A-Z])\)|\s*\((?![A-Z][A-Za-z0-9-]*\))"  # "(ABC)" does not end it
)
_PRONOUN = re.compile(r"\b(?:they|them|he|him|she)\b", re.IGNORECASE)
_DEMONSTRATIVE = re.compile(
    r"\b(?:this|these|those)\s+(?:(?!(?:is|was|are|were|has|had|have|will|would|can|could|"
    r"may|might|must|should|does|did|do)\b)[\w’'-]+\s+){0,3}?(?:case|group|incident|operation|"
    r"network|cell|ring|scheme|plot|episode|individuals?|men|women|people|smugglers?|"
    r"suspects?)\b",
    re.IGNORECASE,
)
SAME_DATE_WINDOW = 8  # latest cases of one date (without people) a mention is compared with
RECENT = 16  # a paragraph's latest cases that an anaphor ("The five", "they") may point to
MAX_EVIDENCE = 8  # evidence sentences of one case
_COUNT_WORDS = {value: word for word, value in NUMBER_WORDS.items()}
_DIGITS = re.compile(r"\d+")
# (a time or a span of hours may follow the date: "Sunday, May 4, 9:30 a.m. to 1 p.m.: Grace
# Fellowship Church", an exposure site's or a clinic's line)
_TIME = TIME_OF_DAY
_TIMELINE_ENTRY = re.compile(
    rf"(?P<time>,?\s+{_TIME}(?:\s*(?:to|until|-|–)\s*{_TIME})?)?\s?(?::|\s[–—-])\s+(?=[A-Z0-9])"
)
# a line a schedule or a log opens on: a day, its hours, a colon (the cheap test of `_mentions`)
_TIMED_ENTRY = re.compile(
    rf"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?i:{'|'.join(MONTH_NUMBERS)})\.?\s+\d{{1,2}}"
    rf"(?:,\s+\d{{4}})?,?\s+{_TIME}(?:\s*(?:to|until|-|–)\s*{_TIME})?\s?:\s"
)
_ENTRY_WORD = re.compile(r"[A-Za-z][\w’'-]*")
_BULLET = re.compile(r"[-•*–]\s+")
_YEAR_WRITTEN = re.compile(r"\b(?:1[89]|20)\d\d\b")
# "Mid-November: The county mails notices": a schedule's line with a part of a month
_QUALIFIED_MONTH = re.compile(r"(?i:early|mid|late)[-\s]")


def _hour_entry(text: str, iso: str) -> _Mention | None:
    """A timeline's line that opens on an hour under its day ("2 a.m. – Kidlat enters PAR as a
    severe tropical storm", "11 a.m. – Signal No. 4 lifted"), or a fixture under its day ("URC:
    Cardiff v Munster, Cardiff Arms Park, 5.30pm"): an event of that day."""
    hour = HOUR_LINE.match(text)
    if hour is None:
        fixture = FIXTURE_LINE.search(text)
        if fixture is None:
            return None
        date = DateMention(0, 0, 0, iso, "", None, None)
        return _Mention(date, text, text, None, (), "incident", "v", entry=True)
    at = hour.end() - 1
    event = _entry_verb(text, at) or _ENTRY_WORD.search(text, at)
    if event is None:
        return None
    time = text[: hour.end() - 1].rstrip(" :–—-")
    date = DateMention(0, len(time), 0, iso, time, None, None)
    return _Mention(date, text, text, None, (), "incident", _norm(event.group()), entry=True)


def _bullet(sentence: str) -> int:
    """Where a list item's text starts after its bullet ("- Tuesday, Dec. 2, 6 p.m.: …")."""
    m = _BULLET.match(sentence)
    return m.end() if m else 0


# a timeline's line opens on a date with its year, or on a part of a month ("Mid-November"),
# then a dash or a colon (the cheap test)
_DATED_ENTRY = re.compile(
    r"(?:(?:\d{1,2}\s+)?(?:[A-Z][a-z]{2,8}\.?\s+)?(?:\d{1,2},?\s+)?(?:1[89]|20)\d\d"
    rf"|(?i:early|mid|late)[-\s]+(?i:{'|'.join(MONTH_NUMBERS)})\.?(?:\s+\d{{4}})?)"
    r"\s?(?::|\s[–—-])\s"
)
# an entry that counts or names a period is a statistic's: "2022 – 3,100 arrests", "2025: A
# year of floods"
_TALLY_ENTRY = re.compile(
    r"\s*(?:\d|(?:about|some|nearly|over|more\s+than)\s+\d"
    r"|(?:A|An|The)\s+(?:year|month|week|decade|season|summer|winter)\s+of\b)"
)


def _entry_verb(fields: str, at: int) -> re.Match[str] | None:
    """The verb of a timeline's entry: a past form ("separated", "signed", "fell") or a verb of
    the events lexicon in a headline's present ("Police arrest two men"); not a plural noun."""
    if _TALLY_ENTRY.match(fields, at) or _MEASURE_VERB.search(fields, at):
        return None  # "2020: Deaths fell to 1,100": a period's statistic
    named = True  # the words so far are a name: "The Bureau of Meteorology issues"
    for k, word in enumerate(_ENTRY_WORD.finditer(fields, at)):
        w = word.group()
        if _PAST_PARTICIPLE.fullmatch(w) or is_past_verb(w.lower()) or _LEXICON_VERB.fullmatch(w):
            return word
        if (
            0 < k < (8 if named else 4)
            and _HEADLINE_PRESENT.fullmatch(w)
            and fields[at:].lstrip()[:1].isupper()
        ):
            return word  # "Cabinet adopts the roadmap", "CCMA conciliation fails"
        named = named and (w[:1].isupper() or (k > 0 and w in _NAME_JOINERS))
    return None


_NAME_JOINERS = frozenset("of and for the de".split())


_PAST_PARTICIPLE = re.compile(r"[a-z]{3,}(?:ed|en)")
_HEADLINE_PRESENT = re.compile(r"[a-z]{2,}[^s\W]s")  # "adopts", "fails" (not "process")
_NAME_WORDS = re.compile(r"\w+")
_CAPITALISED = re.compile(r"\b[A-Z][\w-]*")
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
_STOPWORDS = (
    frozenset(
        """
    about above after again against also although among another because been before being
    below between both could does doing down during each either enough even ever every from
    further have having here however into itself just like made make many more most much must
    neither never none often once only other ought over same several should since some such
    than that their them themselves then there these they this those though through thus under
    until upon very what when where whether which while whom whose will with within without
    would your year years first second third last recent recently said says including were
    onto told well back still across toward towards later earlier next away
    """.split()
    )
    | frozenset(NUMBER_WORDS)
    | frozenset(MONTH_NUMBERS)
)


_STOPWORDS_TITLE = frozenset(
    "It He She They We You I This That These Those There Here His Her Their Its Our".split()
)
_NOT_NAMES = frozenset(
    "the a an it its he she they we i you his her their our this that those these no not "
    "but and or so if when while as at in on by for to of with how what who why where there "
    "here mr mrs ms dr monday tuesday wednesday thursday friday saturday sunday today "
    "yesterday tomorrow".split()
)


@dataclass(frozen=True, slots=True)
class _Mention:
    date: DateMention
    span: str  # verbatim sentence, clause or noun phrase: the summary
    fields: str  # the span with other events' noun phrases blanked: people/places/hedges
    group: Group | None
    people: tuple[str, ...]
    kind: str
    event: str
    listed: bool = False  # a line of a schedule or a log: its own event, however alike
    entry: bool = False  # a timeline's line: "1 April 2025 – Rail manager separated"


@dataclass
class _Draft:
    n: int  # order of creation: among candidates the latest wins
    iso: str
    date_text: str
    summary: str
    kind: str
    event: str
    count: int | None
    stems: set[str]
    people: list[str]
    nationalities: list[str]
    evidence: list[Evidence] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)  # for organizations, hedges, outcome
    dated_texts: list[str] = field(default_factory=list)  # for places
    seen: set[tuple] = field(default_factory=set)
    listed: bool = False  # told by a line of a schedule, a log or a timeline

    def add(self, paragraph: str, sentence: str, text: str, dated: bool) -> None:
        """Evidence, and the texts its fields are read from, each once: at most `MAX_EVIDENCE`
        sentences (a case's card stays readable; its fields come from what it shows)."""
        quote = (paragraph, sentence)
        if quote not in self.seen:
            if len(self.evidence) >= MAX_EVIDENCE:
                return
            self.seen.add(quote)
            self.evidence.append(Evidence(paragraph=paragraph, quote=sentence))
        if text not in self.seen:
            self.seen.add(text)
            self.texts.append(text)
        if dated and (text, True) not in self.seen:
            self.seen.add((text, True))
            self.dated_texts.append(text)


def extract_cases(
    paragraphs: list[Paragraph], published: dt.date | None = None, notes: list[str] | None = None
) -> list[Case]:
    """Return the article's dated cases, chronological, with ids c1, c2, …; dates relative
    to the publication date ("on Tuesday", "last month") are resolved against `published`.
    Read from the first `MAX_DATES_READ` dated mentions; what that limit cut is said in
    `notes`."""
    common = frozenset(_WORD.findall("\n".join(p.text for p in paragraphs)))
    topic = _Topic(paragraphs)
    cases = _Cases(common)
    anchor: str | None = None  # the date of the story's last dated event so far
    day: str | None = None  # the story's last day so far, and its paragraph's index
    day_at = -2
    read = 0
    named: tuple[str, ...] = ()  # the person the latest sentence opening on a name named
    named_at = -2
    surnames: dict[str, tuple[str, ...]] = {}  # "Pruitt" → ("Lena Pruitt",)
    hours_of: tuple[str, int] | None = None  # a timeline's day over its hours, and where
    line_now: str | None = None  # the date of this paragraph, when it is a schedule's line
    for index, paragraph in enumerate(paragraphs):
        if read >= MAX_DATES_READ:
            break
        line_before, line_now = line_now, None  # (the one before: a schedule runs forward)
        if DAY_LINE.fullmatch(paragraph.text.strip()):
            told = find_dates(paragraph.text, published)
            hours_of = (told[0].iso, index) if told and len(told[0].iso) == 10 else None
            continue  # "Sunday, Oct. 18" over "2 a.m. – Kidlat enters PAR": the hours' day
        if (
            hours_of
            and index - hours_of[1] == 1
            and (hour := _hour_entry(paragraph.text, hours_of[0]))
        ):
            hours_of, line_now = (hours_of[0], index), hour.date.iso
            draft = cases.find_dated(hour)
            if draft is None and len(cases.drafts) < MAX_CASES:
                draft = cases.new(hour)
            elif draft is not None:
                cases.merge(draft, hour)
            if draft is not None:
                draft.add(paragraph.id, paragraph.text, hour.fields, dated=True)
            continue
        cases.recent.clear()  # cases mentioned in this paragraph, latest last
        frame: _Frame | None = None  # the day the paragraph's narrative is set on
        # a day told with no event: its sentence, the story's dates then, and its dates if read
        scene: tuple[str, str | None, str | None, list[DateMention]] | None = None
        quoted = _quoted_spans(paragraph.text)
        for sentence in split_sentences(paragraph.text):
            if len(cases.drafts) >= MAX_CASES or read >= MAX_DATES_READ:
                break  # limits.MAX_CASES: the rest of the article is not read for cases
            seen: list[DateMention] = []  # the sentence's dates, when `_mentions` read them
            counted_from = _subject_day(sentence.text, cases.drafts) or anchor
            mentions = _mentions(
                sentence.text, common, topic, published, counted_from, day, seen, line_before
            )
            if quoted:
                mentions = [
                    m
                    for m in mentions
                    if not (
                        (_SPEAKERS_DAY.fullmatch(m.date.text) or not _DIGITS.search(m.date.text))
                        and _inside(quoted, sentence.start + m.date.start)
                        and not (
                            _ahead_in_quote(m, published)
                            # (not when the sentence says when it was said: "…," he said on
                            # Sunday: from that day)
                            and all(_inside(quoted, sentence.start + d.start) for d in seen)
                        )
                    )
                ]
            recent_day = day if index - day_at <= 1 else None
            if not mentions:  # the story's day, if told in this paragraph or the one before
                mentions = _after_event(sentence.text, cases.drafts, recent_day, common, topic)
            mentions += _counted_before_main(sentence.text, mentions, recent_day, common, topic)
            anchor = mentions[-1].date.iso if mentions else anchor
            days = [m.date.iso for m in mentions if len(m.date.iso) == 10]
            if days:  # the story's day moves with the days it names, not with a background
                day, day_at = days[-1], index  # year ("the most since Boyd scored in 2014")
            framed = None
            if not mentions and (frame is not None or scene is not None):
                if scene is not None and (
                    _NARRATED.match(sentence.text) or _REFERRED.match(sentence.text)
                ):
                    # read the scene's day only when a sentence may take it (a date costs)
                    frame = _scene(*scene, published) or frame
                    scene = None
                if frame is not None:
                    mentions = _framed(sentence.text, frame, common, topic)
                    framed = frame if mentions else None
            elif mentions:
                frame, scene = _frame_of(mentions, sentence.text, published), None
            if not mentions and framed is None and _DAY_CUE.search(sentence.text):
                # "The minister was in Ba on Monday.": no event, but the day it sets the
                # narrative on holds for the sentences after it
                scene = (sentence.text, anchor, day, seen)
            read += len(mentions)
            apposed = _APPOSED_NAME.match(sentence.text)
            again = _SURNAME_SUBJECT.match(sentence.text)
            opener = (
                (_CAPITALS_PAIR.search(sentence.text, 0, 90) and _named(sentence.text, seen))
                or (apposed and (apposed[1],))
                or (again and surnames.get(again[1]))
                or ()
            )
            if opener:
                named, named_at = opener, index
                surnames[opener[0].split()[-1]] = opener
            elif not (index - named_at <= 1 and _PRONOUN_SUBJECT.match(sentence.text)):
                named = ()
            if named:  # "His office manager, Janice Pruitt, pleaded …", and "She is to be
                # sentenced Nov. 20." after it: who did what the sentence's first clause says
                mentions = [
                    replace(m, people=named)
                    if not m.people and sentence.text.startswith(m.span[:30])
                    else m
                    for m in mentions
                ]
            for mention in mentions:
                if mention.listed or mention.entry:
                    line_now = mention.date.iso
                draft = cases.find_dated(mention)
                if draft is None:
                    if len(cases.drafts) >= MAX_CASES:
                        continue
                    draft = cases.new(mention)
                else:
                    cases.merge(draft, mention)
                if framed is not None:  # the sentence that says the day comes first
                    draft.add(paragraph.id, framed.sentence, framed.sentence, dated=False)
                draft.add(paragraph.id, sentence.text, mention.fields, dated=True)
                cases.touch(draft)
            if mentions:
                continue
            draft = cases.follow_up(sentence.text, common)
            if draft is not None:
                draft.add(paragraph.id, sentence.text, sentence.text, dated=False)
                cases.touch(draft)
        if line_now is None and len(paragraph.text) <= _ENTRY_LINE:
            # a schedule's line with no event of its own ("April 6: Voter registration
            # deadline") still dates the line after it ("April 7: Early voting begins")
            line_now = _entry_date(paragraph.text, published, line_before)
    if read >= MAX_DATES_READ and notes is not None:
        notes.append(
            f"Dates: the first {MAX_DATES_READ} dated mentions were read for cases; the rest of "
            "the text was not."
        )
    reference = (
        published.isoformat() if published else max((d.iso for d in cases.drafts), default="")
    )
    for draft in cases.drafts:
        if published and draft.kind == "incident" and int(draft.iso[:4]) <= published.year - 2:
            # two years and more before the story: its background (on the gold pages, 92 of the
            # 95 events that old are), an arrest of 1986 in an obituary too
            draft.kind = "context"
        if draft.kind == "context" and (
            _recent(draft.iso, reference) or (published and draft.iso > reference[: len(draft.iso)])
        ):
            # what the story reports, not its background: its own month, or what is to come
            # (on the gold pages, 49 of 56 scheduled events are the story's)
            draft.kind = "incident"
    ordered = sorted(cases.drafts, key=lambda d: d.iso)  # stable: ties keep first appearance
    setting = _Setting(paragraphs)
    labels = {p.id: label[1] for p in paragraphs if (label := _ITEM_LABEL.match(p.text))}
    return [_build(d, f"c{i}", setting, labels) for i, d in enumerate(ordered, 1)]


_ENTRY_LINE = 160  # characters: a schedule's line is short
RUN_GAP = 183  # days: read as last year, a line this far before the one before is no history
RUN_NEXT = 92  # days: a schedule's next line, a year on, falls within a quarter of the one before
_DATED_OPENING = re.compile(
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\b)"
)


def _entry_date(text: str, published: dt.date | None, line_before: str | None) -> str | None:
    """The day a schedule's line opens on, run forward from the line before it when it writes
    no year (as `_mentions` dates a line's event); None unless `text` is such a line."""
    at = _bullet(text)
    if published is None or not _DATED_OPENING.match(text, at):
        return None
    dates = find_dates(text, published)
    if not dates or dates[0].start != at or not _TIMELINE_ENTRY.match(text, dates[0].end):
        return None
    iso = dates[0].iso
    if line_before and not _YEAR_WRITTEN.search(dates[0].text):
        iso = _run_forward(iso, line_before) or iso
    return iso


def _run_forward(iso: str, line_before: str) -> str | None:
    """`iso` a year later when a schedule's line without a year reads as running forward from
    the line before it: months before it as read ("Jan. 22" after "Jan. 12", read as last
    January), weeks after it a year on. A list newest first ("Dec. 15" after "Jan. 12") stays
    as read: its lines are near, backwards."""
    if len(iso) < 7 or len(line_before) < 7:
        return None
    try:
        read = dt.date.fromisoformat(iso if len(iso) == 10 else f"{iso}-15")
        before = dt.date.fromisoformat(
            line_before[:10] if len(line_before) >= 10 else f"{line_before[:7]}-15"
        )
        later = read.replace(year=read.year + 1)
    except ValueError:
        return None  # (29 February)
    if (before - read).days > RUN_GAP and 0 <= (later - before).days <= RUN_NEXT:
        return f"{later.year}{iso[4:]}"
    return None


# A list item that names its subject before a colon, as pages list projects, places or bodies:
# "Moree Hospital ($168 million): a new hospital … Planning approval was granted on 29 October."
_ITEM_LABEL = re.compile(
    r"(?:[-•*▪–]\s+|\d{1,2}[.)]\s+)(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|January|February|March|April|May|June|July|August|September|October|November|December)\b)"
    r"([A-Z][\w’'&.-]*(?:\s+(?:of|the|and|for|&|[A-Z][\w’'&.-]*))*?\s+[A-Z][\w’'&.-]*)"
    r"(?:\s+\d{1,4})?(?:\s+[a-z][\w-]*){0,3}(?:\s*\([^()]{1,40}\))?:\s"
)


# --- mentions ----------------------------------------------------------------------------

# A sentence that tells what someone it names did, in the simple past: "Norway got a
# draw", "The Rovers advanced despite losing", "Acme secured its permit".
_NARRATED = re.compile(
    r"(?:The\s+)?(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s+"
    r"(?:(?:also|then|later|again|eventually|finally|quickly)\s+)?"
    rf"(?P<verb>[a-z]{{2,}}ed|{IRREGULAR})\b"
)
# Not a new event on that day: an auxiliary, a verb of speech or thought (what someone said
# or thought belongs to the statement already dated).
_NOT_NARRATED = re.compile(
    r"(?:had|was|were|did|said|told|stated|explained|added|noted|wrote|argued|claimed|insisted"
    r"|believed|thought|knew|felt|hoped|feared|recalled|acknowledged|admitted|denied)$"
)
# Words that move the story's time away from the day: backstory, spans, habits.
_TIME_SHIFT = re.compile(
    r"\b(?:as\s+an?\s+(?:child|teenager|student|boy|girl|adult)|for\s+(?:\w+\s+)?(?:days|weeks"
    r"|months|years|decades)|ago|previously|formerly|earlier|once|long\s+before|in\s+the\s+past"
    r"|used\s+to|since|until|before|years?|months?|decades?|always|never|often|usually|every)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Frame:
    """The day a sentence set the narrative on, that sentence, the names it told of, and its
    lower-case words (for "the girl" of "a girl who was admitted")."""

    date: DateMention
    sentence: str
    names: frozenset[str]
    words: frozenset[str]

    @staticmethod
    def told(date: DateMention, sentence: str) -> _Frame:
        return _Frame(
            date,
            sentence,
            frozenset(_CAPITALISED.findall(sentence)),
            frozenset(w for w in _WORD.findall(sentence) if w.islower()),
        )


_DAY_CUE = folded(rf"\b(?:{'|'.join(WEEKDAYS)}|yesterday|{LONG_MONTHS})\b".lower())


def _scene(
    sentence: str,
    anchor: str | None,
    day: str | None,
    seen: list[DateMention],
    published: dt.date | None,
) -> _Frame | None:
    """The frame of a sentence that names one day before publication and no event (its dates
    `seen` when already read)."""
    dates = seen or find_dates(sentence, published, anchor, day)
    if len(dates) != 1 or len(dates[0].iso) != 10:
        return None
    if published is not None and (
        dates[0].iso > published.isoformat() or not _recent(dates[0].iso, published.isoformat())
    ):
        return None  # a day of the story, not "born on March 3, 1950"
    return _Frame.told(replace(dates[0], start=0, end=0, core_start=0), sentence)


# A name of two words or more opens a sentence only where two capitalised words stand together
# early in it (a cheap test before `_named`)
_CAPITALS_PAIR = re.compile(r"[A-Z][\w’'.-]*\s+[A-Z]")
# A sentence whose subject is a person named before: "He", "She"
_PRONOUN_SUBJECT = re.compile(r"(?:He|She)\s")
# A subject named in apposition: "His former office manager, Janice Pruitt, pleaded …"
_APPOSED_NAME = re.compile(
    r"(?:His|Her|Their|The|A|An)\s[^,;:]{2,60},\s+([A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z]+"
    r"(?:-[A-Z][a-z]+)?),\s+[a-z]"
)
# A sentence opening on a surname alone, told in full before ("Pruitt, who …, testified")
_SURNAME_SUBJECT = re.compile(r"([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b(?!\s+[A-Z])")
_BACKSTORY_VERB = re.compile(r"worked|lived|grew|studied|attended|served|spent|felt|seemed|had")
# One named before, referred to again: "he" or "she" after a fronted phrase ("Speaking at the
# centre, he announced"), or "The" and a noun ("The girl died"), then a past verb.
_REFERRED = re.compile(
    r"(?:(?:(?:Speaking|Addressing|Talking|Standing|Appearing|Testifying|Responding|Arriving"
    r"|Visiting|Writing|Asked|Questioned|Interviewed)\b[^,;:]{0,80}"
    # a later moment of that day: "After lunch,", "In the afternoon,", "At a press conference,"
    r"|(?:After\s+(?:lunch|breakfast|dinner|the\s+(?:meeting|hearing|briefing|speech|vote|talks))"
    r"|Later|In\s+the\s+(?:morning|afternoon|evening)|At\s+(?:a|the)\s+(?:news|press)\s+conference"
    r"|At\s+(?:a|the)\s+(?:rally|briefing|ceremony|meeting|hearing|summit)|On\s+the\s+sidelines"
    r"\b[^,;:]{0,40}))\s*,\s+(?:he|she)"
    r"|The\s+(?P<noun>[a-z]{3,}))\s+"
    r"(?:(?:also|then|later|again|eventually|finally|quickly)\s+)?"
    rf"(?P<verb>[a-z]{{2,}}ed|{IRREGULAR})\b"
)


def _frame_of(mentions: list[_Mention], sentence: str, published: dt.date | None) -> _Frame | None:
    """The day a sentence's events set the narrative on, for the undated sentences after it
    in its paragraph: their day, when the text names one day before publication for all of
    them (a sentence of two dates leaves the story's time unclear)."""
    date = mentions[0].date
    if len(date.iso) != 10 or any(m.date.iso != date.iso for m in mentions):
        return None
    if published is not None and date.iso > published.isoformat():
        return None
    return _Frame.told(date, sentence)


def _framed(sentence: str, frame: _Frame, common: frozenset[str], topic: _Topic) -> list[_Mention]:
    """An undated sentence that narrates, in the simple past, what one of those the dated
    sentence before it named did next: English sets it on that day (the narrative's reference
    time holds until the text moves it): "On Monday, Norway and Chile clinched. Norway got a
    1-1 draw at Spain, …". The one named may come back as "he" or "she" after a fronted
    phrase ("Minister Lalabalavu was in Ba on Monday. Speaking at the centre, he announced
    …"), or as "the" and a noun of the dated sentence ("… a girl who was admitted on
    Saturday. The girl died shortly after 9pm"). Not backstory or a span ("Smith moved to
    Ohio as a child", "debated it for months"), nor what someone said or thought."""
    if _QUOTE_MARK.search(sentence) or sentence.rstrip().endswith(":"):
        return []  # "The minister stated:": what follows is the quotation, not an event
    if _TIME_SHIFT.search(sentence):
        return []
    m = _NARRATED.match(sentence)
    if m is not None:
        if _NOT_NARRATED.match(m.group("verb")):
            return []
        names = m.group("name").split()
        if names[0] in _STOPWORDS_TITLE or names[0].lower() in common:
            return []  # "It", "Officials", "Shares": a subject the article writes in lower case
        if not frame.names.intersection(names):
            return []  # someone the dated sentence did not name: another scene
    else:
        m = _REFERRED.match(sentence)
        if m is None or _NOT_NARRATED.match(m.group("verb")):
            return []
        noun = m.group("noun")
        if noun is None and not frame.names:
            return []  # "he" with no one named before
        if noun is not None and noun not in frame.words:
            return []  # "The girl" of a sentence that told of no girl
        if noun is not None and re.search(
            rf"\b(?:trial|inquest|investigation|inquiry|probe|hearing|case|vigil|anniversary"
            rf"|memorial|report|review|lawsuit|sentencing|funeral)s?\b[^.;:]{{0,60}}?\b"
            rf"(?:of|into|over|for|about|after)\s+(?:[\w-]+\s+){{0,2}}{noun}\b",
            frame.sentence,
        ):
            return []  # "The trial over the attack opened on Monday. The attack killed 12": not
            # the day's participant but what the day's event is about
        if noun is not None and not _LEXICON_VERB.fullmatch(m.group("verb")):
            return []  # "The man worked as a teacher": backstory, not an event of that day
        if _BACKSTORY_VERB.fullmatch(m.group("verb")):
            return []  # "Speaking at the rally, she grew emotional"
    event = _event_verb(sentence)
    if event is None:
        return []
    date = replace(frame.date, start=0, end=0, core_start=0)  # said in another sentence
    return [_whole(date, sentence, sentence, event.group(), common, topic)]


def _mentions(
    sentence: str,
    common: frozenset[str],
    topic: _Topic,
    published: dt.date | None,
    anchor: str | None = None,
    day: str | None = None,
    seen: list[DateMention] | None = None,
    line_before: str | None = None,
):
    """The sentence's dated mentions. `line_before`: the date of the schedule's or timeline's
    line in the paragraph before, when there is one."""
    opens = _bullet(sentence)
    if not (
        _EVENT_WORD.search(sentence.lower())
        or _FINITE.search(sentence)
        or (_TIMETABLE_CUE.search(sentence) and _TIMETABLE.search(sentence))
        or _LAW_CUE.search(sentence)
        or _TIMED_ENTRY.match(sentence, opens)
        or _DATED_ENTRY.match(sentence, opens)
    ):
        return []  # no event verb or noun: no date in it dates an event (a cheap test first)
    found = find_dates(sentence, published, anchor, day)
    if seen is not None:
        seen.extend(found)
    dates = [
        d
        for k, d in enumerate(found)
        if (not d.period or _range_from(d))
        and not _no_event_date(sentence, d)
        # "weakened sharply in the past week": a span a trend ran over, no event's date
        and not (d.determiner == "the" and _PAST_SPAN.fullmatch(d.text))
        and (
            d.determiner
            or _starts_event(sentence, d, found[k + 1 : k + 2], found)
            or _owns_noun(sentence, d, found[k + 1 : k + 2])
        )
        and not _dated_after(sentence, d, found[k + 1 : k + 2])
        and not (d.determiner and _GOAL_AFTER.match(sentence, d.end))
        and not (
            d.determiner
            and _DEADLINE_BEFORE.search(sentence, max(0, d.start - 20), d.start)
            and not _OCCASION_AFTER.match(sentence, d.end)
        )
    ]
    phrases: list[tuple[DateMention, int, int, str]] = []
    adverbial: list[DateMention] = []
    # "the 1980 and 1982 races": two dates before one noun, each the noun's (the second
    # takes the first's determiner, the first reads past the second to the noun)
    shared = [
        k > 0
        and dates[k - 1].determiner is not None
        and _DATE_AND.fullmatch(sentence, dates[k - 1].end, dates[k].start) is not None
        for k in range(len(dates))
    ]
    for k, date in enumerate(dates):
        if shared[k]:
            date = replace(date, determiner=dates[k - 1].determiner)
        bare_year = (
            date.lead is None and not date.determiner and _WRITTEN_YEAR.fullmatch(date.text)
        )  # "2030", "early 2019"; not "last year", whose words date the clause
        if (
            bare_year
            and _char_before(sentence, date.start) not in ("", ",", ";", ":", "(", "—")
            and not _noun_before_date(sentence, max(0, date.start - 80), date.start)
            and not _BETWEEN_BEFORE.search(sentence, max(0, date.start - 9), date.start)
            and not _TIME_OF_YEAR.search(sentence, max(0, date.start - 60), date.start)
        ):  # ("recruited between 2008 and 2012": a span's start, read as "from 2008")
            # a bare year inside a phrase ("its planned 2030 launch"): no event date; but "The
            # Clean Air Act of 1970", "the attacks of 2001" date the noun before them
            continue
        limit = dates[k + 1].start if k + 1 < len(dates) else len(sentence)
        if k + 1 < len(dates) and shared[k + 1]:
            limit = dates[k + 2].start if k + 2 < len(dates) else len(sentence)
        if (
            _OWNS.match(sentence, date.end)
            and not _POSSESSIVE_NOUN.match(sentence, date.end)
            and (
                _DAY_WORD.match(date.text)
                or (
                    len(date.iso) < 10
                    and published is not None
                    and date.iso > published.isoformat()[: len(date.iso)]
                )
                or (len(date.iso) < 10 and _STATISTIC_OWNED.match(sentence, date.end))
            )
        ):
            # "votes on next year's budget on June 11": what the noun is for; "shrugged off
            # yesterday's news": the news's day, not the clause's
            continue
        if date.determiner:
            reach = date  # (the first of two dates before one noun reads it past the second)
            if k + 1 < len(dates) and shared[k + 1]:
                reach = replace(date, end=dates[k + 1].end)
            phrase = _noun_phrase(sentence, reach, limit)
            if phrase:
                phrases.append((date, *phrase))
            elif _BARE_YEAR.fullmatch(date.text) and _NAME_AFTER.match(sentence, date.end):
                continue  # "on the 2015 Notebook Pro": a model year names a product
            elif _MONTH_ALONE_TEXT.fullmatch(date.text):
                continue  # "unveiled the June update": the month names the thing, no event
            elif _PREPOSITION_BEFORE.search(
                sentence, max(0, date.start - 30), date.start
            ) or not _DIGITS.search(date.text):
                # "published in the December 2019 issue": the clause's event; "resigned the
                # previous week", "wrote about this last year": a relative date is adverbial
                adverbial.append(date)
        elif _POSSESSIVE_NOUN.match(sentence, date.end, limit):
            # "Wednesday morning’s hearing", "after Tuesday’s vote": the date owns an event
            # noun, which a preposition before it governs (it is no span's edge)
            phrases.append((date, *_noun_phrase(sentence, date, limit, _POSSESSIVE_NOUN)))
        else:
            adverbial.append(date)
    skip = [(d.start, d.end) for d in dates]
    every = [(d.start, d.end) for d in found]  # a year is no quantity, kept or not
    holes = [(s, e) for _, s, e, _ in phrases]
    named = None
    mentions: list[_Mention] = []
    for date, start, end in _clauses(sentence, adverbial):
        quote = _quote_around(sentence, date.start, start, end)
        if quote is not None:  # a date said in a quotation dates what the quotation says
            start, end = quote
        fields = _blank(sentence, holes, start, end)
        undated_fields = _blank(sentence, sorted(holes + every), start, end)
        event = _event_verb(
            fields, undated=undated_fields, at=date.start - start, day=len(date.iso) == 10
        )
        # a timeline's entry, "1 April 2025 – Rail manager formally separated from operations",
        # "August 2019: Carrow had not monitored 1,150 valves": the date heads what happened
        entry = (
            _TIMELINE_ENTRY.match(sentence, date.end)
            if date.start == _bullet(sentence)
            and (_DIGITS.search(date.text) or _QUALIFIED_MONTH.match(date.text))
            else None
        )
        if (
            entry is not None
            and line_before
            and not _YEAR_WRITTEN.search(date.text)
            and (forward := _run_forward(date.iso, line_before))
        ):
            # "- Mid-November: The county mails notices" after "- Tuesday, Oct. 28: …": a
            # schedule's lines run forward, so a line without its year follows the one before
            date = replace(date, iso=forward)
        if event is None and entry is not None:
            # the entry's verb, else (a site, a clinic: "…: Grace Fellowship Church") its first
            # word names it
            event = _entry_verb(fields, entry.end() - start)
            if event is None and entry.group("time"):
                event = _ENTRY_WORD.search(fields, entry.end() - start)
        shared = None
        if event is None and _WILL.search(sentence, 0, start):
            # "will open on Monday and close on Dec. 7": a verb coordinated after "and" takes
            # the first verb's "will", and is scheduled as firmly
            event = shared = _AND_VERB.match(fields)
        if (
            event is None
            and _THAT_OPENS.match(fields)
            and _SAID_BEFORE.search(sentence, 0, start)
            and (would := _WOULD_VERB.search(fields, 0, date.start - start))
            and not _HEDGE_WORD.search(fields, would.end(), date.start - start)
            and published is not None
            and date.iso >= published.isoformat()[: len(date.iso)]
        ):
            # "did announce on 25 February that its price cap would go up from 1 April": a
            # plan reported, its own event while it is to come (a past one may not have been)
            event = would
        if event is None:
            # "nearly a year after his arrest in Bogotá in November 2020", "since its founding
            # in 1921": an event noun the date follows, with a determiner and at most a short
            # complement between, is what the date dates
            noun = _noun_before_date(sentence, max(start, date.start - 80), date.start)
            if noun is not None and not _MEASURE_VERB.search(fields, date.end - start):
                # (not "turnout in the election in 2020 was 66 percent": a measure of it)
                event = _EVENT_NOUN.match(
                    sentence, noun.start("noun"), noun.end("noun")
                ) or _LAW_NOUN.match(sentence, noun.start("noun"), noun.end("noun"))
        if event is None and (len(date.iso) == 10 or _NEXT.match(date.text)):
            # "the app launches today", "the retailer reports earnings Wednesday", "returns
            # next June": the simple present with a day, or a period to come, schedules an
            # event, as a timetable does
            event = _TIMETABLE.search(fields)
        if (
            event is None
            and mentions
            and _AGAIN_BEFORE.search(sentence, max(0, date.start - 30), date.start)
        ):
            # "restored it in April 2020, …, and again in April 2024": the same act, again
            word = mentions[-1].event
            event = re.compile(re.escape(word)).match(word)
        if (
            event is None
            and mentions
            and _SCHEDULE_TO.search(mentions[-1].event)
            and (infinitive := _INFINITIVE_CONJUNCT.search(fields, 0, date.start - start))
        ):
            # "is due to arrive in July 2031 … and to make its first pass that December": an
            # infinitive coordinated with a scheduled one is scheduled by the same verb
            event = shared = infinitive
        if (
            mentions
            and mentions[-1].date.end <= date.start
            and (gap := _GAPPED.match(sentence, mentions[-1].date.end))
            # (not "canceled Tuesday and Wednesday": one span; "in 2016 and in 2019", with its
            # preposition again, is two, and so are days far apart in a list: "met Jan. 13,
            # Jan. 27 and Feb. 10")
            and (
                (gap.end() < date.start and not gap.group("comma"))
                or (gap.end() == date.start and date.lead is not None and not gap.group("comma"))
                or (gap.end() == date.start and _listed_apart(mentions[-1].date, date, sentence))
            )
            and not _has_verb(sentence, max(gap.end("aside"), gap.start()), date.start)
            and not _AUXILIARY.search(sentence, max(gap.end("aside"), gap.start()), date.start)
        ):
            # "will swing past Venus on April 19, 2027, and back past Earth in October 2028",
            # "went up by 10% on 1 October and by 1.2% on 1 January": a conjunct without a verb
            # of its own shares the one before it
            word = mentions[-1].event
            event = shared = re.compile(re.escape(word)).match(word)
        timed = entry is not None and entry.group("time") is not None
        if event is None or (
            not shared
            and entry is None  # a schedule's line ("Monday, May 12, 1 p.m.: …") is firm
            and _maybe_later(date, fields, published, date.start - start)
        ):
            continue
        if event.group().startswith("did ") and _IF_BEFORE.search(fields, 0, event.start()):
            continue  # "If the government did raise taxes in April": a supposition
        if (
            entry is None
            and date.lead not in ("since", "until", "till")
            and (
                _NEGATED_VERB.search(fields, max(0, event.start() - 30), event.start())
                or _NEGATED_AT.search(sentence, max(0, date.start - 40), date.start)
            )
            and not _NOT_ONLY.search(sentence, max(0, date.start - 60), date.start + 1)
        ):
            # "The committee did not meet on Monday": nothing happened then (what has not
            # happened since a date, or is denied until one, happened then: kept)
            continue
        if _HABIT.search(fields, *_own_phrase(fields, date.start - start, len(date.text))):
            continue  # "is held on the third Monday of April every year": a habit, no event
        if _tallied_over(date, date.end - start, fields, undated_fields, event):
            # "The airline carried 12.5 million passengers in 2023", "Wildfires destroyed
            # 1,200 homes in 2023": a year's tally is a statistic over it (`GUIDE.md`), a
            # figure; "destroyed 200 homes on Tuesday" is an event
            continue
        if _DASHED_DAYS.search(date.text) and _tally_near(undated_fields, date.start - start):
            continue  # "In week 45 (3–9 November 2025), 268 cases were reported": a tally
        contrast = None
        if (
            not _OWNS.match(sentence, date.end)  # "Tuesday's elections": that event's outcomes
            and (other := _while_clause(sentence, max(start, date.end), end)) is not None
        ):
            # "On Saturday, Norway beat Chile, while Peru drew with Spain": two events of one day
            contrast = _while_mention(sentence, other, end, date, common, topic)
            end = other[0]
            fields = fields[: end - start]
        span = sentence if (start, end) == (0, len(sentence)) else _trim(sentence[start:end])
        span = span[_bullet(span) :]  # a list item's summary without its bullet
        groups = find_groups(fields, common, _within(skip, start, end))
        group = _main_group(groups)
        if group is None and named is None:
            named = _named(sentence, found)
        people = (group.text,) if group else named
        kind = _kind(fields, group, topic, bool(_CUSTODY_VERB.search(fields)))
        mentions.append(
            _Mention(
                date,
                span,
                fields,
                group,
                people,
                kind,
                _norm(event.group()),
                timed,
                entry=entry is not None and not timed,
            )
        )
        if contrast is not None:
            mentions.append(contrast)
    for date, start, end, noun in phrases:
        if (
            published is not None
            and (_LAW_NOUN.fullmatch(noun) or _RELEASED_NOUN.fullmatch(noun))
            and date.iso > published.isoformat()[: len(date.iso)]
        ):
            continue  # "the 2025 defense act" passed in 2024: the year it is for
        span = sentence[start:end]
        group = _main_group(find_groups(span, common, _within(skip, start, end)))
        people = (group.text,) if group else ()
        kind = _kind(span, group, topic, bool(_CUSTODY_NOUN.fullmatch(noun)))
        mentions.append(_Mention(date, span, span, group, people, kind, _norm(noun)))
    return sorted(mentions, key=lambda m: m.date.start)


# "A day after the hearing, the mayor announced …": a span counted from an event the article
# has dated, named again by a definite noun, opening the sentence.
_AFTER_EVENT = re.compile(
    r"(?P<n>A|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|\d{1,2})\s+(?P<u>days?|weeks?)\s+"
    r"(?P<rel>after|before)\s+(?:the|that|this|its|their|his|her)\s+(?:[a-z-]+\s+)?"
    r"(?P<noun>[a-z]{4,})\s*,\s+"
    # "As the charges were unsealed in New York, X testified …": at the time of that event
    r"|(?P<as>As|While|When)\s+(?:the|its|their|his|her)\s+(?P<noun2>[a-z]{4,})\s+(?:was|were)\s+"
    r"[a-z]+(?:ed|en)\b[^,;:]{0,60},\s+"
    # "After raising the motion, the Senate resolved …": what followed the act just told, that day
    r"|(?P<after>After|Following)\s+[a-z]{3,}ing\s+(?:the|its|their|his|her)\s+(?:[a-z-]+\s+)?"
    r"(?P<noun3>[a-z]{4,})\s*,\s+"
)


def _after_event(
    sentence: str,
    drafts: list[_Draft],
    anchor: str | None,
    common: frozenset[str],
    topic: _Topic,
) -> list[_Mention]:
    """The sentence's event on the day counted from the latest case, dated to a day, whose
    words share the noun's stem ("the declaration" of "declared an outbreak on Monday"), else
    from the story's last dated day (`anchor`: "On March 5, groups lined up to testify. … A
    day after the hearing, …"): English refers back to an event by a definite noun, most often
    the one just told. Nothing when neither is a day (the count then dates nothing)."""
    m = _AFTER_EVENT.match(sentence)
    if m is None:
        return []
    stem = (m.group("noun") or m.group("noun2") or m.group("noun3"))[:STEM]
    named = next(
        (
            d.iso
            for d in reversed(drafts)
            if len(d.iso) == 10 and any(w.startswith(stem) for w in _words(d.summary))
        ),
        None,
    )
    if m.group("as") or m.group("after") or not _GATHERING.fullmatch(m.group("noun") or ""):
        # the time of an event the text names; the story's day only for a gathering just told
        # of ("A day after the hearing"), never for "the election" the text never dated
        anchor = None
    iso = named or anchor
    if iso is None or len(iso) != 10:
        return []
    sign = -1 if m.group("rel") == "before" else 1
    count = _days(m.group("n"), m.group("u")) if m.group("n") else 0
    day = dt.date.fromisoformat(iso) + dt.timedelta(days=sign * count)
    text = sentence[m.end() :]
    event = _event_verb(text)
    if event is None:
        return []
    date = DateMention(0, 0, 0, day.isoformat(), m.group().rstrip(", "), None, None)
    mention = _whole(date, sentence, text, event.group(), common, topic)
    # what followed the act told is an event of its own that day, however alike its people
    return [replace(mention, listed=True) if m.group("after") else mention]


# "The rate cut came a day after NNPC adjusted the pump price": the count runs from the day of
# the event the subject names again, not from the story's last date
_SUBJECT_CAME = re.compile(
    r"(?:The|This|That|Its|Their)\s+(?:[a-z-]+\s+)?(?P<noun>[a-z]{3,})\s+"
    r"(?:came|comes|followed|follows)\s+(?:just\s+|only\s+)?(?:a|one|two|three|four|five|six"
    r"|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(?:days?|weeks?)\s+(?:after|before)\b"
)


def _subject_day(sentence: str, drafts: list[_Draft]) -> str | None:
    """The day of the latest case, dated to a day, whose words share the stem of the noun a
    sentence opening "The rate cut came a day after …" names; None otherwise (the story's
    opening news or its latest day are each wrong as often: the count then runs as before)."""
    m = _SUBJECT_CAME.match(sentence)
    if m is None or _DAY_CUE.search(sentence, m.end()):
        return None  # ("came three weeks after a public hearing April 29": dated already)
    stem = m.group("noun")[:STEM]
    days = [d for d in drafts if len(d.iso) == 10]
    named = (d.iso for d in reversed(days) if any(w.startswith(stem) for w in _words(d.summary)))
    return next(named, None)


# "Playing a day after Dunmore clinched the title, the Muskies lost on Sunday", "One night
# after the Thunder missed an upset win over the Clippers, Oklahoma City couldn't catch up":
# what the clause after "after" tells happened that many days before the main clause's day
_COUNT_AFTER_CLAUSE = re.compile(
    r"(?:^(?:(?:Just|Only|Barely|Exactly)\s+)?|\b(?:Playing|Coming|Arriving|Speaking|Returning"
    r"|Meeting)\s+(?:(?:just|only|barely|exactly)\s+)?)"
    r"(?P<n>[Aa]|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|\d{1,2})\s+"
    r"(?P<u>days?|nights?|weeks?)\s+after\s+(?P<clause>(?!the\s+[a-z-]+\s*,)[^,;:]{8,160}?),\s+"
)


def _counted_before_main(
    sentence: str,
    mentions: list[_Mention],
    day: str | None,
    common: frozenset[str],
    topic: _Topic,
) -> list[_Mention]:
    """The event of a fronted "a day after <clause>," dated that many days before the day of
    the sentence's main clause: its own day when it names one, else the story's day (`day`,
    told in this paragraph or the one before). Nothing when the clause has no past verb."""
    m = _COUNT_AFTER_CLAUSE.search(sentence, 0, 160)
    if m is None or any(m.start("clause") <= x.date.start < m.end("clause") for x in mentions):
        return []  # ("A day after the Senate passed it on Tuesday, …": the clause's own day)
    days = [x.date.iso for x in mentions if len(x.date.iso) == 10]
    main = days[0] if days else (day if not mentions else None)
    if main is None:
        return []
    clause = m.group("clause")
    event = _event_verb(clause)
    if event is None or not (is_past_verb(event.group()) or event.group().endswith("ed")):
        return []
    when = dt.date.fromisoformat(main) - dt.timedelta(days=_days(m.group("n"), m.group("u")))
    date = DateMention(0, 0, 0, when.isoformat(), m.group().rstrip(", "), None, None)
    return [_whole(date, clause, clause, event.group(), common, topic)]


def _days(n: str | None, unit: str | None) -> int:
    """The days "a day", "two weeks", "3 nights" count ("a"/"one" is one)."""
    n = (n or "0").lower()
    count = 1 if n in ("a", "one") else UNITS.get(n) or int(n)
    return count * (7 if (unit or "").startswith("week") else 1)


STEM = 5  # letters a noun and a verb of one event share ("declaration", "declared")
_GATHERING = re.compile(
    r"hearing|meeting|session|briefing|conference|summit|rally|vote|debate|talks|testimony"
    r"|ceremony|protest|march|visit"
)


# ", while Peru drew with Spain": a second clause, of another subject, told in the simple past
_WHILE = re.compile(r",\s+(?:while|whereas)\s+")
_QUARTER = re.compile(r"(?i:quarter)")
# "retreated 62 metres over the summer": a measure over a month or a season is a figure
_PAST_SPAN = re.compile(r"(?:past|last)\s+(?:week|month|year)", re.IGNORECASE)
_OVER_SPAN = re.compile(r"(?i:over)\b")  # (not "during the summer, a wildfire destroyed …")
_DAY_WORD = re.compile(r"(?i:(?:on\s+)?(?:yesterday|tonight|last\s+night))")
_COUNT = re.compile(r"(?<![\w.,:$€£-])\d[\d,]*(?:\.\d+)?(?![\w-])")


def _tally_near(fields: str, at: int) -> bool:
    """A count in the date's own clause (not one after ", and" or ";", not a name's digits
    as in "COP30"): what is counted over a span of days."""
    lo = max((m.end() for m in _OTHER_CLAUSE.finditer(fields, 0, at)), default=0)
    hi = next((m.start() for m in _OTHER_CLAUSE.finditer(fields, at)), len(fields))
    return _COUNT.search(fields, lo, hi) is not None


_IF_BEFORE = re.compile(r"\b(?:[Ii]f|[Ww]hether|[Uu]nless|[Ee]ven\s+if)\b")
_DASHED_DAYS = re.compile(r"\d\s*[–-]\s*\d")  # "3–9 November": a span of days
_AUXILIARY = re.compile(r"\b(?:did|does|do|was|were|is|are|has|have|had|will|would|could)\b")
# (after a place the first date's clause names, "in 2016 in Licking County and in 2019", or an
# appositive noun phrase on that date, "in 2020, the first time all three were hit, and in 2022")
_GAPPED = re.compile(
    rf"(?P<aside>{PLACE_PHRASE}"
    r"|,\s+the\s+[^,;:()]{1,90}?(?=,))?"
    r",?\s+(?:and|or|but)\s+(?!(?:then|later|again)\b)"
    # "met Jan. 13, Jan. 27 and Feb. 10": a list's comma
    r"|(?P<comma>,\s+)"
)
_LIST_GOES_ON = re.compile(r",\s|\s+(?:and|or)\s")
_AGAIN_BEFORE = re.compile(r"\b(?:and|or|then)\s+(?:once\s+more|again)\s*,?\s*$")
_OWNS = re.compile(r"(?:\s+(?:morning|afternoon|evening|night))?['’]s\b")
# "will publish February's figures on 19 March": the period a statistic covers, no event's day
_STATISTIC_OWNED = re.compile(
    r"['’]s\s+(?:[a-z-]+\s+)?(?:figures?|data|numbers|statistics|reading|readings|results|inflation"
    r"|rate|index|count|tally|sales|earnings|jobs\s+report)\b"
)


_STATE_VERB = re.compile(
    r"(?:traded|remained|stayed|stood|hovered|held|sat|kept|lay|continued|seemed|looked)$"
)


def _while_clause(sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """Where a contrasting clause of its own starts (its comma) and its subject starts, when
    it narrates what someone named did, in the simple past ("…, while Austria beat Malta");
    not "while he was driving" (a time, and no name) nor "while others said" (speech)."""
    m = _WHILE.search(sentence, start, end)
    if m is None:
        return None
    told = _NARRATED.match(sentence, m.end(), end)
    if (
        told is None
        or _NOT_NARRATED.match(told.group("verb"))
        or _STATE_VERB.match(told.group("verb"))
    ):
        return None  # (", while Bitcoin traded near $60,000", "while Smith remained": states)
    if told.group("name").split()[0] in _STOPWORDS_TITLE:
        return None
    return m.start(), m.end()


def _while_mention(
    sentence: str,
    where: tuple[int, int],
    end: int,
    date: DateMention,
    common: frozenset[str],
    topic: _Topic,
) -> _Mention:
    """The contrasting clause's event, on the date of the clause it contrasts with."""
    text = _trim(sentence[where[1] : end])
    event = _event_verb(text) or _NARRATED.match(text)
    word = event.group("verb") if event.re is _NARRATED else event.group()
    return _whole(date, text, text, word, common, topic)


def _whole(
    date: DateMention, span: str, clause: str, word: str, common: frozenset[str], topic: _Topic
) -> _Mention:
    """A mention whose date another sentence or clause gave: `span` shown, its people and kind
    read from `clause`, its event `word`."""
    group = _main_group(find_groups(clause, common))
    people = (group.text,) if group else _named(clause, [])
    kind = _kind(clause, group, topic, bool(_CUSTODY_VERB.search(clause)))
    return _Mention(date, span, span, group, people, kind, _norm(word))


# "today", "tomorrow", "this week" said by someone quoted count from the day they spoke, which
# the article need not give: inside a quotation they date nothing.
def _ahead_in_quote(mention: _Mention, published: dt.date | None) -> bool:
    """ "Our members will report back to class on Thursday," he said: a day a speaker
    schedules with "will" falls after publication whichever recent day they spoke on (a
    quotation's news is days old at most), so it is read against publication; a month ("will
    rise in April") may be a year off, and stays undated."""
    return (
        published is not None
        and mention.date.iso > published.isoformat()
        and (len(mention.date.iso) == 10 or _NEXT.match(mention.date.text) is not None)
        and _WILL_EVENT.match(mention.event) is not None
        and not _SPEAKERS_DAY.fullmatch(mention.date.text)
    )


_WILL_EVENT = re.compile(r"(?:will|shall)\s")
_SPEAKERS_DAY = re.compile(
    r"(?i:(?:on\s+|by\s+|until\s+)?(?:today|tonight|tomorrow|yesterday|this\s+(?:week|morning"
    r"|afternoon|evening)|(?:earlier|later)\s+this\s+week|last\s+night))"
)
_QUOTE_MARK = re.compile(r"[“”\"]")


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """The paragraph's quotations, in order, as [open, close) spans: “…” or "…", a quotation
    running on across sentences (and to the paragraph's end when it is never closed)."""
    spans, left = [], None
    for m in _QUOTE_MARK.finditer(text):
        mark = m.group()
        if left is None and mark != "”":
            left = m.end()
        elif left is not None and mark != "“":
            spans.append((left, m.start()))
            left = None
    if left is not None:
        spans.append((left, len(text)))
    return spans


def _inside(spans: list[tuple[int, int]], at: int) -> bool:
    """Index `at` lies inside one of `spans` (sorted, disjoint)."""
    i = bisect_right(spans, (at, math.inf)) - 1
    return i >= 0 and spans[i][0] <= at < spans[i][1]


def _quote_around(sentence: str, at: int, start: int, end: int) -> tuple[int, int] | None:
    """The quotation inside [start, end) that holds index `at`, if any: “…” or "…"."""
    left = sentence.rfind("“", start, at)
    if left >= 0 and sentence.find("”", left, at) < 0:
        right = sentence.find("”", at, end)
        if right >= 0:
            return left + 1, right
    if sentence.count('"', 0, at) % 2:  # straight quotes: inside after an odd number
        left, right = sentence.rfind('"', 0, at), sentence.find('"', at, end)
        left = max(left, start - 1)
        if right >= 0:
            return left + 1, right
    return None


def _maybe_later(
    date: DateMention, clause: str, published: dt.date | None, at: int | None = None
) -> bool:
    """A date not before publication in a clause that only says what could or might happen
    ("could be pushed into next year"), or a later one in a clause that does not schedule
    anything ("tapped three companies to send landers next year": the past verb is not the
    dated event): a prediction, not a scheduled event (`GUIDE.md`)."""
    if published is None:
        return False
    now = published.isoformat()[: len(date.iso)]
    if date.iso < now or (date.iso == now and _PAST_WORDING.search(date.text)):
        return False  # the past ("last spring" of this year): reported, not predicted
    stop = len(clause)
    if at is not None and (other := _HEDGE_ENDS.search(clause, at)) is not None:
        stop = other.start()  # "will report back on Thursday, but if the money is not …"
    if _UNLESS.search(clause, 0, stop):
        return True  # "will shut down at midnight on Friday unless the Senate passes …"
    hedge = _HEDGED.search(clause)
    if hedge and at is not None and _HEDGE_ENDS.search(clause, hedge.end(), max(hedge.end(), at)):
        hedge = None  # "is expected to last four weeks and will begin on Monday": another verb's
    if (
        hedge
        and at is not None
        and hedge.start() < at
        and hedge.group() == "would"
        and (_SAID_BEFORE.search(clause, 0, hedge.start()) or _THAT_OPENS.match(clause))
        and not _HEDGE_WORD.search(clause, hedge.end(), at)
    ):
        return False  # "said applications would open on 1 April": a plan reported, to come
    if hedge and not _FINITE.search(clause, 0, hedge.start()):
        # "is expected to lay off thousands beginning this week"; not reported speech, where
        # the dated event is the saying: "Boeing said on Monday it would suspend production"
        return True
    if hedge and at is not None and hedge.start() < at and _MODAL_HEDGE.match(hedge.group()):
        return True  # "He told reporters he should be able to play next week": what may be
    return date.iso > now and not (
        _SCHEDULED.search(clause)
        or _PUT_OFF.search(clause)
        or listed_for(clause)
        or ordered_to(clause)
    )


def _range_from(date: DateMention) -> bool:
    """ "from 2004 – 2014": a range of years led by "from" is an activity's span, dated by its
    start like "from 2004 to 2014" (a fiscal year, or a bare range, is a statistic's period)."""
    return date.lead == "from" and bool(
        _YEAR_DASH.search(date.text) or _MONTH_SPAN.search(date.text) or _DAY_SPAN.search(date.text)
    )  # "from 2004 – 2014", "from March to May 2020", "from 12 to 21 June"


def _starts_event(
    sentence: str, date: DateMention, following: list[DateMention], dates: list[DateMention]
) -> bool:
    """A date that can date an event: not the edge of a span ("until 2020", "by 2030"), but the
    start of a range ("studied Saturn from 2004 to 2017": `GUIDE.md` dates a range by its
    start; `following` is the next date, if any, `dates` all of the sentence's). "since" and
    a range only where no quantity is counted over the span ("grounded since March" dates the
    grounding, "since 2015, 200 hikers have been rescued" is a statistic)."""
    if date.lead == "since":
        if _WHEN_CLAUSE.match(sentence, date.end):
            return True  # "the worst flooding since 2019, when floods displaced 150,000"
        # "had not met since 1965", "its first away win since 2011": the last such event was
        # then, whatever is counted around it
        window = max(0, date.start - 60)
        last = _NOT_SINCE.search(sentence, window, date.start)
        if last is None and (
            _SPAN_SINCE.search(sentence, max(0, date.start - 100), date.start)
            or _SUPERLATIVE_SINCE.search(sentence, window, date.start)
            or _FIRST_SINCE.search(sentence, window, date.start)
        ):
            return False  # "the highest level since July 2015": a comparison, no event then
        return bool(last) or not _counts_over(sentence, dates)
    if date.lead in ("until", "till", "through"):
        # "won't hit other platforms until 2020", "isn't expected until next year": what is
        # denied before a date happens then; "adjourned the case until 3 February": what was
        # put off resumes then
        window = max(0, date.start - 60)
        return bool(
            _NEGATED.search(sentence, window, date.start)
            or _PUT_OFF.search(sentence, window, date.start)
        )
    earlier = [d for d in dates if d.end <= date.start]
    if (
        earlier
        and earlier[-1].lead == "from"
        and _RANGE_TO.fullmatch(sentence, earlier[-1].end, date.start)
    ):
        return False  # "from June 28 to July 2": the range's end dates nothing
    if _BETWEEN_BEFORE.search(sentence, max(0, date.start - 9), date.start):
        # "between 2017 and 2021": a span, dated by its start, unless it is a statistic's
        # ("Between January 2021 and March 2024, 93 people died", "Prices rose between …")
        return not _counts_over(sentence, dates) and not _trend(sentence, date)
    if date.lead == "from":
        if _range_from(date):
            return not _counts_over(sentence, dates) and not _trend(sentence, date)
        if not (following and _RANGE_TO.match(sentence, date.end)):
            # "will be closed for 14 weeks from October 7": a scheduled span's start; not
            # "will apply to contracts signed from January 2024", another verb's date
            if _FOR_SPAN_FROM.search(sentence, max(0, date.start - 40), date.start):
                return True  # "closed the port for 36 hours from 12 October": it began then
            will = _WILL.search(sentence, max(0, date.start - 80), date.start)
            if will is None:
                # "The new fee takes effect from 1 April", "applies from Dec. 1": a timetable's
                # simple present schedules its start as "will" does
                will = _last(_TIMETABLE.finditer(sentence, max(0, date.start - 40), date.start))
            if will is None and _SAID_BEFORE.search(sentence, 0, date.start):
                # "said household bills would rise by 31% from 1 April": a plan reported
                will = _WOULD_VERB.search(sentence, max(0, date.start - 80), date.start)
            if will is None:
                return False
            after = will.end()
            if (passive := _PASSIVE_AFTER_WILL.match(sentence, after)) is not None:
                after = passive.end()  # "will be closed … from": the scheduled verb's own
            return not _PAST_ED_WORD.search(sentence, after, date.start)
        to = _RANGE_TO.match(sentence, date.end) if following else None
        if to is None or to.end() != following[0].start:
            return False
        return not _counts_over(sentence, dates)
    return date.lead not in _SPAN_LEADS


# "during the strong El Niño of 1998": a time named by the year after it dates the clause
_TIME_OF_YEAR = re.compile(
    r"\b(?:during|in|amid|after|before|since)\s+the\s+(?:[\w’'-]+\s+){1,4}?of\s+$",
    re.IGNORECASE,
)
_FOR_SPAN_FROM = re.compile(
    r"\bfor\s+(?:(?:about|nearly|almost|more\s+than|some|up\s+to|at\s+least)\s+)?"
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few)\s+"
    r"(?:hours?|days?|nights?|weeks?|months?|years?|minutes?)\s+$",
    re.IGNORECASE,
)
_COUNTED_SPAN = re.compile(r"(?i:after|before)$")
_NOT_DATING = _SPAN_LEADS | {"since"}  # a span's edge dates no event of the clause


def _dated_after(sentence: str, date: DateMention, following: list[DateMention]) -> bool:
    """ "two weeks after two of them collided on 21 October": the clause the span counts from
    has its own date, which dates its event; the count dates nothing."""
    if not following or not _COUNTED_SPAN.search(date.text) or following[0].lead in _NOT_DATING:
        return False  # (not "a week after results showed … for the first time since 2014")
    return _CLAUSE_BREAK.search(sentence, date.end, following[0].start) is None


def _owns_noun(sentence: str, date: DateMention, following: list[DateMention]) -> bool:
    """ "after Monday night’s loss": a possessive date names its event noun's day, whatever
    preposition leads the phrase."""
    limit = following[0].start if following else len(sentence)
    return _POSSESSIVE_NOUN.match(sentence, date.end, limit) is not None


_SPAN_VERB = re.compile(r"\b(?:lasted|ran|raged|took\s+place|(?:was|were)\s+held|reigned|ruled)\b")
_SECOND_PREDICATE = re.compile(rf"\s+and\s+(?:[a-z]{{2,}}ed|{IRREGULAR})\b")


_TREND_BEFORE = re.compile(
    r"\b(?:rose|fell|grew|increased|decreased|declined|dropped|climbed|doubled|tripled|trebled"
    r"|quadrupled|halved|soared|surged|plunged|slipped|shrank|improved|worsened)\b[^,;.]{0,30}?\s$"
)


def _trend(sentence: str, date: DateMention) -> bool:
    """A measure's movement over the span ("Prices rose between 2015 and 2019", "Between 2010
    and 2020, the city's population doubled"): a statistic."""
    return (
        _TREND_BEFORE.search(sentence, max(0, date.start - 50), date.start) is not None
        or _TREND_AFTER.match(sentence, date.end) is not None
    )


_TREND_AFTER = re.compile(
    r"(?:\s+(?:and|to)\s+[^,]{2,30})?,\s+(?:[\w’'-]+\s+){1,5}?(?:rose|fell|grew|increased|decreased"
    r"|declined|dropped|climbed|doubled|tripled|trebled|quadrupled|halved|soared|surged|plunged"
    r"|slipped|shrank|improved|worsened)\b"
)


def _counts_over(sentence: str, dates: list[DateMention]) -> bool:
    """A quantity outside the sentence's dates: the span is a statistic's ("from 2010 to 2015
    there were 3,248 cases"), not an activity's."""
    rest, at = [], 0
    for d in dates:
        rest.append(sentence[at : d.start])
        at = d.end
    # "ran from June 28 to July 2 and drew 80,000 visitors": a range of days, then a second
    # predicate with its own count (not "grew from 2015 to 2020 and reached $500 billion")
    spans = bool(dates) and (
        len(dates[-1].iso) == 10 or _SPAN_VERB.search(sentence, 0, dates[0].start) is not None
    )  # (or an activity's span: "the war lasted from 1980 to 1988 and killed …")
    second = _SECOND_PREDICATE.search(sentence, at) if spans else None
    rest.append(sentence[at : second.start() if second else len(sentence)])
    return _QUANTITY.search(" ".join(rest)) is not None


def _char_before(text: str, i: int) -> str:
    """The last character before index `i` that is not whitespace ("" at the start)."""
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return text[i - 1] if i else ""


_DATE_AND = re.compile(r"\s+(?:and|or|&)\s+")


def _noun_phrase(
    sentence: str, date: DateMention, limit: int, noun_after: re.Pattern[str] | None = None
) -> tuple[int, int, str] | None:
    """ "the 1999 … earthquake that killed …": from the determiner to the next punctuation (or
    the next date, `limit`: another date starts another event)."""
    after = (noun_after or _EVENT_NOUN_AFTER).match(sentence, date.end, limit)
    if after is None:
        return None
    start = sentence.rfind(" ", 0, max(0, date.start - 1)) + 1  # (a date opening the sentence: 0)
    if sentence.startswith(("and ", "or "), start):  # "the 1980 and 1982 races": its own date
        start = date.start
    end_match = _PHRASE_END.search(sentence, after.end(), limit)
    end = end_match.start() if end_match else limit
    while end > start and sentence[end - 1] in " .,;:":
        end -= 1
    return start, end, after.group("noun")


# "Housing, Communities and Local Government": a comma between capitalised words of one name,
# which ends no clause
_NAME_COMMA = re.compile(r"[A-Z][\w’'-]*,\s+(?:[A-Z][\w’'-]*\s+)*(?:and|&)\s+[A-Z]")


def _in_name(sentence: str, at: int) -> bool:
    """Whether the comma at `at` lies inside a name (see `_NAME_COMMA`)."""
    name = _NAME_COMMA.search(sentence, max(0, at - 40), min(len(sentence), at + 80))
    return name is not None and name.start() < at < name.end()


def _clauses(sentence: str, dates: list[DateMention]) -> list[tuple[DateMention, int, int]]:
    """One span per adverbial date: the whole sentence, or each date's own clause (from the
    previous date's end at the earliest to the next date's start at the latest)."""
    if len(dates) <= 1:
        return [(d, 0, len(sentence)) for d in dates]
    breaks = [m.span() for m in _CLAUSE_BREAK.finditer(sentence)]
    starts = [s for s, _ in breaks]
    ends = [e for _, e in breaks]  # breaks do not overlap: ends are sorted too
    spans = []
    for k, date in enumerate(dates):
        floor = dates[k - 1].end if k else 0
        # The clause starts after the last break before the date, if that is after the floor.
        i = bisect_right(ends, date.start)
        while i and starts[i - 1] >= floor and _in_name(sentence, starts[i - 1]):
            i -= 1  # "the Ministry of Housing, Communities and Local Government on 30 October"
        start = ends[i - 1] if i and starts[i - 1] >= floor else floor
        if (
            i >= 2
            and starts[i - 2] >= floor
            and len(sentence[ends[i - 2] : starts[i - 1]].split()) <= 4
            and not _has_verb(sentence, ends[i - 2], date.start)
        ):  # "enacted the bill, LD 1492, on a vote Wednesday": an apposition between commas
            # does not start the date's clause
            start = ends[i - 3] if i >= 3 and starts[i - 3] >= floor else floor
        # A comma closing an opening date ("…: in 1998, five …") does not end its clause; one
        # after a verb's date ("elected in 1998, re-elected …") does.
        opening = not _has_verb(sentence, start, date.start)
        j = (bisect_right if opening else bisect_left)(starts, date.end)
        end = starts[j] if j < len(starts) else len(sentence)
        if (
            opening
            and j + 1 < len(starts)
            and not _has_verb(sentence, date.end, end)
            and len(sentence[ends[j] : starts[j + 1]].split()) <= 6
        ):  # "in July the Authority, or FINRA, barred him": an apposition between commas
            # after the subject does not end the clause before its verb
            end = starts[j + 2] if j + 2 < len(starts) else len(sentence)
        if k + 1 < len(dates):  # nor past the next date, which has a clause of its own: each
            end = min(end, dates[k + 1].start)  # character is read for at most two dates
        spans.append((date, start, end))
    return spans


def _within(spans: list[tuple[int, int]], start: int, end: int) -> tuple[tuple[int, int], ...]:
    """The sorted `spans` inside [start, end), shifted to start at `start`."""
    i = bisect_left(spans, (start, start))
    out = []
    while i < len(spans) and spans[i][0] < end:
        s, e = spans[i]
        out.append((s - start, e - start))
        i += 1
    return tuple(out)


def _blank(sentence: str, holes: list[tuple[int, int]], start: int, end: int) -> str:
    """The span, with other events' noun phrases replaced by spaces (offsets unchanged)."""
    pieces, at = [], start
    for s, e in holes[bisect_left(holes, (start, start)) :]:
        if s >= end:
            break
        if at < e <= end:  # holes may overlap ("the 2019 arrest the 2020 arrest")
            s = max(s, at)
            pieces += [sentence[at:s], " " * (e - s)]
            at = e
    pieces.append(sentence[at:end])
    return "".join(pieces)


def _trim(text: str) -> str:
    return text.strip().rstrip(".,;: ").strip()


def _norm(word: str) -> str:
    return " ".join(word.lower().split())


def _main_group(groups: list[Group]) -> Group | None:
    """The group the event is about: first with a demonym, else first counted."""
    return next((g for g in groups if g.nationalities), None) or next(
        (g for g in groups if g.count is not None), None
    )


def _named(sentence: str, dates: list[DateMention]) -> tuple[str, ...]:
    """A proper name opening the sentence ("Ana Ruiz was …"), unless it names an institution;
    `dates` are the sentence's, so an opening date ("In May 2019, …") is stepped over."""
    text = _OPENING.sub("", sentence)
    cut = len(sentence) - len(text)
    opening = next((d for d in dates if d.start == cut), None)
    if opening is not None:
        text = _OPENING.sub("", sentence[opening.end :].lstrip(" ,"))
    name = named_subject(text)
    if name is None or any(name in org for org in find_organizations(sentence)):
        return ()
    return (name,)


def _kind(text: str, group: Group | None, topic: _Topic, custody: bool) -> str:
    """Incident: counted or nationality-named people, a custody/movement event, on topic."""
    counted = group is not None and (group.count is not None or bool(group.nationalities))
    if counted and custody and topic.shares(text):
        return "incident"
    return "context"


def _stems(text: str) -> set[str]:
    return {_stem(w) for w in _WORD.findall(text.lower()) if len(w) >= 4 and w not in _STOPWORDS}


@lru_cache(maxsize=8192)
def _stem(word: str) -> str:
    """Crude suffix stripping, enough to match "crossed"/"crossing", "states"/"state"."""
    if word.endswith("ies"):
        word = word[:-3] + "y"
    elif word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    for suffix in ("ing", "ed", "ly"):
        if word.endswith(suffix) and len(word) > len(suffix) + 3:
            word = word[: -len(suffix)]
            break
    return word.rstrip("e")


class _Topic:
    """The article's topic words: stems found in at least a quarter of the paragraphs.

    Articles under four paragraphs are too short to tell, so every word is on topic there.
    The stems are counted on first use, only when a clause could be an incident."""

    def __init__(self, paragraphs: list[Paragraph]) -> None:
        self.paragraphs = paragraphs
        self.stems: frozenset[str] | None = None

    def shares(self, text: str) -> bool:
        if len(self.paragraphs) < 4:
            return True
        if self.stems is None:
            counts = Counter(s for p in self.paragraphs for s in _stems(p.text))
            need = max(2, math.ceil(len(self.paragraphs) / 4))
            self.stems = frozenset(s for s, n in counts.items() if n >= need)
        return not self.stems.isdisjoint(_stems(text))


class _Setting:
    """The article's setting: places named in two thirds of the paragraphs (and at least five),
    which every case shares and so need not list.

    A place is named in a paragraph when it occurs there as whole words. Counting a place costs
    a pass over the article, so only places whose every word is frequent enough are counted
    (a word count made once), each once, and at most `MAX_COUNTED` of them."""

    MAX_COUNTED = 64

    def __init__(self, paragraphs: list[Paragraph]) -> None:
        self.texts = [p.text for p in paragraphs]
        self.need = max(5, 2 * len(paragraphs) / 3)
        self.frequent: frozenset[str] | None = None
        self.known: dict[str, bool] = {}

    def __contains__(self, place: str) -> bool:
        if place in self.known:
            return self.known[place]
        if self.frequent is None:
            counts = Counter(w for t in self.texts for w in set(_NAME_WORDS.findall(t)))
            self.frequent = frozenset(w for w, n in counts.items() if n >= self.need)
        words = _NAME_WORDS.findall(place)
        setting = False
        if words and self.frequent.issuperset(words) and len(self.known) < self.MAX_COUNTED:
            named = re.compile(rf"(?<!\w){re.escape(place)}(?!\w)")
            setting = sum(1 for t in self.texts if named.search(t)) >= self.need
        self.known[place] = setting
        return setting


# --- coreference -------------------------------------------------------------------------
# Candidates come from indexes, never from a scan of every earlier case: a paragraph's recent
# cases (a short window, as anaphora reach back only a few mentions), cases with the same
# (demonym stem, count) for people, and the same (date, event word) for cases without people.


class _Cases:
    def __init__(self, common: frozenset[str] = frozenset()) -> None:
        self.common = common  # the article's lower-case words (see `_proper_names`)
        self.drafts: list[_Draft] = []
        self.recent: list[_Draft] = []  # this paragraph's latest cases, at most RECENT
        self.by_event: dict[tuple[str, str], _Draft] = {}  # no people: (iso, event) → latest
        self.by_date: dict[str, list[_Draft]] = {}  # no people: a day → its latest cases, at
        # most SAME_DATE_WINDOW of them (an article of one date repeated stays linear)
        self.by_year: dict[tuple[str, int, str], list[_Draft]] = {}  # (stem, count, year)
        self.by_people: dict[tuple[str, int], _Draft] = {}  # (stem, count) → latest
        self.stems: set[str] = set()  # every case's demonym stems

    def new(self, mention: _Mention) -> _Draft:
        draft = _new_draft(mention, len(self.drafts))
        self.drafts.append(draft)
        if draft.count is None and not draft.stems:
            self.by_event[(draft.iso, draft.event)] = draft
            if len(draft.iso) == 10:
                same_day = self.by_date.setdefault(draft.iso, [])
                same_day.append(draft)
                del same_day[:-SAME_DATE_WINDOW]
        self._index(draft, draft.stems)
        return draft

    def merge(self, draft: _Draft, mention: _Mention) -> None:
        before = set(draft.stems)
        _merge(draft, mention)
        self._index(draft, draft.stems - before)

    def _index(self, draft: _Draft, stems: set[str]) -> None:
        self.stems |= stems
        if draft.count is None:
            return
        for stem in stems:
            self.by_year.setdefault((stem, draft.count, draft.iso[:4]), []).append(draft)
            latest = self.by_people.get((stem, draft.count))
            if latest is None or latest.n < draft.n:
                self.by_people[(stem, draft.count)] = draft

    def touch(self, draft: _Draft) -> None:
        if draft in self.recent:
            self.recent.remove(draft)
        self.recent.append(draft)
        del self.recent[:-RECENT]

    def find_dated(self, mention: _Mention) -> _Draft | None:
        """The case a dated mention continues: dates agree (equal, or one a prefix of the
        other) and people agree (see `_agree`), or, without people, the same date and event."""
        iso, group = mention.date.iso, mention.group
        if mention.listed:
            return None  # each line of a schedule or a log is its own event, however alike
        if mention.entry:
            # a timeline's line is its own event, or one the story told again ("December 2023
            # – Cabinet adopts the Roadmap" after "adopted by cabinet in December 2023"); a
            # line without its year may tell the story's event of the next year ("- Nov. 18:
            # Board takes final vote" after "will take a final vote … on Nov. 18")
            found = _restated(mention, self.drafts)
            if found is None and not _YEAR_WRITTEN.search(mention.date.text):
                iso = mention.date.iso
                ahead = replace(mention.date, iso=f"{int(iso[:4]) + 1}{iso[4:]}")
                found = _restated(replace(mention, date=ahead), self.drafts)
            return found
        if (
            mention.date.determiner
            and len(iso) == 7
            and len(mention.event) >= STEM
            and len(mention.span.split()) <= 4  # "the January outage", not "… of a new chief"
        ):
            # "the November release", "the January outage": the month's event the text told
            # on its day, named again by a noun that shares its verb's or noun's stem
            stem = mention.event[:STEM]
            for draft in reversed(self.drafts):
                if (
                    draft.iso.startswith(iso)
                    and len(draft.iso) == 10
                    and any(w.startswith(stem) for w in _words(draft.summary))
                ):
                    return draft
        if mention.date.determiner and len(iso) == 7 and _MONTH_ONLY.fullmatch(mention.date.text):
            # "During the January release, a van measured …", "over the two weeks after the
            # November release": what happened in or after an event the text told before is
            # that event's, not a new one
            after = re.search(rf"{re.escape(mention.date.text)}\s+([a-z]{{{STEM},}})", mention.span)
            stem = after.group(1)[:STEM] if after else None
            days = [d for d in self.drafts if d.iso.startswith(iso) and len(d.iso) == 10]
            for draft in reversed(days) if stem else ():
                if any(w.startswith(stem) for w in _words(draft.summary)):
                    return draft
            if after and len(days) == 1 and _EVENT_NOUN.fullmatch(after.group(1)):
                return days[0]  # "A second, on Nov. 3, came from …": the month's one event
        if len(iso) == 10 and _COUNTED_DAY.search(mention.date.text):
            # "nine days before an announcement was made": a day reached by counting is, when
            # the article names that day for an event already, that event again
            for draft in reversed(self.drafts):
                if draft.iso == iso:
                    return draft
        for draft in reversed(self.recent):
            if not _same_time(iso, draft.iso):
                continue
            has_people = draft.count is not None or bool(draft.stems)
            if group is not None and has_people and _agree(group, draft, local=True):
                return draft
            same_event = (draft.iso, draft.event) == (iso, mention.event)
            if group is None and not has_people and same_event:
                return draft
        if group is None:
            # "the debate on Wednesday", "Wednesday’s debate", "will play out Wednesday night":
            # without people to tell them apart, what an article dates to one day is one event
            same = self.by_event.get((iso, mention.event))
            if same is not None and (
                not _STATEMENT.fullmatch(mention.event)  # one act, whoever tells of it
                or not _other_party(mention.span, same.summary, self.common)
            ):
                return same
            if _EVENT_NOUN.fullmatch(mention.event):
                # "next summer's tournament", "next year's tournament": one event named by
                # one noun, its date said more or less precisely
                names = _proper_names(mention.span, self.common)
                for draft in reversed(self.drafts):
                    if draft.event == mention.event and _same_time(iso, draft.iso):
                        other = _proper_names(draft.summary, self.common)
                        if names and other and not names & other:
                            continue  # "the tournament in Qatar", "the tournament in Morocco"
                        return draft
            if len(iso) < 10:
                return None  # a month or a year holds many events
            names = _proper_names(mention.span, self.common)
            again = _SAME_AGAIN.search(mention.span) is not None
            for draft in reversed(self.by_date.get(iso, ())):
                # names tell events of one day apart ("Russia beat Croatia on Monday",
                # "Colombia lost to Belgium on Monday"); without any, a mention is the day's
                # event only when it says so ("again", "Wednesday’s debate" of "the debate")
                # or tells it with the same word (not "Fire destroyed a warehouse on
                # Saturday. The mayor resigned on Saturday.")
                if names:
                    if _same_name(mention.span, names, draft.summary, self.common):
                        return draft
                elif again or _shares_event(mention, draft):
                    return draft
            return None
        if group.count is None:
            return None
        found = None
        for stem in {demonym_stem(n) for n in group.nationalities}:
            for draft in self.by_year.get((stem, group.count, iso[:4]), ()):
                if _same_time(iso, draft.iso) and (found is None or found.n < draft.n):
                    found = draft
        return found

    def follow_up(self, sentence: str, common: frozenset[str]) -> _Draft | None:
        """The case an undated sentence is evidence for: the one whose people it names, else
        the paragraph's latest case when it refers back with a pronoun or "this …"."""
        for group in find_groups(sentence, common) if self._may_name(sentence) else ():
            for draft in reversed(self.recent):
                if _agree(group, draft, local=True):
                    return draft
            if group.count is None:
                continue
            found = None
            for stem in {demonym_stem(n) for n in group.nationalities}:
                draft = self.by_people.get((stem, group.count))
                if draft is not None and (found is None or found.n < draft.n):
                    found = draft
            if found is not None:
                return found
        if self.recent and (_PRONOUN.search(sentence) or _DEMONSTRATIVE.search(sentence)):
            return self.recent[-1]
        return None

    def _may_name(self, sentence: str) -> bool:
        """Cheap test before parsing groups: a case's demonym (a capitalised word), or a local
        case's count as a word."""
        if self.stems:
            for word in _CAPITALISED.findall(sentence):
                for part in word.lower().split("-"):
                    if part in self.stems or demonym_stem(part) in self.stems:
                        return True
        counts = {draft.count for draft in self.recent if draft.count is not None}
        if not counts:
            return False
        words = set(_WORD.findall(sentence.lower())) | set(_DIGITS.findall(sentence))
        return any(str(c) in words or _COUNT_WORDS.get(c) in words for c in counts)


_COUNTED_DAY = re.compile(r"\b(?:days?|weeks?)\s+(?:after|before|later|earlier)$", re.IGNORECASE)


def _same_time(a: str, b: str) -> bool:
    return a.startswith(b) or b.startswith(a)


def _agree(group: Group, draft: _Draft, local: bool) -> bool:
    stems = {demonym_stem(n) for n in group.nationalities}
    if stems & draft.stems and group.count is not None and group.count == draft.count:
        return True
    if local and group.definite:
        if stems:
            return bool(stems & draft.stems)
        return group.count is not None and group.count == draft.count
    return False


def _shares_event(mention: _Mention, draft: _Draft) -> bool:
    """The mention's event word (verb or noun) occurs in the case's texts, or the case's in the
    mention's ("the debate" / "Wednesday’s debate")."""
    word = _head_word(mention.event)
    if word and any(word in _words(t) for t in (draft.summary, *draft.texts)):
        return True
    other = _head_word(draft.event)
    return bool(other) and other in _words(mention.span)


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.lower()))


def _head_word(event: str) -> str:
    """An event's own word, not an auxiliary ("will vote": vote); "" when too short to tell."""
    words = [w for w in event.split() if w not in ("will", "not", "be", "won’t", "won't")]
    word = words[-1] if words else ""
    return word if len(word) > 3 else ""


# A run of capitalised words, one name ("Central Bank of Nigeria", "Nigeria Labour Congress");
# "and" parts two ("Norway and Sweden")
_NAME_RUN = re.compile(r"[A-Z][\w.-]*(?:\s+(?:(?:of|for|the)\s+)*[A-Z][\w.-]*)*")


def _same_name(text: str, names: set[str], other: str, common: frozenset[str]) -> bool:
    """Whether two texts name one party: one name is the other, or ends it as a surname ends a
    person's full name ("Morrison", "Tim Morrison"); a word two different names share ("Central
    Bank of Nigeria", "Nigeria Labour Congress"; "England", "Bank of England"; "Kenya",
    "Kenya Airways") names no one party."""
    theirs = _proper_names(other, common)
    if not names & theirs:
        return False
    ours = [r for m in _NAME_RUN.finditer(text) if (r := _run(m.group(), names)) and _party(m)]
    others = [r for m in _NAME_RUN.finditer(other) if (r := _run(m.group(), theirs)) and _party(m)]
    return any(_ends(a, b) or _ends(b, a) for a in ours for b in others)


# "adjusted their prices in Lagos", "met in Lagos": a place named after a preposition of place
# says where, not who (two parties' acts in one city are two events)
_PLACE_BEFORE = re.compile(r"\bin\s+(?:the\s+)?$")  # (not "workers at Amazon": an employer)
# What each party says is its own event: "The NLC said on Monday", "The NMDPRA said on Monday"
_STATEMENT = re.compile(
    r"(?:said|says|announced|told|stated|declared|confirmed|warned|added|noted|argued|claimed"
    r"|insisted|denied|reported)"
)


def _party(name: re.Match[str]) -> bool:
    text = name.string
    return _PLACE_BEFORE.search(text, max(0, name.start() - 12), name.start()) is None


def _listed_apart(before: DateMention, date: DateMention, sentence: str) -> bool:
    """Two days of a list that lie more than two days apart, each the day of its own act ("met
    Jan. 13, Jan. 27 and Feb. 10"), not the days of one span ("closed Monday, Tuesday and
    Wednesday")."""
    if len(before.iso) != 10 or len(date.iso) != 10 or date.lead is not None:
        return False
    apart = (dt.date.fromisoformat(date.iso) - dt.date.fromisoformat(before.iso)).days
    listed = _LIST_GOES_ON.match(sentence, date.end) or _LIST_GOES_ON.match(sentence, before.end)
    return apart > 2 and listed is not None  # (a list of days runs forward)


def _other_party(text: str, other: str, common: frozenset[str]) -> bool:
    """Both texts name someone and not the same one: "The NLC said on Monday", "The NMDPRA
    said on Monday" are two statements (an attack two sources tell of is one event)."""
    names, theirs = _proper_names(text, common), _proper_names(other, common)
    return bool(names and theirs) and not _same_name(text, names, other, common)


def _run(name: str, names: set[str]) -> tuple[str, ...]:
    """The words of a name run, "of" kept (it parts a head from what it is of)."""
    return tuple(w for w in name.split() if w in names or w == "of")


def _ends(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """`short` is `long`, or its last words with no "of" before them in `long`."""
    if not short or len(short) > len(long) or long[len(long) - len(short) :] != short:
        return False
    return short == long or "of" not in long[: len(long) - len(short)]


def _proper_names(text: str, common: frozenset[str]) -> set[str]:
    """Capitalised words that are not function words, months or weekdays; the word opening the
    text only when the article never writes it in lower case ("Morrison was …", not "Health
    care will …")."""
    opening = len(text) - len(text.lstrip(" \"“‘'([—–-"))
    return {
        w
        for m in _CAPITALISED.finditer(text)
        if (w := m.group()).lower() not in _STOPWORDS
        and w.lower() not in _NOT_NAMES
        and not (m.start() == opening and w.lower() in common)
    }


def _new_draft(mention: _Mention, n: int) -> _Draft:
    group = mention.group
    return _Draft(
        n=n,
        iso=mention.date.iso,
        date_text=mention.date.text,
        summary=mention.span,
        kind=mention.kind,
        event=mention.event,
        count=group.count if group else None,
        stems={demonym_stem(n) for n in group.nationalities} if group else set(),
        people=list(mention.people),
        nationalities=list(group.nationalities) if group else [],
        listed=mention.listed or mention.entry,
    )


_FIXTURE_SIDES = re.compile(
    r"([A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,2})\s+(?:v|vs\.?)\s+([A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,2})"
)
MIN_SHARED = 2  # words a timeline's line shares with the story's telling of one event
RESTATED_SHARE = 0.6  # and the share of the line's words that makes


def _restated(mention: _Mention, drafts: list[_Draft]) -> _Draft | None:
    """The story's case, on the same date, that a timeline's line tells again: the one sharing
    the most of the line's words (four letters or more, stopwords aside), at least two of them."""
    iso = mention.date.iso
    own = {w[:5] for w in _words(mention.span) if len(w) >= 4 and w not in _STOPWORDS}
    if mention.event == "v" and (sides := _FIXTURE_SIDES.search(mention.span)):
        # a fixture is the story's event that names both its sides ("Cardiff will host the
        # Ospreys on Boxing Day" for "URC: Cardiff v Ospreys, Cardiff Arms Park, 3pm")
        own = {w[:5] for w in _words(sides.group(1) + " " + sides.group(2)) if len(w) >= 4}
    # (most of the line's words: "2019 – Council approves tram plan and £120m budget" is not
    # "In June 2019, the council approved a plan to close Kingsway Library")
    best, most = None, max(MIN_SHARED, math.ceil(RESTATED_SHARE * len(own))) - 1
    for draft in drafts:
        if draft.listed or not (draft.iso.startswith(iso) or iso.startswith(draft.iso)):
            continue
        told = {
            w[:5]
            for t in (draft.summary, *draft.texts, *(e.quote for e in draft.evidence))
            for w in _words(t)
        }
        if len(shared := own & told) > most:
            best, most = draft, len(shared)
    return best


def _merge(draft: _Draft, mention: _Mention) -> None:
    if mention.kind == "incident":
        draft.kind = "incident"
    if len(mention.date.iso) > len(draft.iso):
        draft.iso, draft.date_text = mention.date.iso, mention.date.text
    if mention.group is not None:
        for name in mention.group.nationalities:
            draft.stems.add(demonym_stem(name))
            if name not in draft.nationalities:
                draft.nationalities.append(name)


# --- assembly ----------------------------------------------------------------------------


RECENT_DAYS = 31  # a news story's own events lie within a month of it; older ones are background


def _recent(iso: str, reference: str) -> bool:
    """A day or a month within `RECENT_DAYS` of the story's date (its publication, else its
    latest event): the events the story reports. On the gold pages, this agrees with the
    annotators' incident/context on 129 of 147 matched cases (a month, taken at its middle)."""
    if len(iso) < 7 or len(reference) < 7:
        return False
    try:
        when = dt.date.fromisoformat(iso if len(iso) == 10 else f"{iso}-15")
        now = dt.date.fromisoformat(reference if len(reference) == 10 else f"{reference}-15")
    except ValueError:
        return False
    return abs((when - now).days) <= RECENT_DAYS


def _build(
    draft: _Draft, ident: str, setting: _Setting, labels: dict[str, str] | None = None
) -> Case:
    """The case from its draft; a list item's label (`_ITEM_LABEL`) is who or what the case
    is about when its sentences do not name it ("Planning approval was granted on 29 October"
    under "Moree Hospital ($168 million): …")."""
    outcome = _outcome(draft.texts) if draft.kind == "incident" else None
    texts = [*draft.dated_texts, *([outcome] if outcome else [])]
    places = [p for p in _distinct(find_places(t) for t in texts) if p not in setting]
    organizations = _distinct(find_organizations(text) for text in draft.texts)
    first = draft.evidence[0] if draft.evidence else None
    label = (labels or {}).get(first.paragraph) if first else None
    if label and label not in first.quote and label not in organizations:
        organizations.insert(0, label)
    spelled = {o.rsplit("(", 1)[1].rstrip(")") for o in organizations if o.endswith(")")}
    organizations = [o for o in organizations if o not in spelled]
    hedges = _distinct(find_hedges(text) for text in draft.texts)
    return Case(
        id=ident,
        date=draft.iso,
        date_text=draft.date_text,
        kind=draft.kind,
        summary=draft.summary,
        count=draft.count,
        people=draft.people,
        nationalities=draft.nationalities,
        places=places,
        organizations=organizations,
        hedges=hedges,
        outcome=outcome,
        evidence=draft.evidence,
    )


def _distinct(lists) -> list[str]:
    """The items of several lists, each once, in order."""
    return list(dict.fromkeys(item for items in lists for item in items))


def _outcome(texts: list[str]) -> str | None:
    """The last clause in the evidence that starts with a follow-up verb."""
    for text in reversed(texts):
        match = None
        for match in _OUTCOME.finditer(text):  # noqa: B007 (the last one is wanted)
            pass
        if match is not None:
            end = _OUTCOME_END.search(text, match.end())
            return _trim(text[match.start() : end.start() if end else len(text)]) or None
    return None
