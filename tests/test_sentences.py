"""The sentence splitter (`extract/sentences.py`): input paragraph → expected sentences. Every
quote the site shows is one of these, so a wrong cut shows a reader half a sentence."""

from __future__ import annotations

import pytest
from brief.extract.sentences import sentence_texts

TABLE = [
    ("He left. She stayed.", ["He left.", "She stayed."]),
    ("U.S. Customs agents left. Then it rained.", ["U.S. Customs agents left.", "Then it rained."]),
    # a sentence starts with a capital: after an ellipsis or a stray stop in lower case, it goes on
    (
        "“We had some issues ... we had some service issues,” Mayer said. It ended.",
        ["“We had some issues ... we had some service issues,” Mayer said.", "It ended."],
    ),
    # a short quotation the sentence goes on after (a slogan, a title) is inside the sentence
    (
        "South Dakota’s viral “Meth. We’re on it.” campaign drew mockery. It went on.",
        ["South Dakota’s viral “Meth. We’re on it.” campaign drew mockery.", "It went on."],
    ),
    # a long one quotes sentences, which stay apart
    (
        "“He sent me to Mexico on May 2 via Moscow and Paris. They caught me there.” said Ali.",
        [
            "“He sent me to Mexico on May 2 via Moscow and Paris.",
            "They caught me there.” said Ali.",
        ],
    ),
    ("“We tried. It failed.” He left.", ["“We tried.", "It failed.”", "He left."]),
    # a sentence may start with a name in mixed case, a unit symbol or a particle
    ("It grew in 2004. eBay said so.", ["It grew in 2004.", "eBay said so."]),
    ("Tests ran. pH levels were 8.", ["Tests ran.", "pH levels were 8."]),
    ("It drew crowds. de Blasio spoke.", ["It drew crowds.", "de Blasio spoke."]),
    # an initial or an abbreviation goes on before a name, not before a word that opens
    # sentences and never names ("The", "He"); a title before a name always goes on
    ("J. R. R. Tolkien wrote it.", ["J. R. R. Tolkien wrote it."]),
    (
        "They won Group D. The day before, Portugal made it.",
        ["They won Group D.", "The day before, Portugal made it."],
    ),
    (
        "He lives in the U.S. He works at Apple Inc. In May he left.",
        ["He lives in the U.S.", "He works at Apple Inc.", "In May he left."],
    ),
    (
        "Dr. He Jiankui spoke at 10 a.m. on Nov. 26.",
        ["Dr. He Jiankui spoke at 10 a.m. on Nov. 26."],
    ),
    (
        "Upgrade for $900 (Orig. $1,599). It ships today.",
        ["Upgrade for $900 (Orig. $1,599).", "It ships today."],
    ),
    # found in review: "e.g." and "a.k.a." come before an example or a name
    (
        "Outlets (e.g. The Times) reported it. Dwayne Johnson, a.k.a. The Rock, said so.",
        ["Outlets (e.g. The Times) reported it.", "Dwayne Johnson, a.k.a. The Rock, said so."],
    ),
]


@pytest.mark.parametrize(("paragraph", "expected"), TABLE)
def test_sentence_splitter(paragraph, expected):
    assert sentence_texts(paragraph) == expected
