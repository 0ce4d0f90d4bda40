"""A recipe card after the article: its ingredients and its steps are the article's.

Recipe sites close the post with a card that a plugin lays out as short lines: the dish's
name, a "Print" button, an "Ingredients" label and one line per ingredient, an "Instructions"
label and one line per step, then a copyright or notes. Its short lines weigh against it in
the region (`region`), yet it holds what a reader came for: the quantities and the steps. A
card is read only where both labels stand as lines of their own, in that order, right after
the article, so that a list of ingredients named in running text is never taken for one.
"""

from __future__ import annotations

import re

from .blocks import Line
from .labels import Kind

# the card's two labels (`extract.recommendations` reads its steps under the second)
INGREDIENTS = re.compile(r"(?i)ingredients\s*:?")
STEPS = re.compile(r"(?i)(?:instructions|directions|method|steps|preparation)\s*:?")
# What closes the card: its copyright, notes, nutrition facts, a rating prompt, teasers
_CARD_END = re.compile(
    r"(?i)(?:©|\(c\)\s|notes?\b|nutrition|keywords?\b|course\b|cuisine\b|tried\s+this|did\s+you"
    r"\s+make|you\s+may\s+also|related|share|pin\b)"
)
LOOK_AFTER = 6  # lines after the article in which the card's name and its first label stand
MAX_INGREDIENTS = 40
MAX_STEPS = 30
MAX_INGREDIENT_WORDS = 16


def recipe_card(lines: list[Line], after: int) -> dict[int, Kind]:
    """{line index: kind} of a recipe card that starts within LOOK_AFTER lines of `after` (the
    first line past the article): the labels as headings, ingredients and steps as paragraphs;
    {} when there is none."""
    label = next(
        (
            i
            for i in range(after, min(after + LOOK_AFTER, len(lines)))
            if INGREDIENTS.fullmatch(lines[i].text)
        ),
        None,
    )
    if label is None:
        return {}
    kinds: dict[int, Kind] = {label: "heading"}
    i = label + 1
    while i < len(lines) and i - label <= MAX_INGREDIENTS and not STEPS.fullmatch(lines[i].text):
        if len(lines[i].text.split()) > MAX_INGREDIENT_WORDS or _CARD_END.match(lines[i].text):
            return {}  # running text or the card's end before any steps: no card
        kinds[i] = "paragraph"
        i += 1
    if i >= len(lines) or not STEPS.fullmatch(lines[i].text) or i == label + 1:
        return {}
    kinds[i] = "heading"
    steps = 0
    for j in range(i + 1, min(i + 1 + MAX_STEPS, len(lines))):
        text = lines[j].text
        if _CARD_END.match(text) or len(text.split()) < 3:
            break
        kinds[j] = "paragraph"
        steps += 1
    return kinds if steps else {}
