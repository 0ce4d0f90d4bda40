"""Keyboard only: Tab and Enter (and the arrow keys in the result list) reach and use the search
and the main links."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from .reader import (
    SEARCH_INPUT,
    focused_path,
    settle,
    tab_until,
    type_query,
    visit,
    wait_for_page_in_results,
)


def test_search_by_keyboard(watched_page, base_url, briefs):
    page, watch = watched_page
    brief = briefs[0]
    target = "/" + brief.pages["recommendations"]
    visit(page, base_url)
    tab_until(page, SEARCH_INPUT)
    type_query(page, "kingpin")
    # The results come from a worker, a moment after the last key: arrowing down before they
    # are shown would walk an empty list.
    wait_for_page_in_results(page, target, within=10)
    # Arrow down through the results to the recommendations page, then follow it with Enter.
    for _ in range(30):
        page.keyboard.press("ArrowDown")
        if focused_path(page) == target:
            break
    assert focused_path(page) == target
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(re.escape(base_url + brief.pages["recommendations"])))
    settle(page)
    assert watch.problems() == []


def test_skip_link_then_main_links_by_keyboard(watched_page, base_url, briefs):
    page, watch = watched_page
    brief = briefs[0]
    visit(page, base_url + brief.path)
    # The first Tab reaches "Skip to content"; Enter moves past the header and navigation.
    page.keyboard.press("Tab")
    expect(page.locator("a.md-skip")).to_be_focused()
    page.keyboard.press("Enter")
    # From there a few Tabs reach the article's link to the Cases page.
    cases = "/" + brief.pages["cases"]
    presses = 0
    while focused_path(page) != cases:
        page.keyboard.press("Tab")
        presses += 1
        assert presses < 60, "Cases link not reached by Tab from the skip link"
    assert page.evaluate("document.activeElement.closest('article') !== null")
    page.keyboard.press("Enter")
    expect(page).to_have_url(base_url + brief.pages["cases"])
    settle(page)
    assert watch.problems() == []
