"""Does a sentence prescribe an action, to whom, and on whose word?

Rules of English, applied to one sentence at a time (linear, no lookups across the article):

- a deontic modal in the present ("Congress must act", "you should", "we need to", "you had
  better"), not an inference or a counterfactual ("must have", "should have"), a prediction
  ("will have to"), an ellipsis ("as it should"), a modal inside a conditional, an indirect
  question or a relative clause ("who should"), a noun ("a need to"), a personal necessity
  ("I have to"), or an obligation described in law ("Under the act, firms must…");
- a report of one: "urged/asked/begged/advised X to", "called on X to", "warned X against",
  "recommends that / recommends wiring", "would like to see X", "X advises …";
- a prescriptive adjective: "it is essential (for X) to …", "it's best to …", "it is time to";
- an imperative: a sentence or heading that opens (after a fronted adverbial such as
  "Additionally," or "To get started,") with a base-form verb of advice ("Avoid …", "Try …",
  "Don't …"), not a verb that only steers the reader ("Consider the case of…", "Click here").

`reported_by` is whoever the sentence credits: the subject of "urged", the speaker of
"X said (that)…", "…, X said", "according to X"; None for the author's (or "we"/"I") own.
`actor` is who is to act: the object of "urged X to", the "for X" of "it is time for X to",
or the subject of the modal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from brief.extract.dates import MONTH_NUMBERS, WEEKDAYS
from brief.extract.folded import folded
from brief.extract.people import FUNCTION_WORDS, is_person_noun
from brief.extract.verbs import IRREGULAR_PARTICIPLES, IRREGULAR_PAST
from brief.trie import alternation

# A perfect after a modal ("should have acted", "must have known") is a counterfactual or an
# inference; "should have a plan" is a present duty.
_PARTICIPLE = alternation(IRREGULAR_PARTICIPLES | IRREGULAR_PAST)

_WINDOW = 300  # characters before a modal that its checks read
_WORD = r"[\w’'.&-]+"
# A short noun phrase, at most seven words, with no clause of its own ("how the system failed").
_NOT_VERB_WORD = r"(?:be|the|a|an|his|her|their|its|my|our|your|this|that|these|those)\b"
_NP = rf"(?:(?!(?:how|why|what|that|which|who|whether|if)\b){_WORD},?\s+){{0,6}}?{_WORD}"
# whom a verb of urging names, a relative clause included: "urged owners of the recalled
# watches who had not yet returned them to stop using them"
# (a name's abbreviation in brackets is part of it: "the National Institute for Health and Care
# Excellence (NICE)")
_ACTOR_WORD = rf"(?:{_WORD}|\([A-Z][\w&.-]{{0,10}}\))"
_ACTOR_NP = (
    rf"(?:(?!(?:how|why|what|that|which|whether|if)\b){_ACTOR_WORD},?\s+){{0,12}}?{_ACTOR_WORD}"
)

# --- deontic modals --------------------------------------------------------------------------

_DEONTIC = folded(
    r"(?<![\w-])(?P<m>must(?:n[’']t)?|should(?:n[’']t)?|ought\s+(?:not\s+)?to"
    # "need to be" prescribes only a passive ("needs to be made"), not a state ("need to be 18")
    # (not after "and": "are aging and need to be repaired" reports a condition)
    r"|needs?\s+to(?!\s+be\b)|(?<!\band\s)needs?\s+to(?=\s+be\s+(?:[a-z]+ed|[a-z]+en|made|done|paid|held"
    r"|set|put|cut|kept|sent|spent|built|sold|told|brought|bought|taught|met|led|found)\b)"
    r"|has\s+to|have\s+to|(?:had|(?<=[’'])d)\s+better|would\s+do\s+well\s+to|would\s+be\s+(?:wise|well\s+advised)\s+to"
    # the audit office's phrase: "Congress may wish to consider requiring …"
    r"|may\s+wish\s+to\s+consider"
    r"|(?:(?<=\byou\s)|(?<=\bwe\s)|(?<=\bthey\s))better)(?![\w-])"
)
# After the modal: inference, counterfactual, hedge, an aside to the reader, a state of mind,
# or a prediction of what happens by itself ("The weather should improve", "You should see
# results", "the economy should recover": "should" of expectation, not of duty).
# Verbs of a modal that predict of a thing as often as they prescribe to someone (`_TRANSITIVE`)
_MAY_PREDICT = r"improve|ease|stabili[sz]e|grow|increase|decrease|drop|clear|pass"
_NOT_AFTER = re.compile(
    # a deal's or a process's expected end: "the merger should close in the fourth quarter"
    r"\s+(?:close|conclude|end|finish|wrap\s+up)\s+(?:in|by|on|before|at|within|next|this|later)\b"
    # a judgement of what happened, not advice: "That should never happen"
    r"|\s+never\s+happen\b"
    rf"|\s+(?:not\s+)?(?:{_MAY_PREDICT}|recover|rebound|subside|peak|arrive|happen"
    r"|occur|last|rise|fall|decline|climb|come\s+back"
    r"|see\s+(?:some\s+|an?\s+|the\s+)?(?:results|improvements?|difference|benefits|gains"
    r"|changes|growth|progress|returns|savings))\b"
    # a state expected by a time: "the terminal should be operational by March"
    # (a state, not a passive's deed: "the repairs should be completed by Christmas" prescribes)
    r"|\s+be\s+(?:fully\s+)?(?:operational|ready|complete|open|available"
    r"|in\s+place|up\s+and\s+running|online)\s+(?:by|within|next|soon"
    # "in" only before a time ("available in every pharmacy" is where, and prescribes)
    r"|in\s+(?:time|the\s+(?:spring|summer|autumn|fall|winter|new\s+year)|\d{4}|January"
    r"|February|March|April|May|June|July|August|September|October|November|December))\b"
    r"|\s+(?:not\s+|never\s+)?(?:have\s+(?:not\s+|never\s+|already\s+)?(?:been|had|done|gone"
    rf"|[a-z]+ed|{_PARTICIPLE})\b|be\s+(?:noted|said|seen|viewed|considered|regarded|read|understood"
    r"|remembered|pointed\s+out|emphasi[sz]ed|stressed|able|surprised|alarmed|worried|concerned"
    r"|shocked|afraid|fine|okay|ok)\b|expect|admit|wonder|imagine|know|confess|feel"
    # ("I should say that"; not "should say so", "should say clearly where the figures come
    # from": what to tell)
    r"|say(?!\s+(?:so|clearly|publicly|openly|how|what|where|which|whether|why|when)\b))\b",
    re.IGNORECASE,
)
# Before the modal: a prediction ("will have to"), a possibility, a personal need, no
# obligation at all ("doesn't have to").
_NOT_BEFORE = re.compile(
    r"(?:\b(?:will|won[’']t|would|wouldn[’']t|may|might|could|going\s+to|gonna|I|don[’']t"
    r"|doesn[’']t|didn[’']t|do\s+not|does\s+not|did\s+not)"
    r"|(?<=[’'])ll|(?<=[’'])d)"
    r"(?:\s+(?:also|still|probably|likely|certainly|definitely|eventually|then|now|just"
    r"|really|simply))*\s+$",
    re.IGNORECASE,
)
# "now they have to do it all again": what circumstance forces on people the text speaks of,
# not advice to them ("Lawmakers have to act", "you have to leave" prescribe)
_FORCED = re.compile(
    r"(?P<when>\b(?:now|then|still)\s+)?\b(?:they|he|she|it)(?:\s+(?:now|still|also|then|just))?\s+$",
    re.I,
)
# a quoted speaker's demand: "'They have to fix this now,' said tenant organizer Maria Lopez"
_QUOTED_DEMAND = re.compile(r"[“\"]")
# "a need to", "no need to", "the urgent need to": a noun, not a modal.
_NEED_NOUN = re.compile(
    r"\b(?:a|the|no|any|every|this|that|their|his|her|its|our|my|your|urgent|real|clear"
    r"|obvious|growing|pressing|great|little)\s+$"
    # a need inside a noun phrase: "all you need to execute it", "everything we need to know"
    r"|\b(?:all|everything|anything|what|whatever)\s+(?:you|we|they|one)\s+$",
    re.IGNORECASE,
)
# A modal inside the subject of "depends"/"varies" ("The amount each person should drink
# depends on …"): a description, not a prescription.
_MODAL_IN_SUBJECT = re.compile(
    r"\s+(?:\w+\s+){1,4}?(?:depends|depend|varies|vary|differs|differ)\s+(?:on|upon|from|by)\b",
    re.IGNORECASE,
)
# A verb that predicts of a thing ("the economy should grow 2.5%", "the measure must pass both
# chambers") prescribes when someone, not a thing (`_THING_SUBJECT`), does it to an object:
# "Lawmakers must pass Senate Bill 417", "Schools should improve ventilation" (not a number, not
# a time: "drop this fall").
_TRANSITIVE = re.compile(
    rf"\s+(?:not\s+)?(?:{_MAY_PREDICT})\s+"
    r"(?!(?:this|next|last|the\s+next)\s+(?:year|month|week|fall|spring|summer|winter|quarter"
    r"|season|decade)\b)"
    # an object: not a number, a preposition, an adverb or a time ("drop 10%", "ease further",
    # "clear by Friday", "pass easily", "improve significantly")
    r"(?!(?:by|in|to|from|over|at|on|into|within|before|after|further|significantly|slightly"
    r"|sharply|rapidly|quickly|slowly|gradually|steadily|somewhat|substantially|easily|soon"
    r"|again|later|next|this|tonight|today|tomorrow|up|down|off|through|as|if|when|and|or|but"
    r"|more|less|faster|slower)\b)[A-Za-z]"
)
# A subject that is a thing, whose modal predicts ("the economy should grow", "the bill must
# pass", "the new line should ease congestion", "it should pass the Senate")
_THING_SUBJECT = re.compile(
    r"\b(?:economy|economies|inflation|prices?|rates?|sales|revenue|growth|demand|supply|output"
    r"|unemployment|earnings|profits?|costs?|exports|imports|temperatures?|rain|weather|storms?"
    r"|winds?|snow|markets?|shares|stocks?|index|it|bill|measure|legislation|proposal|amendment"
    r"|deal|merger|line|project|plan|program|programme|system|traffic|congestion|conditions"
    r"|situation|terminal|bridge|road|route|service|tax|taxes|tariffs?|rule|law|policy|changes?"
    r"|move|cut|hike|increase|decline|drop|rise|fall|measures|bills|plans|projects|lines)\s+"
    r"(?:(?:also|still|now|soon|only|further|then|eventually|gradually)\s+)?$",
    re.IGNORECASE,
)
# Words of a forecast in the sentence: "…, analysts expect", "economists predict"
_FORECAST_WORDS = re.compile(
    # ("projects" the verb, with what it projects after it; not "before it announces new
    # projects", the noun)
    r"\b(?:expects?|expected|predicts?|predicted|forecasts?|forecasters?|projected"
    r"|projects(?=\s+(?:that|a|an|the|its|their|\d|[$€£¥₹]|growth|inflation|deficits?|revenues?"
    r"|sales|losses|profits?|earnings)\b)"
    r"|likely|on\s+track|according\s+to\s+(?:futures|forecasts?|projections?))\b",
    re.IGNORECASE,
)


def _agent_acts(sentence: str, end: int, clause: str) -> bool:
    """The modal's verb, which may predict, prescribes: someone, not a thing, does it to an
    object ("Schools should improve ventilation", "Landlords must clear snow"; not "The economy
    should grow 2.5%", "the measure must pass both chambers", "analysts expect")."""
    return bool(
        _TRANSITIVE.match(sentence, end)
        and not _THING_SUBJECT.search(clause)
        and not _FORECAST_WORDS.search(sentence)
    )


# A passive after the modal ("should be collected"), not a copula ("should be more careful")
_PASSIVE_NEXT = re.compile(
    rf"\s+(?:not\s+)?be\s+(?:[a-z]+ly\s+)?(?:[a-z-]+ed|{_PARTICIPLE})\b", re.IGNORECASE
)
# A passive that still names who is to act: "Boards should be required to disclose" (the
# subject), "should be collected … by every department" (the agent).
_OBLIGED = re.compile(
    r"\s+(?:not\s+)?be\s+(?:required|expected|encouraged|asked|urged|obliged"
    r"|compelled|forced|made|told|given\s+(?:the\s+)?(?:power|authority|money|funding))\s+to\s+[a-z]",
    re.IGNORECASE,
)
_AGENT = re.compile(
    r"\bby\s+(?P<agent>(?:the|every|each|all|its|their|a|an|local|state|federal)\s+[a-z][\w-]*"
    r"(?:\s+[a-z][\w-]*)?|[A-Z][\w.&’'-]*(?:\s+(?:of\s+)?[A-Z][\w.&’'-]*){0,4})(?=\s*[.,;]|$)"
)
# (a short aside may stand between: "should, at a minimum, notify")
_VERB_NEXT = re.compile(r"(?:,\s+[^,;:.]{1,40},)?\s+(?:not\s+)?[a-z]")
# "as it should.", "should for": an ellipsis; "should the House vote": an inverted conditional.
_NOT_VERB = re.compile(
    r"\s+(?:for|as|than|and|or|but|too|in|on|at|by|with|so|if|when|the|a|an|this|that|these"
    r"|those|it|he|she|they|we|you|there|any|its|their)\b",
    re.IGNORECASE,
)
_CLAUSE = re.compile(r"[,;:]\s+|\s+[—–]\s+|—|\s+\(")
_CONDITIONAL = re.compile(r"\b(?:if|whether|unless|lest|in\s+case)\b", re.IGNORECASE)


def _lower_or_capital(words: str) -> str:
    """An alternation of `words` in lower case or with a capital: "WHO" (the World Health
    Organization) is no "who", "THAT" in a shouted headline no relative."""
    return "|".join(f"[{w[0]}{w[0].upper()}]{w[1:]}" for w in words.split())


_QUESTION_WORD = re.compile(
    r"\b(?:"
    + _lower_or_capital("how why what when where who whom whose which whatever whoever")
    + r")\b(?:\s+\S+){0,4}\s*$"
)
# "Anyone who has chest pain should call": the relative clause belongs to the subject, whose
# modal it is; not "what we should do" (an indirect question).
_WHO_HEAD = re.compile(
    r"\s*(?:(?:[Tt]he|[Aa]ll|[Aa]ny|[Tt]hose|[Tt]hese)\s+)?(?!(?i:how|why|what|when|where|who|which)\b)"
    r"[A-Za-z][\w-]*(?:\s+[a-z][\w-]*)?\s+who\s+(?!should\b|must\b|ought\b|needs?\s+to\b)\S+"
)
# An obligation described (law, contract, rule), not prescribed by the writer.
_DESCRIBED = re.compile(
    r"(?:^|[,;:]\s+)under\s+(?:the|a|an|this|that|its|their|his|her|these|those|current|existing"
    r"|new|federal|state|rules|regulations|laws|guidelines)\b"
    r"|\b(?:law|laws|rule|rules|regulation|regulations|statute|act|code|contract|treaty"
    r"|constitution|policy|guidelines?)\s+(?:says|say|states|requires?|mandates?|dictates?"
    r"|stipulates?)\b",
    re.IGNORECASE,
)

# "must pay $2 million under the settlement": what an agreement or a ruling requires, wherever
# the sentence says so.
_REQUIRED_BY = re.compile(
    r"\bunder\s+(?:the|a|an|its|their|this)\s+(?:settlement|agreement|deal|ruling|order|terms"
    r"|consent\s+decree|plea\s+deal|contract|law|rules?)\b"
    # a named law, or a country's, opening the sentence or closing it: "Under Kenyan law,
    # every employer must", "must pay … under the National Minimum Wage Act." (not "should use
    # its powers under the Public Health Act to close the plants": advice)
    r"|(?:^\s*|\b)(?i:under)\s+(?:the\s+)?(?:(?:[A-Z][\w’'-]*\s+){1,6}(?:Act|Law|Code"
    r"|Regulations?|Rules|Directive|Ordinance|Constitution|Charter)\b|[A-Z][a-z]+\s+(?:law|rules"
    r"|regulations)\b)(?:\s+\d{4})?(?=\s*[,.;]?\s*$|,)"
)
# What a court or an authority has ordered, in the modal's own clause: "The judge ruled that
# the state must redraw" (not "…, and lawmakers should act quickly")
_ORDERED = re.compile(r"\b(?:ruled|ordered|decreed|held|directed|mandated)\s+that\b", re.I)

# --- reported recommendations ----------------------------------------------------------------

_REPORTED = re.compile(
    r"(?P<verb>\b(?<!\bto\s)(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+(?:on|upon)|ask(?:s|ed)"
    r"|begg?(?:s|ed)|implor(?:e|es|ed)|advis(?:e|es|ed|ing)|wants|warn(?:s|ed)|encourag(?:e|es|ed)"
    r"|exhort(?:s|ed)|pleaded\s+with|appeal(?:s|ed)\s+to"
    # a speaker's own appeal: "We appeal to labour to shelve the planned strike"
    r"|(?<=\b[Ww]e\s)appeal\s+to|(?<=\bI\s)appeal\s+to"
    # a campaign's pressure, going on: "Farm groups are pressing the department to extend",
    # "lobbying Parliament to lower" (in the past, "he pressed his team to" is an order); a
    # group's wish in the present plural ("Environmental groups want the EPA to set", of
    # someone named; not "Farmers want bigger grants and easier access to …"), as "wants"
    # in the singular
    r"|(?<=\bis\s)pressing|(?<=\bare\s)pressing|(?<=\bwere\s)pressing|(?<=\bwas\s)pressing"
    # an appeal going on: "The HSE is asking members of the public to consider all options"
    r"|(?<=\bis\s)asking|(?<=\bare\s)asking"
    r"|(?<=\bis\s)lobbying|(?<=\bare\s)lobbying|(?<=\bwere\s)lobbying|(?<=\bwas\s)lobbying"
    r"|(?<=[a-z]s\s)lobby|(?<=[a-z]s\s)want(?=\s+(?:the|their|its|his|her|our|[A-Z])\b)))\s+"
    rf"(?!to\b|that\b|it\b|\w+ing\b)(?P<actor>{_ACTOR_NP})\s+[\"“]?(?:not\s+)?to\s+[\"“]?"
    rf"(?!{_NOT_VERB_WORD})[a-z]+"
    r"|(?P<verb2>\b(?:warn(?:s|ed|ing)|caution(?:s|ed|ing)|advis(?:e|es|ed|ing)))\s+"
    rf"(?P<actor2>{_NP})\s+against\s+[a-z]"
    r"|(?P<verb3>\b(?<!\bto\s)(?:recommend(?:s|ed|ing)?|advis(?:e|es|ed)|urg(?:e|es|ed)"
    r"|demand(?:s|ed)|encourag(?:e|es|ed)))\s+(?:that\b|(?!thing)[a-z]+ing\b|(?:anyone|everyone"
    r"|people|you)\s+[a-z])"
    # "suggests having a reserve": advice; "suggests that", evidence as often, is not read
    # (a gerund with its object: not "suggest rising prices", a noun phrase)
    r"|(?P<verb8>\b(?<!\bto\s)suggest(?:s|ed)?)\s+(?!(?:\w*thing|during|according)\b)"
    r"[a-z]+ing\s+(?:a|an|the|your|their|his|her|its|our|between|at|about|until|for|to|on|in"
    r"|up|off|out|with|more|less|some|all|\d)\b"
    r"|(?P<verb6>\badvises)\s+(?!on\b|about\b|of\b)"
    r"|(?P<verb4>\b(?:would|[’']d)\s+like\s+to\s+see)"
    r"(?:\s+(?P<actor4>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*))?"
    rf"|(?P<verb5>\badvocates?\s+for|\bcall(?:s|ed)?\s+for)\s+(?P<actor5>{_NP})\s+to\s+[a-z]"
    # "The UN called for an immediate ceasefire" (a plan or a law that "calls for" describes)
    # (a noun after a determiner is no verb: "Our appeal for the drought response")
    r"|(?P<verb9>\b(?<!\bto\s)(?<![’']s\s)(?<!\b(?i:the|our|its|his|her)\s)"
    r"(?<!\b(?i:this|that|your)\s)(?<!\b(?i:their)\s)(?<!\b(?i:an)\s)(?<!\b(?i:a)\s)"
    r"(?:call(?:s|ed)?|appeal(?:s|ed)?|plead(?:s|ed)?)\s+for)\s+(?:an?|the|immediate|more|new|further"
    r"|greater|stronger|urgent|swift|tougher|stricter|its|their)\b"
    r"(?!\s+(?:explanation|answers?|information|comment|details|clarification)\b)"
    r"|(?P<verb7>\b(?:is|are|was|were|been|being)\s+(?:urged|advised|encouraged|warned"
    r"|called\s+(?:on|upon))\s+(?:not\s+)?to\s+(?!be\b)[a-z]"
    # an advisory in force: "Residents have been told to stay indoors" (not "was told to")
    r"|\b(?:are|is|have\s+been|has\s+been)\s+(?:told|asked)\s+(?:not\s+)?to\s+"
    r"(?!be\b|expect\b|anticipate\b)[a-z])"
    # a subjunctive after a verb of proposing: "analysts have suggested that Seoul develop",
    # "advocates insisted that the insurer cover" (evidence, "suggests that prices rose", has
    # no base verb: `_that_subject` finds no one)
    r"|(?P<verb10>\b(?<!\bto\s)(?:suggest(?:s|ed)?|insist(?:s|ed)?|propos(?:e|es|ed)"
    r"|ask(?:s|ed)?|request(?:s|ed)?)(?=\s+that\s))",
)
# Whose word it is: "X said (that)", "…, X said", "according to X", "X says".
_SPEECH = (
    r"(?:said|says|say|told\s+[^,“”\"]{1,60}?|wrote|writes|argued|argues|added|warned|warns"
    r"|noted|notes|explained|insisted|contended|believes|believe|thinks|recommended|concluded"
    r"|concludes|stated|states"
    r"|recommends|urged|advised|advises|stressed|stresses|testified"
    # in the plural present too: "Critics argue that the city should", "…, the authors argue."
    r"|argue|contend|contends|insist|insists|maintain|maintains|conclude|claim|claims|write"
    r"|warn|note|stress|recommend|urge|advise"
    # counsel before a court: "Rane submitted that the State should"
    r"|submitted|submits|pleaded)"
)
_CLAUSE_WORD = r"(?:that|which|before|after|when|if|because|we|I|you)\b"
_LEADING = re.compile(
    rf"^(?P<who>[^,“”\"]{{2,140}}?)\s+(?:also\s+|has\s+|have\s+|had\s+)?{_SPEECH}"
    r"\s+(?:that\s+)?",
)
_TRAILING = re.compile(
    rf"[,”\"’]\s*(?P<who>(?:(?!{_CLAUSE_WORD})[^,“”\"\s]+\s+){{0,7}}?[^,“”\"\s]+)"
    rf"\s+(?:also\s+)?{_SPEECH}(?:\s+[^“”\"]*)?[.!]?$"
    rf"|[,”\"’]\s*(?:{_SPEECH})\s+(?P<who2>[^,.“”\"]{{2,80}})",
)
# A speaker, an apposition between commas, then the verb of speech.
_LEADING_APPOSED = re.compile(
    rf"^(?P<who>[^,“”\"]{{2,80}}?),\s+(?P<who2>[^“”\"]{{2,140}}?),\s+(?:also\s+)?{_SPEECH}"
    r"\s+(?:that\s+)?",
)
# A fronted adverbial, not a speaker: "On Tuesday, the agency, citing …, said", "However, …".
_NOT_A_SPEAKER = re.compile(
    r"(?:On|In|At|By|For|From|During|After|Before|Since|Until|With|Without|However|Meanwhile"
    r"|Still|Instead|Yet|But|And|Also|Then|Later|Earlier|Today|Yesterday|Last|This|Next"
    r"|Separately|Elsewhere|Moreover|Furthermore|Nonetheless|Nevertheless)\b"
)
_COMMON_LEAD = re.compile(r"(?:Another|An?|The|One|Other|Its|His|Her|Their|Our)\s+[a-z]")
_ACCORDING = re.compile(r"\baccording\s+to\s+(?P<who>[^,.;“”\"]{2,80})", re.IGNORECASE)
_AUXILIARY = re.compile(
    r"(?:\s+(?:also|has|have|had|repeatedly|again|now|still|then|once|publicly|strongly"
    r"|recently|previously|long|often|would|will|can[’']t|cannot|can|could|do|does|did"
    r"|don[’']t|doesn[’']t|didn[’']t|not|never|always|really|just|therefore|thus))+$",
    re.IGNORECASE,
)
# What "calls for" as its content, not as someone's demand.
_PLAN_SUBJECT = re.compile(
    r"\b(?:plan|plans|bill|bills|budget|proposal|measure|design|recipe|forecast|schedule|contract"
    r"|script|screenplay|role|job|position|part|rules|game|formula"
    r"|deal|agreement|treaty|law|rules?|program|programme|strategy|policy|blueprint|map|model"
    r"|weather|conditions|situation|occasion|standards?|guidance|guidelines|regulations?|statutes?"
    r"|code|framework|manual|charter|constitution)\b[^.,;:]{0,30}$",
    re.IGNORECASE,
)
# What suggests as evidence, not as advice.
_EVIDENCE_SUBJECT = re.compile(
    r"\b(?:data|survey|surveys|study|studies|research|polls?|record|evidence|analysis|report"
    r"|figures|numbers|results|findings|history|experience|trend|trends|statistics)\b"
    r"[^.,;:]{0,30}$",
    re.IGNORECASE,
)
_VERBS = {  # the trigger's group -> the group naming who is to act
    "verb": "actor", "verb2": "actor2", "verb3": "", "verb4": "actor4", "verb5": "actor5",
    "verb6": "", "verb7": "", "verb8": "", "verb9": "", "verb10": "",
}  # fmt: skip
# Words that open a clause fronted before the subject ("in response to …, the state should").
_NOT_SUBJECT = re.compile(
    r"(?:if|when|while|because|although|though|in|to|as|by|with|for|given|after|before|since"
    r"|together|along|alongside|working|through|and|but|or|so)\b",
    re.IGNORECASE,
)
# (in lower case: a capitalised "States" or "Notes" in a subject is a name's, "the United
# States and Mexico must")
_SAID = re.compile(rf"\b(?:told\s+[^,“”\"]{{1,60}}?\s+that\s+|{_SPEECH}\s+(?:that\s+)?)")
_SUBORDINATE = re.compile(
    r"[\"“‘']?(?:when|after|before|because|since|as|while|although|though|once|until)\b", re.I
)
_RELATIVE_END = re.compile(r"\b(?:" + _lower_or_capital("that which who") + r")\s+$")
_RELATIVE = re.compile(r"(?:" + _lower_or_capital("which who whom whose that") + r")\b")
_SELF = re.compile(r"(?:i|we|us|me)", re.IGNORECASE)
_AS_WE = re.compile(r"(?:as\s+)?(?:i|we)(?:[’'](?:ve|d|ll|m|re))?", re.IGNORECASE)
_LEADING_JUNK = re.compile(
    r"^(?:(?:and|but|so|yet|or|then|also)\b|[\"“‘'(\[]|\s)+"
    # a resolution's "That": "That the Federal Government should direct …" (a communiqué's
    # demands; a demonstrative is never followed by "the")
    r"|^that\s+(?=(?:the|all|every)\b|(?-i:[A-Z]))",
    re.I,
)

# --- prescriptive adjectives -----------------------------------------------------------------

_ADJECTIVE = re.compile(
    r"\bit(?:[’']s|\s+is|\s+would\s+be|\s+will\s+be)\s+(?:(?:very|also|really|so|therefore|thus"
    r"|absolutely|now|still|particularly|especially)\s+)?(?:critical|crucial|essential|vital"
    r"|imperative|important|necessary|advisable|wise|best|urgent|(?:(?:high|past)\s+)?time"
    r"|a\s+good\s+idea|a\s+(?:smart|wise)\s+(?:idea|move))\s+"
    rf"(?:for\s+(?P<actor>{_NP})\s+)?to\s+[a-z]"
    # the subjunctive: "It is essential that schools provide free meals"
    r"|\bit(?:[’']s|\s+is)\s+(?:(?:very|also|absolutely|therefore|now)\s+)?(?:critical|crucial"
    r"|essential|vital|imperative|important|necessary|urgent)\s+that\s+"
    # "A smarter approach would be for the province to build …", "the best course is to …"
    r"|\b(?:a|the)\s+(?:better|smarter|wiser|best|right|sensible)\s+(?:approach|course|option"
    r"|policy|path|answer|solution)\s+(?:would\s+be|is)\s+"
    rf"(?:for\s+(?P<actor2>{_NP})\s+)?to\s+[a-z]"
    # "Our recommendation is that the ministry phase out …", "The recommendation is to …"
    r"|\b(?:our|my|the|its|their|his|her)\s+(?:main\s+|first\s+|key\s+|chief\s+)?"
    r"recommendation\s+is\s+(?:that|to|for)\s+"
    # advice to the reader hedged with a modal: "you may want to", "you might consider paying"
    r"|\byou\s+(?:may|might|could)\s+(?:also\s+|still\s+)?(?:want\s+to\s+(?!know\b)[a-z]"
    r"|wish\s+to\s+[a-z]|consider\s+[a-z]+ing\b)",
    re.IGNORECASE,
)
# "The first step … is to take inventory", "the best way to save is cutting costs": advice
# when it speaks to the reader or to anyone in their place ("you", "for any new saver"); "the
# next step is to hold a hearing" reports a procedure.
_FIRST_STEP = re.compile(
    # the step, then only its purpose or whom it is for ("to retiring early", "for any new
    # saver", "on the path to …"), not a clause ("The first thing you notice is …")
    r"\b(?:first|next|best|key|most\s+important|last|final|only)\s+(?:step|thing|move|way)"
    r"(?:\s+(?:to|for|on|toward|towards)\s+[^.;:,]{1,70}?)?\s+is\s+(?:to\s+[a-z]|[a-z]+ing\b)",
    re.IGNORECASE,
)
_TO_THE_READER = re.compile(r"\b(?:you|your|for\s+(?:any|every|anyone|everyone)\b)", re.I)
_CLAUSE_END = re.compile(r"[,;:]")

# --- imperatives -----------------------------------------------------------------------------

# A how-to's verbs are names or nouns as often before a capital or a hyphen ("Bring It On",
# "Boil Water Advisory", "Add-on purchases"): they instruct only before a lower-case word.
_HOW_TO = frozenset(
    """
    add allow boil bring fill peel pour rinse serve simmer slice sprinkle stir whisk
    expand require create develop implement improve provide restore repeal strengthen adopt
    mandate extend enact amend streamline coordinate expedite prohibit revise publish
    clarify designate authorize authorise modernize modernise deploy convene tighten impose
    restrict allocate assess evaluate conduct
    reauthorize reauthorise waive abolish codify subsidize subsidise
    """.split()
)  # verbs that are names' first words as often ("Restore Our Parks"): a lower-case word after
# (or an acronym and a lower-case word: "Reauthorize CCDBG with a fund", "Fund NASA fully")
_LOWER_NEXT = re.compile(r"\s+(?:[a-z0-9]|[A-Z]{2,}s?\s+[a-z])")
# Base-form verbs that open advice or a how-to's steps ("Stir together", "Add the jars");
# not verbs that only steer the reader through the text (consider, imagine, note, see, look,
# take, remember, read, click, follow, share, subscribe), nor those as often a noun or a name
# at a sentence's start ("Heat waves", "Core inflation", "Baker said", "Season tickets").
_ADVICE_VERBS = _HOW_TO | frozenset(
    """
    aim apply ask automate avoid back be book boost breathe budget build buy calculate call
    cancel change check choose clean clear combine commit compare consolidate consult contact
    cover cut define delete diversify ditch do drink drive eat educate eliminate enable
    encourage ensure enroll enrol establish exercise find focus get give go hire identify
    include increase install invest keep learn leave leverage limit live lock lower make manage
    max maximize maximise minimize minimise monitor move negotiate opt pay pick plan practice
    practise prepare prioritise prioritize protect purchase put quit raise reach rebalance
    rebuild reduce refinance register relax remove replace rest review save schedule
    seek sell set simplify skip spend start stay stick stop store switch talk teach tell test
    track train try turn unplug update use vaccinate vote wash wear write
    """.split()
)  # (and a how-to's and a policy's verbs, `_HOW_TO`)
# "Take" and "consider" also steer the reader ("Take a look", "Consider what happened"), and
# "research" is a noun as often ("Research shows"): they advise only before what is to be done
# ("Take inventory", "consider paying it off", "Research your options").
_STEERING = {
    "take": re.compile(
        r"\s+(?!(?:a\s+look|a\s+moment|note|for\s+example|the\s+case|a\s+case|the\s+example"
        r"|an\s+example)\b)[a-z]"
    ),
    # "consider what might go badly" thinks ahead; "Consider what happened" only steers
    "consider": re.compile(
        r"\s+(?:[a-z]+ing|whether|your|using|what\s+(?:could|might|would|will|can)\b)\b"
    ),
    "research": re.compile(r"\s+(?:your|local|different|which|whether)\b"),
    # words that are nouns or adjectives as often ("Live music", "Budget airlines", "Max
    # Verstappen", "Save the Children", "Leverage Capital"): verbs only before what they take
    "live": re.compile(r"\s+(?:below|within|beneath|on|off|frugally|simply|with|like|in\s+the)\b"),
    "max": re.compile(r"\s+out\b"),
    "budget": re.compile(r"\s+(?:for|your|carefully|wisely|ahead)\b"),
    "leverage": re.compile(r"\s+(?:your|their|existing|what)\b"),
    "save": re.compile(r"\s+(?:your|money|for|up|at\s+least|more|as\s+much|every|on|some)\b"),
}
# "Be" advises only as "Be careful/sure/aware…"; other verbs are nouns before these words.
_BE_ADVICE = re.compile(
    r"\s+(?:sure|careful|aware|mindful|patient|prepared|honest|kind|wary|cautious|ready)\b", re.I
)
_NOUN_NEXT = re.compile(
    r"(?:[’']s)?\s+(?:of|is|are|was|were|has|have|had|will|would|can|could|may|might|must"
    r"|should|said|says|from|than|shows?|showed|found|finds|suggests?)\b"
    r"|(?:s|ed|[’']s)\b|\s*$"
    # the first of a compound noun, its plural head and the subject's past verb after ("Test
    # results were released", "Cap rates rose"): a subject told of, not advice (a present
    # verb may be advice's clause: "Ensure students are safe")
    r"|\s+[a-z]+s\s+(?:was|were|had|rose|fell|showed)\b",
    re.IGNORECASE,
)
# An imperative that states a hypothesis: "Add a second motor, and the car would offer more
# power" (if one added …), not advice; a consequence for the reader promises ("Book early, and
# you could save 30%", "Save more and you will retire sooner").
_THEN_WOULD = re.compile(r",?\s+and\s+(?!you\b)[^.;:!?]{0,120}?\b(?:would|could)\s")
# "Ask anyone who has tried to build here …": a rhetorical appeal to common experience
_ASK_ANYONE = re.compile(
    r"\s+(?:almost\s+)?(?:anyone|anybody|someone|any\s+[a-z]+|most\s+[a-z]+)\b", re.IGNORECASE
)
_DONT = re.compile(r"(?:and\s+)?(?:don[’']t|do\s+not)\s+[a-z]", re.IGNORECASE)
# A fronted adverbial before the imperative: "Additionally,", "To get started,", "Instead of
# dieting,", "If you feel sick,", "Next time you shop,".
_FRONTED = re.compile(
    r"(?:(?:additionally|also|instead|alternatively|otherwise|finally|first|second|third"
    r"|lastly|next|then|thus|so|meanwhile|above\s+all|most\s+importantly|in\s+addition"
    r"|for\s+example|for\s+instance|in\s+general|ideally|if|when|whenever|before|after|once"
    r"|while|to|for|in|at|on|during|instead\s+of|next\s+time|where|wherever|as|no\s+matter)\b"
    r"[^,;:.]{0,140}?"
    r",\s+)",
    re.IGNORECASE,
)
_SOFTENER = re.compile(
    r"(?:never|always|please|simply|also|just|first|then|now|instead|really|still|gradually"
    r"|regularly|definitely|try\s+to)\s+",
    re.IGNORECASE,
)
_ENUMERATOR = re.compile(r"^\s*(?:\d{1,2}[.):]|\(\d{1,2}\)|[a-z][.)]|[-–•*▪●◦])\s+")
# A negative subject: a norm said of everyone, no one to act ("No one should have to choose")
# (not "No teacher should be sanctioned for striking": a prohibition, which annotators count)
_NO_ONE = re.compile(r"(?i:\b(?:no(?:\s+|-)one|nobody|none(?:\s+of\s+(?:us|them))?))$")
# Calls to action of the page itself (web boilerplate), never advice of the article.
_BOILERPLATE = folded(
    r"\b(?:newsletters?|subscribe|subscription|sign\s+up|log\s+in|click|tap\s+here|inbox"
    r"|stay\s+(?:up\s+to\s+date|tuned|connected|informed)|learn\s+more|check\s+out\s+(?:what"
    r"|our|more|the\s+latest)|breaking\s+(?:\w+\s+)?news|latest\s+news|news\s+alerts?|listen\s+(?:live"
    r"|back|again)|download\s+(?:our|the)\s+app|our\s+(?:app|site|website|podcast|privacy)"
    r"|cookies?|advertis\w*|sponsored|for\s+more\s+information"
    # an author's bio: "Reach him at tl@…", "Follow her on X"
    r"|(?:reach|contact|email|e-mail)\s+(?:him|her|them|me)\s+(?:at|on|via)"
    r"|follow\s+(?:him|her|them|me)\s+on"
    # a press office's line, a letters page's rules: "For media queries, contact …",
    # "Letters should be no more than 250 words"
    r"|(?:media|press)\s+(?:queries|inquiries|enquiries)|letters?\s+to\s+the\s+editor"
    r"|^\W*(?:letters|submissions|comments)\s+(?:should|must)"
    r")\b"
    # a contact line: "Please call 0800 555 123", "Call us on (02) 9555 0100"; not "Residents
    # should call 911 if they see smoke" (advice)
    r"|^\W*(?:please\s+)?(?:call|phone|ring|text|dial)\s+(?:us\s+(?:on|at)\s+)?\(?\+?\d[\d\s()-]*"
    r"(?:$|[.;]|\s+(?:or|and)\s+(?:visit|email|e-mail|write|go|see)\b|\s+(?:between|from)\s+\d)"
    r"|\b(?:call|phone|ring|text)\s+us\s+(?:on|at)\s+\(?\+?\d+\b"
    r"|^[\w-]+\.(?:com|net|org|io)\b"  # "Example.com advises users to…": the site's disclaimer
    # a support service's notice under a story: "If gambling is causing problems for you,
    # contact the National Gambling Helpline on 1800 858 858" (not "If you see flooding on your
    # street, call the council's flood hotline", advice of the story's own)
    r"|^\W*if\b[^,;.]{0,80}?\b(?:problems?|struggling|affected\s+by|distress|harm)\b[^.;]{0,80}?"
    r"\b(?:contact|call|phone|ring|text|visit)\s+(?:the\s+)?"
    r"(?:[\w’'-]+\s+){0,4}?(?:helpline|hotline|lifeline|crisis\s+line|support\s+line)\b",
)


# The stems without which `_REPORTED` and `_BOILERPLATE` cannot match, found in the lower-cased
# sentence by one trie pattern: most sentences hold none, and these two patterns (case-blind,
# with look-behinds tried at every position) cost more than the rest of the rules together.
_REPORTED_CUE = re.compile(
    r"\b(?:"
    + alternation(
        "urg call ask beg implor advis want warn encourag exhort plead appeal caution recommend "
        "suggest demand like advocat press lobb told insist propos".split()
    )
    + ")"  # at a word's start: not "Pittsburgh", "surgery", "task"
)
# The same for `_DEONTIC` (`_modal`) and for `_ADJECTIVE`, `_GERUND_MUST` and `_FIRST_STEP`
# (`_adjective`): words one of which each of their phrases holds, tested as plain substrings.
_MODAL_WORDS = (
    "must", "should", "ought", "need", "has", "have", "better", "do well", "wise", "advised",
    "wish to consider",
)  # fmt: skip
_ADJECTIVE_WORDS = (
    *"critical crucial essential vital imperative important necessary advisable wise best".split(),
    *"urgent time idea move you must brainer step thing way recommendation".split(),
    *"approach course option policy path answer solution".split(),
)
_BOILERPLATE_CUE = re.compile(
    alternation(
        "newsletter subscri sign log click tap inbox stay learn check breaking latest news "
        "information call phone ring text dial "
        "listen download our cookie advertis sponsored .com .net .org .io "
        "reach contact email e-mail follow queries inquiries enquiries editor letters "
        "submissions comments helpline hotline lifeline".split()
    )
)


@dataclass(frozen=True, slots=True)
class Prescription:
    """Where the sentence prescribes (`at`: index of the trigger), to whom and on whose word."""

    at: int
    actor: tuple[int, int] | None  # span in the sentence
    reported_by: tuple[int, int] | None  # span in the sentence


def prescription(sentence: str) -> Prescription | None:
    """The sentence's prescription, or None when it prescribes nothing."""
    low = sentence.lower()
    if sentence.rstrip(" \"”’')").endswith("?") or (
        _BOILERPLATE_CUE.search(low) and _BOILERPLATE.search(sentence)
    ):
        return None
    reported = _reported(sentence) if _REPORTED_CUE.search(low) else None
    found = (
        reported
        or (_modal(sentence) if any(w in low for w in _MODAL_WORDS) else None)
        or (_adjective(sentence) if any(w in low for w in _ADJECTIVE_WORDS) else None)
    )
    if found is None:
        at = imperative(sentence)
        if at is None and ":" in sentence and (colon := _LEAD_COLON.match(sentence)):
            # "The solution is simple: pay teachers more.": advice after a short lead-in
            after = imperative(sentence[colon.end() :])
            at = None if after is None else colon.end() + after
        if at is not None and (
            _AD.search(sentence)
            or (sentence.rstrip(" \"”’')").endswith("!") and _SALES_VERB.match(sentence, at))
        ):
            return None  # an advertiser's call to buy, told in the imperative (not "Stay
            # indoors and avoid the coast!", an authority's order)
        found = None if at is None else Prescription(at, None, None)
    if found is None:
        return None
    if found is reported and found.actor is None and any(w in low for w in _MODAL_WORDS):
        # "Travellers should be vaccinated …, the CDC recommends": the modal names who acts
        modal = _modal(sentence)
        if modal is not None and modal.actor is not None:
            found = Prescription(found.at, modal.actor, found.reported_by)
    if found.actor and _NO_ONE.search(sentence, *found.actor):
        return None  # "no one should be dying of it", "Nobody should spend a night …": a norm,
        # with no one to act on it
    if found.reported_by is None:
        found = Prescription(found.at, found.actor, speaker(sentence, found.at))
    return found


def modal(sentence: str) -> bool:
    """The sentence prescribes with a modal ("Councils should review …", "must stop")."""
    low = sentence.lower()
    return any(w in low for w in _MODAL_WORDS) and _modal(sentence) is not None


def advises(heading: str) -> bool:
    """True for a heading that gives advice ("2. Avoid skipping meals"), not a page's own call
    to action ("Stay up to date") or a question."""
    return (
        imperative(heading) is not None
        and not _BOILERPLATE.search(heading)
        and not heading.rstrip().endswith("?")
    )


def imperative(text: str) -> int | None:
    """Index of the base-form verb that opens `text` as advice, after a fronted adverbial."""
    start = 0
    if enumerator := _ENUMERATOR.match(text):
        start = enumerator.end()
    if fronted := _FRONTED.match(text, start):
        start = fronted.end()
    while soft := _SOFTENER.match(text, start):
        start = soft.end()
    if _DONT.match(text, start):
        return start
    word = re.match(r"[A-Za-z]+", text[start:])
    if word is None:
        return None
    verb = word.group().lower()
    if text[start + word.end() : start + word.end() + 1] in ("-", "’", "'"):
        return None  # "Call-when-needed contracts accounted …": a compound, not a verb
    if verb in _STEERING:
        return start if _STEERING[verb].match(text, start + word.end()) else None
    if verb not in _ADVICE_VERBS:
        return None
    if fronted and word.group()[0].isupper():
        return None  # "To that, Lee joked": a name after the fronted words, not a verb
    end = start + word.end()
    if verb in _HOW_TO and not _LOWER_NEXT.match(text, end):
        return None
    if word.group().lower() == "be":
        return start if _BE_ADVICE.match(text, end) else None
    if verb == "ask" and _ASK_ANYONE.match(text, end):
        return None
    if _NOUN_NEXT.match(text, end) or _THEN_WOULD.search(text, end):
        return None
    return start


def subject(sentence: str, end: int, start: int = 0) -> tuple[int, int] | None:
    """Span of the noun phrase right before `end` (a verb), at or after `start`: the last
    clause segment that reads like a subject, without auxiliaries ("has also"), a leading
    conjunction, or the speaker of "X said (that)"; None for an imperative or a clause."""
    marks = [
        m
        for m in _CLAUSE.finditer(sentence, start, end)
        if not (m.group().endswith("(") and _SHORT_FORM_AT.match(sentence, m.end() - 1))
    ]  # (a name's short form in brackets is part of the name: "The Office … (OSR) has urged")
    starts, stops = [start, *(m.end() for m in marks)], [*(m.start() for m in marks), end]
    spans = zip(starts, stops, strict=True)
    for cut, stop in reversed(list(spans)):
        segment = _AUXILIARY.sub("", sentence[cut:stop].rstrip(" ,"))
        for said in _SAID.finditer(segment):
            cut, segment = cut + said.end(), segment[said.end() :]
        if lead := _LEADING_JUNK.match(segment):
            cut, segment = cut + lead.end(), segment[lead.end() :]
        if not segment or _RELATIVE.match(segment):
            continue  # "The agency, which failed, must": the subject is further back
        if _COORDINATED_END.search(segment):
            # "… that he supports restrictions but urged lawmakers": the verb is coordinated
            # with the one before it and shares its subject (a pronoun or a name opening it)
            if lead := _PRONOUN_LEAD.match(segment):
                # "Hale told a panel that he supports … but urged": "he" is the teller
                told = _last_told(sentence, start, cut)
                return (told and subject(sentence, told, start)) or (cut, cut + lead.end())
            words = segment.split()
            verb = next((i for i, w in enumerate(words) if i and _PAST_WORD.fullmatch(w)), 0)
            return (cut, cut + len(" ".join(words[:verb]))) if 0 < verb <= 6 else None
        words = segment.split()
        if len(words) > 8 and (who := _RELATIVE_INSIDE.search(segment)):
            # "Parents who notice any adverse event following immunization (AEFI) should":
            # the subject's head, before its relative clause
            segment, words = segment[: who.start()], segment[: who.start()].split()
        if len(words) > 12 or (len(words) > 8 and not _NAME_LIKE.fullmatch(segment)):
            return None  # a long subject only when it is a name ("the Director of the Office
        if _NOT_SUBJECT.match(segment):  # of Management and Budget")
            return None
        if _NOT_A_SUBJECT_WORD.search(segment):
            return None  # "Increase funding so that officers could": no subject before it
            # (but "Travellers to Kenya", "Visitors to the park": "to" as a preposition)
        return cut, cut + len(segment)
    return None


_RELATIVE_INSIDE = re.compile(r"\s+(?:who|whose|that|which)\s")
_SHORT_FORM_AT = re.compile(r"\(\s*[A-Z][A-Za-z&.\-]{1,11}\s*\)")
_NOT_A_SUBJECT_WORD = re.compile(
    r"\b(?i:so|because|if|when)\b|\b(?i:to)\b(?!\s+(?:[A-Z]|(?i:the|a|an|its|their|his|her)\b))"
)
_AGENT_BY = re.compile(r"\bby\s+(?:the\s+)?[A-Za-z]")
# What people see to for themselves (not "must be supervised", "should not be allowed": others
# do that to them)
_UNDERGONE = re.compile(
    r"\s+(?:also\s+)?be\s+(?:fully\s+)?(?:vaccinated|immuni[sz]ed|tested|screened|registered"
    r"|insured|evacuated|boosted|examined|checked)\b",
    re.IGNORECASE,
)


def _names_people(subject_text: str) -> bool:
    """The subject's head (its last word before a preposition or a relative: "Travellers to
    Kenya", "Older adults") is a noun for people (`people.is_person_noun`)."""
    head = ""
    for word in _WORDS.findall(subject_text):
        if word.lower() in FUNCTION_WORDS:
            break
        head = word
    return bool(head) and is_person_noun(head.lower())


def _after_said(clause: str) -> str:
    """The clause after its last "X said (that)": what was said ("The minister said people
    who need help should …")."""
    said = None
    for said in _SAID.finditer(clause):  # noqa: B007 (the last one)
        pass
    return clause[said.end() :] if said else clause


def _modal(sentence: str) -> Prescription | None:
    for m in _DEONTIC.finditer(sentence):
        at, end = m.start("m"), m.end("m")
        before = sentence[max(0, at - _WINDOW) : at]  # a window: linear however many modals
        clause = _main_clause(before)
        if (
            (_NOT_AFTER.match(sentence, end) and not _agent_acts(sentence, end, clause))
            or _NOT_BEFORE.search(before)
            or (m.group("m")[:4].lower() == "need" and _NEED_NOUN.search(before))
            or (
                m.group("m")[:4].lower() in ("have", "has ")
                and (forced := _FORCED.search(before)) is not None
                and (forced.group("when") or not _QUOTED_DEMAND.search(sentence))
            )
            or not _VERB_NEXT.match(sentence, end)
            or _NOT_VERB.match(sentence, end)
            or not before.strip(" \"“‘'")  # "Should you need help, …": a conditional
            or _CONDITIONAL.search(clause)
            or (_QUESTION_WORD.search(clause) and not _WHO_HEAD.match(_after_said(clause)))
            or _DESCRIBED.search(before)
            or _MODAL_IN_SUBJECT.match(sentence, end)
            or _REQUIRED_BY.search(sentence)
            or _ORDERED.search(clause)
        ):
            continue
        if _OBLIGED.match(sentence, end) or not _PASSIVE_NEXT.match(sentence, end):
            who = subject(sentence, at)
            if who and _EXPLETIVE.fullmatch(sentence, *who):
                who = None  # "there needs to be", "it must be said": no one named
            return Prescription(at, who, None)
        who = subject(sentence, at)
        if (
            who
            and _names_people(sentence[who[0] : who[1]])
            and _UNDERGONE.match(sentence, end)
            and not _AGENT_BY.search(sentence, end, _clause_end(sentence, end))
        ):
            # "Travellers to Kenya should be vaccinated", "Adults over 50 should be screened":
            # people told to see to it for themselves are who is to act (no "by" names another)
            return Prescription(at, who, None)
        agent = _AGENT.search(sentence, end, _clause_end(sentence, end))
        named = (
            agent
            and agent.group("agent").split()[0].rstrip(".") not in _NOT_AGENTS
            and not _TIME_AGENT.search(agent.group("agent"))
        )
        return Prescription(at, agent.span("agent") if named else None, None)
    return None


_TOLD = re.compile(rf"\b{_SPEECH}")


def _last_told(sentence: str, start: int, end: int) -> int | None:
    """Where the last verb of telling before `end` starts, if any."""
    found = None
    for m in _TOLD.finditer(sentence, start, end):
        found = m.start()
    return found


_COORDINATED_END = re.compile(r"\s(?:but|and)$")
_PRONOUN_LEAD = re.compile(r"(?:he|she|they|He|She|They)\b")
_PAST_WORD = re.compile(r"[a-z]{3,}ed")  # the first verb of "The mayor praised the plan and"
# "by March", "by Friday": a deadline, not who acts
_NAME_LIKE = re.compile(r"(?:(?:the|of|and|for|on|in|a|an|to|&|[A-Z][\w.’'-]*)\s+)*[A-Z][\w.’'-]*")
# "by the deadline", "by the summer", "by Christmas", "by Election Day": when, not who
_TIME_AGENT = re.compile(
    r"(?i:\b(?:deadline|end|time|date|day|days|week|weeks|month|months|year|years|summer|spring"
    r"|fall|autumn|winter|christmas|easter|noon|midnight|morning|evening|night|weekend|holidays?"
    r"|season|quarter|term)\b)"
)
_EXPLETIVE = re.compile(r"(?i:there|it|this|that)")
_NOT_AGENTS = frozenset(m.capitalize() for m in MONTH_NUMBERS) | frozenset(WEEKDAYS)


def _clause_end(sentence: str, at: int) -> int:
    m = re.compile(r"[;:]|,\s+(?:and|but|which|while)\b").search(sentence, at)
    return m.start() if m else len(sentence)


# Base verbs a "recommend that X …" clause prescribes with, besides the advice verbs.
_THAT_VERBS = _ADVICE_VERBS | frozenset(
    """
    review publish provide develop adopt require fund create expand strengthen conduct issue
    assess evaluate implement clarify receive undergo submit direct determine revise report
    prioritize prioritise release reconsider restore suspend halt end continue address examine
    investigate retain remain consult share receive allocate act pass scrap withdraw reinstate
    introduce establish ban raise lower cut increase reduce
    """.split()
)
_THAT = re.compile(r"\s+that\s+")
_WORDS = re.compile(r"[\w’'.-]+")


def _that_subject(sentence: str, at: int) -> tuple[int, int] | None:
    """Who "recommend that X do" tells to act: the words after "that" up to the base verb
    ("We recommend that the Secretary of Defense review …", "that adults get …")."""
    m = _THAT.match(sentence, at)
    if m is None:
        return None
    words = list(_WORDS.finditer(sentence, m.end(), min(len(sentence), m.end() + 120)))
    for k, w in enumerate(words[1:9], 1):
        word = w.group().lower()
        if k + 1 < len(words) and words[k + 1].group().lower() == "be":
            return None  # "that the report be published": a passive names no one to act
        if word in ("not", "should", "must"):
            return words[0].start(), words[k - 1].end()  # "that ministers should introduce"
        if word in _FINITE_WORDS or word in IRREGULAR_PAST:
            return None  # "that the laptop can run", "whatever Apple did for": a finite clause
        if word == "be":
            return None  # "that the drug be approved": a passive names no one to act
        if word in _THAT_VERBS or word in ("not", "should", "must"):
            return words[0].start(), words[k - 1].end()
        object_next = (
            k + 1 < len(words)
            and _OBJECT_START.match(words[k + 1].group())
            and words[k + 1].group().lower() != "be"  # "that the report be published"
        )
        if w.group().islower() and _base_form(word) and object_next:
            # "that the Minister for Housing ring-fence €1.5 billion", "that infants sleep on
            # their backs", "that the county close the wing": a lower-case word without -s,
            # -ed or -ing before an object or a particle is the subjunctive's base verb
            return words[0].start(), words[k - 1].end()
    return None


# (not a quotation or a sign: "the suspect yelled: Give me …", "The sign read: Keep out")
# After a plural subject, a verb of advice shows it is advised ("that parents limit screen
# time"), not reported ("that Democrats hold a lead")
_ADVICE_AFTER = re.compile(
    r"\s+(?:limit|avoid|stop|start|keep|get|take|use|check|wear|stay|seek|talk|wash|follow|consider"
    r"|reduce|increase|cut|drink|eat|exercise|sleep|vaccinate|test|report|delay|wait|save|pay"
    r"|spend|invest|book|apply|register|call|contact|prepare|plan|review|replace|install|remove"
    r"|move|leave|return|evacuate|boil|discard|monitor)\b"
)
# A subject whose verb shows the subjunctive: a singular noun or a name ("that Seoul develop",
# "that the insurer cover"), not a plural or a pronoun ("that they need", "that Democrats hold")
_SUBJUNCTIVE_SHOWN = re.compile(
    r"^(?!(?:they|we|you|i|these|those)\s)(?:.*\s)?(?!\w*(?:s|S)\s$)[\w’'.-]+\s$", re.IGNORECASE
)
# An advertiser's call to buy, in the imperative: "use code SAVE20", "20% off", "offer ends
# Sunday", "a free consultation with one of our specialists", "ask your doctor if X is right
# for you", "before acting on any information in this article" (advice in a modal keeps
# them: "Shoppers should buy now", "Congress must protect one of our treasures")
_AD = re.compile(
    r"\b(?:use\s+(?:promo\s+|discount\s+)?code|\d+\s*%\s+off|offer\s+ends|(?:buy|shop|order)\s+now"
    r"|free\s+(?:[a-z]+\s+)?(?:consultation|quote|estimate|trial|inspection|assessment|valuation)|one\s+of\s+our|right\s+for\s+you"
    r"|(?:in|of)\s+this\s+(?:article|post|page))\b",
    re.IGNORECASE,
)
_SALES_VERB = re.compile(
    r"(?i:switch|save|buy|shop|order|get|try|join|grab|claim|book|subscribe|sign|upgrade|download)\b"
)
_LEAD_COLON = re.compile(
    r"(?![^:;.!?]*\b(?:said|says|yelled|shouted|screamed|told|wrote|asked|read|reads|slogan"
    r"|headline|sign|motto|banner|chant|chanted)\b)[^:;.!?]{3,60}:\s+",
    re.IGNORECASE,
)
_FINITE_WORDS = frozenset(
    "can could will would may might must shall should do does did is are was were has have had "
    "am been".split()
)
# What a base verb's object starts with: "ring-fence €1.5 billion", "pass the bill".
_OBJECT_START = re.compile(
    r"(?:(?:the|a|an|its|their|all|more|new|any|no|this|these|those|it|them|future|further"
    r"|every|each|some|his|her|our|your|both"
    r"|on|in|at|out|up|down|off|away|back|into|for|with|from|over)\b|[$€£¥₹]?\d)",
    re.I,
)
_NOT_VERBS = frozenset(
    "of for and or the a an in on at to with from by de del la le von van als who which that "
    "whose over under about above below after before near across through than per via within "
    "without between among into onto upon against during aged".split()
)


def _base_form(word: str) -> bool:
    return (
        len(word) > 2
        and word not in _NOT_VERBS
        and not word.endswith(("s", "ed", "ing", "ly", "’s", "'s"))
    )


def _main_clause(before: str) -> str:
    """The clause the modal belongs to: the last segment of `before`, skipping a parenthetical
    relative clause closed by a comma ("The agency, which failed, must…")."""
    segments = _CLAUSE.split(before)
    if len(segments) > 2 and not segments[-1].strip() and _RELATIVE.match(segments[-2]):
        return segments[-3]
    return segments[-1]


def _reported(sentence: str) -> Prescription | None:
    m = _REPORTED.search(sentence)
    if m is None:
        return None
    clause = _CLAUSE.split(sentence[: m.start()])[-1]
    if _CONDITIONAL.search(clause) or _SUBORDINATE.match(clause) or _RELATIVE_END.search(clause):
        return None  # "if he urged", "When advisers urged…,", "a campaign that urged": background
    verb = next(g for g in _VERBS if m.group(g))
    actor = m.span(_VERBS[verb]) if _VERBS[verb] and m.group(_VERBS[verb]) else None
    if verb == "verb7":  # "Residents were urged to leave": the subject is to act
        who = subject(sentence, m.start(verb))
        if who and (aux := _TRAILING_AUXILIARY.search(sentence, who[0], who[1])):
            who = (who[0], aux.start())  # "Schools are being encouraged": the schools
        return Prescription(m.start(verb), who, None)
    if verb == "verb8" and _EVIDENCE_SUBJECT.search(sentence, max(0, m.start() - 40), m.start()):
        return None  # "Data from the survey suggests having a degree pays off": evidence
    if verb in ("verb9", "verb5") and _PLAN_SUBJECT.search(
        sentence, max(0, m.start() - 40), m.start()
    ):
        return None  # "The plan calls for 20 new schools": what a plan contains
    if verb == "verb3" and actor is None:
        actor = _that_subject(sentence, m.end(verb))
    if verb == "verb10":
        if _EVIDENCE_SUBJECT.search(sentence, max(0, m.start() - 40), m.start()):
            return None  # "Some research suggests that …": evidence
        actor = _that_subject(sentence, m.end(verb))
        asks = m.group(verb).lower().startswith(("ask", "request", "propos"))
        shown = (
            actor is not None
            and (
                asks
                or _SUBJUNCTIVE_SHOWN.search(sentence[actor[0] : actor[1]] + " ")
                or _ADVICE_AFTER.match(sentence, actor[1])
            )
        ) or (asks and _THAT_BE.match(sentence, m.end(verb)) is not None)
        # ("the family asks that memorials be directed to …": a request, no one named to act)
        if not shown:
            # no subjunctive: what someone suggests is so, not what to do; a plural subject's
            # verb looks the same in both ("returns suggest that Democrats hold a lead")
            return None
    who = subject(sentence, m.start(verb))
    if who and (aux := _TRAILING_AUXILIARY.search(sentence, who[0], who[1])):
        who = (who[0], aux.start())  # "Farm groups are pressing": the group, not "are"
    if who and _SELF.fullmatch(sentence[who[0] : who[1]]):
        who = None  # "we urge Congress to", "I recommend that": the author's own
    return Prescription(m.start(verb), actor, who)


_THAT_BE = re.compile(r"\s+that\s+(?:[\w’'-]+\s+){1,5}?be\s+[a-z]+(?:ed|en)\b")
_TRAILING_AUXILIARY = re.compile(
    r"(?:\s+(?:is|are|was|were|has|have|had|been|also|still|now))+$", re.IGNORECASE
)


# "Running through worst cases is essential", "eliminating debt is a no-brainer": a gerund
# with its object, said to be a must.
# Not nouns in -ing ("Funding from the state is essential", "Housing is critical").
_ING_NOUNS = (
    "thing|nothing|something|anything|everything|funding|housing|building|meeting|spending"
    "|training|marketing|morning|evening|clothing|ceiling|feeling|setting|earnings?|savings?"
    "|warning|wedding|ending|beginning|financing|pricing|lending|timing|king|ring|string"
)
_GERUND_MUST = re.compile(
    rf"(?:^|,\s+)(?!(?i:{_ING_NOUNS})\b)[A-Za-z]+ing\s+(?!is\b|are\b)[a-z][^.;:,]{{0,120}}?"
    r"\b(?:is|are)\s+(?:(?:also|absolutely|really|still)\s+)?(?:essential|crucial|critical"
    r"|vital|imperative|a\s+must|a\s+no-brainer)(?=\s*(?:[.,;:!]|$|when|if|for|to|in|because))"
)


def _adjective(sentence: str) -> Prescription | None:
    m = _ADJECTIVE.search(sentence)
    actor = next((m.span(g) for g in ("actor", "actor2") if m and m.group(g)), None)
    m = m or _GERUND_MUST.search(sentence)
    if m is None and (step := _FIRST_STEP.search(sentence)):
        stop = _CLAUSE_END.search(sentence, step.end())  # the reader in this clause, not later
        if _TO_THE_READER.search(sentence, step.start(), stop.start() if stop else len(sentence)):
            m = step
    if m is None or _CONDITIONAL.search(_CLAUSE.split(sentence[: m.start()])[-1]):
        return None
    if actor is None and m.group().lower().rstrip().endswith("that"):
        # "It is essential that the Department publish …", "Our recommendation is that the
        # ministry phase out …": who the subjunctive tells to act
        actor = _that_subject(sentence, m.start() + m.group().lower().rstrip().rfind(" that"))
    return Prescription(m.start(), actor, None)


_STATES_AFTER = re.compile(r"\s+states\b", re.IGNORECASE)
_CONJUNCTIONS = frozenset("so and but or yet then as because while since thus".split())


def speaker(sentence: str, at: int) -> tuple[int, int] | None:
    """Span of whoever the sentence credits with the prescription at `at`, if anyone."""
    lead = _LEADING.match(sentence[:at])
    if lead:
        return _credited(sentence, lead.span("who"))
    if (apposed := _LEADING_APPOSED.match(sentence[:at])) and not _NOT_A_SPEAKER.match(
        apposed.group("who")
    ):
        # "State Sen. Howard Lindqvist, a Democrat whose …, said": the name; "Another analyst,
        # Paul Ostrowski of Fenwick & Co., said": the name in the apposition
        name = "who2" if _COMMON_LEAD.match(apposed.group("who")) else "who"
        return _credited(sentence, apposed.span(name))
    for m in _TRAILING.finditer(sentence, at):
        if (
            m.group("who")
            and m.group("who").split()[0].lower() in _CONJUNCTIONS
            and _STATES_AFTER.match(sentence, m.end("who"))
        ):
            continue  # ", so states can serve", ", as 17 states already do": a noun, "states"
        return _credited(sentence, m.span("who" if m.group("who") else "who2"))
    m = _ACCORDING.search(sentence)
    return _credited(sentence, m.span("who")) if m else None


def _credited(sentence: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """The span trimmed of conjunctions, quotes and auxiliaries; None for "I" or "we"."""
    start, end = span
    if lead := _LEADING_JUNK.match(sentence, start, end):
        start = lead.end()
    text = _AUXILIARY.sub("", sentence[start:end].rstrip(" ,."))
    if not text or _SELF.fullmatch(text) or _AS_WE.fullmatch(text):
        return None  # "we", "As we’ve (said)": the author's own word
    return start, start + len(text)
