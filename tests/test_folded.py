"""A folded pattern finds what `re` with IGNORECASE finds, groups as written in the text."""

import re

import pytest
from brief.extract.folded import folded

PATTERN = r"\b(?P<verb>urg(?:e|es|ed)|call(?:s|ed)?\s+on)\s+(?P<who>[a-z]+)(?<!\bthe)"
TEXTS = [
    "Unions URGED ministers to act; the council Called On residents to save water.",
    "Nothing to see here.",
    "İstanbul officials urged Kyiv to act",  # lower-casing "İ" adds a character
    "ſome called on ıt",  # letters IGNORECASE folds to Latin ones, lower-casing does not
    "The Kelvin sign: \u212aelvin urges kids",  # "K" folds to "k" both ways
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_same_matches_as_ignorecase(text):
    slow = re.compile(PATTERN, re.IGNORECASE)
    fast = folded(PATTERN)

    def seen(matches):
        return [(m.span(), m.groupdict()) for m in matches]

    assert seen(fast.finditer(text)) == seen(slow.finditer(text))
    for pos, end in ((0, len(text)), (3, len(text)), (0, max(0, len(text) - 5))):
        assert seen(filter(None, [fast.search(text, pos, end)])) == seen(
            filter(None, [slow.search(text, pos, end)])
        )
        assert bool(fast.match(text, pos, end)) == bool(slow.match(text, pos, end))
    assert fast.findall(text) == slow.findall(text)


def test_groups_are_the_words_as_written():
    match = folded(PATTERN).search("Doctors URGED Parliament to act")
    assert match.group("verb") == "URGED" and match.group("who") == "Parliament"


def test_an_upper_case_pattern_is_refused():
    with pytest.raises(ValueError):
        folded(r"\bMonday\b")
    assert folded(r"\bmonday\b\S+(?P<day>\d+)").search("MONDAY,5").group("day") == "5"
