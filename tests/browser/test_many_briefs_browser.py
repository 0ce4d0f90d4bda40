"""A site of two briefs in Chromium: a search result names the brief it belongs to, each page's
heading shows the brief's title above the page's name, and the site-wide tags and glossary pages
load, lead to the right brief and pass axe. The second brief is the seed under another title,
with one abbreviation expanded differently."""

from __future__ import annotations

import re
import shutil

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from ..conftest import SEED
from .conftest import build_site, serve, watch_page
from .reader import PAGE_RESULTS, search_for, visit, wait_for_page_in_results
from .test_accessibility import WCAG21_AA

OTHER_TITLE = "A second brief made from the same article"
CBP = ("Customs and Border Protection", "Central Border Patrol")


@pytest.fixture(scope="module")
def two_briefs(tmp_path_factory):
    seeds = tmp_path_factory.mktemp("two-briefs-seeds")
    shutil.copy(SEED, seeds / SEED.name)
    shutil.copy(SEED.with_suffix(".yml"), seeds / SEED.with_suffix(".yml").name)
    text = SEED.read_text(encoding="utf-8").replace(f"{CBP[0]} (CBP)", f"{CBP[1]} (CBP)")
    (seeds / "900_other.txt").write_text(text, encoding="utf-8")
    (seeds / "900_other.yml").write_text(f"title: {OTHER_TITLE}\n", encoding="utf-8")
    site = build_site(tmp_path_factory.mktemp("two-briefs-site"), seeds)
    folders = sorted(p.parent.name for p in site.glob("briefs/*/brief.json"))
    assert len(folders) == 2
    with serve(site) as url:
        yield url, folders


@pytest.fixture
def open_page(browser, two_briefs):
    """`open_page()`: a fresh tab and a `Watch` of it, against this module's site."""
    contexts = []

    def _open(**context_options):
        context = browser.new_context(**context_options)
        contexts.append(context)
        page = context.new_page()
        return page, watch_page(page, two_briefs[0])

    yield _open
    for context in contexts:
        context.close()


def _titles(two_briefs, page) -> dict[str, str]:
    """Brief title by URL folder, as the home page shows them."""
    url, folders = two_briefs
    visit(page, url)
    return {
        folder: page.locator(f'article h2 a[href="briefs/{folder}/"]').inner_text()
        for folder in folders
    }


def test_a_search_result_shows_the_title_of_its_brief(open_page, two_briefs):
    """The same word is in both briefs' Recommendations: each result names its own brief."""
    _, folders = two_briefs
    page, watch = open_page()
    titles = _titles(two_briefs, page)
    assert OTHER_TITLE in titles.values()
    search_for(page, "kingpin")
    for folder in folders:
        wait_for_page_in_results(page, f"/briefs/{folder}/recommendations/", within=4)
    for folder, title in titles.items():
        result = page.locator(PAGE_RESULTS).filter(
            has=page.locator(f'a[href*="briefs/{folder}/recommendations/"]')
        )
        heading = result.first.locator("h1").first
        expect(heading).to_have_text(f"{title} › Recommendations")
    assert watch.problems() == []


def test_each_page_heading_names_its_brief_above_the_page_name(open_page, two_briefs):
    url, _ = two_briefs
    page, watch = open_page()
    titles = _titles(two_briefs, page)
    for folder, title in titles.items():
        visit(page, f"{url}briefs/{folder}/cases/")
        h1 = page.locator("article h1")
        expect(h1).to_have_text(re.compile(rf"^{re.escape(title)} › Cases"))
        kicker = h1.locator(".brief-kicker")
        assert kicker.evaluate("el => getComputedStyle(el).display") == "block"
        size = h1.evaluate("el => parseFloat(getComputedStyle(el).fontSize)")
        small = kicker.evaluate("el => parseFloat(getComputedStyle(el).fontSize)")
        assert small < size * 0.75  # the page's name stays the prominent heading
        assert page.title() == f"Cases - {title} - Research briefs"
        expect(page.locator("nav.md-nav--primary a.md-nav__link--active")).to_have_text("Cases")
    assert watch.problems() == []


def test_tags_page_leads_to_each_briefs_case_card(open_page, two_briefs):
    url, folders = two_briefs
    page, watch = open_page()
    visit(page, url)
    page.locator("article").get_by_role("link", name="Tags", exact=True).click()
    expect(page).to_have_url(url + "tags/")
    tag = page.locator("article h3").first
    tag_id = tag.get_attribute("id")
    cards = page.locator(f"article h3#{tag_id} + ul > li > ul > li > a")
    assert cards.count() >= len(folders)
    for folder in folders:  # the tag lists each brief (same article: same tags)
        expect(
            page.locator(f'article h3#{tag_id} + ul a[href*="briefs/{folder}/tags/"]')
        ).to_have_count(1)
    href = cards.last.get_attribute("href")
    case = href.rsplit("#", 1)[1]
    cards.last.click()
    expect(page).to_have_url(re.compile(re.escape(f"/cases/#{case}") + "$"))
    expect(page.locator(":target")).to_have_id(case)  # retried: the jump may land a frame later
    expect(page.locator(f"#{case}")).to_be_in_viewport()
    assert watch.problems() == []


def test_glossary_keeps_both_meanings_and_leads_to_each_briefs_abbreviations(open_page, two_briefs):
    url, _ = two_briefs
    page, watch = open_page()
    titles = _titles(two_briefs, page)
    page.locator("article").get_by_role("link", name="Glossary", exact=True).click()
    expect(page).to_have_url(url + "glossary/")
    rows = page.locator("article tbody tr").filter(has_text="CBP")
    expect(rows).to_have_count(2)
    meanings = {rows.nth(i).locator("td").nth(1).inner_text() for i in range(2)}
    assert meanings == set(CBP)
    assert page.locator("article abbr").filter(has_text=re.compile(r"^CBP$")).count() == 0
    other = next(f for f, t in titles.items() if t == OTHER_TITLE)
    row = rows.filter(has_text=CBP[1])
    row.get_by_role("link", name=OTHER_TITLE).click()
    expect(page).to_have_url(f"{url}briefs/{other}/text/#glossary")
    expect(page.locator("#glossary")).to_be_in_viewport()
    assert watch.problems() == []


@pytest.mark.parametrize("path", ["tags/", "glossary/", "cases/"])
def test_site_wide_pages_and_headings_pass_axe(open_page, two_briefs, path):
    url, folders = two_briefs
    page, watch = open_page()
    visit(page, url + (path if path != "cases/" else f"briefs/{folders[0]}/cases/"))
    results = Axe().run(page, options={"runOnly": WCAG21_AA, "resultTypes": ["violations"]})
    assert [v["id"] for v in results.response["violations"]] == []
    assert watch.problems() == []
