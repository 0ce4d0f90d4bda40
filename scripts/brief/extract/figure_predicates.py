"""What a figure's sentence says of it: the few words of its clause around the number.

A label names what is counted ("people"); the predicate says what happened to it or who has it
("registered for the rally", "Anthony Davis scored", "is charged with"), so that "28 people"
reads as the 28 people quarantined, not any 28 people (tests/gold/GUIDE.md: `predicate`). The
words are the sentence's own, in order, from the number's clause only: when the number is an
object ("He spent $5"), the subject and verb before it; when it is the subject ("28 people
were quarantined"), the verb phrase after what it counts.
"""

from __future__ import annotations

import re

from brief.extract.dates import MONTH_NUMBERS, WEEKDAYS
from brief.extract.folded import folded
from brief.extract.verbs import is_past_verb

# Where a clause starts or ends, read back from the number: punctuation and subordinators.
_BACK_BOUNDARY = folded(
    r"[,;:()\[\]—–“”\"]|\b(?:that|which|while|because|since|when|where|if|but|although|though"
    r"|whereas|after|before|until|unless|and|or)\b(?![’'])",  # "That’s" is no subordinator
)
# Read forward from what is counted, a clause ends at punctuation only ("28 people who came
# into contact": the relative clause is what is said of them).
_FORWARD_END = re.compile(r"[,;:()\[\]—–“”\"]|\s(?:and|but)\s")
_WORD = re.compile(r"(?:[A-Z]\.){2,}|[A-Za-z][\w’'-]*")
_LEAD = frozenset(
    """
    a an the and or of to in on at for with by from as that which who whom whose it its this
    these those there here so then also just only even still said says say according
    """.split()
)
# Words that say nothing of a number on their own: a predicate needs one word besides these.
_EMPTY = _LEAD | frozenset(
    """
    is are was were be been being am has have had do does did will would could should may might
    must can more less most least other another one two three four five six seven eight nine ten
    of all some many much few several such respectively vs versus
    """.split()
)
_TAIL = frozenset(
    """
    a an the and or of to in on at for with by from as than about around over under nearly
    after before without while until because
    almost some only just more less least roughly approximately estimated likely
    its their his her our your my this these those fiscal
    """.split()
)
# What counted is the subject of when the words after it start with a verb or a relative clause.
_VERB_NEXT = re.compile(
    r"\s+(?:(?:who|that|which)\b|(?:is|are|was|were|has|have|had|will|would|can|could|may"
    r"|might|must|should|do|does|did)\b|[a-z]+ed\b)"
)
MAX_WORDS = 7
# What completes an object's verb after the object: a prepositional or participial phrase
# ("sent 12 of them to a music lawyer", "46 contacts being placed under observation"), up to
# the clause's end or another number (each number has its own predicate). "to" opens one only
# before a noun phrase ("to send …" is a purpose), "as" never ("as it closes plants").
# Where a phrase read forward from a figure ends: punctuation, another number, a conjunction
# or a subordinator (shared with the labels of `figures`: "hours waiting for a bed")
PHRASE_END = r"[,;:()\[\]—–“”\"0-9]|\s(?:and|but|or|so|while|which|who|that|as|because|if|when)\s"
_COMPLEMENT = re.compile(
    r"\s+((?:in|into|onto|from|at|on|off|under|over|for|with|without|being|across"
    r"|to(?=\s+(?:the|a|an|its|their|his|her|our|my|your|this|these|those|[A-Z]|\w+['’]s\b)))\s"
    rf"[^,;:()\[\]—–“”\"0-9]*?)(?={PHRASE_END}|\.\s|\.?$)"
)
_NEXT_PHRASE = frozenset(
    "in into on onto at to for from under over with without by per inside across along between "
    "after before during since".split()
)
# A complement that says when ("on Monday", "over the next decade") is the figure's period,
# not what is said of it.
_WHEN = re.compile(
    r"\S+\s+(?:\S+\s+){0,3}?(?:"
    + "|".join((*WEEKDAYS, *MONTH_NUMBERS))
    + r"|today|yesterday|tomorrow|morning|afternoon|evening|night|weekend|day|days|week|weeks"
    r"|month|months|year|years|decade|decades|summer|winter|spring|autumn|fall|quarter|season"
    r"|fiscal)\b"
    r"(?![’'])",  # "to February's annual rate" is no time
    re.IGNORECASE,
)
# A relative clause right after what is counted ("people who came …"), its verb included, and
# the main clause's auxiliary after it ("… were quarantined"): a finite auxiliary and a
# participle or adjective, the main predicate of the sentence.
_RELATIVE = re.compile(r"\s+(?:who|that|which)\s+(?:[a-z]+ly\s+)?[a-z]+\b")
_PARTITIVE_OF = re.compile(r"\bof\s+(?:the|these|those|its|their|his|her)\s+$", re.IGNORECASE)
_MAIN_VERB = re.compile(
    r"(?<=\s)(?:is|are|was|were|has|have|had|will|would|could|may|might)\s+"
    r"(?:not\s+|also\s+|been\s+|being\s+|be\s+)*[a-z]+\b"
)


# A number in a fronted phrase of place or share, whose clause is the one after its comma
_FRONTED = re.compile(
    r"\s*(?:In|Of|Among|Across|At|For|From)\s+(?:(?:the|those|these|its|their|about|some|nearly"
    r"|almost|only|just)\s+)?$"
)
_COMMA_NEXT = re.compile(r"[^,;:()—–]{0,40},\s+")
_VERB_AFTER_ASIDE = re.compile(
    r",\s+((?:is|are|was|were|has|have|had|will|would)\s+(?:not\s+)?[a-z]+)\b"
)
# "compared with 4 percent in metropolitan counties": what the compared number is of
# ("compared with a fall of 0.1 per cent in the same month a year earlier", "down from 24%
# before the pandemic"): what the base is, said after it
_COMPARED_BEFORE = folded(
    r"\b(?:(?:compared\s+(?:with|to)|against|versus|vs\.?)"
    r"(?:\s+an?\s+(?:fall|rise|drop|decline|increase|decrease|gain|loss)\s+of)?"
    r"|(?:up|down)\s+from)\s+$"
)
# What a gap is measured against, right after the number: "2.1% higher than a year earlier"
_THAN_AFTER = re.compile(
    r"\s+((?:higher|lower|more|less|fewer|above|below|greater|smaller|larger|cheaper|dearer)\s+"
    r"than\s+[^,;:()]{3,40}?)(?=[,;:.)]|\s+(?:and|but|while|as)\s|$)"
)
_COMPARED_AFTER = re.compile(
    r"\s+((?:in|for|among|at|on|before|after|during|of)\s+[^,;:()]{3,60}?"
    r"|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
    r"(?:year|month|week|quarter|decade)s?\s+(?:earlier|before|ago)"
    r"|(?:last|the\s+previous|the\s+same)\s+(?:year|month|week|quarter)(?:\s+[^,;:()]{1,40}?)?"
    r"|the\s+(?:year|month|week|quarter)\s+(?:before|earlier)"
    r"|citywide|nationally|nationwide|statewide|countywide|elsewhere|overall"
    r"|(?:" + "|".join(WEEKDAYS) + r")(?:\s+(?:morning|afternoon|evening|night))?|now|today)"
    r"(?=[,;:.)]|$)"
)


# An aside that restates what is counted or gives its base, between commas, before the verb
_RESTATED_ASIDE = re.compile(
    r",\s+(?:or|about|roughly|nearly|almost|some|up\s+from|down\s+from|compared\s+with)\s"
    r"[^,;:()]{1,40},"
)
_WORD_NEXT = re.compile(r"\s+([a-z]+)\b")


def _verb_next(text: str, pos: int, end: int) -> bool:
    """A verb starts the words at `pos` after an aside: an auxiliary, a relative, a past form
    or any lower-case word but a function word (a subject, its aside, then its verb: "left")."""
    if _VERB_NEXT.match(text, pos, end):
        return True
    word = _WORD_NEXT.match(text, pos, end)
    return word is not None and (is_past_verb(word.group(1)) or word.group(1) not in _EMPTY)


# A number set apart right after its subject ("one in six (17%) were", "nearly half of the
# officers — 48% — left"): what is said of the subject is said of it
_APPOSED_OPEN = re.compile(r"(?:\(|[—–]\s?)$")
_APPOSED_CLOSE = re.compile(r"\s*(?:\)|[—–])(?=\s+[a-z])")


def predicate(
    text: str, start: int, end: int, number_start: int, counted_end: int, complement: bool = False
) -> str | None:
    """The words of the number's clause in `text[start:end]` (its stretch of sentence, from the
    previous figure) that say what is said of it: before the number (`number_start`, where its
    hedge starts), else after what it counts (from `counted_end`); None when there are none.
    With `complement`, an object's verb keeps the phrase that completes it after what is
    counted ("sent … to a music lawyer"), joined by an ellipsis where the number stood."""
    if _APPOSED_OPEN.search(text, max(start, number_start - 2), number_start) and (
        aside := _APPOSED_CLOSE.match(text, counted_end, end)
    ):  # "Two in five parents (40%) said …": the share restates the subject before it
        counted_end = aside.end()
    if (base := _COMPARED_BEFORE.search(text, max(start, number_start - 40), number_start)) and (
        compared := _COMPARED_AFTER.match(text, counted_end, end)
    ):
        return compared.group(1)  # "… , compared with 4 percent in metropolitan counties"
    if (
        base
        and base.group().lower().startswith(("up", "down"))
        and not _VERB_NEXT.match(text, counted_end, end)
    ):
        return base.group().strip()  # "$2.85 per cubic metre, up from $2.40": the base
    if (aside := _RESTATED_ASIDE.match(text, counted_end, end)) and _verb_next(
        text, aside.end(), end
    ):
        counted_end = aside.end()  # "12 per cent of patients, or roughly one in eight, left …"
    if _VERB_NEXT.match(text, counted_end, end):  # "15,000 people registered": its subject
        # "One of the two men who attempted …": the main verb is the partitive's head's
        head = not _PARTITIVE_OF.search(text, max(start, number_start - 30), number_start)
        return _after(text, counted_end, end, head) or _before(text, start, number_start)
    before = _before(text, start, number_start)
    if before and (than := _THAN_AFTER.match(text, counted_end, end)):
        return f"{before} … {than.group(1)}"  # "Prices were … higher than a year earlier"
    if before is None:
        if _FRONTED.match(text, start, number_start) and (
            comma := _COMMA_NEXT.match(text, counted_end, end)
        ):  # "In 38 of those counties, no pharmacy remains": the main clause says it
            return _after(text, comma.end(), end)
        return _after(text, counted_end, end)
    rest = _COMPLEMENT.match(text, counted_end, end) if complement else None
    if rest and _WHEN.match(rest.group(1)):
        rest = None
    words = [m.span() for m in _WORD.finditer(text, *rest.span(1))] if rest else []
    if words and text[words[-1][1] : words[-1][1] + 1].isdigit():
        words.pop()  # "from P31 billion": a currency's letter, not a word of the phrase
    first = 3 if words and text[slice(*words[0])] == "being" else 2  # "being placed under …"
    for i in range(first, len(words)):  # one phrase: "to a music lawyer", not "… under her name"
        prev, word = text[slice(*words[i - 1])], text[slice(*words[i])]
        if word.lower() in _NEXT_PHRASE and not (
            prev[0].isupper() and i + 1 < len(words) and text[words[i + 1][0]].isupper()
        ):
            words = words[:i]  # "the National Institute on Aging" is one name
            break
    if len(words) > MAX_WORDS + 1:
        return before  # a longer phrase is more than its verb's complement
    while words and text[slice(*words[-1])].lower() in _TAIL:
        words.pop()
    if not any(text[slice(*w)].lower() not in _EMPTY for w in words):
        return before
    return f"{before} … {text[words[0][0] : words[-1][1]]}"


def _before(text: str, start: int, stop: int) -> str | None:
    marks = [m for m in _BACK_BOUNDARY.finditer(text, max(start, stop - 160), stop)]
    boundary = marks[-1].end() if marks else start
    words = [m.span() for m in _WORD.finditer(text, boundary, stop)]
    found = _trimmed(text, words[-MAX_WORDS:])
    if found is None and len(marks) >= 3 and all(m.group() == "," for m in marks[-2:]):
        # "took a job on the line, then the largest employer in the county, for $1.35 an
        # hour": past an aside between commas, the clause it interrupts
        lo = marks[-3].end()
        words = [m.span() for m in _WORD.finditer(text, lo, marks[-2].start())]
        found = _trimmed(text, words[-MAX_WORDS:])
    return found


def _after(text: str, pos: int, end: int, head: bool = True) -> str | None:
    stop = _FORWARD_END.search(text, pos, end)
    limit = stop.start() if stop else end
    relative = _RELATIVE.match(text, pos, limit) if head else None
    if relative is not None:
        # "28 people who came into contact with him were quarantined": what the sentence
        # says of them is its main verb, after the relative clause, when there is one
        main = _MAIN_VERB.search(text, relative.end(), limit)
        if main is not None:
            pos = main.start()
        elif (late := _VERB_AFTER_ASIDE.search(text, limit, end)) is not None:
            # "Ten of the 18 staffers who reported for duty …, the one on which …, were
            # working overtime": the main verb after the asides, right after a comma
            pos = late.start(1)
            stop = _FORWARD_END.search(text, late.end(1), end)
            limit = stop.start() if stop else end
    every = _drop_lead(text, [m.span() for m in _WORD.finditer(text, pos, limit)])
    words = every[:MAX_WORDS]
    while len(words) < min(len(every), MAX_WORDS + 2) and _name_goes_on(text, every, len(words)):
        words = every[: len(words) + 1]  # "inside the United States", not "the United"
    relative_body = bool(words) and (
        _RELATIVE_BEFORE.search(text, max(0, words[0][0] - 12), words[0][0]) is not None
    )
    for i in range(2, len(words) if relative_body else 0):
        # "who attempted to breach the base was later released": a finite verb after the
        # clause's own words starts the next clause (the main one, whose subject is another)
        word, prev = (text[slice(*words[k])].lower() for k in (i, i - 1))
        if word in _FINITE_AUXILIARY and prev not in _FINITE_AUXILIARY | {"not", "to"}:
            words = words[:i]
            break
    return _trimmed(text, words)


def _name_goes_on(text: str, words: list[tuple[int, int]], n: int) -> bool:
    """The n-th word continues the capitalised name the (n-1)-th word is part of."""
    last, nxt = text[slice(*words[n - 1])], text[slice(*words[n])]
    return last[:1].isupper() and nxt[:1].isupper()


_FINITE_AUXILIARY = frozenset("is are was were has have had will would".split())
_RELATIVE_BEFORE = re.compile(r"\b(?:who|that|which)\s+$", re.IGNORECASE)


def _drop_lead(text: str, words: list[tuple[int, int]]) -> list[tuple[int, int]]:
    i = 0
    while i < len(words) and text[words[i][0] : words[i][1]].lower() in _LEAD:
        if _SPAN_BACK.match(text, words[i][0]):
            break  # "a year earlier": the article is the span's number
        i += 1
    return words[i:]


_SPAN_BACK = re.compile(
    r"(?:a|an)\s+(?:year|month|week|quarter|decade|day)\s+(?:earlier|before|ago)\b", re.I
)


_DATE_WORDS = frozenset(
    {*(w.lower() for w in WEEKDAYS), *(m for m in MONTH_NUMBERS if len(m) > 3)}
    | {"today", "yesterday", "tonight", "tomorrow"}
)


def _without_dates(text: str, words: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The words without a day or a month that opens them ("Tuesday near New Hope" → "near New
    Hope"): a predicate says what happened; a day later in it ("from N1,534.75 on Friday")
    tells which of two levels it is, and stays."""
    while words and text[slice(*words[0])].lower() in _DATE_WORDS:
        words = words[1:]
    return words


def _trimmed(text: str, words: list[tuple[int, int]]) -> str | None:
    words = _without_dates(text, _drop_lead(text, words))
    words = _drop_lead(text, words)
    while words and text[words[-1][0] : words[-1][1]].lower() in _TAIL:
        words.pop()
    if not any(text[a:b].lower() not in _EMPTY for a, b in words):
        return None
    return text[words[0][0] : words[-1][1]]
