"""Fuzz seeds: seed `i` is a page dump built from `random.Random(i)` alone, so any finding is
reproduced by its index (`python -m tests.fuzz --only i --dump seed.txt`).

Each seed holds a known article (a title, paragraphs of generated prose with dated cases,
figures, figure series, abbreviations and recommendations, sometimes headings) among generated
page noise (menus, calendars, lists of links, other-language lines, cookie banners, share
widgets, teasers), with hostile fragments (markup, Markdown, template syntax, bidi and control
characters, line separators, absurd numbers, long tokens, odd encodings of punctuation) between
its sentences, in its title and headings, and on lines of their own; then a random layout
(hard-wrapping, no blank lines, CRLF, indentation, BOM, UTF-16).

Fragments are inserted *between* sentences, never inside one, so every sentence of the article
must reach the Full text page whole. Every random draw is made whether or not a fragment is
used: `make_seed(i, drop={k})` is seed `i` without its k-th fragment and otherwise identical,
which is how a crash is narrowed down to the fragment that triggers it (`--minimize`).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field

from ..alter import fold, no_blank_lines, wrap_by_textwrap
from ..hostile.corpus import FRAGMENTS, sentence
from .families import LINE_SEPARATORS, MONTHS, ORDINALS, invented, letters

# Hostile fragments beyond the hostile corpus's, by kind. The weights make the kinds that are
# known to run for ever (a 71-digit figure in a series makes chart rendering loop) rare, so that
# a 10,000-seed run spends its time on many seeds, not on a few timeouts.
HUGE = "9" * 71
SURROGATE, STAND_IN = "\udcff", "\ue000"
EXTRA = {
    "separator": [*LINE_SEPARATORS, "\r", "\u2028\u2029", "\x85\x0c"],
    "template": [
        "{{ 7*7 }}",
        "{% for x in range(10**9) %}",
        "${{ secrets.TOKEN }}",
        "<?php echo 1; ?>",
        "<%= 7*7 %>",
        "{{#each items}}",
        "[% INCLUDE x %]",
    ],
    "markdown": [
        "    indented code block",
        "> a quoted line",
        "***",
        "===",
        "+++",
        "~~~",
        "[^note]: a footnote definition",
        "<details><summary>x</summary>",
        "\\(x^2\\) $$x$$",
        ":material-alert: :smile:",
        "++ctrl+alt+del++",
        "--8<-- 'mkdocs.yml'",
        "{ .class #id }",
        "- [ ] task",
        "Term\n:   definition",
    ],
    "punctuation": [
        "＜script＞alert（１）＜／script＞",
        "soft\u00adhyphen and non\u2011breaking",
        "ellipsis… dash— quote„ « guillemets » ‹›",
        "â€™ Ã© â€œmojibakeâ€\x9d",
        "&nbsp;&#8217;&amp;amp;&#x3C;",
        "fullwidth．full stop？ and ideographic。",
        "\u00a0\u2009\u200a\u3000 odd spaces",
        "%3Cscript%3E %00 %E2%80%AE",
    ],
    "numbers": [
        "1,000,000,000,000,000,000,000",
        "1" + "0" * 400,
        "0." + "0" * 80 + "1 percent",
        "12 percent of 1,000 " * 6,
        "In July 2024, " * 8,
        "−5 %, +7.5 %, 1e308, NaN, Infinity, 1/0",
        "24/7 10:30 3rd ’87 1990s",
    ],
    "long": ["x" * 3000, "https://example.org/" + "a/" * 400, "-" * 500, "ab " * 600],
}
RARE = {
    "absurd-series": [
        f"Encounters numbered 1,000 in 2021, {HUGE} in 2022 and 3,000 in 2023.",
        f"Encounters with {'y' * 240} numbered 1,000 in 2021, 2,000 in 2022 and 3,000 in 2023.",
        f"Encounters numbered 1,000 in 2021, {'1' + '0' * 400} in 2022 and 3,000 in 2023.",
    ],
    # A NUL, and a lone surrogate (written as the invalid UTF-8 it would be saved as).
    "nul": ["\x00", "\udcff"],  # SURROGATE
}
KINDS: list[tuple[str, list[str], float]] = [
    ("hostile-corpus", FRAGMENTS, 30),
    *((kind, items, 10) for kind, items in EXTRA.items()),
    *((kind, items, 0.05) for kind, items in RARE.items()),
]

NOISE = {
    "menu": [
        "Home",
        "News",
        "World",
        "Politics",
        "Opinion",
        "Analysis",
        "Podcasts",
        "Subscribe",
        "Sign in",
        "Donate",
        "Search",
        "Menu",
        "Topics ▾",
        "More ›",
    ],
    "calendar": [
        "Mo Tu We Th Fr Sa Su",
        "1 2 3 4 5 6 7",
        "8 9 10 11 12 13 14",
        "« Prev  Next »",
        "March 2024",
        "Archives",
    ],
    "links": [
        "Read more: How agencies count what they cannot see",
        "Related: The quiet budget year",
        "Most read",
        "1. Councils and their reports",
        "2. A year of reviews",
        "See also",
        "Next article ›",
    ],
    "language": [
        "Inicio | Noticias | Contacto",
        "Startseite · Nachrichten · Kontakt",
        "Accueil Actualités Nous contacter",
        "Главная Новости Контакты",
        "首页 新闻 联系我们",
        "الرئيسية الأخبار اتصل بنا",
        "English | Español | Français",
    ],
    "cookies": [
        "We use cookies to improve your experience on our site.",
        "Accept all",
        "Reject all",
        "Manage preferences",
        "By continuing to browse you agree to our use of cookies.",
    ],
    "share": [
        "Share this:",
        "Facebook",
        "X",
        "LinkedIn",
        "Email",
        "Print",
        "Copy link",
        "Share on WhatsApp",
    ],
    "footer": [
        "Privacy policy",
        "Terms of use",
        "Contact us",
        "About us",
        "© 2024 Example Media. All rights reserved.",
        "Advertisement",
        "Newsletter: sign up for our weekly briefing",
    ],
}


@dataclass
class FuzzSeed:
    index: int
    data: bytes  # the file's bytes
    sentences: list[str]  # every sentence of the known article: each must be on Full text
    title: str
    fragments: list[str] = field(default_factory=list)  # every fragment drawn, dropped or not
    placed: list[tuple[int, str]] = field(default_factory=list)  # (k, where) of those used
    layout: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.data.decode("utf-8", "replace") if "utf-16" not in self.layout else ""


class _Draw:
    """The seed's random draws, and its fragments numbered in draw order."""

    def __init__(self, index: int, drop: frozenset[int]) -> None:
        self.rng = random.Random(index)
        self.drop = drop
        self.fragments: list[str] = []
        self.placed: list[tuple[int, str]] = []

    def fragment(self, where: str) -> str:
        """The next fragment (drawn even when dropped, so later draws stay the same)."""
        _, items, _ = self.rng.choices(KINDS, weights=[w for *_, w in KINDS])[0]
        fragment = self.rng.choice(items)
        k = len(self.fragments)
        self.fragments.append(fragment)
        if k in self.drop:
            return ""
        self.placed.append((k, where))
        return fragment

    def maybe(self, p: float, where: str) -> str:
        hit = self.rng.random() < p
        fragment = self.fragment(where)
        return fragment if hit else ""


def _place(d: _Draw) -> str:
    return invented(d.rng.randrange(10**6)) + d.rng.choice(["", "burg", " Falls", " Province"])


def _sentences(d: _Draw) -> Callable[[], str]:
    """A sentence generator mixing plain prose with what the extractors look for."""
    rng = d.rng

    def one() -> str:
        kind = rng.randrange(12)
        month, year = rng.choice(MONTHS), rng.randrange(1990, 2026)
        n = rng.randrange(2, 50_000)
        if kind == 0:
            return (
                f"In {month} {year}, {rng.choice(['two', 'three', 'five'])} men were detained "
                f"by agents near {_place(d)} while crossing the border."
            )
        if kind == 1:
            return (
                f"In fiscal year {year}, agents recorded {n:,} encounters at the border, up "
                f"{rng.randrange(1, 99)} percent."
            )
        if kind == 2:
            a, b, c = (rng.randrange(100, 9000) for _ in range(3))
            return (
                f"Encounters with {invented(n).lower()} migrants rose from {a:,} in 2021 to "
                f"{b:,} in 2022 and {c:,} in 2023."
            )
        if kind == 3:
            term = letters(rng.randrange(26**3))
            words = " ".join(ch + invented(n + i, 1).lower() for i, ch in enumerate(term))
            return f"The {words} ({term}) said the review was late."
        if kind == 4:
            return (
                f"Of the {n} applicants, {rng.randrange(1, n)} were admitted and "
                f"{rng.randrange(1, 20)} were refused."
            )
        if kind == 5:
            return (
                f"“We counted {n:,} cases,” said {invented(n, 2)} {invented(n + 1)}, a "
                f"spokesperson for the {invented(n + 2)} Council."
            )
        if kind == 6:
            return (
                f"On {rng.randrange(1, 29)} {month} {year}, officials’ reports — some 12–20 "
                "pages each — were published… and then withdrawn."
            )
        return sentence(rng)

    return one


def _noise(d: _Draw, lo: int, hi: int) -> list[str]:
    lines = []
    for _ in range(d.rng.randrange(lo, hi)):
        kind = d.rng.choice(list(NOISE))
        lines.append(d.rng.choice(NOISE[kind]))
        if d.rng.random() < 0.1:
            lines.append(d.fragment("noise line"))
    return lines


def _whole_characters(data: bytes) -> bool:
    """No character cut in two (by a byte-wise `fold`): a converter to UTF-16 (iconv) refuses
    such bytes, so no UTF-16 dump holds them; the lone surrogate's bytes stand for themselves."""
    try:
        data.replace(SURROGATE.encode("utf-8", "surrogatepass"), b"").decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _layout(d: _Draw, text: str) -> tuple[bytes, list[str]]:
    """Random re-saving of the dump: blank lines dropped, hard-wrapping, indentation, CRLF/CR,
    BOM, UTF-16 (each with its own probability; several may combine)."""
    rng, done = d.rng, []
    # The lone surrogate stands for invalid UTF-8 bytes: a private-use stand-in goes through
    # the wrapping (which encodes strictly) and becomes the surrogate's bytes at the end.
    text = text.replace(SURROGATE, STAND_IN)
    if rng.random() < 0.15:
        text, _ = no_blank_lines(text), done.append("no-blank-lines")
    if rng.random() < 0.1:
        text, _ = "\n".join("  " + line for line in text.split("\n")), done.append("indented")
    if rng.random() < 0.1:
        text, _ = "\n".join(line + "  " for line in text.split("\n")), done.append("trailing")
    wrap = rng.random()
    width = rng.randrange(50, 110)
    if wrap < 0.1:
        data, _ = fold(text, width), done.append(f"fold-s-{width}")
    elif wrap < 0.13:
        data, _ = fold(text, width, spaces=False), done.append(f"fold-{width}-cutting-words")
    elif wrap < 0.2:
        data, _ = wrap_by_textwrap(text, width).encode(), done.append(f"textwrap-{width}")
    else:
        data = text.encode("utf-8")
    ending = rng.random()
    if ending < 0.15:
        data, _ = data.replace(b"\n", b"\r\n"), done.append("crlf")
    elif ending < 0.17:
        data, _ = data.replace(b"\n", b"\r"), done.append("cr")
    data = data.replace(STAND_IN.encode(), SURROGATE.encode("utf-8", "surrogatepass"))
    encoding = rng.random()
    if encoding < 0.05:
        data, _ = b"\xef\xbb\xbf" + data, done.append("bom")
    elif encoding < 0.07 and _whole_characters(data):
        data = data.decode("utf-8", "replace").encode("utf-16")
        done.append("utf-16")
    return data, done


def make_seed(index: int, drop: frozenset[int] = frozenset()) -> FuzzSeed:
    d = _Draw(index, drop)
    rng = d.rng
    one = _sentences(d)
    title = f"The {invented(index)} Review of {rng.choice(['Border', 'Agency', 'Council'])} Data"
    title = " ".join(filter(None, [title, d.maybe(0.2, "title")]))
    lines = [*_noise(d, 2, 14), "", title, ""]
    if rng.random() < 0.3:
        lines += [f"By {invented(index + 1, 2)} {invented(index + 2)}", f"{MONTHS[index % 12]} 3"]
        lines += [""]
    sentences: list[str] = []
    n_paragraphs = rng.randrange(3, 11)
    headings = set(rng.sample(range(1, n_paragraphs), k=min(rng.randrange(4), n_paragraphs - 1)))
    recommending = rng.random() < 0.3
    for p in range(n_paragraphs):
        if p in headings:
            topic = rng.choice(["Findings", "Scope", "Data"])
            heading = f"{invented(index + p, 2)} and the {topic}"
            heading = " ".join(filter(None, [heading, d.maybe(0.2, "heading")]))
            lines += [heading, ""]
        own = [one() for _ in range(rng.randrange(2, 6))]
        if recommending and p >= n_paragraphs - 2:
            k = p - (n_paragraphs - 2)
            own[0] = (
                f"{ORDINALS[k]}, the {invented(index + k)} Council should publish its data "
                "every quarter."
            )
        sentences += own
        parts = list(own)
        for _ in range(rng.choice([0, 0, 1, 1, 2, 3])):
            fragment, at = d.fragment("paragraph"), rng.randrange(len(parts) + 1)
            if fragment:
                parts.insert(at, fragment)
        lines += [" ".join(parts), ""]
        if rng.random() < 0.1:
            lines += [rng.choice(NOISE["footer"] + NOISE["links"]), ""]
        if rng.random() < 0.1:
            lines += [d.fragment("own line"), ""]
    lines += _noise(d, 2, 14)
    data, layout = _layout(d, "\n".join(lines) + "\n")
    return FuzzSeed(index, data, sentences, title, d.fragments, d.placed, layout)
