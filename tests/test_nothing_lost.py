"""Nothing of the article is lost without a word: a paragraph survives whatever line separator
a dump holds inside it, and the Source & method page counts the text-like lines it dropped and
says why."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from brief.clean import clean
from brief.pipeline import convert
from brief.read import Seed, Sidecar, decode
from brief.render.pages import render_brief

from .alter import fold as fold_bytes
from .alter import no_blank_lines

PARAGRAPHS = [
    "The committee reviewed several annual reports and examined the separate budget in the "
    "following months, which documented the office.",
    "The agency published detailed findings about the regional border program, according to "
    "the published record, which measured the council.",
    "Officials described the uneven public response before the next session began, which "
    "questioned the authority and the district board.",
    "The survey assessed limited formal reviews of the network without a clear explanation, "
    "which expanded the inspector's careful role.",
]
SEPARATORS = {
    "newline": "\n",
    "line separator U+2028": "\u2028",
    "paragraph separator U+2029": "\u2029",
    "next line U+0085": "\x85",
    "form feed": "\x0c",
    "vertical tab": "\x0b",
    "record separator": "\x1e",
}


def _dump(paragraphs: list[str]) -> str:
    return (
        "Home\nNews\nSports\n\nA Report on Separators\n\n"
        + "\n\n".join(paragraphs)
        + ("\n\nContact us\nPrivacy policy\n")
    )


def _kept(text: str) -> list[str]:
    return [" ".join(b.text.split()) for b in clean(text).body]


@pytest.mark.parametrize("name", SEPARATORS)
@pytest.mark.parametrize("cut", ["the next", "next session"])  # after "the", before "next"
def test_a_line_separator_inside_a_paragraph_keeps_the_paragraph(name, cut):
    """A lone separator mid-sentence (a <br>, U+2028, a newline in a one-line-per-paragraph
    dump, …) split the paragraph into a short line and a prose line that the cleaner dropped."""
    broken = list(PARAGRAPHS)
    at = broken[2].index(cut) + cut.index(" ")
    broken[2] = broken[2][:at] + SEPARATORS[name] + broken[2][at + 1 :]
    kept = _kept(_dump(broken))
    if name.startswith("paragraph separator"):  # U+2029 ends a paragraph: two blocks
        assert " ".join(kept[2:4]) == PARAGRAPHS[2] and kept[4:] == PARAGRAPHS[3:]
    else:
        assert kept == PARAGRAPHS


def test_menu_lines_are_not_joined_into_text():
    """Only a break inside a sentence is joined: capitalised menu items stay a menu."""
    text = _dump([*PARAGRAPHS[:2], "Home page\nNews of the day\nWorld", *PARAGRAPHS[2:]])
    assert _kept(text) == PARAGRAPHS


@pytest.mark.parametrize("stray", ["\r", "\x85"])
def test_a_stray_line_end_between_sentences_keeps_the_paragraph(stray):
    """A lone CR or NEL in a dump whose lines end in LF is a break inside a line: the paragraph
    it stands in stays whole even where it leaves a short line."""
    broken = [*PARAGRAPHS[:2], PARAGRAPHS[2] + stray + "So it ended.", *PARAGRAPHS[3:]]
    assert _kept(_dump(broken))[2] == PARAGRAPHS[2] + " So it ended."


@pytest.mark.parametrize("mark", [":   definition", ", and more", ") (see below)", "; then"])
def test_a_line_starting_with_continuing_punctuation_continues_the_paragraph(mark):
    """Punctuation that continues text (a colon, a comma, a closing bracket) never starts a
    block: a line break before it is inside the paragraph, which would otherwise be dropped
    as prose beside a short line (a caption and its credit)."""
    broken = [*PARAGRAPHS[:1], PARAGRAPHS[1] + " Term\n" + mark, *PARAGRAPHS[2:]]
    assert _kept(_dump(broken))[1] == " ".join(f"{PARAGRAPHS[1]} Term {mark}".split())


@pytest.mark.parametrize("width", [50, 61, 72, 89, 93])
def test_a_long_run_of_one_short_word_does_not_mislead_the_unwrapper(width):
    """Wrapped lines of one repeated word all fill the width exactly, as lines cut inside words
    do; repeated, they are one piece of evidence, so the dump is still read as wrapped at spaces
    and every sentence is kept."""
    noisy = [*PARAGRAPHS[:2], PARAGRAPHS[2] + " " + "ab " * 300 + PARAGRAPHS[3]]
    text = "\n".join(textwrap.fill(line, width) for line in _dump(noisy).split("\n"))
    kept = " ".join(_kept(text))
    assert all(p in kept for p in PARAGRAPHS), kept


@pytest.mark.parametrize("width", range(50, 62))
def test_unicode_spaces_at_a_fold_are_part_of_the_line(width):
    """`fold -s` breaks only at ASCII blanks: no-break, thin and ideographic spaces are
    characters of the line to it (several bytes each), whether they end a line or begin the
    next, and a wrapped paragraph holding them is joined whole."""
    odd = "\u00a0\u2009\u200a\u3000"
    noisy = [*PARAGRAPHS[:2], f"{PARAGRAPHS[2]} {odd} odd spaces", *PARAGRAPHS[3:]]
    text = decode(fold_bytes(_dump(noisy), width), Path("folded.txt"))
    assert _kept(text) == [" ".join(p.split()) for p in noisy]


SHORT = (
    "The council met twice in the spring of that year. It kept its reports back, officials said."
)
LABELS = ["Advertisement", "Terms of use", "The Findings"]


@pytest.mark.parametrize("gap", [1, 2, 3])
@pytest.mark.parametrize("edge", ["first", "last"])
@pytest.mark.parametrize("apart", ["\n\n", "\n"], ids=["standalone", "a run"])
def test_a_short_paragraph_behind_a_few_labels_stays_in_the_article(gap, edge, apart):
    """A short paragraph at the article's edge, set apart from the rest by an ad label, a
    stray link and a heading (standing alone or in a run), weighs less than the lines between;
    it holds running text, which a page does not put among its labels, so it is kept."""
    labels = apart.join(LABELS[:gap])
    rest = "\n\n".join(PARAGRAPHS[:3])
    body = (
        f"{SHORT}\n\n{labels}\n\n{rest}" if edge == "first" else (f"{rest}\n\n{labels}\n\n{SHORT}")
    )
    kept = _kept(
        f"Home\nNews\nSports\n\nA Report on Edges\n\n{body}\n\nContact us\nPrivacy policy\n"
    )
    assert SHORT in kept and all(p in kept for p in PARAGRAPHS[:3]), kept


@pytest.mark.parametrize("rule", ["-" * 60, "***", "= = = = =", "· · ·"])
def test_a_rule_under_a_paragraph_does_not_make_it_a_caption(rule):
    """Prose sharing its run with a short line is a caption and its credit; a line of only
    punctuation (a rule, a row of stars) is decoration and says nothing of the sort."""
    ruled = [*PARAGRAPHS[:2], PARAGRAPHS[2] + "\n" + rule, *PARAGRAPHS[3:]]
    assert _kept(_dump(ruled)) == PARAGRAPHS


def test_a_long_paragraph_run_into_the_footer_stays_in_the_article():
    """A dump without a blank line between the article's last paragraph and the footer links
    puts both in one run; prose longer than any caption, teaser or bio is still text (fuzz
    seed 9688 lost its closing paragraph this way)."""
    last = " ".join(PARAGRAPHS * 3)
    text = _dump([*PARAGRAPHS[:2], last + "\nAdvertisement\nContact us\nPrivacy policy"])
    assert _kept(text) == [*PARAGRAPHS[:2], last]


def test_teaser_lines_among_headlines_are_not_taken_for_the_article():
    """Standalone lines of short sentences among standalone headlines (an aggregator's news
    list) are not running text: the article's stretch is not widened over them."""
    headline = "Officials review the quarterly border figures in the capital"
    items = [
        "Results (ATP). Round two. Smith beats Jones, Brown plays White on Monday",
        headline,
        "Art director for models. Art director. Model agency.",
    ]
    text = "\n\n".join(["\n\n".join(PARAGRAPHS[:2]), "Related news", *items, "Contact us"])
    kept = _kept(text)
    assert kept == PARAGRAPHS[:2], kept


@pytest.mark.parametrize("width", range(50, 100))
def test_blanks_a_fold_carries_onto_their_own_line_are_no_paragraph_break(width):
    """`fold -s` of a dump without blank lines whose lines end in blanks moves the blanks that
    do not fit after a full line onto a line of their own; every blank line of such a dump is
    one, so none ends a paragraph (which would cut it into pieces read as captions)."""
    lines = no_blank_lines(_dump(PARAGRAPHS)).split("\n")
    text = decode(fold_bytes("\n".join(f"{line}  " for line in lines), width), Path("f.txt"))
    kept = " ".join(_kept(text))
    assert all(p in kept for p in PARAGRAPHS), kept


@pytest.mark.parametrize("width", range(50, 100, 7))
def test_an_indent_a_fold_left_before_a_long_token_is_no_paragraph_break(width):
    """`fold -s` breaks after the last blank that fits: an indented line that starts with a
    token longer than the width leaves its indentation on a line of its own, which in a dump
    without blank lines is no paragraph break either."""
    noisy = [PARAGRAPHS[0], "W" * 300 + " " + PARAGRAPHS[1], *PARAGRAPHS[2:]]
    lines = no_blank_lines(_dump(noisy)).split("\n")
    text = decode(fold_bytes("\n".join(f"  {line}" for line in lines), width), Path("f.txt"))
    kept = " ".join(_kept(text))
    assert all(p in kept for p in PARAGRAPHS), kept


@pytest.mark.parametrize("tail", ["indented code block", "and so on"])
def test_a_lower_case_line_after_a_sentence_continues_the_paragraph(tail):
    """A sentence starts with a capital: a line that starts in lower case continues the text
    before it even after a full stop, so the paragraph is not left beside a short line and
    dropped as a caption (fuzz seed 5224 lost a whole paragraph this way)."""
    broken = [*PARAGRAPHS[:2], PARAGRAPHS[2] + "\n" + tail, *PARAGRAPHS[3:]]
    assert _kept(_dump(broken))[2] == f"{PARAGRAPHS[2]} {tail}"


def test_a_paragraph_that_starts_with_a_lower_case_name_stays_apart():
    """ "eBay has struggled…", "iPhone owners…" start paragraphs of their own: a lower-case
    first letter continues a paragraph only in a word of lower-case letters."""
    paragraphs = [
        PARAGRAPHS[0],
        "eBay has struggled to keep its sellers, according to the published record, which "
        "measured the council.",
        "iPhone owners described the uneven public response before the next session began, "
        "which questioned the authority.",
    ]
    assert _kept(no_blank_lines(_dump(paragraphs))) == paragraphs


@pytest.mark.parametrize("control", ["\x1c", "\x1d", "\x1f"])
def test_a_control_character_a_fold_left_on_its_own_line_is_no_paragraph_break(control):
    """Python counts the information separators U+001C-U+001F as whitespace: a blank line a
    fold made of one and a space, before a long token, is the wrapper's too (fuzz seed 6923),
    and a paragraph that starts with a rule of dashes is still read as prose."""
    noisy = [PARAGRAPHS[0], control + " " + "-" * 300 + " " + PARAGRAPHS[1], *PARAGRAPHS[2:]]
    text = decode(fold_bytes(no_blank_lines(_dump(noisy)), 76), Path("f.txt"))
    kept = " ".join(_kept(text))
    assert all(p in kept for p in PARAGRAPHS), kept


def test_source_page_counts_the_dropped_text_and_says_why():
    teaser = (
        "Related: The committee reviewed the regional budget again, and the agency published "
        "its findings on the program."
    )
    text = _dump(PARAGRAPHS) + "\n".join(["", "Comments", "", teaser, "", "Share", "Print", ""])
    brief = convert(Seed(Path("001_x.txt"), "0" * 64, text, Sidecar()))
    assert [p.text for p in brief.paragraphs] == PARAGRAPHS
    assert sum(brief.provenance.dropped_text.values()) >= 1
    page = render_brief(brief)["source.md"]
    assert "of the dropped lines read like text" in page
    assert "outside the article" in page
