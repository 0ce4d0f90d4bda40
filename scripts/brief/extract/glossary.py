"""Find the abbreviations an article defines, with the Schwartz–Hearst algorithm.

Schwartz & Hearst (2003), "A simple algorithm for identifying abbreviation definitions in
biomedical text": for "long form (SF)" the long form is the shortest run of words just before the
parenthesis whose characters contain the short form's letters in order, the first one starting a
word. It needs no dictionary, so it works for any language written with spaces
("Organisation mondiale de la santé (OMS)"). The reversed order "SF (long form)" is also read.

Expansions are verbatim slices of the sentence, which is quoted as evidence; the first definition
of an abbreviation wins.
"""

from __future__ import annotations

import re

from brief.extract.sentences import split_sentences
from brief.limits import MAX_GLOSSARY
from brief.model import Evidence, GlossaryEntry, Paragraph

_PAREN = re.compile(r"\(([^()]+)\)")
_WORD = re.compile(r"\S+")
_ACRONYM = re.compile(r"[^\W_][\w&./'-]*")
WINDOW = 400  # characters before a parenthesis read for its long form (15 words fit easily)


def extract_glossary(paragraphs: list[Paragraph]) -> list[GlossaryEntry]:
    """Return one entry per defined abbreviation, in order of first definition."""
    entries: dict[str, GlossaryEntry] = {}
    for paragraph in paragraphs:
        if "(" not in paragraph.text:
            continue
        for sentence in split_sentences(paragraph.text):
            for abbr, expansion in _definitions(sentence.text):
                if abbr not in entries and len(entries) < MAX_GLOSSARY:
                    evidence = Evidence(paragraph=paragraph.id, quote=sentence.text)
                    entries[abbr] = GlossaryEntry(abbr=abbr, expansion=expansion, evidence=evidence)
    return list(entries.values())


def _definitions(sentence: str):
    """Yield (abbreviation, expansion) for each parenthesis of the sentence that defines one."""
    for paren in _PAREN.finditer(sentence):
        inner = re.split(r"[;,]", paren[1])[0].strip()  # "(WHO; see below)" → "WHO"
        before = sentence[max(0, paren.start() - WINDOW) : paren.start()]
        if _is_short_form(inner):
            # Forward: "long form (SF)". A plural "(NGOs)" is also tried without its "s".
            for short in (inner, inner[:-1]) if inner.endswith("s") else (inner,):
                long = _long_form(short, _window(before, short))
                if long:
                    yield short, long
                    break
        elif len(inner.split()) > 1:
            # Reversed: "SF (long form)", where the long form spans the parenthesis.
            words = before.split()
            if words and _is_acronym(words[-1]):
                long = _long_form(words[-1], inner)
                lead = inner[: inner.rfind(long)].strip() if long else ""
                if long and (not lead or re.fullmatch(r"[^\W\d_]{1,3}", lead)):  # "the", "la"
                    yield words[-1], long


def _is_short_form(text: str) -> bool:
    """S–H's short-form test (≤ 2 words, 2–10 characters, starts alphanumeric), plus mostly
    capitals, so that "(sic)", "(e.g.)", "(2019)" or "(The Press)" are not abbreviations."""
    return len(text.split()) <= 2 and text[:1].isalnum() and _capitals(text)


def _is_acronym(token: str) -> bool:
    """A bare token before a parenthesis that can only be an abbreviation."""
    return _capitals(token) and bool(_ACRONYM.fullmatch(token))


def _capitals(text: str) -> bool:
    upper = sum(c.isupper() for c in text)
    return 2 <= len(text) <= 10 and upper >= 2 and upper > sum(c.islower() for c in text)


def _window(text: str, short: str) -> str:
    """The candidate long form: at most min(|SF| + 5, 2·|SF|) words before the parenthesis
    (`text` is the sentence's last `WINDOW` characters before it)."""
    words = list(_WORD.finditer(text))
    n = min(len(short) + 5, 2 * len(short))
    return text[words[-n].start() :].rstrip() if len(words) >= n else text.strip()


def _long_form(short: str, candidate: str) -> str | None:
    """S–H's best long form: match the short form's characters right to left in the candidate,
    the first character at a word start; the match's first word starts the long form."""
    s, i = len(short) - 1, len(candidate) - 1
    while s >= 0:
        c = short[s].lower()
        if not c.isalnum():
            s -= 1
            continue
        while i >= 0 and (
            candidate[i].lower() != c or (s == 0 and i > 0 and candidate[i - 1].isalnum())
        ):
            i -= 1
        if i < 0:
            return None
        i -= 1
        s -= 1
    start = i + 1  # extend over hyphenated parts ("non-governmental"), not elisions ("l'")
    while start > 0 and (candidate[start - 1].isalnum() or candidate[start - 1] == "-"):
        start -= 1
    long = candidate[start:].strip().rstrip(",;:").strip("\"'“”‘’")
    # One word is a name that merely contains the letters ("Acme’s (ACM)"), not an expansion.
    if len(long.split()) < 2 or short in long.split():
        return None
    return long
