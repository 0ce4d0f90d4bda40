"""The English past tense, for every extractor that asks "did this clause happen?".

English marks the past with -ed (lower case: a capitalised "-ed" word is a name, "Ted") or with
one of a closed list of irregular forms; past participles unlike the past ("was shown off", "had
hurt") mark a finished event too. One list, so that cases (is a dated clause an event?) and figure
labels (is the last word of a subject a verb?) agree on what a past verb is. (Figure numbers keep
a narrower test of their own for "in three days": "said" before it does not make it past.)
"""

from __future__ import annotations

import re

from brief.trie import alternation

IRREGULAR_PAST = frozenset(
    """
    said told met went came took made gave held left won lost began fell rose hit saw sent
    brought found became ran wrote spoke stood led paid kept struck fought sought bought caught
    built sold shot quit spent fled broke chose drove flew grew knew threw drew stole rode got
    shook sank beat heard felt meant hung swore tore froze forgot withdrew upheld withheld
    overthrew undertook laid lent taught wept slept swept dealt knelt understood sat forbade
    overtook mistook rebuilt rewrote outgrew shut slid swung sprang woke hid fed did had was were
    underwent overcame arose awoke wore bled bred clung dug forgave foresaw foretold
    oversaw overran overrode outran outsold repaid resold retook spun stank stung strove strode
    swam sang rang drank shrank stuck trod beheld befell misled partook withstood dwelt leapt
    crept
    """.split()
)
IRREGULAR_PARTICIPLES = frozenset(
    """
    shown seen given taken written spoken chosen driven fallen risen stolen thrown known done
    gone begun hurt put cut set let sworn beaten forgiven hidden broken frozen
    """.split()
)
# Forms that are as often something else: "was" and "had" are auxiliaries; "shot", "hit", "left",
# "won" are nouns or adjectives too ("one shot on goal", "the left lane", "5,000 won").
_AMBIGUOUS = frozenset("was were had did hit lost shot left beat rose saw won felt spent".split())


# For regex alternations: finite clauses ("X said on Monday") take every form but the auxiliaries.
# A trie (`brief.trie`): the patterns that hold it run on every sentence.
IRREGULAR = alternation((IRREGULAR_PAST | IRREGULAR_PARTICIPLES) - {"did", "had", "was", "were"})
_ED = re.compile(r"[a-z][a-z-]{2,}ed")  # "electronically-limited" too


def is_past_verb(word: str) -> bool:
    """`word` (one word, as written) reads as a past verb: lower-case "-ed" or an unambiguous
    irregular form ("gave", "sought"; not "set" or "lost", which are nouns as often)."""
    return bool(_ED.fullmatch(word)) or (word in IRREGULAR_PAST and word not in _AMBIGUOUS)
