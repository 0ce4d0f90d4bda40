"""Split a paragraph into sentences that are exact substrings of it.

Evidence quotes must be verbatim, so sentences are slices of the paragraph, never rebuilt text.
A boundary is terminal punctuation (plus closing quotes/brackets) followed by whitespace and
something that can start a sentence; common abbreviations and initials do not end a sentence.
A "sentence" longer than `limits.MAX_SENTENCE` (a list or table run together) is cut into
pieces at clause breaks, so that every extractor's work per sentence and every quote stay small.
"""

from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass

from brief.clean.blocks import goes_on_lower
from brief.limits import MAX_SENTENCE

# Tokens ending in "." that rarely end a sentence (general English usage, not article facts).
_ABBREVIATIONS = frozenset(
    (
        "mr mrs ms dr prof sr jr st mt ft gen col lt capt sgt maj adm gov sen rep pres rev "
        "hon inc ltd co corp dept univ assn bros vs etc al approx est no nos vol fig figs pp "
        "ed eds jan feb mar apr jun jul aug sep sept oct nov dec e.g i.e cf u.s u.k u.n u.s.a "
        "d.c orig "
    ).split()
)

# Abbreviations written before a name or an example ("Dr. Smith", "vs. Jones", "No. 5", "e.g.
# The Times", "a.k.a. The Rock"): never a sentence's
# end. After any other ("Group F.", "the U.S.", "Apple Inc.", "King Jr."), a word that opens
# sentences but never a name ("The", "He", "But") starts a new sentence.
_BEFORE_NAMES = frozenset(
    "mr mrs ms dr prof st mt ft gen col lt capt sgt maj adm gov sen rep pres rev hon vs no nos "
    "vol fig figs pp e.g i.e a.k.a cf".split()
)
_OPENER = re.compile(
    r"(?:The|A|This|That|These|Those|It|He|She|They|We|I|You|His|Her|Their|Its|Our|But|And|"
    r"Yet|However|In|On|At|After|Before|When|While|If|As|For|With|From|By|Meanwhile|Still|"
    r"Now|Then|There|Here)(?=[\s,])"
)
_BOUNDARY = re.compile(r"""[.!?…]+["'”’»)\]]*(?=\s+["'“‘«(\[]?([\w$€£¥]))""")
# A short quotation that the sentence goes on after, in lower case: "its “Meth. We’re on it.”
# campaign was …" is one sentence, whatever the slogan or title holds. Not a long one: "“He sent
# me on May 2. They caught me …” he said" quotes sentences.
_EMBEDDED_QUOTE = re.compile(r"“[^“”]{1,60}”(?=\s+([^\W\d_]))")
# Where an overlong sentence is cut, best first: after a clause mark, at a space, anywhere.
_CUTS = (re.compile(r"[;:,—–•·|]\s"), re.compile(r"\s"))


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str


def _ends_with_abbreviation(text: str, dot: int) -> bool:
    """True when the '.' at index `dot` closes an abbreviation or an initial that the
    sentence goes on after (see `_OPENER`)."""
    start = dot
    while start > 0 and not text[start - 1].isspace() and text[start - 1] not in "(\"“‘'[":
        start -= 1
    token = text[start:dot].lower().rsplit("-", 1)[-1]
    if not token:
        return False
    # Single-letter initials ("J. Smith") and dotted acronyms ("U.S", "a.m").
    if token not in _ABBREVIATIONS and not re.fullmatch(r"[^\W\d_]|(?:[^\W\d_]\.)+[^\W\d_]", token):
        return False
    if token in _BEFORE_NAMES:
        return True
    after = dot + 1
    while after < len(text) and text[after] in "\"'”’»)] \t\n":
        after += 1
    return not _OPENER.match(text, after)


# Characters of text whose sentences are kept for the next extractor (about 25 bytes of memory
# each): every article of the corpus whole, and the first 2 MB of a longer one.
CACHE_CHARS = 2_000_000
_cache: dict[str, tuple[Sentence, ...]] = {}
_cached_chars = 0


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Return the sentences of `text` as exact, whitespace-trimmed slices. Cases, figures,
    recommendations and the glossary each read every paragraph's sentences, one extractor
    after the other, so an article's are kept until `forget_sentences` (`pipeline.convert`
    calls it after each seed): the first `CACHE_CHARS` characters of it, so that memory stays
    bounded (an LRU cache of a long article would keep none it is asked for again)."""
    global _cached_chars
    found = _cache.get(text)
    if found is None:
        found = _split(text)
        if _cached_chars + len(text) <= CACHE_CHARS:
            _cache[text] = found
            _cached_chars += len(text)
    return found


def forget_sentences() -> None:
    """Empty the cache of `split_sentences`: one article's sentences are no other's."""
    global _cached_chars
    _cache.clear()
    _cached_chars = 0


def _split(text: str) -> tuple[Sentence, ...]:
    sentences: list[Sentence] = []
    start = 0
    embedded = deque(m.span() for m in _EMBEDDED_QUOTE.finditer(text) if m.group(1).islower())
    for match in _BOUNDARY.finditer(text):
        punct_end = match.end()
        first = match.start()
        if match.group(1).islower() and goes_on_lower(text, match.start(1)):
            continue  # a sentence starts with a capital: "… and then. it went on" is one
        while embedded and embedded[0][1] <= first:
            embedded.popleft()  # spans and boundaries both come in order: one pass over each
        if embedded and embedded[0][0] < first:
            continue
        if match.group().rstrip("\"'”’»)]") == "." and _ends_with_abbreviation(text, first):
            # "U.S. Customs" continues; "the U.S. The next" is ambiguous: a capital after an
            # abbreviation is treated as a continuation, which errs on the side of longer quotes.
            continue
        _append(sentences, text, start, punct_end)
        start = punct_end
    _append(sentences, text, start, len(text))
    return tuple(sentences)


def _append(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:
        cut = _cut(text, start, start + MAX_SENTENCE)
        _append(out, text, start, cut)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        out.append(Sentence(start, end, text[start:end]))


def _cut(text: str, start: int, limit: int) -> int:
    """Where to end a piece of an overlong sentence: after the last clause mark (or else space)
    in the second half of text[start:limit], else at `limit`."""
    for pattern in _CUTS:
        last = None
        for last in pattern.finditer(text, (start + limit) // 2, limit):  # noqa: B007
            pass
        if last is not None:
            return last.start() + 1 if pattern is _CUTS[0] else last.start()
    return limit


def sentence_texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]
