"""Property-based tests (hypothesis): whatever a seed holds, the converter either refuses it with
a `BriefError` or builds a brief whose Full text page shows every article sentence verbatim, and
no text ever becomes an HTML element.

Pages are rendered through the project's own Markdown configuration (as in test_escape.py)
instead of a whole MkDocs build, so that each example takes milliseconds. Bounded: 40 examples
per property (BRIEF_HYPOTHESIS_EXAMPLES=2000 for a long hunt), derandomized so CI is repeatable,
no deadline (the first example pays for imports).
"""

from __future__ import annotations

import html
import os
import random
import re
import tempfile
from pathlib import Path

import pytest
import yaml
from brief.errors import BriefError
from brief.pipeline import convert_path
from brief.render import front_matter
from brief.render.escape import md
from brief.render.pages import render_brief
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .conftest import site_markdown
from .hostile.corpus import FRAGMENTS, NOISE, sentence, shown

EXAMPLES = int(os.environ.get("BRIEF_HYPOTHESIS_EXAMPLES", "40"))
SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    derandomize=os.environ.get("BRIEF_HYPOTHESIS_EXAMPLES") is None,  # repeatable in CI
)
# Characters that end a line (str.splitlines); a fragment holding one would split its paragraph.
LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
# Elements only seed text could create (see FROM_TEXT in test_hostile.py).
FROM_TEXT = {
    "script", "img", "iframe", "svg", "math", "style", "object", "embed", "form", "input",
    "b", "i", "hr", "pre", "code", "h4", "h5", "h6", "sup", "del", "mark", "ins", "dl",
    "blockquote", "ol",
}  # fmt: skip

fragments = st.one_of(
    st.sampled_from(FRAGMENTS),
    st.text(
        st.characters(blacklist_categories=("Cs",), blacklist_characters=LINE_BREAKS + "\x00"),
        min_size=1,
        max_size=40,
    ),
    st.text(st.sampled_from("<>[](){}!#*_`~=+-|:;&\"'\\/%$@^.\u202e\u200b\u0301 aZ"), max_size=30),
)


@pytest.fixture(scope="module")
def render():
    return site_markdown()


# The printable page's charts: <img> of the brief's own chart files (see CHART_IMG_SRC in
# test_hostile.py); left out of the tag set, any other <img> counts.
CHART_IMG = re.compile(r'<img class="brief-chart__img" src="\.\./chart-[a-z0-9-]+\.svg" [^<>]*>')


def _visible(rendered: str) -> tuple[str, set[str]]:
    rendered = CHART_IMG.sub("", rendered)
    tags = {m.lower() for m in re.findall(r"<([a-zA-Z][a-zA-Z0-9]*)", rendered)}
    text = html.unescape(re.sub(r"<[^>]+>", "", rendered))
    return re.sub(r"\s+", " ", text), tags


def _convert(text: str | bytes):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "seed.txt"
        path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
        return convert_path(path)


@st.composite
def seeds(draw):
    """A page: noise lines, a title, prose paragraphs with fragments at their start, middle or
    end (and some fragment-only lines and a heading), more noise. Returns (text, sentences)."""
    rng = random.Random(draw(st.integers(0, 2**32)))
    lines = draw(st.lists(st.sampled_from(NOISE) | fragments, max_size=8))
    lines += ["", draw(fragments) + " Border Review of the Agency Report", ""]
    sentences = []
    for _ in range(draw(st.integers(3, 7))):
        own = [sentence(rng) for _ in range(draw(st.integers(2, 4)))]
        sentences += own
        parts = list(own)
        for _ in range(draw(st.integers(0, 3))):
            parts.insert(draw(st.integers(0, len(parts))), draw(fragments))
        lines += [" ".join(parts), ""]
        if draw(st.booleans()):
            lines += [draw(fragments), ""]
    lines += draw(st.lists(st.sampled_from(NOISE) | fragments, max_size=8))
    return "\n".join(lines) + "\n", sentences


@SETTINGS
@given(seeds())
def test_every_article_sentence_is_shown_verbatim_and_nothing_becomes_markup(render, seed):
    text, sentences = seed
    try:
        brief = _convert(text)
    except BriefError as err:
        # The one refusal generated text can earn: too many control characters.
        assert "binary file" in str(err), err
        return
    pages = render_brief(brief)
    visible, tags = _visible(render(pages["text.md"]))
    assert not tags & FROM_TEXT, tags
    for s in sentences:
        assert s in visible, s
    for paragraph in brief.paragraphs:
        assert shown(paragraph.text) in visible, paragraph.text
    for name, source in pages.items():
        if name.endswith(".md"):
            _, page_tags = _visible(render(source))
            assert not page_tags & FROM_TEXT - {"blockquote", "ol", "code", "svg"}, name


@SETTINGS
@given(st.one_of(st.binary(max_size=3000), st.text(max_size=3000)))
def test_any_bytes_are_converted_or_refused_with_a_brief_error(data):
    try:
        brief = _convert(data)
    except BriefError as err:
        assert "\n" not in str(err) and "seed.txt" in str(err)
        return
    render_brief(brief)


@SETTINGS
@given(st.text(max_size=200))
def test_escaped_text_is_one_inert_paragraph_showing_the_text(render, text):
    out = render(str(md(text)))
    expected = shown(text)
    if not expected:
        return
    assert out.startswith("<p>") and out.endswith("</p>") and out.count("<") == 2, out
    assert re.sub(r"\s+", " ", html.unescape(out[3:-4])).strip() == expected


_TEXT = st.text(st.characters(codec=None), max_size=60) | st.sampled_from(
    ["\u2028", "\x85", "\ufeff", "\ud800", "\uffff", "- x", "'", '"', "\\", "#", ": ", "~", "null"]
)
_SCALAR = _TEXT | st.none() | st.booleans() | st.integers()
_KEYS = st.from_regex(r"[A-Za-z_][a-z0-9_]{0,8}", fullmatch=True) | _TEXT
_META = st.recursive(
    st.dictionaries(_KEYS, _SCALAR | st.lists(_TEXT)),
    lambda inner: st.dictionaries(_KEYS, _SCALAR | st.lists(_TEXT) | inner),
    max_leaves=12,
)


@SETTINGS
@given(_META)
def test_front_matter_reads_back_as_the_same_values(meta):
    """What a page's front matter says is what MkDocs reads (PyYAML, as MkDocs loads it)."""
    text = front_matter.dump(meta)
    assert "\n---" not in text  # cannot end the front matter early
    assert yaml.load(text, Loader=yaml.SafeLoader) == (meta or None)
