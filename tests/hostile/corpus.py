"""A corpus of hostile seeds, built in code: a plausible article of generated prose inside page
noise, with hostile fragments in the title, headings, paragraphs, case and figure sentences,
recommendations, abbreviations and CSV cells.

`article(rng)` gives one seed's text and the paragraphs the converter must keep verbatim.
Used by tests/test_hostile.py, tests/test_properties.py and tests/browser/test_hostile_browser.py.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

# Every fragment must reach the page as literal text. Each is placed inside prose sentences, at
# the start of a paragraph (where Markdown block syntax would trigger), and in headings.
FRAGMENTS = [
    # raw HTML and script
    "<script>console.log('INJECTED-script');alert('INJECTED-1')</script>",
    "<img src=x onerror=\"alert('INJECTED-2')\">",
    '<img src="http://evil.example/x.png">',
    "<iframe src=\"javascript:alert('INJECTED-3')\"></iframe>",
    "<svg onload=alert('INJECTED-4')>",
    "<!-- the rest of the page is a comment",
    "<div><b>unclosed <i>tags <table><tr><td>",
    "<style>body{display:none}</style>",
    "<a href=\"javascript:alert('INJECTED-5')\">click</a>",
    "&lt;script&gt; &amp; &#60;b&#62; &copy;",
    # Markdown that would become live markup
    "[click me](javascript:alert('INJECTED-6'))",
    "<https://evil.example/autolink>",
    "https://evil.example/bare",
    "![pixel](http://evil.example/pixel.png)",
    "[ref]: http://evil.example/ref",
    "# Heading at line start",
    "- list item at line start",
    "1. numbered at line start",
    "| a | b |",
    "```js fenced code```",
    '!!! danger "Admonition"',
    "{: onclick=\"alert('INJECTED-7')\" }",
    "*[HTML]: Hyper Text Markup",
    "a footnote[^1] and [^1]: its text",
    "**bold** _em_ ~~strike~~ ==mark== ^^ins^^ `code` \\* backslash",
    "<span markdown>md in html</span>",
    # snippet and template syntax
    '--8<-- "/etc/passwd"',
    "{{ config.extra }} {% include 'x' %} ${HOME} {# comment #}",
    # YAML front matter and sidecar keys
    "---",
    "title: Injected title url: javascript:alert(1)",
    # Unicode traps
    "right\u202eto-left override\u202c and isolate \u2066x\u2069",
    "zero\u200bwidth\u200cjoin\u200d\ufeffchars",
    "control \x01\x02wzxhzdk:0\x03\x07\x1b[31m chars",
    "W" * 300,
    "emoji 🧨💣 👩🏽‍💻 and combining e\u0301 a\u0308\u0308\u0308 Z\u0335\u0321",
]

TITLE = (
    "<script>alert('INJECTED-title')</script> Border & “Security” {{ config }} "
    "[x](javascript:alert(1)) <b>Review</b>"
)
HEADINGS = [
    "<img src=x onerror=alert('INJECTED-h1')> Scope of the Problem",
    "Findings {% raw %} and ${evil} <svg onload=alert(1)>",
    "Policy Recommendations <script>alert(2)</script>",
]

_NOUNS = (
    "committee agency ministry council report review office survey budget program board "
    "commission inspector network border region district province authority"
).split()
_VERBS = (
    "reviewed examined described documented assessed questioned published measured "
    "criticised supported expanded reported"
).split()
_ADJ = "several detailed annual regional separate careful uneven public formal limited".split()
_TAIL = (
    "in the following months",
    "without a clear explanation",
    "according to the published record",
    "before the next session began",
    "as the officials had promised",
)


def sentence(rng: random.Random) -> str:
    """One plain English sentence of 12-20 words, ending with a full stop."""
    words = [
        "The",
        rng.choice(_NOUNS),
        rng.choice(_VERBS),
        rng.choice(_ADJ),
        rng.choice(_NOUNS) + "s",
        "and",
        rng.choice(_VERBS),
        "the",
        rng.choice(_ADJ),
        rng.choice(_NOUNS),
        rng.choice(_TAIL) + ",",
        "which",
        rng.choice(_VERBS),
        "the",
        rng.choice(_NOUNS),
    ]
    return " ".join(words) + "."


def prose(rng: random.Random, sentences: int = 3) -> str:
    return " ".join(sentence(rng) for _ in range(sentences))


NOISE = [
    "Home",
    "News",
    "Opinion",
    "Subscribe",
    "Contact us",
    "Sign in",
    "Share on X",
    "Privacy policy",
    "Cookie settings",
    "About",
    "© 2024 Example Media",
]


@dataclass
class Seed:
    text: str
    paragraphs: list[str] = field(default_factory=list)  # must appear verbatim on Full text
    headings: list[str] = field(default_factory=list)
    title: str | None = None


def hostile_paragraph(rng: random.Random, fragment: str, at_start: bool) -> str:
    noun = rng.choice(_NOUNS)
    body = f"{sentence(rng)} The {noun} quoted {fragment} in its notes. {sentence(rng)}"
    return f"{fragment} {body}" if at_start else body


def article(
    rng: random.Random,
    fragments: list[str] | None = None,
    *,
    title: str = TITLE,
    headings: list[str] | None = None,
    noise: int = 10,
    items: bool = True,
) -> Seed:
    """A page dump: menu noise, the title, paragraphs (two per fragment, one with the fragment at
    line start), headings between them, dated cases, figures, recommendations and an
    abbreviation with hostile text (unless `items` is false: then plain prose only), then footer
    noise."""
    fragments = FRAGMENTS if fragments is None else fragments
    headings = HEADINGS if headings is None else headings
    first = fragments[0] if fragments else ""
    paragraphs = [
        f"In July 2024, three men from the <b>Hostile</b> Border Agency (HBA) {first} "
        "were detained by agents near San Diego while crossing the border. " + sentence(rng),
        '=HYPERLINK("http://evil.example","x") In fiscal year 2023, agents recorded 1,234 '
        "encounters <script>alert('INJECTED-fig')</script> at the border, up 20 percent. "
        + sentence(rng),
        # a figure table (and its chart) whose label holds markup
        "Encounters with <svg onload=alert('INJECTED-chart')> migrants rose from 1,000 in 2021 "
        "to 2,000 in 2022 and 3,000 in 2023. " + sentence(rng),
    ]
    if not items:
        paragraphs = [prose(rng) for _ in range(5)]
    for i, fragment in enumerate(fragments):
        paragraphs.append(hostile_paragraph(rng, fragment, at_start=False))
        paragraphs.append(hostile_paragraph(rng, fragment, at_start=True))
        if i % 4 == 3:
            paragraphs.append(prose(rng))
    recommendations = [
        "First, Congress should fund the <img src=x onerror=alert('INJECTED-rec')> review "
        "of every [border](javascript:alert(1)) crossing. " + sentence(rng),
        "Second, the agency should publish =SUM(A1) data @once -each quarter +more. "
        + sentence(rng),
    ]
    lines = list(rng.sample(NOISE, k=min(noise, len(NOISE))))
    lines += ["", title, ""]
    # headings split the body into sections: opening, middle, recommendations
    third = max(1, len(paragraphs) // 2)
    body: list[tuple[str, str]] = [("p", p) for p in paragraphs[:third]]
    if headings:
        body.append(("h", headings[0]))
    body += [("p", p) for p in paragraphs[third:]]
    if len(headings) > 1:
        body.append(("h", headings[-1]))
    body += [("p", p) for p in recommendations] if items else []
    body.append(("p", prose(rng)))
    kept_paragraphs, kept_headings = [], []
    for kind, text in body:
        lines += [text, ""]
        (kept_paragraphs if kind == "p" else kept_headings).append(text)
    lines += rng.sample(NOISE, k=min(noise, len(NOISE)))
    return Seed("\n".join(lines) + "\n", kept_paragraphs, kept_headings, title)


_DROPPED = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_SPACES = re.compile(r"\s+")


def shown(text: str) -> str:
    """What a page shows for `text`: NUL, control and bidi characters dropped (escape.md does
    it), whitespace collapsed (as HTML does)."""
    return _SPACES.sub(" ", _DROPPED.sub("", text)).strip()
