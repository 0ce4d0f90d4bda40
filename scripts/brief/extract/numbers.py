"""Read numbers the way articles write them: digits ("12,345", "2.5"), number words ("seventeen",
"twenty-five", "a dozen") and scales ("2.5 million", "three million", "$4 billion").

Kept apart from the figure extractor so that other stages (case counts, say) parse numbers the
same way. The regular-expression fragments are exported for the same reason.
"""

from __future__ import annotations

import re

from brief.limits import MAX_DIGITS
from brief.trie import alternation

UNITS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen".split()
    )
}
TENS = {
    w: 10 * i
    for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)
}
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
# Abbreviated scales are only trusted after a currency sign ("$13bn"); "5m" may be metres.
SCALE_ABBREVIATIONS = {"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "tn": 1e12}
CURRENCIES = {"US$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}

#: Every word that can be part of a spelled-out number.
NUMBER_WORDS = frozenset([*UNITS, *TENS, "hundred", "dozen", *SCALES])


_WORD = alternation(NUMBER_WORDS) + r"\b"
_MULTIPLIER = r"(?:hundred|dozen|thousand|million|billion|trillion)\b"

#: Digits with optional thousands separators and decimals: "12,345", "2.5", "42".
DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"


def word_number(max_words: int | None = None) -> str:
    """A run of number words, of at most `max_words` words after the first when given: a
    bounded run keeps a scan that restarts inside a long run of number words linear."""
    repeat = "*" if max_words is None else f"{{0,{max_words}}}"
    return (
        rf"(?:\b(?:an?)\s+(?={_MULTIPLIER}))?\b{_WORD}"
        rf"(?:(?:-|\s+(?:and\s+)?)(?={_WORD}){_WORD}){repeat}"
    )


#: A run of number words: "seventeen", "twenty-five", "two million", "a dozen", "one hundred and
#: five". Compile with re.IGNORECASE; parse_number() rejects runs that are not one number.
WORD_NUMBER = word_number()
#: Digits with an optional scale word, or a run of number words.
NUMBER = rf"(?:{DIGITS}(?:\s?(?:thousand|million|billion|trillion)\b)?|{WORD_NUMBER})"

_DIGIT_FORM = re.compile(rf"({DIGITS})\s*([a-z]+)?")
_CURRENCY_PREFIX = re.compile(r"^(?:us\$|\$|€|£|¥)\s*")
_PERCENT_SUFFIX = re.compile(r"\s*(?:%|per\s?cent|percentage\s+points?)$")


def digits_value(text: str) -> float | None:
    """The value of digits as written ("12,345.6"), or None for more than `MAX_DIGITS` digits
    before the decimal point: no quantity needs them, and a double cannot hold them."""
    whole = text.split(".", 1)[0].replace(",", "")
    if len(whole.lstrip("0")) > MAX_DIGITS:
        return None
    return float(text.replace(",", ""))


def parse_number(text: str) -> float | None:
    """The value of a number as written, or None when `text` is not exactly one number.

    Accepts digits ("1,234", "3.5"), words ("twenty-five", "a dozen", "one hundred and five"),
    scales ("2.5 million", "two billion", "$4bn") and ignores a leading currency sign or a
    trailing percent sign/word, so display strings can be parsed back.
    """
    t = _PERCENT_SUFFIX.sub("", _CURRENCY_PREFIX.sub("", text.strip().lower()))
    if not t:
        return None
    m = _DIGIT_FORM.fullmatch(t)
    if m:
        value = digits_value(m.group(1))
        scale = m.group(2)
        if value is None:
            return None
        if scale is None:
            return value
        factor = SCALES.get(scale) or SCALE_ABBREVIATIONS.get(scale)
        return value * factor if factor else None
    return _parse_words(re.split(r"[\s-]+", t))


def _parse_words(tokens: list[str]) -> float | None:
    """Left-to-right reading of a number-word run; None for runs like "four five" that are two
    numbers (or none) rather than one."""
    total = 0.0
    current = 0.0
    prev = ""
    for i, tok in enumerate(tokens):
        if tok in ("a", "an"):
            if i or len(tokens) == 1:
                return None
            current, prev = 1.0, "a"
        elif tok == "and":
            if prev not in ("hundred", "scale"):
                return None
            prev = "and"
        elif tok in UNITS:
            value = UNITS[tok]
            if prev in ("unit", "a", "dozen") or (prev == "tens" and value >= 10):
                return None
            current += value
            prev = "unit"
        elif tok in TENS:
            if prev in ("unit", "tens", "a", "dozen"):
                return None
            current += TENS[tok]
            prev = "tens"
        elif tok == "hundred":
            if prev in ("hundred", "dozen"):
                return None
            current = (current or 1.0) * 100
            prev = "hundred"
        elif tok == "dozen":
            if prev in ("dozen", "hundred"):
                return None
            current = (current or 1.0) * 12
            prev = "dozen"
        elif tok in SCALES:
            total += (current or 1.0) * SCALES[tok]
            current, prev = 0.0, "scale"
        else:
            return None
    if prev in ("and", ""):
        return None
    return total + current
