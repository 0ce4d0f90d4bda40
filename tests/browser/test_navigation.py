"""Moving around as a reader: the home page's list, the brief's navigation, previous/next, the
logo back home, and the light/dark palette toggle."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from .reader import link_to, settle, visit

NAV = "nav.md-nav--primary"
SCHEME = "data-md-color-scheme"


def test_home_page_lists_every_brief_and_links_to_it(watched_page, base_url, briefs):
    page, watch = watched_page
    for brief in briefs:
        visit(page, base_url)
        link_to(page, "article", "/" + brief.path).click()
        expect(page).to_have_url(base_url + brief.path)
        expect(page.locator("article h1")).to_contain_text(brief.data["title"])
    assert watch.problems() == []


def test_the_sidebar_reaches_every_page_of_the_brief(watched_page, base_url, briefs):
    page, watch = watched_page
    brief = briefs[0]
    visit(page, base_url + brief.path)
    for name, path in brief.pages.items():
        link_to(page, NAV, "/" + path).click()
        expect(page).to_have_url(base_url + path)
        settle(page)
        active = page.locator(f"{NAV} a.md-nav__link--active")
        assert active.count() >= 1 or name == "overview", name
    # The logo leads home.
    page.locator("header a.md-logo").click()
    expect(page).to_have_url(base_url)
    assert watch.problems() == []


def test_next_and_previous_walk_the_brief_in_order(watched_page, base_url, briefs):
    page, watch = watched_page
    brief = briefs[0]
    visit(page, base_url + brief.path)
    visited = [brief.path]
    next_link = page.locator("a.md-footer__link--next")
    while next_link.count() and brief.path in (next_link.get_attribute("href") or "") + page.url:
        next_link.click()
        settle(page)
        path = page.url.removeprefix(base_url)
        if not path.startswith(brief.path):
            break
        visited.append(path)
    pages = list(brief.pages.values())
    assert [p for p in visited if p in pages] == pages, visited
    # and back again
    page.locator("a.md-footer__link--prev").click()
    expect(page).to_have_url(re.compile(re.escape(base_url) + r".+"))
    assert watch.problems() == []


def test_palette_toggle_switches_light_and_dark_and_is_remembered(open_page, base_url, briefs):
    page, watch = open_page(color_scheme="light")
    brief = briefs[0]
    visit(page, base_url + brief.path)
    body = page.locator("body")
    expect(body).to_have_attribute(SCHEME, "default")
    page.get_by_title("Switch to dark mode").click()
    expect(body).to_have_attribute(SCHEME, "slate")
    visit(page, base_url + brief.pages["cases"])
    expect(body).to_have_attribute(SCHEME, "slate")
    page.get_by_title("Switch to light mode").click()
    expect(body).to_have_attribute(SCHEME, "default")
    assert watch.problems() == []
