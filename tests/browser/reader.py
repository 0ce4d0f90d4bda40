"""What a reader does with the site, as Playwright steps: search, Tab through a page.

No sleeps: every wait is Playwright's auto-waiting (`expect`, `wait_for_function`).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from playwright.sync_api import Page, expect

SEARCH_INPUT = "input.md-search__input"
RESULT_META = ".md-search-result__meta"
# One item per page found; its first link goes to the page's best match.
PAGE_RESULTS = ".md-search-result__list > li.md-search-result__item"
NO_RESULTS = "No matching documents"


def open_search(page: Page) -> None:
    """Open the search box the way a reader does: click the header's search field, or on a
    small screen the magnifier button that opens it."""
    field = page.locator(SEARCH_INPUT)
    button = page.locator('label.md-header__button[for="__search"]')
    if button.is_visible():
        button.click()
    else:
        field.click()
    expect(field).to_be_focused()


def type_query(page: Page, query: str) -> None:
    """Type `query` key by key into the (open) search box."""
    page.locator(SEARCH_INPUT).press_sequentially(query)
    expect(page.locator(SEARCH_INPUT)).to_have_value(query)


def result_pages(page: Page) -> list[str]:
    """URL paths of the pages in the current result list, best first (query and hash dropped)."""
    hrefs = page.locator(PAGE_RESULTS).evaluate_all(
        "items => items.map(li => li.querySelector('a.md-search-result__link').href)"
    )
    return [urlsplit(h).path for h in hrefs]


def wait_for_page_in_results(page: Page, path: str, within: int = 3) -> list[str]:
    """Wait until the page at URL path `path` is among the first `within` pages found; return
    the result pages. Fails with the results shown if it never gets there."""
    try:
        page.wait_for_function(
            """([selector, path, within]) => [...document.querySelectorAll(selector)]
                 .slice(0, within).some(li =>
                 new URL(li.querySelector("a.md-search-result__link").href).pathname === path)""",
            arg=[PAGE_RESULTS, path, within],
            timeout=10_000,
        )
    except Exception as error:  # re-raised with what the reader saw
        meta = page.locator(RESULT_META).inner_text()
        raise AssertionError(
            f"{path} not among the first {within} results: {meta!r} {result_pages(page)}"
        ) from error
    return result_pages(page)


def search_for(page: Page, query: str) -> None:
    open_search(page)
    type_query(page, query)
    # The search worker has loaded the index and answered (any answer).
    expect(page.locator(RESULT_META)).to_have_text(re.compile(r"matching document"))


def tab_until(page: Page, selector: str, limit: int = 80) -> int:
    """Press Tab until the focused element matches `selector`; return how many presses it took."""
    for presses in range(1, limit + 1):
        page.keyboard.press("Tab")
        if page.evaluate("s => document.activeElement?.matches(s) ?? false", selector):
            return presses
    raise AssertionError(f"{selector} not reached with {limit} Tab presses")


def link_to(page: Page, scope: str, path: str):
    """The first link inside `scope` whose target is the URL path `path` (hash ignored)."""
    hrefs = page.locator(f"{scope} a[href]").evaluate_all("links => links.map(a => a.href)")
    for index, href in enumerate(hrefs):
        if urlsplit(href).path == path:
            return page.locator(f"{scope} a[href]").nth(index)
    raise AssertionError(f"no link to {path} in {scope}: {hrefs}")


def focused_path(page: Page) -> str | None:
    """URL path of the focused link, if a link has focus."""
    href = page.evaluate("document.activeElement?.href ?? null")
    return urlsplit(href).path if href else None


def settle(page: Page) -> None:
    """Wait until the page has finished loading what a reader's next move would otherwise cut
    short (and report as a failed request): Material's search worker and its index."""
    expect(page.locator(RESULT_META)).to_have_text(re.compile(r"Type to start searching"))


def visit(page: Page, url: str):
    """Open `url`, wait until it has settled; return the response."""
    response = page.goto(url)
    settle(page)
    return response
