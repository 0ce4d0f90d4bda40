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
]


@pytest.mark.parametrize(("paragraph", "expected"), TABLE)
def test_sentence_splitter(paragraph, expected):
    assert sentence_texts(paragraph) == expected
