"""Material's search, used as a reader uses it: open the box, type a word, read the results.

The words are the seed's: each occurs in one part of the brief (and in the full text, which holds
every word), so the right page must be among the first results.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from .reader import NO_RESULTS, PAGE_RESULTS, RESULT_META, search_for, wait_for_page_in_results

# word -> the brief page it belongs to
UNIQUE_WORDS = {
    "Philadelphia": "cases",  # a case's place (the 2023 Tajiks)
    "Eagle": "cases",  # a case's place (Eagle Pass area)
    "TSDS": "figures",  # a figure table's subject (TSDS encounters)
    "kingpin": "recommendations",  # recommendation 2's key term
}

# Words that occur inside curly quotes: “personal … only there; “gotaways,” there first.
QUOTED_WORDS = ("personal", "gotaways")


@pytest.mark.parametrize("word", UNIQUE_WORDS)
def test_a_word_from_one_part_finds_that_page(watched_page, base_url, briefs, word):
    page, watch = watched_page
    brief = briefs[0]
    page.goto(base_url)
    search_for(page, word)
    expected = "/" + brief.pages[UNIQUE_WORDS[word]]
    wait_for_page_in_results(page, expected)
    assert watch.problems() == []


@pytest.mark.parametrize("word", QUOTED_WORDS)
def test_a_word_inside_curly_quotes_is_found(watched_page, base_url, briefs, word):
    page, watch = watched_page
    brief = briefs[0]
    quoted = "“" + word
    assert any(quoted in p["text"] for s in brief.data["sections"] for p in s["paragraphs"])
    page.goto(base_url)
    search_for(page, word)
    wait_for_page_in_results(page, "/" + brief.pages["text"], within=5)
    assert watch.problems() == []


def test_a_word_that_occurs_nowhere_gives_no_results(watched_page, base_url):
    page, watch = watched_page
    page.goto(base_url)
    search_for(page, "xqzzyplonkw")
    expect(page.locator(RESULT_META)).to_have_text(NO_RESULTS)
    expect(page.locator(".md-search-result__list > li")).to_have_count(0)
    assert watch.problems() == []


def test_a_result_opens_its_page(watched_page, base_url, briefs):
    page, watch = watched_page
    brief = briefs[0]
    page.goto(base_url)
    search_for(page, "kingpin")
    path = "/" + brief.pages["recommendations"]
    wait_for_page_in_results(page, path)
    page.locator(f'{PAGE_RESULTS} > a.md-search-result__link[href*="{path}"]').first.click()
    expect(page).to_have_url(re.compile(re.escape(base_url + brief.pages["recommendations"])))
    expect(page.locator("article h1")).to_contain_text("Recommendations")
    assert watch.problems() == []


def test_search_on_a_phone_opens_from_the_header_button(open_page, base_url, briefs):
    page, watch = open_page(viewport={"width": 375, "height": 812}, has_touch=True)
    brief = briefs[0]
    page.goto(base_url + brief.pages["text"])
    search_for(page, "Philadelphia")
    wait_for_page_in_results(page, "/" + brief.pages["cases"])
    assert watch.problems() == []
