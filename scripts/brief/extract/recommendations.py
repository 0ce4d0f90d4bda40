"""Find the article's policy recommendations.

A recommendation is a paragraph that opens with an enumerator ("First,", "2.", "(b)", "•",
"Lastly,", "The second recommendation is") inside a run that starts at the first item. Paragraphs
without an enumerator (the framing of a recommendations section) are skipped, never counted.

Where: sections whose heading names recommendations; only when there is none (or it holds no
run) is the whole article searched, and then a run counts only if it has two or more items that
each prescribe something with a modal verb, so that enumerated argument ("First, the data
show…") is not mistaken for advice. With no list at all, every sentence that prescribes is one
(`prescribe.prescription`: modals, reported advice, imperatives), and so is each heading of a
list of tips ("3. Stay hydrated"). Measured on the annotated pages and the corpus, running that
pass beside a list as well changed nothing there; on the seed it added framing ("One common
refrain is that … should"), so it stays a fallback.

Everything returned is verbatim: `text` is the list item's paragraph (a heading's own text for
a heading; for prescribing sentences, a paragraph of several is shared out between them, each
from its sentence to the next), `headline`, `actor` and `reported_by` are slices of its first
sentence (an item that names no actor takes whom its heading or its lead-in addresses: "For
Congress", "urged the county to:"), the evidence quote is that sentence (for a heading, the
first sentence under it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from brief.clean.recipe import INGREDIENTS, STEPS
from brief.extract.prescribe import (
    advises,
    imperative,
    modal,
    prescription,
    speaker,
    subject,
)
from brief.extract.sentences import split_sentences
from brief.limits import MAX_RECOMMENDATIONS, MAX_SENTENCE
from brief.model import Evidence, Paragraph, Recommendation, Section

# Heading words that announce recommendations, in a few languages.
_HEADING = re.compile(
    r"recommendation|proposal|policy options|prescription|(?:way|path) (?:forward|ahead)"
    r"|what (?:should|must|can|needs to) be done|next steps"
    r"|recommandation|propositions|que faire|recomendaç|recomendaci|propuestas|qué hacer"
    r"|propostas|empfehlung|vorschl[äa]g|raccomandazion|proposte|aanbeveling"
    r"|рекомендаци|предложени",
    re.IGNORECASE,
)

_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
    "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
}  # fmt: skip
_ORDINALS |= {f"{word}ly": n for word, n in _ORDINALS.items()}
_ORDINALS |= {
    "premièrement": 1, "deuxièmement": 2, "troisièmement": 3, "quatrièmement": 4,
    "erstens": 1, "zweitens": 2, "drittens": 3, "viertens": 4,
}  # fmt: skip
_LAST = 1_000  # "Finally"/"Lastly": any position after the previous item; closes the run
_FINAL = ("finally", "lastly", "last", "enfin", "schließlich", "finalmente")
_WEAK = ("next", "in addition", "additionally")  # continue a run only if the item prescribes


def _alternatives(words) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_ROMAN = {r: n for n, r in enumerate("i ii iii iv v vi vii viii ix x".split(), 1)}

_ENUMERATORS: list[tuple[str, re.Pattern[str]]] = [
    (
        "word",  # "First,", "Secondly:", "First and foremost", "Lastly,", "In addition,"
        re.compile(
            rf"(?P<w>{_alternatives([*_ORDINALS, *_FINAL, *_WEAK])})"
            r"(?:\s*[,:]|\s+(?:of all|and foremost),?)\s+",
            re.IGNORECASE,
        ),
    ),
    (
        "word",  # "The first recommendation is that …", "Our final proposal:"
        re.compile(
            rf"(?:the|our|a|my)\s+(?P<w>{_alternatives([*_ORDINALS, 'final', 'last'])})\s+"
            r"(?:recommendation|proposal|step|priority|measure)\s*(?:is(?:\s+that)?|:)?\s+",
            re.IGNORECASE,
        ),
    ),
    (
        "number",  # "1.", "2)", "(3)", "Recommendation 4:"
        re.compile(
            r"(?:(?:recommendation|proposal)\s+)?(?:\((?P<n>\d{1,2})\)|(?P<m>\d{1,2})[.):])\s+",
            re.IGNORECASE,
        ),
    ),
    # "(i)", "ii)": a court's directions, a report's sub-points (before the letters: "(i)" opens
    # a list, it is not the ninth letter)
    (
        "roman",
        re.compile(rf"(?:\((?P<r>{_alternatives(_ROMAN)})\)|(?P<s>{_alternatives(_ROMAN)})\))\s+"),
    ),
    ("letter", re.compile(r"(?:\((?P<a>[a-z])\)|(?P<b>[a-z])\))\s+")),  # "(a)", "b)"
    ("bullet", re.compile(r"[-–•*▪●◦]\s+")),  # not "—", which signs quotes
]

# The sentence before a list that says its items are advice, closed by a colon
_LEAD_IN = re.compile(
    r"\b(?:advis(?:e|es|ed|ing)|recommend(?:s|ed|ing)?|urg(?:e|es|ed|ing)"
    r"|call(?:s|ed|ing)?\s+(?:on|upon)|encourag(?:e|es|ed|ing)|asking\s+(?:[\w’'-]+\s+){1,6}?to"
    r"|should|must|needs?\s+to|ha(?:ve|s)\s+to|advice|tips|guidance|recommendations|demands"
    # a court's or a regulator's: "The Court issued the following directions:"
    r"|directions|directives)\b"
    r"[^.!?]{0,160}:\s*$",
    re.IGNORECASE,
)
_MODAL = re.compile(
    r"\b(?:must|should|shall|ought to|needs? to|will (?:need|have) to|has to|have to|could)\b",
    re.IGNORECASE,
)
_CLAUSE = re.compile(r"[,;:]\s+|\s+[—–]\s+|—|\s+\(")
# A heading that lists conclusions or findings beside the recommendations ("Conclusions and
# recommendations", "Findings and recommendations"): only its items that prescribe are advice
_MIXED_HEADING = re.compile(r"\b(?:conclusions?|findings?|observations?)\b", re.IGNORECASE)


_LETTER_AT = re.compile(r"\s*\(?([a-z])\)")
_WE_EXPECT = re.compile(r"\b[Ww]e\s+(?:expect|ask|invite|want|would\s+like)\b")


def _prescribes(text: str) -> bool:
    """Some sentence of `text` prescribes ("X should …", "We recommend that …", "We expect the
    Government to …")."""
    return bool(_MODAL.search(text) or _WE_EXPECT.search(text)) or any(
        prescription(s.text) is not None for s in split_sentences(text)
    )


_ENUMERATOR_LEAD = re.compile(r"\s*(?:\d{1,2}[.):]|\(\d{1,2}\)|[-–•*▪●◦])\s+")
_HEADLINE_MAX = 160  # longer first sentences are cut at a clause boundary…
_HEADLINE_CAP = 240  # …unless the boundary is further than this: then at a word boundary
_DANGLING = re.compile(r"(?:\s+(?:the|a|an|of|to|and|or|in|on|for|with|by|that|which|its))+$")


@dataclass(frozen=True, slots=True)
class _Item:
    kind: str  # word, number, letter or bullet: a list continues only with its own kind
    value: int  # position announced by the enumerator; _LAST for "Finally"
    weak: bool  # "Next,", "In addition,": no position of its own
    body: int  # where the item's own words start in `sentence`
    paragraph: Paragraph
    sentence: str  # the first sentence, enumerator included; or the heading
    actor: tuple[int, int] | None = None  # found by `prescription`, for sentences and headings
    reported_by: tuple[int, int] | None = None
    text: str | None = None  # a sentence's share of its paragraph (see `_prescriptive`)
    start: int = 0  # where `sentence` starts in the paragraph


def extract_recommendations(sections: list[Section]) -> list[Recommendation]:
    """Return the recommendations, numbered 1..n in reading order."""
    headed = _headed(sections)
    addressees = {
        id(p): m.group(1)
        for s in headed
        if s.heading and (m := _ADDRESSEE.fullmatch(s.heading.strip()))
        for p in s.paragraphs
    }
    # (one list across a heading's subsections: "For Congress" 1-3, "For States" 4-6)
    mixed = {id(p) for s in headed if _MIXED_HEADING.search(s.heading or "") for p in s.paragraphs}
    items = [
        item
        for run in _runs([p for s in headed for p in s.paragraphs])
        for item in run
        if id(item.paragraph) not in mixed or _prescribes(item.paragraph.text)
    ]
    leads: set[int] = set()
    if not items:
        # a list its lead-in says is advice: "IHO advises Member States to take the following
        # measures:", "We recommend that the agency:" (each item then prescribes, whatever
        # its verb: "Offer vaccination to …", "Integrate care with …")
        for s in sections:
            for run in _runs(s.paragraphs):
                at = next(i for i, p in enumerate(s.paragraphs) if p is run[0].paragraph)
                lead = s.paragraphs[at - 1] if at else None
                if (
                    len(run) > 1
                    and lead is not None
                    and _LEAD_IN.search(lead.text)
                    and not _UNDER_TERMS.match(lead.text)  # ("Under the settlement, X must:")
                ):
                    items += run
                    leads.add(id(lead))
                    if whom := _LEAD_ADDRESSEE.search(lead.text):
                        addressees.update({id(i.paragraph): whom.group(1) for i in run})
    if not items:
        items = [
            item
            for s in sections
            for run in _runs(s.paragraphs)
            if len(run) > 1 and all(_MODAL.search(i.sentence, i.body) for i in run)
            for item in run
        ]
    steps = _steps(sections)
    if not items:
        # no list of the author's: every sentence that prescribes, beside a how-to's steps
        items = steps + _prescriptive(sections, {id(i.paragraph) for i in steps})
    elif len(items) < MAX_RECOMMENDATIONS:  # (a full list has no room for more)
        # beside the author's list, advice is what someone named urges ("X called on donors
        # to …"), what the text urges in so many words ("We urge the Chancellor to …",
        # "Parents are urged to …") or asks of someone the list does not address ("Heads of
        # schools should …"); not the list's own points told again in the conclusion, a
        # reported view ("One common refrain is that …") or the sentence leading into the list
        listed = {id(item.paragraph) for item in items + steps} | leads | _lead_ins(sections, items)
        actors = {_norm_actor(a) for item in items if (a := _listed_actor(item))}
        headed_list = bool(headed)
        points = [_stems(item.sentence[item.body :]) for item in items]
        beside = [
            i
            for i in _prescriptive(sections, listed)
            if _advice_beside(i, actors, headed_list) and not _tells_again(i, points)
        ]
        items = items + steps + beside
    order = {id(p): i for i, p in enumerate(p for s in sections for p in s.paragraphs)}
    items = sorted(items, key=lambda i: (order.get(id(i.paragraph), -1), i.start))
    return [
        _recommendation(n, item, addressees.get(id(item.paragraph)))
        for n, item in enumerate(items[:MAX_RECOMMENDATIONS], 1)
    ]


# A subheading that names whom the items under it are for: "For Congress", "To the Government"
_ADDRESSEE = re.compile(
    # (not "For More Information", "For the Longer Term", "To Conclude": no one addressed)
    r"(?:For|To)\s+(?:the\s+)?(?!(?i:More|Further|Information|Details|Example|Instance|Now|Longer"
    r"|Short|Medium|Long|Future|Record|Reference|Comment|Conclude|Summari[sz]e|Sum|Date|Years"
    r"|Decades|Months|Weeks|Days|Hours|Reasons|Starters|Sales|Adults|Kids)\b)"
    r"((?:[A-Z][\w’'.-]*|and|of|local|national)(?:\s+"
    r"(?:[A-Z][\w’'.-]*|and|of|local|national|state|federal)){0,4}"
    # in a sentence-case heading, a plural noun: "For states", "For local governments"
    r"|(?:(?:local|state|federal|national)\s+)?[a-z]+s)"
)


# Whom a lead-in's appeal addresses, said right before its colon: "… welcomed the ruling and
# urged the county to:", "called on ministers to:" (each item's actor when it names none)
_LEAD_ADDRESSEE = re.compile(
    r"\b(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+(?:on|upon)|ask(?:s|ed|ing)?"
    r"|advis(?:e|es|ed|ing)|encourag(?:e|es|ed|ing))\s+"
    r"((?:the\s+)?(?:[\w’'.-]+\s+){0,5}?[\w’'.-]+)\s+to\s*:\s*$",
    re.IGNORECASE,
)


# The last words of a recommendations section's lead-in to the lists under it
_LISTS_FOLLOW = re.compile(r"\brecommend|\bfollowing\W*$|:\s*$", re.IGNORECASE)


def _headed(sections: list[Section]) -> list[Section]:
    """The sections a recommendations heading covers: its own, and, when it has no text of its
    own or only a lead-in to them ("We recommend the following.", "… are as follows:"), the
    sections right after it that name whom their items are for ("Recommendations" / "For
    Congress" / … / "For States"; not "Next steps" / "For students" over what will happen)."""
    out: list[Section] = []
    covering = False
    for s in sections:
        heading = (s.heading or "").strip()
        if heading and _HEADING.search(heading):
            out.append(s)
            texts = [p.text.strip() for p in s.paragraphs if p.text.strip()]
            covering = not texts or bool(_LISTS_FOLLOW.search(texts[-1]))
        elif covering and _ADDRESSEE.fullmatch(heading):
            out.append(s)
        else:
            covering = False
    return out


def _lead_ins(sections: list[Section], items: list[_Item]) -> set[int]:
    """id() of each paragraph that ends with a colon right before a list item's paragraph."""
    firsts = {id(item.paragraph) for item in items}
    return {
        id(before)
        for s in sections
        for before, p in zip(s.paragraphs, s.paragraphs[1:], strict=False)
        if id(p) in firsts and before.text.rstrip().endswith(":")
    }


def _steps(sections: list[Section]) -> list[_Item]:
    """A how-to's steps: each paragraph under an "Instructions" or "Directions" heading as one
    item whatever its verb ("Core, peel, and cube the pears"; its first sentence the evidence),
    where an "Ingredients" heading comes too: a recipe's card, not a study's "Method"."""
    headings = [s.heading.strip() for s in sections if s.heading]
    if not any(INGREDIENTS.fullmatch(h) for h in headings):
        return []
    return [
        _Item("step", 0, False, 0, p, split_sentences(p.text)[0].text)
        for s in sections
        if s.heading and STEPS.fullmatch(s.heading.strip())
        for p in s.paragraphs
        if p.text.strip()
    ]


_NOT_A_NAME = frozenset("The This That These Those It They He She We Our A An".split())
# "We urge …", "I call upon …", "Parents and guardians are urged to …": advice said as such
_URGED = re.compile(
    r"\b(?:(?:we|i)\s+(?:also\s+|therefore\s+|strongly\s+|again\s+)?(?:recommend|encourage)"
    r"|(?:urges?|urged|urging|implored?|appeal(?:s|ed)?\s+to|call(?:s|ed)?\s+(?:on|upon))"
    # a request of a body, named: "The groups also asked the Ethics and Anti-Corruption
    # Commission (EACC) to audit …" (not "asked whether", "was asked to")
    r"|(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?:asks?|asked)\s+(?:the|all|(?-i:[A-Z]))"
    r"|(?:is|are)\s+(?:\w+\s+)?(?:urged|encouraged|advised|requested)\s+to)\b",
    re.IGNORECASE,
)
_SPEAKER_PRONOUNS = frozenset("he she they we i".split())  # "He urged the government to …"
_ABSTRACT_ACTOR = re.compile(
    r"(?i)\b(?:goal|aim|priority|objective|focus|answer|solution|approach|task|challenge|key"
    r"|response|strategy|effort|idea|point|lesson|question)s?$"
)
# "One common refrain is that donors should give more": a view the text reports, not advice
_VIEW = re.compile(
    r"\b(?:refrain|argument|view|claim|notion|belief|assumption|consensus|thinking|line)\s+"
    r"(?:is|was|has\s+been)\s+that\b",
    re.IGNORECASE,
)
_GERUND_SUBJECT = re.compile(r"^\W*[A-Z][a-z]+ing\b(?!\s+(?:to|and|or)\b)")


def _names_someone(item: _Item) -> bool:
    """The advice is reported from a speaker the sentence names ("The Ministry of Health",
    "Nduwimana"), not from a pronoun or a phrase ("suggests that much more must be done")."""
    if item.reported_by is None:
        return False
    words = item.sentence[item.reported_by[0] : item.reported_by[1]].split()
    return any(w[:1].isupper() and (i or w not in _NOT_A_NAME) for i, w in enumerate(words))


def _enumerated_sentence(sentence: str) -> bool:
    word = re.match(r"\W*([A-Za-z]+)", sentence)
    return bool(word and word.group(1).lower() in _ORDINALS)


RESTATED = 0.8  # share of a listed point's words a sentence that tells it again holds
_STEM_WORD = re.compile(r"[a-z]{4,}")
_COMMON = frozenset("should would could must that this these their there with from every".split())


def _stems(text: str) -> set[str]:
    """Five-letter stems of a text's words of four letters or more."""
    return {w[:5] for w in _STEM_WORD.findall(text.lower()) if w not in _COMMON}


def _tells_again(item: _Item, points: list[set[str]]) -> bool:
    """The sentence tells a listed point again ("The report says the Government should create
    a national register of agency care workers" beside "1. Create a national register of
    agency care workers."): it holds nearly all of the point's words."""
    own = _stems(item.sentence)
    return any(len(p) >= 3 and len(own & p) >= RESTATED * len(p) for p in points)


def _quoted(item: _Item) -> bool:
    """The sentence stands inside a quotation (its paragraph opens one before it)."""
    before = item.paragraph.text[: item.start + len(item.sentence) - len(item.sentence.lstrip())]
    return (
        before.count("“") > before.count("”")
        or before.count('"') % 2 == 1
        or (item.sentence.lstrip()[:1] in '“"')
    )


def _norm_actor(actor: str) -> str:
    return re.sub(r"^(?:the|all|every)\s+", "", actor.lower().strip(" .,;:"))


def _listed_actor(item: _Item) -> str | None:
    span = _actor(item.sentence, item.body)
    return item.sentence[span[0] : span[1]] if span else None


# Beside a list, what is not advice though it prescribes: a conditional, a call to get in
# touch ("Anyone with information is urged to contact police", "Readers are encouraged to
# submit questions"), the list itself named ("should implement these recommendations"), a
# forecast or a disclaimer with "should" ("should come into force", "should note that"),
# rhetoric ("No one should have to …")
_NOT_BESIDE = re.compile(
    r"\bto\s+(?:contact|call|ring|phone|email|e-mail|submit|send|get\s+in\s+touch"
    r"|take\s+part|fill\s+in|complete\s+(?:the|a|our)\s+survey)(?![\w-])"
    r"|\b(?:implement|adopt|accept|follow|enact|act\s+on|carry\s+out|take)\s+(?:all\s+)?"
    r"(?:these|those|the|its|their|our|his|her|[a-z]+['’]s|\w+)\s+(?:\w+\s+)?(?:recommendations"
    r"|steps|measures|proposals)\b"
    r"|\bshould\s+(?:now\s+)?(?:come\s+into|receive|arrive|reach|get|see|note|have\s+(?:to|been)"
    r"|take\s+effect|be\s+(?:completed|ready|finished|available|open|done|delivered))\b"
    r"|^\W*(?:no\s+one|nobody|no-one)\b",
    re.IGNORECASE,
)
_CONDITION = re.compile(r"^\W*(?:if|unless|when|once)\b", re.IGNORECASE)
_SHOULD = re.compile(r"\b(?:should|ought\s+to|needs?\s+to)\b", re.IGNORECASE)


def _advice_beside(item: _Item, listed_actors: set[str], headed_list: bool) -> bool:
    """A prescription beside the author's list that is advice of its own (see the caller).
    Under a "Recommendations" heading the article has said which points are its own: an
    enumerated run elsewhere ("First, …", "Second, …") is its analysis, not advice."""
    if item.kind != "sentence" or _NOT_BESIDE.search(item.sentence):
        return False
    said_by = item.sentence[item.reported_by[0] : item.reported_by[1]] if item.reported_by else ""
    if _names_someone(item) or said_by.lower() in _SPEAKER_PRONOUNS or _URGED.search(item.sentence):
        return True
    if headed_list and _enumerated_sentence(item.sentence):
        return False  # "First, officials should note X" in the analysis: its own points
    if imperative(item.sentence) is not None:
        return True  # "If you agree, call your state senator before Feb. 4."
    if (
        item.actor is None
        or _CONDITION.match(item.sentence)
        or _GERUND_SUBJECT.match(item.sentence)
        or _VIEW.search(item.sentence)
        or not modal(item.sentence)
        # advice says "should" ("Heads of schools should allow …"); beside a list, "must"
        # mostly states a rule ("Applicants must be 18 or over", "Voters must decide by …"),
        # unless someone says it ("“Public bodies must treat every complaint as …”")
        or not (_SHOULD.search(item.sentence) or _quoted(item))
    ):
        return False  # ("Pressuring the cartels … should be a primary focus": an action as
        # the subject names no one to act; beside a list, it tells one of its points again)
    actor = item.sentence[item.actor[0] : item.actor[1]]
    return _norm_actor(actor) not in listed_actors and not _ABSTRACT_ACTOR.search(actor)


def _prescriptive(
    sections: list[Section], skip: frozenset[int] | set[int] = frozenset()
) -> list[_Item]:
    """Every sentence that prescribes (`prescribe.prescription`), and the headings that read
    as advice ("3. Stay hydrated") when the article has two or more of them: a list of tips;
    paragraphs whose id() is in `skip` (a list's items, already read) are not read again."""
    advice = {s.id for s in sections if s.heading and s.paragraphs and advises(s.heading)}
    skip = set(skip) | _terms(sections)
    items: list[_Item] = []
    for section in sections:
        if len(advice) > 1 and section.id in advice and section.heading:
            enumerator = _ENUMERATOR_LEAD.match(section.heading)
            body = enumerator.end() if enumerator else 0
            items.append(_Item("heading", 0, False, body, section.paragraphs[0], section.heading))
        for paragraph in section.paragraphs:
            if id(paragraph) in skip:
                continue
            found = [
                (sentence, p)
                for sentence in split_sentences(paragraph.text)
                if (p := prescription(sentence.text)) is not None
            ]
            # A paragraph of several prescriptions is shared out: each has the text from its
            # sentence to the next one's (the first from the paragraph's start), so every card
            # keeps the context that follows it and no two repeat one another.
            if not found:
                continue
            starts = [0, *(sentence.start for sentence, _ in found[1:])]
            ends = [*(sentence.start for sentence, _ in found[1:]), len(paragraph.text)]
            for (sentence, p), start, end in zip(found, starts, ends, strict=True):
                share = paragraph.text[start:end].strip()
                items.append(
                    _Item(
                        "sentence",
                        0,
                        False,
                        0,
                        paragraph,
                        sentence.text,
                        actor=p.actor,
                        reported_by=p.reported_by,
                        text=share,
                        start=sentence.start,
                    )
                )
    return items


# The sentence before a list that says its items are terms someone is bound to, or plans: "The
# settlement requires Carrow to:", "Under the deal, the company will:" (not advice: `_LEAD_IN`)
_TERMS_LEAD_IN = re.compile(
    r"\b(?:requires?|required|orders?|ordered|obliges?|obliged|compels?|directs?|directed"
    r"|(?:agreed|agrees|commits?|committed)\s+to)\b[^.!?]{0,160}:\s*$",
    re.IGNORECASE,
)
# "Under the consent judgment, SunCrest and Brightline must:": what a ruling or a deal binds
# its parties to, whatever its modal (a regulator's "the trust must:" stays advice)
_UNDER_TERMS = re.compile(
    r"\W*under\s+(?:the|a|an|its|their|this)\s+(?:[\w’'-]+\s+){0,3}?(?:settlement|judgment"
    r"|judgement|agreement|deal|order|decree|accord|contract|terms)\b[^.!?:]{0,160}:\s*$",
    re.IGNORECASE,
)


def _terms(sections: list[Section]) -> set[int]:
    """The ids of the paragraphs in the imperative that follow a lead-in of terms or plans: a
    settlement's "Install a monitoring system by June 30" binds, it advises no one."""
    found: set[int] = set()
    for section in sections:
        lead = False
        for paragraph in section.paragraphs:
            if lead and imperative(paragraph.text) is not None:
                found.add(id(paragraph))
                continue
            lead = paragraph.text.rstrip().endswith(":") and (  # (a cheap test first)
                _UNDER_TERMS.match(paragraph.text) is not None
                or (
                    _TERMS_LEAD_IN.search(paragraph.text) is not None
                    and _LEAD_IN.search(paragraph.text) is None
                )
            )
    return found


def _runs(paragraphs: list[Paragraph]) -> list[list[_Item]]:
    """Group enumerated paragraphs into lists that start at their first item and count up."""
    runs: list[list[_Item]] = []
    current: list[_Item] = []
    for paragraph in paragraphs:
        item = _enumerated(paragraph)
        if item is None:
            continue  # framing or elaboration: not an item, and it does not break the list
        last = current[-1] if current else None
        if item.kind == "roman" and last is not None and last.kind == "letter":
            # "(h) …", "(i) …": the ninth letter of a lettered list, not a roman one
            letter = _LETTER_AT.match(paragraph.text)
            if letter and ord(letter.group(1)) - ord("a") + 1 == last.value + 1:
                item = replace(item, kind="letter", value=last.value + 1)
        same = last is not None and last.kind == item.kind
        if same and (item.weak or item.kind == "bullet"):
            if item.kind == "bullet" or _MODAL.search(item.sentence, item.body):
                current.append(replace(item, value=last.value + 1))
        elif item.value == 1:
            current = [item]
            runs.append(current)
        elif same and last.value < item.value:
            current.append(item)
        if current and current[-1].value == _LAST:
            current = []
    return runs


def _enumerated(paragraph: Paragraph) -> _Item | None:
    text = paragraph.text
    found = next(((kind, m) for kind, pattern in _ENUMERATORS if (m := pattern.match(text))), None)
    if found is None:
        return None
    kind, match = found
    # Split after the enumerator: "1. Fund it." would otherwise end a sentence at "1.".
    rest = split_sentences(text[match.end() :])
    if not rest or not any(c.isalnum() for c in rest[0].text):
        return None
    word = (match.groupdict().get("w") or "").lower()
    if kind == "word":
        value = _LAST if word in _FINAL else _ORDINALS.get(word, 0)
    elif kind == "number":
        value = int(match["n"] or match["m"])
    elif kind == "roman":
        value = _ROMAN[match["r"] or match["s"]]
    elif kind == "letter":
        value = ord(match["a"] or match["b"]) - ord("a") + 1
    else:
        value = 1
    sentence = text[: match.end() + rest[0].end]
    return _Item(kind, value, word in _WEAK, match.end(), paragraph, sentence)


def _recommendation(number: int, item: _Item, addressee: str | None = None) -> Recommendation:
    """The item as a recommendation; `addressee`, a subheading's "For Congress", is its actor
    when the item names none."""
    found = item.kind in ("sentence", "heading")
    actor = item.actor if found else _actor(item.sentence, item.body)
    reported_by = item.reported_by if found else speaker(item.sentence, item.body)
    # The headline opens at the actor only when the actor is the subject of a modal.
    subject_first = actor is not None and _MODAL.match(item.sentence, actor[1] + 1) is not None
    evidence, text = item.sentence, item.paragraph.text
    if item.kind == "sentence" and item.text:
        text = item.text
    elif item.kind == "heading":  # a heading has no paragraph: the first sentence under it
        evidence, text = split_sentences(item.paragraph.text)[0].text, item.sentence
    return Recommendation(
        number=number,
        headline=_headline(item.sentence, item.body, actor if subject_first else None),
        text=text,
        actor=item.sentence[actor[0] : actor[1]] if actor else addressee,
        reported_by=_named(item, item.sentence[reported_by[0] : reported_by[1]])
        if reported_by
        else None,
        evidence=Evidence(paragraph=item.paragraph.id, quote=evidence),
    )


# A person's name: two or three capitalised words (an initial allowed), not an institution's
# or a place's ("the American Farm Bureau", "New York City").
_PERSON = re.compile(
    r"(?<![\w’'.-])(?!(?:The|A|An|In|On|At|For|By|But|And|As|If|When|After|Before|Mr|Ms|Mrs|Dr)"
    r"\b)[A-Z][a-z’'-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z’'-]+){1,2}(?![\w’'-])"
)
_INSTITUTION = re.compile(
    r"\b(?:Bureau|Department|Office|University|College|Company|Corp|Inc|Association|Committee"
    r"|Council|Party|Street|Avenue|County|City|State|States|Republic|Kingdom|Union|Agency|Bank"
    r"|Fund|Institute|Foundation|Court|House|Senate|Ministry|Group|Times|News|Post|Journal)\b"
)
_HE_SHE = frozenset({"he", "she"})


def _named(item: _Item, said_by: str) -> str:
    """ "He urged Mr. Trump to …": a pronoun credits the person the sentence before it names
    first ("In a letter in May, Zippy Duvall, the president of the Farm Bureau, said …"), in
    the same paragraph; else the pronoun as written."""
    if said_by.lower() not in _HE_SHE:
        return said_by
    text, at = item.paragraph.text, item.start
    if at <= 0:
        return said_by
    # the sentence before, within a window (a sentence is read in pieces of at most
    # MAX_SENTENCE characters): the work per recommendation stays bounded however long the
    # paragraph
    earlier = [s.text for s in split_sentences(text[max(0, at - MAX_SENTENCE) : at])]
    if not earlier:
        return said_by
    for m in _PERSON.finditer(earlier[-1]):
        if not _INSTITUTION.search(m.group()):
            return m.group()
    return said_by


def _actor(sentence: str, body: int) -> tuple[int, int] | None:
    """Span of the noun phrase right before the first modal verb: who is to act.
    Passives ("must be done") name no actor."""
    modal = _MODAL.search(sentence, body)
    if not modal or re.match(r"\s+(?:not\s+)?be\b", sentence[modal.end() :]):
        return None
    return subject(sentence, modal.start(), body)


def _headline(sentence: str, body: int, actor: tuple[int, int] | None) -> str:
    """One verbatim line: the first sentence without its enumerator and final stop.

    A clause fronted before the actor is dropped; a sentence still over _HEADLINE_MAX is cut at
    the first clause boundary after the modal verb, else at a word boundary. The cut is not
    marked, so the headline stays an exact substring of the text; a renderer may add an ellipsis
    when the headline is not the whole first sentence.
    """
    text = sentence[actor[0] if actor else body :].rstrip(" .!?;:")
    if len(text) <= _HEADLINE_MAX:
        return text
    modal = _MODAL.search(text)
    clause = _CLAUSE.search(text, max(modal.end() if modal else 0, 30))
    if clause and clause.start() <= _HEADLINE_CAP:
        return text[: clause.start()]
    cut = text.rfind(" ", 0, _HEADLINE_MAX)
    return _DANGLING.sub("", text[:cut].rstrip(" ,;:")) if cut > 0 else text
