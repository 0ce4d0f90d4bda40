"""The site-wide tags and glossary pages (`brief.render.sitewide`), on briefs made from the seed:
items grouped across briefs, each kept with its brief, and abbreviation tooltips that never give
one brief's meaning to another brief's words. The built pages: tests/test_many_briefs.py."""

from __future__ import annotations

from urllib.parse import unquote

import pytest
from brief.model import Brief, GlossaryEntry
from brief.pipeline import convert_path
from brief.render.markdown_ext import ABBR_PREFIX
from brief.render.pages import tags_of
from brief.render.sitewide import render_site_pages, site_glossary, site_tags

from .conftest import SEED

CBP = ("Customs and Border Protection", "Central Border Patrol")


@pytest.fixture(scope="module")
def seed() -> Brief:
    brief = convert_path(SEED)
    assert {g.abbr: g.expansion for g in brief.glossary}["CBP"] == CBP[0]
    return brief


def _variant(brief: Brief, title: str, glossary: list[GlossaryEntry]) -> Brief:
    return brief.model_copy(update={"title": title, "glossary": glossary})


def _recast(brief: Brief, abbr: str, expansion: str) -> list[GlossaryEntry]:
    """The brief's glossary with `abbr` standing for `expansion`."""
    return [
        g.model_copy(update={"expansion": expansion}) if g.abbr == abbr else g
        for g in brief.glossary
    ]


def _tooltips(page: str) -> dict[str, str]:
    """The page's abbreviation tooltips: term → meaning."""
    lines = [line.split() for line in page.splitlines() if line.startswith(ABBR_PREFIX)]
    return {unquote(term): unquote(meaning) for _, term, meaning in lines}


def test_an_abbreviation_with_two_meanings_keeps_both_and_gets_no_tooltip(seed):
    other = _variant(seed, "Another brief", _recast(seed, "CBP", CBP[1]))
    briefs = [(seed, "briefs/a"), (other, "briefs/b")]
    terms = {t.abbr: t for t in site_glossary(briefs)}
    assert [(m.expansion, [b.href for b in m.briefs]) for m in terms["CBP"].meanings] == [
        (CBP[0], ["../briefs/a/text.md#glossary"]),
        (CBP[1], ["../briefs/b/text.md#glossary"]),
    ]
    assert [len(m.briefs) for m in terms["ICE"].meanings] == [2]  # one meaning, both briefs
    pages = render_site_pages(briefs)
    for page in pages.values():
        assert "CBP" not in _tooltips(page)
    assert _tooltips(pages["glossary/index.md"])["ICE"] == "Immigration and Customs Enforcement"
    assert pages["glossary/index.md"].count("| CBP |") == 2


def test_no_tooltip_where_a_brief_that_does_not_define_the_word_shows_it(seed):
    """ICE has one meaning, but a brief that does not define it has it in its title: no tooltip
    on either page. ISIS-K is in its case titles (tags page only): no tooltip there."""
    other = _variant(seed, "ICE raids, retold", [])
    pages = render_site_pages([(seed, "briefs/a"), (other, "briefs/b")])
    tags, glossary = _tooltips(pages["tags/index.md"]), _tooltips(pages["glossary/index.md"])
    assert "ICE" not in tags and "ICE" not in glossary
    assert "ISIS-K" not in tags and "ISIS-K" in glossary
    assert tags["TSDS"] == glossary["TSDS"] == "Terrorist Screening Data Set"


def test_our_own_labels_never_get_a_tooltip(seed):
    evidence = seed.glossary[0].evidence
    place = GlossaryEntry(abbr="Place", expansion="Anything else", evidence=evidence)
    other = _variant(seed, "Another brief", [*seed.glossary, place])
    pages = render_site_pages([(seed, "briefs/a"), (other, "briefs/b")])
    assert "| Place | Anything else |" in pages["glossary/index.md"]
    for page in pages.values():
        assert "Place" not in _tooltips(page)


def test_tags_are_grouped_across_briefs_with_each_briefs_cases(seed):
    other = _variant(seed, "Another brief", seed.glossary)
    tags = site_tags([(seed, "briefs/a"), (other, "briefs/b")])
    own = tags_of(seed)[0]
    assert [(t.kind, t.name) for t in tags] == [(t.kind, t.name) for t in own]
    assert len({t.anchor for t in tags}) == len(tags)
    for tag, mine in zip(tags, own, strict=True):
        assert [b.brief.href for b in tag.briefs] == [
            f"../briefs/{x}/tags.md#{mine.anchor}" for x in "ab"
        ]
        for entry, folder in zip(tag.briefs, "ab", strict=True):
            assert [c.href for c in entry.cases] == [
                f"../briefs/{folder}/cases.md#{cid}" for cid in mine.cases
            ]


def test_no_briefs_gives_pages_that_say_so():
    pages = render_site_pages([])
    assert "No nationalities, organizations or places" in pages["tags/index.md"]
    assert "No abbreviations" in pages["glossary/index.md"]
    assert not any(ABBR_PREFIX in page for page in pages.values())


def test_site_pages_are_deterministic(seed):
    briefs = [(seed, "briefs/a"), (_variant(seed, "B", _recast(seed, "CBP", CBP[1])), "briefs/b")]
    assert render_site_pages(briefs) == render_site_pages(briefs)
